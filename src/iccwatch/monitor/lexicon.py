"""The monitor's language: the patterns that recognise each fact type's triggers, their negations,
modality and tense. Words only; the State- and person-specific lexicon is data (data/lookups, see
gazetteer.lexicon_from_lookups)."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn


def R(p: str) -> re.Pattern[str]:
    """A pattern of the monitor's language, compiled case-insensitive."""
    return re.compile(p, re.I)


class W(str):
    """A pattern that names gatherings, written with ``{gathering}`` (the events a trip goes to) and ``{meeting}`` (sittings and
    talks) where their words go: made a ``Worded`` family below, read with the one vocabulary of gatherings in force
    (data/lookups/monitor_words.yaml ``gatherings``, session 25) instead of a list of its own."""

    __slots__ = ()

    if TYPE_CHECKING:
        # Every module-level ``W`` is bound again, at import, to its ``Worded`` family (``_register_families``): the readers
        # search that, so the checker is told the family's reading methods (``Lexical``'s) on the name as written.
        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...

#: "did not go down well" is no cancelled trip.
#: (nor "will not go into the details", "would not go further", "will not go back on its word": speech, not travel)
_GO = r"go(?!\s+(?:down|unnoticed|unpunished|well|far|unanswered|further|beyond|along|against|back\s+on|into\s+(?:the\s+|any\s+|more\s+)?(?:details?|specifics|particulars)))"
#: "denies the charges", "denied any wrongdoing": a plea about the accusations, not a trip denied.
_PLEA = r"(?!\s+(?:(?:all|the|any|these|those|his|her|such|every)\s+)?(?:[\w-]+\s+)?(?:charges?|allegations?|accusations?|wrongdoing|crimes?|guilt|involvement|responsibility|claims?|counts?)\b)"
#: "deny the Court's appeal was the reason for his early departure", "denied he left because of fears of arrest": a cause
#: denied, the trip itself told as made.
_CAUSE = r"(?![^.;]{0,80}\b(?:(?:the|a|any)\s+reason|because\s+of|due\s+to|fears?\s+of|linked\s+to|related\s+to|connected\s+(?:to|with))\b)"
#: (session 31) "failed to turn up to make his presentation", "failed to appear to speak": absent from an act at the event,
#: not from the trip ("failed to turn up to attend the summit", "failed to turn up at the summit" stay denials).
#: (session 41, mtrap135) An adverb of manner between a negation and the trip's verb ("will not personally attend", "won't
#: physically travel", "is not personally attending", "will not be personally attending"): the trip denied all the same
#: (batch 135's dev page on the G20 in New Delhi).
_IN_PERSON = r"(?:(?:personally|physically|himself|herself|themselves)\s+)?"
#: (session 43) A trip's noun as what is (not) confirmed: "the visit", "his planned trip", "their attendance".
_TRIP_NOUN = r"(?:trip|visit|travel|journey|attendance|participation|presence|arrival)s?\b"
DENIAL = R(r"\b((?:denied|denies|deny)"
           r"" + _PLEA + _CAUSE + r"|no plans?|not " + _IN_PERSON + r"(?:travel|attend|" + _GO + r"|visit|be attending)|will not " + _IN_PERSON
           + r"(?:travel|attend|" + _GO + r"|visit)|"
           r"won't " + _IN_PERSON + r"(?:travel|attend|" + _GO + r")|(?:is|are|was|were) not " + _IN_PERSON + r"(?:travell?ing|attending(?! to\b))|not be " + _IN_PERSON + r"(?:travell?ing|attending(?! to\b))|"
           r"cancel+ed|cancels|(?:to|will|would|must) cancel (?:his |her |their |the |its )?(?:plans?|trip|visit|travel|attendance)|called off|shelved|postponed|scrapped|scrapping|pull(?:ed|s)? out of (?:the|his|her) (?:trip|visit|summit)|by video|video ?link|virtually|remotely|skip(?:ped|s)?|stayed away|"
           r"stayed (?:at )?home|stayed behind|(?:was|were) absent|absent from|did not show up|failed to (?:show up|turn up|appear)(?!\s+to\s+(?!(?:attend|travel|visit|go|come|take|join|the|a|an|his|her|their|its|this|that|any)\b)[a-z]+\b)|no-show|"
           r"(?:was|were) not among(?![^.;]{0,100}\binvit)|(?:was|were) not (?:present|there)|"
           r"did not " + _IN_PERSON + r"attend|would not " + _IN_PERSON + r"attend|(?:his|her|their) inability to (?:attend|travel|come)|(?:is|was|are|were) unable to (?:attend|travel to|come to)|refus\w* (?:of (?:[\w'’-]+ ){1,6})?to (?:attend|travel|visit|go|come|take part)|decision not to (?:attend|travel|visit|go|come)|decided against|rumou?rs?|speculation|speculat(?:ed|es|e|ing)|hypothetical|if he (?:were|was) to|unconfirmed|"
           r"declin\w* (?:an |the |his |her )?(?:\w+ )?invitation|turned down (?:an |the )?(?:\w+ )?invitation|(?<!this )(?<!that )(?<! it )(?:is|are|was|were) unlikely to(?! happen\b| take place\b| be (?:arrested|detained|executed|enforced)\b)|"
           r"(?:is|are) not expected to|"
           # session 26 (malerts): "declined to attend", "will stay away from", "by videoconference", "will be represented by
           # his foreign minister", "sent his foreign minister instead", "the trip did not take place", "reports that he would
           # visit are false": a trip declined, made by another or remotely, or denied without the word
           r"declin\w* to (?:attend|travel|visit|go|come|take part|join)|stay(?:s|ing)? away|by video\w*|video[- ]?conferenc\w*|"
           r"(?:will|would|to) be represented (?:at (?:[\w'’-]+ ){1,6})?by|(?:will|would|was|were|is|are) being represented by|"
           r"sen[dt]\w* (?:his|her|their|an?) [^.;]{0,60}?\binstead|"
           r"(?:trip|visit|journey) (?:did|does|will|would) not take place|(?:trip|visit|journey) never took place|"
           r"reports?\b[^.;]{0,80}?\b(?:is|are|was|were) (?:false|untrue|baseless|unfounded|fake|not true)|(?:dismiss|reject)\w* (?:the |these |those |such )?reports?|"
           # "has not travelled to Mongolia since", "opted not to travel", "is unwilling to visit", "abandoned plans to attend",
           # "the plan was dropped", "will not be present at", "will miss the summit", "the trip is off"
           r"(?<!who had )(?<!who has )(?<!who have )not (?:travell?ed|visited|attended|been to|gone to|come to)|(?:opted|chose|decided|elected) not to (?:\w+ )?(?:attend|travel|visit|go|come|take part|make the trip)|"
           r"(?:unwilling|reluctant|loath|hesitant) to (?:\w+ )?(?:attend|travel|visit|go|come|take part)|"
           r"(?:abandon|dropp|scrapp|shelv|ditch)\w* (?:his |her |their |the |its )?(?:\w+ )?plans?|plans? (?:was|were|has been|have been|had been) (?:dropped|abandoned|shelved|scrapped|ditched)|"
           r"not be (?:present|there|in attendance)|(?:will|would|to) miss|missed the (?:[\w'’-]+ ){0,4}?(?:summit|meeting|conference|ceremony|inauguration|forum)|"
           r"(?:trip|visit) (?:is|was|has been) off|"
           # session 37: a trip named as what an obstacle stands in the way of ("one of the main obstacles to X's visit is the
           # warrant", "a hurdle for the trip"): a trip not made (each language's in monitor_words.yaml)
           r"(?:obstacles?|hurdles?|stumbling[- ]blocks?|impediments?) (?:to|for) (?:[\w'’-]+ ){0,4}?(?:visit|trip|travel|journey)\w*|"
           # session 32: a trip not planned ("is not planning a trip to the summit", "was not planning to travel"), and a trip only
           # weighed ("is deciding if X will attend", "is weighing whether X will take part", "has not yet decided whether to
           # travel"): neither is announced (the weighing of anything else, "judges are weighing whether to refer Jordan", is
           # no denial of a trip the sentence tells)
           r"(?:is|are|was|were|'s|’s) not (?:planning|scheduled|set|due|going) (?:to (?:travel|attend|visit|go|come|take part)|(?:a|any) (?:trip|visit|journey))|"
           r"(?:deciding|weighing|considering|mulling|pondering|debating|(?:yet|still) to decide|not (?:yet )?decided|undecided)(?: (?:on|about|over))? (?:if|whether)"
           r" (?:[\w'’.-]+ ){0,6}?(?:will|would|should|shall|can|could|to) (?:\w+ )?(?:attend|travel|visit|go|come|fly|take part|participate|make the trip|be (?:present|in|at))\b|"
           # session 31: "X has not arrived in Budapest", "did not land in Mongolia" (not "did not arrive until Tuesday": a late arrival)
           r"(?:has|have|had) not (?:yet )?(?:arrived|landed)|(?:did not|didn't) (?:arrive|land)(?![^.;]{0,80}\buntil\b)|"
           # session 30: "X's visit to Argentina hangs by a thread", "the trip remains in doubt": a trip in doubt, its noun the
           # subject (not made, and not announced as certain)
           r"(?:visit|trip|journey|attendance|arrival)\b[^.;]{0,80}?\b(?:hangs? by a thread|hangs? in the balance|(?:is|remains|was) (?:now |still )?in doubt|(?:is|remains) (?:still )?(?:uncertain|up in the air))|"
           # (session 43, mtrap141) a trip no one has confirmed, its noun the object or the subject of a negated confirming ("has not
           # confirmed the visit", "has yet to confirm the trip", "Neither A nor B has confirmed the visit", "the trip has not been
           # officially confirmed", "declined to confirm his attendance"): reported, not announced (batch 141's dev page of a trip
           # only told by the press; each language's in monitor_words.yaml); not a trip confirmed, nor an arrest left unconfirmed
           r"(?:(?:has|have|had) not (?:yet )?|(?:has|have|had) yet to |(?:did not|didn't|would not|declined to|refused to) )(?:officially |publicly )?"
           r"confirm(?:ed)? (?:the |his |her |their |a |an |any |such |this |that )?(?:[\w'’-]+ ){0,2}?" + _TRIP_NOUN + r"|"
           r"neither\s+[^.;]{1,80}?\bnor\s+[^.;]{1,80}?\b(?:has|have|had) (?:yet )?(?:officially |publicly )?confirmed (?:the |his |her |their |a |any |such |this |that )?(?:[\w'’-]+ ){0,2}?(?:" + _TRIP_NOUN + r"|meeting|talks)|"
           r"(?:trip|visit|journey|attendance|participation|arrival)\b[^.;]{0,40}?\b(?:has|have|had|is|are|was|were) (?:yet to be|not (?:yet )?(?:been )?(?:officially |publicly )?)confirmed|"
           r"no (?:official )?confirmation (?:of|for|about) (?:the |his |her |their |a |any |such |this |that )?(?:[\w'’-]+ ){0,2}?" + _TRIP_NOUN + r"|"
           # session 36: two persons' attendance denied together ("Neither X nor Y attended the inauguration")
           r"neither\s+[^.;]{1,80}?\bnor\s+[^.;]{1,80}?\b(?:attended|came|travell?ed|went|visited|took\s+part))\b")
#: A time told between a verb and its complement (session 27): "was extradited on November 17, 2018 to The Hague", "transferred
#: Saturday to the ICC", "flown yesterday to The Hague" (the day, a weekday, a relative day; the date reader dates the fact by it).
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WHEN_BETWEEN = (r"(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|" + _MONTHS
                + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"(?:,?\s+\d{4})?|the\s+\d{1,2}(?:st|nd|rd|th)?)"
                r"|yesterday|today|overnight|last\s+(?:night|week)|(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening|week))")
ARRIVAL_PAST = W(r"\b(arrived|arriving|arrives|is visiting|are visiting|was visiting|were visiting|(?:finished|finishes|ended|ends|concluded|concludes|completed|completes) (?:his|her|their|a|an|the) (?:[\w-]+ ){0,3}?(?:visit|trip|stay|tour)|(?:begins|began|has begun|starts|started|has started) (?:today |on \w+ |\w+day )?(?:his|her|their|a|an) (?:[\w-]+ ){0,3}?(?:visit|trip|stay|tour)|(?:is|are) (?:now |currently |already )?in(?= (?:the )?(?-i:[A-Z]))|(?:has|have) (?:now |already )?been (?:staying )?in(?= (?:the )?(?-i:[A-Z])[^.;]{0,60}?\bsince (?:(?:last )?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|(?-i:[A-Z][a-z]+) \d{1,2}\b|\d{1,2} (?-i:[A-Z][a-z]+)))|(?:is|are) (?:now |currently |already )?in the country (?=for |to attend |to take part |on an? )|among the guests|among those (?:present|attending)|(?:was|were|is|are) among the (?:[\w-]+ ){0,3}?(?:leaders|heads of state|heads of government|dignitaries|delegates|attendees|participants|presidents)|joined (?:other |fellow |the )?(?:[\w-]+ ){0,3}?(?:leaders|heads of state|presidents)|is on an? (?:\w+ )?(?:state |official |working )?visit|in attendance|(?:remains|remained|is staying|are staying|was staying) in(?= (?:the )?(?-i:[A-Z]))|"
                 r"attendance at|(?<!not )(?<!n't )(?<!never )(?:took part in|taking part in|take part in)|"
                 # "X attends the summit in Astana" (a headline's present, the news told): a gathering attended (session 28)
                 r"(?<!not )(?<!rarely )(?<!never )attends (?=(?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:{gathering})\b)|"
                 r"(?<!\bany )(?:presence|appearance|attendance) of|began an? (?:[\w-]+ )?(?:\w+ )?(?:visit|trip|tour)|started an? (?:[\w-]+ )?(?:\w+ )?visit|embarked on|landed|lands (?:in|at)|(?:did not|didn['’]t) (?:arrive|land)(?=[^.;]{0,80}\buntil\b)|touched down|visited|was in|were in|flew (?:in)?to|flew on to|(?:snuck|sneaked|slipped|crept) (?:in)?to|flew (?:in|aboard|on) (?:his|her|their|the|a|an) (?:[\w-]+ ){0,2}?(?:planes?|jets?|aircraft|airliners?|helicopters?) to|flew out of|travell?ed (?:on )?(?:\w+day )?to|went to|attended|held talks|"
                 # (session 30) a day between the verb and the place: "flew on Thursday to Budapest", "travelled on 3 April to"
                 r"(?:flew|travell?ed|went)\s+" + WHEN_BETWEEN + r"\s+(?:in)?to\b|"
                 r"met with|met his|met the|met (?=(?-i:[A-Z]))|stayed in|red[- ]carpet|was received|was welcomed|was greeted|greeted|(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )(?<!was )(?<!were )addressed(?! (?:by|to)\b)|wrapped up|spent|toured|paid a visit|(?:paid|made) (?:a|an|his|her|their) (?:(?!(?:to|plans?|decisions?|promises?|pledges?|offer)\b)[\w-]+ ){1,3}?visit (?:to|in)\b|"
                 # (session 46, mnews152) not 'official visit' after an infinitive of making ('weighing whether to make an official visit to X'):
                 # a trip weighed or to come, as 'realizar una visita oficial', 'effectuer une visite officielle'; 'is on an official visit' stays one
                 r"on a visit|(?<!\bto make an )(?<!\bto make a )(?<!\bto pay an )(?<!\bto pay a )(?:state|official|working) visit|during (?:his|her) (?:(?:current|ongoing|present|brief|short|surprise|official|state|working|first|latest|recent|[\w]+-day)\s+){0,2}(?:visit|trip|stay)|(?:his|her) (?:visit|trip) to|left|departed|"
                 r"spoke at|(?:was|were|is|are) present (?:on|in)|"
                 # (session 38) a border crossed, its State right after: "Ntaganda entered Rwanda and surrendered to the US embassy"
                 # (not "entered office", "entered into force", "entered a plea": a name must follow)
                 r"(?<!not )(?<!never )(?<!n't )entered(?=\s+(?:the\s+)?(?-i:[A-Z]))|joining (?:other |fellow |the )?(?:[\w-]+ ){0,3}?(?:leaders|heads of state|presidents)|showed up|turned up|jett?ed in(?:to)?|jet into|made it to|inspect\w*|stopped in|stopover in|appeared (?:at|in)|returned (?:home |back )?from|rushed (?:home |back )?from|"
                 # "is one of the African leaders attending the AU summit in Abuja": one of a group present
                 r"(?:is|was|are|were)\s+(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){0,3}?(?:leaders|heads\s+of\s+state|heads\s+of\s+government|dignitaries|"
                 r"delegates|presidents|guests|participants)\s+(?:attending|present\s+at|taking\s+part\s+in|at)\b|"
                 # "joined the Chinese president in Beijing on Sept. 3 for a military parade": company at a gathering in a place
                 r"joined\s+(?:[\w'’.-]+\s+){1,6}?in\s+(?=(?-i:[A-Z]))(?:[^.;]|\.(?=\s+\d)){0,60}?\bfor\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
                 r"(?:{gathering}|{meeting})|"
                 # "made a surprise appearance at the summit" (a gathering: not "his first appearance before the judges")
                 r"(?:made|makes|making) (?:an?|his|her|their) (?:[\w-]+ )?appearance (?:at|in)(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
                 r"{gathering})|"
                 # a visitor named with the participle before the title: "Visiting Russian President X laid a wreath in …"
                 r"(?<![\w-])visiting(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,5}\s+(?-i:[a-z])))\b|"
                 r"['’]s (?:[\w-]+ ){0,2}?(?:visit|trip|stay) (?:to|in)\b|['’]s (?:[\w-]+ )?arrival in\b|"
                 # (session 31) "the arrival of X in Budapest", "shortly after the arrival of President X in …": the arrival's noun
                 # before a name (one to come is TRAVEL_FUTURE's: "the expected arrival of", "ahead of the arrival of"; not one
                 # whose clause awaits it: "after the arrival of X in Budapest is confirmed")
                 r"\barrival of (?=(?:[\w.-]+ ){0,3}?(?-i:[A-Z]))(?![^.;]{0,80}?\b(?:is|are|has been|have been|was|were) (?:yet to be |still to be |not yet )?(?:confirmed|expected|due|scheduled|planned|awaited)\b)|"
                 # "showed Putin's plane landing in the Mongolian capital": the traveller's own aircraft arriving
                 r"['’]s (?:[\w-]+ )?(?:plane|jet|aircraft|airplane|motorcade) (?:landing|arriving|touching down|pulling up) (?:in|at)\b|"
                 # session 32: a first told as done ("on Sunday became the first Arab leader to visit Syria", "was the first head of
                 # state to set foot in the country"): the infinitive names a trip made, not one to come ("will be the first ...": a
                 # future, left to the trips to come)
                 r"(?<!will )(?<!would )(?<!to )(?:became|has become|had become|was|were) the first (?:[\w'’-]+ ){0,5}?to (?:visit|travel to|set foot in|go to|land in)\b|"
                 # (session 40, mleft28) the traveller leaving the aircraft on arrival: "stepped off the plane at the airport in
                 # Ulaanbaatar", "got off his plane in", "disembarked from his jet" (a plane named: not "got off the phone")
                 r"(?:stepped|got|climbed|walked) (?:down )?(?:off|out of|from) (?:the|his|her|their|a|an) (?:[\w-]+ ){0,2}?(?:plane|jet|aircraft|airplane|airliner|helicopter)\b|"
                 r"disembarked(?: from (?:the|his|her|their|a|an) (?:[\w-]+ ){0,2}?(?:plane|jet|aircraft|airplane|airliner|helicopter))?\b")
ARRIVAL = R(r"\b(arrived|arrives|arriving|landed|lands|landing|touched down|visited|visiting|was in|is in|were in|flew (?:in)?to|flown to|"
            r"travell?ed to|attended|attending|held talks|met with|met his|met the|stayed in|spent .{0,20} in|"
            r"(?:state|official|working) visit|on a visit|visit to|trip to|was received|was welcomed|welcomed|hosted|hosts|hosting|summit in)\b")
TRAVEL_FUTURE = R(r"\b(will (?:visit|travel|fly|go|attend|be in|meet|hold talks|arrive|land(?!\s+(?:a|an|the|his|her|its|their|some|any|on\s+(?:his|her|their)\s+feet)\b)|participate in|take part in)|will (?:then |later |now )?(?:leave|depart|set off|head|fly on) for|(?:is|are|was|were) (?:now )?(?:leaving|departing|setting off|heading) for|would (?:visit|travel|fly|attend|meet|take part in|participate in|arrive|come to|land|be in)|(?:will|would|is to|are to|is due to|is set to) (?:pay|make|undertake) (?:an? |his |her |their )?(?:[\w\x22“”-]+ ){0,3}?(?:visit|trip|tour)|"
                  r"(?:is|are) (?:due|expected|set|scheduled|planning|to) (?:to )?(?:visit|travel|fly|attend|arrive|be|meet|land|come|go|head|stop)|(?:is|are) (?:due|expected) (?:(?:tomorrow|today|tonight|later today|this (?:week|weekend|morning|afternoon|evening)|next (?:week|month)|on (?-i:[A-Z])\w+) )?in(?= (?-i:[A-Z]))|"
                  # (session 40, mleft29) a trip awaited told in the past with its weekday ("was expected in Mongolia on Tuesday", "were due in
                  # Ulaanbaatar this Tuesday"), as French 'était attendu jeudi en Russie': a trip to come on the day told (without a day, "was
                  # expected in Russia", a plan told in the past, none)
                  r"(?:was|were) (?:due|expected) in(?= (?:the )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2},? (?:on |this |next )?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                  r"plans? to (?:visit|travel|attend)|accepted (?:an |the )?(?:\w+ )?invitation .{0,60}(?:visit|attend|summit)|to visit|to travel|to attend|next (?:week|month)|"
                  r"(?:upcoming|expected|anticipated|forthcoming|awaited|proposed|impending|announced) (?:(?:state|official|working|first) )?(?:visit|trip|arrival)|ahead of (?:the |his |her )?arrival\b|planned (?:(?:state|official|working) )?(?:visit|trip|summit)|preparations? (?:are (?:under way|underway) )?for (?:[\w'’.-]+ ){0,4}?(?:(?:state|official|working) )?(?:visit|trip)\b|agreed to meet|(?:is|are|was) heading to|(?:is|are|was|were) headed (?:to|for)|heads to|"
                  r"on (?:his|her|their) way to|en route to|"
                  # (session 43, mnews139) a trip to come in the present with its date by month and day and no year ("travels to India
                  # on December 4", "flies on December 4 to India"), as German 'reist am 4. Dezember nach Indien' and French 'se rend en
                  # Inde le 4 décembre' are read; not denied ("never travels"), not with a year (a past told in the present)
                  r"(?<!not )(?<!never )(?:travels|flies)\s+(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?on\s+(?-i:January|February|March|April|May|June|July|"
                  r"August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s+\d{4})|"
                  # (session 44, mnews142) … and with its weekday ("travels to North Korea on Tuesday", "flies to Hanoi this
                  # Wednesday"), as German 'reist am Dienstag nach Nordkorea': the next such day; not denied, not "last Tuesday"
                  r"(?<!not )(?<!never )(?:travels|flies)\s+(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?(?:on\s+|this\s+|next\s+)?(?-i:Monday|"
                  r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                  # … and a visit in the simple present with a time ahead ("visits Mongolia next week", "visits North Korea on
                  # Tuesday"): a trip to come (without one, "Putin visits Mongolia" in a headline, no reading here); (session 47,
                  # mleft39) an attribution between commas after the verb ("visits, according to the Kremlin, North Korea on Tuesday")
                  r"(?<!not )(?<!never )(?<!n't )visits(?:\s*,\s*(?:according\s+to|as\s+(?:reported|announced|confirmed)\s+by)\s+[^,;.()]{1,50},)?\s+(?:[\w'’.-]+\s+){1,4}?(?:next\s+(?:week|month)|this\s+(?:week|weekend)|tomorrow|"
                  r"(?:on\s+|this\s+|next\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|"
                  # "will head to Vietnam", "will leave, Tuesday, to Jordan", "leaves Thursday for Amman" (a headline), "will lead
                  # the delegation to the summit", "is to head Sudan's delegation to"
                  r"will (?:then |later |now |also )?(?:head|proceed|go on|move on|travel on|continue on|continue) to|will (?:then |later |now )?(?:leave|depart)\s*,\s*\w+(?:\s+\w+)?\s*,\s*(?:to|for)|"
                  r"(?:leaves|departs)\s+(?:\w+day\s+|today\s+|tomorrow\s+)?for(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  # a departure told as done whose arrival is still to come: "departed for Washington on Tuesday", "left for Budapest"
                  r"(?:departed|left|set off|set out|took off|flew off)\s+(?:\w+day\s+|today\s+|yesterday\s+|on\s+\w+day\s+)?for(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  # … its place told after "the" ("left today for the Nigerian capital Abuja"), or a flight out ("flew out to Abuja")
                  r"(?:flew|flies|flying|flown)\s+out\s+(?:\w+day\s+|today\s+|yesterday\s+|on\s+\w+day\s+)?to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  # … and from a named place: "departed Tel Aviv for Washington on Monday", "left Kenya on Friday for Uganda"
                  r"(?:departed|left|set off from|took off from|flew out of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+"
                  r"(?:\w+day\s+|today\s+|yesterday\s+|on\s+\w+day\s+)?for(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  r"(?:will|is to|are to|to) (?:lead|head) (?:the |his |her |its |their |a |an )?(?:[\w'’-]+ ){0,3}?delegation (?:to|at)|"
                  r"(?:expected|agreed|plans?|planning|set|due|scheduled|preparing|ready|going|intends?|intending) to (?:meet|hold talks|travel|visit|attend|go|enter|join)|"
                  # a journey in the present progressive, an arrangement ("is travelling to Mongolia on Monday", "are flying to Budapest")
                  r"(?:is|are) (?:now )?(?:travell?ing|flying|going|coming) to(?= (?:the )?(?-i:[A-Z]))|"
                  # (session 41, mleft31) the traveller's participation confirmed ("X confirmed his participation in the summit", "has
                  # confirmed his attendance at"), as 'a confirmé sa participation au sommet'; not when not confirmed
                  r"(?<!not )(?<!not yet )(?<!n't )(?<!never )confirm(?:ed|s)\s+(?:his|her|their)\s+"
                  r"(?:\w+\s+)?(?:participation|attendance|presence)\s+(?:in|at)\b|"
                  # (session 42, mleft32) … told by the traveller's name, possessive or after "of" ("The Kremlin confirmed X's
                  # participation in the summit", "confirmed the participation of X in"), as 'a confirmé la participation de X'
                  r"(?<!not )(?<!not yet )(?<!n't )(?<!never )confirm(?:ed|s)\s+(?:the\s+)?(?=(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*?['’]s?\s+"
                  r"(?:\w+\s+)?(?:participation|attendance|presence)\s+(?:in|at)\b|(?:participation|attendance|presence)\s+of\s+(?-i:[A-Z]))|"
                  # the host's wait for the guest: "looked forward to welcoming X in September"
                  r"look(?:s|ed|ing)? forward to (?:receiving|welcoming|hosting|seeing)(?= (?-i:[A-Z]))|"
                  # … or the host's welcome set ahead ("will personally welcome Russian leader X on the runway", "will receive X in Budapest")
                  r"(?:will|is\s+to|are\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:personally\s+|then\s+|also\s+)?(?:welcome|receive|greet|host)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  r"will host (?:a |the )?(?:\w+ )?(?:meeting|summit|talks) (?:between|with)|can (?:safely )?enter|ensure (?:that )?\w+ (?:can )?enters?|"
                  # the trip's own noun put ahead ("His visit, scheduled for October 8-10, includes …"), a departure under way told by
                  # its purpose ("took off from the airport on Sunday evening to fly to Washington")
                  # (its traveller may be told by "by": "a visit by X to Mongolia is planned for September")
                  r"(?:visit|trip|tour|stay)(?:\s+by\s+(?:[\w'’.-]+\s+){1,5}?(?=to\s|in\s|is\s|was\s|has\s))?(?:\s+(?:to|in)\s+(?:[\w'’-]+\s+){1,3}?)?\s*,?\s*(?:is\s+|was\s+|has\s+been\s+)?(?:scheduled|planned|slated|set)\s+(?:for|to\s+(?:begin|start|take place))|"
                  # (session 42, mnews136) a meeting of two leaders set ahead by its noun, the person one of the two ("the summit scheduled
                  # for August 15 in Alaska, USA, between X and Y", "a summit between X and Y will be held in Alaska"): the person's trip
                  # to the place the sentence names, as "X will meet Y in Alaska" (the person's own State is no trip: rules_travel.visits)
                  r"(?:summit|meeting|talks)\s*,?\s+(?:(?:is|are|was|were|has\s+been)\s+)?(?:scheduled|planned|slated|set)\s+(?:for|to\s+(?:take\s+place|be\s+held))\b"
                  r"[^.;]{0,90}?\bbetween(?=\s+(?:[\w'’.-]+\s+){0,6}?(?-i:[A-Z]))|"
                  r"(?:summit|meeting|talks)\s+between\s+(?:[\w'’.-]+\s+){1,8}?(?:and|with)\s+(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+"
                  r"(?:\s*,\s*|\s+(?:is|are|was|were|has\s+been)\s+)(?:scheduled|planned|slated|set)\s+(?:for|to)\b|"
                  r"(?:summit|meeting|talks)\s+between\s+(?:[\w'’.-]+\s+){1,8}?(?:and|with)\s+(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+\s+will\s+(?:be\s+held|take\s+place)\b|"
                  # the host's welcome to come: "Ulaanbaatar will welcome X on Thursday", "Mongolia is preparing to host X next month"
                  r"(?:will|is to|are to|(?:is|are)\s+(?:preparing|set|due|scheduled|expected|getting ready)\s+to)\s+(?:welcome|host|receive)\s+(?=(?-i:[A-Z]))|"
                  r"(?:took off|set off|set out|departed|left)\b(?:[^.;]|\b[ap]\.m\.){0,160}?\bto (?:fly|travel|head|go) (?:on )?to|"
                  # a departure from a named place told by its purpose abroad: "departed Tel Aviv early Thursday to address the
                  # General Assembly in New York" (the place follows the purpose; "left the hall to attend a vote" names none)
                  r"(?:departed|left|took off from|flew out of)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\b[^.;]{0,40}?"
                  r"\bto (?:address|attend|take part in|participate in|speak at)\b)\b")
#: A trip to come told with an adverb between the modal and the verb ("will personally welcome X", "would soon travel to", "will
#: also attend"): the same future, read once here for every "will"/"would" of the pattern above.
_ADVERB = r"(?:(?:\w+ly|also|soon|then|first|now|later|still|again|even)\s+)?"
_WELCOME = r"(?:will|is to|are to|(?:is|are)\s+(?:preparing|set|due|scheduled|expected|getting ready)\s+to)\s+"


def _with_adverbs(pattern: str) -> str:
    """``pattern`` with an optional adverb after each modal of a trip to come; each place must be there (a pattern
    edited so that one is no longer found fails here, at import, rather than silently losing the adverbs)."""
    for modal in ("will (?:", "would (?:", _WELCOME + "(?:welcome"):
        if modal not in pattern:
            raise ValueError(f"TRAVEL_FUTURE no longer holds {modal!r}")
    return (pattern.replace("will (?:", "will " + _ADVERB + "(?:").replace("would (?:", "would " + _ADVERB + "(?:")
            .replace(_WELCOME + "(?:welcome", _WELCOME + _ADVERB + "(?:welcome"))


TRAVEL_FUTURE = R(_with_adverbs(TRAVEL_FUTURE.pattern))
#: A hosting to come, read on the end of a TRAVEL_FUTURE match: "will welcome", "is preparing to host" (its subject, a State
#: named just before, is the State the trip is to: rules_travel.visits). Session 29: a family the other languages extend
#: ("s'apprête à accueillir", "wird … empfangen", "recibirá a", "vai receber", "accoglierà").
HOST_AHEAD = R(r"\b(?:welcome|host|receive)\s*$")
#: A warrant told as the grounds of an arrest the same sentence tells before it: "was taken into custody in Paris on a secret
#: warrant issued two weeks ago", "was detained under an arrest warrant made public today", "arrested on the strength of an ICC
#: warrant issued on 7 March" (session 29: the warrant's own date is its issue's, the arrest the sentence's news); and (session 30)
#: a warrant served on the person ("was served an arrest warrant from the ICC on his arrival"). (Session 41, mleft31) A family:
#: the other languages add theirs ('auf Haftbefehl des IStGH festgenommen', 'arrestato … in base a un mandato d'arresto').
#: (Session 45, mnews146) The warrant as the arrest's instrument ("was arrested in Manila with an arrest warrant issued by the
#: ICC"), as the other languages add 'con un mandato', 'mit einem … Haftbefehl', 'avec un mandat', 'com um mandado'.
GROUNDS = R(r"\b(?:arrested|detained|taken into custody|apprehended|captured)\b[^.;]{0,120}?\b(?:on|under|pursuant to|in execution of|"
            r"on the strength of|on the basis of|by virtue of|in accordance with|acting on|based on|with)\s+"
            r"(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?warrants?\b|"
            # (session 30) the warrant served on the person, which is the arrest ("X was served an Interpol arrest warrant
            # from the ICC on his arrival at the airport on Tuesday", "police served an arrest warrant on X"): the arrest
            # family reads the serving, and the warrant named is its grounds, not a warrant issued that day
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?served\s+(?:with\s+)?(?:an?|the|its|their|his|her)\s+"
            r"(?:[\w'’-]+\s+){0,3}?warrants?\b|"
            r"\bserved\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?warrants?\s+(?:on|upon|to)\s+(?!Interpol\b)(?=(?-i:[A-Z])|him\b|her\b)")
#: (session 30) A trip told only as possible: a modal of possibility right before the trip's verb ("could visit Mongolia next week",
#: "might travel to", "may attend the summit"): no trip planned, when the sentence's first word of a trip to come is that
#: verb's or follows it (rules_travel.visits; "will visit A next week and could stop in B" keeps A). A family: the other languages
#: may add theirs ('pourrait se rendre', 'podría viajar', … already give no trip to come, their words of a week ahead being no
#: trigger of one; tests/monitor/test_rules_s30_left3.py holds them).
MAYBE_TRIP = R(r"\b(?:could|might|may)\s+(?:(?:\w+ly|soon|also|even|yet|still|well)\s+)?(?:visit|travel|attend|go|fly|come|head|be\s+(?:in|at|present)|"
               r"make|pay|arrive|land|stop|take\s+part|participate|join)\b")
ARREST = R(r"\b(arrested|detained|(?:led|resulted|culminated)(?: (?:on )?\w+day)? (?:to|in) (?:the )?(?:arrest|capture)(?: (?:on )?\w+day)? of (?=(?:[\w'’.-]+\s+){0,4}?(?-i:[A-Z]))|(?:arrests|detains) (?=(?-i:[A-Z]))|(?<=police )(?:arrest|detain) (?=(?-i:[A-Z]))|(?<=forces |troops )(?:arrest|detain) (?=(?-i:[A-Z]))|(?<=officers )(?:arrest|detain) (?=(?-i:[A-Z]))|(?<=authorities )(?:arrest|detain) (?=(?-i:[A-Z]))|nabbed|(?:placed|put) under arrest|(?<=forces )captured|(?<=troops )captured|(?<=police )captured|(?<=soldiers )captured|(?<=army )captured|(?<=authorities )captured|(?<=was )caught (?=in |near |at |by |crossing |trying |hiding )|(?<=were )caught (?=in |near |at |by |crossing |trying |hiding )|(?<=been )caught (?=in |near |at |by |crossing |trying |hiding )|^\W*(?:the|his|her) (?:arrest|capture) of (?=[^.;]{0,100}\b(?:was|were|came|has been|followed|took place|happened|occurred)\b)|^\W*the (?:arrest|capture) of (?=(?:[\w'’.-]+\s+){1,6}?(?:on\s+(?:\w+day|\d)|yesterday|today|last\s+night|this\s+(?:morning|week)|in\s+(?-i:[A-Z])))|taken into custody|apprehended|(?<=was )captured|(?<=were )captured|(?<=been )captured|captured by (?=\w+ (?:\w+ )?(?:troops|forces|police|soldiers|fighters|authorities))|took (?:[\w'’.-]+ ){1,6}?into custody|picked up by (?:the )?(?:\w+ )?(?:police|security|authorities|officers|soldiers|troops)|(?:(?<=police )|(?<=forces )|(?<=troops )|(?<=officers )|(?<=agents ))picked up (?=(?-i:[A-Z]))|was held by|seized by|(?:placed |taken |now )?(?:under|in|into) police custody|(?:placed|put) (?:[\w'’.-]+ ){0,3}?under (?:their |its |the )?custody(?! of (?:the )?(?:icc|court|international|hague))|"
           r"(?:following|after|since|upon) (?:his|her|their) (?:arrest|capture)(?! warrant))\b")
#: Trigger families for wordings that state an event without the verbs above ("served the warrant on X", "is now in custody",
#: "was put on a flight to The Hague", "made his first trip abroad … to"), as lemma classes: each lemma's forms (base, third
#: person, past, participle, gerund) are made once by ``verb`` below, so tense and voice are handled in one place; each
#: family names the fact type it adds to; a frame that needs the Court named in its sentence ends with ``_COURT``.
IRREGULAR = {"take": ("took", "taken"), "put": ("put", "put"), "make": ("made", "made"), "hold": ("held", "held"), "fly": ("flew", "flown"),
             "send": ("sent", "sent"), "transfer": ("transferred", "transferred"), "bring": ("brought", "brought"), "set": ("set", "set"), "hit": ("hit", "hit"), "get": ("got", "gotten|got")}


def verb(*lemmas: str, tenses: tuple[str, ...] = ("base", "s", "past", "part", "ing")) -> str:
    """A regex alternation of the lemmas' forms: 'serve' -> serve|serves|served|serving (irregular pasts from IRREGULAR)."""
    out: list[str] = []
    for lemma in lemmas:
        head, _, rest = lemma.partition(" ")
        short = len(head) <= 4 and re.search(r"[^aeiou][aeiou][bdgmnpt]$", head) is not None  # "stop", "hit": the consonant doubles
        stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head + head[-1] if short else head
        past, part = IRREGULAR.get(head, ((head[:-1] + "ied") if re.search(r"[^aeiou]y$", head) else (head + "d" if head.endswith("e") else stem + "ed"),) * 2)
        third = head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else head + ("es" if re.search(r"(?:s|sh|ch|x|o)$", head) else "s")
        forms = {"base": head, "s": third, "past": past, "part": part, "ing": stem + "ing"}
        alts = sorted({f for k in tenses for f in forms[k].split("|")}, key=len, reverse=True)
        out.append("(?:" + "|".join(alts) + ")" + (r"\s+" + rest.replace(" ", r"\s+") if rest else ""))
    return "(?:" + "|".join(out) + ")"


_OBJ = r"(?:[\w'’.,-]+\s+){0,6}?"
#: Things, not persons, sent or handed to the Court ("sent a letter to the ICC", "handed over evidence").
THINGS = (r"(?:evidence|files?|documents?|records?|dossiers?|information|materials?|reports?|lists?|names|data|intelligence|proofs?|letters?|"
           r"requests?|observations|submissions?|notes?|responses?|reply|replies|answers?|briefs?|filings?|messages?|delegations?|teams?|"
           r"representatives|officials|experts|lawyers|case|cases|situation|referrals?|complaints?|communications?|petitions?|questions?)")  # a short object between a verb and its complement ("Rodrigo Duterte, 79,")
_CRAFT = r"(?:an?|the|his|her|their|a\s+chartered|a\s+private|a\s+special)\s+(?:[\w'’-]+\s+){0,3}?(?:plane|flight|aircraft|jet)"
_COURT = r"(?=[^.;]{0,120}\b(?:icc|international criminal court|court|charges|trial|custody|detention|warrant|arrest)\b)"
#: (session 33) The Court as a journey's end: the ICC, its detention centre, "the Court" written capitalised, or its seat with the
#: Court's case named after it and no gathering there ("to The Hague to face the ICC", not "to The Hague for the Assembly").
_TO_COURT = (r"(?:to|for|bound\s+for|headed\s+(?:to|for)|heading\s+(?:to|for))\s+(?:the\s+)?(?:icc\b|international\s+criminal\s+court\b|(?-i:Court)\b|"
             r"(?:hague|netherlands)\b(?![^.;]{0,120}\b(?:summit|assembly|conference|meeting|session|forum|talks)\b)" + _COURT + ")")
#: Those who take a person by force or by law, as the subject of "captured" / "caught" / "seized" (session 26).
CAPTORS = r"(?:police|policemen|forces|troops|soldiers|army|authorities|fighters|militia|militiamen|rebels|officers|agents|commandos|gunmen)"
#: A day told by its possessive before an act's noun (session 28): "Tuesday's arrest of X", "yesterday's transfer of X".
DAY_POSSESSIVE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s"
NO_TRIGGER_FAMILIES: dict[str, list[str]] = {
    # a warrant executed by being served on its subject: the arrest (not "will serve": a modal before the verb is read as
    # supposed by the rules, and "was served" needs a done passive); (session 37, mleft21) "served the warrant to X" as "on X",
    # not one sent to Interpol
    "arrest": [
        r"\b" + verb("serve", "execute", "enforce", tenses=("past", "s")) + r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?warrants?\s+(?:on|upon|against|to)\s+(?!Interpol\b)(?=(?-i:[A-Z])|him\b|her\b)",
        r"\bwarrants?\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?" + verb("serve", "execute", tenses=("part",)) + r"\s+(?:on|upon)\b",
        # the person as the passive's subject: "X was served a warrant of arrest at the airport", "were served with arrest warrants"
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?served\s+(?:with\s+)?(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?warrants?\b",
        # (the frame ends before "with": "an arrest warrant" after it is no warrant told instead of the arrest)
        r"\b" + verb("serve", tenses=("past", "s")) + r"\s+" + _OBJ + r"(?=with\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?warrant\b)",
        # custody told as a new state: "is now in custody", "are now in police custody" (not the Court's custody: a surrender)
        r"\b(?:is|was|are|were|has\s+been|had\s+been)\s+now\s+(?:in|under)\s+(?!(?:the\s+)?(?:icc|court|international))(?:[\w'’-]+\s+)?custody\b"
        r"(?!\s+(?:of\s+(?:the\s+)?(?:icc|court|international)|in\s+(?:the\s+)?hague))",
        r"\b" + verb("take", "place", "put") + r"\s+" + _OBJ + r"into\s+(?:[\w'’-]+\s+)?detention\b",
        # (session 26) a capture told with a word between the auxiliary and the verb: "was today captured in the desert", "were
        # finally seized" (the verb alone after "was" is read above)
        r"\b(?:was|were|been)\s+(?:today|yesterday|tonight|finally|eventually|later|also|\w+ly)\s+(?:captured|caught|seized)\b",
        # armed or police actors who capture a person named or "him"/"her": "Zintan fighters caught X Saturday in the desert",
        # "a militia captured him" (not "caught fire", "seized the town": the object must be a name or a pronoun)
        r"\b" + CAPTORS + r"\s+(?:[\w'’-]+\s+)?(?:captured|caught|seized)\s+(?=(?-i:[A-Z])(?!(?:The|A|An)\b)|him\b|her\b|them\b)",
        # an arrest told as the time of another act: "in a video shot during his arrest in Manila on Tuesday" (its place and day
        # follow the noun; a date there far from the document's is background, dropped as news)
        r"\bduring\s+(?:his|her|their)\s+(?:arrest|capture)(?!\s+warrant)\b",
        # (session 28) "police placed X under arrest" (the object between the verb and "under arrest"; "placed under arrest" alone
        # is read above)
        r"\b(?:placed|put)\s+(?:[\w'’.-]+\s+){1,6}?under\s+arrest\b",
        # "was led away / rounded up by police at the airport" (the captors named after "by")
        r"\b(?:led\s+away|rounded\s+up)\s+(?:(?!by\b)[\w'’.,-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w'’-]+\s+)?" + CAPTORS + r"\b",
        # (session 28) the arrest told by its noun after the day's possessive ("hailed Tuesday's arrest of X in Manila") or the
        # person's ("X's arrest in Manila on Tuesday was welcomed"), with a day of its own within the next few words (the date
        # reader dates it by that day; "X's arrest in 2011" told with no day is left to the sentence's other words)
        r"\b" + DAY_POSSESSIVE + r"\s+(?:arrest|capture|detention)\s+of\s+(?=(?-i:[A-Z]))",
        r"(?<=[\w])['’]s?\s+(?:arrest|capture)\s+(?=(?:in|at|on|near|by)\s+(?:[\w'’.,-]+\s+){0,5}?" + WHEN_BETWEEN + r"\b)",
        # (session 33) the arrest's noun as the object of a verb of telling: "the police announced the arrest of X", "confirmed on
        # Tuesday the arrest of X" (not "announced it would seek the arrest of X", "called for the arrest of X": the noun must
        # follow the verb, a day at most between them; not the pluperfect, "had confirmed the arrest", a confirmation reported)
        r"\b(?:announced|confirmed|(?:has|have)\s+(?:\w+ly\s+)?(?:announced|confirmed))\s+(?:" + WHEN_BETWEEN + r"\s+)?"
        r"the\s+(?:arrest|capture|detention)\s+of\s+(?=(?-i:[A-Z]))",
    ],
    # a flight to the Court's seat the person is put on: "was put on a chartered flight bound for the Netherlands … to face the
    # ICC", "escorted onto a jet for The Hague" (as "put on a plane to The Hague" above; boarding one by oneself is not yet
    # the Court's custody, the real-news set's labelling rule)
    "surrender": [
        r"\b" + verb("put", "place", "escort", "load") + r"\s+" + _OBJ + r"(?:on|onto|aboard)\s+" + _CRAFT
        + r"\s+(?:[\w'’-]+\s+){0,3}?(?:to|for|bound\s+for)\s+(?:the\s+)?(?:hague|netherlands)\b" + _COURT,
        # a person moved into the Court's hands, by any verb of moving: "transferred X into the custody of the International
        # Criminal Court", "was sent to the ICC by the authorities", "handed X to ICC custody" (done, not "will be"; not a thing
        # sent: "sent a letter to the ICC")
        r"\b" + verb("transfer", "send", "deliver", "hand", "surrender", "extradite", "fly", "bring", "take", "move", "remove", "escort",
                     tenses=("s", "past", "part"))
        + r"\s+(?!(?:over\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|all\s+|some\s+)?(?:[\w-]+\s+)?" + THINGS + r"\b)" + _OBJ
        + r"(?:over\s+)?(?:to|into)\s+(?:the\s+)?(?:custody\s+of\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court)|"
        r"(?:icc|court)['’]?s?\s+(?:custody|detention)|icc|international\s+criminal\s+court)\b",
        # (session 26) a transfer told by its noun, as the object of those who welcome or confirm it: "welcomed the arrival
        # yesterday of X from the Central African Republic to the International Criminal Court", "welcome the transfer of X to
        # the custody of the Court" (not "demanded the transfer of X": asked for, not made)
        r"\b(?:welcom\w*|hail\w*|applaud\w*|prais\w*|confirm\w*|announc\w*)\s+(?:the|his|her)\s+(?:arrival|transfer|handover|hand-over|surrender)"
        r"\s+(?:(?:yesterday|today|on\s+\w+day|\w+day)\s+)?of\s+(?=(?-i:[A-Z])[^.;]{0,100}?\b(?:to|at|into|before)\s+(?:the\s+)?"
        r"(?:custody\s+of\s+(?:the\s+)?)?(?:icc|international\s+criminal\s+court|court|hague)\b)",
        # (session 32) the same told by the Court of itself, the custody being "its": "The Court has today confirmed the transfer to
        # its custody of X", "the ICC announced the transfer of X to its custody" (the Court named before the verb; not "has not
        # confirmed": no custody told)
        r"\b(?:icc|international\s+criminal\s+court|court)\b[^.;]{0,60}?(?<!\bnot\s)(?<!n['’]t\s)\b(?:confirm\w*|announc\w*|welcom\w*)\s+"
        r"(?:(?:today|yesterday|on\s+\w+day)\s+)?(?:the\s+)?(?:arrival|transfer|handover|hand-over|surrender)\s+"
        r"(?:(?:to|into)\s+its\s+(?:custody|detention)\s+of\s+(?=(?-i:[A-Z]))|of\s+(?=(?-i:[A-Z])[^.;]{0,100}?\b(?:to|into)\s+its\s+(?:custody|detention)\b))",
        # (session 27) a transfer whose day comes between the verb and the Court's seat or the Court: "was extradited on November 17,
        # 2018 to The Hague", "was transferred Saturday to the ICC" (done; the verb alone before "to The Hague" is read above; not
        # "sent": a delegation is sent too)
        r"\b" + verb("extradite", "transfer", "fly", "surrender", tenses=("past", "part")) + r"\s+" + WHEN_BETWEEN
        + r",?\s+to\s+(?:the\s+)?(?:hague|icc|international\s+criminal\s+court|custody\s+of\s+(?:the\s+)?(?:icc|court|international\s+criminal\s+court))\b",
        # (session 28) a transfer told by its noun after the day's possessive ("welcomed Wednesday's transfer of X to the ICC") or
        # the person's with a day of its own ("X's transfer to The Hague on Wednesday was welcomed"); not a transfer asked for
        # ("demanded X's transfer to The Hague": no day of its own)
        r"\b" + DAY_POSSESSIVE + r"\s+(?:transfer|surrender|handover|hand-over|extradition)\s+of\s+(?=(?-i:[A-Z])[^.;]{0,100}?\bto\s+(?:the\s+)?"
        r"(?:custody\s+of\s+(?:the\s+)?)?(?:icc|international\s+criminal\s+court|court|hague)\b)",
        r"(?<=[\w])['’]s?\s+(?:transfer|surrender|handover|hand-over|extradition)\s+to\s+(?:the\s+)?(?:custody\s+of\s+(?:the\s+)?)?"
        r"(?:icc|international\s+criminal\s+court|hague)\b(?=\s+(?:[\w'’.,-]+\s+){0,4}?" + WHEN_BETWEEN + r"\b)",
        # (session 28) taken or escorted to the Court's seat ("was taken to The Hague on Saturday"; "sent / brought to The Hague"
        # are read above), or placed in the Court's custody ("was placed in the ICC's custody")
        r"\b(?:taken|escorted)\s+(?:" + WHEN_BETWEEN + r"\s+)?to\s+(?:the\s+)?hague\b",
        r"\b(?:arrived|arrives)\s+(?:\w+\s+){0,2}?(?:at|in)\s+(?:the\s+)?(?:icc|court|international\s+criminal\s+court)['’]s\s+detention\s+(?:centre|center|unit|facility)\b",
        r"\b(?:placed|put|remanded)\s+in\s+(?:the\s+)?(?:icc|court)['’]?s?\s+custody\b",
        # (session 29) the transfer told by its noun after a possessive pronoun, into the Court's or "international" custody, with
        # a day of its own within the next few words ("following his transfer to international custody on Tuesday"; not "demanded
        # his transfer to the ICC's custody": no day of its own)
        r"\b(?:his|her|their)\s+(?:transfer|surrender|handover|hand-over)\s+(?:to|into)\s+(?:the\s+)?(?:international|(?:icc|court)['’]?s?)\s+custody\b"
        r"(?=\s+(?:[\w'’.,-]+\s+){0,4}?" + WHEN_BETWEEN + r"\b)",
        # (session 28) the Court taking custody with words between ("The ICC said on Wednesday it had taken custody of X"; the
        # Court's name right before "took custody" is read above), and the Court's detention centre entered by other verbs
        # ("was transported to / booked into / admitted to the ICC detention centre")
        r"\b(?:icc|international\s+criminal\s+court|court)\b[^.;]{0,60}?\b(?:took|takes|has\s+taken|had\s+taken|have\s+taken)\s+custody\s+of\s+(?=(?-i:[A-Z])|him\b|her\b)",
        r"\b(?:transported|booked|admitted|entered|moved)\s+(?:into\s+|to\s+|at\s+)?(?:the\s+)?(?:icc|court|international\s+criminal\s+court)['’]?s?\s+"
        r"detention\s+(?:centre|center|unit|facility)\b",
        # (session 33) a person carried to the Court, told as under way: "was on a flight to The Hague on Wednesday", "is on the
        # plane, heading to the ICC", "was put on a plane to the Court", "is en route to the ICC detention centre" (a handover in
        # progress; not "could be put on a plane" nor a flight to a summit: the Court is the destination, or the seat with the
        # Court's case named and no gathering)
        r"\b(?:is|was|are|were|been|now)\s+(?:now\s+|already\s+|reportedly\s+)?(?:on\s+board\s+|on\s+|aboard\s+)" + _CRAFT
        + r"[,\s]+(?:[\w'’-]+\s+){0,3}?" + _TO_COURT,
        r"\b" + verb("put", "place", "escort", "load", tenses=("s", "past", "part")) + r"\s+" + _OBJ + r"(?:on|onto|aboard)\s+" + _CRAFT
        + r"[,\s]+(?:[\w'’-]+\s+){0,3}?" + _TO_COURT,
        # (the road alone, with no craft, only to the Court itself: "is on his way to The Hague, where he will face the ICC" is a
        # transfer under way the real-news set does not count as a surrender yet)
        r"\b(?:is|was|are|were|been|now)\s+(?:now\s+|already\s+|reportedly\s+)?(?:en\s+route|on\s+(?:his|her|their)\s+way)\s+"
        r"(?:to|for)\s+(?:the\s+)?(?:icc\b|international\s+criminal\s+court\b|(?-i:Court)\b)",
    ],
    # a trip told as made, with no verb of arriving: "made his first trip abroad since …, to Mongolia", "hit the tarmac in",
    # "set foot in" (a supposed "if he sets foot" is a hypothetical trip, read before this)
    "visit": [
        # a trip made told by the warrant it defied (session 26): "defied an International Criminal Court arrest warrant … to attend
        # the promulgation", "braved the warrant to visit Kenya" (a purpose done, as "flew to Nairobi to attend"; "will defy … to
        # attend" is a trip to come: "defy" is not read here, and TRAVEL_FUTURE's "to attend" stays the trip's only reading)
        r"\b(?:defied|flouted|braved|risked)\s+(?:[\w'’-]+\s+){0,8}?(?:warrants?|arrest|indictments?|court|icc|calls)\b[^.;]{0,60}?"
        r"\bto\s+(?:attend|visit|travel\s+to|take\s+part\s+in|participate\s+in|join)\b",
        r"\b(?:made|has\s+made|have\s+made|had\s+made)\s+(?:his|her|their|a|an|the)\s+"
        # not "made a promise / plans / a decision to visit": an intention is no trip made
        r"(?:(?!(?:to|plans?|decisions?|promises?|pledges?|offers?|bids?|attempts?)\b)[\w'’-]+\s+){0,3}?(?:trip|visit|journey|stopover|stop|tour|foray)\b",
        r"\b" + verb("hit", "touch", tenses=("past", "s")) + r"\s+the\s+tarmac\b",
        # (session 30) a flight taken, as "flew to" ("took a longer-than-necessary flight to the General Assembly in New York"; not
        # "will take a flight", "refused to take a flight": only the past of "take")
        r"\b(?:took|has\s+taken|had\s+taken)\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:flight|plane|jet)\s+(?:to|into)\b",
        r"\b(?:set|sets|has\s+set|had\s+set)\s+foot\s+(?:in|on)\b(?!\s+(?:\w+\s+){0,3}?(?:again|without))",
        # (session 37, mleft21) a presence told by its possessive, as "the presence of X" ("X's presence at the inauguration in
        # Kampala drew criticism"): a trip's noun (TRIP_NOUN_TOLD), its tense its main clause's ("X's presence … would be")
        r"['’]s\s+(?:presence|attendance)\s+(?:at|in)\b",
        # (session 43, mtrap141) a trip told made by its noun ("the visit has ultimately taken place", "the trip went ahead"): the
        # trip of the person the sentence names (batch 141's dev page, "Since the Coalition … called for X not to be welcomed in
        # Tajikistan, the visit has ultimately taken place"); not "did not take place", "never took place" (DENIAL)
        r"\b(?:the|his|her|this|that)\s+(?:[\w-]+\s+)?(?:visit|trip|journey|stay)\s+(?:(?:has|had)\s+)?(?:(?:\w+ly|still|nonetheless|nevertheless|after\s+all)\s+)?"
        r"(?:taken\s+place|took\s+place|went\s+ahead|gone\s+ahead)\b",
        # "came for the summit", "came to Kampala" (not "came to power", "came to an end", "came to light")
        r"\b(?:came|has\s+come|had\s+come)\s+(?:here\s+|back\s+|over\s+)?(?:to|for)\s+(?!power\b|office\b|an?\s|light\b|terms\b|the\s+(?:conclusion|aid|rescue|defen[cs]e|fore|throne|helm)\b|believe\b|be\b|know\b|see\b)",
    ],
}


def _family(kind: str) -> str:
    return "|".join(f"(?:{p})" for p in NO_TRIGGER_FAMILIES[kind])


ARREST = R(r"(?:" + ARREST.pattern + r")|" + _family("arrest"))  # with the families above
ARRIVAL_PAST = W(r"(?:" + ARRIVAL_PAST + r")|" + _family("visit"))
#: A sentence that says whom a warrant told without a name is for: "It names X", "The warrant concerns X", and (session 30) "The
#: suspect is X" (other languages' in data/lookups/monitor_words.yaml: "Il vise X", "Er richtet sich gegen X").
NAMES_IT = R(r"^\W*(?:it|the warrant|the document|the order)\s+(?:names?|targets?|concerns?|relates to|is (?:for|against|directed against))\b|"
             r"^\W*the (?:suspect|person concerned|person named)\s+(?:is|was)\b")
#: (session 30) A sentence that opens with the act just told, named by its noun with a definite or possessive word ("The arrest
#: took place in Berlin on Wednesday", "His visit to Mongolia is his first …"): the act of the person the sentence before named,
#: told over two sentences (corefer.refers_back). Not an indefinite ("A visit to Mongolia is being considered"), and not a noun
#: that names another's act ("the visit of his envoy"). Other languages add theirs in data/lookups/monitor_words.yaml.
ACT_OPENING = R(r"^\W*(?:the|this|that|his|her)\s+(?:(?:[\w-]+ly\s+)?[\w-]+\s+)?(?:visit|trip|stay|journey|arrival|arrest|detention|capture)\b"
             r"(?!\s+of\b)")
#: An opening that ties a sentence to the one before in time: "Hours later,", "On landing,", "Shortly afterwards"
#: (corefer.back_for_sequence). (session 35) Moved here from corefer.py to be a family: the other languages add theirs ('Poco
#: dopo', 'Peu après', 'Kurz darauf') in data/lookups/monitor_words.yaml.
SEQUENCE = R(r"^\W*(?:hours later|minutes later|moments later|shortly (?:after(?:wards)?|thereafter)|soon after(?:wards)?|"
             r"(?:on|upon) (?:landing|arrival|arriving)|later that day|the same day|then|there)\b")
#: (session 35) The openings of a sequence that name the arrival they follow ("On landing,", "Upon arrival,", "After landing,"):
#: the act told after them follows the arrival the document told last of the person, not only the sentence just before
#: (corefer.back_for_sequence). A family: 'Dopo essere atterrato', 'Après son atterrissage', 'Tras aterrizar', 'Após aterrissar',
#: 'Nach der Landung' in data/lookups/monitor_words.yaml.
ARRIVAL_SEQUENCE = R(r"^\W*(?:(?:on|upon|after|soon after|shortly after|right after|immediately after) (?:landing|(?:his |her |their )?arrival|arriving)|"
            r"after (?:he|she|they) (?:landed|arrived))\b")
#: (session 35) A negation just before a custody's trigger, with at most the auxiliaries and adverbs of the verb between ("was
#: not transferred", "has never been handed over", 'no fue trasladado', 'n'a pas été remis', 'non è stato consegnato', 'não foi
#: entregue', 'wurde nicht … überstellt'): the act denied, not told. Read by one helper (``negated_before``) on every arrest and
#: surrender the rules find, whichever pattern found it (the older readings of each language had no guard, the newer ones a
#: lookbehind each); the other languages' in data/lookups/monitor_words.yaml.
NEGATED_BEFORE = R(r"\b(?:not|never|n['’]t)\s+(?:(?:then|yet|later|subsequently|ever|immediately|actually|be|been|being|have|has|had)\s+){0,3}$")


def negated_before(s: str, start: int, span: int = 60) -> bool:
    """True when the text just before offset ``start`` of ``s`` (``span`` characters) ends with a negation of the verb that
    begins there (``NEGATED_BEFORE``)."""
    return bool(NEGATED_BEFORE.search(s[max(0, start - span): start]))


#: An arrival's trigger with nothing of its place in it ("arrived", "landed"; read on the whole of ARRIVAL_PAST's match): the place
#: is where the story was filed, or the one State of the trip the sentences before tell (rules_travel.visits). (session 35) Moved
#: here from rules_travel.py to be a family: 'Arrivé dimanche, …' in data/lookups/monitor_words.yaml.
#: (session 44, mleft35) A return told right after a bare arrival ("arrived back", "arrived home"; other languages in their
#: families: 'llegó de vuelta', 'è arrivato di ritorno'): a trip home, never placed by the dateline (rules_travel). English was
#: inline in the rule before.
BACK_AFTER_ARRIVAL = R(r"\s+(?:\w+\s+)?(?:back|home)\b")
BARE_ARRIVAL = R(r"\W*(?:arrived|arrives|arriving|landed|touched down|is visiting|was received|was welcomed|was greeted)\W*$")
#: (session 35) A custody still to come, told by the future of its verb just before the trigger ('sera transféré à la CPI la semaine
#: prochaine', 'será trasladado a La Haya', 'sarà trasferito all'Aia', 'wird in den kommenden Tagen nach Den Haag überstellt'): no
#: surrender (the label rules: "will be transferred to the ICC" is none). English's is read by HYPOTHETICAL ("will be", "due to");
#: this family holds what HYPOTHETICAL does not, and the other languages' are in data/lookups/monitor_words.yaml
#: (``custody_ahead``, read on every surrender whatever pattern found it, as ``negated_before``).
CUSTODY_AHEAD = R(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|is\s+expected\s+to|is\s+going\s+to)\s+"
                  r"(?:(?:soon|then|later|now|shortly|be)\s+){1,3}$")


def custody_ahead(s: str, start: int, span: int = 80) -> bool:
    """True when the text just before offset ``start`` of ``s`` ends with the future of the custody verb that begins there
    (``CUSTODY_AHEAD``)."""
    return bool(CUSTODY_AHEAD.search(s[max(0, start - span): start]))


#: (session 31) A sentence with no subject, opening with a finite verb of the third person singular (the pro-drop languages:
#: "Llegó a Ulán Bator el martes", "È arrivato a Budapest giovedì", "Chegou a Brasília na terça-feira"): the act of the person
#: the sentence before named, as English "He arrived …" (corefer.refers_back; not when another person stands between, nor with a
#: subject named after the verb). English writes a subject, so it has no pattern; the languages' are in
#: data/lookups/monitor_words.yaml.
SUBJECTLESS = R(r"(?!x)x")
#: A trip's place told as "the country" near its verb ("travel to the South American country", "visit the Gulf country", "on
#: arriving in the country"): the State named last before, when the sentence names none (rules_travel.visits; a trip to come
#: since session 19, a trip made since session 31). A family (session 31): "al país", "dans le pays", "nel paese", "ao país",
#: "im Land" in data/lookups/monitor_words.yaml.
COUNTRY_ANAPHOR = R(r"\b(?:to|visit|in|into)\s+the\s+(?:[\w-]+\s+){0,2}?country\b")
#: A custody told again by its noun: "The arrest took place in Nairobi", "his detention was carried out at …" (other languages'
#: in data/lookups/monitor_words.yaml, session 30).
CUSTODY_TOLD = R(r"\b(?:the|his|her) (?:arrest|capture|detention) (?:took place|happened|occurred|was made|was carried out)\b")
#: (session 40, mleft28) The person held in a place, told after an arrest with no place of its own ("He was being held in Turin",
#: "is detained in a prison in Turin"): the words up to the place, which follows the match (rules_travel._custody_place_next).
HELD_PLACE = R(r"\b(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+(?:being\s+|still\s+|now\s+|currently\s+)?"
               r"(?:held|detained|jailed|imprisoned|in\s+custody|behind\s+bars)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+")
#: Said of someone in custody: an arrival told with it is no visit ("arrived in the Netherlands … after being detained").
IN_CUSTODY = R(r"\b(after being (?:detained|arrested)|after (?:his|her) arrest|in (?:\w+ )?custody|under arrest|being held|"
               r"detained|extradited|transferred|handed over|to face (?:trial|charges))\b")
#: (session 38) A sentence whose subject is the State the sentence before named, told by a pronoun or a word for it ("It
#: announced …", "The government announced …", "The country …"): the subject continues (rules_states.withdrawal: the
#: announcement takes the day the sentence before gave); each language's openings in data/lookups/monitor_words.yaml ('Il',
#: 'Le gouvernement'; Spanish, Italian and Portuguese open with the verb itself, their subject unsaid).
SUBJECT_CONTINUES = R(r"^\W*(?:it|its\s+government|the\s+(?:government|country|cabinet|state|authorities|executive))\b")
#: (session 38) Someone put in prison, in the participle ("was jailed", "imprisoned", "incarcerated in the Scheveningen prison"):
#: a custody told of a person (extract._host_arrivals: an arrival in the Court's host State of a person so told is the end of a
#: transfer, not a visit); each language's words in data/lookups/monitor_words.yaml.
IMPRISONED = R(r"\b(?:jailed|imprisoned|incarcerated)\b")
#: A warrant kept under seal until a day: the news is its unsealing ("issued on February 29 but remained sealed until Thursday").
SEALED_UNTIL = R(r"\b(?:sealed|under seal|secret)\b[^.;]{0,40}?\buntil\b")
#: Being held, not being arrested: "remains detained", "has been detained since", "detained at the ICC".
DETENTION_STATE = R(r"\b(?:remains?|remained|still|kept|(?<!after )(?<!upon )being|is|are)\s+(?:\w+\s+)?detained\b|\bdetained\s+(?:\w+\s+){0,6}?since\b|"
                    r"\bdetained (?:by|at|in) (?:the )?(?:icc|international criminal court|court'?s?|detention|hague)|"
                    r"\b(?:remains?|remained|still|kept)\s+(?:\w+\s+)?(?:in|under) police custody")
ARREST_NOT = R(r"\b(not (?:be )?arrested|without being arrested|failed to arrest|did not arrest|no attempt to arrest|refus\w* to arrest|"
               r"will not arrest|would not arrest|warrant for (?:his|her|their) arrest|arrest warrants?|to arrest|calls? to arrest|urged .{0,40} arrest)\b")
SURRENDER = R(r"\b(surrendered|surrenders|surrendering|surrended|(?:turned|turns|turning) over (?!(?:the |a |an |its |their |his |her |all |some )?(?:[\w-]+ )?" + THINGS + r"\b)(?:[\w'’.,-]+ |\([\w.'’ -]{1,30}\) ){1,12}?to (?:the )?(?:icc|court|international criminal court|hague)|(?:handed|turned|hands|turns) (?:[\w'’-]+ ){0,8}?over to (?:the )?(?:icc|court|international criminal court)|"
              # "handed over A B, a Malian man who is wanted for war crimes, to the ICC": the name, then an apposition, then the Court
              r"(?:handed|hands|turned|turns) over (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*| (?:al|el|ag|bin|ben|de|du)){0,8},? an? [^.;]{0,90}?\bto (?:the )?(?:icc|international criminal court)\b|"
              # (session 37: an abbreviation in brackets among the words, "handed over former Central African Republic (CAR) militia
              # leader to the ICC", as "turned over" reads it)
              r"(?:handed|hands) over (?!(?:the |a |an |its |their |all |some )?(?:evidence|files?|documents?|records?|dossiers?|information|materials?|reports?|lists?|names|data|intelligence|proofs?)\b)(?:[\w'’-]+ |\([\w.'’ -]{1,30}\) ){0,8}?to (?:the )?(?:icc|court|international criminal court|tribunal)|"
              # the one handed over described, then named after a comma: "handed over former Central African Republic (CAR) militia
              # leader, A B to the International Criminal Court"
              r"(?:handed|hands) over (?!(?:the |a |an |its |their |all |some )?(?:evidence|files?|documents?|records?|dossiers?|information|materials?|reports?|lists?|names|data|intelligence|proofs?)\b)(?:[\w'’()-]+ ){1,8}?[\w'’()-]+, (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){1,4} to (?:the )?(?:icc|international criminal court)\b|"
              r"(?:handed|turned) over (?:[\w'’-]+ ){0,2}?to (?:the )?custody of (?:the )?(?:icc|court|international criminal court)|"
              r"(?:is|are) (?:now )?transferring (?:[\w'’.-]+ ){0,8}?to (?:the )?(?:icc|international criminal court)|"
              # "welcomed the news of the transfer of X to the custody of the ICC", "hails reports of the surrender of X to the Court"
              r"(?:welcom\w*|hail\w*|applaud\w*|confirm\w*)\s+(?:the\s+)?(?:news|announcement|reports?)\s+(?:of|about)\s+the\s+(?:transfer|surrender)\s+of\s+"
              r"(?:[\w'’.-]+\s+){1,8}?to\s+(?:the\s+)?(?:custody\s+of\s+(?:the\s+)?)?(?:icc|international criminal court|court|hague)|"
              r"(?<=welcomes the )(?:transfer|surrender) (?:of (?:[\w'’.-]+ ){1,8}?)?to (?:the )?(?:icc|international criminal court|court|hague)|"
              r"(?<=welcomed the )(?:transfer|surrender) (?:of (?:[\w'’.-]+ ){1,8}?)?to (?:the )?(?:icc|international criminal court|court|hague)|"
              r"(?<=confirmed the )(?:transfer|surrender) (?:of (?:[\w'’.-]+ ){1,8}?)?to (?:the )?(?:icc|international criminal court|court|hague)|"
              r"(?:welcom\w*|confirm\w*|hail\w*|applaud\w*)\s+the\s+(?:[\w ]{1,25}?\s)?(?:transfer|surrender)(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening|week)|on\s+\w+day))? of [^.;]{1,120}?\bto (?:the )?(?:icc|international criminal court|court|hague)\b|"
              r"extradited (?:[\w'’.,-]+ ){0,5}?to (?:the )?hague|transferred (?:[\w'’-]+ ){0,8}?to (?:the )?(?:icc|international criminal court)|"
              # the one handed over named or described in an apposition between commas: "handed over the leader of the group,
              # X, to the ICC", "transferred X, a member of the board, to the International Criminal Court" (a person, not
              # "handed over evidence against X, …" nor "the files on X")
              r"(?:handed|hands|turned|turns|transferred|transfers) (?!(?:over )?(?:the |a |an |its |their |all |some )?(?:evidence|files?|documents?|records?|dossiers?|information|materials?|reports?|lists?|names|data|intelligence|proofs?)\b)(?:over )?(?:[\w'’.-]+ ){0,8}?[\w'’.-]+,(?: (?:[\w'’.()-]+ ){0,12}?[\w'’.()-]+,){1,2} "
              r"(?:over )?to (?:the )?(?:icc|international criminal court|court\b|hague)|"
              r"transferred to (?:the )?(?:icc|court|hague|international criminal court)|transferred (?:[\w'’-]+ ){0,3}?to (?:the )?custody of (?:the )?(?:icc|court|international criminal court)|into (?:the )?(?:icc|court'?s?|icc's) custody|"
              r"in (?:icc|the court's) custody|entered (?:the )?(?:icc|court'?s?)? ?custody|"
              # (session 35) the Court's custody told by a verb of holding with the Court as its agent and "now": "is now held
              # by the ICC after giving himself up" (not "has been held by the ICC since 2020", nor one held by the police)
              r"(?:is|are) now (?:being )?(?:held|detained) by (?:the )?(?:icc|international criminal court)\b|detention (?:centre|center) in the hague|"
              r"flown to the hague|turned himself in|handed himself (?:in|over)(?= to (?:the )?(?:\w+ )?(?:police|authorities)\b)|gave himself up|(?<=court )(?:took|takes|has taken) custody\b|(?<=icc )(?:took|takes|has taken) custody\b|(?:sent|brought) to (?:the )?hague\b|to (?:the )?(?:icc|court)['’]s custody|delivered (?:\w+ )?into (?:the )?custody of (?:the )?(?:icc|court|international criminal court)|delivered to (?:the )?(?:icc|court|international criminal court)|"
              r"extradited to (?:the )?(?:icc|international criminal court)|handed (?!(?:over )?(?:the |a |an |its |their |all |some )?(?:evidence|files?|documents?|records?|dossiers?|information|materials?|reports?|lists?|names|data|intelligence|proofs?)\b)(?:[\w'’-]+ ){0,8}?to (?:the )?(?:icc|international criminal court)(?:'s)?\b|"
              r"(?<=icc officials )took custody\b|(?<=icc representatives )took custody\b|(?<=court officials )took custody\b|"
              r"(?:flown|put on a (?:plane|flight)|taken by plane) (?:[\w'’-]+ ){0,3}?to (?:the )?(?:hague|netherlands)\b(?=[^.;]{0,80}\b(?:icc|international criminal court|court|charges|trial)\b)|"
              r"put on a (?:plane|flight) (?:[\w'’-]+ ){0,3}?(?:to|for) (?:the )?hague|"
              r"transferred (?:[\w'’.-]+ ){0,8}?to (?:the )?hague|in the custody of (?:the )?(?:icc|international criminal court|court)|"
              r"(?:arrived|arrives|brought|taken) (?:\w+ ){0,2}?(?:at|to|in) (?:the )?(?:icc|court'?s?|international criminal court'?s?) detention (?:centre|center|unit|facility))\b")
#: (session 36) The Court telling it received the person from a State: "the ICC confirmed it had received from Chad the transfer
#: of X", "received the custody of X from the Central African Republic" (the other languages in their SURRENDER families).
SURRENDER = R(r"(?:" + SURRENDER.pattern + r")|\b(?:received|receives|has\s+received|had\s+received)\s+(?:from\s+(?:the\s+)?[\w'’ -]{1,40}?,?\s+)?"
              r"the\s+(?:transfer|custody|surrender)\s+of\b")
SURRENDER = R(r"(?:" + SURRENDER.pattern + r")|" + _family("surrender"))  # with the families above
#: (session 31) "rules out handing over X to ICC", "ruled out surrendering him to the Court": the handover ruled out, as
#: "rules out arresting X" is.
#: (session 44, mnews144) A visit let happen "without (facing) the risk of arrest", "without fear of arrest", "without any threat of
#: being detained": the government's leave, as "without being arrested", read as a refusal only after a word of leave given in the
#: sentence before it (``LEAVE_GIVEN``: "a resolution that would enable X to attend events … without facing the risk of arrest");
#: not "X would face the risk of arrest", nor what an observer tells happened ("landed … without facing the risk of arrest, the
#: newspaper noted"). Each language adds its words (rules_states.refusal).
ARREST_RISK_LIFTED = R(r"\bwithout (?:facing |running |any )?(?:the |a |any )?(?:risk|fear|threat|danger) of (?:an? |any )?"
                       r"(?:arrest|detention|being (?:arrested|detained))\b")
#: (session 44, mnews144) The leave only required or asked for, in the clause before the risk of arrest lifted: "his visit would
#: require a formal guarantee from the government that he will be allowed to enter without risk of arrest", 'requeriría una
#: garantía formal del gobierno de que se le permitirá ingresar … sin riesgo de arresto': a condition of the trip, no
#: government's word (``ARREST_RISK_LIFTED``); each language adds its words.
GUARANTEE_ASKED = R(r"\b(?:requir\w*|need\w*|ask\w*|demand\w*|seek\w*|sought|condition\w*)\b")
#: (session 45, mnews148) An explainer's question opening the sentence, or its headline's part after a colon or a dash, before a
#: refusal's words ("Why Kinshasa cannot arrest X on its soil", "DRC: why Kinshasa cannot arrest X"): the writer's analysis of what a
#: State can do, no government's word. A family: the other languages add theirs ('pourquoi', 'por qué', 'perché', 'por que', 'warum').
REFUSAL_WHY = R(r"(?:^|[:—–]\s*|\s-\s)\W*why\b[^.;?:]{0,80}$")
#: (session 47, mnews156) A refusal's words inside a concessive clause that runs up to them ("Although Brazil grants immunity
#: to heads of state on official visits, …"), read with ARREST_LEFT_TO_COURTS after them: a practice conceded, the main
#: clause's point elsewhere (other languages in their families).
REFUSAL_CONCEDED = R(r"(?:^|[,;:—–(]\s*)\W*(?:although|though|even\s+though|even\s+if|while|whilst|albeit)\b[^.;,]{0,100}$")
#: (session 47, mnews156) The arrest's decision left to the courts after a refusal's words ("the decision … would not be for the
#: government but for the courts", "it is up to the judges to decide"): no government's word that it will not arrest.
ARREST_LEFT_TO_COURTS = R(r"\bnot\s+(?:be\s+)?(?:for|up\s+to|a\s+matter\s+for)\s+the\s+government\b|"
                          r"\b(?:up\s+to|(?<!not\s)for|a\s+matter\s+for|rests?\s+with|lies\s+with)\s+(?:the\s+)?(?:courts?|judges?|judiciary|justice\s+system)\b|"
                          r"\b(?:courts?|judges?|judiciary)\s+(?:would|will|must|should|shall)\s+(?:\w+\s+)?decide\b")
REFUSAL = R(r"\b((?:will|would|could|can)(?: not|n't) (?:arrest|detain|execute|enforce|hand \w+ over|act on)|won['’]t (?:arrest|detain|execute|enforce|hand \w+ over|act on)|(?<!not )(?<!never )(?<!n't )(?<!n’t )rul(?:es|ed|ing|e) out (?:arresting|detaining|executing|enforcing|the arrest of|(?:handing|surrendering|extraditing) (?:[\w'’.-]+ ){0,4}?(?:over )?(?:[\w'’.-]+ ){0,3}?to (?:the )?(?:icc|international criminal court|court\b|hague))|no plans? to (?:arrest|detain|execute|enforce)|(?:will|would|shall)(?: not|n't) comply with (?:the |an? |its )?(?:icc'?s? |court'?s? )?(?:arrest )?warrant|"
            r"(?<!did )(?<!does )not (?:arrest|detain)|refus\w* to (?:arrest|detain|execute)|declin\w* to (?:arrest|detain|execute|enforce)|"
            r"no intention of (?:arresting|detaining)|without being (?:arrested|detained)|safe passage|(?:will|would) not be (?:arrested|detained|enforced|executed)|"
            r"cannot (?:arrest|detain)|need not arrest|not obliged to arrest|no obligation to arrest|no (?:obligation|right|duty|power)(?:,? (?:and|or|nor) (?:no )?(?:obligation|right|duty|power))+ to arrest|no right to arrest|enjoy\w* immunity|immunity .{0,40}(?:could|can)(?: not|n't) (?:detain|arrest)|"
            r"(?:brush\w*|brushed|dismiss\w*|wav\w*|shrug\w*|laugh\w*) (?:off |aside |away )?(?:\w+ )?(?:suggestions?|calls?|demands?|talk|questions?|requests?|pressure)\b[^.;]{0,40}?\b(?:would|should|will|to|must) (?:\w+ )?(?:arrest|detain)|"
            # (session 40) not a warrant a State "cannot ignore" (an obligation acknowledged)
            r"(?<!cannot )(?<!can't )(?<!can’t )(?<!can not )(?<!not )(?<!never )ignore the warrant|not be enforced|"
            # (session 28) "refused on Friday to arrest X" (a day between), "would not be arresting X", "will ignore / defy the ICC
            # warrant" (a State's word of what it will do; "ignored the warrant" is an act, and "urged X to defy" a call: not read)
            r"(?:(?:will|would|could|can)(?: not|n't)|won['’]t) (?:carry out|hand (?:[\w'’-]+ ){1,3}?(?:over )?to (?:the )?(?:icc|court|hague))|"
            r"\bwarrants?\b[^.;]{0,80}?\b(?:will|would)(?: not|n't) be (?:carried out|observed|honou?red|respected|applied|implemented)|"
            r"(?:would|will) face no (?:arrest|detention)|needs? not fear (?:an? )?(?:arrest|detention)|"
            r"refus\w*\s+" + WHEN_BETWEEN + r",?\s+to (?:arrest|detain|execute)|(?:will|would)(?: not|n't) be (?:arresting|detaining)|"
            r"(?:will|would|shall)\s+(?:\w+ly\s+)?(?:ignore|defy|disregard)\s+(?:the |an? |its )?(?:[\w'’-]+ ){0,3}?(?:warrants?|ruling|decision)\b|free to (?:visit|travel|come|enter|go)\b[^.;]{0,40}\bwithout (?:being |an? |any |fear of )?(?:\w+ )?(?:arrest|detention)|reject\w* (?:\w+ ){0,3}?calls? (?:\w+ ){0,4}?to arrest)\b")
#: The Court's act told with its day in a sentence near a finding: "In a filing released late Thursday", "the court stated on
#: Thursday" (a family since session 29: each language adds its words, 'Aujourd'hui, le 24 octobre 2024, la Chambre … a conclu').
COURT_ACT_DAY = R(r"\b(?:said|says|stated|states|ruled|released|announced|found|decided|filing|decision|statement)\b")
#: (session 29) An arrest avoided told as a manner ("without being arrested"), and the words before it that make it a word of
#: leave ("can travel without being arrested", "guaranteed he could come without being detained"): without them it is what
#: happened, told by the writer ("was welcomed at the airport without being arrested"), no government's word.
UNHINDERED = R(r"\bwithout being (?:arrested|detained)\b")
LEAVE_GIVEN = R(r"\b(?:can|could|will|would|shall|may|might|able|allow\w*|enabl\w*|free|guarantee\w*|assur\w*|promis\w*|ensur\w*|let|permit\w*|safe\w*)\b")
#: (session 29) The Court speaking just before a refusal's words: "The Chamber reaffirmed that immunity is no bar", "the judges
#: recalled that no State may …": the Court's word about the law, not a government's that it will not arrest.
COURT_SPEAKER = R(r"\b(?:(?:pre-trial|appeals|trial)\s+)?(?:chamber|judges?|the\s+court|icc|international\s+criminal\s+court|prosecutor|registrar)\b"
                  r"[^.;]{0,60}?\b(?:said|says|stated|states|reaffirmed|reaffirms|recalled|recalls|reiterated|reiterates|noted|notes|stressed|"
                  r"stresses|underlined|underlines|emphasi[sz]ed|emphasi[sz]es|found|finds|held|holds|ruled|rules|concluded|concludes)\s+that\b[^.;]{0,60}$")
#: (session 29) "also" in a sentence that tells a second warrant with no day of its own ("The Court also issued a warrant for X"):
#: the day of the warrant just told (each language adds its word: 'também', 'aussi', 'también', 'auch', 'anche').
ALSO = R(r"\balso\b|^\W*(?:in\s+addition|additionally|moreover|furthermore)\b")  # (session 45) an additive connective opening the sentence
#: (session 29) A sentence opened by a condition told by inversion: "Should X plan to come to Berlin, he would be arrested at the
#: airport" ('Sollte X planen, … dass er … verhaftet wird'): every act after it is only supposed.
CONDITION_OPENING = R(r"^\W*should\s+(?-i:[A-Z])")
#: (session 40) The condition of a trip just before a State's name ("will not be arrested if he comes to Brazil", "should he travel
#: to", "were he to visit"): the State the trip goes to, the host a refusal told with it is meant for when the sentence names no
#: speaker's State ('se vier ao', 's'il vient en', 'si viene a', 'wenn er nach', 'se viene in': each language's words). Read on the
#: text before the State's name.
CONDITION_HOST = R(r"\b(?:(?:if|unless|whenever|once|in\s+case)\s+(?:he|she|they|the(?:\s+[\w-]+){1,3}?|(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})|should\s+(?:he|she|they)|"
                   r"(?:were|was)\s+(?:he|she|they)\s+to)\s+(?:(?:ever|ever\s+again|again|later|also|decides?\s+to|chooses?\s+to|plans?\s+to|"
                   r"wants?\s+to|were\s+to|was\s+to|is\s+to|does|did)\s+)?"
                   r"(?:comes?|came|travel(?:s|ed|led)?|visits?|visited|goes|go|went|sets?\s+foot|steps?\s+foot|arrives?|arrived|lands?|landed|"
                   r"enters?|entered|attends?\s+\w+\s+(?:\w+\s+)?in|is\s+in|was\s+in|flies|flew|fly|come|visit|travel|arrive|land|enter|set\s+foot)"
                   r"\s+(?:(?:to|in|into|on)\s+)?(?:the\s+(?:soil|territory|country)\s+of\s+)?(?:the\s+)?$")
#: (session 48, the lead) A notice of withdrawal told only as a condition or a time to come, at the sentence's start: a
#: subordinator, then (a few words on) the notice's verb in the present, the future or the subjunctive ("Once Hungary notifies
#: the UN, its withdrawal will take effect a year later", "As soon as X formally notifies the Secretary-General, …"): no act
#: told (rules_states.withdrawal). Not the past ("When Hungary notified the UN on Monday, …" tells the act). Session 47's
#: English pattern, written in the rule, made a family; the other languages' are in data/lookups/monitor_words.yaml.
NOTICE_AS_CONDITION = R(r"^\W*(?:once|if|unless|until|when(?:ever)?|as\s+soon\s+as|after|before)\s+(?:\S+\s+){0,3}?"
                        r"(?:(?:formally|officially)\s+)?notif(?:y|ies)\b")
#: (session 42, mtrap138) The words just before a place where the speaker of a refusal was when speaking ("when he was in
#: Dubai, the president had said X would not be arrested at the summit in Brazil", 'quando estava em Dubai', 'lorsqu'il était
#: à Dubaï'): where the word was said, not the State that refuses (rules_states.refusal; other languages in their families).
SPEAKER_AT = R(r"\b(?:when|while|as)\s+(?:he|she|they|(?:the\s+)?(?:[\w-]+\s+)?(?:president|minister|leader|chancellor|premier))\s+"
               r"(?:was|were)\s+(?:in|at|visiting)\s+(?:the\s+)?$|\bspeaking\s+(?:in|at|from)\s+(?:the\s+)?$")
#: (session 47, mleft38) A city (a capital, a seat of government) told as a speaker, not as where anyone is or goes: the verb of
#: saying right after it ("Washington said on Monday that X will travel to Mongolia", 'Moscou a affirmé', 'Berlin erklärte'),
#: read on the text after the place (``PLACE_SPEAKS``), or right before it, or an attribution ("…, said Washington", "according to
#: Moscow", 'a affirmé Moscou', 'erklärte Berlin', 'selon Moscou'; ``PLACE_SPOKE_BEFORE``, on the text before the place). Not
#: after a preposition of place ("in Berlin said", 'à Moscou a affirmé': read as before). Other languages in their families.
PLACE_SPEAKS = R(r"^\s+(?:(?:has|had|have)\s+)?(?:also\s+|again\s+|repeatedly\s+|officially\s+|quickly\s+|later\s+)?"
                 r"(?:said|says|announced|announces|confirmed|confirms|stated|states|declared|declares|insisted|insists|warned|warns|"
                 r"denied|denies|added|adds|responded|responds|replied|replies|argued|argues|claimed|claims|maintained|maintains|"
                 r"indicated|indicates|signall?ed|signals|made\s+clear|makes\s+clear|told|tells)\b")
PLACE_SPOKE_BEFORE = R(r"\b(?:said|says|announced|confirmed|stated|declared|insisted|warned|added|replied|responded|"
                       r"according\s+to)\s+$")
#: (session 47, mleft38) An attribution set between commas between a verb and its place ("visits, according to the Kremlin, North
#: Korea", 'visitará, según el Kremlin, Corea del Norte'): read on the text just before a State, it is taken out of that text so
#: that the verb before it is read as right before the State (mentions._destinations). Other languages in their families.
ATTRIBUTION_BETWEEN = R(r",\s*(?:according\s+to|as\s+(?:reported|announced|confirmed)\s+by)\s+[^,;.()]{1,50},\s*(?=(?:the\s+)?$)")
#: (session 44, mleft35) A call that a trip not be made or a person not be received, ending where the denial's words end
#: ("urged Tajikistan not to receive X", 'forderten, X nicht in Tadschikistan zu empfangen'): asked of another, no trip denied
#: (extract: the denial it holds is none; other languages in their families).
CALL_NEGATED = R(r"\b(?:call\w*|urg\w*|ask\w*|demand\w*|press\w*|appeal\w*)\s+(?:on\s+|upon\s+)?(?:[\w'’.-]+\s+){1,6}?not\s+to\s+"
                 r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+$")
#: (session 42) A refusal told as the ground of another's act ("criticised Hungary over its refusal to arrest him", 'pour son
#: refus d'exécuter le mandat'): someone judging the State's conduct, not its government's word (rules_states.refusal; read
#: before the refusal's words; other languages in their families). English was inline in the rule since session 26.
REFUSAL_GROUND = R(r"\b(?:over|for|because\s+of|due\s+to|despite|after|on\s+account\s+of)\s+(?:its|their|the|his|her)\s+(?:\w+\s+)?$")
#: (session 44, mleft35) A refusal told by a clause of another's criticism ("France criticised Hungary because it refused to
#: arrest him", 'kritisierte Ungarn dafür, dass es sich weigerte', 'parce qu'elle a refusé'), read where the refusal's words
#: begin: someone judging the State's conduct, as "criticised Hungary for (having) refused", not the critic's refusal nor a
#: government's word (rules_states.refusal; other languages in their families).
REFUSAL_GROUND_CLAUSE = R(r"\b(?:criticis|criticiz|condemn|blam|rebuk|denounc|censur|reprimand|fault|slamm?|chastis|scold|attack)\w*\s+"
                          r"(?:[\w'’.-]+\s+){1,6}?(?:because|since|as|for\s+the\s+fact\s+that)\s+(?:it|they|he|she|"
                          r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:government|authorities))\s+(?:had\s+|has\s+|have\s+)?$")
#: (session 43, mleft34) A refusal told by a finite verb, read where ``REFUSAL_GROUND`` ends: the words before it are then an
#: adverbial of the refusing clause ("Hungary for its part refused to arrest him", 'A Hungria por sua vez recusou-se', 'Trotz
#: der Kritik weigert sich Ungarn'), not the ground of another's act, which tells the refusal by a noun or an infinitive ('over
#: its refusal', 'pela sua recusa', 'por negarse') (rules_states.refusal; other languages in their families).
REFUSAL_GROUND_FINITE = R(r"(?:(?:has|have|had)\s+)?(?:refused|refuses|declined|declines|rejected|rejects)\b|"
                          r"(?:will|would|did|does|do|could|can|shall)\s*(?:not\b|n['’]t\b)|won['’]t\b")
#: (session 42, mtrap138) A release told after an arrest, then the person gone elsewhere ("arrested on Sunday and released two
#: days later, he returned to Libya", 'rilasciato dopo 48 ore, ha fatto ritorno in Libia'): the places after the release are
#: the return's, not the arrest's (rules_travel's arrest; other languages in their families).
RELEASE_THEN_GONE = R(r"\b(?:released|freed|set\s+free|let\s+go)\b[^.;]{0,80}?\b(?:returned|returning|flew\s+(?:back|home)|"
                      r"went\s+(?:back|home)|headed\s+(?:back|home)|(?:was|were|been)\s+(?:flown|sent|deported|repatriated)|repatriated)\b")
#: An immunity denied or only asked about: "has no immunity", "does not have immunity", "whether X has immunity".
IMMUNITY_DOUBTED = R(r"(?:\b(?:no|not|never|whether|if)\b|n['’]t\b)[^.;,]{0,40}$")
PLEDGE = R(r"\b(would arrest|will arrest|would be arrested|will be arrested|obliged to arrest|must arrest|would execute|will execute)\b")
WARRANT = R(r"\b(?:issued|issues|issuing)\s+(?:(?!statements?\b|reports?\b|calls?\b)[\w-]+\s+){0,4}?warrants?\b|"
            # a clause between commas between the verb and the warrant, after a day or not ("issued, at the request of the
            # Prosecutor, a warrant", session 30: "issued on Monday, at the request of the Prosecutor, a warrant for X")
            r"\b(?:issued|issues|issuing)(?:\s+" + WHEN_BETWEEN + r")?\s*,[^.;]{1,80}?,\s*(?:(?!statements?\b|reports?\b|calls?\b)[\w-]+\s+){0,4}?warrants?\b|"
            # (session 39, mnews127) the person after "against" and a description of them between commas before the warrant ("the
            # Court issued against X, the former head of Libya's Internal Security Agency, a warrant of arrest"): the description
            # is the person's, the warrant the verb's object
            r"\b(?:issued|issues|issuing)(?:\s+" + WHEN_BETWEEN + r")?\s+against\s+[^.;,]{1,60}?,[^.;]{1,80}?,\s*(?:(?!statements?\b|reports?\b|calls?\b)[\w-]+\s+){0,3}?warrants?\b|"
            r"^\W*(?:\(?[A-Z][\w .]{1,30}\)?\s*[-–—]\s*)?(?:the\s+)?(?:\w+\s+)?(?:arrest\s+)?warrants?\s+issued\b|"
            # (session 29) an indictment told with the Court as its actor ("was indicted by the ICC on Thursday", "The ICC indicted
            # X"): the press's word for the warrant; not an indictment by another court or without one named (rules_court)
            # (not in a relative clause, the indictment the person's background: "X, who was indicted by the ICC in 2009, …")
            r"(?<!\bwho\s)(?<!\bwhom\s)\b(?:was|were)\s+(?:formally\s+)?indicted\s+(?:[\w'’]+\s+){0,3}?by\s+(?:the\s+)?(?:icc|international\s+criminal\s+court)\b|"
            r"\b(?:icc|international\s+criminal\s+court)\s+(?:has\s+|had\s+|formally\s+|on\s+\w+day\s+)?indicted\s+(?=(?-i:[A-Z]))|"
            r"\bwarrants?\b[^.]{0,60}\b(?:was|were|has been|have been|had been)\s+(?:issued|signed)\b|"
            # (session 28) the Court's judges granting the application ("granted the Prosecutor's request for an arrest warrant
            # against X", "approved arrest warrants for X"), the Court ordering the arrest ("The ICC on Thursday ordered the arrest
            # of X"), and the warrant dated by the day's possessive ("Thursday's arrest warrant for X")
            r"\b(?:granted|grants|approved|approves|accepted|accepts)\s+(?:the\s+)?(?:(?:prosecutor|prosecution|office)['’]?s?\s+)?"
            r"(?:requests?|applications?)\s+(?:for|to\s+issue)\s+(?:an?\s+)?(?:arrest\s+)?warrants?\b|"
            r"\b(?:granted|grants|approved|approves|authori[sz]ed|authori[sz]es)\s+(?:an?\s+|the\s+)?(?:arrest\s+)?warrants?\b|"
            r"\b(?:icc|international\s+criminal\s+court|court|judges|chamber(?:\s+[IVX]+)?)\s+(?:\w+\s+){0,3}?order(?:ed|s)\s+"
            r"(?:the\s+arrest\s+of\b|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}['’]s?\s+arrest\b)|"
            # a warrant issued with its day right after ("faces an ICC arrest warrant issued on Thursday"; the sentence's
            # recalling words, "despite", "under", still make it background)
            r"\bwarrants?\s+(?:of\s+arrest\s+)?issued(?=\s+" + WHEN_BETWEEN + r"\b)|"
            # other verbs of issuing, the Court or its judges as their subject ("ICC judges on Thursday handed down / signed off on
            # arrest warrants for X", "The ICC slapped an arrest warrant on X"; not its Prosecutor's, nor "warrant applications")
            r"\b(?:icc|international\s+criminal\s+court|court|judges|chamber)\s+(?:(?!prosecut|office)\w+\s+){0,3}?(?:signed\s+off\s+on|handed\s+down|slapped|"
            r"put\s+out|announced|delivered)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?warrants?\b(?!\s+(?:applications?|requests?))|"
            r"\b" + DAY_POSSESSIVE + r"\s+(?:arrest\s+)?warrants?\s+(?:for|against)\b|"
            # (session 32) the issue told by its noun after a reaction to it ("welcomed the issuance of warrants against X", "condemned
            # the issuance of arrest warrants for X"): a warrant, the news only when the lead tells it under a warrant
            # headline (extract's LEAD_ISSUED), background otherwise (no day of its own); not "called for the issuance" (sought)
            r"\b(?:welcom\w*|hail\w*|applaud\w*|prais\w*|condemn\w*|denounc\w*|critici[sz]\w*|reject\w*|respond\w*\s+to|"
            r"react\w*\s+to)\s+(?:the\s+)?(?:\w+\s+)?(?:issuance|issuing)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?warrants?\b"
            r"(?=\s+(?:of\s+arrest\s+)?(?:against|for)\b)|"
            # (session 33) a State's statement that "takes note of" the warrants: a warrant only when the sentence tells the issue's
            # own day ("takes note of the issuance today of warrants against X", "took note of the warrants issued by the Court on
            # Wednesday"); "takes note of the warrants against X" is a statement about a warrant already known, background
            r"\b(?:take|takes|took|taken|taking)\s+note\s+of\s+(?:the\s+)?(?:(?:issuance|issuing|issue)\s+" + WHEN_BETWEEN
            + r",?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?warrants?\b|(?:issuance|issuing|issue)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?warrants?\b"
            r"(?=[^.;]{0,100}?\b" + WHEN_BETWEEN + r"\b)|(?:[\w-]+\s+){0,2}?warrants?\s+(?:of\s+arrest\s+)?issued\s+(?:by\s+[^.;,]{1,60}?\s+)?(?="
            + WHEN_BETWEEN + r"\b))|"
            # (session 38, mnews122) a statement on "the decision of the Court on <day> to issue a warrant" ("has noted the decision of
            # the International Criminal Court on Wednesday 4 March 2009 to issue an arrest warrant against X", "the ICC's decision on
            # Wednesday to issue …"): the warrant, of that day; the decision told without its day ("appealed the decision to issue
            # the warrant") recalls a warrant already known, and "the decision whether to issue" is awaited (BACKGROUND_WARRANT)
            r"\b(?:(?:decision|ruling)\s+(?:of|by)\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court|judges|(?:pre-trial\s+)?chamber(?:\s+[IVX]+)?)"
            r"(?:\s*\((?:icc|the\s+court)\))?|(?:icc|court|judges|chamber)['’]s?\s+(?:decision|ruling))\s*,?\s+" + WHEN_BETWEEN
            + r"(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"(?:,?\s+\d{4})?|,?\s+" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?"
            r"\s*,?\s+to\s+issue\s+(?:[\w-]+\s+){0,3}?warrants?\b")
#: The day of the decision to issue warrants, told in a sentence of its own after the warrant (session 39, mnews126): "The
#: decision to issue warrants was made on June 24" after "The ICC issued warrants for A and B" (rules_court dates the warrant by
#: the day told right after these words, when the sentence names no one).
WARRANT_DAY_LATER = R(r"\bdecision\s+to\s+(?:issue|grant)\s+(?:the\s+|these\s+|those\s+|both\s+)?(?:arrest\s+)?warrants?\b(?:\s+of\s+arrest)?"
                      r"\s+(?:was|were|had\s+been)\s+(?:made|taken|adopted)\b")
BACKGROUND_WARRANT = R(r"\b(since|after|because of|despite|under(?!\s+seal\b)|over|wanted under|subject to|named in|earlier|on account of|on the basis of|pursuant to|based on|by virtue of)\b[^.]{0,50}\b(?:issued|warrants?)\b|"
                       r"\b(?:which|(?<!said )(?<!says )(?<!confirmed )(?<!confirms )(?<!announced )(?<!stated )(?<!added )(?<!revealed )(?<!explained )(?<!noted )(?<!reported )that|who)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:issued|issues)\b|\bwhether to issue\b|"
                       # "X, against whom the International Criminal Court (ICC) had issued a warrant": a relative clause recalling it
                       r"\b(?:against|for|on)\s+whom\b[^.;]{0,60}?\b(?:issued|issues|had\s+(?:\w+\s+)?warrants?)\b")
#: Made public; "had not been made public" is the contrary; "published a redacted copy of a sealed warrant" is made public too.
UNSEALED = R(r"(?<!not )(?<!not been )(?<!never )(?<!never been )(?:\bunseal\w*|\b(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)?)\s+(?:an?|the|its)\s+(?:(?:public|redacted|unsealed)\s+)*(?:version|copy)\s+of\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?warrants?\b|\bwarrants?\b[^.;]{0,60}\b(?:was|were|has been|have been)\s+(?:revealed|disclosed|unveiled)\b|\b(?:made|making|makes) (?:it |them |the warrants? )?public\b|\b(?:made|makes) (?:the |its |his |her )?warrants? (?:[\w'’.-]+ ){0,6}?public\b|"
             r"\blift(?:ed|s|ing)? (?:the )?(?:seal|secrecy|confidentiality)\b|"
             # the same act in the passive: "the seal on the warrant for X was lifted on Monday"
             r"\b(?:seal|secrecy|confidentiality)\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?lifted\b|"
             # a decision to make it public ("decided on Tuesday to make public the warrant"; not a request: "asked … to make … public"),
             # a warrant now public, a warrant publicised
             r"\b(?:decided|ordered|agreed|resolved|voted)\s+(?:on\s+\w+\s+|\w+\s+)?to\s+make\s+(?:[\w'’.-]+\s+){0,8}?public\b|"
             r"\bwarrants?\b[^.;]{0,100}\b(?:is|are)\s+now\s+public\b|\bpublici[sz](?:ed|es|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:arrest\s+)?warrants?\b|"
             # the warrant as the subject of a release: "the arrest warrant for X, kept under seal since 2019, was released on Tuesday"
             # (not a person released: the warrant heads the subject, with at most its "for X" and one parenthetical after it)
             r"\bwarrants?(?:\s+of\s+arrest)?(?:\s+(?:for|against)\s+[^,.;]{1,60}?)?(?:,[^,.;]{1,80},)?\s+(?:was|were|has been|have been)\s+(?:released|made public)\b(?!\s+(?:from|on bail))|\bno longer (?:secret|sealed|under seal|confidential)\b|\bpublish(?:ed|es|ing)? (?:an? |the |its |two |three |\w+ )?(?:arrest )?warrants?\b|\bwarrants?\b[^.;]{0,60}\b(?:was|were|has been|have been) published\b|\b(?:previously|formerly) (?:secret|sealed|confidential)\b|\b(?:reclassif|declassif)\w*|\b(?:reveal|disclos|unveil)(?:ed|es|s|ing)\b(?=[^.;]{0,40}\bwarrant)|"
             # (session 28) "publicly released a sealed warrant", "ordered the release of the warrant for X, kept under seal"
             r"\b(?:released|releases|published|publishes)\s+(?:an?|the|its)\s+(?:previously\s+|formerly\s+)?(?:sealed|secret|confidential)\s+(?:arrest\s+)?warrants?\b|"
             r"\border(?:ed|s)\s+the\s+(?:release|publication|unsealing|disclosure)\s+of\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?warrants?\b)")
APPLICATION = R(r"\b(appl(?:y|ied|ies|ication)|request(?:ed|s)? (?:arrest )?warrants?|seek(?:s|ing)? (?:an? )?(?:arrest )?warrants?|asked the judges)\b")
#: (a demonym or other capitalised word before a lower-case role is no part of the name: "for Libyan suspect X Y")
NEW_NAME = re.compile(r"\b(?:for|against)\s+(?:(?:[a-z]+|[A-Z][a-zà-ÿ'’\-]+(?=\s+[a-z]))\s+){0,4}?((?:[A-Z][a-zà-ÿ'’\-]+\s+){1,4}[A-Z][a-zà-ÿ'’\-]+)")
DOMESTIC = R(r"\b(high court|national court|domestic court|magistrate|provisional warrant|interpol)\b")
NONCOMPLIANCE = R(r"\b(failed to comply|non-?compliance|non-?cooperation|fail(?:ed|ing|ure) to (?:provisionally |promptly )?(?:arrest|cooperate|comply|surrender|meet its obligations|fulfil+ its obligations)|"
                  r"did not comply|did not cooperate|had not cooperated|(?:breached|violated) its (?:obligations?|dut(?:y|ies))|(?:for|over) not (?:arresting|executing|surrendering)|should have (?:arrested|surrendered)|"
                  r"obligations? to arrest\b[^.;]{0,80}\band failed to do so|"
                  # (session 38) the failure told with the duty it breached: "found South Africa had failed in its duty to arrest X"
                  r"fail(?:ed|ing|ure) in (?:its|their) (?:duty|duties|obligations?) to (?:arrest|cooperate|comply|surrender)|"
                  # (session 39, mleft25) and with no duty named after it ("found South Africa had failed in its duty", "failed in
                  # its obligations to the Court"); not a call, "must not fail in its duty" (the base form is not read)
                  r"fail(?:ed|ing|ure) in (?:its|their) (?:duty|duties|obligations?)|"
                  # (session 45, mnews147) the breach told as a violation of the Statute itself or a refusal to cooperate ("the Chamber
                  # concluded that Mongolia violated the Rome Statute", "had refused to cooperate"), as Spanish 'violó el Estatuto', 'se
                  # negó a cooperar': a failure only with the Chamber's act and the Court in the sentence
                  r"(?:breached|violated|contravened) the (?:Rome )?Statute|refused to cooperate)\b")
#: (session 39) A failure told by its noun ("a finding of non-compliance", "its failure to cooperate"), not as the State's act: a
#: date after it is the finding's, where a date in a failure told as an act ("for not arresting X in 2017") is the failure's own
#: time (rules_court._failure_spans). Read on the start of a NONCOMPLIANCE match; each language adds its nouns
#: (monitor_words.yaml).
FAILURE_NOUN = R(r"^(?:non-?compliance|non-?cooperation|failure)\b")
#: (session 37, mleft21) and the Court named loosely, "an international court has reprimanded Mongolia", "International court
#: criticises Jordan" (not the International Court of Justice)
CHAMBER = R(r"\b(chamber|judges|(?:judge|judges') panel|the court|icc|international criminal court|international\s+court(?!\s+of\s+justice))\b")
WITHDRAW = R(r"\b(withdraw\w*|leave|leaving|quit\w*|exit\w*|pull\w* out|repeal\w*)\b")
#: (session 44, mnews144) A State's leaving told by its joining others who leave, the leaving not finite: "The Gambia joins South
#: Africa and Burundi in withdrawing from the court", "Gambia joins African queue to leave ICC" (the joining State is the one
#: named before the verb; those it joins are background). Not a joining urged, supposed or to come ("urged X to join",
#: "could join", "is expected to join": rules_states.withdrawal's words of doubt and ``ANNOUNCEMENT_AHEAD``).
JOINS_LEAVING = R(r"(?<!\bto\s)\bjoin(?:s|ed)\s+(?:[\w'’-]+\s+){0,8}?(?:in|to)\s+(?:withdraw\w*|leav\w*|quit\w*|exit\w*|pull\w*\s+out)\b")
#: A withdrawal told as the State's word in reported speech: "said on Tuesday it was pulling out of the Rome Statute",
#: "will leave the ICC, its president said" (not a condition, a doubt or a denial: see rules_states.withdrawal).
REPORTED_WITHDRAWAL = R(r"\b(?:will|shall|would|is to|is going to|was|is|are|were|intends? to|plans? to)\s+(?:now\s+)?(?:withdraw\w*|leav(?:e|ing)|quit(?:ting)?|pull(?:ing)? out|exit(?:ing)?)\b"
                        r"(?=[^.;]*\b(?:said|says|told|announced|declared|confirmed)\b)|"
                        r"\b(?:said|says|told|announced|declared|confirmed)\b[^.;]{0,60}\b(?:will|shall|would|is to|is going to|was|is|are|were)\s+(?:now\s+)?"
                        r"(?:withdraw\w*|leav(?:e|ing)|quit(?:ting)?|pull(?:ing)? out|exit(?:ing)?)\b|"
                        r"\b(?:quits|withdraws)\b")
#: A trip told inside another fact's sentence ("failed to arrest him during his visit to the country earlier this year").
DURING_TRIP = R(r"\b(?:during|in the course of|at the time of)\s+(?:his|her|their|the|its|a|that)\s+(?:\w+\s+)?(?:visit|trip|stay|attendance|presence)\b|"
                         # the visit's own clause: "for failing to arrest X when he visited the country for a summit in October"
                         r"\b(?:when|while|as)\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:\w+\s+)?(?:visited|was\s+in|were\s+in|attended|travell?ed|came|went|flew|landed|arrived)\b")
#: (session 39, mtrap27) An arrest only supposed, pledged or offered, told in the clause just before a trip's noun phrase
#: (``DURING_TRIP``): "ready to arrest X during his visit to Germany", "would arrest him during his stay", 'arrêteraient-elles X
#: lors de sa visite', 'dispuestas a detener a X durante su visita': the trip is the arrest's supposed occasion, no trip told
#: (read on the text before the phrase, to its end). Not a failure ("failed to arrest X during his visit": a trip made, the
#: finding's ground, read by ``NONCOMPLIANCE``), nor an arrest made ("police arrested protesters during X's visit"), nor one
#: ruled out ("would not arrest X during his current visit": a refusal, the visit made; the negation just before the verb,
#: ``negated_before``, in the other languages).
ARREST_SUPPOSED_BEFORE = R(r"\b(?:would|could|will|should|must|might|may|ready\s+to|prepared\s+to|willing\s+to|obliged\s+to)\s+"
                           r"(?:be\s+)?(?:arrest(?:ed)?|detain(?:ed)?|apprehend(?:ed)?)\b[^.;:!?]{0,80}$")
#: ... and in the languages whose verb closes the clause, told just after the phrase ('Putin bei seinem Besuch in Deutschland
#: festzunehmen', 'würden X bei seinem Besuch festnehmen'): read on the text after the phrase, from its start (no English word).
ARREST_SUPPOSED_AFTER = R(r"(?!x)x")
#: The crimes' own time told before a trigger ("wanted for crimes committed in 2013 and 2014, X was arrested"): the period
#: of the crimes, not the day of the act the sentence reports (read on the text just before a date).
CRIME_PERIOD = R(r"\b(?:committed|perpetrated|carried\s+out)\b[^.;:]{0,100}$")
#: (session 41, mnews134) The start of a state told in a relative clause after a fact's trigger ("… issued a warrant for A, who has
#: exercised authority in Afghanistan since 2021"): read on the text from the trigger to a date, that date is where the person's state
#: starts, not the fact's day. A family: the other languages add theirs ('…, che esercita … dal 15 agosto 2021', '…, qui exerce le
#: pouvoir depuis le 15 août 2021', '…, der seit dem 15. August 2021 regiert', '…, que ejerce el poder desde 2021').
#: (session 45, mnews145) and in a relative clause of place ("Netanyahu's visit to Washington comes as a ceasefire holds in Gaza,
#: where more than 47,500 Palestinians have been killed since October 7, 2023"): where the place's state starts, not the trip's day
#: (a number's thousands separator, "47,500", '47.500', is no clause break).
SINCE_IN_RELATIVE = R(r",\s*(?:who|whom|whose|which|that|where)\b(?:[^,;.()]|(?<=\d)[.,](?=\d{3}))*\bsince\s+(?:early\s+|mid-?\s*|late\s+|the\s+)?$")
#: (session 45, mnews145) A place told back by an adverb ("Whether X will travel there is unclear", 'Ob X dorthin reisen wird, ist
#: unklar'): in a sentence of a trip only supposed that names no State, the States of the sentence before are the ones it means, not
#: every trip of the person's (a family: the other languages add theirs).
PLACE_BACK = R(r"\bthere\b")
#: (session 38) A trip ranked against a time since which there was none ("on his first trip to Europe since 2023", "his first visit
#: to a member State since the warrant"): read on the text just before a date, that date is where the comparison starts, never the
#: trip's own time. A family: the other languages add theirs ('son premier voyage en Europe depuis 2023', 'su primer viaje … desde').
FIRST_TRIP_SINCE = R(r"\b(?:first|second|third|only|last|latest)\s+(?:[\w'’-]+\s+){0,3}?(?:trip|visit|journey|stay|travel|outing|tour)\b"
            r"[^.;:,]{0,60}?\bsince\s+(?:early\s+|mid-?\s*|late\s+|the\s+(?:start|end|beginning)\s+of\s+)?$")
#: The crimes' own place told just before a State, by the verb of committing ("charges of war crimes committed in Libya"): where they were, not
#: the State that hands the person over (read on the text just before a State named in a surrender's sentence; session 36).
#: A family: the other languages add theirs ('commis en Libye', 'cometidos en Libia').
CRIME_SCENE = R(r"\b(?:committed|perpetrated|carried\s+out)\s+(?:[\w'’-]+\s+){0,2}?(?:in|on)\s+(?:the\s+)?$")
#: A trip's type and date (session 24), read on the text just before a date or around a trip's noun:
#: the telling's own day, "the Kremlin said on Monday that X will visit …", "announced at the end of September that …",
#: "…, state media reported on Thursday": the day a plan was told, not the day of the trip to come.
REPORTED_DAY = R(r"\b(?:said|says|announced|announces|confirmed|confirms|reported|reports|stated|states|added|disclosed|discloses|revealed|"
                 r"reveals|indicated|indicates|told\s+(?:[\w'’-]+\s+){0,3}?|quoted\s+(?:[\w'’-]+\s+){0,3}?as\s+saying)\s+"
                 r"(?:(?:on|at|in|by|during|late|early|earlier|the|end|start|beginning|middle|of|last|this)\s+){0,5}$")
#: (session 42, mleft32) A trip's time told only as ahead of the telling, with no day ("will travel to A in the coming weeks", "in
#: the next few days", "within weeks"): no date of the sentence that is not after the document's day is the trip's (it is the
#: telling's: 'se rendra … dans les prochaines semaines, a annoncé le Kremlin le 20 août'); each language adds its words.
UNDATED_AHEAD = R(r"\b(?:in|over|during)\s+the\s+(?:coming|next|following|upcoming)\s+(?:few\s+|several\s+|couple\s+of\s+|two\s+|three\s+)?"
                  r"(?:days|weeks|months)\b|\bwithin\s+(?:the\s+)?(?:next\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months)\b|"
                  r"\bin\s+(?:a\s+few|several|two|three)\s+(?:weeks|months)(?:['’]\s*time)?\b")
#: A clause of what is still to come after a stay or arrival told ("is in Chad for a summit and will return home on Sunday",
#: "arrived in Hanoi, where he will meet the president on Friday", "is expected to leave on Friday"): a date after it is that
#: clause's, not the arrival's (read on the text between the trip's verb and the date).
AHEAD_CLAUSE = R(r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|going|planning|slated)\s+to|(?:is|are)\s+to\s+(?:leave|depart|return|meet|hold|"
                 r"sign|travel|fly|head|go)|plans?\s+to)\b")
#: A gathering's own time told in a clause of it after the arrival ("arrived for the Arab summit, which begins on Wednesday",
#: "the forum that runs until Thursday"): the gathering's, not the arrival's (read on the text between the trip's verb and the date).
#: … or in a participle set off by a comma ("attended the summit, held this year in the Kazakh capital", session 28).
GATHERING_TIME = W(r"\b(?:{gathering}|{meeting})\s*(?:,?\s+(?:which|that|whose)|,\s+(?:(?:to\s+be\s+)?(?:held|hosted|staged|convened)|taking\s+place))\b[^.;]{0,80}$")
#: An opening clause that tells the trip of the main clause's subject (session 28): made ("After his visit to A, X …", "After
#: arriving in A, X …", "Following her trip to A, …") or under way, a trip to come ("Before departing for A, X …", "On his way
#: to A, X …", "En route to A, X …"). Group 1: the words of a trip to come (set for the second kind); group 2: the place.
OPENING_TRIP = R(r"\W*(?:(?:after|following|upon|on)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|arrival)\s+(?:to|in)|"
                          r"(?:arriving|landing|touching\s+down)\s+(?:in|at))|"
                          # the participle alone opens the sentence (session 29): "Arriving in A on Thursday, X said …", "Having
                          # arrived in A, X …", "Newly arrived in A, X …"
                          r"(?:arriving|landing|touching\s+down|having\s+(?:arrived|landed|touched\s+down)|(?:newly|just)\s+arrived)\s+(?:in|at)|"
                          r"((?:before|prior\s+to|ahead\s+of)\s+(?:departing|leaving|setting\s+off|flying|heading)\s+(?:for|to)|"
                          r"(?:on|while\s+on)\s+(?:his|her|their)\s+way\s+to|en\s+route\s+to))\s+([^,;:()]{2,80}?),\s*")
#: (session 38) A trip just made, told as where the traveller comes fresh from, read just before a State's or place's name: "fresh
#: from a visit to Pyongyang", "fresh off his trip to", "just back from" (rules_travel.visits: a visit made to that place, not the
#: trip the sentence tells to come; each language adds its own: 'tout juste rentré de', 'recién llegado de', 'appena tornato da').
FRESH_FROM = R(r"\b(?:fresh|just\s+back|hot)\s+(?:back\s+)?(?:from|off)\s+(?:(?:a|an|his|her|their|the)\s+)?"
               r"(?:(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\s+(?:to|in)\s+)?(?:the\s+)?$")
#: (session 38) A trip told as made at the moment another act was ("The announcement came at the moment when X arrived in
#: Budapest", 'O anúncio foi feito no momento em que X chegou a Budapeste', 'au moment où', 'nel momento in cui'): read before the
#: trip's verb (extract: the trip takes the day of the act the sentences just before dated, when its own sentence tells none).
MOMENT_WHEN = R(r"\bat\s+the\s+(?:very\s+|same\s+|exact\s+)?moment\s+(?:when|that)?\b")
#: A refusal told by an anaphor of the arrest the sentence before spoke of ("The government ruled that out", "rejected the idea",
#: "dismissed that possibility"; session 29): read with that sentence, which must name the arrest, the person and the State
#: (rules_states.refusal). A negation before it ("did not rule that out") is read by the rule.
ANAPHORIC_REFUSAL = R(r"\b(?:rul(?:ed|es|ing|e)\s+(?:that|this|it)\s+out|rul(?:ed|es|ing|e)\s+out\s+(?:that|this|such\s+an?|the|any\s+such)\s+"
                      r"(?:\w+\s+)?(?:possibility|idea|option|prospect|scenario|suggestion|step|move)|(?:rejected|dismissed|excluded)\s+"
                      r"(?:that|this|such\s+an?|the|any\s+such)\s+(?:\w+\s+)?(?:possibility|idea|option|prospect|scenario|suggestion))\b")
#: An arrest or a handover spoken of, in the sentence an anaphoric refusal answers ("asked whether Hungary would arrest X").
ARREST_ASKED = R(r"\b(?:arrest\w*|detain\w*|hand(?:s|ed|ing)?\s+(?:\w+\s+)?over|surrender\w*|execut\w*\s+(?:the\s+|an?\s+)?(?:\w+\s+)?warrant)")
#: A negation just before an anaphoric refusal ("did not rule that out", "non ha escluso", "n'a pas exclu"): no refusal.
ANAPHOR_NEGATED = R(r"(?:\b(?:not|never|non|pas|jamais|no|nunca|nicht|nie|não)\b|n['’]t\b)[^.;,]{0,12}$")
#: A pair as a sentence's subject ("Both men will travel to A", "The two leaders arrived in A"; other languages add theirs): after a
#: sentence that names exactly two persons, the trip is each one's (session 29). Not a pair of others ("Both countries", "The two
#: ministers").
BOTH_SUBJECT = R(r"^\W*(?:both(?:\s+(?:men|women|leaders|presidents|of\s+them))?|the\s+two(?:\s+(?:men|women|leaders|presidents))?)\b"
                 r"(?!\s+(?:countries|states|governments|sides|nations|ministers|officials|delegations|men['’]s|of\s+(?:the|these|those)\b))")
#: An opening clause told by an arrival's participle ("Arriving in A", "After landing in A"; other languages add theirs): before a
#: main clause to come, the arrival is to come ("Arriving in A on Thursday, X will meet …"; session 29). Read on OPENING_TRIP's match.
ARRIVING_OPENING = R(r"\W*(?:(?:after|following|upon|on)\s+)?(?:arriving|landing|touching\s+down)\b")
#: A departure's opening told as before the main clause ("Before departing for A", not "On his way to A"): read on its group 1.
OPENING_BEFORE = R(r"\W*(?:before|prior\s+to|ahead\s+of)\b")
#: The main clause after a departure's opening told in the past ("Before departing for A on Sunday, X praised …"): the departure is
#: made, the trip told as made (a visit); told in the present or the future, it is a trip to come. Read on the words after the name.
MAIN_PAST = R(r"\s*(?:,[^,.;:]{1,60},\s*)?(?:(?:also|then|first|briefly|had)\s+)?(?:[a-z]+ed|met|said|told|spoke|held|gave|made|took|went|flew|"
                       r"wrote|saw|sent|spent|paid|laid|led|was|were|did)\b")
#: Between an opening clause and the name of its subject: at most five words of a title ("…, Russian President X", "…, the Sudanese
#: leader X", "…, le président russe X"), none a verb or a word of saying in any of the six languages ("…, officials said X").
OPENING_TO_SUBJECT = R(r"(?:(?!(?:said|says|told|tells|saw|met|heard|asked|urged|\w+ed|a|ont|est|sont|ha|han|hanno|è|tem|têm|foi|hat|haben|ist|que|"
                       r"che|dass|selon|según|segundo|secondo)\b)[\w'’.-]+\s+){0,5}")


#: A trip's noun made the object of a preparation or a wait ("preparing for X's visit to Hungary", "ahead of X's trip to Japan",
#: "in anticipation of X's visit"): a trip to come (read on the text before the noun, the traveller's name in between).
AWAITED_TRIP = R(r"\b(?:prepar\w+(?:\s+for)?|in\s+preparation\s+for|ahead\s+of|in\s+anticipation\s+of|awaiting|awaits|await|"
                 r"(?:arrangements?|preparations?|plans?|security)\s+for|pending|prior\s+to|on\s+the\s+eve\s+of)\s+"
                 r"(?:(?:the\s+)?[\w'’.-]+\s+){0,5}?[\w'’.-]*$")
#: The main clause after a trip's noun set ahead ("During X's visit to Vietnam, it is planned to discuss …", "X's visit to Vietnam
#: will include talks"): its verb's time is the trip's (read on the main clause, up to a verb of saying).
MAIN_AHEAD = R(r"^[^.;]{0,120}?\b(?:will|shall|(?:is|are)\s+(?:planned|expected|scheduled|due|set|slated|going)\s+to|(?:is|are)\s+to\s+(?-i:[a-z]))")
#: (session 30) A verb in the pluperfect ("had been arrested", "had surrendered"): an act told as before another, background to the
#: news (other languages add theirs: 'avait été arrêté', 'había sido detenido').
PLUPERFECT = R(r"\bhad\s+(?:(?:already|earlier|previously|once|been)\s+)*(?-i:[a-z])\w+(?:ed|en|wn|ght)\b")
#: (session 40) A finding the judges declined or refused to make ("The judges declined to make a finding of non-compliance
#: against X", "refused to find X in breach"): no finding, so never the lead's finding of the day (parity trap
#: noncompliance-06, which mnews130's lead rule dated to the page's day).
FINDING_DECLINED = R(r"\b(?:declin\w*|refus\w*|reject\w*)\s+to\s+(?:make|issue|enter|find|rule|hold|declare)\b")
#: (session 37) A time of hours before the news told with an act in the pluperfect ("had been arrested hours earlier at Manila
#: airport", 'war einige Stunden zuvor … festgenommen worden', 'avait été arrêté quelques heures plus tôt'): the day's own events
#: told in their order, not a background act (extract: a custody in the pluperfect is the day's news only with such a time; other
#: languages add theirs in monitor_words.yaml). Not "hours before the summit" (a time told by another event).
HOURS_BEFORE = R(r"\b(?:(?:a\s+few|few|several|some|two|three|\d{1,2})\s+)?hours?\s+(?:earlier|previously|beforehand|before(?=\s*[,.;)]|\s*$))\b"
                 r"|\bearlier\s+(?:that|the\s+same)\s+(?:day|morning|evening|night)\b|\bshortly\s+(?:beforehand|earlier)\b")
#: (session 30) The main clause after a trip's noun told in a conditional ("X's visit to Argentina would be the first since the
#: warrant", "could mark a test"): a trip only supposed, neither made nor announced (read on the main clause, before any comma,
#: the conditional its first verb: not "X's visit was proceeding normally and he would return …").
MAIN_SUPPOSED = R(r"^(?:(?!\b(?:is|was|were|are|has|had|have|will|shall|did|does|and|but)\b)[^,.;:]){0,80}?\b(?:would|could|might|"
                  r"(?-i:may)\s+(?:be|have|prove|mark|become))\b")
#: (session 40, mleft29) The traveller named after a trip noun of the future, read right after TRAVEL_FUTURE's match: "the upcoming
#: state visit of X", "the planned visit to India by X" (each language's preposition in its family: 'la visita anunciada de X',
#: 'la visita annunciata di X', 'der angekündigte Besuch von X'): the trip to come is that person's, though named after the cue.
TRAVELLER_AFTER = R(r"\s+(?:to\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:of|by)\b")
#: A trip told by its noun, as ARRIVAL_PAST reads it (rules_travel.visits; other languages add theirs, session 25): "X's visit to", "X's state visit in", "during his visit to", "his trip to".
TRIP_NOUN_TOLD = R(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)\s+(?:to|in)|during\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)|"
                            r"(?:his|her)\s+(?:visit|trip)\s+to|"
                            # (session 37, mleft21) a presence told by its possessive ("X's presence at the inauguration in Kampala")
                            r"['’]s\s+(?:presence|attendance)\s+(?:at|in)")
#: Where a main clause after a trip's noun stops (other languages add theirs): a verb of saying, a relative or complement clause ("During X's visit, Hungary
#: announced that …", "X's visit, which will include talks, ended on Friday").
CLAUSE_STOP = R(r"\b(?:that|which|who|whom|whose|said|says|announced|announces|told|added|stated|noted|declared|according|"
                         r"(?-i:[a-z])\w+ed\s+(?!to\b))")
#: A person carried in a vehicle ("the plane carrying X landed in …", "a flight transporting X"): told of someone in custody, the
#: transport, not a visit (read on the evidence of a visit whose person the same document tells arrested or surrendered).
CARRIED = R(r"\b(?:plane|aircraft|jet|flight|helicopter|convoy|vehicle|airplane|charter)\s+(?:that\s+was\s+|which\s+was\s+)?"
            r"(?:carrying|transporting|bearing|with)\b")
#: The Court's seat named as a trip's end ("left Manila for The Hague"): for someone the story tells held, a transfer, not a trip.
COURT_SEAT = R(r"\bthe\s+hague\b|\bden\s+haag\b|\bla\s+haye\b|\bl[ae]\s+haya\b|\bl['’]aia\b|\bhaia\b")
#: A departure from a place, told right before the place (read on the text before it): "the plane left Bangui", "a delegation
#: that departed from Bangui", "took off from Bangui". For a surrender told without its State, the one State the document tells
#: the transfer leaving is the State that held the person (extract._held_state, session 37); other languages add their words
#: in data/lookups/monitor_words.yaml ('vient de quitter Bangui', 'ha abandonado la República Centroafricana').
DEPARTED_FROM_PLACE = R(r"\b(?:left|departed(?:\s+from)?|took\s+off\s+from|(?:flown|flew|taken)\s+out\s+of)\s+(?:the\s+)?$")
#: A departure prevented, told right before the State left ("an order preventing X from leaving South Africa", "barred him from
#: leaving Nigeria"): the person is in that State on the day (rules_travel.visits, session 37, mleft21); each language adds its own
#: in data/lookups/monitor_words.yaml ('empêcher X de quitter', 'impedir a X salir de', 'impedire a X di lasciare').
KEPT_FROM_LEAVING = R(r"\b(?:prevent(?:s|ed|ing)?|bar(?:s|red|ring)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?)\s+"
                      r"(?:him|her|(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+from\s+leaving\s+(?:the\s+)?$")
#: An order's purpose told right before its verb ("an order to prevent X from leaving"): the order is made, not supposed, whatever a
#: language's HYPOTHETICAL reads in it ('une ordonnance pour empêcher', 'un ordine per impedire'; session 37, mleft21).
ORDER_PURPOSE = R(r"\b(?:order|injunction|ruling)\s+(?:to|for)\s+$")
#: A departure told with its verb after the place (read on the text right after it, session 37, mleft21): German's 'Das Flugzeug hat
#: Bangui verlassen', 'ist aus Bangui abgeflogen'. English puts the verb before the place (DEPARTED_FROM_PLACE) and has none here;
#: the languages that do add theirs in data/lookups/monitor_words.yaml.
DEPARTED_AFTER_PLACE = R(r"(?!x)x")
#: (session 46, mleft37) An arrest or an extradition told right before the place (read on the text before it): "was arrested in
#: Manila", "arrested at Ninoy Aquino International Airport", "extradited to Abidjan". For a surrender told without its State, the
#: one State the document places the person's custody in is the State that held them and hands them over, as a detention placed
#: there is (extract._held_state); each language adds its words in data/lookups/monitor_words.yaml ('arrêté à Abidjan', 'detenido
#: en Manila', 'arrestato a Manila', 'preso em Manila'). Only a sentence that names that person or no other places them.
ARRESTED_IN_PLACE = R(r"\b(?:(?:was|were|been|being|is|got)\s+)?(?:arrested|apprehended|captured|extradited)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:in|at|to)\s+(?:the\s+)?$")
#: (session 46, mleft37) An arrest told with its verb after the place (read on the text right after it): German's 'in Manila
#: festgenommen'. English puts the verb before the place (ARRESTED_IN_PLACE) and has none here; the languages that do add theirs in
#: data/lookups/monitor_words.yaml.
ARRESTED_AFTER_PLACE = R(r"(?!x)x")
#: The place of the crimes or of the war a warrant is about, told just before a State ("for war crimes in Ukraine", "por
#: crímenes de guerra en Gaza"): what the case is about, not where anyone goes (read on the text just before a State;
#: English's words are in mentions.CONFLICT_BEFORE, other languages add theirs in data/lookups/monitor_words.yaml).
CRIME_PLACE = R(r"\bcrimes\s+(?:\w+\s+)?(?:in|of|against)\s+(?:the\s+)?$|"
                # (session 49, mleft42) the place a few words after the crimes' noun ("crimes against humanity in Darfur", "war
                # crimes allegedly committed in Gaza"): where crimes were committed, no State that withdraws (rules_states.withdrawal)
                r"\b(?:crimes|genocide|massacres?)\s+(?:[\w-]+\s+){1,3}?(?:in|on)\s+(?:the\s+)?$|"
                # (session 42, mnews137) the place of the alleged acts named by their noun ("allegations of child abduction in
                # Ukraine", "the deportation of children from Ukraine"), as Italian 'deportazione', 'bambini' before a State
                r"\b(?:abductions?|deportations?|atrocities|killings)\s+(?:[\w-]+\s+){0,3}?(?:in|from)\s+(?:the\s+)?$|"
                # (session 45, mnews145) the State peace talks are for or about ("a summit that could be a turning point in the peace
                # talks for Ukraine"): what they are about, not a destination (not "the peace summit in Switzerland": a place)
                r"\bpeace\s+(?:talks|negotiations|process|plan|deal|efforts|agreement)\s+(?:for|on|over|about)\s+(?:the\s+)?$")
#: The warrant's noun, read where a rule asks whether a sentence speaks of a warrant at all (rules_court).
WARRANT_NOUN = R(r"\bwarrants?\b")
#: Warrants told in the plural, in the languages the monitor reads: "issued arrest warrants for senior leaders.", "hat
#: Haftbefehle gegen führende Mitglieder der Taliban erlassen.", then the persons named in the next sentence (rules_court).
PLURAL_WARRANTS = R(r"\bwarrants\b|\bHaftbefehle\b|\bmandats\s+d['’]arr[êe]t\b|\bmandati\s+(?:d['’]|di\s+)arresto\b|"
                    r"\b[óo]rdenes\s+de\s+(?:arresto|detenci[óo]n|captura|aprehensi[óo]n)\b|\bmandados\s+de\s+(?:pris[ãa]o|deten[çc][ãa]o)\b")
#: The act that makes a withdrawal the State's: announced, decided, voted, notified, begun (rules_states.withdrawal).
WITHDRAWAL_ACT = R(r"\b(?:(?:announc|decid|declar|vote|approved|passed|adopted|repeal|notif|deposit|lodg|submit|promulgat|enact|transmit)\w*|"
                   # (session 46, mnews151) the leaving decreed: "decreed on Tuesday the country's withdrawal from the Rome Statute"
                   r"decree(?:d|s)|"
                   # (session 45, mnews148) the verb "communicated", not the noun: "citing a communication error" is no act
                   r"communicat(?:ed|es|e|ing)|began|begin\w*|start(?:ed|s|ing)?|sign(?:ed|s|ing)?|serv(?:ed|es|ing)|inform(?:ed|s|ing)?|"
                   r"present(?:ed|s|ing)?)\b|"
                   # (session 40, mnews130) the decision told as taken, done: "has taken the unanimous decision to withdraw"
                   r"\b(?:took|taken|made)\s+(?:the|a)\s+(?:\w+\s+)?decision\s+to\b|"
                   # (session 38) a government confirming its own intention or decision to leave ("confirmed ... his government's
                   # intention to withdraw from the International Criminal Court"): its word, as "announced"
                   r"\bconfirm(?:ed|s|ing)?\b(?![^.;]{0,100}\b(?:no|not|never|without)\s+(?:\w+\s+)?(?:intention|decision|plans?)\b)"
                   r"(?=[^.;]{0,100}\b(?:intention|decision|plans?)\s+to\s+(?:withdraw|leave|quit|exit|pull))")
#: The forums a finding of non-compliance is referred to (rules_court.noncompliance), read in the sentences from the finding on.
ASSEMBLY = R(r"assembly of states parties|\basp\b")
COUNCIL = R(r"security council")
#: The Chamber's own act, the finding's anchor ("ruled", "found", "decided").
FINDING_ACT = R(r"\b(ruled|found|finds|decided|held|concluded)\b")
#: (session 38) the Court told by what it is, not by its name ("the world's only permanent war crimes tribunal", "the only
#: permanent international criminal court"); each language adds its own ('único tribunal global permanente').
#: (session 38) … and by its seat: "quits The Hague court", "the Hague-based court", "the court in The Hague" (not the International
#: Court of Justice nor the Permanent Court of Arbitration, named with words of their own between "court" and "The Hague"; not
#: "the Hague tribunal", the name of the tribunal for the former Yugoslavia).
STATUTE = R(r"\b(rome statute|icc|international criminal court|the court|ratification|"
            r"only\s+permanent\s+(?:(?:global|international|world)\s+)?(?:war[- ]crimes\s+|criminal\s+)?(?:court|tribunal)|"
            r"hague(?:-based)?\s+court|court\s+(?:based\s+)?in\s+the\s+hague)\b")
NOTIFIED = R(r"\b(deposited|lodged|submitted|handed|delivered|sent|transmitted|served|presented)\b[^.]{0,80}\b(notification|notice|instrument|note verbale|letter)\b|"
             r"\b(?:formally |officially )?(?:informed|notified) the (?:un|united nations)(?: secretary[- ]general)?\b|\bserved notice\b|"
             r"\b(?:formally |officially )?(?:informed|notified) the secretary[- ]general of the united nations\b|"
             # (session 42, mleft32) the depositary by its office alone ("notified the Secretary-General on 27 October 2016 of its
             # withdrawal"), the United Nations' where a withdrawal is told
             r"\b(?:formally |officially )?(?:informed|notified) the (?:un |united nations )?secretary[- ]general\b|"
             r"\bformally notified\b|\bnotif\w+ (?:the )?(?:un|united nations) secretary-general\b|"
             # (session 47, mnews157) "has officially notified them of their withdrawal" (the UN named before), as "formally
             # notified"; and the depositary named without its article or by a headline's present ("Gambia notifies UN of
             # withdrawal", "has notified UN"): done, not "will notify"
             r"\bofficially notified\b|\bnotifie[ds]\s+(?:the\s+)?(?:un|united nations)\b|"
             # (session 41, mnews134) the notice told as given to the depositary: "has given official notification to the United
             # Nations of its intention to withdraw", "gave formal notice to the UN" (done: not "will give")
             r"\b(?:gave|given)\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:formal\s+|official\s+|written\s+)?(?:notification|notice)\s+"
             r"(?:[\w'’-]+\s+){0,2}?to\s+the\s+(?:un|united nations)\b|"
             r"\bcommunicated\b[^.]{0,100}\bto the (?:un|united nations)(?: secretary[- ]general)?\b|"
             # (session 36) the depositary receiving it: "The UN Secretary-General received Hungary's notification of withdrawal"
             r"\b(?:un|united nations) secretary[- ]general\b[^.;]{0,30}?\b(?:received|has received|receives|acknowledged receipt of)\b[^.;]{0,60}?\b(?:notification|notice|instrument)\b")
#: (session 36) A notice of withdrawal with no instrument named after it ("its formal notice of withdrawal to the United
#: Nations"; not "notice of withdrawal from the Paris Agreement"): with a notice to the depositary (``NOTIFIED``), the withdrawal
#: the monitor reads, though the sentence names no Statute (rules_states.withdrawal). Each language adds its own.
NOTICE_OF_WITHDRAWAL = R(r"\b(?:notice|notification|instrument|letter)\s+of\s+(?:its\s+|their\s+|the\s+country['’]s\s+)?withdrawal\b(?!\s+(?:from|of)\b)")
#: (session 43, mnews140) and the leaving given up: "dropped its plan to withdraw", "gave up its bid to leave", "backtracked on"
#: (each language adds its own: 'desistió de retirarse', 'ha rinunciato a ritirarsi', 'verzichtet auf den Austritt').
REVOKE = R(r"\b(revok\w+|revocation\w*|rescind\w*|rescission\w*|reconsider\w*|revers\w+|withdrew its (?:notification|notice)|abandon\w*|"
           r"(?:dropp(?:ed|ing)|drops|g[ai]ve\s+up|giving\s+up)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:plans?|bid|decision|intention|move)|"
           r"backtrack\w*)\b")
#: A statement by several States; "a statement of support" counts only with a number of States told beside it (rules_states).
#: (session 46, mnews151) also one State's statement made on behalf of a counted group of States ("Mexico delivered a statement on
#: behalf of 48 States in support of the Court"): a joint statement told by its count (not "on behalf of its member States").
JOINT = R(r"\bjoint (?:statement|declaration)s?\b|\b(?:statement|declaration)s?\s+(?:\w+\s+){0,2}?on\s+behalf\s+of\s+(?!(?:its|their|the|all|his|her)\b)"
          r"[\w-]+\s+(?:other\s+)?(?:states|countries|governments|states\s+parties)\b")
JOINT_COUNTED = R(r"\b(?:statement|declaration)s? (?:of|in) support\b")
NGO = R(r"\b(ngos?|non-governmental|civil society|organi[sz]ations|rights groups)\b")
AGAINST = R(r"\b((?:statement|declaration|letter)s? (?:\w+ ){0,3}against the (?:icc|court)|condemn\w* the (?:icc|court))\b")
DRAFTERS = R(r"\b(drafted|initiated|led|coordinated|sponsored|put forward) by\b")
#: A pronoun or a title standing for the person just named, opening the sentence: "He", "The former …", "The president",
#: or "The" and a demonym ("The Sudanese leader …"; the demonym is checked against every State's by ``pronoun``, so
#: no State is named here; session 29: seven were); after a time told first too ("On Tuesday, the prime minister landed …",
#: "Hours later, he …", session 30).
PRONOUN = R(r"^(?:\W*)(?:[A-Z]\w+ed\b[^,]{0,80},\s*|(?:(?:late |early )?on|later|earlier|hours later|minutes later|shortly after(?:wards)?|then|"
            r"upon|after that|afterwards)\b[^,.;]{0,30},\s*)?(he|she|his|the (?:former|ex)\b|the (?:president|leader|prime minister|general|suspect)|the (?-i:[A-Z])[\w'’-]+)\b")
#: A pronoun or a title standing for a person, anywhere in a sentence (moved here from corefer.py in session 37 to be a family:
#: each language adds its pronouns in data/lookups/monitor_words.yaml, 'lorsqu'il est arrivé', 'nachdem er eingetroffen war').
REFER = re.compile(
    r"\b(?:he|him|she)\b|"
    r"\bthe\s+(?:(?:former|ex-?|ousted|deposed|detained|indicted|embattled|fugitive|veteran|\d{2}-year-old|[\w-]+ian|[\w-]+ese)\s+){1,3}"
    r"(?:president|leader|strongman|general|commander|warlord|ruler|head of state|politician|prime minister)\b|"
    r"\bthe\s+\d{2}-year-old\b", re.I)
#: (session 38) A pronoun as the subject of a reported clause, right after the verb of saying or writing and its "that" ("the Kremlin
#: said that he will travel to …", "his office wrote that she will attend …"): the person named just before, for a trip to come
#: as for an act made (extract: read with ``refers_back``). A family: the other languages add theirs ('a annoncé qu'il se
#: rendra', 'disse que ele', 'ha detto che egli', 'sagte, er werde').
REPORTED_REFER = R(r"\b(?:said|says|announced|announces|confirmed|confirms|stated|states|added|adds|wrote|writes|reported|reports|told\s+[\w-]+)"
                   r"(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she)\b")
#: Any State at all, as a supposed trip's destination: "any ICC member state", "a member country", "abroad" (moved here from
#: extract.py in session 37 to be a family: each language adds its own in data/lookups/monitor_words.yaml, 'un pays membre',
#: 'un país que reconoce', 'all'estero', 'ein Mitgliedsland').
ANY_STATE = R(r"\b(?:any|every|an?|one of the)\s+(?:[\w-]+\s+){0,2}?(?:member\s+)?(?:states?|country|countries|nations?|signator(?:y|ies))\b|\babroad\b|"
              # (session 40, mnews132) States named only as an unnamed group: "Several European countries have said that X will be
              # detained if he sets foot on their soil" (their territory is the warrant's reach, not the trip the document announces)
              r"\b(?:several|many|some|other|numerous|various|most|a\s+number\s+of|a\s+few)\s+(?:[\w-]+\s+){0,2}?(?:member\s+)?"
              r"(?:states|countries|nations|governments|signatories)\b")
#: The words PRONOUN reads after "the" that are no demonym (its first alternatives).
_PRONOUN_TITLES = R(r"the (?:former|ex|president|leader|prime minister|general|suspect)\b")


def pronoun(s: str, spec: Any) -> re.Match[str] | None:
    """``PRONOUN`` at the start of ``s``, its "the <word>" only where the word is a State's demonym (``Spec.is_demonym``)."""
    m = PRONOUN.search(s)
    if m is not None and re.match(r"the\s", m.group(1), re.I) and not _PRONOUN_TITLES.match(m.group(1)) \
            and not spec.is_demonym(m.group(1).split()[-1]):
        return None  # "The Rome court": no demonym, no one
    return m
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
COUNT = R(r"\b(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          # (session 44, mnews144) also "34 other countries", "34 more States": the count of the others who signed with the one
          # the sentence names
          r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:other|more|further)\s+)?(?:icc\s+)?(?:states|countries|governments|states parties|member states|"
          r"ministers|nations|member nations|parties|un member states|signatories)\b")
#: (session 44, mnews144) The signing of a statement told with its count of signatories, in the sentence after the statement's
#: noun ("It was signed together with the ministers of 34 other countries", 'Firmada em conjunto com ministros de outros 34
#: países'): each language adds its words (rules_states.joint_statement, ``_counted_next``).
JOINT_COSIGNED = R(r"\b(?:(?:co-?)?signed|endorsed|(?:together|jointly|along)\s+with|joined\s+by)\b")
#: States as the subject of a sentence of support ("Over half the member states … defended the tribunal on Tuesday"; moved here
#: from rules_states in session 42 to be a family: each language adds its words). (session 42, mnews137) Also the Court's
#: members named as such ("Some 80 of the 125 members of the International Criminal Court denounced …").
STATES_SUBJECT = R(r"\b(?:member\s+states|states\s+parties|countries|nations|governments|states|"
                   r"members\s+of\s+the\s+(?:icc|(?:international\s+criminal\s+)?court))\b")
#: What a statement of support says; a joint statement without it (a joint withdrawal, a joint protest) is not one.
SUPPORT = R(r"\b(support\w*|reaffirm\w*|backing|back(?:s|ed)?|defen[cs]e of|defend\w*|solidarity|commitment|uphold\w*|independence|"
            # (session 36) a condemnation of measures taken against the Court is support of it: "condemned the sanctions against
            # the Court" (not "condemned the Court", which AGAINST reads; not sanctions against anyone else)
            r"condemn\w*\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|attacks|threats|pressure|measures|intimidation|coercion)\s+"
            r"(?:against|on|targeting|aimed\s+at)\s+(?:the\s+)?(?:icc|court|international\s+criminal\s+court|its\s+(?:officials|judges|staff))|"
            # (session 42, mnews137) the same condemnation told by the verb of denouncing ("denounced the US sanctions against the
            # court"); denouncing the Statute itself stays a leaving (rules_states.joint_statement reads "denounc" so)
            r"denounc\w*\s+(?:[\w'’-]+\s+){0,3}?(?:sanctions|attacks|threats|pressure|measures)\s+(?:[\w'’-]+\s+){0,4}?"
            r"(?:against|on|targeting)\s+(?:the\s+)?(?:icc|court|international\s+criminal\s+court))\b")
#: (session 36) A joint statement only weighed, prepared, discussed, rumoured or asked for, told just before its noun: "are considering a joint
#: statement", "are drafting a joint declaration", "discussed a possible joint statement": none issued. Read on the text before
#: the statement's noun (rules_states.joint_statement); each language adds its own in data/lookups/monitor_words.yaml.
JOINT_WEIGHED = R(r"\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:considering|weighing|mulling|discussing|debating|drafting|preparing|negotiating|planning)|"
                  r"consider(?:s|ed)?|weigh(?:s|ed)?|mull(?:s|ed)?|discuss(?:es|ed)?|debat(?:es|ed)|plan(?:s|ned)?\s+to\s+(?:issue|sign|release|adopt)|"
                  r"(?:talks?|discussions?|negotiations?)\s+(?:on|about|over))\s+(?:an?\s+|the\s+idea\s+of\s+(?:an?\s+)?)?(?:(?:possible|eventual|potential|new)\s+)?|"
                  # a statement only rumoured or asked for: "Rumours of a joint statement …", "urged States to issue a joint statement"
                  r"\brumou?rs?\s+(?:of|about)\s+(?:an?\s+)?(?:(?:possible|new)\s+)?$|\b(?:urg|call|ask|press|demand|invit)\w*\s+(?:on\s+|upon\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:issue|sign|adopt|release|publish|make|join)\s+(?:an?\s+)?$|"
                  r"\bcall\w*\s+for\s+(?:an?\s+)?$|"
                  # (session 37) a statement only supposed or declined: "States would issue a joint statement", "declined to sign a
                  # joint statement"
                  r"\b(?:would|could|might)\s+(?:(?:also|then|still)\s+)?(?:issue|sign|release|adopt|publish|make|join)\s+(?:an?\s+)?(?:(?:possible|new)\s+)?$|"
                  r"\b(?:declin|refus|reject)\w*\s+(?:[\w-]+\s+){0,2}?to\s+(?:sign|join|endorse|back)\s+(?:an?\s+|the\s+)?$")
#: (session 31) Human-rights defence named as what a group is, not as support of the Court: "criticised by human rights
#: defenders", "organisations for the defence of human rights" ('organizaciones de defensa de los derechos humanos'): its "defend"
#: / "defence" is no support a statement gives (read out before ``SUPPORT`` in a joint statement's sentences; each language's in
#: data/lookups/monitor_words.yaml).
RIGHTS_DEFENCE = R(r"\b(?:(?:human\s+)?rights\s+defenders?|defen[cs]e\s+of\s+(?:the\s+)?human\s+rights|defend(?:s|ed|ing)?\s+(?:the\s+)?human\s+rights)\b")
#: A finding only asked for, told just before its verb: "The prosecutor asked the judges to find Mongolia in non-compliance",
#: "urged the Chamber to rule that …" (session 29; other languages' infinitives of a finding are not in their FINDING words).
FINDING_ASKED = R(r"\b(?:ask\w*|urg\w*|request\w*|call\w*\s+(?:on|upon)|press\w*|invit\w*|want\w*|seek\w*|sought|appeal\w*\s+to|petition\w*)\b"
                  r"[^.;]{0,60}?\bto\s+$")
#: (session 46, mnews151) A finding only supposed, read on the text just before the Chamber's verb of finding: a modal or a condition
#: ("The Court could find that Mongolia failed to comply", "may find", "would have to find", "if they find"), no finding made, as
#: ``FINDING_ASKED``; nor a referral told as still to come ("before referring the matter"). "may" only in lower case: "In May the
#: Chamber found" is the month. Other languages' words are data.
FINDING_SUPPOSED = R(r"\b(?:could|might|would|should|(?-i:may)|if)\s+(?:(?:not|well|also|then|have\s+to|be\s+able\s+to|they|it|the|judges|chamber|court)\s+){0,3}$|"
                     r"\b(?:before|without)\s+$")
#: A State's leaving told only as a fear, a rumour or a speculation, read on the text before the verb of leaving: "Fears that
#: African members would quit the Court had been overplayed, he said", "rumours that X would leave the ICC were denied" (not
#: "X will quit the Court, amid fears that others would follow": the fear comes after the verb; session 31). Each language
#: adds its own words in data/lookups/monitor_words.yaml.
FEARED_LEAVING = R(r"\b(?:fears?|feared|rumou?rs?|speculation|prospect)\s+(?:\w+\s+){0,2}?that\b[^.;]{0,160}$|"
                   # (session 36) reports as the sentence's subject: "Reports that Hungary had notified the UN … were denied"
                   r"^\W*reports?\s+that\b[^.;]{0,160}$")
#: The day a withdrawal takes effect counted from the depositary's receipt of the notice, read on the text before a NOTIFIED
#: match: "takes effect one year after the date on which the Secretary-General receives the notification", French "un retrait
#: qui prendra effet dans un an, à compter de la date de réception de cette lettre par le secrétaire général de l'ONU" (session
#: 32): the notice is named as the rule's starting point, not told as deposited. Each language adds its own words in
#: data/lookups/monitor_words.yaml.
EFFECT_FROM_RECEIPT = R(r"\b(?:takes?|took|taken|taking)\s+effect\b[^.;]{0,80}?\b(?:after|from|following|upon)\b[^.;]{0,60}?"
                        r"\b(?:receipt|receives?|received|receiving)\b[^.;]{0,60}$")
#: A withdrawal's announcement told with a definite word for it and no word for the Court, the leaving named in a sentence just
#: before: "Gambia has become the third African nation to submit its withdrawal from the ICC … Information minister X, who
#: announced the withdrawal on Wednesday on national television, said …" (session 32; rules_states.withdrawal_anaphor).
ANNOUNCED_THE_WITHDRAWAL = R(r"\b(?:announc\w*|declar\w*|proclaim\w*)\s+(?:the|its|their|this|that|the\s+country['’]s)\s+"
                             r"(?:(?:planned|immediate|formal)\s+)?(?:withdrawal|exit|pull-?out|decision\s+to\s+(?:withdraw|leave|quit|pull\s+out))\b"
                             r"(?!\s+(?:of|from)\b)")
#: Words that make a State's leaving told in the present only supposed, weighed, threatened or denied ("is not leaving the ICC",
#: "could be quitting", "threatens to …"): in English here, each language's in data/lookups/monitor_words.yaml (session 29).
WITHDRAWAL_DOUBT = R(r"\b(?:not|never|if|whether|unless|consider\w*|might|may|could|threat\w*)\b")
#: (session 46, mnews151) The act of leaving refused: a refusal, right before the act's verb, that governs it ("refused on Tuesday to
#: promulgate the law providing for the withdrawal", "declined to sign the bill withdrawing the country"): no withdrawal. Searched on the
#: text before the act's verb, so a refusal of another act told earlier ("which refused to cooperate with the inquiry, announced its
#: withdrawal") leaves the withdrawal; the other languages' words are data (monitor_words.yaml ``ACT_REFUSED``).
ACT_REFUSED = R(r"\b(?:refus(?:ed|es|e|ing)|declin(?:ed|es|e|ing))\b[^.;,]{0,40}?\bto\s+$")
#: (session 34) An announcement referred to as already made, by the participle before its noun: "regretted the announced
#: decision of X to leave the Court", Spanish 'lamentó la anunciada decisión de X de retirarse': a reaction to an earlier act,
#: not the act; when every act word of the sentence stands in such a phrase, the sentence tells no announcement of its day.
#: Each language adds its own words in data/lookups/monitor_words.yaml.
#: (session 41, mnews134) An announcement told as a stretch of time ago, in a clause of time after it ("will formally leave on Sunday, a
#: year after Manila announced it no longer wanted to be a member"): the leaving the sentence tells is the day it takes effect, the
#: announcement recalled, no announcement of the page's day. A family: the other languages add theirs ('un an après que Manille eut
#: annoncé', 'un año después de que Manila anunciara', 'ein Jahr, nachdem … angekündigt hatte').
ANNOUNCED_AGO = R(r"\b(?:a|one|two|three|six|nine|several|\d+)\s+(?:years?|months?|weeks?)\s+after\s+(?:[\w'’.-]+\s+){0,4}?(?:had\s+)?"
                  r"(?:announced|declared|decided)\b")
ANNOUNCED_BEFORE = R(r"\b(?:the|this|its|their)\s+announced\s+(?:decision|intention|withdrawal|exit|departure|plan)\b")
#: The Court referring (or reporting) a State to the Security Council or the Assembly, told as done: "has reported Zambia
#: and Malawi to the UN Security Council", "was referring Kenya to the Security Council", "referred Djibouti to the
#: Assembly of States Parties" (the Council referring a situation to the Court goes the other way and names no forum here).
#: A family (session 30): each language adds its own verbs and forums in data/lookups/monitor_words.yaml.
STATE_REFERRED = R(r"\b(?:reported|reports|referred|refers|referring)\s+(?!the\s+situation\b|the\s+case\b|the\s+matter\b)(?:[^.;]{1,80}?)\s+to\s+(?:the\s+|its\s+)"
                            r"(?:un\s+|united\s+nations\s+|u\.n\.\s+)?(?:security\s+council|assembly\s+of\s+state'?s?\s+part(?:y|ies))\b|"
                            # the Assembly told by its role: "reported Hungary to the court's oversight organization for failing
                            # to arrest …", "refers Hungary to its oversight body"
                            r"\b(?:reported|reports|referred|refers|referring)\s+(?!the\s+situation\b|the\s+case\b|the\s+matter\b)(?:[^.;]{1,80}?)\s+to\s+"
                            r"(?:the\s+court['’]s|its)\s+(?:oversight|governing|management)\s+(?:body|organi[sz]ation)\b|"
                            # the referral ordered in the passive: "ordered that Kenya be reported to the Assembly of State Parties",
                            # "decided that Zambia should be referred to the Security Council" (not "demanded" or "asked that …")
                            r"\b(?:ordered|decided|ruled|directed|determined)\s+that\s+[^.;]{1,60}?\s+(?:be|should\s+be|would\s+be|is\s+to\s+be)\s+"
                            r"(?:reported|referred)\s+to\s+the\s+(?:un\s+|united\s+nations\s+|u\.n\.\s+)?(?:security\s+council|assembly\s+of\s+state'?s?\s+part(?:y|ies))\b")
#: A referral only asked for, weighed or to come, told just before its verb.
REFERRAL_NOT_MADE = R(r"\b(?:to|whether\s+to|will|would|could|may|might|should|must|not)\s+(?:\w+\s+)?$")
#: A Chamber's finding stated as made.
FINDING = R(r"\b(found|finds|find|ruled|rules|decided|decides|concluded|recogni[sz]\w*|held|holds|determined|believes|referred|refers|referring|"
            r"reprimand\w*|non-?compliance finding|"
            # (session 28) the Court's decision to refer told by its noun ("a decision by the International Criminal Court on Monday
            # to refer Jordan to the UN Security Council for failing to arrest X"; not "a decision … on whether to refer"), and the
            # Court's rebuke with the Court as its subject ("ICC judges rebuked Mongolia for not arresting X"; not "rights groups
            # criticised Mongolia", whose sentence names the Court's warrant)
            r"decision\s+(?:by|of)\s+(?:the\s+)?[^.;]{0,50}?\bto\s+refer\b|"
            r"(?:court|chamber|judges|icc)(?:\s+\((?:icc|cpi)\))?\)?\s+(?:\w+\s+){0,3}?(?:rebuk|censur|criticis|criticiz)\w*|confirm(?:s|ed)|(?:said|says|announced|decided)\b[^.;]{0,40}\b(?:will|would|to) refer|"
            # "has made (issued) a finding of non-compliance"; the Court's own statement of the failure: "the Court said Libya has
            # failed to comply" (not "said Libya should explain its failure", which names no failure found)
            r"(?:made|makes|make|issued|issues|issue)\s+(?:a\s+)?(?:formal\s+|judicial\s+)?finding|"
            r"(?:court|chamber|judges)\s+(?:also\s+)?(?:said|says|stated|states)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:has\s+|had\s+)?(?:failed\s+to|violated\s+its|breached\s+its)|"
            # the failure in the Court's own words, quoted before its verb: '"Hungary failed to provisionally arrest Mr. X …,"
            # the court said'
            r"failed\s+to\b[^\"”]{0,200}[\"”],?\s+(?:the\s+)?(?:court|chamber|judges|pre-trial\s+chamber\s+\w+)\s+(?:also\s+)?(?:said|says|stated|states|wrote|found))\b")
#: (session 41, mleft30) A host's list of the persons expected at a gathering ("Expected participants include …", "Among the
#: expected guests are …"): the languages add theirs ('participantes previstos', 'participants attendus').
EXPECTED_PARTICIPANTS = R(r"\b(?:expected|anticipated)\s+(?:participants|attendees|guests)\b(?!\s+(?:included|were)\b)|"
                          r"\b(?:participants|attendees|guests)\s+(?:are\s+)?expected\s+(?:to\s+)?(?:include|be)\b")
#: (session 41, mleft30) The person's own trip named by its noun after a possessive ("during his visit in early September", "his
#: trip to Mongolia on 3 September"): the languages add theirs ('seines Besuchs', 'sa visite', 'su visita', 'la sua visita').
OWN_TRIP_NOUN = R(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)\b")
#: Verbs whose object is the visitor ("Orban welcomed Netanyahu", "the presence of Bashir").
HOSTING = R(r"\b(welcom\w*|red[- ]carpet|received|greeted|hosted|hosts|hosting|met|among the guests|(?:presence|appearance|attendance|visit|arrival) of|attended by)\b")
#: A State hosting the visitor, the State the verb's subject and the visitor its object ("Mongolia welcomed X", "Les
#: États-Unis ont accueilli X sur leur sol", "Uganda hosted X"): the other languages add their verbs (monitor_words.yaml)
#: (session 27).
HOST_WELCOME = R(r"\b(?:welcomed|welcomes|received|hosted|hosts|greeted|rolled out (?:the|a) red[- ]carpet)\b")
#: A host's office told before its demonym, read on the text just before the demonym ("le président mongol", "el presidente
#: mongol"): English puts the demonym first ("the Mongolian president", rules_travel.HOST_OFFICE), so its own pattern matches
#: nothing; the languages that put the office first add theirs (session 29).
HOST_OFFICE_BEFORE = R(r"(?!x)x")
#: (session 43, mleft34) A head of State's or government's office told right after the demonym that names the State ("an
#: invitation from Mongolian President X", 'auf Einladung des mongolischen Präsidenten'): read at the demonym's end by
#: rules_travel._host_head (the languages that put the adjective first add theirs: German).
HOST_HEAD_AFTER = R(r"\s+(?:president|prime\s+minister|premier|chancellor|king|queen|emir|head\s+of\s+(?:state|government))\b")
#: (session 43, mleft34) The same office told before the demonym ('à l'invitation du président mongol', 'por invitación del
#: presidente mongol'), read on the text just before it, with any article or none: English has none (the languages that put the
#: office first add theirs).
HOST_HEAD_BEFORE = R(r"(?!x)x")
#: (session 43, mleft34) A word that makes the office-holder named after it the trip's host ("at the invitation of", "invited by",
#: "as the guest of"), read on the 60 characters before the demonym or the office: without one, the office-holder is as likely
#: met elsewhere ("attended the summit with the president of Mongolia", "will meet the prime minister of Hungary") (the
#: languages add theirs).
HOST_CUE = R(r"\b(?:invitations?|invited|inviting|invites|guest|hosted|host)\b[^.;]{0,40}$")
#: A meeting's place told as its venue: "Budapest is being discussed as the venue", "was chosen to host the talks".
VENUE = R(r"\b(?:as|is) (?:the|a) (?:possible |likely |probable |proposed )?(?:venue|host|location)\b|\b(?:chosen|picked|selected|proposed) to host\b")
#: A meeting or trip still to come, told in a sentence before its venue.
MEETING_AHEAD = W(r"\b(?:new|next|upcoming|future|planned|possible|another) (?:{gathering}|{meeting}|visit|trip)\b|\b(?:will|could|would|to) meet\b")
#: Words of a trip, for the sentences around a trip told without its place.
#: A meeting with someone, told just before a cancellation, that names no trip: the meeting is what is called off, not the trip
#: ("one with a think tank that was cancelled", "une avec le groupe de réflexion qui a été annulée"); the other languages add
#: theirs (monitor_words.yaml) (session 27).
MEETING_CALLED_OFF = W(r"\b(?:{meeting}|one)\s+with\b(?![^.;]*\b(?:visit|trip|travel|tour|journey)\w*\b)[^.;]{0,100}$")
#: (session 47, mnews154) A word of cancelling whose object, just after it, is a tie, a text or an act of law, not a trip: "annulled
#: its membership of the Court", "cancelled the agreement" ('annulait son adhésion à la Cour', 'anuló su ratificación'): the trip
#: the sentence tells stands ("Alors que X se trouve dans le pays, la Hongrie a annoncé qu'elle annulait son adhésion"). Read
#: where the word of ``DENIAL`` ends; the other languages add theirs (monitor_words.yaml).
CANCELLED_TIE = R(r"\s+(?:(?:its|their|his|her|the|a|an|our)\s+)?(?:[\w'’-]+\s+)?(?:membership|ratification|accession|adherence|signature|"
                  r"agreements?|treaty|treaties|warrants?|decisions?|rulings?|orders?|sanctions?|contracts?|deal|law|bill|visas?)\b")
TRIP_WORDS = W(r"\b(?:visit\w*|trip|travel\w*|attend\w*|{gathering}|come|coming|enter\w*|arriv\w*|host\w*|invit\w*)\b")
#: A trip only supposed: "if he sets foot", "should he travel", "were he to attend".
# (the subject's words may hold a hyphen or an apostrophe: "if al-Bashir travels", "if Omar al-Bashir left for", session 27)
HYPOTHETICAL_TRIP = R(r"\b(?:if and when|when and if)\b|\bif (?:he|she|they|[\w'’.-]+) (?:[\w'’.-]+ )?(?:sets? foot|enters?|entered|travels?|travell?ed|comes?|came|visits?|visited|lands?|landed|leaves?|left|attends?|attended|arrives?|arrived|went|were to|(?:shows?|showed|turns?|turned) up|appears?|appeared|(?:is|was|were|are) (?:ever |still )?in|(?:takes?|took) (?:a|the|his|her|their) (?:[\w'’-]+ ){0,3}?(?:flight|plane|jet))\b|"
                      # (a subject named in three or more words: "if Abdallah Banda Abakaer Nourain travelled to …", session 26)
                      r"\bif\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){3,5}(?:sets? foot|enters?|entered|travels?|travell?ed|comes?|came|visits?|visited|lands?|landed|attends?|attended|arrives?|arrived|went|were to)\b|"
                      r"\bshould (?:he|she|they) (?:\w+ )?(?:travel|visit|attend|come|set foot|enter)\b|\bwere (?:he|she|they) to\b|"
                      # a trip only asked about: "it is not known whether X will travel to Mongolia"
                      r"\bwhether\b[^.;]{0,60}?\b(?:will|would|is\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?(?:travel|visit|attend|come|go|fly|arrive|be\s+in)\b|"
                      # a condition told by inversion, its subject a name: "Had X landed in Nairobi, …", "Were X to travel …",
                      # "Should X travel to Budapest, …" (the clause opens the sentence or follows a comma)
                      r"(?:^|[,;:]\s*)\W*(?:had|were|should)\s+(?:(?:(?-i:[A-Z])|[a-z]{1,3}-(?-i:[A-Z]))[\w'’.-]*\s+){1,5}(?:\w+\s+)?(?:to\s+)?(?:sets? foot|enter(?:ed)?|travell?(?:ed)?|"
                      r"visit(?:ed)?|attend(?:ed)?|come|came|land(?:ed)?|arrive[d]?|fl(?:y|own|ew)|go|gone|went|appear(?:ed)?|(?:show|turn)(?:ed)?\s+up)\b|"
                      # a trip told only under its condition: "would travel to Budapest only if Hungary guaranteed his safety"
                      r"\bwould (?:\w+ )?(?:visit|travel|fly|attend|go|come)\b[^.;]{0,80}?\b(?:only if|if|unless|provided(?: that)?|on condition that)\b")
#: An event only spoken of: a condition, a possibility, an obligation, a question.
HYPOTHETICAL = R(r"\b(?:if|whether|unless|should|could|would|might|may|must|risks?|faces?|facing|obliged to|required to|expected to|"
                 r"willing to|prepared to|ready to|providing|provided(?: that)?|on condition that|"
                 r"will|shall|going to|due to|set to|about to|pending|"
                 # an event only weighed: "the prospects of X being arrested", "the possibility of his arrest" (session 33)
                 r"prospects? of|possibility of|chances? of|likelihood of|"
                 r"legally required to|obligated to|can|cannot|to be|were (?:he|she) to|"
                 # "an attempt to have X arrested", "sought to have him detained": a causative wish ("is said to have been
                 # arrested" is reported, not wished)
                 r"to have(?!\s+(?:been|already|just|since|now)\b))\b(?:\s+[\w'’-]+){0,3}\s*$")
#: A fact told as of long ago or as one of many, with no day (session 30): "was arrested years ago", "at the time", "has visited
#: Mongolia several times", "on numerous occasions", "back then": what the story recalls, never the news of the document's day
#: (each language adds its words: "il y a plusieurs années", "hace años", "vor Jahren", "anni fa", "há anos"). Not "earlier
#: today", "once again", "for the first time in years" (a new fact told against an old one), "at the time of his arrival", "in the
#: past 24 hours". Years spent since ("where he spent years in detention") tell the same of the fact before them.
TOLD_LONG_AGO = R(r"\b(?:(?:many|several|some|a\s+few|two|three|four|five|ten|\d{1,2})\s+)?(?:years|decades)\s+(?:ago|earlier|before)\b|"
                  r"\blong\s+ago\b|\ba\s+long\s+time\s+ago\b|\bat\s+the\s+time\b(?!\s+of\b)|\bback\s+then\b|\bin\s+the\s+past\b(?!\s+(?:\d+|few|several|two|three|24|48|week|month|day|hours?|days?|weeks?|months?)\b)|\bformerly\b|"
                  r"\b(?:several|many|multiple|numerous|a\s+number\s+of)\s+times\b|\bon\s+(?:several|many|numerous|multiple)\s+occasions\b|"
                  r"\bover\s+the\s+years\b|\b(?:spent|has\s+spent|served)\s+(?:\w+\s+)?(?:years|decades)\b|\ba\s+decade\s+ago\b")
#: The present perfect of an act told as done ("The Court has referred Uganda and Djibouti to the Security Council"): in a page
#: dated only to its month, a finding so told with no day of its own is news of that month, outside the lead too (assemble,
#: session 37, mleft21). Each language where the tense stands apart from the simple past adds its own in
#: data/lookups/monitor_words.yaml ('ha remitido').
#: (session 39) and the Court's word told in it ("The International Criminal Court has said that Jordan will not be referred … for
#: failing to arrest X"): "said" is the perfect's irregular participle as "made" and "found" are.
PERFECT_TOLD = R(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+)?(?!been\b)(?:\w+(?:ed|en|wn|ld|nt|ght)|made|found|said)\b")
#: Present tense and present perfect: news of the day, dated by the document when no date is given.
PRESENT = R(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|ld|nt|ght)|made|found|met|led|put|set|paid)\b|"
            r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:visiting|in|on|attending|here|being|now)\b|\b(?:arrives|visits|issues|announces|finds|rules|lands|says|(?<!would )(?<!could )(?<!to )say)\b|"
            # a headline's present ("ICC unseals warrant for X", "Kenya hands X over to ICC")
            r"\b(?:unseals|orders|surrenders|hands|transfers|arrests|detains|extradites|refuses|declines|makes public|hosts|welcomes|quits|withdraws|begins|publishes|lifts|takes custody|notifies|"
            # (session 37, mleft21) a rebuke in a headline ("International court criticises Jordan for not arresting X")
            r"criticises|criticizes|reprimands|rebukes|censures)\b|(?<=police )(?:arrest|detain)\b|(?<=forces |troops )(?:arrest|detain)\b|(?<=authorities )(?:arrest|detain)\b|"
            # a headline's bare participle, with no full stop ("X handed over to ICC", "X arrested in Kenya")
            r"^(?=[^.!?]*$)\W*(?:(?-i:[A-Z])[\w'’.-]*,?\s+){1,6}(?:handed|turned|transferred|arrested|detained|extradited|surrendered|flown|captured|taken)\b")
#: Refusals the older pattern missed: "promised not to arrest", "will ensure that he can enter".
#: (session 36) A refusal only supposed: a modal of possibility just before the refusal's verb ("Hungary could refuse to
#: arrest X if he visits", "may decline to execute the warrant"): no government's word. Read on the text before the trigger
#: with the trigger (rules_states.refusal), the match reaching into the trigger; not "could not arrest" (a negation, a word
#: the government gives). Each language adds its own in data/lookups/monitor_words.yaml.
#: (session 36) A refusal only rumoured, told before its trigger: "Rumours that South Africa would not arrest X were
#: dismissed" (not a claim: "South Africa claims it need not arrest X" is the government's word). Each language adds its own.
REFUSAL_HEARSAY = R(r"\b(?:rumou?rs?|speculation|unconfirmed\s+reports?)\s+(?:\w+\s+){0,2}?that\b[^.;]{0,100}$")
#: (session 37) and only recommended: "whether Hungary should refuse to arrest X" (each language's "devait refuser", "debe negarse").
REFUSAL_SUPPOSED = R(r"\b(?:could|might|may|should|ought\s+to)\s+(?:well\s+|also\s+|even\s+|still\s+|yet\s+)?(?:refus|declin)\w*\b")
#: The verb of making public inside an unsealing's match, whatever the match opens with (the warrant noun, its subject), where the act
#: begins (rules_court._act_offset: the unsealing is dated by the date nearest its verb, not its warrant noun; moved from rules_court in session
#: 36). Each language adds its own in data/lookups/monitor_words.yaml ('se hizo pública', 'foi tornado público', 'è stato reso pubblico').
ACT_VERB = R(r"\b(?:unseal\w*|(?:made|make|makes|making)\b|public\w*|releas\w*|lift\w*|reveal\w*|disclos\w*|unveil\w*|publish\w*|"
             r"reclassif\w*|declassif\w*|decided|ordered|agreed|resolved|voted)")
#: (session 36) An act of the Court only asked for or refused, told just before the act's verb in another language (French
#: 'a demandé aux juges de lever les scellés', 'ont refusé de lever les scellés'), as English "asked the judges to unseal",
#: "refused to unseal" (rules_court._requested_act reads the English). No English pattern here: a language adds its own in
#: data/lookups/monitor_words.yaml, read on the text before the act.
ACT_ASKED_BEFORE = R(r"(?!x)x")
#: (session 36) A person's own surrender to a State's authorities or police, told in another language ('s'est rendu aux
#: autorités des Pays-Bas', 'si è consegnato alle autorità olandesi', 'stellte sich den Behörden'): taken into that State's
#: custody, an arrest there (tests/monitor/realnews/README.md: a surrender to a State's authorities is an arrest by that State,
#: a surrender to the Court a surrender). English's own hand-in is read by the surrender's trigger and the words after it
#: (rules_travel.custody, "turned himself in to the authorities"); a language adds its own in data/lookups/monitor_words.yaml.
#: (session 46, mnews150) The same custody when others hand the person over, told in the passive: "was handed over to the
#: Libyan authorities", "has been handed over to the public prosecution" (as 'a été remis au parquet', 'ha sido entregado a
#: la Fiscalía'): that State's arrest; not a handover to the Court ("handed over to the ICC's prosecutor"), nor one denied or
#: still to come ("was not handed over", "will be handed over").
HAND_IN_NATIONAL = R(r"(?<!\bnot\s)(?<!\bnever\s)\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:then|later|subsequently|"
                     r"promptly|immediately|quickly)\s+)?(?:handed|turned)\s+over\s+(?:(?:on|late|early)\s+\w+\s+)?to\s+(?:the\s+)?"
                     r"(?:(?!icc\b|court\b|international\b|hague\b)[\w'’.-]+\s+){0,2}?(?:police|authorities|prosecution|prosecutors?|"
                     r"public\s+prosecutor(?:['’]s)?(?:\s+office)?|attorney[- ]general(?:['’]s)?\s+office|gendarmerie)\b"
                     r"(?!\s+(?:of|at)\s+(?:the\s+)?(?:icc|court|international\s+criminal\s+court|hague)\b)")
REFUSAL_MORE = R(r"\bnot to (?:arrest|detain|execute|enforce)\b|"
                 # (session 45, mnews148) arresting told as not the government's part: "it is not up to his government to arrest X",
                 # "it is not our job to arrest him" (as 'no le corresponde detener', 'il ne lui appartient pas d'arrêter')
                 r"\bnot\s+(?:up\s+to|for)\s+(?:us|me|him|her|them|it|the\s+(?:government|authorities|state|country)|"
                 r"(?:his|her|its|their|our|my)\s+(?:government|administration|country))\s+to\s+(?:arrest|detain)\b|"
                 r"\b(?:is|was|['’]s)\s+not\s+(?:our|its|their|his|her|my|the\s+government['’]s)\s+(?:job|role|place|business|task|responsibility)\s+to\s+(?:arrest|detain)\b|"
                 # (session 47, mnews154) arresting told as beyond the government's hands or power: "it is not in his government's
                 # hands to arrest X", "not within its power to detain him" (as 'no está en manos de su Gobierno detener a X')
                 r"\bnot\s+(?:in|within)\s+(?:the\s+)?(?:(?:our|its|their|his|her|my|the\s+government['’]s|(?:his|her|its|their|our)\s+government['’]s)\s+)?"
                 r"(?:hands|power|gift)(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s+to\s+(?:arrest|detain)\b|"
                 # (session 47, mnews154) the visitor told he has nothing to fear where he goes: "the government said X has nothing to
                 # fear during his visit", "would have no legal consequences to fear in Hungary" (as 'n'a rien à craindre', 'no
                 # tiene nada que temer', 'nichts zu befürchten'); the place or the time of the stay is told after it, so "has
                 # nothing to fear from the judges" (a plea) is not read
                 r"\b(?:nothing|no\s+(?:legal\s+|judicial\s+)?(?:consequences?|repercussions?|risks?))\s+to\s+fear\b(?=[^.;]{0,60}?\b(?:in|during|on|while|when|if|should|whenever)\b)|"
                 # an arrest told as no duty of the State's: "insists that it did not have to arrest X", "there is no duty under the Rome
                 # Statute on South Africa to arrest a serving head", "the Statute does not oblige authorities to arrest heads of
                 # state", "asserts it is not obliged to comply with ICC decisions" (not "has a duty to arrest him")
                 r"\b(?:did|does|do)(?:\s+not|n['’]t)\s+have\s+to\s+(?:arrest|detain)\b|\bno\s+(?:legal\s+)?(?:duty|obligation)\b[^.;]{0,80}?\bto\s+(?:arrest|detain)\b|"
                 r"\b(?:does|did|do)(?:\s+not|n['’]t)\s+oblige\b[^.;]{0,60}?\bto\s+(?:arrest|detain)\b|"
                 r"\b(?:not\s+(?:obliged|bound|required)\s+to|(?:does|do|did)(?:\s+not|n['’]t)\s+have\s+to)\s+(?:comply|abide)\s+(?:with|by)\s+(?:the\s+)?"
                 r"(?:icc|court|international criminal court)['’]?s?\s+(?:decisions?|rulings?|warrants?|orders?)\b|"
                 # an arrest told as an act of war: "any attempt to arrest X would be a declaration of war", "arresting him would
                 # amount to a declaration of war"
                 # (session 41, mnews133) "any such attempts to arrest his Russian counterpart Vladimir Putin would be a \"declaration of
                 # war\"": a word between "any" and "attempts", up to six words for the one arrested, the phrase in quotation marks
                 r"\b(?:arresting|(?:any\s+(?:such\s+)?)?attempts?\s+to\s+arrest|the\s+arrest\s+of)\s+(?:[\w'’.-]+\s+){0,6}?(?:would|will|could)\s+"
                 r"(?:be|amount\s+to|mean|constitute|be\s+tantamount\s+to|be\s+equivalent\s+to)\s+(?:a\s+)?[\x22“‘']?declaration\s+of\s+war\b|"
                 # (session 29) told in the present: "the arrest of X is tantamount to a declaration of war", "arresting him amounts to a
                 # declaration of war"
                 r"\b(?:arresting|(?:any\s+(?:such\s+)?)?attempts?\s+to\s+arrest|the\s+arrest\s+of)\s+(?:[\w'’.-]+\s+){0,6}?(?:(?:is|was)\s+(?:tantamount|equivalent)\s+to|"
                 r"amounts?\s+to|amounted\s+to|constitutes?|means)\s+(?:a\s+)?[\x22“‘']?declaration\s+of\s+war\b|"
                 # an immunity claimed for the person ("believes X has immunity", "heads of state have immunity", "such immunities
                 # apply to X"): the State need not arrest; not an immunity denied, lifted or asked about ("has no immunity",
                 # "does not have immunity", "whether X has immunity": see IMMUNITY_DOUBTED)
                 r"\b(?:has|have|had|enjoys?|enjoyed)\s+(?:full\s+|personal\s+|diplomatic\s+|state\s+)?immunity\b(?!\s+(?:waived|lifted|removed|stripped))|"
                 r"\bimmunit(?:y|ies)\s+(?:\w+\s+)?(?:apply|applies|applied|extends?|covers?)\s+to\b|"
                 # "declared that X has immunity from arrest", "says X enjoys immunity against the Court's warrant"
                 r"\b(?:has|have|had|enjoys?|enjoyed)\s+immunity\s+(?:from|against)\s+(?:arrest|detention|(?:the\s+)?(?:icc|court)['’]?s?\s+(?:arrest\s+)?warrant)\b|"
                 # "his government will \"breach\" its commitment to the ICC", "would violate its obligations under the Rome Statute"
                 r"\b(?:will|would|shall)\s+[\x22“‘']?(?:breach|violate|disregard)[\x22”’']?\s+(?:its|their)\s+(?:commitments?|obligations?)\s+(?:to|under|towards)\s+"
                 r"(?:the\s+)?(?:icc|court|international criminal court|rome statute)\b|"
                 r"\b(?:will|would|shall)\s+not\s+cooperate\s+with\s+(?:the\s+)?(?:icc|court|international criminal court)\s+(?:in|on)\s+(?:arresting|the arrest)\b|\b(?:not|in|un)feasible to (?:arrest|detain)\b|"
                 r"\barresting (?:[\w'’.-]+ ){1,4}?(?:is|was|would be|will be) (?:unfeasible|infeasible|not feasible|impossible|not possible)\b|"
                 r"\b(?:warrants?|judge?ments?|decisions?|rulings?|orders?)\b[^.;]{0,40}\b(?:will|would|shall)\s+[\x22“‘']?(?:have\s+no\s+effect|not\s+be\s+(?:observed|respected|applied|honou?red))\b|"
                 # "we will not follow its terms", "will not recognise the Court's ruling": a State refusing the Court's act
                 r"\b(?:will|would|shall)\s+not\s+(?:follow|obey|respect|recogni[sz]e|honou?r|implement|apply)\s+(?:its|the\s+(?:icc|court)['’]?s?|the)\s+"
                 r"(?:terms|ruling|decision|judge?ment|warrant|orders?)\b|"
                 # "arrangements would be made to prevent X from being arrested", "a convention that bars the arrest of sitting heads"
                 r"\bprevent\s+(?:[\w'’-]+\s+){1,4}?from\s+being\s+(?:arrested|detained)\b|\b(?:bars?|barred|prohibits?|forbids?|precludes?)\s+the\s+arrest\s+of\b|"
                 r"\barrest of (?:\w+ ){0,3}?(?:is|was|would be) (?:unfeasible|infeasible|not feasible|impossible)\b|"
                 r"\bnot (?:be )?(?:possible|feasible) to (?:arrest|detain)\b|\bensure (?:that )?(?:he|she|\w+) (?:can )?(?:safely )?(?:enters?|leaves?|returns?)\b|"
                 r"\b(?:guarantee|assurance)s? (?:of |that )?(?:his |her )?(?:safety|not (?:to )?be(?:ing)? arrested|safe passage)|"
                 # a safe conduct promised to the visitor: "will face no legal risk during the visit", "will be able to both enter and
                 # leave the country without any hindrance", "will guarantee X's entry … as well as his safe return"
                 r"\b(?:will|would|shall)\s+(?:face|run|incur)\s+no\s+(?:legal\s+)?(?:risk|threat|danger|jeopardy)\b|"
                 r"\b(?:enter|leave|visit|travel|come|return)\b[^.;]{0,50}?\bwithout\s+(?:any\s+)?(?:hindrance|obstacles?|impediments?|problems?|interference|fear\s+of\s+(?:arrest|detention))\b|"
                 r"\bguarantee[sd]?\s+(?:[\w'’.-]+\s+){0,6}?(?:entry|safe\s+(?:return|passage|conduct|exit))\b|"
                 # an immunity granted ("would grant X diplomatic immunity for the summit"), immunities held ("enjoyed immunities")
                 r"\b(?:grant|give|accord|extend|afford)(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,4}?(?:full\s+|diplomatic\s+|personal\s+|state\s+)?immunit(?:y|ies)\b|"
                 r"\b(?:has|have|had|enjoys?|enjoyed)\s+(?:\w+\s+)?immunities\b(?!\s+(?:waived|lifted|removed|stripped))|"
                 # an arrest told as beyond the State's power or will: "was unable to arrest", "arresting X is out of the question"
                 r"\b(?:unable|not able|powerless|in no position)\s+to\s+(?:arrest|detain|execute|enforce)\b|"
                 # the arrest told as none of the government's business: "it isn't the government's business to arrest X", "we have
                 # no business with the arrest of X", "arresting X is not the business of the government" (not "it is the police's
                 # business to arrest him")
                 r"(?:\b(?:no|none\s+of|not)|n['’]t)\s+(?:(?:[\w'’-]+\s+){0,4}?)business\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:to\s+(?:do\s+with\s+)?(?:arrest|detain)\w*|(?:to\s+do\s+)?with\s+(?:the\s+)?(?:arrest|detention)\s+of)\b|"
                 r"\b(?:arresting|detaining|the\s+arrest\s+of)\s+(?:[\w'’.-]+\s+){1,5}?(?:is|was|would\s+be)\s+(?:not|none\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?business\b|"
                 r"\b(?:arresting|detaining|the arrest of)\s+(?:[\w'’.-]+\s+){1,4}?(?:is|was|would be|will be)\s+(?:out of the question|not an option|off the table)\b|"
                 # the arrest argued against by what it would harm: "arresting X as proposed by others would have a negative impact on
                 # the peace talks", "the arrest of X would jeopardise regional security" (not "would not harm", "would help")
                 r"\b(?:arresting|detaining|the\s+arrest\s+of)\s+(?:[\w'’.,-]+\s+){1,14}?(?:would|will|could)\s+(?:(?:only|certainly|seriously)\s+)?"
                 r"(?:have\s+an?\s+(?:negative|adverse|damaging|harmful|devastating)\s+(?:impact|effect)|harm|hurt|damage|jeopardi[sz]e|undermine|derail|"
                 r"destabili[sz]e|endanger|threaten|wreck|sabotage)\b")
#: A transfer told from the sending State's side ("transfer from Ivory Coast overnight"), a surrender when the
#: sentence is about the Court or The Hague.
TRANSFER_FROM = R(r"\btransfer(?:red)?\s+from\b")
#: Sent to the Court with the person named between ("The Democratic Republic of Congo Friday sent Thomas Lubanga
#: [backgrounder], leader of …, to the International Criminal Court"): a surrender when a person is named inside.
SENT_TO_COURT = R(r"\b(?:sent|delivered|flew|flown|put)\b[^.;]{1,220}?\bto (?:the )?(?:icc|international criminal court|hague)\b")
#: A transfer told as done, then its purpose: "was flown into the Netherlands Wednesday to be handed over".
DONE_THEN_PURPOSE = R(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:flown|taken|transferred|put on a plane|sent|brought|driven|escorted)\b[^.;]{0,80}$")
#: Reaching the Court or its seat ("arrived at The Hague", "landed in The Hague"): custody when the sentence
#: also tells an arrest or custody, never a visit.
AT_COURT = R(r"\b(?:arrived|arrives|arriving|landed|lands|flown)\s+(?:\w+\s+){0,3}?(?:at|in|to)\s+(?:the\s+)?(?:hague|icc|international criminal court|court'?s?\s+detention)\b")
COURT_OR_HAGUE = R(r"\b(hague|icc|international criminal court)\b")
#: A group the sentence counts or describes instead of naming ("the other four individuals", "two others",
#: "four persons"): its members are named in a list, in this sentence or one of the next few.
GROUP = R(r"\b(?:persons|individuals|people|suspects|others|men|officials|co-accused|co-defendants)\b")
#: A listing of named persons after the trigger: "arrested on the same charges: A, B and C", "Persons
#: arrested ... are Messrs A, B, C and D".
LISTING = R(r"(?::\s*|\b(?:are|were)\s+(?:messrs\.?\s+|mr\.?\s+)?)$")
#: Someone told of first by what they are, then named ("handed over an alleged militia commander … ",
#: next sentence: "Mahamat Said Abdel Kani, 50, was …").
DESCRIBED = re.compile(r"(?i:\b(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:militant|commander|leader|suspect|warlord|man|woman|fugitive|chief|official|"
                       r"general|journalist|lawyer|politician|officer|member|national|militiaman|rebel|minister|colonel|citizen|criminal|indictee|extremist|"
                       r"jihadist|insurgent|militia|fighter|soldier|figure|ally|aide)\b)|"
                       r"\b[Aa]n?\s+[A-Z][a-z]+(?:an|ese|ish|i)\b")  # … or by a people: "a Malian accused of …"
#: (session 36) A person told as still free ("X remains at large", "is still on the run", "has not been arrested"): named after an
#: arrest told first by a description ("Police arrested a suspect … X remains at large"), the person is not the one arrested.
STILL_AT_LARGE = R(r"\b(?:remains?|remained|is\s+still|was\s+still|still|continues\s+to\s+be)\s+(?:at\s+large|free|on\s+the\s+run|a\s+fugitive|in\s+hiding|wanted)\b|"
                   r"\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:arrested|detained|caught|apprehended)\b")
#: Words that end a plural group, not a name ("ICC Issues Arrest Warrants for Taliban Leaders").
GROUP_NAME_END = R(r"\b(?:leaders|officials|commanders|suspects|members|generals|chiefs|officers|militants|rebels|ministers|men|women|"
                   r"children|fighters|soldiers|individuals|nationals|citizens|persons|people)$")


#: A wire or agency dateline at the head of a sentence, where the story was filed, not where anything happened:
#: "THE HAGUE, Netherlands, December 14, 2011/African Press Organization (APO)/ —", "March 28, 2017 (KHARTOUM) -",
#: "The Hague, January 25, 2011 (FH) -", "KAMPALA, Uganda —", "Kampala, Uganda | THE INDEPENDENT |"; (session 36) the Spanish
#: agencies' stop before the dash, "MADRID (EFE).- ".
DATELINE = re.compile(
    r"\W*(?:[A-Z][\w.'’ -]{1,40},\s*(?:[A-Z][\w.'’ -]{1,30},\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"[^—–\n]{0,60}?\s*[-–—]\s"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*\([A-Z][A-Z .'’-]+\)\s*[-–—]\s"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*(?:\((?:AP|AFP|Reuters|FH|[A-Z]{2,6})\)\.?\s*)?(?:[–—]\s?|-\s)"
    r"|[A-Z][\w.'’ -]{1,30},\s*[A-Z][\w.'’ -]{1,30}\s*\|[^|\n]{1,40}\|"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*\([^()\n]{0,60}\d{4}\)\s"  # "MOSCOW (UrduPoint News / Sputnik - 25th January, 2021) The …"
    # a place (its State in brackets or after a comma), an optional day, and the agency in brackets before a dash:
    # "United Nations (United States) (AFP) - ", "New Delhi, Sep 10 (EFE).- ", "Lagos, Nigeria, 3 May (XYZ) -- "
    # an upper-case place and its State in brackets: "ABUJA (Nigeria) — "; an upper-case place and a colon: "NEW DELHI: "
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*\([A-Z][a-z][\w.'’ -]{1,30}\)\s*(?:\([A-Z][\w .'’/&-]{1,30}\)\s*)?(?:-{1,2}|[–—])\s?"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}:\s"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([A-Z][\w.'’ -]{1,30}\))?(?:,\s*(?:[A-Z][a-z][\w.'’ -]{1,30}?|[A-Z]{2,3})(?=,|\s*\())?"
    # (session 40) the day after the place with no comma, its month in either case: "Kinshasa 23 Nov. 2017 (ACP).- ",
    # "Dakar 13 nov. 2017 (APS).- "
    r"(?:(?:,\s*|\s+)(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Za-z][a-zéû]{2,8}\.?(?:,?\s+\d{4})?))?"
    r"\s*\((?:AP|AFP|[A-Z][\w .'’/&-]{1,30})\)\s*\.?\s*(?:-{1,2}|[–—])\s?"
    # a place, its day and the agency in brackets with no dash after: "Seoul, June 4 (IANS) Russia's …", "Lima, 3 May (EFE) The …"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)"
    r"\s*\([A-Z][\w .'’/&-]{1,30}\)\s*:?\s"
    # (session 29) a place and the photo's credit before a dash: "Caracas/Foto: Reuters- Se espera que …", "Kyiv/Photo: AFP - …"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:Fotos?|Photos?|Imagen|Image|Bild)\s*:\s*[^-–—\n]{1,40}?\s*[-–—]\s?"
    # (session 43, mleft34) a photo caption's or agency's head, its day written in figures or words and its places, then a colon
    # or the Spanish agencies' '.-': "03.04.2025, Ungarn, Budapest: ", "Budapest, Hungary, April 3, 2025: ", "BUDAPEST (HUNGRÍA),
    # 03/04/2025.- ": where the picture was taken or the story filed, the fact's place only when its sentence names none
    r"|\d{1,2}\.\d{1,2}\.\d{2,4},\s*[A-Z][\w.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*:\s"
    r"|[A-Z][\w.'’ -]{1,30}(?:\s*\([A-Z][^()\n]{1,30}\))?(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[A-Za-zéû]{3,9}\.?\s+\d{4})\s*(?::\s|\.?-\s))")


#: An arrest ruled out as unthinkable: "there can be no question of X being arrested during his visit", "there was no question of
#: arresting him", "arresting him is out of the question" (a government's word that it will not arrest; not a custody).
NO_QUESTION = R(r"\bno question of\s+(?:[\w'’.,-]+\s+){0,8}?(?:(?:being|getting)\s+)?(?:arrested|detained|arresting|detaining|handed over|handing \w+ over)\b|"
                r"\b(?:arresting|detaining)\s+(?:him|her|them|[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:is|was|would be)\s+out of the question\b")

# ------------------------------------------------------------------------------------------------ the lead's news
#: A headline that names a warrant, and one that only names it sought, asked for, feared or foreseen ("Prosecutor seeks
#: warrant"): the headline test of the lead's warrant (extract); other languages add their words (session 26: "mandat d'arrêt",
#: "orden de arresto", "Haftbefehl", "mandato d'arresto", "mandado de prisão").
WARRANT_WORD = R(r"\bwarrants?\b|\borders?\s+(?:the\s+)?arrest\b")  # (session 41) "ICC orders arrest of X": the Court's order, its warrant
WARRANT_SOUGHT = R(r"\b(?:seeks?|sought|asks?|asked|request\w*|appl\w*|wants?|may|might|could|would|will|expected|fears?|feared|calls? for|urges?)\b")
#: A withdrawal told in the present progressive: "The Philippines is withdrawing as a state party to the Rome Statute".
LEAD_PROGRESSIVE = R(r"\b(?:is|are)\s+(?:now\s+|formally\s+|officially\s+)?(?:withdrawing|pulling out|quitting|leaving)\b")
#: A lead under a warrant headline telling the warrant's issue: the past verb, or a reaction to its issue told by the gerund or
#: the noun ("Responding to the Court issuing arrest warrants against …", "welcomed the issuance of the warrants"); not the
#: gerund as a means or a reason ("said that by issuing a warrant …, the Court jeopardised …": background) (session 26).
LEAD_ISSUED = re.compile(r"(?-i:\bissued\b)|(?-i:\bordered\b)\s+(?:the\s+)?arrest\b|\b(?:respond\w*|react\w*|welcom\w*|hail\w*|applaud\w*|prais\w*|condemn\w*|denounc\w*|"
                         r"critici[sz]\w*|reject\w*)\s+(?:to\s+)?[^.;]{0,80}?\b(?:issuing|issuance)\b", re.I)

#: (session 33) An arrest told by its noun as what a verb of telling announced ("The police announced the arrest of X", 'a
#: annoncé l'arrestation de X', 'anunció la detención de X'): in the lead, with no day of its own, the day's news (the simple
#: past of the announcement is the page's); each language adds its words in data/lookups/monitor_words.yaml.
LEAD_ARREST_TOLD = R(r"\b(?:announced|confirmed|announces|confirms)\s+(?:[\w'’-]+\s+){0,2}?the\s+(?:arrest|capture|detention)\s+of\b")

#: Someone introduced by the name they bear ("a man named X", "a local trader called X", "one Mr X", "a boxer also named X"): not
#: the person of the record, whatever the name (session 29, in mentions.py). (session 37) A family, so that each language adds
#: its words ('un boxeur qui s'appelle lui aussi X', 'un comerciante que también se llama X', 'ein Händler namens X').
NAMED_SO = R(r"\b(?:an?|one|another|some)\s+(?:[\w'’-]+\s+){0,3}?(?:also\s+)?(?:named|called|by\s+the\s+name\s+(?:of\s+)?)\s*$")

#: A person named only through someone else: "lawyers defending Jean-Pierre Bemba", "an ally of ex-President
#: Laurent Gbagbo", "the son of …": the trigger is about the other one. A family (session 29: it was in mentions.py, English
#: only), so that each language adds its words ('un proche de X', 'l'avocat de X', 'un collaboratore di X').
RELATIONAL_BEFORE = R(r"\b(?:namesakes?|lawyers?|counsel|attorneys?|aides?|allies|ally|spokes(?:man|woman|person)|sons?|daughters?|wife|husband|"
                      r"brother|sister|relatives?|supporters?|associates?|defen[cs]e team)\b[^,.;:]{0,25}?\b(?:of|for|to|defending|representing)\s+"
                      r"(?:[\w'’.-]+\s+){0,4}$|"
                      # (session 30, written variants) kin, guards and adversaries right before "of": "a nephew of X was detained",
                      # "police arrested opponents of X" (not "Critics decried the attendance of X": the critics' object names X)
                      r"\b(?:nephews?|nieces?|cousins?|bodyguards?|opponents?|critics?|impersonators?|witness(?:es)?)\s+(?:of|for|to)\s+(?:[\w'’.-]+\s+){0,4}$|"
                      # (session 44, mnews143) another's right hand or deputy: "Germany arrested the right-hand man of X, Y", "the
                      # number two of X" (the act is the one named after; not "Deputy President X": the word must be right before "of")
                      r"\b(?:right[- ]hand\s+(?:man|woman)|second[- ]in[- ]command|number\s+(?:two|2)|deput(?:y|ies)|lieutenants?)\s+(?:of|to)\s+"
                      r"(?:[\w'’.-]+\s+){0,4}$|"
                      # (session 30) a minister of the person's own government: "the foreign minister of X will travel to Brazil"
                      # (only a title between "of" and the name: "the defence minister of Israel, X" names X as the minister)
                      r"\b(?:foreign|defen[cs]e|interior|finance)\s+ministers?\s+(?:of|to)\s+(?:(?:the\s+)?(?:president|prime\s+minister|premier|leader)\s+)?$|"
                      # "three of whom are close to Deputy President X", "a militia linked to X": someone else, through X
                      r"\b(?:close|closely linked|linked|loyal|allied|tied|connected)\s+(?:to|with)\s+(?:[\w'’.-]+\s+){0,4}$|"
                      # (session 37) the one another served under: "a former commander who served under X was transferred"
                      r"\b(?:served|serving|fought|fighting)\s+(?:directly\s+)?under\s+(?:[\w'’.-]+\s+){0,2}$|"
                      r"\bunder\s+the\s+(?:command|orders)\s+of\s+(?:[\w'’.-]+\s+){0,2}$")

#: (session 39, mleft25) A group arrested, then named: the arrest's sentence tells of a group of persons by its count or its noun
#: ("Three suspects were arrested on Monday", "police arrested four individuals", "Persons arrested pursuant to the warrant are
#: Messrs."; ``GROUP_ARRESTED``) and names no one; the next sentence names them (``GROUP_NAMED``: "They are A, B and C", 'Il
#: s'agit de', 'Se trata de', 'Si tratta di', 'Trata-se de', 'Es handelt sich um'), or the arrest's sentence ends on its list's
#: opening ("… are Messrs.", "… are:"; ``GROUP_NAMED_NEXT``). Each language adds its own words in monitor_words.yaml.
GROUP_ARRESTED = R(r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?(?:suspects|persons|people|"
                   r"individuals|men|women|members|officials|officers|commanders|leaders)\b|"
                   r"^\W*(?:the\s+)?(?:persons|individuals|suspects|people|those|men)\s+(?:who\s+were\s+)?(?:arrested|detained)\b")
GROUP_NAMED = R(r"^\W*(?:they|these|those)\s+(?:are|were)\s+(?=(?:(?:Messrs|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z]))|"
                r"^\W*(?:the\s+)?(?:suspects|persons|individuals|men|detainees|those\s+(?:arrested|detained))\s+(?:are|were)\s+"
                r"(?=(?:(?:Messrs|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z]))|^\W*(?:their|the\s+suspects['’])\s+names\s+are\b")
#: … or one sentence tells both ("Persons arrested pursuant to the current warrant of arrest are Messrs. A, B and C"): the persons
#: named after it.
GROUP_NAMED_SAME = R(r"^\W*(?:the\s+)?(?:persons|individuals|suspects|people|those|men)\s+(?:who\s+were\s+|who\s+have\s+been\s+)?"
            r"(?:arrested|detained)\b[^.;:]{0,120}?\b(?:are|were)\s+(?:(?:Messrs|MM|Mr|Mrs|Ms)\.?\s+)?(?=(?-i:[A-Z]))")
GROUP_NAMED_NEXT = R(r"\b(?:are|were)\s*(?:(?:Messrs|MM|Mr|Mrs|Ms|Mmes)\.?)?\s*:?\s*$")
#: (session 39, mleft25) An armed group or a party named after a person, its group noun right after the name ("the Kony militia",
#: "a Kony brigade commander", German 'die Kony-Miliz') or right before it ('la milice Kony', 'la milicia Kony'; each language adds
#: its own words in monitor_words.yaml): the group, not the person (read in ``mentions._only_related``); the name alone is still
#: the person's.
ARMED_GROUP_AFTER = R(r"^(?:['’]s)?[\s-]+(?:militias?|militiamen|brigades?|battalions?|rebel\s+(?:group|movement|army)|movement|network|faction|"
                      r"party)\b")
ARMED_GROUP_BEFORE = R(r"\bthe\s+(?:militias?|brigades?|battalions?|movement|network|faction|party)\s+$")
#: (session 30, written variants) A group of others named by a plural noun, then a relative clause that names the person, right
#: before the person's name: "Protesters who heckled X were arrested", "police arrested activists who booed X"; each language adds
#: its own ("des manifestants qui ont hué X", "alcuni attivisti che contestavano X", "Demonstranten fest, die gegen X protestierten").
#: The group, not the person the clause names, is the one the verb tells of (read in ``rules_travel.arrest``).
GROUP_CLAUSE = R(r"\b(?:protesters|demonstrators|activists|journalists|reporters|students|opponents|critics|dissidents|supporters|men|women|people)\s+"
                 r"(?:who|that)\s+(?:had\s+|have\s+)?(?:[\w'’-]+\s+){1,3}?$")
#: (session 40) A later sentence that refers back to the warrant just told, by a definite word: "pursuant to this warrant", "under the
#: current warrant of arrest", "the warrant was also notified to / served on" (rules_court.warrants,
#: after a group counted: "a warrant of arrest against five individuals"; the count is read in English only, as FOR_COUNT).
WARRANT_BACK = R(r"\b(?:pursuant\s+to|under|on\s+the\s+basis\s+of|in\s+execution\s+of)\s+(?:the|this|that)\s+(?:current\s+|same\s+)?"
                  r"(?:arrest\s+)?warrant\b|\b(?:the|this|that)\s+(?:same\s+)?(?:arrest\s+)?warrant\s+(?:of\s+arrest\s+)?(?:was|has\s+been)\s+"
                  r"(?:also\s+)?(?:notified|served|executed)\b")
#: (session 40) A sentence opened by a noun that refers back to a law or bill just told, then its passage ("The legislation passed on
#: May 20", "The bill was adopted on Tuesday"): the day of the passage the sentence before told without one (rules_states.
#: _law_day_after); each language adds its own ('La loi a été adoptée le 20 mai', 'La ley fue aprobada', 'Das Gesetz wurde am …
#: verabschiedet', 'La legge è stata approvata', 'A lei foi aprovada').
LAW_PASSED_BACK = R(r"^\W*(?:the|this|that)\s+(?:legislation|bill|law|measure|draft(?:\s+law|\s+bill)?|vote|motion)\s+"
                    r"(?:(?:was|has\s+been|had\s+been|were)\s+)?(?:(?:finally|formally|overwhelmingly|narrowly|officially)\s+)?"
                    r"(?:passed|adopted|approved|voted|enacted|cleared|took\s+place|was\s+held|went\s+through)\b")
#: (session 30, written variants) A bill, a motion or a draft whose object is the leaving, told just before the verb of leaving
#: ("a bill to withdraw Kenya from the Rome Statute was tabled", "un proyecto de ley para retirar a Venezuela …"): a proposal
#: put to a parliament, not the State's decision.
#: (session 37) and a campaign for the leaving: "a movement announced it would campaign for Hungary to leave the ICC".
BILL_TO_WITHDRAW = R(r"\b(?:bill|motion|draft\s+(?:law|bill|resolution)|resolution|petition|proposal)\b[^.;]{0,40}?\b(?:to|for)\s+(?:the\s+)?$|"
            r"\bcampaign\w*\s+(?:for|in\s+favou?r\s+of)\b[^.;]{0,40}?\bto\s+$")

#: (session 43, mnews140) A withdrawal bill presented by its presenter (a verb of presenting in the active voice just before the
#: bill's noun: "Hungary has submitted a bill", "the government presented a draft law"); with the State or its government named
#: before it and no members of parliament (``LEGISLATORS``), the bill is the government's decision to leave, announced
#: (rules_states.withdrawal), not a proposal of others (``BILL_TO_WITHDRAW``). Each language adds its own.
BILL_PRESENTED = R(r"\b(?:submit(?:ted|s)|present(?:ed|s)|introduc(?:ed|es)|tabl(?:ed|es)|sen(?:t|ds)|fil(?:ed|es))\s+(?:a|the|its|their)\s+"
                   r"(?:\w+\s+)?(?:bill|draft\s+(?:law|bill))\b")
#: A government, a ministry or a minister: the State's executive as a bill's presenter (rules_states.withdrawal).
GOVERNMENT_WORD = R(r"\b(?:government|cabinet|ministry|minister|executive|president)\b")
#: Members of parliament or a party: a bill's presenters who are not the State's government (rules_states.withdrawal).
LEGISLATORS = R(r"\b(?:mps?|lawmakers?|legislators?|deputies|senators?|parliamentarians?|members\s+of\s+parliament|opposition|party|parties)\b")
#: (session 43, mnews140) A State's leaving told by its leader's act in the past, the State its object: the words just before the
#: State's name ("Duterte yesterday withdrew the Philippines from the ICC", "pulled Burundi out of the Court"; ``LEAVING_FROM``
#: after the name), read by rules_states.withdrawal as the State's announced withdrawal. Each language adds its own
#: ('retiró ayer a Filipinas de la CPI', 'a retiré hier les Philippines de la CPI').
WITHDREW_STATE = R(r"\b(?:withdrew|(?:has|have)\s+withdrawn|pulled|(?:has|have)\s+pulled)\s+(?:(?:yesterday|today|formally|officially|now)\s+)?(?:the\s+)?$")
#: The words right after the State's name in a ``WITHDREW_STATE`` act: what it is taken out of.
LEAVING_FROM = R(r"^\s*(?:out\s+of|from)\b")
#: A relative pronoun just before such an act: the act recalled of its doer ("Duterte, who withdrew the Philippines from the ICC,
#: ..."), no news of the day. Each language adds its own.
RELATIVE_BEFORE_ACT = R(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}$")
#: (session 43, mleft34) A campaign for the leaving told after the leaving's noun, read on the text after it ('für einen Austritt
#: Ungarns aus dem IStGH zu werben'): a movement's aim, not the State's decision, as BILL_TO_WITHDRAW reads English's before it
#: (English has none here; German adds its own).
CAMPAIGN_AFTER_WITHDRAW = R(r"(?!x)x")

# ------------------------------------------------------------------------------------------------ other languages
#: The reading in force for the document being read: each family's extra patterns in that document's language, from
#: data/lookups/monitor_words.yaml (through the spec, see gazetteer.lexicon_from_lookups); None reads English alone.
_READING: contextvars.ContextVar[dict[str, tuple[re.Pattern[str], ...]] | None] = contextvars.ContextVar("iccwatch_monitor_reading", default=None)


class Lexical:
    """A trigger family: its English pattern, searched together with the patterns the document's language adds to it
    (``reading``). Each pattern is searched on its own, so a rule's groups keep their numbers: an added pattern holds the
    family's groups (one, wrapped round it, when it states none), and a match is the earliest (the English one on a tie)."""

    __slots__ = ("base", "name")

    def __init__(self, name: str, base: re.Pattern[str]) -> None:
        self.name = name
        self.base = base

    @property
    def pattern(self) -> str:
        return self.base.pattern

    @property
    def flags(self) -> int:
        return self.base.flags

    @property
    def groups(self) -> int:
        return self.base.groups

    def _all(self) -> tuple[re.Pattern[str], ...] | None:
        cur = _READING.get()
        return None if cur is None else cur.get(self.name)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        more = self._all()
        best = self.base.search(string, pos, endpos)
        if more:
            for rx in more:
                m = rx.search(string, pos, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        return best

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.base.match(string, pos, endpos)
        for rx in self._all() or ():
            if m is not None:
                break
            m = rx.match(string, pos, endpos)
        return m

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.base.fullmatch(string, pos, endpos)
        for rx in self._all() or ():
            if m is not None:
                break
            m = rx.fullmatch(string, pos, endpos)
        return m

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        more = self._all()
        if not more:
            return self.base.finditer(string, pos, endpos)
        found = sorted((m for rx in (self.base, *more) for m in rx.finditer(string, pos, endpos)), key=lambda m: (m.start(), -m.end()))
        out: list[re.Match[str]] = []
        for m in found:  # the earliest first; a match inside one kept is the same words read twice
            if not out or m.start() >= out[-1].end():
                out.append(m)
        return iter(out)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self._all():
            return self.base.findall(string, pos, endpos)
        g = self.base.groups
        return [m.group(0) if g == 0 else m.group(1) if g == 1 else m.groups() for m in self.finditer(string, pos, endpos)]

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if not self._all():
            return self.base.sub(repl, string, count)
        out, at = [], 0
        for i, m in enumerate(self.finditer(string)):
            if count and i >= count:
                break
            out += [string[at: m.start()], repl(m) if callable(repl) else m.expand(repl)]
            at = m.end()
        return "".join(out) + string[at:]

    def __repr__(self) -> str:
        return f"Lexical({self.name})"


# ------------------------------------------------------------------------------------------------ one vocabulary of gatherings
class Vocabulary:
    """The gatherings in force (data/lookups/monitor_words.yaml ``gatherings``, through the spec): each kind's words in English
    and the document's language, joined into one alternation per kind (``{gathering}``: the events a trip goes to;
    ``{meeting}``: sittings and talks), and each word's concept (a summit is a summit in any of its languages)."""

    __slots__ = ("alternations", "rows")

    def __init__(self, rows: tuple[tuple[str, str, tuple[str, ...]], ...]) -> None:
        self.rows = tuple((concept, kind, tuple(re.compile(p, re.I) for p in patterns)) for concept, kind, patterns in rows)
        self.alternations = {kind: "(?:" + "|".join(p for _, k, patterns in rows if k == kind for p in patterns) + ")"
                             for kind in ("event", "meeting")}

    def concept(self, word: str) -> str | None:
        """The concept of a gathering's word ('sommet', 'summits' -> 'summit'), None for a word of none."""
        return next((concept for concept, _, patterns in self.rows if any(p.fullmatch(word) for p in patterns)), None)


@functools.lru_cache(maxsize=32)
def _vocabulary(rows_json: str) -> Vocabulary:
    return Vocabulary(tuple((c, k, tuple(ps)) for c, k, ps in json.loads(rows_json)))


def gatherings_for(table: list[dict[str, Any]] | None, language: str | None) -> Vocabulary:
    """The vocabulary of gatherings for a document in ``language`` (English's words and that language's), from the spec's
    lexicon (``gatherings``: monitor_words.yaml's rows, see gazetteer.lexicon_from_lookups)."""
    if not table:
        from iccwatch.errors import NotFoundError

        raise NotFoundError("the spec's lexicon holds no gatherings: data/lookups/monitor_words.yaml has none, or the store was "
                          "built before it had (run `iccwatch data build`)")
    langs = ("en",) if language in (None, "en") else ("en", language)
    rows = [[g["concept"], g["kind"], [g["words"][lang] for lang in langs if g["words"].get(lang)]] for g in table]
    return _vocabulary(json.dumps(rows))


#: The vocabulary in force for the document being read (``reading``).
_VOCABULARY: contextvars.ContextVar[Vocabulary | None] = contextvars.ContextVar("iccwatch_monitor_vocabulary", default=None)


def vocabulary() -> Vocabulary:
    """The vocabulary of gatherings in force; a rule read outside a document's reading has none (an error, not a silent
    pattern without its words)."""
    v = _VOCABULARY.get()
    if v is None:
        raise LookupError("no vocabulary of gatherings in force: read a document through extract (lexicon.reading)")
    return v


@functools.lru_cache(maxsize=512)
def _worded(template: str, flags: int, event: str, meeting: str) -> re.Pattern[str]:
    return re.compile(template.replace("{gathering}", event).replace("{meeting}", meeting), flags)


def with_words(template: str, flags: int = re.I) -> re.Pattern[str]:
    """``template`` with the vocabulary in force in its places (``{gathering}``, ``{meeting}``), compiled (once per vocabulary)."""
    alts = vocabulary().alternations
    return _worded(template, flags, alts["event"], alts["meeting"])


class Worded(Lexical):
    """A pattern that names gatherings: its template read with the vocabulary in force (``with_words``); searched as any
    family (a language may add to it, its own patterns also holding ``{gathering}`` or ``{meeting}``)."""

    __slots__ = ("_by_vocabulary", "_flags", "template")

    def __init__(self, name: str, template: str, flags: int = re.I) -> None:  # noqa: D107
        self.name = name
        self.template = template
        self._flags = flags
        self._by_vocabulary: dict[Vocabulary, re.Pattern[str]] = {}  # (a vocabulary is made once per language: _vocabulary)
        if "{gathering}" not in template and "{meeting}" not in template:
            raise ValueError(f"{name}: a worded pattern holds {{gathering}} or {{meeting}}")
        _worded(template, flags, "(?:x)", "(?:y)")  # compiles with any words in its places (an error at import, not at use)

    @property
    def base(self) -> re.Pattern[str]:  # type: ignore[override]
        v = _VOCABULARY.get()
        rx = self._by_vocabulary.get(v) if v is not None else None
        if rx is None:
            rx = self._by_vocabulary[vocabulary()] = with_words(self.template, self._flags)
        return rx

    @property
    def flags(self) -> int:
        return self._flags

    @property
    def groups(self) -> int:
        return _worded(self.template, self._flags, "(?:x)", "(?:y)").groups




#: The families other languages may add to: every public pattern of this module (the names data/lookups/monitor_words.yaml
#: may use), wherever it is defined in it. (session 33) One registry: ``_register_families`` runs once, at the module's end, so a
#: pattern defined below this point is a family as one defined above it is (before, a pattern defined after the registry
#: had to be registered by hand, and one that was not could not be extended from the data).
#: (session 46, mnews149) English's names of seats of government, each with the city it stands in (a name
#: data/lookups/places.yaml lists): a trip's host told by its seat ("will meet X at the White House", "talks at the Kremlin") is
#: placed as the city's name places it (gazetteer.spec_from_records). The other languages' are monitor_words.yaml ``seats``.
SEATS: dict[str, str] = {"White House": "Washington", "Kremlin": "Moscow", "Élysée": "Paris", "Elysée": "Paris",
                         "Elysee Palace": "Paris", "Downing Street": "London", "Casa Rosada": "Buenos Aires"}

FAMILIES: dict[str, Lexical] = {}


def _register_families(namespace: dict[str, Any]) -> None:
    """Makes every public pattern in ``namespace`` (an upper-case name bound to a compiled pattern, or to a ``W`` template of
    gatherings) a family: a ``Lexical`` (or ``Worded``) bound under the same name and listed in ``FAMILIES``."""
    for name, value in list(namespace.items()):
        if not name.isupper() or name.startswith("_") or isinstance(value, Lexical):
            continue
        if isinstance(value, re.Pattern):
            FAMILIES[name] = namespace[name] = Lexical(name, value)
        elif isinstance(value, W):
            FAMILIES[name] = namespace[name] = Worded(name, str(value))


def when_between(words: dict[str, Any] | None) -> str:
    """(session 30) A time told between a verb and its complement in a language ("s'est rendu jeudi en Hongrie", "detuvo el
    martes en Kampala a X", "a émis mardi, …, un mandat"), as English's ``WHEN_BETWEEN``: the language's weekdays (its words
    for last and next after them), a day of its months ('le 3 septembre', 'el 3 de septiembre', 'am 3. September'), its
    relative days ('hier', 'ayer'), each after the language's ``when_before`` words ('le', 'el', 'am', 'na'). A family's
    pattern holds it as ``{when}``; a language without weekdays has none (a pattern that matches nothing)."""
    words = words or {}
    weekdays, months = words.get("weekdays") or {}, words.get("months") or {}
    if not weekdays:
        return "(?!x)x"

    def alternation(names: Any) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    after = "|".join(f"(?:{p})" for p in (words.get("last"), words.get("next")) if p)
    parts = words.get("weekday_parts") or ""
    day = rf"(?:{alternation(weekdays)})" + (rf"(?:{parts})?" if parts else "") + r"(?![^\W\d_])" + (rf"(?:\s+(?:{after})\b)?" if after else "")
    if months:
        # (session 44, mnews142) a weekday with its own date after it ('el próximo martes 3 de septiembre', 'mardi 3 septembre',
        # 'martedì 3 settembre', 'am Dienstag, 3. September,', 'na terça-feira, 3 de setembro,'): one time, told twice
        day += rf"(?:,?\s+\d{{1,2}}(?:er|º|°|o|\.)?\s+(?:de\s+)?(?:{alternation(months)})(?![^\W\d_])(?:\s+(?:de\s+)?\d{{4}})?,?)?"
    told = [day]
    if months:
        told.append(rf"\d{{1,2}}(?:er|º|°|o|\.)?\s+(?:de\s+)?(?:{alternation(months)})(?![^\W\d_])(?:\s+(?:de\s+)?\d{{4}})?")
    before = rf"(?:(?:{words['when_before']})\s+)?" if words.get("when_before") else ""
    alternatives = [before + "(?:" + "|".join(told) + ")"] + [f"(?:{p})" for p, _ in words.get("relative_days") or []]
    return "(?:" + "|".join(alternatives) + ")"


#: (session 34) A move that ends at a place of the Court's detention or seat named without its State (data/lookups/court_places.yaml:
#: ``{court_place}`` any of them, ``{court_detention}`` the detention's): "was transferred to the detention centre in The Hague",
#: "was taken to the Scheveningen prison", and the Court's detention centre by its noun ("taken to the ICC detention centre"):
#: a surrender, with no other word of the Court. Read in every document (as English's patterns are), added to ``SURRENDER``;
#: the other languages add theirs in monitor_words.yaml with the same places. Not a prison elsewhere ("taken to a prison in
#: Manila"), nor a visit to the place ("visited the detention centre in The Hague": no verb of moving).
_MOVED = r"\b(?:transferred|taken|brought|moved|flown|sent|escorted|transported|driven|delivered)\s+(?:[\w'’-]+\s+){0,3}?(?:to|into)\s+"
_DETENTION_NOUN = r"(?:detention\s+(?:centre|center|unit|facility)|prison|jail|gaol|penitentiary)"
_COURT_PLACE_MOVES = (
    _MOVED + r"(?:the\s+|a\s+)?(?:(?:icc|court)['’]?s?\s+|international\s+|dutch\s+)?" + _DETENTION_NOUN
    + r"\s+(?:(?:complex|block|wing)\s+)?(?:in|at|of|near)\s+(?:the\s+)?(?:{court_place})\b",
    _MOVED + r"(?:the\s+)?(?:{court_detention})\s+" + _DETENTION_NOUN + r"\b",
    _MOVED + r"(?:the\s+)?(?:icc|international\s+criminal\s+court|court)['’]?s?\s+detention\s+(?:centre|center|unit|facility)\b",
)


def court_place_alternations(places: list[dict[str, Any]] | None) -> tuple[str, str]:
    """(any place, the detention places) of ``places`` (the spec's ``court_places``) as two alternations, longest name first;
    ``(?!)`` for none."""
    def alt(names: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) or "(?!)"

    places = places or []
    return (alt([n for p in places for n in p["names"]]),
            alt([n for p in places if p["kind"] == "detention" for n in p["names"]]))


#: The Court's places in force (``reading``): the alternation of their names, or None outside a reading or without the table.
_COURT_PLACES: contextvars.ContextVar[str | None] = contextvars.ContextVar("iccwatch_monitor_court_places", default=None)


def court_place_before() -> re.Pattern[str] | None:
    """A place of the Court's seat or detention at the end of a text, with at most a comma or bracket and two short words
    after it ("l'Aia, nei ", "La Haye, aux ", "Den Haag in den ", "The Hague, the "): the State named next is the Court's host
    State, where a custody ends (mentions._arrest_state); None without the table in force (session 34)."""
    alt = _COURT_PLACES.get()
    return compiled_words(rf"(?<![\w])(?:{alt})\s*[,(]?\s*(?:[^\W\d_]{{1,4}}\s+){{0,2}}$") if alt else None


@functools.lru_cache(maxsize=16)
def _compiled(words_json: str, event: str = "(?!)", meeting: str = "(?!)", when: str = "(?!x)x", court_place: str = "(?!)",
              court_detention: str = "(?!)") -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each family's added patterns compiled, the vocabulary's words (``event``, ``meeting``), the language's time between
    a verb and its complement (``when``, ``when_between``) and the Court's places (``court_place``, ``court_detention``)
    in their places."""
    families: dict[str, list[str]] = json.loads(words_json)
    out: dict[str, tuple[re.Pattern[str], ...]] = {}
    for name, patterns in families.items():
        fam = FAMILIES.get(name)
        if fam is None:
            raise ValueError(f"data/lookups/monitor_words.yaml: no trigger family {name!r}; known: {', '.join(sorted(FAMILIES))}")
        compiled = []
        for p in patterns:
            p = p.replace("{gathering}", event).replace("{meeting}", meeting).replace("{when}", when)  # noqa: PLW2901
            p = p.replace("{court_place}", court_place).replace("{court_detention}", court_detention)  # noqa: PLW2901
            rx = re.compile(p, fam.flags)
            if rx.groups == 0 and fam.groups:
                # the whole match as the family's first group (its trigger word), the others empty
                rx = re.compile(f"({p})" + "()" * (fam.groups - 1), fam.flags)
            if rx.groups != fam.groups:
                raise ValueError(f"data/lookups/monitor_words.yaml: {name}: {p!r} has {rx.groups} groups, the family {fam.groups}")
            compiled.append(rx)
        out[name] = tuple(compiled)
    return out


def words_for(languages: dict[str, Any], language: str | None) -> dict[str, Any] | None:
    """The words a document's language adds (the ``languages`` of the spec's lexicon), None for English or a language
    without any (read as English)."""
    return (languages or {}).get(language or "") or None


@contextlib.contextmanager
def reading(words: dict[str, Any] | None, gatherings: Vocabulary | None = None,
            court_places: list[dict[str, Any]] | None = None) -> Iterator[None]:
    """Reads every family with the patterns ``words`` (one language's entry, ``words_for``) adds, and the patterns that name
    gatherings with the vocabulary ``gatherings`` (``gatherings_for``), for the block's duration (per thread and task:
    context variables); with ``court_places`` (the spec's, session 34), a move ending at one of them is a surrender
    (``_COURT_PLACE_MOVES``, and the language's patterns holding ``{court_place}`` or ``{court_detention}``)."""
    families = dict((words or {}).get("families") or {})
    place, detention = court_place_alternations(court_places)
    if court_places:
        families["SURRENDER"] = [*families.get("SURRENDER", []), *_COURT_PLACE_MOVES]
    token_vocabulary = _VOCABULARY.set(gatherings)
    alts = gatherings.alternations if gatherings is not None else {"event": "(?!)", "meeting": "(?!)"}
    token = _READING.set(_compiled(json.dumps(families, sort_keys=True), alts["event"], alts["meeting"], when_between(words),
                                   place, detention) if families else None)
    token_words = _WORDS.set(words or None)
    token_places = _COURT_PLACES.set(place if court_places else None)
    try:
        yield
    finally:
        _COURT_PLACES.reset(token_places)
        _READING.reset(token)
        _WORDS.reset(token_words)
        _VOCABULARY.reset(token_vocabulary)


#: The whole entry of the language in force (dates, the Court's and authorities' names: monitor/dates.py, mentions.py).
_WORDS: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("iccwatch_monitor_words", default=None)


def language_words() -> dict[str, Any] | None:
    """The words of the language the document in hand is read in (None: English alone)."""
    return _WORDS.get()


def english_word(word: str) -> bool:
    """(session 37) Whether a word of the rules' own English lists ("war" after a place: "the Gaza war") is read as that English
    word in the document in hand: not where the document's language spells one of its own words so ('Kampala war …', German
    'was'; the language's ``not_english`` words in data/lookups/monitor_words.yaml). The language decides which lists apply."""
    words = _WORDS.get()
    return not (words and word.strip().lower() in {w.lower() for w in words.get("not_english") or []})


@functools.lru_cache(maxsize=256)
def compiled_words(pattern: str) -> re.Pattern[str]:
    """A language's pattern (dates, places, authorities), compiled once."""
    return re.compile(pattern, re.I)


def _missing(key: str) -> NoReturn:
    from iccwatch.errors import NotFoundError

    raise NotFoundError(f"the spec's lexicon holds no {key}: data/lookups/monitor_words.yaml has none, or the store was built "
                        "before it had (run `iccwatch data build`)")


def wrap_end(lexicon: dict[str, Any]) -> re.Pattern[str]:
    """How a line that a hard wrap broke inside a sentence ends (mentions.unwrap): on a comma, a semicolon, or one of the words
    that lead on (monitor_words.yaml ``wrap_end``, every language's, through the spec's lexicon; session 33)."""
    words = lexicon.get("wrap_end")
    if not words:
        _missing("wrap_end")
    return compiled_words(r"(?:[,;]|\b(?:" + "|".join(re.escape(w) for w in words) + r")),?$")


def agency_credit(lexicon: dict[str, Any]) -> re.Pattern[str] | None:
    """A news agency's credit closing a line (monitor_words.yaml ``agency_credits``, every language's; session 35): its name
    after a sentence's stop ("… dal Sudafrica. Reuters"), in brackets ("(AFP)"), after a dash ("— EFE") or between slashes
    ("/ANSA/"). None when the store's lexicon has no such words (a store built before them)."""
    words = lexicon.get("agency_credits")
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(r"(?:[.!?…]\s*|\s[-–—]+\s*|\(\s*|/\s*)(?:" + names + r")(?:\s*\)|\s*/)?\.?\s*$")


def relative_opening(lexicon: dict[str, Any]) -> re.Pattern[str] | None:
    """A relative clause's opening, matched at the separator after its antecedent: a comma, a dash or a bracket, then one of
    the pronouns of monitor_words.yaml ``relative_pronouns`` (every language's; session 35). None when the store's lexicon has
    none (a store built before them)."""
    words = lexicon.get("relative_pronouns")
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return compiled_words(r"\s*(?:,|\s[-–—]+|[–—]|\()\s*(?:" + names + r")\b")


def passive_auxiliary(lexicon: dict[str, Any]) -> re.Pattern[str] | None:
    """An auxiliary of the passive voice (monitor_words.yaml ``passive_auxiliaries``, every language's; session 35); None when
    the store's lexicon has none."""
    words = lexicon.get("passive_auxiliaries")
    if not words:
        return None
    return compiled_words(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")\b")


def postponed_proceeding(lexicon: dict[str, Any]) -> re.Pattern[str] | None:
    """(session 37) A proceeding put off, not a trip: a ruling, a hearing, a decision or a vote named with a word of postponing
    just after it in its clause ("the hearing was postponed", "la audiencia fue aplazada") or just before it ("the court
    postponed ruling till Monday", "aplazó su decisión"); monitor_words.yaml ``postponed_proceedings``, every language's. None
    when the store's lexicon has none (a store built before them)."""
    table = lexicon.get("postponed_proceedings") or {}
    if not table.get("postponements") or not table.get("proceedings"):
        return None
    put_off = "|".join(table["postponements"])
    noun = "|".join(table["proceedings"])
    return compiled_words(r"\b(?:" + noun + r")\b[^.;,]{0,40}?\b(?:" + put_off + r")\b|\b(?:" + put_off + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + noun + r")\b")


def trip_noun(lexicon: dict[str, Any]) -> re.Pattern[str] | None:
    """(session 37) A trip's or a gathering's noun in any language the monitor reads (monitor_words.yaml
    ``postponed_proceedings`` trips): what a proceeding put off must not name to leave a trip told standing."""
    words = (lexicon.get("postponed_proceedings") or {}).get("trips")
    if not words:
        return None
    return compiled_words(r"\b(?:" + "|".join(words) + r")\b")


def warrant_issued_before(lexicon: dict[str, Any]) -> re.Pattern[str]:
    """A warrant's noun and its issuing verb, with nothing that ends a clause after them (read just before a date: the date that
    follows is the issue's; extract._pick_date): monitor_words.yaml ``warrant_issue``, every language's (session 33)."""
    table = lexicon.get("warrant_issue") or {}
    if not table.get("nouns") or not table.get("verbs"):
        _missing("warrant_issue")
    return compiled_words(r"\b(?:" + "|".join(table["nouns"]) + r")\b[^,;.]{0,60}?\b(?:" + "|".join(table["verbs"]) + r")\b[^,;.]*$")


def warrant_issue_verb(lexicon: dict[str, Any]) -> re.Pattern[str]:
    """(session 36) A warrant's issuing participle, every language's (monitor_words.yaml ``warrant_issue`` verbs), with at most a
    few words and nothing that ends a clause before a date: the date that follows is the issue's ('emitida en secreto el 23 de
    noviembre'); read on the text before a date an unsealing's sentence gives (extract._pick_date)."""
    table = lexicon.get("warrant_issue") or {}
    if not table.get("verbs"):
        _missing("warrant_issue")
    return compiled_words(r"\b(?:" + "|".join(table["verbs"]) + r")\b(?:\s+[^\W\d_]+){0,3}\s*$")


#: A line that does not end as a sentence does (no closing stop, quote or bracket): a standfirst or subheading, not the lead's
#: first full sentence (session 26).
SUBHEAD = re.compile(r"[^\W_]\s*$")

#: A sentence that tells the fact just told was made public, and when, by a pronoun for that fact (session 26): "Das teilte das
#: Gericht am Dienstag (25. Juni) in Den Haag mit", "This was announced on Tuesday", "The court said so on Monday", "C'est ce
#: qu'a annoncé la Cour mardi", "Así lo anunció el tribunal el martes", "Lo ha reso noto la Corte martedì". Its day is the day
#: of that news when the fact's own sentence gives none (extract.emit).
ANNOUNCED_THIS = R(r"^\W*(?:(?:das|dies)\s+(?:teilte|teilten|gab|gaben|meldete|erklärte|bestätigte|sagte|verkündete|kündigte|kündigten)\b|"
                   r"(?:this|that)\s+(?:was\s+)?(?:announced|confirmed|made\s+public|disclosed)\b|"
                   r"(?:the\s+)?(?:court|icc|chamber|tribunal|registry|ministry|government)\s+(?:\w+\s+)?(?:said|announced|confirmed)\s+(?:this|so)\b|"
                   r"c['’]est\s+ce\s+qu['’](?:a|ont)\s+(?:annoncé|indiqué|confirmé|déclaré|fait\s+savoir)|"
                   r"así\s+lo\s+(?:anunció|informó|confirmó|indicó|comunicó)\b|"
                   r"lo\s+(?:ha|hanno)\s+(?:annunciato|reso\s+noto|comunicato|confermato)\b|"
                   r"(?:a\s+informação|o\s+anúncio)\s+foi\s+(?:feit[oa]|divulgad[oa]|confirmad[oa])\b)")

# --- Session 27 (issue 12, task mprecise): acts of other courts and national cases, custody that is no arrest --------------

#: A court, judge or prosecutor that is not the ICC, as a warrant's issuer or an arrest's ground (read only where
#: ``COURT_NAMED`` does not name the Court in the same span): an indefinite court ("a court in Kampala", "a regional trial
#: court", "a French judge"), a court placed or named by its seat ("the Special Tribunal for Lebanon", "a court in Paris"),
#: the other international tribunals by their names, and a State's courts by their rank or kind.
OTHER_COURT = R(r"\b(?:an?\s+(?:[\w'’-]+\s+){0,3}?(?:court|tribunal|judge|magistrate|prosecutor)s?\b|"
                r"(?:court|tribunal|chambers?)\s+(?:in|of|for)\s+(?-i:[A-Z])|"
                r"(?-i:ICTY|ICTR|IRMCT|STL|SCSL|ECCC|KSC)\b|special\s+(?:tribunal|court)\b|specialist\s+chambers\b|extraordinary\s+(?:\w+\s+)?chambers\b|"
                r"(?:trial|district|regional|provincial|municipal|military|supreme|constitutional|federal|appeals?|magistrates['’]?|sharia)\s+courts?\b|"
                r"(?:prosecutor['’]?s?|prosecutor-general['’]?s?|attorney-general['’]?s?)\s+office\b|investigative\s+committee\b|"
                r"(?:national|domestic|local)\s+(?:court|judge|judiciary|prosecutors?|justice)\b)")
#: (session 30) a family the other languages add to ('un tribunal argentino', 'un tribunale di Roma'), as every pattern here
#: (``_register_families``).
#: An arrest's own ground told as another than the Court's (read on the arrest's clause, after its verb): a State's warrant
#: ("on a Rwandan warrant", "on a national warrant"), a request of a State ("at the request of Rwanda", "on an extradition
#: request from …"), a national case or offence ("in a domestic case", "for tax fraud", "on charges of corruption"), a trial
#: before a national court to come, or a custody after the Court freed the person ("after being released by the ICC").
NATIONAL_GROUND = R(r"\bon\s+an?\s+(?:(?:national|domestic|local|separate)|(?!(?:ICC|International|Hague|I\.C\.C)\b)(?-i:[A-Z])[\w'’-]+)\s+(?:arrest\s+)?warrant\b|"
                    r"\bat\s+the\s+request\s+of\s+(?!(?:the\s+)?(?:icc|international\s+criminal|court\b|hague|prosecutor|judges|chamber))(?-i:[A-Z])|"
                    r"\bextradition\s+(?:request|warrant)\s+(?:from|by|of)\s+(?!(?:the\s+)?(?:icc|international\s+criminal|court\b|hague))|"
                    r"\b(?:in|over|as\s+part\s+of)\s+(?:an?|the)\s+(?:separate\s+|unrelated\s+)?(?:national|domestic|local|unrelated|separate)\s+(?:[\w-]+\s+)?(?:case|investigation|probe|inquiry|matter|proceedings)\b|"
                    r"\bcharges?\s+(?:[\w-]+\s+){0,4}?(?:brought|filed|laid|pressed)\s+by\s+(?!(?:the\s+)?(?:icc|international|court\b|hague|prosecutor\b|office\s+of\s+the\s+prosecutor))|"
                    r"\bafter\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court|hague\s+court|judges)\s+(?:had\s+)?(?:released|freed|acquitted)\b|"
                    r"\bunrelated\s+to\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court\b|hague)|"
                    r"\b(?:for|over|on\s+charges\s+of|on\s+suspicion\s+of|suspected\s+of)\s+(?:alleged\s+|suspected\s+)?(?:tax\s+\w+|fraud|corruption|embezzl\w+|"
                    r"money[- ]laundering|drug[- ]trafficking|trafficking|theft|bribery|assault|illegal\s+possession|possession\s+of|firearms?|opening\s+fire|"
                    r"insult\w*|defamation|sedition|incitement|drunk\w*|visa\s+\w+|immigration\s+\w+)\b|"
                    r"\b(?:will|to)\s+(?:face\s+trial|be\s+tried|stand\s+trial|be\s+prosecuted)\s+(?:in|before|by)\s+(?!(?:the\s+)?(?:icc|international|hague|court\b))|"
                    r"\bafter\s+(?:being|having\s+been)\s+(?:released|freed|acquitted)\b[^.;]{0,80}?\b(?:by|from)\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court\b|hague)")
#: The other international courts and tribunals by their names: a sentence that names one and not the ICC tells of a suspect of
#: that court ("X, sought by the Special Court for Sierra Leone, was arrested", "the ICTR announced that X was arrested").
OTHER_TRIBUNAL = R(r"\b(?:(?-i:ICTY|ICTR|IRMCT|STL|SCSL|ECCC|KSC)\b|special\s+(?:tribunal|court)\b|specialist\s+chambers\b|extraordinary\s+(?:\w+\s+)?chambers\b|"
                   r"international\s+(?:criminal\s+)?tribunal\s+for\b|residual\s+mechanism\b)")
#: A warrant's issuer after its noun in an arrest's clause: "on a warrant issued by a Kampala court", "on a warrant from the
#: Special Court" (the issuer is read with ``OTHER_COURT``).
WARRANT_BY = R(r"\bwarrants?\s+(?:[\w-]+\s+){0,2}?(?:by|from)\s+([^,;.]{1,60})")
#: Speakers who hold no office of a government: an opposition, critics, rights groups, experts (not lawyers: a State's own speak
#: for it) (read before a refusal's words: "the opposition leader said Germany should not arrest him" is no government's word).
NOT_GOVERNMENT_SPEAKER = R(r"\b(?:opposition|critics?|activists?|rights\s+groups?|ngos?|campaigners?|analysts?|experts?|commentators?|scholars?|"
                           r"academics?|candidates?|columnists?|editorials?)\b[^.;]{0,60}?\b(?:said|says|argued|argues|insisted|insists|"
                           r"believes?|urged|urges|wrote|writes|told|demanded|demands|claimed|claims)\b[^.;]{0,60}$")
#: (session 48, mleft40) A trip told as going ahead beside the word of an invitation: the invitation accepted, or the trip's own
#: verb of the future ("will travel to China at the invitation of his counterpart", "has accepted the invitation", "is due to"):
#: the sentence tells a trip, not an invitation alone (rules_travel, ``invited_only``). French writes 'invitation' as English does
#: ('se rendra en Chine à l'invitation de son homologue'); its family holds its future. The other languages' words of an
#: invitation ('invitación', 'invito', 'convite', 'Einladung') are not read as one there.
TRIP_BESIDE_INVITATION = R(r"\b(?:accept\w*|will (?:attend|travel|visit|go|be in|fly|arrive|come|head|land|pay|make)|confirmed|"
                           r"is (?:due|set|scheduled|expected) to)\b")
#: (session 48, mleft40) The Prosecutor's request told as an inset between the Court and its act, set off by commas ("Pre-Trial
#: Chamber I, at the request of the Prosecutor, unsealed the warrant", 'la Sala, a petición del Fiscal, hizo pública la orden',
#: 'ha, su richiesta del Procuratore, reso pubblico il mandato'): the circumstance of the Court's act, not an application for a
#: warrant (``APPLICATION`` is read without it, rules_court). Not the request as the sentence's act ('the Prosecutor asked the
#: judges to unseal', 'el Fiscal pidió a la Sala que …'). Other languages in their families.
REQUEST_INSET = R(r",\s*(?:at|upon|on)\s+the\s+(?:request|application)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:prosecutor|prosecution|"
                  r"office\s+of\s+the\s+prosecutor)\s*,")
#: (session 48, mleft40) A State named by its people, as the subject of a clause ("the Hungarians announced …", 'les Hongrois
#: ont annoncé', 'los húngaros anunciaron'): the plural article at the clause's head, read on the text before the demonym
#: (``PEOPLE_NAMED_BEFORE``), and the people's verb a word of a government's (``PEOPLE_GOVERNMENT_WORD``, read on the text after
#: it: announced, declared, confirmed, decided, ruled out …). A people that protests, fears or regrets ('les Hongrois ont
#: protesté parce que X ne sera pas arrêté') tells no government's word: no refusal by that State (rules_states.refusal).
#: Other languages in their families. English reads none: its plural demonyms ('Hungarians') are not in the gazetteer, and
#: its singular one after 'the' is an adjective ("the Rwandan President … has announced", "the French Foreign Ministry
#: announced": the government itself, measured on the dev half), so its pattern matches nothing.
PEOPLE_NAMED_BEFORE = R(r"(?!)")
PEOPLE_GOVERNMENT_WORD = R(r"^\s+(?:(?:have|had)\s+)?(?:\w+ly\s+)?(?:announced|announce|said|say|declared|declare|stated|state|confirmed|"
                           r"confirm|assured|assure|decided|decide|informed|inform|replied|reply|responded|respond|made\s+(?:it\s+)?clear|"
                           r"refused|refuse|ruled\s+out|rule\s+out|indicated|indicate|guaranteed|guarantee|pledged|pledge|promised|promise)\b")
#: The Court's own warrant or request named in a sentence: a national ground told beside it is no reason to drop the arrest.
COURT_GROUND = R(r"\b(?:icc|international\s+criminal\s+court|court|hague)['’]?s?\s+(?:arrest\s+)?warrant\b|"
                 r"\bwarrants?\s+(?:\w+\s+){0,3}?(?:issued\s+)?(?:by|from|of)\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court\b|hague)|"
                 r"\brequest\s+of\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court\b|hague)")
#: A person told as held by a participle used as an adjective before the name ("the detained former president X", "the three
#: detained fugitives"): a state of custody, not an arrest. ``HELD_ADJECTIVE`` is read on the text just before the trigger,
#: ``HELD_NOUN_AFTER`` on the text after it (a noun phrase, not the verb's place, day or agent: "the man detained on Tuesday").
#: (session 28) The word between the determiner and the participle is no agent: not one of ``CAPTORS`` nor a government's
#: noun ("The police arrested X", "The government detained X"), and not a capitalised name ("The Philippines arrested X", "The
#: Germans detained X"): those are the verb's subject, and the arrest is an act.
HELD_AGENT = r"(?:" + CAPTORS + r"|government|governments|regime|junta|military|state|country|security|gendarmes|gendarmerie)\b"
HELD_ADJECTIVE = R(r"\b(?:the|a|an|its|their|his|her|two|three|four|five|six|several|\d+)\s+(?:(?!(?:was|were|is|are|been|being|be)\b)(?!"
                   + HELD_AGENT + r")(?!(?-i:[A-Z]))[\w'’-]+\s+)?$")
HELD_NOUN_AFTER = R(r"^\s+(?!(?:on|in|at|by|last|yesterday|today|since|for|after|over|near|during|and|or|this|early|late|earlier|from|under|"
                    r"without|with|while|when|as|until|pending|there|here)\b)[\w'’-]+")
#: Speculation, rumour or an uncorroborated claim told just before a warrant's words: "as speculation was rife that the ICC had
#: issued", "rumours that the Court issued", "claimed that the Court had issued … though no one confirmed it".
SPECULATION_BEFORE = R(r"\b(?:speculation|rumou?rs?|conjecture|unverified|unconfirmed|claims?|allegations?|fears?)\s+(?:\w+\s+){0,3}?"
                       r"(?:that\s+)?(?:[\w'’().-]+\s+){0,6}$")
#: A transfer inside the Court's custody or the host State: from or to a hospital, a courtroom, a cell, another detention
#: unit (read on the text after a surrender's trigger).
WITHIN_CUSTODY = R(r"\b(?:from|to)\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?(?:hospital|clinic|courtroom|cell|cell\s+block|wing|infirmary|medical\s+\w+)\b")
#: An arrest told in a clause that dates another act by it (read on the text just before the trigger): "has been held since he
#: was arrested", "months after X was arrested", "in the years since her arrest". Background unless its own clause gives a day.
SINCE_ARREST = R(r"\b(?:(?:ever\s+)?since|(?:\w+\s+)?(?:days|weeks|months|years|decades)\s+(?:after|since))\s+"
                 r"(?:(?:he|she|they|it|(?-i:[A-Z])[\w'’.-]*)\s+){0,4}(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?$")
# (session 33) a family other languages add to ("Deux semaines après son interpellation, X a été remis …": the arrest's noun
# after a span of time, read before the trigger): data/lookups/monitor_words.yaml
#: A participle set in apposition after a noun ("X, the former president arrested in Manila, was declared fit on Monday"): read
#: on the text from the last comma to the trigger (an article and at most four words, no auxiliary).
APPOSED_PARTICIPLE = R(r",\s*(?:the|a|an)\s+(?:(?!(?:was|were|is|are|been|being|be|had|has|have|who|which|that)\b)[\w'’-]+\s+){1,4}$")
#: The Court as the one that takes a person into custody ("The International Criminal Court took X into custody", "was taken
#: into custody by the Court"): the Court's custody, a surrender, not a State's arrest. ``COURT_CAPTOR_BEFORE`` is read on the
#: text just before the trigger, ``COURT_CAPTOR_AFTER`` on the text right after it.
COURT_CAPTOR_BEFORE = R(r"\b(?:icc|international\s+criminal\s+court|the\s+court)\s+(?:has\s+|had\s+|formally\s+)?$")
COURT_CAPTOR_AFTER = R(r"^\s+by\s+(?:the\s+)?(?:icc|international\s+criminal\s+court|court)\b")
#: An arrest only nearly made ("was nearly captured", "troops almost caught him"): read on the text just before the trigger.
NEAR_MISS = R(r"\b(?:nearly|almost|narrowly|all\s+but)\s+$")
#: A report of an arrest that the sentence denies or leaves unconfirmed ("Reports that X was captured proved false", "a rebel
#: spokesman claimed …, but officials could not confirm it"): both a word of report and one of denial in the sentence.
REPORT_WORD = R(r"\b(?:reports?|reported(?!ly\b)|claims?|claimed|rumou?rs?|rumou?red|allegedly)\b")
REPORT_DENIED = R(r"\b(?:false|untrue|unfounded|baseless|fake|wrong|denied|denies|deny|dismissed|unconfirmed|"
                  r"(?:could|can|did|does)\s*(?:not|n['’]t)\s+(?:immediately\s+|independently\s+)?(?:be\s+)?(?:confirm|verif)\w*|"
                  r"not\s+(?:been\s+|yet\s+)?(?:confirmed|verified))\b")
#: Others than the person named as the subject of an arrest in the passive (read on the text just before the trigger): a
#: relative or follower told by a possessive ("his commander was arrested", "her son was detained"), a group told in the
#: plural, with the person after "of"/"to" ("Two bodyguards of X were arrested", "Protesters were arrested"), or one relation
#: of the person ("The son of X was arrested").
_RELATIONS = (r"(?:sons?|daughters?|wife|wives|husband|brothers?|sisters?|relatives?|nephews?|cousins?|aides?|bodyguards?|guards?|deput(?:y|ies)|"
              r"envoys?|spokes(?:man|men|woman|person)|lawyers?|drivers?|commanders?|lieutenants?|associates?|allies|ally|followers?|"
              r"supporters?|loyalists?|fighters?|soldiers?|officials?|ministers?|members?|staff|employees?|secretary|assistants?|family)")
#: (the same relations, for other modules: a trip's subject told as the person's relative, session 29)
RELATIONS = _RELATIONS
_GROUPS = (r"(?:protesters|demonstrators|supporters|activists|journalists|students|followers|loyalists|fighters|soldiers|bodyguards|guards|"
           r"aides|relatives|associates|allies|envoys|officials|members|suspects|men|women|people|dozens|hundreds|scores)")
OTHERS_ARRESTED = R(r"\b(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?" + _RELATIONS + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$|"
                    r"(?:^|[,;:(]\s*|\b(?:and|as|while|when|after|two|three|four|five|several|some|many|\d+)\s+)(?:[\w'’-]+\s+){0,2}?" + _GROUPS
                    + r"(?:\s+(?:of|to|loyal\s+to|close\s+to|for)\s+(?:[\w'’.-]+\s+){1,4}?)?\s*(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$|"
                    r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?" + _RELATIONS + r"\s+(?:of|to)\s+(?:[\w'’.-]+\s+){1,4}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$|"
                    # (session 33) a thing or a child as the subject of a custody ("X's files were taken into custody", "the documents
                    # of X were placed under the Court's custody"): custody of a thing, not of the person named inside its phrase
                    r"\b(?:files|documents|papers|evidence|archives|records|assets|funds|belongings|property|passports?|phones?|laptops?|"
                    r"computers?|vehicles?|child|children|grandchild|grandchildren)\s+(?:of\s+(?:[\w'’.-]+\s+){1,4}?)?"
                    r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+|now\s+)?$|"
                    # (session 38, mnews122) a warrant or a decision the participle right after it qualifies ("the arrest warrant
                    # handed over to the Court", 'le mandat d'arrêt rendu par la Cour à La Haye'): the thing's, no person handed over
                    r"\b(?:warrants?(?:\s+of\s+arrest)?|decisions?|judge?ments?|rulings?|verdicts?|orders?|requests?)\s+$")
#: (session 30, written variants) a family the other languages add to ("des manifestants ont été arrêtés", "varios periodistas
#: fueron detenidos"), as every pattern here (``_register_families``).
#: (session 30) The subject of an arrest in the passive told by an indefinite noun at the sentence's start, in a sentence that names
#: no one ("A guard who worked under him was arrested in Berlin", "Two of his aides were detained"): others, whom a pronoun only
#: relates to the person.
INDEFINITE_ARRESTED = R(r"^\W*(?:a|an|one|two|three|four|five|several|some|another)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _RELATIONS[3:-1] + "|" + _GROUPS[3:-1]
                        + r"|suspects?|man|woman|person|individual)\b[^.;]*?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")
#: The object of an active arrest told by one indefinite noun, someone the sentence names only inside a phrase after it
#: ("police arrested a suspect in the killing of X's defector"; read with the person's place in ``rules_travel``), not one
#: identified as the person ("arrested a man identified as X"); a counted group ("arrested four persons", then their names) and
#: a description of the person named in the next sentence ("arrested a senior football official") are no others.
OTHERS_OBJECT = R(r"^\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:suspect|man|woman|person|protester|supporter|member|journalist|activist|"
                  r"official|soldier|fighter|guard)\b(?![^.;]{0,40}\b(?:identified\s+as|believed\s+to\s+be|named\s+as|turned\s+out\s+to\s+be|"
                  r"later\s+identified)\b)(?=[^.;]{0,60}?\b(?:of|in|to|for|who|that|linked|close|near|against|with)\b)")
#: (session 32) a family the other languages add to ("la police a arrêté deux manifestants devant la Cour où X …", "la policía
#: detuvo a dos manifestantes frente a la Corte donde X …"), as every pattern here (``_register_families``).

#: A government saying it will not hand someone over, in other words: "would not be extraditing X to … the
#: International Criminal Court", "will not be transferred to the ICC", "we are not going to hand him over", "will never
#: hand over X", "to be tried at home rather than handed to the ICC".
HANDOVER_NOT = re.compile(r"\b(?:(?:will|would|shall|could|can)(?:\s+not|n't|\s+never)|(?:is|are|was|were)\s+not\s+going\s+to)(?:\s+be)?\s+"
                          r"(?:extradit\w*|transferr?\w*|surrender\w*|send\w*|deliver\w*|(?:hand|turn)\w*\s+(?:[\w'’-]+\s+){0,6}?over)\b|"
                          r"\b(?:rather than|instead of)\s+(?:being\s+)?(?:handed|sent|transferred|surrendered|extradited)\b|"
                          r"\btried\s+(?:at home|in\s+(?-i:[A-Z])\w+)\s+(?:and\s+)?(?:not|rather than|instead of)\s+(?:in\s+|at\s+|by\s+)?(?:the\s+)?(?:hague|icc|international criminal court)\b",
                          re.I)
# (session 32, moved from rules_states) a family other languages add to (data/lookups/monitor_words.yaml): "ne sera pas transférée
# devant la CPI", "refuse de remettre X à la CPI": a handover refused, which may be by the person's own State, as the English words
# (a family, as every pattern here: ``_register_families``)


#: A preference for anything else over a handover, read on the text just before a surrender's trigger: "would rather die than
#: be brought to The Hague", "sooner than being handed over" (session 29, rules_travel), and (session 36) the person sent
#: elsewhere "instead of being handed over to the ICC": a handover refused or not made. A family: the other languages add
#: their words in data/lookups/monitor_words.yaml ('plutôt que livré à la CPI', 'en lugar de ser entregado').
RATHER_THAN = re.compile(r"\b(?:rather|sooner)\b[^.;]{0,80}?\bthan\s+(?:to\s+)?(?:be\s+|being\s+)?$|\binstead\s+of\s+(?:being\s+)?$", re.I)

#: (session 36) An attendance told by inversion, the attendee after the verb: the opening's "among" ("Among those present at the
#: inauguration was X", "Joining other leaders was X") before or in the attendance's words (read as ``rules_travel`` did since
#: session 26; each language adds its opening: 'Parmi les personnes présentes …', 'Entre los presentes …', 'Tra i presenti …',
#: 'Unter den Anwesenden …'), and the verb of being after them, with the gathering's place or day between ("… at the
#: inauguration in Kampala on Thursday was"; 'figurait', 'estaba', 'c'era', 'war').
INVERTED_AMONG = R(r"\bamong\b|^\W*joining\b")
INVERTED_BE = R(r"(?:\s+(?:at|in|on|for|during)\s+[^,;.]{0,60}?)?\s*(?:was|were)\b")
#: (session 36) An attendance's subject that is no one ("No head of state attended …, including X", "Not a single leader
#: attended", 'Aucun chef d'État n'a assisté …, dont X', 'Kein Staatschef nahm … teil'): no one listed after it attended.
NO_ONE_ATTENDED = R(r"^\W*(?:(?:but|and|yet|however|so)\s+)?(?:no|not\s+a\s+single|not\s+one|none\s+of\s+the)\s+(?:[\w'’-]+\s+){0,5}$")

#: (session 36) A refusal told as a plain past act of the State, with no refusal wording: a negated arrest, detention or handover
#: in the past ("Mongolia did not arrest X during his visit", "ignored the warrant and did not detain X", "failed to arrest X
#: when he landed"), its subject a State named before it and its object the person right after it (rules_states.plain_refusal).
#: The future and the conditional are the refusal-to-come rules' ("will not arrest", "would not arrest if"): not read here.
PLAIN_REFUSAL = R(r"\b(?:(?:did\s+not|didn['’]t|failed\s+to)\s+(?:\w+ly\s+)?(?:arrest|detain|apprehend|hand\s+(?:[\w'’.-]+\s+){1,6}?over|"
                  r"surrender|extradite|execute\s+(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?warrant\s+(?:against|for|of))|"
                  r"never\s+(?:arrested|detained|apprehended))\b")
#: (session 36) A departure the State let happen ("let X leave the country", "allowed X to fly out of Pretoria"): the State's
#: refusal, the stay told by the departure itself; not one to come ("will let", "would allow": the future is another rule's).
LET_LEAVE = R(r"(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!may\s)(?<!might\s)(?<!to\s)(?<!not\s)\b(?:let|allowed|permitted|enabled)\s+"
              r"(?:[\w'’.-]+\s+){1,6}?(?:to\s+)?(?:leave|depart|fly\s+(?:out|home|back)|exit|return\s+home|go\s+home|slip\s+out|escape|travel\s+home)\b")
#: (session 42, mleft32) A State's reception of the person told with the arrest not made ("Mongolia received X without arresting
#: him", "welcomed X on Tuesday without detaining him"): the State's refusal, the stay told by the reception itself, the person
#: named inside the words (rules_states.plain_refusal, for a State Party on the day only). Not one to come or supposed ("will
#: receive", "could have received"); each language adds its words ('a reçu X sans l'arrêter', 'empfing X, ohne ihn festzunehmen').
RECEIVED_UNARRESTED = R(r"(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!may\s)(?<!might\s)(?<!to\s)(?<!not\s)(?<!have\s)"
                        r"\b(?:received|welcomed|hosted|greeted)\s+(?:[\w'’.-]+,?\s+){1,8}?without\s+(?:first\s+)?"
                        r"(?:(?:arresting|detaining|apprehending)\s+(?:him|her|them)|(?:an?\s+|any\s+)?(?:arrest|detention))\b")
#: (session 36) The occasion to arrest told beside a plain refusal: the person's stay ("during his visit", "when he landed",
#: "on his arrival") or a warrant or order disregarded ("despite the warrant", "ignored the ICC warrant"). Without it in the
#: sentence, a plain refusal stands only beside a visit of the same person to the same State the document tells.
REFUSAL_OCCASION = R(r"\b(?:during|throughout|on|upon|after|at\s+the\s+time\s+of)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|arrival|presence|attendance|landing)\b|"
            r"\b(?:when|while|as|after)\s+(?:he|she|they)\s+(?:had\s+)?(?:landed|arrived|visited|came|attended|was\s+(?:in|visiting|attending)|were\s+in)\b|"
            r"\b(?:despite|in\s+spite\s+of|ignor\w+|defi\w+|disregard\w*)\s+(?:the|an?|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:warrants?|court\s+orders?|orders?|obligations?|ruling)\b")
#: (session 36) The words between a plain refusal's verb and the person it names: a preposition of the warrant, a title (at most
#: four words; no clause's word: "did not arrest the man who met X" names another).
PLAIN_REFUSAL_OBJECT = R(r"\W*(?:(?:against|for|of)\s+)?(?:(?!(?:and|but|or|who|whom|which|that|because|since|after|when|while|as|if|with|"
                         r"to|at|in|on|from)\b)[\w'’.-]+\s+){0,4}")
#: (session 37) The opening of a sentence whose verb comes second and its subject after it ('Am Donnerstag war X in Ulan Bator zu
#: Gast', 'Seit Dienstag ist X in …', 'Gestern landete X in …'): a time or a place told first, then the finite verb. A person named
#: right after the trip's verb is then its subject, not someone else's guest (rules_travel.visits). English puts its subject
#: first ("On Thursday, X arrived"): no pattern of its own; German adds its openings in data/lookups/monitor_words.yaml.
VERB_SECOND = R(r"(?!x)x")
#: (session 40) Between the trip's verb told second and the person named after it, words that make the person the object of another's
#: trip ('El 3 de septiembre llegó a Ulán Bator un enviado para reunirse con X', 'è arrivato a Ulan Bator un inviato per incontrare
#: X'): an indefinite subject, a purpose or a companion. English has no verb-second trip; each language adds its words.
VERB_SECOND_OTHER = R(r"(?!x)x")
#: (session 37) An object pronoun standing for the person in a plain refusal or a departure let happen ("did not arrest him",
#: "let him leave"): searched in the refusal's words and just after them; each language adds its clitics before the verb ('ne
#: l'a pas arrêté', 'no lo detuvo', 'non lo ha arrestato', 'não o prendeu') or its object inside the verb ('hat ihn nicht
#: festgenommen'). The pronoun is the person the document is about when the sentence names no one (rules_states.plain_refusal).
#: Not "her" before a noun ("did not arrest her husband": another).
OBJECT_PRONOUN = R(r"\bhim\b|\bher\b(?=\s*(?:[.,;:!?)]|$|(?:during|when|while|on|at|in|despite|after|as|because|although|though|even|"
                   r"and|but|or|leave|depart|fly|exit|return|go|travel|escape|slip|over|to)\b))")
#: (session 36) A plain refusal only supposed, its clause opened by a condition before it ("if Mongolia did not arrest X, it would
#: breach", "whether the authorities failed to arrest him"): no refusal told.
PLAIN_REFUSAL_SUPPOSED = R(r"\b(?:if|unless|whether|in\s+case)\b[^.;]{0,80}$")
#: (session 36) The stay itself denied after a plain refusal ("did not arrest X because he never travelled to Mongolia", "did not
#: detain him: he did not come"): the State had no occasion, no refusal.
STAY_DENIED_AFTER = R(r"\b(?:never|not|n['’]t)\s+(?:even\s+|actually\s+)?(?:come|came|travell?ed|travel|visited|visit|arrived|arrive|set\s+foot|"
                      r"went|go|gone|been\s+(?:to|in|there))\b")
#: (session 36) A refusal's words that tell an inability ("could not arrest", "cannot detain"): with the stay denied after them
#: ("could not arrest X because he did not come") the State had no occasion, and no refusal is told.
UNABLE_TO_ARREST = R(r"^(?:could|can)(?:\s+not|n['’]t|not)\b")
#: (session 36) A plain refusal told inside an explanation someone asks of the State ("the ICC requested Malawi to explain why it
#: had failed to arrest X", "wants to know why Djibouti didn't arrest X"): the Court's request, not the State's refusal told (the
#: State's own explanation, "Mongolia explained why it did not arrest X", is not one asked).
EXPLANATION_ASKED = R(r"\b(?:ask\w*|request\w*|demand\w*|want\w*\s+to\s+know|quer(?:y|ies|ied)|question\w*|wonder\w*|invit\w*|call\w*\s+on|urg\w*|order\w*)\b"
                      r"[^.;]{0,80}?\bwhy\b[^.;]{0,60}$")
#: (session 36) A plain refusal told as what the Court found or said ("the ICC judges recognised that Mongolia, which did not arrest X
#: during his visit, acted contrary to the Rome Statute"): the Court's finding (read as one), not a refusal told of the State.
COURT_TELLS_CONDUCT = R(r"\b(?:(?:pre-trial|appeals|trial)\s+)?(?:chamber|judges?|the\s+court|icc|international\s+criminal\s+court|prosecutor)\b[^.;]{0,60}?"
                        r"\b(?:recogni[sz]\w*|found|finds|ruled|rules|said|says|concluded|concludes|determined|decided|held|holds|noted|notes|stated|"
                        r"established|declared|considered)\b[^.;]{0,100}$")
#: (session 36) A plain refusal told as false just before it ("it is false that Mongolia did not arrest X", "denied that it did not
#: detain him"): no refusal.
REFUSAL_TOLD_FALSE = R(r"\b(?:false|untrue|not\s+true|denied|denies|deny|rejected\s+(?:claims|reports|suggestions)|dismissed\s+(?:claims|reports|suggestions))\b[^.;]{0,80}$")

# (session 33) the one registry: every public pattern above, wherever defined, is a family the languages may add to
_register_families(globals())
