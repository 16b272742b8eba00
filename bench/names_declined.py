"""Foreign names declined by the grammar: how many the extraction puts back in the
nominative, beside bare natasha (its NER spans normalised by its own morphology and
split by its NamesExtractor), in the same run.

    python bench/names_declined.py

Names are declined the way Russian and Ukrainian decline a man's foreign name, written
here independently of the extractor (:func:`declined`); each is put in one sentence per
case. A name is right when the one person found has the given surname and given names.
Prints a markdown table.
"""

from __future__ import annotations

import itertools
import os
import sys
import warnings
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

#: (label, language, given names, surnames, sentence per case)
SETS = [
    ("Spanish double surnames (ru)", "ru",
     ["Йосвани", "Луис Альберто", "Дайрон", "Йоандри", "Рейнальдо", "Алексис", "Хорхе Луис",
      "Османи"],
     ["Перес Мора", "Эрнандес Кастильо", "Гонсалес Рива", "Рамос Агилар", "Бетанкур Гарсия",
      "Родригес Куэста", "Фонсека Пупо", "Кабрера Ортис"],
     {"nomn": "Под Купянском погиб кубинец {}.",
      "gent": "Стало известно о гибели кубинца {} из Гаваны.",
      "datv": "Посмертно орден вручили кубинцу {}, погибшему под Купянском.",
      "accs": "В Рязани похоронили кубинца {}, погибшего под Купянском.",
      "ablt": "Родные простились с кубинцем {}, погибшим под Купянском."}),
    ("Spanish double surnames (uk)", "uk",
     ["Йосвані", "Луїс Альберто", "Дайрон", "Йоандрі", "Рейнальдо", "Алексіс", "Юнієр",
      "Йоенніс"],
     ["Перес Мора", "Ернандес Кастільо", "Гонсалес Рівера", "Рамос Агілар", "Бетанкур Гарсія",
      "Родрігес Куеста", "Фонсека Пупо", "Кабрера Ортіс"],
     {"nomn": "Під Куп'янськом загинув кубинець {}.",
      "gent": "Стало відомо про загибель кубинця {} з Гавани.",
      "accs": "У Рязані поховали кубинця {}, який загинув під Куп'янськом.",
      "ablt": "Рідні попрощалися з кубинцем {}, який загинув під Куп'янськом."}),
    ("South Asian names (ru)", "ru",
     ["Гурприт", "Рам Бахадур", "Бишну", "Сурендра", "Ракеш Кумар", "Нуван", "Чаминда",
      "Прадип"],
     ["Сингх", "Тхапа", "Гурунг", "Перера", "Магар", "Ядав", "Шрестха"],
     {"nomn": "Под Бахмутом погиб гражданин Непала {}.",
      "gent": "Стало известно о гибели непальца {}.",
      "datv": "Посмертно орден вручили непальцу {}, погибшему под Бахмутом.",
      "accs": "В Катманду похоронили непальца {}, погибшего под Бахмутом.",
      "ablt": "Родные простились с непальцем {}, погибшим под Бахмутом."}),
]


def declined(name: str, case: str, lang: str) -> str:
    """``name`` as Russian or Ukrainian declines a man's foreign name: a consonant takes
    -а/-у/-а/-ом, -а takes -ы (-и after г, к, х, ж, ш, ч, щ; always -и in Ukrainian)/-е/-у/-ой
    (-ою), -ия/-ія -ии (-ії)/-ии/-ию/-ией, other vowels stay."""
    out = []
    for w in name.split():
        if case == "nomn" or w[-1] in "оиеуэі":
            out.append(w)
        elif w.endswith(("ия", "ія")):
            stem, i = w[:-2], w[-2]
            out.append(stem + {"gent": i + ("и" if lang == "ru" else "ї"), "datv": i + "и",
                               "accs": i + "ю", "ablt": i + ("ей" if lang == "ru" else "єю")
                               }[case])
        elif w.endswith("а"):
            s = w[:-1]
            gent = "и" if lang == "uk" or s[-1] in "гкхжшчщ" else "ы"
            out.append(s + {"gent": gent, "datv": "е", "accs": "у",
                            "ablt": "ой" if lang == "ru" else "ою"}[case])
        else:
            out.append(w + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом"}[case])
    return " ".join(out)


def cases() -> list[tuple[str, str, str, str, str]]:
    """(set label, sentence, surname, given names, case) of every generated name."""
    return [(label, templates[case].format(declined(f"{g} {s}", case, lang)), s, g, case)
            for label, lang, given, surnames, templates in SETS
            for g, s in itertools.product(given, surnames) for case in templates]


class BareNatasha:
    """natasha alone: PER spans of its NER, normalised by its morphology, split into first
    and last name by its NamesExtractor (a middle word it cannot place is dropped)."""

    def __init__(self) -> None:
        from natasha import (
            MorphVocab,
            NamesExtractor,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        emb = NewsEmbedding()
        self.segmenter, self.vocab = Segmenter(), MorphVocab()
        self.morph, self.ner = NewsMorphTagger(emb), NewsNERTagger(emb)
        self.names = NamesExtractor(self.vocab)

    def __call__(self, text: str) -> list[tuple[str, str]]:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        out = []
        for span in doc.spans:
            if span.type != "PER":
                continue
            span.normalize(self.vocab)
            span.extract_fact(self.names)
            fact = span.fact.as_dict if span.fact else {}
            out.append((fact.get("last") or "", fact.get("first") or ""))
        return out


def main() -> None:
    from headcount.extract import extract_text

    warnings.simplefilter("ignore")
    bare = BareNatasha()
    right: dict[tuple[str, str], int] = {}
    total: dict[str, int] = {}
    for label, text, surname, given, _case in cases():
        total[label] = total.get(label, 0) + 1
        ours = [(p.get("surname"), p.get("given_name"))
                for p in extract_text(text, None, "2024-05-01")]
        right[label, "headcount"] = right.get((label, "headcount"), 0) + (
            ours == [(surname, given)])
        right[label, "natasha"] = right.get((label, "natasha"), 0) + (
            [(s.lower(), g.lower()) for s, g in bare(text)] == [(surname.lower(), given.lower())])
    print("| names | sentences | headcount | bare natasha |\n|---|---|---|---|")
    for label, n in total.items():
        print(f"| {label} | {n} | {right[label, 'headcount']} ({right[label, 'headcount'] / n:.0%})"
              f" | {right[label, 'natasha']} ({right[label, 'natasha'] / n:.0%}) |")


if __name__ == "__main__":
    main()
