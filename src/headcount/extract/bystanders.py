"""Relatives and bystanders named as the ones reported: a mother who shows her son's photo,
a wife who recognised her husband in a video, a widow who applies to a court, a mother who
speaks after a quote about "my son". The guide reports only those whose fate in the war the
text tells; these are named beside that fate, not in it.

A mention is such a bystander when one of its namings owns a relative in its own sentence
and no fate of the war is told of it:

- a possessive of the named one's sex, or a reflexive, before a kin noun after the name
  ("Лариса Котова показывает фотографию своего сына", "Marina Orlova recognised her
  husband", "заявление Дарьи Сомовой о признании её мужа погибшим"), or a kin noun in an
  oblique case after a woman's name ("показывает фотографию сына");
- the next sentence opening with her possessive and a kin noun or a given name ("Её
  27-летний Денис погиб"; "Її чоловік, колишній капрал …");
- the name right after a quote that speaks of "my son", "мій чоловік" ("«Мого сина …
  призвали навесні», — каже Ірина Воронцова").

A naming followed in its clause by a verb of a fate of the war ("Анна Петрова погибла",
"Olga Ivanova, a nurse, was killed") keeps the mention, as does a sentence that tells a fate
before the relative is named.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.extract.roles import dies, dying_next
from headcount.extract.sentences import sentence_around

#: kin nouns (Russian, Ukrainian, English), any case: the relative owned
_KIN = (r"(?:сын\w*|сыновь\w*|муж|мужа|мужу|мужем|муже|супруг\w*|брат\w*|дочер\w*|дочь|"
        r"дочк\w*|отц\w*|отец|внук\w*|жених\w*|мам\w*|матер\w*|мать|"
        r"син|сина|синові|сином|синові|сини|синів|синах|чоловік\w*|дружин\w*|донь\w*|"
        r"батьк\w*|онук\w*|наречен\w*|мат(?:ір|ері)\w*|"
        r"son|sons|husband|brother|brothers|father|daughter|nephew|grandson|fianc[ée]e?|"
        r"boy|boys)")
#: an oblique case of a kin noun with no possessive ("показывает фотографию сына",
#: "чекає чоловіка"): a woman who owns him
_BARE_KIN = re.compile(r"\b(?:сына|сыну|сыном|сыне|мужа|мужу|мужем|муже|сина|синові|сином|"
                       r"чоловіка|чоловікові|чоловіком)\b", re.I)
_ADJ = r"(?:(?:\d+[-‑–]?\s*)?[\w'’-]+\s+){0,2}?"
_HERS = re.compile(rf"\b(?:её|ее|її|her)\s+{_ADJ}{_KIN}\b", re.I)
_HIS = re.compile(rf"\b(?:его|його|his)\s+{_ADJ}{_KIN}\b", re.I)
_OWN = re.compile(rf"\b(?:сво(?:й|я|ё|е|его|ей|ю|ему|им|ими|их|и|ого|єї|їй|єму|їм)|"
                  rf"свого|своєї)\s+{_ADJ}{_KIN}\b", re.I)
#: the next sentence opens with her possessive and a kin noun or his given name ("Её
#: 27-летний Денис погиб", "Її чоловік, …", "Her son …")
_HERS_NEXT = re.compile(rf"\s*(?:Её|Ее|Її|Her)\s+(?:{_ADJ}{_KIN}\b|(?:\d+[-‑–]?\s*)?"
                        r"[\w'’-]*(?:летн|річн)\w*\s+[А-ЯЁІЇЄҐ]\w+)")
#: a quote just closed, then a verb of speech and the name: «…», — каже Ірина …
_QUOTE_BEFORE = re.compile(r"«([^«»]{1,600})»\s*,?\s*[—–-]\s*[\w'’-]+\s+$|"
                           r"[\"“]([^\"“”]{1,600})[\"”]\s*,?\s*(?:said|says|recalls|"
                           r"recalled|added|told\s+\w+)\s+$")
_MY_KIN = re.compile(rf"\b(?:мой|моего|моему|моим|мой|мого|мій|моєму|моїм|наш\w*|my|our)\s+"
                     rf"{_ADJ}{_KIN}\b", re.I)
#: a fate of the war (Russian, Ukrainian, English), finite or participle
_FATE = re.compile(
    r"\b(?:погиб\w*|умер(?:ла|ли)?\b|скончал\w*|загину\w*|загибл\w*|помер(?:ла|ли)?\b|"
    r"убит\w*|убил\w*|ранен\w*|поранен\w*|пропал\w*\s+без\s+вести|зник\w*\s+безвісти|"
    r"попал\w*\s+в\s+плен|потрапи\w*\s+(?:у|в)\s+полон|в\s+плену|у\s+полоні|"
    r"killed|died|dies|dead|wounded|injured|missing|captured|taken\s+prisoner|perished)",
    re.I)
#: a fate told right after the name, past an apposition in commas ("Olga Ivanova, a nurse,
#: was killed")
_FATE_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*,[^,.;!?]{1,80},)?\s+(?:(?:was|were|"
                         r"has\s+been|had\s+been|is|тоже|также|теж|також)\s+)?"
                         r"(?:killed|died|wounded|captured|missing|погиб\w*|загину\w*|умер\w*|"
                         r"помер\w*|ранен\w*|поранен\w*|пропал\w*|зник\w*)", re.I)
#: a relative beside her as a co-subject of a plural fate: "Svetlana Orlova and her husband
#: Pavel were killed", "та її чоловік Павло загинули", "и её муж Павел погибли"
_FATE_TOGETHER = re.compile(r"(?:\s*,[^,.;!?]{1,30},)?\s+(?:and|и|і|й|та)\s+(?:her|his|их|её|ее|"
                            r"его|її|його)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
                            r"(?:\s*,[^,.;!?]{1,30},)?\s+(?:(?:were|have\s+been|had\s+been|"
                            r"тоже|также|теж|також)\s+)?(?:killed|died|wounded|injured|"
                            r"погибли|умерли|ранены|загинули|померли|поранені|були\s+вбиті)\b",
                            re.I)
#: a verb of speech or of learning between a father's name and his son
_SPEAKS = re.compile(r"\b(?:said|says|told|tells|recalls|recalled|learned|learnt|heard|"
                     r"рассказ\w*|сказал\w*|сообщил\w*|вспомина\w*|говорит|узнал\w*|"
                     r"розпові\w*|сказав|каже|повідоми\w*|згадує|дізна\w*)\b", re.I)


def _sentence(text: str, start: int) -> tuple[int, int]:
    return sentence_around(text, start, start)


def _female(mention: dict[str, Any]) -> bool | None:
    sex = mention.get("sex")
    if sex in ("F", "M"):
        return sex == "F"
    given = str(mention.get("given_name") or "")
    surname = str(mention.get("surname") or "")
    if re.search(r"(?:ova|eva|yova|ina|aya|ska)$", surname) and re.search(r"a$", given):
        return True  # "Lyubov Semyonova", "Svetlana Guseva"
    if re.search(r"(?:ov|ev|yov|in|sky|skiy)$", surname):
        return False
    return None


#: the named one's own fate told beside a relative's with "сам", "herself": "…, что его сын
#: погиб, а сам он был ранен", "Viktor Petrov, who was himself wounded, said his son …"
_SELF_FATE = re.compile(r"\b(?:(?:сам|сама)\s+(?:(?:он|она|він|вона|тоже|также|теж|також|"
                        r"был|была|був|була)\s+){0,2}|(?:was\s+|had\s+been\s+|has\s+been\s+)?"
                        r"(?:himself|herself)\s+(?:(?:was|been|also)\s+)?)" + _FATE.pattern[2:],
                        re.I)


def _fated(text: str, start: int, end: int) -> bool:
    """The naming at ``start``–``end`` is the subject of a fate of the war."""
    if _FATE_AFTER.match(text, end) or _FATE_TOGETHER.match(text, end):
        return True
    lo, hi = _sentence(text, start)
    if _SELF_FATE.search(text, lo, hi):
        return True
    if re.search(r"[а-яёіїєґ]", text[start:end], re.I):
        return dies(text, start) or dying_next(text, start)
    return False


#: she herself meets a fate told in a later sentence ("… показывает фотографию сына. Через
#: неделю она погибла при обстреле", "She was killed by a drone two weeks later")
_SHE_FATED = re.compile(
    r"\b(?:она|вона|she)\s+(?:(?:тоже|также|сама|и\s+сама|теж|також|herself|too|also|"
    r"later|was|has\s+been|had\s+been|была|була)\s+){0,3}(?:погибла|умерла|скончалась|"
    r"загинула|померла|убита|вбита|ранена|поранена|killed|died|wounded|injured|"
    r"пропала\s+без\s+вести|зникла\s+безвісти|попала\s+в\s+плен|потрапила\s+в\s+полон|"
    r"captured|missing)", re.I)
#: a woman's relative: "она" after her sentence may be that one ("фотографию дочери. Она
#: погибла")
_FEMALE_KIN = re.compile(r"\b(?:дочер\w*|дочь|дочк\w*|мам\w*|матер\w*|мать|сестр\w*|"
                         r"донь\w*|мат(?:ір|ері)\w*|daughter\w*|mother|sister\w*)\b", re.I)


def _herself_later(text: str, start: int) -> bool:
    """A woman named at ``start`` whose own fate of the war the next two sentences tell by her
    pronoun, no woman's relative beside her in her sentence."""
    lo, hi = _sentence(text, start)
    if _FEMALE_KIN.search(text, lo, hi):
        return False
    nxt = _sentence(text, hi + 1)[1] if hi + 1 < len(text) else hi
    after = _sentence(text, nxt + 1)[1] if nxt + 1 < len(text) else nxt
    return bool(_SHE_FATED.search(text, hi, after))


def _father_tells(text: str, end: int, kin: re.Match[str], hi: int) -> bool:
    """A man named at ``end`` speaks of his relative ``kin`` and of a fate the relative met
    after it in the sentence ("Viktor Petrov said his son was killed")."""
    return bool(_SPEAKS.search(text, end, kin.start()) and _FATE.search(text, kin.end(), hi))


def _owns_kin(text: str, start: int, end: int, female: bool | None) -> bool:
    lo, hi = _sentence(text, start)
    hi = min(hi, end + 250)
    found = [m.start() for m in _OWN.finditer(text, end, hi)
             if female or _father_tells(text, end, m, hi)]
    if female is not False:
        found += [m.start() for m in _HERS.finditer(text, end, hi)]
    if female is False:  # "his" may be the named man's own ("buried beside his father",
        # "told his brother", "сообщила его мать"): a father only when he tells of a fate
        # his son met
        found += [m.start() for m in _HIS.finditer(text, end, hi)
                  if _father_tells(text, end, m, hi)]
    if female:
        found += [m.start() for m in _BARE_KIN.finditer(text, end, hi)]
    if found and not _FATE.search(text, lo, min(found)):
        return True
    if female and not _FATE.search(text, lo, hi) and _HERS_NEXT.match(text, hi + 1):
        return True
    quote = _QUOTE_BEFORE.search(text, max(0, start - 650), start)
    if quote is not None and not _FATE.search(text, end, _sentence(text, end)[1]):
        said = quote.group(1) or quote.group(2) or ""
        return bool(_MY_KIN.search(said))
    return False


#: one held for recruiting others: arrested, detained or charged in his sentence, which
#: speaks of recruiting, an agency or trafficking ("затримало … Раджеша Ядава — власника
#: туристичної агенції", "police arrested recruiter Sunil Mendis")
_HELD = re.compile(r"\b(?:затрима\w*|заарешту\w*|задержа\w*|арестова\w*|arrested|detained|"
                   r"charged|обвиня\w*|обвинува\w*|інкриміну\w*|вменя\w*)", re.I)
_RECRUITS = re.compile(r"\b(?:вербувальник\w*|вербовщик\w*|вербуван\w*|вербовк\w*|recruiter\w*|"
                       r"recruiting|агенці\w*|агентств\w*|agency|agent|посередник\w*|"
                       r"traffick\w*|торгівл\w*\s+людьми|торговл\w*\s+людьми)", re.I)


def _recruiter(mention: dict[str, Any], text: str, spans: list[Any]) -> bool:
    """One named as held for recruiting, with no fate of the war told of him."""
    if mention.get("status") or mention.get("death_date"):
        return False
    for start, _ in spans:
        lo, hi = _sentence(text, start)
        if _HELD.search(text, lo, start) and _RECRUITS.search(text, lo, hi):
            return True
    return False


def bystander(mention: dict[str, Any], text: str) -> bool:
    """Whether ``mention`` is a relative or a bystander who owns the one reported and has
    no fate of her own in the text."""
    spans = [s for s in mention.get("spans") or [] if isinstance(s, (list, tuple))]
    if not spans:
        return False
    if any(_fated(text, s, e) for s, e in spans):
        return False
    if _recruiter(mention, text, spans):
        return True
    female = _female(mention)
    if female and any(_herself_later(text, s) for s, _ in spans):
        return False
    # a soldier's mention may hold one stray naming beside a relative ("said his mother,
    # Umm Mahmoud, … a photograph of her son"): at least half its namings must own kin
    owning = sum(_owns_kin(text, s, e, female) for s, e in spans)
    return owning > 0 and 2 * owning >= len(spans)
