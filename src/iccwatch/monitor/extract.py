"""From one document to candidate facts, each with its evidence (sentence and character offsets), a
confidence, and the method and model version that produced it. A pure function of the document and
the gazetteer spec: the same input always gives the same candidates, on any worker.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from iccwatch.model.dates import DateSpan
from iccwatch.monitor import documents, lexicon, rules_court, rules_states, rules_travel
from iccwatch.monitor.assemble import SKIPPED, _assemble, _cid, _near, _scene
from iccwatch.monitor.corefer import (
    back_for_sequence,
    days_apart,
    means_relative,
    other_name_between,
    refers_back,
    sequence_opening,
)
from iccwatch.monitor.dates import FUTURE, find_dates
from iccwatch.monitor.documents import Document
from iccwatch.monitor.gazetteer import (
    MODEL_VERSION,
    Spec,
    add_folded_places,
    add_genitive_persons,
    add_genitive_states,
    normalise,
    pipeline,
)
from iccwatch.monitor.lexicon import (
    ACT_OPENING,
    AHEAD_CLAUSE,
    ALSO,
    ANNOUNCED_THIS,
    ANY_STATE,
    ARREST,
    ARRESTED_AFTER_PLACE,
    ARRESTED_IN_PLACE,
    ARRIVAL,
    ARRIVAL_PAST,
    ARRIVAL_SEQUENCE,
    BOTH_SUBJECT,
    CALL_NEGATED,
    CANCELLED_TIE,
    CARRIED,
    COURT_SEAT,
    CRIME_PERIOD,
    CRIME_PLACE,
    DATELINE,
    DENIAL,
    DEPARTED_AFTER_PLACE,
    DEPARTED_FROM_PLACE,
    DURING_TRIP,
    EXPECTED_PARTICIPANTS,
    FINDING,
    FINDING_DECLINED,
    FIRST_TRIP_SINCE,
    GATHERING_TIME,
    GROUP_ARRESTED,
    GROUP_NAMED,
    GROUP_NAMED_NEXT,
    GROUP_NAMED_SAME,
    HOST_WELCOME,
    HOURS_BEFORE,
    HYPOTHETICAL,
    HYPOTHETICAL_TRIP,
    IMPRISONED,
    IN_CUSTODY,
    JOINS_LEAVING,
    LEAD_ARREST_TOLD,
    LEAD_ISSUED,
    LEAD_PROGRESSIVE,
    MEETING_AHEAD,
    MEETING_CALLED_OFF,
    MOMENT_WHEN,
    OWN_TRIP_NOUN,
    PLACE_BACK,
    PLUPERFECT,
    PRESENT,
    REFER,
    REFUSAL,
    RELATIONS,
    REPORTED_DAY,
    REPORTED_REFER,
    REVOKE,
    SINCE_IN_RELATIVE,
    STATUTE,
    SUBHEAD,
    SUBJECTLESS,
    SURRENDER,
    TOLD_LONG_AGO,
    TRAVEL_FUTURE,
    TRIP_WORDS,
    UNDATED_AHEAD,
    VENUE,
    WARRANT_SOUGHT,
    WARRANT_WORD,
    WITHDRAW,
    WITHDRAWAL_ACT,
    WITHDRAWAL_DOUBT,
    R,
    Worded,
    negated_before,
    pronoun,
    vocabulary,
)
from iccwatch.monitor.mentions import (
    Mention,
    Sentence,
    _mentions,
    _resolve_state,
    _sentences,
    authorities_states,
    conflict_before,
    cut_glued_headline,
    is_demonym,
    only_related,
    unwrap,
)
from iccwatch.monitor.rules_context import Ctx, Untold

TYPES = ("visit", "planned_visit", "arrest", "surrender", "refusal", "warrant_issued", "warrant_unsealed",
         "noncompliance_finding", "withdrawal_announced", "withdrawal_notified", "joint_statement")


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sentence: str
    start: int
    end: int


class Candidate(BaseModel):
    """A fact the monitor proposes; nothing reaches the record until a person accepts it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    document: str
    type: str
    person: str | None = None
    #: A name the text gives for someone not (yet) in the record, e.g. the subject of a new warrant.
    person_name: str | None = None
    state: str | None = None
    date: str | None = None
    end_date: str | None = None
    forum: str | None = None
    signatories: list[str] = []
    drafters: list[str] = []
    announced_count: int | None = None
    partial: bool | None = None
    ambiguous: list[str] = []
    #: Legal citations in the evidence sentence, in canonical form ("RS art 87(7)", "Rule 195").
    citations: list[str] = []
    evidence: Evidence
    #: Every other sentence the candidate rests on (its date, its place, its names in another sentence).
    support: list[Evidence] = []
    #: "primary" when the document is an official one read as such (the Court's press release or filing,
    #: a UN depositary notification, an Assembly document), else "secondary".
    source_kind: str | None = None
    #: The kind of official document (monitor/official.py), when it is one.
    official: str | None = None
    confidence: float
    method: str
    model_version: str = MODEL_VERSION


CITATION = R(r"\b(?:article|art\.?)\s*(\d{1,3})((?:\s*\(\s*[0-9a-z]{1,3}\s*\))*)(?:\s+of\s+the\s+rome\s+statute)?|\brule\s+(\d{1,3})\b|"
             r"\b(?:resolution|res\.?)\s+(\d{3,4})\s*\((\d{4})\)")


def citations_in(text: str) -> list[str]:
    """Legal citations in ``text`` in the canonical form the law engine uses."""
    out: list[str] = []
    for m in CITATION.finditer(text):
        if m.group(1):
            paras = re.sub(r"\s+", "", m.group(2) or "")
            out.append(f"RS art {m.group(1)}{paras}")
        elif m.group(3):
            out.append(f"Rule {m.group(3)}")
        elif m.group(4):
            out.append(f"UNSC res {m.group(4)} ({m.group(5)})")
    return list(dict.fromkeys(out))


#: A verb of another act between the trigger and a date: the date is that act's ("warrants were issued on
#: the basis of applications submitted on 22 February").
OTHER_ACT = re.compile(r"\b(submitted|filed|requested|applied|sought|lodged|application|applications|committed|opened|crimes?|strikes|attacks|"
                       # another body's act named by its document: "in response to the decree of 11 June", "suite à la
                       # publication du décret américain du 11 juin" (session 25)
                       r"decrees?|executive orders?|décrets?|decretos?|dekrets?|"
                       r"carrying out|carried out)\b", re.I)
OTHER_ACT_OR_ISSUED = re.compile(OTHER_ACT.pattern[:-3] + r"|issued|issuing|dated|ordered)\b", re.I)  # "unsealed a warrant for X dated 7 January 2019", "… to reveal that they ordered their arrest on March 10"
#: … and, for a warrant's issue, its publication ("issued a warrant for X, which was published on its website on March 11").
OTHER_ACT_OR_PUBLISHED = re.compile(OTHER_ACT.pattern[:-3] + r"|published|made public|unsealed|reclassified|declassified|disclosed)\b", re.I)
#: … and, for any fact but a warrant, the warrant's own date ("surrendered … on account of a warrant issued on 27 April 2007").
#: (not a warrant served: "served the warrant on X on Tuesday", "the warrant was served on X on Tuesday", (session 37) "served the warrant to X" are dated by the serving; "against" is not exempt:
#: "the warrant against X from March 2023" is the warrant's own date)
OTHER_ACT_OR_WARRANT = re.compile(OTHER_ACT.pattern[:-3] + r"|issued|warrants?(?!\s+(?:(?:was|were|has been|had been)\s+)?(?:served\s+|executed\s+)?(?:on|upon|to)\s+(?!Interpol\b)(?-i:[A-Z]|him\b|her\b))"
                                  # the warrant's noun in the other languages read: "arrêté … à la demande de la CPI qui avait émis un
                                  # mandat d'arrêt vendredi 23 mai" is dated by the warrant, not the arrest (session 25)
                                  r"|mandats?\s+d['’]arr[eê]t|mandat[oi]\s+(?:d['’]arresto|di\s+arresto)|[oó]rden(?:es)?\s+de\s+(?:arresto|detenci[oó]n|captura)|"
                                  r"mandados?\s+de\s+(?:pris[aã]o|deten[cç][aã]o|captura)|haftbefehl\w*)\b", re.I)


#: A reporting verb just before a date: the day the fact was told ("prosecutors said on Tuesday").
SAID_ON = re.compile(r"\b(?:said|says|announced|confirmed|reported|told reporters)\s+(?:on\s+)?$", re.I)


#: A statement's own issuing just after its noun: "a joint statement issued on June 15", "the declaration, signed on
#: Monday": the date is the statement's, not another act's.
OWN_ISSUE = re.compile(r"\w*\s+(?:statement|declaration|letter|communiqu[eé])s?\s*,?\s+(?:which\s+)?(?:was\s+|were\s+)?"
                       r"(?:issued|signed|released|published|adopted|made public)\b", re.I)


#: An arrest told as a warrant served on its subject, in the passive: "was served a warrant of arrest", "were served with warrants".
SERVED_AT = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?served\b", re.I)


#: What lies between a date and the next verb of the same sentence when that verb opens a second coordinated clause
#: ("arrested on October 29 and handed …", "detenido el lunes y trasladado …"): the conjunction, with at most two words before
#: the verb ("and was then handed") (session 30).
#: A short acronym in brackets after a name ("International Criminal Court (ICC)"), read through when looking for a clause's
#: break (session 30).
ACRONYM_IN_BRACKETS = re.compile(r"\s*\((?-i:[A-Z][A-Z.]{1,7})\)")
COORDINATED_BEFORE = re.compile(r"\s+(?:and|y|et|e|und|ed)\s+(?:[\w'’-]+\s+){0,2}", re.I)


def _leading_words(told: str) -> int:
    """How many characters of a date expression come before its first number or month ("since 2023" -> 6, "in early May" -> 9; 0
    for "2023"): the words a pattern read on the text before the date may need to see."""
    m = re.match(r"(?:[^\W\d]+['’]?\s+)+(?=\d)", told)
    return m.end() if m else 0


def _since_stay(between: str, told: str, date: str = "") -> bool:
    """(session 38) A weekday (or "yesterday") told right after the only "since" between a trip's words and it: the start of the
    stay the trigger tells ("has been in Mongolia since Tuesday"), not a later since-clause's time; (session 39, mleft25) so is
    "last Tuesday" and a day told by its month and its number ("since September 3", "since 3 September": ``date`` read to the
    day, in the document's year or the year before, as dates.find_dates reads it) right after a short stay's words, not a month or
    a year alone, nor the start of a comparison ("his first foreign visit from the time of the protests since 19 December")."""
    return bool(re.search(r"\bsince\s+(?:last\s+)?$", between, re.I)) and len(re.findall(r"\bsince\b", between, re.I)) == 1 \
        and (bool(re.match(r"(?:last\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)\b", told, re.I))
             or (len(date) == 10 and len(between) <= 60 and not re.search(r"\b(?:first|second|third|only|latest)\b", between, re.I)))


def _pick_date(sent: Sentence, ref: dt.date | None, anchor: int | None, exact: bool = True,
               warrant: bool = False, unsealing: bool = False, statement: bool = False, not_trip: bool = False,
               trip: str | None = None, warrant_issue: re.Pattern[str] | None = None,
               issue_verb: re.Pattern[str] | None = None, leaving: bool = False) -> tuple[str | None, str | None]:
    """The date expression nearest the trigger (after it preferred), as (date, end_date); ``trip``: the trip's type
    (visit, planned_visit) when the fact is one; ``warrant_issue``: a warrant's issue told just before a date
    (lexicon.warrant_issued_before), which dates the issue, not the fact (read where the trigger is given); ``leaving``: the fact is
    a State's withdrawal (announced or notified)."""
    # an unsealing is not dated by the issue it recalls ("unsealed a warrant issued on 8 July 2005")
    other = OTHER_ACT_OR_ISSUED if unsealing else OTHER_ACT_OR_PUBLISHED if warrant else OTHER_ACT_OR_WARRANT
    if other is OTHER_ACT_OR_WARRANT and anchor is not None and SERVED_AT.match(sent.text, anchor):
        other = OTHER_ACT  # "X was served a warrant of arrest at the airport on Tuesday": the warrant is the arrest's object, the day the serving's
    # "16 March 2018 - The …", "Johannesburg, October 21, 2016 – …": a dateline
    dates = [d for d in find_dates(sent.text, ref, exact)
             if not (re.match(r"\s*[-–—]", sent.text[d.end: d.end + 3]) and (d.start <= 2 or re.fullmatch(r"[A-Z][\w .'’-]{1,30},\s*", sent.text[:d.start])))
             and not re.fullmatch(r"\W*[A-Z][A-Z .'’/-]{2,40},\s*", sent.text[:d.start])  # "ABIDJAN, Nov 22 The …": a wire dateline
             and not ((dl := DATELINE.match(sent.text)) and d.end <= dl.end())]
    if trip == "visit":
        # (session 39, mleft25) "has been in Moscow since September 3": the month read on "since September" overlaps the day read
        # on "September 3"; the day is the finer reading of the same words
        dates = [d for d in dates if not any(e is not d and e.start < d.end and d.start < e.end and len(e.date) > len(d.date)
                                             and e.date.startswith(d.date) for e in dates)]
    if trip == "planned_visit":
        # "The Kremlin said on Monday that X will visit …", "…, state media reported on Thursday": the day the plan was told,
        # not the trip's (a trip to come is later than its telling)
        told = [d for d in dates if REPORTED_DAY.search(sent.text[max(0, d.start - 70): d.start])]
        dates = [d for d in dates if d not in told]
        if told and not dates:
            # no day of its own: the trip comes after its telling, known here to the telling's month at best ("will travel to Chad
            # and Libya in the coming weeks, a website reported today"), when the telling is the news of the document's month
            # (not "announced at the end of September that X would visit" in an October page: no time told for the trip)
            month = told[0].date[:7]
            return (month if ref is not None and month == ref.isoformat()[:7] else None), None
        if ref is not None and UNDATED_AHEAD.search(sent.text):
            # (session 42, mleft32) "will travel to A in the coming weeks, the Kremlin announced on 20 August", 'teilte der Kreml heute
            # mit': a trip whose time is told only as ahead of its telling; a date not after the document's day is the telling's
            # (dropped as above, the trip known to the telling's month at best)
            past = [d for d in dates if not DateSpan.parse(d.date).surely_after(ref)]
            dates = [d for d in dates if d not in past]
            if past and not dates:
                month = past[0].date[:7]
                return (month if month == ref.isoformat()[:7] else None), None
    elif trip == "visit" and anchor is not None:
        # "is in Chad for a summit and will return home on Sunday", "arrived for the summit, which begins on Wednesday": a date
        # after a clause still to come, or in a clause of the gathering, is that clause's, not the stay's or the arrival's
        dates = [d for d in dates if not (d.start > anchor and (AHEAD_CLAUSE.search(sent.text[anchor: d.start])
                                                                or GATHERING_TIME.search(sent.text[anchor: d.start])))]
    if anchor is not None:
        # (not a date the telling itself gives: "… to face charges of war crimes, prosecutors said on Tuesday")
        own = OWN_ISSUE.match(sent.text, anchor + 1) if statement else None
        dates = [d for d in dates if not (d.start > anchor and other.search(sent.text[own.end() if own and own.end() <= d.start else anchor + 1: d.start])
                                          and not SAID_ON.search(sent.text[max(0, d.start - 30): d.start]))]
    if unsealing:
        # "lifted the seal on a December 2011 warrant", "unsealed a 2019 arrest warrant": a date that qualifies the warrant noun is
        # the warrant's own, not the unsealing's
        dates = [d for d in dates if not re.match(r"(?:-|\s+)(?:arrest\s+|sealed\s+|secret\s+)?warrants?\b", sent.text[d.end: d.end + 40], re.I)]
        # "the warrant against A, issued in 2011, is no longer under seal": a date told after the issue's own verb is the issue's
        dates = [d for d in dates if not (anchor is not None and d.end <= anchor and re.search(
            r"\b(?:issued|dated|signed)\s+(?:under\s+seal\s+|secretly\s+|confidentially\s+)?(?:on\s+|in\s+)?$", sent.text[max(0, d.start - 40): d.start], re.I))]
        # (session 36) the same in every language, the issue's participle just before the date: 'La orden contra X, emitida en
        # secreto el 23 de noviembre, se hizo pública el miércoles', 'emitido sob sigilo em', 'emesso sotto sigillo il'
        if issue_verb is not None:
            dates = [d for d in dates if not (anchor is not None and d.end <= anchor and issue_verb.search(sent.text[max(0, d.start - 40): d.start]))]
        # "…, which had been under seal since 2011": the start of the secrecy, not the day it ended
        dates = [d for d in dates if not (re.search(r"\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$", sent.text[max(0, d.start - 20): d.start], re.I)
                                          or re.match(r"since\b", sent.text[d.start: d.end], re.I))]
    if anchor is not None:
        # "Wanted for crimes committed in Bangui in 2013 and 2014, X was arrested …": a date before the trigger told as the
        # crimes' own time is their period, not the arrest's day
        dates = [d for d in dates if not (d.end <= anchor and CRIME_PERIOD.search(sent.text[max(0, d.start - 120): d.start]))]
        # (session 34) and after it: "… has found that X 'did not comply …', accused of genocide for the abuses committed in Darfur
        # between 2003 and 2008": the crimes' period told in a clause after the trigger is no date of the fact either
        dates = [d for d in dates if not (d.start > anchor and CRIME_PERIOD.search(sent.text[max(anchor, d.start - 120): d.start]))]
        # (session 41, mnews134) "… issued a warrant for A, who has exercised authority since 2021", '…, che esercita … dal 15 agosto
        # 2021': a date that starts a state in a relative clause after the trigger is that clause's, not the fact's day (a date
        # expression may hold its own "since": "since 2021")
        dates = [d for d in dates if not (d.start > anchor and any(SINCE_IN_RELATIVE.search(sent.text[anchor: d.start + n])
                                                                  for n in {0, _leading_words(sent.text[d.start: d.end])}))]
        # (session 45, mnews148) "… had decided to withdraw South Africa from the court, which last month issued an arrest warrant
        # against X", '… de la Corte, que el mes pasado emitió …': for a State's leaving, a date inside a relative clause about the
        # Court opened after the trigger (the Court's noun, its comma and pronoun, no clause break since) is the Court's act's, never
        # the leaving's day. Only the Court as antecedent: a relative about the fact itself keeps its date ("the warrant against X,
        # which was issued in March 2023"), and a custody's or a trip's date is left to their own rules
        if leaving:
            dates = [d for d in dates if not (d.start > anchor and COURT_RELATIVE.search(sent.text[anchor: d.start]))]
        if other is OTHER_ACT_OR_WARRANT and trip is None and not not_trip and not statement:
            # "Under the warrant issued under seal on 28 September 2010, French authorities arrested X", "En vertu du mandat d'arrêt
            # délivré … le 28 septembre 2010, les autorités … ont arrêté X": a date in a clause of the warrant's issue set off before
            # the trigger is the warrant's, not the arrest's or the handover's (session 32); a custody's only ("Since the warrant
            # was issued in 2023, X has travelled to …" keeps its year: a trip told from then on is background)
            dates = [d for d in dates if not (d.end <= anchor and "," in sent.text[d.end: anchor]
                                              and warrant_issue is not None
                                              and warrant_issue.search(sent.text[max(0, d.start - 120): d.start]))]
    if trip in ("visit", "planned_visit") and anchor is not None:
        # "In Tajikistan, which has been a member of the Court since 2002, X is participating in the summit": a date in a
        # relative clause set off before the trigger, or the start of a state told with "since", is that clause's, not the
        # trip's (session 27)
        dates = [d for d in dates if not (d.end <= anchor and (
            re.search(r"\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$", sent.text[max(0, d.start - 20): d.start], re.I)
            or (re.search(r",\s*(?:which|who|whose|where)\b[^,;()]*$", sent.text[:d.start], re.I) and "," in sent.text[d.end: anchor])))]
        # (session 38) "on his first trip to Europe since 2023", before or after the trigger: where the comparison starts, not the
        # trip's own time (FIRST_TRIP_SINCE, each language's)
        # (a date expression may hold its own "since": "since 2023", "since March")
        dates = [d for d in dates if not any(FIRST_TRIP_SINCE.search(sent.text[max(0, d.start - 140): d.start + n])
                                             for n in {0, _leading_words(sent.text[d.start: d.end])})]
    if not_trip and anchor is not None:
        # "ruled that Hungary failed … during his visit to the country earlier this year": for a fact that is no
        # trip, a date after "during his visit" is the visit's
        dates = [d for d in dates if not (d.start > anchor and DURING_TRIP.search(sent.text[anchor: d.start]))]
        # (session 35) … and a date inside that phrase too: "for not arresting X during his September visit" (the month names
        # the visit, between "his" and "visit")
        trips = [(m.start(), m.end()) for m in DURING_TRIP.finditer(sent.text) if m.start() > anchor]
        dates = [d for d in dates if not any(a <= d.start < b for a, b in trips)]
    if not dates:
        return None, None
    if anchor is not None:
        # "has arrived …, his first visit since it issued a warrant last year": a date in a later
        # since-clause belongs to that clause, not to the trigger (the trigger's own "since" excepted: "since his arrest in March";
        # (session 38) and a stay's start told by its weekday right after the one "since", "has been in Mongolia since Tuesday")
        dates = [d for d in dates if _since_stay(sent.text[anchor + 1: d.start], sent.text[d.start: d.end], d.date if trip == "visit" else "")
                 or not re.search(r"\bsince\b(?!\s+(?:\d|january|february|march|april|may|june|july|august|"
                                  r"september|october|november|december|last|early|mid|late))",
                                  sent.text[anchor + 1: d.start], re.I)] or ([] if any(d.start > anchor for d in dates) else dates)
    if not dates:
        return None, None
    # "whose government has ruled since August 2021", "crimes between 15 August 2021 and …": the start of a
    # period, not an event's day, when the sentence gives another date
    periods = [d for d in dates if re.search(r"\b(?:since|between|from)\s+(?:early\s+|mid-?\s*|late\s+|the\s+)?$", sent.text[max(0, d.start - 14): d.start], re.I)
               or re.match(r"(?:since|between|from)\b", sent.text[d.start: d.end], re.I)]
    if periods and len(periods) < len(dates):
        dates = [d for d in dates if d not in periods]
    if anchor is None:
        return dates[0].date, dates[0].end_date
    best = min(dates, key=lambda d: (abs(d.start - anchor) + (0 if d.start >= anchor else 15)))
    if best.start < anchor:
        # "arrived … Thursday afternoon, following his arrest by the authorities the day before": a date in the
        # trigger's own clause (no comma between) is the trigger's, before one across a comma
        # (an acronym in brackets is no clause break: "handed to International Criminal Court (ICC) custody on November 17")
        own_dates = [d for d in dates if anchor <= d.start <= anchor + 80
                     and not re.search(r"[,;()]", ACRONYM_IN_BRACKETS.sub("", sent.text[anchor: d.start]))]
        if own_dates and (re.search(r"[,;]", sent.text[best.end: anchor]) or COORDINATED_BEFORE.fullmatch(sent.text[best.end: anchor])):
            # (session 30) "was arrested … on October 29 and handed to International Criminal Court custody on November 17": a
            # date before a coordinating conjunction is the first verb's, when the trigger's own clause tells its own
            best = own_dates[0]
        elif re.search(r"\b(?:who|whom|which)\b", sent.text[best.end: anchor], re.I):
            # "the Attorney General said on Thursday that …, Ali Kushayb, who surrendered to the Court (ICC) in the
            # neighbouring State on Tuesday": a fact told in a relative clause is dated by its own clause, not the main verb's
            later = [d for d in dates if anchor <= d.start <= anchor + 200 and not re.search(r"[;]|\b(?:who|whom|which|said|says|after|since)\b", sent.text[anchor: d.start], re.I)]
            if later:
                best = later[0]
    # "this Friday, June 21, 2024": a day told again in apposition, finer than the first telling (read in a month-only page)
    apposed = next((d for d in dates if d.start > best.end and re.fullmatch(r"\s*,\s*", sent.text[best.end: d.start])), None)
    if apposed is not None and len(apposed.date) > len(best.date) and apposed.date.startswith(best.date):
        best = apposed
    return best.date, best.end_date


#: A question asked for a yes or a no (session 29): the sentence ends with a question mark and opens with an auxiliary or a modal
#: ("Will X be arrested?", "Did X visit Poland?"), with Spanish's opening mark and no word of a question about what is
#: known ("¿Será detenido X?"; not "¿Por qué …?"), with a French inversion ("X sera-t-il arrêté ?", "Est-ce que …") or with a
#: German verb first ("Wird X festgenommen?"). A question asked about a fact ("Why did Mongolia not arrest X?") presumes it
#: and is left to the rules. Italian and Portuguese ask with the order of a statement and are not read.
YES_NO_QUESTION = re.compile(
    r"^\W*(?:(?:will|would|could|can|should|shall|may|might|must|is|are|was|were|does|do|did|has|have|had)\b"
    r"|¿(?!\s*(?:por\s*qu[eé]|c[oó]mo|qu[eé]|cu[aá]ndo|d[oó]nde|qui[eé]n|cu[aá]l|cu[aá]nto)\b)"
    r"|(?=[^?]*-t-(?:il|elle|ils|elles)\b)|est-ce\s+que\b"
    r"|(?-i:Wird|Werden|Würde|Würden|Kann|Könnte|Darf|Muss|Soll|Sollte|Ist|Sind|War|Wurde|Hat|Haben|Reist|Kommt|Besucht)\b)"
    r"[^?]*\?[\s\x22”’'»)]*$", re.I)


#: A sentence that opens by placing what it tells in a work of fiction (session 30, written variants): "In the new film, X is
#: arrested by Dutch police", "In the play, a policeman arrests X", "Dans le roman, …", "En la película, …", "Im Theaterstück …":
#: a story's events, not news (not "In a video released on Tuesday, X said …": a video is no fiction; a documentary tells facts).
FICTION_FRAME = re.compile(
    r"^\W*(?:in|dans|en|im|in\s+dem|nel|nella|no|na)\s+(?:(?:the|a|an|his|her|their|le|la|l['’]|un|une|el|una|der|dem|einem|il|lo|o|um|uma)\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:play|film|movie|novel|video\s+game|game|sitcom|sketch|cartoon|comic|satire|musical|opera|"
    r"pièce|roman|jeu\s+vidéo|bande\s+dessinée|película|novela|videojuego|obra\s+de\s+teatro|"
    r"Film|Roman|Theaterstück|Videospiel|Computerspiel|romanzo|videogioco|fumetto|filme|romance|videogame)\b(?!\s+(?:festival|industry|director))", re.I)


#: A stay told in the present anywhere in the story ("X is one of the leaders attending the summit in Abuja", "X is visiting"):
#: the news of the document's day, as in the lead.
STAY_NOW = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?(?:visiting|attending|participating\s+in|taking\s+part\s+in|staying\s+(?:in|at)\b|(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:leaders|heads\s+of\s+state|dignitaries|delegates|presidents|guests|participants)\s+(?:attending|present|at))\b", re.I)
#: A stay told as the time of a failure or inaction the news is about ("queried the country's inaction when X was in Malawi",
#: "explain why it failed to arrest X during his visit"): recalled, not the news of the document's day.
#: The facts a clause told as of long ago gives none of, when it tells no day (``TOLD_LONG_AGO``, session 30).
LONG_AGO_KINDS = ("arrest", "surrender", "warrant_issued", "warrant_unsealed", "visit")
#: A relative clause opened just before a trigger ("Kony, who was arrested …", "X, qui a été arrêté …", "X, der … festgenommen
#: wurde"): it tells about the person named, not the sentence's news.
RELATIVE_BEFORE = re.compile(r",\s*(?:who|whom|whose|which|that|qui|que|qu['’]|dont|lequel|laquelle|quien|quienes|el\s+cual|la\s+cual|"
                             r"der|die|das|welcher|welche|welches|che|cui|il\s+quale|la\s+quale|o\s+qual|a\s+qual)\b[^,;()]*$", re.I)


#: (session 45, mnews148) A relative clause about the Court still open: the Court's noun (or its Statute's), a bracketed acronym,
#: then ``RELATIVE_BEFORE`` ("from the court, which last month issued …", 'de la Cour, qui …', 'de la Corte, que …', 'dalla Corte,
#: che …', 'do Tribunal, que …', 'aus dem Strafgerichtshof, der …').
COURT_RELATIVE = re.compile(r"\b(?:court|icc|cpi|tpi|istgh|cour|corte|tribunal|gericht\w*|strafgerichtshof\w*|statute|statut|estatuto|"
                            r"statuto)\b\W*(?:\([^)]{1,12}\)\s*)?" + RELATIVE_BEFORE.pattern, re.I)


#: A clause of place after a fact's, opened by its relative adverb in the languages read (``_clause``).
WHERE_AFTER = re.compile(r",\s*(?:where|où|donde|en\s+donde|wo|dove|onde)\b", re.I)


#: A temporal clause opened before a trigger in its own clause ("A year after X was arrested, …", "Since X was handed over, …",
#: "Depuis que X a été arrêté, …"): the time of something else, told from the fact, not the fact as news.
SUBORDINATE_BEFORE = re.compile(r"\b(?:after|since|before|when|once|until|while|following|après|depuis|avant|quand|lorsque|tras|después|"
                                r"desde|antes|cuando|nachdem|seit|seitdem|bevor|als|dopo|prima|quando|depois)\b", re.I)


def _untracked_between(text: str, sentences: list[Sentence], i: int, focus: str, at: int, mentions: list[Mention],
                       titles: frozenset[str]) -> bool:
    """(session 31) True when a sentence between the last one that names ``focus`` and the pronoun at ``at`` (in sentence ``i``)
    names a person the record does not track ("X spoke on Monday. Prime Minister John Smith said the talks went well. He
    arrived …": "He" is Smith, not X); a name in the sentence that names ``focus`` itself does not interrupt the chain ("X met
    Prime Minister John Smith. He arrived …"). Read for the personal pronouns "He" and "She" only: a title or a described
    person ("Il sospettato", "The suspect") names the one the story follows, and a run of capitalised words between ("la
    Repubblica Italiana") is no person."""
    last = next((j for j in range(i - 1, -1, -1) if any(m.id == focus for m in sentences[j].persons)), None)
    if last is None or last == i - 1:
        return False
    return any(sentences[j].others or other_name_between(text, sentences[j].start, sentences[j].end, mentions, titles)
               for j in range(last + 1, i)) or other_name_between(text, sentences[i].start, at, mentions, titles)


def _earlier_year(text: str, ref: dt.date | None) -> bool:
    """True when ``text`` names a year before the page's (or the page has no day): the story told up to there reaches back
    (session 32)."""
    return ref is None or any(int(y) < ref.year for y in re.findall(r"\b((?:19|20)\d\d)\b", text))


def _is_headline(sentence: str, headline: str) -> bool:
    """True when ``sentence`` is the headline itself, or holds it (a headline glued to the lead by the sentence splitter)."""
    head = " ".join(headline.split()).lower()
    return bool(head) and head[:60] in " ".join(sentence.split()).lower()


def _wire_lead(text: str) -> bool:
    """True when a sentence opens with a wire's dateline that ends in a dash or an agency's name in brackets ("KAMPALA (Reuters) -",
    "BANGUI, Central African Republic —"), not a heading's colon ("ICC: X surrendered …") or a masthead between bars."""
    dl = DATELINE.match(text)
    return dl is not None and bool(re.search(r"(?:[-–—]|\))\s*\.?\s*(?:[-–—]\s*)?$", dl.group(0)))


def _clause(text: str, anchor: int | None) -> str:
    """The clause that holds the trigger at ``anchor``: from the last comma, semicolon, colon or bracket before it to the next
    one after it, with a clause of place that follows it (the whole sentence when the rule gave no anchor)."""
    if anchor is None:
        return text
    start = max((text.rfind(ch, 0, anchor) for ch in ",;:("), default=-1) + 1
    ends = [i for i in (text.find(ch, anchor) for ch in ",;:)") if i >= 0]
    end = min(ends) if ends else len(text)
    # … and a clause of place after it, which tells what followed ("was flown to The Hague, where he spent years in detention")
    if (then := WHERE_AFTER.match(text, end)) is not None:
        end = next((i for i in (text.find(ch, then.end()) for ch in ",;:)") if i >= 0), len(text))
    return text[start:end]


RECALLED_STAY = re.compile(r"\b(?:inaction|failure|failing|failed|refusal|refused|declined|why)\b[^.;]{0,80}?\b(?:when|while|during|as)\b", re.I)
#: A finding or a statement told before a recalled stay ("found", "ruled", "said"): its day is its own, not the stay's (session 38).
FINDING_SAID = re.compile(r"\b(?:found|finds|find|ruled|rules|held|holds|decided|decides|concluded|concludes|determined|said|says|stated|states)\b", re.I)
#: A word of ``DENIAL`` for a part of a stay missed when the sentence has told the stay before it, joined by "but" or "and"
#: ("He attended the ceremony but skipped the luncheon", "arrived in Nairobi and then skipped the dinner"): the stay stands.
SKIPPED_PART = re.compile(r"skip(?:ped|s)?|missed|misses", re.I)
STAY_THEN = re.compile(r"\b(?:but|and|yet)\s+(?:then\s+|later\s+)?$", re.I)
#: A named gathering skipped or avoided ("skipped the G20 Summit in New Delhi", "stayed away from the BRICS summit").
SKIPPED_EVENT = Worded("SKIPPED_EVENT", r"\b(?:skip(?:ped|s)?|avoided|avoids|missed|misses|stayed away from|absent from|did not attend|inability to attend|"
                       r"unable to attend)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’+-]+\s+){0,4}?(?:{gathering}|{meeting})\b")


#: A conflict named after its theatre: "the Gaza War", "Ukraine conflict", "the Darfur crisis".
#: … and a compound's head after a hyphen, as German and Dutch write them ("im Gaza-Krieg", "der Ukraine-Konflikt").
CONFLICT_AFTER = re.compile(r"\s+(?:war|conflict|crisis|genocide|offensive|invasion)\b|-(?:krieg|konflikt|krise|offensive|invasion|oorlog)\w*", re.I)


#: A news outlet after a people's name: "Indian news website", "a Russian state broadcaster", "Kenyan daily".
OUTLET_AFTER = re.compile(r"\s+(?:(?:state|state-run|state-owned|private|independent|online|leading|local)\s+)?(?:news\s+)?"
                          r"(?:website|site|outlet|agency|newspaper|paper|daily|weekly|broadcaster|television|tv|radio|channel|media|press|journalists?|reporters?)\b", re.I)


#: A trip under way, told in the present at its trigger ("heads to", "is heading to", "is on his way to", "is en route to").
UNDER_WAY = re.compile(r"(?:heads|is\s+heading|are\s+heading|is\s+(?:now\s+)?on\s+(?:his|her|their)\s+way|(?:is|are)\s+en\s+route|"
                       r"on\s+(?:his|her|their)\s+way|en\s+route)\s+to\b", re.I)


#: A signature withdrawn (a signatory's, no State Party leaving), in the monitor's languages.
SIGNATURE = re.compile(r"\b(?:signature|firma|unterschrift|assinatura)\b", re.I)


def _leaves_the_statute(sent: Any) -> bool:
    """True when the sentence tells a State leaving the Statute or the Court: a word of leaving next to the Court's or the
    Statute's name (either order: 'will withdraw from the Court', 'aus dem Strafgerichtshof austreten'), no person named between
    them, no signature withdrawn (session 38: 'confirmó la salida de X de Sudáfrica, … la Suprema Corte' is a person's
    departure; 'retirar su firma del Estatuto de Roma' a signatory's)."""
    s = sent.text
    if SIGNATURE.search(s):
        return False
    for wm in WITHDRAW.finditer(s):
        for sm in STATUTE.finditer(s):
            a, b = (wm.end(), sm.start()) if wm.start() < sm.start() else (sm.end(), wm.start())
            if wm.start() <= sm.start() and sm.end() <= wm.end():
                # (session 45, mnews147) the words of leaving told around the Statute's name ('vom Römischen Statut zurücktreten'):
                # the leaving's own object, no person named inside it
                a, b = wm.start(), wm.end()
                if not any(a <= m.start - sent.start < b for m in sent.persons):
                    return True
                continue
            if 0 <= b - a <= 40 and not any(a <= m.start - sent.start < b for m in sent.persons):
                return True
    return False

#: A time ago ("a year ago", 'un anno fa', 'il y a un an', 'hace un año', 'há um ano', 'vor einem Jahr'), and an act told in the
#: conditional or the imperfect of report ('annonceraient', 'annunciava', 'anunciaba', 'anunciaria'): no fresh announcement.
TIME_AGO = re.compile(r"\b\w+\s+ago\b|\b(?:anno|anni|mese|mesi|settimana|settimane|giorni)\s+fa\b|\bil\s+y\s+a\s+\w+\s+(?:an|ans|mois|semaines?)\b|"
                      r"\bhace\s+\w+\s+(?:año|años|mes|meses|semanas?)\b|\bhá\s+\w+\s+(?:ano|anos|mês|meses|semanas?)\b|"
                      r"\bvor\s+\w+\s+(?:Jahr|Jahren|Monat|Monaten|Woche|Wochen)\b", re.I)
ACT_NOT_FRESH = re.compile(r"(?:erait|eraient|ait|aient|ava|avano|erebbe|erebbero|aba|aban|ía|ían|aria|ariam|avam)$", re.I)


def _not_fresh(s: str) -> bool:
    """True when a lead's withdrawal is told as of a time ago or by its act in the conditional or the imperfect (session 38:
    'Un anno fa l'Ungheria annunciava …', 'Le Mali et le Niger annonceraient leur retrait'): no announcement of the day."""
    if TIME_AGO.search(s):
        return True
    for m in WITHDRAWAL_ACT.finditer(s):
        word = re.match(r"\w*", s[m.start():]).group(0)  # type: ignore[union-attr]  # \w* matches everywhere
        if ACT_NOT_FRESH.search(word):
            return True
    return False

#: A sentence that takes its time from the one before ("At the same period", "At that time", "Then").
#: A leg told after another trip of the same journey ("will continue on to Riyadh", "After Pyongyang, X will head to
#: Hanoi", "from there he flies to …"), and one told of the same day ("on the same day", "later that day").
NEXT_LEG = re.compile(r"\b(?:continu\w+ on to|continu\w+ (?:on )?(?:his|her|the) (?:\w+ )?(?:trip|tour|journey) (?:to|in)|then (?:head|go|fly|travel|proceed|move)\w*|"
                      r"from there|onward to|next (?:leg|stop)|same day|later that day)\b|^\W*(?:after|following|upon|on completing|having (?:finished|completed|concluded))\b", re.I)
SAME_DAY = re.compile(r"\b(?:(?:on )?the same day|later (?:that|the same) day)\b", re.I)
#: The facts whose day a following "this was announced on …" sentence may give (emit, session 26).
ANNOUNCED_KINDS = ("warrant_issued", "warrant_unsealed", "noncompliance_finding", "withdrawal_announced", "withdrawal_notified",
                   "arrest", "surrender")
SAME_TIME = re.compile(r"\W*(?:(?:at|around|during|in|by) (?:the same|that|this) (?:time|period|moment)|at the time|then)\b", re.I)


#: A head of State or of government named by office: "Sudan's president", "the Sudanese President", "Russia's leader",
#: "President of Sudan" (not followed by a name, which is someone the mention names itself; a word between the State
#: and the title makes it another office: "Sudan's opposition leader", "the Sudanese rebel leader").
OFFICE_AFTER = re.compile(r"(?:['’]s?)?\s+(president|prime minister|premier|head of state|leader|ruler)\b(?!\s*,?\s*(?-i:[A-Z]))", re.I)
OFFICE_BEFORE = re.compile(r"(?<!late )\b(president|prime minister|premier|head of state) of (?:the )?(?:republic of (?:the )?)?$", re.I)
#: A former holder: "the former Philippine president", "ex-president of the Philippines", "the former Filipino leader".
FORMER_BEFORE = re.compile(r"\b(?:former|ex-?)\s*(?:(?:president|prime minister|premier|head of state) of (?:the )?(?:republic of (?:the )?)?)?$", re.I)
#: A title as the object of a preposition ("against the Sudanese President", "the arrest of the embattled Sudanese leader";
#: not "the visit of", "the presence of", "by": those name the traveller).
TITLE_AS_OBJECT = re.compile(r"\b(?:against|for|on|with|about|(?<!visit )(?<!presence )(?<!arrival )(?<!attendance )(?<!trip )of)\s+"
                             # (not past a word that opens a clause: "on Thursday after Sudan's leader showed up" has him as the subject)
                             r"(?:the\s+)?(?:(?!(?:after|before|when|while|because|as|since|until|once|and|but|then)\b)[\w-]+\s+){0,2}$", re.I)
#: Titles that name the head of government; "president" and "head of state" the head of State; "leader" and "ruler" the
#: head of State, or the head of government where the record holds no head of State for that State on the day.
GOVERNMENT_TITLES = ("prime minister", "premier")
EITHER_TITLES = ("leader", "ruler")


def _office_holder(sent: Sentence, text: str, spec: Spec, ref: dt.date, named: frozenset[str] = frozenset(), at: list[int] | None = None) -> list[str]:
    """The person the record holds in the office a sentence names by title and State, on the document's
    date (only where the record gives the office's start): one person or none. A former holder ("the former
    Philippine president") is the one person the record holds whose term in that office ended before the date,
    and only when the document names that person somewhere (``named``): the record holds few of a State's former
    heads, so the title alone would name the wrong one."""
    found: list[str] = []
    for m in sent.states:
        if m.kind not in ("STATE", "DEMONYM", "AMBIGUOUS"):
            continue
        a, b = m.start - sent.start, m.end - sent.start
        after, before = OFFICE_AFTER.match(sent.text, b), OFFICE_BEFORE.search(sent.text[:a])
        if m.kind in ("DEMONYM", "AMBIGUOUS") and after and after.group(0)[:1] in "'’":
            after = None
        office = after or before
        title = office.group(1).lower() if office else None
        if title is None or re.search(r"\b(?:late|then)\s*$", sent.text[max(0, a - 12): a], re.I):
            continue
        former = bool(FORMER_BEFORE.search(sent.text[max(0, a - 40): a]))
        code = _resolve_state(m, sent.text, text, spec)[0]
        holders = spec.heads.get(code or "", [])
        kinds = ["head_of_government"] if title in GOVERNMENT_TITLES else ["head_of_state", "head_of_government"] if title in EITHER_TITLES \
            else ["head_of_state"]
        for kind in kinds:
            if former:
                got = [pid for pid, k, start, end in holders if k == kind and end and DateSpan.parse(end).last < ref and pid in named]
            else:
                got = [pid for pid, k, start, end in holders
                       if k == kind and start and DateSpan.parse(start).first <= ref and (not end or ref <= DateSpan.parse(end).last)]
            if got:
                found += got
                if at is not None:
                    # where the title phrase begins: the State's name ("the Sudanese president"), or the office before it
                    # ("president of the Philippines")
                    at.append(before.start() if before and not after else a)
                break
    return list(dict.fromkeys(found)) if len(set(found)) == 1 else []


def _pair_before(sentences: list[Sentence], i: int) -> tuple[str, str] | None:
    """The two persons the nearest of the two sentences before ``i`` that names anyone names, when it names exactly two (not
    someone named only through another): the pair a "Both men" or "The two leaders" opening means (session 29)."""
    for y in reversed(sentences[max(0, i - 2): i]):
        ids = [p for p in dict.fromkeys(m.id for m in sorted(y.persons, key=lambda m: m.start)) if not only_related(y, p)]
        if ids:
            return (ids[0], ids[1]) if len(ids) == 2 else None
    return None


#: A sentence that opens by turning against the one before ("But he landed …", "However, X arrived …") (session 30).
WENT_AHEAD_NEXT = re.compile(r"^\W*(?:but|however|yet|nevertheless|nonetheless|in the end|eventually|despite (?:this|that|the denials?))\b", re.I)
#: A relation or an official after a pronoun or a demonym ("His envoy", "Her son", "The Israeli foreign minister"): another person.
RELATION_AFTER = re.compile(r"\s+(?:(?!prime\b)[\w'’-]+\s+){0,2}?" + RELATIONS + r"\b", re.I)
#: The trip's nouns among ACT_OPENING's (in every language read): "The visit …", "Cette visite …", "Der Besuch …".
TRIP_OPENING = re.compile(r"\b(?:visit\w*|trip|stay|journey|voyage|s[ée]jour|viaje|viagem|viaggio|besuch|aufenthalt|reise)\b", re.I)


def _told_ahead(s: str) -> bool:
    """True when a sentence tells a trip to come (as ``Ctx.future`` reads it)."""
    return bool(TRAVEL_FUTURE.search(s)) or bool(FUTURE.search(s) and ARRIVAL.search(s) and re.search(r"\b(will|next|expected|due|plans?|scheduled)\b", s, re.I))


def _act_next(sent: Sentence, sentences: list[Sentence], text: str, person: str) -> Sentence | None:
    """The next sentence when it opens with the trip just told, named by its noun (ACT_OPENING: "The visit began on Tuesday"),
    in the same paragraph, naming no other person (session 30)."""
    i = sentences.index(sent)
    if i + 1 >= len(sentences):
        return None
    nxt = sentences[i + 1]
    om = ACT_OPENING.match(nxt.text)
    if om is None or not TRIP_OPENING.search(om.group(0)) or nxt.others or any(m.id != person for m in nxt.persons) \
            or re.search(r"\n\s*\n", text[sent.end: nxt.start]):
        return None
    return nxt


def _paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` ends (a blank line, or the end of the text)."""
    m = re.compile(r"\n\s*\n").search(text, at)
    return m.start() if m else len(text)


#: A cancellation told just after a denial's verb: "denied reports that the visit had been cancelled".
_CANCEL_AFTER = re.compile(r"[^.;]{0,80}?\b(?:cancel+(?:ed|ing|s)?|called off|calling off|postpon\w+|scrapp\w+|shelved|put off|delayed)\b", re.I)

#: A clause that turns from a denial to what happened ("…, but he landed …"), and one that concedes it ("Although his
#: spokesman had denied it, …").
_CONTRAST = re.compile(r"\b(?:but|yet|however|nevertheless|nonetheless|still|in the end|eventually)\b", re.I)
_CONCESSIVE = re.compile(r"\b(?:although|though|even though|despite|in spite of|notwithstanding)\b[^,;]*$", re.I)


#: The words of a rumour in DENIAL, and what the rumour is about when it is a warrant, a charge or an arrest rather than the trip
#: ("amid rumors that the ICC was about to issue a warrant", "speculation about an arrest warrant"; not "rumours that he will
#: travel", "speculation over his attendance") (session 27).
RUMOUR_OF_WARRANT = re.compile(r"rumou?rs?|speculation|unconfirmed", re.I)
RUMOUR_ABOUT = re.compile(r"\s+(?:that|of|about|over|on|of\s+an?)\b(?![^.;]{0,100}?\b(?:visit|trip|travel|attend|arriv|fl(?:y|ew|ies)|land|stay|journey|"
                          r"come|coming|go(?:es|ing)?\s+to|attendance|presence)\w*)[^.;]{0,100}?\b(?:warrants?|arrest\w*|indict\w*|charges?|icc|court)\b", re.I)


def _went_ahead(s: str, dm: re.Match[str]) -> int | None:
    """True when a sentence's denial or cancellation is turned from: the denial in a clause before "but" (or in one
    opened by "although", "despite"), and the clause after it tells the trip as made or firmly to come with no denial or
    condition of its own ("The Kremlin had denied the trip, but he arrived in Mongolia on Monday"; not "He was due to
    visit Hungary, but the trip was cancelled", where the denial is in the clause after the turn). Returns where that
    clause begins in the sentence, or None."""
    start = None
    turn = _CONTRAST.search(s, dm.end())
    if turn is not None and not DENIAL.search(s, turn.end()):
        start = turn.end()
    elif _CONCESSIVE.search(s[:dm.start()]):
        comma = s.find(",", dm.end())
        if comma >= 0 and not DENIAL.search(s, comma):
            start = comma + 1
    if start is None or HYPOTHETICAL_TRIP.search(s[start:]):
        return None
    return start if ARRIVAL_PAST.search(s[start:]) or TRAVEL_FUTURE.search(s[start:]) else None


def _announced_next(sent: Sentence, sentences: list[Sentence]) -> bool:
    """The sentence after ``sent`` says, by a pronoun for the fact ``sent`` tells, that it was announced ("Das kündigte der
    Minister an", "This was announced by …"): lexicon.ANNOUNCED_THIS (session 28)."""
    i = next((k for k, y in enumerate(sentences) if y is sent), -1)
    return 0 <= i < len(sentences) - 1 and bool(ANNOUNCED_THIS.match(sentences[i + 1].text))


def _another_states_title(sent: Sentence, span: tuple[int, int], spec: Spec, focus: str) -> bool:
    """(session 31) Whether the title at ``span`` in a sentence (a ``PRONOUN`` or ``REFER`` match) names by its demonym a State that is not
    the person's own: "The Mongolian president arrived …", "Der mongolische Präsident …", "El presidente mongol …" (the demonym
    inside the title or just after it) after a sentence naming X, of another State, is another person; "Der russische Präsident"
    after one naming a Russian is that person (as "The Russian president" was)."""
    a, b = sent.start + span[0], sent.start + span[1]
    own = spec.nationality.get(focus, [])
    for m in sent.states:
        if m.kind != "DEMONYM" or not (a <= m.start and (m.end <= b or re.fullmatch(r"\s+", sent.text[span[1]: m.start - sent.start]))):
            continue
        code = _resolve_state(m, sent.text, sent.text, spec)[0]
        if code and code not in own:
            return True
    return False



def _welcomed_guest(sent: Any, persons: list[str]) -> str | None:
    """The guest of a host's welcome whose host is also a person on the record (session 40, mnews132): the person named first
    is the welcome's subject, before its verb or inside the verb's frame ("Putin received al-Bashir", 'Putin empfing
    al-Baschir', 'hat Putin den Präsidenten al-Baschir empfangen', 'Putin ha ricevuto al-Bashir', 'Putin recibió a al Bashir'),
    and the guest the one named after the host, before the verb's end; not a passive ("was received by"), whose guest is named
    first and read already."""
    if len(persons) < 2:
        return None
    s = sent.text
    named = sorted((m for m in sent.persons if m.id in persons), key=lambda m: m.start)
    host = named[0]
    for hw in HOST_WELCOME.finditer(s):
        if re.search(r"\b(?:was|were|been|being|is|are|wurde|wurden|worden|fue|fueron|foi|foram|è\s+stato|è\s+stata|sono\s+stati|été)\s+(?:\w+\s+)?$",
                     s[: hw.start()], re.I):
            continue
        if host.start - sent.start > hw.end():
            continue
        # the guest: another person named after the host and after the verb's start, or inside the verb's frame
        for m in named[1:]:
            if m.id != host.id and m.start > host.end and m.start - sent.start < hw.end() + 90 \
                    and not re.search(r"[.;]", s[host.end - sent.start: m.start - sent.start]):
                guest: str = m.id
                return guest
    return None


def extract_candidates(document: Document, spec: Spec, mode: str | None = None, learned: bool | dict[str, Any] | None = None,
                       sink: list[Any] | None = None) -> list[Candidate]:
    """Candidate facts in ``document``. Pure: depends only on the document, the spec and the mode.

    ``mode``: ``"rules"`` the hand-written rules alone; ``"filtered"`` the rules' candidates kept only when the
    statistical filter (monitor/mfilter.py, trained on the real-news set's dev half) gives them a probability at
    or above its threshold; ``"loose"`` the rules with their guards off (every rule on every sentence, denied and
    supposed trips, background facts), the candidates the filter is trained on. ``None``: the setting
    ``ICCWATCH_MONITOR_FILTER`` (``on``/``off``, default in monitor/mfilter.py).

    ``learned``: the learned proposer (monitor/learned.py) adds its candidates to the rules' (not in the loose mode):
    ``True``/``False``, a model (a dict, as the trainer's cross-validation passes), or ``None``: the setting
    ``ICCWATCH_MONITOR_LEARNED`` (default off). ``sink``: a list that receives the proposer's contexts (training)."""
    from iccwatch.monitor import learned as lrn
    from iccwatch.monitor import mfilter

    mode = mode or mfilter.default_mode()
    if mode not in ("rules", "filtered", "loose"):
        raise ValueError(f"extract mode {mode!r}: give rules, filtered or loose")
    if learned is None:
        learned = lrn.enabled()
    model = (learned if isinstance(learned, dict) else lrn.load_model() if learned else None) if mode != "loose" else None
    cands = _extract_mode(document, spec, loose=mode == "loose", model=model, sink=sink)
    if mode == "filtered":
        cands = mfilter.apply(cands, document, spec=spec)
    return [_as_written(c, document.text) for c in cands]


def _as_written(c: Candidate, text: str) -> Candidate:
    """``c`` with its evidence in the document's own words: a hard-wrapped sentence is read with its line ends made spaces
    (``mentions.unwrap``, offsets kept), and its evidence gives the text at those offsets as the document writes it, so that
    a reviewer's pinpoint is the document's text (session 32)."""

    def own(e: Evidence) -> Evidence:
        written = text[e.start: e.end].strip()
        if written != e.sentence and written.split() == e.sentence.split():
            return e.model_copy(update={"sentence": written})
        return e

    evidence, support = own(c.evidence), [own(e) for e in c.support]
    if evidence is c.evidence and all(a is b for a, b in zip(support, c.support, strict=True)):
        return c
    return c.model_copy(update={"evidence": evidence, "support": support})


#: Characters written for an apostrophe that the rules do not read as one (the modifier letter U+02BC, the prime, the acute
#: and grave accents, the full-width apostrophe), each read as the typographic apostrophe.
APOSTROPHES = str.maketrans({"\u02bc": "\u2019", "\u2032": "\u2019", "\u00b4": "\u2019", "`": "\u2019", "\uff07": "\u2019"})
APOSTROPHE_LIKE = re.compile("[\u02bc\u2032\u00b4`\uff07]")


#: An arrival made, with its purpose still to come after it (dates.PURPOSE): "arrived … to watch a military parade Wednesday".
ARRIVED_FOR = re.compile(r"(?:arrived|landed|touched down)\b[^.;]{0,80}?\bto (?:watch|witness|see|observe|review|join|mark|celebrate|"
                         r"take part in|participate in|attend)\b", re.I)


def _extract_mode(document: Document, spec: Spec, loose: bool, model: dict[str, Any] | None = None, sink: list[Any] | None = None) -> list[Candidate]:
    from iccwatch.monitor import official as off

    kind_of = off.official_kind(document)
    if kind_of and not document.date:
        stated = off.header_date(document)
        if stated:
            document = document.model_copy(update={"date": stated})
    if APOSTROPHE_LIKE.search(document.text):
        # "Putinʼs visit" (the modifier letter), "Putin´s", "Putin`s": the rules read the apostrophe as ' or ’; one character
        # for one, so every offset into the text stays true
        document = document.model_copy(update={"text": document.text.translate(APOSTROPHES)})
    # a document in another language the monitor reads is read with that language's words too (lexicon.reading)
    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages") or {}, document.language),
                         lexicon.gatherings_for(spec.lexicon.get("gatherings"), document.language),
                         spec.lexicon.get("court_places")):
        cands = _extract(document, spec, loose, model, sink)
    if kind_of == "un_depositary":
        cands += _depositary(document, spec, off)
    return [c.model_copy(update={"source_kind": "primary" if kind_of else "secondary", "official": kind_of}) for c in cands]


def _depositary(document: Document, spec: Spec, off: Any) -> list[Candidate]:
    """withdrawal_notified candidates read from a depositary notification's structure."""
    by_name = {normalise(n): iso3 for iso3, names in spec.states.items() for n in names}
    out = []
    for name, when, a, b in off.depositary_withdrawals(document):
        iso3 = by_name.get(normalise(name)) or by_name.get(normalise(name.title()))
        if not iso3:
            continue
        line = document.text[a:b]
        lead = len(line) - len(line.lstrip())
        out.append(Candidate(id=_cid(document.id, "withdrawal_notified", None, iso3, when), document=document.id, type="withdrawal_notified",
                             state=iso3, date=when, evidence=Evidence(sentence=line.strip(), start=a + lead, end=a + lead + len(line.strip())),
                             confidence=0.95, method="official:un_depositary"))
    return out


def _extract(document: Document, spec: Spec, loose: bool = False, model: dict[str, Any] | None = None,
             sink: list[Any] | None = None) -> list[Candidate]:
    nlp = pipeline(spec)
    credit = lexicon.agency_credit(spec.lexicon)  # a line closed by an agency's credit ends its sentence (session 35)
    text = unwrap(document.text, lexicon.wrap_end(spec.lexicon), credit)  # a hard-wrapped paragraph read as written (same length: offsets hold) (session 32)
    text = cut_glued_headline(text, documents.headline(document))  # a headline run into the lead, ended as its line (session 45)
    doc = nlp(text)
    add_folded_places(doc, spec)  # "Río de Janeiro" for the listed "Rio de Janeiro" (session 29)
    add_genitive_states(doc, spec, document.language)  # 'Ungarns Regierung', 'der Austritt Burundis' (session 43)
    add_genitive_persons(doc, spec, document.language)  # 'Putins Besuch', 'Netanjahus Reise' (session 49)
    ref = DateSpan.parse(document.date).first if document.date else None
    exact = bool(document.date) and len(document.date or "") == 10
    ref_last = DateSpan.parse(document.date).last if document.date else None
    mentions = _mentions(doc, spec)
    sentences = _sentences(doc, mentions, text, credit)
    out: dict[tuple[Any, ...], Candidate] = {}
    present: dict[tuple[Any, ...], bool] = {}  # candidate key -> its sentence speaks in the present (perfect)
    perfect: dict[tuple[Any, ...], bool] = {}  # candidate key -> a sentence of it speaks in the present (perfect), lead or not
    # (person, States named, denied, date told) of denied, cancelled, remote or supposed trips
    cancelled: list[tuple[str, list[str], bool, str | None]] = []
    scene = _scene(document, spec, nlp)
    last_date: dict[str, str] = {}
    last_told: list[Any] = []  # (session 38) [sentence index, date, end] of the last candidate told with a day
    last_trip: dict[tuple[str | None, str], tuple[str, str | None]] = {}  # (person, kind) -> (date, end) of the last dated trip told
    last_any_trip: dict[str | None, tuple[str, str | None]] = {}  # person -> (date, end) of the last dated trip told, of either type
    issued_before: dict[str, tuple[str, tuple[Any, ...]]] = {}  # person -> (date, key) of a warrant told as the day's issue

    def emit(kind: str, sent: Sentence, method: str, person: str | None = None, state: str | None = None, anchor: int | None = None,
             when: tuple[str | None, str | None] | None = None, **extra: Any) -> None:
        if not loose and YES_NO_QUESTION.match(sent.text):
            return  # (session 29) "Will X travel to Germany next month?", "Did X fly over Poland?": asked, not told
        if not loose and FICTION_FRAME.match(sent.text):
            return  # (session 30) "In the play, a Dutch policeman arrests X": a story's event, not news
        if person and state and kind in ("visit", "planned_visit") and state in spec.nationality.get(person, []):
            return  # presence in one's own State is not a visit
        date = end_date = None
        if when is not None:
            date, end_date = when  # the rule read the date itself
        elif kind not in ("refusal",):
            date, end_date = _pick_date(sent, ref, anchor, exact, warrant=kind.startswith("warrant"), unsealing=kind == "warrant_unsealed",
                                        statement=kind == "joint_statement",
                                        not_trip=kind in ("noncompliance_finding", "joint_statement", "withdrawal_announced", "withdrawal_notified"),
                                        trip=kind if kind in ("visit", "planned_visit") else None,
                                        leaving=kind in ("withdrawal_announced", "withdrawal_notified"),
                                        warrant_issue=lexicon.warrant_issued_before(spec.lexicon),
                                        issue_verb=lexicon.warrant_issue_verb(spec.lexicon) if kind == "warrant_unsealed" else None)
        if kind == "visit" and date and when is None and anchor is not None and (rs := RECALLED_STAY.search(sent.text)) is not None \
                and rs.end() <= anchor and FINDING_SAID.search(sent.text[:rs.start()]) and not find_dates(sent.text[rs.end():], ref, exact):
            # (session 38) a stay recalled as the time of a failure that a finding or a statement tells ("The ICC on Thursday found
            # South Africa had failed in its duty to arrest X when he was in the country"): the day told is the finding's, none is
            # the stay's; not a failure told with its own time ("In 2015, South Africa failed to arrest him when he attended …")
            date = end_date = None
        # (a page dated only to its month may be of any day of it: "arrived on November 25" in a November page is no trip to come)
        if kind == "visit" and date and ref and exact and anchor is not None and DateSpan.parse(date).surely_after(ref) and \
                ARRIVED_FOR.match(sent.text, anchor):
            # "have arrived at the gate to watch a military parade Wednesday": the arrival is made (today); the day ahead is
            # its purpose's
            date, end_date = ref.isoformat(), None
        elif kind == "visit" and date and ref and DateSpan.parse(date).surely_after(ref if exact else ref_last or ref):
            kind = "planned_visit"
        elif kind == "planned_visit" and date and ref and DateSpan.parse(date).surely_before(ref - dt.timedelta(days=31)):
            kind = "visit"  # "allowed him to travel to South Africa in June 2015": a trip already made
        if date is None and when is None and kind in ("planned_visit", "surrender") and exact and ref is not None and anchor is not None \
                and UNDER_WAY.match(sent.text, anchor):
            # "From Budapest, X heads to Washington", "X is on his way to Beijing": a trip under way in the present, with no day of
            # its own, is the document's day's; (session 33) so is a handover under way ("X is en route to the ICC detention centre")
            date = ref.isoformat()
        if date is None and when is None and kind in ("arrest", "surrender") and ref is not None and HOURS_BEFORE.search(sent.text):
            # (session 37) a custody told as of hours before the news ('Duterte war einige Stunden zuvor … festgenommen worden', "had
            # been arrested hours earlier at Manila airport"): the document's day (its month, for a page known only to the month),
            # in the pluperfect as in any tense; not a time told by another event ("hours before the summit")
            date = ref.isoformat() if exact else (document.date or None)
        if date is None and when is None and kind != "refusal" and SAME_TIME.match(sent.text):
            # "At the same period, he left Kinshasa for Portugal": the time the sentence before told
            i = sentences.index(sent)
            if i:
                date, end_date = _pick_date(sentences[i - 1], ref, None, exact)
        if when is None and kind in ("visit", "planned_visit") and anchor is not None and last_told and \
                (moment := MOMENT_WHEN.search(sent.text[:anchor])) is not None and anchor - moment.end() <= 150 and \
                not re.search(r"[.;:]", sent.text[moment.end(): anchor]) and not find_dates(sent.text, ref, exact):
            # (session 38) "The announcement was made at the moment when X arrived in Budapest", 'no momento em que X chegou a
            # Budapeste': a trip told with no day of its own, made at the moment of the act the sentences just before dated (at most
            # three back): that act's day
            i = next((j for j, y in enumerate(sentences) if y.start <= sent.start < y.end), -9)
            if 0 < i - last_told[0] <= 3:
                date, end_date = last_told[1], last_told[2]
        if date is None and when is None and kind in ANNOUNCED_KINDS:
            # "… hat Haftbefehle gegen A sowie B erlassen. Das teilte das Gericht am Dienstag (25. Juni) in Den Haag mit.": the
            # next sentence tells, by a pronoun, that the fact just told was made public and when; that day is the news's, when
            # it falls within a month of the document's (session 26)
            i = sentences.index(sent)
            if i + 1 < len(sentences) and ANNOUNCED_THIS.match(sentences[i + 1].text):
                told = [d for d in find_dates(sentences[i + 1].text, ref, exact) if document.date and _near(d.date, document.date)]
                told.sort(key=lambda d: -len(d.date))  # the most precise first ("am Dienstag (25. Juni)": the day)
                if told:
                    date, end_date = told[0].date, told[0].end_date
        same_day = kind in ("visit", "planned_visit") and bool(SAME_DAY.search(sent.text))
        if date is None and when is None and kind in ("visit", "planned_visit") and NEXT_LEG.search(sent.text) and (
                (person, kind) in last_trip or (same_day and person in last_any_trip)):
            # "After Pyongyang, X will head to Hanoi": the next leg of the trip (to come, or made) just told, in its
            # month (its own day unknown); "will continue on to Riyadh on the same day": that trip's day (the trip just told
            # may be of the other type: "has arrived in A …" then "will continue on to B on the same day")
            held, held_end = last_trip[(person, kind)] if (person, kind) in last_trip and not (
                same_day and person in last_any_trip) else last_any_trip[person]
            date, end_date = (held, held_end) if same_day else ((held_end or held)[:7], None)
        if date is None and when is None and kind in ("arrest", "surrender", "visit") and x.back is not None and x.sent is sent \
                and not days_apart(sent.text) and all(m.id == person for m in x.back.persons) \
                and (sequence_opening(sent.text) or x.act_back or not (ARREST.search(x.back.text) or SURRENDER.search(x.back.text))):
            # told without a day, resting on the sentence before that gives one ("returned on Tuesday. Hours later, he was arrested"),
            # when that sentence is about this person alone (its date may be another's) and tells no custody of its own ("was
            # arrested on December 12." "He has now been extradited": the arrest's day, not the transfer's) unless a
            # sequence opening ties them ("On arrival, police took him into custody") or this sentence names that act by its noun
            # ("was arrested on Wednesday. The arrest took place in Berlin", session 30)
            # (session 35) an opening that follows the arrival ("On landing,", 'Dopo essere atterrato,') takes the arrival's day, the
            # date nearest its verb ("landed on Wednesday, a day after his arrest on Tuesday": Wednesday)
            arrived = ARRIVAL_PAST.search(x.back.text) if ARRIVAL_SEQUENCE.search(sent.text) else None
            date, end_date = _pick_date(x.back, ref, arrived.start() if arrived else None, exact)
        if date is None and when is None and kind == "visit" and person and (nxt := _act_next(sent, sentences, text, person)) is not None:
            # (session 30) "X arrived in Ulaanbaatar. The visit began on Tuesday with a ceremony": the day the next sentence gives the
            # stay it names by its noun
            told = [d for d in find_dates(nxt.text, ref, exact) if not (ref and DateSpan.parse(d.date).surely_after(ref))]
            if len(told) == 1:
                date, end_date = told[0].date, told[0].end_date
        if kind == "visit" and date and when is None and ref and DateSpan.parse(date).surely_after(ref if exact else ref_last or ref):
            # (session 44, mnews142) a stay dated only now, by the sentence before or the one after ("X will pay an official visit
            # to Mongolia on September 3, the Kremlin said. It will be his first trip to …", 'Será el primer viaje …'): a day after
            # the document's is a trip to come, as a visit dated in its own sentence is above
            kind = "planned_visit"
        if date and kind in ("visit", "planned_visit") and person:
            last_trip[(person, kind)] = (date, end_date)
            last_any_trip[person] = (date, end_date)
        if date is None and kind in ("warrant_issued", "warrant_unsealed") and kind in last_date and ALSO.search(sent.text):
            date = last_date[kind]  # "The ICC also issued a warrant for …": the date of the warrant just told (in each language's
            # word: 'A instituição também emitiu outro mandado de prisão', session 29)
        if date is None and when is None and kind == "warrant_unsealed" and person and issued_before.get(person):
            # "The Court issued, this Friday, a warrant for X." "The Chamber made public the warrant …, issued under seal in
            # 2017": the unsealing told loosely as an issue just before, with the day this sentence does not give
            date, told_key = issued_before[person]
            if told_key in out and told_key != (kind, person, state, date):
                del out[told_key]
        if kind == "warrant_issued" and person and date and ref and _near(date, document.date):
            issued_before[person] = (date, (kind, person, state, date))
        if date is None and kind in LONG_AGO_KINDS and TOLD_LONG_AGO.search(_clause(sent.text, anchor)):
            return  # (session 30) "was arrested years ago", "s'était rendu en Mongolie à plusieurs reprises": recalled, no news
        if date:
            last_date[kind] = date
            # (session 38) the last act told with its day, for MOMENT_WHEN (by its place: a rule may emit on a sentence it rebuilt)
            last_told[:] = [next((j for j, y in enumerate(sentences) if y.start <= sent.start < y.end), -9), date, end_date]
        key = (kind, person or extra.get("person_name"), state, date if kind not in ("joint_statement",) else None)
        conf = 0.5 + (0.2 if person and any(p.id == person for p in sent.persons) else 0) + (0.1 if date else 0) + (0.1 if state else 0)
        # the lead in the present tense, or a headline that names a visit ("Bashir's visit to Kenya
        # stirs anger"): news of the document's day (any mention of the fact may say so)
        # a visit the lead tells as made without a day of its own ("greeted X when he arrived in …", "X joined other
        # leaders at the ceremony"): the news of the document's day, whatever the tense
        # (not a stay recalled to explain a refusal: "could not arrest X as he was in the country attending …"; nor one told as the
        # time of a failure the news is about: "why it failed to arrest X during his recent visit")
        # the lead of a headline that names the warrant, telling its issue in the simple past with no day ("ICC issues arrest
        # warrants for …" / "The Court issued an arrest warrant for X"); a joint statement the lead gives; a withdrawal the lead
        # tells in the present progressive ("X is withdrawing from the Rome Statute"): the news of the document's day
        # … and a withdrawal the next sentence says, by a pronoun for it, was announced, with no day of its own ("Ungarn will aus
        # dem IStGH austreten. Das kündigte der Kanzleramtsminister … an"): the announcement is the day's news (session 28)
        # … and a custody the lead tells with no day under a headline that names that custody ("X arrested in Libya" / "X was
        # arrested in Libya."), as a warrant's issue under a warrant headline (session 30)
        # … and a custody or warrant a wire's dateline lead tells with no day ("KAMPALA (Reuters) - Ugandan troops captured X,
        # the army said"), not in a relative clause about the person ("X, who was captured …"): the news the wire was filed
        # for (session 30)
        # (session 31) not a custody told as the time before the lead's own present ("X is now in the custody of the ICC following
        # his arrest in Manila", 'se encuentra en La Haya tras su detención'): the present is the main clause's, the arrest
        # before it has no day of its own
        # … and (session 40, mnews130) a finding of non-compliance the lead tells with no day of its own ("The Chamber found that
        # Mongolia failed to comply", 'La Sala concluyó que Mongolia no cumplió'), as an arrest or a warrant the lead tells so:
        # the news of the document's day: told by the Chamber's own act (not a referral alone, 'hat … nicht an die Versammlung
        # verwiesen'), not denied ('a démenti que les juges aient constaté'), not in the pluperfect ("had found"), nor in a story
        # reaching back a year
        as_time = kind in ("arrest", "surrender") and anchor is not None and bool(SUBORDINATE_BEFORE.match(sent.text, anchor))
        now = (id(sent) in lead and bool(PRESENT.search(sent.text)) and not as_time) or (id(sent) in lead and (
            (kind == "warrant_issued" and warrant_headline and bool(LEAD_ISSUED.search(sent.text)))
            or (kind == "arrest" and bool(LEAD_ARREST_TOLD.search(sent.text)) and not PLUPERFECT.search(sent.text))
            or kind == "joint_statement" or (kind.startswith("withdrawal") and bool(LEAD_PROGRESSIVE.search(sent.text))))) \
            or (kind == "withdrawal_announced" and _announced_next(sent, sentences)) \
            or (kind == "noncompliance_finding" and id(sent) in lead and bool(FINDING.search(sent.text))
                and not DENIAL.search(sent.text) and not FINDING_DECLINED.search(sent.text) and not PLUPERFECT.search(sent.text)
                and not re.search(r"\bhad\s+(?:(?:already|earlier|previously|once)\s+)?(?:found|held)\b", sent.text, re.I)
                and not _earlier_year(text[: sent.end], ref)
                and not (anchor is not None and RELATIVE_BEFORE.search(sent.text[:anchor]))) \
            or (kind == "withdrawal_announced" and id(sent) in lead and bool(WITHDRAWAL_ACT.search(sent.text) or JOINS_LEAVING.search(sent.text))
                and not WITHDRAWAL_DOUBT.search(sent.text) and not PLUPERFECT.search(sent.text) and _leaves_the_statute(sent)
                and not _not_fresh(sent.text)
                and not (anchor is not None and RELATIVE_BEFORE.search(sent.text[:anchor]))) \
            or (id(sent) in lead and ((kind in custody_headline and not PLUPERFECT.search(sent.text)
                                       and not _is_headline(sent.text, headline) and not SUBHEAD.search(sent.text))
                                      or (kind in ("arrest", "surrender", "warrant_issued", "warrant_unsealed") and _wire_lead(sent.text)))
                and not (anchor is not None and (RELATIVE_BEFORE.search(sent.text[:anchor]) or SUBORDINATE_BEFORE.search(_clause(sent.text[:anchor], anchor))))) \
            or (kind in custody_news and person is not None and (not news_persons or person in news_persons)
                and id(sent) not in opening and not as_time and not PLUPERFECT.search(sent.text)
                and not _earlier_year(text[: sent.end], ref)
                and not (anchor is not None and (RELATIVE_BEFORE.search(sent.text[:anchor]) or SUBORDINATE_BEFORE.search(_clause(sent.text[:anchor], anchor))))) \
            or (kind == "visit" and not RECALLED_STAY.search(sent.text) and (
            sent is sentences[0] or ((id(sent) in lead or id(sent) in lead_visit) and not REFUSAL.search(sent.text))
            or (bool(STAY_NOW.search(sent.text)) and not REFUSAL.search(sent.text))))
        if not now and date is None and kind in ("warrant_issued", "warrant_unsealed") and ALSO.search(sent.text) \
                and any(present.get(k) for k in out if k[0] == kind and k[3] is None):
            # (session 40, mnews131) "The judges also approved the warrant for Y" after a warrant told as the page's news with no
            # day of its own ('La CPI ordenó la detención de X … Los jueces también aprobaron la orden de arresto de Y'): the same
            # day's news, as "also" takes the day of a warrant told with its day
            now = True
        if isinstance(when, Untold):
            now = False  # (session 39, mleft25) a date the rule found untold on purpose: no present telling dates it to the day's
        perfect[key] = perfect.get(key, False) or (bool(PRESENT.search(sent.text)) and not as_time)
        if now and kind == "visit" and date is None and person and exact and ref is not None:
            last_any_trip[person] = (ref.isoformat(), None)  # a stay told as the day's news: a leg "on the same day" is that day's
        if key in out:
            present[key] = present[key] or now
            if kind == "joint_statement" and date is not None and out[key].date is None:
                # (session 34) a statement told first with no day of its own (a headline's present: "Brasil e mais 34 países declaram
                # apoio ao TPI"), then with its day ("assinou, no último dia 27, … declaração em apoio"): its day is the one told
                out[key] = out[key].model_copy(update={"date": date, "end_date": end_date})
            return
        present[key] = now
        out[key] = Candidate(
            id=_cid(document.id, kind, person or extra.get("person_name"), state, date), document=document.id, type=kind, person=person, state=state, date=date,
            end_date=end_date, citations=citations_in(sent.text), evidence=Evidence(sentence=sent.text.strip(), start=sent.start, end=sent.end),
            **({"support": [Evidence(sentence=back.text.strip(), start=back.start, end=back.end)]}
               if (back := (x.back if x.sent is sent else None)) is not None and "support" not in extra else {}),
            confidence=round(min(conf, 0.95), 2), method=method, **extra)

    # Headline and lead, where news of the day is told: the first three lines, and the first full
    # sentence of the body when a standfirst or a caption came before it.
    # The lead ends with the first full sentence's paragraph: a present-tense sentence in a later paragraph
    # ("The Court has issued arrest warrants for …" after the day's finding) is background, not the day's news.
    # (a full sentence ends as one: a long standfirst or subheading with no closing stop above the body is not the lead's
    # sentence, session 26)
    first_full = next((y for y in sentences if len(y.text.split()) >= 20 and not SUBHEAD.search(y.text)), None)
    # (and the sentences that open the first full sentence's paragraph before it: "Von red/epd" and a short first sentence
    # under a two-sentence standfirst, session 26)
    para_start = max((m.end() for m in re.finditer(r"\n\s*\n", text[: first_full.start])), default=0) if first_full else 0
    lead = {id(x) for x in [*sentences[:3], *([first_full] if first_full else []),
                            *(y for y in sentences if first_full and para_start <= y.start < first_full.start)]
            if first_full is None or x.start < _paragraph_end(text, first_full.start)}
    # (session 29) a page that repeats its lead further down (a teaser above a byline, then the body's first paragraph): the
    # repetition is the lead too, and may be the copy whose next sentences name the persons
    lead_texts = {" ".join(y.text.split()) for y in sentences if id(y) in lead and len(y.text.split()) >= 8}
    lead |= {id(y) for y in sentences if " ".join(y.text.split()) in lead_texts}
    # a visit is told as made in the paragraph after the lead's too ("… brushed off calls to arrest visiting X." "Y greeted X
    # when he arrived in …"): without a day of its own, the news of the document's day
    after_lead = _paragraph_end(text, _paragraph_end(text, first_full.start) + 2) if first_full else 0
    # the headline: the title, or a short first line with no full stop above the body (never the lead sentence itself)
    # (session 39, mtrap27: one rule for every headline reading) the title only when it is a headline (documents.headline),
    # not a slug or a file's name given for want of one ('outlet-icc-issued-warrants-for-x' is no headline): else the short
    # first line
    headline = documents.headline(document) or next((y.text for y in sentences[:1] if len(sentences) > 1 and len(y.text.split()) <= 16
                                                      and not y.text.rstrip().endswith(".")), "")
    warrant_head = headline
    warrant_headline = bool(WARRANT_WORD.search(warrant_head)) and not WARRANT_SOUGHT.search(warrant_head)
    # (session 30) the custody a headline names, told as done ("X arrested in Libya", "X handed over to the ICC"; not denied,
    # doubted or only sought): the lead's custody of that kind told with no day is the day's news, as a warrant's issue is under
    # a warrant headline
    # (not the headline itself, nor a heading line, read as the lead's sentence: "ICC: X surrendered to the ICC", "… Wishes Chad
    # Had Arrested …": the lead's sentence ends as a sentence does)
    told_head = headline
    custody_headline = {kind for kind, family in (("arrest", ARREST), ("surrender", SURRENDER))
                        if family.search(told_head) and not DENIAL.search(told_head) and not HYPOTHETICAL.search(told_head)
                        and not PLUPERFECT.search(told_head)}
    # (session 32) a surrender the headline or the body's first sentence tells as done (not denied, doubted or told in the
    # pluperfect; a first sentence ending as one does, not a heading line): the page is that custody's news, and a later sentence
    # telling a custody of that kind in the simple past with no day of its own ("Yekatom was surrendered to the court by the
    # authorities of A, it said") is that news told again, of the page's day, not background, unless a year before the page's
    # is named up to it (a story of earlier years recalled), or the page names other persons there (another's custody)
    # (the opening sentences themselves keep session 30's reading: a first sentence alone in the simple past is no day's news)
    opening = {id(y) for y in [*sentences[:1], *([first_full] if first_full else [])]}
    custody_news = set(custody_headline)
    news_persons: set[str] = set()
    for y in [*sentences[:1], *([first_full] if first_full else [])]:
        news_persons |= {m.id for m in y.persons}
        if not y.text.rstrip().endswith((".", "!", "?", "»", "”", '"')) or DENIAL.search(y.text) or HYPOTHETICAL.search(y.text) \
                or PLUPERFECT.search(y.text) or re.search(r"\b(?:never|not|n['’]t|no\s+longer)\b", y.text, re.I):
            continue
        custody_news |= {"surrender"} if SURRENDER.search(y.text) else set()
    custody_news &= {"surrender"}  # (an arrest told again later is read as before: its State is the sentence's own, often another place)
    lead_visit = {id(y) for y in sentences if y.start < after_lead}
    x = Ctx(spec=spec, text=text, sentences=sentences, scene=scene, emit=emit, cancelled=cancelled, ref=ref, exact=exact)
    named = frozenset(m.id for y in sentences for m in y.persons)  # every person the document names (a former head by title)
    contexts: list[tuple[Sentence, list[str], bool]] = []  # (sentence, its persons, trip denied or supposed): the learned proposer's input
    for i, sent in enumerate(sentences):
        s = sent.text
        x.sent, x.s, x.nc, x.back, x.act_back = sent, s, None, None, False
        # not someone named only through another ("the first Gbagbo ally", "Bemba's lawyers"): "he" may still
        # be the person the document is about
        persons = [p for p in dict.fromkeys(m.id for m in sent.persons) if not only_related(sent, p)]
        office_at: list[int] = []
        if not persons and ref is not None:
            persons = _office_holder(sent, text, spec, ref, named, office_at)  # "Sudan's president, who faces charges, travelled to …"
        # a title after a preposition ("appeal the ruling against the Sudanese President", "the arrest of the embattled
        # Sudanese leader") is an object: neither the sentence's actor nor the one a later "he" means ("the visit of", "the
        # presence of" name their guest)
        if office_at and all(TITLE_AS_OBJECT.search(s[:a]) for a in office_at):
            persons = []
        if persons:
            x.focus = persons[-1]
            x.back = back_for_sequence(sentences, i, persons, text)  # "Hours later, police arrested X": the sentence before tells when
            if x.back is None and i and len(persons) == 1 and (ARREST.search(s) or SURRENDER.search(s)) and not find_dates(s, ref, exact) \
                    and {m.id for m in sentences[i - 1].persons} == set(persons) and not sentences[i - 1].others \
                    and not re.search(r"\n\s*\n", text[sentences[i - 1].end: sent.start]):
                # (session 30) "X flew into Manila on Tuesday. X was arrested at the airport": a custody told without a day, its
                # person named again just after the sentence that tells where and when they were (the same paragraph, no one else)
                x.back = sentences[i - 1]
        elif x.focus and (pm := pronoun(s, spec)) and not means_relative(text, mentions, x.focus, sent.start + pm.start(1), pm.group(1)) \
                and not (re.match(r"(?:his|her|the\s+(?-i:[A-Z]))", pm.group(1), re.I) and RELATION_AFTER.match(s, pm.end(1))) \
                and not _another_states_title(sent, pm.span(1), spec, x.focus) \
                and not (pm.group(1).lower() in ("he", "she")
                         and _untracked_between(text, sentences, i, x.focus, sent.start + pm.start(1), mentions, spec.title_words)):
            # (session 30: not "His envoy Yuri Ushakov arrived …", "The Israeli foreign minister landed …": the sentence's subject is
            # another, told through the person or their State)
            # (not "… his wife, Sara, will return … She traveled to the U.S.": the relative just named)
            persons = [x.focus]
            x.back = refers_back(text, sentences, i, x.focus, mentions, spec.title_words)
            if x.back is None and (back := refers_back(text, sentences, i, x.focus, mentions, spec.title_words, ACT_OPENING)) is not None \
                    and not _told_ahead(back.text):
                x.back, x.act_back = back, True  # "landed on Tuesday. His visit to Mongolia is his first …": the act just told, named by its noun
        elif x.focus and SUBJECTLESS.match(s) and not sent.others \
                and not other_name_between(text, sent.start, sent.end, mentions, spec.title_words) \
                and (back := refers_back(text, sentences, i, x.focus, mentions, spec.title_words, SUBJECTLESS)) is not None:
            # (session 31) "X habló el lunes. Llegó a Ulán Bator el martes": a sentence with no subject is the act of the person the
            # sentence before named (no one else named between, in the same paragraph; no name after the verb: "Llegó el martes el
            # canciller Y")
            persons, x.back = [x.focus], back
        elif x.focus and ACT_OPENING.match(s) and \
                (back := refers_back(text, sentences, i, x.focus, mentions, spec.title_words, ACT_OPENING)) is not None \
                and not _told_ahead(back.text):
            # (session 30) "Police arrested X. The arrest took place in Berlin on Wednesday", "X landed on Tuesday. The visit to
            # Mongolia is his first …": the act the sentence before told, its place or day told in this one (not a trip the sentence
            # before tells is to come: "X will be in India on December 4. The state visit follows an invitation …" names that trip)
            persons, x.back, x.act_back = [x.focus], back, True
        elif x.focus and (ARREST.search(s) or SURRENDER.search(s) or ARRIVAL_PAST.search(s)
                          or (TRAVEL_FUTURE.search(s) and REPORTED_REFER.search(s))) and \
                (back := refers_back(text, sentences, i, x.focus, mentions, spec.title_words)) is not None \
                and not ((rm := REFER.search(s)) is not None and _another_states_title(sent, rm.span(), spec, x.focus)):
            persons, x.back = [x.focus], back  # "Hours later, he was arrested", "police arrested him": the person just named
            # (session 38: and a trip to come told by another's words, "Le Kremlin a annoncé qu'il se rendra en Mongolie")
        both_other = None
        if not persons and BOTH_SUBJECT.match(s) and (pair := _pair_before(sentences, i)):
            persons, both_other = [pair[0]], pair[1]  # "A and B spoke on Tuesday. Both men will travel to C": each one's trip
        if sent.others and (not sent.persons or max(m.start for m in sent.others) > max(m.start for m in sent.persons)):
            x.focus = None  # the last person named is a namesake: "he"/"she" after it is not the warrant subject
        if not persons and x.focus and VENUE.search(s) and any(MEETING_AHEAD.search(y.text) and any(m.id == x.focus for m in y.persons)
                                                               for y in x.sentences_before(2)):
            persons = [x.focus]  # "… spoken about a new meeting. Budapest is being discussed as the venue.": the meeting's
        x.persons = persons
        if persons:
            _group_named(x, sentences[i - 1] if i else None, persons, text, sentences[max(0, i - 5): i])
        states_before = list(x.states or [])  # the sentence before's States (a place told back: PLACE_BACK)
        x.states, x.ambiguous = [], []
        actors: list[str] = []
        theatres: list[str] = []  # (session 39) States named only as the war's or the crimes' theatre ("the invasion of Ukraine")
        named_actors: list[str] = []
        dateline = DATELINE.match(s)
        placed: list[tuple[int, str]] = []  # (offset in the sentence, State) of each State named
        for m in sent.states:
            if dateline and m.start - sent.start < dateline.end():
                continue  # "THE HAGUE, Netherlands, December 14, 2011/APO/ —": where the story was filed
            if m.kind == "DEMONYM" and OUTLET_AFTER.match(s, m.end - sent.start):
                continue  # "told Indian news website Firstpost": the outlet's country, not a party to the fact
            code, amb = _resolve_state(m, s, text, spec)
            if code:
                placed.append((m.start - sent.start, code))
            if code and code not in x.states:
                x.states.append(code)
            x.ambiguous += amb
            # a State named only as a conflict's theatre ("the Gaza War", "the war in Ukraine") is no actor a later sentence
            # that names none may mean
            before = s[max(0, m.start - sent.start - 40): m.start - sent.start].lower()
            # (the language's own words for the crimes' or the war's place too: "wegen Kriegsverbrechen in der Ukraine")
            conflict_after = CONFLICT_AFTER.match(s, m.end - sent.start)
            if conflict_after and not lexicon.english_word(conflict_after.group(0)):
                conflict_after = None  # (session 37) 'Kampala war Gastgeber': German 'was', no war
            theatre = bool(conflict_after or conflict_before(before) or CRIME_PLACE.search(before))
            if code and theatre:
                theatres.append(code)
            if code and code not in actors and not theatre:
                actors.append(code)
                if m.kind != "DEMONYM":
                    named_actors.append(code)
        for start, codes in _groups_named(s, spec.lexicon.get("state_groups") or []):
            # (session 33) a group of States named as one ("a annoncé le retrait des pays de l'AES", "the AES States said"): its
            # members, as data says who they are (state_names.yaml ``monitor.groups``), when the sentence names none of them
            if not any(c in x.states for c in codes):
                for code in codes:
                    placed.append((start, code))
                    x.states.append(code)
                    actors.append(code)
                    named_actors.append(code)
        # a State named as a State outranks one only in a demonym ("Hungary is ready to host the Russian and American
        # leaders. … will be able to enter the country": the host, not the visitors' countries)
        if named_actors or actors:
            x.last_state = (named_actors or actors)[-1]
        x.theatres = [c for c in dict.fromkeys(theatres) if c not in actors]
        dm = DENIAL.search(s)
        # a call to deny entry ("urged Jordan to deny entry to … or arrest him if he enters") is no denial
        denied = dm is not None and not (dm.group(0).lower().startswith("den") and CALL_TO.search(s[max(0, dm.start() - 60): dm.start()]))
        if denied and dm is not None and CALL_NEGATED.search(s, max(0, dm.start() - 120), dm.end()) \
                and not DENIAL.search(s, dm.end()):
            denied = False  # (session 44) a call that the trip not be made ('forderten, X nicht in Tadschikistan zu empfangen',
            # "urged Tajikistan not to receive X"): asked of another, not a trip denied; the trip told after it stands
        if denied and dm is not None and dm.group(0).lower().startswith("den") and re.search(r"\b(?:should|must|ought to|could|would|may|might|to)\s+$", s[:dm.start()], re.I):
            denied = False  # "Tajikistan should deny entry to X or arrest him": a denial asked for, not a trip denied
        if denied and dm is not None and dm.group(0).lower().startswith("den") and re.search(
                r"^[^.;]{0,80}?\b(?:had |has |have )?(?:left|leaving|leave|fled|fleeing|flee|departed|cut short|cutting short|cut his|cut her)\b",
                s[dm.end():], re.I):
            denied = False  # "denied reports that he had left early": a departure denied, so the stay itself is told
        if denied and dm is not None and dm.group(0).lower().startswith("den") and (cm := _CANCEL_AFTER.match(s, dm.end())) \
                and not DENIAL.search(s, cm.end()):
            denied = False  # "denied reports that the visit had been cancelled": a cancellation denied, so the trip stands
        if denied and dm is not None and RUMOUR_OF_WARRANT.fullmatch(dm.group(0)) and RUMOUR_ABOUT.match(s, dm.end()):
            denied = False  # "was staying in Hong Kong on Monday, amid rumors that the ICC was about to issue a warrant": the rumour
            # is of a warrant or an arrest, the stay itself is told (session 27)
        if denied and dm is not None and MEETING_CALLED_OFF.search(s[:dm.start()]) and not DENIAL.search(s, dm.end()):
            denied = False  # "… meetings planned in Washington, including one with a think tank that was cancelled": a meeting called
            # off, the trip stands (session 27)
        if denied and dm is not None and CANCELLED_TIE.match(s, dm.end()) and not DENIAL.search(s, dm.end()):
            denied = False  # (session 47, mnews154) 'la Hongrie a annoncé qu'elle annulait son adhésion à la Cour', "cancelled its
            # membership": a tie or a text cancelled, not a trip; the stay the sentence tells stands

        if denied and dm is not None and (put_off := lexicon.postponed_proceeding(spec.lexicon)) is not None:
            spans = [m.span() for m in put_off.finditer(s)]
            trip_noun = lexicon.trip_noun(spec.lexicon)
            # (the clause from its start to the proceeding: "The trip was postponed after the court's ruling" puts off the trip)
            spans = [(a, b) for a, b in spans for c in [max((m.end() for m in re.finditer(r"[.;,]", s[:a])), default=0)]
                     if not TRIP_WORDS.search(s, c, b) and not (trip_noun and trip_noun.search(s, c, b))]
            if spans and all(any(a <= d.start() and d.end() <= b for a, b in spans) for d in DENIAL.finditer(s)):
                denied = False  # "The court postponed ruling till Monday": a proceeding put off, not a trip (session 37)
        if denied and dm is not None and SKIPPED_PART.fullmatch(dm.group(0)) and ARRIVAL_PAST.search(s[:dm.start()]) \
                and STAY_THEN.search(s[:dm.start()]):
            denied = False  # "He attended the ceremony but skipped the luncheon": a part of a stay told as made, missed
        went = _went_ahead(s, dm) if denied and dm is not None else None
        own = {c for p in persons or ([x.focus] if x.focus else []) for c in spec.nationality.get(p, [])}
        if went is not None and {c for o, c in placed if o < went} - own <= {c for o, c in placed if o >= went}:
            # "The Kremlin had denied the trip, but he landed in Ulaanbaatar on Monday": the trip went ahead (to the States
            # the denial named, or to none named before the turn but the traveller's own; not "denied he would go to A, but
            # he will attend in B")
            denied = False
        hm = HYPOTHETICAL_TRIP.search(s)
        if hm and re.search(r"\b(?:which|that|who)\b[^.;]{0,80}\b(?:oblig\w*|bound|requir\w*|must|dut(?:y|ies))\b[^.;]{0,60}\b(?:arrest|detain)\w*\b[^.;]{0,40}$",
                            s[:hm.start()], re.I):
            hm = None  # "… is visiting Mongolia, … the Rome Statute, which obligates signatories to arrest Putin if he enters their
            # territory": the warrant's reach told in a relative clause, not this trip supposed
        x.denial = denied or bool(hm)
        contexts.append((sent, list(persons), x.denial))
        if x.denial:
            # when the cancellation is old news, told with a date of its own a week or more before the
            # document's ("was postponed last month"), a trip announced for later than that date is another one
            # (a trip only supposed, "if he visits", has no time of its own: a date there is another clause's)
            told = _pick_date(sent, ref, None, exact)[0] if denied else None
            if told and not (ref and DateSpan.parse(told).surely_before(ref - dt.timedelta(days=7))):
                told = None
            if denied and told is None and SKIPPED_EVENT.search(s):
                told = SKIPPED  # "He skipped the G20 Summit in New Delhi": that gathering missed, not a stay told with its own day
            generic = not denied and not x.states and bool(ANY_STATE.search(s))
            if denied and i + 1 < len(sentences) and WENT_AHEAD_NEXT.match(sentences[i + 1].text) and ARRIVAL_PAST.search(sentences[i + 1].text) \
                    and not sentences[i + 1].others and all(m.id in (tuple(persons) or (x.focus,)) for m in sentences[i + 1].persons) \
                    and not _told_ahead(sentences[i + 1].text):
                # (session 30) "The Kremlin had denied X would go to Mongolia. But he landed in Ulaanbaatar on Tuesday": the next
                # sentence tells the trip made after all (as ``_went_ahead`` reads it within one sentence)
                generic = True
            for p in [] if generic else persons or ([x.focus] if x.focus else []):
                # (a trip supposed to any State at all, "could be arrested if he travels to any ICC member state", is the
                # warrant's reach, not this trip supposed)
                # the person's own State is no destination ("The visit was cancelled, the Kremlin said"): the trip it names
                sts = [c for c in x.states if c not in spec.nationality.get(p, [])]
                if not sts and not denied and hm and PLACE_BACK.search(s):
                    # (session 45, mnews145) "Das Treffen findet in Südafrika statt. Ob X dorthin reisen wird, ist unklar": the trip
                    # supposed is to the place the sentence before names, not any trip of the person's (the announced one elsewhere
                    # stands)
                    sts = [c for c in states_before if c not in spec.nationality.get(p, [])]
                cancelled.append((p, sts, denied, told))
        x.future = bool(TRAVEL_FUTURE.search(s)) or bool(FUTURE.search(s) and ARRIVAL.search(s)
                                                         and re.search(r"\b(will|next|expected|due|plans?|scheduled)\b", s, re.I))
        if loose:
            x.denial = False  # loose: denied and supposed trips give candidates (the assembly keeps them too)
        # One fact type after another (rules_court, rules_states, rules_travel); some take the sentence
        # (in the loose mode every rule sees every sentence).
        if (rules_court.warrants(x) or rules_states.joint_statement(x)) and not loose:
            if rules_court.warrant_as_grounds(x):
                rules_travel.custody(x)  # "was taken into custody in the French capital on a secret warrant … made public today"
            continue
        rules_court.noncompliance(x)
        if rules_states.withdrawal(x) and not loose:
            if x.persons:
                # (session 36) 'A Hungria anunciou, esta quinta-feira, que vai sair do TPI, no mesmo dia em que X se encontra de
                # visita a Budapeste': the State's leaving takes the sentence, and the person's stay told beside it is read too
                rules_travel.visits(x)
            continue
        rules_states.refusal(x)
        if rules_travel.custody(x) and not loose:
            continue
        told_before = len(out)
        rules_travel.visits(x)
        if len(out) == told_before and (guest := _welcomed_guest(sent, persons)) is not None:
            # (session 40, mnews132) "Putin received al-Bashir in Moscow", 'Wladimir Putin hat … al-Baschir empfangen': the host is
            # on the record too, named first, the subject of the welcome; its guest, named after, is the one whose stay is told
            x.persons = [guest, *[p for p in persons if p != guest]]
            rules_travel.visits(x)
            x.persons = persons
        if len(out) == told_before:
            rules_travel.during_visit(x)  # "Hungary is expected to announce during X's visit this week …": the trip named by its noun
        if len(out) == told_before and not x.denial and EXPECTED_PARTICIPANTS.search(s):
            _expected_participants(x, sentences[max(0, i - 2): i], persons, text, spec, ref, exact, emit)
        if both_other is not None:
            x.persons = [both_other]  # the pair's other member, read by the same rules (session 29)
            rules_travel.visits(x)
            x.persons = persons
    out = _unplaced_refusals(out, present, document)
    out = _gathering_dates(out, sentences, ref, exact, present, perfect)
    out = _ongoing_gathering(out, sentences, ref, exact, present, perfect)
    if model is not None or sink is not None:
        _learned(document, spec, sentences, contexts, ref, exact, out, emit, model, sink)
    if not any(c.type.startswith("withdrawal") for c in out.values()):
        _headline_withdrawal(document, spec, nlp, sentences, emit)
    # a person flown in to be handed over to the Court ("Gbagbo arrives in the Netherlands") is in custody,
    # not on a visit: no visit of theirs told as news of the document's weeks
    out = {k: c for k, c in out.items() if not (c.type == "visit" and c.person in x.to_court and (not c.date or _near(c.date, document.date)))}
    # "the chartered plane carrying X landed in Dubai", "he left Manila for The Hague, home to the ICC" in a story that tells X's
    # arrest or handover: X carried in custody, a transport, not a trip (a head of State's own plane "carrying X" stays a visit
    # where no custody of X is told)
    held: set[str | None] = {c.person for c in out.values() if c.type in ("arrest", "surrender") and c.person}
    held.update(x.to_court)
    out = {k: c for k, c in out.items() if not (c.type in ("visit", "planned_visit") and c.person in held and (
        CARRIED.search(c.evidence.sentence) or COURT_SEAT.search(c.evidence.sentence)))}
    out = _host_arrivals(out, present, held, sentences, spec, document)
    out = _credited(out, present, sentences, text, spec)
    if not loose:
        out = {k: c for k, c in out.items() if c.type == "arrest" or not _before_warrant(c, spec, document.date)}
    out = _held_state(out, sentences, text, spec)
    out = _lead_visit_time(out, present, sentences, text, spec, document, ref, exact)
    result = _assemble(document, out, present, cancelled, perfect, loose=loose)
    # an arrest before the first warrant is dropped only once assembled: it still tells where the person was held, the State of
    # a transfer told without one ("was arrested in Abidjan in April. On Tuesday he was transferred to The Hague")
    return result if loose else [c for c in result if not (c.type == "arrest" and _before_warrant(c, spec, document.date))]


def _group_named(x: Ctx, prev: Sentence | None, persons: list[str], text: str, before: list[Sentence]) -> None:
    """(session 39, mleft25) A group arrested, then named: the sentence before tells an arrest of a group by its count or its noun
    and names no one ("Three suspects were arrested on 23 November …", 'Trois suspects ont été arrêtés …'; ``GROUP_ARRESTED``), and
    this one names them ("They are A, B and C", 'Il s'agit de …', 'Se trata de …', 'Es handelt sich um …'; ``GROUP_NAMED``), or
    the sentence before ends on its list's opening ("Persons arrested pursuant to the warrant are Messrs."; ``GROUP_NAMED_NEXT``):
    the arrest of each person named, dated by the arrest's sentence, placed by it when it names one State (police "in Belgium,
    France and the Netherlands" place no one). Not persons named in another context ("Three witnesses testified. They are …",
    "Three men were arrested. The victims are …"), nor an arrest denied; the same paragraph only. ``before``: the five sentences
    before this one (``GROUP_NAMED_SAME``'s day)."""
    s = x.s
    if (same := GROUP_NAMED_SAME.search(s)) is not None and (am := ARREST.search(s)) is not None and am.start() < same.end() \
            and not negated_before(s, am.start()) and not DENIAL.search(s):
        # "Persons arrested pursuant to the warrant are Messrs. A, B and C": the persons named after it, dated by the sentence, or
        # else by the group's arrest a sentence just before told with its day and no one's name ("… arrested four individuals")
        when = None
        if not find_dates(s, x.ref, x.exact):
            told = [y for y in before if not y.persons and GROUP_ARRESTED.search(y.text) and ARREST.search(y.text)
                    and find_dates(y.text, x.ref, x.exact)]
            if told:
                y = told[-1]
                told_arrest = ARREST.search(y.text)
                assert told_arrest is not None  # the sentences kept above all tell an arrest
                when = _pick_date(y, x.ref, told_arrest.start(), x.exact)
        for p in dict.fromkeys(m.id for m in x.sent.persons if m.start - x.sent.start >= same.end() and m.id in persons):
            x.emit("arrest", x.sent, "rules:arrest", person=p, state=None, anchor=am.start(), when=when)
        return
    if prev is None or prev.persons or re.search(r"\n\s*\n", text[prev.end: x.sent.start]):
        return
    if not (GROUP_NAMED.search(s) or GROUP_NAMED_NEXT.search(prev.text)):
        return
    am = ARREST.search(prev.text)
    if am is None or not GROUP_ARRESTED.search(prev.text) or negated_before(prev.text, am.start()) or DENIAL.search(prev.text) \
            or HYPOTHETICAL.search(prev.text[:am.start()]):
        return
    codes = {c for m in prev.states for c in [_resolve_state(m, prev.text, text, x.spec)[0]] if c}
    state = codes.pop() if len(codes) == 1 else None
    named = [p for p in persons if not only_related(x.sent, p)]
    for p in named:
        x.emit("arrest", prev, "rules:arrest", person=p, state=state, anchor=am.start(),
               support=[Evidence(sentence=x.sent.text.strip(), start=x.sent.start, end=x.sent.end)])


def _host_arrivals(out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool], held: set[str | None],
                   sentences: list[Sentence], spec: Spec, document: Document) -> dict[tuple[Any, ...], Candidate]:
    """(session 38) An arrival in the Court's host State (the State of its seat and detention, data/lookups/court_places.yaml) of a
    person the document tells in custody (an arrest, a surrender or a transfer to the Court told of them: 'Thomas Lubanga Dyilo
    est bien arrivé aux Pays-Bas par l'aéroport de Rotterdam' after 'l'arrestation de Thomas Lubanga') is the end of the
    transfer, not a visit: the surrender on the arrival's day when the document tells none of that person, else nothing more.
    An arrival elsewhere, or of a person the document tells in no custody, stays a visit."""
    hosts = {p.get("state") for p in spec.lexicon.get("court_places") or [] if p.get("state")}
    if not any(c.type == "visit" and c.state in hosts for c in out.values()):
        return out
    # the custody told of a person by a sentence that names them (or no one: 'cuando fue detenido por tropas francesas'), even
    # with no day or place of its own ('la nouvelle de l'arrestation de X'): not denied, supposed, asked for or feared just
    # before its words
    told: set[str | None] = set()
    unnamed: set[int] = set()  # the sentences that tell a custody of no one named (a description: 'Le chef des miliciens …')
    for i, y in enumerate(sentences):
        for t in (ARREST.search(y.text), SURRENDER.search(y.text), IN_CUSTODY.search(y.text), IMPRISONED.search(y.text)):
            if t is None:
                continue
            before = y.text[max(0, t.start() - 40): t.start()]
            if DENIAL.search(before) or HYPOTHETICAL.search(before) or WARRANT_SOUGHT.search(before):
                continue
            told |= {m.id for m in y.persons}
            if not y.persons:
                unnamed.add(i)
    held = held | told
    at = {y.start: i for i, y in enumerate(sentences)}
    surrendered: set[str | None] = {c.person for c in out.values() if c.type == "surrender" and c.person}
    kept: dict[tuple[Any, ...], Candidate] = {}
    for k, c in out.items():
        # (a custody of no one named counts in the three sentences after the arrival's, where the story goes on about the one arrived)
        near = c.evidence.start in at and bool(unnamed & {at[c.evidence.start] + d for d in (1, 2, 3)})
        if not (c.type == "visit" and c.state in hosts and (c.person in held or near) and (not c.date or _near(c.date, document.date))):
            kept[k] = c
            continue
        if c.person in surrendered:
            continue
        key = ("surrender", c.person, None, c.date)
        kept[key] = c.model_copy(update={"type": "surrender", "state": None, "method": "rules:host_arrival",
                                         "id": _cid(document.id, "surrender", c.person, None, c.date)})
        present[key] = present.get(k, False)
        surrendered.add(c.person)
    return kept


def _unplaced_refusals(out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool],
                       document: Document) -> dict[tuple[Any, ...], Candidate]:
    """(session 36) A plain refusal whose sentence tells no occasion to arrest ("Mongolia did not arrest X.", read by
    ``rules_states.plain_refusal``) stands only beside a visit of the same person to the same State the document tells, and
    takes that visit's day when it has none of its own; without one, it is dropped (the State may never have had the chance)."""
    stays: dict[tuple[str, str], str | None] = {}
    for c in out.values():
        if c.type == "visit" and c.person and c.state and not stays.get((c.person, c.state)):
            stays[(c.person, c.state)] = c.date
    kept: dict[tuple[Any, ...], Candidate] = {}
    for k, c in out.items():
        if c.type != "refusal" or c.method != rules_states.UNPLACED_REFUSAL:
            kept[k] = c
            continue
        if c.person is None or c.state is None or (c.person, c.state) not in stays:
            continue
        day = c.date or stays[(c.person, c.state)]
        key = ("refusal", c.person, c.state, day)
        if key not in out and key not in kept:
            kept[key] = c.model_copy(update={"date": day, "method": "rules:plain_refusal",
                                             "id": _cid(document.id, "refusal", c.person, c.state, day)})
            present[key] = present.get(k, False)
    return kept


#: Held in a State before a transfer, in the languages read: "Détenu depuis avril en Côte d'Ivoire", "held since April in …",
#: "detained in …", "seit April in … inhaftiert" is not read (the participle after the place) (session 26).
HELD_IN = re.compile(r"\b(?:held|detained|jailed|imprisoned|in\s+custody|d[ée]tenue?s?|incarc[ée]r[ée]e?s?|emprisonn[ée]e?s?|"
                     r"detenid[oa]s?|encarcelad[oa]s?|detenut[oa]|detid[oa]|pres[oa])\b(?:\s+[\w'’-]+){0,3}?\s+"
                     r"(?:in|en|au|aux|à|dans|nel|nella|in\s+der|em|no|na)\s+$", re.I)


def _expected_participants(x: Any, before: list[Sentence], persons: list[str], text: str, spec: Spec, ref: dt.date | None,
                           exact: bool, emit: Any) -> None:
    """(session 41, mleft30) A host's list of the persons expected at a gathering ("Expected participants include …", 'Entre los
    participantes previstos figuran …', 'Parmi les participants attendus figurent …', ``EXPECTED_PARTICIPANTS``) told a sentence
    or two after the one naming the gathering, its one place and its day ("On 10 October 2025, Dushanbe will host the CIS Heads
    of State Summit."): each person listed plans a trip to that place's State on that day, when the day is not past (a gathering
    over gives none; a person at home gives none, as ``emit`` drops a trip to one's own State)."""
    from iccwatch.monitor.assemble import GATHERING_WORD
    from iccwatch.monitor.mentions import _destinations

    if ref is None or not persons:
        return
    for y in reversed(before):
        if not GATHERING_WORD.search(y.text):
            continue
        places = _destinations(y, text, spec)
        days = find_dates(y.text, ref, exact)
        if len(places) != 1 or not days or DateSpan.parse(days[0].date).last < ref:
            return
        for p in persons:
            emit("planned_visit", x.sent, "rules:planned_visit", person=p, state=places[0], when=(days[0].date, days[0].end_date))
        return


def _lead_visit_time(out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool], sentences: list[Sentence],
                     text: str, spec: Spec, document: Document, ref: dt.date | None, exact: bool) -> dict[tuple[Any, ...], Candidate]:
    """(session 41, mleft30) A visit the lead tells as made with no day of its own ('Die Mongolei empfing X und nahm ihn nicht
    fest', the page's news, which the assembly dates to the page), when a later sentence naming the same person names their own
    trip by its noun with its time right after it ('… X während seines Besuchs Anfang September nicht festgenommen zu haben',
    "during his visit in early September", ``OWN_TRIP_NOUN``): the lead's visit is that trip, of the time told, when that time is
    not after the page's and within the 62 days before it (a trip of another year is another trip) and the noun's phrase names
    no other State ("during his visit to China in early September" is another trip)."""
    from iccwatch.monitor.dates import find_dates

    if not document.date or ref is None:
        return out
    for key, c in list(out.items()):
        if c.type != "visit" or c.date is not None or not present.get(key) or not c.person:
            continue
        for y in sentences:
            if y.start <= c.evidence.start or not any(m.id == c.person for m in y.persons):
                continue
            told = None
            for noun in OWN_TRIP_NOUN.finditer(y.text):
                tail = re.split(r"[,;:.]", y.text[noun.end(): noun.end() + 80])[0]
                found = [d for d in find_dates(tail, ref, exact) if d.start <= 40]
                if not found:
                    continue
                d = found[0]
                lo, hi = noun.start() + y.start, noun.end() + y.start + d.end
                others = {code for m in y.states if lo <= m.start < hi
                          for code in [_resolve_state(m, y.text, text, spec)[0]] if code and code != c.state}
                if others or not _near(d.date, document.date, 62) or DateSpan.parse(d.date).surely_after(DateSpan.parse(document.date).last):
                    continue
                told = d.date
                break
            if told:
                out[key] = c.model_copy(update={"date": told, "id": _cid(document.id, c.type, c.person, c.state, told)})
                present[key] = False
                break
    return out


def _held_state(out: dict[tuple[Any, ...], Candidate], sentences: list[Sentence], text: str, spec: Spec) -> dict[tuple[Any, ...], Candidate]:
    """A surrender told without its State, in a story that places the person's detention in one State only ("Détenu depuis avril
    en Côte d'Ivoire, X … a été transféré au centre de détention de La Haye"): that State held the person and hands them over,
    as an arrest placed in one State does (assemble). Only a sentence that names the person, or no other person, places them;
    the Court's seat is no such State (session 26)."""
    waiting = {c.person for c in out.values() if c.type == "surrender" and c.person and not c.state}
    if not waiting or any(c.type in ("surrender", "arrest") and c.person in waiting and c.state for c in out.values()):
        return out
    places: dict[str, set[str]] = {}
    left: dict[str, set[str]] = {}  # (session 37) the places a departure leaves ("the plane left Bangui")
    for y in sentences:
        who = {m.id for m in y.persons}
        for m in y.states:
            if m.kind == "DEMONYM":
                continue
            before = text[max(y.start, m.start - 60): m.start]
            if HELD_IN.search(before) or ARRESTED_IN_PLACE.search(before) or ARRESTED_AFTER_PLACE.match(text, m.end, y.end):
                if COURT_SEAT.search(text[y.start: m.end + 5]):
                    continue  # "held in The Hague", "transferred to The Hague, where he is held in the Netherlands": the Court's seat,
                    # named before the place in the sentence, where custody ends
                found = places
            elif DEPARTED_FROM_PLACE.search(before) or DEPARTED_AFTER_PLACE.match(text, m.end, y.end):
                if COURT_SEAT.search(text[max(y.start, m.start - 4): m.end + 1]):
                    continue  # "the judges left The Hague": the Court's seat left, no State that held the person
                found = left
            else:
                continue
            code, _ = _resolve_state(m, y.text, text, spec)
            if not code:
                continue
            for p in waiting:
                if who <= {p}:
                    found.setdefault(p, set()).add(code)
    # a detention placed in one State gives it; else a transfer told leaving one State ('L'avion vient de quitter Bangui', 'una
    # delegación del tribunal que ha abandonado la República Centroafricana'): the State that held the person hands them over
    for p, codes in left.items():
        places.setdefault(p, codes)
    return {k: (c.model_copy(update={"state": next(iter(places[c.person]))})
                if c.type == "surrender" and c.person in places and not c.state and len(places[c.person]) == 1 else c)
            for k, c in out.items()}


#: A named gathering a trip goes to ("will attend a military parade in Beijing", "would attend the BRICS summit in South Africa"):
#: its head noun, with the word before it that names it ("BRICS", "Victory Day") when there is one.
GATHERING = Worded("GATHERING", r"(?:\b([\w'’-]+)\s+)?\b({gathering}|{meeting})\b")
#: The words that may come between a gathering's noun and its date in the same clause ("the parade next week", "the BRICS summit in
#: August", "the "Victory Day" parade on September 3", "the summit, scheduled for 22-24 August", "the summit will be held on 29 October", session 27).
GATHERING_TO_DATE = re.compile(r"[\s\"”’']*(?:,\s*)?(?:(?:which\s+|that\s+)?(?:is\s+|was\s+|will\s+be\s+|would\s+be\s+|is\s+to\s+be\s+)?(?:scheduled|set|planned|due|slated|to\s+be\s+held|held|"
                               r"taking\s+place|opening|starting)\s+)?(?:(?:on|in|for|from|at|this|next|the|of|early|late|mid-?)\s+)*$", re.I)
#: A generic word before a gathering's noun, which names no gathering apart ("the summit", "a military parade").
_GENERIC_BEFORE = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "military", "annual", "upcoming", "next",
                             "planned", "forthcoming", "coming", "same", "whole", "to", "at", "of", "in", "for", "attend", "attending"})


#: A gathering the document tells as under way on its day (session 27): "on the sidelines of the ongoing 27th African Union (AU)
#: summit", "the summit, now under way in Kigali" (group 1: the words between the adjective and the noun, its name).
ONGOING_GATHERING = Worded("ONGOING_GATHERING", r"\b(?:ongoing|on-going|continuing|current)\s+((?:[\w'’().-]+\s+){0,5}?)({gathering}|{meeting})\b"
                            r"|\b()({gathering}|{meeting})\b,?\s+(?:which\s+is\s+|that\s+is\s+)?(?:now\s+|currently\s+)?under\s*way\b")


def _generic_before(word: str) -> bool:
    """A word before a gathering's noun that names no gathering apart: English's (``_GENERIC_BEFORE``) or the document's
    language's articles and determiners (its ``generic_before``: 'le', 'la', 'einem', 'il', 'a'; session 49, mslot49b)."""
    if word in _GENERIC_BEFORE:
        return True
    told = (lexicon.language_words() or {}).get("generic_before")
    return bool(told) and lexicon.compiled_words(rf"(?:{told})").fullmatch(word) is not None


def _gathering_to_date(between: str) -> bool:
    """The words between a gathering's noun and its date in one clause: English's (``GATHERING_TO_DATE``) or the document's
    language's (its ``gathering_to_date``: 'est prévu le', 'está prevista para el', 'am', 'ist für den'; session 49, mslot49b)."""
    if GATHERING_TO_DATE.fullmatch(between):
        return True
    told = (lexicon.language_words() or {}).get("gathering_to_date")
    return bool(told) and lexicon.compiled_words(rf"(?:{told})").fullmatch(between) is not None


@functools.lru_cache(maxsize=64)
def _group_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{n})" for n in names))  # (case-sensitive: an abbreviation is written in capitals)


def _groups_named(sentence: str, groups: list[dict[str, Any]]) -> list[tuple[int, list[str]]]:
    """(offset, members) of each group of States the sentence names as one (state_names.yaml ``monitor.groups``; session 33)."""
    out = []
    for g in groups:
        m = _group_pattern(tuple(g["names"])).search(sentence)
        if m:
            out.append((m.start(), list(g["codes"])))
    return out


def _gatherings_named(sentence: str, words: Any) -> set[tuple[str, str]]:
    """The gatherings a trip's sentence names, each as its concept (in any of its words: "the summit", "le sommet", "the
    summits") and the word before its noun ("BRICS" of "the BRICS summit"; "" where none)."""
    return {(words.concept(m.group(2)) or m.group(2).lower(), (m.group(1) or "").lower()) for m in GATHERING.finditer(sentence)}


def _ongoing_gathering(out: dict[tuple[Any, ...], Candidate], sentences: list[Sentence], ref: dt.date | None, exact: bool,
                       present: dict[tuple[Any, ...], bool], perfect: dict[tuple[Any, ...], bool]) -> dict[tuple[Any, ...], Candidate]:
    """An undated trip to come to a gathering another sentence of the document tells as under way ("X is expected to join other
    leaders at the 27th African Union summit in Kigali" beside "on the sidelines of the ongoing 27th African Union (AU) summit"):
    the document's day (its month when the page gives only that), the gathering being held then. The same gathering: the same
    concept, and the trip's word before the noun, when it names one ("the BRICS summit"), among the words of the ongoing one's."""
    if ref is None:
        return out
    words = vocabulary()
    day = ref.isoformat() if exact else ref.isoformat()[:7]
    fixed: dict[tuple[Any, ...], Candidate] = {}
    for key, c in out.items():
        if c.type != "planned_visit" or c.date is not None:
            fixed.setdefault(key, c)
            continue
        names = _gatherings_named(c.evidence.sentence, words)
        hit = False
        for sent in sentences:
            if not names or sent.start == c.evidence.start:
                continue
            for m in ONGOING_GATHERING.finditer(sent.text):
                noun = m.group(2) or m.group(4)
                between = re.findall(r"[\w'’-]+", (m.group(1) or "").lower())
                head = words.concept(noun) or noun.lower()
                if any(head == h and (b in _GENERIC_BEFORE or b in between) for h, b in names):
                    hit = True
        new_key = (key[0], key[1], key[2], day)
        if not hit or new_key in out or new_key in fixed:
            fixed.setdefault(key, c)
            continue
        fixed[new_key] = c.model_copy(update={"date": day, "id": _cid(c.document, c.type, key[1], c.state, day)})
        present[new_key], perfect[new_key] = present.get(key, False), perfect.get(key, False)
    return fixed


def _gathering_dates(out: dict[tuple[Any, ...], Candidate], sentences: list[Sentence], ref: dt.date | None, exact: bool,
                     present: dict[tuple[Any, ...], bool], perfect: dict[tuple[Any, ...], bool]) -> dict[tuple[Any, ...], Candidate]:
    """An undated trip to come to a named gathering, dated by the gathering's own date told in another sentence of the document
    ("X will attend a military parade in Beijing. … the "Victory Day" parade on September 3"; "will attend the BRICS summit in
    August" in the lead, "would attend the BRICS summit in South Africa" in a later sentence): the date right after (or before)
    the same gathering's noun elsewhere, the finest told, never one already past at the document's date nor the day of a
    telling ("said on Friday"). (session 49, mslot49b) A trip to come dated only to a month ("will attend the summit in
    September", 'will kommende Woche … treffen' on a page whose next week is that month) takes the day the same gathering is
    told on elsewhere when that day falls in the trip's month ("The summit is set for 3 September", 'zu einem Treffen am 4.
    Februar eingeladen'): the same time, told finer; a day of another month is left (another gathering, or a month told
    loosely)."""
    if ref is None:
        return out
    words = vocabulary()
    fixed: dict[tuple[Any, ...], Candidate] = {}
    for key, c in out.items():
        month = c.date if c.date is not None and len(c.date) == 7 else None
        if c.type != "planned_visit" or (c.date is not None and month is None):
            fixed.setdefault(key, c)
            continue
        names = _gatherings_named(c.evidence.sentence, words)
        best: str | None = None
        best_end: str | None = None
        for sent in sentences:
            if not names or sent.start == c.evidence.start:
                continue
            for m in GATHERING.finditer(sent.text):
                head, before = words.concept(m.group(2)) or m.group(2).lower(), (m.group(1) or "").lower()
                if not any(head == h and (_generic_before(b) or _generic_before(before) or b == before) for h, b in names):
                    continue  # another gathering ("the G20 summit" is not "the BRICS summit")
                for d in find_dates(sent.text, ref, exact):
                    after = d.start >= m.end() and d.start - m.end() <= 40 and _gathering_to_date(sent.text[m.end(): d.start])
                    before_noun = d.end <= m.start(2) and m.start(2) - d.end <= 12 and re.fullmatch(r"[\s\"“”'’-]*", sent.text[d.end: m.start(2)])
                    if not (after or before_noun) or REPORTED_DAY.search(sent.text[max(0, d.start - 70): d.start]):
                        continue
                    if DateSpan.parse(d.date).surely_before(ref):
                        continue  # a gathering already held is not the one this trip goes to
                    if month is not None and not (len(d.date) == 10 and d.date.startswith(month + "-")):
                        continue  # (session 49) a trip dated to its month takes only a day of that month
                    if best is None or len(d.date) > len(best):
                        best, best_end = d.date, d.end_date
        if best is None:
            fixed.setdefault(key, c)
            continue
        new_key = (key[0], key[1], key[2], best)
        if new_key not in out and new_key not in fixed:
            fixed[new_key] = c.model_copy(update={"date": best, "end_date": best_end,
                                                  "id": _cid(c.document, c.type, key[1], c.state, best)})
            present[new_key], perfect[new_key] = present.get(key, False), perfect.get(key, False)
    return fixed


def _before_warrant(c: Candidate, spec: Spec, document_date: str | None) -> bool:
    """True for an arrest of a recorded person made before the first warrant's issue; for a refusal in a document written before
    it; for a trip of a recorded person the
    record holds no arrest warrant for, or one made (or announced, when undated) before the first warrant's issue: the set's trips are those of persons under a warrant (a summons, a
    Prosecutor's application or a warrant still to come makes none). A record without warrants checks nothing."""
    if c.type == "arrest" and c.person and spec.warranted.get(c.person):
        # an arrest made before the Court issued any warrant for the person ("captured by his rival's forces" months before
        # the first warrant): the custody of another authority, not an arrest on the Court's warrant
        when = c.date or document_date
        if not when:
            return False
        return DateSpan.parse(when).last < DateSpan.parse(spec.warranted[c.person]).first
    if c.type == "refusal" and c.person and spec.warranted.get(c.person) and document_date:
        # a State saying it would not comply with a warrant in a document written before the Court issued any for the person
        # ("countries that have declared they would not comply with an ICC arrest warrant", months before it): a stance on a
        # warrant still to come, not a refusal of one (session 26; a person with no warrant recorded is left as before)
        return DateSpan.parse(document_date).last < DateSpan.parse(spec.warranted[c.person]).first
    if c.type not in ("visit", "planned_visit") or not c.person or not spec.warranted:
        return False
    if c.person not in spec.warranted:
        return True
    issued, when = spec.warranted[c.person], c.date or document_date
    if not (issued and when):
        return False
    return DateSpan.parse(when).last < DateSpan.parse(issued).first


def _learned(document: Document, spec: Spec, sentences: list[Sentence], told: list[tuple[Sentence, list[str], bool]], ref: dt.date | None,
             exact: bool, out: dict[tuple[Any, ...], Candidate], emit: Any, model: dict[str, Any] | None, sink: list[Any] | None) -> None:
    """The learned proposer's candidates (monitor/learned.py), emitted like a rule's where the rules gave none of that
    type for that person, so the date picker and the document-level guards treat them as any other."""
    from iccwatch.monitor import learned

    ctxs = learned.contexts(document, spec, sentences, told, ref, exact)
    if (model or {}).get("features") == "reader" or getattr(sink, "reader", False):
        learned.reader_features(document, spec, ctxs)  # (session 49) the trained reader's features
    if sink is not None:
        sink.extend(ctxs)
    if model is None:
        return
    taken = {(learned.FAMILY.get(c.type, c.type), c.person) for c in out.values() if c.person}
    before = set(out)
    prob: dict[tuple[str, str, str | None], float] = {}
    for kind, c, p in learned.proposals(ctxs, model, taken):
        emit(kind, c.sent, "learned", person=c.person, state=c.state, anchor=c.anchor)
        for k in (kind, *learned.TRIPS) if kind in learned.TRIPS else (kind,):
            prob[(k, c.person, c.state)] = max(p, prob.get((k, c.person, c.state), 0.0))
    for key in set(out) - before:
        cand = out[key]
        if cand.method == "learned":
            out[key] = cand.model_copy(update={"confidence": round(min(prob.get((cand.type, cand.person or "", cand.state), 0.5), 0.95), 2)})


#: A body sentence that refers back to the headline's act: "The announcement late yesterday …", "The decision …".
BACK_REFERENCE = R(r"^\W*(?:the|this|its|their)\s+(?:\w+\s+)?(?:announcement|decision|withdrawal|move)\b")


def _headline_withdrawal(document: Document, spec: Spec, nlp: Any, sentences: list[Sentence], emit: Any) -> None:
    """A withdrawal told by the headline ("Gambia to withdraw from International Criminal Court") and dated by a body
    sentence that refers back to it ("The announcement late yesterday comes after …"): the headline's one State, on the
    day the body gives. The headline alone gives nothing (no date, no event of its own). (Session 39) Only a real headline
    (``documents.headline``): a file's name the loader gave for want of a title tells no withdrawal."""
    title = documents.headline(document) or ""
    if not (WITHDRAW.search(title) and STATUTE.search(title)) or REVOKE.search(title):
        return
    codes = {_resolve_state(m, title, title, spec)[0] for m in _mentions(nlp(title), spec)
             if m.kind in ("STATE", "PLACE") and not is_demonym(m, spec)} - {None}
    if len(codes) != 1:
        return
    for sent in sentences[:3]:
        if BACK_REFERENCE.search(sent.text) and find_dates(sent.text, DateSpan.parse(document.date).first if document.date else None,
                                                           len(document.date or "") == 10):
            emit("withdrawal_announced", sent, "rules:withdrawal_headline", state=next(iter(codes)))
            return


#: A call on someone to act ("urged Tajikistan to", "calling on Jordan to either", "asks X to"): what follows is asked, not done.
CALL_TO = R(r"\b(?:call\w*|urg\w*|ask\w*|demand\w*|press\w*|appeal\w*)\s+(?:on\s+|upon\s+)?(?:[\w'’.-]+\s+){1,4}?to\s+(?:either\s+)?$")


#: A sentence that credits a State's authorities with a custody or a transfer ("His arrest and surrender were made
#: possible through the cooperation of the Congolese authorities", "thanked the authorities of Niger", "a plane
#: chartered by the Ivorian authorities").
CREDIT = R(r"\b(?:cooperation|assistance|thank\w*|chartered|flown|flew|transfer\w*|handed|surrender\w*|extradit\w*|arrest\w*|serv\w* (?:the |a )?warrant)\b")


def _credited(out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool], sentences: list[Sentence], text: str,
              spec: Spec) -> dict[tuple[Any, ...], Candidate]:
    """An arrest or surrender told without its State takes the one State whose authorities the document
    credits with a custody or transfer (no State when it credits several). (Session 32) A crediting sentence that names
    persons of the record credits their custody only ("… was transferred to the ICC on Saturday. The authorities of A
    surrendered Y to the Court": not the first person's); a custody told in the document's language (its own arrest and
    surrender words: "Les autorités de A l'ont remis à la Cour", "Las autoridades de A lo entregaron a la Corte") credits as
    the English words do."""
    if not any(c.type in ("arrest", "surrender") and c.person and not c.state for c in out.values()):
        return out
    # a sentence naming several States ("Police in Kenya, Uganda and Rwanda arrested the three suspects") credits none
    several = {y.start for y in sentences if len({_resolve_state(m, y.text, text, spec)[0] for m in y.states} - {None}) > 1}
    credits: list[tuple[str, frozenset[str]]] = []  # (State, the persons the sentence names: none credits anyone's custody)
    for sent in sentences:
        if (CREDIT.search(sent.text) or SURRENDER.search(sent.text) or ARREST.search(sent.text)) and sent.start not in several:
            named = frozenset(m.id for m in sent.persons)
            for code in authorities_states(sent, sent.text, lambda m, sent=sent: _resolve_state(m, sent.text, text, spec)[0]):
                credits.append((code, named))

    def credited_for(person: str) -> list[str]:
        return list(dict.fromkeys(code for code, named in credits if not named or person in named))

    kept: dict[tuple[Any, ...], Candidate] = {}
    for k, c in out.items():
        credited = credited_for(c.person) if c.type in ("arrest", "surrender") and c.person and not c.state else []
        if len(credited) == 1:
            nk = (k[0], k[1], credited[0], k[3])
            if nk in out or nk in kept:
                continue
            kept[nk] = c.model_copy(update={"state": credited[0], "id": _cid(c.document, c.type, c.person, credited[0], c.date)})
            present[nk] = present.get(k, False)
        else:
            kept[k] = c
    return kept
