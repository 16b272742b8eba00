"""A home told by a word for a kind of place that points back at the town just named:
"В кишлаке Мехнатобод похоронили Фаррухджона Саидова, родом из этого кишлака", "в Доме
культуры пгт Промышленная … с Олегом Шмаковым, уроженцем и жителем посёлка", "У місті Ургут …
поховали Шерзода Норматова, уродженця цього міста", "в Кирочі Шилкинського району попрощалися з
уродженцем цього села …". The town is the last one named before the cue in its sentence or
the sentence before: after a word of its kind ("кишлаке Мехнатобод", "пгт Промышленная",
"місті Ургут"), or, after "в"/"у", one the tables know; the home is put at the cue, so it
goes to the person the cue describes. A plural cue ("жители села", "мешканців міста") is the
people of the place in general, no one's home.
"""

from __future__ import annotations

import re

from headcount.extract.homes import occupied, village_region
from headcount.extract.model import Fact
from headcount.extract.morph import current_language, parses
from headcount.extract.shared_home import town_region
from headcount.extract.uk_places import town_nominative

_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ'’ʼ"
_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*"
#: words for a kind of place, in their oblique cases
_KINDS = (r"сел[аоуеі]|селом|города|городе|городу|посёлк[аеу]|поселк[аеу]|кишлак[аеу]?|"
          r"аул[аеу]?|станиц[ыеу]|деревн[иею]|хутор[аеу]?|улус[аеу]?|міст[аоі]|селищ[аеі]|"
          r"смт|пгт")
#: one person's word of origin or residence, then "этого/цього" and the kind, no name after
#: it (with the pointing word, a name may follow: the person's own, "з уродженцем цього села
#: Олександром …")
_CUE = re.compile(
    rf"(?<![{_LOW}])(?P<cue>(?i:уроженц(?:ем|а|у)|уроженец|уроженк(?:а|ой|и|у)|"
    rf"жител(?:ь|ем|я|ю)|жительниц(?:а|ей|ы|у)|родом\s+из|уродженц(?:ем|я|ю)|уродженець|"
    rf"уродженк(?:а|ою|и|у)|мешканц(?:ем|я|ю)|мешканець|мешканк(?:а|ою|и|у))"
    rf"(?:\s+(?i:и|і|та)\s+(?i:жител|уроженц|мешканц|уродженц)\w*)?)\s+"
    rf"(?:(?P<this>(?i:этого|этой|того\s+же|той\s+же|данного|данной|цього|цієї|того\s+ж|тієї\s+ж))"
    rf"\s+)?(?P<kind>(?i:{_KINDS}))(?![{_LOW}-])")
#: a town after a word of its kind: "в кишлаке Мехнатобод", "пгт Промышленная", "У місті Ургут"
_TYPED = re.compile(rf"(?<![{_LOW}])(?i:{_KINDS}|г\.|с\.|п\.|м\.)\s*(?P<name>{_NAME})")
#: a town after "в"/"у": "в Кирочі Шилкинського району", "в Улан-Уде"
_IN = re.compile(rf"(?<![{_LOW}])(?i:в|во|у)\s+(?P<name>{_NAME})")
#: a paragraph's break or the end of a sentence before the one of the cue
_STOP = re.compile(r"\n\s*\n|[.!?]\s+(?=[«\"]?[" + _UP + r"])")


def this_town_homes(text: str) -> list[Fact]:
    """Homes of the cues that point back at a town: a settlement (and its region when the
    tables know the town) at the cue's words."""
    out: list[Fact] = []
    for m in _CUE.finditer(text):
        if not m.group("this") and re.match(rf"\s+[{_UP}]", text[m.end():]):
            continue  # "уроженец села Атланаул": the village is named, read elsewhere
        start = _window_start(text, m.start())
        town = _last_town(text, start, m.start())
        if town is None:
            continue
        born = bool(re.match(r"(?i:уроже|уродже|родом)", m.group("cue")))
        extra: dict[str, object] = {"born": True} if born else {}
        out.append(Fact("settlement", town, m.start(), m.end(), dict(extra)))
        code = town_region(town) or village_region(town)
        if code is not None:
            out.append(Fact("region", code, m.start(), m.end(),
                            {"inferred": True, "occupied": occupied(code), **extra}))
    return out


def _window_start(text: str, pos: int) -> int:
    """The start of the sentence before the one at ``pos`` (or of its paragraph)."""
    stops = [s.end() for s in _STOP.finditer(text, 0, pos)]
    paragraph = max((s.end() for s in re.finditer(r"\n\s*\n", text[:pos])), default=0)
    return max(stops[-2] if len(stops) > 1 else 0, paragraph)


def _last_town(text: str, start: int, end: int) -> str | None:
    """The last town named between ``start`` and ``end``, in the nominative."""
    found: list[tuple[int, str]] = []
    for t in _TYPED.finditer(text, start, end):
        found.append((t.start("name"), _typed_nominative(t.group("name"))))
    for t in _IN.finditer(text, start, end):
        name = _nominative(t.group("name"))
        if town_region(name) is not None:
            found.append((t.start("name"), name))
    return max(found, default=(0, None))[1]


def _typed_nominative(name: str) -> str:
    """A name after its kind: officialese keeps it in the nominative ("в селе Рыбное", "у
    місті Ургут"); a name the dictionary reads in an oblique case only is put back."""
    ps = parses(name.lower())
    if ps and ps[0].is_known and ps[0].tag.case not in (None, "nomn") and "Geox" in (
            ps[0].tag.grammemes):
        return _nominative(name)
    return name


def _nominative(name: str) -> str:
    if current_language() == "uk":
        return town_nominative(name)
    for p in parses(name.lower()):
        if "Geox" in p.tag.grammemes:
            form = p.inflect({"nomn"})
            word = form.word if form is not None else p.normal_form
            return "-".join(w[:1].upper() + w[1:] for w in word.split("-"))
    return name
