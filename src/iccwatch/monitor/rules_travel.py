"""Where persons under warrant are: arrests, surrenders, visits and planned visits."""

from __future__ import annotations

import re

from iccwatch.monitor.lexicon import (
    ARREST,
    ARREST_NOT,
    ARRIVAL,
    ARRIVAL_PAST,
    DETENTION_STATE,
    HOSTING,
    HYPOTHETICAL,
    SURRENDER,
    TRAVEL_FUTURE,
)
from iccwatch.monitor.mentions import _arrest_state, _destinations, subject
from iccwatch.monitor.rules_context import Ctx, pos


def custody(x: Ctx) -> bool:
    """Arrests and surrenders (not when only supposed, asked for, or a detention that goes on). True
    when nothing more is to be read from the sentence (no person, or the sentence was about custody)."""
    s, sent = x.s, x.sent
    sm = SURRENDER.search(s)
    am = ARREST.search(s)
    if am and DETENTION_STATE.search(s[max(0, am.start() - 20): am.end() + 25]):
        am = None  # "remains detained", "detained at the Court's facility since March": a state, not an arrest
    if not x.persons and (am or sm) and not x.denial:
        # "Italian police arrested a Libyan warlord…" then his name in the next sentence
        nxt = x.next_sentence()
        if nxt is not None and not (ARREST.search(nxt.text) or SURRENDER.search(nxt.text)):
            x.persons = list(dict.fromkeys(m.id for m in nxt.persons))[:1]
    if not x.persons:
        return True
    if sm and HYPOTHETICAL.search(s[max(0, sm.start() - 40): sm.start()]) or (sm and re.search(r"\b(?:calls?|urg\w+|ask\w*) (?:on )?", s[:sm.start()], re.I)):
        sm = None  # "should he be handed over", "calls on Germany to ensure his surrender"
    national = sm and re.match(r"\s+(?:himself\s+|herself\s+)?to\s+(?:the\s+)?(?:\w+\s+)?(?:police|authorities)\b", s[sm.end():], re.I)
    if national and not am and not x.denial:
        # "surrendered to the authorities of the Netherlands", "to police in The Hague": a State takes
        # him into its custody (an arrest); the Court's custody is a surrender only when told as well
        for p in subject(sent, x.persons, sm.start()):
            x.emit("arrest", sent, "rules:arrest", person=p, state=_arrest_state(sent, x.states, s), anchor=sm.start())
        if not re.search(r"\b(?:in|into) (?:its|the court'?s|the icc'?s|icc) custody\b", s, re.I):
            return True
    if sm and not x.denial:
        by = _arrest_state(sent, x.states, s)
        for p in subject(sent, x.persons, sm.start()):
            x.emit("surrender", sent, "rules:surrender", person=p, state=by, anchor=sm.start())
        if not (am and am.start() < sm.start()):
            return True
        # "arrested in Manila ... and handed over to the Court": both facts, each with its own date
    if am and HYPOTHETICAL.search(s[max(0, am.start() - 40): am.start()]):
        am = None  # "could be arrested", "if he were arrested", "whether he should be arrested"
    if am and not sent.persons and re.search(r"\b[A-Z][\w'’-]+\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?$", s[:am.start()]):
        am = None  # "… since April 2011, when Mr Gbagbo was arrested": someone the record cannot tell apart, not "he"
    if am and not ARREST_NOT.search(s[max(0, am.start() - 25): am.end() + 5]) and not x.denial:
        for p in subject(sent, x.persons, am.start()):
            x.emit("arrest", sent, "rules:arrest", person=p, state=_arrest_state(sent, x.states, s), anchor=am.start())
        # the arrest covers presence there; an earlier stay elsewhere may follow in the sentence
    return bool(x.denial or am)


def visits(x: Ctx) -> None:
    """Presence of a person under warrant in another State (told in the past or present), or a trip
    announced for the future; the subject must be the traveller."""
    s, sent, persons = x.s, x.sent, x.persons
    past = ARRIVAL_PAST.search(s)
    fut = TRAVEL_FUTURE.search(s)
    dest = _destinations(sent, x.text, x.spec)
    if not dest and re.search(r"\b(?:was|were|is) in the country\b", s, re.I) and x.states:
        dest = x.states[:1]  # "when the president was in the country": the State the sentence names
    if persons:
        dest = [d for d in dest if d not in x.spec.nationality.get(persons[0], [])]  # "Bashir of Sudan": his origin
    if not dest and (past or fut) and len(x.scene) == 1:
        dest = x.scene  # the place the headline names, for a sentence that names none
    if past and not HOSTING.search(s[max(0, past.start() - 25): past.end() + 10]) and sent.persons \
            and all(m.start - sent.start > past.start() for m in sent.persons if m.id == persons[0]):
        past = None  # the person comes after the verb: someone else arrived ("… where he will represent President X")
    if fut and not HOSTING.search(fut.group(0)) and not re.search(r"\b(meet|host|between|ensure|enter)", fut.group(0), re.I) \
            and sent.persons and all(m.start - sent.start > fut.end() for m in sent.persons if m.id == persons[0]):
        fut = None
    if past and not (fut and fut.start() < past.start()):
        for p in persons[:1]:
            for st in dest:
                x.emit("visit", sent, "rules:visit", person=p, state=st, ambiguous=x.ambiguous, anchor=past.start())
        return
    if fut or (x.future and ARRIVAL.search(s)):
        for p in persons[:1]:
            for st in dest:
                x.emit("planned_visit", sent, "rules:planned_visit", person=p, state=st, ambiguous=x.ambiguous, anchor=pos(fut))
