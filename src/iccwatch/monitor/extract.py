"""From one document to candidate facts, each with its evidence (sentence and character offsets), a
confidence, and the method and model version that produced it. A pure function of the document and
the gazetteer spec: the same input always gives the same candidates, on any worker.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from iccwatch.model import parse_partial_date
from iccwatch.monitor.assemble import _assemble, _cid, _scene
from iccwatch.monitor.dates import FUTURE, find_dates
from iccwatch.monitor.documents import Document
from iccwatch.monitor.gazetteer import MODEL_VERSION, Spec, normalise, pipeline
from iccwatch.monitor.lexicon import (
    AGAINST,
    APPLICATION,
    ARREST,
    ARREST_NOT,
    ARRIVAL,
    ARRIVAL_PAST,
    BACKGROUND_WARRANT,
    CHAMBER,
    COUNT,
    DENIAL,
    DETENTION_STATE,
    DOMESTIC,
    DRAFTERS,
    FINDING,
    HOSTING,
    HYPOTHETICAL,
    HYPOTHETICAL_TRIP,
    JOINT,
    NEW_NAME,
    NGO,
    NONCOMPLIANCE,
    NOTIFIED,
    NUMBER_WORDS,
    PLEDGE,
    PRESENT,
    PRONOUN,
    REFUSAL,
    REFUSAL_MORE,
    REVOKE,
    STATUTE,
    SUPPORT,
    SURRENDER,
    TRAVEL_FUTURE,
    UNSEALED,
    WARRANT,
    WITHDRAW,
    R,
)
from iccwatch.monitor.mentions import (
    Sentence,
    _arrest_state,
    _destinations,
    _mentions,
    _resolve_state,
    _sentences,
)

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


def _count(text: str) -> int | None:
    m = COUNT.search(text)
    if not m:
        return None
    w = m.group(1).lower()
    if w.isdigit():
        return int(w)
    parts = re.split(r"[- ]", w)
    return sum(NUMBER_WORDS.get(p, {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}.get(p, 0)) for p in parts) or None


def _pick_date(sent: Sentence, ref: dt.date | None, anchor: int | None) -> tuple[str | None, str | None]:
    """The date expression nearest the trigger (after it preferred), as (date, end_date)."""
    dates = [d for d in find_dates(sent.text, ref)
             if not (d.start <= 2 and re.match(r"\s*[-–—]", sent.text[d.end: d.end + 3]))]  # "16 March 2018 - The …": a dateline
    if not dates:
        return None, None
    if anchor is None:
        return dates[0].date, dates[0].end_date
    best = min(dates, key=lambda d: (abs(d.start - anchor) + (0 if d.start >= anchor else 15)))
    return best.date, best.end_date


def extract_candidates(document: Document, spec: Spec) -> list[Candidate]:
    """Candidate facts in ``document``. Pure: depends only on the document and the spec."""
    from iccwatch.monitor import official as off

    kind_of = off.official_kind(document)
    if kind_of and not document.date:
        stated = off.header_date(document)
        if stated:
            document = document.model_copy(update={"date": stated})
    cands = _extract(document, spec)
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


def _extract(document: Document, spec: Spec) -> list[Candidate]:
    nlp = pipeline(spec)
    doc = nlp(document.text)
    ref = parse_partial_date(document.date)[0] if document.date else None
    mentions = _mentions(doc, spec)
    sentences = _sentences(doc, mentions, document.text)
    text = document.text
    out: dict[tuple[Any, ...], Candidate] = {}
    focus: str | None = None  # the warrant subject the text is about, for "he" and "the president"
    last_state: str | None = None
    present: dict[tuple[Any, ...], bool] = {}  # candidate key -> its sentence speaks in the present (perfect)
    cancelled: list[tuple[str, list[str]]] = []  # (person, States named) of denied, cancelled, remote trips
    scene = _scene(document, spec, nlp)

    def emit(kind: str, sent: Sentence, method: str, person: str | None = None, state: str | None = None, anchor: int | None = None,
             **extra: Any) -> None:
        if person and state and kind in ("visit", "planned_visit") and state in spec.nationality.get(person, []):
            return  # presence in one's own State is not a visit
        date = end_date = None
        if kind not in ("refusal",):
            date, end_date = _pick_date(sent, ref, anchor)
        if kind == "visit" and date and ref and parse_partial_date(date)[0] > ref:
            kind = "planned_visit"
        key = (kind, person or extra.get("person_name"), state, date if kind not in ("joint_statement",) else None)
        conf = 0.5 + (0.2 if person and any(p.id == person for p in sent.persons) else 0) + (0.1 if date else 0) + (0.1 if state else 0)
        if key in out:
            return
        present[key] = id(sent) in lead and bool(PRESENT.search(sent.text))
        out[key] = Candidate(
            id=_cid(document.id, kind, person or extra.get("person_name"), state, date), document=document.id, type=kind, person=person, state=state, date=date,
            end_date=end_date, citations=citations_in(sent.text), evidence=Evidence(sentence=sent.text.strip(), start=sent.start, end=sent.end),
            confidence=round(min(conf, 0.95), 2), method=method, **extra)

    lead = {id(x) for x in sentences[:3]}  # headline and lead: where news of the day is told
    for sent in sentences:
        s = sent.text
        persons = list(dict.fromkeys(m.id for m in sent.persons))
        if persons:
            focus = persons[-1]
        elif focus and PRONOUN.search(s):
            persons = [focus]
        if sent.others and (not sent.persons or max(m.start for m in sent.others) > max(m.start for m in sent.persons)):
            focus = None  # the last person named is a namesake: "he"/"she" after it is not the warrant subject
        states: list[str] = []
        ambiguous: list[str] = []
        for m in sent.states:
            code, amb = _resolve_state(m, s, text, spec)
            if code and code not in states:
                states.append(code)
            ambiguous += amb
        if states:
            last_state = states[-1]
        denial = bool(DENIAL.search(s)) or bool(HYPOTHETICAL_TRIP.search(s))
        if denial:
            for p in persons or ([focus] if focus else []):
                cancelled.append((p, list(states)))
        future = bool(TRAVEL_FUTURE.search(s)) or bool(FUTURE.search(s) and ARRIVAL.search(s) and re.search(r"\b(will|next|expected|due|plans?|scheduled)\b", s, re.I))
        low = s.lower()

        def pos(m: re.Match[str] | None) -> int | None:
            return m.start() if m else None

        # Warrants (the Court's own acts); a Prosecutor's application, a domestic warrant or a
        # background mention ("since the Court issued a warrant") gives nothing.
        wm = WARRANT.search(s) or (UNSEALED.search(s) if "warrant" in low else None)
        if wm and not DOMESTIC.search(s) and not BACKGROUND_WARRANT.search(s[: wm.end() + 5]) \
                and not (APPLICATION.search(s) and not WARRANT.search(s)):
            kind = "warrant_unsealed" if UNSEALED.search(s) else "warrant_issued"
            named = persons
            if len(named) < 2 and re.search(r"\bwarrants\b", s, re.I):
                # "issued arrest warrants for senior leaders." then the names in the next sentence
                nxt = next((x for x in sentences if x.start >= sent.end), None)
                if nxt is not None and not WARRANT.search(nxt.text):
                    named = list(dict.fromkeys(m.id for m in nxt.persons))
            for p in named:
                emit(kind, sent, "rules:warrant", person=p, anchor=wm.start())
            if not named:
                # Someone the record does not know yet: keep the name for the reviewer.
                for name in NEW_NAME.findall(s[wm.start():]):
                    name = name.strip()
                    if not any(w in name for w in ("International", "Criminal", "Court", "Chamber", "Prosecutor")):
                        emit(kind, sent, "rules:warrant_new_person", person_name=name, anchor=wm.start())
            continue
        block = [x for x in sentences if x.start >= sent.start][:3]
        if JOINT.search(s) and not NGO.search(s) and not AGAINST.search(s) and not (WITHDRAW.search(s) and STATUTE.search(s)) \
                and SUPPORT.search(" ".join(x.text for x in block)) and not re.search(r"\b(?:withdraw|leav|quit|exit|denounc|neo-?coloni)\w*", s, re.I):
            signed = list(states)
            for x in block[1:]:
                if JOINT.search(x.text) or re.search(r"\b(signed|signatories|joined|endorsed|backed|included|including)\b", x.text, re.I):
                    for m in x.states:
                        code, _ = _resolve_state(m, x.text, text, spec)
                        if code and code not in signed:
                            signed.append(code)
            drafters: list[str] = []
            dm = DRAFTERS.search(s)
            if dm:
                for m in sent.states:
                    if m.start - sent.start > dm.start():
                        code, _ = _resolve_state(m, s, text, spec)
                        if code:
                            drafters.append(code)
            count = _count(" ".join(x.text for x in block))
            emit("joint_statement", sent, "rules:joint_statement", signatories=sorted(set(signed)), drafters=drafters,
                 announced_count=count, partial=(count is not None and len(set(signed)) < count) or None, anchor=pos(JOINT.search(s)))
            continue
        nc = NONCOMPLIANCE.search(s)
        if nc and (not FINDING.search(s) or re.search(r"\bwhether\b", s[: nc.start()], re.I)):
            nc = None  # proceedings, a request to explain, a hearing on "whether it failed": no finding yet
        if nc and CHAMBER.search(s):
            forum = None
            window = " ".join(x.text for x in sentences if sent.start <= x.start <= sent.start + 600).lower()
            asp, unsc = "assembly of states parties" in window or re.search(r"\basp\b", window), "security council" in window
            if re.search(r"\b(not to refer|did not refer|no referral|declined to refer|without (?:a )?referral|decided not to refer|deferred)\b", window):
                forum = "none"
            elif asp and unsc:
                forum = "ASP+UNSC"
            elif asp:
                forum = "ASP"
            elif unsc:
                forum = "UNSC"
            anchor = pos(re.search(r"\b(ruled|found|finds|decided|held|concluded)\b", s, re.I)) or nc.start()
            for st in [x for x in states if x not in spec.lexicon["situation_states"] or len(states) == 1][:1] or [None]:
                emit("noncompliance_finding", sent, "rules:noncompliance", person=persons[0] if persons else None, state=st, forum=forum, anchor=anchor)
        wd = WITHDRAW.search(s)
        if wd and STATUTE.search(s) and not REVOKE.search(s) and not nc:
            kind = "withdrawal_notified" if NOTIFIED.search(s) else "withdrawal_announced"
            verb = re.search(r"\b(announc|decid|declar|vote|voted|approved|passed|adopted|repeal|notif|deposit|lodg|submit|began|begin|start|"
                             r"sign|promulgat|enact|transmit|serv|inform|present)\w*", s, re.I)
            if verb and not re.search(r"\b(took effect|takes effect|became effective|has not yet taken effect|effective (?:on|from)|since)\b", s, re.I):
                nm = NOTIFIED.search(s) if kind == "withdrawal_notified" else None
                for st in states:
                    emit(kind, sent, "rules:withdrawal", state=st, anchor=(nm or verb).start())
                continue
        rm = REFUSAL.search(s) or REFUSAL_MORE.search(s)
        if rm and not PLEDGE.search(s) and not nc:
            refusing = states or ([last_state] if last_state else [])
            for p in (persons or ([focus] if focus else []))[:1]:
                for st in [x for x in refusing if x not in spec.nationality.get(p, [])][:1]:
                    emit("refusal", sent, "rules:refusal", person=p, state=st)
        sm = SURRENDER.search(s)
        am = ARREST.search(s)
        if am and DETENTION_STATE.search(s[max(0, am.start() - 20): am.end() + 25]):
            am = None  # "remains detained", "detained at the Court's facility since March": a state, not an arrest
        if not persons and (am or sm) and not denial:
            # "Italian police arrested a Libyan warlord…" then his name in the next sentence
            nxt = next((x for x in sentences if x.start >= sent.end), None)
            if nxt is not None and not (ARREST.search(nxt.text) or SURRENDER.search(nxt.text)):
                persons = list(dict.fromkeys(m.id for m in nxt.persons))[:1]
        if not persons:
            continue
        if sm and HYPOTHETICAL.search(s[max(0, sm.start() - 40): sm.start()]) or (sm and re.search(r"\b(?:calls?|urg\w+|ask\w*) (?:on )?", s[:sm.start()], re.I)):
            sm = None  # "should he be handed over", "calls on Germany to ensure his surrender"
        if sm and not denial:
            by = _arrest_state(sent, states, s)
            for p in persons[:1]:
                emit("surrender", sent, "rules:surrender", person=p, state=by, anchor=sm.start())
            if not (am and am.start() < sm.start()):
                continue
            # "arrested in Manila ... and handed over to the Court": both facts, each with its own date
        if am and HYPOTHETICAL.search(s[max(0, am.start() - 40): am.start()]):
            am = None  # "could be arrested", "if he were arrested", "whether he should be arrested"
        if am and not ARREST_NOT.search(s[max(0, am.start() - 25): am.end() + 5]) and not denial:
            for p in persons[:1]:
                emit("arrest", sent, "rules:arrest", person=p, state=_arrest_state(sent, states, s), anchor=am.start())
            # the arrest covers presence there; an earlier stay elsewhere may follow in the sentence
        if denial or am:
            continue
        past = ARRIVAL_PAST.search(s)
        fut = TRAVEL_FUTURE.search(s)
        dest = _destinations(sent, text, spec)
        if not dest and re.search(r"\b(?:was|were|is) in the country\b", s, re.I) and states:
            dest = states[:1]  # "when the president was in the country": the State the sentence names
        if not dest and (past or fut) and len(scene) == 1:
            dest = scene  # the place the headline names, for a sentence that names none
        if past and not HOSTING.search(s[max(0, past.start() - 25): past.end() + 10]) and sent.persons \
                and all(m.start - sent.start > past.start() for m in sent.persons if m.id == persons[0]):
            past = None  # the person comes after the verb: someone else arrived ("… where he will represent President X")
        if fut and not HOSTING.search(fut.group(0)) and not re.search(r"\b(meet|host|between|ensure|enter)", fut.group(0), re.I) \
                and sent.persons and all(m.start - sent.start > fut.end() for m in sent.persons if m.id == persons[0]):
            fut = None
        if past and not (fut and fut.start() < past.start()):
            for p in persons[:1]:
                for st in dest:
                    emit("visit", sent, "rules:visit", person=p, state=st, ambiguous=ambiguous, anchor=past.start())
            continue
        if fut or (future and ARRIVAL.search(s)):
            for p in persons[:1]:
                for st in dest:
                    emit("planned_visit", sent, "rules:planned_visit", person=p, state=st, ambiguous=ambiguous, anchor=pos(fut))
    return _assemble(document, out, present, cancelled)
