"""Who a name is in a story about a casualty: the person described, a relative, an
official, or someone quoted — by the words just before the name.

Only the person described receives facts (a status, dates, a unit): a mother who
speaks, a widow, a governor who sends condolences, a priest who holds the funeral, a
commander quoted on how the soldier died are named in the story but are not its
casualties. They are recognised by:

- a kin word right before the name ("мать Анна Петровна"), or a few words before it
  with only words about the dead between ("вдова погибшего Мария Петрова"), or set off
  by a comma ("его мать, Анна Петрова,"; "рядом с отцом, Николаем Петровым") — unless
  the name is in the genitive ("мать Ивана Петрова": Иван is the one described), the
  kin word is a profession ("медицинская сестра", "сестра милосердия"), or the writer's
  own relative is the subject of the post ("мой сын Иван Петров погиб", "ищу брата");
- an official's title up to :data:`TITLE_GAP` words before the name ("глава
  Кяхтинского района Сергей Дондоков"); a commander or a deputy only right before it,
  since a commander may be the one described ("командир роты капитан Иван Петров
  погиб");
- a frame of speech: "по словам командира Алексея Смирнова", "— рассказал журналистам
  Сергей Козлов";
- "имени" before it: the namesake of a unit or a school ("батальон имени Шаймуратова"), and
  so the name of a disease, a law, a prize or a street ("болезнь Паркинсона", "улица Ленина").

Kin words are matched as whole lemmas ("медсестра" is not "сестра").
"""

from __future__ import annotations

import re

from headcount.extract import syntax
from headcount.extract.dates import (
    MONTHS_GEN,
    MONTHS_NOM,
    MONTHS_PREP,
    UK_MONTHS_GEN,
    UK_MONTHS_NOM,
    UK_MONTHS_PREP,
)
from headcount.extract.morph import lemmas, parses
from headcount.extract.namecase import NameParts
from headcount.extract.sentences import CLAUSE_STOP, sentence_end, sentence_start

#: lemmas of words after which a name is a relative of the person described
KIN = frozenset({
    "мать", "мама", "отец", "папа", "жена", "муж", "вдова", "супруг", "супруга", "сестра",
    "брат", "дочь", "сын", "бабушка", "дедушка", "внук", "внучка", "дядя", "тётя", "тетя",
    "племянник", "племянница", "невеста", "жених", "тёща", "теща", "свекровь", "родственник",
    "родственница", "друг", "подруга", "сослуживец", "сослуживица", "однополчанин",
    # Ukrainian
    "мати", "батько", "дружина", "чоловік", "донька", "дочка", "бабуся", "дідусь", "онук",
    "син", "родич", "товариш",
})
#: lemmas of words after which a name is an official, not the person described
OFFICIAL = frozenset({
    "глава", "губернатор", "мэр", "депутат", "министр", "президент", "сенатор", "председатель",
    "директор", "руководитель", "пресс-секретарь", "корреспондент", "священник",
    "протоиерей", "настоятель", "военком", "военкомат", "уполномоченный", "командир", "врио",
    "заместитель", "замглавы", "представитель", "спикер", "атаман", "благочинный", "митрополит",
    "архиепископ", "епископ", "иерей", "комиссар", "начальник", "прокурор", "судья",
    "следователь", "адвокат", "имам", "муфтий", "батюшка", "пастор", "раввин",
    # Ukrainian
    "мер", "голова", "міністр", "посадовець", "речник", "керівник",
    "представник", "уповноважений", "суддя", "слідчий", "комісар", "військком",
    # who reports or speaks for an office: a journalist, a press officer, a chaplain (the
    # feminine nouns are lemmas of their own: "речниця", "очільниця")
    "журналист", "журналистка", "корреспондентка", "пресс-офицер", "капеллан",
    "журналіст", "журналістка", "кореспондент", "кореспондентка", "прес-секретар",
    "прес-секретарка", "прес-офіцер", "речниця", "очільник", "очільниця", "керівниця",
    "заступник", "заступниця", "начальниця", "капелан",
})
#: words before "сестра"/"брат" that make it a profession, not kin ("медицинская сестра")
_PROFESSION_BEFORE = frozenset({"медицинский", "палатный", "процедурный", "операционный",
                                "перевязочный"})
#: words after a kin word that make it a profession ("сестра милосердия")
_PROFESSION_AFTER = frozenset({"милосердие"})
#: titles that make an official only right before the name (a commander may be the one
#: described: "командир роты капитан Иван Петров погиб")
_NEXT_TO_NAME = frozenset({"командир", "заместитель", "начальник", "заступник", "заступниця",
                           "начальниця"})
#: how many words may stand between an official's title and the name ("глава Кяхтинского
#: района Сергей Дондоков")
TITLE_GAP = 4
#: an official's act before his title: "Указом Президента …", "приказом министра обороны"
_DECREE = frozenset({"указом", "указу", "указ", "приказом", "приказу", "распоряжением",
                     "постановлением", "решением", "наказом"})
#: the writer's own: "мой сын Иван Петров погиб" is about the son
_OWN = frozenset({"мой", "наш", "мій"})
#: searching for a relative: "ищу брата Сидорова Алексея" is about the brother
_SEARCH = frozenset({"искать", "разыскивать", "найти", "разыскиваться", "шукати", "знайти"})
#: the relatives of the one described: "его мать", "её муж", "их сын"
THEIR = frozenset({"его", "её", "ее", "их", "його", "її"})
#: "свою дочку, Варюше …": the relative of the one the clause is about
_OWN_REFLEXIVE = frozenset({"свой", "своя", "своё", "свое", "свою", "своего", "своей",
                            "своему", "своим", "своих", "свои", "свого", "своєї", "своїй",
                            "своєму", "своїм"})
#: verbs of speech after which a name is the speaker
SPEECH = frozenset({
    "сказать", "рассказать", "рассказывать", "сообщить", "сообщать", "заявить", "отметить",
    "вспоминать", "вспомнить", "говорить", "добавить", "пояснить", "подчеркнуть", "написать",
    "уточнить", "поделиться", "признаться", "рассказати", "розповісти", "розповідати",
    "повідомити", "заявити", "сказати", "говорити",
})
#: whose words a clause reports ("по словам матери", "за словами полоненого", "как сообщили")
BY_WORDS = re.compile(r"\b(?:по\s+словам|со\s+слов|за\s+словами|з\s+слів|як\s+розпові\w+|"
                      r"як\s+повідом\w+|как\s+(?:рассказал|сообщил|отметил|пояснил)\w*)\b",
                      re.I)
#: the dead one a relative is named after: "вдова погибшего", "мать покойного бойца"
_OF_THE_DEAD = re.compile(r"(?:погибш|покойн|павш|убит|умерш|скончавш|загибл|полегл)", re.I)
#: titles that may stand between "имени" and the namesake ("школа имени Героя Советского
#: Союза Александра Матросова", "вулиця імені генерала Ватутіна", "училище имени генерала
#: армии …"): lower-case words, and the capitals of the titles of heroes — not "в честь
#: погибшего Ивана Петрова" (a dead man of this war)
_NAMESAKE_TITLE = (r"(?:(?-i:(?!погибш|павш|загибл|убит|полегл)[а-яёіїєґ'’-]+)|Геро[йяюї]\w*|"
                   r"Советского|Радянського|Союза|Союзу|России|Росії|Российской|Федерации|"
                   r"Украины|України|Социалистического|Соціалістичної|Труда|Праці|РФ|СССР|"
                   r"генерал\w*|маршал\w*|адмирал\w*|адмірал\w*|академик\w*|академіка|"
                   r"писател\w+|письменника|поэта|поета|космонавта|летчика|лётчика|льотчика|"
                   r"святого|святої|святых|святих|преподобного|князя|княгини|княгині|"
                   r"гетьмана|атамана|полковника|генерал-\w+)")
_NAMED_AFTER = re.compile(r"\b(?:(?:имени|им\.|імені|ім\.|в\s+честь|на\s+честь)(?:\s+"
                          + _NAMESAKE_TITLE + r"){0,4}|болезн\w+|синдром\w*|теорем\w+|"
                          r"закон\w*|эффект\w*|преми[июяй]|улиц\w+|проспект\w*|площад\w+|"
                          r"бульвар\w*|переул\w+|хвороб\w+|вулиц\w+|премі[їяю]|"
                          # a Hero of the Soviet Union fought in an earlier war
                          r"Геро(?:й|я|ю|ем|е|ї)\s+(?:Советского\s+Союза|Радянського\s+Союзу))"
                          r"\s*$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def named_after(text: str, start: int) -> bool:
    """The word at ``start`` opens the name of a namesake: "имени", "імені" and a hero's
    titles stand before it ("батальон имени Героя России Александра Прохоренко")."""
    return bool(_NAMED_AFTER.search(text[max(0, start - 80) : start]))


def _a_post(word: str) -> bool:
    """A noun for a person in the nominative ("медсестра", "учитель"), not an adjective
    ("19-летний")."""
    ps = parses(word.lower())[:1]
    return bool(ps) and {"NOUN", "anim", "nomn"} <= ps[0].tag.grammemes


def _linking(word: str) -> bool:
    """A word that may stand between a kin word and a name: in the genitive ("вдова
    погибшего", "мать погибшего бойца"), or a possessive."""
    low = word.lower()
    if low in THEIR:
        return True
    # any of the likeliest readings: "бойца" is first read as the accusative
    return word[:1].islower() and any(
        "gent" in p.tag.grammemes and bool({"PRTF", "ADJF", "NOUN"} & p.tag.grammemes)
        for p in parses(low)[:3])


def _kin(words: list[str], i: int) -> bool:
    """``words[i]`` is a kin word of someone else than the subject (not a profession,
    not the writer's own relative, not one searched for)."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if _SIBLINGS.fullmatch(words[i]) and not _THEIR_OR_LEFT.fullmatch(before):
        return False  # "Братья Олег и Ерве Мбарга …", "Камерунські брати …": the pair
        # described, not someone's relatives ("его братья", "остались братья" are)
    return not (lemmas(before) & (_OWN | _SEARCH) or kin_profession(before, after))


#: siblings named together, in the nominative
_SIBLINGS = re.compile(r"брать(?:я)|брати|с[её]стры|сестри|близнец(?:ы)|близнюки", re.I)
#: ... someone's: after a possessive or a verb of being left behind
_THEIR_OR_LEFT = re.compile(r"его|её|ее|их|мои|твои|наши|свои|його|її|їх|їхні|мої|наші|свої|"
                            r"остались|осталось|залишилися|залишились|залишилось", re.I)


def kin_profession(before: str, after: str) -> bool:
    """A kin word between ``before`` and ``after`` names a profession ("медицинская сестра",
    "сестра милосердия", "брат милосердия"), not a relative."""
    return bool(lemmas(before) & _PROFESSION_BEFORE or lemmas(after) & _PROFESSION_AFTER)


#: a finite verb of dying: the one named before it in its sentence is the one who died
_DIED = re.compile(r"\b(?:погиб(?:ла)?|умер(?:ла)?|скончал(?:ся|ась)|загину(?:в|ла)|"
                   r"помер(?:ла)?)\b", re.I)


def _apposition(text: str, cut_at: int, window: str, cut: int) -> str:
    """"kin" or "official" for the name at ``cut_at``, set off by a comma after a kin word
    or a title ("его мать, Анна Петрова,"; "рядом с отцом, Николаем Петровым")."""
    head = window[:cut].rstrip()
    if not head.endswith(","):
        return ""
    words = _WORD.findall(head)[-3:]
    if not words:
        return ""
    last = lemmas(words[-1])
    prev = words[-2].lower() if len(words) > 1 else ""
    if last & KIN and (prev in THEIR or prev in _OWN_REFLEXIVE or prev in (
            "с", "со", "у", "к", "и")) and _kin(
            words, len(words) - 1) and not _DIED.search(text, cut_at, sentence_end(text, cut_at)):
        return "kin"  # but "Его брат, Ван Бин, генерал, умер в 2014 году": he died
    if last & OFFICIAL and not last & _NEXT_TO_NAME and not _plural(words[-1]):
        return "official"  # not "Як з'ясували журналісти, 24-річний Йосвані …": many
    return ""


def _plural(word: str) -> bool:
    """A noun read first as a plural ("журналісти", "корреспонденты"): no one's title."""
    ps = parses(word.lower())[:1]
    return bool(ps) and "plur" in ps[0].tag.grammemes


#: a clause opened by a kin word and the one it is kin of, then a comma and the relative's
#: own name, perhaps after his age or post: "Отец погибшего Андрея Кузнецова, 62-летний Виктор
#: Кузнецов"; "Мати загиблого Олега Сидоренка, 54-річна Ганна"; "Мати солдата, медсестра
#: районної лікарні Туяна Доржиєва"
_KIN_HEAD = re.compile(
    r"(?:^|[.!?\n]\s*|[;:]\s*|,\s*(?:а|и|і|та|але)\s+)(?:(?:его|её|ее|його|її)\s+)?"
    r"(?P<kin>[А-ЯЁІЇЄҐа-яёіїєґ][\w'’-]*)(?P<mid>(?:\s+[а-яёіїєґ][\w'’-]*){0,3})"
    r"(?P<named>(?:\s+[А-ЯЁІЇЄҐ][\w'’-]*){0,3})\s*,\s*(?:\d+[-‑–]?\s*)?"
    r"(?:[а-яёіїєґ'’-]*(?:летн|річн)[а-яёіїєґ]*\s+)?(?P<post>(?:[а-яёіїєґ'’-]+\s+){0,4})$")


#: an age adjective right before a name: "62-летний ", "54-річна "
_AGE_ADJ_END = re.compile(r"(?:\d+[-‑–]?\s*)?[а-яёіїєґ'’-]*(?:летн|річн)[а-яёіїєґ]*\s+$")


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})


def _nominative(grammemes: frozenset[str]) -> bool:
    """A nominative reading, or one with no case told (the Ukrainian dictionary reads
    "дружина" so)."""
    return "nomn" in grammemes or not grammemes & _CASES


def _kin_heads_clause(window: str) -> bool:
    """The name after ``window`` is set off by a comma after a clause that is a kin word of
    someone named: the relative's own name, not the one whose relative speaks."""
    m = _KIN_HEAD.search(window)
    if m is None:
        return False
    kin = m.group("kin")
    if not lemmas(kin) & KIN or not any(
            p.normal_form in KIN and _nominative(p.tag.grammemes) for p in parses(kin.lower())):
        return False
    mid = m.group("mid").split()
    if not mid and not m.group("named").strip():
        return False  # "Мать, 54-летняя …": an apposition, read by its own rule
    post = m.group("post").split()
    if post and not (mid and _a_post(post[0])):
        # "Мати солдата, медсестра районної лікарні Туяна …": her post between, after the
        # one she is kin of told by a noun; not "Сын Анны Петровой, рядовой Иван Петров"
        return False
    # the one he is kin of named ("Отец погибшего Андрея Кузнецова, …") or not ("Мать
    # погибшего бойца, 54-летняя Галина Орлова, …")
    return _kin([kin, *mid], 0) and all(_linking(w) for w in mid)


def _finite_verb(word: str) -> bool:
    """A verb in a finite form ("отпел", "відспівав", "вручил"): the official before it
    acts, and the one named after it is its object."""
    ps = parses(word.lower())[:1]
    return bool(ps) and "VERB" in ps[0].tag.grammemes


def role_before(text: str, start: int) -> str:
    """"kin", "official", "speaker", "namesake" or "" — what the words just before a name
    make of it."""
    window = text[max(0, start - 80) : start]
    if _NAMED_AFTER.search(window):
        return "namesake"  # "батальон имени Шаймуратова", "школа им. Гагарина"
    if _kin_heads_clause(window):
        return "kin"  # "Отец погибшего Андрея Кузнецова, 62-летний Виктор Кузнецов, …"
    cut = max((m.end() for m in CLAUSE_STOP.finditer(window)), default=0)
    if BY_WORDS.search(window[cut:]):
        return "speaker"
    words = _WORD.findall(window[cut:])
    if not words:
        return _apposition(text, start, window, cut)
    aged = _AGE_ADJ_END.search(window, cut)
    if aged is not None and aged.start() == cut + len(window[cut:]) - len(window[cut:].lstrip()):
        # "Его отец, 62-летний Виктор Кузнецов,": an age between the comma and the name
        role = _apposition(text, start, window, cut)
        if role:
            return role
    if len(words) <= 5 and all(w.islower() for w in words) and _a_post(words[0]) and not (
            {lemma for w in words for lemma in lemmas(w)} & (KIN | OFFICIAL | SPEECH)):
        role = _apposition(text, start, window, cut)  # "Его мать, медсестра детской
        if role:  # больницы Елена Васильева,": a post between the kin word and the name
            return role
    while words and words[-1][:1].isupper() and len(words) > 1:
        words.pop()  # "мать погибшего Ивана" — capitalised words between are skipped below
    last = len(words) - 1
    for back, word in enumerate(reversed(words[-(TITLE_GAP + 1) :])):
        forms = lemmas(word)
        i = last - back
        between = words[i + 1 :]
        if forms & KIN and back == 0 and i > 0 and _OF_THE_DEAD.match(words[i - 1]):
            return ""  # "о погибшем сослуживце Иване Рябове", "его погибший брат Иван": the
            # dead one is the relative named
        if forms & KIN and (back == 0 or (all(_linking(w) for w in between) and any(
                w.lower() in THEIR or _OF_THE_DEAD.match(w) for w in between))):
            return "kin" if _kin(words, i) else ""
        if forms & OFFICIAL and i > 0 and words[i - 1].lower() in _DECREE:
            break  # "Указом Президента рядовой Сергей Рогов награждён": the decree's signer
        if forms & OFFICIAL and back > 0 and any(_finite_verb(w) for w in between):
            break  # "Священник Андрей Ткачёв отпел погибшего Ивана Кравцова": the object
        if forms & OFFICIAL and (back == 0 or not forms & _NEXT_TO_NAME):
            return "official"
        if forms & SPEECH and back <= 2:
            return "speaker"
        if word.lower() in ("о", "об", "про", "что", "как", "будто", "чтобы"):
            break
    return ""


#: lemmas of institutions named after someone by a bare surname in the genitive
#: ("лікарня Мечникова", "госпиталь Бурденко", "институт Склифосовского")
INSTITUTIONS = frozenset({
    "больница", "госпиталь", "клиника", "институт", "университет", "академия", "училище",
    "лицей", "гимназия", "школа", "театр", "музей", "библиотека", "завод", "фабрика",
    "шахта", "комбинат", "стадион", "парк", "центр", "колледж", "консерватория", "улица",
    "проспект", "площадь", "бульвар", "набережная", "переулок", "станция", "аэропорт",
    "порт", "дворец", "сквер", "памятник", "премия", "орден", "медаль",
    # Ukrainian
    "лікарня", "шпиталь", "клініка", "інститут", "університет", "академія", "ліцей",
    "гімназія", "бібліотека", "вулиця", "площа", "палац",
    "пам'ятник", "коледж",
})


def _eponym(text: str, start: int, parts: NameParts) -> bool:
    """A bare surname (or initials and a surname) in the genitive right after the noun of
    an institution is the institution's namesake, not a person of the story ("в лікарні
    Мечникова", "из больницы имени Пирогова"); a full name there is not ("в больнице
    Иван Петров скончался")."""
    if not parts.surname or (parts.given and not parts.initials) or parts.case not in (
            "gent", ""):
        return False
    words = _WORD.findall(text[max(0, start - 40) : start])
    if not words or not text[:start].endswith((" ", "\t")) or not words[-1].islower():
        return False
    return bool(lemmas(words[-1]) & INSTITUTIONS)


#: a possessive and a kin word right before a name: "его сестра ", "її мати ", "їхній син "
_POSSESSED_KIN = re.compile(r"\b(?:его|её|ее|их|його|її|їх|їхн[а-яіїє]*)\s+([а-яёіїєґ'’]+)\s+$",
                            re.I)


def _possessed_kin(text: str, start: int) -> bool:
    """"его сестра Абена", "його мати Марія": the relative is someone's already ("his"), so
    the name after the kin word is the relative's own, not one in the genitive whose
    relative the word names ("мать Ивана")."""
    m = _POSSESSED_KIN.search(text, max(0, start - 40), start)
    # the kin word the subject ("его сестра"), not an object that the name is ("его брата
    # Харвиндера уволили": the brother himself)
    return m is not None and any(
        p.normal_form in KIN and "nomn" in p.tag.grammemes for p in parses(m.group(1).lower()))


def is_subject(text: str, start: int, parts: NameParts) -> bool:
    """Whether a name may be the person described: not an official, a relative or a
    speaker. A name in the genitive after a kin word is the person whose relative speaks
    ("мать Ивана Петрова"); an official or a relative who is the subject of a verb of dying
    is the one described ("скончался бывший руководитель метрополитена Дмитрий Гаев", "Её
    дочь Франческа Хилтон умерла в возрасте 67 лет")."""
    if _eponym(text, start, parts):
        return False
    if kin_of_named(text, start) and not (
            dies(text, start) or dying_next(text, start)):
        return False  # "с Анной Сидоровой, матерью погибшего Олега Сидорова": his mother
    role = role_before(text, start)
    if role == "namesake" and _named_dead(text, start):
        return True  # "доску в честь ефрейтора Ивана Петрова, погибшего в зоне СВО"
    if role == "kin" and parts.case in ("gent", "accs") and _possessed_kin(text, start):
        return dies(text, start) or dying_next(text, start)  # "повідомила його сестра
        # Абена": his sister, whose own name an unknown word in -а reads as a genitive
    if role == "kin" and parts.case in ("gent", "accs") and not _kin_accusative(text, start):
        # a man's genitive reads as accusative; but "Денис Орлов, сын Анны Орловой, погиб":
        # the kin word is his, who dies, and she is his mother
        return not _kin_of_one_dying(text, start)
    if role == "kin" and _joined_to_subject(text, start):
        return True
    if role in ("kin", "official") and parts.case in ("", "nomn"):
        return dies(text, start) or _gapped_dying(text, start) or dying_next(text, start) or (
            role == "kin" and (fate_told_after(text, start) or coordinated_dying(text, start)))
    if role == "speaker" and parts.case not in ("", "nomn") and not BY_WORDS.search(
            text, max(0, start - 80), start):
        return True  # the object of "вспоминают погибшего Рената Шайхутдинова", not its speaker
    if not role and parts.case in ("", "nomn") and (
            _speaks_after(text, start) or speaks_as_subject(text, start)):
        # "Ольга Сёмина, которая рассказала о погибшем сыне", "На церемонії виступили …
        # ветеран афганської війни Ігор Бєлов": she or he only speaks
        return False
    return not role


#: a name and a relative clause of speech after it: "Оксана Марчук, яка розповіла ліцеїстам
#: про свою роботу", "Ольга Сёмина, которая рассказала о сыне", "…, который выступил перед
#: учениками"
SPEECH_CLAUSE = re.compile(
    r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*(?:\s*\([^()]{1,40}\))?\s*,\s*"
    r"(?:котор(?:ый|ая)|як(?:ий|а))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:рассказал[аи]?|рассказывал[аи]?|сообщил[аи]?|поделил(?:ся|ась)|вспомнил[аи]?|"
    r"вспоминал[аи]?|сказал[аи]?|заявил[аи]?|выступил[аи]?|обратил(?:ся|ась)|прочитал[аи]?|"
    r"розповів|розповіла|розповідав|розповідала|поділився|поділилася|згадав|згадала|"
    r"сказав|сказала|заявив|заявила|виступив|виступила|звернувся|звернулася|прочитав|"
    r"прочитала)\b", re.I)
#: his own fate of the war told in the same sentence, though he speaks: a finite verb of it,
#: or captivity, an exchange, a return ("…, который рассказал о пытках в плену")
_OWN_FATE = re.compile(r"\b(?:плен\w*|полон\w*|обмен\w*|обмін\w*|верну\w*|поверну\w*|"
                       r"освобо\w*|звільн\w*|контуз\w*|"
                       # not the wounded she cares for ("доглядає за пораненими", "раненых")
                       r"(?:по)?ранен(?!(?:ых|ыми|ым|ими|их|им)\b)\w*)", re.I)


def _speaks_after(text: str, start: int) -> bool:
    """The name at ``start`` is followed by a relative clause of speech and its sentence
    tells no fate of the war of its own: the one named is only a speaker (a nurse, a
    mother, a teacher at a ceremony)."""
    if not SPEECH_CLAUSE.match(text, start):
        return False
    end = sentence_end(text, start)
    sentence = text[start:end]
    return not (_DYING.search(sentence) or _OWN_FATE.search(sentence)
                or _dies_next(text, sentence, end))


#: a death told by a noun ("о гибели земляка", "про загибель", "смерть")
_DEATH_NOUN = re.compile(r"\b(?:гибел|загибел|смерт)\w*", re.I)
#: verbs of a speaker at a ceremony or to the press, by lemma
_SPEAKING = SPEECH | {"выступить", "выступать", "виступити", "виступати", "говорить",
                        "поговорить", "поговорити", "обратиться", "звернутися"}


def _tensed_verb(word: str) -> bool:
    """A verb in the past, present or future ("виступили"), not an imperative the dictionary
    guesses for a noun ("війни")."""
    ps = parses(word.lower())[:1]
    return bool(ps) and "VERB" in ps[0].tag.grammemes and bool(
        {"past", "pres", "futr"} & ps[0].tag.grammemes)


def speaks_as_subject(text: str, start: int) -> bool:
    """The name at ``start`` stands after a verb of speech with no other finite verb between
    (its subject, named after it, perhaps one of several: "На церемонії виступили директорка
    школи Тетяна Лук'янова, ветеран афганської війни Ігор Бєлов …"), and its sentence tells
    no fate of the war."""
    lo = sentence_start(text, start)
    hi = sentence_end(text, start)
    if _DYING.search(text, lo, hi) or _OWN_FATE.search(text, lo, hi) or _DEATH_NOUN.search(
            text, lo, hi):
        return False  # "Сообщаем о гибели земляка: Сомов Павел Ильич …"
    after = _PRONOUN_IN_NEXT.match(text, hi)
    if after is not None and _DYING.search(text, after.end(), sentence_end(text, after.end())):
        # "… выступил Алексей Громов, который рассказал о службе. Он погиб …", "… Через
        # месяц он погиб"
        return False
    soldier = _SOLDIER_NEXT.match(text, hi)
    if soldier is not None and _OWN_FATE.search(text, soldier.end(), sentence_end(
            text, soldier.end())):
        # "На зустрічі виступив Андрій Бондаренко. Військовий отримав поранення …": his own
        # wounds or captivity, the next sentence naming him by a soldier's noun
        return False
    rest = re.match(r"[^,.;:!?()«»—–]*", text[start:hi])
    if rest is not None and any(_tensed_verb(w) for w in _WORD.findall(rest.group())):
        return False  # "Как сообщили в суде, 41-летний Вадим Трошин отбывал срок": his verb
    words = list(_WORD.finditer(text, lo, start))
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        if _tensed_verb(m.group()):
            return bool(lemmas(m.group()) & _SPEAKING) and not _REPORTED.search(
                text, m.end(), start) and ":" not in text[m.end() : start] and not (
                k and words[k - 1].group().lower() in ("как", "як", "так"))
    return False


#: the next sentence opening with a soldier's noun for the one just named ("Военный получил
#: ранение", "Боец провёл в плену …", "Військовий отримав поранення")
_SOLDIER_NEXT = re.compile(r"[.!?]\s+(?:Боец|Военный|Военнослужащий|Солдат|Мужчина|Військовий|"
                           r"Боєць|Вояк|Захисник|Чоловік)\b")
#: the next sentence opening with a pronoun ("Он погиб 12 мая"), his or hers by its sex
_PRONOUN_NEXT = re.compile(r"[.!?]\s+(Он|Она|Він|Вона)\b")
#: the next sentence with a pronoun as its subject within its first words ("Он погиб 12 мая",
#: "Через месяц он погиб", "Через місяць він загинув")
_PRONOUN_IN_NEXT = re.compile(r"[.!?]\s+(?:[^.!?;:\n]{0,40}?\s)?(?:он|она|він|вона)\b",
                              re.I)
_CLAUSE_SEX = re.compile(r",\s*(котор(?:ый|ая)|як(?:ий|а))\b", re.I)


def _dies_next(text: str, sentence: str, end: int) -> bool:
    """The speaker's own death told by the next sentence's pronoun of the speaker's sex,
    when the clause of speech names no relative ("выступил Алексей Громов, который
    рассказал о службе. Он погиб 12 мая"; not "…, который рассказал о сыне. Он погиб")."""
    m = _PRONOUN_NEXT.match(text, end)
    clause = _CLAUSE_SEX.search(sentence)
    if m is None or clause is None:
        return False
    female = clause.group(1).lower() in ("которая", "яка")
    if female != (m.group(1) in ("Она", "Вона")):
        return False
    if any(KIN & set(lemmas(w)) for w in re.findall(r"[\w'’]+", sentence[clause.end():])):
        return False
    return bool(_DYING.search(text, m.end(), sentence_end(text, m.end())))


#: the dying of the one named "в честь"/"на честь", in his own clause after the name: a
#: participle or a relative clause ("Ивана Петрова, погибшего в зоне СВО", "який загинув",
#: "who was killed")
_NAMED_DEAD_AFTER = re.compile(
    r"(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’-]*){0,2}\s*,\s*(?:(?:который|которая|котрий|котра|який|яка|"
    r"who)\s+(?:\w+\s+){0,2}(?:погиб|умер|скончал|загину|помер|был[аи]?\s+уби|"
    r"(?:was|were)\s+killed|died)|(?:погибш|павш|загибл|уби[тв]ш|полегл|помер(?:л|ш)|умерш|"
    r"скончавш)\w*)", re.I)


#: a name and the verb of its fate right after it, perhaps past an apposition or a call sign
#: in commas ("її син Андрій Коваль загинув", "её муж Олег Попов, 34 года, погиб")
_NAME_THEN = re.compile(r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*"
                        r"(?:\s*,[^,.;!?«»]{1,60},)?\s+(?:(?:теж|також|тоже|также|тоді|тогда|"
                        r"вже|уже|был[аи]?|був|була)\s+)?")


def dying_next(text: str, start: int) -> bool:
    """The verb right after the name is one of dying or of another fate of the war: the
    relative named is the subject of it ("Мати загиблого … розповіла, що її син Андрій
    Коваль загинув під Бахмутом")."""
    m = _NAME_THEN.match(text, start)
    return m is not None and _DYING.match(text, m.end()) is not None


#: a name and a clause of its own right after it: a relative clause ("…, который с мая
#: считается пропавшим без вести", "…, який потрапив у полон") or, after a colon or a dash, a
#: clause that names him by a pronoun ("Ранджит Бандара: с середины мая он не выходит на связь
#: и считается пропавшим без вести")
_OWN_CLAUSE = re.compile(
    # (the name's words capitalised: no re.I, which would let "Сергій з другом, який
    # загинув" pass for a name and its clause)
    r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*\s*(?:,\s*(?i:который|которая|"
    r"котрий|котра|який|яка)\b|[:—–]\s*(?=[^.;!?:]{0,40}?\b(?i:он|она|він|вона)\b))"
    r"(?P<clause>[^.;!?]{0,160})")


#: a parenthesis of the teller inside a clause (", як пише сестра,", ", как рассказала мать,")
_ASIDE = re.compile(r",\s*(?:как|як)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,")
#: what opens a clause with a subject of its own: a pronoun, a possessive, a conjunction of
#: a reported or a relative clause
_OTHER_SUBJECT = re.compile(
    r"\b(?:он|она|они|він|вона|вони|его|её|ее|их|його|її|їх|свой|своя|свій|что|чтобы|"
    r"будто|що|щоб|ніби|который|которая|которые|котрий|котра|який|яка|які|где|де|когда|коли|"
    r"если|якщо)\b", re.I)
_NAMED = re.compile(r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*")


def coordinated_dying(text: str, start: int) -> bool:
    """The relative named at ``start`` is the subject of the sentence, and a later verb of
    dying joined to his own predicate needs no other subject ("Її брат Дмитро Гуров у квітні
    підписав контракт, а 14 жовтня, як пише сестра, «віддав життя за Батьківщину»", "Её сын
    Олег Попов 3 мая погиб"): no pronoun, possessive, conjunction of another clause, kin
    word or other name between. Read without the parser, which reads Ukrainian poorly."""
    name = _NAMED.match(text, start)
    if name is None:
        return False
    hi = sentence_end(text, start)
    cue = _DYING.search(text, name.end(), hi)
    if cue is None:
        return False
    between = _ASIDE.sub(",", text[name.end() : cue.start()])
    if _OTHER_SUBJECT.search(between):
        return False
    for w in _WORD.findall(between):
        if KIN & lemmas(w):
            return False
        if w[:1].isupper() and any({"Name", "Surn", "Patr"} & p.tag.grammemes
                                   for p in parses(w.lower())[:2]):
            return False
    return True


def fate_told_after(text: str, start: int) -> bool:
    """A relative's own fate of the war told by a clause of his right after his name (see
    :data:`_OWN_CLAUSE`): he is one described, though a kin word introduces him — not when
    the clause tells of someone else (a kin word, "что"/"як" and a report before the verb of
    fate: "…, которая рассказала, что сын погиб")."""
    m = _OWN_CLAUSE.match(text, start)
    if m is None:
        return False
    clause = m.group("clause")
    fate = _DYING.search(clause)
    if fate is None:
        return False
    before = clause[: fate.start()]
    return not _REPORTED.search(before) and not any(
        KIN & lemmas(w) for w in _WORD.findall(before))


def _named_dead(text: str, start: int) -> bool:
    """A name after "в честь"/"на честь" whose own clause tells his death: the plaque honours
    the dead of the story, not a namesake of an earlier time."""
    window = text[max(0, start - 80) : start]
    if not re.search(r"\b(?:в|на)\s+честь\b", window, re.I):
        return False
    m = re.match(r"(?:[А-ЯЁІЇЄҐA-Z][\w'’-]*\s+){0,2}[А-ЯЁІЇЄҐA-Z][\w'’-]*", text[start:])
    end = start + (m.end() if m else 0)
    return bool(_NAMED_DEAD_AFTER.match(text, end) or _WAR_LIFE_AFTER.match(text, end))


#: a life in brackets after the name that ended in this war ("на честь … Сергія Чичиякова
#: (1990–2023)"): the dead of the story, not a namesake of an earlier time
_WAR_LIFE_AFTER = re.compile(r"\s*\(\s*(?:\d{2}\.\d{2}\.)?(?:19|20)\d{2}\s*[–—-]\s*"
                             r"(?:\d{2}\.\d{2}\.)?20(?:1[4-9]|2\d)\s*\)")


#: a name, a comma and a kin word after it, perhaps "его"/"її" before it: "Анна Сидорова,
#: мать погибшего Олега Сидорова"; "з Ганною Бойко, матір'ю загиблого бійця Олега"
_KIN_AFTER = re.compile(
    r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*(?:\s*\([^()]{1,30}\))?\s*,\s*"
    r"(?:(?:его|её|ее|його|її)\s+)?(?P<kin>[а-яёіїєґ][\w'’-]*)"
    r"(?P<between>(?:\s+[а-яёіїєґ][\w'’-]*){0,3})\s+[А-ЯЁІЇЄҐ][\w'’-]*")


def kin_of_named(text: str, start: int) -> bool:
    """The name at ``start`` is set off by a kin word after it that names the one whose
    relative it is ("Анна Сидорова, мать погибшего Олега Сидорова"; "з Ганною Бойко,
    матір'ю загиблого Олега"): she is his relative, not one described. A kin word with
    no word between it and the other name says no dead one: "Денис Орлов, сын Анны
    Орловой, погиб" is about him."""
    m = _KIN_AFTER.match(text, start)
    if m is None or not lemmas(m.group("kin")) & KIN:
        return False
    between = m.group("between").split()
    if not _kin([m.group("kin"), *between], 0):
        return False
    if not between:
        # "Ольга Фомина, мать Алексея, рассказала: …": she speaks of the one she is kin to
        said = _SAID_AFTER.match(text, m.end())
        return said is not None and bool(lemmas(said.group(1)) & SPEECH)
    return all(_linking(w) for w in between) and any(
        _OF_THE_DEAD.match(w) or not lemmas(w) & KIN for w in between)


#: the rest of the other name and the verb after the apposition: "…Алексея, рассказала"
_SAID_AFTER = re.compile(r"[\w'’-]*(?:\s+[А-ЯЁІЇЄҐ][\w'’-]*){0,2}\s*,\s*([а-яёіїєґ]+)")


#: a name, a comma and a kin word right before the name that follows: "Денис Орлов, сын "
_NAME_COMMA_KIN = re.compile(r"((?:[А-ЯЁІЇЄҐ][\w'’-]*\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*)\s*,\s*"
                             r"(?:(?:его|её|ее|його|її)\s+)?([а-яёіїєґ'’-]+)\s+$")


def _kin_of_one_dying(text: str, start: int) -> bool:
    """The kin word right before the name at ``start`` is in apposition to a name before
    it, and that one is the subject of a verb of dying: the name at ``start`` is his
    relative ("Денис Орлов, сын Анны Орловой, погиб 5 мая")."""
    m = _NAME_COMMA_KIN.search(text, max(0, start - 80), start)
    if m is None or not lemmas(m.group(2)) & KIN:
        return False
    return dies(text, m.start(1)) or dying_next(text, m.start(1))


def _kin_accusative(text: str, start: int) -> bool:
    """The kin word right before the name is in the accusative and cannot be nominative or
    genitive ("поддержал вдову Анну Петрову"): the name is that relative, in apposition,
    not the dead one whose relative it is ("вдова погибшего Ивана")."""
    words = _WORD.findall(text[max(0, start - 40) : start])
    if not words or not lemmas(words[-1]) & KIN:
        return False
    cases = {p.tag.case for p in parses(words[-1]) if p.normal_form in KIN}
    return "accs" in cases and not cases & {"nomn", "gent"}


#: a relative joined to a name before by "и"/"та": "рядовий Аюр Раднаєв та його
#: двоюрідний брат Бато Раднаєв" — the two share whatever the sentence tells
_JOINED_KIN = re.compile(r"((?:[А-ЯЁІЇЄҐ][\w'’-]+\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]+)\s+(?:и|та|і|й)\s+"
                         r"(?:его|її|её|ее|його)\s+(?:[\w'’-]+\s+){0,2}$")


def _joined_to_subject(text: str, start: int) -> bool:
    """The kin word before ``start`` is joined by "и"/"та" to a name that is itself the
    person described (no relative, official or speaker)."""
    m = _JOINED_KIN.search(text, max(0, start - 100), start)
    if m is None or not lemmas(_WORD.findall(text[m.end(1) : start])[-1]) & KIN:
        return False
    return role_before(text, m.start(1)) == ""


#: a finite verb of dying — or of another fate of the war (wounded, captured, missing) —
#: in any person and number, Russian or Ukrainian
_DYING = re.compile(r"\b(?:погиб(?:ла|ли)?|умер(?:ла|ли)?|скончал(?:ся|ась|ись)|"
                    r"загину(?:в|ла|ли)|помер(?:ла|ли)?|уб(?:ит|ита|иты)|застрелен[аы]?|"
                    r"утонул[аи]?|уш(?:ёл|ел|ла|ли)\s+из\s+жизни|"
                    r"ранен[аы]?|получил[аи]?\s+(?:\w+\s+)?ранени[ея]|"
                    r"пропал[аи]?\s+без\s+вести|попал[аи]?\s+в\s+плен|"
                    r"поранен(?:ий|а|і)?|(?:отримав|зазнав)\s+(?:\w+\s+)?поранен\w*|"
                    r"зник(?:ла|ли)?\s+безвісти|потрапи(?:в|ла|ли)\s+(?:у|в)\s+полон|"
                    r"(?:was|were)\s+(?:wounded|captured|killed)|went\s+missing|"
                    r"уш(?:ёл|ел|ла|ли)\s+(?:\w+\s+)?(?:в\s+зону\s+СВО|на\s+(?:фронт|СВО))|"
                    r"(?:был[аи]?\s+)?мобилизован[аы]?|числ(?:ится|ятся)\s+(?:пропавш|погибш)\w*|"
                    r"(?:счита|вважа)(?:ется|ются|ється|ються)\s+(?:пропавш|погибш|зникл|загибл)\w*|пішо?в\s+(?:\w+\s+)?на\s+фронт|"
                    r"отдал[аи]?\s+(?:свою\s+)?жизнь|відда(?:в|ла|ли)\s+(?:своє\s+)?життя)\b",
                    re.I)
#: a clause with its verb left out opened by a relative or a comrade: "…, а его брат
#: Михаил Волков — в марте", "…, а його побратим Петро Савчук — 5 квітня"
_GAP_OPEN = re.compile(r"[,;]\s*(?:(?:а|але|но|и|і|та)\s+)?(?:[а-яёіїєґ'’-]+\s+){1,4}$")
_GAP_NAME = re.compile(r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\.?\s+){0,2}[А-ЯЁІЇЄҐ][\w'’-]*\s*[—–]\s")
#: a fate of his own after the dash ("…, а его брат Олег — в плену"): he is one described too
_GAP_FATE = re.compile(r"\s*(?:в\s+плену|у\s+полоні|(?:тяжело\s+|тяжко\s+)?(?:ранен|поранен)\w*|"
                       r"пропал\w*\s+без\s+вести|зник\w*\s+безвісти)", re.I)
#: what follows the dash of a clause with its verb left out when it shares a death: a date,
#: a time or a place ("— 5 мая", "— днём позже", "— под Сватово"), not a state or a
#: description ("— в плену", "— в больнице", "— военный врач")
_MONTHS = "|".join(MONTHS_GEN + MONTHS_PREP + MONTHS_NOM + UK_MONTHS_GEN + UK_MONTHS_PREP
                   + UK_MONTHS_NOM)
GAP_REST = re.compile(
    r"\s*[—–]\s*(?:\d|(?:в|во|на|под|у|близ|около|возле|біля|під|поблизу|неподалік|неподалеку|"
    r"за)\s+[А-ЯЁІЇЄҐ]|(?:в|у)\s+(?:зоне|зоні|район\w*)\b|"
    rf"(?:в|у|на)\s+(?:(?:начале|конце|середине|початку|кінці)\s+)?(?:{_MONTHS})\w*|"
    rf"(?:наприкінці|на\s+початку)\s+(?:{_MONTHS})\w*|"
    r"(?:дн[её]м|днями|неделей|месяцем|годом|днем|тижнем|місяцем|роком)\s+(?:позже|позднее|"
    r"раньше|ранее|пізніше|раніше)|накануне|напередодні|вчера|вчора|сегодня|сьогодні|"
    r"(?:через|спустя)\s+\w+|тогда\s+же|в\s+тот\s+же\s+день|того\s+ж\w*\s+дня)")


def _gapped_dying(text: str, start: int) -> bool:
    """The name opens a clause with its verb left out after a clause whose verb is one of
    dying: the verb is his too."""
    lo = sentence_start(text, start)
    gap = _GAP_OPEN.search(text, max(lo, start - 60), start)
    name = _GAP_NAME.match(text, start)
    return gap is not None and name is not None and (
        GAP_REST.match(text, name.end() - 2) is not None
        or _GAP_FATE.match(text, name.end()) is not None) and bool(
        _DYING.search(text, lo, gap.start()))


#: relations that keep a word inside one naming, up to its title ("руководитель … Гаев")
_NAMING = frozenset({"appos", "flat", "flat:name", "flat:foreign"})


#: a clause of what is told or how, opened after the verb of the name: its verb of dying is
#: another's ("повідомила, що він загинув", "рассказал, как погиб сын", "said that he died")
_REPORTED = re.compile(r"[,:—–-]\s*(?:що|что|чтобы|будто|ніби|як|как|that|how)\b", re.I)


def _told_from(text: str, start: int, hi: int) -> int:
    """Where the clause the name's own verb tells of begins ("Наталія Бондар повідомила, | що
    він загинув", "рассказал, | как погиб сын"), or ``hi``: a clause opened after a finite
    verb, not a relative clause right after the name ("Іван Петров, що служив …, загинув")."""
    for m in _REPORTED.finditer(text, start, hi):
        if any(w.islower() and _finite_verb(w) for w in _WORD.findall(text[start:m.start()])):
            return m.start()
    return hi


def dies(text: str, start: int) -> bool:
    """The name at ``start`` (or the title it stands beside) is the grammatical subject of
    a verb of dying in its sentence, by natasha's dependency tree."""
    lo = sentence_start(text, start)
    hi = sentence_end(text, start)
    if hi - lo > 600:
        return False
    told = _told_from(text, start, hi)  # "Наталія Бондар повідомила, що він загинув"
    cues = [(m.start(), m.end()) for m in _DYING.finditer(text, lo, hi) if m.start() < told]
    if not cues:
        return False
    tree = syntax.parse(text, lo, hi)
    if tree is None:
        return False
    first = tree.tokens(start, start + 1)
    if not first:
        return False
    i = first[0]
    subjects = {h for h, r in zip(tree.heads, tree.rels, strict=True)
                if r in ("nsubj", "nsubj:pass")}
    for _ in range(4):
        if tree.rels[i] in ("nsubj", "nsubj:pass") or (
                tree.rels[i] == "conj" and tree.heads[i] >= 0
                and tree.heads[i] not in subjects):  # "а его друг … получил ранение", read
            # as joined to the verb that has no subject
            head = tree.heads[i]
            # the verbs it is the subject of: its head, the verbs joined to it ("служил …,
            # получил тяжёлое ранение"), a second root with no subject of its own (a parse
            # cut in two at a comma)
            verbs = {head} | {j for j, r in enumerate(tree.rels)
                              if r == "root" and j not in subjects}
            verbs |= {j for j, h in enumerate(tree.heads) if h in verbs and tree.rels[j] == "conj"}
            return any(s < b and a < e for s, e in cues
                       for a, b in (tree.spans[v] for v in verbs if v >= 0))
        if tree.heads[i] < 0 or (tree.rels[i] not in _NAMING and not (
                tree.rels[i] == "nmod" and lemmas(text[slice(*tree.spans[tree.heads[i]])])
                & (KIN | OFFICIAL))):  # "брат Петро" read as a noun and its modifier
            return False
        i = tree.heads[i]
    return False

