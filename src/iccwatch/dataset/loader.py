"""Read ``data/`` into a RecordSet, collecting every problem with its file, record and field.

The loader is strict: an unknown folder or file, an unknown field, a malformed value or malformed
YAML is a problem, never silently absorbed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import typing
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from iccwatch.caching import BoundedCache
from iccwatch.dataset.character_checks import text_problems as character_problems
from iccwatch.dataset.consistency_checks import markup_problems
from iccwatch.dataset.frozen import frozen_table
from iccwatch.dataset.grading import PublisherTable
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import texts_of, walk_text
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.review_checks import text_problems as review_text_problems
from iccwatch.dataset.text_checks import PROSE_FIELDS, character_form_problem
from iccwatch.dataset.whole_file_checks import (
    conflict_marker,
    conflict_message,
    cut_short,
    decode_cut_short,
    holds_marker,
)
from iccwatch.dataset.yaml_io import UnsafeYAML, load_yaml, read_text_checked, yaml_events
from iccwatch.errors import InputError
from iccwatch.model import Meta
from iccwatch.model.common import Iso3, Slug, Source
from iccwatch.model.dates import YEARS

TOP_LEVEL_FILES = {"meta.yaml", "assertions.yaml", "README.md"}
LOOKUP_FILES = {"state_names", "demonyms", "places", "airports", "publishers", "map_points", "complete_lists", "name_variants", "monitor_words",
                "question_words", "question_state_names", "question_months", "regions", "search_routes",
                "place_names", "court_places", "placeholder_words"}
#: Lookup tables the checker cannot do without (every source is graded by its publisher's entry).
REQUIRED_LOOKUPS = {"publishers"}

#: The longest text one field may hold (the longest note in the record is a few hundred characters).
MAX_FIELD_CHARS = 20_000
#: Control characters (tab and line breaks aside), the bidirectional overrides and isolates that can
#: make text read differently from what it says, and invisible characters that make two equal-looking
#: names differ (zero-width space, word joiner, soft hyphen, line and paragraph separators, invisible
#: operators, interlinear annotations). Zero-width (non-)joiners stay: some scripts need them.
_UNSAFE_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u180e\u200b\u200e\u200f\u061c\u2028\u2029\u202a-\u202e"
                           r"\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
#: The characters YAML itself reads as line breaks besides LF and CR (next line, line and paragraph separators).
_READ_AS_BREAK = re.compile("[\x85\u2028\u2029]")
#: Spaces other than the plain one (no-break, thin, ideographic...): two names that look equal would differ.
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: A zero-width (non-)joiner beside a Latin letter, digit or space, where no script needs one: it only makes
#: two equal-looking names differ.
_STRAY_JOINER = re.compile(r"(?:(?<=[\x00-\u024f\u1e00-\u1eff])|^)[\u200c\u200d]|[\u200c\u200d](?:(?=[\x00-\u024f\u1e00-\u1eff])|$)")
#: Characters that stand for no letter: the private-use areas (a font's own glyphs), the noncharacters and
#: the replacement character U+FFFD (the trace of text decoded with the wrong encoding).
_NO_LETTER = re.compile(r"[\ue000-\uf8ff\ufdd0-\ufdef\ufffd\U000f0000-\U0010ffff]")
#: Combining marks (accents written apart): a text that starts with one has lost its base letter.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
#: A decimal digit other than 0-9 (Arabic-Indic, Devanagari...): a class of single characters, so a search over a whole
#: file is one scan (the same characters as ``(?![0-9])\d``, checked over every code point, at a third of its time).
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]")
#: The zero-width non-joiner and joiner: ``_STRAY_JOINER`` needs one, and is asked only of a text that holds one (a
#: lookbehind at each character made it the dearest of the whole-file tests).
_JOINERS = ("\u200c", "\u200d")
_DATE_LIKE = re.compile(r"^\d{4}(?:\D\d{1,2}){0,2}$")
_ISO_DATE = re.compile(r"^(\d{4})(?:-\d{2}){0,2}$")


class CountBounds(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)


class Assertions(BaseModel):
    """The shape of ``data/assertions.yaml``: what a sane record looks like."""

    model_config = ConfigDict(extra="forbid")
    about: str | None = None
    counts: dict[str, CountBounds] = {}
    parties_on: dict[str, int] = {}
    #: How many States of the record hold each UN status (``member``, ``observer``, ``non_member``).
    un_status: dict[str, int] = {}
    sources: list[Source] = []


class _Lookup(BaseModel):
    model_config = ConfigDict(extra="forbid")
    about: str
    sources: list[Source] = Field(min_length=1)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str


class _Names(_Entry):
    names: list[str] = Field(min_length=1)


class _Codes(_Entry):
    codes: list[Iso3] = Field(min_length=1)


class _Context(_Entry):
    name: str
    choose: Iso3
    words: list[str] = Field(min_length=1)
    unless: list[str] = []


class _Group(_Entry):
    """(session 33) A group of States a text may name by its own name or abbreviation ('les pays de l'AES', 'the AES States'):
    ``names`` are regular expressions read case-sensitively on a sentence, ``codes`` its members, ``sources`` who says so."""

    names: list[str] = Field(min_length=1)
    codes: list[Iso3] = Field(min_length=2)
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns(self) -> _Group:
        for pattern in self.names:
            _compiles(pattern, groups=0)
        return self


class MonitorNames(BaseModel):
    """The monitor's name handling, as data: extra names, ambiguous names, context words, State names
    that are also persons' names, and States named as the situation of a case."""

    model_config = ConfigDict(extra="forbid")
    extra_names: dict[Iso3, _Names] = {}
    ambiguous: dict[str, _Codes] = {}
    context: list[_Context] = []
    person_names: _Names | None = None
    situation_states: _Codes | None = None
    groups: dict[str, _Group] = {}


class StateNames(_Lookup):
    names: dict[Iso3, list[str]]
    monitor: MonitorNames | None = None


class _Correction(_Entry):
    """A form of the imported demonym list corrected: the form it had (``was``), refused if it comes back."""

    was: str = Field(min_length=1)


class Demonyms(_Lookup):
    demonyms: dict[Iso3, list[str]]
    #: Adjectives and metonyms the monitor reads as a State, each with its reason.
    monitor_extra: dict[Iso3, _Names] = {}
    #: Forms of ``demonyms`` corrected (session 30), each with the form it had and why.
    corrections: dict[Iso3, _Correction] = {}


class Places(_Lookup):
    places: dict[str, Iso3]


class Airports(_Lookup):
    """Airports by name, bare name and initials (scripts/make_airports.py): one State, or two or three for a form
    airports of several States share."""

    airports: dict[str, Iso3]
    shared: dict[str, list[Iso3]] = {}


class _CourtPlace(_Entry):
    """A place of the Court's seat or detention named without its State (session 34)."""

    kind: Literal["seat", "detention"]
    state: Iso3
    names: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _plain(self) -> _CourtPlace:
        bad = [n for n in self.names if not n.strip() or n != n.strip()]
        if bad:
            raise ValueError(f"a place's name is plain text with no space around it: {', '.join(map(repr, bad))}")
        return self


class CourtPlaces(_Lookup):
    """The Court's seat and detention places, each with the State it is in (monitor: a move ending there is a surrender; the
    State named after one is the host State, not the surrendering one)."""

    places: list[_CourtPlace] = Field(min_length=1)


class _Point(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    lon: float = Field(ge=-180, le=180, strict=True)  # strict: "12.5" or true is not a coordinate
    lat: float = Field(ge=-90, le=90, strict=True)


class MapPoints(_Lookup):
    """Where the map draws a State that has no outline in its geometry (scripts/make_map_points.py)."""

    points: dict[Iso3, _Point]


class StatedCount(BaseModel):
    """A source's count of the States bound by an instrument on a date; the checker compares it with the
    record's list (``iccwatch.dataset.consistency_checks``)."""

    model_config = ConfigDict(extra="forbid")
    #: The instrument whose consents to be bound are counted (a data/instruments id).
    instrument: str
    n: int = Field(ge=0, strict=True)  # strict: "3" or 3.0 is not a count
    as_of: dt.date
    source: Source


class CompleteList(BaseModel):
    """A list the record holds in full up to a date (``through``), with the sources that show it is the
    full list; ``through: null`` says the record does not hold it in full (``basis`` says why)."""

    model_config = ConfigDict(extra="forbid")
    #: The index indicator the list answers for; null for a list the index does not (yet) use.
    indicator: str | None = None
    through: dt.date | None = None
    #: The first day the list is held in full from (absent: from the start of the record).
    since: dt.date | None = None
    #: Parts of the list known to be partial, by key (e.g. ``situation@year`` for a referral whose
    #: referring States are not all named), each with why: absence from such a part is unknown.
    partial: dict[str, str] = {}
    #: Counts the sources give of the list on dates; the record's list must reach each of them.
    counts: list[StatedCount] = []
    basis: str
    sources: list[Source] = []

    @model_validator(mode="after")
    def _sourced(self) -> CompleteList:
        if self.through is not None and not self.sources:
            raise ValueError("a list held in full to a date names the sources that show it")
        return self


class CompleteLists(_Lookup):
    """Which of the record's lists are complete, and to which date (read by the index: absence from a
    complete list means 'none' or 'not a party' for index years the list reaches)."""

    lists: dict[str, CompleteList]


class _Spellings(_Entry):
    """Tokens that transliterations write differently for one name ("Muhammad", "Mohammed")."""

    spellings: list[str] = Field(min_length=2)


class _Variant(_Entry):
    """Another name of one person (a spelling in another language, a transliteration)."""

    name: str = Field(min_length=1)
    #: Where the variant is used, where a source was read for it.
    source: str | None = Field(default=None, pattern=r"^https?://\S+$")


class _Words(_Entry):
    """Words of one kind, each group with its reason."""

    words: list[str] = Field(min_length=1)
    #: (``not_given_names``) the pair addresses the person (a greeting, a slogan): it names them where the document also does.
    addresses: bool = False


class NameVariants(_Lookup):
    """How persons' names are matched when asked by name (``iccwatch.dataset.names.name_key``), and how the monitor tells a
    person's name from another's (``not_given_names``, ``common_names``; monitor/gazetteer.py, session 30)."""

    spellings: list[_Spellings] = []
    persons: dict[str, list[_Variant]] = {}
    #: Capitalised words written before a surname that are no one's given name ('Team Putin', 'Namaste Putin').
    not_given_names: list[_Words] = []
    #: A person's names too common to stand alone, beyond those the general rule finds (person id -> names, reason).
    common_names: dict[str, _Names] = {}


class _Portfolio(_Entry):
    #: The words a recorded minister's office title holds for this portfolio ('Minister of Defence of Israel').
    words: list[str] = Field(min_length=1)


class _RegionAdjectives(_Names):
    pass


class _Regions(_Names):
    #: The regions as adjectives, read as a region only before one of ``states_words`` ('European countries').
    adjectives: _RegionAdjectives
    states_words: list[str] = Field(min_length=1)


class _UndatedOccasions(_Names):
    #: Words after which one of ``names`` is not a time ('war crimes').
    not_before: list[str] = []


class _OtherDuties(_Names):
    #: Words naming the duty by themselves ('freeze', 'a person being surrendered'); the nouns of ``names`` ('records',
    #: 'evidence') count only after one of ``verbs`` ('hand the ICC ... records', 'requests for evidence'; round 28).
    acts: list[str] = []
    verbs: list[str] = []
    #: The same words in French, Spanish, German, Portuguese and Italian, read the same way (round 38).
    names_other_languages: list[str] = []
    acts_other_languages: list[str] = []
    verbs_other_languages: list[str] = []


class _StateActs(_Entry):
    #: A State's act (a record action) -> the regular expressions of the ways a clause names it (round 27).
    kinds: dict[str, list[str]] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns(self) -> _StateActs:
        from iccwatch.model.state import ParticipationAction

        actions = ParticipationAction.__args__  # type: ignore[attr-defined]
        for kind, patterns in self.kinds.items():
            if kind not in actions:
                raise ValueError(f"state_acts: {kind!r} is no action of the record (one of {', '.join(actions)})")
            if not patterns:
                raise ValueError(f"state_acts: {kind} lists no pattern")
            for p in patterns:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise ValueError(f"state_acts: {kind}: pattern {p!r} is no regular expression ({exc})") from None
        return self


def _month_day(md: str, said: str) -> None:
    """A month and day, MM-DD (any year's: 02-29 is one); else a ValueError that begins with ``said``."""
    import datetime as dt

    try:
        dt.date.fromisoformat(f"2000-{md}")
    except ValueError:
        raise ValueError(f"{said} is no month and day, MM-DD") from None


class _CalendarHoliday(BaseModel):
    """Session 43: a holiday kept on a different day by different calendars: each reading's month and day (MM-DD) and
    the words that name the reading."""

    model_config = ConfigDict(extra="forbid")
    days: list[str] = Field(min_length=2, max_length=2)
    labels: list[str] = Field(min_length=2, max_length=2)

    @model_validator(mode="after")
    def _month_days(self) -> _CalendarHoliday:
        for md in self.days:
            _month_day(md, f"day {md!r}")
        return self


class _CalendarHolidays(_Entry):
    holidays: dict[str, _CalendarHoliday] = Field(min_length=1)
    #: (session 43) the other languages' prepositions of time read before a holiday's name ('à Noël', 'zu Weihnachten')
    before: list[str] = Field(default_factory=list)
    #: (session 44) English's prepositions of time before such a name when a year follows it ('over Christmas 2025')
    english_before: list[str] = Field(default_factory=list)
    #: (session 44) the words that may join the year to the name ('Navidad de 2024', 'Natale del 2025')
    year_joins: list[str] = Field(default_factory=list)


class _FixedDays(_Entry):
    """Days named by a holiday that falls on one day of the Gregorian calendar everywhere ('New Year's Day'), each its
    month and day, MM-DD (round 36)."""

    days: dict[str, str] = Field(min_length=1)

    @model_validator(mode="after")
    def _month_days(self) -> _FixedDays:
        for name, md in self.days.items():
            _month_day(md, f"fixed_days: {name!r}: {md!r}")
        return self


class _WeekdayWords(_Entry):
    """The words of the other languages read that say which weekday is meant: this, next, last (round 36)."""

    this: list[str] = Field(min_length=1)
    next: list[str] = Field(min_length=1)
    last: list[str] = Field(min_length=1)


class _PlaceWords(_Entry):
    """Words that put a place after them, and the articles that may stand between them and its name (session 32)."""

    names: list[str] = Field(min_length=1)
    articles: list[str] = Field(default_factory=list)
    #: Nouns of a place within a city ('aéroport', 'aeropuerto', 'Flughafen'), and the particles after which such a noun
    #: puts the city's name ('de', 'di', 'do'): "à l'aéroport de Berlin" (round 41).
    nouns: list[str] = Field(default_factory=list)
    particles: list[str] = Field(default_factory=list)


class _ForumShape(BaseModel):
    """(session 42) The shape of a question asking what a forum did, in any wording: the forum's name (`forums`) and,
    within ``within`` words of it, a word of acting or responding (``acts``, each a pattern one accent-free lower-case
    word must match whole), with no word of a State's own duty (``duties``) before the forum's name."""

    model_config = ConfigDict(extra="forbid")
    acts: list[str] = Field(min_length=1)
    within: int = Field(ge=1, le=12)
    #: Session 49 (law64): how many words after the forum's name a word of acting that ends the question may stand (the
    #: German participle closing the clause: 'Hat die Versammlung ... auf die Feststellung ... von 2017 reagiert?');
    #: 0: no more than ``within``.
    final_within: int = Field(0, ge=0, le=20)
    duties: str

    @model_validator(mode="after")
    def _compiles(self) -> _ForumShape:
        for p in (*self.acts, self.duties):
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"shape pattern {p!r} does not compile: {exc}") from None
            if p in self.acts and re.compile(p).match(""):
                raise ValueError(f"shape act {p!r} matches an empty word")
        return self


class _ForumPatterns(_Entry):
    """Patterns asking what a forum did about a State, each with one capturing group (the forum's words; the record
    holds no markup, so no named group), and the body each word means."""

    patterns: list[str] = Field(min_length=1)
    forums: dict[Literal["ASP", "UNSC"], list[str]]
    #: (session 41) Patterns of a year that dates the Court's act the question starts from ('after the Court referred
    #: Jordan in 2017'), the year in the one capturing group: the responses then run to the day asked.
    act_years: list[str] = []
    #: (session 42) The question's shape, read in any wording ('Quelles mesures a prises le Conseil de sécurité ...').
    shape: _ForumShape | None = None

    @model_validator(mode="after")
    def _compiles(self) -> _ForumPatterns:
        for p in self.patterns:
            try:
                if re.compile(p, re.I).groups != 1:
                    raise ValueError(f"pattern {p!r} must have one capturing group, the forum's words")
            except re.error as exc:
                raise ValueError(f"pattern {p!r} does not compile: {exc}") from None
        for p in self.act_years:
            try:
                if re.compile(p, re.I).groups != 1:
                    raise ValueError(f"act_years pattern {p!r} must have one capturing group, the year")
            except re.error as exc:
                raise ValueError(f"act_years pattern {p!r} does not compile: {exc}") from None
        return self


class _Patterns(_Entry):
    """Regular expressions a question is matched by (case-insensitive), each checked here (round 37)."""

    patterns: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _compiles(self) -> _Patterns:
        for p in self.patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
        return self


class _DescribedOffices(_Entry):
    """Session 43: the head nouns that end a description of an office in words ('intelligence chief', 'junta leader')."""

    heads: list[str] = Field(min_length=1)


class _TwoQuestions(_Patterns):
    """Session 43: the openings of a second question joined to a first in one sentence, each with one capturing group
    (the joining word)."""

    @model_validator(mode="after")
    def _one_group(self) -> _TwoQuestions:
        for p in self.patterns:
            if re.compile(p).groups != 1:
                raise ValueError(f"pattern {p!r} must have one capturing group, the joining word")
        return self


class _NamedTogether(_Patterns):
    """Round 51: the words joining two names asked of together (``patterns``, matched as the whole text between them; a
    capturing group holds words kept in each question asked apart), and the words before the first or after the last
    that ask of them together and are dropped when each is asked apart (``before``, ``after``)."""

    before: list[str] = []
    after: list[str] = []

    @model_validator(mode="after")
    def _compiles_around(self) -> _NamedTogether:
        for p in [*self.before, *self.after]:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
        return self


class _RecordTarget(BaseModel):
    """Whom a question of sanctions names (round 44): the question's words, the measure's words, and what the answer says."""

    model_config = ConfigDict(extra="forbid")
    words: str = Field(min_length=1)
    matches: str = Field(min_length=1)
    said: str = Field(min_length=1)


class _RecordIssue(BaseModel):
    """An issue of the law a question of positions names (round 47): the question's words, and what the answer says."""

    model_config = ConfigDict(extra="forbid")
    words: str = Field(min_length=1)
    said: str = Field(min_length=1)


#: The names of the variants of a record question's answer (``modes``), each read in ``service.question``.
_ModeName = Literal["lowest", "parties_only", "in_force", "situation", "no_finding", "no_referral", "no_response", "days",
                    "would", "would_not", "immunity_claim", "safe_passage", "overflight_assurance",
                    "any_measure", "entry_into_force", "signature", "host_party", "host_not_party", "host_referral"]


class _RecordQuestion(BaseModel):
    """One kind of question the record answers apart from the law engine (round 43): what it asks for, the regular
    expressions (case-insensitive) of its words, each checked here, and the command and address that answer it."""

    model_config = ConfigDict(extra="forbid")
    asks: str = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    answered_by: str = Field(min_length=1)
    #: Round 44: the record's answer the reader gives itself (service.record_answers), where it gives one; the others
    #: are refused naming ``answered_by``.
    answer: Literal["statement", "measures", "referrals", "wanted", "trips", "assessment", "index", "withdrawal",
                    "surrendered", "positions", "gaps", "consultations", "joined", "changes", "visits"] | None = None
    #: For measures: whom the sanctions asked about name (a pattern of the question's words, one of the measure's
    #: title and targets in English, and the words the answer says).
    targets: list[_RecordTarget] = Field(default_factory=list)
    #: For referrals: the forum (ASP, UNSC) each pattern of the question's words names.
    forums: dict[Literal["ASP", "UNSC"], str] = Field(default_factory=dict)
    #: For trips (round 45): the words of a time named by the person's warrant ('since his warrant'), read as from the
    #: day of the person's first warrant.
    since_warrant: list[str] = Field(default_factory=list)
    #: For changes (session 42): the words of a time named by the Court's finding against the State ('after the Court
    #: found it in non-compliance', 'après la décision de la Cour'), read as from the day of that finding.
    since_finding: list[str] = Field(default_factory=list)
    #: Round 46: words that ask a variant of the answer, by its name (the index's lowest band, 'lowest'; of the States
    #: Parties only, 'parties_only'; sanctions in force on the day, 'in_force'; the wanted of one situation, 'situation').
    #: Round 47: for the enforcement gap, the stage asked ('never followed by a finding', 'no response', 'no referral')
    #: and 'how long' (the days to the finding); for positions, the stance asked ('said they would (not) arrest').
    #: Session 38: for positions, the form asked (a claim of immunity, a pledge of safe passage, an overflight
    #: assurance: the positions' ``form``). Session 46 (law59): for a person's trips, the host's relation on the day
    #: compared ('were parties', 'were not parties', 'bound by a referral': refused).
    modes: dict[_ModeName, str] = Field(default_factory=dict)
    #: Session 47 (law60): the name of a list of modes in the table's ``named_modes`` this entry reads besides its own
    #: (two entries asking of the same comparison share one list, the loader allowing no YAML alias).
    modes_from: str | None = None
    #: Round 47: for positions, the issues of the law the question's words name (the record's position issues).
    issues: dict[Literal["personal-immunity", "residual-duty-after-withdrawal", "art-98-2-agreements"], _RecordIssue] = \
        Field(default_factory=dict)
    #: Round 47: words that make the question another one though its words match (a duty asked beside a position: 'Given
    #: France's position on immunity, must it arrest Netanyahu?' is the duty).
    unless: str | None = None

    @model_validator(mode="after")
    def _compiles(self) -> _RecordQuestion:
        for p in [*self.words, *self.forums.values(), *self.since_warrant, *self.since_finding, *self.modes.values(),
                  *(x for t in self.targets for x in (t.words, t.matches)), *(i.words for i in self.issues.values()),
                  *([self.unless] if self.unless else [])]:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
        return self


class _RecordQuestions(_Entry):
    """Questions of what the record holds besides the law (joint statements, States' measures against the Court, the
    index, the assessment of events), refused naming the command that answers each (round 43)."""

    questions: list[_RecordQuestion] = Field(min_length=1)
    #: Session 47 (law60): lists of modes named once and read by every entry naming them (``modes_from``), each
    #: pattern checked here.
    named_modes: dict[str, dict[_ModeName, str]] = Field(default_factory=dict)
    #: Session 48 (law62): a Council resolution named by its number (the pattern's one group), and the names of a
    #: referred situation in other languages (situation id: a pattern), for a comparison naming a referral.
    council_resolution: str | None = None
    referral_names: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _named_referrals_compile(self) -> _RecordQuestions:
        for where, p in [("council_resolution", self.council_resolution),
                         *((f"referral_names.{k}", v) for k, v in self.referral_names.items())]:
            if p is None:
                continue
            try:
                groups = re.compile(p).groups
            except re.error as exc:
                raise ValueError(f"{where}: pattern {p!r} is no regular expression ({exc})") from None
            if where == "council_resolution" and groups != 1:
                raise ValueError(f"{where}: pattern {p!r} must have one group, the resolution's number (it has {groups})")
        return self

    @model_validator(mode="after")
    def _named_modes_known(self) -> _RecordQuestions:
        for name, modes in self.named_modes.items():
            for mode, p in modes.items():
                try:
                    re.compile(p)
                except re.error as exc:
                    raise ValueError(f"named_modes.{name}.{mode}: pattern {p!r} is no regular expression ({exc})") from None
        for i, q in enumerate(self.questions):
            if q.modes_from is not None and q.modes_from not in self.named_modes:
                known = ", ".join(sorted(self.named_modes)) or "none"
                raise ValueError(f"questions[{i}].modes_from: {q.modes_from!r} names no list of named_modes (known: {known})")
        return self


class _StateList(BaseModel):
    """One list a count or list question may ask for (session 33): its words, and the relations to the Statute it counts
    (none for the Court's findings of non-compliance, which are counted by State)."""

    model_config = ConfigDict(extra="forbid")
    list_of: Literal["parties", "former_parties", "ratified", "non_compliance"]
    words: list[str] = Field(min_length=1)
    statuses: list[str] = Field(default_factory=list)


class _NotCounted(BaseModel):
    """Words of a count the record cannot give, and why, said in the refusal (session 33)."""

    model_config = ConfigDict(extra="forbid")
    words: str
    why: str


class _StateListPatterns(_Patterns):
    """The ways a question asks for a count or a list (round 38), which list each asks for (its words, first match
    first) and the counts the record cannot give (session 33)."""

    lists: list[_StateList] = Field(default_factory=list)
    not_counted: list[_NotCounted] = Field(default_factory=list)
    #: Round 46: the words asking for the States found in non-compliance more than once ('more than once', 'at least
    #: twice', 'repeatedly').
    repeated: list[str] = Field(default_factory=list)
    #: Session 49 (law64): the words of a negation ('did not arrest', 'n'ont pas arrêté'): the findings' list then says
    #: it is of findings and names the visits whose host had the duty and did not arrest.
    not_arrested: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _words_compile(self) -> _StateListPatterns:
        for p in ([w for entry in self.lists for w in entry.words] + [n.words for n in self.not_counted] + self.repeated
                  + self.not_arrested):
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
        return self


class _Suppositions(_Entry):
    """The words that open a supposition in French, Spanish, German, Italian and Portuguese, and the legal facts one may
    be about (round 41), each a regular expression checked here."""

    opening: list[str] = Field(min_length=1)
    facts: list[str] = Field(min_length=1)
    #: Session 45 (round 56's leftover): a supposed withdrawal answered by Art. 127's arithmetic rather than refused:
    #: the words of a withdrawal in the six languages, of 'before the visit' (the notification supposed on the day
    #: before the recorded visit), and of a year the supposition names (its first and last day supposed).
    withdrawal: list[str] = Field(default_factory=list)
    before_visit: list[str] = Field(default_factory=list)
    in_year: list[str] = Field(default_factory=list)
    #: Session 46: a day the supposition names, read as the notification's day; each pattern has one group, the day.
    on_day: list[str] = Field(default_factory=list)
    #: Session 47 (round 60): a month the supposition names ('in March 2024'), its first and last day supposed; each
    #: pattern has one group, the month and its year.
    in_month: list[str] = Field(default_factory=list)
    #: Session 46: words that make a clause suppose no State's withdrawal (a negation, a warrant's withdrawal).
    not_withdrawal: list[str] = Field(default_factory=list)
    why_arithmetic: str | None = None

    @model_validator(mode="after")
    def _compiles(self) -> _Suppositions:
        for p in [*self.opening, *self.facts, *self.withdrawal, *self.before_visit, *self.in_year, *self.on_day, *self.in_month,
                  *self.not_withdrawal]:
            try:
                compiled = re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
            if p in self.on_day and compiled.groups != 1:
                raise ValueError(f"on_day pattern {p!r} must have exactly one group (the day), not {compiled.groups}")
            if p in self.in_month and compiled.groups != 1:
                raise ValueError(f"in_month pattern {p!r} must have exactly one group (the month), not {compiled.groups}")
        return self


class _NameContractions(_Entry):
    """Session 45: an article joined to its preposition ('al': 'a' + 'el'), by the preposition kept before a name."""

    contractions: dict[str, str] = Field(min_length=1)


class _WrittenLanguage(BaseModel):
    """One language's way of writing a day (session 46): the words that mark a question as written in it, counted, the
    preposition of a day, the order of day, month and year, the word for a month's first day, the twelve months."""

    model_config = ConfigDict(extra="forbid")
    marks: str = Field(min_length=1)
    preposition: str = Field(min_length=1)
    format: str = Field(min_length=1)
    first: str | None = None
    months: list[str] = Field(min_length=12, max_length=12)

    @model_validator(mode="after")
    def _checks(self) -> _WrittenLanguage:
        try:
            re.compile(self.marks)
        except re.error as exc:
            raise ValueError(f"pattern {self.marks!r} is no regular expression ({exc})") from None
        if any(f"{{{k}}}" not in self.format for k in ("day", "month", "year")):
            raise ValueError(f"format {self.format!r} must hold {{day}}, {{month}} and {{year}}")
        return self


class _WrittenDays(_Entry):
    """Session 46: a day written in the question's language where a refusal offers the question again with a day."""

    languages: dict[str, _WrittenLanguage] = Field(min_length=1)
    english: str = Field(min_length=1)


class _OtherOffices(_Entry):
    """The words of the other languages for an office a question describes a person by, before the demonym of its State
    ('le président russe'), by the English office they are ('president', 'prime minister'; round 41)."""

    offices: dict[Literal["president", "prime minister", "defence minister", "interior minister", "foreign minister",
                          "health minister"], list[str]]
    #: Session 43: the words of the other languages for 'former' before the office or its State ('l'ancien président',
    #: 'den ehemaligen russischen Präsidenten').
    former: list[str] = []
    #: Session 44: the prefixes of 'former' written on the office's first word ('el exministro', "l'ex-ministre").
    former_prefixes: list[str] = Field(default_factory=list)


class _Phrase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: A regular expression (case-insensitive) of the other language's words, and the English words read in their place.
    words: str = Field(min_length=1)
    english: str = Field(min_length=1)
    #: Session 46: a regular expression the question must match elsewhere for the phrase to be read (its language's
    #: words: the French 'hier' is 'yesterday' in a French question, 'here' in a German one).
    when: str | None = None

    @model_validator(mode="after")
    def _compiles(self) -> _Phrase:
        for p in (self.words, self.when):
            try:
                re.compile(p or "")
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is no regular expression ({exc})") from None
        return self


class _Phrases(_Entry):
    """Phrases of the other languages read as their English words ('sobrevuela': 'flies over'; round 41)."""

    phrases: list[_Phrase] = Field(min_length=1)


class _OtherDemonyms(_Entry):
    """Demonyms of the other languages the question reading reads beside the monitor's (monitor_words.yaml), each form
    written out, by State (round 41)."""

    states: dict[str, list[str]]


class _Century(BaseModel):
    """An opening of a year in words (session 49, law63): its words (a pattern), the year it opens (1900, 2000) and the
    least number read after it ('twenty twenty-four' is 2024, but 'twenty three' is no year: least 10)."""

    model_config = ConfigDict(extra="forbid")
    words: str = Field(min_length=1)
    year: int = Field(ge=1000, le=2900, multiple_of=100)
    least: int = Field(default=1, ge=1, le=99)

    @model_validator(mode="after")
    def _pattern(self) -> _Century:
        try:
            re.compile(self.words)
        except re.error as exc:
            raise ValueError(f"centuries: pattern {self.words!r} is no regular expression ({exc})") from None
        return self


class _NumberLanguage(BaseModel):
    """One language's numbers in words (session 48, law62): the units 1-19 and the tens from 20 (alternatives split by
    '|'), how 21-99 are compounded ({t}, {u}, {e}: the ten without its last letter), numbers fused outside that rule,
    the 'two thousand' of a year (a pattern), and the ordinal days (n: words; German's suffixes after a cardinal)."""

    model_config = ConfigDict(extra="forbid")
    units: list[str] = Field(min_length=19, max_length=19)
    tens: list[str] = Field(min_length=1, max_length=8)
    compounds: list[str] = Field(min_length=1)
    fused: dict[str, str] = Field(default_factory=dict)
    thousand: str
    ordinals: dict[str, str] = Field(default_factory=dict)
    ordinal_suffix: dict[Literal["below_20", "from_20"], str] = Field(default_factory=dict)
    #: Session 49 (law63): tens outside the positional list ('70': 'septante', '80': 'quatre-vingts|quatre-vingt'), and
    #: the tens whose compounds take the units 10-19 too ('soixante-dix-neuf' is 79, 'quatre-vingt-onze' 91).
    more_tens: dict[str, str] = Field(default_factory=dict)
    tens_taking_teens: list[str] = Field(default_factory=list)
    #: Session 49 (law63): the other openings of a year in words besides 'two thousand' ('nineteen ninety-nine', 'mille
    #: neuf cent', 'twenty twenty-four'), each with the year it opens and the least number read after it.
    centuries: list[_Century] = Field(default_factory=list)

    @model_validator(mode="after")
    def _well_formed(self) -> _NumberLanguage:
        try:
            re.compile(self.thousand)
        except re.error as exc:
            raise ValueError(f"thousand: pattern {self.thousand!r} is no regular expression ({exc})") from None
        for n in self.more_tens:
            if not (n.isdigit() and 20 <= int(n) <= 90 and int(n) % 10 == 0):
                raise ValueError(f"more_tens: {n} is not a ten from 20 to 90")
        known = {t.strip() for ws in [*self.tens, *self.more_tens.values()] for t in ws.split("|")}
        for t in self.tens_taking_teens:
            if t not in known:
                raise ValueError(f"tens_taking_teens: {t!r} is none of the tens")
        for c in self.compounds:
            if "{u}" not in c or ("{t}" not in c and "{e}" not in c):
                raise ValueError(f"compounds: {c!r} must hold {{u}} and {{t}} or {{e}}")
        for n in [*self.fused, *self.ordinals]:
            if not (n.isdigit() and 1 <= int(n) <= 99):
                raise ValueError(f"fused/ordinals: {n} is not a number from 1 to 99")
        return self


class _NumberWordsByLanguage(_Entry):
    """Numbers in words by language, for dates written in words (session 48, law62)."""

    languages: dict[str, _NumberLanguage] = Field(min_length=1)
    #: Months that are also common words ('may'), read after a number in words only with their capital.
    months_capitalised: list[str] = Field(default_factory=list)


class QuestionWords(_Lookup):
    """Words the reading of questions in words reads by list (iccwatch.service.question), each with its reason."""

    portfolios: dict[str, _Portfolio]
    titles: _Names
    regions: _Regions
    #: First words of cities never read alone as the city's State ('Central', 'Villa').
    place_short_forms_not_read: _Names
    #: Round 52: the short names of States (three letters or fewer) that are also words ('us', 'car'): the others are read
    #: written all in lower case ('must the drc arrest kony'); absent, a short name is read in capitals only.
    short_names_that_are_words: _Names | None = None
    #: Periods and happenings whose day the reading cannot know ('the war', 'the election', 'his birthday').
    undated_occasions: _UndatedOccasions | None = None
    #: Who acts for a State in an act told with its agent ('Italian police', 'the French authorities'; round 25).
    act_agents: _Names | None = None
    #: Places outside every State's territory ('the high seas', 'international waters'; round 26).
    outside_territory: _Names | None = None
    #: Ships and aircraft, named by their flag or registry ('an Italian-flagged ship'; round 27).
    craft: _Names | None = None
    #: Warships and State aircraft, property of the State they belong to (Art. 98(1); round 27).
    state_craft: _Names | None = None
    #: Words naming where a ship or aircraft is ('port', 'territorial waters', 'airport'; round 27).
    craft_places: _Names | None = None
    #: The ways a clause names a State's act ('it notified its withdrawal'; moved from the code in round 27).
    state_acts: _StateActs | None = None
    #: Words of a duty other than arrest: evidence, records, assets, a person being surrendered by another State (round 28).
    other_duties: _OtherDuties | None = None
    #: The things a question may ask for with 'which' or 'what' that the reading answers ('Which body would hear ...',
    #: 'Which countries would have to arrest ...'); another noun there is what the question asks for (round 33).
    asked_nouns: _Names | None = None
    #: Holidays that fall on one day of the calendar everywhere ('New Year's Day'); any other day named by a holiday
    #: ('Independence Day 2027') is refused (round 36).
    fixed_days: _FixedDays | None = None
    #: The other languages' words for this, next and last before or after a weekday's name (round 36).
    weekday_words: _WeekdayWords | None = None
    #: Verbs of the other languages that ask of the past ('était', 'estaba', 'war'): a weekday or a holiday named alone
    #: is then the latest one, not the coming one (round 37).
    past_words: _Names | None = None
    #: The ways a speaker names their own State ('are we obliged', 'our government', 'sommes-nous'): refused naming the
    #: State missing where no State is named (round 37).
    first_person: _Patterns | None = None
    #: The ways a question asks who arrested or surrendered a person, or where he is held ('Who surrendered Duterte?'):
    #: answered from the record's arrest and surrender events (round 37).
    custody_questions: _Patterns | None = None
    #: The ways a question asks for a count or a list of States ('How many States Parties are there?', 'Which States
    #: have withdrawn?'): refused naming its words and pointing to the list of States on a day (round 38).
    state_list_questions: _StateListPatterns | None = None
    #: The words that open a supposition in the other languages, and the legal facts it may be about ('Et si la Hongrie
    #: ne s'était pas retirée'): refused as an English one is, pointing to --assume (round 41).
    suppositions: _Suppositions | None = None
    #: The other languages' words for an office before a lower-case demonym ('le président russe'; round 41).
    other_offices: _OtherOffices | None = None
    name_contractions: _NameContractions | None = None
    written_days: _WrittenDays | None = None
    #: Demonyms of the other languages read in questions beside the monitor's, each with its source (round 41).
    other_demonyms: _OtherDemonyms | None = None
    #: Phrases of the other languages of a flight over a State, a stop on the way and the onward journey, read as their
    #: English words ('sobrevuela': 'flies over', 'fait escale': 'stops over', 'en route vers': 'en route to'; round 41).
    phrases_in_english: _Phrases | None = None
    #: The words that name a trip across several States ('a tour of Mongolia and China', 'su gira por Argentina y
    #: Paraguay'): each State named after them is answered apart, as a region's are (round 42).
    tour_questions: _Patterns | None = None
    #: Round 51: the words between two States or two persons named together ('Mongolia or Tajikistan', 'Netanyahu and
    #: Gallant', 'the same duty as'), each then asked apart.
    named_together: _NamedTogether | None = None
    #: Session 43: holidays kept on different days by different calendars ('Christmas': 25 December or 7 January).
    calendar_holidays: _CalendarHolidays | None = None
    #: Session 43: the head nouns of an office described in words ('intelligence chief', 'junta leader').
    described_offices: _DescribedOffices | None = None
    #: Session 43: the openings of a second question in one sentence ('Is Mongolia a party and must it arrest Putin?'):
    #: refused offering each question on its own.
    two_questions: _TwoQuestions | None = None
    #: The words of the other languages that put a place after them ('à', 'en', 'em', 'im'), and the articles between
    #: such a word and the name: a city after them is read as its State, one not read is said (session 32).
    place_words: _PlaceWords | None = None
    #: The ways a question asks what the Assembly or the Council did about a State ('What sanctions did the Assembly
    #: impose on Mongolia?'), each with one capturing group (the forum), and the body each forum word means (session 32).
    forum_response_questions: _ForumPatterns | None = None
    #: Session 42: common words of a question of the law whose misspelling one letter off is read as the word ('arest').
    common_words: _Names | None = None
    #: Questions of what the record holds besides the law ('Did Brazil sign the joint statement ...?', 'Which States
    #: sanctioned ICC officials?', 'Why does Mongolia rank where it does?', 'How did Mongolia comply when Putin
    #: visited?'): refused naming the command and address that answer each, never read as the State's duties (round 43).
    record_questions: _RecordQuestions | None = None
    #: Session 48 (law62): numbers in words, for a date written in words in the six languages.
    number_words: _NumberWordsByLanguage | None = None
    #: Endings a name takes in the genitive of German and Dutch, written without an apostrophe ('Netanjahus Reise',
    #: 'Putins Besuch'): a capitalised word no person's name that is one with the ending taken off names that person
    #: (round 44).
    name_genitives: _Names | None = None
    #: Nouns of a duty in German, Dutch, Italian, French, Spanish and Portuguese ('Aufgabe', 'plicht', 'taak', 'compito',
    #: 'dovere'): they ask of the law as 'duty' does, and are no first name before a surname (round 46).
    duty_nouns: _Names | None = None
    #: Round 47: the words for "States" in French, Spanish, Portuguese, German, Italian and Dutch ('Quels États doivent
    #: arrêter Poutine ?'), which name no State where a question opens with them.
    state_nouns: _Names | None = None
    #: Words by which a position's summary speaks of consultations with the Court under Art. 97 (round 49: a State that
    #: said it would seek them, with none recorded as sought, is named in the consultations answer's doubt, not listed).
    consultation_mentions: _Patterns | None = None


class _Region(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    #: The words a question names the region by, and the adjectives read as it before a word for States.
    names: list[str] = Field(min_length=1)
    adjectives: list[str] = []
    #: Which of the table's sources lists its States, and the date its list is as of.
    source: str = Field(min_length=1)
    as_of: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits (round 35)
    members: list[Iso3] = Field(min_length=1)


class Regions(_Lookup):
    """The States of each region a question in words may name (scripts/make_regions.py)."""

    regions: list[_Region] = Field(min_length=1)


def _iso_639_1(code: str) -> bool:
    """Whether ``code`` is a language's ISO 639-1 code (two lower-case letters that name a language: ``fr``, not ``fra``,
    ``FR`` or ``xx``), by the ISO 639 table pycountry ships."""
    import pycountry

    return bool(re.fullmatch(r"[a-z]{2}", code)) and pycountry.languages.get(alpha_2=code) is not None


def _language_codes(codes: Any) -> None:
    bad = [c for c in codes if not _iso_639_1(c)]
    if bad:
        raise ValueError(f"a language is its ISO 639-1 code (two lower-case letters naming a language): {', '.join(map(repr, bad))}")


class QuestionStateNames(_Lookup):
    """States' names in other languages, read only by the reading of questions in words
    (scripts/make_question_state_names.py)."""

    not_read: _Names
    languages: dict[str, dict[Iso3, list[str]]]

    @model_validator(mode="after")
    def _codes(self) -> QuestionStateNames:
        _language_codes(self.languages)
        return self


#: The months as question_months.yaml keys them: by their English names.
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")


class _PlaceLanguage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    #: A city's name in the language -> the city's English name, as places.yaml lists it.
    places: dict[str, str]


class PlaceNames(_Lookup):
    """The listed cities' names in the other languages the monitor reads, read as aliases of the cities
    (scripts/make_place_names.py, from the CLDR's exemplar cities); the names left out, each with its reason."""

    licence: str
    left_out: dict[str, str] = {}
    languages: dict[str, _PlaceLanguage] = Field(min_length=1)
    #: GeoNames' alternate names of the listed cities, which carry no language (session 30): read in every language.
    geonames: _PlaceLanguage | None = None

    @model_validator(mode="after")
    def _codes(self) -> PlaceNames:
        _language_codes(self.languages)
        return self


class _MonthNames(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    #: A month's English name (each of the twelve) -> its names in the language, lower-case.
    months: dict[str, list[str]]

    @model_validator(mode="after")
    def _twelve_lower_case(self) -> _MonthNames:
        if sorted(self.months) != sorted(ENGLISH_MONTHS):
            raise ValueError(f"months must be keyed by the twelve English month names, each once; got {sorted(self.months)}")
        for m, words in self.months.items():
            for w in words:
                if not w or w != w.casefold().strip() or " " in w:
                    raise ValueError(f"month {m}: {w!r} is not one lower-case word")
        return self


class _PlaceholderWord(_Entry):
    #: A regular expression read against a free text's whole value, case aside (``text_checks.placeholder_pattern``).
    pattern: str = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _a_pattern(cls, value: str) -> str:
        try:
            rx = re.compile(rf"(?:{value})\Z", re.I)
        except re.error as exc:
            raise ValueError(f"{value!r} is no regular expression ({exc})") from None
        if rx.match("") or rx.match(" "):
            raise ValueError(f"{value!r} matches the empty text: every value would be a placeholder")
        return value


class PlaceholderWords(_Lookup):
    """(round 40) The whole values of a free-text field that say nothing (``TODO``, an import's ``None`` or ``nan``),
    each a pattern with its reason: read by the checker from the bundled record's table (``text_checks``)."""

    words: list[_PlaceholderWord] = Field(min_length=1)


class QuestionMonths(_Lookup):
    """The months' names in other languages, read only by the reading of questions in words
    (scripts/make_question_months.py): a word names one month, whatever the language."""

    languages: dict[str, _MonthNames] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_month_a_word(self) -> QuestionMonths:
        _language_codes(self.languages)
        month_of: dict[str, tuple[str, str]] = {}
        for lang, table in self.languages.items():
            for m, words in table.months.items():
                for w in words:
                    other = month_of.setdefault(w, (m, lang))
                    if other[0] != m:
                        raise ValueError(f"{w!r} names month {m} in {lang} and month {other[0]} in {other[1]}")
        return self


class _Route(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = Field(min_length=1)
    #: Words that name the route in an old free-text note (read only by contrib/split_gap_notes.py).
    keywords: list[str] = []


class SearchRoutes(_Lookup):
    """The routes a search for a missing primary source takes (a ``searched`` entry's ``route``), each described
    once: the Court's press releases by title, the depositary's status table, gazettes' lists, ... ``other`` is
    the route of a search no described route fits."""

    routes: dict[Slug, _Route] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_other(self) -> SearchRoutes:
        if "other" not in self.routes:
            raise ValueError("the routes must include 'other' (a search no described route fits)")
        return self


#: (round 32) Texts a pattern of the monitor's words is tried on: one that matches no character of one of them (``\\b|x``,
#: ``(?=\\w)``) matches somewhere in every sentence, as one that matches the empty text does (question_words' rule, round 31).
EMPTY_MATCH_PROBES = ("?", "Was it so?", "Le 3 mars 2024, à Paris.")


def _empty_inside(rx: re.Pattern[str]) -> str | None:
    """The first probe text ``rx`` matches without reading a character of it, or None."""
    for probe in EMPTY_MATCH_PROBES:
        m = rx.search(probe)
        if m is not None and m.start() == m.end():
            return probe
    return None


def _compiles(pattern: str, groups: int | None = None) -> str:
    try:
        rx = re.compile(pattern, re.I)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    if groups is not None and rx.groups != groups:
        raise ValueError(f"{rx.groups} capturing groups; write (?:...) for a group")
    if rx.match(""):
        raise ValueError("matches empty text")
    if (probe := _empty_inside(rx)) is not None:
        raise ValueError(f"pattern {pattern!r} matches without reading a character of {probe!r} (an empty match): it would match "
                         "in every text; write the words it is to find")
    return pattern


def _no_group_pattern(pattern: str) -> str:
    """A pattern of a table by language (a warrant's noun, a gathering's words), checked as a value so its error names
    the language's key (round 32: it named only the entry)."""
    return _compiles(pattern, groups=0)


#: A pattern with no capturing group, named by its key where it is wrong.
NoGroupPattern = typing.Annotated[str, AfterValidator(_no_group_pattern)]


class _Pattern(_Entry):
    """A pattern (a Python regular expression, read case-insensitively) with its reason."""

    pattern: str = Field(min_length=1)

    @model_validator(mode="after")
    def _valid(self) -> _Pattern:
        _compiles(self.pattern)
        return self


class _WordPattern(_Pattern):
    """A pattern joined into others (a weekday's "last", the words before a year): no capturing group of its own."""

    @model_validator(mode="after")
    def _no_groups(self) -> _WordPattern:
        _compiles(self.pattern, groups=0)
        return self


class _EmptyOk(_Entry):
    """A pattern that may match nothing before a word ("en" or nothing before a month)."""

    pattern: str = Field(min_length=1)

    @model_validator(mode="after")
    def _valid(self) -> _EmptyOk:
        try:
            rx = re.compile(self.pattern, re.I)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        if rx.groups:
            raise ValueError(f"{rx.groups} capturing groups; write (?:...) for a group")
        return self


class _DayWord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str = Field(min_length=1)
    #: Days from the document's own (-1 yesterday).
    days: int = Field(ge=-7, le=7)

    @model_validator(mode="after")
    def _valid(self) -> _DayWord:
        _compiles(self.pattern, groups=0)
        return self


class _DayWords(_Entry):
    words: list[_DayWord] = Field(min_length=1)


class _WeekWord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str = Field(min_length=1)
    #: Weeks from the document's own (-1 last week, 1 next week).
    weeks: int = Field(ge=-4, le=4)

    @model_validator(mode="after")
    def _valid(self) -> _WeekWord:
        _compiles(self.pattern, groups=0)
        return self


class _WeekWords(_Entry):
    words: list[_WeekWord] = Field(min_length=1)


class _WeekendWord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str = Field(min_length=1)
    #: Weekends from the document's own (-1 last weekend, 1 next weekend, 0 this weekend).
    weekends: int = Field(ge=-1, le=1)

    @model_validator(mode="after")
    def _valid(self) -> _WeekendWord:
        _compiles(self.pattern, groups=0)
        return self


class _WeekendWords(_Entry):
    words: list[_WeekendWord] = Field(min_length=1)


class _PeriodWord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str = Field(min_length=1)
    #: The period told from the document's own: its unit and how many of them (-1 last month or year, 1 next, 0 this).
    unit: Literal["month", "year"]
    offset: int = Field(ge=-2, le=2)

    @model_validator(mode="after")
    def _valid(self) -> _PeriodWord:
        _compiles(self.pattern, groups=0)
        return self


class _PeriodWords(_Entry):
    words: list[_PeriodWord] = Field(min_length=1)


class _NumberWords(_Entry):
    #: A number word (lower case) -> its value.
    words: dict[str, int] = Field(min_length=1)

    @model_validator(mode="after")
    def _plain(self) -> _NumberWords:
        bad = [w for w, n in self.words.items() if not re.fullmatch(r"[^\W\d_]+", w) or w != w.lower() or not 0 < n < 100]
        if bad:
            raise ValueError(f"a number word is one lower-case word with a value from 1 to 99: {', '.join(bad)}")
        return self


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class _Weekdays(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: Each English weekday (lower case) -> its names in the language.
    names: dict[str, list[str]]

    @model_validator(mode="after")
    def _seven(self) -> _Weekdays:
        if sorted(self.names) != sorted(WEEKDAYS) or not all(self.names.values()):
            raise ValueError(f"give the names of each of the seven days: {', '.join(WEEKDAYS)}")
        return self


class _Ending(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: The masculine singular's ending, and the endings of its other forms.
    ending: str = Field(min_length=1)
    forms: list[str]


class _DemonymNames(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[str] = Field(min_length=1)


class _LanguageDemonyms(_Entry):
    endings: list[_Ending] = []
    states: dict[Iso3, _DemonymNames] = Field(min_length=1)
    #: (session 31) The States the lists cover that have no demonym in this language, each with the reason (the form is left
    #: out because it names other things, or no source giving it was read): tests/monitor/test_demonyms_s31.py requires each
    #: State one of the six languages lists to be listed, or left out with its reason, in every other.
    left_out: dict[Iso3, str] = {}

    @model_validator(mode="after")
    def _listed_or_left_out(self) -> _LanguageDemonyms:
        both = sorted(set(self.states) & set(self.left_out))
        if both:
            raise ValueError(f"a State is either listed or left out, not both: {', '.join(both)}")
        empty = sorted(c for c, why in self.left_out.items() if not why.strip())
        if empty:
            raise ValueError(f"a State left out needs its reason: {', '.join(empty)}")
        return self


class _PlaceAdjectives(_Entry):
    """(session 36) A city told by its adjective beside a word of place ('am Berliner Flughafen', 'à l'aéroport parisien'):
    each adjective with its city (a name data/lookups/places.yaml lists), the nouns of place it stands beside, and whether it
    stands before them (German) or after (the Romance languages). Listed one by one, never a suffix rule: 'Haager
    Strafgerichtshof' is the Court, no place of arrest."""

    before: bool
    nouns: list[str] = Field(min_length=1)
    adjectives: dict[str, str] = Field(min_length=1)


class _Seats(_Entry):
    """(session 46) The seats of government a text tells a trip's host by ('im Weißen Haus', 'au Kremlin', 'alla Casa Bianca'),
    each with the city it stands in (a name data/lookups/places.yaml lists): a name of that city, so it places a fact as the
    city's name does (monitor/gazetteer.py)."""

    places: dict[str, str] = Field(min_length=1)


class _FilterCue(BaseModel):
    """(session 39) One cue family of the monitor's statistical filter or alert model in one language (monitor/mfilter.py; the
    language's entry requires every family to be listed, ``_MonitorLanguage._cue_families``): its words by a pattern with its
    reason (``from`` adds the language's ``future`` pattern, its ``court`` names or its words of the gatherings vocabulary's
    ``events``), or ``absent``: the reason the language has no such words."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pattern: str | None = None
    #: (session 40) ``events``: the language's words of the gatherings vocabulary's events (monitor_words.yaml ``gatherings``).
    from_: list[Literal["future", "court", "events"]] = Field(default=[], alias="from")
    reason: str | None = None
    absent: str | None = None

    @model_validator(mode="after")
    def _pattern_or_absent(self) -> _FilterCue:
        if self.absent is not None:
            if not self.absent.strip() or self.pattern or self.from_ or self.reason:
                raise ValueError("absent gives the reason the language has no such words, alone (no pattern, from or reason)")
            return self
        if not (self.pattern or self.from_):
            raise ValueError("give a pattern (or from) with its reason, or absent with the reason there are no such words")
        if not (self.reason or "").strip():
            raise ValueError("a cue's pattern needs its reason")
        if self.pattern:
            _compiles(self.pattern)
        return self


class _MonitorLanguage(BaseModel):
    """The words the monitor's news reader reads in one other language (monitor/lexicon.py, dates.py, mentions.py)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    court: _Names
    authorities: _Names
    #: Instruments' nouns: a place named after one and "de" names the instrument ("le Statut de Rome").
    instruments: _Names
    #: Titles written before a surname with a capital ('Regierungschef Netanjahu'): not a first name (monitor/mentions.py).
    titles: _Names | None = None
    #: Words that open a sentence or clause before a surname ('Embora Putin …', 'Obwohl Putin …'): not a first name (mentions.py).
    openers: _Names | None = None
    #: (session 37) Words of the language spelled as a word of the monitor's own English lists, read as the language's, never as
    #: that English word (German 'war', 'was': no English "war" after or before a place; monitor/lexicon.py ``english_word``).
    not_english: _Names | None = None
    first_names: _Names | None = None  # (session 44) given names that are a State's derived form (German genitives: 'Frances')
    genitive_articles: _Names | None = None  # (session 49) the articles of a noun's genitive, before which a word in -s is no name's genitive (German: 'des Betts')
    genitive_heads: _Names | None = None  # (session 49) the nouns whose possessor in the genitive is the one who acts (German: 'Putins Besuch')
    of_state: _WordPattern
    place_before: _WordPattern
    destination_before: _WordPattern
    #: Words just after a State that make it the object of a visit where the verb ends the clause ('die Mongolei besuchen';
    #: monitor/mentions.py, session 29).
    destination_after: _WordPattern | None = None
    #: (session 38) A gathering, then up to four words and the genitive's article, just before a State ('la cérémonie
    #: d'investiture du Kenya', 'la cerimonia per la nuova costituzione del Kenya'): the State is where the gathering is held, as
    #: English reads 'of' (monitor/mentions.py ``_destinations``; its ``{gathering}`` is the vocabulary's events).
    gathering_of: _WordPattern | None = None
    #: (session 38) An office or a people, then the genitive's article, just before a State ('le ministre des Affaires
    #: étrangères de la Hongrie', 'il presidente della Mongolia'): whom the State describes, never where a gathering is held, as
    #: English's ``OFFICE_OF`` (monitor/mentions.py ``_destinations``).
    office_of: _WordPattern | None = None
    #: Words just before a State that make it the agent of a handover or arrest ('extraditado por Filipinas', 'remis par la
    #: France'): the State that acts, not a place (monitor/mentions.py ``_arrest_state``; session 31).
    handover_by: _WordPattern | None = None
    #: Words just before a State that make it the attribute of an armed group, army, party or its leaders inside a person's
    #: description ('uno de los líderes del LRA de Uganda', 'chef de l'armée rebelle de l'Ouganda'): who the person is, not
    #: where the custody began, as English's 'commander of' (monitor/mentions.py ``_arrest_state``; session 34).
    group_of: _WordPattern | None = None
    #: Words just before a State that make it the place a return or trip started ('quando voltava de Hong Kong'), not where an
    #: arrest on arriving happened, as English 'returning from' (monitor/mentions.py ``_arrest_state``; session 36).
    origin_before: _WordPattern | None = None
    #: Words just before a State that make it the place a return ends ('voltava de Hong Kong para Manila'), where an arrest on
    #: arriving happened, as English 'upon his return to Manila' (monitor/mentions.py ``_arrest_state``; session 36).
    return_to: _WordPattern | None = None
    #: A meeting's verb in a trip to come: the person may be its object, named after it ('Donald Trump rencontrera X en
    #: Alaska'), as English's 'will meet X in A' (monitor/rules_travel.py; session 35).
    meet_verb: _WordPattern | None = None
    #: (session 36) Cities told by their adjective beside a word of place (monitor/gazetteer.py).
    place_adjectives: _PlaceAdjectives | None = None
    #: (session 46) Seats of government by their names in the language, each a name of its city (monitor/gazetteer.py).
    seats: _Seats | None = None
    #: The marker of a list of attendees after an attendance's verb ('dont', 'entre otros', 'tra cui', 'darunter'): each
    #: person listed attended (monitor/rules_travel.py; session 35).
    including: _WordPattern | None = None
    weekdays: _Weekdays
    #: A part of the day written as one word with the weekday ('Donnerstagnachmittag'): that weekday (monitor/dates.py, s29).
    weekday_parts: _WordPattern | None = None
    #: The words before a weekday or a date told between a verb and its complement ('le', 'el', 'am', 'na'): with the weekdays,
    #: months and relative days, the ``{when}`` a family's pattern may hold (monitor/lexicon.py ``when_between``; session 30).
    when_before: _WordPattern | None = None
    last: _WordPattern
    next: _WordPattern
    future: _WordPattern
    #: The rest of a clause after a date that tells it to come where the verb ends the clause ('…, dass X am Freitag in die
    #: Mongolei reisen wird'; monitor/dates.py, session 30).
    future_after: _WordPattern | None = None
    #: A past act denied up to a time after it, which tells the late time it happened ('no llegó a Budapest hasta el martes',
    #: 'non è arrivato fino a martedì'): read on the words before a weekday, which is then the latest such day, not one to come
    #: (monitor/dates.py; session 32).
    late_until: _WordPattern | None = None
    #: (session 40, mnews131) The preposition of a day an act is set for, right before a weekday ('für Mittwoch angekündigt',
    #: 'annoncée pour mercredi'): the weekday is the one to come, whatever the tense before it (monitor/dates.py).
    day_for: _WordPattern | None = None
    #: (session 49, mslot49b) The words between a gathering's noun and its date in one clause ('le sommet est prévu le 3
    #: septembre', 'zu einem Treffen am 4. Februar'), matched whole (monitor/extract._gathering_dates).
    gathering_to_date: _WordPattern | None = None
    #: (session 49, mslot49b) An article or determiner before a gathering's noun, naming no gathering apart ('le', 'einem'),
    #: matched whole (monitor/extract._gathering_dates).
    generic_before: _WordPattern | None = None
    #: A day of the month told by its number alone ('no último dia 27', 'el pasado día 27', 'le 27 dernier'; no group: the
    #: number in the match is the day): that day of the document's month or the month before (monitor/dates.py; session 34).
    day_of_month: _WordPattern | None = None
    #: (session 35) A day of the month to come told by its number alone ('o próximo dia 03', 'el próximo día 3'): that day of the
    #: document's month, or of the month after when earlier than the document's day (monitor/dates.py).
    next_day_of_month: _WordPattern | None = None
    relative_days: _DayWords
    #: Weeks told from the document's own ('la semaine prochaine', 'in der kommenden Woche'): their month (monitor/dates.py).
    relative_weeks: _WeekWords | None = None
    #: Weekends told from the document's own ('el fin de semana pasado', 'le week-end dernier'): their Saturday and Sunday,
    #: as English reads "last weekend" (monitor/dates.py; session 34).
    relative_weekends: _WeekendWords | None = None
    #: Months and years told from the document's own ('le mois prochain', 'im vergangenen Jahr'): that month or year
    #: (monitor/dates.py; session 29).
    relative_periods: _PeriodWords | None = None
    #: A time counted back from the document's day ('il y a trois jours'), counted by dateparser (monitor/relative_dates.py).
    ago: _WordPattern | None = None
    #: (session 39) The statistical filter's and the alert model's cue families in this language's words (monitor/mfilter.py
    #: ``CUES``): every family with words listed, by its words or as absent (session 40: checked here, once, for every reader).
    filter_cues: dict[str, _FilterCue] | None = None
    #: (session 40) The alert model's further cue families in this language's words (monitor/mfilter.py ``EXTRA_CUES``: hedges,
    #: invitations, a trip under way, a gathering, a trip), listed as ``filter_cues`` are.
    alert_cues: dict[str, _FilterCue] | None = None
    #: The number words such a time may use, read as digits first (dateparser reads only some of them).
    numbers: _NumberWords | None = None
    month_before: _EmptyOk
    #: The words joining two days of one month into a span ('du 26 au 27 février'): the first day and the span's end
    #: (monitor/dates.py; session 35).
    range_to: _WordPattern | None = None
    year_before: _WordPattern
    demonyms: _LanguageDemonyms
    #: A trigger family of monitor/lexicon.py, by its name -> the patterns the language adds to it.
    families: dict[str, list[_Pattern]] = Field(min_length=1)

    @model_validator(mode="after")
    def _family_names(self) -> _MonitorLanguage:
        bad = [f for f in self.families if not re.fullmatch(r"[A-Z][A-Z_]*", f) or not self.families[f]]
        if bad:
            raise ValueError(f"a family is named as the lexicon names it (upper case) and holds at least one pattern: {', '.join(bad)}")
        return self

    @model_validator(mode="after")
    def _cue_families(self) -> _MonitorLanguage:
        """(session 40) ``filter_cues`` and ``alert_cues`` each list every family of the code's with words (dataset/cue_families.py,
        the names of monitor/mfilter.py's patterns), by a pattern or as absent with its reason, and no other: the one check, made when the lookups load."""
        from iccwatch.dataset.cue_families import cue_families

        for key in ("filter_cues", "alert_cues"):
            table = getattr(self, key)
            if table is None:
                continue
            worded = cue_families(key)
            missing, unknown = [n for n in worded if n not in table], sorted(set(table) - set(worded))
            if missing or unknown:
                raise ValueError(f"{key}: {'families missing: ' + ', '.join(missing) if missing else ''}"
                                 f"{'; ' if missing and unknown else ''}{'unknown families: ' + ', '.join(unknown) if unknown else ''}"
                                 f" (each of {', '.join(worded)} is listed, by a pattern or as absent with its reason)")
        return self


class _Gathering(_Entry):
    """One kind of gathering a trip goes to or a meeting sits at, named in each language the monitor reads (English first):
    each a pattern with no capturing group, read case-insensitively and joined into the rules' patterns (monitor/lexicon.py)."""

    concept: str = Field(pattern=r"^[a-z][a-z_]*$")
    #: ``event``: a gathering held and attended (a summit, a parade, an inauguration); ``meeting``: a sitting or a talk.
    kind: Literal["event", "meeting"]
    words: dict[str, NoGroupPattern] = Field(min_length=1)

    @model_validator(mode="after")
    def _languages(self) -> _Gathering:
        if "en" not in self.words:
            raise ValueError(f"gathering {self.concept!r}: give its English words ('en') first")
        for lang in self.words:
            if not _iso_639_1(lang):
                raise ValueError(f"gathering {self.concept!r}: a language is its ISO 639-1 code, not {lang!r}")
        return self


class _Gatherings(_Entry):
    """The one vocabulary of gatherings the monitor's rules read (monitor/lexicon.py ``vocabulary``)."""

    nouns: list[_Gathering] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> _Gatherings:
        seen = [g.concept for g in self.nouns]
        if len(seen) != len(set(seen)):
            raise ValueError(f"a gathering is listed once: {', '.join(sorted({c for c in seen if seen.count(c) > 1}))}")
        return self


class _WordsByLanguage(_Entry):
    """Plain words by language: each language its ISO 639-1 code with at least one word."""

    #: What the table is called in an error.
    label: ClassVar[str] = "words"
    words: dict[str, list[str]] = Field(min_length=1)

    @model_validator(mode="after")
    def _languages(self) -> _WordsByLanguage:
        bad = [c for c, ws in self.words.items() if not _iso_639_1(c) or not ws or not all(isinstance(w, str) and w.strip() for w in ws)]
        if bad:
            raise ValueError(f"{self.label}: a language is its ISO 639-1 code with at least one word: {', '.join(bad)}")
        return self


class _FunctionWords(_WordsByLanguage):
    """The commonest short words of English and of each language the monitor reads, which decide a short text's language when
    the detector is unsure (monitor/documents.py ``detect_language``; session 29)."""

    label: ClassVar[str] = "function words"


class _WrapEnd(_WordsByLanguage):
    """The words, by language, a line broken inside a sentence may end on (monitor/mentions.py ``unwrap``; session 33)."""

    label: ClassVar[str] = "wrap_end"


class _AgencyCredits(_WordsByLanguage):
    """The news agencies whose name closes a line as the copy's credit, by the language of their home (monitor/mentions.py
    ``unwrap`` and the sentence splitter; session 35)."""

    label: ClassVar[str] = "agency_credits"


class _RelativePronouns(_WordsByLanguage):
    """The pronouns, by language, that open a relative clause after a comma, a dash or a bracket (monitor/rules_travel.py
    ``custody``; session 35)."""

    label: ClassVar[str] = "relative_pronouns"


class _PassiveAuxiliaries(_WordsByLanguage):
    """The auxiliaries of the passive voice, by language (monitor/rules_travel.py ``custody``; session 35)."""

    label: ClassVar[str] = "passive_auxiliaries"


class _WarrantIssue(_Entry):
    """A warrant's nouns and its issuing verbs, by language: patterns with no capturing group (monitor/extract.py; session 33)."""

    nouns: dict[str, NoGroupPattern] = Field(min_length=1)
    verbs: dict[str, NoGroupPattern] = Field(min_length=1)

    @model_validator(mode="after")
    def _languages(self) -> _WarrantIssue:
        for key, table in (("nouns", self.nouns), ("verbs", self.verbs)):
            for lang in table:
                if not _iso_639_1(lang):
                    raise ValueError(f"{key}: a language is its ISO 639-1 code, not {lang!r}")
        return self


class _PostponedProceedings(_Entry):
    """(session 37) A proceeding put off, not a trip, by language: the words of putting off, a proceeding's nouns and a trip's
    nouns, patterns with no capturing group (monitor/extract.py; lexicon.postponed_proceeding)."""

    postponements: dict[str, str] = Field(min_length=1)
    proceedings: dict[str, str] = Field(min_length=1)
    trips: dict[str, str] = Field(min_length=1)

    @model_validator(mode="after")
    def _languages(self) -> _PostponedProceedings:
        for key, table in (("postponements", self.postponements), ("proceedings", self.proceedings), ("trips", self.trips)):
            for lang, pattern in table.items():
                if not _iso_639_1(lang):
                    raise ValueError(f"postponed_proceedings.{key}: a language is its ISO 639-1 code, not {lang!r}")
                _compiles(pattern, groups=0)
        return self


class MonitorWords(_Lookup):
    """The words of the other languages the monitor reads, by ISO 639-1 code."""

    languages: dict[str, _MonitorLanguage] = Field(min_length=1)
    gatherings: _Gatherings
    function_words: _FunctionWords | None = None
    #: (session 33) the closing words of a wrapped line and the words of a warrant's issue, every language's (English included)
    wrap_end: _WrapEnd
    warrant_issue: _WarrantIssue
    #: (session 35) the agencies whose name closes a line as its credit (a sentence ends there)
    agency_credits: _AgencyCredits | None = None
    #: (session 35) the pronouns that open a relative clause (an arrest told of a State's clause is not the person's)
    relative_pronouns: _RelativePronouns | None = None
    passive_auxiliaries: _PassiveAuxiliaries | None = None
    #: (session 37) a ruling, a hearing or a vote put off: no trip denied
    postponed_proceedings: _PostponedProceedings | None = None

    @model_validator(mode="after")
    def _codes(self) -> MonitorWords:
        bad = [c for c in self.languages if not _iso_639_1(c) or c == "en"]
        if bad:  # (round 32) the message names the field, so the problem does
            raise ValueError(f"each key of languages is a language's ISO 639-1 code, and not English (read by the code): "
                             f"{', '.join(bad)}")
        return self


#: The shape of each lookup table (a table without a model here must still name its sources).
LOOKUP_MODELS: dict[str, type[BaseModel]] = {"court_places": CourtPlaces, "state_names": StateNames, "demonyms": Demonyms, "places": Places, "airports": Airports,
                                             "publishers": PublisherTable, "map_points": MapPoints,
                                             "complete_lists": CompleteLists, "name_variants": NameVariants,
                                             "question_words": QuestionWords, "question_state_names": QuestionStateNames,
                                             "question_months": QuestionMonths, "regions": Regions,
                                             "search_routes": SearchRoutes, "monitor_words": MonitorWords,
                                             "place_names": PlaceNames, "placeholder_words": PlaceholderWords}


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class a validation error's location points into (a nested fact, a list item), or None."""
    for part in loc:
        if model is None:
            return None
        if isinstance(part, int):
            continue
        info = model.model_fields.get(str(part))
        if info is None:
            return None
        found = None
        for arg in [info.annotation, *typing.get_args(info.annotation)]:
            for inner in [arg, *typing.get_args(arg)]:
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    found = inner
        model = found
    return model


def _named_field(model: type[BaseModel] | None, loc: tuple[Any, ...], msg: str, given: Any = None) -> str | None:
    """The field a rule on a whole record (or nested fact) is about: the first of the model's own fields
    its message names, so the problem names a field as a field's own does. Where the message names several
    (``covers_from/covers_to``), the first the record writes (``given``: the fact as read), not one it left out."""
    where = _model_at(model, loc)
    if where is None:
        return None
    hits = [(m.start(), name) for name in where.model_fields if (m := re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", msg))]
    def _written(name: str) -> bool:
        return (given.get(name) if isinstance(given, dict) else getattr(given, name, None)) is not None

    written = [h for h in hits if given is not None and _written(h[1])]
    return min(written or hits)[1] if hits else None


def validation_problems(file: str, record: str | None, exc: ValidationError, model: type[BaseModel] | None = None,
                        keep: Callable[[Any], bool] | None = None) -> list[Problem]:
    problems = []
    for err in exc.errors():
        if keep is not None and not keep(err):
            continue
        field = _loc(err["loc"]) or None
        msg = err["msg"]
        if err["type"] == "value_error":  # a model's own check: its words, without pydantic's "Value error, "
            msg = msg.removeprefix("Value error, ")
        if err["type"] == "value_error" and (named := _named_field(model, err["loc"], msg, err.get("input"))):
            field = f"{field}.{named}" if field else named
        if err["type"] == "extra_forbidden":
            msg = "unknown field (not part of the schema)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        problems.append(Problem(file, record, field, msg))
    return problems


def _field_name(at: str) -> str:
    """The last key of a dotted place (``sources[0].url`` -> ``url``; an item of a list, its list's key)."""
    return re.sub(r"\[\d+\]$", "", at.rsplit(".", 1)[-1])


def _blank_problems(rel: str, record: str, texts: list[tuple[str, str]]) -> Iterator[Problem]:
    """Empty text and text with whitespace around it: a quoted ``" joseph-kony"`` would otherwise be
    stripped silently by the model, and ``""`` says nothing. (A block scalar's final line break is its
    own syntax, not the value's.) ``texts``: the file's ``texts_of(raw, keys=True)``."""
    for at, v in texts:
        body = v[:-1] if v.endswith("\n") else v
        if v.endswith("\n") and body.strip() and _field_name(at) not in PROSE_FIELDS:
            yield Problem(rel, record, at or None, f"{v[:60]!r} ends in a line break (a block, | or >, keeps its last one): a "
                          f"{_field_name(at).replace('_', ' ') or 'value'} is one line; write it on the key's line (or with |- or >-)")
        if not body.strip():
            yield Problem(rel, record, at or None, "empty text: write the value, or leave the field out")
        elif body != body.strip():
            yield Problem(rel, record, at or None, f"{v[:40]!r}: leading or trailing whitespace; write the value without it")


#: (round 41) A line's end other than a line feed: a carriage return alone (an old Mac's), or a CR LF in a file whose
#: other lines end in LF alone.
_LONE_CR = re.compile(r"\r(?!\n)")
_LONE_LF = re.compile(r"(?<!\r)\n")


def line_end_problem(text: str) -> str | None:
    """(round 41) Lines ending in a carriage return alone, or in two ways in one file (CR LF and LF): YAML reads each as a line
    end, so nothing in the values shows it, but a line-based tool (a diff, grep, the review) sees one line where YAML reads
    several, and a careless edit or paste left them. A file whose every line ends in CR LF passes (git's ``autocrlf``
    writes a checkout so on Windows)."""
    if "\r" not in text:
        return None
    if m := _LONE_CR.search(text):
        line = text.count("\n", 0, m.start()) + text.count("\r", 0, m.start()) - text.count("\r\n", 0, m.start()) + 1
        return (f"line {line} ends in a carriage return alone (CR, an old Mac's line end), which YAML reads as a line end "
                "and a line-based tool does not: save the file with line feeds (LF)")
    if m := _LONE_LF.search(text):
        first = text.count("\n", 0, text.index("\r\n")) + 1
        line = text.count("\n", 0, m.start()) + 1
        return (f"mixed line endings: line {first} ends in CR LF and line {line} in LF alone (a paste or an editor left "
                "them): save the file with one kind of line end (LF)")
    return None


def _whole_file_problems(rel: str, record: str | None, text: str, texts: list[tuple[str, str]] | None = None) -> Iterator[Problem]:
    """(round 43) A merge conflict's marker and a last line with no line break (``whole_file_checks``), whether YAML read
    the file (``texts``: its texts, to name the field a marker is read into) or refused it (None)."""
    if (found := conflict_marker(text)) is not None:
        at = next((at for at, v in texts or () if holds_marker(v)), None)
        yield Problem(rel, record, at or None, conflict_message(*found))
    if (cut := cut_short(text)) is not None:
        yield Problem(rel, record, None, cut)


def _text_problems(rel: str, record: str, text: str, texts: list[tuple[str, str]]) -> Iterator[Problem]:
    """Text no record should hold. A cheap test on the whole file first; the fields are located only
    when it finds something. ``texts``: the file's ``texts_of(raw, keys=True)``."""
    if (ends := line_end_problem(text)) is not None:
        yield Problem(rel, record, None, ends)
    yield from _whole_file_problems(rel, record, text, texts)
    escaped = "\\" in text  # a double-quoted YAML string can write any character as an escape
    if escaped or _UNSAFE_CHARS.search(text):
        found = False
        for at, v in texts:
            m = _UNSAFE_CHARS.search(v)
            if m:
                found = True
                yield Problem(rel, record, at or None, f"control or bidirectional-override character U+{ord(m.group()):04X} in text")
        if not found and (m := _READ_AS_BREAK.search(text)):  # round eleven: YAML read it as a line break, so no value holds it
            line = text.count("\n", 0, m.start()) + 1
            yield Problem(rel, record, None, f"line {line}: character U+{ord(m.group()):04X} (a next-line or line separator), which YAML "
                          "reads as a line break, so the value read is not the text written; remove it")
        elif not found and (i := text.find("\ufeff", 1)) > 0:  # round 42: the parser skipped it, so no value holds it
            yield Problem(rel, record, None, f"line {text.count(chr(10), 0, i) + 1}: a byte-order mark (U+FEFF) inside the file (files "
                          "joined or pasted together), which YAML skips, so the file is not the text read; remove it")
    if escaped or _ODD_SPACE.search(text) or ((_JOINERS[0] in text or _JOINERS[1] in text) and _STRAY_JOINER.search(text)):
        for at, v in texts:
            if m := _ODD_SPACE.search(v) or _STRAY_JOINER.search(v):
                yield Problem(rel, record, at or None, f"{v[:40]!r}: invisible or look-alike character U+{ord(m.group()):04X} "
                              "(a no-break or other special space, or a joiner no script here needs); write a plain space or nothing")
    if escaped or not unicodedata.is_normalized("NFC", text):
        for at, v in texts:
            if not unicodedata.is_normalized("NFC", v):
                yield Problem(rel, record, at or None, f"{v[:40]!r}: a letter written as a base and a combining mark; write it as one "
                              "character (Unicode NFC), so equal-looking names are equal")
    if escaped or "\t" in text or re.search(r"[^\n]\n[^\n]", text):  # a cheap test: a tab, or a line break inside a block
        for at, v in texts:
            body = v[:-1] if v.endswith("\n") else v  # a block scalar's final line break is its syntax
            if "\t" in body or "\n" in body or "\r" in body:
                yield Problem(rel, record, at or None, f"{v[:40]!r}: a tab or line break inside text; write one line "
                              "(a folded block, >-, joins lines with spaces)")
    if escaped or _NO_LETTER.search(text):
        for at, v in texts:
            if m := _NO_LETTER.search(v):
                yield Problem(rel, record, at or None, f"{v[:40]!r}: character U+{ord(m.group()):04X} stands for no letter (a private-use "
                              "character, a noncharacter, or U+FFFD left by text decoded with the wrong encoding); write the real text")
    if escaped or _COMBINING.search(text):
        for at, v in texts:
            if v and _COMBINING.match(v):
                yield Problem(rel, record, at or None, f"{v[:40]!r}: starts with a combining mark (U+{ord(v[0]):04X}) that has no letter "
                              "to sit on; write the letter with its accent")
    if escaped or _NON_ASCII_DIGIT.search(text):
        for at, v in texts:
            if _NON_ASCII_DIGIT.search(v) and _DATE_LIKE.match(v):
                yield Problem(rel, record, at or None, f"{v!r}: write dates with ASCII digits (YYYY-MM-DD)")
    if escaped or len(text) > MAX_FIELD_CHARS:
        for at, v in texts:
            if len(v) > MAX_FIELD_CHARS:
                yield Problem(rel, record, at or None, f"{len(v):,} characters, over the limit of {MAX_FIELD_CHARS:,} for one field")


def _key_problems(rel: str, record: str, raw: Any, at: str = "") -> Iterator[Problem]:
    """Keys that are not text (``1:``, ``~:``, ``true:``): no field or table entry is named so, and the
    schema's own message ("Keys should be strings") would not say which key."""
    if isinstance(raw, dict):
        for k, v in raw.items():
            where = f"{at}.{k}" if at else str(k)
            if not isinstance(k, str):
                what = "null" if k is None else "a boolean" if isinstance(k, bool) else "a number" if isinstance(k, (int, float)) else f"a {type(k).__name__}"
                yield Problem(rel, record, where, f"key {k!r} is {what}, not text: write a field name or entry as text (quote it if need be)")
            else:
                yield from _key_problems(rel, record, v, where)
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            yield from _key_problems(rel, record, v, f"{at}[{i}]")


def _null_problems(rel: str, record: str, raw: Any, at: str = "") -> Iterator[Problem]:
    """Round thirty-nine: a key of a record written with no value (``title:``, ``publisher: ~``, ``note: null``) and an
    empty item of a list (``- ``), in a record the model read: it reads an optional field's null as the field left out,
    so a value a contributor meant to fill in, or an import's empty cell, passed unseen. A record never needs one: a
    field it has no value for is left out. (Run on record files only: tables, the meta and the assertions may write null
    where their format says what it means, e.g. an open bound.)"""
    if isinstance(raw, dict):
        for k, v in raw.items():
            if not isinstance(k, str):
                continue  # ``_key_problems`` names a key that is not text
            where = f"{at}.{k}" if at else k
            if v is None:
                yield Problem(rel, record, where, f"no value (the key is written with nothing after it, or ~ or null): "
                                                  f"write the {k.replace('_', ' ')}, or leave the key out")
            else:
                yield from _null_problems(rel, record, v, where)
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            if v is None:
                yield Problem(rel, record, f"{at}[{i}]", "an empty item (a '-' with nothing after it, or ~ or null): write the "
                                                        "item, or remove the line")
            else:
                yield from _null_problems(rel, record, v, f"{at}[{i}]")


def _nulls_in_sources(rel: str, record: str, raw: Any, at: str = "") -> Iterator[Problem]:
    """``_null_problems`` in every ``sources`` list of a lookup table (its own, an entry's), and nowhere else in it."""
    if isinstance(raw, dict):
        for k, v in raw.items():
            where = f"{at}.{k}" if at else str(k)
            if k == "sources" and isinstance(v, list):
                yield from _null_problems(rel, record, v, where)
            else:
                yield from _nulls_in_sources(rel, record, v, where)
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            yield from _nulls_in_sources(rel, record, v, f"{at}[{i}]")


def _years_problems(rel: str, record: str, texts: list[tuple[str, str]]) -> Iterator[Problem]:
    for at, v in texts:
        m = _ISO_DATE.match(v)
        if m and int(m.group(1)) < YEARS[0]:
            yield Problem(rel, record, at or None, f"{v!r} is before {YEARS[0]}, outside the years a record can hold")
        elif m and int(m.group(1)) > YEARS[1]:
            yield Problem(rel, record, at or None, f"{v!r} is in the future, beyond the years a record can hold (to {YEARS[1]})")


def _inside(path: Path, root: Path) -> bool:
    """True when ``path``, symbolic links followed, is within ``root`` (the resolved data folder); False
    for a link that cannot be followed (a loop)."""
    parent = path.parent
    in_root = parent == root
    if (in_root or parent.parent == root) and ".." not in (path.name, parent.name):  # a file or folder of the data folder, or a file of one
        # ``root`` is resolved: a path below it none of whose parts below it is a link resolves to itself.
        # Only those parts are looked at (not every folder above the data folder, as ``resolve`` does).
        try:
            if not path.is_symlink() and (in_root or not parent.is_symlink()):
                return True
        except OSError:
            pass
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return False
    return resolved == root or root in resolved.parents


def _outside(path: Path) -> str:
    try:
        return f"a symbolic link to {path.resolve()}, outside the data folder: refused"
    except (OSError, RuntimeError):
        return "a symbolic link that cannot be followed (a loop): refused"


def _read(path: Path, root: Path, problems: list[Problem], blanks: bool = True) -> Any:
    """The parsed file, or None with its problems appended. ``blanks``: empty text and whitespace around
    text are problems too (the lookup tables, built from outside lists, keep their own spelling)."""
    return _read_with_text(path, root, problems, blanks)[1]


#: What ``_read_with_text`` gives, instead of the parse, for a text its caller already holds the result of (``known``).
NOT_PARSED: Any = object()


def _field_at_yaml_error(text: str, problem: str, mark: Any) -> tuple[str, Any] | None:
    """The field (``status_history[1].date``) a YAML error of a text that parses into events is at: the key written a
    second time (at ``mark``), or the first alias (the error's mark is the anchored value's, not the alias's), with the
    place it is written; None for other errors, or a text whose events cannot be read."""
    alias = problem.startswith("aliases (")
    undefined = problem.startswith("found undefined alias")  # its mark is the alias's own
    # Round 42: an anchor, or a number too long to read, names the value it is on (its mark is the value's own).
    valued = problem.startswith(("anchors (", "a number of "))
    # Round 37: a merge key names the key written there (the key branch below, as a key written twice).
    if not (alias or undefined or valued or problem.startswith(("duplicate key", "merge keys"))) or mark is None:
        return None
    stack: list[list[Any]] = []  # per open collection: [kind, key or index, whether a key is due]

    def path(last: Any = None) -> str:
        parts = [frame[1] for frame in stack if frame[1] is not None] + ([last] if last is not None else [])
        return _loc(tuple(parts)) or ""

    def at_mark(event: yaml.Event) -> bool:
        """Whether ``event`` starts where the error's mark is (the parser marks every event)."""
        return event.start_mark is not None and event.start_mark.index == mark.index

    def advance() -> None:
        if stack:
            top = stack[-1]
            if top[0] == "map":
                top[1], top[2] = (None, True) if not top[2] else (top[1], False)
            else:
                top[1] += 1

    try:
        for event in yaml_events(text):
            if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                top = stack[-1] if stack else None
                if top is not None and top[0] == "map" and top[2]:  # a key
                    if not alias and at_mark(event):
                        return (path(event.value), event.start_mark) if isinstance(event, yaml.ScalarEvent) else None
                    top[1], top[2] = str(getattr(event, "value", "")), False
                    continue
                if isinstance(event, yaml.AliasEvent) and (alias or (undefined and at_mark(event))):
                    return (path(), event.start_mark) if path() else None
                if valued and at_mark(event):
                    return (path(), event.start_mark) if path() else None
                advance()
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if valued and at_mark(event) and not (stack and stack[-1][0] == "map" and stack[-1][2]):
                    return (path(), event.start_mark) if path() else None
                if stack and stack[-1][0] == "map" and stack[-1][2]:
                    return None  # a collection as a key: no field to name
                stack.append(["map", None, True] if isinstance(event, yaml.MappingStartEvent) else ["seq", 0, False])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                advance()
    except yaml.YAMLError:
        return None
    return None


def _read_with_text(path: Path, root: Path, problems: list[Problem], blanks: bool = True,
                    known: Callable[[str], bool] | None = None, record: str | None = None) -> tuple[str, Any]:
    """The file's text and its parse as ``_read`` gives it (text "" when it was not read). ``known``: a text for which
    it says True, read before at this place with no problem found in it (``_SCANNED``), is not parsed again:
    NOT_PARSED stands for its parse (the caller holds what it made of it). ``record``: the record a problem of the file
    as a whole names (round 38: a record file's, its key, which is its file's name; the file's text cannot say it)."""
    text = ""
    rel = _rel(path, root)
    if not _inside(path, root):
        problems.append(Problem(rel, record, None, _outside(path)))
        return text, None
    try:
        text = read_text_checked(path)
        if known is not None and known(text) and _SCANNED.get((rel, text, blanks)) == ():
            return text, NOT_PARSED
        raw, found = _parsed_and_scanned(rel, path.stem, text, blanks)
    except UnsafeYAML as exc:
        problems.append(Problem(rel, record, None, f"refused: {exc}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        if mark is None and isinstance(exc, yaml.reader.ReaderError):  # a character YAML cannot hold: name its line
            where = f" at line {text[: exc.position].count(chr(10)) + 1}"
        problem = (getattr(exc, "problem", None) or str(exc)).splitlines()[0]
        # Round 28: a key written twice or an alias names the field it is at (``status_history[1].date``), with the record
        # the file holds, as a value the model refuses does (the line alone named neither).
        field, at = _field_at_yaml_error(text, problem, mark) or (None, None)
        if at is not None:  # the alias's own place (the error's mark was the anchored value's)
            where = f" at line {at.line + 1}, column {at.column + 1}"
        problems.append(Problem(rel, path.stem if field else record, field, f"malformed YAML{where}: {problem}{_yaml_line_breaks(text)}"))
        problems.extend(_whole_file_problems(rel, record, text))
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        problems.append(Problem(rel, record, None, f"not UTF-8 text at line {line}: byte {exc.object[exc.start]:#04x}; save the file as "
                                f"UTF-8{decode_cut_short(exc.reason, exc.end, len(exc.object))}"))
    except OSError as exc:
        problems.append(Problem(rel, record, None, f"cannot read: {exc.strerror or exc}"))
    else:
        if found:
            problems.extend(found)
            return text, None
        return text, raw
    return text, None


#: Characters YAML reads as a line end beside the line feed and carriage return (NEXT LINE, LINE SEPARATOR,
#: PARAGRAPH SEPARATOR): pasted from a word processor or a PDF into a value, they end its line unseen.
_YAML_BREAKS = {"\u0085": "U+0085 (NEXT LINE)", "\u2028": "U+2028 (LINE SEPARATOR)", "\u2029": "U+2029 (PARAGRAPH SEPARATOR)"}


def _yaml_line_breaks(text: str) -> str:
    """Round twenty-one: a malformed file's message named a line and ':' expected, not the invisible character
    that broke the line; this names the first such character and its line (counted in line feeds, as an editor)."""
    at = min((i for i in (text.find(c) for c in _YAML_BREAKS) if i >= 0), default=-1)
    if at < 0:
        return ""
    return (f" (the file holds {_YAML_BREAKS[text[at]]} at line {text[:at].count(chr(10)) + 1}, which YAML reads as a line "
            "end: write a space or a plain line break)")


#: The problems found in a file's text, keys and values, by (its place in the record, its text, ``blanks``):
#: the same text at the same place always has the same problems, and one process checks a record again
#: and again with most files unchanged (each accept of the review queue checks the whole record, and so
#: does a rebuild after an edit). The parse itself is cached by ``load_yaml``. Bounded: cleared when full.
_SCANNED: dict[tuple[str, str, bool], tuple[Problem, ...]] = {}
_SCANNED_MAX = 4096


def _parsed_and_scanned(rel: str, stem: str, text: str, blanks: bool) -> tuple[Any, tuple[Problem, ...]]:
    """The file's parse (raises as ``load_yaml`` does) and the problems of its text, keys and values."""
    raw = load_yaml(text)
    key = (rel, text, blanks)
    found = _SCANNED.get(key)
    if found is None:
        keyed = texts_of(raw, keys=True)  # every text and key, walked once for the rules below
        values = texts_of(raw)
        scan = list(_text_problems(rel, stem, text, keyed))
        scan += _years_problems(rel, stem, keyed)
        scan += _key_problems(rel, stem, raw)
        scan += markup_problems(rel, stem, values)
        scan += review_text_problems(rel, stem, values)
        scan += character_problems(rel, stem, values)
        if blanks:
            scan += _blank_problems(rel, stem, keyed)
        if len(_SCANNED) >= _SCANNED_MAX:
            _SCANNED.clear()
        found = _SCANNED[key] = tuple(scan)
    return raw, found


def read_checked(path: Path, root: Path, problems: list[Problem]) -> Any:
    """A support file (e.g. assertions.yaml) read with every limit a record file has; None, with the
    problems appended, when it is refused or empty."""
    before = len(problems)
    raw = _read(path, root, problems)
    if raw is None and len(problems) == before:
        problems.append(Problem(_rel(path, root), None, None, "empty file"))
    return raw


def _rel(path: Path, root: Path) -> str:
    """``path`` below the data folder's parent (``data/...``), else as given. ``path.parts`` starting with the
    parent's parts is ``root.parent in path.parents`` without building and comparing each parent path."""
    base = str(root.parent)
    prefix = base if base.endswith("/") else base + "/"
    text = str(path)
    # pathlib's text of a path is normalised (no '.', no doubled or trailing '/'), so a path below the parent is
    # one whose text starts with the parent's and a '/': the rest is ``path.relative_to(root.parent)``'s text.
    if os.sep == "/" and len(text) > len(prefix) and text.startswith(prefix):
        return text[len(prefix):]
    parts = path.parts
    if len(parts) > len(root.parent.parts) and parts[: len(root.parent.parts)] == root.parent.parts:
        return str(path.relative_to(root.parent))
    return str(path)


def _name(path: Path) -> str:
    """The sort key of one folder's listing: its paths differ only in their last part, so ordering them by name is
    ordering them as paths (and cheaper: no list of parts built and compared per comparison)."""
    return path.name


def load_records(root: Path) -> tuple[RecordSet | None, list[Problem]]:
    """Load every record under ``root`` (the data/ folder). Returns the records (None if meta is
    unreadable) and the problems found while reading and validating each file."""
    problems: list[Problem] = []
    root = root.resolve()
    if not root.is_dir():
        return None, [Problem(str(root), None, None, "data folder not found")]

    def rel(path: Path) -> str:  # every path named here is below ``root``: ``path.relative_to(root.parent)``'s text
        return _rel(path, root)

    meta: Meta | None = None
    meta_path = root / "meta.yaml"
    if not meta_path.exists() and not meta_path.is_symlink():
        problems.append(Problem(rel(meta_path), None, None, "missing: the record must say what it knows up to"))
    else:
        raw = read_checked(meta_path, root, problems)
        if raw is not None:
            try:
                meta = Meta.model_validate(raw, strict=True)
            except ValidationError as exc:
                problems.extend(validation_problems(rel(meta_path), "meta", exc, Meta))
    records = RecordSet(meta=meta) if meta else RecordSet(meta=Meta(checked_through="1900", title="?", licence="?"))

    for entry in sorted(root.iterdir(), key=_name):
        if entry.name.startswith("."):
            if entry.name.endswith(".yaml") and not entry.is_dir():  # a hidden meta.yaml or assertions.yaml would be lost without a word
                problems.append(Problem(rel(entry), None, None, "a hidden file is not read: name it without the dot, or remove it"))
            continue
        if not _inside(entry, root):
            problems.append(Problem(rel(entry), None, None, _outside(entry)))
            continue
        if not entry.is_dir():
            if entry.name not in TOP_LEVEL_FILES:
                problems.append(Problem(rel(entry), None, None, "unexpected file in data/ (not a known record kind)"))
            continue
        if entry.name == "lookups":
            _load_lookups(entry, root, records, problems)
            continue
        if entry.name not in KINDS:
            problems.append(
                Problem(rel(entry), None, None, f"unknown record folder; known kinds are {', '.join(KINDS)}")
            )
            continue
        model, key_field = KINDS[entry.name]
        target = records.of_kind(entry.name)
        for path in sorted(entry.iterdir(), key=_name):
            if path.name.startswith("."):
                if path.name.endswith(".yaml"):  # a record an editor hid would be lost without a word
                    problems.append(Problem(rel(path), None, None, "a hidden record file is not read: name it by its key, without the dot"))
                continue
            if path.suffix != ".yaml" or path.is_dir():
                named = not path.is_dir() or path.suffix in (".yaml", ".yml")  # a folder of other name is no record's
                problems.append(Problem(rel(path), _record_of_name(path.name) if named else None, None, _not_a_record_file(path)))
                continue
            _load_one(path, rel(path), model, key_field, entry.name, target, records, problems)
    for name in sorted(REQUIRED_LOOKUPS):
        path = root / "lookups" / f"{name}.yaml"
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(rel(path), None, None, "missing: the checker needs this lookup table"))
    return (records if meta else None), problems


#: Records validated in this process, by (their model, their file's text): the text gives the parse and the
#: parse gives the record, so the same text read again (the checker run again with most files unchanged:
#: after an accept of the review queue, a rebuild after an edit, a test suite checking many copies of one
#: record) is not validated again. The records are frozen models and nothing changes them, so one object
#: serves every read. Only valid records are kept.
_VALIDATED = BoundedCache(8192)


def _record_of_name(name: str) -> str:
    """(round 41) The record a file's name promises, its name up to the first dot (``joseph-kony.yml``, ``joseph-kony.yaml.bak``,
    ``joseph-kony``): a file the loader does not read still names the record that is then missing."""
    return name.split(".", 1)[0] or name


def _not_a_record_file(path: Path) -> str:
    """(round 41) Why a record folder's entry is not read, and what to do: a directory, or a file under another extension
    (a copy or a rename left by an editor or a tool), whose record is then not in the record at all."""
    stem = _record_of_name(path.name)
    if path.is_dir():
        if path.suffix in (".yaml", ".yml"):
            return (f"not a .yaml record file: a directory where the record's file is expected (a record is one file, "
                    f"{stem}.yaml): remove it, or move its files")
        return "not a .yaml record file: a directory (a record folder holds its records' files alone; the files in it are not read)"
    ext = path.name[len(stem):] or "no extension"
    return (f"not a .yaml record file ({ext}): it is not read, so the record {stem} is not in the record from it; "
            f"name it {stem}.yaml, or remove it")


def _load_one(
    path: Path,
    relpath: str,
    model: type[BaseModel],
    key_field: str,
    kind: str,
    target: dict[str, Any],
    records: RecordSet,
    problems: list[Problem],
) -> None:
    before = len(problems)
    # A text validated before (a record kept in _VALIDATED) that had no problem at this place is not parsed again: its
    # parse was a mapping that gave that record.
    text, raw = _read_with_text(path, path.parents[1], problems, known=lambda t: (model, t) in _VALIDATED, record=path.stem)
    hit, obj = (False, None) if raw is None else _VALIDATED.lookup((model, text))
    if raw is NOT_PARSED and not hit:  # dropped from _VALIDATED since it was asked (another thread's reads): parse it
        text, raw = _read_with_text(path, path.parents[1], problems, record=path.stem)
    if raw is None:
        if len(problems) == before:
            problems.append(Problem(relpath, path.stem, None, "empty file"))
        return
    if not hit and not isinstance(raw, dict):
        problems.append(Problem(relpath, path.stem, None, f"a record must be a mapping, not {type(raw).__name__}"))
        return
    if not hit:
        # The key names the record in messages only when it is text; else the file name does.
        key_raw = raw.get(key_field)
        record_name = key_raw if isinstance(key_raw, str) and key_raw else path.stem
        try:
            # Strict: a value of the wrong type is an error, never converted ("yes" or 1 for true, "67" for 67,
            # !!binary bytes for text).
            obj = model.model_validate(raw, strict=True)
        except ValidationError as exc:
            problems.extend(validation_problems(relpath, record_name, exc, model))
            return
        except (TypeError, KeyError, AttributeError, OverflowError) as exc:  # a model's own rule met a value of a type it did not expect
            wrong = _fields_of_wrong_shape(relpath, record_name, model, raw)  # round 27: name the field its own type refuses
            problems.extend(wrong or [Problem(relpath, record_name, None, f"cannot be read as a {kind.removesuffix('s')} record: {exc}")])
            return
        # Round 39: a null the model took as the field left out (a required field's null it refused above, in its words).
        # The record is still read, so the problems other records have with it are named too; it is not kept in
        # _VALIDATED, so the next check parses it again and names the null again.
        nulls = list(_null_problems(relpath, record_name, raw))
        problems.extend(nulls)
        if not nulls:
            _VALIDATED.put((model, text), obj)
    key = getattr(obj, key_field)
    if key in target:
        problems.append(Problem(relpath, key, key_field, f"duplicate id: also in {records.files[(kind, key)]}"))
        return
    if key != path.stem:
        problems.append(Problem(relpath, key, key_field, f"key {key!r} does not match the file name {path.stem!r}"))
        return
    target[key] = obj
    records.files[(kind, key)] = relpath


def _fields_of_wrong_shape(file: str, record: str, model: type[BaseModel], raw: dict[str, Any]) -> list[Problem]:
    """Each field of ``raw`` whose value its own annotation refuses, read alone (as the model reads it), with the
    model's words: for a record a rule on the whole record could not read (a list where the rule looked a text up)."""
    from pydantic import TypeAdapter

    found: list[Problem] = []
    for name, value in raw.items():
        info = model.model_fields.get(name) if isinstance(name, str) else None
        if info is None:
            continue
        annotation = info.rebuild_annotation()  # the field's type with its constraints (Annotated), as the model reads it
        try:
            TypeAdapter(annotation).validate_python(value, strict=True)
        except ValidationError as exc:
            found += [Problem(file, record, f"{name}.{p.field}" if p.field else name, p.message) for p in validation_problems(file, record, exc)]
        except (TypeError, KeyError, AttributeError, OverflowError, ValueError) as exc:
            found.append(Problem(file, record, name, f"cannot be read: {exc}"))
    return found


def _load_lookups(folder: Path, root: Path, records: RecordSet, problems: list[Problem]) -> None:
    for path in sorted(folder.iterdir(), key=_name):
        if path.suffix != ".yaml" or path.stem not in LOOKUP_FILES:
            problems.append(Problem(_rel(path, root), None, None, f"unknown lookup table; known: {', '.join(sorted(LOOKUP_FILES))}"))
            continue
        if path.is_dir() and not path.is_symlink():  # round 41: name the table, as a record's file names its record
            problems.append(Problem(_rel(path, root), path.stem, None, f"a directory where the lookup table {path.stem} is "
                                    "expected (one .yaml file): remove it, and put the table's file back"))
            continue
        table = _load_lookup(path, root, problems)
        if table is not None:
            records.lookups[path.stem] = table


def _load_lookup(path: Path, root: Path, problems: list[Problem]) -> Any:
    """One lookup table read and checked (its model, its sources, its texts), frozen; None with its problems added."""
    relpath = _rel(path, root)
    before = len(problems)
    # A text loaded before at this place (a table in _TABLES) is not parsed again: its table is handed out again.
    text, raw = _read_with_text(path, root, problems, blanks=False, known=lambda t: (relpath, t) in _TABLES)
    hit, table = (False, None) if raw is None else _TABLES.lookup((relpath, text))
    if raw is NOT_PARSED and not hit:  # dropped from _TABLES since it was asked (another thread's reads): parse it
        text, raw = _read_with_text(path, root, problems, blanks=False)
    if hit:
        return table
    if raw is None:
        if len(problems) == before:
            problems.append(Problem(relpath, None, None, "empty file"))
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(relpath, path.stem, None, f"a lookup table must be a mapping, not {type(raw).__name__}"))
        return None
    found = _LOOKUPS_CHECKED.get_or_compute((relpath, text), lambda: tuple(_lookup_problems(relpath, path.stem, raw)))
    if found:
        problems.extend(found)
        return None
    key = (relpath, text)
    table = frozen_table(raw, key)
    _TABLES.put(key, table)
    return table


def load_lookup(data_dir: Path, name: str) -> Any:
    """(session 41) The lookup table data/lookups/NAME.yaml of the data folder ``data_dir``, read and checked as a store's
    load reads it (the same checks, the same frozen table), for a reader that has no store: None when the file is absent;
    a problem is an InputError naming the file and the field. (The monitor's language detector without a store:
    monitor/documents.py ``function_words``.)"""
    if name not in LOOKUP_FILES:
        raise InputError(f"{name}: unknown lookup table; known: {', '.join(sorted(LOOKUP_FILES))}")
    path = data_dir / "lookups" / f"{name}.yaml"
    if not path.is_file():
        return None
    problems: list[Problem] = []
    table = _load_lookup(path, data_dir, problems)
    errors = [p for p in problems if p.severity == "error"]
    if table is None or errors:
        raise InputError("; ".join(str(p) for p in errors or problems) or f"{path}: cannot read")
    return table


#: The problems of a lookup table's entries (``_lookup_problems``), by (its file, its text): as ``_VALIDATED``.
_LOOKUPS_CHECKED = BoundedCache(256)
#: The lookup tables loaded in this process with no problem, by (their file, their text): one table per text, handed
#: to every load that reads that text (each check of a bad case, each rebuild, reads the unchanged tables again).
#: Shared, so frozen (``dataset.frozen``: a change in place is refused; a caller that changes a table changes a copy);
#: the table's ``key`` is this key, and what is derived from a table (the publisher index) is kept by it.
_TABLES = BoundedCache(256)


def _what_is_empty(at: str) -> str:
    """What an empty text of a lookup table at ``at`` should hold, in a word: the field's own name (a reason, a grade), or
    a name where it is an entry or a key (round fifteen: 'write the name' of an empty reason misled)."""
    last = re.sub(r"\[\d+\]$", "", at.rsplit(".", 1)[-1])
    return last.replace("_", " ") if last in _LOOKUP_FIELDS else "name"


#: The fields of the lookup tables' entries whose empty text is named by the field (others are names or keys).
_LOOKUP_FIELDS = {"reason", "grade", "class", "domain", "basis", "note", "title", "publisher", "url", "about", "through", "since", "as_of",
                  "indicator", "instrument", "source", "kind", "date", "pinpoint", "copy_of"}


def _lookup_problems(relpath: str, stem: str, raw: dict[str, Any]) -> list[Problem]:
    """What is wrong with a lookup table read as a mapping: empty text, no sources, an entry its model refuses."""
    empty = [at for at, v in walk_text(raw, keys=True) if not v.strip()]
    if empty:  # an empty name would match every text (the tables keep their own spelling otherwise)
        return [Problem(relpath, stem, (at[:-1] + '[""]' if at.endswith(".") else at) or None,
                        f"empty text: write the {_what_is_empty(at)}, or leave the entry out") for at in empty]
    # Round 33: a letter in a fullwidth or mathematical form, a pictograph, a variation selector or a tag character, as
    # in a record's text (``text_checks.odd_texts`` reads records only): a name so written matches no text typed.
    odd = [Problem(relpath, stem, at or None, msg) for at, v in texts_of(raw, keys=True) if (msg := character_form_problem(v))]
    # Round 39: a table's sources (its own, an entry's) are sources as a record's are (a null there is a field left
    # unfilled); the rest of a table may write null where its format says what it means (an open ``through``).
    nulls = list(_nulls_in_sources(relpath, stem, raw))
    return odd + nulls + _lookup_model_problems(relpath, stem, raw)


def _lookup_model_problems(relpath: str, stem: str, raw: dict[str, Any]) -> list[Problem]:
    """What the table's model refuses, and a table with no sources (``_lookup_problems``)."""
    model = LOOKUP_MODELS.get(stem)
    if "sources" not in raw or not raw["sources"]:
        # Round 28: with what else the model refuses (a ``Sources:`` key of the wrong case is named as the key written).
        found = [Problem(relpath, stem, "sources", "a lookup table must name its sources")]
        if model is not None:
            try:
                model.model_validate(raw)
            except ValidationError as exc:
                found += [p for p in validation_problems(relpath, stem, exc, model) if p.field != "sources"]
        return found
    if model is not None:  # validated here so a bad entry names its file and field
        try:
            model.model_validate(raw)
            # Round 28: a value of another type is refused, not converted (``yes`` or 1 for true, "67" for 67), as in a
            # record; a date is read from its ISO text (the only conversion the tables' models ask for).
            model.model_validate(raw, strict=True)
        except ValidationError as exc:
            return validation_problems(relpath, stem, exc, model, keep=_not_a_date_as_text)
    return []


def _not_a_date_as_text(err: Any) -> bool:
    """A strict validation's error other than a date written as its ISO text (read as the date, as laxly)."""
    return not (err["type"] in ("date_type", "datetime_type") and isinstance(err.get("input"), str))
