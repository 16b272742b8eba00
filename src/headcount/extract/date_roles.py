"""Which event a date in a text dates, by a model learned from annotated obituaries.

The rules of :mod:`headcount.extract.attach` and :mod:`headcount.extract.english` read a
date's event from the words they were written for; a text phrased otherwise ("will bid
farewell to two of its sons on Sunday, 4 June", "проводили в последний путь 14 марта")
leaves the date unread although the date finder found it. Here every found date is
classified by a multinomial logistic regression over the words around it (lemmas and
word beginnings, left and right of the date, in its sentence), its precision and kind,
and how long before publication it falls. The model is trained by
``bench/train_date_roles.py`` on the dev halves of the gold obituaries
(``bench/data/obituaries``) and ships as ``date_roles.json`` beside this module.

:func:`fill_dates` uses it only as a fallback: a date no field of any mention already
holds, classified with a probability of at least :data:`THRESHOLD`, fills an empty slot
(an event of ``other_dates`` the person has none of) of the person named nearest before it
in its sentence (else of the text's only person). A birth or a death the rules left unread
stays unread: they leave some on purpose (a relative's death, a term of office, a court
that fixes no day), and the model, which sees only the words around a date, cannot tell.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from headcount.extract.morph import language, lemma, parses
from headcount.extract.sentences import sentence_bounds

#: what a date can date: nothing of a person's, a life's bounds, or an event of other_dates
ROLES = ("none", "birth", "death", "other", "contract", "mobilised", "farewell", "funeral",
         "reported", "citizenship")
#: the events of ``other_dates`` a role fills
EVENTS = frozenset(ROLES[3:])
#: the events the fallback fills: the news of a funeral, a farewell or a confirmed death,
#: whose words say what they date; a contract, a mobilisation, a grant of citizenship or
#: another event, read from the words around a date alone, misfired where the rules know
#: better ("служил в отряде, созданном в 2021 году" is no contract; cross-validation on the
#: dev halves and the first readings of batches 16–19 gained nothing from them at 0.9)
FILLS = frozenset({"funeral", "farewell", "reported"})
#: the least probability of a role for it to fill a slot (chosen by cross-validation on the
#: dev halves: ``bench/train_date_roles.py --cv``)
THRESHOLD = 0.9
_LEFT, _RIGHT, _NEAR = 8, 6, 2
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_MODEL = "date_roles.json"


@dataclass(frozen=True)
class Dated:
    """A date the date finder found: its ISO value at its precision, span and kind."""

    value: str
    precision: str
    start: int
    end: int
    kind: str = "date"
    relative: bool = False


def found_dates(text: str, lang: str, published: date | None) -> list[Dated]:
    """Every date :mod:`headcount.extract.dates` (or its English twin) finds in ``text``."""
    if lang == "en":
        from headcount.extract.en_dates import find_dates as en_find

        return [Dated(d.value, str(d.precision), d.start, d.end, d.kind, d.relative)
                for d in en_find(text, published)]
    from headcount.extract.dates import find_dates

    with language(lang):
        return [Dated(d.value, str(d.precision), d.start, d.end, d.kind, d.relative)
                for d in find_dates(text, published)]


def _words(text: str, start: int, end: int, lang: str) -> list[tuple[str, str]]:
    """(lemma, part of speech) of each word of ``text[start:end]`` ("" for English's)."""
    out = []
    for m in _WORD.finditer(text, start, end):
        w = m.group().lower().replace("ё", "е")
        if lang == "en":
            out.append((w, ""))
            continue
        with language(lang):
            p = parses(w)
            out.append((lemma(w), str(p[0].tag.POS or "") if p else ""))
    return out


#: parts of speech of an event's word: a verb in any of its forms, or a noun
_VERB = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def _first_day(value: str) -> date | None:
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _age(value: str, published: date | None) -> str:
    when = _first_day(value)
    if published is None or when is None:
        return "unknown"
    days = (published - when).days
    for bound, name in ((-1, "future"), (31, "month"), (366, "year"), (3 * 365, "years"),
                        (15 * 365, "decade")):
        if days <= bound:
            return name
    return "life"


def features(text: str, d: Dated, lang: str, published: date | None,
             sentences: list[tuple[int, int]] | None = None,
             others: Iterable[Dated] = ()) -> list[str]:
    """The features of date ``d`` of ``text`` (see the module's docstring)."""
    bounds = sentences if sentences is not None else sentence_bounds(text)
    s0, s1 = next(((a, b) for a, b in bounds if a <= d.start < b), (0, len(text)))
    left = _words(text, s0, d.start, lang)[::-1]
    right = _words(text, d.end, s1, lang)
    out = [f"prec:{d.precision}", f"kind:{d.kind}", f"lang:{lang}",
           f"age:{_age(d.value, published)}", f"rel:{d.relative}"]
    for side, words, n in (("L", left, _LEFT), ("R", right, _RIGHT)):
        for i, (w, _) in enumerate(words[:n]):
            out += [f"{side}:{w}", f"{side}p:{w[:5]}"]
            if i < _NEAR:
                out += [f"{side}{i}:{w}", f"{side}{i}p:{w[:5]}"]
        out += [f"S:{w}" for w, _ in words[n:]]
        verb = next((w for w, pos in words[:n] if pos in _VERB), None)
        noun = next((w for w, pos in words[:n] if pos == "NOUN"), None)
        if verb:
            out += [f"{side}V:{verb}", f"V:{verb}"]
        if noun:
            out += [f"{side}N:{noun}", f"N:{noun}"]
    before = text[max(s0, d.start - 2) : d.start]
    if "(" in before:
        out.append("bracket")
    earlier = [o for o in others if o.end <= d.start and o.value != d.value]
    later = [o for o in others if o.start >= d.end and o.value != d.value]
    out.append(f"first:{not earlier}")
    out.append(f"last:{not later}")
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, dict[int, float]]  # feature -> {class index: weight}

    def proba(self, feats: Iterable[str]) -> list[float]:
        import math

        z = list(self.intercept)
        for f in set(feats):
            for k, w in self.weights.get(f, {}).items():
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def role(self, feats: Iterable[str]) -> tuple[str, float]:
        p = self.proba(feats)
        k = max(range(len(p)), key=p.__getitem__)
        return self.classes[k], p[k]

    def as_json(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "intercept": list(self.intercept),
                "weights": {f: {str(k): w for k, w in ws.items()}
                            for f, ws in sorted(self.weights.items())}}


def model_from_json(data: dict[str, Any]) -> Model:
    return Model(tuple(data["classes"]), tuple(float(x) for x in data["intercept"]),
                 {f: {int(k): float(w) for k, w in ws.items()}
                  for f, ws in data["weights"].items()})


@lru_cache(maxsize=4)
def packaged_model(name: str) -> Model | None:
    """A model shipped as JSON weights beside this module (None when the file is absent)."""
    path = resources.files("headcount.extract").joinpath(name)
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text("utf-8")))


def shipped_model() -> Model | None:
    """The date-role model shipped with the package."""
    return packaged_model(_MODEL)


def _held(m: dict[str, Any]) -> set[str]:
    """Every date value a mention already holds, in any field."""
    held = {str(m[k]) for k in ("birth_date", "death_date", "status_date") if m.get(k)}
    held |= {str(v) for v in (m.get("other_dates") or {}).values()}
    return held


def _owner(mentions: list[dict[str, Any]], d: Dated,
           bounds: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The mention named nearest before ``d`` in its sentence, else first after it there, else
    the text's only mention."""
    s0, s1 = next(((a, b) for a, b in bounds if a <= d.start < b), (0, 0))
    best: tuple[int, dict[str, Any]] | None = None
    for m in mentions:
        for a, b in m.get("spans") or ():
            if s0 <= a < s1:
                rank = d.start - b if b <= d.start else 10_000 + a - d.end
                if best is None or rank < best[0]:
                    best = (rank, m)
    if best is not None:
        return best[1]
    return mentions[0] if len(mentions) == 1 else None


def proposals(text: str, lang: str, published: date | None, mentions: list[dict[str, Any]],
              model: Model, threshold: float = THRESHOLD
              ) -> Iterator[tuple[dict[str, Any], str, Dated, float]]:
    """(mention, role, date, probability) for each date no mention holds whose role the model
    gives at least ``threshold``."""
    dates = [d for d in found_dates(text, lang, published) if d.kind != "report"]
    held = set().union(*(_held(m) for m in mentions)) if mentions else set()
    bounds = sentence_bounds(text)
    for d in dates:
        if d.value in held or any(h.startswith(d.value + "-") for h in held):
            continue
        role, p = model.role(features(text, d, lang, published, bounds, dates))
        if role == "none" or p < threshold:
            continue
        owner = _owner(mentions, d, bounds)
        if owner is not None:
            yield owner, role, d, p


def fill_dates(text: str, lang: str, published: date | None,
               mentions: list[dict[str, Any]], model: Model | None = None,
               threshold: float = THRESHOLD) -> None:
    """Fill empty date slots of ``mentions`` from dates the rules left unread (in place)."""
    model = model if model is not None else shipped_model()
    if model is None or not mentions:
        return
    for m, role, d, p in list(proposals(text, lang, published, mentions, model, threshold)):
        quote = {"quote": text[d.start : d.end], "start": d.start, "end": d.end,
                 "rule": "date_roles", "probability": round(p, 3)}
        other = m.get("other_dates") or {}
        # the guide keeps one "other" event: going missing, a capture, a wound, an award …
        kinds = {k if k in EVENTS else "other" for k in other}
        if role in FILLS and role not in kinds:
            other[role] = d.value
            m["other_dates"] = other
            m.setdefault("evidence", {})[f"other_dates.{role}"] = quote
