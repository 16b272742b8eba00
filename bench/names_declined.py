"""Names declined by the grammar: how many the extraction puts back in the nominative,
beside bare natasha (its NER spans normalised by its own morphology and split by its
NamesExtractor), in the same run.

    python bench/names_declined.py

Foreign names are declined the way Russian and Ukrainian decline a man's foreign name
(:func:`declined`); Russian and Ukrainian surnames that decline as adjectives or as nouns
the way the grammar declines a man's or a woman's (:func:`declined_native`), both written
here independently of the extractor; each name is put in one sentence per case. A name is
right when the one person found has the given surname, given names (and patronymic).
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


#: Russian and Ukrainian surnames that decline as adjectives or as nouns, full names of men
#: and women written three ways (surname first, given name and patronymic first, given name
#: and surname): (label, language, {sex: surnames}, {sex: {given name: forms}}, {sex:
#: {patronymic: forms}}, {sex: sentence per case}). Forms are gent, datv, accs, ablt, loct.
#: Surnames with a possessive's stem (Луговой, Вишневий) are left out: "Луговым" is as much
#: Лугов's as Луговой's.
NATIVE_SETS: list[tuple] = [
    ("Russian surnames that decline as adjectives or nouns (ru)", "ru",
     {"m": ["Сыроватский", "Высоцкий", "Гречаный", "Задорожный", "Осадчий", "Тихий", "Белый",
            "Кот", "Волк", "Голуб", "Кривонос", "Белоус", "Сорока", "Кулибаба", "Дзюба",
            "Черных", "Бондаренко", "Шпак", "Мазур", "Гайдамак"],
      "f": ["Сыроватская", "Задорожная", "Гречаная", "Белая", "Тихая", "Сорока", "Дзюба",
            "Волк", "Мазур", "Черных"]},
     {"m": {"Иван": ("Ивана", "Ивану", "Ивана", "Иваном", "Иване"),
            "Сергей": ("Сергея", "Сергею", "Сергея", "Сергеем", "Сергее"),
            "Дмитрий": ("Дмитрия", "Дмитрию", "Дмитрия", "Дмитрием", "Дмитрии"),
            "Никита": ("Никиты", "Никите", "Никиту", "Никитой", "Никите"),
            "Ильдар": ("Ильдара", "Ильдару", "Ильдара", "Ильдаром", "Ильдаре")},
      "f": {"Анна": ("Анны", "Анне", "Анну", "Анной", "Анне"),
            "Мария": ("Марии", "Марии", "Марию", "Марией", "Марии"),
            "Ольга": ("Ольги", "Ольге", "Ольгу", "Ольгой", "Ольге"),
            "Гульнара": ("Гульнары", "Гульнаре", "Гульнару", "Гульнарой", "Гульнаре")}},
     {"m": {"Андреевич": ("Андреевича", "Андреевичу", "Андреевича", "Андреевичем",
                          "Андреевиче"),
            "Рашидович": ("Рашидовича", "Рашидовичу", "Рашидовича", "Рашидовичем",
                          "Рашидовиче")},
      "f": {"Андреевна": ("Андреевны", "Андреевне", "Андреевну", "Андреевной", "Андреевне"),
            "Рашидовна": ("Рашидовны", "Рашидовне", "Рашидовну", "Рашидовной", "Рашидовне")}},
     {"m": {"nomn": "Под Бахмутом погиб {}.",
            "gent": "Стало известно о гибели {} под Бахмутом.",
            "datv": "Орден Мужества посмертно вручили {}.",
            "accs": "В Курске похоронили {}, погибшего под Бахмутом.",
            "ablt": "Родные простились с {}, погибшим под Бахмутом.",
            "loct": "Мы помним о {}, погибшем под Бахмутом."},
      "f": {"nomn": "Под Бахмутом погибла медсестра {}.",
            "gent": "Стало известно о гибели медсестры {} под Бахмутом.",
            "datv": "Орден Мужества посмертно вручили медсестре {}.",
            "accs": "В Курске похоронили медсестру {}, погибшую под Бахмутом.",
            "ablt": "Родные простились с медсестрой {}, погибшей под Бахмутом.",
            "loct": "Мы помним о медсестре {}, погибшей под Бахмутом."}}),
    ("Ukrainian surnames that decline as adjectives or nouns (uk)", "uk",
     {"m": ["Задорожній", "Білий", "Гречаний", "Підгорний", "Тихий", "Осадчий", "Бондаренко",
            "Ворона"],
      "f": ["Біла", "Гречана", "Підгорна", "Ворона", "Бондаренко"]},
     {"m": {"Іван": ("Івана", "Іванові", "Івана", "Іваном", "Іванові"),
            "Сергій": ("Сергія", "Сергію", "Сергія", "Сергієм", "Сергієві"),
            "Олег": ("Олега", "Олегу", "Олега", "Олегом", "Олегові")},
      "f": {"Ганна": ("Ганни", "Ганні", "Ганну", "Ганною", "Ганні"),
            "Ірина": ("Ірини", "Ірині", "Ірину", "Іриною", "Ірині")}},
     {"m": {"Андрійович": ("Андрійовича", "Андрійовичу", "Андрійовича", "Андрійовичем",
                           "Андрійовичу")},
      "f": {"Андріївна": ("Андріївни", "Андріївні", "Андріївну", "Андріївною", "Андріївні")}},
     {"m": {"nomn": "Під Бахмутом загинув {}.",
            "gent": "Стало відомо про загибель {} під Бахмутом.",
            "datv": "Посмертно орден вручили {}, який загинув під Бахмутом.",
            "accs": "У Києві поховали {}, який загинув під Бахмутом.",
            "ablt": "Рідні попрощалися з {}, який загинув під Бахмутом."},
      "f": {"nomn": "Під Бахмутом загинула медсестра {}.",
            "gent": "Стало відомо про загибель медсестри {} під Бахмутом.",
            "datv": "Посмертно орден вручили медсестрі {}, яка загинула під Бахмутом.",
            "accs": "У Києві поховали медсестру {}, яка загинула під Бахмутом.",
            "ablt": "Рідні попрощалися з медсестрою {}, яка загинула під Бахмутом."}}),
]
_NATIVE_CASES = ("gent", "datv", "accs", "ablt", "loct")


def declined_native(surname: str, sex: str, case: str, lang: str) -> str:
    """``surname`` of a man (``sex`` "m") or a woman ("f") in ``case``, as Russian or Ukrainian
    grammar declines it: as an adjective (-ий/-ый/-ой, -ая; Ukrainian -ій soft, -ий, -а), as a
    noun (a man's in a consonant, anyone's in -а), or not at all (-ко, -ых/-их, a woman's in a
    consonant)."""
    if "-" in surname:  # a double-barrelled surname: each part on its own
        return "-".join(declined_native(w, sex, case, lang) for w in surname.split("-"))
    low = surname.lower()
    i = _NATIVE_CASES.index(case) if case != "nomn" else -1
    if i < 0 or low.endswith(("ко", "их", "ых", "зода", "заде")) or low[-1] in "оеиуыэюі" or (
            sex == "f" and low[-1] not in "ая"):
        return surname
    if sex == "f" and lang == "ru" and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return surname[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
    if lang == "uk":
        if sex == "m" and low.endswith("ній"):
            return surname[:-2] + ("ього", "ьому", "ього", "ім", "ьому")[i]
        if sex == "m" and low.endswith("ий"):
            return surname[:-2] + ("ого", "ому", "ого", "им", "ому")[i]
        if low.endswith("а") and (sex == "f" and low[-2:] in ("ла", "на")):
            return surname[:-1] + ("ої", "ій", "у", "ою", "ій")[i]
        if low.endswith("а"):
            return surname[:-1] + ("и", "і", "у", "ою", "і")[i]
        return surname + ("а", "у", "а", "ом", "і")[i]
    if low.endswith(("ский", "цкий")) or (low.endswith("ий") and low[-3] in "гкх"):
        return surname[:-2] + ("ого", "ому", "ого", "им", "ом")[i]
    if low.endswith("ий") and low[-3] in "жшчщ":
        return surname[:-2] + ("его", "ему", "его", "им", "ем")[i]
    if low.endswith(("ый", "ой")):
        return surname[:-2] + ("ого", "ому", "ого", "ым", "ом")[i]
    if low.endswith("ая"):
        return surname[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
    if low.endswith("а"):
        y = "и" if low[-2] in "гкхжшчщ" else "ы"
        return surname[:-1] + (y, "е", "у", "ой", "е")[i]
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")) and sex == "m":
        return surname + ("а", "у", "а", "ым", "е")[i]
    return surname + ("а", "у", "а", "ем" if low[-1] in "жшчщц" else "ом", "е")[i]


def _forms(names: list[str]) -> dict[str, tuple[str, ...]]:
    """Each man's name with its oblique forms, declined as a noun."""
    return {n: tuple(declined_native(n, "m", c, "ru") for c in _NATIVE_CASES) for n in names}


#: Central Asian and Caucasian names as Russian writes them: surnames in -ов/-ев, a Tajik one
#: in -зода (left undeclined, as lists write it), given names the dictionary mostly does not
#: know, a patronymic or none; surname first as lists write them, or given name first
NATIVE_SETS.append((
    "Central Asian and Caucasian names (ru)", "ru",
    {"m": ["Юлдашев", "Саидов", "Рахимов", "Каримов", "Шарипзода", "Абдуллаев", "Тошматов",
           "Назаров", "Мамадалиев", "Исмоилов", "Курбонов", "Эргашев", "Хасанов", "Магомедов",
           "Алиев", "Умаров"], "f": []},
    {"m": _forms(["Фаррухджон", "Шерзод", "Бахтиёр", "Азамат", "Дилшод", "Жасурбек", "Улугбек",
                  "Абдулла", "Ильхом", "Зафар", "Бекзод", "Тимур", "Нурлан", "Эргаш",
                  "Магомед", "Рамазан", "Искандар"]), "f": {}},
    {"m": _forms(["Рустамович", "Абдуллаевич", "Ахмадович", "Зокирович"]), "f": {}},
    {"m": {"nomn": "Под Бахмутом погиб уроженец Таджикистана {}.",
           "gent": "Стало известно о гибели уроженца Таджикистана {}.",
           "datv": "Посмертно орден вручили уроженцу Таджикистана {}.",
           "accs": "В Душанбе похоронили {}, погибшего под Бахмутом.",
           "ablt": "Родные простились с {}, погибшим под Бахмутом.",
           "loct": "Мы помним о {}, погибшем под Бахмутом."}, "f": {}},
    ("SG", "GS", "SGP", "GPS")))
#: Tuvan surnames (written first in lists; a woman's does not decline), Georgian ones that
#: never decline, double-barrelled Russian ones declined part by part
NATIVE_SETS.append((
    "Tuvan, Georgian and double-barrelled surnames (ru)", "ru",
    {"m": ["Монгуш", "Ооржак", "Ондар", "Кужугет", "Салчак", "Донгак", "Чавчавадзе",
           "Мамиашвили", "Ломинадзе", "Петров-Водкин", "Соколов-Микитов", "Римский-Корсаков"],
     "f": ["Монгуш", "Ооржак", "Мамиашвили", "Петрова-Водкина"]},
    {"m": _forms(["Айдыс", "Чингис", "Буян", "Начын", "Омак", "Артыш", "Давид", "Заза", "Леван",
                  "Нугзар", "Иван", "Олег", "Никита", "Кузьма"]),
     "f": {n: tuple(declined_native(n, "f", c, "ru") for c in _NATIVE_CASES)
           for n in ("Айлана", "Саяна", "Нино", "Анна")}},
    {"m": {}, "f": {}},
    {"m": NATIVE_SETS[0][5]["m"], "f": NATIVE_SETS[0][5]["f"]},
    ("SG", "GS")))


def native_cases() -> list[tuple[str, str, str, str, str, str]]:
    """(set label, sentence, surname, given name, patronymic or "", case) of every generated
    native name: each surname in each case written three ways, the given name and
    patronymic taken in turn."""
    out = []
    for label, lang, surnames, given, patr, templates, *orders in NATIVE_SETS:
        k = 0
        for sex in ("m", "f"):
            for surname in surnames[sex]:
                for case, template in templates[sex].items():
                    for order in (orders[0] if orders else ("SGP", "GPS", "GS")):
                        g = list(given[sex])[k % len(given[sex])]
                        p = list(patr[sex])[k % len(patr[sex])] if patr[sex] else ""
                        k += 1
                        i = _NATIVE_CASES.index(case) if case != "nomn" else -1
                        parts = {"S": declined_native(surname, sex, case, lang),
                                 "G": g if i < 0 else given[sex][g][i],
                                 "P": p if i < 0 or not p else patr[sex][p][i]}
                        name = " ".join(parts[c] for c in order)
                        out.append((label, template.format(name), surname, g,
                                    p if "P" in order else "", case))
    return out


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

    def __call__(self, text: str, middle: bool = False) -> list[tuple[str, ...]]:
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
            last, first = fact.get("last") or "", fact.get("first") or ""
            out.append((last, first, fact.get("middle") or "") if middle else (last, first))
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
    for label, text, surname, given, patr, _case in native_cases():
        total[label] = total.get(label, 0) + 1
        ours = [(p.get("surname"), p.get("given_name"), p.get("patronymic") or "")
                for p in extract_text(text, None, "2024-05-01")]
        right[label, "headcount"] = right.get((label, "headcount"), 0) + (
            ours == [(surname, given, patr)])
        right[label, "natasha"] = right.get((label, "natasha"), 0) + (
            [(s.lower(), g.lower(), m.lower()) for s, g, m in bare(text, middle=True)]
            == [(surname.lower(), given.lower(), patr.lower())])
    print("| names | sentences | headcount | bare natasha |\n|---|---|---|---|")
    for label, n in total.items():
        print(f"| {label} | {n} | {right[label, 'headcount']} ({right[label, 'headcount'] / n:.0%})"
              f" | {right[label, 'natasha']} ({right[label, 'natasha'] / n:.0%}) |")


if __name__ == "__main__":
    main()
