"""People named in English text: runs of capitalised words, split into name parts.

No English NER model ships inside a package on PyPI from its authors (spaCy's models are
published elsewhere, flair and stanza download theirs at run time), so names are found by
rule: a run of two to six capitalised words (initials, particles such as bin, ibn, al-, de,
van inside) that are not places, months, titles, ranks or organisation words. Parts:
- the last word is the surname, with a particle before it ("bin Salem", "al-Harbi");
- a Russian name keeps its patronymic ("Alexei Viktorovich Gorbunov"), an upper-case word
  first is a surname first ("ZAKHAROV Andrei Mikhailovich");
- two Spanish surnames stay together ("Yoel Martínez Rodríguez");
- "Andrei and Sergei Kolesnikov" are two people of one surname;
- later namings by surname, by given name alone ("Andrei (35)"), or by given name and
  patronymic ("Oleg Nikolayevich was 44") join the person.
A naming right after "his mother", "said", "Governor" … is not the person the text is
about: facts are not attached to it.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.diminutives import familiar, same_given
from headcount.extract.en_place_runs import dateline_region, place_run
from headcount.extract.namecase import NameParts
from headcount.extract.persons import Person, PersonRef
from headcount.extract.sentences import SPACED_STOP, sentence_end
from headcount.extract.vietnamese import vietnamese_surname
from headcount.names.order import south_asian_surname_first
from headcount.reference import countries

_LOWER = r"a-zà-ÿāēīōūăčćđěğıłńňőřśşšťůűźżžñ"
_CAP = (rf"(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]?\.|[A-ZÀ-ÞĀ-Ž][{_LOWER}]+(?:[-'’][A-ZÀ-ÞĀ-Ž]?[{_LOWER}]+)*|"
        # "O'Brien", "D'Souza"
        rf"[A-Z]['’][A-ZÀ-ÞĀ-Ž][{_LOWER}]+|"
        rf"[A-ZÀ-ÞĀ-Ž]{{2,}}(?:-[A-ZÀ-ÞĀ-Ž]{{2,}})?(?![a-z]))")
#: the space between a name's words: never a line break (a heading's last word and the next
#: line's name are two namings: "Farewell to Zhenya\nYevgeny Trofimov")
_SP = r"[^\S\n]+"
_PARTICLE = (r"(?:bin|ibn|bint|binti|al|el|ul|ud|abu|umm|de|da|do|dos|das|del|della|di|van|von|"
             r"der|la|le)")
#: a Turkic father's-name particle after the father's name ("Jasurbek Anvar ugli Tursunov")
_TURKIC = r"(?:ugli|ogli|ogly|oglu|uly|uulu|kyzy|qizi|kizi|gyzy)"
#: the Arabic article before a "sun letter", joined to the surname as it sounds ("as-Saadi",
#: "at-Tamimi", "an-Najjar", "ash-Shamsi"): only with its hyphen ("as", "an", "at" are words);
#: not the e-forms, which open places' second words ("Deir ez-Zor")
_SUN = r"(?:as|ad|an|ar|ash|az|at|ath|adh)"
_NAME = re.compile(
    # a surname's particle may open a name written surname first ("al-Hassan Mohammed")
    rf"(?<![\w'’-])(?:(?:al|el|{_SUN})-(?=[A-Z]))?{_CAP}(?:{_SP}(?:{_PARTICLE}(?:{_SP}|-)|"
    rf"{_SUN}-)*{_CAP}|"
    rf"{_SP}{_TURKIC}(?![\w'’-])|"
    rf"-{_PARTICLE}-{_CAP}){{1,5}}(?![\w])")
_SURNAME = re.compile(rf"(?<![\w'’-]){_CAP}(?![\w])")
_PAIR = re.compile(rf"(?<![\w'’-])({_CAP}){_SP}and{_SP}({_CAP}){_SP}({_CAP})(?![\w])")
#: a given name, a nickname in brackets, a surname
_NICKNAMED = re.compile(rf"(?<![\w'’-])({_CAP}){_SP}\(({_CAP})\){_SP}({_CAP})(?![\w])")
#: a given name (and a patronymic or a middle name), a call sign or a nickname in quotes, a
#: surname: 'Oleksandr "Grim" Shevchenko', 'Vladimir Sergeyevich "Volodya" Komarov'
_CALL_SIGNED = re.compile(rf"(?<![\w'’-])({_CAP}(?:{_SP}{_CAP})?){_SP}"
                          rf"(?:[\"“«]([^\"“”«»\n]{{1,25}})[\"”»]|"
                          # or in single quotes: "Denis 'Bely' Gavrilov"
                          rf"['‘]([^'‘’\"“”«»\n]{{1,25}})['’]){_SP}({_CAP})(?![\w])")
_STOP_WORDS = (
    "the a an in on at of and but for from to by with as he she they his her their it this "
    "that these those there here when while after before during since about russia russian "
    "russians ukraine ukrainian ukrainians moscow kyiv kiev army armed forces ministry "
    "defence defense brigade battalion regiment division wagner group storm president "
    "minister government embassy family families mr mrs ms dr news reuters associated "
    "press bbc cnn afp ap tass ria monday tuesday wednesday thursday friday saturday sunday "
    "according police court war special military operation january february march april may "
    "june july august september october november december god lord church state states "
    "united kingdom republic people prime foreign affairs national guard region oblast city "
    "village district junior senior sergeant private lieutenant captain major colonel "
    "corporal lance pvt sgt cpl lt capt col gen general convict father brothers brother "
    "sister mother wife son daughter husband sailor seaman officer soldier volunteer "
    "paratrooper mobilised mobilized rifleman gunner medic nurse book memory our "
    "st saint holy trinity cathedral monastery palace culture hero heroes order medal "
    "duma council assembly parliament garrison prosecutor investigative committee "
    "federal service security fsb mod pmc z storm-z bars telegram vkontakte facebook "
    "instagram whatsapp youtube twitter x update list lists deaths death killed missing "
    "captured our my we you i dear rest peace eternal memory school university academy "
    "institute hospital cemetery street avenue square lane boulevard highway prospekt "
    "also both all then later however meanwhile today yesterday tomorrow sources source "
    "governor mayor head chief commander deputy spokesman spokeswoman journalist reporter "
    "correspondent editor rector priest archpriest deacon bishop metropolitan chaplain "
    "guards guard senior jr sr no number unit units company nepali indian cuban "
    "chairman chairwoman director leader relatives friends comrades colleagues condolences "
    "farewell funeral ceremony service services ministry's russia's ukraine's kremlin "
    "interior labour labor white house senate congress nato un eu "
    "he's she's it's she'd he'd oh yes no please thank thanks sincerely "
    "staff warrant petty midshipman efreitor yefreitor praporshchik sniper scout driver "
    "mechanic commando marine marines infantry tank artillery air force navy fleet "
    "gazette times post herald tribune journal daily weekly radio liberty free europe "
    "meduza mediazona novaya gazeta zona verstka agentstvo kavkaz realii idel sibir "
    "in-service contract conscript convicts inmate prisoner pow pows "
    "separate motor rifle motorized airborne assault detachment corps platoon company "
    "reconnaissance spetsnaz special forces operations naval infantry "
    "headquarters coordination centre center project hotline agency office directorate "
    "administration branch committee foundation fund union movement network initiative "
    "krai kray okrug autonomous deserter mercenary recruit student ex-soldier veteran "
    "nizhny novy stary velikiy bolshoy maly "
    "forum organisation organization association society alliance coalition federation "
    "migrant migrants worker workers rights human "
    # places and administrative divisions abroad ("Siaya County", "Ilam Province", "Gharbia
    # Governorate", "Tribhuvan International Airport") are no surnames
    "county counties province provinces governorate prefecture municipality municipal "
    "department parish canton emirate airport international subdistrict tehsil zone "
    # abbreviated months of datelines ("KATHMANDU, Feb 8"); not "Jan", "Jun", "Mar", names too
    "feb apr aug sep sept oct nov dec "
    # the words of a memorial post's opening ("Remembering Ivan Petrov. He was killed …")
    "remembering remember honoring honouring mourning mourn commemorating celebrating "
    "recalling saluting tribute rip goodbye fallen late beloved brave "
    # count words of a headline ("Three Nepalis killed", "Punjab: Two men return") are no names
    "one two three four five six seven eight nine ten eleven twelve dozens several "
    # parts of the world ("in the Far East", "from Central Asia", "the North Caucasus")
    "far middle central north south east west northern southern eastern western "
    # a priest's wife and the clergy's forms of address ("Matushka Yelena", "Vladyka Ilarion")
    "matushka batyushka batiushka vladyka protodeacon hegumen igumen "
    # trades written before a name ("Teacher Anna Petrova", "Surgeon Oleg Voloshin")
    "teacher teachers doctor surgeon paramedic engineer farmer miner pensioner lecturer "
    "professor physician dentist pharmacist accountant librarian "
    # currencies before a sum ("Rs 900,000") and the words of agencies' names ("Central
    # Investigation Bureau")
    "rs inr npr lkr usd eur rub bureau investigation investigations central intelligence "
    "commission authority authorities "
    # prepositions of place that open a sentence ("Near Kreminna, Private Ivan Sokolov …")
    "near outside around inside beyond "
    # the venues of a farewell or funeral ("at the Ritual Hall", "the Triumph Sports
    # Complex"): a ceremony's place is no person, and would take the ceremony's date
    "hall halls complex stadium arena theatre theater chapel mosque temple club clubhouse "
    "gymnasium museum pavilion auditorium crematorium morgue sports "
    # the places of a sentence ("Penal Colony No. 6", "Correctional Colony No. 2", "Pre-Trial
    # Detention Centre No. 1"): an institution is no person
    "colony colonies penal correctional penitentiary prison detention pre-trial isolator "
    # sentence adverbs that open a sentence before a name ("Now Maxim Tarasov, 33, has been
    # mobilised too", "Sadly, Oleg …")
    "now still only even yet soon finally eventually sadly tragically unfortunately "
    # workplaces and a mission's offices ("the West Siberian Metallurgical Plant", "the
    # Consular Section"), and the verbs of a cry in capitals ("HE IS ALIVE!!!")
    "plant plants factory factories works mill mills mine mines enterprise refinery "
    "metallurgical steel chemical section consular consulate mission "
    "is are was were be been being alive dead "
    # the words of agreements and bodies' names ("the Geneva Conventions", "Headquarters for
    # the Treatment of Prisoners of War")
    "geneva convention conventions treatment prisoners treaty protocol "
)
_STOP = frozenset(_STOP_WORDS.split())
#: a capitalised run starting with these is not a person ("St Alexander Nevsky")
_NOT_A_NAME_AFTER = frozenset({"st", "saint", "sts", "holy", "blessed"})
#: the words before a place that a name may follow with no comma: "a resident of the village
#: of Sagan-Nur TSYRENOV Bair", "a native of Kurgan Ivan Petrov"
_PLACE_OF = r"(?:natives?|residents?|village|town|city|settlement|hometown)\s+of"
_PLACE_OF_BEFORE = re.compile(rf"\b{_PLACE_OF}\s+(?:the\s+)?$", re.I)
_NOT_A_NAME_BEFORE = re.compile(r"\b(?:church|cathedral|monastery|street|avenue|named\s+after|"
                                rf"order\s+of|school|university|{_PLACE_OF}|"
                                r"near|outside)\s+(?:of\s+)?(?:the\s+)?$", re.I)
#: words before a name that make it someone other than the person the text is about
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|the)\s+(?:\w+\s+)?(?:mother|father|wife|husband|widow|son|"
    r"daughter|sister|brother|cousin|uncle|aunt|fiancée?|girlfriend|partner|friend|"
    r"grandmother|grandfather|parents?|nephew|niece|grandson)\s*,?\s*$", re.I)
#: a relative named is the person reported when a status follows in the clause ("lost her
#: son Igor Zaitsev, 25, …, who was killed")
_STATUS_AFTER = re.compile(r"^(?:(?!\b(?:said|says|told|tells|wrote|writes|asked|learned|"
                           r"learnt|heard)\b)[^.;!?]){0,160}?\b(?:killed|died|dead|missing|"
                           r"captured|wounded|injured|taken\s+prisoner|surrendered|perished|"
                           # "has not contacted the family since January 14"
                           r"(?:has|have|had)\s+not\s+(?:contacted|called|been\s+in\s+"
                           r"(?:contact|touch)|been\s+heard\s+(?:from|of))|"
                           # "nothing has been heard of him since", "no one has heard from him"
                           r"(?:nothing|no\s+one|nobody)\s+(?:has|had)\s+(?:been\s+)?heard\s+"
                           r"(?:from|of)\s+(?:him|her)|"
                           # "is in a serious but stable condition in a Belgorod hospital"
                           r"in\s+(?:a\s+)?(?:serious|critical|grave)\s+(?:but\s+stable\s+)?"
                           r"condition|in\s+intensive\s+care)\b")
#: a sibling of the one named after "of" is the one reported only when a fate follows ("the
#: brother of Ivan Petrov, who was killed"); "the mother of", "the widow of" name the dead
_SIBLING_OF = re.compile(r"\b(?:brother|sister|cousin)\s+of\s+$", re.I)
#: a relative the name is the object of ("The mother of Yasmany Rodríguez Ferrer says her
#: son was killed"): the verb of saying after the name is hers, the name the one reported
_KIN_OF_BEFORE = re.compile(
    r"\b(?:mother|father|wife|widow|husband|family|families|parents|relatives|sister|"
    r"daughter|fianc[ée]e?)\s+of\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
#: a name followed by what she is to another: "Lyudmila Sokolova, the mother of Andrei …",
#: "Irina Zuyeva, his mother, said": a relative, not the one reported
_KIN_OF_AFTER = re.compile(
    r"\s*,\s*(?:the|his|her|their)\s+(?:\w+\s+)?(?:mother|father|wife|husband|widow|"
    r"sister|brother|parents?|fianc[ée]e?|girlfriend|grandmother|grandfather)"
    r"(?:\s+of\b|\s*,\s*(?:said|says|told|wrote|added|recalled)\b)", re.I)
_NOT_SUBJECT = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\w-]+\s+)?(?:lawyer|commander)\s*,?\s*|"
    r"\b(?:Governor|Mayor|President|Minister|Spokesman|Spokeswoman|Senator|Deputy|"
    r"head|governor|mayor|minister|spokesman|spokeswoman|journalist|reporter|correspondent|"
    r"lawyer|ombudsman|commissioner|rector|priest|by|Archpriest|Metropolitan|Bishop|"
    r"Patriarch|spokesperson|[Aa]ctivists?|official|lawmaker|analyst|expert|researcher|"
    r"[Ll]awyer|campaigner|ambassador|envoy|consul)\s*,?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:district|region|city|town|"
    r"village|republic|oblast|administration)\s*,\s*|(?:\w+\s+){0,2})|"
    r"[,\"”]\s*(?:told|said|says|wrote|writes)\s+|\baccording\s+to\s+|"
    r"\b(?:son|daughter|grandson|granddaughter)\s+of\s+|"
    r"\b(?:agent|agents|recruiter|recruiters|broker|middleman|employer|agency|intermediary|"
    r"operator|operators|smuggler|trafficker)"
    r"\s*,?\s+(?:\w+\s+)?(?:named\s+|called\s+)?)$")


#: a superior or an aide named with his rank after his role ("His commander, Captain Oleg
#: Chernykh, said …", "Muromtsev's deputy, Major Oleg Chernykh, will attend", "The judge,
#: Colonel Sergei Avdeyev, rejected …"): someone who
#: speaks or attends, unless a fate of his follows in the clause ("The battalion commander,
#: Lieutenant Colonel Ivan Orlov, was killed …")
_SUPERIOR_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:commander|deputy|superior|chaplain|lawyer|commanding\s+officer|judge|prosecutor|"
    r"investigator|doctor|surgeon|spokesman|spokeswoman|interpreter)\s*,\s*"
    r"(?:[A-Z][a-z]*\.?\s+){1,3}$")
#: a fate told of the superior right before his role ("Among those killed was the regiment's
#: commander, …", "Mourners buried the battalion commander, …", "reported the death of the
#: battalion's commander, …", "A drone killed their commander, …"): he is the one described
_FATE_BEFORE = re.compile(
    r"\b(?:(?:killed|dead|died|fallen|lost|victims?)\s+(?:was|were|is|are|included|includes)|"
    r"(?:death|deaths|killing|loss|funeral|burial|farewell|memorial|body|remains)\s+of|"
    r"buried|bury|burying|mourned|mourn|mourning|killed|kills|honou?red|commemorated|"
    r"among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|fallen))\s*,?\s*$", re.I)


def _superior_fate(text: str, start: int, before: str) -> bool:
    """The role before the name at ``start`` follows a fate of his ("buried the battalion
    commander, Major Ivan Lobov")."""
    sup = _SUPERIOR_BEFORE.search(before)
    if sup is None:
        return False
    at = start - len(before) + sup.start()
    return bool(_FATE_BEFORE.search(text, max(0, at - 60), at))


#: a cleric by his title ("Father Andrei", "Rev. John Smith", "Imam Rustam Khasanov") who
#: is the subject of an active verb of officiating in his clause is not the one buried; a
#: chaplain killed is ("Father Nikolai Bredikhin, 54, was rector …", "Father Oleg Petrov
#: was killed by shelling and buried on Friday", "… was held captive and died")
_CLERGY_BEFORE = re.compile(r"\b(?:Father|Fr\.|Rev\.|Reverend|Pastor|Imam|Mufti|Rabbi|Deacon|"
                            r"Archdeacon|Hieromonk|Abbot|Archimandrite|Chaplain|Archpriest|"
                            r"Priest|Protodeacon|Hegumen|Igumen)\s+$")
#: a cleric's title right before the name ("Archpriest Oleg Sidorov"): a person of the story
#: only when a fate of his follows in the clause
_CLERIC_TITLE = re.compile(r"\b(?:Archpriest|Metropolitan|Bishop|Patriarch|Priest|priest|"
                           r"rector)\s*,?\s+$")
_OFFICIATES = re.compile(
    r"(?P<before>[^.;!?]{0,80}?)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?<!\bis\s)(?<!\bare\s)\b(?:(?:led|leads|officiated|officiates|conducted|conducts|"
    r"celebrated|celebrates|held|holds|performed|performs|"
    # what he will do: "Father Andrei will lead the funeral service"
    r"lead|officiate|conduct|celebrate|hold|perform)\s+(?:\w+\s+){0,3}?(?:service|"
    r"services|funeral|liturgy|mass|requiem|prayers?|rites?|ceremony|memorial|vigil|"
    r"panikhida|burial)|officiated|officiates|(?:said|says|read|reads|recited|recites)\s+"
    r"(?:\w+\s+){0,2}?(?:prayers?|mass|liturgy|requiem|rites?)|blessed|blesses|prayed|prays|"
    r"spoke|speaks|said|says)\b")
#: a verb of death or of another fate with the cleric as its subject ("Father Oleg, a
#: chaplain, was killed …"): he is the one described
_CLERIC_FATE = re.compile(r"\b(?:killed|died|dies|dead|missing|captured|wounded|captive|"
                          r"perished|taken\s+prisoner|surrendered)\b")


def _officiates(text: str, end: int) -> bool:
    """The cleric named up to ``end`` is the subject of an active verb of officiating, and
    no verb of death or of another fate before it has him as its subject."""
    m = _OFFICIATES.match(text, end)
    if m is None or _CLERIC_FATE.search(m.group("before")):
        return False
    rest = text[m.end() : m.end() + 60]  # "… led the service and was killed"
    return not re.match(r"[^.;!?]{0,40}?\band\s+(?:was\s+|were\s+)?(?:later\s+)?"
                        r"(?:killed|died|wounded|captured)\b", rest)
#: the relative whose death is told: "the death of her son Dmitry Ivanov"
_DEATH_OF_BEFORE = re.compile(r"\b(?:death|loss|killing)\s+of\s+(?:(?:his|her|their|a|the)\s+)?"
                              r"(?:[a-z-]+\s+){1,3}$")
#: a name followed by "said that" is the one who speaks, not the one spoken of
_SPEAKER_AFTER = re.compile(r"(?:\s*,[^,.]{1,60},)?\s+(?:has\s+|had\s+)?(?:said|says|stated|"
                            r"announced|wrote|writes|added|claimed)\s+(?:(?:that|on|in)\b|"
                            # "Utkin said Vladimir Lebedev died": a name spoken of next
                            r"(?=(?:[Pp]rivate|[Ss]ergeant|[Cc]orporal|[A-Z][a-z]+\.?\s+[A-Z])))|"
                            # "Kozlov spoke about the death of his comrade Ivan Ryabov": one
                            # who tells of another's death
                            r"(?:\s*,[^,.]{1,60},)?\s+(?:has\s+|had\s+)?(?:spoke|speaks|talked|"
                            r"talks|told\s+(?:\w+\s+)?|learned|learnt|heard|wrote|recalled|"
                            r"remembered)\s+(?:about|of)\s+(?:the\s+)?(?:death|loss|killing|"
                            r"his|her|their|a|the)\b")


#: one who says what befell her relative: "Natalia Kuzmina from Lyudinovo says she spent
#: three weeks calling her son's unit", "Galina Petrova of Kursk said her husband had been
#: captured" — the relative speaks, the son is the one reported
_KIN_SPEAKER = re.compile(
    r"(?:\s*,[^,.;!?]{1,60},|\s+(?:from|of)\s+[A-Z][\w'’-]+(?:\s+(?:in\s+)?[A-Z]?[\w'’-]+){0,3})?"
    r"\s+(?:has\s+|had\s+)?(?:said|says|(?:told|tells)(?!\s+(?:her|his|their)\s+(?:\w+\s+)?"
    r"(?:son|sons|husband|brother|father|nephew|grandson)\b)|recalls|recalled|wrote|writes|"
    r"explained|explains|learned|learnt|believes)\b[^.;!?]{0,80}?\b(?:her|his|their|my|our)\s+"
    r"(?:\w+\s+)?(?:son|sons|husband|brother|father|nephew|grandson|son['’]s|husband['’]s|"
    r"brother['’]s)\b|"
    # "Irina Zuyeva, who works as a nurse, learned of his capture from a video"
    r"(?:\s*,[^.;!?]{1,80},)?\s+(?:has\s+|had\s+|only\s+|first\s+)?(?:learned|learnt|heard|"
    r"found\s+out)\s+(?:of|about)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:capture|death|"
    r"disappearance|wounding|injury|injuries|whereabouts|fate|killing)\b")


@cache
def _place_words() -> frozenset[str]:

    words: set[str] = set()
    for c in countries():
        for phrase in (c.name_en, *c.demonyms_en):
            words.update(phrase.lower().split())
    return frozenset(words)


@cache
def _region_words() -> frozenset[str]:
    from headcount.reference import regions

    return frozenset(r.name_en.lower() for r in regions())


#: forms of address and abbreviations written like a two-letter initial ("Mr.", "Dr.", "No."
#: of "Hospital No. 1"): no part of a name
#: two-letter words with a dot that are no initials: forms of address, and ranks cut short
#: ("Sr. Lt. A. Ts. Tsyrenov")
_ADDRESS = frozenset({"mr", "ms", "dr", "mx", "st", "jr", "sr", "no", "lt"})


def _stop(word: str) -> bool:
    if re.fullmatch(r"[A-Z][a-z]?\.", word) and word[:-1].lower() not in _ADDRESS:
        return False  # an initial ("A. V. Ryabov", "Yu. Petrov"), not the article
    w = word.lower().strip(".").replace("’", "'")
    if "-" in w and all(part in _STOP for part in w.split("-")):
        return True  # "Colonel-General", "Lance-Corporal": a rank written with a hyphen
    if any(len(part) >= 4 and part.isalpha() and part.islower()
           for part in word.strip(".").split("-")[1:]):
        # "Convict-turned-fighter", "Ex-soldier": a descriptor written with hyphens; a
        # name's later parts are capitalised or short particles ("Jean-Paul", "Abd-al-Aziz")
        return True
    return w in _STOP or w in _place_words() or w.endswith("'s")


#: a Russian patronymic; of those in a bare "-ich" only the few there are ("Kiprotich" is a
#: Kenyan given name)
_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovych|evych|yich|ilich|kuzmich|lukich|fomich|"
                         r"nikitich|savvich|ovna|evna|yevna|ichna|ivna|ovna|inichna)$", re.I)
#: a list entry's "SURNAME, Given Names": "FERNÁNDEZ CASTILLO, Yoandri", "PUPO, Leonel Antonio"
_SURNAME_COMMA = re.compile(
    r"(?<![\w-])([A-ZÀ-ÞĀ-Ž]{2,}(?:[- ](?:[A-ZÀ-ÞĀ-Ž]{2,}|del|de|la|da|dos|y))*),[ \t]+"
    rf"([A-ZÀ-ÞĀ-Ž][{_LOWER}]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][{_LOWER}]+)*)")
_SPANISH_SURNAME = re.compile(r"(?:[aeiouáéíóú]z|[ae]s)$")


def _passport_surname(caps: str) -> bool:
    """Words in capitals that are a surname as papers write it, not an acronym: two words, or
    one of five letters or more, every word with a vowel ("PÉREZ GARCÍA", "SHRESTHA"; not
    "VK", "NATO")."""
    words = [w for w in re.split(r"[- ]", caps) if len(w) > 1 and w.upper() == w]
    return bool(words) and (len(words) >= 2 or len(words[0]) >= 5) and all(
        re.search(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü]", w) for w in words)
_SPANISH_WORDS = (
    "garcía garcia rodríguez rodriguez gonzález gonzalez fernández fernandez lópez lopez "
    "martínez martinez sánchez sanchez pérez perez gómez gomez martín martin jiménez jimenez "
    "ruiz hernández hernandez díaz diaz moreno muñoz munoz álvarez alvarez romero alonso "
    "gutiérrez gutierrez navarro torres domínguez dominguez vázquez vazquez ramos gil ramírez "
    "ramirez serrano blanco molina morales suárez suarez ortega delgado castro ortiz rubio "
    "marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo santos "
    "lozano guerrero cano prieto méndez mendez cruz calvo gallego herrera márquez marquez "
    "peña pena flores cabrera campos vega fuentes carrasco diez reyes caballero nieto aguilar "
    "pascual santana herrero montero lorenzo hidalgo giménez gimenez ibáñez ibanez ferrer "
    "durán duran santiago benítez benitez vargas mora vicente arias carmona crespo román "
    "roman pastor soto sáez saez velasco soler moya esteban parra bravo gallardo rojas pardo "
    "valdés valdes rivero rivera acosta cabello quintero borges mesa espinosa león leon "
    "betancourt céspedes cespedes figueroa mejía mejia salazar fonseca pupo tamayo orozco "
    "estrada contreras guerrero alvarado leyva córdova cordova pacheco calderón calderon "
    "espinoza ochoa quintana"
)
_SPANISH_COMMON = frozenset(_SPANISH_WORDS.split())


def _is_spanish_surname(word: str) -> bool:
    low = word.lower()
    return low in _SPANISH_COMMON or (len(low) > 4 and low.endswith("ez"))


#: Spanish given names that are surnames too: no sure first half of a double surname
_SPANISH_GIVEN_WORDS = ("martín martin santiago vicente pastor román roman esteban santos "
                        "cruz lorenzo pascual gil león leon")
_SPANISH_GIVEN = frozenset(_SPANISH_GIVEN_WORDS.split())
#: endings of a Spanish second surname not in the list ("Rosales", "Tamayo", "Ochoa")
_SPANISH_SECOND = re.compile(r"(?:[aeo]s|[aeiouáéíóú]z|[ao])$")


def _second_spanish_surname(pair: list[str]) -> bool:
    """"Martínez Rosales": a sure Spanish surname (in -ez or in the list, not a given name
    too), then a word with a Spanish surname's ending — the two are one double surname."""
    first, second = pair[0].lower(), pair[1]
    return first not in _SPANISH_GIVEN and second[:1].isupper() and not second.isupper() and (
        bool(_SPANISH_SECOND.search(second.lower())))


#: given names Hispanic names often carry second ("José Manuel", "Luis Alberto"): no first
#: surname of a double one
_SECOND_GIVEN_WORDS = (
    "manuel antonio josé jose luis carlos alberto miguel ángel angel javier enrique jesús "
    "jesus maría maria alejandro andrés andres david daniel eduardo ernesto francisco rafael "
    "ramón ramon roberto ricardo fernando felipe ignacio alfredo armando osvaldo orlando "
    "alexis yoel yasmani reinaldo rolando raúl raul omar pedro pablo juan")
_SECOND_GIVEN = frozenset(_SECOND_GIVEN_WORDS.split())


def _hispanic_four(words: list[str]) -> bool:
    """Four or more words, the last a Spanish surname and the one before it a capitalised
    word that is no given name: given names, then a double surname ("Alexis Manuel Oropesa
    Díaz", "Yoandri Luis Betancourt Pupo")."""
    if len(words) < 4 or not _is_spanish_surname(words[-1]):
        return False
    before = words[-2]
    return before[:1].isupper() and not before.isupper() and not before.endswith(".") and (
        before.lower() not in _SECOND_GIVEN | _SPANISH_GIVEN) and not re.fullmatch(
        _PARTICLE, before.lower())


def _spanish_surname_first(words: list[str]) -> bool:
    """"Martínez Sánchez José Antonio", "García López Juan": a Spanish double surname written
    before the given names — two Spanish surnames first (the first no given name too), and
    the last word no Spanish surname."""
    if len(words) < 3 or any(w.endswith(".") for w in words):
        return False
    first = words[0].lower()
    return first not in _SPANISH_GIVEN and _is_spanish_surname(words[0]) and (
        _is_spanish_surname(words[1]) or _second_spanish_surname(words[:2])) and not (
        _is_spanish_surname(words[-1]) or words[-1].lower().endswith(("ez", "es")))


_INITIAL = re.compile(r"[A-Z]\.")


def _initials_after(words: list[str]) -> list[str]:
    """The initials after a surname ("Lukin D. A." → ["D.", "A."]), or []."""
    if len(words) < 2 or _INITIAL.fullmatch(words[0]) or len(words[0]) < 3:
        return []
    initials = [i for w in words[1:] for i in re.findall(r"[A-Z]\.", w)]
    if "".join(initials) != "".join(words[1:]) or not 1 <= len(initials) <= 2:
        return []
    return initials


def latin_given(word: str) -> bool:
    """``word``, in Latin letters, is a given name the Russian dictionary knows in its likeliest
    Cyrillic spelling ("John" → "Джон", "Kirill" → "Кирилл"; not "Bobrov")."""
    from headcount.extract.morph import language
    from headcount.extract.namecase import known_given
    from headcount.names.russian import learned_spellings

    spellings = learned_spellings(word)
    with language("ru"):
        return bool(spellings) and known_given(spellings[0])


def name_parts(words: list[str]) -> NameParts:
    """Surname, given name and patronymic of a name written in Latin letters."""
    words = [w for w in words if w]
    low = [w.lower() for w in words]
    turkic = next((i for i, w in enumerate(low) if i >= 1 and re.fullmatch(_TURKIC, w)), -1)
    if turkic >= 1:  # the father's name and its particle are the patronymic
        patronymic = f"{_title(words[turkic - 1])} {low[turkic]}"
        before, after = words[: turkic - 1], words[turkic + 1 :]
        if before and after:  # "Jasurbek Anvar ugli Tursunov"
            return NameParts(surname=" ".join(_title(w) for w in after),
                             given=" ".join(_title(w) for w in before), patronymic=patronymic)
        if len(before) >= 2:  # "Tursunov Jasurbek Anvar ugli"
            return NameParts(surname=_title(before[0]),
                             given=" ".join(_title(w) for w in before[1:]), patronymic=patronymic)
        if before:  # "Azamat Nurlan uulu": the father's name is the family name
            return NameParts(surname=patronymic, given=_title(before[0]))
    initials = _initials_after(words)
    if initials:  # "Lukin D. A.", "Lukin D.A.": a list's surname, then the initials
        return NameParts(surname=_title(words[0]), given=initials[0],
                         patronymic=" ".join(initials[1:]))
    if words[0].isupper() and len(words[0]) > 2 and len(words) >= 2 and not all(
            w.isupper() and not w.endswith(".") for w in words):  # "TIKHONOV I. P." too
        surname, rest = _title(words[0]), words[1:]  # ZAKHAROV Andrei Mikhailovich
        if len(rest) >= 2 and rest[0].isupper() and len(rest[0]) > 2:  # MARTÍNEZ SÁNCHEZ José
            surname, rest = f"{surname} {_title(rest[0])}", rest[1:]
    else:
        if all(w.isupper() and len(w) > 2 for w in words):
            words = [_title(w) for w in words]
        tail = 1
        if 2 <= len(words) <= 4 and vietnamese_surname(words[0]):
            # "Nguyen Van Thanh": surname first ("Van" is a name, no particle)
            return NameParts(surname=words[0], given=" ".join(words[1:]))
        while len(words) - tail - 1 >= 1 and re.fullmatch(_PARTICLE, words[-tail - 1].lower()):
            tail += 1  # "Mohammed bin Salem", "Juan de la Cruz"
        if tail > 1 and len(words) - tail >= 2 and words[-tail].lower() in (
                "de", "del", "de la", "la") and _is_spanish_surname(words[-tail - 1]):
            tail += 1  # "Osniel Ramos del Valle": a first surname before "del Valle"
        if tail == 1 and len(words) >= 3 and _is_spanish_surname(words[-2]) and (
                _is_spanish_surname(words[-1]) or _second_spanish_surname(words[-2:])):
            tail = 2  # Spanish double surname
        if tail == 1 and _hispanic_four(words):
            tail = 2  # "Alexis Manuel Oropesa Díaz": two given names, two surnames
        if tail == 1 and _spanish_surname_first(words):
            surname, rest = " ".join(words[:2]), words[2:]  # "Martínez Sánchez José Antonio"
        elif tail == 1 and south_asian_surname_first(words):
            surname, rest = words[0], words[1:]  # "Gurung Bikram": a known surname first
        elif tail == 1 and len(words) == 3 and _PATRONYMIC.search(words[2]) and not (
                _PATRONYMIC.search(words[1])) and not latin_given(words[0]):
            # a Russian name ends in its patronymic only when the surname leads, as in
            # documents and lists ("Bobrov Kirill Andreyevich"); given-first, the patronymic
            # sits in the middle ("Kirill Andreyevich Bobrov"), and a name opened by a given
            # name ends in a surname in -ich ("John Paul Ivanovich", "Mary Ann Petrovich")
            surname, rest = words[0], words[1:]
        else:
            surname, rest = " ".join(words[-tail:]), words[:-tail]
    patr = ""
    low = [w.lower() for w in rest]
    for particle in ("bin", "ibn", "bint"):
        if particle in low[1:-1] or (particle in low[1:] and low.index(particle) < len(low) - 1):
            i = low.index(particle)  # "Abdulrahman bin Saleh": the father's name
            return NameParts(surname=surname, given=" ".join(rest[:i]),
                             patronymic=" ".join([particle, *rest[i + 1:]]))
    if len(rest) >= 2 and (_PATRONYMIC.search(rest[-1]) or re.fullmatch(r"[A-Z][a-z]?\.",
                                                                         rest[-1])):
        patr = rest[-1]
        rest = rest[:-1]
    return NameParts(surname=surname, given=" ".join(rest), patronymic=patr)


def _leading_place(run: list[str]) -> int:
    """How many words at the start of a capitalised run name a country or a Russian or
    Ukrainian town ("Tajikistan Firdavs Nazarov" → 1, "Nizhny Tagil Ivan Petrov" → 2), else 0."""
    from headcount.extract.en_places import find_settlement

    if run and run[0].lower() in _place_words():
        return 1
    for n in (2, 1):
        if len(run) >= n + 2 and find_settlement(" ".join(run[:n])) is not None:
            return n
    return 0


def _name_after_place(run: list[str]) -> int:
    """After "the village of", "a native of": where a name starts after a place the gazetteer
    does not know, by the name's own signs — a surname in capitals ("Sagan-Nur TSYRENOV Bair
    Dashievich" → 1) or a known given name with one or two words after it ("Sagan-Nur Bair
    Tsyrenov" → 1); else 0."""
    for i in range(1, len(run) - 1):
        word = run[i].strip(".,")
        if word.isupper() and len(word) >= 2 and word.isalpha() and not run[i - 1].isupper():
            return i
        if len(run) - i in (2, 3) and latin_given(word) and not latin_given(run[0]):
            return i
    return 0


def _is_place(words: str, abroad: bool = True) -> bool:
    """A run of capitalised words that is a Russian or Ukrainian town or region ("Nizhny
    Tagil", "Chasiv Yar") or a province abroad ("Ciego de Avila"); not a division abroad
    in a name position (``abroad`` False: "COLOMBO, Marco") nor one that is also a surname
    or a common word ("Dang", "Parsa")."""
    from headcount.extract.en_abroad import is_division, is_name_like
    from headcount.extract.en_places import find_region, find_settlement, is_ukrainian_place

    division = abroad and is_division(words) and not is_name_like(words)
    return find_region(words) is not None or division or (
        " " in words and "-" not in words and (find_settlement(words) is not None
                                               or is_ukrainian_place(words)))


def _title(word: str) -> str:
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def _same(a: NameParts, b: NameParts, other: bool = False) -> bool:
    """Two namings of one person: one surname, and given names that do not disagree.
    ``other``: the text marks ``b`` as a relative, so a familiar form joins no full name."""
    if a.surname.lower() != b.surname.lower():
        return False
    if not a.given or not b.given:
        return True
    ga, gb = a.given.lower(), b.given.lower()
    return ga == gb or (ga.endswith(".") and gb.startswith(ga[:-1])) or (
        gb.endswith(".") and ga.startswith(gb[:-1])) or (
        not other and " " not in ga + gb and (familiar(ga) or familiar(gb))
        and same_given(ga, gb))
    # "Sasha Petrov" … "Alexander Petrov": a familiar form and the full name — not "his son
    # Sasha Petrov, 7"


#: a kin word after a name in its clause: "Sasha Petrov, his brother"
_KIN_AFTER = re.compile(r"\s*,\s*(?:his|her|their)\s+(?:\w+\s+)?(?:mother|father|wife|"
                        r"husband|widow|son|daughter|sister|brother|cousin|uncle|aunt|"
                        r"nephew|niece|grandson|granddaughter)\b", re.I)


#: a sibling named by given name only: "his twin brother Mikhail", "Her younger sister Anna,"
_SIBLING_GIVEN = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:(?:younger|older|elder|little|big|baby|twin|half-|step)\s*)*"
    rf"(?:brother|sister|twin)\s*,?\s+([A-ZÀ-ÞĀ-Ž][{_LOWER}]+)(?![\w'’-]|\s+[A-ZÀ-ÞĀ-Ž])")
#: a relative joined to a name by "and": "Bair Tsydenov, 38, and his cousin Zorikto …"
_AND_KIN_BEFORE = re.compile(
    r"\band\s+(?:his|her)\s+(?:\w+\s+)?(?:brother|sister|cousin|twin|son|nephew)\s*,?\s*$",
    re.I)
_PLURAL_VERB = re.compile(r"\b(?:(?P<one>was|is|has)|were|are|have)\b")


def _co_subject(text: str, before: str, end: int) -> bool:
    """A relative joined by "and" to the person before him, sharing a plural verb ("X, 38,
    and his cousin Y, 35, were called up"), is reported on as much as he is."""
    if not _AND_KIN_BEFORE.search(before):
        return False
    verb = _PLURAL_VERB.search(text, end, sentence_end(text, end, SPACED_STOP))
    return verb is not None and verb.group("one") is None


def _siblings_by_given_name(text: str, found: list[Person],
                            taken: list[tuple[int, int]]) -> None:
    """"His younger brother Zorigto, 37, … was wounded": a sibling named by given name only
    takes the surname of the person named last before him; he is reported on when a fate
    follows in his clause."""
    for m in _SIBLING_GIVEN.finditer(text):
        start, end = m.start(1), m.end(1)
        if any(s <= start < e for s, e in taken) or _stop(m.group(1)):
            continue
        last = max((p for p in found if any(r.end <= m.start() for r in p.refs)),
                   key=lambda p: max(r.end for r in p.refs if r.end <= m.start()),
                   default=None)
        if last is None or not last.parts.surname or last.parts.given == m.group(1):
            continue
        subject = bool(_STATUS_AFTER.search(text[end : end + 200]))
        parts = NameParts(surname=last.parts.surname.split()[-1] if " " not in
                          last.parts.surname else last.parts.surname, given=m.group(1))
        found.append(Person([PersonRef(start, end, parts, subject)]))
        taken.append((start, end))


#: what follows a dateline's place: a country or a month ("DEIR EZ-ZOR, Syria —",
#: "KATHMANDU, Jan 22 —")
_DATELINE = re.compile(r"\s*,\s*(?:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+|[A-Z][a-z]{2}\.?\s+\d{1,2})"
                       r"\s*[—–-]")
#: a person named by given name alone, with an age or a home after it: "a Kenyan man,
#: Peter, 31, …", "his friend Nuwan from Kurunegala", "Bishnu (27)"
_GIVEN_ALONE = re.compile(
    rf"(?<=[a-z,] )([A-ZÀ-ÞĀ-Ž][{_LOWER}]{{2,}})"
    rf"(?=\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,|\s+\(\d{{1,2}}\)|\s+(?:from|of)\s+[A-ZÀ-ÞĀ-Ž])")
#: the fate of the one named alone, in his clause
_FATE_AFTER = re.compile(r"^[^.;!?]{0,200}?\b(?:killed|died|dead|missing|captured|wounded|"
                         r"injur\w*|in\s+(?:a\s+)?(?:military\s+)?hospital|taken\s+prisoner|"
                         r"surrendered|perished)\b")


def _given_names_alone(text: str, found: list[Person], taken: list[tuple[int, int]]) -> None:
    """A foreign recruit named by his given name only, with his age or home after it and
    his fate in the clause ("another Kenyan, whom he knows only as Peter from Kisumu, was
    killed"; "his friend Nuwan from Kurunegala … is now in a hospital"): a person with no
    surname. A word that names someone named in full is a later naming of him."""
    for m in _GIVEN_ALONE.finditer(text):
        start, end = m.start(1), m.end(1)
        word = m.group(1)
        if any(s <= start < e for s, e in taken) or _stop(word) or _is_place(word) or (
                word.lower() in _region_words()) or _FROM_BEFORE.search(
                text, max(0, start - 6), start):
            continue
        if any(word in (p.parts.given, *p.parts.surname.split(), *p.parts.given.split())
               for p in found):
            continue
        if not _FATE_AFTER.search(text[end : sentence_end(text, end, SPACED_STOP)]):
            continue
        same = next((p for p in found if not p.parts.surname and p.parts.given == word), None)
        ref = PersonRef(start, end, NameParts(given=word), True)
        if same is not None:
            same.refs.append(ref)
        else:
            found.append(Person([ref]))
        taken.append((start, end))


#: a mother's name after her son ("Umm Mahmoud"): no name of her own
_KUNYA = frozenset({"Umm", "Um", "Umm-"})
_FROM_BEFORE = re.compile(r"\b(?:from|of|in|at|near|to)\s+$")


def _trim(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    pos = start
    while words and (_stop(words[0]) or re.fullmatch(_PARTICLE, words[0]) or (
            words[0] in _KUNYA)):  # "Umm Mahmoud": his mother, called after him
        pos = text.index(words[0], pos) + len(words[0])
        words = words[1:]
    if words and re.search(r"[a-z]['’]s$", words[-1]) and not _stop(words[-1][:-2]):
        words = [*words[:-1], words[-1][:-2]]  # "Rajesh Kumar's family": the name, not its 's
    while words and (_stop(words[-1]) or re.fullmatch(_PARTICLE, words[-1])):
        words = words[:-1]
    return (text.index(words[0], pos) if words else pos), words


def people(text: str) -> list[Person]:
    """Every person named, with every naming, in order of first naming."""
    found: list[Person] = []
    taken: list[tuple[int, int]] = []

    def add(parts: NameParts, start: int, end: int) -> None:
        speaker = _SPEAKER_AFTER.match(text, end)
        before = text[max(0, start - 70) : start]
        cleric_dies = bool(_CLERIC_TITLE.search(before) and _STATUS_AFTER.search(
            text[end : end + 200]))
        subject = not (_CLERGY_BEFORE.search(before) and _officiates(text, end)) and not (
            _NOT_SUBJECT.search(before) and not cleric_dies) and not (
            _SUPERIOR_BEFORE.search(before) and not _STATUS_AFTER.search(
                text[end : end + 200]) and not _superior_fate(text, start, before)) and not (
            _KIN_SPEAKER.match(text, end) and not _KIN_OF_BEFORE.search(before)
        ) and not _KIN_OF_AFTER.match(text, end) and not (
            _SIBLING_OF.search(before) and not _STATUS_AFTER.search(text[end : end + 200])
        ) and not (
            speaker and _NAME.search(
                text[speaker.end() : sentence_end(text, end, SPACED_STOP)])) and not (
            _KIN_BEFORE.search(before) and not _STATUS_AFTER.search(text[end : end + 200])
            and not _DEATH_OF_BEFORE.search(before) and not _co_subject(text, before, end))
        ref = PersonRef(start, end, parts, subject)
        other = bool(_KIN_BEFORE.search(before) or _KIN_AFTER.match(text, end))
        same = next((p for p in found if _same(p.parts, parts, other)), None)
        if same is not None:
            same.refs.append(ref)
        else:
            found.append(Person([ref]))
        taken.append((start, end))

    for m in _NICKNAMED.finditer(text):  # "Artyom (Tyoma) Shakhov": a nickname inside
        if any(_stop(w) for w in m.group(1, 2, 3)):
            continue
        add(NameParts(surname=m.group(3), given=m.group(1)), m.start(), m.end())
    for m in _CALL_SIGNED.finditer(text):  # 'Oleksandr "Grim" Shevchenko': a call sign inside
        opens = m.start(1)
        named = m.group(1).split()
        if len(named) == 2 and _stop(named[0]):  # "On Monday Ivan 'Grim' Petrov"
            opens, named = m.start(1) + m.group(1).rindex(named[1]), named[1:]
        if any(_stop(w) for w in (*named, m.group(4))) or any(
                s <= opens < e for s, e in taken):
            continue
        first_name, _, middle = " ".join(named).partition(" ")
        if middle and not _PATRONYMIC.search(middle):
            first_name, middle = " ".join(named), ""  # "Juan Carlos 'Toro' Pérez"
        add(NameParts(surname=m.group(4), given=first_name, patronymic=middle), opens,
            m.end(4))
    for m in _PAIR.finditer(text):  # "Andrei and Sergei Kolesnikov"
        a, b, surname = m.group(1), m.group(2), m.group(3)
        if any(_stop(w) for w in (a, b, surname)) or a.isupper() or b.isupper():
            continue
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30) : m.start()])
        if before and before.group(1)[:1].isupper() and not _stop(before.group(1)):
            continue  # "… Bishnu Prasad Adhikari and Hari Gurung": two names, not a pair
        add(NameParts(surname=surname, given=a), m.start(1), m.end(1))
        add(NameParts(surname=surname, given=b), m.start(2), m.end(3))
    for m in _SURNAME_COMMA.finditer(text):  # "2. RAMOS DEL VALLE, Osniel — b. 1979"
        caps = m.group(1)
        if any(_stop(w) for w in caps.split()) or _is_place(_title(caps), abroad=False) or \
                any(_stop(w) for w in m.group(2).split()) or dateline_region(m.group(2)):
            continue  # "KATHMANDU, Feb 8", "ALATYR, Chuvashia —": a dateline
        if re.search(r"\b[a-z]+\s+$", text[text.rfind("\n", 0, m.start()) + 1 : m.start()]) and (
                not _passport_surname(caps)):
            continue  # "In a post on VK, Maria Volkova wrote": an acronym inside a sentence
            # (not "the Cuban citizen PÉREZ GARCÍA, Yandier Alexis": a surname as papers write it)
        surname = " ".join(w.lower() if re.fullmatch(_PARTICLE, w.lower()) else _title(w)
                           for w in caps.split())
        add(NameParts(surname=surname, given=m.group(2)), m.start(), m.end())
    for m in _NAME.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        first = m.group(0).split()[0].lower().strip(".")
        run_start, run = m.start(), m.group(0).split()
        head = _leading_place(run)
        if not head and _PLACE_OF_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            head = _name_after_place(run)
        if _NOT_A_NAME_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) and len(
                run) >= head + 2 and head:
            # "Native of Tajikistan Firdavs Nazarov", "a native of Kurgan Ivan Petrov": the
            # country or the town, then the name
            run_start = text.index(run[head], m.start() + len(" ".join(run[:head])))
            run = run[head:]
        elif first in _NOT_A_NAME_AFTER or _NOT_A_NAME_BEFORE.search(
                text[max(0, m.start() - 25) : m.start()]):
            continue  # "St Alexander Nevsky", "the church of …", "Lenina Street"
        start, words = _trim(text, run_start, run)
        if len(words) < 2 or any(_stop(w) for w in words if not re.fullmatch(_PARTICLE, w)):
            continue
        if words[-1].lower() in _region_words() or _is_place(" ".join(words)) or re.match(
                # (after a possessive too: "the Krasnoyarsk Veterans' Hall")
                r"(?:['’]s?)?\s+(?:Street|Avenue|Square|Prospekt|Lane|Boulevard|Cemetery|Church|"
                r"Cathedral|"
                r"Palace|Hall|University|School|Institute|District|Region|Oblast|"
                # an institution's name: "the Kurunegala Teaching Hospital"
                r"Hospital|Clinic|College|Museum|Stadium|Airport|Prison|Penal\s+Colony|"
                # a unit's name: "the 36th Combined Arms Army", "Black Sea Fleet"
                r"Army|Brigade|Regiment|Division|Battalion|Corps|Fleet|Detachment|Squadron)\b",
                text[start + len(" ".join(words)):]):
            continue
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue
        if place_run(text, start, end):
            continue  # "a 27-year-old from Santa Clara", "of Kot Khalsa village": a place
        if all(w.isupper() for w in words) and _DATELINE.match(text, end):
            continue  # "DEIR EZ-ZOR, Syria —": the dateline's place
        if _PATRONYMIC.search(words[-1]) and len(words) == 2:  # "Oleg Nikolayevich"
            given = next((p for p in found if p.parts.given == words[0]), None)
            if given is not None:
                known = given.parts
                given.refs.append(PersonRef(start, end, NameParts(
                    surname=known.surname, given=known.given, patronymic=words[1])))
                taken.append((start, end))
            continue
        whole = next((p for p in found if p.parts.surname.lower() == " ".join(words).lower()),
                     None)
        if whole is not None:  # "Ramos del Valle" after "RAMOS DEL VALLE, Osniel"
            whole.refs.append(PersonRef(start, end, whole.parts))
            taken.append((start, end))
            continue
        add(name_parts(words), start, end)
    _siblings_by_given_name(text, found, taken)
    _given_names_alone(text, found, taken)
    for m in _SURNAME.finditer(text):  # later namings by one word
        if any(s <= m.start() < e for s, e in taken) or _stop(re.sub(r"['’]s$", "",
                                                                      m.group(0))):
            continue
        word = re.sub(r"['’]s$", "", m.group(0))  # "Bair's farewell": Bair
        by_surname = [p for p in found if (p.parts.surname
                      and p.parts.surname.split()[-1] == word)
                      or p.parts.surname.lower() == word.lower()]
        by_given = [p for p in found if p.parts.given == word or (
            " " in p.parts.given and p.parts.given.split()[0] == word)]
        for group in (by_surname, by_given):
            if len(group) == 1:
                p = group[0]
                # "…, his mother Irina said": a relative named by one word is no subject
                kin = bool(_KIN_BEFORE.search(text[max(0, m.start() - 70) : m.start()])) and (
                    not _STATUS_AFTER.search(text[m.end() : m.end() + 200]))
                p.refs.append(PersonRef(m.start(), m.end(), p.parts, not kin))
                break
    for p in found:
        p.refs.sort(key=lambda r: r.start)
    return sorted(found, key=lambda p: p.refs[0].start)
