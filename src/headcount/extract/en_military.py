"""Status, rank, unit and recruitment channel in English text.

Ranks are written out in lower case ("Lance Cpl." → "lance corporal", "Guards Captain" →
"captain" with ``guards``); ambiguous words (private, major, general) count only before
a name, after "a"/"mobilised" or between commas. Channels follow the Russian rules
(military.py): prisoner > pmc > volunteer formation > the sequence mobilised / conscript /
contract / regular, where the later step wins.
"""

from __future__ import annotations

import re

from headcount.extract.care import cared_for_en
from headcount.extract.military import past_namesake
from headcount.extract.model import Fact
from headcount.extract.sentences import SPACED_STOP, sentence_end
from headcount.extract.status import NOT_YET
from headcount.extract.verdicts import sentenced_here, served_before
from headcount.vocab import Channel, Status

_I = re.I
# whom a family looks for or cannot find: a person, not work or a flat ("is looking for
# work", "could not find a job"): a pronoun, a relative or a capitalised name
_PERSON = (r"(?=\s+(?:him|her|them|(?:my|our|his|her|their|your|a|the)\s+(?:\w+\s+)?"
           r"(?:sons?|husband|brothers?|father|boy|child|children|relatives?|loved\s+ones?|"
           r"grandsons?|nephews?|cousins?|fianc[ée]e?|partner|daughters?|wife|mother|sisters?|"
           r"soldiers?|men|man|comrades?|family|families)\b|(?-i:[A-Z])))")
#: what may stand between a man's name and "fell": brackets ("(1985 – 2023)") and up to three
#: pieces set off by commas ("Ivan Sidorov, 34, fell", "…, call sign Grom, a Wagner fighter,
#: fell")
_SET_OFF = r"(?:\s*\([^()\n]{1,40}\))?(?:(?:,\s*[^,.;:!?\n()]{1,60}){1,3},)?"
STATUS: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (s, re.compile(p, _I))
    for s, p in (
        # "declared dead", "a court declares a recruit dead", "an application to declare him dead"
        # (an initial's dot ends nothing: "to declare her son, A. V. Kostylev, dead")
        (Status.DECLARED_DEAD, r"\b(?:declared?|declares|declaring|recogni[sz]ed|"
                               r"pronounced)\b(?=(?:[^.;]|(?<=\b(?-i:[A-Z]))\.){0,200}?\b"
                               r"(?:legally\s+)?dead\b)(?:[^.;]|(?<=\b(?-i:[A-Z]))\.){0,200}?\b"
                               r"(?:legally\s+)?dead\b"),
        (Status.KILLED, r"\b(?:killed|died|dead|deaths?|perished|KIA|fell\s+in\s+(?:battle|action)|"
                        # "On 20 September he fell near Selydove", "who fell on 29 May in the
                        # Kharkiv direction": a man's fall with its day or place (not "fell ill",
                        # "fell into captivity", "fell silent", "a shell fell")
                        # (nor "he fell on the ice", "fell during training", "when he fell,")
                        r"(?<!when\s)(?<!as\s)(?<!if\s)(?<!after\s)(?<!before\s)(?<!until\s)"
                        # or a man named: "Roman fell on February 27 near Kostiantynivka"
                        # ... and what he was between: "Ivan Sidorov, a fighter of PMC
                        # Wagner, fell near Bakhmut", "Trofimov (1985 – 2023), call sign Grom,
                        # a Wagner fighter, fell"
                        r"(?:he|she|who|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)" + _SET_OFF + r")\s+"
                        r"(?:(?:heroically|bravely|later|then)\s+)?fell"
                        r"(?=\s+(?:on\s+(?:the\s+)?\d|(?:near|outside|at)\s+(?-i:[A-Z])|"
                        r"(?:on\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday)|near\s+the\s+(?:village|town|city)|at\s+the\s+front|"
                        r"defending|while|heroically|bravely|"
                        r"(?:in|during)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:direction|zone|area|"
                        r"battle|combat|action|fighting|assault|attack|offensive|storming|shelling|"
                        r"region|Ukraine|Donbas|SMO))\b)|\s*[,.])|"
                        r"lost\s+his\s+life|lost\s+her\s+life|gave\s+his\s+life|"
                        r"was\s+gone|is\s+gone|passed\s+away|(?:the|his|her)\s+passing|funeral|buried|cremated|farewell\s+(?:ceremony|service)|memorial\s+service|(?:said|bid|bade)\s+(?:their\s+|a\s+)?(?:last\s+|final\s+)?farewell"
                        # the person's own farewell ("bid farewell to his family") is no death
                        r"(?!\s+to\s+(?:(?:his|her|my)\s+(?:\w+\s+)?(?:family|wife|husband|mother|"
                        r"father|parents|children|kids|sons?|daughters?|loved\s+ones?|relatives|"
                        r"friends|home|hometown|girlfriend|fianc[ée]e?|comrades)|their\s+(?:\w+\s+)?"
                        r"(?:family|families|wives|loved\s+ones|relatives|homes?|hometowns?|friends|"
                        r"comrades)|home\b))|"
                        r"(?:body|bodies|remains)\s+(?:was|were|had\s+been)\s+(?:returned|repatriated|found|"
                        r"identified|recovered)|(?:body|bodies|remains|coffin)\s+of\s+[^.;]{1,120}?\s+"
                        r"(?:(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:returned|repatriated|"
                        r"flown|brought|sent|handed\s+over|delivered|transported|received)|"
                        # "The body of X arrived …"
                        r"arrived|arrives|came\s+home|reached)|laid\s+to\s+rest|succumbed\s+to\s+(?:his\s+|her\s+)?"
                        r"(?:wounds|injuries)|"
                        # "succumbed on February 3 in a hospital in Rostov to wounds he had …":
                        # the wounds told later in the clause
                        r"succumbed(?=\s(?:[^.;]{0,100}?\s)?to\s+(?:his\s+|her\s+|the\s+)?"
                        r"(?:\w+\s+)?(?:wounds|injuries)\b)|"
                        r"death\s+(?:was|has\s+been)\s+confirmed|"
                        # "the fallen soldier Denis Kryukov"
                        r"(?:the|a|our)\s+fallen(?=\s+(?:soldier|serviceman|"
                        r"fighter|defender|hero|paratrooper|marine|volunteer)s?\s+(?-i:[A-Z])))\b"),
        # the other side's reports of the enemy killed: "Liquidated on 2 March near Bakhmut",
        # "was eliminated by a drone", "Destroyed on 9 March" (not things: :data:`_THINGS`)
        (Status.KILLED, r"(?:\b(?:was|were|been|being|got)\s+(?:\w+\s+)?|(?:^|(?<=[.:;!?\n])\s*))"
                        r"(?:liquidated|eliminated|destroyed|neutrali[sz]ed)\b"
                        r"(?=\s+(?:on|near|in|at|by|during|outside|while|when|after|close)\b)"),
        (Status.RETURNED, r"\b(?:returned\s+(?:home\s+|to\s+Russia\s+)?(?:from\s+captivity|"
                          r"(?:in|as\s+part\s+of|during|under|after|following|through|via)\s+"
                          r"(?:an?|the|"
                          r"(?:\w+day|last\s+\w+|this\s+\w+)'s)\s+(?:\w+\s+){0,2}"
                          r"(?:swap|exchange))|"
                          r"(?:released|freed|handed\s+(?:over|back)|returned|swapped|sent\s+home|"
                          r"came\s+home|brought\s+home)\s+(?:[\w'’-]+\s+){0,5}?(?:in|as\s+part\s+of|"
                          r"during|under|through|after|following|via)\s+(?:an?|the|(?:\w+day|last\s+\w+|this\s+\w+)['’]s)"
                          r"\s+(?:[\w-]+\s+){0,2}(?:swap|exchange)|(?:was|were|been|and|later|then|since)\s+(?:(?:later|then|subsequently|eventually|since|been)\s+){0,2}exchanged|"
                          # "returned from Russian captivity"
                          r"(?:freed|released|returned|back)\s+from\s+(?:[\w-]+\s+){0,2}?captivity|"
                          # after an exchange told before: "Also freed was Private …"
                          r"(?i:also)\s+(?:freed|released|returned(?:\s+home)?)\s+(?:was|were)|"
                          r"came\s+back\s+from\s+(?:[\w-]+\s+){0,2}?captivity|"
                          # home after a time held: "has returned home after eight months in
                          # Ukrainian captivity", "After fourteen months in captivity my son
                          # came back yesterday", "came back in the exchange"
                          r"(?<!not\s)(?:returned|came\s+back|is\s+back|was\s+back|got\s+back|"
                          r"came\s+home|arrived\s+home|made\s+it\s+home)\s+(?:home\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:after|following)\s+(?:[\w-]+\s+){1,3}"
                          r"(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:captivity|detention)|"
                          r"\b(?:after|following)\s+(?:[\w-]+\s+){1,3}(?:in|of)\s+(?:[\w-]+\s+){0,2}?"
                          r"captivity\b[^.;!?]{0,80}?(?<!not\s)(?<!never\s)(?:returned|came\s+back|"
                          r"(?:is|was)\s+back|got\s+back|came\s+home|arrived\s+home|made\s+it\s+"
                          r"home)|(?:came|got|is|was)\s+back\s+(?:home\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?:in|as\s+part\s+of|during|under|through|after|following|via)\s+"
                          r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:swap|exchange))\b"),
        (Status.CAPTURED, r"\b(?:captured|taken\s+(?:as\s+a\s+)?(?:prisoner|captive)|"
                          # on the lists of prisoners to exchange, or a list of POWs: "has
                          # been added to the exchange list", "a list of prisoners of war
                          # includes …" (not "is not on the exchange lists")
                          r"(?<!not\s)(?:added|included|put|placed|listed|entered|named)\s+"
                          r"(?:\w+\s+){0,3}?(?:on|in|to|into)\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?:\w+\s+)?(?:(?:prisoner\s+|POW\s+)?(?:exchange|swap)\s+lists?|"
                          r"lists?\s+(?:of\s+)?(?:prisoners\s+)?(?:for|of)\s+(?:an?\s+|the\s+)?"
                          r"(?:prisoner\s+)?(?:exchange|swap))|lists?\s+of\s+(?:Russian\s+)?"
                          r"(?:POWs|prisoners\s+of\s+war|captives|captured\s+\w+)|"
                          # "Ukrainian forces took Russian soldier Artem Zhukov, 23, prisoner"
                          # not "took part in a prisoner exchange": no preposition among the filler
                          r"(?:took|take|takes|taking)\s+(?:(?!(?:part|place|in|into|to|from|with|"
                          r"at|for|of|on|over|up|away|off|out|back|care)\b)[\w'’.,-]+\s+){0,8}?"
                          r"(?:prisoners?|captives?)(?![\s-]*(?:exchanges?|swaps?)\b)|"
                          # "held captive", "the second captive, Russian convict Andrei …"
                          r"(?:held|kept)\s+captive|(?<![Ss]ee\s)\b(?:the|a|first|second|third|"
                          r"other|another)\s+captive(?=\s*,)|"
                          r"prisoner\s+of\s+war|"
                          r"POWs?|in\s+(?:Ukrainian\s+)?captivity|surrendered|"
                          # "before surrendering to Ukrainian soldiers", "I put my hands up",
                          # "is being held in a Ukrainian POW camp"
                          r"surrendering\s+to|(?:put|raised|held)\s+(?:up\s+)?(?:his|my|their)"
                          r"\s+hands(?:\s+up)?|laid\s+down\s+(?:his|their)\s+(?:arms|weapons?)|"
                          r"(?:is|are)\s+(?:now\s+)?being\s+held\s+(?:in\s+(?:a\s+)?Ukrainian|"
                          r"by\s+Ukrain\w*|as\s+(?:a\s+)?(?:prisoners?|POWs?))|"
                          r"gave\s+(?:himself|themselves)\s+up)\b"),
        (Status.MISSING, r"\b(?:missing(?:\s+in\s+action)?|MIA|lost\s+(?:contact|touch)|"
                         # "Contact with Artur Galiev was lost on February 12" (the cue before
                         # the name, the name its own)
                         r"(?:contact|communication)(?=\s+with\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}"
                         r"(?:was|has\s+been|had\s+been)\s+(?:lost|broken|cut))|"
                         r"unaccounted\s+for|no\s+(?:news|word)\s+(?:of|from)|disappeared|"
                         r"(?:has|have|had)\s+not\s+been\s+heard\s+from|"
                         # "the family has not heard from him since Dec. 2"
                         r"(?:has|have|had)(?:\s+not|n['’]t)\s+(?:\w+\s+)?heard\s+from|"
                         # "has heard nothing from him since June", "stopped answering calls"
                         r"heard\s+nothing\s+(?:from|of)|"
                         # "Nobody has heard from Bishnu Pun since June", "has been out of
                         # contact since 3 June"
                         r"(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?heard\s+from|"
                         r"(?:been|went|gone|is|was)\s+out\s+of\s+(?:contact|touch|reach)|"
                         r"stopped\s+(?:answering|responding|"
                         r"replying)(?:\s+to)?\s+(?:his\s+|her\s+)?(?:phone|calls|messages)|"
                         r"(?:has|have|had)\s+(?:had\s+)?no\s+(?:contact|news)\s+(?:with|from|of)|"
                         # "has not contacted the family since January 14"
                         r"(?:has|have|had)(?:\s+not|n['’]t)\s+(?:contacted|called|phoned|"
                         r"messaged|written\s+to|been\s+in\s+(?:contact|touch)(?:\s+with)?)"
                         r"(?=[^.;!?]{0,40}\bsince\b)|"
                         r"(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+(?:reach|contact|find)"
                         + _PERSON + "|"
                         r"whereabouts\s+(?:are|remain|is)\s+unknown|fate\s+(?:is|remains)\s+"
                         r"unknown|"
                         # a family's appeal: "Please help us find my husband, Ibrahim Diallo"
                         r"help\s+(?:us\s+|me\s+|them\s+)?(?:to\s+)?(?:find|locate|trace)"
                         + _PERSON + "|"
                         # "The last time we spoke was April 3. Since then nothing."
                         r"(?:since\s+then|after\s+that)[,\s]+(?:there\s+(?:has|have)\s+been\s+)?"
                         r"(?:no\s+(?:news|word|contact|calls?|messages?)|nothing|silence)|"
                         r"(?:are|is|am)\s+(?:still\s+)?(?:searching|looking)\s+for"
                         + _PERSON + ")\\b"),
        (Status.DESERTED, r"\b(?:deserted|deserters?|desertion|deserting|(?:fled|fleeing|flee|"
                          r"escaped|escaping|ran\s+away\s+from|running\s+away\s+from|"
                          r"abandon(?:ing|ed)|absconded|absconding)\s+(?:from\s+)?"
                          r"(?:his|her|their|the)\s+"
                          # the formation's number and kind between ("fled the 36th Army")
                          r"(?:[\w-]+\s+){0,4}?(?:unit|post|position|base|camp|regiment|"
                          r"battalion|brigade|division|army|detachment|company)\b|"
                          r"(?:left|leaving|leave)\s+(?:his|her|their)\s+unit|AWOL|"
                          # "for leaving his position without permission"
                          r"(?:left|leaving|leave|quit|quitting)\s+(?:(?:his|her|their|the)\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:unit|post|position|base|camp|regiment|"
                          r"battalion|brigade|front(?:\s*line)?|service)\s+without\s+"
                          r"(?:official\s+)?(?:permission|leave|authori[sz]ation)|(?:failed|refused)\s+to\s+return\s+to\s+"
                          r"(?:his|her)\s+unit|did\s+not\s+return\s+to\s+(?:his|her)\s+unit|"
                          # "failed to return from leave", "never came back from his leave"
                          r"(?:failed\s+to|did\s+not|didn['’]t|never)\s+(?:return|come\s+back|came\s+"
                          r"back)\s+from\s+(?:his\s+|her\s+)?leave|overstayed\s+(?:his|her)\s+leave|"
                          r"abandoned\s+(?:his|her)\s+(?:unit|post|position)|"
                          # "walked away from his unit", "left his post without permission",
                          # "absent without leave"
                          r"(?:walked|walking|wandered)\s+(?:away|off)\s+from\s+(?:his|her)\s+"
                          r"(?:unit|post|position|base|camp)|left\s+(?:his|her)\s+"
                          r"(?:post|position|base|camp)\s+without\s+(?:permission|"
                          r"leave|authori[sz]ation)|absent\s+without\s+(?:official\s+)?leave|"
                          r"unauthori[sz]ed\s+(?:absence|abandonment))\b"),
        (Status.WOUNDED, r"\b(?:wounded|injured)\b(?!\s+(?:comrade|soldier|man|men))|"
                         # "has sustained injuries", "suffered shrapnel wounds", "lost a leg"
                         r"\b(?:sustained|suffered|received)\s+(?:\w+\s+){0,2}?(?:injuries|"
                         r"wounds|injury|wound|concussion|burns)\b|\blost\s+(?:a|an|his|her|both)"
                         r"\s+(?:legs?|arms?|eyes?|hands?|feet|foot)\b|"
                         # "was taken to hospital in Belgorod with shrapnel wounds"
                         r"\b(?:taken|rushed|admitted|brought|hospitali[sz]ed)\s+(?:[\w.-]+\s+){0,5}?"
                         r"with\s+(?:\w+\s+){0,2}?(?:wounds|injuries|burns)\b|"
                         # "is in a serious but stable condition in a Belgorod hospital"
                         r"\b(?:is|was|remains)\s+in\s+(?:a\s+)?(?:serious|critical|grave|stable|"
                         r"moderate)\s+(?:but\s+stable\s+)?condition\b|"
                         r"\b(?:is|was|remains)\s+in\s+intensive\s+care\b|"
                         # "is now in a hospital in Moscow with injuries to his legs"
                         r"\b(?:is|was)\s+(?:now\s+|still\s+)?in\s+(?:a\s+|the\s+)?(?:military\s+)?"
                         r"hospital\b[^.;!?]{0,60}?\bwith\s+(?:\w+\s+){0,2}?(?:wounds|injuries|burns)\b"),
        (Status.SERVING, r"\b(?:is\s+(?:still\s+|also\s+|now\s+)?serving|serves\s+(?:in|with)|"
                         # "Ilyas is still at the front", "both are now on the front line"
                         r"(?:is|are)\s+(?:now\s+|still\s+)?(?:at|on)\s+the\s+"
                         r"(?:front|front\s*line|frontline)|"
                         # mobilised men not back: "Neither man has returned so far", "he
                         # has not come back yet"
                         r"(?:(?:neither|none)\b[^.;]{0,30}?\b(?:has|have)|(?:has|have)"
                         r"(?:\s+not|n['’]t))\s+(?:yet\s+)?(?:returned|come\s+back)"
                         r"(?:\s+home)?\s+(?:so\s+far|yet)|"
                         r"(?:are|is)\s+(?:believed|said|thought)\s+"
                         r"to\s+be\s+serving|(?:currently|still)\s+(?:serving|fighting)|"
                         r"remains?\s+at\s+the\s+front|"
                         # "is still with his unit", "remains in the army", "was still being
                         # kept with his unit" (not "was with his unit when he was killed":
                         # only with "still" or "remains")
                         r"(?:(?:is|are|was|were)\s+(?:still|now\s+still)\s+(?:being\s+(?:kept|held)\s+)?|"
                         r"remains?\s+|remained\s+)(?:with|in)\s+(?:his|her|their|the)\s+"
                         r"(?:[\w-]+\s+)?(?:unit|battalion|regiment|brigade|company|army|"
                         r"division|platoon)|"
                         # "his family says he is now fighting in Ukraine"
                         r"(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:fighting|deployed)\s+"
                         r"(?!for\s+(?:his|her|their)\s+li(?:fe|ves)\b)(?:in|on|near|at|for|with)\b)\b"),
    )
)
#: home from the war, with a cue of it: "returned home from the front", "came back home after
#: being discharged", "return home from Russian army"; not "returned to the front", not a
#: bare "returned home"; dated as an "other" event, not a capture
HOME_RETURN = re.compile(
    r"\b(?:returned|returns?|returning|came\s+back|comes?\s+back|"
    r"(?:is|are|was|were)\s+back)\s+(?:safely\s+)?(?:home|to\s+(?:his|her|"
    r"their)\s+(?:family|families|village|hometown)|to\s+(?:India|Nepal|"
    r"Cuba|Kenya|[A-Z][a-z]+stan|Sri\s+Lanka))\b(?:[^.;:]{0,50}?\b(?:from\s+"
    r"(?:the\s+)?(?:war|front(?:\s+line)?|frontline|battlefield|war\s+zone|"
    r"Russia|Russian\s+(?:army|military|forces)|Ukraine|army|captivity)|"
    r"after\s+(?:being\s+|he\s+was\s+|they\s+were\s+)?(?:discharged|"
    r"demobili[sz]ed|released|rescued|freed|evacuated)))\b|"
    # "was discharged from the Russian army in May and returned home to Punjab"
    r"\bdischarged\s+from\s+(?:the\s+)?(?:Russian\s+)?(?:army|military|service)\b"
    r"[^.;:]{0,60}?\b(?:returned|came\s+back|flew\s+back|went\s+back)\s+home\b|"
    r"\b(?:returned|came\s+back)\s+from\s+(?:the\s+)?(?:war|front(?:\s+line)?|"
    r"frontline|battlefield|war\s+zone|Russian\s+army)\b"
    r"(?!\s+(?:on|for)\s+(?:leave|vacation|holiday))", _I)
#: a plural predicate: its status goes to everyone named in its sentence
_PLURAL = re.compile(r"\b(?:were|are|both|all|neither|have\s+been|brothers|twins|they|citizens|"
                     r"nationals|men|soldiers|servicemen|fighters|recruits|mercenaries|people|residents|"
                     r"natives|volunteers|convicts|prisoners|conscripts|officers|sailors|"
                     r"paratroopers|marines|sons|hundreds|dozens|scores|thousands)\b"
                     r"[^.]{0,40}$", _I)
#: things, not people, destroyed or eliminated before the verb in its sentence ("the tank was
#: destroyed near …", "his house was destroyed in shelling")
_THINGS = re.compile(r"\b(?:tanks?|vehicles?|equipment|houses?|homes?|buildings?|bridges?|"
                     r"schools?|cars?|trucks?|depots?|positions?|guns?|howitzers?|drones?|"
                     r"aircraft|helicopters?|planes?|systems?|launchers?|warehouses?|"
                     r"threats?|bases?|villages?|towns?|targets?|compan(?:y|ies)|firms?|"
                     r"business(?:es)?|enterprises?|organi[sz]ations?|debts?|funds?|"
                     r"accounts?|banks?|factor(?:y|ies)|plants?|shops?|stores?)\b"
                     r"[^.;!?\n]{0,40}$", _I)
#: right before the verb, a thing's relative pronoun or unnamed men in the plural: "a firm
#: that was liquidated in 2019", "two enemy snipers were eliminated by his unit"
_UNNAMED_BEFORE = re.compile(r"\b(?:that|which)\s+$|\b(?:snipers|soldiers|troops|militants|"
                             r"fighters|occupiers|invaders|mercenaries|servicemen|personnel|"
                             r"enemies|gunmen|crews?|groups?|units?)\s+(?:\w+\s+)?$", _I)
#: the other side's verbs of killing: of a thing when :data:`_THINGS` precede them
_ENEMY_KILLED = re.compile(r"liquidated|eliminated|destroyed|neutrali[sz]ed", _I)
_DIED_OF_WOUNDS = re.compile(r"\bdied\s+(?:of|from)\s+(?:his\s+|her\s+)?wounds\b", _I)


#: an exchange is a prisoners' exchange only with a captivity cue in its sentence or the one
#: before ("captured in May … and exchanged in June"; "in an exchange of prisoners")
_EXCHANGE = re.compile(r"\bexchang", _I)
_CAPTIVITY = re.compile(r"\b(?:captur\w*|captiv\w*|prisoners?|POWs?|swap\w*|taken\s+prisoner)\b",
                        _I)


def _sentence_and_before(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around start…end and of the sentence before it."""
    ends = [m.end() for m in SPACED_STOP.finditer(text, 0, start)]
    return ends[-2] if len(ends) > 1 else 0, sentence_end(text, end, SPACED_STOP, with_stop=True)


#: a death not confirmed: "his death has not been confirmed", "death is yet to be verified"
_UNCONFIRMED = re.compile(rf"\s+(?:has|have|had|is|was|were)\s*{NOT_YET}"
                          r"(?:confirmed|verified|established)\b", _I)


#: one prisoner named by the noun right before his name: "The prisoner, Oleg Markov, 24,
#: said …", "a captured prisoner Ivan Orlov" (not a prisoner exchange, nor the plural)
_PRISONER_NAMED = re.compile(r"\b(?:(?:the|a|one|another|this)\s+(?:[\w-]+\s+){0,2}?)?"
                             r"prisoner(?=,?\s+(?-i:[A-Z][a-z]))", _I)
#: a text of convicts recruited from prisons: there "the prisoner" is a convict, not a captive
_CONVICTS = re.compile(r"\b(?:convicts?|inmates?|penal|(?:prison|penal)\s+colon\w+|prisons?|"
                       r"jail\w*|sentenced|sentences?|serving\s+time|Storm[- ]?Z)\b", _I)


#: the rest of a list's heading: "Returned in the exchange:\n1. …" names the people returned
_LIST_HEADING = re.compile(r"[^.!?\n:]{0,60}:[ \t]*\n")


#: a count of prisoners taken ("took two prisoners"), not one man taken prisoner
_TOOK_PRISONERS = re.compile(r"(?:took|take|takes|taking)\s+.*\b(?:prisoners|captives)", _I | re.S)
#: … whose subject is a named man ("Sergeant Oleg Ivanov, who took …", "Ivanov took …"): he is
#: the captor
_CAPTOR_SUBJECT = re.compile(r"(?:\bwho\s+(?:had\s+|has\s+|once\s+|personally\s+)?|"
                             r"\b[A-Z][a-z]+\s+(?!(?:Brigade|Regiment|Battalion|Division|Forces|"
                             r"Army|Corps|Guards?|Group|Unit|Company|Troops|Service|Navy|"
                             r"Detachment|Squadron|Fleet|Marines)\b)[A-Z][a-z]+"
                             r"(?:,\s*\d{2},)?\s+(?:had\s+|"
                             r"personally\s+|once\s+)?)$")


#: a capitalised subject of "fell" ("Roman fell on February 27"), and a Slavic surname's end
_NAMED_FELL = re.compile(r"((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)" + _SET_OFF
                         + r"\s+(?:\w+\s+)?fell\b")
_SLAVIC_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|ski|skiy|enko|uk|yuk|ich|vich|ova|eva|"
                             r"ina|aya)$")


def _one_named_fell(cue: str) -> bool:
    """A "fell" cue whose subject is a capitalised word is a man's only when the word is a
    name: a given name the dictionary knows or a Slavic surname ("Roman fell", "Belousov
    fell"; not "Temperatures fell")."""
    from headcount.extract.en_names import latin_given

    m = _NAMED_FELL.match(cue)
    if m is None or m.group(1).lower() in ("he", "she", "who"):
        return True
    return any(latin_given(w) or _SLAVIC_SURNAME.search(w.lower()) for w in m.group(1).split())


def find_status(text: str) -> list[Fact]:
    out: list[Fact] = []
    for status, pattern in STATUS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            if status is Status.WOUNDED and _DIED_OF_WOUNDS.search(
                    text[max(0, m.start() - 20) : m.end()]):
                continue
            if status is Status.KILLED and (_UNCONFIRMED.match(text, m.end()) or re.search(
                    r"\bunconfirmed\s+(?:reports?\s+of\s+(?:his\s+|her\s+)?)?$",
                    text[max(0, m.start() - 30) : m.start()], _I)):
                continue  # "his death has not been confirmed": missing, no death yet
            if status is Status.KILLED and _ENEMY_KILLED.search(m.group(0)) and (
                    _THINGS.search(text, max(0, m.start() - 60), m.start())
                    or _UNNAMED_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue  # "the tank was destroyed near Avdiivka", "a firm that was liquidated"
            if status is Status.KILLED and re.match(r"\s+(?:nobody|no\s+one|none)\b", text[
                    m.end():], _I):
                continue  # "the shell fell short and killed nobody"
            if status is Status.KILLED and not _one_named_fell(m.group(0)):
                continue  # "Temperatures fell on Monday", "Prices fell on 3 March"
            if status is Status.WOUNDED and cared_for_en(text, m.start(), m.end()):
                continue  # "visited the wounded", "helping to evacuate the wounded"
            if status is Status.CAPTURED and _TOOK_PRISONERS.fullmatch(m.group(0)) and \
                    _CAPTOR_SUBJECT.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Oleg Ivanov, who took two prisoners near Bakhmut": the captor
            if status is Status.RETURNED and _EXCHANGE.search(m.group(0)) and not (
                    _CAPTIVITY.search(text, *_sentence_and_before(text, m.start(), m.end()))
                    or _LIST_HEADING.match(text, m.end())):
                continue  # "exchanged phone numbers", "returned after a student exchange"
            plural = bool(_PLURAL.search(text[max(0, m.start() - 60) : m.start()]))
            start = m.start()
            if status is Status.KILLED and m.group(0).endswith("fell"):
                # "Ivan Sidorov, 34, fell": the cue is the verb, not the subject before it
                start = m.end() - len("fell")
            out.append(Fact("status", status, start, m.end(), {"plural": plural}))
    if not _CONVICTS.search(text):
        for m in _PRISONER_NAMED.finditer(text):  # "The prisoner, Oleg Markov, 24, said …"
            if not any(f.start < m.end() and m.start() < f.end for f in out):
                out.append(Fact("status", Status.CAPTURED, m.start(), m.end(),
                                {"plural": False}))
    for m in HOME_RETURN.finditer(text):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            plural = bool(_PLURAL.search(text[max(0, m.start() - 60) : m.start()]))
            out.append(Fact("status", Status.RETURNED, m.start(), m.end(),
                            {"plural": plural, "home": True}))
    return out


#: rank as written (regular expression) → rank in lower case, full form
_RANKS: tuple[tuple[str, str], ...] = (
    (r"lieutenant[- ]colonel|lt\.?\s*col\.?|lt\.?-col\.?", "lieutenant colonel"),
    (r"brigadier[- ]general|brig\.?\s*gen\.?", "brigadier general"),
    (r"rear[- ]admiral|rear\s+adm\.?", "rear admiral"),
    (r"vice[- ]admiral|vice\s+adm\.?", "vice admiral"),
    (r"first\s+lieutenant|1st\s+lt\.?|1lt\.?", "first lieutenant"),
    (r"second\s+lieutenant|2nd\s+lt\.?|2lt\.?", "second lieutenant"),
    (r"private\s+first\s+class|pfc\.?", "private first class"),
    (r"master\s+sergeant|master\s+sgt\.?|m/sgt\.?", "master sergeant"),
    (r"first\s+sergeant|1st\s+sgt\.?", "first sergeant"),
    (r"sergeant\s+first\s+class|sgt\.?\s*1st\s+class|sfc\.?", "sergeant first class"),
    (r"lieutenant[- ]general|lt\.?\s*gen\.?", "lieutenant general"),
    (r"major[- ]general|maj\.?\s*gen\.?", "major general"),
    (r"colonel[- ]general|col\.?\s*gen\.?", "colonel general"),
    (r"junior\s+lieutenant|jr\.?\s*lt\.?", "junior lieutenant"),
    (r"senior\s+lieutenant|sr\.?\s*lt\.?|snr\.?\s*lt\.?", "senior lieutenant"),
    (r"junior\s+sergeant|jr\.?\s*sgt\.?|junior\s+sgt\.?", "junior sergeant"),
    (r"senior\s+sergeant|sr\.?\s*sgt\.?|senior\s+sgt\.?|snr\.?\s*sgt\.?", "senior sergeant"),
    (r"staff\s+sergeant|staff\s+sgt\.?|s/sgt\.?", "staff sergeant"),
    (r"sergeant[- ]major|sgt\.?\s*maj\.?", "sergeant major"),
    (r"senior\s+warrant\s+officer", "senior warrant officer"),
    (r"warrant\s+officer|praporshchik", "warrant officer"),
    (r"senior\s+(?:sailor|seaman)", "senior sailor"),
    (r"chief\s+petty\s+officer", "chief petty officer"),
    (r"petty\s+officer", "petty officer"),
    (r"midshipman", "midshipman"),
    (r"lance[- ]corporal|lance\s+cpl\.?|l/cpl\.?|yefreitor|efreitor|yefreytor", "lance corporal"),
    (r"corporal|cpl\.", "corporal"),
    (r"sergeant|sgt\.", "sergeant"),
    (r"lieutenant|lt\.", "lieutenant"),
    (r"captain|capt\.", "captain"),
    (r"colonel|col\.", "colonel"),
    (r"major|maj\.", "major"),
    (r"general|gen\.", "general"),
    (r"admiral|adm\.", "admiral"),
    (r"private|pvt\.|pte\.", "private"),
    (r"rifleman", "private"),
    (r"(?:sailor|seaman)", "sailor"),
)
_AMBIGUOUS = frozenset({"major", "general", "private", "captain", "sailor", "rifleman",
                        "colonel", "midshipman", "admiral"})
_RANK = re.compile(
    r"(?<![\w-])(?P<guards>(?:guards?|gv\.)\s+)?(?P<rank>"
    + "|".join(f"(?:{p})" for p, _ in _RANKS) + r")(?![\w-])", _I)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]?\.\s*|[A-Z][\w'-]+)")
#: a rank that names a street, a square or a school ("Lt. Shmidt Street", "Gen. Karbyshev
#: Avenue"): no one's rank
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]?\.\s*)*[A-Z][\w'-]+\s+(?:Street|St\.|Avenue|Ave\.|"
                           r"Prospekt|Prospect|Lane|Square|Boulevard|Blvd\.|Embankment|"
                           r"Road|Rd\.|Highway|Alley|Park|School|Academy|Station|Bridge)\b")
_RANK_BEFORE = re.compile(r"(?:\b(?:a|an|the|as|mobili[sz]ed|conscript|contract|retired|"
                          r"reserve|former|guards?|his|her)\s+|[,:(]\s*|^\s*)$", _I)
_NOT_RANK_AFTER = re.compile(r"\s+(?:military|company|companies|sector|security|business|"
                             r"clinic|school|staff|prosecutor|mobili[sz]ation|offensive|"
                             r"city|road|source|sources|donors?|individual|property|"
                             r"citizens?|life|general|part|role|reason)\b", _I)


#: "of" after a rank word naming no military body: "captain of the school football team",
#: "major of the debating club" (not "captain of the 3rd rank", "captain of police")
_MILITARY_BODY = (r"(?:battalion|company|regiment|brigade|unit|army|division|corps|fleet|navy|"
                  r"squadron|platoon|detachment|guards?|reserve|police|militia|justice|"
                  r"medical\s+service|rank)\b")
_OF_A_THING = re.compile(rf"\s+of\s+(?!(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,5}}"
                         rf"{_MILITARY_BODY})", _I)


def _rank_value(written: str) -> str:
    low = " ".join(written.lower().split())
    for pattern, value in _RANKS:
        if re.fullmatch(pattern, low):
            return value
    return low


def find_ranks(text: str) -> list[Fact]:
    out: list[Fact] = []
    for m in _RANK.finditer(text):
        written = m.group("rank")
        value = _rank_value(written)
        before = text[max(0, m.start() - 25) : m.start()]
        after = text[m.end() : m.end() + 30]
        if _NOT_RANK_AFTER.match(after) or _STREET_AFTER.match(text, m.end()):
            continue
        named = bool(_NAME_AFTER.match(after))
        lowercase_word = written[:1].islower()
        if lowercase_word and _OF_A_THING.match(text, m.end()):
            continue  # "captain of the school football team": no rank
        if value in _AMBIGUOUS or written.lower() in _AMBIGUOUS:
            if not (named and written[:1].isupper()) and not (
                    lowercase_word and (_RANK_BEFORE.search(before)
                                        and re.match(r"\s*(?:[,.;)]|$|\s+[A-Z]|\s+(?:who|in|"
                                                     r"with|from|of)\b)", after))):
                continue
        elif lowercase_word and not (named or _RANK_BEFORE.search(before)
                                     or re.match(r"\s*[,.;)]", after)):
            continue
        extra = {"guards": True} if m.group("guards") else {}
        out.append(Fact("rank", value, m.start(), m.end(), extra))
    return out


_UNIT_PATTERNS = (
    re.compile(r"\bmilitary\s+unit\s+(?:No\.?\s*)?\d{4,5}\b", _I),
    re.compile(r"\b(?:PMC\s+|the\s+)?Wagner(?:\s+(?:PMC|Group|group|private\s+military\s+company))?"
               r"|\bPMC\s+[\"“]?Wagner[\"”]?"),
    # other private military companies, as written ("PMC Redut", "the Convoy PMC")
    re.compile(r"\bPMC\s+[\"“«]?[A-Z][\w-]+[\"”»]?|\bthe\s+[A-Z][\w-]+\s+PMC\b|"
               r"[\"“«][A-Z][\w-]+[\"”»]\s+PMC\b"),
    re.compile(r"\b(?:Storm|Shtorm)[- ]?Z\b|\b(?:Storm|Shtorm)[- ]V\b"),
    re.compile(r"\bBARS(?:[- ]\d+)?\b"),
    # an ordinal and a formation noun, its kinds between or none ("the 1434th regiment",
    # "the 36th Army", "the 155th Guards Naval Infantry Brigade")
    re.compile(r"\b\d{1,4}(?:st|nd|rd|th)\s+(?:(?:separate|guards|independent|motor(?:ized)?"
               r"[- ]rifle|tank|airborne|air[- ]assault|naval\s+infantry|marine|artillery|"
               r"reconnaissance|spetsnaz|special\s+forces|combined\s+arms|mechani[sz]ed|"
               r"assault|rifle|infantry|engineer|signals?|missile)\s+)*"
               r"(?:brigade|regiment|division|battalion|army|corps)\b", _I),
    # a numbered formation named in capitals ("the 1st Slavic Brigade", "the 11th Guards
    # Kirkenes Brigade", "the 150th Idritsa-Berlin Division")
    re.compile(r"\b\d{1,4}(?:st|nd|rd|th)\s+(?:[A-Z][\w'-]+\s+){1,4}"
               r"(?:Brigade|Regiment|Division|Battalion|Army|Corps|Detachment|Fleet)\b"),
    re.compile(r"[\"“«][A-Z][\w -]{1,25}[\"”»]\s+(?:volunteer\s+)?(?:battalion|detachment|"
               r"brigade|unit|regiment)\b"),
    re.compile(r"\b(?:[A-Z][a-z]+\s+)?volunteer\s+(?:battalion|detachment)\s+(?:[\"“«][^\"”»]+"
               r"[\"”»]|[A-Z][a-z]+)"),
    re.compile(r"\b(?:[A-Z][a-z]+\s+)?(?:battalion|detachment)\s+(?:[\"“«][^\"”»]+[\"”»])"),
    re.compile(r"\b(?:[A-Z][a-z]+)\s+(?:volunteer\s+)?battalion\b(?<!\bThe\sbattalion)"),
    # a named volunteer formation, its name first ("the Ratnik volunteer detachment")
    re.compile(r"\b(?!(?:The|A|An|His|Her|Their|This|That|Our|Its|Each|Every|Russian|Ukrainian|"
               r"Volunteer)\s)[A-Z][a-z]+\s+volunteer\s+(?:detachment|unit|brigade|corps|"
               r"regiment|formation)\b"),
    re.compile(r"\bAkhmat\b|\bPyatnashka\b|\bSparta\b|\bSomalia\s+battalion\b"),
)
#: a formation of Ukraine's forces, named so
_UKRAINES = re.compile(r"\b(?:Ukraine's|Ukrainian|Kyiv's)\s+(?:army's\s+|military's\s+)?$", _I)
#: serving in a formation: it is the person's, whichever side
_SERVED_IN = re.compile(r"\b(?:served|serving|serves|fought|fighting|enlisted|mobili[sz]ed)\b"
                        r"[^.;!?]{0,40}$", _I)
#: a formation that took the man prisoner or that he surrendered to: "soldiers of the 3rd
#: Assault Brigade captured …", "surrendered to fighters of the 47th Brigade", "captured by the
#: 93rd Brigade", "gave himself up to the 92nd Brigade" — the captors', not his (a captive's
#: own unit "was captured" is his)
_CAPTORS_BEFORE = re.compile(
    r"(?:\b(?:surrender\w*(?:\s+(?:himself|themselves))?|captured|taken\s+(?:prisoner|captive)|"
    # "gave himself up to the 92nd Brigade", "handed himself over to"
    r"(?:gave|giving|gives)\s+(?:himself|themselves)\s+up|"
    r"hand(?:ed|ing|s)\s+(?:himself|themselves)\s+over|"
    r"held|prisoner)\s+(?:to|by|of)\s+"
    r"(?:the\s+)?(?:(?:soldiers|troops|fighters|servicemen|units?|men|marines|paratroopers|"
    r"scouts|members)\s+of\s+(?:the\s+)?)?|"
    r"\b(?:soldiers|troops|fighters|servicemen|units|men|marines|paratroopers|scouts|members|"
    r"operators)\s+of\s+(?:the\s+)?)$", _I)
_NOT_UNIT_WORD = frozenset({"The", "A", "His", "Her", "Their", "This", "That", "Each", "Every",
                            "Our", "Its", "Ukrainian", "Russian", "Volunteer", "Assault",
                            "Storm"})


def find_units(text: str) -> list[Fact]:
    out: list[Fact] = []
    for pattern in _UNIT_PATTERNS:
        for m in pattern.finditer(text):
            value = m.group(0).strip()
            first = value.split()[0]
            if first in _NOT_UNIT_WORD and len(value.split()) > 1 and not value.startswith(
                    ("Storm", "The Wagner")):
                value = value[len(first):].strip()
            if value.lower().startswith("the "):
                value = value[4:]
            # a descriptor in lower case is no part of the name ("the Wagner group", "the
            # Wagner private military company" → Wagner); "the Wagner Group" is its name
            value = re.sub(r"\s+(?:group|private\s+military\s+company)$", "", value)
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in out):
                continue
            if re.search(r"\bUkrain|\bAzov\b|\bZSU\b", value):
                continue
            if _UKRAINES.search(text, max(0, m.start() - 25), m.start()) and not \
                    _SERVED_IN.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Ukraine's 47th Mechanized Brigade says it captured …": the other side
            if _captors(text, m.start(), m.end()):
                continue  # "soldiers of the 3rd Assault Brigade captured …": the captors'
            out.append(Fact("unit", value, m.start(), m.end()))
    return _fullest_wagner(out)


#: the verb right after the captors' formation (its namesake skipped); a place captured is no
#: captive taken ("captured the village of Pavlivka", "captured Russian positions")
_TOOK_AFTER = re.compile(r"\s*(?:captured(?!\s+(?:(?:the|a|an|two|three|several|\w+'s|Russian|"
                         r"enemy|Ukrainian)\s+)?(?:\w+\s+)?(?:village|town|city|settlement|hamlet|"
                         r"outskirts|positions?|heights?|hill|trench\w*|strongholds?|"
                         r"strongpoints?|territory|area|bridgehead|district|station|airfield|"
                         r"railway|road|forest|plant|factory|mine|square\s+kilomet\w+)\b)|"
                         r"took\s+[^.;!?]{0,60}?\b(?:prisoners?|captives?)|"
                         r"detained|interrogated)\b", _I)


def _captors(text: str, start: int, end: int) -> bool:
    """The formation at ``start:end`` took the man prisoner, or he surrendered to it."""
    if _SERVED_IN.search(text, max(0, start - 60), start):
        return False
    before = _CAPTORS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    if before.group(0).lower().startswith(("surrender", "captured", "taken", "held", "prisoner",
                                           "gave", "giving", "gives", "hand")):
        return True
    return _TOOK_AFTER.match(text, past_namesake(text, end)) is not None


#: the company's full names, as written
_WAGNER_FULL = ("Wagner Group", "Wagner PMC", "PMC Wagner")


def _fullest_wagner(units: list[Fact]) -> list[Fact]:
    """"Wagner fighter …", "fighting for the Wagner Group", "joined Wagner": a text that
    writes the group's full name once ("Wagner Group", "the Wagner PMC", "PMC Wagner") has it
    for every bare "Wagner"."""
    full = next((f.value for f in units if f.value in _WAGNER_FULL), None)
    if full is None:
        return units
    return [Fact(f.field, full, f.start, f.end, f.extra) if f.value == "Wagner"
            else f for f in units]


_CHANNELS: tuple[tuple[Channel, re.Pattern[str]], ...] = tuple(
    (c, re.compile(p, _I))
    for c, p in (
        (Channel.PRISONER, r"\b(?:convicts?|inmates?|prisoners?\s+recruited|"
                           r"recruited\s+(?:\w+\s+){0,3}(?:in|from)\s+(?:a\s+|the\s+)?"
                           r"(?:prison|penal\s+colony|colony|jail)|Storm[- ]?Z|Storm[- ]V|"
                           r"(?:in\s+exchange\s+for|promised)\s+(?:a\s+)?pardon|pardoned|"
                           r"serving\s+(?:a\s+)?(?:\d+|\w+)[- ]years?\s+(?:sentence|term|for)|"
                           r"serving\s+(?:a\s+|his\s+|her\s+)?(?:prison\s+|jail\s+)?"
                           r"(?:sentence|term|time)|recruited\s+(?:\w+\s+){0,2}(?:in|from)\s+"
                           r"(?:a\s+)?(?:prison|jail)|"
                           # taken to the war from a prison ("taken from penal colony IK-6 to
                           # Wagner", "took him out of a penal colony"), not released from one
                           r"(?<!released\s)(?<!freed\s)(?<!release\s)(?<!discharged\s)"
                           r"(?<!getting\s)(?<!got\s)(?<!came\s)"
                           r"(?:from|out\s+of)\s+(?:a\s+|the\s+|his\s+)?(?:penal\s+colony|"
                           r"(?:prison|correctional|penal)\s+(?:colony|facility)|prison|jail)\b"
                           r"(?!\s+(?:in|after|years?)\s+(?:19|20)\d\d))\b"),
        (Channel.PMC, r"\b(?:PMC|Wagner|private\s+military\s+company|mercenary\s+group)\b"),
        (Channel.VOLUNTEER_FORMATION, r"\b(?:volunteer\s+(?:battalion|detachment|unit|"
                                      r"formation|corps)|(?-i:BARS)|Bars[- ]\d{1,2}|"
                                      r"volunteer\s+of\s+the|"
                                      r"Akhmat|Pyatnashka|battalion\s+[\"“«])"
                                      r"|[\"“«][A-Z][\w -]+[\"”»]\s+battalion"
                                      # a battalion by a name, not a number ("the Vostok
                                      # battalion")
                                      r"|\bthe\s+(?-i:[A-Z][a-z]+)\s+(?:volunteer\s+)?battalion\b"),
        (Channel.MOBILISED, r"\b(?:mobili[sz]ed|mobili[sz]ation|called\s+up|"
                            r"drafted\s+(?:in|during)\s+(?:the\s+)?(?:partial\s+)?mobili)"),
        (Channel.CONSCRIPT, r"\b(?:conscripts?|conscript(?:ion|ed)|conscript\s+service|"
                            r"compulsory\s+(?:military\s+)?service|national\s+service|"
                            r"military\s+service\s+as\s+a\s+conscript)\b"),
        (Channel.CONTRACT, r"\b(?:(?:signed|signs|sign|signing)\s+up\s+(?:with|for|to|as|in)\b|"
                           r"(?:signed|sign|signing)\s+(?:up\s+for\s+)?(?:a\s+|the\s+|"
                           r"another\s+)?(?:[\w-]+\s+){0,2}contracts?|contract\s+(?:service|"
                           r"serviceman|servicemen|soldier|soldiers|fighter)|"
                           r"under\s+(?:a\s+)?contract|on\s+contract|contractor|"
                           r"contract\b(?=\s*[,.;)]|\s*$)|signed\s+on|enlisted|"
                           r"joined\s+the\s+(?:Russian\s+)?army|"
                           r"(?:offered|given|promised)\s+(?:him\s+|her\s+|them\s+)?(?:a\s+)?"
                           r"(?:military\s+)?contract|contract\s+with\s+the\s+(?:Russian\s+)?"
                           r"(?:army|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)|"
                           # recruited, lured by a job: a contract (a foreigner's: foreign)
                           r"(?:was|were|been|being|got)\s+recruited|recruited\s+(?:him|her|them)|"
                           r"lured|into\s+(?:signing\s+)?(?:a\s+)?contract|sign\s+up\s+as|"
                           r"(?:promised|offered)\s+(?:him\s+|her\s+|them\s+)?(?:a\s+|an\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:job|work|employment)|promises?\s+of\s+(?:a\s+|an\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:job|work|employment)|"
                           r"believing\s+(?:he|she)\s+(?:had\s+been|was|would\s+be)\s+"
                           r"(?:hired|going\s+to\s+work|employed)|hired\s+as\s+an?\s+(?:army|military)\s+"
                           r"helper)"),
        (Channel.REGULAR, r"\b(?:career\s+(?:officer|soldier|serviceman|military)|"
                          r"professional\s+(?:officer|soldier)|graduated?\s+from\s+(?:the\s+)?"
                          r"[\w\s]{0,30}(?:military\s+)?(?:academy|military\s+school)|"
                          r"graduate\s+of\s+(?:the\s+)?[\w\s]{0,40}?(?:military\s+academy|"
                          r"(?:command|military|naval|cadet)\s+(?:school|college|academy)))"),
    )
)


#: a cue denied: "was not a convict", "never signed a contract"
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:(?:a|an|the|been)\s+)?$", _I)


#: a call-up that is a conscript's, in a text about conscripts with no word of mobilisation
_CALLED_UP = re.compile(r"called\s+up", _I)
_MOBILISATION = re.compile(r"\bmobili[sz]", _I)


def find_channels(text: str) -> list[Fact]:
    out: list[Fact] = []
    for channel, pattern in _CHANNELS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            if _NEGATED.search(text, max(0, m.start() - 20), m.start()):
                continue
            if channel is Channel.PRISONER and sentenced_here(text, m.start(), m.end()):
                continue  # "a court sentenced him …; the convict": the punishment reported
            if channel is Channel.PRISONER and served_before(text, m.start(), m.end()):
                continue  # "came home from prison three years ago": a term ended before
            out.append(Fact("channel", channel, m.start(), m.end()))
    if any(f.value is Channel.CONSCRIPT for f in out) and not _MOBILISATION.search(text):
        # "a conscript … Kuzmin was called up in June 2021": his conscription
        out = [Fact(f.field, Channel.CONSCRIPT, f.start, f.end, f.extra)
               if _CALLED_UP.fullmatch(text, f.start, f.end) else f for f in out]
    return out
