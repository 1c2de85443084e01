"""The public shapes of the API's answers (pydantic), so the OpenAPI schema describes every response.

Each model names the fields every answer of its kind carries; the service may add more (a record's
optional fields, a coverage notice), which pass through unchanged (``extra="allow"``) and are
documented as additional properties. The service builds the data; these models only describe it.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Open(BaseModel):
    """A public shape that may carry more fields than it names."""

    model_config = ConfigDict(extra="allow")


class Source(Open):
    """A source as every answer shows it: graded by its publisher (class, grade), primary or not."""

    url: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = Field(None, description="primary or secondary, as the record says")
    pinpoint: str | None = None
    grade: str | None = None
    primary: bool | None = None


class Citation(BaseModel):
    citation: str = Field(description="A provision, resolution or ruling, e.g. 'Rome Statute art. 86'.")
    url: str | None = Field(None, description="The official text, where the citation has a known address.")


class SearchEntry(BaseModel):
    """One search for a missing primary source, in the order logged."""

    on: str = Field(description="The day the search was made (YYYY-MM-DD).")
    route: str = Field(description="The route it took: an id of data/lookups/search_routes.yaml, where each route is described "
                                   "('court-releases', 'depositary-status', 'gazettes', ...; 'other' for a pass no route fits).")
    detail: str = Field(description="What was looked at and what was found.")


#: How a fact without a read primary source says so, on every record and nested fact that carries it.
PRIMARY_GAP = ("Present where no primary source (the Court's filing or release, the depositary's notification, a gazette) was "
               "read for this fact: what primary is missing and why, in one or two sentences.")
SEARCHED = "Present with primary_gap: the searches made for the missing primary, each with its day, route and detail."


class Record(Open):
    """A record of the dataset with its sources (the fields of its kind: see the data model)."""

    id: str
    sources: list[Source] = []
    confidence: str | None = None
    disputed: bool = False
    note: str | None = None
    primary_gap: str | None = Field(None, description=PRIMARY_GAP)
    searched: list[SearchEntry] | None = Field(None, description=SEARCHED)


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` rows in all, ``limit`` from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[T]
    coverage_notice: str | None = Field(None, description="Present when the day asked (`on`) is after the date through which a "
                                        "kind the list rests on was checked (data/meta.yaml): later facts may be missing.")


# ------------------------------------------------------------------------------------ meta


class MetaAnswer(BaseModel):
    meta: dict[str, Any] = Field(description="The record's meta file (checked_through, coverage...).")
    counts: dict[str, int] = Field(description="Records of each kind.")
    built_at: str | None = None
    data_sha256: str | None = Field(None, description="Digest of the data the store was built from.")


# ---------------------------------------------------------------------------------- states


class StateRow(Open):
    """A State's relation to the Rome Statute on a date."""

    iso3: str
    name: str
    on: str
    party: bool
    status: str
    since: str | None = None
    until: str | None = None
    certain: bool = Field(description="False when the record holds a doubt about a date the answer rests on.")


class MapRow(StateRow):
    numeric: str | int | None = Field(None, description="ISO 3166-1 numeric code (the map's geometry key).")


class MapAnswer(BaseModel):
    on: str
    parties: int
    states: list[MapRow]


class StateAnswer(StateRow):
    """A State's relation with the reasoning, citations and sources it rests on, and its treaty acts."""

    doubts: list[str]
    conclusion: str
    reasoning: dict[str, Any] = Field(description="The reasoning tree: rule, citations, conclusion, facts, children.")
    citations: list[Citation]
    sources: list[Source]
    timeline: list[dict[str, Any]] = Field(description="The State's treaty acts in date order (a retracted withdrawal "
                                                       "announcement with `retracted` and `retraction`, its wording).")
    announcements_in_words: list[str] = Field([], description="Each withdrawal announcement as the reasoning words it, its "
                                                              "retraction by the day asked included.")
    came_into_being: str | None = Field(None, description="For a State that came into being after 1998-07-17: the day it did "
                                                          "(the record's `since`; `since` above is the day its relation began).")
    came_into_being_text: str | None = Field(None, description="That day in words; asked about an earlier day, that the State "
                                                               "did not yet exist then.")


class Obligations(Open):
    question: dict[str, Any]
    situations: list[dict[str, Any]]
    assumptions: list[str]
    doubts: list[str]


# ---------------------------------------------------------------------------------- persons


class PersonRow(Open):
    id: str
    name: str
    nationality: list[str] = []
    situations: list[str]
    status: str | None = Field(None, description="The status of the person's latest warrant (on the date, if given); "
                               "'unknown' on a day the record cannot tell whether a warrant was outstanding (a date given "
                               "by its month or year only, or not at all: the law's reading).")
    standing: str = Field("", description="What the latest judgment or ending of the person's cases says, apart from custody "
                          "(session 35): acquitted; convicted, serving sentence; sentence completed; charges not confirmed; "
                          "proceedings terminated (death) ... ('' before any judgment or ending). An acquittal then a release "
                          "reads status 'released', standing 'acquitted'.")
    status_words: str = Field("", description="The status in words, with the custody in one phrase (session 39): a person "
                              "the Court reads 'at_large' whom a State or a group held and had not surrendered is 'held by "
                              "<held_by>, not surrendered to the Court', as the person page says it; any other status its "
                              "words ('appeared voluntarily').")
    held_by: str = Field("", description="Who held the person on the date (default: the record's cut-off), other than the "
                         "Court: a State, or a group on a State's territory ('' if no one): 'at_large' means the warrant "
                         "was not executed, not that no one held the person.")
    warrant_outstanding: str | None = Field(None, description="Whether a warrant of arrest was outstanding against the person "
                                        "on the day, as the law reads the record: 'yes', 'no', or 'unknown' where a date "
                                        "known only to its month or year leaves it open.")
    outstanding_since: str = Field("", description="The issue day of the earliest warrant of arrest outstanding against the "
                                   "person on the day (session 37; '' where none was, or where its issue day is not recorded).")
    days_outstanding: int | None = Field(None, description="Days from outstanding_since to days_counted_to; null where no "
                                         "warrant was outstanding or its issue day is not recorded (outstanding_unknown then "
                                         "says why).")
    days_counted_to: str = Field("", description="The day days_outstanding is counted to (session 38: one rule for this list, "
                                 "a person's answer and the dashboard): the day asked (`on`), else the earlier of the days "
                                 "the warrants and the persons' entries were checked through (data/meta.yaml), which may be earlier than the "
                                 "record's cut-off.")
    outstanding_unknown: str = Field("", description="Why the days outstanding cannot be counted ('' where they can or "
                                     "where no warrant was outstanding).")
    outstanding_kind: str = Field("", description="What the days count (session 38): 'warrant' (a warrant of arrest "
                                  "outstanding), 'summons' (no warrant outstanding, and a summons to appear not answered "
                                  "by an appearance nor ended: it does not order arrest), '' where neither.")


class PersonAnswer(Open):
    id: str
    name: str
    aliases: list[str] = []
    nationality: list[str] = []
    offices: list[dict[str, Any]] = []
    warrants: list[dict[str, Any]] = Field(description="Each warrant with its status on the date and whether it is outstanding; status is null and status_unknown says why (\"unknown on <day>: issued in 2023, not narrowed to a day\") where the record cannot tell the status on the day asked (a date given by its month or year only, or not at all: the law's reading, as the arrest question reads it); status_inferred gives why, where no source states that status, and each status_history entry so inferred has basis \"inferred: <reason>\"; standing, after a judgment or an ending of the proceedings, says what they left apart from custody (session 35): standing (acquitted; convicted, serving sentence; convicted, in the Court's custody; convicted, released; convicted; sentence completed; charges not confirmed; proceedings terminated, with its ground in brackets where recorded: death, charges withdrawn, charges vacated; warrant withdrawn; case inadmissible), since, final_on and final_ruling (an acquittal's appeal judgment) or final (none recorded), released_on (a release after it), ruling (the decision of that day); outstanding_note says why a warrant reads deceased and is still outstanding (a death only reported, Art. 58(4)); held, where a State (holder state) or a group on a State's territory (holder non_state_group, with group) held the person on the date and had not surrendered him: held_by, since, until where it ended by then, certain, own_proceedings, read_from_arrest and duty_of_holder (custody is a fact about the person: a spell the record lists under one warrant is given on each warrant outstanding on the date, recorded_on naming the warrant that lists it); custody lists the warrant's recorded spells, and custody_other_warrants the spells listed under the person's other warrants while this one was in force (each with recorded_on and recorded_on_issued).")
    on: str
    outstanding: dict[str, Any] = Field({}, description="How long a warrant of arrest has been outstanding on `on` (session "
                                        "37): outstanding_warrant (its id), outstanding_since (its issue day: the earliest "
                                        "warrant outstanding), days_outstanding, days_counted_to (the day counted to, session 38: the day asked, else the "
                                        "earlier of the days the warrants and the persons' entries were checked through, as the persons list), public_since (its unsealing, where it was "
                                        "under seal); outstanding_unknown says why the days cannot be counted (an issue "
                                        "date given by its year or month only); outstanding_kind 'warrant' or, where no "
                                        "warrant was outstanding, 'summons' (a summons to appear not answered by an "
                                        "appearance nor ended, session 38); empty where neither was outstanding.")
    events: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    sources: list[Source]
    coverage_notice: str | None = Field(None, description="Present when the day asked (`on`) is after the date through which "
                                        "persons, warrants, events or decisions were checked (data/meta.yaml): later facts of "
                                        "those kinds may be missing. Said once, not on every row.")


class TravelMap(Open):
    question: dict[str, Any]
    counts: dict[str, Any]
    states: list[dict[str, Any]]
    assumptions: list[str]


# -------------------------------------------------------------------------------------- law


class CitedSource(BaseModel):
    publisher: str | None
    grade: str | None
    primary: bool
    url: str | None
    title: str | None = None
    date: str | None = Field(None, description="The source's date as the record gives it (YYYY, YYYY-MM or YYYY-MM-DD); "
                                               "null where it gives none (session 42).")


class AnswerCitation(BaseModel):
    """How to cite one answer: the same text as the dashboard's "Cite this answer" and the CLI's "cite as:" line."""

    text: str = Field(description="The citation: the question, the answer, the record's version and check date, the "
                                  "dashboard's stable address of the answer, the day retrieved, the doubt the answer states "
                                  "(\"Doubt: …\", where it states one), and the sources the answer rests "
                                  "on, each with its publisher, grade, title and date (or \"date not recorded\"), primary first.")
    csl_json: str
    bibtex: str
    title: str
    url: str = Field(description="The dashboard's stable address of this answer (the State's code, the person's id, the day).")
    api_url: str | None = Field(None, description="The API's stable address of the same answer.")
    record_version: str
    retrieved: str
    answer: str
    doubt: str = Field("", description="The doubt the answer states, in a few words (session 40): how many doubts it "
                                        "states beside the record's check day, led by what is disputed, and how many of the "
                                        "contested positions recorded on the question would, if followed, answer otherwise "
                                        "or leave it open; empty where none.")
    sources: list[CitedSource]


class CustodyAnswer(Open):
    """Who arrested or surrendered a person, by the record, on a date (session 32): 'Who surrendered Duterte?'."""

    question: dict[str, Any] = Field(description="person (id), person_name, on (the day asked), asks: custody.")
    custody: list[dict[str, Any]] = Field(description="The record's arrest, arrest_and_release and surrender events of the "
                                          "person dated on or before the day asked, oldest first: state, state_name, "
                                          "state_url (the dashboard's page of the State), on, action, event, disputed, "
                                          "confidence, sources (publisher, grade, primary first), date_doubt where the "
                                          "event's month or year runs past the day asked, primary_gap where no primary "
                                          "source is cited; arrested_on (the event's day); for a surrender whose handover the record dates "
                                          "apart (session 33), surrendered_on with surrendered_sources (the sources that state that day) "
                                          "where it fell on or before the day asked, surrender_pending where it fell after, or "
                                          "surrendered_unknown (why the record does not date it); empty where the record holds none.")
    in_words: str = Field(description="The list in words, or that the record holds no arrest or surrender of the person.")
    warrant: dict[str, Any] = Field(description="The person's warrant status on the day asked, as the travel map gives it.")
    citation: AnswerCitation


class ResponsesAnswer(Open):
    """What the Assembly of States Parties or the Security Council did about the Court's findings of non-compliance
    against a State, by the record, on a date (session 33): 'What sanctions did the Assembly impose on Mongolia?'."""

    question: dict[str, Any] = Field(description="state (ISO alpha-3), state_name, forum (ASP or UNSC), forum_name, on (the "
                                                 "day asked), asks: responses.")
    findings: list[dict[str, Any]] = Field(description="The Court's findings of non-compliance against the State dated on or "
                                           "before the day, oldest first: finding (the decision's id), date, chamber, "
                                           "record_number, referred_to, disputed, confidence, summary, sources (publisher, "
                                           "grade, primary first), date_doubt, primary_gap, reversed_on_appeal (decision, "
                                           "date) where a later ruling reversed it; responses: the forum's responses the "
                                           "record ties to the finding, dated on or before the day (id, body, date, kind, "
                                           "document, acted, summary, disputed, confidence, sources), and responses_gap: the "
                                           "record's note of its search where it holds none. Empty where the record holds no "
                                           "finding.")
    in_words: str = Field(description="The findings and how many responses each has, or that the record holds no finding.")
    citation: AnswerCitation


class StateListAnswer(Open):
    """One list of States on one day (session 33): the answer to a count or a list question ('How many States are
    parties?', 'Which States failed to arrest al-Bashir?') that /api/v1/question gives in its read."""

    question: dict[str, Any] = Field(description="list_of, list_words (what the list is, in words), statuses, on, person "
                                                 "and person_name (non_compliance only).")
    count: int
    states_listed: list[dict[str, Any]] = Field(description="Each State: iso3, name, status, since, until, certain, doubts "
                                                "and the sources of its relation (publisher, grade, primary first); for "
                                                "non_compliance, its findings (decision, date, chamber, appeal_of: the "
                                                "finding an appeal judgment upheld, else null, referred_to, "
                                                "record_number, sources).")
    list_changes: list[dict[str, Any]] | None = Field(None, description="Over a period (`to`) in which the list changes: "
                                                     "each State that joined or left it, the day and its status.")
    count_first: int | None = Field(None, description="Over a period that changes: the count on its first day.")
    count_last: int | None = Field(None, description="Over a period that changes: the count on its last day.")
    in_words: str
    coverage_notice: str | None = None
    citation: AnswerCitation


class Determination(Open):
    """The law's answer with the reasoning built from the actual evaluation, its citations and sources."""

    question: dict[str, Any]
    answer: str = Field(description="obliged, not_obliged, contested or unknown")
    basis: list[str]
    forum: str
    reasoning: dict[str, Any]
    contested: list[dict[str, Any]]
    assumptions: list[str]
    missing_facts: list[str]
    doubts: list[str]
    citations: list[Citation]
    sources: list[Source]
    citation: AnswerCitation | None = Field(None, description="How to cite this answer (`/api/v1/arrest`).")


# ---------------------------------------------------------------------------------- records


#: A listed record's mark where the list runs to a day (`on`) and the record's date, known only to a year or
#: a month, may be after it (``service.common.date_doubt``).
DATE_DOUBT = ("Present where the list runs to a day (on) and this record's date is known only to a year or a month that may "
              "end after it: 'date: 2025 only; may be after the day asked'.")


class Situation(Record):
    name: str
    status_note: str | None = Field(None, description="Present where the list runs to a day (on) before the day its status "
                                                      "was recorded as of: 'the status as of 2025-11-30, after the day asked'.")
    date_doubt: str | None = Field(None, description=DATE_DOUBT)


class Decision(Record):
    date: str
    date_doubt: str | None = Field(None, description=DATE_DOUBT)
    state_name: str | None = None
    person_names: list[str] = []


class Event(Record):
    date: str
    date_doubt: str | None = Field(None, description=DATE_DOUBT)
    person: str
    state: str
    state_name: str
    person_name: str
    #: The host's relation to the Rome Statute on the event's day as the law derives it ("uncertain" where
    #: the day is known only to a month or year across which it changed); ``host_party_reported`` is a source's word.
    host_status: str


class Statement(Record):
    signatory_count: int
    date_doubt: str | None = Field(None, description=DATE_DOUBT)


class SignatoryState(Open):
    state: str
    state_name: str
    #: The State's relation to the Rome Statute on the statement's (first) day; absent when undated.
    status: str | None = None


class StatementDetail(Statement):
    signatory_states: list[SignatoryState]


# ------------------------------------------------------------------------------- questions in words


class QuestionRead(BaseModel):
    """A question in words as it was read: which of the law engine's questions it is, and its arguments."""

    kind: str = Field(description="arrest (a State and a person), obligations (a State), travel (a person), states (a "
                      "count or a list of States, answered in the read itself: list_of, count, states_listed; session 33) "
                      "or record (the record's answer in the read itself, round 44: asks statement, measures or "
                      "referrals; round 45: wanted (the persons with a warrant outstanding on the day), trips (the "
                      "person's trips in the period, period) or assessment (what the State did when the person "
                      "visited); answer, records, doubts, in_words) or each (two States or two persons named together, each asked "
                      "apart: each, round 51).")
    state: str | None = Field(None, description="ISO alpha-3 code of the State named, if any.")
    state_name: str | None = None
    person: str | None = Field(None, description="The id of the person named, if any.")
    person_name: str | None = None
    on: str = Field(description="The day asked about (today where the question names none).")
    date_given: bool = Field(description="False where the question names no day and today is meant.")
    day_from_event: str | None = Field(None, description="Where the question named only a month or a year: the id of "
                                       "the one recorded trip of the person to the State then, whose day is asked about.")
    trip_month_only: bool = Field(False, description="True where that trip is itself dated only to its month: the "
                                  "month's first day is asked about, the answer being the same on every day of it.")
    period_whole: bool = Field(False, description="True where the question named a span of days, or a month "
                               "with no single recorded trip to read it as: its first day is asked about, the answer being "
                               "the same on every day of it.")
    period: str | None = Field(None, description="Where the question named a span or a range of days, months, years or a "
                               "season ('between 2023 and 2025', 'last summer'): its first and last day, "
                               "YYYY-MM-DD/YYYY-MM-DD; the day asked about is that of the one recorded trip within it "
                               "(day_from_event), or its first day where the answer is the same on every day of it "
                               "(period_whole).")
    day_readings: list[str] | None = Field(None, description="Where the question wrote its day in numbers that read two "
                                           "ways ('5/12/2026') and both readings give the same answer: the day first "
                                           "reading, then the month first (on is the first); day_readings_words says so "
                                           "(round 53). Where they differ the question is refused naming both.")
    day_readings_words: str | None = None
    spelt: list[list[str]] | None = Field(None, description="Where the question misspelt a common word of the law "
                                          "('arest', 'warant') one letter from one such word: each word as written and "
                                          "as read (session 42); a name is never read on a guess. spelt_words says so.")
    spelt_words: str | None = None
    office_words: str | None = Field(None, description="Where the question described a person by an office ('the "
                                     "Israeli prime minister', 'the former Libyan intelligence chief'): the words and "
                                     "the person they were read as, with that person's recorded offices in the State "
                                     "and their days (session 43).")
    assume: list[str] | None = Field(None, description="Where the question supposed a withdrawal ('If Mongolia had "
                                     "withdrawn before Putin's visit ...'): the notification supposed, as the assume "
                                     "parameter writes it, which answer_url carries; the answer is the engine's on the "
                                     "record with it applied (session 45).")
    supposed: dict[str, Any] | None = Field(None, description="What the question supposed (fact, state, days, answer) and "
                                            "its words: the notification's day or days, its effect one year after "
                                            "(Art. 127(1)), Art. 127(2), and what the record holds instead (session 45).")
    region: dict[str, Any] | None = Field(None, description="Where the question named a region a list defines ('EU "
                                          "states', 'African countries') and a person: its name, its States the record "
                                          "holds (ISO alpha-3), the date its list is as of and its source; each State's "
                                          "answer is that State's row of the person's travel map (answer_url).")
    presence: str = Field("territory", description="Where an arrest question places the person: airspace (a flight "
                          "over the State), transit (a stop on the way elsewhere) or territory; the answer's address "
                          "asks for it (its presence parameter). Always territory for obligations and travel.")
    day_from_act: str | None = Field(None, description="Where the question named its day by an act ('on the day it "
                                     "released him', 'the day after his acquittal'): the words, the day written for them "
                                     "and how it was found.")
    asks: str | None = Field(None, description="custody where the question asks who arrested or surrendered the person, "
                             "or where he is held ('Who surrendered Duterte?'): answered by custody, not the travel map; responses where it "
                             "asks what the Assembly or the Council did about a State (see responses); "
                             "answer_url is /api/v1/persons/{id}/custody (session 32).")
    custody: list[dict[str, Any]] | None = Field(None, description="Where asks is custody: the record's arrests and "
                                                 "surrenders of the person, oldest first (state, state_name, on, action, "
                                                 "event, sources), an empty list where the record holds none.")
    custody_state: str | None = Field(None, description="Where asks is custody and the question names where he was taken "
                                      "('Who arrested Duterte in the Philippines?'): that State (ISO3), custody holding its "
                                      "events only (session 32).")
    custody_state_name: str | None = Field(None, description="That State's name.")
    forum: str | None = Field(None, description="ASP or UNSC where the question asks what that forum did about a State "
                              "('What sanctions did the Assembly impose on Mongolia?'; asks is then responses; session 32).")
    responses: list[dict[str, Any]] | None = Field(None, description="Where asks is responses: each finding of "
                                                   "non-compliance against the State (finding, date, referred_to, "
                                                   "responses_gap) with the forum's responses the record ties to it; an "
                                                   "empty list where the record holds no finding.")
    list_of: str | None = Field(None, description="Where kind is states: the list asked for, parties (the States Parties "
                                "on the day, a withdrawal pending included), former_parties (a withdrawal in effect), "
                                "ratified (ratified or acceded: parties, former parties and those for which the Statute "
                                "had not yet entered into force) or non_compliance (the States the Court found failed to "
                                "comply with its requests to arrest and surrender the person named, by findings dated on "
                                "or before the day and not reversed on appeal; session 33).")
    statuses: list[str] | None = Field(None, description="Where kind is states: the relations to the Statute the list "
                                       "counts (as /api/v1/states gives them; empty for non_compliance).")
    count: int | None = Field(None, description="Where kind is states: how many States the list holds.")
    states_listed: list[dict[str, Any]] | None = Field(None, description="Where kind is states: each State (iso3, name) "
                                                       "with its status, since, until, certain, doubts and the sources of "
                                                       "its relation; for non_compliance, its findings (decision, date, "
                                                       "chamber, referred_to, record_number, sources).")
    list_changes: list[dict[str, Any]] | None = Field(None, description="Where kind is states and a period was asked over "
                                                      "which the list changes (round 41): each State that joined or left "
                                                      "it (iso3, name, on, change: joined or left, status); count and "
                                                      "states_listed are then the States on it on some day of the period.")
    count_first: int | None = Field(None, description="Where the list changes over the period: the count on its first day.")
    count_last: int | None = Field(None, description="Where the list changes over the period: the count on its last day.")
    count_of: str | None = Field(None, description="Where kind is states: what count counts: 'states' (the States listed) "
                                 "or 'findings' (round 42: 'How many non-compliance findings concern al-Bashir?', the "
                                 "Court's findings about the States listed, one upheld on appeal counted once).")
    in_words: str | None = Field(None, description="Where kind is states or record: the answer in a sentence.")
    coverage_notice: str | None = Field(None, description="Where kind is states: the record's notice where the day is "
                                        "after the checked_through of the kind the list rests on.")
    answer: str | int | float | None = Field(None, description="Where kind is record (round 44): the record's answer: for a joint "
                                     "statement and a State, signed, not_signed (the record's list complete) or not_listed "
                                     "(the list partial: the record cannot say), mixed where a month holds several "
                                     "statements whose answers differ (round 46); for sanctions and a State, yes or "
                                     "none_recorded; for a list of signatories or of States that sanctioned the Court, "
                                     "for sanctions in force on a day (the measures), and for findings referred to a "
                                     "forum, the count; round 46: for the index, a State's score (asks index) or the "
                                     "States of each peer group's lowest band counted (asks index_lowest); for a "
                                     "withdrawal, the day it took effect (YYYY-MM-DD) or none; for surrenders, the "
                                     "persons counted.")
    records: list[dict[str, Any]] | None = Field(None, description="Where kind is record: the record's entries the "
                                                 "answer rests on (id, kind, date, title, sources, primary first): the "
                                                 "statement, the measures (a State's other measures against the Court "
                                                 "where it took no sanctions, never called sanctions), the findings.")
    doubts: list[str] | None = Field(None, description="Where kind is record: the doubt the record keeps (a list of "
                                     "signatories it holds only in part).")
    reversed: list[dict[str, Any]] | None = Field(None, description="Where kind is record and asks referrals: each "
                                                  "finding whose referral an appeal judgment reversed (not counted).")
    # round 46: the index in the read (asks index, index_lowest)
    records_heading: str | None = Field(None, description="Where kind is record (round 46): the heading of the list of "
                                        "records, as the command line and the ask page say it.")
    year: int | None = Field(None, description="Where asks is index or index_lowest (round 46): the year the index "
                             "measures (the year named, else the last whole year before the day asked).")
    method_version: str | None = Field(None, description="Where asks is index or index_lowest: the index method's version.")
    score: float | None = Field(None, description="Where asks is index: the State's score (0-100).")
    rank: int | None = Field(None, description="Where asks is index: the State's rank in its peer group.")
    tied: bool | None = Field(None, description="Where asks is index: whether other States share the rank.")
    tied_with: list[str] | None = Field(None, description="Where asks is index: the States sharing the rank, by name.")
    band: int | None = Field(None, description="Where asks is index: the State's band (a band opens where a State falls below the band's first State in 95% of the draws).")
    rank_interval: list[int] | None = Field(None, description="Where asks is index: the rank's 5th-95th percentile over "
                                            "the Monte-Carlo draws of the weights.")
    group: str | None = Field(None, description="Where asks is index: the peer group the State is ranked in.")
    group_label: str | None = Field(None, description="Where asks is index: the peer group in words.")
    states_ranked: int | None = Field(None, description="Where asks is index: how many States the group ranks.")
    coverage: str | None = Field(None, description="Where asks is index: the indicators scored with a value, of those "
                                 "that apply.")
    pillars: dict[str, float | None] | None = Field(None, description="Where asks is index: each pillar's score (0-100).")
    window: str | None = Field(None, description="Where asks is index: the years the indicators look back over.")
    situation: str | None = Field(None, description="Where asks is wanted (round 46): the situation asked of, by id.")
    situation_name: str | None = Field(None, description="Where asks is wanted: the situation asked of, by name.")
    repeated: bool | None = Field(None, description="Where kind is states and list_of non_compliance (round 46): only the "
                                  "States found failing more than once.")
    findings_within: bool | None = Field(None, description="Where kind is states and list_of non_compliance (round 50): "
                                         "true where the question named a period ('in 2025', 'since 2020') and the list "
                                         "holds the findings made within it (period), not every finding by its end.")
    answers: list[str | int] | None = Field(None, description="Where asks is statement and the time named holds several "
                                      "statements (round 46): each one's answer, in the order of records.")
    ended: list[dict[str, Any]] | None = Field(None, description="Where asks is measures and in force on a day (round 46): "
                                               "the sanctions dated by the day whose end fell on or before it.")
    in_force_on: str | None = Field(None, description="Where asks is measures and in force on a day: that day.")
    form: str | None = Field(None, description="Where asks is positions and the question names a form (session 38; round 49 "
                             "gives it here): immunity_claim, safe_passage or overflight_assurance, the positions of "
                             "that form only.")
    places_not_read: list[str] = Field(default_factory=list, description="Capitalised places named after a place word "
                                       "('in', 'à', 'en', 'em', 'im') that were not read as a State or city of the record: "
                                       "said, not dropped silently (session 32).")
    host_referral: bool | None = Field(None, description="Where asks is trips and the visits are compared by a Security "
                                       "Council referral (session 47): true; records are then the visits whose host the "
                                       "law engine finds obliged on a basis citing the referring resolution.")
    referral: dict[str, Any] | None = Field(None, description="Where host_referral: the resolution that referred the "
                                            "person's situation (resolution, null where none was referred; resolutions; "
                                            "situations).")
    left_out: list[dict[str, Any]] | None = Field(None, description="Where host_referral: the visits not kept, each with "
                                                  "why (party: a State Party, bound by the Statute itself; not_obliged: no "
                                                  "duty on the day; other: another basis or a doubt; day_unknown: a trip "
                                                  "dated only to a month or a year), its duty, basis and sources.")
    each_of: str | None = Field(None, description="Where kind is each (round 51): states or persons, the two or more "
                                "named together ('Must Mongolia or Tajikistan arrest Putin?', 'Netanyahu and Gallant'); "
                                "round 52: pairs, two States and two persons named together, each pair asked apart.")
    named_together: str | None = Field(None, description="Where kind is each: the States or persons named together.")
    each: list[dict[str, Any]] | None = Field(None, description="Where kind is each: the read of each question asked apart "
                                              "(asked_apart, the words asked), each with its own answer_url.")
    answer_url: str | None = Field(description="The API address that answers the question as read (null where kind is "
                                   "each: each read in each has its own).")


# ------------------------------------------------------------------------------- assessment


class AssessedEvent(Open):
    event: str
    date: str
    person: str
    state: str
    duty: str
    outcome: str
    explanation: str
    determination: dict[str, Any] | None = None
    sources: list[Source]
    host_status: str | None = Field(None, description="The host's relation to the Rome Statute on the event's day, as the "
                                    "events list gives it ('uncertain' where it changed within a month or year the event "
                                    "is dated to).")


class Gaps(Open):
    summary: dict[str, Any]
    #: The day the summary's figures hold as at: the record's events, decisions and responses checked through it.
    as_at: str
    #: (session 39) The day the law's facts the failures are read under (the States' participation, the warrants, the
    #: persons, the decisions, the positions) were checked through: it can be earlier than ``as_at``.
    law_checked_through: str
    #: (session 39) Both dates in one sentence, each said for what it is (the dashboard's and the CLI's words).
    dates: str
    failures: list[dict[str, Any]] = Field(description="Each failure to arrest and what followed: the event, the State and "
                                           "the person; finding (the decision's id), finding_date, finding_record_number (its "
                                           "number in the Court's record) and finding_record_number_kind (session 39: filing, "
                                           "or case or situation where only the proceedings' number was found); "
                                           "days_to_finding, referred_to, responses, days_to_response, gap, court_action, "
                                           "what_followed.")
    note: str


class IndexRow(Open):
    iso3: str
    name: str
    group: str
    score: float | None = None
    rank: int | None = None
    tied: bool = False
    coverage: str


class IndexAnswer(Open):
    year: int
    method_version: str
    samples: int
    seed: int
    weights: dict[str, Any]
    states: list[IndexRow]
    method_url: str | None = Field(None, description="The index's published method (how it is computed, what it does not measure).")
    region: dict[str, Any] | None = Field(None, description="With `region=` (session 39): the region's name, its list's "
                                          "source and as_of date, and groups: per peer group, its States (states), how "
                                          "many are scored (scored) and their median score (median).")


class IndexExplain(Open):
    year: int
    iso3: str
    name: str
    group: str
    score: float | None = None
    rank: int | None = None
    indicators: list[dict[str, Any]]
    above: dict[str, Any] | None = Field(None, description="What separates the State from the States ranked just above it "
                                                           "(the next better rank): the mean gap split by pillar and "
                                                           "indicator in points of the score, and the words; null if not ranked.")
    method_url: str | None = Field(None, description="The index's published method (how it is computed, what it does not measure).")


class IndexCompare(Open):
    """Two States side by side on the index (session 38)."""

    year: int
    states: list[dict[str, Any]] = Field(description="Each State: score, rank, tied, sharing_rank (States sharing the rank), "
                                                      "rank_interval, band, coverage, group and pillars.")
    same_group: bool = Field(description="Whether both are ranked in one peer group (ranks compare only then).")
    score_difference: float | None = Field(None, description="The first State's score minus the second's.")
    outscores: dict[str, float] | None = Field(None, description="Per State, the share of the sensitivity draws in which it "
                                                                 "outscores the other (one peer group only).")
    told_apart: bool | None = Field(None, description="Whether one outscores the other in at least 95% of the draws.")
    pillars: list[dict[str, Any]]
    indicators: list[dict[str, Any]] = Field(description="Each indicator with its definition (what its value measures, "
                                                         "session 38), both States' values, points (the share of "
                                                         "the 0-100 score it gives) and the facts and sources behind them.")
    in_words: str
    method_url: str | None = Field(None, description="The index's published method (how it is computed, what it does not measure).")


# ---------------------------------------------------------------------------------- monitor


class Candidate(Open):
    """A candidate fact from an ingested document, with the document it came from."""

    id: str
    document_id: str
    type: str
    payload: dict[str, Any]
    confidence: float
    status: str = Field(description="pending, accepted, rejected or duplicate")
    title: str | None = None
    url: str | None = None
    document_date: str | None = None


class Alert(Open):
    """A candidate visit to a State that must arrest, with the law's determination."""

    id: int
    candidate_id: str
    created_at: str
    raised_on: str = Field(description="The day the alert was raised (UTC), YYYY-MM-DD: the day of created_at.")
    severity: str
    state: str
    person: str
    on_date: str
    answer: str
    determination: dict[str, Any]


# ----------------------------------------------------------------------------------- search


class SearchAnswer(BaseModel):
    q: str
    total: int
    items: list[dict[str, Any]]
    did_you_mean: list[dict[str, Any]] = Field(default_factory=list, description=(
        "Where nothing matches: the persons whose name or an alias is closest in spelling ('Poutine': Vladimir Vladimirovich "
        "Putin), then the States whose name is (kind 'states', id the ISO3 code; 'Tajikstan': Tajikistan; session 37), "
        "each with kind, id, name and url; else empty."))
