"""Events assembled over the whole document: dated and undated mentions of one fact merged, present-
tense news dated by the document, trips cancelled anywhere in the text removed, the headline's place as
a scene."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from iccwatch.model.dates import DateSpan
from iccwatch.monitor.documents import Document, headline
from iccwatch.monitor.gazetteer import Spec
from iccwatch.monitor.lexicon import PERFECT_TOLD, TOLD_LONG_AGO, Worded
from iccwatch.monitor.mentions import Sentence, _destinations, _mentions, cut_glued_headline

if TYPE_CHECKING:
    from iccwatch.monitor.extract import Candidate


def _cid(doc_id: str, *parts: object) -> str:
    return hashlib.sha256("|".join([doc_id, *map(str, parts)]).encode()).hexdigest()[:16]


def _scene(document: Document, spec: Spec, nlp: Any) -> list[str]:
    """States the headline names as a place ("Western envoys in Uganda walk out"): the setting of a
    sentence that names no place itself. The headline gives no event by itself. (Session 39) Only a real headline
    (``documents.headline``): a file's name the loader gave for want of a title ("Bashir in Kenya.txt") sets no scene."""
    title = headline(document)
    if not title:
        return []
    tdoc = nlp(title)
    mentions = _mentions(tdoc, spec)
    sent = Sentence(title, 0, len(title), states=[m for m in mentions if m.kind in ("STATE", "PLACE", "AMBIGUOUS")])
    return _destinations(sent, title, spec)


#: Facts that happen once to a person or a State: two dates a few days apart in one text are one event.
ONE_OFF = ("arrest", "surrender", "warrant_issued", "warrant_unsealed", "noncompliance_finding", "withdrawal_announced", "withdrawal_notified")


#: A warrant told as another than an earlier one.
ANOTHER_WARRANT = re.compile(r"\b(?:second|third|fourth|new|another|additional|further|fresh)\s+(?:arrest\s+)?warrants?\b", re.I)


def _distinct(cands: list[Candidate], document_date: str | None = None) -> list[Candidate]:
    """One candidate per event: a later mention dated within a week of an earlier one (or to the month
    that contains it) supports it instead of standing as another event. Of a one-off act dated to the document's own day
    and to a day of the week before it ("says it has made a finding", then "In a statement on Monday, the Court said …"),
    the day told before the report is the act's."""
    kept: list[Candidate] = []
    for c in cands:
        span = DateSpan.parse(c.date or "")
        twin = next((k for k in kept if DateSpan.parse(k.date or "").first - dt.timedelta(days=7) <= span.last
                     and span.first <= DateSpan.parse(k.date or "").last + dt.timedelta(days=7)), None)
        if twin is None:
            kept.append(c)
        else:
            i = kept.index(twin)
            held = DateSpan.parse(twin.date or "")
            if span != held and held.first <= span.first and span.last <= held.last:
                twin, c = c, twin  # "in January" then "on January 19": the day is the better date
            elif span != held and c.type in ONE_OFF and document_date and len(document_date) == 10 and twin.date == document_date \
                    and span.last < held.first and not _told_day(twin) and _told_day(c):
                twin, c = c, twin  # the document's day (the report's) against a day told before it: the act's day
            elif span != held and _calendar(c) and not _calendar(twin):
                # "following his arrest and extradition Wednesday", then "was arrested … on March 11": the calendar
                # date told of the fact itself is the better date than a weekday of a clause about several acts
                twin, c = c, twin
            elif span != held and _bracketed(twin) and not _bracketed(c):
                # "… issues arrest warrants for A and B (7 March 2024)", then "On 5 March 2024, the Chamber issued two warrants":
                # the date in brackets closing a headline is the statement's own, the other the act's (session 29)
                twin, c = c, twin
            kept[i] = twin.model_copy(update={"support": [*twin.support, c.evidence, *c.support]})
    return kept


def _bracketed(c: Candidate) -> bool:
    """True when the candidate's date is only the one its sentence gives in brackets at its very end ("… for A and B (7 March
    2024)"): a headline's or a statement's own date, not the act's."""
    from iccwatch.monitor.dates import find_dates

    if not c.date:
        return False
    sent = c.evidence.sentence.rstrip()
    m = re.search(r"\(([^()]{6,40})\)\W*$", sent)
    if not m:
        return False
    ref = DateSpan.parse(c.date).first
    inside = [d.date for d in find_dates(m.group(1), ref, True)]
    return c.date in inside and not any(d.date == c.date for d in find_dates(sent[: m.start()], ref, True))


def _told_day(c: Candidate) -> bool:
    """True when the candidate's sentence tells its date itself ("decided today", "on Monday"), not counting a dateline at its
    head (where the story was filed: the report's day, not the act's)."""
    from iccwatch.monitor.dates import find_dates
    from iccwatch.monitor.lexicon import DATELINE

    if not c.date:
        return False
    sent = c.evidence.sentence
    head = DATELINE.match(sent)
    body = sent[head.end():] if head else sent
    ref = DateSpan.parse(c.date).first
    return any(d.date == c.date for d in find_dates(body, ref, True))


def _calendar(c: Candidate) -> bool:
    """True when the candidate's evidence gives its date as a calendar date ("on March 11", "11 March 2025"), not
    only as a weekday or a relative day."""
    from iccwatch.monitor.dates import MONTHS, find_dates
    from iccwatch.monitor.lexicon import language_words

    ref = DateSpan.parse(c.date or "").first if c.date else None
    sent = c.evidence.sentence
    # the months of the language the document is read in too ("Na quarta-feira, 2 de abril de 2025", session 27)
    months = [*MONTHS, *((language_words() or {}).get("months") or {})]
    return any(d.date == c.date and any(m in sent[d.start: d.end].lower() for m in months) for d in find_dates(sent, ref, True))


#: The ``told`` of a cancellation that is a named gathering skipped ("He skipped the G20 Summit in New Delhi"), not a trip.
SKIPPED = "skipped-event"
#: A gathering named in a trip's own telling.
GATHERING_WORD = Worded("GATHERING_WORD", r"\b(?:{gathering}|{meeting})\b")  # the one vocabulary (monitor_words.yaml ``gatherings``)


def _later(items: list[tuple[tuple[Any, ...], Candidate]], told: str | None, document: Document | None = None) -> bool:
    """True when a trip is dated after the day a cancellation was told ("postponed last month", and the
    trip is for next Tuesday): another trip, which that cancellation does not touch. A gathering skipped ("skipped the G20
    Summit in New Delhi") touches no visit told as made within the document's week, nor a trip to come, that names no
    gathering ("landed in New Delhi on Thursday", "will visit China in October")."""
    if told == SKIPPED:
        # (nor a trip to come told without any gathering, "will visit China in October": a skipped summit is not that trip)
        return document is not None and bool(items) and all(
            ((c.type == "visit" and c.date and _near(c.date, document.date, 7)) or c.type == "planned_visit")
            and not any(GATHERING_WORD.search(ev.sentence) for ev in [c.evidence, *c.support])
            for _, c in items)
    if not told:
        return False
    end = DateSpan.parse(told).last
    return any(c.date and DateSpan.parse(c.date).surely_after(end) for _, c in items)


#: A trip announced as settled: "plans to visit Tajikistan on October 9", "will travel to", "is due to attend".
FIRM = re.compile(r"\b(?:will|plans?\s+to|planning\s+to|(?:is|are)\s+(?:due|scheduled|set|expected|to)\b|announced|confirmed)", re.I)
SUPPOSED = re.compile(r"\b(?:if|whether|unless|should|would|could|might)\b", re.I)


def _firm(items: list[tuple[tuple[Any, ...], Candidate]]) -> bool:
    """True when one sentence of a planned trip tells it as settled, with no condition in it: a trip only
    supposed elsewhere ("… or arrest him if he enters") does not undo it."""
    return any(FIRM.search(ev.sentence) and not SUPPOSED.search(ev.sentence)
               for _, c in items for ev in [c.evidence, *c.support])


def _near(date: str, document_date: str | None, days: int = 31) -> bool:
    """True when a fact's date may fall within ``days`` of the document's date (news, not background)."""
    if not document_date:
        return False
    fact, doc = DateSpan.parse(date), DateSpan.parse(document_date)
    return fact.last >= doc.first - dt.timedelta(days=days) and fact.first <= doc.last + dt.timedelta(days=days)


#: A wire's dateline opening a line: an upper-case place (its State in brackets or after a comma), then a comma: "BISHKEK, Oct 12
#: (Reuters) -", "BISHKEK, Oct 12: …" (the day follows it).
WIRE_PLACE = re.compile(r"\W*[A-Z][A-Z.'’/-]+(?:\s+[A-Z][A-Z.'’/-]+){0,3}(?:\s*\([^()\n]{1,40}\))?,\s*")


#: A dateline's place in title case (session 45), and the dash that must follow its date for it to be one.
TITLED_PLACE = re.compile(r"\W*[A-Z][\w.'’/-]+(?:\s+[A-Z][\w.'’/-]+){0,3},\s*")
DASH_AFTER_DAY = re.compile(r"\.?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]")


def story_day(document: Document) -> str | None:
    """The day a wire's dateline in the story's first lines gives ("BISHKEK, Oct 12 (Reuters) -" on a page dated the 13th: the
    12th; a page of early January and a dateline of December: the year before, as dates.find_dates reads a day with no year),
    when it is a day of the week before the page's, or the page's own; None when there is none or the page has no day.
    The story's present tense is that day's, not the page's (session 35)."""
    from iccwatch.monitor.dates import find_dates

    if not document.date or len(document.date) not in (7, 10):
        return None
    # (session 45, mleft36) a page dated only to its month: the dateline's day within that month ('Manila, 11 mar. (askanews) -'
    # on a page of March 2025), as the README's labels date such a story
    span = DateSpan.parse(document.date)
    ref = span.first if len(document.date) == 10 else span.last
    # (a headline glued to the lead is cut off first, as the extractor reads it: mentions.cut_glued_headline)
    lines = [x for x in cut_glued_headline(document.text, headline(document)).split("\n") if x.strip()][:4]
    for line in lines:
        place = WIRE_PLACE.match(line)
        # (session 45, mleft36) a place written in title case is a dateline only with a dash right after its date, an agency's name
        # in brackets between or not ('Manila, 11 mar. (askanews) -', "Kampala, March 4 (Reuters) -")
        titled = place is None and (place := TITLED_PLACE.match(line)) is not None
        if place is None:
            continue
        for d in find_dates(line, ref, True):
            if d.start != place.end() or len(d.date) != 10:
                continue
            if titled and not DASH_AFTER_DAY.match(line, d.end):
                continue
            day = DateSpan.parse(d.date).first
            if (span.first if len(document.date) == 7 else ref - dt.timedelta(days=7)) <= day <= ref:
                return d.date
        if titled:
            continue  # a line opened by a capitalised word and a comma with no date after it is no dateline: read on
        return None
    return None


def _assemble(document: Document, out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool],
              cancelled: list[tuple[str, list[str], bool, str | None]], perfect: dict[tuple[Any, ...], bool] | None = None,
              loose: bool = False) -> list[Candidate]:
    """Candidates over the whole document: the undated mentions of a fact support its dated one; a fact
    told in the present tense with no date takes the document's date; a denied, cancelled or remote trip
    anywhere in the document removes the trip, a trip only supposed ("if he enters") removes a planned
    one but not a visit the text tells as made; an arrest or surrender covers presence in that State.
    ``loose`` (the statistical filter's training candidates) keeps what those document-level guards remove."""
    # One event told with and without its State ("has turned himself in to the Court", then "surrendering
    # in the Central African Republic"): the State the document gives it, when it gives only one
    places: dict[tuple[str, str], set[str]] = {}
    # (session 37) the arrests told with no place of their own, before any is given the State of a surrender below: one with no
    # day either, beside a surrender of the same person, is that custody (the guard below), whatever State it is then given
    unplaced = {k for k, c in out.items() if c.type == "arrest" and not c.state}
    for c in out.values():
        if c.type in ONE_OFF and c.person and c.state:
            places.setdefault((c.type, c.person), set()).add(c.state)
    out = {k: (c.model_copy(update={"state": next(iter(places[(c.type, c.person)]))})
               if c.type in ONE_OFF and c.person and not c.state and len(places.get((c.type, c.person), ())) == 1 else c)
           for k, c in out.items()}
    # A surrender told without its State ("extradited to The Hague … on Tuesday") after an arrest the document
    # places ("surrendered to authorities in … the Central African Republic"): the State that held the person
    # hands them over, when the document places their arrest in one State only
    out = {k: (c.model_copy(update={"state": next(iter(places[("arrest", c.person)]))})
               if c.type == "surrender" and c.person and not c.state and not places.get(("surrender", c.person))
               and len(places.get(("arrest", c.person), ())) == 1 else c)
           for k, c in out.items()}
    # An arrest told without its State ("was arrested in October for …") in a story that places the person's surrender
    # in one State only ("his extradition … from the Central African Republic"): the State that handed the person
    # over is the one that held them
    out = {k: (c.model_copy(update={"state": next(iter(places[("surrender", c.person)]))})
               if c.type == "arrest" and c.person and not c.state and not places.get(("arrest", c.person))
               and len(places.get(("surrender", c.person), ())) == 1 else c)
           for k, c in out.items()}
    # A warrant the document tells was unsealed: "has issued" in its lead, with no date of its own, is the
    # unsealing told loosely, not an issue on the document's day. A surrender told with the person "detained
    # on the basis of the warrant" (no place, no day): the same custody, not another arrest.
    unsealed = {c.person for c in out.values() if c.type == "warrant_unsealed" and c.person}
    surrendered = {c.person for c in out.values() if c.type == "surrender" and c.person}
    out = {k: c for k, c in out.items()
           if not (c.type == "warrant_issued" and c.person in unsealed and (not c.date or c.date == document.date))
           and not (c.type == "arrest" and c.person in surrendered and not c.date and k in unplaced)}
    # A finding told once without the person whose arrest it concerns ("has made a finding of non-compliance by Zambia") and
    # once with them ("… had failed to arrest X"): one finding on that State, the person the only one its findings name
    judged: dict[str, set[str]] = {}
    for c in out.values():
        if c.type == "noncompliance_finding" and c.state and c.person:
            judged.setdefault(c.state, set()).add(c.person)
    out = {k: (c.model_copy(update={"person": next(iter(judged[c.state]))})
               if c.type == "noncompliance_finding" and c.state and not c.person and len(judged.get(c.state, ())) == 1 else c)
           for k, c in out.items()}
    groups: dict[tuple[Any, ...], list[tuple[tuple[Any, ...], Candidate]]] = {}
    for key, c in out.items():
        groups.setdefault((c.type, c.person or c.person_name, c.state), []).append((key, c))
    held = {(c.person, c.state) for c in out.values() if c.type in ("arrest", "surrender") and c.person}
    # The day's arrests (surrenders) told together: "Kilolo was arrested over the weekend … Kabongo in The
    # Netherlands, and Arido in France". An undated one takes the date of the document's one dated
    # arrest (surrender) of the same weeks, when there is exactly one such date.
    told = [(c, c.date or (document.date if present.get(k) else None)) for k, c in out.items()]
    news_dates = {kind: {d for c, d in told if c.type == kind and d and _near(d, document.date)} for kind in ("arrest", "surrender")}
    result: list[Candidate] = []
    # the present tense is the story's day: its wire dateline's when it gives one ("BISHKEK, Oct 12 (Reuters) -"), else the page's
    today = story_day(document) or document.date
    for (kind, who, state), items in groups.items():
        if not loose and kind in ("visit", "planned_visit") and any(p == who and (not sts or state in sts) and (denied or (kind == "planned_visit" and not _firm(items)))
                                                      and not _later(items, told, document) for p, sts, denied, told in cancelled):
            continue
        if not loose and kind == "visit" and (who, state) in held:
            continue
        # one stay told on two days ("travelled Saturday … for Sunday's inauguration") is one visit, one alert; one trip
        # announced as "next week" and "on September 3" is one planned visit
        dated = _distinct([c for _, c in items if c.date], document.date) if kind in (*ONE_OFF, "visit", "planned_visit") else [c for _, c in items if c.date]
        undated = [(k, c) for k, c in items if not c.date]
        if dated:
            # "has arrived in Pyongyang" (the day's news, told without a date) and "He visited Pyongyang in July 2000": two
            # events, not the old one supported by the new; the present telling takes the document's day
            # (so for a withdrawal: "The Hungarian Parliament has voted to withdraw …" and "Budapest announced in early April that
            # Hungary would withdraw": the vote, the day's news, beside the announcement it follows)
            now = [(k, c) for k, c in undated if present.get(k)] if document.date and kind in ("visit", "withdrawal_announced", "withdrawal_notified") else []
            if document.date and kind == "warrant_issued":
                # … and a warrant told as another than one recalled: "issued a second arrest warrant for X" beside "In August
                # last year the court issued its first arrest warrant for X" (not "has issued an arrest warrant for X", which
                # recalls the one warrant as often as it tells it) (session 29)
                now = [(k, c) for k, c in undated if present.get(k) and ANOTHER_WARRANT.search(c.evidence.sentence)]
            if now and document.date and not any(_near(c.date, document.date) if kind == "visit" else _within_week(c.date, document.date) for c in dated if c.date):
                k0, c0 = now[0]
                result.append(c0.model_copy(update={"date": today, "id": _cid(document.id, kind, who, state, today)}))
                undated = [(k, c) for k, c in undated if k != k0]
            first = dated[0]
            result.append(first.model_copy(update={"support": [*first.support, *(c.evidence for _, c in undated)]}))
            result += dated[1:]
            continue
        key, c = undated[0]
        support = [x.evidence for _, x in undated[1:]]
        if document.date and kind not in ("refusal",) and present.get(key):
            c = c.model_copy(update={"date": today, "id": _cid(document.id, kind, who, state, today)})
        elif document.date and len(document.date) == 7 and kind == "noncompliance_finding" and not loose and \
                PERFECT_TOLD.search(c.evidence.sentence) and not TOLD_LONG_AGO.search(c.evidence.sentence):
            # (session 37, mleft21) "The International Criminal Court has referred the governments of Uganda and Djibouti to the
            # United Nations Security Council for failing to arrest X", outside the lead of a page dated only to its month: the
            # finding told as just done is that month's news, as the lead's present-perfect news takes the page's date
            c = c.model_copy(update={"date": document.date, "id": _cid(document.id, kind, who, state, document.date)})
        elif kind in news_dates and len(news_dates[kind]) == 1:
            (day,) = news_dates[kind]
            c = c.model_copy(update={"date": day, "id": _cid(document.id, kind, who, state, day)})
        elif document.date and kind in ("arrest", "surrender") and (perfect or {}).get(key) and \
                any(d and d == document.date for o, d in told if o.person == who and o.type in ("arrest", "surrender")):
            # "… has been transferred to The Hague" later in a story whose custody of the same person is the
            # document's day ("left … on Tuesday after his arrest"): that custody's news, of the document's day
            c = c.model_copy(update={"date": document.date, "id": _cid(document.id, kind, who, state, document.date)})
        result.append(c.model_copy(update={"support": support}) if support else c)
    return result if loose else _news_only(_one_withdrawal(_one_trip(result, document), document), document)


def _within_week(date: str, document_date: str) -> bool:
    """True when ``date`` (a day, or a month that holds it) lies within a week of the document's date."""
    a, d = DateSpan.parse(date), DateSpan.parse(document_date)
    return a.first - dt.timedelta(days=7) <= d.last and d.first <= a.last + dt.timedelta(days=7)


def _headline(c: Candidate, document: Document) -> bool:
    """True when a candidate rests on the headline alone (the title, or the body's first line repeating it)."""
    title = " ".join((headline(document) or "").split())  # a file's name standing in for a title is no headline (session 39)
    return bool(title) and not c.support and " ".join(c.evidence.sentence.split()) == title


def _one_withdrawal(cands: list[Candidate], document: Document) -> list[Candidate]:
    """A headline's "X withdraws from the Rome Statute" over a body telling X's notification to the depositary: the
    headline names the notification the body tells, not an announcement of its own."""
    notified = {c.state for c in cands if c.type == "withdrawal_notified" and not _headline(c, document)}
    return [c for c in cands if not (c.type == "withdrawal_announced" and c.state in notified and _headline(c, document))]


#: A stay told only in reported speech in the past progressive ("the minister said X was attending the summit"): the speaker's
#: "is attending", an arrangement as often as a stay under way.
REPORTED_PROGRESSIVE = re.compile(r"\b(?:said|says|told|announced|confirmed)\b[^.;]{0,80}?\b(?:was|were)\s+(?:\w+ly\s+)?"
                                  r"(?:attending|visiting|going\s+to|travell?ing\s+to|heading\s+to)\b", re.I)


#: A trip told by its noun alone ("marks X's seventh visit to the United States", "his visit to Hungary is his first since …"), and
#: the verbs that tell a trip made or under way.
NOUN_ONLY = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|journey)\s+(?:to|in)\b", re.I)
VERB_OF_TRIP = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|touched\s+down|visited|(?:is|was|are|were)\s+(?:now\s+|currently\s+)?(?:in|visiting|attending)|"
                          r"met|meets|attended|attends|held\s+talks|holds\s+talks|toured|greeted|welcomed|received|hosted|began|begins|started|"
                          r"during|while|ended|concluded|completed|wrapped\s+up)\b", re.I)


def _one_trip(cands: list[Candidate], document: Document) -> list[Candidate]:
    """One trip told as under way ("heads to Nigeria", in the headline) and as made ("landed in Abuja on Sunday"):
    the visit, not also a planned visit of the same person to the same State. A stay told only in reported speech in the past
    progressive ("said X was attending the summit") beside a trip the document announces to come ("X will attend the summit
    in Amman this week") is that arrangement: the planned visit, not a visit made."""
    planned = {(c.person, c.state) for c in cands if c.type == "planned_visit"}
    arranged = {id(c) for c in cands if c.type == "visit" and (c.person, c.state) in planned and not c.support
                and REPORTED_PROGRESSIVE.search(c.evidence.sentence)}
    # "X departed for Washington on Tuesday …" then "This marks X's seventh visit to the United States": the trip's noun, told
    # without a verb of its own, names the trip the document announces to come, not a second one made
    arranged |= {id(c) for c in cands if c.type == "visit" and (c.person, c.state) in planned and not c.support
                 and NOUN_ONLY.search(c.evidence.sentence) and not VERB_OF_TRIP.search(c.evidence.sentence)}
    cands = [c for c in cands if id(c) not in arranged]
    made = {(c.person, c.state): c.date for c in cands if c.type == "visit" and c.date and _near(c.date, document.date, 7)}
    return [c for c in cands if not (c.type == "planned_visit" and (c.person, c.state) in made
                                     and (not c.date or _near(c.date, made[(c.person, c.state)], 7)))]


def _news_only(cands: list[Candidate], document: Document) -> list[Candidate]:
    """The facts the document reports as news, not its background: a one-off fact (arrest, surrender,
    warrant, finding, withdrawal) needs a date, and any fact but a planned trip a date within a month of
    the document's and finer than a year ("issued a warrant in 2009", "arrested last year", "still a member until June 2026"
    are what the story recalls or foresees, not what it reports). A document without a date keeps all."""
    if not document.date:
        return cands
    return [c for c in cands
            if c.type in ("refusal", "joint_statement") or (c.date is None and c.type not in ONE_OFF)
            or (c.date is not None and (c.type == "planned_visit" or (_near(c.date, document.date) and not _year_only(c, document))))]


def _year_only(c: Candidate, document: Document) -> bool:
    """A fact dated only to a year ("when he visited Jordan early this year") in a document dated to the day or month:
    what the story recalls, not the news of its weeks (news is told by its day, weekday or month)."""
    return len(c.date or "") == 4 and len(document.date or "") > 4
