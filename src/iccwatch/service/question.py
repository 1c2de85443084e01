"""A question typed in words, read as the law engine's arguments.

"Must Mongolia arrest Putin on 3 September 2024?" names a State, a person and a day: the reading finds
each in the record (a State by its name, alias or upper-case ISO alpha-3 code; a person by name, alias or
spelling, as :meth:`Facts.find_persons` reads them; the day as the monitor reads dates in news text) and
says which question it is: ``arrest`` (a State and a person), ``obligations`` (a State alone) or
``travel`` (a person alone). Nothing is guessed: a question that names no State and no person, two
States, two persons or two days is refused with a message that says so. A month or a year is a day only
where the question names a State and a person and the record holds exactly one trip of that person to that
State then ("Must Mongolia arrest Putin in September 2024?" asks about the day of that visit, and the
reading says which trip it took); where that one trip is itself dated only to its month ("Must Argentina arrest
Netanyahu in October 2025?"), the month's first day is asked about if the answer, its basis and its forum are the
same on every day of that month, and the question is refused, naming the days it changes between, otherwise;
a month with no recorded trip then, or several, is asked on its first day where one answer (with its basis and
forum) holds on every day of it ("Was Sudan obliged to surrender al-Bashir in April 2019?", the reading says
``period_whole``), and refused, with the trips and the change, otherwise; a year with no single trip is a range of days
(below), unless the question names a visit then, which must be one the record holds. A day, month or year after 'since',
'after', 'before' or 'until' is the span of days it opens or closes (to the day asked; from the Statute's entry into
force), read as a range; "March '24" is March 2024 (the century nearest the day asked); a time named by an act the record
dates to one day ('on the day he was arrested', 'the day after the warrant was unsealed', 'after his surrender', 'on the
day its withdrawal took effect', 'the day after Ongwen was convicted', 'a year after it notified its withdrawal', and
since round 29 the State's name for its pronoun, 'a year after Burundi notified its withdrawal', "the day after
Palestine's accession", refused where it is another State's than the one asked about: _ACT, _state_pronoun,
_act_days) is that day, one day or the count named from it, or the span it opens or closes, and is
refused naming the days where the record holds none, several, or one dated only to its month; a time named by another
act or a happening after 'after', 'before', 'since', 'until' or 'once' and a pronoun or determiner ('after his escape') is refused, naming it,
where no day is named and the question does not ask about now ('still'); a pronoun with a verb in the present ('once he
lands') is whenever he does, the day asked. A question about a State alone that names
a month ("Was Armenia bound by the Rome Statute in January 2024?") is asked on the month's first day where the State's
status and every situation's answer are the same on every day of it, and refused, naming the days they change
between, otherwise; so is a span of days of at most a month ("during his visit on 2-3 September 2024"), whether
the question names a person or not. 'Last March' is the latest March before the month the question is asked in; 'the day after'
('the next day', 'the following day') and 'the day before' ('the previous day', 'the eve of') count one day from the
one day the question names, and are refused where it names none. Where the person's own State is named beside another ("Must Tajikistan arrest Russia's
president?"), the other is the host. A State or city named as where the person is to be delivered
("surrender Duterte to The Hague", "hand him over to the Netherlands") is not read as a State asked about.

A State is also read from its demonym ("the Mongolian government", data/lookups/demonyms.yaml) and from a
city written with a capital after "in", "at", "to", "from" or "visiting" ("arrested in Ulaanbaatar",
data/lookups/places.yaml) or as the question's subject ("Does Kyiv have to cooperate?": a capital naming its
government), unless a capitalised word follows it ("party to Rome Statute"). A question whose subject (the
capitalised words after its opening word: "Must Atlantis arrest Putin?") is read as nothing the record holds, and
that names no State elsewhere, is refused naming those words, unless they name the Court or another international
body ("Can the ICC arrest Putin?" is the person's travel map). A title or name particle alone ('Sheikh', 'Senior',
'el-Sheikh') is no person's name, though an alias may hold it; nor is one word of a name followed by a capitalised word
the record reads as nothing ('Viktor' of 'Viktor Orbán' is not Viktor Sokolov), nor a family name after a capitalised
first name that is none of the person's names ('Yair Netanyahu' is not Benjamin Netanyahu; 'Prime Minister Netanyahu' is). A name several States share ("Congo", "Congolese") is read as the one of them the
question also names otherwise (a city: "in Kinshasa") or whose context words it holds (state_names.yaml), and
is refused otherwise. An office described by its State ("the Sudanese president", "Israel's prime minister",
"the president of Russia") is read as the one person of the record who held that office in that State on the
day asked about; that State is then the person's, not a host; where the record holds no such person, or
several, the question is refused. A question that asks about arresting, surrendering or handing over someone
but names no person of the record is refused (it is not answered as the State's duties); so is a day written
in numbers that may be read two ways ("03/09/2024") and a day the calendar does not have ("31 February 2024").
A what-if typed in words about a legal fact ("What if Ukraine had not ratified?", "Suppose Hungary revoked its
withdrawal", "If Mongolia had an Art. 98 agreement with Russia, ..."): a supposition ('what if', 'suppose', 'imagine',
'hypothetically', 'if ... had/were', 'had ... not') whose clause names a ratification, accession, withdrawal, revocation,
notification, declaration, agreement, referral, surrender, custody, issued warrant, office and the like, is refused,
naming it and the --assume forms that state it (the reading would otherwise answer on the record's facts); a supposed
visit ("had he attended", "if he were in Budapest") changes no law and is read. A refusal naming a word the record
does not hold also names the States and persons whose names are closest to it ("Did you mean Mongolia?"); nothing is
read from a guessed spelling. A day in numbers with its year first ('2024/09/03') is that day; with dashes
('03-09-2024') it follows the slashes' rule; 'this week', 'last week', 'next week' are that week's days, Monday to
Sunday ('the past week': the seven days to the day asked), asked as a span of days; 'two years ago', 'three months ago',
'a week ago' count back from the day asked, 'this October' is that month of the year asked in.

A visit named without its day ('during his visit', "over Putin's visit", 'when he visited') is the day of the one recorded
trip of the person to the State, of the kind the words name (made, 'planned', 'cancelled'), and refused naming the trips
where there are several or none; so is a question in the past tense naming a State and a person but no day ('Why
didn't Mongolia arrest Putin?': the one visit made). A part of a year ('the end of 2025', 'mid-2024', 'Q3 2024') limits the trips to
its months; a weekday before the day it names ('Monday 2 September 2024') is part of it. A day of the month without its month ('on the 3rd') and an occasion without its day
('during the Naadam festival') are refused. 'Ex-president' is a former office; a minister is also read by portfolio ('the
former Israeli defence minister': the recorded minister whose office's title holds it). A subject describing the person
named right after it ('the Taliban leader Haibatullah') is not refused; a name several persons bear ('Gaddafi') is refused
naming them; words read as no person before a verb of travel ('for Xi Jinping to go') and a place read as nothing after
'in', 'at' or 'to' ('in Springfield') are refused, as is a subject read as nothing where no person is read ('Can Kim Jong Un
travel to Mongolia?'; a body's acronym counts only in capitals). A demonym of the person's own State right before him
('the Afghan Taliban leader Akhundzada') describes him and names no State asked about; a first name before a lower-case
particle and a capitalised word ('Charles de Gaulle') is no person's name. A question that says nothing of what it asks of the law
('Tell me about the weather in Paris') is refused, naming its words and how to ask.

A range longer than a month ('between 2023 and 2025', '2024-25', 'from March to May 2024', 'between September 2024 and
March 2025') or a season ('the summer of 2024', 'winter 2024-25', 'last summer', 'next winter'; northern meteorological
seasons; 'the winter of 2024' is refused naming the two winters it may mean) is read as the day of the one recorded trip
of the person to the State within it; otherwise as its first day where one answer holds on every day of it (``period_whole``,
checked on the days the record says the answer can change, :func:`_change_days`); otherwise refused, naming the trips and
the changes; 'between X and Y' with X or Y read as nothing ('between Christmas and New Year') is refused. A place is also
read from the gazetteers by a city's first word where every listed city it starts is in one State ('Rio'), with 'St.'
as 'Saint', and by an airport's name before 'airport' ('Ben Gurion airport'). A region a list defines
(data/lookups/regions.yaml: UN M49 continents and sub-regions, the European Union) named with a person is read as its
States the record holds (``region``), each answered as the person's travel map answers it; another region ('Scandinavia';
data/lookups/question_words.yaml), or a defined one with no person, is refused where no State is read, naming it and how
to ask, and no State is read from its words ('Latin American countries'). A time the reading cannot date ('during the
Arab Spring', 'after the election') is refused, naming it. A question all in lower case has its cities read as if
capitalised; a capitalised word read as nothing where a person and no State are read
('¿Debe España arrestar a Putin?') is refused, naming it. The portfolios, titles and regions are data
(data/lookups/question_words.yaml), each with its reason.

Round 36: 'this Sunday' is that weekday of the week asked in (Monday to Sunday); another language's weekday with the word
saying which ('ce dimanche', 'lunedì prossimo', 'el martes pasado') is read as the English one; a day named by a holiday
('on Independence Day 2027') is refused naming it, unless question_words.yaml's `fixed_days` gives its day ("New Year's
Day"); an occasion named with a month or a year chooses the recorded trip then whose occasion names it (or its
initials: 'CSTO'), and is refused where the record holds no trip then; a State named in what a person is wanted,
charged or accused for ('wanted for deporting Ukrainian children') is not asked about; and where the question's first
sentence names a whole day, a sentence after it, or a clause closing it after a comma ('..., after it pulled out in
April'), tells what came before.

Round 43: a question of what the record holds besides the law engine's answer (question_words.yaml, `record_questions`:
who signed a joint statement, which States sanctioned the Court or its officials, a State's score or rank in the index,
whether a State complied on an event) is refused naming what it asks for and the command and address that answer it,
never read as the State's duties or its duty to arrest; a duty to comply asked as a duty ('Must Mongolia comply ...?',
'Did Mongolia have to comply ...?') and what the Assembly or the Council did about a State are still read. In a
question of what a forum did, an act after 'after' ('after the Court's finding') dates nothing asked; a name particle
alone ('della') is no name; a capitalised word read as nothing, where no State and no person is read, is named with the
closest names.

Round 44: the record's answers a user cites are answered in the read (kind ``record``; service.record_answers): whether a
State signed a joint statement named by its day or month, or who did; which States sanctioned the Court, or one State's
sanctions and whom they name; the findings of non-compliance referred to the Assembly or the Council. Only the index and
the assessment of an event are still refused naming their command. A name in the German or Dutch genitive ('Putins
Besuch', `name_genitives`) names the person.
"""

from __future__ import annotations

import calendar
import contextvars
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass
from typing import Any

from iccwatch.dataset.names import normalise_name
from iccwatch.errors import FieldError, InputError
from iccwatch.facts import ASSUMPTION_HELP, Facts
from iccwatch.model import DateSpan
from iccwatch.model.dates import date_sort_key
from iccwatch.model.rome_statute import ENTRY_INTO_FORCE, one_year_after
from iccwatch.monitor.dates import MONTH_NAME, MONTHS, Found, find_dates, safe_date
from iccwatch.service.ask import state_name_index
from iccwatch.service.index_regions import region_names, regions
from iccwatch.service.inputs import MONTH_HINT


class QuestionError(InputError):
    """A question the reading cannot turn into one question to the law engine; the message says why. ``asks`` (round
    53): the questions to ask instead, where the refusal offers some (each State of two named together asked apart, a
    misspelt name replaced by the record's closest name, a day in numbers written in each of its two readings); each
    reads as asked, so an interface may offer each as a link."""

    def __init__(self, message: str, asks: list[str] | None = None) -> None:
        super().__init__(message)
        self.asks: list[str] = list(asks or [])


class _RecordNotAnswered(QuestionError):
    """Session 49 (law63): a question of what the record holds that the reader does not answer (`record_questions`),
    refused as such: no misspelt common word is then repaired to read it as another question ('mandato di arresto per
    Putin per il crimine di aggressione' was read, 'arresto' taken as a misspelt 'arrest', as his travel map)."""


class _OfficeUnheld(QuestionError):
    """Session 44: an office described in words that the record holds no one in on the day asked, naming the persons it
    could be (those who had left it, or held it on days not recorded): ``said``, the description as read, and ``names``,
    those persons' names, for ``read_question`` to offer the question asked of each by name (round 55's leftover: the
    refusal named them but offered no question)."""

    def __init__(self, message: str, said: str, names: list[str]) -> None:
        super().__init__(message)
        self.said, self.names = said, names


class _AmbiguousDay(QuestionError):
    """A day in numbers that reads two ways ('5/12/2026'): its words and its two readings, day first then month first
    (round 53: ``read_question`` answers it once where both readings give the same answer)."""

    def __init__(self, message: str, words: str, readings: tuple[dt.date, dt.date],
                 labels: tuple[str, str] = ("day first", "month first"), written: tuple[str, str] | None = None) -> None:
        super().__init__(message)
        self.words, self.readings, self.labels = words, readings, labels
        #: (session 43) the words each reading is asked with in place of ``words`` (a holiday: 'on 25 December 2026')
        self.written = written


#: Words of a question that are never a person's name, however a name lookup reads them alone.
_BASE_NOT_NAMES = frozenset({"must", "would", "could", "should", "will", "shall", "have", "arrest", "arrested", "surrender",
                             "obliged", "bound", "required", "duty", "state", "states", "party", "court", "what", "where",
                             "when", "which", "whom", "does", "there", "their", "they", "travel", "visit", "visited",
                             "visiting", "today", "president", "minister", "prime", "leader", "general", "safely", "under",
                             "warrant", "from", "with", "that", "this", "true", "tell", "someone", "anyone", "government",
                             "head"})
#: (Titles and name particles, which alone name no one, are data: data/lookups/question_words.yaml, ``titles``.)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
#: Characters a typed question never needs and that make it read otherwise than it shows: controls (tab and line breaks
#: aside), direction marks, overrides and isolates, and invisible characters (as the record's own text rules).
_UNSHOWN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u061c\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_TODAY = re.compile(r"\b(today|now|currently|at present)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_LONGEST = 6
#: Words after which a city's name is read as the State it is in ("arrested in Ulaanbaatar").
_DELIVERY = re.compile(r"surrender(?:ed|ing|s)?|hand(?:ed|ing|s)?|transfer(?:red|ring|s)?|sen[dt]|sending|sends|"
                       r"extradit(?:e|ed|es|ing)|deliver(?:ed|ing|s)?")
#: Words naming the Court as where a person is delivered ('to the International Criminal Court in The Hague').
_COURT_WORDS = frozenset({"the", "icc", "court", "international", "criminal", "cpi"})
#: Words naming the Court, its organs and other international bodies: a question's subject made of them ('Can the ICC
#: arrest Putin?', 'Will the Prosecutor seek a warrant?', 'Are EU states obliged?') names no State, and is not refused.
_BODIES = _COURT_WORDS | frozenset({"tribunal", "prosecutor", "prosecution", "otp", "chamber", "pre-trial", "appeals",
                                    "judges", "judge", "registry", "registrar", "presidency", "un", "united", "nations",
                                    "security", "council", "unsc", "assembly", "asp", "eu", "european", "union", "african",
                                    "au", "interpol", "member", "members", "states", "parties"})
#: Words of a question's subject that name a legal text or the asker, not a State ('Does Article 86 bind Hungary?',
#: 'Is the Rome Statute binding on Armenia?', 'Can I ...').
_LEGAL_TEXTS = frozenset({"article", "articles", "art", "rule", "rules", "resolution", "rome", "statute", "charter", "treaty",
                          "convention", "vienna", "geneva", "genocide", "i"})
#: Words that describe a person named right after them ('the Taliban leader Haibatullah', 'Hamas chief Deif').
_DESCRIBING = frozenset({"leader", "chief", "commander", "president", "minister", "general", "head", "spokesman",
                         "spokesperson", "founder", "emir", "official", "officer", "warlord", "boss"})
#: Name particles written apart and in lower case ('Charles de Gaulle', 'Ursula von der Leyen').
_PARTICLES = frozenset({"de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "dos", "das"})
#: A name word that opens with a lower-case particle ('al-Assad', 'el-Sisi', "d'Estaing").
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}['’\-][^\W\d_]*[A-Z][^\W\d_]*")
_PLACE_AFTER = frozenset({"in", "at", "to", "into", "from", "via", "over", "visit", "visits", "visiting", "visited"})
#: Offices a question may describe a person by ("the Sudanese president"), with the kinds of recorded office
#: they are (a title is not read: "Office of the President" is no presidency).
_BASE_OFFICES = {"president": ("head_of_state",), "prime minister": ("head_of_government",),
                 "premier": ("head_of_government",), "pm": ("head_of_government",), "head of state": ("head_of_state",),
                 "head of government": ("head_of_government",), "leader": ("head_of_state", "head_of_government")}
#: Ministers described by their portfolio ("the former Israeli defence minister", "the minister of defence of Russia")
#: are read from data/lookups/question_words.yaml (``portfolios``): a recorded minister's office whose title holds one of
#: the portfolio's words ("Minister of Defence of Israel").
_OFFICE_LONGEST = 3
#: 'ex-president' written as one word: read as 'ex president' (the same length, so the words keep their places).
_EX = re.compile(r"\bex-(?=[^\W\d_])", re.I)
_FORMER = frozenset({"former", "ex"})
#: Asking about arresting or surrendering someone: such a question needs a person.
_ARREST_VERB = re.compile(r"\b(arrest(?:ed|ing|s)?|surrender(?:ed|ing|s)?|hand(?:ed|ing|s)?\s+(?:\w+\s+)?over|"
                          r"extradit(?:e|ed|ing|es)|detain(?:ed|ing|s)?)\b", re.I)
#: Words that ask about arresting persons in general, not one person ("arrest suspects").
_GENERIC_OBJECTS = frozenset({"suspects", "suspect", "persons", "people", "fugitives", "anyone", "anybody", "someone",
                              "somebody", "those", "wanted", "accused", "individuals"})
#: A day counted from the one the question names ('the day after his surrender on 1 December 2025'): +1 or -1.
_SHIFT = re.compile(r"\b(?:(?:the|a|one)\s+day\s+(after|before)|the\s+(next|following|previous|preceding)\s+day|"
                    r"the\s+eve\s+of)\b", re.I)
#: A clause right after 'the day before' or 'the day after' (a subject and what it did: 'it became a State Party', 'he
#: was arrested', 'the Court issued ...'): the shift then counts from that act, not from a day named before it (round 28).
_SHIFT_CLAUSE = re.compile(r"\s+(?:it|he|she|they|its|his|her|their|the\s+\w+)\s+\w+", re.I)
#: 'last March': the latest month of that name before the month the question is asked in.
_LAST_MONTH = re.compile(rf"\blast\s+{MONTH_NAME}(?!\s*,?\s*\d)", re.I)
#: Words that open a question; a capitalised word right after one is the question's subject ('Does Kyiv have to ...').
_OPENERS = frozenset({"must", "should", "would", "will", "shall", "can", "could", "may", "might", "does", "do", "did",
                      "is", "was", "are", "were", "has", "have", "had"})
#: A span across months with the year once, at its end ('from 1 May to 30 June 2026', 'between 1 May and 30 June 2026').
_MONTHS_SPAN = re.compile(rf"\b(?:from|between)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\s+(?:to|and|until|till)\s+"
                          rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+(\d{{4}})\b", re.I)
#: A supposition typed in words ('what if', 'suppose', 'imagine', 'if ... had', 'had ... not'): the reading answers on the
#: record's facts and does not apply it, so one about a legal fact (_SUPPOSED) is refused, pointing to --assume.
_SUPPOSING = re.compile(r"\b(?:what\s+if|suppos(?:e|ing|ed)|imagin(?:e|ing)|hypothetical(?:ly)?|assum(?:e|ing)|"
                        r"let'?s\s+say|in\s+the\s+event)\b|\bif\b[^?.;:]*?\b(?:had\b(?!\s+to\b)|were\b)|"
                        r"\bif\b(?=[^?.;:]*?,[^?.;:]*?\bwould\b)|"  # 'if Russia joined the ICC, would it ...': a hypothetical
                        r"\bhad\s+(?:\w+\s+)?(?:not|never)\b|"
                        # session 49 (law64): an inverted conditional, no 'if' ('Had Uzbekistan been a State Party,
                        # would ...', 'Were it a party, would ...'): the clause runs to its comma, a conditional after it
                        r"^\W*(?:had|were)\b(?=[^?.;:,]*,[^?.;:]*\b(?:would|could|might)\b)|"
                        # 'Would a deferral under Article 16 have stopped ...', 'Would an Art. 98 agreement with Russia
                        # protect ...': a conditional whose subject is an indefinite legal fact supposes it (round 22)
                        r"\b(?:would|could|might)\s+an?\s+(?=(?:[\w().'’-]+\s+){0,5}?(?:deferral|suspension|agreement|referral|"
                        r"declaration|ratification|accession|withdrawal|revocation|notification|resolution|arrangement)s?\b)",
                        re.I)
#: The legal facts a supposition may be about: a State's acts under the Statute, agreements, declarations, referrals,
#: warrants, custody, offices, a deferral under Art. 16 (a supposed visit, 'had he attended', changes no law and is answered).
_SUPPOSED = re.compile(r"\b(?:re-?)?(?:ratif\w*|acced\w*|accession|withdr[ae]w\w*|revok\w*|revocation|notif\w*|declar\w*|12\s*\(3\)|"
                       # a deferral the Security Council requests (Art. 16), or a suspension of the Court's proceedings (round 20)
                       r"defer(?:s|red|ring|ral)?|suspen(?:d|ds|ded|ding|sion)|art(?:icle|\.)?\s*16|"
                       r"jurisdiction|agreements?|98|refer(?:red|ral|s)?|surrender(?:ed)?|custody|issu\w*|annull?\w*|"
                       r"join\w*|left|leav\w*|quit\w*|sign(?:ed|s)?|elected|office|president|minister|resign\w*|ousted|"
                       # session 49 (law63): a supposed status, 'if it had been a State Party', 'if it were a member'
                       # (answered on the record's status: another question); not 'if he travels to a State Party'
                       r"(?:been|were|was|be|become|became)\s+(?:an?\s+)?(?:States?\s+)?(?:part(?:y|ies)|members?)|"
                       # session 49 (law64): the inverted 'Were Uzbekistan a State Party, would ...', its subject between
                       r"were\s+(?:[\w'’-]+\s+){1,3}?an?\s+(?:States?\s+)?(?:part(?:y|ies)|members?))\b", re.I)
#: Where a supposition's clause ends: the legal fact must be supposed in it ('if he were in Budapest, under the warrant').
_CLAUSE_END = re.compile(r"[,:;?!]")
#: The name of a visitor in a clause of a visit ('when Putin visited', 'when President Putin arrived'): one to three
#: capitalised words, hyphenated or with a particle ('al-Bashir') (round 33).
_VISITOR = r"(?-i:(?:al-|el-)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*(?:\s+(?:al-|el-)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){0,2})"
#: A visit named without its day ('during his visit', "over Putin's visit", 'when he visited'): the day of the one
#: recorded trip of the person to the State, of the kind the words name (made, where they name no planned or cancelled
#: one), where the question names no day.
_VISIT = re.compile(r"\b(?:during|on|at|over|for|after|in|since|about|of|from)\s+(?:his|her|the|their|this|that|[^\W\d_]+(?:-[^\W\d_]+)*['’]s)\s+"
                    r"((?:(?:recent|state|official|last|latest|first|planned|announced|cancelled|canceled|called-off|upcoming|"
                    r"expected|working|brief)\s+)*)(?:visit|trip|stay|stopover|journey)\b|"
                    # round 33: after a name as after 'he' ('What did Mongolia do when Putin visited?' was read as today):
                    # one to three capitalised words, hyphenated or with a particle ('al-Bashir', 'President Putin')
                    rf"\bwhen\s+(?:he|she|{_VISITOR})"
                    r"\s+(?:visited|went|came|travell?ed|flew|arrived|landed|was\s+in)\b|"
                    # round 34: the day of an arrival asked for ('What day did Putin arrive in Mongolia?' was read as
                    # today), and a clause of a visit in French, Spanish, Portuguese, Italian and German ('Quel jour
                    # Poutine est-il arrivé en Mongolie ?', '¿Qué hizo Tayikistán cuando llegó Putin ...?')
                    rf"(?P<asked>\b(?:did|does)\s+(?:he|she|{_VISITOR})\s+(?:arrive|land|visit|come|go|travel|fly|get)\b|"
                    rf"\b(?:il|elle|{_VISITOR})\s+(?:(?:est|était)(?:-(?:il|elle))?\s+(?:arrivée?|venue?|allée?|passée?)|"
                    r"a(?:-t-(?:il|elle))?\s+(?:visité|atterri))\b)|"
                    rf"\bcuando\s+(?:(?:él|ella|{_VISITOR})\s+)?(?:llegó|visitó|aterrizó|viajó|vino|estuvo)\b|"
                    rf"\bquando\s+(?:(?:ele|ela|{_VISITOR})\s+)?(?:chegou|visitou|aterrissou|aterrou|veio|esteve)\b|"
                    rf"\bquando\s+(?:(?:lui|lei|{_VISITOR})\s+)?(?:è\s+(?:arrivat[oa]|atterrat[oa]|venut[oa]|stat[oa])|ha\s+visitato)\b|"
                    rf"\bals\s+(?:er|sie|{_VISITOR})\s+(?:[\w-]+\s+){{0,3}}?(?:ankam|landete|besuchte|eintraf|einreiste)\b", re.I)
#: A question opening with 'which' or 'what' and a lower-case noun before its verb ('Which hotel did ...', 'What gifts
#: were ...'): the noun is what it asks for (round 33).
_ASKED_FOR = re.compile(r"\s*(?:which|what)\s+((?-i:[a-z][a-z-]*))\s+(?:did|does|do|was|were|is|are|has|had|have|will|would|"
                        r"can|could|must|should|may|might)\b", re.I)
#: Words that say what a question asks of the law (an arrest, a surrender, a duty, membership, a warrant, travel,
#: immunity, a referral, a withdrawal), as the starts of words: a question that holds none of them, and holds
#: lower-case words other than dates and the words of _FILLER ('Tell me about the weather in Paris'), is refused, not
#: read as the duties of the State it happens to name.
# nouns of the law a question writes with a capital ('Is Venezuela still a State Party?', 'a Member of the Court', 'Is
# Burkina Faso out of the ICC?'), which say what it asks as their lower-case forms do (a capitalised word is otherwise
# a name, not read as asking), and are no person's name ('the 125th State Party to the Rome Statute')
# round 31: German nouns of membership, which German writes with a capital ('ein Vertragsstaat des Römischen Statuts',
# 'Mitgliedstaat', 'Strafgerichtshof'): the question was refused as saying nothing of the law
# round 32: the Spanish and Portuguese noun of membership ('um Estado Parte', 'un Estado Parte'): the question was refused
# as saying nothing of the law
_LAW_NOUN = re.compile(r"(?:party|parties|member|members|statute|court|icc|warrant|warrants|jurisdiction|obligations?|"
                       r"vertragsstaat(?:es|en)?|mitgliedstaat(?:es|en)?|mitglied(?:es|er)?|statuts?|strafgerichtshof(?:es|s)?|"
                       r"istgh|haftbefehls?|partes?|"
                       # round 45: German duties, capitalised ('Welche Pflichten hatte Ungarn ...?', 'Ungarns Pflicht')
                       r"pflicht(?:en)?|verpflichtung(?:en)?)", re.I)
#: Session 45: an elided article or preposition on a word ("l'immunità", "dell'immunità", "l'arrestation"): the word
#: after it is what asks of the law (round 57: "La Mongolia poteva invocare l'immunità di Putin ...?" was refused).
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")
_ASKS = re.compile(r"(?:arrest|surrender|hand|extradit|detain|custod|co-?operat|oblig|bound|bind|dut|requir|must|should|"
                   r"ought|need|party|parties|member|statute|icc|cpi|court|tribunal|warrant|wanted|immun|travel|visit|trip|"
                   r"safe|risk|fly|flie|flew|flight|airspace|overfl|go|went|come|came|enter|attend|land|stay|withdr|left|"
                   r"transit|stop|refuel|layover|pass|cross|"  # a stop on the way (round 23: 'transit through Greece')
                   r"plane|jet|aircraft|intercept|divert|connect|"  # round 24: 'change planes in X', 'intercept his plane'
                   r"leav|quit|exit|refer|forum|owe|compl|non-compl|ratif|acced|accession|join|jurisdiction|situation|"
                   r"investigat|case|prosecut|charge|accus|indict|summons|law|legal|allow|permit|status|sign|treat|declar|defer|"
                   r"assembly|council|asp|unsc|protect|summit|meeting|conference|liable|responsib|sanction|do|done|releas|breach|"
                   r"break|host|refus|violat|fail|punish|penal|happen|tried|trial|welcom|catch|caught|captur|seiz|apprehend|"
                   r"jail|prison|barr|ban|face|expos|arriv|hold|held|pick|answer|account|risk|danger|threat|"
                   # the same in French, whose State and person names the record also reads ('Mongolie', 'Poutine')
                   r"arrêt|remet|remis|livr|coopér|tenu|mandat|voyag|rendr|rend|séjourn|partie|doi[tv]|devr|peu[tv]|pourr|"
                   r"immunit|compét|cour|retir|adhé|"
                   # German and Spanish, whose States' names the reading also reads (question_state_names.yaml)
                   r"verhaft|festnehm|festgenommen|ausliefer|überstell|haftbefehl|muss|müss|reis|gesucht|"
                   # round 36: 'War Burundi ... verpflichtet, al-Baschir festzunehmen?' (the infinitive with 'zu')
                   r"verpflicht|festzunehm|auszuliefer|gebunden|"
                   # round 45: 'Welche Pflichten hatte Ungarn am 1. Juni 2025?' (a duty, the Court unnamed); Dutch 'Hoe
                   # moest Mongolië optreden ...?' (how it had to act), 'verplicht'
                   r"pflicht|optred|verplicht|"
                   r"deten|entreg|extradi|deb|orden|viaj|busca|"
                   # Italian and Portuguese, whose States' names the reading also reads ('Deve l'Italia arrestare ...?')
                   r"dev|dovr|consegn|prend|obblig|obrig|parte\b|partes\b|"
                   # where the person is: 'Is he at large?', 'a fugitive', 'his whereabouts' (the travel map's warrant status)
                   r"large|fugitiv|whereabout|"
                   # round 34: 'did' asked in other languages ('¿Qué hizo Tayikistán cuando ...?', 'Qu'a fait la Mongolie ...')
                   r"hizo\b|fait\b|fez\b|fece\b|fatto\b|tat\b|getan\b)",
                   re.I)
#: Words of a question that ask nothing by themselves (question words, auxiliaries, pronouns, articles, prepositions).
_FILLER = frozenset({"what", "who", "whom", "whose", "which", "where", "when", "why", "how", "is", "are", "was", "were",
                     "be", "been", "being", "can", "could", "would", "will", "shall", "may", "might", "has", "have", "had",
                     "the", "a", "an", "of", "in", "on", "at", "to", "into", "for", "from", "with", "by", "about", "and",
                     "or", "not", "no", "he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "this",
                     "that", "these", "those", "me", "my", "i", "you", "your", "we", "our", "us", "please", "tell",
                     "show", "explain", "today", "now", "still", "yet", "ever", "also", "there", "here", "if", "then",
                     "so", "any", "all", "it's", "what's", "know", "want", "yes", "ok", "okay", "hi", "hello", "thanks",
                     "currently", "present", "again", "more", "mr", "mrs", "ms", "dr"})
#: A day, week, month or year counted back from the day asked ('two years ago', 'three months ago', 'a week ago').
#: A fortnight is two weeks (round 29: 'a fortnight ago' was not read, and the question refused as naming no day).
_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|month|week|fortnight|day)s?\s+ago\b"
                  # round 34: 'a year ago today', 'two years ago to the day': the same day of the month that many back
                  r"(\s+(?:today|to\s+the\s+day)\b)?", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
#: 'this October': that month of the year the question is asked in.
_THIS_MONTH = re.compile(rf"\bthis\s+{MONTH_NAME}(?!\s*,?\s*\d)", re.I)
#: Words after a name that make it a person's ('Can Xi Jinping travel ...', 'for Xi Jinping to go ...').
_PERSON_VERBS = frozenset({"to", "travel", "travels", "travelled", "traveled", "visit", "visits", "visited", "go", "goes",
                           "went", "fly", "flies", "flew", "be", "is", "was", "come", "comes", "came", "attend", "attends",
                           "enter", "enters", "land", "lands", "face", "faces", "risk", "risks", "get", "gets"})
#: A day of the month without its month ('on the 3rd'): no day the reading can take.
_ORDINAL_ONLY = re.compile(rf"\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH_NAME})", re.I)
#: An occasion named without its day ('during the Naadam festival', 'at the BRICS summit'): the reading does not know
#: its day, and refuses it rather than answer for today.
_OCCASION = re.compile(r"\b(?:during|at|for|on|after|before|since|until)\s+the\s+(?:[\w'’\-]+\s+){0,4}?(?:summit|festival|conference|meeting|forum|games|g\d{1,2}|"
                       r"olympics|ceremony|inauguration|celebrations?|anniversary|commemoration|parade|session|world\s+cup|"
                       r"funeral|wedding|talks|gathering)\b", re.I)
#: A question in the past tense ('Why didn't Mongolia arrest Putin?', 'Should Hungary have arrested Netanyahu?'): with a
#: State and a person and no day, it asks about a visit made, as 'during his visit' does.
_PAST = re.compile(r"^\s*(?:why\s+)?(?:did|didn['’]?t|was|wasn['’]?t|were|weren['’]?t|had|hadn['’]?t)\b|"
                   r"\b(?:should|could|would|must|might)(?:n['’]?t|\s+not)?\s+(?:\w+\s+)?have\s+(?:been\s+)?\w+ed\b", re.I)
#: A conditional of the past whose verb is 'had' or 'been', its subject between ('Would South Africa have had to arrest
#: ...?'; round 34).
_HAD = re.compile(r"\b(?:would|could|should|might|must)(?:n['’]?t|\s+not)?(?:\s+[\w'’\-]+){0,4}?\s+have\s+(?:had|been)\b", re.I)
#: A part of a year ('early 2017', 'the end of 2025', 'mid-2024', 'the first half of 2025', 'Q3 2024', 'the summer of
#: 2024'): the one recorded trip then must fall within its months, not merely within the year.
_YEAR_PART = re.compile(r"\b(?:(early|late|mid)[\s-]+|the\s+(end|beginning|start|middle)\s+of\s+|(?:the\s+)?(first|second)\s+half\s+"
                        r"of\s+|(q[1-4])\s+|(?:the\s+)?(spring|summer|autumn|fall)\s+(?:of\s+)?)(\d{4})\b", re.I)
_PART_MONTHS = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
                "end": (9, 12), "first": (1, 6), "second": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
                "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
#: A weekday written before the day it names ('on Monday 2 September 2024'): the day, not a second date.
_WEEKDAY_BEFORE = re.compile(rf"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?"
                             rf"(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}|{MONTH_NAME}\s+\d)", re.I)
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
#: A week named relative to the day asked ('this week', 'last week', 'next week', 'earlier this week'): its days, Monday
#: to Sunday ('the past week': the seven days to the day asked), asked as a span of days (not as its month).
_WEEK = re.compile(r"\b(?:(?:earlier|later)\s+)?(this|last|next|past|previous|coming)\s+week\b", re.I)
#: A capitalised word ending in '-day' where a weekday stands ('next Blursday', 'on Funday'): no day of the week or of the
#: calendar; refused naming it (round 35: it was left unread and the question answered for today).
_NO_WEEKDAY = re.compile(r"\b(?:next|last|this|coming|on|every|by)\s+((?-i:[A-Z])[a-z]+day)\b", re.I)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"})
#: (round 36) 'this Sunday': that weekday of the week asked in, Monday to Sunday, as 'this week' is read (asked on a Friday,
#: 'this Sunday' is the Sunday ahead, 'this Monday' the one behind); the monitor's reading of news text takes a weekday
#: without a future verb as the latest such day, so 'Is Hungary obliged to arrest Netanyahu this Sunday?' was the Sunday before.
_THIS_WEEKDAY = re.compile(r"\bthis\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,?\s+(?:the\s+)?\d)", re.I)
_WEEKDAY_NUMBER = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
#: The end of a sentence that tells before the one that asks ('Putin flew to Ulaanbaatar in September 2024. Did Mongolia
#: have to arrest him?'): a full stop or an exclamation mark after a word of three small letters or a year, before a
#: capital (not 'Mr.', 'U.S.' or the German ordinal '1. Mai').
#: Words before the subject of a question ('Must the Ukrainian farmers arrest ...?'): a demonym right after them, before a
#: noun that names no one acting for a State, is who the question says would act (round 35).
_DUTY_VERBS = frozenset({"arrest", "surrender", "detain", "hand", "execute", "extradite", "transfer", "deliver"})
_SUBJECT_AUX = frozenset({"must", "should", "shall", "will", "would", "can", "could", "may", "might", "did", "do", "does",
                          "were", "are", "have", "had", "has"})
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=\b\d{4}))[.!]\s+(?=[\"“'¿¡]?[A-Z])")
#: A day in numbers with its year first and slashes or dots ('2024/09/03'): year, month, day, as ISO 8601 orders them.
#: (round 36) A question mark that ends the asking sentence before a sentence that tells ('Was Ukraine a party on 1 December
#: 2024? It deposited its instrument on 25 October 2024.').
_QUESTION_END = re.compile(r"\?\s+(?=[\"“'¿¡]?[A-Z])")
#: (round 50) A clause that tells, closed by a semicolon or a dash before the clause that asks ('Hungary left the Court
#: this year; if Netanyahu flies ...', 'Putin went to Bishkek in 2025 - did Kyrgyzstan ...'), and the words of a question
#: about a time ahead or a condition in the clause after it.
_CLAUSE_TOLD = re.compile(r"(?<=\w)\s*(?:;|\s[-–—])\s+(?=\w)")
#: (round 50) The opening of a sentence that asks of the present ('Must Kenya still arrest him?', 'Is it still bound?').
_ASKS_NOW = re.compile(r"\W*(?:must|is|are|does|do|can|should|has|have|doit|doivent|est-(?:il|elle)|debe|deben|está|muss|"
                       r"müssen|ist|deve|devono|è)\b", re.I)
_STILL = re.compile(r"\b(?:still|any\s+longer|anymore|now|today|encore|toujours|todav[ií]a|a[uú]n|noch|immer\s+noch|ancora|"
                    r"ainda)\b", re.I)


def _asks_still(sentence: str) -> bool:
    """Whether ``sentence`` asks of the present as still so ('Must Kenya still arrest him?'; round 50): a sentence before
    it that tells a date tells what came before (a death, a withdrawal), not the day asked; one asking with no such word
    ('Putin is due in Dushanbe on Tuesday. Must Tajikistan arrest him?') keeps the day told (round 36)."""
    return bool(_ASKS_NOW.match(sentence) and _STILL.search(sentence))


_ASKS_AHEAD = re.compile(r"\b(?:if|next|coming|would|will|were\s+to|si|prochaine?|próxim[oa]|que\s+viene|wenn|falls|"
                         r"nächste[nmr]?|se|prossim[oa])\b", re.I)
_YEAR_FIRST_DAY = re.compile(r"\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b")
#: A range of months with the year once, at its end ('from March to May 2024', 'between April and June 2025',
#: 'March-May 2024'); a first month after the last is of the year before ('from November to February 2025').
_MONTH_RANGE = re.compile(rf"\b(?:(?:from|between)\s+)?{MONTH_NAME}\s*(?:(?<=\s)(?:to|until|till|through|and)\s+|[-–]\s*){MONTH_NAME},?\s+"
                          rf"(\d{{4}})\b", re.I)
#: A range of months each with its year ('between September 2024 and March 2025', 'from May 2024 to June 2025').
_MONTH_YEAR_RANGE = re.compile(rf"\b(?:(?:from|between)\s+)?{MONTH_NAME}\s+(\d{{4}})\s*(?:(?<=\s)(?:to|until|till|through|and)\s+|[-–]\s*)"
                               rf"{MONTH_NAME}\s+(\d{{4}})\b", re.I)
#: A range from a month or a year to the day asked ('since 2023', 'since March 2024').
_SINCE = re.compile(rf"\bsince\s+(?:{MONTH_NAME}\s+)?(\d{{4}})\b(?![\-/.]\d)", re.I)
#: A span of days written in ISO form ('from 2024-09-01 to 2024-09-05', 'between 2024-09-01 and 2024-09-05').
_ISO_SPAN = re.compile(r"\b(?:from|between)\s+(\d{4}-\d{2}-\d{2})\s+(?:to|and|until|till|through)\s+(\d{4}-\d{2}-\d{2})\b", re.I)
#: A range of years ('between 2023 and 2025', 'from 2024 until 2026', '2024-2025', '2024-25'; '2024-09' is a month).
_YEAR_RANGE = re.compile(r"(?<![\d/.\-])\b(?:(from|between)\s+)?(\d{4})\s*(?:(?<=\s)(to|until|till|through|and)\s+|([-–/])\s*)"
                         r"(\d{4}|\d{2})\b(?![\-/.]\d)", re.I)
#: A season, with its year ('the summer of 2024', 'winter 2024-25') or counted from the day asked ('last summer',
#: 'this spring', 'next winter'); read as the northern meteorological seasons (spring March-May, summer June-August,
#: autumn September-November, winter December-February), which the reading says where it refuses.
_SEASON = re.compile(r"\b(?:(last|this|next|the\s+coming|the\s+past|past|coming)\s+|(?:the\s+)?)(spring|summer|autumn|fall|winter)\b"
                     r"(?:\s+(?:of\s+)?(\d{4})(?:\s*[-–/]\s*(\d{4}|\d{2}))?\b)?", re.I)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: A year written by its last two digits after an apostrophe ("March '24", "in '24").
_SHORT_YEAR = re.compile(rf"(?:\b{MONTH_NAME}\s+|(?<![\w'’‘]))['’‘](\d\d)\b(?!['’‘]?\w)", re.I)
#: A day, month or year named right after 'after', 'since' or 'before': a span of days, to or from it.
_RELATIVE = re.compile(r"\b(after|since|before|until|till)\s+(?:the\s+)?$", re.I)
_WRITTEN_DAY = (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+(\d{{4}})\b", re.I),
                re.compile(rf"\b{MONTH_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I))


def _entry_modes(entry: dict[str, Any], named: dict[str, Any]) -> dict[str, str]:
    """A record question's modes: those of the list its ``modes_from`` names in ``named_modes`` (session 47), then its
    own (the loader checks the name; a name unknown here reads none)."""
    return {**(named.get(entry.get("modes_from") or "") or {}), **(entry.get("modes") or {})}


class _Lexicon:
    """The reading's word lists that are data (data/lookups/question_words.yaml): words that are no person's name alone,
    the offices a question may describe a person by (with ministers by portfolio), the words each portfolio's office
    titles hold, and the regions."""

    def __init__(self, table: dict[str, Any]) -> None:
        portfolios = {str(p).casefold(): tuple(str(w).casefold() for w in v.get("words", []))
                      for p, v in (table.get("portfolios") or {}).items()}
        self.not_names = _BASE_NOT_NAMES | {str(w).casefold() for w in (table.get("titles") or {}).get("names", [])}
        #: The endings of a name's genitive without an apostrophe ('Netanjahus', 'Putins'; round 44), longest first.
        self.genitives = sorted((str(w) for w in (table.get("name_genitives") or {}).get("names", [])), key=len, reverse=True)
        self.office_title = {**{f"{p} minister": w for p, w in portfolios.items()},
                             **{f"minister of {p}": w for p, w in portfolios.items()}}
        self.offices = {**_BASE_OFFICES, **{k: ("minister",) for k in self.office_title}}
        regions = table.get("regions") or {}
        self.regions = {normalise_name(str(n)).removeprefix("the ") for n in regions.get("names", [])}
        self.region_adjectives = {normalise_name(str(n)) for n in (regions.get("adjectives") or {}).get("names", [])}
        self.states_words = {str(w).casefold() for w in regions.get("states_words", [])}
        self.undated_occasions = {normalise_name(str(w)) for w in (table.get("undated_occasions") or {}).get("names", [])}
        self.undated_not_before = {normalise_name(str(w)) for w in (table.get("undated_occasions") or {}).get("not_before", [])}
        self.act_agents = {normalise_name(str(w)) for w in (table.get("act_agents") or {}).get("names", [])}
        self.short_forms_not_read = {normalise_name(str(w)) for w in (table.get("place_short_forms_not_read") or {}).get("names", [])}
        #: Round 52: short names of States read in lower case too ('must the drc arrest kony'), save those that are words
        #: ('us', 'car'); None where the table does not say (then a short name is read in capitals only).
        lower = table.get("short_names_that_are_words")
        self.short_names_words = None if lower is None else {normalise_name(str(w)) for w in lower.get("names", [])}
        self.asked_nouns = {str(w).casefold() for w in (table.get("asked_nouns") or {}).get("names", [])}
        #: The words of the other languages that put a place after them ('à', 'en', 'em', 'im'), with the English ones,
        #: and the articles between such a word and a place's name (session 32).
        self.place_words = _PLACE_AFTER | {str(w).casefold() for w in (table.get("place_words") or {}).get("names", [])}
        forums = table.get("forum_response_questions") or {}
        #: The ways a question asks what the Assembly or the Council did about a State, and the body each word means.
        self.forum_responses = [re.compile(p, re.I) for p in forums.get("patterns", [])]
        self.forum_words = {normalise_name(str(w)): str(body) for body, ws in (forums.get("forums") or {}).items() for w in ws}
        #: (session 41) A year dating the Court's act the question starts from ('after the Court referred Jordan in 2017'):
        #: the forum's responses then run to the day asked, not to the year's end.
        self.forum_act_years = [re.compile(p, re.I) for p in forums.get("act_years", [])]
        #: (session 42) The common words of a question of the law a misspelling of which is read as the word ('arest').
        self.common_words = frozenset(str(w).casefold() for w in (table.get("common_words") or {}).get("names", []))
        #: (session 42) The question's shape in any wording: a forum's name with a word of acting near it.
        shape = forums.get("shape") or {}
        self.forum_shape_acts = re.compile("|".join(f"(?:{a})" for a in shape.get("acts", []))) if shape else None
        self.forum_shape_within = int(shape.get("within", 0))
        #: session 49 (law64): the reach of a word of acting that ends the question (a German participle)
        self.forum_shape_final = max(int(shape.get("final_within", 0)), self.forum_shape_within)
        self.forum_shape_duties = re.compile(shape["duties"]) if shape else None
        self.forum_phrases = sorted({tuple(w.split()) for w in self.forum_words}, key=len, reverse=True)
        #: Questions of what the record holds besides the law (a joint statement's signatories, States' measures against
        #: the Court, the index, the assessment of an event): what each asks for, its words, what answers it (round 43).
        self.record_questions = [(str(q["asks"]), re.compile("|".join(f"(?:{w})" for w in q["words"]), re.I), str(q["answered_by"]))
                                 for q in (table.get("record_questions") or {}).get("questions", [])]
        #: Round 44: the record's answer each of them is given (statement, measures, referrals; None: refused), whom a
        #: sanctions question names (its words, the measure's words, what the answer says), and each forum's words.
        named_modes = (table.get("record_questions") or {}).get("named_modes") or {}
        self.record_answers = [(q.get("answer"), [(re.compile(t["words"], re.I), str(t["matches"]), str(t["said"]))
                                                  for t in q.get("targets") or []],
                                {str(f): re.compile(w, re.I) for f, w in (q.get("forums") or {}).items()},
                                # round 46: words asking a variant of the answer (the index's lowest band, sanctions
                                # in force, the wanted of one situation), by its name
                                {str(k): re.compile(w, re.I) for k, w in _entry_modes(q, named_modes).items()})
                               for q in (table.get("record_questions") or {}).get("questions", [])]
        #: Round 47: the issues of the law a question of positions names (issue: its words, what the answer says), and
        #: the words that make a question matching an entry another one (a duty asked beside a position), by entry.
        self.record_issues = [{str(i): (re.compile(str(v["words"]), re.I), str(v["said"])) for i, v in (q.get("issues") or {}).items()}
                              for q in (table.get("record_questions") or {}).get("questions", [])]
        self.record_unless = [re.compile(str(q["unless"]), re.I) if q.get("unless") else None
                              for q in (table.get("record_questions") or {}).get("questions", [])]
        #: Round 45: the words of a time named by a person's warrant ('since his warrant'), for the trips questions.
        self.since_warrant = [re.compile(w, re.I) for q in (table.get("record_questions") or {}).get("questions", [])
                              for w in q.get("since_warrant") or []]
        #: Session 48 (law62): a Council resolution named by its number (group 1), and the other languages' names of a
        #: referred situation (situation id: pattern), for a comparison naming a referral.
        rq = table.get("record_questions") or {}
        self.council_resolution = re.compile(str(rq["council_resolution"]), re.I) if rq.get("council_resolution") else None
        self.referral_names = {str(k): re.compile(str(v), re.I) for k, v in (rq.get("referral_names") or {}).items()}
        #: Session 42: the words of a time named by the Court's finding against the State ('after the Court found it').
        self.since_finding = [re.compile(w, re.I) for q in (table.get("record_questions") or {}).get("questions", [])
                              for w in q.get("since_finding") or []]
        #: Round 46: nouns of a duty in six languages ('Aufgabe', 'plicht', 'compito'), asking of the law as 'duty' does.
        self.duty_nouns = {str(w).casefold() for w in (table.get("duty_nouns") or {}).get("names", [])}
        #: Round 47: the words for "States" in six languages ('Quels États ...'), no State's name where they open a question.
        self.state_nouns = {str(w).casefold() for w in (table.get("state_nouns") or {}).get("names", [])}
        #: Round 46: the words asking for the States found in non-compliance more than once.
        self.repeated = [re.compile(w, re.I) for w in (table.get("state_list_questions") or {}).get("repeated", [])]
        self.place_articles = {str(w).casefold() for w in (table.get("place_words") or {}).get("articles", [])}
        self.place_nouns = {normalise_name(str(w)) for w in (table.get("place_words") or {}).get("nouns", [])}
        self.place_particles = {str(w).casefold() for w in (table.get("place_words") or {}).get("particles", [])}
        past = sorted((str(w) for w in (table.get("past_words") or {}).get("names", [])), key=len, reverse=True)
        #: Verbs of the other languages asking of the past ('était', 'estaba', 'war'; round 37).
        self.past_words = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, past)) + r")(?!\w)", re.I) if past else None)
        #: The ways a speaker names their own State ('are we obliged', 'our government'; round 37).
        self.first_person = [re.compile(p, re.I) for p in (table.get("first_person") or {}).get("patterns", [])]
        #: The ways a question asks who arrested or surrendered a person, or where he is held (round 37).
        self.custody = [re.compile(p, re.I) for p in (table.get("custody_questions") or {}).get("patterns", [])]
        #: The words naming a trip across several States ('a tour of Mongolia and China'; round 42).
        self.tours = [re.compile(p, re.I) for p in (table.get("tour_questions") or {}).get("patterns", [])]
        #: Session 43: a holiday of `calendar_holidays` after another language's preposition of time ('à Noël', 'zu
        #: Weihnachten'; its `before`), not followed by a year; English's are read with every undated occasion.
        holidays = table.get("calendar_holidays") or {}
        names, before = list(holidays.get("holidays") or {}), sorted(set(holidays.get("before") or []), key=len, reverse=True)
        self.holiday_after = re.compile(
            r"(?<![\w'’])(?:" + "|".join(map(re.escape, before)) + r")\s+(?:(?:la|el|le|il|o|der|die|das|den)\s+)?(?P<name>"
            + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w'’])(?!\s*\d{4})", re.I) \
            if names and before else None
        #: Session 44: such a holiday named with its year ('over Christmas 2025', 'à Noël 2025', 'en Navidad de 2024'):
        #: English's prepositions of time (`english_before`) or another language's, the words joining a year (`year_joins`).
        joins = sorted(set(holidays.get("year_joins") or []), key=len, reverse=True)
        every = sorted(set(before) | set(holidays.get("english_before") or []), key=len, reverse=True)
        self.holiday_year = re.compile(
            r"(?<![\w'’])(?:" + "|".join(map(re.escape, every)) + r")\s+(?:(?:the|la|el|le|il|o|der|die|das|den)\s+)?(?P<name>"
            + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?:\s+(?:" + "|".join(map(re.escape, joins))
            + r"))?\s+(?P<year>\d{4})(?![\w'’])", re.I) if names and every else None
        #: Session 45: an article joined to its preposition ('al'), by the preposition kept before a name ('a').
        self.name_contractions = {str(k).casefold(): str(v) for k, v in
                                  ((table.get("name_contractions") or {}).get("contractions") or {}).items()}
        #: Session 43: the head nouns ending an office described in words ('intelligence chief', 'junta leader').
        self.described_heads = frozenset(str(w).casefold() for w in (table.get("described_offices") or {}).get("heads", []))
        #: Session 43: the openings of a second question joined to a first in one sentence ('and must it').
        self.two_questions = [re.compile(p, re.I) for p in (table.get("two_questions") or {}).get("patterns", [])]
        together = table.get("named_together") or {}
        #: Round 51: the words joining two States or two persons asked of together, and the words around them.
        self.together = [re.compile(p, re.I) for p in together.get("patterns", [])]
        self.together_before = [re.compile(p, re.I) for p in together.get("before", [])]
        self.together_after = [re.compile(p, re.I) for p in together.get("after", [])]
        #: The ways a question asks for a count or a list of States ('How many States Parties are there?'; round 38).
        self.state_lists = [re.compile(p, re.I) for p in (table.get("state_list_questions") or {}).get("patterns", [])]
        outside = sorted((str(w) for w in (table.get("outside_territory") or {}).get("names", [])), key=len, reverse=True)
        #: Places outside every State's territory ('on the high seas'), matched as whole words (round 26).
        self.outside_territory = (re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in outside) + r")\b", re.I)
                                  if outside else None)
        craft, state_craft, places = (_words_pattern((table.get(k) or {}).get("names", []))
                                      for k in ("craft", "state_craft", "craft_places"))
        #: A ship or aircraft named by its flag or registry ('an Italian-flagged ship', 'a ship flying the Maltese flag'),
        #: a warship or State aircraft ('a Russian warship') and the words saying where one is ('in the port of'; round 27).
        self.flagged = (re.compile(r"\b(?:[^\W\d_]+[-\u2010](?:flagged|registered)\s+(?:[\w'’\-]+\s+){0,2}?(?:" + craft + r")"
                                   r"|(?:" + craft + r")\s+(?:flying|under|sailing\s+under)\s+(?:the\s+|a\s+)?(?:[\w'’\-]+\s+){1,3}?flag)\b",
                                   re.I) if craft else None)
        self.craft = re.compile(r"\b(?:" + craft + r")\b", re.I) if craft else None
        self.state_craft = re.compile(r"\b(?:" + state_craft + r")\b", re.I) if state_craft else None
        self.state_acts = {str(k): [str(p) for p in v] for k, v in ((table.get("state_acts") or {}).get("kinds") or {}).items()}
        self.act = _act_pattern(self.state_acts)
        self.craft_places = re.compile(r"\b(?:" + places + r")\b", re.I) if places else None
        duties = table.get("other_duties") or {}
        # round 38: the same words in the five other languages ('congelare i beni', 'entregar pruebas') read the same way
        nouns, acts, verbs = (_words_pattern([*duties.get(k, []), *duties.get(f"{k}_other_languages", [])])
                              for k in ("names", "acts", "verbs"))
        #: Words of a duty other than arrest: one naming it ('freeze', 'a suspect being surrendered'), or a noun of it
        #: within six words after a verb of giving or asking ('hand the ICC Kenyatta's financial records'; round 28).
        self.other_duties = (re.compile(r"\b(?:" + acts + r")\b" + (r"|\b(?:" + verbs + r")\b(?:\s+[\w'’\-]+){0,6}?\s+(?:"
                                        + nouns + r")\b" if nouns and verbs else ""), re.I) if acts else None)


def _words_pattern(names: list[Any]) -> str:
    """An alternation of ``names`` as whole words, longest first, any spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(map(str, names), key=len, reverse=True))


@dataclass(frozen=True)
class _Region:
    """A region a published list defines (data/lookups/regions.yaml): its name, its States the record holds, the date
    its list is as of, and the list's source."""

    name: str
    states: tuple[str, ...]
    as_of: str
    source: str
    #: A trip across the States the question names ('a tour of Mongolia and China'; round 42), no region: pages say so.
    trip: bool = False


def _defined_regions(facts: Facts) -> dict[str, _Region]:
    """Normalised name or adjective -> the region it names, for the regions data/lookups/regions.yaml defines (read
    once, by ``index_regions``, the same reader the index's ``?region=`` uses)."""
    def compute() -> dict[str, _Region]:
        made = {r["name"]: _Region(r["name"], tuple(r["states"]), r["as_of"], r["source"]) for r in regions(facts)}
        return {key: made[r["name"]] for key, r in region_names(facts).items()}
    return facts.memoised("question_regions", None, compute, maxsize=1)


def _lexicon(facts: Facts) -> _Lexicon:
    return facts.memoised("question_lexicon", None, lambda: _Lexicon(facts.records.lookups.get("question_words") or {}),
                          maxsize=1)


def _ambiguous(facts: Facts) -> dict[str, list[str]]:
    """Normalised name -> the States it may mean, for the names data/lookups/state_names.yaml lists as
    shared by several States ('Congo', 'Korea'), and the demonyms several States share (demonyms.yaml)."""
    listed = facts.records.lookups.get("state_names", {}).get("monitor", {}).get("ambiguous", {})
    out = {normalise_name(name): [c for c in entry.get("codes", []) if c in facts.records.states]
           for name, entry in listed.items() if len(entry.get("codes", [])) > 1}
    out.update({k: sorted(v) for k, v in _demonyms(facts).items() if len(v) > 1 and k not in out})
    return out


def _demonyms(facts: Facts) -> dict[str, frozenset[str]]:
    """Normalised demonym ('Mongolian', 'South Sudanese') -> the States it names (data/lookups/demonyms.yaml,
    its ``demonyms`` and the adjectives of ``monitor_extra``, each with its reason; an entry may list several,
    comma-separated); built once per facts."""
    def compute() -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        table = facts.records.lookups.get("demonyms", {})
        extra = {iso3: entry.get("names", []) for iso3, entry in (table.get("monitor_extra") or {}).items()}
        for iso3, entries in [*(table.get("demonyms") or {}).items(), *extra.items()]:
            if iso3 in facts.records.states:
                for entry in entries or []:
                    for name in str(entry).split(","):
                        if name.strip():
                            out.setdefault(normalise_name(name.strip()), set()).add(iso3)
        return {k: frozenset(v) for k, v in out.items()}
    return facts.memoised("question_demonyms", None, compute, maxsize=1)


def _other_demonyms(facts: Facts) -> dict[str, str]:
    """Normalised demonym of French, Spanish, German, Italian or Portuguese, in each form its ending gives ('hongroises',
    'filipinas', 'mongolischen', 'italiane') -> its State: the demonyms the monitor reads in those languages
    (data/lookups/monitor_words.yaml, each language's `demonyms`, with their sources; round 41) and those of
    question_words.yaml's `other_demonyms`, read in a question only
    in lower case, as they are written after their noun ('les autorités hongroises'). A form two States would share, or
    that is an English name or demonym of another State, is left out; built once per facts."""
    from iccwatch.monitor.gazetteer import _inflected

    def compute() -> dict[str, str]:
        langs = (facts.records.lookups.get("monitor_words") or {}).get("languages") or {}
        found: dict[str, set[str]] = {}
        added = ((facts.records.lookups.get("question_words") or {}).get("other_demonyms") or {}).get("states") or {}
        for table in [*(_inflected((lang or {}).get("demonyms") or {}) for lang in langs.values()), added]:
            for iso3, forms in table.items():
                if iso3 in facts.records.states:
                    for form in forms:
                        found.setdefault(normalise_name(form), set()).add(iso3)
        english, index = _demonyms(facts), state_name_index(facts)
        return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and len(k) > 3
                and english.get(k, v) == v and index.get(k, frozenset(v)) == frozenset(v)}
    return facts.memoised("question_other_demonyms", None, compute, maxsize=1)


def _places(facts: Facts) -> dict[str, str]:
    """Normalised place name -> the State it is in, built once per facts from the project's gazetteers: the cities of
    data/lookups/places.yaml, each also by its first word where every listed city that starts with that word is in one
    State and no listed place is called by it alone ('Rio' for Rio de Janeiro and Rio Branco), and the airports of
    data/lookups/airports.yaml that one State holds ('Ben Gurion airport')."""
    def compute() -> dict[str, str]:
        states = facts.records.states
        listed = facts.records.lookups.get("places", {}).get("places") or {}
        out = {normalise_name(name): iso3 for name, iso3 in listed.items() if iso3 in states}
        short: dict[str, set[str]] = {}
        for name, iso3 in out.items():
            words = name.split()
            # a first word of five letters or more, or one before a lower-case particle ('Rio de Janeiro', 'Dar es
            # Salaam'): shorter ones are too often a syllable of many names ('Tai', 'Ben')
            if len(words) > 1 and (len(words[0]) >= 5 or (len(words) > 2 and words[1] in _PARTICLES | {"es", "do", "of"})):
                short.setdefault(words[0], set()).add(iso3)
        for name, iso3 in out.items():  # a short first word of a city of another State makes it shared ('Rio Branco' is no
            words = name.split()        # bar: its State is the same)
            if len(words) > 1 and words[0] in short:
                short[words[0]].add(iso3)
        index, skip = state_name_index(facts), _lexicon(facts).short_forms_not_read
        out.update({w: next(iter(codes)) for w, codes in short.items()
                    if len(codes) == 1 and w not in out and w not in index and w not in _BASE_NOT_NAMES and w not in skip})
        # session 32: the listed cities' names in the other languages (place_names.yaml: the CLDR's, 'Bruxelles', then
        # GeoNames', 'Le Cap'), each an alias of its city as the monitor reads them (monitor.gazetteer), where it is no
        # State's name: 'Must Putin be arrested in Le Cap?' was refused as naming no State or city
        names = facts.records.lookups.get("place_names") or {}
        index = state_name_index(facts)
        for table in [*((lang or {}).get("places") or {} for lang in (names.get("languages") or {}).values()),
                      (names.get("geonames") or {}).get("places") or {}]:
            for name, city in table.items():
                key, of = normalise_name(name), normalise_name(city)
                if of in out and key not in index and key not in _BASE_NOT_NAMES and key not in skip:
                    out.setdefault(key, out[of])
        airports = facts.records.lookups.get("airports", {}).get("airports") or {}
        cities = dict(out)
        bare: dict[str, set[str]] = {}
        for name, iso3 in airports.items():
            key = normalise_name(name)
            if iso3 in states and key.endswith(" airport") and not key[:-8].isupper():
                out.setdefault(key, iso3)
                # an airport's name without the city of the same State it opens with ('London Heathrow airport':
                # 'Heathrow airport' and 'Heathrow'), where that is one word of five letters or more
                words = key[:-8].split()
                for n in range(1, len(words)):
                    rest = " ".join(words[n:])
                    if cities.get(" ".join(words[:n])) == iso3 and " " not in rest and len(rest) >= 5 \
                            and rest not in _AIRPORT_WORDS:
                        bare.setdefault(rest, set()).add(iso3)
        index = state_name_index(facts)
        for rest, codes in bare.items():
            if len(codes) == 1 and rest not in index and rest not in cities:
                out.setdefault(rest + " airport", next(iter(codes)))
                out.setdefault(rest, next(iter(codes)))
        return out
    return facts.memoised("question_places", None, compute, maxsize=1)


#: Words of airports' names that name no airport alone ('London City airport', 'Berlin Brandenburg International').
_AIRPORT_WORDS = frozenset({"international", "regional", "municipal", "national", "airfield", "airpark", "heliport",
                            "domestic", "metropolitan", "executive", "county", "terminal", "capital", "central", "gateway",
                            "grande", "harbour", "metro", "memorial", "university", "midway", "south", "north", "east",
                            "west", "city", "field", "jetport", "sunport"})


def _place_key(words: list[str]) -> list[str]:
    """The normalised forms a place's words may be listed under ('St. Petersburg': 'st petersburg', 'saint petersburg')."""
    key = normalise_name(" ".join(_POSSESSIVE.sub("", w) for w in words))
    if key.startswith("the "):
        key = key[4:]
    return [key, "saint " + key[3:]] if key.startswith("st ") else [key]


def _other_language_names(facts: Facts) -> dict[str, str]:
    """Normalised name of a State in another language than English and French ('Deutschland', 'España') -> the State
    (data/lookups/question_state_names.yaml, read by this reading only); built once per facts."""
    def compute() -> dict[str, str]:
        table = facts.records.lookups.get("question_state_names") or {}
        skip = {normalise_name(str(n)) for n in (table.get("not_read") or {}).get("names", [])}
        out: dict[str, str] = {}
        for names in (table.get("languages") or {}).values():
            for iso3, forms in (names or {}).items():
                for form in forms or []:
                    key = normalise_name(str(form))
                    if iso3 in facts.records.states and key not in skip:
                        out[key] = iso3
        return out
    return facts.memoised("question_other_names", None, compute, maxsize=1)


_ELIDED_DE = re.compile(r"[dD]['’](?=[^\W\d_])")


def _state_in(facts: Facts, words: list[str], index: dict[str, frozenset[str]], codes: set[str],
              shared_names: dict[str, list[str]]) -> tuple[frozenset[str], str]:
    """The States ``words`` name (one; several where the name is shared, as 'Congo'; none) and how: 'name'
    (a name, alias or code) or 'demonym'."""
    if _ELIDED_DE.match(words[0]) and len(words[0]) > 3:
        # round 52: the French and Italian preposition elided before a State's name ("le gouvernement d'Italie",
        # "d'Ucraina"), read as the name alone; a name holding it after its first word stays whole ("Côte d'Ivoire")
        words = [words[0][2:], *words[1:]]
    text = " ".join(_POSSESSIVE.sub("", w) for w in words)
    if len(words) == 1 and words[0] in codes:  # an ISO alpha-3 code, written in capitals
        return frozenset({words[0]}), "name"
    whole = normalise_name(" ".join(words))  # a name with an apostrophe-s of its own ('Lao People's Democratic Republic')
    if len(words) > 1 and any(_POSSESSIVE.search(w) for w in words[:-1]) and len(index.get(whole, frozenset())) == 1:
        return index[whole], "name"
    key = normalise_name(text)
    if key.startswith("the "):
        key = key[4:]
    shared = shared_names.get(key)
    if shared:
        return frozenset(shared), "name"
    named = index.get(key, frozenset())
    if len(named) == 1:
        # a short name ("US", "UK", "UAE") only in capitals: lower-case "us" is a pronoun
        if len(key.replace(" ", "")) <= 3 and not text.replace(" ", "").isupper():
            words_too = _lexicon(facts).short_names_words
            # round 52: one written all in lower case ('drc', 'uae') is read unless it is also a word ('us', 'car')
            if words_too is None or not text.islower() or key in words_too:
                return frozenset(), ""
        return named, "name"
    other = _other_language_names(facts).get(key)
    if other:  # 'Deutschland', 'España' (data/lookups/question_state_names.yaml)
        return frozenset({other}), "name"
    demonym = _demonyms(facts).get(key, frozenset())
    if not demonym and len(words) == 1 and words[0].islower() and (other_demonym := _other_demonyms(facts).get(key)):
        return frozenset({other_demonym}), "demonym"  # 'les autorités hongroises', 'die mongolischen Behörden' (round 41)
    return (demonym, "demonym") if demonym else (frozenset(), "")


def _in_longer_name(facts: Facts, words: list[str], i: int, index: dict[str, frozenset[str]], codes: set[str],
                    shared_names: dict[str, list[str]]) -> bool:
    """Whether the one word ``words[i]`` is followed by a capitalised word (not in capitals only: 'Putin ICC warrant')
    that the record reads as no State, place or person: the start of a longer name the record does not hold ('Viktor
    Orbán', 'Maria Zakharova'; after a name particle: 'Charles de Gaulle'), so not a person read by one of his names
    alone."""
    if i + 1 < len(words) and words[i + 1] in _PARTICLES:
        i += 1  # 'Charles de Gaulle': the particle joins the next word to the name
    if i + 1 >= len(words):
        return False
    nxt = _POSSESSIVE.sub("", words[i + 1])
    if not nxt[:1].isupper() or nxt.isupper() or nxt.casefold() in _lexicon(facts).not_names:
        return False
    return not (_state_in(facts, [nxt], index, codes, shared_names)[0] or normalise_name(nxt) in _places(facts)
                or _person_in(facts, [nxt]))


def _in_longer_place(facts: Facts, words: list[str], i: int, index: dict[str, frozenset[str]], codes: set[str],
                     shared_names: dict[str, list[str]]) -> bool:
    """Whether the one word ``words[i]`` read as a State's name follows a capitalised word (not the question's first, not
    in capitals only, no opening, question, title, office or describing word, no month) that the record reads as no State,
    place or person: the end of a longer name the record does not hold ('Rhode Island', 'New Mexico', 'Northern
    Ireland'), not the State of that one word."""
    if i < 2 or len(words[i]) < 4:
        return False
    prev = _POSSESSIVE.sub("", words[i - 1])
    low = prev.casefold()
    lexicon = _lexicon(facts)
    if (not prev[:1].isupper() or prev.isupper() or _POSSESSIVE.search(words[i - 1]) or low in _OPENERS | _FILLER
            or low in _DESCRIBING | _FORMER or low in lexicon.not_names or low in MONTHS or _names_body(prev)
            or any(low in o.split() for o in lexicon.offices) or low in lexicon.region_adjectives):
        return False
    return not (_state_in(facts, [prev], index, codes, shared_names)[0] or normalise_name(prev) in _places(facts)
                or _person_in(facts, [prev]))


def _namesake(facts: Facts, words: list[str], i: int, pid: str, index: dict[str, frozenset[str]], codes: set[str],
              shared_names: dict[str, list[str]]) -> bool:
    """Whether the one word ``words[i]`` that reads as a person follows a capitalised word (not the question's first,
    not in capitals only, no title, office or opening word) that is none of that person's names and that the record
    reads as no State, place or person: another person of the same family name ('Yair Netanyahu', 'Sara Netanyahu'),
    not the person read by his family name alone."""
    if i < 2:
        return False
    prev = _POSSESSIVE.sub("", words[i - 1])
    low = prev.casefold()
    lexicon = _lexicon(facts)
    if (not prev[:1].isupper() or prev.isupper() or low in lexicon.not_names or low in _OPENERS or low in _BODIES
            or low in _FORMER or any(low in o.split() for o in lexicon.offices) or normalise_name(prev) in lexicon.act_agents):
        return False  # round 41: 'die mongolischen Behörden Putin': a German noun of those who act for a State, no first name
    if _LAW_NOUN.fullmatch(prev) or low in lexicon.duty_nouns:
        return False  # round 46: 'War es Ungarns Aufgabe, Netanjahu festzunehmen?': a noun of a duty (`duty_nouns`); round 45: 'War es Ungarns Pflicht, Netanjahu ... festzunehmen?': a German noun of the law, no first name
    person = facts.records.persons[pid]
    own = {w for n in (person.name, *person.aliases) for w in normalise_name(n).split()}
    if normalise_name(prev) in own:
        return False
    return not (_state_in(facts, [prev], index, codes, shared_names)[0] or normalise_name(prev) in _places(facts)
                or _person_in(facts, [prev]))


def _describes_person(facts: Facts, words: list[str], named: frozenset[str], after: int, persons: list[str],
                      read_at: set[int]) -> bool:
    """Whether a demonym ending before ``words[after]`` describes the one person read right after it (within three
    words, only capitalised or describing words between: 'the Afghan Taliban leader Akhundzada', 'Russian President
    Putin'), of whose own State it is the adjective:
    it then names no State asked about (the person's own State asked about is named by its name: 'Must Myanmar surrender
    Min Aung Hlaing?')."""
    first = min((k for k in read_at if after <= k < after + 4), default=None)
    if len(set(persons)) != 1 or first is None:
        return False
    if not all(w[:1].isupper() or w.casefold() in _DESCRIBING | _FORMER for w in words[after:first]):
        return False  # 'Must Russian authorities arrest Putin?': a verb between, the State is asked about
    person = facts.records.persons[persons[0]]
    return next(iter(named)) in set(person.nationality) | {o.state for o in person.offices}


#: Words that make a State's name the name of a situation before the Court ('the Ukraine investigation', 'the situation in
#: Darfur, Sudan'), not a State asked about.
_SITUATION_NOUNS = frozenset({"investigation", "situation", "case", "probe", "inquiry"})
#: Words saying what a thing is about, right before a State that has a situation before the Court ('evidence about
#: Ukraine', 'pruebas sobre Ucrania'): the State names the situation (round 38: '¿Debe Alemania entregar pruebas a la
#: CPI sobre Ucrania?' was refused as naming two States).
_TOPIC_WORDS = frozenset({"about", "concerning", "regarding", "sobre", "concernant", "über", "riguardo", "relativa",
                          "relativo", "acerca"})
#: The articles of the other languages between such a word and the State ('über die Ukraine', 'sobre a Ucrânia').
_TOPIC_ARTICLES = frozenset({"die", "den", "der", "la", "el", "le", "l'", "l’", "a", "o", "il", "lo"})


def _names_situation(facts: Facts, words: list[str], at: int, n: int, named: set[str] | frozenset[str]) -> bool:
    """Whether the State whose name is ``words[at:at + n]`` names a situation of the record there: a situation of that
    State (``Situation.states``) and a word of a situation right after the name ('the Ukraine investigation') or
    'situation' / 'investigation' with 'in' or 'of' right before it ('the investigation in Ukraine'), or a word saying
    what a thing is about right before it ('evidence about Ukraine', 'pruebas sobre Ucrania'; round 38)."""
    if not any(set(sit.states) & set(named) for sit in facts.records.situations.values()):
        return False
    after = words[at + n].casefold().rstrip("?.,;:!") if at + n < len(words) else ""
    before = [w.casefold() for w in words[max(0, at - 3):at] if w.casefold() != "the"]
    return (after in _SITUATION_NOUNS or (len(before) >= 2 and before[-1] in ("in", "of") and before[-2] in _SITUATION_NOUNS)
            or bool(before) and before[-1] in _TOPIC_WORDS
            or len(before) >= 2 and before[-2] in _TOPIC_WORDS and before[-1] in _TOPIC_ARTICLES)  # 'über die Ukraine'


#: Words before 'to' naming where a person travels on to ('on his way to China', 'en route to Washington'): that State
#: is his destination, not the State asked about (round 23: 'refuel in Mongolia on his way to China' was refused as
#: naming two States).
_ONWARD = frozenset({"way", "route", "heading", "headed", "onward", "onwards", "continuing", "bound"})


def _destination(words: list[str], at: int) -> bool:
    """Whether the State or city whose first word is ``words[at]`` is where a person is to be delivered
    ('surrender Duterte to The Hague', 'hand him over to the Netherlands', 'to the ICC in The Hague'): 'to' (or
    'into') just before it (an article, or the Court's name and 'in' or 'at', between) and a verb of delivery among
    the five words before that. Such a place is the
    surrender's destination, not a State whose duty is asked about, nor one the person is in; and so is a place after
    'on his way to', 'en route to', 'heading to' or 'bound for' (_ONWARD), where the person travels on to."""
    k = at - 1
    if k >= 0 and words[k].casefold() == "the":
        k -= 1
    if k >= 0 and words[k].casefold() in ("in", "at"):  # 'to the ICC in The Hague', 'to the Court at The Hague'
        k -= 1
        while k >= 0 and words[k].casefold() in _COURT_WORDS:
            k -= 1
    if k >= 1 and words[k].casefold() == "for" and words[k - 1].casefold() == "bound":
        return True  # 'a plane bound for Washington'
    if k < 0 or words[k].casefold() not in ("to", "into"):
        return False
    if k >= 1 and words[k - 1].casefold() in _ONWARD:
        return True  # 'on his way to China', 'en route to Washington', 'heading to Beijing': where he goes, not where he is
    return any(_DELIVERY.fullmatch(w.casefold()) for w in words[max(0, k - 5):k])


#: Words for a State's diplomatic premises abroad: the State named before one ('the US embassy', "Israel's embassy") or
#: after 'embassy of' owns it, and the place after 'embassy in' is where it stands (round 26).
_EMBASSY = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "chancery", "chancellery"})


def _embassy_role(words: list[str], at: int, n: int) -> str | None:
    """Whether the State or city read at ``words[at:at + n]`` names an embassy's owner ('the US embassy', 'the embassy
    of France'), or the place where the subject's own embassy stands ('its embassy in Kigali'), rather than a State
    asked about. The premises of a mission are inviolable but remain the receiving State's territory (Vienna Convention
    on Diplomatic Relations, art. 22), so the place of another's embassy ('the US embassy in Kigali') is still read as
    where the person is (round 26: 'Was Rwanda obliged to arrest Ntaganda while he sheltered in the US embassy in
    Kigali?' and 'Was the United States bound to surrender him while he was in its embassy in Kigali?' were refused as
    naming two States)."""
    after = words[at + n].casefold().rstrip("?.,;:!") if at + n < len(words) else ""
    if after in _EMBASSY:
        return "owner"
    k = at - 1
    if k >= 0 and words[k].casefold() == "the":
        k -= 1
    if k >= 1 and words[k - 1].casefold() in _EMBASSY:
        if words[k].casefold() == "of":
            return "owner"
        if words[k].casefold() in ("in", "at") and k >= 2 and words[k - 2].casefold() in ("its", "their"):
            return "own_site"  # 'its embassy in Kigali': the subject's embassy, the subject asked about
    return None


#: Words before a State that place a ship or aircraft in it ('a Liberian-flagged tanker in Italy'; round 27).
_CRAFT_AT = frozenset({"in", "at", "into", "off", "near", "inside"})


def _craft_owner(lexicon: _Lexicon, text: str, tokens: list[re.Match[str]], at: int, n: int, flag: re.Match[str] | None) -> bool:
    """Whether the State read at ``tokens[at:at + n]`` names the flag or owner of a ship or aircraft: inside the words
    naming its flag ('a ship flying the Maltese flag') or right before the words naming one, at most two words between
    ('a Russian warship', 'a Greek navy frigate', 'an Israeli military aircraft'; round 27)."""
    start, end = tokens[at].start(), tokens[at + n - 1].end()
    if flag and flag.start() <= start < flag.end():
        return True
    tail = re.match(r"[\s\-]+(?:[^\W\d_]+\s+){0,2}?", text[end:end + 60])
    rest = text[end + (tail.end() if tail else 0):end + 80]
    return any(p is not None and p.match(rest) for p in (lexicon.craft, lexicon.state_craft))


#: What ends a sentence between two words: a full stop, a question or exclamation mark, a colon or a semicolon.
_SENTENCE_GAP = re.compile(r"[.!?;:]")


def _after_place_noun(facts: Facts, words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a particle ('de', 'di', 'do', 'of') after a noun of a place within a city ('aéroport',
    "l'aéroport", "all'aeroporto", 'aeropuerto'; question_words.yaml, `place_words`; round 41)."""
    lexicon = _lexicon(facts)
    if i < 2 or words[i - 1].casefold() not in lexicon.place_particles:
        return False
    return normalise_name(re.sub(r"^[^\W\d_]{1,5}['’]", "", words[i - 2])) in lexicon.place_nouns


def _place_in(facts: Facts, words: list[str], before: str | None, after: str | None, subject: bool = False) -> str | None:
    """The State of the city ``words`` name, where it is written with a capital after a word such as 'in', or as
    the subject of the question (``subject``: right after its opening word, 'Does Kyiv have to cooperate?', a
    capital naming its government), and is not the start of a longer name ('the Rome Statute', 'the Kampala
    Declaration': a capitalised word after)."""
    first = words[1] if len(words) > 1 and words[0].casefold() == "the" else words[0]  # 'the Hague'
    if not (subject or (before and before.casefold() in _lexicon(facts).place_words)) or not first[:1].isupper():
        return None
    places = _places(facts)
    if after and after.casefold() in ("airport", "airfield"):  # 'at Ben Gurion airport'
        found = next((places[k + " airport"] for k in _place_key(words) if k + " airport" in places), None)
        if found:
            return found
    if after and after[:1].isupper():
        return None
    whole = " ".join(words)
    return next((places[k] for k in (*_place_key(words), normalise_name(whole)) if k in places), None)


def _office_after(words: list[str], i: int, offices: dict[str, tuple[str, ...]]) -> tuple[str, int, bool] | None:
    """The office phrase that starts at ``words[i]`` ('president', 'prime minister', 'former president'), its
    length and whether it is a former office."""
    former = i < len(words) and words[i].casefold() in _FORMER
    start = i + former
    for n in range(_OFFICE_LONGEST, 0, -1):
        phrase = " ".join(w.casefold() for w in words[start:start + n])
        if len(words[start:start + n]) == n and phrase in offices:
            return phrase, n + former, former
    return None


def _other_office_before(facts: Facts, words: list[str], i: int) -> tuple[str, int, bool, int] | None:
    """The office of another language right before the lower-case demonym ``words[i]`` ('le président russe', 'el ex
    presidente filipino'; question_words.yaml, `other_offices`; round 41), as ``_office_after`` gives an English one: the
    English office, a length of 0 (the words are before the demonym; session 43: or the number of words after it, German "den russischen Präsidenten"), whether 'ex' or 'former' comes before it, and (session 44) the number of the office's words before the demonym."""
    other = (facts.records.lookups.get("question_words") or {}).get("other_offices") or {}
    table = other.get("offices") or {}
    former = _FORMER | {normalise_name(str(w)) for w in other.get("former") or []}

    def was(word: str) -> bool:  # 'former', 'ancien', "l'ex" (an elided article before it)
        return normalise_name(re.sub(r"^[^\W\d_]{1,2}['’]", "", word)) in former

    prefixes = sorted((str(w).casefold() for w in other.get("former_prefixes") or []), key=len, reverse=True)

    def same(span: list[str], name: list[str]) -> bool | None:
        """None where ``span`` is not the office's words ``name``; else whether its first word bears a prefix of 'former'
        (session 44: 'el exministro ruso de Defensa', 'l'ex-ministre russe de la défense')."""
        if normalise_name(" ".join(span)) == normalise_name(" ".join(name)):
            return False
        first = re.sub(r"^[^\W\d_]{1,2}['’]", "", span[0]).casefold() if span else ""
        bare = next((first[len(p):] for p in prefixes if first.startswith(p) and len(first) - len(p) >= 4), None)
        if bare and normalise_name(" ".join([bare, *span[1:]])) == normalise_name(" ".join(name)):
            return True
        return None

    for office, names in table.items():
        for name in names:
            if "*" in str(name):
                # session 44: the demonym inside the office's words, where '*' stands ('le ministre russe de la défense',
                # 'el ministro ruso de Defensa'): the words before it, and as many after it
                head, tail = (str(part).split() for part in str(name).split("*", 1))
                a, b = len(head), len(tail)
                if i - a >= 0 and i + 1 + b <= len(words) \
                        and normalise_name(" ".join(words[i + 1:i + 1 + b])) == normalise_name(" ".join(tail)) \
                        and (ex := same(words[i - a:i], head)) is not None:
                    return office, b, ex or (i - a > 0 and was(words[i - a - 1])), a
                continue
            n = len(str(name).split())
            if i - n >= 0 and (ex := same(words[i - n:i], str(name).split())) is not None:
                return office, 0, ex or (i - n > 0 and was(words[i - n - 1])), n
    for office, names in table.items():  # session 43: after the demonym ('den russischen Präsidenten', German)
        for name in names:
            n = len(str(name).split())
            if "*" not in str(name) and i + 1 + n <= len(words) \
                    and normalise_name(" ".join(words[i + 1:i + 1 + n])) == normalise_name(str(name)):
                return office, n, i > 0 and was(words[i - 1]), 0
    return None


#: Words that end a description of a person after his State ("Libya's former intelligence chief on 1 March 2027").
_DESCRIPTION_END = frozenset({"on", "in", "at", "to", "from", "if", "when", "by", "during", "before", "after", "since", "today"})


def _unread_office(words: list[str], found_states: list[tuple[frozenset[str], str, int, int]], near: set[int]) -> str:
    """The words describing a person by his State and an office the reading does not read ("Libya's former intelligence
    chief", 'the Russian army chief'; round 41: refused naming no words): a State read by a possessive or a demonym,
    among or right before the words ``near`` (those after the verb), and the lower-case words after it, up to a word
    that ends the description; '' where there is none."""
    for _, how, at, n in found_states:
        if not (how == "demonym" or _POSSESSIVE.search(words[at + n - 1])) or not ({at + n - 1, at + n} & near):
            continue
        k = at + n
        while k < len(words) and k < at + n + 4 and words[k].islower() and words[k].casefold() not in _DESCRIPTION_END:
            k += 1
        if k > at + n:
            return " ".join(words[at:k])
    return ""


def _office_before(words: list[str], i: int, offices: dict[str, tuple[str, ...]]) -> tuple[str, bool] | None:
    """The office phrase that ends just before '(of) (the)' ``words[i]`` ('the (former) president of Russia')."""
    j = i - 1
    if j >= 0 and words[j].casefold() == "the":
        j -= 1
    if j < 1 or words[j].casefold() != "of":
        return None
    for n in range(_OFFICE_LONGEST, 0, -1):
        if j - n >= 0 and " ".join(w.casefold() for w in words[j - n:j]) in offices:
            return " ".join(w.casefold() for w in words[j - n:j]), j - n > 0 and words[j - n - 1].casefold() in _FORMER
    return None


def _described_after(words: list[str], i: int, heads: frozenset[str]) -> tuple[tuple[str, ...], int, bool, str] | None:
    """Session 43: an office described in words right at ``words[i]`` ('intelligence chief', 'former junta leader',
    "children's rights commissioner"): one to three lower-case describing words and a head noun (question_words.yaml,
    `described_offices`), optionally after 'former' or 'ex'; the describing words (a possessive's ending dropped), the
    phrase's length, whether it is a former office and the head noun. None where there is none."""
    former = i < len(words) and words[i].casefold() in _FORMER
    start = i + former
    for n in range(1, 4):
        if start + n >= len(words) or words[start + n].casefold() not in heads:
            continue
        desc = words[start:start + n]
        if all(w.islower() and w.casefold() not in heads and w.casefold() not in _DESCRIPTION_END for w in desc):
            return tuple(_POSSESSIVE.sub("", w).casefold() for w in desc), n + 1 + former, former, words[start + n].casefold()
        return None
    return None


def _described_holders(facts: Facts, state: str, desc: tuple[str, ...], on: str | None, former: bool,
                       head: str = "") -> list[str]:
    """Session 43: the persons of the record who held, on ``on`` (or, ``former``, had left before it), an office in
    ``state`` whose title holds every word of ``desc`` (each as the start of a word of the title, any kind of office); an
    office recorded with neither a start nor an end is held at a time the record cannot place and matches neither (round
    41: who had left it by a day cannot be told); with ``on`` None, exactly those undated offices' holders. Where several
    persons match, those whose title also holds the head noun ``head`` ('supreme leader': 'Supreme Leader of ...', not
    'head of the Supreme Court'), if any."""
    asked = _asked_span(on) if on else None
    held, headed = [], []
    for pid, person in facts.records.persons.items():
        for o in person.offices or []:
            title = re.findall(r"[^\W\d_]+", normalise_name(o.title or ""))
            if o.state != state or not all(any(t.startswith(normalise_name(w)) for t in title) for w in desc):
                continue
            start = DateSpan.parse(str(o.start)) if o.start else None
            end = DateSpan.parse(str(o.end)) if o.end else None
            undated = start is None and end is None
            if (undated if asked is None else not undated and ((end is not None and end.last < asked.first) if former else (
                    (start is None or start.first <= asked.last) and (end is None or end.last >= asked.first)))):
                held.append(pid)
                if head and head in title:
                    headed.append(pid)
                break
    return headed if len(held) > 1 and headed else held


def _office_read_words(facts: Facts, said: str, person: str, state: str) -> str:
    """Session 43: how an office description was read, for the read's ``office_words``: "'the Israeli prime minister'
    read as Benjamin Netanyahu, by the record's offices: Prime Minister of Israel (third period), from 2022-12-29"; an
    office whose days the record does not hold says so."""
    p = facts.records.persons[person]
    held = [f"{o.title}, " + (f"{o.start or '?'} to {o.end or 'no end recorded'}" if o.start or o.end
                              else "its days not recorded") for o in p.offices or [] if o.state == state]
    return f"'{said}' read as {p.name}, by the record's offices: " + "; ".join(held)


def _one_holder(facts: Facts, said: str, holders: list[str], on: str, former: bool, left: list[str] | None = None,
                undated: list[str] | None = None) -> str:
    """The one person the record holds in the office ``said`` describes, or a refusal naming why: no holder on the day
    (or none who had left it, for a former holder), or more than one."""
    if not holders:
        # session 43 (round 55): the record's former holders named, where the office asked of today was held before
        # ("Israel's defence minister today": Yoav Gallant, to 2024-11-05), never read as the person asked about
        gone = (f"; it holds {' and '.join(facts.records.persons[p].name for p in left)}, who had left the office by "
                f"then: name the person if that is who is meant" if left and not former else
                f"; it holds {' and '.join(facts.records.persons[p].name for p in undated)} in such an office with no days "
                f"recorded, so whether it was held then cannot be told: name the person if that is who is meant" if undated
                else ": name the person")
        could = [facts.records.persons[p].name for p in (left if left and not former else undated or [])]
        raise _OfficeUnheld(f"'{said}' describes an office, but the record holds no person who "
                            + (f"had left it by {on}" if former else f"held it on {on}") + " "
                            f"(it holds persons under warrants or summonses){gone}", said, could)
    if len(holders) > 1:
        raise QuestionError(f"'{said}' may mean " + " or ".join(facts.records.persons[p].name for p in holders)
                            + f" on {on}: name the person")
    return holders[0]


@dataclass(frozen=True)
class _Span:
    """The first and last day a question asks of (a day, a month, a year, or a range 'YYYY-MM-DD/YYYY-MM-DD')."""

    first: dt.date
    last: dt.date


def _asked_span(on: str) -> _Span:
    """Session 45: ``on`` as its first and last day; a range of days ('next week': '2026-12-07/2026-12-13') is read by
    its two ends. Round 57 found 'la semaine prochaine' beside an office's description raised a ValueError (DateSpan
    reads no range) rather than reading or refusing the question."""
    first, _, last = on.partition("/")
    return _Span(DateSpan.parse(first).first, DateSpan.parse(last or first).last)


def _office_holders(facts: Facts, state: str, office: str, on: str, former: bool = False) -> list[str]:
    """The persons of the record who held ``office`` in ``state`` on ``on`` (a day, or any day of a month or
    year), or, ``former``, who had left it before then."""
    asked = _asked_span(on)
    lexicon = _lexicon(facts)
    kinds = lexicon.offices[office]
    held = []
    for pid, person in facts.records.persons.items():
        for o in person.offices or []:
            if o.state != state or o.kind not in kinds:
                continue
            if office in lexicon.office_title and not any(w in (o.title or "").casefold() for w in lexicon.office_title[office]):
                continue  # a minister of another portfolio
            start = DateSpan.parse(str(o.start)) if o.start else None
            end = DateSpan.parse(str(o.end)) if o.end else None
            # partial dates by their first and last days (a year-only end of 2024 may be any day of 2024)
            if (end is not None and end.last < asked.first) if former else (
                    (start is None or start.first <= asked.last) and (end is None or end.last >= asked.first)):
                held.append(pid)
                break
    return held


def _resolve_shared(facts: Facts, text: str, said: str, candidates: frozenset[str], named: set[str]) -> str:
    """The one of ``candidates`` (the States a shared name may mean) the question names otherwise, or whose
    context words (data/lookups/state_names.yaml) it holds; refused otherwise."""
    among = candidates & named
    if len(among) == 1:
        return next(iter(among))
    key = normalise_name(said)
    key = key[4:] if key.startswith("the ") else key
    lowered = f" {normalise_name(text)} "
    chosen: set[str] = {c["choose"] for c in facts.records.lookups.get("state_names", {}).get("monitor", {}).get("context", []) or []
              if normalise_name(str(c.get("name", ""))) == key and c.get("choose") in candidates
              and any(f" {normalise_name(str(w))} " in lowered for w in c.get("words", []))}
    if len(chosen) == 1:
        return next(iter(chosen))
    shared = sorted(candidates)
    raise QuestionError(f"'{said}' may mean " + " or ".join(facts.records.states[c].name for c in shared)
                        + ": name the State in full or by its code (" + ", ".join(shared) + ")")


def _persons_sharing(facts: Facts, words: list[str], i: int, index: dict[str, frozenset[str]], codes: set[str],
                     shared_names: dict[str, list[str]]) -> list[str]:
    """The names of the persons the one capitalised word ``words[i]`` may mean, where it is a name several persons of
    the record bear ('Gaddafi') and not the start of a longer name the record does not hold ('Omar Sharif'); empty
    otherwise."""
    word = _POSSESSIVE.sub("", words[i])
    if not word[:1].isupper() or word.isupper() or len(word) < 4 or word.casefold() in _lexicon(facts).not_names | _OPENERS | _FILLER:
        return []
    if _in_longer_name(facts, words, i, index, codes, shared_names):
        return []
    hits = facts.find_persons(word)
    return [p.name for p in hits] if len(hits) > 1 else []


def _unread_run(words: list[str], read: set[int], k: int) -> int:
    """The end of the run of capitalised name words ('Xi Jinping', 'Bashar al-Assad') that starts at ``words[k]``, none
    of them read, nor naming the Court, a body or a legal text; ``k`` where there is none."""
    end = k
    while (end < len(words) and end not in read and (words[end][:1].isupper() or (end > k and _PARTICLE_NAME.fullmatch(words[end])))
           and not _names_body(words[end]) and _POSSESSIVE.sub("", words[end]).casefold() not in _FILLER | _OPENERS):
        end += 1
    return end


def _regions_named(facts: Facts, words: list[str]) -> list[tuple[int, int, str]]:
    """The regions a question names ('Europe', 'the EU', 'Latin America', 'Latin American countries';
    data/lookups/question_words.yaml): their first word, length and words. A region adjective counts only before a word
    for States ('African countries'; 'the African Union' is a body)."""
    lexicon = _lexicon(facts)
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        for n in range(3, 0, -1):
            said = words[k:k + n]
            if len(said) < n or not said[0][:1].isupper():
                continue
            key = normalise_name(" ".join(_POSSESSIVE.sub("", w) for w in said))
            if len(key) <= 3 and not said[0].isupper():
                continue  # 'EU' only in capitals
            nxt = words[k + n].casefold() if k + n < len(words) else ""
            if key in lexicon.regions or key.removeprefix("the ") in _defined_regions(facts):
                out.append((k, n, " ".join(said)))
                break
            if (key in lexicon.region_adjectives or key in _defined_regions(facts)) and nxt in lexicon.states_words:
                out.append((k, n + 1, " ".join([*said, words[k + n]])))
                break
        else:
            n = 1
        k += n
    return out


def _refuse_region(facts: Facts, regions: list[tuple[int, int, str]], person: str | None) -> None:
    """Refuse a question that names a region where it reads no State: a region is several States, and the reading
    answers about one State (or, for a person, every State on the travel map), so it says how to ask rather than answer
    for none, read the region as a body, or read a State from a word of it ('Latin American countries' is not the
    United States)."""
    if regions:
        name = regions[0][2]
        who = facts.records.persons[person].name if person else None
        if _region_of(facts, name) and not person:
            raise QuestionError(f"'{name}' names a region, several States, and the question names no person: the reading "
                                "answers for a region State by State about a person ('Must EU states arrest Putin?'); "
                                "otherwise name one State of it (e.g. 'Is France a party?')")
        raise QuestionError(f"'{name}' names a region, several States, that no list of the record defines "
                            "(data/lookups/regions.yaml holds the UN M49 continents and sub-regions and the European "
                            "Union): name one State of it (e.g. 'Must France arrest Putin?')"
                            + (f", or ask where {who} may travel ('Where can {who} travel?'), which answers for "
                               "every State" if who else ""))


def _region_of(facts: Facts, said: str) -> _Region | None:
    """The defined region words name ('the EU', 'African countries', 'Southeast Asia'), or None."""
    lexicon, defined = _lexicon(facts), _defined_regions(facts)
    words = said.split()
    if len(words) > 1 and words[-1].casefold() in lexicon.states_words:
        words = words[:-1]
    return defined.get(normalise_name(" ".join(_POSSESSIVE.sub("", w) for w in words)).removeprefix("the "))


def _refuse_undated_range(words: list[str], read: set[int]) -> None:
    """Refuse 'between X and Y' where X or Y is capitalised and read as nothing ('between Christmas and New Year'): a
    time the reading cannot date, which would otherwise be dropped and the question answered for today. A range the
    reading dates ('between 2023 and 2025') is no longer among the words; one between States or persons is read."""
    for k, w in enumerate(words):
        if w.casefold() != "between":
            continue
        end = next((j for j in range(k + 2, min(k + 6, len(words))) if words[j].casefold() == "and"), None)
        if end is None:
            continue
        after = words[end + 1:end + 4]
        unread = [x for j, x in enumerate(words[k + 1:end], k + 1) if j not in read and x[:1].isupper()]
        if unread or (after and after[0][:1].isupper() and end + 1 not in read):
            said = " ".join(words[k:end + 1 + sum(1 for _ in itertools.takewhile(lambda x: x[:1].isupper(), after))])
            raise QuestionError(f"'{said}' names a time the reading cannot date: ask about one day, YYYY-MM-DD, or a range "
                                "with its dates ('between 2023 and 2025', 'from March to May 2024')")


def _unread_capitalised(facts: Facts, words: list[str], read: set[int]) -> None:
    """Refuse a question read as a person's travel map (a person, no State) whose subject, right after its first word, is
    a capitalised word read as nothing ('¿Debe España arrestar a Putin?': a State's name in a language the record does
    not hold): the word would otherwise be dropped and the map answered as though no State had been named. The Court
    and other bodies, legal texts, offices and words describing the person are not such words."""
    lexicon = _lexicon(facts)
    office_words = {w for o in lexicon.offices for w in o.split()}
    # the subject's place, right after the first word (and an article): 'Debe España', 'Muss die Schweiz' (a place after
    # 'in', 'to' and the like is refused by _unread_place; a word elsewhere, 'wanted for Darfur', may say what for)
    # round 42: in a question typed all in lower case ('muss deutschlnd netanjahu verhaften'), the subject is refused
    # where it is a misspelling of a State's or person's name (the closest names are those of _near), no longer dropped
    lower_case = not any(c.isupper() for w in words for c in w)
    for k in range(1, min(len(words), 3 if len(words) > 1 and words[1].casefold() in ("the", "la", "el", "die", "der") else 2)):
        w = _POSSESSIVE.sub("", words[k])
        low = w.casefold()
        if (k in read or not (w[:1].isupper() or lower_case) or _names_body(w) or low in _OPENERS | _FILLER | _DESCRIBING | _FORMER
                or low in lexicon.not_names or low in office_words or low in MONTHS or low in lexicon.state_nouns
                or (k + 1 < len(words) and words[k + 1].casefold() in _DESCRIBING)):
            continue
        end = _unread_run(words, read, k)
        said = " ".join(words[k:max(end, k + 1)])
        near = _near(facts, [said])
        if lower_case and not near:
            continue
        raise QuestionError(f"'{said}' is no State, city or person the record holds: name the State by its name in "
                            "English, French, Spanish, German, Italian, Portuguese, Dutch or Polish, or by its ISO code (e.g. "
                            "Spain, Espagne, España or ESP), or ask where the person may travel without naming one" + near)


def _unread_person(facts: Facts, words: list[str], read: set[int]) -> None:
    """Refuse a question that names, as someone who travels or is arrested, words read as no person of the record ('Is it
    safe for Xi Jinping to go to France?', 'Can Kim Jong Un travel to Mongolia?'), where it reads no person: it is not
    answered as the duties of the State it names."""
    k = 1
    while k < len(words):
        end = _unread_run(words, read, k)
        if (end > k and end < len(words) and words[end].casefold() in _PERSON_VERBS and words[k - 1].casefold() not in ("the", "a", "an")
                and not any(_LAW_NOUN.fullmatch(w) for w in words[k:end])):  # '... the 125th State Party to the Statute'
            raise QuestionError(f"'{' '.join(words[k:end])}' is no person the record holds (it holds persons under warrants "
                                "or summonses): name one (e.g. Vladimir Putin), or ask what a State must do without naming one"
                                + _near(facts, words[k:end]))
        k = max(end, k + 1)


def _unread_place(facts: Facts, words: list[str], read: set[int]) -> None:
    """Refuse a question that names, after 'in', 'at', 'to' or 'visiting', a place read as no State or city of the record
    ('Would Putin be arrested in Springfield?'), where it reads no State: it is not answered as though no place had been named."""
    for k in range(1, len(words)):
        if words[k - 1].casefold() not in _PLACE_AFTER:
            continue
        start = k + 1 if words[k].casefold() == "the" else k
        end = _unread_run(words, read, start)
        if end > start:
            raise QuestionError(f"'{' '.join(words[start:end])}' is no State or city the record holds: name the State "
                                "(e.g. Brazil or BRA), or ask where the person may travel without naming one"
                                + _near(facts, words[start:end]))


def _places_not_read(facts: Facts, words: list[str], read: set[int]) -> list[str]:
    """The capitalised places named after a place word of any language the reading knows ('in', 'à', 'en', 'em', 'im';
    an article between them skipped) that were not read, each once (session 32): said in the read, never dropped silently."""
    lexicon, out = _lexicon(facts), []
    for k in range(1, len(words)):
        if words[k - 1].casefold() not in lexicon.place_words:
            continue
        start = k + 1 if words[k].casefold() in lexicon.place_articles and k + 1 < len(words) else k
        end = _unread_run(words, read, start)
        if end > start and (start == k or k not in read):
            out.append(" ".join(words[start:end]))
    return list(dict.fromkeys(out))


def _at_place_word(facts: Facts, words: list[str], at: int) -> bool:
    """Whether ``words[at]`` comes right after a place word of any language ('in', 'à', 'en'), an article between them
    skipped ('in the Philippines')."""
    lexicon = _lexicon(facts)
    j = at - 1 if at and words[at - 1].casefold() in lexicon.place_articles else at
    return j > 0 and words[j - 1].casefold() in lexicon.place_words


def _person_in(facts: Facts, words: list[str], lower_case: bool = False) -> str | None:
    text = " ".join(_POSSESSIVE.sub("", w) for w in words)
    not_names = _lexicon(facts).not_names
    if len(words) == 1 and (len(text) < 4 or all(p in not_names for p in re.split(r"['’\-]", text.casefold()))):
        return None
    if len(words) == 1 and text.casefold() in _PARTICLES:
        # round 43: a name particle alone is no name ('gli obblighi della Francia' was read as Ronald dela Rosa, 'della'
        # spelt near his 'dela'); 'dela Rosa' is still read
        return None
    if all(w.casefold() in not_names for w in words):
        return None
    if all(len(_POSSESSIVE.sub("", w)) < 4 for w in words):
        # round 29: words of fewer than four letters are no name together, as one alone is not ('on the 21st of November
        # 2024, the day ...' left 'the the' beside the day read, which matched the alias 'The Terminator'); no name of
        # the record is made only of such words
        return None
    hits = facts.find_persons(text)
    if not hits and len(words) == 1 and text[:1].isupper():
        # round 44: a name in the genitive of German or Dutch, no apostrophe ('Netanjahus Reise', 'Putins Besuch',
        # 'Dutertes Überstellung'; question_words.yaml, `name_genitives`): the person whose name the word is with
        # its ending taken off, where that is one person's name (the word itself named no one)
        for ending in _lexicon(facts).genitives:
            stem = text[:-len(ending)] if text.endswith(ending) and len(text) - len(ending) >= 4 else ""
            if stem and stem.casefold() not in not_names and len(found := facts.find_persons(stem)) == 1:
                hits = found
                break
    if len(hits) != 1:
        return None
    if len(words) == 1 and text.islower() and not lower_case and _given_name_only(hits[0], text):
        return None  # 'said' of 'the prosecutor said': a given or middle name written in lower case is an ordinary word
    return hits[0].id


def _given_name_only(person: Any, word: str) -> bool:
    """Whether ``word`` names ``person`` only as a given or middle name (a word of the name before its last, not its last
    word, nor an alias of one word): such a word written in lower case, in a question that has capitals, is not read as
    the person (round 20: 'said' of 'the deputy prosecutor said' read as Mahamat Said Abdel Kani)."""
    w = word.casefold()
    tokens = person.name.split()

    def parts(t: str) -> set[str]:
        return {t.casefold(), *(x.casefold() for x in re.split(r"['’\-]", t) if x)}

    inner = set().union(*(parts(t) for t in tokens[:-1])) if len(tokens) > 1 else set()
    single = {a.casefold() for a in person.aliases if len(a.split()) == 1}
    return w in inner and w not in parts(tokens[-1]) and w not in single


#: A relative clause between commas that describes a State or a person ('Libya, which accepted ... in May 2025,', 'Putin,
#: who visited Mongolia in 2024,'): a date in it is no day asked where the question names another outside it (_day).
#: Words opening a time clause ('after al-Bashir's fall'): a person named by a possessive right after one of them, where
#: the question names a whole day, names the time, not a person asked about beside another (round 28).
_TIME_OPENERS = frozenset({"after", "before", "since", "following", "until", "till"})
#: Round 31: an apposition of membership set off by commas describes the State as such a clause does ('Chad, a State
#: Party since 2007, ...', 'Jordan, a party from 2002, ...'; it was read as a span from its year to the day asked).
_DESCRIBING_CLAUSE = re.compile(r",\s*(?:(?:which|who|whose)\b|(?:a|an)\s+(?:(?:founding|former|new)\s+)?"
                                r"(?:State\s+Party|party|member|signatory)\b)[^,;?]{3,120},", re.I)
#: A clause opening the question and closed by a comma ('After the 2021 coup, was Sudan ...', 'After Sudan's cabinet
#: approved joining the Rome Statute in August 2021, was Sudan ...'): where the rest of the question names a whole day,
#: the clause says what came before it, as a relative clause does (round 28: refused as naming several dates, or a time
#: the reading cannot date).
# (round 34: and a clause of a reason or a concession, 'Given that Mongolia has been a State Party since 2002, was it ...
# on the second of September 2024': the year it holds was read as a span to today)
_LEADING_CLAUSE = re.compile(r"^\s*(?:after|before|since|following|once|when|while|given\s+that|given|although|though|"
                             # round 51: a clause of context opening 'With ...', 'Now that ...', 'Even though ...'
                             r"with|now\s+that|even\s+though|even\s+if|seeing\s+as|"
                             r"because|as|considering\s+that|seeing\s+that|bearing\s+in\s+mind\s+that|"
                             # round 35: a reason opening with other words ('Mindful that Mongolia joined in 2002, ...')
                             r"mindful\s+that|noting\s+that|recalling\s+that|aware\s+that|knowing\s+that|in\s+view\s+of|"
                             r"in\s+light\s+of|despite|notwithstanding)\b[^,;?]{3,120},", re.I)
#: (round 36) A clause closing the question after a comma that tells an act by a pronoun or a determiner ('..., after it
#: pulled out of its accession in April?'): where the rest names a whole day, a date in it dates the act it tells, as a
#: leading clause's does ('in April' was read as April 2026 beside 1 May 2019, and the question refused as naming two).
_TRAILING_CLAUSE = re.compile(r",\s*(?:after|before|since|following|once|when|although|though|because|as)\s+"
                              r"(?:it|he|she|they|its|his|her|their|the)\b[^,;?]{3,120}(?=[,;?.!]|$)", re.I)
#: An act told after 'after', 'since' or 'following' by its gerund ('after announcing its withdrawal in December 2025'):
#: a date inside it dates the act; with 'still' or 'now' the question asks about today (round 34).
_ACT_GERUND = re.compile(r"\b(?:after|since|following)\s+(?:[a-z]+ing)\b[^,;?]*", re.I)


def _day(text: str, today: dt.date) -> tuple[str, bool, list[tuple[int, int]], str]:
    """The day a question names (today where it names none; a month ``YYYY-MM`` or a year ``YYYY`` where it
    names only that), whether one was given, the text's date spans, and the words that named it."""
    numeric: list[Found] = []
    for m in _YEAR_FIRST_DAY.finditer(text):
        day = safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if not day:
            raise QuestionError(f"'{m.group(0)}' is no day of the calendar: write the day as YYYY-MM-DD")
        numeric.append(Found(day.isoformat(), None, m.start(), m.end()))
    for m in _NUMERIC_DAY.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if m.group(2) == "." and b <= 12:
            # round 52: the dotted form is written day first ('8.10.2025': 8 October; DIN 5008, and the French, Italian,
            # Spanish and Portuguese usage): never month first, so not refused as either
            day = safe_date(year, b, a)
            if not day:
                raise QuestionError(f"'{m.group(0)}' is no day of the calendar: write the day as YYYY-MM-DD")
            numeric.append(Found(day.isoformat(), None, m.start(), m.end()))
            continue
        if a != b and a <= 12 and b <= 12:
            raise _AmbiguousDay(f"'{m.group(0)}' may be read day first or month first ({year}-{b:02d}-{a:02d} or "
                                f"{year}-{a:02d}-{b:02d}): write the day as YYYY-MM-DD or with the month's name",
                                m.group(0), (dt.date(year, b, a), dt.date(year, a, b)))
        day = safe_date(year, b, a) if a > 12 or a == b else safe_date(year, a, b)
        if not day:
            raise QuestionError(f"'{m.group(0)}' is no day of the calendar: write the day as YYYY-MM-DD")
        numeric.append(Found(day.isoformat(), None, m.start(), m.end()))
    for form, (day_at, month_at) in zip(_WRITTEN_DAY, ((1, 2), (2, 1)), strict=True):
        for m in form.finditer(text):
            if not safe_date(int(m.group(3)), MONTHS[m.group(month_at).lower().rstrip(".")], int(m.group(day_at))):
                raise QuestionError(f"'{m.group(0)}' is no day of the calendar: ask about a day that exists, YYYY-MM-DD")
    for m in _NO_WEEKDAY.finditer(text):
        if m.group(1).casefold() not in _WEEKDAYS:
            raise QuestionError(f"'{m.group(0)}' names no day of the week or of the calendar: ask about a day, YYYY-MM-DD")
    for m in _THIS_WEEKDAY.finditer(text):
        day = today + dt.timedelta(days=_WEEKDAY_NUMBER[m.group(1).casefold()] - today.weekday())
        numeric.append(Found(day.isoformat(), None, m.start(), m.end()))
    for m in _WEEK.finditer(text):
        which = m.group(1).casefold()
        if which == "past":
            first, last = today - dt.timedelta(days=6), today
        else:
            monday = today - dt.timedelta(days=today.weekday())
            first = monday + dt.timedelta(days={"last": -7, "previous": -7, "next": 7, "coming": 7}.get(which, 0))
            last = first + dt.timedelta(days=6)
        numeric.append(Found(first.isoformat(), last.isoformat(), m.start(), m.end()))
    for m in _AGO.finditer(text):
        count, unit = _NUMBER_WORDS.get(m.group(1).casefold()) or int(m.group(1)), m.group(2).casefold()
        if unit == "fortnight":
            count, unit = 2 * count, "week"
        if m.group(3) and unit in ("year", "month"):  # 'a year ago today': that day, the last of a shorter month
            year, mon = divmod(today.year * 12 + today.month - 1 - count * (12 if unit == "year" else 1), 12)
            mday = min(today.day, calendar.monthrange(year, mon + 1)[1])
            numeric.append(Found(dt.date(year, mon + 1, mday).isoformat(), None, m.start(), m.end()))
        elif unit == "year":
            numeric.append(Found(f"{today.year - count:04d}", None, m.start(), m.end()))
        elif unit == "month":
            year, mon = divmod(today.year * 12 + today.month - 1 - count, 12)
            numeric.append(Found(f"{year:04d}-{mon + 1:02d}", None, m.start(), m.end()))
        elif unit == "week":
            monday = today - dt.timedelta(days=today.weekday() + 7 * count)
            numeric.append(Found(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), m.start(), m.end()))
        else:
            numeric.append(Found((today - dt.timedelta(days=count)).isoformat(), None, m.start(), m.end()))
    for m in _SHORT_YEAR.finditer(text):  # "March '24": the century nearest the day asked, not after next year
        year = 2000 + int(m.group(2)) if 2000 + int(m.group(2)) <= today.year + 1 else 1900 + int(m.group(2))
        numeric.append(Found(f"{year:04d}-{MONTHS[m.group(1).lower().rstrip('.')]:02d}" if m.group(1) else f"{year:04d}",
                             None, m.start(), m.end()))
    for m in _THIS_MONTH.finditer(text):
        numeric.append(Found(f"{today.year:04d}-{MONTHS[m.group(1).lower().rstrip('.')]:02d}", None, m.start(), m.end()))
    numeric += [f for f in _ranges(text, today) if not any(n.start < f.end and f.start < n.end for n in numeric)]
    for m in _MONTHS_SPAN.finditer(text):
        year = int(m.group(5))
        first_day = safe_date(year, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        last_day = safe_date(year, MONTHS[m.group(4).lower().rstrip(".")], int(m.group(3)))
        if not (first_day and last_day and first_day <= last_day):
            raise QuestionError(f"'{m.group(0)}' is no span of days of the calendar: ask about one day, YYYY-MM-DD")
        numeric.append(Found(first_day.isoformat(), last_day.isoformat(), m.start(), m.end()))
    for m in _ORDINAL_ONLY.finditer(text):
        if not any(n.start <= m.start() < n.end for n in numeric):
            raise QuestionError(f"'{m.group(0)}' names a day of a month, but no month: write the day as YYYY-MM-DD or "
                                "with the month's name and year ('3 September 2024')")
    plain = _WEEKDAY_BEFORE.sub(lambda w: " " * len(w.group(0)), text)
    for m in _SHIFT.finditer(plain):  # 'the day before it became a State Party' counts from the act, not a day (round 28)
        if _SHIFT_CLAUSE.match(plain, m.end()):
            plain = plain[:m.start()] + " " * (m.end() - m.start()) + plain[m.end():]
    found = numeric + [f for f in find_dates(plain, today)
                       if not any(n.start <= f.start < n.end or f.start <= n.start < f.end for n in numeric)]
    found = [_relative(f, text, today) for f in found]
    # round 25: a date inside a relative clause set off by commas describes what it follows ('Libya, which accepted the
    # Court's jurisdiction in May 2025, ... on 5 November 2025'); where a date stands outside such clauses, that is the
    # one asked (before, the question was refused as naming several dates)
    clauses = [(m.start(), m.end()) for m in _DESCRIBING_CLAUSE.finditer(text)]
    outside = [f for f in found if not any(a <= f.start < b for a, b in clauses)]
    if outside and len(outside) < len(found):
        found = outside
    trailing = [(m.start(), m.end()) for m in _TRAILING_CLAUSE.finditer(text)]
    outside = [f for f in found if not any(a <= f.start < b for a, b in trailing)]
    if outside and len(outside) < len(found) and any(len(f.date) == 10 and not f.end_date for f in outside):
        found = outside
    if found and _NOW.search(text) and all(any(m.start() <= f.start < m.end() for m in _ACT_GERUND.finditer(text)) for f in found):
        # round 34: 'Is Venezuela still a State Party after announcing its withdrawal in December 2025?' was read as
        # December 2025: the month dates the announcement, 'still' asks about today
        return today.isoformat(), True, [(f.start, f.end) for f in found], ""
    leading = _LEADING_CLAUSE.match(text)
    after_it = [f for f in found if leading and f.start >= leading.end()]
    if leading and len(after_it) < len(found) and (any(len(f.date) == 10 and not f.end_date for f in after_it) or (
            len(after_it) == 1 and _ASKS_AHEAD.search(text[leading.end():]))):
        # round 28: a whole day outside a clause opening the question is the one asked; round 51: so is a time ahead
        # asked after a clause of context closed by a comma ('With Hungary's withdrawal in effect since June, would it
        # have to arrest dela Rosa if he landed in Budapest next week?' was refused as naming two spans)
        found = after_it
    told = [m.end() for m in _SENTENCE_END.finditer(text)] + [m.end() for m in _CLAUSE_TOLD.finditer(text)]
    told = sorted(told)
    asked_in = [f for f in found if told and f.start >= told[-1]]
    if told and len(asked_in) < len(found) and (any(len(f.date) == 10 and not f.end_date for f in asked_in)
                                                or (len(asked_in) == 1 and _ASKS_AHEAD.search(text[told[-1]:]))):
        # round 50: a sentence (or a clause closed by a semicolon or a dash) that tells, before one that asks about a
        # time ahead ('Hungary left the Court this year; if Netanyahu flies to Budapest next spring, ...'), is told
        # round 35: 'Armenia ratified the Rome Statute in November 2023. Was it obliged to arrest Putin on 1 January
        # 2024?' was refused as naming several dates: a sentence before the one that asks tells what came before, as a
        # leading clause does, where the asking sentence names a whole day
        found = asked_in
    if told and found and not [f for f in found if f.start >= told[-1]] and _asks_still(text[told[-1]:]):
        # round 50: a sentence that tells, with its own date, before one that asks of the present and names no time
        # ('Paul Gicheru died in 2022. Must Kenya still arrest him?' was read as 2022-01-01): the day asked
        found = []
    asked_end = _QUESTION_END.search(text)
    asked_in = [f for f in found if asked_end and f.end <= asked_end.start()]
    if asked_end and len(asked_in) < len(found) and any(len(f.date) == 10 and not f.end_date for f in asked_in):
        # round 36: the mirror of round 35's rule: where the sentence that asks comes first and names a whole day, a
        # sentence after it tells ('Must Mongolia arrest Putin on 1 June 2027? He last came in September 2024.' was refused
        # as naming two dates)
        found = asked_in
    spans = [(f.start, f.end) for f in found]
    days = list(dict.fromkeys(f.date for f in found))
    for f in found:
        if f.end_date and f.end_date != f.date:  # a span ('on 2-3 September 2024'): answered if one answer holds throughout
            if len(found) > 1 or _SHIFT.search(text) or len(f.date) < 10 or len(f.end_date) < 10:
                raise QuestionError(f"the question names a span of days ({f.date} to {f.end_date}): ask about one day, YYYY-MM-DD")
            return f"{f.date}/{f.end_date}", True, spans, text[f.start:f.end].strip()
    if len(days) > 1:
        raise QuestionError(f"the question names several dates ({', '.join(days)}): ask about one day")
    shift = _SHIFT.search(text)
    if (shift and days and len(days[0]) == 10 and all(f.end <= shift.start() for f in found)
            and _SHIFT_CLAUSE.match(text, shift.end())):
        # round 28: 'on 31 December 2024, the day before it became a State Party': a clause after the shift says what the
        # day named before it is (the day before an act), it does not count from that day (it was read as 2024-12-30)
        return days[0], True, spans, text[found[0].start:found[0].end].strip()
    if shift:
        said = text[found[0].start:found[0].end].strip() if days else ""
        if not days or len(days[0]) < 10:
            raise QuestionError(f"'{shift.group(0)}' counts from a day, but the question names "
                                + (f"no single day ('{said}' is {'a month' if len(days[0]) == 7 else 'a year'})" if days else "no day")
                                + ": ask about one day, YYYY-MM-DD")
        later = shift.group(1) == "after" or (shift.group(2) or "").casefold() in ("next", "following")
        day = dt.date.fromisoformat(days[0]) + dt.timedelta(days=1 if later else -1)
        return day.isoformat(), True, [*spans, (shift.start(), shift.end())], f"{shift.group(0)} {said}"
    if days:
        return days[0], True, spans, text[found[0].start:found[0].end].strip()
    last_month = _LAST_MONTH.search(text)
    if last_month:
        month = MONTHS[last_month.group(1).lower().rstrip(".")]
        year_of = today.year if month < today.month else today.year - 1
        return f"{year_of:04d}-{month:02d}", True, [*spans, (last_month.start(), last_month.end())], last_month.group(0)
    year_alone = _YEAR.search(text)
    if year_alone and told and year_alone.start() < told[-1] and not _YEAR.search(text, told[-1]) \
            and _asks_still(text[told[-1]:]):
        year_alone = None  # round 50: a year told in a sentence before one asking of the present (see above)
    if year_alone:  # a year alone; after 'after', 'before' or 'until', the span it opens or closes
        f = _relative(Found(year_alone.group(0), None, year_alone.start(), year_alone.end()), text, today)
        if f.date != year_alone.group(0) or f.end_date:
            said = text[f.start:f.end].strip()
            return (f"{f.date}/{f.end_date}" if f.end_date else f.date), True, [*spans, (f.start, f.end)], said
        return year_alone.group(0), True, spans, year_alone.group(0)
    return today.isoformat(), bool(_TODAY.search(text)), spans, ""


def _relative(f: Found, text: str, today: dt.date) -> Found:
    """A day, month or year named right after 'since', 'after', 'before' or 'until' as the span of days it opens or
    closes: 'since D' from D's first day, 'after D' from the day after D's last day, each to the day asked; 'before D'
    from the Statute's entry into force (no duty under it before 2002-07-01, Art. 126(1)) to the day before D's first
    day, 'until D' to D's last day. A span already ('since 2023'), or a day with no such word, is left as it is."""
    inner = re.match(r"(?:until|till|since|after|before)\s+", text[f.start:f.end], re.I)  # read with its day ('until March 2023')
    m = _RELATIVE.search(text[:f.start + inner.end()] if inner else text[:f.start])
    if not m or f.end_date or re.search(r"\bday\s+$", text[:m.start()], re.I):  # 'the day after 2 September 2024'
        return f
    span, word, said = DateSpan.parse(f.date), m.group(1).casefold(), text[m.start():f.end].strip()
    if word in ("since", "after") and len(f.date) == 7 and span.first > today and not re.search(r"\d", text[f.start:f.end]):
        # round 51: a month named with no year after 'since' or 'after' ('in effect since June') is the latest such month
        # before the day asked, not the coming one (which opened no span up to it and was refused)
        year = today.year - (1 if span.first.month > today.month else 0)
        span = DateSpan.parse(f"{year:04d}-{span.first.month:02d}")
        f = Found(span.first.isoformat()[:7], None, f.start, f.end)
    if word == "before":
        first, last = ENTRY_INTO_FORCE, span.first - dt.timedelta(days=1)
    elif word in ("until", "till"):  # up to and including D's last day
        first, last = ENTRY_INTO_FORCE, span.last
    else:
        first, last = (span.first if word == "since" else span.last + dt.timedelta(days=1)), today
    if last < first:
        raise QuestionError(f"'{said}' names no day between {first.isoformat()} and {last.isoformat()}"
                            f"{' (the day asked)' if word in ('since', 'after') else ' (the Statute entered into force on ' + first.isoformat() + ')'}: "
                            "ask about one day, YYYY-MM-DD")
    return Found(first.isoformat(), None if first == last else last.isoformat(), m.start(), f.end)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _months_found(first: int, last: int, start: int, end: int) -> Found:
    """The span of days from the first day of the month ``first`` to the last day of the month ``last`` (months counted
    as year * 12 + month - 1)."""
    import calendar

    y1, m1 = divmod(first, 12)
    y2, m2 = divmod(last, 12)
    return Found(dt.date(y1, m1 + 1, 1).isoformat(), dt.date(y2, m2 + 1, calendar.monthrange(y2, m2 + 1)[1]).isoformat(),
                 start, end)


def _second_year(first: int, second: str) -> int:
    """The year a range's second year names, written in full or by its last two digits ('2024-25')."""
    return int(second) if len(second) == 4 else first // 100 * 100 + int(second)


def _season(m: re.Match[str], text: str, today: dt.date) -> Found | None:
    """The months a season names ('the summer of 2024', 'winter 2024-25', 'last summer'), as a span of days; refused
    where the year is missing or the winter meant is not said ('the winter of 2024' may be either of two)."""
    which, season, year, second = m.group(1), m.group(2).casefold(), m.group(3), m.group(4)
    said = m.group(0).strip()
    start = _SEASON_MONTHS[season]
    now = _month_index(today.year, today.month)
    if year:
        y = int(year)
        if second:
            y2 = _second_year(y, second)
            if season != "winter" or y2 != y + 1:
                raise QuestionError(f"'{said}' names no season the calendar has: ask e.g. 'the summer of 2024' or 'winter 2024-25'")
            return _months_found(_month_index(y, 12), _month_index(y + 1, 2), m.start(), m.end())
        if season == "winter":
            raise QuestionError(f"'{said}' may mean December {y - 1} to February {y} or December {y} to February {y + 1}: "
                                f"name the months ('from December {y} to February {y + 1}', or 'winter {y}-{str(y + 1)[2:]}')")
        first = _month_index(y, start)
        return _months_found(first, first + 2, m.start(), m.end())
    if not which:
        if season == "fall" or not re.search(r"\b(?:in|during|over|by|until|through|throughout)\s+(?:the\s+)?$", text[:m.start()], re.I):
            return None  # 'fall' is also a verb; 'summer' alone, not after 'in' or 'during', names no time
        raise QuestionError(f"'{said}' names a season but not its year: ask e.g. 'in the summer of 2024', 'last summer', "
                            "or about one day, YYYY-MM-DD")
    # the seasons' first months, around the day asked: the one begun last, and those either side of it
    begun = max(_month_index(y, start) for y in (today.year - 1, today.year) if _month_index(y, start) <= now)
    which = which.casefold().split()[-1]
    if which in ("last", "past"):  # the latest ended before this month
        first = begun if begun + 2 < now else begun - 12
    elif which == "this":  # the one under way, or else this year's
        first = begun if begun + 2 >= now else _month_index(today.year, start)
    else:  # 'next', 'the coming': the first to begin after this month
        first = begun + 12
    return _months_found(first, first + 2, m.start(), m.end())


def _ranges(text: str, today: dt.date) -> list[Found]:
    """The ranges of months or years a question names ('from March to May 2024', 'between 2023 and 2025', 'the summer
    of 2024', 'last winter'), each as a span of days from its first day to its last."""
    out: list[Found] = []

    def free(a: int, b: int) -> bool:
        return not any(f.start < b and a < f.end for f in out)

    for m in _SINCE.finditer(text):  # 'since 2023', 'since March 2024': to the day asked
        month = MONTHS[m.group(1).lower().rstrip(".")] if m.group(1) else 1
        first = _month_index(int(m.group(2)), month)
        if first > _month_index(today.year, today.month):
            raise QuestionError(f"'{m.group(0).strip()}' is after the day asked ({today.isoformat()}): ask about one day, YYYY-MM-DD")
        out.append(Found(_months_found(first, first, 0, 0).date, today.isoformat(), m.start(), m.end()))
    for m in _ISO_SPAN.finditer(text):  # 'from 2024-09-01 to 2024-09-05'
        first_day, last_day = (safe_date(*map(int, m.group(i).split("-"))) for i in (1, 2))
        if not (first_day and last_day and first_day <= last_day):
            raise QuestionError(f"'{m.group(0).strip()}' is no span of days of the calendar: ask about one day, YYYY-MM-DD")
        out.append(Found(first_day.isoformat(), last_day.isoformat(), m.start(), m.end()))
    for m in _MONTH_YEAR_RANGE.finditer(text):
        first = _month_index(int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")])
        last = _month_index(int(m.group(4)), MONTHS[m.group(3).lower().rstrip(".")])
        if last <= first:
            raise QuestionError(f"'{m.group(0).strip()}' ends before it begins: ask about one day, YYYY-MM-DD")
        out.append(_months_found(first, last, m.start(), m.end()))
    for m in _MONTH_RANGE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        year = int(m.group(3))
        a, b = MONTHS[m.group(1).lower().rstrip(".")], MONTHS[m.group(2).lower().rstrip(".")]
        if a == b:
            continue
        out.append(_months_found(_month_index(year - (a > b), a), _month_index(year, b), m.start(), m.end()))
    for m in _SEASON.finditer(text):
        if free(m.start(), m.end()):
            found = _season(m, text, today)
            if found:
                out.append(found)
    for m in _YEAR_RANGE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        first, sep, word = int(m.group(2)), m.group(4), (m.group(3) or "").casefold()
        if sep in ("-", "/") and len(m.group(5)) == 2 and int(m.group(5)) <= 12:
            continue  # '2024-09': a month
        if word == "and" and (m.group(1) or "").casefold() != "between":
            continue  # 'in 2023 and 2025': two years
        last = _second_year(first, m.group(5))
        if last <= first:
            if len(m.group(5)) == 4:
                raise QuestionError(f"'{m.group(0).strip()}' ends before it begins: ask about one day, YYYY-MM-DD")
            continue
        out.append(_months_found(_month_index(first, 1), _month_index(last, 12), m.start(), m.end()))
    return out


def _no_single_day(said: str, partial: str) -> QuestionError:
    return QuestionError(f"'{said}' names no single day (it reads as {partial}, {'a month' if len(partial) == 7 else 'a year'}): "
                         f"{MONTH_HINT}")


def _trip_day(facts: Facts, state: str, person: str, partial: str, said: str,
              months: tuple[int, int] | None = None) -> tuple[str, str]:
    """The day of the one recorded trip of ``person`` to ``state`` within the month or year ``partial``, and
    its id; several trips or none are refused with what the record holds; one dated only to its month is asked
    about on that month's first day where every day of it gives one answer (see :func:`_month_day`). ``months``: the
    months of the year a part of it names ('the end of 2025'), within which the trip must fall."""
    trips = sorted(((e.date, key) for key, e in facts.records.events.items()
                   if e.person == person and e.state == state and e.date.startswith(partial)
                   and (months is None or (len(e.date) >= 7 and months[0] <= int(e.date[5:7]) <= months[1]))),
                   key=lambda t: (date_sort_key(t[0]), t[1]))
    then = f"from {MONTH_NAMES[months[0]]} to {MONTH_NAMES[months[1]]} {partial}" if months else "then"
    if not trips:
        raise QuestionError(f"{_no_single_day(said, partial)}; the record holds no trip of "
                            f"{facts.records.persons[person].name} to {facts.records.states[state].name} {then}")
    if len(trips) > 1:
        raise QuestionError(f"{_no_single_day(said, partial)}; the record holds {len(trips)} trips of "
                            f"{facts.records.persons[person].name} to {facts.records.states[state].name} {then}: "
                            + ", ".join(day for day, _ in trips) + ": ask about one of those days")
    day, key = trips[0]
    if len(day) == 7:  # the trip itself is dated only to its month: answered if every day of it gives one answer
        return _month_day(facts, state, person, day, key, said, partial), key
    if len(day) < 10:
        raise QuestionError(f"{_no_single_day(said, partial)}; the one trip the record holds then ({key}) is itself dated "
                            f"only to {day}")
    return day, key


def _month_day(facts: Facts, state: str, person: str, month: str, key: str, said: str, partial: str) -> str:
    """The first day of ``month``, where the one trip asked about is dated only to that month and the arrest
    question has the same answer, basis and forum on every day of it (so the day within the month does not
    matter); refused, naming the days the answer changes between, otherwise."""
    import calendar

    from iccwatch.service import ask_arrest

    year, mon = int(month[:4]), int(month[5:7])
    seen: dict[tuple[Any, ...], str] = {}
    for d in range(1, calendar.monthrange(year, mon)[1] + 1):
        r = ask_arrest(facts, state, person, dt.date(year, mon, d))
        seen.setdefault((r["answer"], tuple(r["basis"]), r["forum"]), f"{r['answer']} on {year:04d}-{mon:02d}-{d:02d}")
    if len(seen) > 1:
        raise QuestionError(f"{_no_single_day(said, partial)}; the one trip the record holds then ({key}) is itself dated "
                            f"only to {month}, and the answer changes within that month ({', '.join(seen.values())} "
                            "onwards): ask about one day")
    return f"{month}-01"


def _trips_at_place(facts: Facts, state: str, text: str, trips: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str]:
    """Of several recorded ``trips`` (day, id) to ``state``, those the place the question names in that State chooses
    ('the day after he landed in Tianjin'), and what it chose them by ('' where it named none): the trips whose record
    (its occasion) names that place, where every other trip's record names another place of the State. A trip whose
    record names no place of the State may have been to the place asked about: then none is set aside. A place no
    recorded trip was to, where every trip's record names its place, is refused, naming the places the record holds
    (round 32: an arrival clause's place named the State only, and several visits were refused)."""
    places = [name.split() for name, iso3 in _places(facts).items() if iso3 == state]

    def named_in(words: str) -> set[str]:
        """The places of the State ``words`` name; one followed by a capitalised word is part of a longer name, not
        the place ('the Shanghai Cooperation Organisation summit, Tianjin' names Tianjin only)."""
        tokens = _WORD.findall(words)
        flat: list[tuple[str, bool]] = []  # each word, normalised, and whether a capitalised word follows its token
        for i, token in enumerate(tokens):
            parts = normalise_name(token).split()
            named_next = i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
            flat += [(w, named_next and j == len(parts) - 1) for j, w in enumerate(parts)]
        seq = [w for w, _ in flat]
        return {" ".join(p) for p in places for i in range(len(seq) - len(p) + 1)
                if seq[i:i + len(p)] == p and not flat[i + len(p) - 1][1]}
    asked = named_in(text)
    if not asked:
        return trips, ""
    at = {key: named_in(facts.records.events[key].occasion or "") for _, key in trips}
    said = " or ".join(sorted(asked))
    keep = [t for t in trips if at[t[1]] & asked]
    if all(at[t[1]] for t in trips if t not in keep):
        if not keep:
            raise QuestionError(f"the question names a visit to {said.title()}, but the record places every trip to "
                                f"{facts.records.states[state].name} elsewhere ("
                                + ", ".join(f"{day} {' and '.join(p.title() for p in sorted(at[key]))}" for day, key in trips)
                                + "): ask about one day, YYYY-MM-DD")
        return keep, said
    return trips, said


#: The words of a clause of a visit that are no visitor's name ('When', 'Did', 'Quando', 'Cuando', 'Als', 'President').
_VISIT_WORDS = frozenset({"when", "did", "does", "cuando", "quando", "als", "il", "elle", "est", "était", "a"})


def _refuse_other_visitor(facts: Facts, text: str) -> None:
    """Refuse a clause of a visit whose visitor is no person the record holds ('What did Mongolia do when Kim Jong Un
    arrived?' was answered as Mongolia's duties today; 'Was Israel obliged to arrest Netanyahu when Trump visited?' dated
    Netanyahu's visit; round 34), naming the visitor (another person of the record is refused as a second person)."""
    for m in _VISIT.finditer(text):
        names = [w for w in _WORD.findall(m.group(0)) if w[:1].isupper() and w.casefold() not in _VISIT_WORDS
                 and w.casefold() not in _DESCRIBING and w.casefold() not in _lexicon(facts).not_names
                 and normalise_name(w) not in _places(facts)]  # 'als Netanjahu in Budapest ankam'
        if not names:
            continue
        said = " ".join(names)
        who = _person_in(facts, names)
        if who is None and (normalise_name(said) in state_name_index(facts) or normalise_name(said) in _places(facts)):
            continue  # a State or a place, not a visitor ('when Hungary was in the Court')
        if who is None:
            raise QuestionError(f"'{m.group(0).strip()}' names a visit of '{said}', whom the record holds no warrant "
                                "of the Court for: ask about a person the Court has sought (e.g. 'What did Mongolia do "
                                "when Putin visited?')")


def _occasion_words(facts: Facts, state: str, person: str, tokens: list[str]) -> set[str]:
    """The words of ``tokens`` that may name an occasion or a landmark: capitalised (or a letter with digits: 'G20'),
    not the person's, the State's, a month's, a title's, a question word or a place of the State."""
    who = facts.records.persons[person]
    skip = ({w.casefold() for n in (who.name, *who.aliases) for w in _WORD.findall(n)}
            | {w.casefold() for w in _WORD.findall(facts.records.states[state].name)}
            | {m.casefold() for m in MONTH_NAMES if m} | _DESCRIBING | _OPENERS | _FILLER | _PARTICLES
            # the State's places choose by their own rule (_trips_at_place: a trip whose record names none is kept)
            | {w.casefold() for name, iso3 in _places(facts).items() if iso3 == state for w in _WORD.findall(name)})
    return {w for w in tokens if (w[:1].isupper() or (w[:1].isalpha() and any(c.isdigit() for c in w)))
            and w.casefold() not in skip}


def _trips_by_occasion(facts: Facts, state: str, person: str, text: str,
                       trips: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str]:
    """Of several recorded ``trips`` (day, id), those the question's words of an occasion or a landmark choose ('at the
    Shanghai Cooperation Organisation summit in Astana', 'when he met Trump at Mar-a-Lago', 'at the BRICS summit in
    Rio'), and the words that chose them ('' where none did): a capitalised word of the question (not its first, and
    not the person's, the State's, a month's, a title's or a question word) that the record's occasion of some of the
    trips holds and of others does not. A trip whose record writes no occasion is never set aside (round 34: a summit
    or a landmark chose nothing, and the question was refused listing every visit to the State)."""
    asked = _occasion_words(facts, state, person, _WORD.findall(text)[1:])
    held = {key: _occasion_held(facts.records.events[key].occasion or "") for _, key in trips}
    told = [key for _, key in trips if held[key]]
    chosen = {w for w in asked if any(w in held[k] for k in told) and not all(w in held[k] for k in told)}
    if not chosen:
        return trips, ""
    return [t for t in trips if not held[t[1]] or held[t[1]] & chosen], " ".join(sorted(chosen))


def _occasion_held(occasion: str) -> set[str]:
    """The words of a recorded occasion, and the initials of each run of its capitalised words ('Collective Security
    Treaty Organization': 'CSTO'; 'Asia-Pacific Economic Cooperation': 'APEC'; 'Commonwealth of Independent States':
    'CIS', the small words between skipped), which a question may write instead (round 36)."""
    words = _WORD.findall(occasion)
    runs: list[str] = []
    run: list[str] = []
    for w in [part for word in words for part in word.split("-")] + [""]:
        if w[:1].isupper():
            run.append(w[0])
        elif run and w in ("of", "and", "for", "the", "on"):
            continue  # 'Commonwealth of Independent States': CIS
        else:
            if len(run) > 1:
                runs.append("".join(run))
            run = []
    return set(words) | set(runs)


def _occasion_in_period(facts: Facts, state: str, person: str, partial: str, occasion: re.Match[str],
                       text: str) -> tuple[str, str] | None:
    """(round 36) The day and id of the recorded trip of ``person`` to ``state`` in the month or year ``partial`` that an
    occasion named beside it chooses ('at the APEC meeting in Shenzhen in 2026': of the two trips of 2026 to China, the
    planned one whose record names APEC; it was read as the year, from its first day); None where the trips then are
    not narrowed to one (the year or month is read as before). Where the record holds no trip of the person to the State
    then, of any kind, the occasion cannot be dated and the question is refused naming it ('during the 2027 BRICS summit',
    'at the G20 in 2026' were read as the year); so is one trip whose record writes an occasion none of the question's
    words of it name (as :func:`_visit_day`)."""
    said = occasion.group(0).strip()
    who, where = facts.records.persons[person].name, facts.records.states[state].name
    trips = sorted(((e.date, key) for key, e in facts.records.events.items() if e.person == person and e.state == state
                    and e.date.startswith(partial) and e.trip in ("visit", "transit", "planned", "cancelled")),
                   key=lambda t: (date_sort_key(t[0]), t[1]))
    if not trips:
        raise QuestionError(f"'{said}' names an occasion, and the record holds no trip (made, planned or cancelled) of {who} "
                            f"to {where} in {partial} to date it by: ask about its day, YYYY-MM-DD")
    chosen, by = _trips_by_occasion(facts, state, person, text, trips)
    if len(chosen) != 1:
        return None
    day, key = chosen[0]
    named = [w for w in _WORD.findall(said) if w in _occasion_words(facts, state, person, [w])]
    held = facts.records.events[key].occasion or ""
    if not by and named and held and not set(named) & _occasion_held(held):
        raise QuestionError(f"the question names an occasion ('{' '.join(named)}') that the record's one trip of {who} to "
                            f"{where} in {partial} ({day}: {held}) does not name: ask about that day, YYYY-MM-DD, if that "
                            "trip is the one meant")
    return (day, key) if len(day) == 10 else None


#: What a refusal calls each kind of trip the record holds.
_TRIP_NOUNS = {"visit": "visit", "transit": "transit", "planned": "planned trip", "cancelled": "cancelled trip"}


def _visit_day(facts: Facts, state: str, person: str, visit: re.Match[str], text: str = "") -> tuple[str, str]:
    """The day of the one recorded trip of ``person`` to ``state`` that the words ``visit`` name ('during his visit':
    one made, as a visit or a transit; 'his planned visit': one planned; 'his cancelled visit': one cancelled), and its
    id, where the question names no day; none or several are refused, naming what the record holds. Where several are
    recorded, a place of the State the question's ``text`` names chooses among them (:func:`_trips_at_place`)."""
    past = visit.re is _PAST
    said, words = visit.group(0).strip(), "" if past else (visit.group(1) or "").casefold()
    lead = f"the question asks in the past tense ('{said}') but names no day" if past else f"'{said}' names no day"
    trip_kinds = (("planned",) if re.search(r"planned|announced|upcoming|expected", words)
                  else ("cancelled",) if re.search(r"cancel+ed|called-off", words) else ("visit", "transit"))
    trips = sorted(((e.date, key) for key, e in facts.records.events.items()
                   if e.person == person and e.state == state and e.trip in trip_kinds),
                   key=lambda t: (date_sort_key(t[0]), t[1]))
    who, where = facts.records.persons[person].name, facts.records.states[state].name
    if len(trips) != 1 and text:
        # round 34: words of an occasion or a landmark the record writes choose among the trips ('at the BRICS summit in
        # Rio'); where the words name no kind of trip, a planned or cancelled trip they alone name is the one asked about
        every = trips if words else sorted(
            ((e.date, key) for key, e in facts.records.events.items()
             if e.person == person and e.state == state and e.trip in ("visit", "transit", "planned", "cancelled")),
            key=lambda t: (date_sort_key(t[0]), t[1]))
        chosen, by = _trips_by_occasion(facts, state, person, text, every)
        if by:
            trips = [t for t in chosen if t in trips] or chosen
    if not trips:
        # the trips of other kinds the record holds are named with their days ('his planned visit' that was made)
        others = sorted(((e.date, e.trip) for e in facts.records.events.values()
                         if e.person == person and e.state == state and e.trip in _TRIP_NOUNS and e.trip not in trip_kinds),
                        key=lambda t: date_sort_key(t[0]))
        days: dict[str, list[str]] = {}
        for day, kind in others:
            days.setdefault(kind, []).append(day)
        held = ("; it holds " + "; ".join(f"{_TRIP_NOUNS[kind]}{'s' if len(ds) > 1 else ''} of {', '.join(ds)}"
                                          for kind, ds in days.items())) if others else ""
        raise QuestionError(f"{lead}, and the record holds no {' or '.join(_TRIP_NOUNS[k] for k in trip_kinds)} of {who} to "
                            f"{where}{held}: ask about one day, YYYY-MM-DD")
    place = ""
    if len(trips) > 1 and text:
        trips, place = _trips_at_place(facts, state, text, trips)
    if len(trips) > 1:
        raise QuestionError(f"{lead}, and the record holds {len(trips)} trips of {who} to {where}"
                            + (f" that may have been to {place.title()}" if place else "") + " ("
                            + ", ".join(day for day, _ in trips) + "): ask about one of those days")
    day, key = trips[0]
    named = list(dict.fromkeys(w for m in _OCCASION.finditer(text) for w in _WORD.findall(m.group(0))
                               if w in _occasion_words(facts, state, person, [w])))
    held = facts.records.events[key].occasion or ""
    if named and held and not set(named) & _occasion_held(held):
        # round 35: 'at the Olympic Games in Ulaanbaatar' was read as the one recorded visit to Mongolia, whose record
        # writes another occasion: the reading would have told of an event the record does not hold. A trip whose record
        # writes no occasion is not set aside (as in _trips_by_occasion): the record does not say it was another
        raise QuestionError(f"the question names an occasion ('{' '.join(named)}') that the record's one trip of {who} to "
                            f"{where} ({day}: {held}) does not name, and the record holds no other: ask about that day, "
                            "YYYY-MM-DD, if that trip is the one meant")
    if len(day) == 7:  # a trip dated only to its month: answered if every day of it gives one answer
        return _month_day(facts, state, person, day, key, said, day), key
    if len(day) < 10:
        raise QuestionError(f"{lead}, and the one trip the record holds ({key}) is dated only to {day}: "
                            "ask about one day, YYYY-MM-DD")
    return day, key


#: A time named by a period or a happening rather than its day ('during the Arab Spring', 'during the war', 'during
#: COP30'): the words after a preposition of time up to the next preposition or the end of the clause.
_DURING = re.compile(r"\b(?:during|amid|amidst|throughout)\s+(?P<x>[^?.!,;]*?)"
                     r"(?=\s+(?:in|on|at|to|from|of|if|when|without|with|and|or|but|because|for)\b|\s*[?.!,;]|\s*$)", re.I)
_TIME_WORD = re.compile(r"\b(?:during|amid|amidst|throughout|after|before|since|until|till|on|over|at|around)\s+"
                        r"(?=(?P<x>(?:[\w'’\-]+\s+){0,3}[\w'’\-]+)\b)", re.I)  # a lookahead: the next preposition is tried too
#: Words of a happening a person attends, which a recorded trip may date ('during the AU summit'; see _OCCASION).
_EVENT_NOUN = re.compile(r"\b(?:summit|festival|conference|meeting|forum|games|olympics|ceremony|inauguration|celebrations?|"
                         r"anniversary|commemoration|parade|session|cup|funeral|wedding|talks|gathering|visit|trip|stay|"
                         r"stopover|journey)\b", re.I)


#: Words that ask about the day asked, whatever act a clause after 'after' names ('Is Mali still bound after ...').
_NOW = re.compile(r"\b(?:still|now|today|currently|at present|any\s+longer|anymore|any\s+more)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
#: Past tenses not ending in -ed, which make a clause after a pronoun an act done on some day ('after he fled').
_IRREGULAR_PAST = frozenset({"was", "were", "had", "did", "got", "went", "came", "left", "fell", "took", "became", "withdrew",
                             "made", "gave", "won", "lost", "fled", "met", "flew", "ran", "quit", "sent", "signed", "stepped"})
#: A time named by an act or a happening, not a day: 'after it ratified', 'after the warrant was issued', 'since his arrest'
#: (a pronoun or a determiner opening a clause of at most five words, up to a stop word or the end of the clause).
_ANCHOR = re.compile(r"\b(?:after|before|since|until|till|once)\s+(?P<x>(?:he|she|it|they|we|the|its|his|her|their)\b"
                     r"(?:\s+(?!(?:in|on|at|to|if|when|and|but|or|would|must|could|should|can|will|did|does|do)\b)[\w'’\-]+){0,4})", re.I)


#: A day written whole, with its day of the month and its year ('7 October 2025', 'October 7, 2025', '2025-10-07'), not
#: a month or a year alone.
_WHOLE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|(?=.*\b\d{1,2}(?:st|nd|rd|th)?\b)(?=.*\b\d{4}\b)", re.S)


def _holiday_readings(facts: Facts, text: str, said: str, word: str, today: dt.date | None,
                      named_year: int | None = None) -> _AmbiguousDay | None:
    """Session 43: a holiday two calendars keep on different days ('over Christmas': question_words.yaml,
    `calendar_holidays`) as a day that reads two ways: the coming season's two days for a question asked ahead, the
    last season's for one asked of the past; None where the holiday is no such one or no day is known to count from.
    Session 44: with ``named_year`` ('over Christmas 2025'), that year's season: its first day in that year, the other
    in the next where it comes earlier in the calendar (25 December 2025, 7 January 2026)."""
    holiday = ((facts.records.lookups.get("question_words") or {}).get("calendar_holidays") or {}).get("holidays", {})
    entry = next((v for k, v in holiday.items() if normalise_name(k) == normalise_name(word)), None)
    if entry is None or (today is None and named_year is None):
        return None
    (m1, d1), (m2, d2) = (tuple(int(x) for x in md.split("-")) for md in entry["days"])
    if named_year is not None:
        year = named_year
    else:
        assert today is not None
        lexicon = _lexicon(facts)
        past = bool(_PAST.search(text) or (lexicon.past_words and lexicon.past_words.search(text)))
        this = dt.date(today.year, m1, d1)
        year = (today.year if this <= today else today.year - 1) if past else (today.year if this >= today else today.year + 1)
    one = dt.date(year, m1, d1)
    two = dt.date(year + (1 if (m2, d2) < (m1, d1) else 0), m2, d2)
    return _AmbiguousDay(f"'{said}' names a holiday two calendars keep on different days ({one} or {two})", said, (one, two),
                         (entry["labels"][0], entry["labels"][1]), (f"on {_written_day(one)}", f"on {_written_day(two)}"))


def _refuse_undated_time(facts: Facts, text: str, date_spans: list[tuple[int, int]], date_given: bool,
                         forum: bool = False, today: dt.date | None = None) -> None:
    """Refuse a time the reading cannot date rather than answer for today or for another day: 'during X' with no
    day, month or year named anywhere, where X is a period or a happening that is no event a person attends ('during
    the Arab Spring', 'during the war', 'during COP30'; 'during the AU summit' is left to the recorded visits, 'during
    his visit' is one); and, wherever it stands, a time named by one of the words question_words.yaml lists under
    `undated_occasions` after a preposition of time ('after the election', 'on his birthday in 2025': a year does not
    date them). A question of what the Assembly or the Council did (``forum``) may name the act its response followed
    ('What did the Security Council do after the Court's finding against Libya?'; round 43): the responses are read by
    the day asked, so that act dates nothing asked."""
    def dated(a: int, b: int) -> bool:
        return any(a < e and s_ < b for s_, e in date_spans)
    def apposed(end: int) -> bool:
        """Whether the occasion ending at ``end`` is followed, after its own few words and a comma, by a whole day
        ('on his birthday, 7 October 2025'; round 25: the day is read, the occasion describes it)."""
        comma = re.match(r"(?:\s+[\w'’\-]+){0,6}?\s*,\s*", text[end:])
        return comma is not None and any(s_ == end + comma.end() and _WHOLE_DAY.search(text[s_:e]) for s_, e in date_spans)
    holiday_year = _lexicon(facts).holiday_year  # session 44: 'over Christmas 2025', 'à Noël 2025': that year's season
    named = holiday_year.search(text) if holiday_year else None
    if named and (two := _holiday_readings(facts, text, named.group(0), named.group("name"), today, int(named.group("year")))):
        raise two
    undated, not_before = _lexicon(facts).undated_occasions, _lexicon(facts).undated_not_before
    leading = _LEADING_CLAUSE.match(text)
    context = leading.end() if leading and any(s_ >= leading.end() and _WHOLE_DAY.search(text[s_:e]) for s_, e in date_spans) else 0
    for m in _TIME_WORD.finditer(text):
        if m.start() < context:
            continue  # round 28: 'After the 2021 coup, ... on 1 January 2022': the clause is context, the day is named
        found = list(re.finditer(r"[\w'’\-]+", m.group("x")))
        if any(normalise_name(w.group(0)) in undated and not dated(m.start("x") + w.start(), m.start("x") + w.end())
               and not (m.group(0).casefold().startswith("on") and apposed(m.start("x") + w.end()))
               and not (k + 1 < len(found) and normalise_name(found[k + 1].group(0)) in not_before)  # 'over war crimes'
               for k, w in enumerate(found)):
            said = f"{m.group(0)}{m.group('x')}"
            if not date_given and len(found) == 1 and (two := _holiday_readings(facts, text, said, found[0].group(0), today)):
                raise two  # session 43: 'over Christmas', asked on the two days it is kept
            raise QuestionError(f"'{said}' names a time the reading cannot date: ask about its day, YYYY-MM-DD, or a "
                                "month or a year")
    holiday_after = _lexicon(facts).holiday_after  # 'à Noël', 'zu Weihnachten' (session 43)
    other = holiday_after.search(text) if holiday_after and not date_given else None
    if other and (two := _holiday_readings(facts, text, other.group(0), other.group("name"), today)):
        raise two
    for m in _ANCHOR.finditer(text) if not (date_given or forum or _NOW.search(text)) else ():  # 'after it ratified'
        said = m.group("x").strip()
        words = said.casefold().split()
        if words[0] in _PRONOUNS and len(words) > 1 and not words[1].endswith("ed") and words[1] not in _IRREGULAR_PAST:
            continue  # 'once he lands', 'after he arrives': whenever he does, so the day asked
        if dated(m.start(), m.end() + 12) or _EVENT_NOUN.search(said) or _VISIT.match(text, m.start()) \
                or re.fullmatch(r"the\s+(?:day|next|following|previous|preceding|eve)\b.*", said, re.I):
            continue
        raise QuestionError(f"'{m.group(0).strip()}' names a time by an act or a happening, not by its day, and the reading "
                            "does not date it: ask about its day, YYYY-MM-DD, or a month or a year")
    if date_given:
        return
    for m in _DURING.finditer(text):
        said = m.group("x").strip()
        if not said or dated(m.start("x"), m.end("x")) or _VISIT.match(text, m.start()) or _EVENT_NOUN.search(said):
            continue
        raise QuestionError(f"'{m.group(0).strip()}' names a time the reading cannot date ('{said}'), and the question "
                            "names no day: ask about its day, YYYY-MM-DD, or a month or a year")


def _other_months(facts: Facts) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """Months in the other languages whose States' names the reading reads (data/lookups/question_months.yaml, written
    from the CLDR by scripts/make_question_months.py), read as the English month where a day or a year is written
    beside them ('le 3 septembre 2024', '3 de septiembre de 2024', 'März 2024', '3 września 2024'): the dates of the
    monitor's reading are English. The month of each name, the pattern of a date written with one, and that of a German
    ordinal day before a month ('3. September 2024'); built once per facts."""
    def compute() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
        table = facts.records.lookups.get("question_months") or {}
        number = {name.casefold(): n for n, name in enumerate(MONTH_NAMES) if name}  # keyed by the English names
        month_of = {str(w).casefold(): number[str(m).casefold()] for lang in (table.get("languages") or {}).values()
                    for m, words in ((lang or {}).get("months") or {}).items() for w in words or []}
        names = "|".join(re.escape(w) for w in sorted(month_of, key=len, reverse=True)) or r"(?!)"
        # session 49 (law63): 'del' before the year ('el 3 de abril del 2025', 'il 3 aprile del 2025') as 'de'
        date = re.compile(rf"\b(?:(\d{{1,2}})(?:er|\.|º|°)?\s+(?:de\s+)?({names})(?:\s+(?:del?\s+)?(\d{{4}}))?|"
                          rf"({names})\s+(?:del?\s+)?(\d{{4}}))\b", re.I)
        ordinal = re.compile(r"\b(\d{1,2})\.\s+(?=(?:" + "|".join(re.escape(w) for w in sorted({*MONTHS, *month_of}, key=len, reverse=True))
                             + r")\b)", re.I)
        return month_of, date, ordinal
    return facts.memoised("question_other_months", None, compute, maxsize=1)


#: A day of the month written as an ordinal word beside a month ('the tenth of October 2025', 'tenth of October',
#: 'October tenth, 2025'; not 'his first May visit'):
#: read as its number, so every rule for days applies (round 23: 'the tenth of October 2025' had been read as the month,
#: and so silently as the day of the one recorded trip in it).
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
     "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 1)}
_ORDINAL_WORDS |= {f"twenty{sep}{w}": 20 + n for sep in ("-", " ", "") for w, n in _ORDINAL_WORDS.items() if n < 10}
_ORDINAL_WORDS |= {"thirtieth": 30, **{f"thirty{sep}first": 31 for sep in ("-", " ", "")}}
_ORDINAL = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _ORDINAL_WORDS), key=len, reverse=True))
_ORDINAL_DAY = re.compile(rf"\bthe\s+(?P<day>{_ORDINAL})(?=\s+(?:of\s+)?{MONTH_NAME})|\b(?P<of>{_ORDINAL})(?=\s+of\s+{MONTH_NAME})|"
                          rf"\b(?P<month>{MONTH_NAME})\s+(?:the\s+)?(?P<after>{_ORDINAL})\b", re.I)


#: An ordinal in words past any month's last day ('the thirty-second of March 2025'; round 34: read as March 2025).
_BEYOND = (r"(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
           r"ninth)|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth")
_NO_SUCH_ORDINAL = re.compile(rf"\b(?P<w>{_BEYOND})(?=\s+(?:of\s+)?{MONTH_NAME})|\b{MONTH_NAME}\s+(?:the\s+)?(?P<w2>{_BEYOND})\b", re.I)


def _ordinal_number(m: re.Match[str]) -> str:
    n = _ORDINAL_WORDS[re.sub(r"\s+", " ", (m.group("day") or m.group("of") or m.group("after")).casefold())]
    return f"{m.group('month')} {n}" if m.group("month") else str(n)


#: The elided article of French and Italian before a State's name ("l'Italia", "l'Allemagne"): the name is read alone.
_ELIDED_ARTICLE = re.compile(r"\b(?:[dDaAnNsScCpP]?[aeuoAEUO]l)?[lL]['’](?=[A-ZÀ-Ý])")
#: The same in a question typed all in lower case ("l'allemagne doit-elle arrêter poutine ?"; session 33), whose names
#: are read as if capitalised.
_ELIDED_ARTICLE_LOWER = re.compile(r"\b(?:[dansc]?[aeuo]l)?l['’](?=[a-zà-ý])")


#: A range of two years in French, Spanish, German, Italian or Portuguese ('entre 2024 et 2026', 'zwischen 2018 und 2020',
#: 'tra il 2018 e il 2020'): read as the English 'between 2024 and 2026' (round 41: the French one was read as its first
#: year alone).
_OTHER_YEAR_RANGE = re.compile(r"(?<![^\W\d_])(?:entre|zwischen|tra|fra)\s+(?:(?:il|l['’]|o|el|dem|den)\s*)?(\d{4})\s+"
                               r"(?:et|y|und|e)\s+(?:(?:il|l['’]|o|el|dem|den)\s*)?(\d{4})(?!\d)", re.I)


def _in_english(english: str, m: re.Match[str]) -> str:
    """The English words for the phrase ``m`` matched, with a space after them where the phrase ends in an elided article
    ("l'", "d'"), so that the word after it stays apart."""
    return english + (" " if m.group(0)[-1:] in "'’" else "")


def _phrases_in_english(facts: Facts) -> list[tuple[re.Pattern[str], str, re.Pattern[str] | None]]:
    """The phrases of the other languages read as their English words (question_words.yaml, `phrases_in_english`;
    round 41), compiled once per facts, each with the words the question must also hold for it to be read (`when`,
    session 46), or None."""
    def compute() -> list[tuple[re.Pattern[str], str, re.Pattern[str] | None]]:
        table = (facts.records.lookups.get("question_words") or {}).get("phrases_in_english") or {}
        return [(re.compile(str(p["words"]), re.I), str(p["english"]), re.compile(str(p["when"]), re.I) if p.get("when") else None)
                for p in table.get("phrases") or []]
    return facts.memoised("question_phrases_in_english", None, compute, maxsize=1)


def _numbers_in_words(facts: Facts) -> tuple[list[tuple[re.Pattern[str], dict[str, int], int]], re.Pattern[str] | None, dict[str, int]]:
    """Session 48 (law62): the years and the days written in words (question_words.yaml ``number_words``): for each
    language the pattern of a year ('deux mille vingt-cinq', 'zweitausendfünfundzwanzig') with the number after its
    'two thousand' as its one group, and the numbers by their words; the pattern of a day in words or an ordinal day
    directly before a month (any language's month), and the days by their words. Built once per facts."""
    def alts(words: str) -> list[str]:
        return [w.strip() for w in str(words).split("|") if w.strip()]

    def key(w: str) -> str:
        return re.sub(r"\s+", " ", w.casefold())

    def compute() -> tuple[list[tuple[re.Pattern[str], dict[str, int], int]], re.Pattern[str] | None, dict[str, int]]:
        table = (facts.records.lookups.get("question_words") or {}).get("number_words") or {}
        years: list[tuple[re.Pattern[str], dict[str, int], int]] = []
        days: dict[str, int] = {}
        for lang in (table.get("languages") or {}).values():
            numbers: dict[str, int] = {}
            units = [alts(u) for u in lang["units"]]
            for n, ws in enumerate(units, 1):
                numbers |= {key(w): n for w in ws}
            teens = set(lang.get("tens_taking_teens") or [])  # session 49 (law63): 'soixante-dix-neuf' is 79
            tens = [(20 + 10 * i, t) for i, t_words in enumerate(lang["tens"]) for t in alts(t_words)]
            tens += [(int(n), t) for n, t_words in (lang.get("more_tens") or {}).items() for t in alts(t_words)]
            for ten, t in tens:
                numbers[key(t)] = ten
                for u_n, u_words in enumerate(units[:19 if t in teens else 9], 1):
                    for u in u_words:
                        for c in lang["compounds"]:
                            numbers[key(c.format(t=t, e=t[:-1], u=u))] = ten + u_n
            for n, ws in (lang.get("fused") or {}).items():
                numbers |= {key(w): int(n) for w in alts(ws)}
            openings = [(lang["thousand"], 2000, 1),  # session 49 (law63): 'nineteen ninety-nine', 'twenty twenty-four'
                        *((c["words"], int(c["year"]), int(c.get("least", 1))) for c in lang.get("centuries") or [])]
            for opening, century, least in openings:
                kept = {w: n for w, n in numbers.items() if n >= least}
                words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(kept, key=len, reverse=True))
                years.append((re.compile(rf"\b(?:{opening})({words})(?!\w)", re.I), kept, century))
            days |= {w: n for w, n in numbers.items() if n <= 31}
            suffix = lang.get("ordinal_suffix") or {}
            for w, n in list(numbers.items()):
                if n <= 31 and suffix:
                    days |= {key(w + s): n for s in alts(suffix["below_20" if n < 20 else "from_20"])}
            for n, ws in (lang.get("ordinals") or {}).items():
                days |= {key(w): int(n) for w in alts(ws)}
        if not days:
            return years, None, days
        month_of, _, _ = _other_months(facts)
        capitalised = {str(m).casefold() for m in table.get("months_capitalised") or []}  # 'the two may meet'
        months = "|".join(rf"(?-i:{re.escape(m[:1].upper())}){re.escape(m[1:])}" if m in capitalised else re.escape(m)
                          for m in sorted({*(m.casefold() for m in MONTHS), *month_of}, key=len, reverse=True))
        day_words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(days, key=len, reverse=True))
        day = re.compile(rf"(?<![\w-])({day_words})(?!\w)\.?(?=\s+(?:de\s+|of\s+)?(?:{months})(?!\w))", re.I)
        return years, day, days
    return facts.memoised("question_numbers_in_words", None, compute, maxsize=1)


def _dates_in_words(facts: Facts, text: str) -> str:
    """``text`` with a year and a day written in words as numbers (session 48, law62): 'le trois avril deux mille
    vingt-cinq' is 'le 3 avril 2025', 'am achten Oktober zweitausendfünfundzwanzig' 'am 8 Oktober 2025'."""
    years, day, days = _numbers_in_words(facts)
    for pattern, numbers, century in years:
        def year(m: re.Match[str], numbers: dict[str, int] = numbers, century: int = century) -> str:
            return str(century + numbers[re.sub(r"\s+", " ", m.group(1).casefold())])
        text = pattern.sub(year, text)
    if day is not None:
        text = day.sub(lambda m: str(days[re.sub(r"\s+", " ", m.group(1).casefold())]), text)
    return text


def _other_languages(facts: Facts, text: str) -> str:
    """``text`` with a month of another language beside a day or a year written in English ('le 3 septembre 2024': 'le
    3 September 2024'), a range of two years of another language in English ('entre 2024 et 2026': 'between 2024 and
    2026'), and the elided article before a capitalised word set apart ("l'Italia": "l' Italia")."""
    text = _dates_in_words(facts, text)  # session 48 (law62): 'le trois avril deux mille vingt-cinq'
    text = _OTHER_YEAR_RANGE.sub(r"between \1 and \2", text)
    asked = text
    for pattern, english, when in _phrases_in_english(facts):  # 'sobrevuela': 'flies over' (round 41)
        if when is not None and not when.search(asked):  # session 46: read only in a question of its language
            continue
        # a phrase ending in an elided article ("en route vers l'", "premier ministre d'") keeps the word after it
        # apart: 'en route to Allemagne' (round 42)
        text = pattern.sub(functools.partial(_in_english, english), text)
    month_of, other_date, ordinal_dot = _other_months(facts)
    if (bad := _NO_SUCH_ORDINAL.search(text)) and re.sub(r"\s+", " ", (word := bad.group("w") or bad.group("w2")).casefold()) \
            not in _ORDINAL_WORDS:
        raise QuestionError(f"'{word}' names no day of a month (no month has more than 31): {MONTH_HINT}")

    def month(m: re.Match[str]) -> str:
        if m.group(1):
            name = MONTH_NAMES[month_of[m.group(2).casefold()]]
            return f"{m.group(1)} {name}" + (f" {m.group(3)}" if m.group(3) else "")
        return f"{MONTH_NAMES[month_of[m.group(4).casefold()]]} {m.group(5)}"
    # round 52: a month of another language alone after 'since' (the phrases' 'depuis juin', 'desde junio'): the English
    # month, read as 'since June' is (the latest such month)
    text = re.sub(r"\b(since\s+)([^\W\d_]+)\b(?!\s+\d)",
                  lambda m: m.group(1) + MONTH_NAMES[month_of[m.group(2).casefold()]] if m.group(2).casefold() in month_of
                  else m.group(0), text)
    text = ordinal_dot.sub(r"\1 ", text)  # 'am 3. September 2024': the German ordinal day
    text = _ORDINAL_DAY.sub(_ordinal_number, text)  # 'the tenth of October 2025': the ordinal day in words
    elided = _ELIDED_ARTICLE_LOWER if not any(c.isupper() for c in text) else _ELIDED_ARTICLE
    return elided.sub(lambda m: m.group(0) + " ", other_date.sub(month, text))


#: A day named by a holiday after a preposition of time ('on Independence Day 2027', "on New Year's Day 2027"): one to three
#: capitalised words and 'Day', and the year after it, if any (round 36: read as the year alone, the named day unread).
_NAMED_DAY = re.compile(r"\b(?P<pre>(?:on|during|at|for|before|after|until|till|by|since|over)\s+(?:the\s+)?)"
                        r"(?P<name>(?-i:(?:[A-Z][\w'’]*\s+){1,3}Day))\b(?:\s*,?\s+(?:of\s+)?(?P<year>\d{4})\b)?", re.I)


def _other_weekdays(facts: Facts) -> re.Pattern[str] | None:
    """A weekday of another language with a word saying which ('ce dimanche', 'el próximo martes', 'lunedì prossimo'):
    the weekdays' names of monitor_words.yaml's languages, the words of question_words.yaml's `weekday_words`."""
    def compute() -> re.Pattern[str] | None:
        table = (facts.records.lookups.get("question_words") or {}).get("weekday_words") or {}
        langs = (facts.records.lookups.get("monitor_words") or {}).get("languages") or {}
        names = {str(n).casefold(): day for lang in langs.values() for day, ns in
                 (((lang or {}).get("weekdays") or {}).get("names") or {}).items() for n in ns or []}
        if not table or not names:
            return None
        def alt(ws: Any) -> str:
            return "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
        which = {k: alt(table.get(k) or []) for k in ("this", "next", "last")}
        return re.compile(rf"(?<![^\W\d_])(?:(?P<this>{which['this']})|(?P<next>{which['next']})|(?P<last>{which['last']}))\s+"
                          rf"(?P<day>{alt(names)})(?![^\W\d_])|(?<![^\W\d_])(?P<day2>{alt(names)})\s+(?:(?P<next2>{which['next']})|"
                          rf"(?P<last2>{which['last']}))(?![^\W\d_])", re.I)
    return facts.memoised("question_other_weekdays", None, compute, maxsize=1)


def _weekdays_in_english(facts: Facts, text: str, today: dt.date | None = None) -> str:
    """``text`` with another language's weekday and the word saying which written in English ('ce dimanche': 'this
    Sunday', 'na próxima terça-feira': 'na next Tuesday'), read then by the English rules (round 36); and (round 37) a
    weekday named alone ('dimanche', 'el lunes', 'am Sonntag', 'on Monday'), in a question asking of no past, written with
    its coming day ('on Sunday 6 December 2026'): a duty asked in the present with a bare weekday is about the coming
    day of that name (the day asked, if it is that weekday); in a question asking of the past it is left to the
    English rules (the latest such day)."""
    pattern = _other_weekdays(facts)
    if pattern is None:
        return text
    langs = (facts.records.lookups.get("monitor_words") or {}).get("languages") or {}
    names = {str(n).casefold(): day for lang in langs.values() for day, ns in
             (((lang or {}).get("weekdays") or {}).get("names") or {}).items() for n in ns or []}

    def english(m: re.Match[str]) -> str:
        which = "this" if m.group("this") else "next" if m.group("next") or m.group("next2") else "last"
        return f"{which} {names[(m.group('day') or m.group('day2')).casefold()].title()}"
    text = pattern.sub(english, text)
    # another language's weekday alone: written in lower case (French, Spanish, Italian, Portuguese), or capitalised
    # after German 'am' / 'an' ('Santo Domingo', a capitalised name, is not read as a Sunday)
    others = "|".join(re.escape(n) for n in sorted((n for n in names if n not in _WEEKDAY_NUMBER), key=len, reverse=True))
    if others:
        alone = re.compile(rf"(?<![^\W\d_])(?:(?P<am>am|an)\s+(?P<de>{others})|(?-i:(?P<low>{others})))(?![^\W\d_])", re.I)

        def bare(m: re.Match[str]) -> str:
            said = m.group("de") or m.group("low")
            if m.group("low") and not m.group("low").islower():
                return m.group(0)
            return f"on {names[said.casefold()].title()}"
        text = alone.sub(bare, text)
    if today is None or _asks_past(facts, text):
        return text

    def coming(m: re.Match[str]) -> str:
        if _past_verb(text[:m.start()]):
            return m.group(0)  # 'Netanyahu arrived in Budapest on Thursday': the weekday of a past act, the latest
        day = today + dt.timedelta(days=(_WEEKDAY_NUMBER[m.group("day").casefold()] - today.weekday()) % 7)
        return f"{m.group(0)} {day.day} {MONTH_NAMES[day.month]} {day.year}"
    return _BARE_WEEKDAY.sub(coming, text)


#: A weekday named alone ('on Monday', 'Monday'), no word before it saying which and no day after it (round 37).
_BARE_WEEKDAY = re.compile(r"(?<!\bthis )(?<!\bnext )(?<!\blast )(?<!\bcoming )(?<!\bpast )(?<!\bthe )(?<!\bevery )(?<!\beach )"
                           r"(?<!\bprevious )\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                           r"(?!,?\s+(?:the\s+)?\d)(?!,?\s+(?:of\s+)?(?:this|next|last|that)\b)(?!\s+(?:after|before)\b)", re.I)


#: Participles that say what a State is (obliged, bound) rather than what it did: no past act (round 37).
_STATE_PARTICIPLES = frozenset({"obliged", "obligated", "required", "bound", "expected", "supposed", "allowed", "entitled",
                                "compelled", "forced", "asked", "requested", "scheduled", "planned", "due", "wanted"})


def _past_verb(before: str) -> bool:
    """Whether the sentence ending ``before`` (the words up to a weekday) tells a past act: a verb in -ed that no form of
    'be' or 'get' comes before and that says no State's condition ('Netanyahu arrived in Budapest on', 'after the ICC
    canceled his warrant on'), or a past verb not ending in -ed ('he fled on'; round 37)."""
    sentence = re.split(r"[.!?;:]\s", before)[-1]
    words = re.findall(r"[\w'’]+", sentence.casefold())
    for k, w in enumerate(words):
        if k and words[k - 1] in ("is", "are", "am", "be", "been", "being", "get", "gets", "getting", "to"):
            continue
        if (w.endswith("ed") and len(w) > 4 and w not in _STATE_PARTICIPLES) or (k and w in _IRREGULAR_PAST):
            return True
    return False


def _asks_past(facts: Facts, text: str) -> bool:
    """Whether ``text`` asks of the past: an English past auxiliary or conditional ('Was France obliged ...', 'did', 'would
    have had'), a past verb after a pronoun ('after he landed'), or another language's past verb (question_words.yaml,
    `past_words`: 'était', 'estaba', 'war'; round 37)."""
    if _PAST.search(text) or _HAD.search(text):
        return True
    if re.search(r"\b(?:was|were|did|had|didn['’]?t|wasn['’]?t|weren['’]?t|hadn['’]?t)\b", text, re.I):
        return True
    if any(m.group(2).casefold().endswith("ed") or m.group(2).casefold() in _IRREGULAR_PAST
           for m in re.finditer(r"\b(he|she|it|they|we)\s+(\w+)", text, re.I)):
        return True
    past = _lexicon(facts).past_words
    return bool(past and past.search(text))


def _named_days(facts: Facts, text: str, today: dt.date | None = None) -> str:
    """``text`` with a holiday that falls on one day of the calendar everywhere (question_words.yaml, `fixed_days`) written
    as its day ("on New Year's Day 2027": 'on 1 January 2027'); any other day named by a holiday is refused, naming it."""
    fixed = {str(k).casefold(): str(v) for k, v in
             ((facts.records.lookups.get("question_words") or {}).get("fixed_days") or {}).get("days", {}).items()}

    def day(m: re.Match[str]) -> str:
        name = re.sub(r"\s+", " ", m.group("name"))
        md = fixed.get(name.casefold())
        if md is None:
            said = name + (f" {m.group('year')}" if m.group("year") else "")
            raise QuestionError(f"'{said}' names a day by a holiday, and the reading does not know which day it falls on (it "
                                "differs by State or by calendar, and the record holds no calendar of holidays): ask about "
                                "its day, YYYY-MM-DD")
        month, dom = int(md[:2]), int(md[3:])
        year = m.group("year")
        if not year and today is not None and not _asks_past(facts, text):
            # round 37: "Must Germany arrest Netanyahu on New Year's Day?" asked in December asks of a duty ahead: the coming
            # one (asked in the past, the latest, as a day without its year is read)
            year = str(today.year if (month, dom) >= (today.month, today.day) else today.year + 1)
        return f"{m.group('pre')}{dom} {MONTH_NAMES[month]}" + (f" {year}" if year else "")
    return _NAMED_DAY.sub(day, text)


#: What a person is wanted, charged or accused for: the crimes and where they were done follow (round 36).
_CHARGE = re.compile(r"\b(?:wanted|charged|accused|indicted|sought|suspected|prosecuted|convicted)\b(?:\s+by\s+the\s+"
                     r"(?:ICC|Court|International\s+Criminal\s+Court|Prosecutor))?\s+(?:for|with|of|over|in\s+connection\s+with)\b", re.I)


#: How a caller that names no other way takes an assumption (the command line and Python callers).
ASSUME_HINT = "--assume (ask question, arrest, obligations, travel) or the API's assume parameter"


def _other_suppositions(facts: Facts) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words that open a supposition in French, Spanish, German, Italian and Portuguese, and the legal facts one may
    be about (question_words.yaml, `suppositions`; round 41), compiled once per facts."""
    def compute() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        table = (facts.records.lookups.get("question_words") or {}).get("suppositions") or {}
        if not table.get("opening") or not table.get("facts"):
            return None
        return (re.compile("|".join(f"(?:{p})" for p in table["opening"]), re.I),
                re.compile("|".join(f"(?:{p})" for p in table["facts"]), re.I))
    return facts.memoised("question_suppositions", None, compute, maxsize=1)


#: Session 45: set while a supposed withdrawal is read for the arithmetic of Art. 127 (``_supposed_withdrawal``): the
#: refusal of a supposition then lets that one clause through.
_WITHDRAWAL_SUPPOSED: contextvars.ContextVar[bool] = contextvars.ContextVar("withdrawal_supposed", default=False)


def _refuse_supposition(text: str, assume_hint: str = ASSUME_HINT, facts: Facts | None = None) -> None:
    """Refuse a what-if typed in words about a legal fact ('What if Ukraine had not ratified?', 'Suppose Hungary revoked
    its withdrawal'; round 41: also in French, Spanish, German, Italian and Portuguese, 'Et si la Hongrie ne s'était pas
    retirée'): answering it on the record's facts would answer another question; the --assume option (CLI) and the
    API's assume parameter state the supposed fact in a form the engine applies. The message names every legal fact
    the supposition's clause holds."""
    if _WITHDRAWAL_SUPPOSED.get():
        return  # session 45: the one supposition read is a withdrawal, answered by the arithmetic of Art. 127
    other = _other_suppositions(facts) if facts is not None else None
    found = [(m, _SUPPOSED) for m in _SUPPOSING.finditer(text)]
    if other:
        found += [(m, other[1]) for m in other[0].finditer(text)]
    for supposing, supposed in found:
        end = _CLAUSE_END.search(text, supposing.end())
        if end and not text[supposing.end():end.start()].strip():
            end = _CLAUSE_END.search(text, end.end())  # 'Angenommen, Armenien hätte ...:' the clause after the comma
        clause = text[:end.start() if end else len(text)]
        abouts = list(dict.fromkeys(m.group(0) for m in (*_SUPPOSED.finditer(clause, supposing.start()),
                                                          *(supposed.finditer(clause, supposing.start())
                                                            if supposed is not _SUPPOSED else ()))))
        if not abouts:
            continue  # a supposed visit ('if he were in Budapest'): answered, no law changes
        about = "' ... '".join(abouts)
        raise QuestionError(f"the question supposes a fact ('{supposing.group(0).strip()}' ... '{about}'), and "
                            "a supposition typed in words is not applied: the reading would answer on the record's facts. "
                            f"Ask without it, stating the fact with {assume_hint}: {ASSUMPTION_HELP}")


#: Round 53: the (word, name) pairs the refusals of one reading offered ('Tajikstan', 'Tajikistan'), for the questions
#: to ask instead (``read_question``); set anew for each question read.
_NEAR_SEEN: contextvars.ContextVar[list[tuple[str, str]] | None] = contextvars.ContextVar("near_seen", default=None)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter added, dropped, changed, or two neighbours swapped (round 53)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _near(facts: Facts, said: list[str]) -> str:
    """'. Did you mean X?', naming the States and persons whose names are closest to words the reading did not read
    (a misspelling: 'Mongolai', 'Netanyhau'); nothing is read from a guessed spelling."""
    import difflib

    names = state_name_index(facts)
    hint: list[str] = []
    seen = _NEAR_SEEN.get()
    if seen is None:  # called outside read_question: nothing collects the pairs (a shared default list would grow)
        seen = []
    for word in said:
        bare = _POSSESSIVE.sub("", word)
        key = normalise_name(bare)
        if len(key) < 4:  # 'Sara' is near too many short names to suggest one
            continue
        if len(key) == 4:
            # round 53: a word of four letters ('putn', 'Chda') only one edit from a family name or a one-word alias of
            # a person, with the same first letter, or two neighbouring letters swapped in a State's name ('Chda'; a
            # letter changed is no typing slip to read a State from: 'Omar' is no 'Oman'); 'Sara' stays unanswered, as
            # first names are not compared
            states = sorted({i for c in names if len(c) == 4 and c[0] == key[0] and sorted(c) == sorted(key)
                             and _one_edit(key, c) for i in names[c]})
            hint += [facts.records.states[i].name for i in states]
            seen += [(bare, facts.records.states[i].name) for i in states]
            for p in facts.records.persons.values():
                close = [w for n in (p.name, *p.aliases) for w in _family_words(n)
                         if 4 <= len(w) <= 6 and w[0] == key[0] and _one_edit(key, w)]
                if close:
                    hint.append(p.name)
                    seen.append((bare, _as_written(facts, p, close[0])))
            continue
        found = [i for c in difflib.get_close_matches(key, list(names), n=2, cutoff=0.8) for i in sorted(names[c])]
        hint += [facts.records.states[i].name for i in found]
        seen += [(bare, facts.records.states[i].name) for i in found]
        # round 42: a State's name in another language misspelt ('Deutschlnd'): that State, named in English
        other = _other_language_names(facts)
        found = [other[c] for c in difflib.get_close_matches(key, list(other), n=2, cutoff=0.85)]
        hint += [facts.records.states[i].name for i in found]
        seen += [(bare, facts.records.states[i].name) for i in found]
        # a family name misspelt, not a first name shared ('Omar', 'Sergey' name many); round 53: a one-word alias too
        # ('Almasri')
        for p in facts.records.persons.values():
            close = [w for n in (p.name, *p.aliases) for w in _family_words(n)
                     if len(w) >= 5 and 0.8 <= difflib.SequenceMatcher(None, key, w).ratio() < 1]
            if close:
                hint.append(p.name)
                seen.append((bare, _as_written(facts, p, close[0])))
    hint = list(dict.fromkeys(hint))
    return f". Did you mean {' or '.join(hint[:3])}?" if hint else ""


def _family_words(name: str) -> list[str]:
    """The words of a name a misspelling is compared with: all but the first, or the one word of a one-word alias."""
    words = normalise_name(name).split()
    return words if len(words) == 1 else words[1:]


def _as_written(facts: Facts, person: Any, word: str) -> str:
    """The word of the person's names or aliases that normalises to ``word``, as the record writes it ('Putin')."""
    for n in (person.name, *person.aliases):
        for w in n.split():
            if normalise_name(w) == word:
                return str(w)
    return word


#: The verbs of the law a misspelt word of a question is compared with, to say what it may have meant ('arest').
_LAW_VERBS = ("arrest", "surrender", "extradite", "detain", "cooperate", "obliged", "bound", "required", "travel", "visit",
              "wanted", "immune", "immunity", "warrant", "party", "withdraw")


def _near_verb(said: list[str]) -> str:
    """' (did you mean arrest?)', naming the words of the law closest to words the reading did not read as any."""
    import difflib

    near = [m for w in said for m in difflib.get_close_matches(w.casefold(), _LAW_VERBS, n=1, cutoff=0.8)]
    return f" (did you mean {' or '.join(dict.fromkeys(near))}?)" if near else ""


#: The bodies' names written as acronyms: a body only in capitals ('UN', not the 'Un' of 'Kim Jong Un').
_ACRONYMS = frozenset({"un", "eu", "au", "icc", "asp", "otp", "unsc", "cpi"})


def _names_body(word: str) -> bool:
    """Whether ``word`` names the Court, another body or a legal text ('ICC', 'Court', 'Statute', 'Article')."""
    low = _POSSESSIVE.sub("", word).casefold()
    return low in _BODIES | _LEGAL_TEXTS and (low not in _ACRONYMS or word.isupper())


def _at_subject(words: list[str], at: int) -> bool:
    """Whether the words from ``at`` are the question's subject: right after its opening word ('Was Sudan bound ...'),
    or after that word and an article ('Must the Netherlands ...')."""
    if not words or words[0].casefold() not in _OPENERS:
        return False
    return at == 1 or (at == 2 and words[1].casefold() == "the")


def _unread_subject(facts: Facts, words: list[str], read: set[int], persons_at: set[int]) -> None:
    """Refuse a question whose subject ('Must Atlantis arrest Putin?', 'Can Xi Jinping travel to France?': the
    capitalised words right after its opening word) was read as nothing the record holds, where no State, or no person,
    was read elsewhere: it is not answered as though nothing had been named there. A subject naming the Court or another
    body, a legal text ('Does Article 86 bind Hungary?'), the asker ('Can I ...'), or describing the person read right
    after it ('the Taliban leader Haibatullah') is not refused."""
    if len(words) < 2 or words[0].casefold() not in _OPENERS:
        return
    j = 2 if words[1].casefold() == "the" else 1
    k = j
    while k < len(words) and words[k][:1].isupper():
        k += 1
    if k < len(words) and words[k].casefold() in _DESCRIBING and persons_at & {k + 1, k + 2}:
        return  # 'the Taliban leader Haibatullah': words describing the person named after them
    if k > j and not read & set(range(j, k)) and not any(_names_body(w) for w in words[j:k]):
        raise QuestionError(f"'{' '.join(words[j:k])}' is no State (nor person) the record holds: name a State by its "
                            "name, short name or code (e.g. Mongolia or MNG), or a person under a warrant"
                            + _near(facts, words[j:k]))


#: The longest span of days a question may name and still be answered (where one answer holds throughout).
_LONGEST_SPAN = 31


def _same_throughout(facts: Facts, state: str, person: str | None, first: dt.date, last: dt.date) -> list[str]:
    """The answers asked from ``first`` to ``last``, one entry for each distinct answer (with its basis and forum; for a
    State alone, its status and every situation's answer, basis and forum), said with the first day it is given: a
    single entry where one answer holds throughout. Asked on ``first`` and on the days within the span on which the
    answer can change (:func:`_change_days`; between two of them every input of the answer is the same), which gives
    what asking every day gives (tests/law/test_question_ranges.py compares the two)."""
    seen: dict[tuple[Any, ...], str] = {}
    for day in [first, *(d for d in _change_days(facts, state, person) if first < d <= last)]:
        key, said = answer_on(facts, state, person, day)
        if key not in seen and any(k[0] == key[0] for k in seen):
            # the same answer, its basis, forum or a situation's duties changed (round 29: 'from 25 to 27 February 2011'
            # of Libya was refused as 'non_party on 2011-02-25, non_party on 2011-02-26 onwards', as _answers_over said
            # it before round 24)
            said = (f"{key[0]} on another basis or forum on {day.isoformat()}" if person
                    else f"a situation's duties changed on {day.isoformat()}")
        seen.setdefault(key, said)
    return list(seen.values())


def answer_on(facts: Facts, state: str, person: str | None, day: dt.date) -> tuple[tuple[Any, ...], str]:
    """What one day's answer is, for telling answers apart over a span (the answer with its basis and forum; for a State
    alone, its status and every situation's answer, basis and forum), and the answer said with its day."""
    from iccwatch.service import ask_arrest, ask_obligations

    if person:
        r = ask_arrest(facts, state, person, day)
        return (r["answer"], tuple(r["basis"]), r["forum"]), f"{r['answer']} on {day.isoformat()}"
    o = ask_obligations(facts, state, day)
    rows = tuple((x["situation"], x["status"], tuple(x.get("basis") or ()), x.get("forum")) for x in o["situations"])
    return (o["status"]["status"], rows), f"{o['status']['status']} on {day.isoformat()}"


def _month_obligations(facts: Facts, state: str, month: str, said: str) -> str:
    """The first day of ``month``, where a question about a State alone names only that month and the State's
    status and every situation's answer, basis and forum are the same on every day of it; refused, naming the days
    the answer changes between, otherwise."""
    import calendar

    year, mon = int(month[:4]), int(month[5:7])
    seen = _same_throughout(facts, state, None, dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1]))
    if len(seen) > 1:
        raise QuestionError(f"{_no_single_day(said, month)}; {facts.records.states[state].name}'s duties change within "
                            f"that month ({', '.join(seen)} onwards): ask about one day")
    return f"{month}-01"


def _arrest_in_period(facts: Facts, state: str, person: str, partial: str, said: str,
                      months: tuple[int, int] | None = None) -> tuple[str, str | None, bool]:
    """The day an arrest question naming only a month or a year asks about: that of the one recorded trip of the
    person to the State then (:func:`_trip_day`); where the record holds none or several in a month, the month's
    first day if one answer (with its basis and forum) holds on every day of it ("Was Sudan obliged to surrender
    al-Bashir in April 2019?"), the question being refused, with the trips and the change, otherwise."""
    trips = [e for e in facts.records.events.values() if e.person == person and e.state == state and e.date.startswith(partial)]
    if len(partial) == 7 and len(trips) != 1:
        import calendar

        year, mon = int(partial[:4]), int(partial[5:7])
        seen = _same_throughout(facts, state, person, dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1]))
        if len(seen) == 1:
            return f"{partial}-01", None, True
        try:
            _trip_day(facts, state, person, partial, said)
        except QuestionError as refused:
            raise QuestionError(f"{refused}; the answer changes within that month ({', '.join(seen)} onwards)") from None
    day, key = _trip_day(facts, state, person, partial, said, months)
    return day, key, False


def _span_days(span: str) -> int:
    first, last = (dt.date.fromisoformat(d) for d in span.split("/"))
    return (last - first).days + 1


def _span_day(facts: Facts, state: str | None, person: str | None, span: str) -> str:
    """The first day of a span of days the question names ('during his visit on 2-3 September 2024'), where it names
    a State and one answer holds on every day of the span; refused, naming the days it changes between, otherwise."""
    first, last = (dt.date.fromisoformat(d) for d in span.split("/"))
    start = f"the question names a span of days ({first.isoformat()} to {last.isoformat()})"
    if not state or (last - first).days + 1 > _LONGEST_SPAN:
        raise QuestionError(f"{start}: ask about one day, YYYY-MM-DD")
    seen = _same_throughout(facts, state, person, first, last)
    if len(seen) > 1:
        raise QuestionError(f"{start}, and the answer changes within it ({', '.join(seen)} onwards): ask about one day")
    return first.isoformat()


_RECORD_DAY = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
#: Keys of a record whose dates say when a source was published or read, not when a fact holds.
_NOT_FACT_DATES = frozenset({"sources", "source", "citations", "retrieved", "accessed", "checked", "reviewed"})


def _change_days(facts: Facts, state: str, person: str | None) -> list[dt.date]:
    """The days on which the answer about ``state`` (and ``person``) can change: the first day of each date the record
    holds about the State, every situation, instrument and warrant, the decisions and positions naming the State or the
    person, and the person (and the day after each such date's last day, and a partial date's second day, as the travel
    matrix reads them), with the State's periods as a party as the Statute derives them. Between two of them every input
    of the answer is the same; tests compare this with asking every day."""
    def compute() -> list[dt.date]:
        from iccwatch.law.party_status import intervals_of
        from iccwatch.model import DateSpan as Span

        days: set[dt.date] = set()

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    if k not in _NOT_FACT_DATES:
                        walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)
            elif isinstance(value, str) and _RECORD_DAY.match(value):
                try:
                    span = Span.parse(value)
                except ValueError:
                    return
                days.update({span.first, span.last + dt.timedelta(days=1)})
                if span.last > span.first:
                    days.add(span.first + dt.timedelta(days=1))

        r = facts.records
        named = (state, person) if person else (state,)
        for rec in [r.states[state], *r.situations.values(), *r.instruments.values(), *r.warrants.values(),
                    *([r.persons[person]] if person else [])]:
            walk(rec.model_dump(mode="json"))
        for rec in [*r.decisions.values(), *r.positions.values()]:
            dumped = rec.model_dump(mode="json")
            if any(n in str(dumped) for n in named):
                walk(dumped)
        for iv in intervals_of(facts, state):
            days.update(d for d in (iv.start, iv.start_latest, iv.end, iv.end_latest) if d)
        return sorted(days)
    return facts.memoised("question_change_days", (state, person), compute)


def _answers_over(facts: Facts, state: str, person: str | None, first: dt.date, last: dt.date) -> list[str]:
    """The answer asked on ``first`` and on each later day up to ``last`` on which it changes (with its basis and forum;
    for a State alone, its status and every situation's answer, basis and forum), read on the days the answer can change
    (:func:`_change_days`): one entry where one answer holds throughout."""
    out: list[str] = []
    before: tuple[Any, ...] | None = None
    for day in [first, *(d for d in _change_days(facts, state, person) if first < d <= last)]:
        key, said = answer_on(facts, state, person, day)
        if before is not None and before[0] == key[0]:  # the same answer: its basis, forum or a situation's duties changed
            said = (f"{key[0]} on another basis or forum on {day.isoformat()}" if person
                    else f"a situation's duties changed on {day.isoformat()}")
        if key != before:
            out.append(said)
            before = key
    return out


def _range_day(facts: Facts, state: str | None, person: str | None, span: str, said: str) -> tuple[str, str | None, bool]:
    """The day a question naming a range longer than a month ('between 2023 and 2025', 'the summer of 2024') asks about:
    that of the one recorded trip of the person to the State within it (as for a month); else, where one answer holds on
    every day of it, its first day; refused, naming the trips and the days the answer changes, otherwise. A range with no
    State is refused (the travel map is of one day)."""
    first, last = (dt.date.fromisoformat(d) for d in span.split("/"))
    start = f"'{said}' names a range of days ({first.isoformat()} to {last.isoformat()})"
    if not state:
        raise QuestionError(f"{start}, and a person's travel map is of one day: ask about one day, YYYY-MM-DD, or name a "
                            "State")
    trips: list[tuple[str, str]] = []
    if person:
        trips = sorted(((e.date, key) for key, e in facts.records.events.items()
                       if e.person == person and e.state == state and first <= DateSpan.parse(e.date).first <= last),
                       key=lambda t: (date_sort_key(t[0]), t[1]))
        if len(trips) == 1 and len(trips[0][0]) >= 7:
            day, key = trips[0]
            return (_month_day(facts, state, person, day, key, said, span) if len(day) == 7 else day), key, False
    seen = _answers_over(facts, state, person, first, last)
    if len(seen) == 1:
        return first.isoformat(), None, True
    held = (f"; the record holds {len(trips)} trips of {facts.records.persons[person].name} to "
            f"{facts.records.states[state].name} then ({', '.join(d for d, _ in trips)})" if person and trips else "")
    changes = ", ".join(seen[:6]) + (f" and {len(seen) - 6} more changes" if len(seen) > 6 else "")
    raise QuestionError(f"{start}{held}, and the answer changes within it ({changes} onwards): ask about one day, "
                        "YYYY-MM-DD")



#: A day named by an act the record dates ('on the day he was arrested', 'the day after the warrant was unsealed', 'after
#: his surrender', 'before his arrest', 'on the day its withdrawal took effect'; since round 23 also 'the day after his
#: acquittal', 'the day after her warrant was withdrawn', 'on the day it released him', 'the day it deposited its
#: instrument of ratification'): the words before it say which day or
#: span ('the day' is that day; 'the day after', 'the day before' one day from it; 'after', 'before', 'since', 'until'
#: the span it opens or closes, read as any such span is), the act names the kind of entry of the person's warrants or
#: of the State's acts under the Statute that dates it (see _act_days). A visit is left to _VISIT ('during his visit'),
#: but 'the day after his visit' counts from the day of the one recorded visit.
#: The person named by his name where a pronoun may stand (round 24: 'the day after Ongwen was convicted', 'the day
#: after Putin's warrant was issued', 'after Gaddafi's death'): up to four capitalised words; _read_act reads them as a
#: person of the record, the question's own or, where it names none elsewhere, the one they name, and refuses them
#: otherwise. Since round 30 a word after the first may open with a lower-case particle joined by a hyphen ('Saif
#: al-Islam', 'Mahmoud al-Werfalli'), as the record writes such names.
_NAMED = r"(?-i:[A-Z][\w\-’']*)(?:\s+(?-i:(?:[a-z]{1,3}-)?[A-Z][\w\-’']*)){0,3}"
_HE = rf"(?:he|she|{_NAMED})"
_HIS = rf"(?:his|her|{_NAMED}['’]s)"
_PERSON_ACTS = {
    "arrested": rf"{_HE}\s+was\s+(?:arrested|detained|apprehended|captured)|{_HIS}\s+(?:arrest|detention|capture)(?!\s+warrant)|"
                r"(?:it|they)\s+(?:arrested|detained|apprehended|captured)\s+(?:him|her)|"
                # round 25: the arrest told with its agent, a State by its name or demonym ('the day after Italian police
                # arrested him', 'the French authorities detained him'): the arrest by that State (_act_days)
                # (the words for who acts, 'police', 'authorities', are data: question_words.yaml, `act_agents`)
                rf"(?:the\s+)?(?P<agent>{_NAMED}?)\s+(?P<agent_words>(?:(?-i:[a-z])[\w\-]*\s+){{0,3}}?)"
                r"(?:arrested|detained|apprehended|captured)\s+(?:him|her)",
    "surrendered": rf"{_HE}\s+was\s+(?:surrendered|handed\s+over|transferred)(?:\s+to\s+(?:the\s+)?(?:ICC|Court|Hague))?|"
                   # round 25: a surrender the person made to the Court ('he surrendered to the ICC', 'he gave himself up
                   # to the Court'); with no destination named it is 'gave_up' below
                   rf"{_HE}\s+(?:surrendered|gave\s+(?:himself|herself)\s+up|turned\s+(?:himself|herself)\s+in|handed\s+"
                   r"(?:himself|herself)\s+over)\s+to\s+(?:the\s+)?(?:ICC|(?:International\s+Criminal\s+)?Court|Hague)|"
                   rf"{_HIS}\s+(?:surrender|transfer|handover|hand-over)|"
                   r"(?:it|they)\s+(?:surrendered|transferred|handed)\s+(?:him|her)(?:\s+over)?",
    "released": rf"{_HE}\s+was\s+(?:released|freed|set\s+free)|{_HIS}\s+release|(?:it|they)\s+(?:released|freed)\s+(?:him|her)",
    "acquitted": rf"{_HE}\s+was\s+acquitted|{_HIS}\s+acquittal",
    # round 24: a conviction, and the end of a case by a finding of inadmissibility or by the proceedings' termination,
    # each from the warrant's statuses as an acquittal is
    "convicted": rf"{_HE}\s+was\s+(?:convicted|found\s+guilty)|{_HIS}\s+conviction",
    "case_inadmissible": rf"(?:the|{_HIS})\s+case\s+(?:against\s+(?:him|her)\s+)?was\s+(?:declared|found|ruled|held)\s+inadmissible|"
                         r"the\s+(?:ICC|Court|(?:Pre-Trial\s+|Trial\s+|Appeals\s+)?Chamber|judges)\s+(?:declared|found|ruled|held)\s+"
                         rf"(?:the|{_HIS})\s+case\s+(?:against\s+(?:him|her)\s+)?inadmissible",
    "proceedings_terminated": rf"(?:the|{_HIS})\s+(?:case|proceedings)\s+(?:against\s+(?:him|her)\s+)?(?:was|were)\s+"
                              r"(?:terminated|discontinued)|the\s+termination\s+of\s+(?:the\s+)?(?:case|proceedings)"
                              r"(?:\s+against\s+(?:him|her))?|"
                              r"the\s+(?:ICC|Court|(?:Pre-Trial\s+|Trial\s+|Appeals\s+)?Chamber|judges)\s+terminated\s+"
                              rf"(?:the|{_HIS})\s+(?:case|proceedings)(?:\s+against\s+(?:him|her))?",
    "warrant_withdrawn": rf"(?:the|{_HIS})\s+(?:arrest\s+)?warrant\s+(?:(?:against|for)\s+(?:him|her)\s+)?was\s+"
                         r"(?:withdrawn|vacated|cancell?ed|revoked|lifted|rescinded)|"
                         rf"the\s+(?:withdrawal|cancell?ation|revocation|vacating)\s+of\s+(?:the|{_HIS})\s+(?:arrest\s+)?warrant|"
                         rf"the\s+(?:ICC|Court)\s+(?:withdrew|vacated|cancell?ed|revoked|lifted)\s+(?:the|{_HIS})\s+(?:arrest\s+)?warrant",
    # round 30: a death told as reported ('he was reported killed', 'reportedly killed', 'reported dead', 'his reported
    # death') or as 'shot dead': the record's death, which it holds as reported where its confidence is not high
    "deceased": rf"{_HE}\s+(?:died|was\s+(?:(?:reportedly|reported(?:\s+to\s+have\s+been)?)\s+)?(?:killed|shot\s+dead)|"
                r"was\s+reported\s+(?:dead|to\s+have\s+died))|"
                rf"{_HIS}\s+(?:reported\s+)?death",
    # round 25: giving himself up with no destination named ('the day after he turned himself in'): the record dates the
    # surrender to the Court, which may be days later (a person who walks into an embassy or gives himself up to
    # fighters is surrendered to the Court after), so it is refused, naming the day the record holds
    "gave_up": rf"{_HE}\s+(?:gave\s+(?:himself|herself)\s+up|turned\s+(?:himself|herself)\s+in|handed\s+(?:himself|herself)\s+"
               r"over)(?!\s+to\s+(?:the\s+)?(?:ICC|(?:International\s+Criminal\s+)?Court|Hague))",
    # round 25: a loss of office ('the day after he was ousted', 'after he left office'): the end of an office the
    # record holds of the person (its ``offices``)
    "office_ended": rf"{_HE}\s+(?:was\s+(?:ousted|deposed|overthrown|toppled|removed\s+from\s+(?:office|power))|left\s+office|"
                    rf"lost\s+power|stepped\s+down|resigned)|{_HIS}\s+(?:ouster|ousting|overthrow|removal\s+from\s+(?:office|power)|"
                    r"resignation)",
    # round 24: 'the ICC issued a warrant for his arrest', 'a warrant was issued for her arrest' (before, the first was
    # read silently as the day of the person's recorded arrest)
    "issued": rf"(?:the|a|an|{_HIS})\s+(?:arrest\s+)?warrant\s+(?:(?:against|for)\s+(?:him|her|(?:his|her)\s+arrest)\s+)?was\s+issued"
              r"(?:\s+(?:against\s+(?:him|her)|for\s+(?:his|her)\s+arrest))?|"
              rf"the\s+(?:arrest\s+)?warrant['’]s\s+issue|the\s+issue\s+of\s+(?:the|{_HIS})\s+(?:arrest\s+)?warrant|"
              r"the\s+(?:ICC|Court|(?:Pre-Trial\s+)?Chamber|judges)\s+issued\s+(?:a|an|the|his|her)\s+(?:arrest\s+)?warrant"
              r"(?:\s+(?:against\s+(?:him|her)|for\s+(?:him|her|(?:his|her)\s+arrest)))?",
    "unsealed": rf"(?:the|{_HIS})\s+(?:arrest\s+)?warrant\s+(?:(?:against|for)\s+(?:him|her)\s+)?was\s+(?:unsealed|made\s+public)|"
                rf"the\s+(?:arrest\s+)?warrant['’]s\s+unsealing|the\s+unsealing\s+of\s+(?:the|{_HIS})\s+(?:arrest\s+)?warrant|"
                rf"the\s+(?:ICC|Court|(?:Pre-Trial\s+)?Chamber|judges)\s+unsealed\s+(?:the|{_HIS})\s+(?:arrest\s+)?warrant"
                r"(?:\s+(?:against|for)\s+(?:him|her))?",
    "visit": rf"{_HIS}\s+(?:(?:recent|state|official|last|latest|first)\s+)?(?:visit|trip|stay|stopover)|"
             # round 31: a clause of his arrival ('the day after he landed in Ulaanbaatar', 'the month after he visited
             # Budapest') names the recorded visit as 'his visit' does; it was refused as naming no day
             r"(?:he|she)\s+(?:landed|arrived|visited)",
}
#: The name at the head of a person's act ('Ongwen was convicted', "Putin's warrant was issued"), read by _read_act.
_ACT_NAMED = re.compile(rf"(?P<name>{_NAMED}?)(?:['’]s\b|\s+(?:was|died)\b)")
#: A State's acts under the Statute named by a clause ('a year after it notified its withdrawal') are data (round 27):
#: question_words.yaml, ``state_acts``, read into the lexicon's ``act`` pattern with the person's acts above.
_ACT_WHAT = {"arrested": "arrest", "surrendered": "surrender to the Court", "released": "release", "deceased": "death",
             "acquitted": "acquittal", "warrant_withdrawn": "withdrawal of a warrant of arrest", "convicted": "conviction",
             "case_inadmissible": "finding that the case is inadmissible", "proceedings_terminated": "termination of the proceedings",
             "issued": "issue of a warrant of arrest", "gave_up": "surrender to the Court", "office_ended": "end of an office", "unsealed": "unsealing of a warrant of arrest", "visit": "visit",
             "withdrawal_effective": "withdrawal taking effect", "withdrawal_notified": "notification of withdrawal",
             "withdrawal_announced": "announcement of withdrawal", "withdrawal_revoked": "revocation of a withdrawal",
             "declaration_12_3": "Art. 12(3) declaration", "signature": "signature", "entry_into_force": "entry into force of the Statute", "ratification": "ratification or accession"}
_ACT_HEAD = (r"(?P<pre>\b(?:(?:on\s+)?the\s+(?:very\s+)?day\s+(?:(?P<shift>after|before)\s+)?(?:of\s+|that\s+|when\s+)?|"
                  # round 24: a time counted from the act ('a year after it notified its withdrawal', 'two days after
                  # his arrest'), read as that day; it had been read as the span after the act, or, beside 'still', as now
                  r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?P<unit>day|week|month|year)s?\s+"
                  r"(?P<cshift>after|before)\s+|"
                  # round 29: 'the week before its withdrawal took effect' is the seven days before the act (after it: the
                  # seven days after), a span of days; it was read as all the days before the act, or, beside 'still', as now
                  # round 31: 'the month before' an act is the month of days ending the day before it (after it: the
                  # month from the next day); it was read as every day before the act
                  r"(?:the|that)\s+(?P<punit>week|fortnight|month)\s+(?P<pshift>after|before)\s+|"
                  r"(?P<rel>after|before|since|until|till)\s+))(?P<act>")


def _act_pattern(state_acts: dict[str, list[str]]) -> re.Pattern[str]:
    """The clause naming an act the record dates, after the words placing the day from it (_ACT_HEAD): a person's acts
    (_PERSON_ACTS) and a State's (``state_acts``, from question_words.yaml)."""
    acts = {**_PERSON_ACTS, **{k: "|".join(v) for k, v in state_acts.items()}}
    return re.compile(_ACT_HEAD + "|".join(f"(?P<{k}>{v})" for k, v in acts.items()) + r")\b", re.I)



#: 'on the day' (or 'the day after', 'the day before') and a clause with a subject or a possessive that _ACT does not
#: read ('on the day it deposited its notification of withdrawal', 'the day after he was convicted'): the day such a
#: clause names is unknown, so the question is refused, naming it, where it names no day itself (round 23: the first
#: was read silently as the day of the person's one recorded visit). A clause of his travel ('the day he arrived', 'the
#: day of his visit') is left to the recorded visits.
_UNREAD_ACT = re.compile(r"\b(?:on\s+)?the\s+(?:very\s+)?day\s+(?:(?:after|before)\s+)?(?:of\s+|that\s+|when\s+)?"
                         r"(?:he|she|it|they|his|her|its|their|the\s+(?:ICC|Court|Chamber|judges|Prosecutor|(?:Security\s+)?Council))\b(?!\s+(?:arrived|landed|visited|came|flew|went|travell?ed|"
                         r"attended|was\s+(?:there|in|at)|(?:visit|trip|arrival|stay|stopover)\b))(?:\s+[^\W\d_]+){1,6}", re.I)


#: A count from a clause the reading does not know ('six months after the Sahel states announced their withdrawal', 'a
#: year after it hosted the summit'): refused as 'the day after' such a clause is, not dropped for the day asked (round
#: 26: both had been read as asked today).
_UNREAD_COUNT = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:day|week|month|year)s?\s+"
                           r"(?:after|before)\s+(?:he|she|it|they|his|her|its|their|the|a|an)\b(?:\s+[^\W\d_]+){1,6}", re.I)


#: A State named where its pronoun stands in a clause naming its act (round 29: 'a year after Burundi notified its
#: withdrawal', "the day after Palestine's accession", "after the Philippines' withdrawal took effect"): the name after
#: the words that open such a clause, with 'the' and a possessive; _state_pronoun reads it as 'it' or 'its' where the
#: State's act is then read there, as a person's name stands for 'he' or 'his' (round 24).
_STATE_AS_PRONOUN = re.compile(rf"\b(?:after|before|since|until|till|day|of|that|when)\s+(?P<name>(?:the\s+)?{_NAMED})", re.I)


def _state_pronoun(facts: Facts, text: str) -> tuple[str, str | None]:
    """``text`` with the name of a State (or its possessive) written 'it' (or 'its') where it heads a clause naming the
    State's act under the Statute, and that State's ISO3; ``text`` unchanged and None where no such clause names one.
    A name of two or three letters counts only in capitals (an ISO code: 'the US', never the word 'It')."""
    act = _lexicon(facts).act
    for m in _STATE_AS_PRONOUN.finditer(text):
        start = m.start("name")
        words = list(re.finditer(r"\S+", m.group("name")))
        for n in range(len(words), 0, -1):
            end = start + words[n - 1].end()
            said = text[start:end]
            poss = re.search(r"['’]s?$", said)
            base = said[:poss.start()] if poss else said
            bare = re.sub(r"^the\s+", "", base, flags=re.I)
            if len(bare) <= 3 and not bare.isupper():
                continue
            try:
                iso3 = facts.state(bare).iso3
            except Exception:  # noqa: BLE001 - words that name no State are no pronoun
                continue
            written = text[:start] + ("its" if poss else "it") + text[end:]
            read = act.search(written)
            if read and read.start("act") <= start < read.end("act") and not any(
                    read.group(k) for k in _PERSON_ACTS if read.group(k) is not None):
                return written, iso3
    return text, None


def _agent_state(facts: Facts, agent: str, said: str) -> str:
    """The State an act's agent names ('Italian' of 'Italian police', 'Germany' of 'Germany arrested him'), by its
    demonym or its name; refused, naming it, where it names none or several."""
    states = set(_demonyms(facts).get(normalise_name(agent), frozenset()))
    if not states:
        try:
            states = {facts.state(agent).iso3}
        except Exception:  # noqa: BLE001 - any failure to read the name is the refusal below
            states = set()
    if len(states) != 1:
        raise QuestionError(f"'{said}' names an arrest by '{agent}', which the reading does not read as one State: ask "
                            "about its day, YYYY-MM-DD")
    return next(iter(states))


def _act_days(facts: Facts, state: str | None, person: str | None, kind: str, said: str,
              agent: str | None = None, text: str = "") -> tuple[str, str]:
    """The one day the record dates the act ``kind`` of the person (his warrants' statuses: an arrest, a surrender, a
    release, a conviction, an acquittal, a case found inadmissible or ended, a death; a warrant of arrest's issue,
    unsealing or withdrawal) or of the State (its acts under the Statute), and how it
    read it; refused, naming what the record holds, where it holds none, several days (an arrest by the State asked
    about is taken where it is the one), or a day it dates only to its month or year."""
    subject = person if kind in _PERSON_ACTS else state
    if subject is None:
        raise QuestionError(f"'{said}' names a time by {'a person' if kind in _PERSON_ACTS else 'a State'}'s act, but the "
                            "question names no " + ("person" if kind in _PERSON_ACTS else "State") + ": ask about its day, YYYY-MM-DD")
    if kind == "visit":
        assert state is not None and person is not None
        # the words naming the visit alone ('his visit', 'he landed'), whatever places the day from it ('the week before
        # his visit' had been searched whole, found no visit and failed on an empty day: round 31)
        core = re.search(r"\b(?:he|she)\s+\w+$|\b(?:his|her|their|[^\W\d_]+['’]s)\s+.*$", said, re.I)
        words = core.group(0) if core else said
        m = _VISIT.search(f"when {words}" if re.match(r"(?:he|she)\b", words, re.I) else f"during {words}")
        if not m:
            raise QuestionError(f"'{said}' names a visit the reading does not read: ask about its day, YYYY-MM-DD")
        day, key = _visit_day(facts, state, person, m, text)
        return day, f"the day of the recorded visit {key}"
    if kind in _PERSON_ACTS:
        name = facts.records.persons[subject].name
        # the end of a case, a verdict or a death is dated on a summons to appear as on a warrant of arrest (round 24:
        # 'the day after the case against Sang was terminated'); an arrest, a surrender and a warrant's own acts only on
        # a warrant of arrest
        ends = kind in ("convicted", "acquitted", "proceedings_terminated", "case_inadmissible", "deceased")
        warrants = [w for w in facts.warrants_of(subject) if w.kind == "arrest_warrant" or (ends and w.kind == "summons_to_appear")]
        acts: list[tuple[str | None, str | None]]  # each act's day (None where undated) and the State that acted
        if kind in ("issued", "unsealed"):
            acts = [(w.issued if kind == "issued" else w.unsealed, None) for w in warrants]
        elif kind == "office_ended":
            acts = [(str(o.end), o.state) for o in facts.records.persons[subject].offices if o.end]
        else:
            status = "surrendered" if kind == "gave_up" else kind
            acts = [(h.date, h.by_state) for w in warrants for h in w.status_history if h.status == status]
        days: list[tuple[str, str | None]] = [(d, by) for d, by in acts if d]
        what, whose = _ACT_WHAT[kind], f"of {name}"
        if kind == "arrested" and agent:  # 'the day after Italian police arrested him': the arrest by that State
            by_agent = _agent_state(facts, agent, said)
            days = [(d, by) for d, by in days if by == by_agent]
            whose = f"of {name} by {facts.records.states[by_agent].name}"
        elif kind == "arrested" and len({d for d, _ in days}) > 1 and state and len({d for d, by in days if by == state}) == 1:
            days = [(d, by) for d, by in days if by == state]  # 'on the day he was arrested', asking the arresting State
        if kind == "gave_up":
            held = ", ".join(sorted({d for d, _ in days})) or "none"
            raise QuestionError(f"'{said}' names the day {name} gave up to the authorities, which the record does not date as "
                                f"such: it dates only the surrender to the Court ({held}), which may be days later: ask about its day, "
                                "YYYY-MM-DD")
    else:
        st = facts.records.states[subject]
        actions = ("ratification", "accession") if kind == "ratification" else (kind,)
        days = [(p.date, None) for p in st.participation if p.instrument == "rome-statute" and p.action in actions]
        what, whose = _ACT_WHAT.get(kind, kind.replace("_", " ")), (f"by {st.name}" if kind in ("ratification", "withdrawal_notified", "withdrawal_announced", "withdrawal_revoked",
                                                                  "declaration_12_3", "signature")
                                         else f"for {st.name}")
    found = sorted({d for d, _ in days})
    if not found:
        raise QuestionError(f"'{said}' names a time by an act, the {what} {whose}, which the record does not hold: ask "
                            "about its day, YYYY-MM-DD")
    if len(found) > 1:
        raise QuestionError(f"'{said}' may mean any of the record's days of the {what} {whose} ({', '.join(found)}): ask "
                            "about one of those days")
    if len(found[0]) < 10:
        raise QuestionError(f"'{said}' names the {what} {whose}, which the record dates only to {found[0]}: ask about "
                            "one day, YYYY-MM-DD")
    return found[0], f"the {what} {whose} on {found[0]}, as the record dates it"


def _counted(day: dt.date, count: int, unit: str) -> dt.date:
    """``day`` moved by ``count`` days, weeks, months or years (a month or year later on the same day of the month, or
    on the month's last day where it has no such day: a year after 29 February 2024 is 28 February 2025)."""
    if unit in ("day", "week"):
        return day + dt.timedelta(days=count * (7 if unit == "week" else 1))
    year, month = divmod(day.year * 12 + day.month - 1 + count * (12 if unit == "year" else 1), 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _names_a_day(text: str, today: dt.date) -> bool:
    """Whether ``text`` names a day, a month, a year or a span itself ('the day after his surrender on 1 December 2025'
    counts from the day it names, not from the record's)."""
    try:
        return _day(text, today)[1]
    except QuestionError:
        return True  # a day it names but cannot read: refused as such, not read from the act


def _read_act(facts: Facts, text: str, today: dt.date, act: re.Match[str], act_state: str | None = None) -> dict[str, Any]:
    """Read a question whose day is named by an act the record dates (_ACT): the State and the person are read with
    the act's words set aside, the act's day found (_act_days), and the question read again with that day (or span)
    written in place of the words, so every rule for days and spans applies; the reading says how (``day_from_act``)."""
    said = act.group(0).strip()
    if len(list(_lexicon(facts).act.finditer(text))) > 1:
        raise QuestionError(f"the question names its day by several acts ('{said}', ...): ask about one day, YYYY-MM-DD")
    kind = next(k for k in (*_PERSON_ACTS, *_lexicon(facts).state_acts) if act.group(k))
    name = _ACT_NAMED.match(act.group("act")) if kind in _PERSON_ACTS else None
    keep = ""  # the person's name, kept in the question where the act's words alone named him
    try:
        set_aside: dict[str, Any] | None = read_question(facts, f"{text[:act.start()]} on {today.isoformat()} {text[act.end():]}", today)
    except QuestionError:
        if not name and not act_state:
            raise
        set_aside = None  # 'arrest him the day after Gaddafi's death': the person is named only in the act's words
    if not name and act_state and (set_aside is None or set_aside["state"] is None):
        # session 42: 'Since Burkina Faso announced its withdrawal, must it arrest Kony?': the State is named only in the
        # act's words, the rest asking of it by a pronoun; it is kept, as a person named only there is
        keep = facts.records.states[act_state].name
        set_aside = read_question(facts, f"{text[:act.start()]} {keep} on {today.isoformat()} {text[act.end():]}", today)
    if name:
        named = _person_in(facts, name.group("name").split())
        if named is None:
            raise QuestionError(f"'{said}' names a time by the act of '{name.group('name')}', whom the record does not "
                                "hold as one person: ask about its day, YYYY-MM-DD")
        if set_aside is None or set_aside["person"] is None:
            keep = name.group("name")
            set_aside = read_question(facts, f"{text[:act.start()]} {keep} on {today.isoformat()} {text[act.end():]}", today)
        if set_aside["person"] != named:
            raise QuestionError(f"'{said}' names a time by an act of {facts.records.persons[named].name}, not of the person "
                                "asked about: ask about its day, YYYY-MM-DD")
    assert set_aside is not None
    if act_state and set_aside["state"] != act_state:  # 'the day after Hungary's withdrawal took effect', asking of another
        named = facts.records.states[act_state].name
        raise QuestionError(f"'{said}' names a time by an act of {named}, " + (
            f"not of the State asked about ({set_aside['state_name']})" if set_aside["state"] else "but the question asks of no State")
            + ": ask about its day, YYYY-MM-DD")
    agent = act.group("agent") if kind == "arrested" else None
    if agent:
        words = [w for w in act.group("agent_words").split() if not w.casefold().endswith("ly")]  # 'formally', 'reportedly'
        if words and normalise_name(" ".join(words)) not in _lexicon(facts).act_agents:
            raise QuestionError(f"'{said}' names an arrest by '{agent} {' '.join(words)}', which the reading does not read "
                                "as a State's police, authorities or forces: ask about its day, YYYY-MM-DD")
    day, how = _act_days(facts, set_aside["state"], set_aside["person"], kind, said, agent or None, text)
    rel, shift = (act.group("rel") or "").casefold(), (act.group("shift") or "").casefold()
    if act.group("punit"):
        unit, d = act.group("punit").casefold(), dt.date.fromisoformat(day)
        if unit == "month":  # a month later or earlier on the same day of the month (_counted)
            first, last = ((_counted(d, -1, "month"), d - dt.timedelta(days=1)) if act.group("pshift").casefold() == "before"
                           else (d + dt.timedelta(days=1), _counted(d, 1, "month")))
        else:
            span = 7 if unit == "week" else 14
            first, last = ((d - dt.timedelta(days=span), d - dt.timedelta(days=1)) if act.group("pshift").casefold() == "before"
                           else (d + dt.timedelta(days=1), d + dt.timedelta(days=span)))
        written = f"from {first.isoformat()} to {last.isoformat()}"
    elif act.group("count"):
        count = _NUMBER_WORDS.get(act.group("count").casefold()) or int(act.group("count"))
        sign = 1 if act.group("cshift").casefold() == "after" else -1
        written = f"on {_counted(dt.date.fromisoformat(day), sign * count, act.group('unit').casefold()).isoformat()}"
    elif rel:
        written = f"{rel} {day}"
    else:
        d = dt.date.fromisoformat(day) + dt.timedelta(days={"after": 1, "before": -1}.get(shift, 0))
        written = f"on {d.isoformat()}"
    try:
        read = read_question(facts, f"{text[:act.start()]} {keep} {written} {text[act.end():]}", today)
    except QuestionError as exc:
        raise QuestionError(f"'{said}' is read as {written} ({how}): {exc}") from None
    return {**read, "date_given": True, "day_from_act": f"'{said}': {written} ({how})"}


# 'after his surrender on 1 December 2025', 'before he landed on 2 September 2024', 'after the ICC cancelled his warrant
# on Wednesday': a clause of a few words (no other word of time or place in it) between 'after', 'before', 'since' or
# 'until' and the day it names after 'on'; the relation holds of that day, so the day is not the day asked ('the day
# after', whose count from the day named is read by _SHIFT, is left alone; a month or year after 'in', 'after his ouster
# in April 2019', names the act's month, not a day to count from, and is read as before)
# A place the clause names ('before he surrendered in Birao on 9 June 2020', 'after he flew home to Tripoli on 21
# January 2025': 'in', 'at', 'to' or 'from' and capitalised words, no month) is part of the clause (round 22: it had
# ended it, and the day itself was read silently).
_CLAUSE_PLACE = (rf"(?:in|at|to|from)\s+(?:the\s+)?(?!(?:{MONTH_NAME})\b)(?-i:[A-Z])[\w'’\-]*"
                 r"(?:\s+(?!on\b)(?-i:[A-Z])[\w'’\-]*){0,3},?\s+")
_REL_CLAUSE = re.compile(r"(?<!day )\b(?P<rel>after|before|since|until|till)\s+(?P<clause>(?:" + _CLAUSE_PLACE + r"|(?!(?:on|in|at|"
                         r"during|after|before|since|until|till|from|to|the\s+day)\b)[\w'’\-]+,?\s+){1,8}?)(?P<prep>on)\s+"
                         rf"(?=\d|(?:{MONTH_NAME})\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I)


def _bind_relation(text: str) -> str:
    """``text`` with each 'after/before/since/until CLAUSE on DAY' written 'CLAUSE after/before/since/until DAY', so the
    relation is read of the day it names (a span of days, by the rule for ranges), not the day itself."""
    return _REL_CLAUSE.sub(lambda m: f"{m.group('clause').strip().rstrip(',')} {m.group('rel')} ", text)


#: Words that place the person in the State's airspace (an overflight) or on a stop on the way elsewhere (a transit): the
#: arrest question is then asked for that presence (law/airspace.py), not as a visit.
_AIRSPACE = re.compile(r"\b(?:fl(?:y|ies|ew|ying|own)\s+(?:over|across|through)|overfl(?:y|ies|ew|own|ying|ight|ights)|over-flights?"
                       r"|air\s?space|crossed\s+(?:\w+\s+){0,2}(?:skies|sky)"
                       # round 24: acting against an aircraft in flight ('force his jet to land', 'intercept his plane',
                       # 'divert Netanyahu's aircraft') places him in the airspace (it was read as a stay on the territory)
                       r"|(?:forc(?:e|es|ed|ing)|order(?:s|ed|ing)?)\s+(?:[\w'’\-]+\s+){0,3}(?:plane|jet|aircraft|airplane|flight)s?\s+"
                       r"(?:to\s+land|down)|(?:intercept|divert)(?:s|ed|ing)?\s+(?:[\w'’\-]+\s+){0,3}(?:plane|jet|aircraft|airplane|flight)s?"
                       # round 29: the same acts told in the passive ("if Putin's plane were forced to land in Estonia", 'his
                       # jet was intercepted'): read as a stay on the territory
                       r"|(?:plane|jet|aircraft|airplane|flight)s?\s+(?:(?:was|were|is|are|be|been|being|got|gets?)\s+)+"
                       r"(?:(?:forced|ordered)\s+(?:to\s+land|down)|intercepted|diverted))\b",
                       re.IGNORECASE)
_TRANSIT = re.compile(r"\b(?:transit(?:ed|ing|s)?|stop-?overs?|lay-?overs?|refuel(?:l?ing|l?ed|s)?(?:\s+stop)?|technical\s+stop|"
                      # round 24: a change of planes on the way ('change planes in Turkmenistan on his way to India')
                      r"chang(?:e|es|ed|ing)\s+(?:planes|aircraft|flights)|connecting\s+flights?|"
                      # a stop with the onward journey named (round 23: 'stop in China on his way to Mongolia')
                      r"stop(?:s|ped|ping)?(?=\b.*\b(?:on\s+(?:his|her|its|their|the)\s+way|en\s+route)\b))\b",
                      re.IGNORECASE)
#: A recorded trip's kind, as the presence it asks about.
_TRIP_PRESENCE = {"overflight": "airspace", "transit": "transit"}


def _presence(facts: Facts, text: str, kind: str, from_event: str | None) -> str:
    """Where an arrest question places the person: ``airspace`` where it speaks of a flight over the State or its
    airspace, ``transit`` where it speaks of a transit stop, else the kind of the recorded trip whose day it took; else
    ``territory``."""
    if kind != "arrest":
        return "territory"
    if _AIRSPACE.search(text):
        return "airspace"
    if _TRANSIT.search(text):
        return "transit"
    trip = facts.records.events[from_event].trip if from_event and from_event in facts.records.events else None
    return _TRIP_PRESENCE.get(trip or "", "territory")


#: The record's actions that put a person in a State's hands, for a question asking who did (round 37).
CUSTODY_ACTIONS = ("arrest", "arrest_and_release", "surrender")


def lexicon_first_person(facts: Facts) -> list[re.Pattern[str]]:
    """The ways a speaker names their own State (question_words.yaml, `first_person`; round 37)."""
    return _lexicon(facts).first_person


#: Where a sentence begins: after a full stop, a question or exclamation mark and a space.
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+")


def _asks_custody(lexicon: _Lexicon, text: str) -> bool:
    """Whether a sentence of ``text`` asks who arrested or surrendered the person, or where he is held (question_words.yaml,
    `custody_questions`, each read at a sentence's start): the question itself ('Who surrendered Duterte?') or the one
    after a sentence that tells ('Duterte was flown to The Hague. Who surrendered him?'; session 32)."""
    return any(p.search(piece) for piece in _SENTENCE_START.split(text) for p in lexicon.custody)


def _custody_spans(lexicon: _Lexicon, text: str) -> list[tuple[int, int]]:
    """Where in ``text`` the sentences asking who arrested or surrendered the person are (see _asks_custody)."""
    spans, at = [], 0
    for piece in _SENTENCE_START.split(text):
        start = text.index(piece, at)
        at = start + len(piece)
        if any(p.search(piece) for p in lexicon.custody):
            spans.append((start, at))
    return spans


def _custody_verb_spans(lexicon: _Lexicon, text: str) -> list[tuple[int, int]]:
    """Where in ``text`` the words of a `custody_questions` pattern stand (from the sentence's start to its verb)."""
    spans, at = [], 0
    for piece in _SENTENCE_START.split(text):
        start = text.index(piece, at)
        at = start + len(piece)
        spans += [(start + m.start(), start + m.end()) for p in lexicon.custody if (m := p.search(piece))]
    return spans


def forum_responses(facts: Facts, state: str, forum: str, last: dt.date | None = None) -> list[dict[str, Any]]:
    """The Court's findings of non-compliance against ``state`` (Art. 87(7)), oldest first, each with where it was referred
    and the responses of ``forum`` (ASP or UNSC) the record ties to it (data/responses), and the record's note where it
    searched for one and found none (``responses_gap``); an empty list where the record holds no finding (session 32).
    With ``last`` (session 33), the findings and responses that may be dated on or before it, as the dashboard's
    /ask/responses and /api/v1/states/{iso3}/responses list them ('... against Sudan in 2012?': none of 2015)."""
    from iccwatch.assess.gaps import _response_row
    from iccwatch.service.common import on_or_before

    findings = sorted((d for d in facts.records.decisions.values() if d.finding == "non_compliance" and d.state == state
                       and on_or_before(str(d.date), last)), key=lambda d: (date_sort_key(d.date), d.id))
    return [{"finding": d.id, "date": str(d.date), "referred_to": d.referred_to, "responses_gap": d.responses_gap,
             "responses": [_response_row(r) for r in sorted(facts.records.responses.values(), key=lambda r: date_sort_key(r.date))
                           if r.body == forum and d.id in r.about_decisions() and on_or_before(str(r.date), last)]}
            for d in findings]


def custody_events(facts: Facts, person: str, on: str | None = None) -> list[dict[str, Any]]:
    """The record's arrests and surrenders of ``person``, oldest first: the State, its name, the day, the action, the
    event's id and its sources' addresses (round 37); an empty list where the record holds none. With ``on`` (a day,
    YYYY-MM-DD), those that may be dated on or before it (session 32); each with its stages (``custody_stages``: the
    handover dated apart from the arrest, its sources' addresses; session 33)."""
    last = dt.date.fromisoformat(on) if on and len(on) == 10 else None
    rows = []
    for key, e in custody_records(facts, person, last):
        stages = custody_stages(e, last)
        if "surrendered_sources" in stages:
            stages["surrendered_sources"] = [str(src.url) for src in stages["surrendered_sources"]]
        rows.append({"state": e.state, "state_name": facts.records.states[e.state].name if e.state in facts.records.states else e.state,
                     "on": str(e.date), "action": e.action, "event": key, "sources": [str(src.url) for src in e.sources], **stages})
    return rows


#: How a custody event's act is said where the record does not date the handover apart from the arrest.
CUSTODY_VERBS = {"surrender": "arrested and surrendered to the Court", "arrest": "arrested", "arrest_and_release": "arrested, then released"}


def custody_stages(e: Any, on: dt.date | None) -> dict[str, Any]:
    """The stages of a custody event as at ``on`` (session 33): ``arrested_on`` (the event's ``date``) and, for a surrender
    whose handover the record dates apart (``surrendered``), ``surrendered_on`` with ``surrendered_sources`` (the event's
    sources that state that day) where the handover may fall on or before ``on``, else ``surrender_pending`` (arrested,
    not yet handed to the Court on ``on``: the law as at the date, the later day not told); ``surrendered_unknown`` (why
    the record does not date it) where it says so. A record with neither dates both at ``date`` (written before the field)."""
    from iccwatch.service.common import on_or_before

    out: dict[str, Any] = {"arrested_on": str(e.date)}
    if e.surrendered is not None:
        if on_or_before(e.surrendered.date, on):
            out.update(surrendered_on=e.surrendered.date, surrendered_sources=e.handover_sources())
        else:
            out["surrender_pending"] = True
    elif e.surrendered_unknown:
        out["surrendered_unknown"] = e.surrendered_unknown
    return out


def custody_said(row: dict[str, Any], person_name: str) -> str:
    """One custody event in words: "arrested on A by S; surrendered to the Court on B" where the record dates the handover
    apart (or says it was not yet made on the day asked, or why it is not dated); the older "A: S arrested and surrendered
    to the Court X" where it dates both at one day (session 33)."""
    by = f"{row['state_name']} ({row['state']})"
    if row["action"] != "surrender" or not ({"surrendered_on", "surrender_pending", "surrendered_unknown"} & set(row)):
        return f"{row['on']}: {by} {CUSTODY_VERBS.get(row['action'], row['action'])} {person_name}"
    arrested = f"{person_name} arrested on {row['arrested_on']} by {by}"
    if "surrendered_on" in row:
        return f"{arrested}; surrendered to the Court on {row['surrendered_on']}"
    if row.get("surrender_pending"):
        return f"{arrested}; not yet surrendered to the Court on the day asked"
    return f"{arrested}; surrendered to the Court on a day the record does not give ({row['surrendered_unknown']})"


def custody_records(facts: Facts, person: str, last: dt.date | None = None) -> list[tuple[str, Any]]:
    """(id, event) of the record's arrests and surrenders of ``person``, oldest first; with ``last``, those that may be
    dated on or before it (one dated only to a month or a year that runs past it is kept). The one selection the question
    reader's ``custody_events`` and the custody answer (service.ask.ask_custody) both read."""
    from iccwatch.service.common import on_or_before

    return sorted(((key, e) for key, e in facts.records.events.items() if e.person == person and e.action in CUSTODY_ACTIONS
                   and on_or_before(str(e.date), last)), key=lambda t: (date_sort_key(t[1].date), t[0]))


#: The opening words of a count ('How many', 'Combien', 'Cuántos', 'Wie viele', 'Quantos', 'Quanti'), not a list.
_COUNT_OPENING = re.compile(r"(?:how\s+many|combien|cu[aá]nt|wie\s+viele|quant)", re.I)


#: The words of a count that ask for the Court's findings, not the States they concern (round 42).
_FINDINGS = re.compile(r"\b(?:findings?|constats?|constataciones|Feststellungen|accertamenti|constatações|bevindingen)\b", re.I)


def _office_person(facts: Facts, words: list[str], on: str) -> str | None:
    """The one person of the record an office described by its State names on ``on`` ("Sudan's President", 'the
    president of Russia', 'the Sudanese president'), None where the words describe no office; refused where the record
    holds no one or several in it then (round 42: a count or list question's person, read as read_question reads it)."""
    index, codes, shared = state_name_index(facts), set(facts.records.states), _ambiguous(facts)
    offices = _lexicon(facts).offices
    for at in range(len(words)):
        for n in range(min(_LONGEST, len(words) - at), 0, -1):
            named, how = _state_in(facts, words[at:at + n], index, codes, shared)
            if len(named) != 1:
                continue
            after = _office_after(words, at + n, offices) if how == "demonym" or _POSSESSIVE.search(words[at + n - 1]) else None
            before = None if after else _office_before(words, at, offices) if how == "name" else None
            if after:
                office, former = after[0], after[2]
            elif before:
                office, former = before
            else:
                break
            former = former or (how == "demonym" and at > 0 and words[at - 1].casefold() in _FORMER)
            said = (" ".join(words[at:at + n + after[1]]) if after
                    else f"the {'former ' if former else ''}{office} of {' '.join(words[at:at + n])}")
            return _one_holder(facts, said, _office_holders(facts, next(iter(named)), office, on, former), on, former)
    return None


def _joined_together(facts: Facts, text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the two or more names at ``spans`` (start, end, code or id) are named together: the whole text between
    each two is words that join them (question_words.yaml, `named_together`; round 52)."""
    together = _lexicon(facts).together
    spans = sorted(spans)
    return len({n for _, _, n in spans}) > 1 and bool(together) and all(
        any(p.fullmatch(text[a_end:b_start]) for p in together) for (_, a_end, _), (b_start, _, _) in zip(spans, spans[1:], strict=False))


def _each_named(facts: Facts, text: str, spans: list[tuple[int, int, str]], of: str, today: dt.date,
                assume_hint: str) -> dict[str, Any] | None:
    """Round 51: two or more States or persons (``of``) named together ('Must Mongolia or Tajikistan arrest Putin?',
    'Netanyahu and Gallant', 'the same duty as Italy', 'compared with Mongolia'), each asked apart: ``spans`` are where
    ``text`` names them (start, end, the State's code or the person's id), in order. Where the whole text between each
    two is words that join them (question_words.yaml, `named_together`), the question is read once for each, the others
    and the joining words left out (the words of a pattern's one capturing group kept, 'have' of 'have the same duty as'), and the reads are
    returned together: kind ``each``, ``each_of``, ``each`` (every read). None where they are named apart (the question
    is then refused as before: 'Must Mongolia arrest Putin in Budapest?')."""
    lexicon = _lexicon(facts)
    spans = sorted(spans)
    if len({n for _, _, n in spans}) < 2 or not lexicon.together:
        return None
    keep = ""
    for (_, a_end, a), (b_start, _, b) in zip(spans, spans[1:], strict=False):
        if a == b:
            return None
        joined = next((m for p in lexicon.together if (m := p.fullmatch(text[a_end:b_start]))), None)
        if joined is None:
            return None
        keep = keep or ((joined.group(1) or "") if joined.re.groups else "")
    start, end = spans[0][0], spans[-1][1]
    head, tail = text[:start], text[end:]
    for p in lexicon.together_before:
        if m := p.search(head):
            head = head[:m.start()]
            break
    for p in lexicon.together_after:
        if m := p.match(tail):
            tail = tail[m.end():]
            break
    reads: list[dict[str, Any]] = []
    for named_at, named_end, _ in spans:
        asked = f"{head}{text[named_at:named_end]}{' ' + keep.strip() if keep else ''}{tail}"
        try:
            reads.append({**read_question(facts, asked, today=today, assume_hint=assume_hint), "asked_apart": asked})
        except QuestionError as exc:
            raise QuestionError(f"asked apart, '{asked.strip()}': {exc}") from None
    names = [facts.records.states[n].name if of == "states" else facts.records.persons[n].name for _, _, n in spans]
    first = reads[0]
    blank: dict[str, Any] = {k: False if isinstance(v, bool) else [] if isinstance(v, list) else None
                             for k, v in first.items()}
    return {**blank, "presence": "territory", "kind": "each", "each_of": of, "each": reads,
            "named_together": f"{', '.join(names[:-1])} and {names[-1]}", "on": first.get("on"),
            "date_given": first.get("date_given"), "places_not_read": [], "in_words": None}


def _read_state_list(facts: Facts, text: str, words: str, today: dt.date) -> dict[str, Any]:
    """A question asking for a count or a list (``words``, the words that ask it; session 33): refused naming the words
    where the record cannot give it (`not_counted`) or where they name no list the record holds; otherwise the list
    its words ask for (`lists`, first match first) on the day it names (today where none; a period where its first and
    last day list the same States), answered (service.state_lists.list_answer): ``kind`` states, ``list_of``,
    ``statuses``, ``count``, ``states_listed``, ``in_words`` and ``coverage_notice``."""
    from iccwatch.service.state_lists import list_answer

    table = (facts.records.lookups.get("question_words") or {}).get("state_list_questions") or {}
    for entry in table.get("not_counted") or []:
        if m := re.search(entry["words"], text, re.I):
            raise QuestionError(f"'{words}' asks for a count or a list the record cannot give ('{m.group(0)}': "
                                f"{entry['why']})")
    chosen = next((e for e in table.get("lists") or [] if any(re.search(w, text, re.I) for w in e["words"])), None)
    if chosen is None:
        raise QuestionError(f"'{words}' asks for a count or a list of States, but names none the reading counts (States "
                            "Parties, former parties, States that ratified or acceded, States the Court found failed to "
                            "arrest a person): the list of every State's relation on a day holds it (`iccwatch states "
                            "--on YYYY-MM-DD`, /api/v1/states); or ask of one State ('Is Hungary still a State Party?')")
    day_text = _bind_relation(_named_days(facts, _weekdays_in_english(facts, _other_languages(facts, text), today), today))
    on, date_given, date_spans, said = _day(day_text, today)
    first, last = DateSpan.parse(on.split("/")[0]).first, DateSpan.parse(on.split("/")[-1]).last
    part = _YEAR_PART.search(text) if len(on) == 4 else None
    if part and part.group(6) == on:
        # session 43 (round 55): a part of a year ('at the end of 2025', 'in mid-2024') is its months, as a trip's is;
        # the count was of the whole year from its first day
        months = _PART_MONTHS[next(g for g in part.groups()[:5] if g).casefold()]
        first, last = DateSpan.parse(f"{on}-{months[0]:02d}").first, DateSpan.parse(f"{on}-{months[1]:02d}").last
        on = f"{first.isoformat()}/{last.isoformat()}"
    person = None
    if chosen["list_of"] == "non_compliance":
        tokens = [m for m in _WORD.finditer(day_text) if not any(a <= m.start() < b for a, b in date_spans)]
        found = [_person_in(facts, [t.group(0) for t in tokens[i:i + n]], not any(c.isupper() for c in text))
                 for i in range(len(tokens)) for n in range(min(4, len(tokens) - i), 0, -1)]
        named = list(dict.fromkeys(p for p in found if p))
        if len(named) > 1:
            raise QuestionError("the question names several persons ("
                                + ", ".join(facts.records.persons[p].name for p in named) + "): ask of one")
        person = named[0] if named else None
        if person is None:
            # round 42: a person described by an office ("How many non-compliance findings concern Sudan's President?")
            # is its holder on the last day asked, as in a question of one State's duty; refused where the record holds
            # no one or several then (it had counted every finding, of every person)
            person = _office_person(facts, [t.group(0) for t in tokens], last.isoformat())
    # round 50: the Court's findings asked within a period ('in 2025', 'since 2020', 'between ...') are those made in it,
    # not every finding by its end ('by 2025' stays so)
    within = bool(date_spans) and bool(_WITHIN_PERIOD.search(day_text[:date_spans[0][0]])
                                       or _WITHIN_PERIOD.match(day_text[date_spans[0][0]:date_spans[0][1]].split()[0] + " "))
    answer = list_answer(facts, chosen["list_of"], list(chosen.get("statuses") or []), first, last, person, within)
    if chosen["list_of"] == "non_compliance" and any(p.search(text) for p in _lexicon(facts).repeated):
        from iccwatch.service.state_lists import found_more_than_once

        answer = {**found_more_than_once(facts, answer), "repeated": True}  # round 46: 'found in non-compliance more than once'
    if chosen["list_of"] == "non_compliance" and _FINDINGS.search(words):
        # round 42: 'How many non-compliance findings ...' counts the Chambers' findings (a finding upheld on appeal is
        # one), not the States they concern (the list still gives each State once, with its findings)
        findings = sum(1 for r in answer["states_listed"] for f in r["findings"] if not f.get("appeal_of"))
        answer = {**answer, "count": findings, "count_of": "findings", "in_words": f"{findings} findings of non-compliance, about {len(answer['states_listed'])} "
                  f"States. " + answer["in_words"]}
    not_arrested: dict[str, Any] = {}
    if chosen["list_of"] == "non_compliance" and person is not None and any(
            re.search(w, text, re.I) for w in table.get("not_arrested") or []):
        # session 49 (law64): 'Which States did not arrest Putin?' lists the Court's findings; the answer says so and
        # names the record's visits whose host had the duty on the day (the law's answer) and did not arrest him
        from iccwatch.service.record_answers import trips_answer

        trips = trips_answer(facts, person, first if within else dt.date.min, last)["records"]
        hosts = [{k: r[k] for k in ("id", "state", "date", "action", "host_status", "duty", "duty_basis", "sources")}
                 for r in trips if r["trip"] == "visit" and r.get("duty") == "obliged" and r["action"] == "no_arrest"]
        from iccwatch.service.record_answers import _name as state_name

        note = (" The list is of the Court's findings of non-compliance, not of every host that did not arrest "
                f"{facts.records.persons[person].name}. By the record's visits, the hosts that had the duty on the day "
                "(the law's answer, obliged) and did not arrest: "
                + ("; ".join(f"{state_name(facts, h['state'])} {h['date']}" for h in hosts) if hosts else "none") + ".")
        not_arrested = {"not_arrested_visits": hosts, "in_words": answer["in_words"].rstrip() + note}
    period = f"{first.isoformat()}/{last.isoformat()}" if first != last else None
    within_findings = chosen["list_of"] == "non_compliance" and within and period is not None
    return {"kind": "states", "state": None, "state_name": None, "person": person,
            "person_name": facts.records.persons[person].name if person else None, "on": answer["on"],
            "date_given": date_given, "day_from_event": None, "trip_month_only": False,
            "period_whole": period is not None and not answer["list_changes"] and not within_findings,
            "findings_within": within_findings,  # round 50: the findings made within the period asked
            "period": period, "day_from_act": None, "presence": "territory", "region": None, "custody": None,
            "custody_state": None, "custody_state_name": None, "forum": None, "responses": None, "places_not_read": [],
            "asks": "count" if _COUNT_OPENING.match(words) else "list", "list_of": chosen["list_of"],
            **({"repeated": True} if answer.get("repeated") else {}),
            "statuses": list(chosen.get("statuses") or []), "count": answer["count"], "states_listed": answer["states_listed"],
            "in_words": answer["in_words"], "coverage_notice": answer["coverage_notice"],
            # a period over which the list changes (round 41): each change, and the counts on its first and last day
            "list_changes": answer["list_changes"], "count_first": answer.get("count_first"),
            # what ``count`` counts: the States listed, or the Court's findings about them (round 42)
            "count_of": answer.get("count_of", "states"),
            "count_last": answer.get("count_last"), **not_arrested}


def _states_named(facts: Facts, words: list[str]) -> list[str]:
    """The States ``words`` name, each once, in order (a name, alias, code or demonym, longest first; a name two
    States share is no one State's)."""
    index, codes, shared = state_name_index(facts), set(facts.records.states), _ambiguous(facts)
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            named, _how = _state_in(facts, words[i:i + n], index, codes, shared)
            if len(named) == 1:
                found += [s for s in named if s not in found]
                i += n
                break
        else:
            i += 1
    return found


def _state_spans(facts: Facts, text: str, date_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where ``text`` names a State by its name, alias, code or demonym (start, end, code), outside ``date_spans``."""
    index, codes, shared = state_name_index(facts), set(facts.records.states), _ambiguous(facts)
    tokens = [m for m in _WORD.finditer(text) if not any(a <= m.start() < b for a, b in date_spans)]
    words = [m.group(0) for m in tokens]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            named, _how = _state_in(facts, words[i:i + n], index, codes, shared)
            if len(named) == 1:
                found.append((tokens[i].start(), tokens[i + n - 1].end(), next(iter(named))))
                i += n
                break
        else:
            i += 1
    return found


def _named_referral_refusal(facts: Facts, text: str, person: str, state: str | None) -> str | None:
    """Session 48 (law62): why a comparison of a person's visits by a Council referral cannot be answered for the
    referral the question names, or None. A referral is named by its resolution's number (``council_resolution``), by a
    word of its situation's name in the record ('the Darfur referral'), by the other languages' names of it
    (``referral_names``) or by a State of its situation the reader read ('the Libya referral'); none named, the
    person's own situation's referral is answered as before. Refused where the number is no referral the record holds,
    or where no referral named is one of the person's own situations' (a list by the person's own resolution would
    answer another question)."""
    from iccwatch.service import record_answers

    lex = _lexicon(facts)
    referred = [s for s in facts.records.situations.values() if s.trigger == "unsc_referral" and s.unsc_resolution]

    def citation(s: Any) -> str:
        inst = facts.records.instruments.get(s.unsc_resolution)
        return inst.citation if inst is not None else str(s.referral_instrument)

    named: dict[str, str] = {}
    numbers = [m.group(1) for m in lex.council_resolution.finditer(text)] if lex.council_resolution else []
    for n in numbers:
        hits = [s for s in referred if re.search(rf"(?<!\d){n}(?!\d)", citation(s))]
        if not hits:
            known = "; ".join(f"{citation(s)}, the situation in {s.name}" for s in referred)
            return (f"'resolution {n}' names no Security Council referral the record holds (the Council's referrals: "
                    f"{known}): ask of one of them, or 'Which States visited by {facts.records.persons[person].name} were "
                    "bound by the Security Council referral?' (the person's own situation's)")
        named.update({s.id: f"resolution {n}" for s in hits})
    for s in referred:
        words = [w for w in re.findall(r"\w{4,}", s.name)]
        pattern = lex.referral_names.get(s.id)
        if any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words) or (pattern and pattern.search(text)) \
                or (state is not None and state in (s.states or [])):
            named.setdefault(s.id, f"the referral of the situation in {s.name}")
    if not named:
        return None
    own = [facts.records.situations[x] for x in dict.fromkeys(w.situation for w in facts.warrants_of(person))
           if x in facts.records.situations]
    if any(s.id in named for s in own):
        return None
    name = facts.records.persons[person].name
    said = "; ".join(f"{citation(facts.records.situations[i])} referred the situation in {facts.records.situations[i].name}"
                     for i in named)
    how = "; ".join(f"the situation in {s.name}, " + (f"referred by {citation(s)}" if s.trigger == "unsc_referral" and s.unsc_resolution
                                                      else f"which came before the Court by {record_answers._TRIGGER_WORDS.get(s.trigger, s.trigger)}")
                    for s in own) or "no situation the record dates a warrant in"
    first_named = citation(facts.records.situations[next(iter(named))])
    return (f"the question names a referral that is not {name}'s: {said}; {name}'s warrants are in {how}. No visit of "
            f"{name} could rest on {first_named}: ask 'Which States visited by {name} were bound by the Security Council "
            "referral?' (the person's own situation's), or of one State on one day ('Was Sudan obliged to arrest ... on "
            "... ?')")


def _finding_day(facts: Facts, state: str | None, person: str | None, said: str, today: dt.date) -> tuple[dt.date, str]:
    """Session 42: the day of the Court's finding of non-compliance against ``state`` that ``said`` names ('after the
    Court found it in non-compliance', 'after the Court's finding of July 2025'): the one the record holds by ``today``
    (in the month or year the words name, if any), or the first of several, said; refused where the record holds none."""
    if state is None or person is not None:
        raise QuestionError(f"'{said.strip()}' names a time by the Court's finding against a State: ask of one State "
                            "('What did Mongolia do after the Court found it in non-compliance?')")
    findings = sorted(str(d.date) for d in facts.records.decisions.values()
                      if d.state == state and d.finding == "non_compliance" and str(d.date) <= today.isoformat()
                      and not getattr(d, "appeal_of", None))  # a judgment on appeal upholding a finding is no other finding
    within, _given, _spans, _said = _day(said, today)
    if _given:
        span = DateSpan.parse(within.split("/")[0])
        end = DateSpan.parse(within.split("/")[-1]).last
        findings = [f for f in findings if span.first.isoformat() <= f[:10] <= end.isoformat()]
    name = facts.records.states[state].name
    if not findings:
        raise QuestionError(f"'{said.strip()}': the record holds no finding of non-compliance against {name}"
                            + (" in the time named" if _given else f" by {today.isoformat()}")
                            + ": ask since a day, YYYY-MM-DD")
    first = DateSpan.parse(findings[0]).first
    words = (f"from the Court's finding of non-compliance against {name} of {findings[0]}" if len(findings) == 1 else
             f"from the first of the Court's {len(findings)} findings of non-compliance against {name} "
             f"({', '.join(findings)}): {findings[0]}")
    return first, words


def _record_read(facts: Facts, text: str, today: dt.date, answer: str, matched: str,
                 targets: list[tuple[re.Pattern[str], str, str]], forums: dict[str, re.Pattern[str]],
                 answered_by: str, modes: set[str] | frozenset[str] = frozenset(),
                 issues: dict[str, tuple[re.Pattern[str], str]] | None = None) -> dict[str, Any]:
    """A question the record answers itself (round 44): 'Did Brazil sign the joint statement of 7 February 2025?',
    'Which States signed the joint statement of ...?' (``answer`` statement), 'Which States sanctioned ICC officials?',
    'Did the United States sanction the ICC prosecutor?' (measures), 'How many findings were referred to the Assembly?'
    (referrals); answered by service.record_answers, kind ``record``, with ``asks``, ``answer``, ``records`` (the
    entries it rests on, with their sources), ``doubts`` and ``in_words``; refused naming what the record lacks
    (no statement, or several, on the day named; no day named; several States)."""
    from iccwatch.service import record_answers

    since_warrant = None
    if answer in ("trips", "visits"):
        # round 45: 'since his warrant' is dated by the record (the person's first warrant), not refused as undated
        for p in _lexicon(facts).since_warrant:
            if found_since := p.search(text):
                since_warrant = found_since.group(0)
                text = text[:found_since.start()] + " " + text[found_since.end():]
                break
    since_finding = None
    if answer == "changes":
        # session 42: 'What did Mongolia do after the Court found it in non-compliance?' is dated by the record (the
        # Court's finding against the State), not refused as undated; a month or a year in the clause picks the finding
        for p in _lexicon(facts).since_finding:
            if found_since := p.search(text):
                since_finding = found_since.group(0)
                text = text[:found_since.start()] + " " + text[found_since.end():]
                break
    day_text = _bind_relation(_named_days(facts, _weekdays_in_english(facts, _other_languages(facts, text), today), today))
    if (resolution := _lexicon(facts).council_resolution) is not None:  # session 48 (law62): 'la résolution 1970' names no year
        day_text = resolution.sub(" ", day_text)
    if answer in ("referrals", "gaps"):
        # round 53: a year naming the trip a finding is about ("over al-Bashir's 2015 visit") dates the trip, not the
        # findings asked of: the findings to the day asked ('Was South Africa referred ... 2015 visit?' found none by 2015)
        day_text = _YEAR_OF_TRIP.sub(" ", day_text)
    on, date_given, date_spans, said = _day(day_text, today)
    first, last = DateSpan.parse(on.split("/")[0]).first, DateSpan.parse(on.split("/")[-1]).last
    words = [m.group(0) for m in _WORD.finditer(day_text) if not any(a <= m.start() < b for a, b in date_spans)]
    person = None
    named: list[str] = []
    if answer in ("trips", "visits", "assessment", "positions", "gaps", "consultations", "changes"):
        found = [_person_in(facts, words[i:i + n], not any(c.isupper() for c in text))
                 for i in range(len(words)) for n in range(min(4, len(words) - i), 0, -1)]
        named = list(dict.fromkeys(p for p in found if p))
        if answer in ("positions", "gaps", "consultations", "changes") and len(named) > 1:  # round 47: a person is optional, one at most
            raise QuestionError(f"'{matched}' names several persons ("
                                + ", ".join(facts.records.persons[p].name for p in named) + "): ask of one")
        if len(named) != 1 and answer in ("trips", "visits", "assessment"):
            raise QuestionError(f"'{matched}' names " + ("no person the record holds" if not named else "several persons ("
                                + ", ".join(facts.records.persons[p].name for p in named) + ")")
                                + ": ask of one person by name ('" + ("Which States has Putin visited since his warrant?"
                                                                     if answer == "trips" else
                                                                     "How many times has Putin visited Kazakhstan?"
                                                                     if answer == "visits" else
                                                                     "How did Mongolia comply when Putin visited?")
                                + "'): " + answered_by)
    if named:
        person = named[0]
        pname = facts.records.persons[person]
        person_words = {w.casefold() for w in re.findall(r"\w+", " ".join([pname.name, *pname.aliases]))}
        words = [w for w in words if w.casefold() not in person_words]
    states = _states_named(facts, words)
    if len(states) > 1:
        spans = _state_spans(facts, day_text, date_spans)
        if {c for _, _, c in spans} == set(states) and (each := _each_named(facts, day_text, spans, "states", today,
                                                                             ASSUME_HINT)):
            return each  # round 51: 'How does Hungary rank on the index compared with Mongolia?': each State apart
        raise QuestionError(f"'{matched}': the question names several States ("
                            + ", ".join(facts.records.states[s].name for s in states) + "): ask of one")
    state = states[0] if states else None
    forum = None
    if answer == "statement":
        if not date_given:
            raise QuestionError(f"'{matched}' names no day or month: the record holds "
                                f"{len(facts.records.statements)} joint statements about the Court; ask of one by its day "
                                "or month ('the joint statement of 7 February 2025'): " + answered_by)
        statements = record_answers.statements_between(facts, first, last)
        span = on.replace("/", " to ")
        if not statements:
            raise QuestionError(f"the record holds no joint statement about the Court dated {span} ('{matched}' asked "
                                "of it), so it cannot say who signed one: " + answered_by)
        # round 46: a day or month holding several statements is answered for each (round 44 refused it)
        got = (record_answers.statement_answer(facts, statements[0], state) if len(statements) == 1
               else record_answers.statements_answer(facts, statements, state))
        asked_on = last.isoformat()
    elif answer == "measures":
        target = next(((m, w) for p, m, w in targets if p.search(text)), None)
        # round 50: 'since 2025', 'in 2025' keep the measures of the period; 'other than the United States' leaves the
        # State named out of the list; 'measures' (not 'sanctions') lists the other measures against the Court too
        since = first if date_given and date_spans and (
            _WITHIN_PERIOD.search(day_text[:date_spans[0][0]])
            or _WITHIN_PERIOD.match(day_text[date_spans[0][0]:date_spans[0][1]].split()[0] + " ")) else None
        exclude = None
        if state is not None and (m_other := _OTHER_THAN.search(text)):
            if state in _states_named(facts, [w.group(0) for w in _WORD.finditer(text[m_other.end():])][:4]):
                exclude, state = state, None
        got = record_answers.measures_answer(facts, state, last, target, in_force="in_force" in modes, first=since,
                                             exclude=exclude, any_measure="any_measure" in modes)
        if since is not None:
            on = f"{since.isoformat()}/{last.isoformat()}"
        asked_on = last.isoformat()
    elif answer == "wanted":
        situation = _situation_named(facts, words, matched) if "situation" in modes else None
        if situation is not None:
            state = None  # the situation's name ('the situation in Ukraine') names no State asked about
        got = record_answers.wanted_answer(facts, last, situation)
        asked_on = last.isoformat()
    elif answer == "index":
        year = record_answers.index_year(date_given, last, today)
        if "lowest" in modes and state is None:
            got = record_answers.index_lowest_answer(facts, year, "parties_only" in modes)
            answer = "index_lowest"
        elif state is None:
            raise QuestionError(f"'{matched}' names no State: ask of one ('Why does Hungary rank where it does?') or of "
                                f"the lowest ('Which States rank lowest?'): {answered_by}")
        else:
            got = record_answers.index_answer(facts, state, year)
        asked_on = (last if date_given else today).isoformat()
    elif answer == "positions":
        # round 47: what a State has said on an issue of the law (a person's immunity, its duty after withdrawing), or
        # which States said they would or would not arrest a person
        asked_issues = [i for i, (p, _) in (issues or {}).items() if p.search(text)]
        stance = "not_obliged" if "would_not" in modes else "obliged" if "would" in modes else None
        # session 38: the form asked (a claim of immunity, a pledge of safe passage, an overflight assurance)
        form = next((f for f in ("overflight_assurance", "safe_passage", "immunity_claim") if f in modes), None)
        if state is None and person is not None and form is not None:
            stance = None
        elif state is None and (stance is None or person is None):
            raise QuestionError(f"'{matched}' names no State: ask of one ('What is France's position on Netanyahu's "
                                "immunity?'), or which States said they would or would not arrest a person ('Which States "
                                f"have said they would arrest Netanyahu?'): {answered_by}")
        if state is None and form is not None:
            assert person is not None
            got = record_answers.positions_form_answer(facts, person, form, last)
        elif state is None:
            assert person is not None and stance is not None
            got = record_answers.positions_list_answer(facts, person, stance, last)
        else:
            got = record_answers.positions_answer(facts, state, person, asked_issues or None, last,
                                                  {i: said for i, (_, said) in (issues or {}).items()}, form)
        got["issues"] = asked_issues
        if form is not None:
            got["form"] = form
        asked_on = last.isoformat()
    elif answer == "gaps":
        # round 47: the enforcement gap after failures to arrest (`assess gaps`), of a State or a person where named
        forum = next((f for f, p in forums.items() if p.search(text)), None)
        stage = ("no_response_recorded" if "no_response" in modes else "no_referral" if "no_referral" in modes
                 else "no_finding" if "no_finding" in modes and "days" not in modes else None)
        if "days" in modes and state is None:
            raise QuestionError(f"'{matched}' names no State: ask how long the Court took to find one State in "
                                f"non-compliance ('How long did the Court take to find Mongolia in non-compliance?'): {answered_by}")
        # round 53: a period named ('since 2024', 'in 2025') limits the failures to those dated in it; a day or a year
        # after 'by', 'until' or 'as of' is the day the chain stood on, as before (round 48)
        as_of = re.search(r"\b(?:by|until|till|as\s+of|as\s+at|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\S+\s+){0,2}?\d{4}\b", day_text, re.I)
        period_named = date_given and "days" not in modes and ("/" in on or len(on) < 10) and not as_of
        got = record_answers.gaps_answer(facts, last, state, person, stage, forum, "days" in modes,
                                         first if period_named else None)
        asked_on = last.isoformat()
    elif answer == "consultations":
        # session 38: the consultations under Art. 97 States sought about a visit (the events' ``consultation``)
        got = record_answers.consultations_answer(facts, state, person, last)
        asked_on = last.isoformat()
    elif answer == "withdrawal":
        if state is None:
            raise QuestionError(f"'{matched}' names no State: ask of one ('When did Burundi's withdrawal take effect?'): "
                                + answered_by)
        got = record_answers.withdrawal_answer(facts, state, today)
        asked_on = today.isoformat()
    elif answer == "joined":  # round 51: the day a State ratified or signed the Statute, or it entered into force for it
        if state is None:
            raise QuestionError(f"'{matched}' names no State: ask of one ('When did Armenia ratify the Rome Statute?'): "
                                + answered_by)
        asked = "entry_into_force" if "entry_into_force" in modes else "signature" if "signature" in modes else "ratification"
        got = record_answers.joined_answer(facts, state, today, asked)
        asked_on = today.isoformat()
    elif answer == "changes":  # round 52: what the record holds for a State or a person dated in a period
        if (state is None) == (person is None):
            raise QuestionError(f"'{matched}' names " + ("no State and no person" if state is None else "a State and a person")
                                + ": ask what has changed for one ('What has changed for Hungary since 1 January 2026?'): "
                                + answered_by)
        finding_words = ""
        if since_finding is not None:
            first, finding_words = _finding_day(facts, state, person, since_finding, today)
            on, date_given = first.isoformat() + "/" + today.isoformat(), True
        if not date_given:
            raise QuestionError(f"'{matched}' names no day to count from: ask since a day, a month or a year ('What has "
                                "changed for Hungary since 1 January 2026?'): " + answered_by)
        got = record_answers.changes_answer(facts, state, person, first, last if "/" in on else today)
        if finding_words:
            got = {**got, "since_finding": finding_words, "in_words": f"{finding_words}. {got['in_words']}"}
        on = f"{first.isoformat()}/{(last if '/' in on else today).isoformat()}"
        asked_on = (last if "/" in on else today).isoformat()
    elif answer == "surrendered":
        got = record_answers.surrendered_answer(facts, first if date_given else dt.date.min, last if date_given else today)
        asked_on = (last if date_given else today).isoformat()
    elif answer == "trips":
        assert person is not None
        start = record_answers.first_warrant_day(facts, person) if since_warrant else None
        if since_warrant and start is None:
            raise QuestionError(f"'{since_warrant}': the record dates no warrant of "
                                f"{facts.records.persons[person].name}: ask from a day, YYYY-MM-DD")
        if date_given:
            start = first  # 'since 2025' (a period to the day asked), 'in 2024': from the first day named
        else:
            last = today  # 'since his warrant', or no time named: to the day asked
        # session 46 (law59): 'Which States visited by Putin ... were parties at the time?': the visits whose host was
        # (or was not) a State Party on the day, as `events --host-party` filters them (question_words.yaml `modes`)
        if "host_referral" in modes:  # session 47 (law61): each visit's host's duty on the day, kept where it rests
            # on the Council's referral of the person's situation (the law engine's basis)
            if (why := _named_referral_refusal(facts, text, person, state)) is not None:  # session 48 (law62)
                raise QuestionError(f"'{matched}': {why}: {answered_by}")
            got = record_answers.referral_trips_answer(facts, person, start or dt.date.min, last)
        else:
            host_party = False if "host_not_party" in modes else True if "host_party" in modes else None
            got = record_answers.trips_answer(facts, person, start or dt.date.min, last, host_party)
        asked_on = last.isoformat()
        got["period"] = f"{(start or dt.date.min).isoformat()}/{last.isoformat()}" if start else None
    elif answer == "visits":
        # session 49 (law64): how many times the person visited one State, from the record's events ('since his
        # warrant' from the first warrant's day; a period named, within it; else every visit by the day asked)
        assert person is not None
        if state is None:
            raise QuestionError(f"'{matched}' names no State: ask of one ('How many times has Putin visited Kazakhstan?'), "
                                "or which States the person visited ('Which States has Putin visited?')")
        start = record_answers.first_warrant_day(facts, person) if since_warrant else None
        if since_warrant and start is None:
            raise QuestionError(f"'{since_warrant}': the record dates no warrant of "
                                f"{facts.records.persons[person].name}: ask from a day, YYYY-MM-DD")
        if date_given:
            start = first
        else:
            last = today
        got = record_answers.visits_answer(facts, person, state, start or dt.date.min, last)
        asked_on = last.isoformat()
        got["period"] = f"{start.isoformat()}/{last.isoformat()}" if start else None
    elif answer == "assessment":
        assert person is not None
        if state is None:
            raise QuestionError(f"'{matched}' names no State: ask of one ('How did Mongolia comply when Putin visited?')")
        got = record_answers.assessment_answer(facts, state, person, first if date_given else None,
                                               last if date_given else today)
        if got["answer"] is None:
            held = sorted(str(e.date) for e in facts.records.events.values() if e.person == person and e.state == state
                          and e.trip in ("visit", "overflight"))
            span = f"from {first.isoformat()} to {last.isoformat()}" if date_given else f"by {today.isoformat()}"
            raise QuestionError(f"'{matched}': the record holds no trip of {facts.records.persons[person].name} to "
                                f"{facts.records.states[state].name} {span}, so it holds no assessment of one"
                                + (f" (its trips there: {', '.join(held)})" if held else "") + f": {answered_by}")
        asked_on = (last if date_given else today).isoformat()
    else:
        forum = next((f for f, p in forums.items() if p.search(text)), None)
        if state is not None:  # round 50: one State's findings, and whether one was referred to the forum asked
            got = record_answers.state_findings_answer(facts, state, forum, last, person)
        elif forum is None:
            raise QuestionError(f"'{matched}' names no forum: ask of the findings referred to the Assembly of States "
                                "Parties or to the Security Council")
        else:
            got = record_answers.referrals_answer(facts, forum, last)
        asked_on = last.isoformat()
    return {"kind": "record", "asks": answer, "state": state, "state_name": facts.records.states[state].name if state else None,
            "person": person, "person_name": facts.records.persons[person].name if person else None, "on": asked_on,
            "date_given": date_given, "day_from_event": None,
            "trip_month_only": False, "period_whole": False, "period": on if "/" in on else None, "day_from_act": None,
            "presence": "territory", "region": None, "custody": None, "custody_state": None, "custody_state_name": None,
            "forum": forum, "responses": None, "places_not_read": [],
            "records_heading": record_answers.RECORD_HEADINGS["positions_list" if answer == "positions" and state is None
                                                              else "referrals_state" if answer == "referrals" and state
                                                              else answer], **got}


#: The words that leave a State out of a list ('Which States other than the United States ...?'; round 50), in the six
#: languages.
_OTHER_THAN = re.compile(r"\b(?:other\s+than|besides|apart\s+from|except(?:\s+for)?|excluding|autres?\s+que|"
                         r"hormis|sauf|en\s+dehors\s+de|aparte\s+de|adem[aá]s\s+de|excepto|salvo|außer|abgesehen\s+von|"
                         r"oltre\s+a|tranne|eccetto|al[eé]m\s+d[eoa]s?|exceto)\b", re.I)

#: The words just before a period that ask for what happened within it, not by its end (round 50), in the six languages.
_WITHIN_PERIOD = re.compile(r"\b(?:in|during|since|between|from|throughout|en|durant|pendant|depuis|entre|desde|durante|"
                            r"im|seit|zwischen|nel|nell|dal|dall|tra|fra|no|na|em)\W*(?:the\s+year\s+|l[''’]année\s+|"
                            r"el\s+año\s+|o\s+ano\s+|dem\s+Jahr\s+|l[''’]anno\s+)?\s*$", re.I)


def _situation_named(facts: Facts, words: list[str], matched: str) -> str | None:
    """The one situation of the Court ``words`` name (round 46: 'in the Darfur situation', 'the situation in Ukraine'):
    by its name, a part of it between commas or brackets ('Darfur' of 'Darfur, Sudan'), or a word of its identifier of
    more than three letters; None where none is named, refused where several are."""
    said = {w.casefold() for w in words}
    text = " ".join(words).casefold()
    found = []
    for sid, sit in sorted(facts.records.situations.items()):
        parts = {p.strip().casefold() for p in re.split(r"[,()]", sit.name) if p.strip()}
        keys = {w for w in sid.split("-") if len(w) > 3}
        if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in parts) or keys & said:
            found.append(sid)
    if len(found) > 1:
        raise QuestionError(f"'{matched}' names several situations ("
                            + ", ".join(facts.records.situations[s].name for s in found) + "): ask of one")
    return found[0] if found else None


#: A year right before the word of a trip ('his 2015 visit', 'the 2024 trip'): the trip's year (round 53).
_YEAR_OF_TRIP = re.compile(r"\b(?:19|20)\d{2}\s+(?=(?:visit|trip|travel|journey|stay|summit|flight)s?\b)", re.I)


class _ForumShaped:
    """A forum question read by its shape (session 42): ``group(1)`` is the forum's words, as a pattern's match gives."""

    def __init__(self, words: str) -> None:
        self.words = words

    def group(self, n: int = 0) -> str:
        return self.words


def _forum_asked(lexicon: _Lexicon, text: str, shape: bool = True) -> Any:
    """What forum a question asks the response of: the first `forum_response_questions` pattern matching it, else
    (session 42) the question's shape: a forum's name and, within `shape.within` words of it, a word of acting or
    responding (`shape.acts`), no word of a State's own duty before the name ('Quelles mesures a prises le Conseil de
    sécurité …', 'Hat die Versammlung der Vertragsstaaten etwas gegen Ungarn unternommen?'); None if neither. With
    ``shape`` False, the patterns alone (a question of the record that names a forum, 'Which referrals to the Assembly
    have had no response?', is that question, not a forum's response to one State)."""
    found = next((m for p in lexicon.forum_responses if (m := p.search(text))), None)
    if found or not shape or lexicon.forum_shape_acts is None:
        return found
    words = re.findall(r"\w+", normalise_name(text))
    acts = [k for k, w in enumerate(words) if lexicon.forum_shape_acts.fullmatch(w)]
    if not acts:
        return None
    for k in range(len(words)):
        phrase = next((p for p in lexicon.forum_phrases if tuple(words[k:k + len(p)]) == p), None)
        if phrase is None:
            continue
        end = k + len(phrase) - 1
        # session 49 (law64): a word of acting that ends the question reaches further after the name (the German
        # participle closing the clause, 'Hat die Versammlung ... auf die Feststellung ... von 2017 reagiert?')
        if any(k - a - 1 <= lexicon.forum_shape_within if a < k else a - end - 1 <= (
                lexicon.forum_shape_final if a == len(words) - 1 else lexicon.forum_shape_within)
               for a in acts if not k <= a <= end):
            if lexicon.forum_shape_duties is not None and lexicon.forum_shape_duties.search(" ".join(words[:k])):
                return None
            return _ForumShaped(" ".join(phrase))
    return None


def _refuse_record_question(facts: Facts, text: str, today: dt.date | None = None) -> dict[str, Any] | None:
    """A question of what the record holds besides the law engine's answer (question_words.yaml, `record_questions`):
    answered from the record where its entry names an ``answer`` (round 44, `_record_read`), else refused naming
    what it asks for and the command and address that answer it (the index, the assessment of an event; round 43).
    Round 43: 'Did Brazil sign the joint statement in support of the Court of June 2025?' was answered as Brazil's duties
    on 2025-06-01, and 'How did Mongolia comply when Putin visited?' as Mongolia's duty to arrest him, which is not
    what it did. What the Assembly or the Council did about a State (`forum_response_questions`) is not refused here."""
    lexicon = _lexicon(facts)
    if _forum_asked(lexicon, text, shape=False):
        return None
    for (asks, pattern, answered_by), (answer, targets, forums, modes), issues, unless in zip(
            lexicon.record_questions, lexicon.record_answers, lexicon.record_issues, lexicon.record_unless, strict=True):
        if (m := pattern.search(text)) and not (unless and unless.search(text)):
            if answer:
                asked = {k for k, p in modes.items() if p.search(text)}
                return _record_read(facts, text, today or dt.date.today(), answer, m.group(0).strip(), targets, forums,
                                    answered_by, asked, issues)
            raise _RecordNotAnswered(f"'{m.group(0).strip()}' asks for {asks}, which the question reader does not "
                                     f"answer: {answered_by}")
    return None


@dataclass(frozen=True)
class _Supposed:
    """A withdrawal a question supposes (session 45): its clause's words, and when it places the notification: before
    the person's recorded visit, or in a year (``year``; the words naming it, ``year_words``, are left out of the
    question read, which names its own day)."""

    words: str
    before_visit: bool
    year: int | None = None
    year_words: str | None = None
    before_visit_words: str | None = None
    #: session 46 (round 57's leftover): a day the clause names, read as the notification's day ('If Hungary had
    #: withdrawn on 1 March 2024'; ``day_words``, with the preposition before them, are left out of the question read),
    #: or no time at all (``no_time``: the notification's day open, from the Statute's entry into force for the State to
    #: the day before the day asked)
    day: str | None = None
    day_words: str | None = None
    no_time: bool = False
    #: session 47 (round 60): a month the clause names ('in March 2024', 'im August 2024'), YYYY-MM, its first and last
    #: day supposed (``month_words`` left out of the question read, as ``day_words``)
    month: str | None = None
    month_words: str | None = None


def _supposition_words(facts: Facts) -> dict[str, list[re.Pattern[str]]]:
    """question_words.yaml's `suppositions` words for a withdrawal answered by arithmetic, compiled once per facts."""
    def compute() -> dict[str, list[re.Pattern[str]]]:
        table = (facts.records.lookups.get("question_words") or {}).get("suppositions") or {}
        return {k: [re.compile(p, re.I) for p in table.get(k) or []] for k in ("withdrawal", "before_visit", "in_year", "on_day",
                                                                              "in_month", "not_withdrawal")}
    return facts.memoised("question_supposed_withdrawal", None, compute, maxsize=1)


def _supposed_withdrawal(facts: Facts, text: str) -> _Supposed | None:
    """A supposition whose one legal fact is a withdrawal, placed before the person's visit or in a year ('If Mongolia
    had withdrawn before Putin's visit, ...', 'Si la Hongrie s'était retirée en 2024, ...'); None for any other (refused
    as before: a supposition of another fact, of a withdrawal with no time or with a day, or of two facts)."""
    words = _supposition_words(facts)
    if not words["withdrawal"]:
        return None
    other = _other_suppositions(facts)
    found = [(m, _SUPPOSED) for m in _SUPPOSING.finditer(text)] + ([(m, other[1]) for m in other[0].finditer(text)] if other else [])
    if not found:
        return None
    start = min(m.start() for m, _ in found)
    end = _CLAUSE_END.search(text, max(m.end() for m, _ in found))
    clause = text[start:end.start() if end else len(text)]
    withdrawals = [m for p in words["withdrawal"] for m in p.finditer(clause)]
    if not withdrawals:
        return None
    facts_named = [m for m in (*_SUPPOSED.finditer(clause), *(other[1].finditer(clause) if other else ()))]
    # every legal fact the clause supposes lies within a withdrawal's words ('withdrawn', 'retirée', 'ausgetreten')
    if any(not any(w.start() <= f.start() < w.end() or f.start() <= w.start() < f.end() for w in withdrawals) for f in facts_named):
        return None
    if any(p.search(clause) for p in words["not_withdrawal"]):  # session 46: denied, or a warrant's: no State's withdrawal
        return None
    if before := next((m for p in words["before_visit"] if (m := p.search(clause))), None):
        return _Supposed(clause.strip(), before_visit=True, before_visit_words=before.group(0))
    years = [m for p in words["in_year"] for m in p.finditer(clause)]
    days = [m for p in words["on_day"] for m in p.finditer(clause)]
    if len(days) == 1 and not years:
        # session 46: a day the clause names ('on 1 March 2024', 'le 1er mars 2024', 'am 1. Januar 2020'), read by the
        # reader's own reading of days (the other languages' months in English first)
        on_day = [f for f in find_dates(_other_languages(facts, days[0].group(1)), dt.date.today())
                  if len(f.date) == 10 and not f.end_date]
        if len(on_day) == 1:
            return _Supposed(clause.strip(), before_visit=False, day=on_day[0].date, day_words=days[0].group(0))
        return None
    months = [m for p in words["in_month"] for m in p.finditer(clause)]
    if len(months) == 1 and not days:
        # session 47: a month the clause names ('in March 2024', 'en mars 2024', 'nel gennaio 2020'), its year inside it
        month = [f for f in find_dates(_other_languages(facts, months[0].group(1)), dt.date.today())
                 if len(f.date) == 7 and not f.end_date]
        if len(month) == 1:
            return _Supposed(clause.strip(), before_visit=False, month=month[0].date, month_words=months[0].group(0))
        # no month read ('im Jahr 2024' is a year): the clause is read as before
    if len(years) == 1:
        return _Supposed(clause.strip(), before_visit=False, year=int(re.findall(r"\d{4}", years[0].group(0))[-1]), year_words=years[0].group(0))
    if not years and not days and not re.search(r"\d", clause) and not find_dates(_other_languages(facts, clause), dt.date.today()):
        # session 46: no time at all ('last year', 'l'année dernière' are a time, refused as before): the day left open
        return _Supposed(clause.strip(), before_visit=False, no_time=True)
    return None


def _answer_supposed_withdrawal(facts: Facts, text: str, today: dt.date | None, assume_hint: str,
                                supposed: _Supposed) -> dict[str, Any]:
    """The question read with the supposed withdrawal let through, and the notification it supposes (``assume``, as
    --assume writes it): on the day before the person's one recorded visit to the State (the day asked), or on the first
    and the last day of the year named, answered once where the Statute gives both the same answer (Arts. 127(1),
    127(2)), refused offering both where it does not. ``supposed`` says what was supposed and what the record holds."""
    from iccwatch.facts import Assumption
    from iccwatch.service.ask import ask_arrest, ask_obligations

    left_out = supposed.year_words or supposed.day_words or supposed.month_words
    asked = text.replace(left_out, " ", 1) if left_out else text
    token = _WITHDRAWAL_SUPPOSED.set(True)
    try:
        try:
            read = read_question(facts, re.sub(r"\s{2,}", " ", asked), today, assume_hint)
        except QuestionError:
            if not supposed.before_visit_words:
                raise
            # 'before Putin's visit' read by the reader as a range of days before it (and refused where the answer
            # changes in it): the clause places the notification, not the question, which asks of the visit's day
            during = re.sub(r"^\S+", "during", supposed.before_visit_words)
            read = read_question(facts, asked.replace(supposed.before_visit_words, during, 1), today, assume_hint)
    finally:
        _WITHDRAWAL_SUPPOSED.reset(token)
    if read["kind"] not in ("arrest", "obligations") or not read.get("state") or read.get("asks"):
        _refuse_supposition(text, assume_hint, facts)  # a supposition the arithmetic cannot answer: refused as before
        raise QuestionError(f"the question supposes a withdrawal ('{supposed.words}') of no State it asks about: "
                            f"state it with {assume_hint}: {ASSUMPTION_HELP}")
    state, name = read["state"], facts.records.states[read["state"]].name
    if supposed.before_visit:
        trips = sorted({e.date: key for key, e in facts.records.events.items() if read.get("person") and e.person == read["person"]
                        and e.state == state and e.trip in ("visit", "transit") and len(e.date) == 10}.items())
        if len(trips) != 1:
            raise QuestionError(f"the question supposes a withdrawal before a visit ('{supposed.words}'), and the record holds "
                                f"{len(trips)} dated visits of the person to {name}: ask with the day of the visit, or state "
                                f"the notification with {assume_hint}: {ASSUMPTION_HELP}")
        visit_day, trip = trips[0]
        read = {**read, "on": visit_day, "date_given": False, "day_from_event": trip}
        days = [(dt.date.fromisoformat(visit_day) - dt.timedelta(days=1)).isoformat()]
        how = f"on {days[0]}, the day before the visit of {visit_day}"
    elif supposed.day:
        days = [supposed.day]
        how = f"on {supposed.day} (the day the question names, read as the notification's day)"
    elif supposed.no_time:
        # session 46: no time: the notification may fall on any day from the Statute's entry into force for the State
        # to the day before the day asked; answered where both ends agree, refused saying what the answer depends on
        start = min((p.date for p in facts.records.states[state].participation
                     if p.instrument == "rome-statute" and p.action == "entry_into_force" and len(p.date) == 10), default=None)
        last = (dt.date.fromisoformat(read["on"]) - dt.timedelta(days=1)).isoformat()
        # a State whose recorded withdrawal took effect could notify one no later than its last day as a party
        ended = [(dt.date.fromisoformat(p.date) - dt.timedelta(days=1)).isoformat() for p in facts.records.states[state].participation
                 if p.instrument == "rome-statute" and p.action == "withdrawal_effective" and len(p.date) == 10]
        last = min([last, *ended])
        if start is None or start > last:
            raise QuestionError(f"the question supposes {name}'s withdrawal ('{supposed.words}') with no day, and the record "
                                f"holds no day before {read['on']} on which the Statute was in force for {name}: state the "
                                f"notification with {assume_hint}: {ASSUMPTION_HELP}")
        days = [start, last] if start < last else [last]
        how = (f"('{supposed.words}') with no day (its notification's day left open: from {start}, the Statute's entry into force for "
               f"{name}, to {last}, " + ("the day before the day asked)" if not ended or last < min(ended) else
                                        "its last day as a party of record)"))
    elif supposed.month:
        year, month = (int(x) for x in supposed.month.split("-"))
        days = [f"{supposed.month}-01", f"{supposed.month}-{calendar.monthrange(year, month)[1]:02d}"]
        how = f"in {supposed.month} (on its first and its last day, {days[0]} and {days[1]})"
    else:
        days = [f"{supposed.year}-01-01", f"{supposed.year}-12-31"]
        how = f"in {supposed.year} (on its first and its last day, {days[0]} and {days[1]})"
    on = dt.date.fromisoformat(read["on"])
    answers = []
    for day in days:
        assumed = facts.with_assumptions([Assumption(state, "withdrawal_notified", day)])
        got = (ask_arrest(assumed, state, read["person"], on, read.get("presence", "territory")) if read["kind"] == "arrest"
               else ask_obligations(assumed, state, on))
        answers.append(got["answer"] if read["kind"] == "arrest" else got["status"]["status"])
    forms = [f"{state} withdrawal_notified {d}" for d in days]
    if len(set(answers)) > 1:
        raise QuestionError(f"the question supposes {name}'s withdrawal {how}, and the Statute's answer "
                            + ("depends on the notification's day, which it leaves open: it differs between the first and "
                               "the last day it may fall on" if supposed.no_time else
                               "depends on the notification's day within the month it names: it differs between the month's "
                               "first and last day" if supposed.month else "differs across the supposed days")
                            + f" ({'; '.join(f'{d}: {a}' for d, a in zip(days, answers, strict=True))}): ask with "
                            + " or ".join(f"--assume '{f}'" for f in forms) + " (or the API's assume parameter)",
                            asks=[])
    effect = [one_year_after(dt.date.fromisoformat(d)).isoformat() for d in days]
    held = [f"{p.action.replace('_', ' ')} on {p.date}" for p in facts.records.states[state].participation
            if p.instrument == "rome-statute" and p.action in ("withdrawal_announced", "withdrawal_notified", "withdrawal_effective",
                                                               "withdrawal_revoked")]
    record = (f"the record holds otherwise: {', '.join(held)}" if held
              else f"the record holds no withdrawal by {name}")
    return {**read, "assume": [forms[-1]], "supposed": {
        "fact": "withdrawal_notified", "state": state, "days": days, "answer": answers[0],
        "words": (f"supposed, as the question does: {name}'s withdrawal notified {how}, taking effect one year after "
                  f"(Art. 127(1): {' to '.join(dict.fromkeys(effect))}), the obligations arising while a party staying "
                  f"(Art. 127(2)); answered on that supposition ({answers[0]}"
                  + (" on either day" if len(days) > 1 else "") + f"); {record}")}}


def read_question(facts: Facts, text: str, today: dt.date | None = None, assume_hint: str = ASSUME_HINT) -> dict[str, Any]:
    """The question's reading (``_read_question``), and round 53's two ways out of a refusal. A day in numbers that reads
    two ways ('5/12/2026': 5 December or 12 May) is asked in each reading, written with its month's name: where both
    read as the same question (kind, State, person) and the law gives the same answer on both days (an arrest's answer,
    a State's status), it is answered once, on the day-first reading, the read's ``day_readings`` holding both days
    (day first, then month first) and ``day_readings_words`` saying that both agree (and each day's basis where they
    differ); otherwise it is refused naming both readings, with both questions as ``asks``. A refusal naming the
    record's closest names to a misspelt word ('Tajikstan': Tajikistan) gives as ``asks`` the question with the word
    replaced by each name offered, where that question reads; nothing is ever answered on a guessed spelling."""
    two = _two_questions(facts, text)
    if two is not None:
        raise two
    if not _WITHDRAWAL_SUPPOSED.get() and (supposed := _supposed_withdrawal(facts, text)) is not None:
        return _answer_supposed_withdrawal(facts, text, today, assume_hint, supposed)
    token = _NEAR_SEEN.set([])
    try:
        return _read_question(facts, text, today, assume_hint)
    except _AmbiguousDay as exc:
        return _either_day(facts, text, today, assume_hint, exc)
    except _OfficeUnheld as exc:
        asks = _asks_by_name(facts, text, today, assume_hint, exc)
        if not asks:
            raise
        raise QuestionError(f"{exc}; ask " + " or ".join(f"'{a}'" for a in asks) + " to ask of the person by name",
                            asks=asks) from None
    except QuestionError as exc:
        near = _NEAR_SEEN.get()
        spelt = None if isinstance(exc, _RecordNotAnswered) else _spell_common_words(facts, text)
        if spelt is not None:  # session 42: a common word misspelt ('arest', 'warant'): read with it spelt, and said
            said = "; ".join(f"'{a}' read as '{b}'" for a, b in spelt[1])
            try:
                got = read_question(facts, spelt[0], today, assume_hint)
            except QuestionError as again:
                got = None
                if again.asks:  # (session 42) refused again with questions to ask ('Putn'): those, with the word spelt
                    raise QuestionError(f"{again} ({said}: a common word misspelt)", asks=again.asks) from None
            if got is not None:
                return {**got, "spelt": [list(p) for p in spelt[1]],
                        "spelt_words": f"{said}: a common word misspelt (a name is never read on a guess)"}
        if near and not exc.asks and (asks := _asks_instead(facts, text, today, assume_hint, near)):
            raise QuestionError(f"{exc} Ask " + " or ".join(f"'{q}'" for q in asks) + " instead.", asks=asks) from None
        raise
    finally:
        _NEAR_SEEN.reset(token)


#: The subject pronouns a second question puts after its verb ('must it', 'doit-elle', 'muss sie'), replaced by the
#: State the first question names when it is asked on its own.
_SECOND_PRONOUN = re.compile(r"^(\S+?)(?:\s+|-(?:t-)?)(?:it|he|she|they|il|elle|ils|elles|sie|er|es)\b", re.I)


def _first_state_named(facts: Facts, text: str) -> str | None:
    """The words naming the one State ``text`` names (its name or an alias of the record as written there, the longest
    run of up to four words read as exactly one State); None where none or several are."""
    index = {**state_name_index(facts), **{k: frozenset({v}) for k, v in _other_language_names(facts).items()}}
    tokens = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))  # an elided article apart ("L'Italia")
    found: list[tuple[str, frozenset[str]]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(4, len(tokens) - i), 0, -1):
            said = text[tokens[i].start():tokens[i + n - 1].end()]
            codes = index.get(normalise_name(said))
            if codes and len(codes) == 1 and (n > 1 or said[:1].isupper()):
                found.append((said, codes))
                i += n
                break
        else:
            i += 1
    states = {next(iter(c)) for _, c in found}
    return found[0][0] if len(states) == 1 else None


def _two_questions(facts: Facts, text: str) -> QuestionError | None:
    """Session 43 (round 55): a sentence asking two questions ('Is Mongolia a party and must it arrest Putin?'; its
    second question opened as question_words.yaml `two_questions` says) as the refusal that offers each on its own: the
    first as written up to the joining word, the second with its subject pronoun (or, in the languages that drop it,
    its missing subject) replaced by the one State the first names. The reader answers one question: before, the arrest
    was answered and the other question left unsaid. None where the sentence asks one question."""
    for pattern in _lexicon(facts).two_questions:
        m = pattern.search(text)
        if not m or not text[:m.start()].strip():
            continue
        end = " ?" if text.rstrip().endswith(" ?") else "?"
        first = text[:m.start()].rstrip(" ,;?")
        second = text[m.end(1):].strip()
        first_q = first + end
        state = _first_state_named(facts, first)
        if not state:
            # the first names no State the index reads as written ('die Mongolei'): the State its reading finds, if any;
            # a first question of no one State ('Which countries has Netanyahu visited ..., and were they obliged ...?')
            # asks one question of its list, not two
            try:
                if not _read_question(facts, first + end, None, ASSUME_HINT).get("state"):
                    continue
            except QuestionError:
                continue
        if state:
            pronoun = _SECOND_PRONOUN.match(second)
            # the article the first puts before the State's name, kept with it ('la Mongolie', 'die Mongolei', "l'Italia")
            article = re.search(r"(?:^|[\s¿])((?:the|la|le|les|el|il|lo|o|a|die|der|das)\s+|l['’])" + re.escape(state), first, re.I)
            state = f"{article.group(1).lower() if article else ''}{state}"
            if pronoun and "-" in pronoun.group(0):  # French: the State before the verb, the pronoun kept ('la Mongolie doit-elle')
                second = f"{state[:1].upper()}{state[1:]} {second}"
            else:
                # (session 45: the first word taken by a match, not by a lambda whose type mypy could not infer)
                lead_word = None if pronoun else re.match(r"\S+", second)
                second = (f"{pronoun.group(1)} {state}{second[pronoun.end():]}" if pronoun else
                          f"{lead_word.group(0)} {state}{second[lead_word.end():]}" if lead_word else second)
        second_q = second[:1].upper() + second[1:]
        if first.startswith("¿") and not second_q.startswith("¿"):
            second_q = "¿" + second_q
        asks = [first_q, second_q] if state else []
        offer = (" Ask each on its own: " + " and ".join(f"'{q}'" for q in asks) + ".") if asks else \
            " Ask each on its own, naming the State in each."
        return QuestionError(f"the question asks two questions in one sentence ('{first}' and '{text[m.end(1):].strip()}'); "
                             f"the reading answers one at a time, so that neither is answered as if it were the other.{offer}",
                             asks=asks)
    return None


def _spell_common_words(facts: Facts, text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """Session 42: the question with each word one edit (``_one_edit``) from exactly one of the common words a question
    of the law uses (question_words.yaml, `common_words`: 'arest', 'warant', 'arested') written as that word, and the
    pairs replaced; None where no word is. A word of a name of the record (a State's or a person's) is never replaced,
    nor a word that is a common word or its plural; a word under five letters is never compared."""
    common = _lexicon(facts).common_words
    if not common:
        return None
    names = {w for n in state_name_index(facts) for w in normalise_name(n).split()}
    names |= {w for p in facts.records.persons.values() for n in (p.name, *p.aliases) for w in normalise_name(n).split()}
    pairs: list[tuple[str, str]] = []

    def spell(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.casefold()
        if len(low) < 5 or low in common or (low.endswith("s") and low[:-1] in common) or normalise_name(word) in names:
            return word
        near = [c for c in common if _one_edit(low, c)]
        if len(near) != 1:
            return word
        pairs.append((word, near[0]))
        return near[0]

    fixed = re.sub(r"[^\W\d_]+", spell, text)
    return (fixed, pairs) if pairs else None


def _written_day(day: dt.date) -> str:
    """'5 December 2026': a day written with its month's name, which reads one way only."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _answer_on(facts: Facts, read: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The law's answer to a read of one State (and person) on its day, and its basis; None for other kinds."""
    from iccwatch.service import ask_arrest, ask_obligations

    day = dt.date.fromisoformat(read["on"])
    if read["kind"] == "arrest" and read.get("state") and read.get("person") and not read.get("region"):
        d = ask_arrest(facts, read["state"], read["person"], day, read.get("presence", "territory"))
        return d["answer"], list(d.get("basis") or [])
    if read["kind"] == "obligations" and read.get("state") and not read.get("asks"):
        d = ask_obligations(facts, read["state"], day)
        return d["status"]["status"], list(d["status"].get("basis") or [])
    return None


def _written_days_in(facts: Facts, text: str, exc: _AmbiguousDay) -> tuple[str, ...] | None:
    """Session 46 (round 57's leftover): the words of each of ``exc``'s readings written in the question's language
    (question_words.yaml, `written_days`: the language whose words the question holds most of, where they outnumber
    English's), with its preposition of a day where the words replaced hold their own (a holiday's 'à Noël': 'le 25
    décembre 2026'); None for a question in English or in no language listed."""
    table = (facts.records.lookups.get("question_words") or {}).get("written_days") or {}
    if not table:
        return None
    rest = text.replace(exc.words, " ", 1)
    english = len(re.findall(str(table["english"]), rest, re.I))
    counts = sorted(((len(re.findall(str(lang["marks"]), rest, re.I)), code) for code, lang in (table.get("languages") or {}).items()),
                    reverse=True)
    if not counts or counts[0][0] <= english or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    lang = table["languages"][counts[0][1]]

    def written(d: dt.date) -> str:
        day = str(lang.get("first")) if d.day == 1 and lang.get("first") else str(d.day)
        return str(lang["format"]).format(day=day, month=lang["months"][d.month - 1], year=d.year)
    return tuple((f"{lang['preposition']} {written(d)}" if exc.written else written(d)) for d in exc.readings)


def _either_day(facts: Facts, text: str, today: dt.date | None, assume_hint: str, exc: _AmbiguousDay) -> dict[str, Any]:
    """Round 53: a day in numbers read both ways (see ``read_question``)."""
    if exc.words not in text:
        raise exc
    written = _written_days_in(facts, text, exc) or exc.written or tuple(_written_day(d) for d in exc.readings)
    asks = [text.replace(exc.words, w, 1) for w in written]
    days = " or ".join(d.isoformat() for d in exc.readings)
    first, second = exc.labels
    reads: list[dict[str, Any]] = []
    offered: list[str] = []
    for q in asks:
        try:
            reads.append(read_question(facts, q, today, assume_hint))
            offered.append(q)
        except QuestionError as again:
            # session 45 (round 56's leftover): a reading refused with questions of its own to ask (an office no one
            # holds on that day, asked of the person by name) offers those, which read, rather than itself, which does not
            offered.extend(a for a in (again.asks or [q]) if a not in offered)
    if len(reads) < len(asks):
        raise QuestionError(str(exc) + "; or ask one of: " + ", ".join(f"'{a}'" for a in offered), asks=offered) from None
    same = all(reads[0].get(k) == reads[1].get(k) for k in ("kind", "state", "person", "asks", "forum", "presence"))
    answers = [_answer_on(facts, r) for r in reads] if same else [None, None]
    if answers[0] is None or answers[1] is None or answers[0][0] != answers[1][0]:
        said = (f" ({reads[0]['on']}: {answers[0][0]}; {reads[1]['on']}: {answers[1][0]})"
                if answers[0] is not None and answers[1] is not None else "")
        raise QuestionError(f"'{exc.words}' may be read {first} or {second} ({days}), and the answer "
                            f"{'differs' if said else 'may differ'} between them{said}: ask one of "
                            f"'{asks[0]}' or '{asks[1]}', or write the day as YYYY-MM-DD", asks=asks)
    bases = "" if answers[0][1] == answers[1][1] else (
        f", on {reads[0]['on']} by {', '.join(answers[0][1]) or 'no article'} and on {reads[1]['on']} by "
        f"{', '.join(answers[1][1]) or 'no article'}")
    return {**reads[0], "day_readings": [r["on"] for r in reads],
            "day_readings_words": f"'{exc.words}' may be read {first} ({reads[0]['on']}) or {second} "
                                  f"({reads[1]['on']}): both readings give the same answer ({answers[0][0]}{bases}); "
                                  f"answered on {reads[0]['on']}"}


def _asks_by_name(facts: Facts, text: str, today: dt.date | None, assume_hint: str, exc: _OfficeUnheld) -> list[str]:
    """Session 44: the question with the office's description (and the article or the elided article before it: 'the',
    'le', "l'", 'den' ...) replaced by the name of each person the refusal named, where that question reads; nothing is
    answered on the description itself."""
    words = exc.said.split()
    if not words or not exc.names:
        return []
    found = re.search(r"(?:(?<![^\W_])(?P<article>the|le|la|les|el|los|il|lo|o|a|der|die|den|dem|des|al|ao|au|del|do|du)\s+|"
                      r"(?<![^\W_])[lL]['’]\s*)?" + r"\s+".join(map(re.escape, words)) + r"(?![^\W_])", text, re.I)
    if not found:
        return []
    # session 45: an article joined to its preposition ('al', 'ao', 'au', 'del', 'do', 'du') keeps the preposition
    # before the name ('detener al ministro ...' asks 'detener a Yoav Gallant'; it asked 'detener al Yoav Gallant')
    kept = _lexicon(facts).name_contractions.get((found.group("article") or "").casefold(), "")
    asks: list[str] = []
    for name in exc.names:
        asked = text[:found.start()] + (f"{kept} " if kept else "") + name + text[found.end():]
        try:
            read_question(facts, asked, today, assume_hint)
        except QuestionError:
            continue
        asks.append(asked)
    return asks


def _asks_instead(facts: Facts, text: str, today: dt.date | None, assume_hint: str,
                  near: list[tuple[str, str]]) -> list[str]:
    """The question with each misspelt word replaced by a name the refusal offered, where that question reads."""
    asks: list[str] = []
    for word, name in dict.fromkeys(near):
        asked = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", name.replace("\\", "\\\\"), text, count=1)
        if asked == text or asked in asks:
            continue
        try:
            read_question(facts, asked, today, assume_hint)
        except QuestionError:
            continue
        asks.append(asked)
    return asks[:3]


def _read_question(facts: Facts, text: str, today: dt.date | None = None, assume_hint: str = ASSUME_HINT) -> dict[str, Any]:
    """The State, person and day ``text`` asks about, and which question that is (see the module's text).

    Returns ``kind`` (arrest, obligations or travel), ``state`` and ``state_name``, ``person`` and
    ``person_name`` (None where not named), ``on`` (ISO day), ``date_given`` (false where the
    question names no day and today is meant), ``day_from_event`` (the id of the recorded trip whose day
    was taken, where the question named only a month or a year; None otherwise) and ``trip_month_only`` (true
    where that trip is itself dated only to its month, so ``on`` is the month's first day and the answer is the
    same on every day of it) and ``period_whole`` (true where the question named a span of days, or a month with no
    single recorded trip to read it as, so ``on`` is its first day, the answer being the same on every day of it), and
    ``period`` (where the question named a span or a range of days, months, years or a season: its first and last day,
    ``YYYY-MM-DD/YYYY-MM-DD``; None otherwise), and ``day_from_act`` (where the question named its day by an act the
    record dates, 'on the day he was arrested': the words, the day or span read and the record's entry; None otherwise).
    ``assume_hint`` says how the caller takes an assumption, named where a what-if typed in words is refused (the
    command line's --assume by default; the API and the web page name their own)."""
    text = (text or "").strip()
    if not text:
        raise QuestionError("the question is empty: ask e.g. 'Must Mongolia arrest Putin on 2024-09-03?'")
    if len(text) > 500:
        raise QuestionError("the question is longer than 500 characters: ask one short question")
    if m := _UNSHOWN.search(text):  # round eighteen: a NUL was read past, and a direction mark hid the State's name
        raise QuestionError(f"the question holds character U+{ord(m.group()):04X} (a control character, a direction mark or an "
                            "invisible character), which would hide or reorder its words: type the question again")
    _refuse_supposition(text, assume_hint, facts)
    if record := _refuse_record_question(facts, text, today):
        return record  # round 44: the record's answer (a statement's signatories, sanctions, referrals) in the read
    for pattern in _lexicon(facts).state_lists:
        if listed := pattern.search(text):
            # round 38 refused a count or a list of States as no one State's duty; session 33 answers it from the
            # record's relations on the day asked (question_words.yaml, `state_list_questions`; service.state_lists)
            return _read_state_list(facts, text, listed.group(0), today or dt.date.today())
    today = today or dt.date.today()
    text = _bind_relation(_named_days(facts, _weekdays_in_english(facts, _other_languages(facts, text), today), today))
    outside = _lexicon(facts).outside_territory
    beyond = outside.search(text) if outside else None
    if beyond:
        raise QuestionError(f"'{beyond.group(0)}' places the person outside every State's territory: the law here answers for "
                            "a State's territory, its airspace and a stop on the way elsewhere (Art. 89(1)); whether a "
                            "flag State must act on board its ship or aircraft outside its territory is not encoded: ask "
                            "about the State whose territory, airspace or port the person is in")
    written, (text, act_state) = text, _state_pronoun(facts, text)
    act = _lexicon(facts).act.search(text)
    if act and act.group("rel") and _NOW.search(text):
        act = None  # 'Is Hungary still bound after its withdrawal took effect?': asked about now, as any such clause
        # session 42: the State's name the act's clause held is read again ('After Hungary's withdrawal took effect, was
        # it still obliged to arrest Netanyahu?' lost Hungary to 'its', and was read as Netanyahu's travel map)
        text, act_state = written, None
    if act and not _names_a_day(text[:act.start()] + " " + text[act.end():], today):
        return _read_act(facts, text, today, act, act_state)  # 'on the day he was arrested': the day the record dates the act
    on, date_given, date_spans, said = _day(text, today)
    _refuse_undated_time(facts, text, date_spans, date_given,
                         forum=bool(_forum_asked(_lexicon(facts), text)), today=today)
    unread_act = None if act or date_given else (_UNREAD_ACT.search(text) or _UNREAD_COUNT.search(text))
    if unread_act:
        raise QuestionError(f"'{unread_act.group(0).strip()}' names a day by an act the reading does not know (it reads a "
                            "person's arrest, surrender, release, conviction, acquittal or death, the finding that his case is "
                            "inadmissible or the termination of the proceedings, the issue, unsealing or withdrawal of "
                            "a warrant, and a State's signature, ratification or accession, Art. 12(3) declaration, announcement, "
                            "notification or revocation of withdrawal, withdrawal taking effect or entry into force): ask "
                            "about its day, YYYY-MM-DD")
    tokens = [m for m in _WORD.finditer(_EX.sub("ex ", text)) if not any(a <= m.start() < b for a, b in date_spans)]
    words = [m.group(0) for m in tokens]
    index, codes, shared_names = state_name_index(facts), set(facts.records.states), _ambiguous(facts)
    lower_case = not any(c.isupper() for c in text)
    found_states: list[tuple[frozenset[str], str, int, int]] = []  # the States, how read, first word, length
    persons: list[str] = []
    time_persons: list[str] = []  # persons named only by a possessive after 'after', 'before' ... beside a whole day
    read_at: set[int] = set()  # the words read as a person
    person_spans: list[tuple[int, int, str]] = []  # where each person is named (round 51: two named together)
    sharing: list[tuple[str, list[str]]] = []  # a name several persons bear ('Gaddafi'), and their names
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            window = words[i:i + n]
            named, how = _state_in(facts, window, index, codes, shared_names)
            from_genitive = False
            if not named and n == 1 and window[0][:1].isupper() and not _person_in(facts, window, lower_case):
                # round 45: a State's name in the German or Dutch genitive, no apostrophe ('Ungarns Pflicht', 'Ungarns
                # Regierung'; `name_genitives`), names the State as a person's genitive names the person (it was refused
                # as naming no State)
                for ending in _lexicon(facts).genitives:
                    stem = window[0][:-len(ending)] if window[0].endswith(ending) and len(window[0]) > len(ending) + 2 else ""
                    if stem and (got := _state_in(facts, [stem], index, codes, shared_names))[0] and got[1] == "name":
                        named, how = got
                        from_genitive = True
                        break
            if not named and n == 1 and i + 1 < len(words) and window[0][:1].isupper() \
                    and words[i + 1].casefold() in _lexicon(facts).offices \
                    and (other_demonym := _other_demonyms(facts).get(normalise_name(window[0]))):
                # round 42: a demonym of another language written with a capital before an office ('de Russische
                # president', Dutch, as German writes 'russische'): the office's State, as 'the Russian president'
                named, how = frozenset({other_demonym}), "demonym"
            # round 46: a genitive after the noun it governs ('die Pflicht Ungarns', 'die Pflichten Tadschikistans') is
            # the State's, not a longer place's name (it was refused as one)
            if (named and n == 1 and how == "name" and not from_genitive
                    and _in_longer_place(facts, words, i, index, codes, shared_names)):
                raise QuestionError(f"'{words[i - 1]} {words[i]}' is no State or city the record holds ('{words[i]}' alone "
                                    "would be another State): name the State (e.g. the United States or USA), or ask "
                                    "where the person may travel without naming one")
            if named:
                found_states.append((named, how, i, n))
                break
            pid = _person_in(facts, window, lower_case) if n <= 4 else None
            # round 44: a name in the genitive ('Putins Besuch') is followed by the noun it governs, capitalised in German:
            # no longer name, nor a namesake's
            genitive = bool(pid) and n == 1 and not facts.find_persons(_POSSESSIVE.sub("", words[i]))
            if pid and n == 1 and not genitive and _in_longer_name(facts, words, i, index, codes, shared_names):
                pid = None  # 'Viktor' of 'Viktor Orbán', 'Maria' of 'Maria Zakharova': not the person of that first name
            if pid and n == 1 and not genitive and _namesake(facts, words, i, pid, index, codes, shared_names):
                near = _near(facts, [words[i - 1]])
                if near.removeprefix(". Did you mean ").removesuffix("?") in {st.name for st in facts.records.states.values()}:
                    # round 42: 'Muss Deutschlnd Netanjahu verhaften?': the word before the name is a misspelt State,
                    # no namesake's first name (the question was refused naming neither)
                    raise QuestionError(f"'{words[i - 1]}' is no State, city or person the record holds" + near)
                pid = None  # 'Netanyahu' of 'Yair Netanyahu': a relative or namesake, not the person of that family name
            if pid and date_given and len(on) == 10 and i and words[i - 1].casefold() in _TIME_OPENERS \
                    and re.search(r"['’]s$", words[i + n - 1]):
                time_persons.append(pid)  # round 28: "on 1 June 2021, after al-Bashir's fall": the time, a day named
                read_at.update(range(i, i + n))
                break
            if pid:
                persons.append(pid)
                read_at.update(range(i, i + n))
                person_spans.append((tokens[i].start(), tokens[i + n - 1].end(), pid))
                break
            if n == 1 and not pid:
                shared = _persons_sharing(facts, words, i, index, codes, shared_names)
                if shared:
                    sharing.append((words[i], shared))
            # a question typed all in lower case ('can netanyahu fly to budapest'): its cities are read as if capitalised
            # a capitalised word after a sentence's end opens the next sentence, not a longer name ('flown to The
            # Hague. Who surrendered him?', 'landed in Anchorage. Is he wanted?'; session 32)
            ended = i + n < len(words) and bool(_SENTENCE_GAP.search(text[tokens[i + n - 1].end():tokens[i + n].start()]))
            # session 33: a city in lower case right after a place word in a question with capitals ('Must Mongolia
            # arrest Putin in ulaanbaatar?', '… à bruxelles ?') is read as a question all in lower case reads it
            # round 41: a city after 'de', 'di' or 'do' behind a place within a city ("à l'aéroport de berlin") is read
            # as after a place word
            of_place = _after_place_noun(facts, words, i)
            after_place_word = bool(i) and (words[i - 1].casefold() in _lexicon(facts).place_words or of_place) \
                and all(w.islower() for w in window)
            place = _place_in(facts, [w[:1].upper() + w[1:] for w in window] if lower_case or after_place_word else window,
                              "in" if of_place else words[i - 1] if i else None,
                              words[i + n] if i + n < len(words) and not ended else None,
                              subject=i == 1 and words[0].casefold() in _OPENERS)
            if place and (lower_case or after_place_word) and i + n < len(words) and _LAW_NOUN.fullmatch(words[i + n]):
                place = None  # round 52: 'party to the rome statute' in lower case: the start of a name of the law, no city
            if place:
                found_states.append((frozenset({place}), "place", i, n))
                break
        else:
            n = 1
        i += n
    # a region ('Latin American countries'): a State read from one of its words is not named ('American')
    # (a region within a State's name or demonym is not one: 'South Africa', 'the South African authorities')
    regions = [(k, n, said) for k, n, said in _regions_named(facts, words)
               if not any(at < k + n and k < at + m and not (k <= at and at + m <= k + n) for _, _, at, m in found_states)]
    in_region = {k + j for k, n, _ in regions for j in range(n)}
    found_states = [f for f in found_states if not in_region & set(range(f[2], f[2] + f[3]))]
    # an office described by its State ("the Sudanese president", "the president of Russia"): its holder that day
    describing: set[int] = set()
    office_words: list[str] = []  # session 43: each office description and the recorded office it was read by
    named_persons = list(persons)
    for k, (named, how, at, n) in enumerate(found_states):
        if how == "place" or len(named) != 1:
            continue
        offices = _lexicon(facts).offices
        # session 43: a State's name after 'the' describes what follows ('the Myanmar president', 'the Myanmar junta
        # leader'), as its demonym does
        adjunct = how == "name" and (words[at].casefold() == "the" or (at > 0 and words[at - 1].casefold() == "the"))
        # (session 45: typed for both readers, the office after the demonym and round 55's office around it, whose fourth
        # item counts the office's words before the demonym)
        after: tuple[Any, ...] | None = (_office_after(words, at + n, offices) if how == "demonym" or adjunct
                                         or _POSSESSIVE.search(words[at + n - 1]) else None)
        if not after and how == "demonym" and n == 1 and words[at].islower():
            after = _other_office_before(facts, words, at)  # 'le président russe' (round 41)
        before = None if after else _office_before(words, at, offices) if how == "name" else None
        desc = None
        if not after and not before and (how == "demonym" or adjunct or _POSSESSIVE.search(words[at + n - 1])):
            # session 43: an office described in words ('the former Libyan intelligence chief', 'the Myanmar junta leader')
            desc = _described_after(words, at + n, _lexicon(facts).described_heads)
            if desc and not any(_described_holders(facts, next(iter(named)), desc[0], d, f) for d, f in
                                ((None, False), ("9999-12-31", False), ("9999-12-31", True))):
                desc = None  # no recorded office of the State is so described at any time: no office read (round 41)
        if desc:
            office, former, after = " ".join(desc[0]), desc[2], ("", desc[1], desc[2])
        elif after:
            office, former = after[0], after[2]
        elif before:
            office, former = before
        else:
            continue
        # "the former Sudanese president": 'former' before the demonym
        former = former or (how == "demonym" and at > 0 and words[at - 1].casefold() in _FORMER)
        office_state = next(iter(named))
        lead = after[3] if after and len(after) > 3 else 0  # session 44: the office's words before the demonym
        said_office = (" ".join(words[at - lead:at + n + after[1]]) if after
                       else f"the {'former ' if former else ''}{office} of {' '.join(words[at:at + n])}")
        if former and after and at - lead > 0 and words[at - lead - 1].casefold() in _FORMER:
            said_office = f"{words[at - lead - 1]} {said_office}"
        holders = (_described_holders(facts, office_state, desc[0], on, former, desc[3]) if desc
                   else _office_holders(facts, office_state, office, on, former))
        if named_persons and (len(holders) != 1 or holders[0] not in named_persons):
            continue  # "Did the Mongolian president have to arrest Putin?": the person asked about is named
        left = (_described_holders(facts, office_state, desc[0], on, True, desc[3]) if desc
                else _office_holders(facts, office_state, office, on, True)) if not holders and not former else None
        undated = _described_holders(facts, office_state, desc[0], None, former, desc[3]) if desc and not holders else None
        persons.append(_one_holder(facts, said_office, holders, on, former, left, undated))
        describing.add(k)
        office_words.append(_office_read_words(facts, said_office, persons[-1], office_state))
    plain = {next(iter(s_)) for k, (s_, _, _, _) in enumerate(found_states) if len(s_) == 1}
    states: list[str] = []
    # A State named as a situation ('in the Ukraine investigation') beside another State is not a State asked about.
    as_situation = {k for k, (named, _, at, n) in enumerate(found_states) if _names_situation(facts, words, at, n, named)}
    if len(as_situation) >= len(found_states):
        as_situation = set()
    asked = [k for k, (_, _, at, _) in enumerate(found_states) if not (k in describing or _destination(words, at) or k in as_situation)]
    # an embassy's owner or the city it stands in, beside another State asked about, is not asked about (round 26)
    embassy = {k for k in asked if _embassy_role(words, found_states[k][2], found_states[k][3])}
    if len(embassy) < len(asked):
        asked = [k for k in asked if k not in embassy]
    # round 34: a demonym before a lower-case noun that names no one acting for a State ('the return of Ukrainian
    # children'), beside a State named by its name or a city, describes the noun and is not asked about ('Ukrainian' was
    # read as Ukraine and the question refused as naming two States); 'the Tajik government', 'the Mongolian state' still
    # name theirs (question_words.yaml, `act_agents`)
    agents = _lexicon(facts).act_agents | {"state", "authority", "administration", "leadership"}
    described = {k for k in asked if found_states[k][1] == "demonym" and found_states[k][2] + found_states[k][3] < len(words)
                 and words[found_states[k][2] + found_states[k][3]][:1].islower()
                 and normalise_name(words[found_states[k][2] + found_states[k][3]]) not in agents}
    if described and any(found_states[k][1] in ("name", "place") for k in asked if k not in described):
        asked = [k for k in asked if k not in described]
    for k in described:
        # round 35: 'Must the Ukrainian farmers arrest Putin on 1 May 2024?' was read as Ukraine's duty: a demonym before a
        # noun that names no one acting for a State, as the subject of a verb of arrest or surrender, names who would act,
        # and they are no State; refused naming them ('Could the Russian president travel ...' names an office's holder)
        at, n = found_states[k][2], found_states[k][3]
        preceding = [w.casefold() for w in words[max(0, at - 2):at]]
        following = [w.casefold() for w in words[at + n + 1:at + n + 6]]
        while following and following[0] in ("have", "has", "had", "be", "been", "obliged", "required", "bound", "to"):
            following = following[1:]
        office = words[at + n].casefold() if at + n < len(words) else ""
        if any(office in o.split() for o in _lexicon(facts).offices):  # 'Did the Russian president have to arrest ...'
            continue
        if following and following[0] in _DUTY_VERBS and preceding and (preceding[-1] in _SUBJECT_AUX or (preceding[-1] in ("the", "a", "an") and len(preceding) > 1
                                                      and preceding[-2] in _SUBJECT_AUX)):
            said = " ".join(words[at:at + n + 1])
            where = " or ".join(sorted(facts.records.states[c].name for c in found_states[k][0] if c in facts.records.states))
            raise QuestionError(f"'{said}' names persons who are not a State: the duties of Part 9 are a State's, acted on "
                                f"by its authorities: ask whether {where or 'the State'} must arrest or surrender the person")
    # a ship's or aircraft's flag State or owner ('an Italian-flagged ship', 'a Greek navy frigate'), beside another State
    # asked about, is not asked about; a ship or aircraft named by its flag and no place is refused (round 27)
    lexicon = _lexicon(facts)
    flag = lexicon.flagged.search(text) if lexicon.flagged else None
    owners = {k for k, (_, _, at, n) in enumerate(found_states) if _craft_owner(lexicon, text, tokens, at, n, flag)}
    owned = [k for k in asked if k in owners]
    if owned and len(owned) < len(asked):
        asked = [k for k in asked if k not in owners]
    if flag and not (any(how == "place" for _, how, _, _ in found_states)
                     or (lexicon.craft_places and lexicon.craft_places.search(text))
                     or any(at and words[at - 1].casefold() in _CRAFT_AT and k not in owners
                            for k, (_, _, at, _) in enumerate(found_states))
                     # a capitalised place after 'in' the gazetteer does not hold ('in Barcelona'): a place is named
                     or any(words[k - 1].casefold() in _CRAFT_AT and words[k][:1].isupper() and not _LAW_NOUN.fullmatch(words[k])
                            for k in range(1, len(words)))):
        raise QuestionError(f"'{flag.group(0)}' names whose ship or aircraft it is (its flag or registry), not where it is: "
                            "Art. 89(1) asks about a person found on a State's territory (its land, ports and territorial "
                            "waters, its airspace, an airfield); whether a flag State must act on board outside its territory "
                            "is not encoded: say where the ship or aircraft is ('in the port of Genoa', 'in Spanish "
                            "territorial waters', 'at Athens airport'), or 'on the high seas'")
    charge = _CHARGE.search(text) if persons else None
    if charge:
        # round 36: what a person is wanted, charged or accused for ('Is Lvova-Belova wanted for deporting Ukrainian
        # children?', 'wanted for the strikes on Ukraine's power grid', 'charged with murder ... for the killings in the
        # Philippines') tells the crimes and where they were done: a State named there is not asked about (these were read
        # as that State's duty to arrest the person today)
        asked = [k for k in asked if tokens[found_states[k][2]].start() < charge.start()]
    custody_asked = bool(persons) and _asks_custody(lexicon, text)
    custody_where: set[str] = set()
    if custody_asked:
        # session 32: a city in a question asking who arrested or surrendered the person ('In March 2025 Duterte was flown
        # to The Hague. Who surrendered him?', 'Who arrested Putin in Anchorage?') is where he was taken or held, not a
        # State whose duty is asked: the question is answered by the record's arrests and surrenders of the person
        asked = [k for k in asked if found_states[k][1] != "place"]
        # law39: a State after a place word in the sentence asking who acted ('Who arrested Duterte in the Philippines?')
        # is where he was taken: the record's custody events there, not that State's duty to arrest him
        spans = _custody_spans(lexicon, text)
        taken_at = [k for k in asked if len(found_states[k][0]) == 1 and _at_place_word(facts, words, found_states[k][2])
                    and any(a <= tokens[found_states[k][2]].start() < b for a, b in spans)]
        # round 53: a State named within the words asking who acted, before its verb ('On what day did Germany surrender El
        # Hishri?', 'When did Chad surrender Mokom?') is the one that acted: its custody events, not its duty
        acting = _custody_verb_spans(lexicon, text)
        taken_at += [k for k in asked if k not in taken_at and len(found_states[k][0]) == 1
                     and any(a <= tokens[found_states[k][2]].start() < b for a, b in acting)]
        custody_where = {next(iter(found_states[k][0])) for k in taken_at}
        asked = [k for k in asked if k not in taken_at]
    for k, (named, how, at, n) in enumerate(found_states):
        if k not in asked:
            continue
        if how == "demonym" and len(named) == 1 and _describes_person(facts, words, named, at + n, persons, read_at):
            continue  # 'the Afghan Taliban leader Akhundzada': his own State's adjective describes him
        states.append(next(iter(named)) if len(named) == 1
                      else _resolve_shared(facts, text, " ".join(words[at:at + n]), named, plain))
    states, persons = list(dict.fromkeys(states)), list(dict.fromkeys(persons))
    if not persons and time_persons:
        persons = list(dict.fromkeys(time_persons))  # 'after Putin's visit, on ...', no other person: the one it names
    if len(persons) > 1:
        state_spans = [(tokens[at].start(), tokens[at + n - 1].end(), next(iter(named)))
                       for k, (named, how, at, n) in enumerate(found_states)
                       if k in asked and len(named) == 1 and how != "place"]
        # round 52: two States and two persons, each pair named together ('Must France and Germany arrest Putin and
        # Netanyahu?'): each person asked apart, then each State of that question apart, every pair answered
        pairs = len(states) > 1 and {c for _, _, c in state_spans} == set(states) and _joined_together(facts, text, state_spans)
        if {p for _, _, p in person_spans} == set(persons) and (len(states) <= 1 or pairs) and (
                each := _each_named(facts, text, person_spans, "persons", today, assume_hint)):
            if pairs:
                reads = [r for by_person in each["each"] for r in (by_person["each"] if by_person["kind"] == "each" else [by_person])]
                return {**each, "each_of": "pairs", "each": reads,
                        "named_together": f"{each['named_together']}, and {each['each'][0].get('named_together')}"}
            return each  # round 51: 'Must Germany arrest Netanyahu and Gallant ...?': each person asked apart
        raise QuestionError("the question names several persons ("
                            + ", ".join(facts.records.persons[p].name for p in persons) + "): ask about one")
    if persons and len(states) > 1:
        person = facts.records.persons[persons[0]]
        own = set(person.nationality) | {o.state for o in person.offices}
        # His own State is where he comes from ('Can Putin fly from Russia to Mongolia?'), unless it is the question's
        # subject ('Was Sudan bound to arrest Ali Kushayb before he surrendered in the Central African Republic?'):
        # then it is asked about as any State is, and two States asked about are refused (round 22).
        subject = {next(iter(named)) for named, _, at, _ in found_states if len(named) == 1 and _at_subject(words, at)}
        hosts = [s for s in states if s not in own or s in subject]
        named_spans = [(tokens[at].start(), tokens[at + n - 1].end(), next(iter(named)))
                       for k, (named, how, at, n) in enumerate(found_states)
                       if k in asked and len(named) == 1 and next(iter(named)) in states and how != "place"]
        # round 52: his own State named together with another ('Either Kenya or Uganda: which must arrest Kony?') is
        # asked about as the other is, each apart, not taken for where he comes from
        if len(hosts) == 1 and not _joined_together(facts, text, named_spans):
            states = hosts
    if persons and regions and states:  # 'Can Putin fly from Russia to Europe?': the region is where he goes
        person = facts.records.persons[persons[0]]
        if set(states) <= set(person.nationality) | {o.state for o in person.offices}:
            if not all(_region_of(facts, said) for _, _, said in regions):
                _refuse_region(facts, regions, persons[0])
            states = []  # his own State is where he comes from: the region's States are asked about
    if not persons and sharing:
        said, names = sharing[0]
        raise QuestionError(f"'{_POSSESSIVE.sub('', said)}' may mean " + " or ".join(names) + ": name the person in full")
    read_all = read_at | {at + j for _, _, at, n in found_states for j in range(n)}
    _refuse_undated_range(words, read_all)
    region = None
    regions_named = [_region_of(facts, said) for _, _, said in regions]
    if not states and regions and len(persons) == 1 and all(regions_named) and len(set(regions_named)) == 1:
        region = regions_named[0]  # 'Must EU states arrest Netanyahu?': each State of it, one by one
        read_all |= {k + j for k, n, _ in regions for j in range(n)}
    if not states and not region:
        for pattern in lexicon_first_person(facts):
            if mine := pattern.search(text):
                # round 37: 'Are we obliged to arrest Putin if he visits?' was answered as his travel map (every State): a
                # speaker's own State is no State the reading can know (question_words.yaml, `first_person`)
                raise QuestionError(f"'{mine.group(0)}' names the State of whoever asks, which the reading cannot know: name "
                                    "the State (e.g. 'Is Mongolia obliged to arrest Putin?')")
        _refuse_region(facts, regions, persons[0] if len(persons) == 1 else None)
        _unread_subject(facts, words, read_all, read_at)
    if not states and not persons:
        # round 43: 'What must Hungery do for the Court?' was refused naming nothing it could not read: the capitalised
        # words read as nothing (not the first word, a body's name or a word of the law) are named, with the closest names
        unread = [w for k, w in enumerate(words) if k and k not in read_all and w[:1].isupper() and not _names_body(w)
                  and not _LAW_NOUN.fullmatch(w) and w.casefold() not in _OPENERS | _FILLER]
        raise QuestionError("the question names no State and no person the record holds"
                            + (f" ('{' '.join(unread)}' is none of them)" if unread else "")
                            + ": name a State (e.g. Mongolia or MNG) and a person under a warrant (e.g. Vladimir Putin)"
                            + _near(facts, unread))
    other_duty = lexicon.other_duties.search(text) if lexicon.other_duties and states else None
    if not persons and not other_duty:
        verb = _ARREST_VERB.search(text)
        if verb:
            next_words = [(k, m.group(0)) for k, m in enumerate(tokens) if m.start() >= verb.end()][:3]
            read_words = {start + j for _, _, start, size in found_states for j in range(size)}
            if not any(w.casefold() in _GENERIC_OBJECTS for _, w in next_words):
                unread = [w for k, w in next_words if (w[:1].isupper() or _PARTICLE_NAME.fullmatch(w)) and k not in read_words]
                unread_office = _unread_office(words, found_states, {k for k, _ in next_words})
                raise QuestionError(f"the question asks about '{verb.group(0)}' someone but names no person the record holds"
                                    + (f" ('{' '.join(unread)}' is not one of them)" if unread else "")
                                    + (f" ('{unread_office}' describes a person by no office the reading reads: a president, "
                                       "prime minister, head of State or government, leader, or a minister by portfolio)"
                                       if unread_office else "")
                                    + ": name a person under a warrant or summons (e.g. Vladimir Putin), or ask what "
                                    "the State must do without naming one"
                                    # round 53: a question typed all in lower case ('must mongolia arrest putn') has no
                                    # capitals to tell a name by: the unread words after the verb are compared
                                    + _near(facts, unread or ([w for k, w in next_words if k not in read_words and len(w) >= 4]
                                                              if not any(c.isupper() for c in text) else [])))
    tour = next((m for p in lexicon.tours if (m := p.search(text))), None) if len(states) > 1 and len(persons) == 1 else None
    at_states = [tokens[found_states[k][2]].start() for k in asked if next(iter(found_states[k][0])) in states
                 or len(found_states[k][0]) > 1]
    if tour and not region and at_states and tour.end() <= min(at_states):
        # round 42: a trip across several States ('a tour of Mongolia and China', 'su gira por Argentina y Paraguay') names
        # each as a stop of the person's journey: each is answered apart, as a region's States are (two States asked
        # about without such words are still refused: round 40)
        names = [facts.records.states[s].name for s in states]
        region = _Region(name=f"the trip across {', '.join(names[:-1])} and {names[-1]}", states=tuple(states), as_of=on,
                         source=f"the States the question names after '{tour.group(0).strip()}'", trip=True)
        states = []
    if len(states) > 1:
        state_spans = [(tokens[at].start(), tokens[at + n - 1].end(), next(iter(named)))
                       for k, (named, how, at, n) in enumerate(found_states)
                       if k in asked and len(named) == 1 and next(iter(named)) in states and how != "place"]
        if {c for _, _, c in state_spans} == set(states) and len(persons) <= 1 and (
                each := _each_named(facts, text, state_spans, "states", today, assume_hint)):
            return each  # round 51: 'Must Mongolia or Tajikistan arrest Putin?': each State asked apart
        raise QuestionError("the question names several States ("
                            + ", ".join(facts.records.states[s].name for s in states) + "): ask about one")
    if not persons:
        _unread_person(facts, words, read_all)
    if not states:
        _unread_place(facts, words, read_all)
    other = [w for k, w in enumerate(words)
             if k not in read_all and w.casefold() not in _FILLER and not w.isdigit() and not w[:1].isupper()]
    capital_law = any(_LAW_NOUN.fullmatch(w) or w.casefold() in lexicon.duty_nouns  # round 46: 'de plicht van'
                      for k, w in enumerate(words) if k and k not in read_all)  # 'a State Party'
    # round 33: 'Which hotel did Lvova-Belova stay in during her visit to Doha?' was answered as Qatar's duty to arrest
    # her ('stay' is a word of travel): the noun after an opening 'which' or 'what' is what the question asks for, and
    # one that is no word of the law nor a thing the reading answers (question_words.yaml, `asked_nouns`) is refused
    asked_for = _ASKED_FOR.match(text)
    # session 32: what a forum did about a State ('What measures has the Assembly taken against Mongolia?') asks the
    # record's responses to the Court's findings (`forum_response_questions`), not a noun the reading does not answer
    # (round 43: with a person too, 'How has the Security Council responded to Sudan's failure to arrest al-Bashir?' was
    # read as Sudan's duty to arrest him: the person names what the State failed to do, the forum's responses are asked)
    asked_forum = _forum_asked(lexicon, text) if len(states) == 1 else None
    if asked_for and not asked_forum and not (_ASKS.match(asked_for.group(1)) or _LAW_NOUN.fullmatch(asked_for.group(1))
                          or asked_for.group(1).casefold() in lexicon.asked_nouns):
        raise QuestionError(f"the question does not say what it asks of the law: it asks for a '{asked_for.group(1)}' "
                            f"('{asked_for.group(0)}'): ask whether a State must arrest or surrender a person ('Must "
                            "Mongolia arrest Putin on 2024-09-03?'), what a State owes the Court ('Is Hungary still "
                            "bound?') or where a person may travel ('Where can Putin travel?')")
    # round 32: the words of a time named by a visit or an occasion ('during Netanyahu's visit', 'when he landed',
    # 'during the summit') place the question in time and say nothing of what it asks: 'Tell me about the weather in
    # Budapest during Netanyahu's visit' was answered as Hungary's duty to arrest him on the day of the visit
    # (round 34: a visit the question asks about as its own verb, 'What day did Putin arrive in Mongolia?', is what it
    # asks, not its time)
    timed = [(m.start(), m.end()) for pattern in (_VISIT, _OCCASION) for m in pattern.finditer(text)
             if not (pattern is _VISIT and m.group("asked"))]
    asking = [m.group(0) for k, m in enumerate(tokens) if k not in read_all and not any(a <= m.start() < b for a, b in timed)]
    # round 38: 'Must Italy freeze Almasri's assets?' was refused as asking nothing of the law: words of a duty other than
    # arrest (`other_duties`) ask of the law as 'arrest' does
    # round 45: a question of the person's custody alone ('Duterte est-il en détention ?', 'Is Poetin nog
    # voortvluchtig?') asks the record's arrests and surrenders (`custody_questions`), not the law
    if (other and not capital_law and not other_duty and not asked_forum and not custody_asked
            and not any(_ASKS.match(_ELIDED.sub("", w)) for w in asking if w in other)):
        unread = [w for k, w in enumerate(words) if k and k not in read_all and w[:1].isupper() and not _names_body(w)
                  and w.casefold() not in _OPENERS | _FILLER]
        raise QuestionError(f"the question does not say what it asks of the law ('{' '.join(other)}'"
                            + (f"; not read: '{' '.join(unread)}'" if unread else "") + ")"
                            + _near_verb([w for w in asking if w in other]) + ": ask whether a "
                            "State must arrest or surrender a person ('Must Mongolia arrest Putin on 2024-09-03?'), "
                            "what a State owes the Court ('Is Hungary still bound?') or where a person may travel "
                            "('Where can Putin travel?')")
    if states and not persons:  # 'Can Xi Jinping travel to France?'
        _unread_subject(facts, words, read_all, read_at)
    if persons and not states:  # '¿Debe España arrestar a Putin?'
        _unread_capitalised(facts, words, read_all)
    state: str | None = states[0] if states else None
    person_id: str | None = persons[0] if persons else None
    _refuse_other_visitor(facts, text)
    if other_duty or asked_forum:
        # what the Assembly or the Council did about the State (round 43), or a duty other than arrest (Arts. 93(1), 89(3)(a)): the State's duties in the situation, not whether it must arrest
        # a person the question names (round 28: 'Did Kenya have to hand the ICC Kenyatta's financial records?')
        person_id = None
    kind = "arrest" if state and person_id else "obligations" if state else "travel"
    from_event, period_whole, period = None, False, None
    asked_span = on  # the day, month, year or range named, before a trip's day is taken for it (round 52)
    visit = (_VISIT.search(text) or _PAST.search(text)) if state and person_id and not date_given else None
    occasion = _OCCASION.search(text) if not (date_given or visit) else None
    occasion_trip = None
    if occasion and state and person_id and (_PAST.search(text) or _HAD.search(text)):
        # round 34: an occasion the record writes for one trip of the person to the State, asked about in the past ('Would
        # South Africa have had to arrest Putin at the G20 summit in Johannesburg?'), is that trip's day ('Must South
        # Africa arrest Putin during the BRICS summit?' asks of a summit to come, and is still refused)
        chosen, by = _trips_by_occasion(facts, state, person_id, text, sorted(
            ((e.date, key) for key, e in facts.records.events.items() if e.person == person_id and e.state == state
             and e.trip in ("visit", "transit", "planned", "cancelled")), key=lambda t: (date_sort_key(t[0]), t[1])))
        if by and len(chosen) == 1 and len(chosen[0][0]) == 10:
            occasion_trip, occasion = chosen[0], None
    if occasion:
        raise QuestionError(f"'{occasion.group(0).strip()}' names an occasion but not its day, and the reading does not "
                            "know it: ask about its day, YYYY-MM-DD (or 'during his visit', where the record holds one visit "
                            "of the person to the State)")
    whose = re.search(r"\s((?-i:[A-Z])[^\W\d_]*)['’]s\s", visit.group(0)) if visit else None
    if whose and person_id and _person_in(facts, [whose.group(1)]) != person_id:
        # round 25: "during Xi's visit", asking about Putin, had been read silently as Putin's one recorded visit
        raise QuestionError(f"'{visit.group(0).strip() if visit else ''}' names a visit of '{whose.group(1)}', not of "
                            f"{facts.records.persons[person_id].name}: ask about its day, YYYY-MM-DD")
    dated_occasion = _OCCASION.search(text) if state and person_id and date_given and len(on) < 10 and not visit else None
    if dated_occasion and state and person_id:
        occasion_trip = _occasion_in_period(facts, state, person_id, on, dated_occasion, text)
    try:
        if occasion_trip:
            (on, from_event), date_given = occasion_trip, True
        elif visit:  # 'during his visit', no day named: the day of the one recorded trip of that kind
            (on, from_event), date_given = _visit_day(facts, state or "", person_id or "", visit, text), True
        elif "/" in on and _span_days(on) > _LONGEST_SPAN:  # a range of months or years ('between 2023 and 2025')
            period = on
            on, from_event, period_whole = _range_day(facts, state, person_id, on, said)
        elif "/" in on:  # a span of days: its first day, where one answer holds throughout
            period = on
            on, period_whole = _span_day(facts, state, person_id, on), True
        elif len(on) < 10:  # a month or a year: the day of the one recorded trip then, where a State and a person are named
            part = _YEAR_PART.search(text) if len(on) == 4 else None
            months = _PART_MONTHS[next(g for g in part.groups()[:5] if g).casefold()] if part and part.group(6) == on else None
            year_trips = [e for e in facts.records.events.values() if e.person == person_id and e.state == state
                          and e.date.startswith(on)] if person_id else []
            if asked_forum and state and not person_id and len(on) == 4 and any(
                    (m := p.search(text)) and m.group(1) == on for p in lexicon.forum_act_years):
                # session 41: the year dates the Court's act the question starts from ('What did the Council do after
                # the Court referred Jordan to it in 2017?'): what followed runs to the day asked (the Appeals
                # Chamber's judgment of 2019 was cut at 2017-12-31 before)
                on = today.isoformat()
            elif asked_forum and state and not person_id:
                # round 53: what a forum did about a State's findings 'in 2017' (the finding's year): the findings and
                # responses the record dates by its last day (as session 32's month), never refused as a range of the
                # State's duties, which it does not ask
                period = f"{DateSpan.parse(on).first.isoformat()}/{DateSpan.parse(on).last.isoformat()}"
                on, period_whole = min(DateSpan.parse(on).last, today).isoformat(), True
            elif state and len(on) == 4 and not months and len(year_trips) != 1 and not _VISIT.search(text):  # a year: a range of days (see _range_day)
                period = f"{on}-01-01/{on}-12-31"
                on, from_event, period_whole = _range_day(facts, state, person_id, period, said)
            elif state and not person_id and months:
                # session 43 (round 55): a part of a year asked of a State alone ('Was Hungary still a party in mid-2025?')
                # is its months, a range of days answered as one where one answer holds throughout, refused naming the
                # days the answer changes otherwise; it was read as the bare year and refused as naming no single day
                said = part.group(0) if part else said  # (months are read from ``part``: it is there)
                period = f"{on}-{months[0]:02d}-01/{DateSpan.parse(f'{on}-{months[1]:02d}').last.isoformat()}"
                on, from_event, period_whole = _range_day(facts, state, None, period, said)
            elif state and not person_id and len(on) == 7:  # a State's duties in a month: the same every day, or refused
                on, period_whole = _month_obligations(facts, state, on, said), True
            elif custody_asked and person_id and not state:
                # session 32: who arrested or surrendered the person in a month or a year ('Who surrendered Duterte in
                # March 2025?'): the record's arrests and surrenders by its last day (each dated), and the warrant then
                period = f"{DateSpan.parse(on).first.isoformat()}/{DateSpan.parse(on).last.isoformat()}"
                on, period_whole = DateSpan.parse(on).last.isoformat(), True
            elif not (state and person_id):
                raise _no_single_day(said, on)
            else:
                if part and months:
                    said = part.group(0)
                on, from_event, period_whole = _arrest_in_period(facts, state, person_id, on, said, months)
    except FieldError as e:  # round 28: a range whose days begin before the State came into being ('Montenegro ... 2005')
        if e.field != "on":
            raise
        raise QuestionError(str(e)) from None
    changes_within = _changes_within(facts, kind, state, person_id, asked_span, on) if from_event else []
    presence = _presence(facts, text, kind, from_event)
    craft = lexicon.state_craft.search(text) if lexicon.state_craft and presence == "territory" and kind == "arrest" else None
    if craft:
        # a warship or State aircraft of another State (or of one not named: 'a foreign warship') in the State's port or
        # airfield: its territory, with the immunity of a third State's property raised (Art. 98(1); round 27)
        owner = [next(iter(named)) for k, (named, _, at, n) in enumerate(found_states) if k in owners and len(named) == 1
                 and tokens[at + n - 1].end() <= craft.start() <= tokens[at + n - 1].end() + 40]
        if not owner or owner[-1] != state:
            presence = "state_craft"
    if state and len(on) == 10:
        from iccwatch.service.ask import not_yet_a_state

        if why := not_yet_a_state(facts, state, dt.date.fromisoformat(on)):  # round 28: South Sudan in January 2011
            raise QuestionError(why)
    custody = None
    if kind == "travel" and person_id and not region and custody_asked:
        # round 37: 'Who surrendered Duterte?', 'Where is Ongwen held?' were answered as the travel map alone, which says
        # which States must arrest him, not who did: the record's arrest and surrender events of the person (session 32:
        # those dated on or before the day asked, as the dashboard and /api/v1/persons/{id}/custody list them)
        custody = custody_events(facts, person_id, on)
        if len(custody_where) == 1:
            custody = [c for c in custody if c["state"] in custody_where]
    forum = None
    if kind == "obligations" and state:
        # session 32: 'What sanctions did the Assembly impose on Mongolia?' was answered as Mongolia's own duties: a question
        # of what a forum did about the State is its response to the Court's findings against it (question_words.yaml,
        # `forum_response_questions`)
        forum = lexicon.forum_words.get(normalise_name(asked_forum.group(1))) if asked_forum else None
    return {"kind": kind, "state": state, "state_name": facts.records.states[state].name if state else None,
            "asks": "custody" if custody is not None else "responses" if forum else None, "custody": custody,
            "forum": forum, "responses": forum_responses(facts, state, forum, DateSpan.parse((period or on).split("/")[-1]).last)
            if forum and state else None,
            "custody_state": next(iter(custody_where)) if custody is not None and len(custody_where) == 1 else None,
            "custody_state_name": facts.records.states[next(iter(custody_where))].name
            if custody is not None and len(custody_where) == 1 else None,
            "places_not_read": _places_not_read(facts, words, read_all),
            "person": person_id, "person_name": facts.records.persons[person_id].name if person_id else None,
            "on": on, "date_given": date_given, "day_from_event": from_event,
            "presence": presence,
            "office_words": "; ".join(office_words) or None,
            "trip_month_only": bool(from_event and len(facts.records.events[from_event].date) == 7),
            "period_whole": period_whole, "period": period, "day_from_act": None, "changes_within": changes_within,
            "region": {"name": region.name, "states": list(region.states), "as_of": region.as_of, "source": region.source,
                       "trip": region.trip}
            if region else None}


#: The acts by which a State's relation to the Statute changes (round 52): a period read by a trip's day that holds one
#: is said with the answer from that act's day.
_STATUS_ACTS = ("entry_into_force", "withdrawal_effective")


def _changes_within(facts: Facts, kind: str, state: str | None, person: str | None, asked: str, on: str) -> list[dict[str, Any]]:
    """Round 52: where a month, a year or a range named is read as the day of a recorded trip within it ('Which of Hungary
    and Germany must arrest Netanyahu in 2026?': Hungary on the day of its one trip that year), the State's acts within
    that period on another day that change its relation to the Statute (its entry into force, its withdrawal taking
    effect), each with the answer from that day, its basis and contested issues: the day read answers for the day, not
    for the whole period (round 51 left Hungary's Art. 127(2) from 2026-06-02 unsaid)."""
    if kind != "arrest" or not state or not person or len(on) != 10:
        return []
    try:
        first, last = DateSpan.parse(asked.split("/")[0]).first, DateSpan.parse(asked.split("/")[-1]).last
    except ValueError:
        return []
    from iccwatch.service import ask_arrest

    out = []
    for p in sorted(facts.records.states[state].participation, key=lambda p: date_sort_key(p.date)):
        if p.instrument != "rome-statute" or p.action not in _STATUS_ACTS or len(str(p.date)) != 10:
            continue
        day = dt.date.fromisoformat(str(p.date))
        if first <= day <= last and str(p.date) != on:
            d = ask_arrest(facts, state, person, day)
            out.append({"on": str(p.date), "act": p.action, "answer": d["answer"], "basis": list(d.get("basis") or []),
                        "contested": sorted({c.get("issue") for c in d.get("contested") or [] if c.get("issue")})})
    return out


def read_as_words(q: dict[str, Any]) -> str:
    """How a question in words was read (``read_question``'s answer, of the kinds answered as an arrest, a State's
    duties, a travel map, a region, who arrested or a forum's responses), in one line: the question as the engine asks
    it and how its day was chosen ("(its first day: the answer is the same on every day named)", "(no day named:
    today)"). The CLI prints it after "Read as:"; the ask page shows it above an answer reached from words (session 40:
    a journalist asking of "next month" saw an answer for its first day with nothing saying why)."""
    asked = {"arrest": f"Must {q['state_name']} ({q['state']}) arrest {q['person_name']} on {q['on']}?",
             "obligations": f"What must {q['state_name']} ({q['state']}) do to cooperate on {q['on']}?",
             "travel": f"Where must {q['person_name']} be arrested on {q['on']}?"}[q["kind"]]
    if q.get("asks") == "custody":
        asked = f"Which States arrested or surrendered {q['person_name']}, by the record?"
    if q.get("region"):
        asked = (f"Must each State of {q['region']['name']} ({len(q['region']['states'])} States) arrest {q['person_name']} "
                 f"on {q['on']}?")
    span = f" {q['period'].replace('/', ' to ')}" if q.get("period") else ""
    how = (f" (the recorded trip {q['day_from_event']} is dated only to its month; the answer is the same on every day of it)"
           if q.get("trip_month_only") else
           f" (the day of the recorded trip {q['day_from_event']}, the one within{span})" if q.get("day_from_event") and span
           else f" (the day of the recorded trip {q['day_from_event']})" if q.get("day_from_event")
           else f" (the first day of{span}: the answer is the same on every day of it)" if q.get("period_whole") and span
           else " (its first day: the answer is the same on every day named)" if q.get("period_whole")
           else "" if q["date_given"] else " (no day named: today)")
    if q.get("asks") == "custody":  # session 32: a month or a year asked is read by its last day
        asked = f"Which States arrested or surrendered {q['person_name']}, by the record, by {q['on']}?"
        if q.get("custody_state"):  # 'Who arrested Duterte in the Philippines?': that State's events (session 32)
            asked = f"Did {q['custody_state_name']} ({q['custody_state']}) arrest or surrender {q['person_name']}, by the record, by {q['on']}?"
        how = (f" (the last day of{span})" if span else "" if q["date_given"] else " (no day named: today)")
    if q.get("asks") == "responses":  # session 32: what a forum did about a State's findings of non-compliance
        asked = f"What did the {q['forum']} do about the Court's findings of non-compliance against {q['state_name']} ({q['state']})?"
        how = ""
    if q.get("day_from_act"):  # 'on the day he was arrested': the day the record dates the act
        how = f" (the day named by an act: {q['day_from_act']})" + how
    for c in q.get("changes_within") or []:  # round 52: an act within the period read by a trip's day
        how += (f"; within the period, its {c['act'].replace('_', ' ')} on {c['on']}: from then {c['answer']}"
                + (f" ({', '.join(c['basis'])})" if c["basis"] else "")
                + (f", contested on {', '.join(c['contested'])}" if c["contested"] else ""))
    if q.get("day_readings_words"):  # round 53: a day in numbers read both ways, both giving one answer
        how += f" ({q['day_readings_words']})"
    if q.get("spelt_words"):  # session 42: a common word misspelt, read as the word
        how += f" ({q['spelt_words']})"
    if q.get("office_words"):  # session 43: a person described by an office, read by the record's offices
        how += f" ({q['office_words']})"
    if q.get("supposed"):  # session 45: a withdrawal the question supposes, answered by the arithmetic of Art. 127
        how += f" ({q['supposed']['words']})"
    where = {"airspace": " (in its airspace: a flight over it)", "transit": " (on a transit stop)",
             "state_craft": " (aboard another State's warship or State aircraft on its territory)"}.get(q.get("presence") or "", "")
    return f"{asked}{where}{how}"
