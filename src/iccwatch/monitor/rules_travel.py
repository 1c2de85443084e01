"""Where persons under warrant are: arrests, surrenders, visits and planned visits."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from iccwatch.model.dates import DateSpan
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.lexicon import (
    ACT_OPENING,
    APPLICATION,
    APPOSED_PARTICIPLE,
    ARREST,
    ARREST_NOT,
    ARREST_SUPPOSED_AFTER,
    ARREST_SUPPOSED_BEFORE,
    ARRIVAL,
    ARRIVAL_PAST,
    ARRIVING_OPENING,
    AT_COURT,
    AWAITED_TRIP,
    BACK_AFTER_ARRIVAL,
    BARE_ARRIVAL,
    CLAUSE_STOP,
    CONDITION_OPENING,
    COUNTRY_ANAPHOR,
    COURT_CAPTOR_AFTER,
    COURT_CAPTOR_BEFORE,
    COURT_GROUND,
    COURT_OR_HAGUE,
    COURT_SEAT,
    CRIME_SCENE,
    CUSTODY_TOLD,
    DATELINE,
    DESCRIBED,
    DETENTION_STATE,
    DONE_THEN_PURPOSE,
    DURING_TRIP,
    FRESH_FROM,
    GROUNDS,
    GROUP,
    GROUP_ARRESTED,
    GROUP_CLAUSE,
    HAND_IN_NATIONAL,
    HELD_ADJECTIVE,
    HELD_NOUN_AFTER,
    HELD_PLACE,
    HOST_AHEAD,
    HOST_CUE,
    HOST_HEAD_AFTER,
    HOST_HEAD_BEFORE,
    HOST_OFFICE_BEFORE,
    HOST_WELCOME,
    HOSTING,
    HYPOTHETICAL,
    IN_CUSTODY,
    INDEFINITE_ARRESTED,
    INVERTED_AMONG,
    INVERTED_BE,
    KEPT_FROM_LEAVING,
    LISTING,
    MAIN_AHEAD,
    MAIN_PAST,
    MAIN_SUPPOSED,
    MAYBE_TRIP,
    MEETING_AHEAD,
    NATIONAL_GROUND,
    NEAR_MISS,
    NO_ONE_ATTENDED,
    NO_QUESTION,
    NONCOMPLIANCE,
    OPENING_BEFORE,
    OPENING_TO_SUBJECT,
    OPENING_TRIP,
    ORDER_PURPOSE,
    OTHER_COURT,
    OTHER_TRIBUNAL,
    OTHERS_ARRESTED,
    OTHERS_OBJECT,
    PLEDGE,
    RATHER_THAN,
    RELATIONS,
    RELEASE_THEN_GONE,
    REPORT_DENIED,
    REPORT_WORD,
    SENT_TO_COURT,
    SINCE_ARREST,
    STILL_AT_LARGE,
    SURRENDER,
    THINGS,
    TRANSFER_FROM,
    TRAVEL_FUTURE,
    TRAVELLER_AFTER,
    TRIP_BESIDE_INVITATION,
    TRIP_NOUN_TOLD,
    TRIP_WORDS,
    VENUE,
    VERB_SECOND,
    VERB_SECOND_OTHER,
    WARRANT_BY,
    WARRANT_NOUN,
    WITHIN_CUSTODY,
    Worded,
    compiled_words,
    custody_ahead,
    language_words,
    negated_before,
    passive_auxiliary,
    relative_opening,
)
from iccwatch.monitor.mentions import (
    Mention,
    Sentence,
    _arrest_state,
    _destinations,
    _resolve_state,
    is_demonym,
    listed_after,
    names_a_place,
    paired_places,
    subject,
)
from iccwatch.monitor.rules_context import UNTOLD, Ctx, pos

#: (session 42, mnews137) An invitation told as the occasion of a trip already set ("X's upcoming trip is said to be prompted by an
#: invitation from President Y", "comes at the invitation of", "following an invitation from"): the trip to come is announced, not
#: only invited to (an invitation alone, "has been invited to the summit next week", stays no trip; nor a bare "at the invitation
#: of" after a plan told in the past: "He was earlier expected to travel to Turkey at the invitation of President Y").
INVITATION_OCCASION = re.compile(r"\b(?:prompted|made|undertaken|organi[sz]ed|arranged|comes?|coming)\s+(?:\w+\s+)?(?:by|at|on|following|after|upon)\s+"
                                 r"(?:an?\s+|the\s+)?invitation\b", re.I)
#: A trip told by its noun (an "official visit", "his trip to"), which an invitation before it makes a trip invited to.
INVITED_TRIP_NOUN = re.compile(r"(?:state|official|working) visit|['’]s (?:[\w-]+ ){0,2}?(?:visit|trip|stay) (?:to|in)|(?:his|her|their) (?:visit|trip) to", re.I)


def _group_members(x: Ctx, at: int) -> list[str]:
    """The persons a group told by number or kind stands for ("arrested the other four individuals …",
    then "Persons arrested … are Messrs A, B, C and D"): the first of the next three sentences that lists
    two or more persons under a custody trigger or as a listing."""
    for nxt in [y for y in x.sentences if y.start >= x.sent.end][:3]:
        m = ARREST.search(nxt.text) or SURRENDER.search(nxt.text)
        if m is not None:
            listed = listed_after(nxt, m.start(), LISTING)
            if listed:
                return listed
    return []


#: A group word as the teller, not the taken: "… was arrested in France Monday, officials said".
REPORTING_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:said|say|says|told|confirmed|announced|reported|added|stated)\b", re.I)


def _subjects(x: Ctx, at: int, end: int) -> tuple[list[str], dict[str, str], int | None]:
    """Who a custody trigger at ``at`` is about, the State each was taken in when the text pairs them, and
    where a listed group's names begin: one person (the subject), or a group named in a list ("arrested
    on the same charges: A, B and C"), or named one by one with their places ("A was arrested in Belgium,
    B in The Netherlands")."""
    sent = x.sent
    pairs = paired_places(sent, x.text, x.spec)
    if len(pairs) >= 2:
        return list(pairs), pairs, None
    listed = listed_after(sent, end - 1, LISTING)
    if listed:
        first = min(m.start for m in sent.persons if m.id in listed and m.start - sent.start > at)
        return listed, pairs, first
    if not sent.persons and any(not REPORTING_AFTER.match(x.s, g.end() + max(0, at - 60))
                                for g in GROUP.finditer(x.s[max(0, at - 60): end + 60])):
        return _group_members(x, at), pairs, None
    return subject(sent, x.persons, at, relative_opening(x.spec.lexicon)), pairs, None


def _resolver(x: Ctx) -> Callable[[Mention], str | None]:
    """Settles an ambiguous State name by the document's context words (data/lookups)."""
    return lambda m: _resolve_state(m, x.s, x.text, x.spec)[0]


def _by(x: Ctx, who: list[str], pairs: dict[str, str], person: str, cutoff: int | None, after: int | None = None,
        surrender: bool = False) -> str | None:
    """The State of one custody event: its own place when paired; for a listed group, a State named before
    the list (the members' descriptions, "a member of the Congolese parliament", are no place); for a
    group, one State only when the sentence names one (police "in Belgium, France, The Netherlands and
    the DRC" arrested four: no telling who where)."""
    if person in pairs:
        return pairs[person]
    sent, states = x.sent, x.states
    if after is not None:  # "arrived in the Netherlands … after being detained": the place after the trigger
        kept = [m for m in sent.states if m.start - sent.start > after]
        sent = Sentence(sent.text, sent.start, sent.end, persons=sent.persons, states=kept)
        codes = {_resolve_state(m, x.s, x.text, x.spec)[0] for m in kept}
        states = [c for c in states if c in codes]
    if cutoff is not None:
        kept = [m for m in sent.states if m.start < cutoff]
        sent = Sentence(sent.text, sent.start, sent.end, persons=sent.persons, states=kept)
        codes = {_resolve_state(m, x.s, x.text, x.spec)[0] for m in kept}
        states = [c for c in states if c in codes]
    if surrender:
        # (session 36) "transferred to The Hague to answer charges of war crimes committed in Libya": the crimes' place is
        # not the State that handed the person over
        kept = [m for m in sent.states if not CRIME_SCENE.search(x.s[max(0, m.start - sent.start - 80): m.start - sent.start])]
        if len(kept) < len(sent.states):
            sent = Sentence(sent.text, sent.start, sent.end, persons=sent.persons, states=kept)
            codes = {_resolve_state(m, x.s, x.text, x.spec)[0] for m in kept}
            states = [c for c in states if c in codes]
    by = _arrest_state(sent, states, x.s, _resolver(x), surrender=surrender)
    return None if len(who) > 1 and len(set(states)) > 1 else by




def _custody_place_next(x: Ctx, person: str) -> str | None:
    """An arrest told without a place, then the custody told again in the next sentence with one ("… was arrested
    by the government on Tuesday." "The 79-year-old was taken into custody at the capital's airport after returning
    to …"): the State where that custody happened, when the next sentence names no other person."""
    nxt = x.next_sentence()
    am = (ARREST.search(nxt.text) or CUSTODY_TOLD.search(nxt.text)) if nxt is not None else None
    # (session 40, mleft28) or the person held in a place ("He was being held in Turin", 'si trovava detenuto a Torino'): the
    # places right after the words of holding, not the Court's seat, where custody ends
    held = HELD_PLACE.search(nxt.text) if nxt is not None and am is None else None
    if held is not None and nxt is not None and re.search(r"\bheld\b", held.group(0), re.I) and \
            not HELD_SUBJECT.match(nxt.text[: held.start()]) and not any(m.start - nxt.start < held.start() for m in nxt.persons):
        held = None  # "The hearing was held in Turin": an event held, not the person; "held" needs the person as its subject
    if held is not None and nxt is not None and not COURT_SEAT.search(nxt.text):
        am = held
    else:
        held = None
    if nxt is None or am is None or any(m.id != person for m in nxt.persons) or nxt.others or SURRENDER.search(nxt.text):
        return None
    if re.match(r"(?:following|after|since|upon)\b", am.group(0), re.I) or \
            re.search(r"\b(?:after|following|since|upon)\s+(?:being\s+)?$", nxt.text[:am.start()], re.I):
        return None  # "arrived … in the Netherlands, following his arrest there": the places are the arrival's
    dl = DATELINE.match(nxt.text)
    kept = [m for m in nxt.states if not (dl and m.start - nxt.start < dl.end())]
    if held is not None:
        kept = [m for m in kept if held.end() <= m.start - nxt.start <= held.end() + 40]
    resolve: Callable[[Mention], str | None] = lambda m: _resolve_state(m, nxt.text, x.text, x.spec)[0]  # noqa: E731
    codes = list(dict.fromkeys(c for m in kept for c in [resolve(m)] if c))
    if not codes:
        return None
    return _arrest_state(Sentence(nxt.text, nxt.start, nxt.end, persons=nxt.persons, states=kept), codes, nxt.text, resolve)


#: (session 40, mleft28) The subject of "held" in English that is the person arrested: a pronoun or a noun of a person, not an
#: event ("The hearing was held in …").
HELD_SUBJECT = re.compile(r"\W*(?:(?:he|she|they)\b|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:\d+-year-old|suspect|man|woman|accused|detainee|"
                          r"prisoner|fugitive|commander|leader|warlord|president|minister|general|officer|chief)\b)[^.;]{0,40}$", re.I)


#: Those who act, placed by "there": the State the sentence named before them.
THERE_ACTORS = re.compile(r"\b(?:officials|authorities|police|forces|officers|troops|security services)\s+there\b", re.I)


def _place_back(x: Ctx) -> str | None:
    """The one State the sentence an event rests on brings its person to ("landed in Manila on Tuesday." "Police arrested
    him at the airport"): its destinations, else its places, when they are one State."""
    back = x.back
    if back is None:
        return None
    dl = DATELINE.match(back.text)
    kept = [m for m in back.states if not (dl and m.start - back.start < dl.end())]
    # (session 30) not the place the person came from: "returned from Hong Kong on Tuesday. Hours later, he was arrested" (a
    # return with no place of its own is home: the person's own State, when the record gives one)
    came = [m for m in kept if CAME_FROM.search(back.text[max(0, m.start - back.start - 40): m.start - back.start])]
    kept = [m for m in kept if m not in came]
    sent = Sentence(back.text, back.start, back.end, persons=back.persons, states=kept)
    codes = set(_destinations(sent, x.text, x.spec)) or {c for m in kept for c in [_resolve_state(m, back.text, x.text, x.spec)[0]] if c}
    if not codes and came and RETURNED_FROM.search(back.text) and x.persons and len(x.spec.nationality.get(x.persons[0], [])) == 1:
        codes = set(x.spec.nationality[x.persons[0]])
    return next(iter(codes)) if len(codes) == 1 else None


def _hand_in_place(x: Ctx, person: str) -> str | None:
    """(session 33) A hand-in to a State's police or authorities told with no State in its sentence ("had already turned himself
    in to the authorities"): the one State the sentence before names, when it is in the same paragraph and speaks of the same
    person (its name, or no other person's), else the one State of the story's dateline when the hand-in is in the dateline's
    paragraph. Another person's paragraph gives nothing."""
    sent = x.sent
    before = x.sentences_before(1)
    if before and not re.search(r"\n\s*\n", x.text[before[0].end: sent.start]):
        back = before[0]
        if any(m.id == person for m in back.persons) and all(m.id == person for m in back.persons) and not back.others:
            dl = DATELINE.match(back.text)
            codes = {c for m in back.states if not (dl and m.start - back.start < dl.end()) and m.kind in ("STATE", "PLACE", "AMBIGUOUS")
                     for c in [_resolve_state(m, back.text, x.text, x.spec)[0]] if c}
            if len(codes) == 1:
                return next(iter(codes))
    lead = x.sentences[0] if x.sentences else None
    if lead is None or not DATELINE.match(lead.text) or re.search(r"\n\s*\n", x.text[lead.start: sent.start]):
        return None
    if any(m.id != person for y in x.sentences if lead.start <= y.start <= sent.start for m in y.persons):
        return None
    filed = _dateline_states(x, [])
    return next(iter(filed)) if len(filed) == 1 else None


def _custody_day_next(x: Ctx, person: str) -> tuple[str | None, str | None] | None:
    """An arrest told without a day, then the custody told again by its noun in the next sentence with one ("Police arrested
    X." "The arrest took place in Berlin on Wednesday."), naming no other person: that day (session 30)."""
    nxt = x.next_sentence()
    if nxt is None or not CUSTODY_TOLD.search(nxt.text) or any(m.id != person for m in nxt.persons) or nxt.others:
        return None
    told = find_dates(nxt.text, x.ref, x.exact)
    return (told[0].date, told[0].end_date) if len(told) == 1 else None


#: A place told as the one a person came from, just before its name: "returned from", "flew in from", "back from".
CAME_FROM = re.compile(r"\b(?:from|back\s+from|out\s+of)\s+(?:the\s+)?$", re.I)
#: A return home told with the place left only: "returned from Hong Kong", "flew back from Dubai".
RETURNED_FROM = re.compile(r"\b(?:return(?:ed|s|ing)?|came\s+back|flew\s+back|arrived\s+back)\s+(?:home\s+)?from\b", re.I)


#: A place a person was moved from: "flown from Berlin to Rotterdam", "transferred from Abidjan".
MOVED_FROM = re.compile(r"\b(?:flown|flew|transferred|sent|brought|extradited|taken|moved|escorted)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?$", re.I)


def _transfer_origin(x: Ctx, person: str) -> str | None:
    """The one State a surrender told without its State moved the person from (not the person's own, not the Court's host
    State): the surrendering State."""
    codes = {c for m in x.sent.states if MOVED_FROM.search(x.s[max(0, m.start - x.sent.start - 60): m.start - x.sent.start])
             for c in [_resolve_state(m, x.s, x.text, x.spec)[0]] if c and c != "NLD"}
    return next(iter(codes)) if len(codes) == 1 else None


#: An arrest or a handover escaped, told just before its verb: "escaped being arrested", "avoided being detained", "evaded
#: capture and being handed over" (the verb's own words follow).
ESCAPED_BEFORE = re.compile(r"\b(?:escap|avoid|evad|dodg|elud)\w*\s+(?:(?:being|getting)\s+)?(?:(?:arrested|detained|captured)\s+(?:and|or)\s+(?:being\s+)?)?$", re.I)


#: A description by rank, not an act told: "the first senior leader arrested by the ICC", "would be the first former head of
#: state transferred to the court" (read on the text before an arrest's or a surrender's trigger).
FIRST_DESCRIBED = re.compile(r"\bthe\s+(?:first|second|third|only|last|latest|fifth|fourth|\w+est)\s+(?:[\w-]+\s+){0,3}?(?:leader|person|suspect|commander|"
                             r"official|national|individual|man|woman|fugitive|accused|one|head of state|president)s?\s+(?:to\s+(?:be|have\s+been)\s+)?$", re.I)
#: Where a speaker is when speaking ("told Reuters by phone from France", "speaking from Paris"), read just before a State's name.
SPEAKER_FROM = re.compile(r"\b(?:by\s+(?:tele)?phone|speaking|via\s+video(?:\s+link)?)\s+from\s+(?:the\s+)?$", re.I)


def _speaker_place(x: Ctx, code: str) -> bool:
    """True when every mention in the sentence of the State ``code`` is where a speaker spoke from (session 33)."""
    told = [m for m in x.sent.states if _resolve_state(m, x.s, x.text, x.spec)[0] == code]
    return bool(told) and all(SPEAKER_FROM.search(x.s[max(0, m.start - x.sent.start - 40): m.start - x.sent.start]) for m in told)


def _mission_states(x: Ctx) -> set[str]:
    """The States named in the sentence only as a diplomatic mission's ("the US Embassy", "the embassy of France")."""
    s, sent = x.s, x.sent
    named: dict[str, bool] = {}
    for m in sent.states:
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if code is None:
            continue
        a, b = m.start - sent.start, m.end - sent.start
        mission = bool(MISSION_AFTER.match(s, b) or MISSION_BEFORE.search(s[max(0, a - 40): a]))
        named[code] = named.get(code, True) and mission
    return {c for c, only in named.items() if only}


def _late_arrival(s: str, past: re.Match[str]) -> bool:
    """True when a trip's verb denied just before it is a late arrival: "did not arrive in Budapest until Tuesday", 'no llegó a
    Budapest hasta el martes' (the document's language's ``late_until`` in monitor_words.yaml, read around the verb; English's
    'until' after it): the trip made, on that later day (session 36)."""
    words = (language_words() or {}).get("late_until")
    if words:
        return bool(compiled_words(words).search(s[max(0, past.start() - 60): past.end() + 100]))
    return bool(re.match(r"[^.;:]{0,80}?(?:until|till)", s[past.end():], re.I))


#: (session 42, mnews136) The pair's word of a meeting set ahead by its noun (lexicon.TRAVEL_FUTURE and each language's family:
#: "the summit scheduled for August 15 in Alaska between", 'la cumbre entre X y Y se celebrará'), in each language the monitor reads.
_MEETING_PAIR = re.compile(r"\b(?:between|entre|zwischen|tra|fra)\b", re.I)


def _meet_verb(told: str) -> bool:
    """True when a trip to come is told by a meeting's verb of the document's language ('rencontrera', 'se reunirá con',
    'incontrerà', 'wird … treffen'; monitor_words.yaml ``meet_verb``): the person may be its object (session 35)."""
    words = (language_words() or {}).get("meet_verb")
    return bool(words) and bool(compiled_words(words).search(told))


#: The words between a meeting's verb and the person it names as its object: at most a title ("President", 'el presidente
#: ruso,', 'con il leader del Cremlino'), not ending on a word of belonging ("the envoy of", 'l'envoyé de': another's meeting).
_MET_TITLE = re.compile(r"[\s,]*(?:with\s+)?(?:[\w'’.-]+[\s,]+){0,5}")
_MET_BELONGING = re.compile(r"\b(?:of|de|du|des|d['’]|di|del|della|dello|do|da|dos|das|von|vom|des)\s*$", re.I)


def _met_object(x: Ctx, past: re.Match[str], person: str) -> bool:
    """True when ``past`` is a meeting's verb told in the past ("met", 'a rencontré', 'se reunió con', 'ha incontrato', 'se
    encontrou com'; English's own or the language's ``meet_verb``) whose object is ``person``, named right after it (a title
    between at most), with a place named after the person that is not the person's own State ("officials met X in Moscow": no
    trip of X's, nor the one the sentence's opening tells) and the person not another's ("Putin's envoy") (session 36)."""
    s, sent = x.s, x.sent
    own = x.spec.nationality.get(person, [])
    for m in sent.persons:
        if m.id != person or m.start - sent.start < past.end():
            continue
        a, b = m.start - sent.start, m.end - sent.start
        between = s[past.end(): a]
        told = s[past.start(): a]
        verb = re.match(r"met\b", past.group(0), re.I) is not None or _meet_verb(told)
        if not verb or re.search(r"[.;:!?]", between) or not _MET_TITLE.fullmatch(between) or _MET_BELONGING.search(between):
            continue
        if re.match(r"\s*['’]s?\b|\s*,?\s+(?:envoy|aide|adviser|advisor|representative|minister|delegation|son|wife)\b", s[b:], re.I):
            continue  # "met Putin's envoy": another person met
        if any(st.start - sent.start >= b and (code := _resolve_state(st, s, x.text, x.spec)[0]) and code not in own
               for st in sent.states):
            return True
    return False


def _listed_attendee(between: str) -> bool:
    """True when the words between an attendance's verb and a person list the attendees, the person among them: a list's
    marker ("including", "among them"; a language's ``including``: 'dont', 'entre otros', 'tra cui', 'darunter') in the same
    clause, then at most a few words (a title) before the name (session 35)."""
    words = (language_words() or {}).get("including") or ATTENDEES_INCLUDING
    markers = list(compiled_words(words).finditer(between))
    marker = markers[-1] if markers else None
    return marker is not None and not re.search(r"[.;]", between[: marker.start()]) \
        and re.fullmatch(r"[\s,:]*(?:[\w'’.-]+[\s,]+){0,5}", between[marker.end():]) is not None


#: English's marker of a list of attendees after the attendance's verb (the other languages': monitor_words.yaml ``including``).
ATTENDEES_INCLUDING = r"\b(?:including|among\s+them|among\s+whom|notably|among\s+others)\b"


#: Where a relative clause stops: a comma, a semicolon, a dash between spaces, a long dash or a closing bracket.
CLAUSE_CLOSE = re.compile(r"[,;)–—]|\s-+\s")


def _states_clause(x: Ctx, at: int) -> bool:
    """True when the trigger at ``at`` (offset in the sentence) lies in a relative clause that tells its antecedent's act in the
    active voice ('la RDC – qui a arrêté et remis à la Cour encore récemment un député –', 'Uganda, which handed over a rebel
    commander,') and names none of the sentence's persons: the antecedent's act on the clause's own object, not on a person
    named outside it (lexicon.relative_opening, .passive_auxiliary; session 35). A clause whose antecedent is the person ('X,
    qui a remis …'), that names the person ('Uganda, which handed X over to the Court,') or in the passive voice ('le président
    soudanais, qui a été remis à la Cour') is not such a clause."""
    opening, passive = relative_opening(x.spec.lexicon), passive_auxiliary(x.spec.lexicon)
    if opening is None or passive is None:
        return False
    s, sent = x.s, x.sent
    for o in opening.finditer(s, 0, at):
        if CLAUSE_CLOSE.search(s, o.end(), at) or passive.search(s, o.end(), at):
            continue
        if any(0 <= o.start() - (p.end - sent.start) <= 2 for p in sent.persons):
            return False  # the antecedent is a person: the clause may tell their act
        close = CLAUSE_CLOSE.search(s, at)
        end = close.start() if close else len(s)
        return not any(o.end() <= p.start - sent.start < end for p in sent.persons if p.id in x.persons)
    return False


#: An arrest told as not made, in the past ("he was not arrested", "did not arrest him"): no custody, so the sentence's trip is
#: read (not "can visit … without being arrested", "will not be arrested if": a supposition).
NOT_ARRESTED = re.compile(r"\b(?:(?:was|were|had|has|have)\s+(?:\w+\s+)?not\s+(?:been\s+)?(?:arrested|detained)|(?:did|do)\s+not\s+(?:arrest|detain)|failed\s+to\s+(?:arrest|detain)|made\s+no\s+attempt\s+to\s+arrest)\b", re.I)


#: (session 36) The agent of a description's participle, its capitalised words before the arrest's verb ("A former militia leader
#: wanted by the International Criminal Court was arrested"): the agent, not the one arrested.
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,4}$")


def custody(x: Ctx) -> bool:
    """Arrests and surrenders (not when only supposed, asked for, or a detention that goes on). True
    when nothing more is to be read from the sentence (no person, or the sentence was about custody)."""
    s, sent = x.s, x.sent
    sm = SURRENDER.search(s) or (TRANSFER_FROM.search(s) if COURT_OR_HAGUE.search(s) else None)
    hn = HAND_IN_NATIONAL.search(s)
    if hn and (sm is None or hn.start() <= sm.start() < hn.end()):
        sm = hn  # (session 36) 's'est rendu aux autorités des Pays-Bas': a hand-in to a State, read below as that State's arrest
    am = ARREST.search(s)
    if am and re.search(r"custody|detained|held", am.group(0), re.I) and (
            COURT_CAPTOR_BEFORE.search(s[:am.start()]) or COURT_CAPTOR_AFTER.match(s[am.end():])):
        sm = sm or am  # "The International Criminal Court took X into custody on Wednesday": the Court's custody (session 27)
        am = None
    if sm is None:
        sent_to = SENT_TO_COURT.search(s)
        # (the person inside, not inside a thing sent: "sent its observations on X to the ICC")
        if sent_to and any(sent_to.start() < m.start - sent.start < sent_to.end()
                           and not THINGS_SENT.search(s, sent_to.start(), m.start - sent.start) for m in sent.persons) and not APPLICATION.search(s):
            sm = sent_to  # "… Friday sent Thomas Lubanga, leader of …, to the International Criminal Court"
    if sm is None and (am or IN_CUSTODY.search(s)):
        sm = AT_COURT.search(s)  # "arrived at The Hague …, following his arrest by … authorities": taken to the Court
    if am and DETENTION_STATE.search(s[max(0, am.start() - 20): am.end() + 25]):
        am = None  # "remains detained", "detained at the Court's facility since March": a state, not an arrest
    if am and ESCAPED_BEFORE.search(s[max(0, am.start() - 40): am.start()]):
        am = None  # "escaped being arrested", "avoided being detained": the contrary of an arrest
    if am and (nq := NO_QUESTION.search(s)) and nq.start() < am.start() < nq.end():
        am = None  # "there can be no question of X being arrested": an arrest ruled out, not made
    if sm and ESCAPED_BEFORE.search(s[max(0, sm.start() - 40): sm.start()]):
        sm = None  # "escaped being arrested and being turned over to the ICC"
    if sm and _states_clause(x, sm.start()):
        sm = None  # "la RDC – qui a arrêté et remis à la Cour … un député – va-t-elle …": the State's act on another (session 35)
    if am and _states_clause(x, am.start()):
        am = None
    # (session 35) 'no fue trasladado al centro de detención', "was never handed over", 'nunca fue detenido': the act denied, in every
    # language: nothing emitted, the sentence read on as a denied custody is (no trip read from it: "n'avait pas été arrêté en A")
    sm_denied = bool(sm and (negated_before(s, sm.start()) or custody_ahead(s, sm.start())))  # (and a custody still to come)
    am_denied = bool(am and negated_before(s, am.start()))
    if not x.persons and (am or sm) and not x.denial:
        # "Italian police arrested a Libyan warlord…" then his name in the next sentence (which may tell the
        # same event again when this one only describes him: "handed over an alleged militia commander")
        nxt = x.next_sentence()
        if nxt is not None and (not (ARREST.search(nxt.text) or SURRENDER.search(nxt.text)) or DESCRIBED.search(s)) \
                and not STILL_AT_LARGE.search(nxt.text) \
                and not (GROUP_ARRESTED.search(s) and len({m.id for m in nxt.persons}) > 1):  # (session 36) "… X remains at large": not the one held
            # (session 39, mleft25: not a group told by its count, then several named: "Three men were arrested … The victims are
            # A, B and C" names no one arrested; "They are A, B and C" is read by extract._group_named, each of them)
            x.persons = list(dict.fromkeys(m.id for m in nxt.persons))[:1]
        if not x.persons and nxt is not None and DESCRIBED.search(s):
            # (session 36) 'Un ancien chef de milice recherché par la CPI a été arrêté en France. Le parquet a confirmé
            # l'interpellation. Il s'agit de X': told first by a description, the person under warrant named within the next two
            # sentences, when they name no other
            after = [y for y in x.sentences if y.start >= sent.end][:2]
            named = list(dict.fromkeys(m.id for y in after for m in y.persons))
            free = any(y.persons and STILL_AT_LARGE.search(y.text) for y in after)  # "… X remains at large": not the one held
            x.persons = named if len(named) == 1 and not free else []
    if not x.persons and not ((am or sm) and GROUP.search(s)):
        return True
    if sm and not x.denial:
        x.to_court.update(subject(sent, x.persons, sm.start(), relative_opening(x.spec.lexicon)))  # told (even as planned) as taken to the Court
    if sm and re.search(r"\bdetention (?:centre|center|unit)\b", sm.group(0), re.I) and \
            re.search(r"\b(?:visit\w*|met|meets|saw|sees|spoke|speaks)\b[^.;]*\bat\s+(?:the\s+)?[^.;]{0,80}$", s[: sm.start()], re.I):
        sm = None  # "visited her father … at the ICC Detention Center in The Hague": someone held there, visited, not handed over
    if sm and HYPOTHETICAL.search(s[max(0, sm.start() - 40): sm.start()]) and not DONE_THEN_PURPOSE.search(s[: sm.start()]) or (sm and re.search(r"\b(?:calls?|urg\w+|ask\w*) (?:on )?", s[:sm.start()], re.I)):
        sm = None  # "should he be handed over", "calls on Germany to ensure his surrender"
    if sm and re.search(r"custody", sm.group(0), re.I) and re.match(r"\s+since\b", s[sm.end():], re.I):
        sm = None  # (session 29) "X, in ICC custody since March, turned 80 on Tuesday": a custody that goes on, not a handover
    if sm and FIRST_DESCRIBED.search(s[:sm.start()]) and not find_dates(s[sm.start():].split(",")[0], x.ref, x.exact):
        sm = None  # (session 33) "would be the first former head of state transferred to the court": a description, as for arrests
        # (not "became the first … transferred to the ICC on Wednesday": a day of its own)
    if sm and RATHER_THAN.search(s[max(0, sm.start() - 100): sm.start()]):
        sm = None  # (session 29) "said he would rather die than be brought to The Hague": a handover refused, not made
    if sm and THING_MOVED.search(s[max(0, sm.start() - 120): sm.start()]):
        sm = None  # "The complaint against X was sent to The Hague": a thing moved, the person named inside it (session 28)
    if sm and OTHERS_ARRESTED.search(s[:sm.start()]):
        sm = None  # (session 33) "The documents of X are now in the Court's custody", "his aide was transferred to the ICC": another's
        # or a thing's custody, as for arrests (``_someone_else_or_not_made``)
    if sm and SINCE_ARREST.search(s[:sm.start()]) and not find_dates(s[sm.start():].split(",")[0], x.ref, x.exact):
        sm = None  # "Since X was transferred to The Hague, his party has …", "months after X was handed over": background (s27)
    if sm and WITHIN_CUSTODY.search(s[max(0, sm.start() - 80): sm.end() + 100]) and \
            all(m.id in ("NLD", "ICC") for m in sent.states):
        sm = None  # "transferred to the ICC detention centre from a hospital in The Hague": a move inside the custody (session 27)
    if sm and re.search(r"\b(?:not|never|fail\w*(?:\s+to)?|refus\w*(?:\s+to)?|without)\s+(?:(?:then|yet|later|subsequently|be|been)\s+){0,2}"
                        r"(?:(?:arrest|detain|execut)\w*\s+(?:and|or)\s+)?$",
                        s[max(0, sm.start() - 40): sm.start()], re.I):
        sm = None  # "failed to cooperate … by not arresting and surrendering him": the contrary of a surrender
    past_mission = None
    while sm and AT_MISSION.match(s, sm.end()):
        past_mission = sm.end()
        # "surrendered himself at the US Embassy in Kigali", "gave himself up to the embassy of X": a person walking into a
        # State's mission abroad is not yet in the Court's custody, and the mission's State holds no territory there; the
        # sentence's next surrender ("…, has been transferred to the ICC") is read instead, or none (session 25)
        sm = SURRENDER.search(s, sm.end())
    national: re.Match[str] | bool | None = sm and re.match(r"\s+(?:himself\s+|herself\s+)?to\s+(?:the\s+)?(?:\w+\s+)?(?:police|authorities)\b", s[sm.end():], re.I)
    hand_in = sm is not None and sm is hn
    national = national or hand_in
    if sm and not am and not x.denial and (
            re.match(r"\s+(?:himself\s+|herself\s+)?to\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,3}(?:forces|troops|soldiers|army|"
                     r"rebels|militia|militias|militiamen|fighters|gunmen)\b", s[sm.end():], re.I)
            or re.search(r"\bin\s+the\s+custody\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}(?:forces|troops|soldiers|army)\s+after\s+$",
                         s[max(0, sm.start() - 80): sm.start()], re.I)):
        # "surrendered to US forces in the Central African Republic", "in the custody of US special forces after surrendering":
        # troops took him into custody, no surrender to the Court; an arrest where the sentence places it ("in <State>"), the
        # troops' own State being no place of it (session 25); (session 30) the same for an armed group ("had surrendered to
        # CAR's Seleka rebels", "gave himself up to a local militia")
        where = [m for m in sent.states if re.search(r"\bin\s+(?:the\s+)?$", s[max(0, m.start - sent.start - 8): m.start - sent.start], re.I)]
        code = _resolver(x)(where[0]) if where else None
        code = code or (where[0].id if where else None)
        if code and not sm_denied:
            for p in subject(sent, x.persons, sm.start(), relative_opening(x.spec.lexicon)):
                x.emit("arrest", sent, "rules:arrest", person=p, state=code, anchor=sm.start())
        return True
    if national and not am and not x.denial:
        assert sm is not None  # national holds only with a surrender's match (hand_in requires one)
        # "surrendered to the authorities of the Netherlands", "to police in The Hague": a State takes
        # him into its custody (an arrest); the Court's custody is a surrender only when told as well
        who = subject(sent, x.persons, sm.start(), relative_opening(x.spec.lexicon))
        for p in who:
            state = _arrest_state(sent, x.states, s, _resolver(x))
            if state is None and len(who) == 1:
                state = _hand_in_place(x, p)
            if not sm_denied:
                x.emit("arrest", sent, "rules:arrest", person=p, state=state, anchor=sm.start())
        if not re.search(r"\b(?:in|into) (?:its|the court'?s|the icc'?s|icc) custody\b", s, re.I):
            later = SURRENDER.search(s, sm.end()) if hand_in else None
            if later is None:
                return True
            sm = later  # (session 36) 'se entregó a las autoridades neerlandesas y fue trasladado a la CPI': the handover after it too
    if sm and not x.denial:
        who, _, cutoff = _subjects(x, sm.start(), sm.end())
        for p in who:
            state = _by(x, who, {}, p, cutoff, surrender=True)
            if state is None and len(who) == 1:
                state = _transfer_origin(x, p)  # "He was flown from Berlin to Rotterdam and taken to the Court's detention centre"
            if state is not None and _speaker_place(x, state):
                state = _transfer_origin(x, p)  # (session 33) '"X is on the plane," his lawyer told Reuters by phone from France'
            if state is not None and state in _mission_states(x):
                state = None  # "…, who gave himself up at the US Embassy in Kigali, was transferred": the mission's State hands no one over
            own = find_dates(s[sm.start():], x.ref, x.exact) if past_mission is not None else None
            # (after an embassy's clause, only the surrender's own clause dates it: "who earlier this week gave himself up at
            # the embassy …, has been transferred … today")
            when: tuple[str | None, str | None] | None = \
                None if past_mission is None else ((own[0].date, own[0].end_date) if own else (None, None))
            if when is None and (cut := _arrest_as_time_after(s, sm, am)) is not None:
                # (session 31) "X is now in ICC custody following his arrest in Manila on Tuesday": the arrest's clause, told as
                # the time before the custody, dates the arrest only; the custody takes a day of its own clause, or none (the
                # page's, when the lead tells it in the present)
                before = find_dates(s[:cut], x.ref, x.exact)
                near = min(before, key=lambda d: abs(d.start - sm.start())) if before else None
                when = (near.date, near.end_date) if near else (None, None)
                if near is None and re.match(r"in\b", sm.group(0), re.I) and _long_before(s[cut:], x):
                    # (session 32) "X, who is in ICC custody following his arrest in Manila in March 2025" on a page of a later
                    # year: a custody that goes on since an arrest of long ago, as "in ICC custody since March", no handover
                    # of the page's day
                    continue
                if near is None and x.exact and x.ref is not None and _days_before(s[cut:], x):
                    # (session 32) "X was taken into ICC custody after his arrest by the authorities of A on Tuesday": a custody told
                    # after an arrest of the days just before the page is the page's news, of its day (the arrest keeps its own)
                    when = (x.ref.isoformat(), None)
            if not sm_denied:
                x.emit("surrender", sent, "rules:surrender", person=p, state=state, anchor=sm.start(), when=when)
        if not (am and (am.start() < sm.start() or re.match(r"(?:following|after|upon)\b", am.group(0), re.I)
                        or _arrest_as_time_after(s, sm, am) is not None)):
            return True
        # (session 33) and an arrest told after the surrender as the time before it in any language ('fue entregado hoy a la CPI
        # tras su detención en Manila el martes', 'remis aujourd'hui à la CPI après son arrestation mardi'), as English's "after
        # his arrest": both facts
        # "… arrived at The Hague, following his arrest by Congolese authorities the day before": both facts
        # "arrested in Manila ... and handed over to the Court": both facts, each with its own date
    if am and HYPOTHETICAL.search(s[max(0, am.start() - 40): am.start()]):
        am = None  # "could be arrested", "if he were arrested", "whether he should be arrested"
    if am and CONDITION_OPENING.search(s[:am.start()]):
        am = None  # "Should X plan to come to Berlin again, he would be arrested at the airport" ('Sollte X planen, …, dass er bereits
        # am Flughafen verhaftet wird'): a sentence opened by a condition supposes every act in it (session 29)
    if am and re.search(r"\b(?:ask\w*|call\w*|urg\w*|request\w*|demand\w*|press\w*)\b[^.;]{0,60}\bto\s+(?:have|get|see)\b[^.;]{0,60}$", s[:am.start()], re.I):
        am = None  # "asked Kenya to have him arrested": an arrest asked for, not made
    if am and re.match(r"\s+(?:\w+\s+){0,2}?(?:dozens|hundreds|scores|thousands|protesters|demonstrators|activists|supporters|journalists|students)\b",
                       s[am.end():], re.I) and not any(m.start - sent.start < am.start() for m in sent.persons):
        am = None  # "police detained dozens of protesters demanding the arrest of X": others taken, X named only after
    if am and not sent.persons and (cap := re.search(r"\b(?!(?:He|She|They)\b)[A-Z][\w'’-]+\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?$", s[:am.start()])) \
            and not AGENT_BEFORE.search(s[:cap.start()]):
        am = None  # "… since April 2011, when Mr Gbagbo was arrested": someone the record cannot tell apart, not "he" (a
        # sentence opening "He was arrested …" is the pronoun, capitalised); (session 36) not the agent of a description
        # before the verb ("A former militia leader wanted by the ICC was arrested in France": the ICC is not the one arrested)
    if am and FIRST_DESCRIBED.search(s[:am.start()]):
        am = None  # "Callixte Mbarushimana, the first senior leader arrested by the ICC for …": a description, not an arrest told
    if am and re.search(r"\balready\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?$", s[max(0, am.start() - 25): am.start()], re.I) \
            and re.match(r"\w*(?:detain|held|hold|custod)", am.group(0), re.I) and not find_dates(s[am.start(): am.end() + 40], x.ref, x.exact):
        # "The court already has detained two alleged commanders, A and B": a custody recalled, not the day's arrest
        # (not "already detained X in Bangui on Wednesday": a day of its own)
        am = None
    if am and not x.denial and sent.persons and (named_first := [m for m in sent.persons if m.id in x.persons and m.start - sent.start < am.start()]) and all(
            (OTHERS_CLAUSE.search(s[: m.start - sent.start]) or GROUP_CLAUSE.search(s[: m.start - sent.start]))
            and not re.search(r"[,;(]", s[m.end - sent.start: am.start()]) for m in named_first):
        am = None  # "a man who threatened X was arrested": the head of the relative clause is arrested, not the person it names
    if am and not x.denial and sent.persons and not any(m.id in x.persons and m.start - sent.start < am.start() for m in sent.persons) and \
            (named_after := [m for m in sent.persons if m.id in x.persons]) and all(
                (re.match(r"\s+(?:a|an|the|two|three|four|several|some|\d+)\b", s[am.end(): m.start - sent.start], re.I)
                 and OTHERS_CLAUSE.search(s[am.end(): m.start - sent.start])) or GROUP_CLAUSE.search(s[am.end(): m.start - sent.start]) for m in named_after):
        am = None  # "police arrested a man who had insulted X": the verb's object is the clause's head, not the person it names
    if am and re.search(r"\bsince\b[^.;]{0,40},?\s+when\s+[^,;]{0,40}$", s[:am.start()], re.I):
        am = None  # "in hiding since April 2011, when Mr Gbagbo was arrested": a time told by another event
    if am and (SINCE_ARREST.search(s[:am.start()]) or (APPOSED_PARTICIPLE.search(s[:am.start()]) and am.group(0).lower().endswith("ed"))
               or re.match(r"since\b", am.group(0), re.I)
               or (re.match(r"(?:after|following)\b", am.group(0), re.I) and re.search(r"\b(?:days?|weeks?|months?|years?|decades?)\s+$", s[:am.start()], re.I))) \
            and not find_dates(s[am.start():].split(",")[0], x.ref, x.exact):
        # "held since he was arrested at the airport", "X, the former president arrested in Manila, was …": background; and
        # (session 29) "appeared on Tuesday for the first time since his arrest": the arrest is before the main verb's day, told
        # with no day of its own ("has been held since his arrest on Tuesday" keeps its own); "Two months after his arrest, X …"
        am = None
    if am and NO_ONE_ARRESTED.search(s[max(0, am.start() - 40): am.end() + 12]):
        am = None  # (session 29) "No one has arrested X", "soldiers … had arrested none of his commanders": no arrest made
    if am and _someone_else_or_not_made(s, am, sent):
        am = None  # "was nearly captured", "reports … proved false", "two bodyguards of X were arrested" (session 27)
    if am and _not_the_courts_arrest(s, am):
        am = None  # "arrested on a Rwandan warrant", "detained for tax fraud", "the detained former president": not the Court's
    # (session 30) a warrant served ("was served an arrest warrant"): the warrant's noun is inside the trigger itself, so only the
    # words around it are read for a warrant told instead of an arrest; (session 37, mleft21) in any language, any trigger that
    # holds the warrant's noun ('a notifié mardi le mandat d'arrêt de la CPI à X', 'notificó la orden de arresto a X')
    around = (s[max(0, am.start() - 25): am.start()] + " " + s[am.end(): am.end() + 5]) \
        if am and (re.search(r"\bserved\b", am.group(0), re.I) or WARRANT_NOUN.search(am.group(0))) \
        else s[max(0, am.start() - 25): am.end() + 5] if am else ""
    if am and (gm := GROUNDS.search(s)) is not None and gm.start() <= am.start() < gm.end():
        # (session 41, mleft31) the warrant told as the arrest's grounds ('wurde auf Haftbefehl des IStGH festgenommen', "was
        # arrested on an ICC warrant"): its noun, just before the verb where German puts it, is the grounds, not a warrant told
        # instead of an arrest; the words around are read without it (a negation there still undoes the arrest)
        plain = WARRANT_NOUN.sub(lambda m: " " * len(m.group(0)), s[:gm.end()]) + s[gm.end():]
        around = plain[max(0, am.start() - 25): am.end() + 5]
        grounds_first = gm.start() if gm.start() < am.start() else None
    else:
        grounds_first = None
    if am and not ARREST_NOT.search(around) and not x.denial and not am_denied:
        who, pairs, cutoff = _subjects(x, am.start(), am.end())
        # (session 42, mtrap138) a release told after the arrest, then the person gone elsewhere ("arrested on Sunday and released
        # two days later, he returned to Libya", 'rilasciato dopo 48 ore, ha fatto ritorno in Libia'): the places after the
        # release are the return's, not the arrest's
        gone = RELEASE_THEN_GONE.search(s[am.end():])
        if gone is not None:
            released_at = sent.start + am.end() + gone.start()
            cutoff = released_at if cutoff is None else min(cutoff, released_at)
            pairs = {k: v for k, v in pairs.items() if not any(
                m.start >= released_at and _resolve_state(m, s, x.text, x.spec)[0] == v for m in sent.states)}
        # an arrest told in a subordinate clause ("… after being detained", "following his arrest in …"):
        # the main clause's places are the main verb's
        sub = am.start() if re.search(r"\b(?:after|following|since|upon)\s+(?:being\s+)?$", s[:am.start()], re.I) or \
            re.match(r"(?:following|after|since)\b", am.group(0), re.I) else None
        if sub is not None and re.search(r"\b(?:in custody|held|jailed|imprisoned)\s+in\b", s[:am.start()], re.I):
            sub = None  # "was in custody in Belgium … after being arrested": the custody's place is the arrest's
        when = None
        if sub is not None and sm is not None and sm.start() < am.start() and \
                not re.search(r"\b(?:the day before|the previous day|a day earlier|the night before)\b", s[am.start():], re.I):
            # "was turned over Wednesday to the Court, following his arrest on a warrant …": the main verb's day is
            # not the arrest's; only a date in the arrest's own clause is
            own = find_dates(s[am.start():], x.ref, x.exact)
            when = (own[0].date, own[0].end_date) if own else (None, None)
        grounds_dates = find_dates(s, x.ref, x.exact) if when is None and grounds_first is not None else []
        if grounds_first is not None and any(grounds_first <= d.start < am.start() for d in grounds_dates):
            # (session 41, mleft31) 'wurde am Dienstag aufgrund eines vom IStGH am 7. März erlassenen Haftbefehls festgenommen': a
            # date inside the grounds told before the verb is the warrant's; the arrest takes a date outside them, or none
            first = grounds_first
            outside = [d for d in grounds_dates if not first <= d.start < am.start()]
            nearest = min(outside, key=lambda d: abs(d.start - first)) if outside else None
            when = (nearest.date, nearest.end_date) if nearest else (None, None)
        there = None
        if re.match(r"\s+there\b", s[am.end():]):
            # "… on a flight from Manila, following his arrest there": the place named last before "there"
            states_before = [m for m in sent.states if m.start - sent.start < am.start()]
            there = _resolve_state(states_before[-1], s, x.text, x.spec)[0] if states_before else None
        # ", who was arrested on Wednesday, allegedly served at a prison near Tripoli": an arrest told in a relative
        # clause between commas has no place from the main clause after it
        rel_close = None
        if re.search(r",\s*(?:who|whom)\s+(?:[\w'’-]+\s+){0,3}$", s[:am.start()], re.I):
            close = s.find(",", am.end())
            rel_close = close if close > 0 else None
        # (session 33) "a plane landed in Rotterdam, in the Netherlands, carrying X, arrested on Tuesday in Manila on a warrant":
        # an arrest's participle set after a comma opens its own clause; a place that clause names (up to the next comma) is
        # the arrest's, not the main clause's before it
        apposed = None
        if re.search(r",\s*$", s[:am.start()]):
            close = s.find(",", am.end())
            own_places = [m for m in sent.states if am.end() <= m.start - sent.start < (close if close > 0 else len(s))
                          and (gone is None or m.start < released_at)]
            apposed = _resolve_state(own_places[0], s, x.text, x.spec)[0] if own_places else None
        for p in who:
            if p in x.to_court and not x.states and not sm and re.fullmatch(r"taken into custody", am.group(0), re.I) and \
                    not re.search(r"\b(?:police|authorities|forces|troops|soldiers|officers)\b", s, re.I):
                continue  # "… handed over A to the ICC. He has been taken into custody.": the Court's custody, told before, no arrest
            state = there or apposed or _by(x, who, pairs, p, cutoff, sub)
            if state and rel_close is not None and not any(
                    m.start - sent.start < rel_close and _resolve_state(m, s, x.text, x.spec)[0] == state for m in sent.states):
                state = None
            if state is None and len(who) == 1:
                state = _custody_place_next(x, p)
            if when is None and len(who) == 1 and not find_dates(s, x.ref, x.exact):
                when = _custody_day_next(x, p)  # (session 30) "Police arrested X. The arrest took place in Berlin on Wednesday."
            if state is None and len(who) == 1 and x.back is not None:
                state = _place_back(x)
            if state is None and len(who) == 1:
                # "the plane left Manila … to bring X to The Hague, following his arrest hours earlier": the place a departure
                # after the arrest leaves from is where the person was held (not "upon his arrival from Hong Kong": an arrival)
                left = {c for m in sent.states if DEPARTED_FROM.search(s[max(0, m.start - sent.start - 30): m.start - sent.start])
                        for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
                state = left.pop() if len(left) == 1 else None
            if state is None and (there_m := THERE_ACTORS.search(s)):
                # "Mauritania's official agency says security officials there have arrested X": the State named before "there"
                states_before = [m for m in sent.states if m.end - sent.start <= there_m.start()]
                state = _resolve_state(states_before[-1], s, x.text, x.spec)[0] if states_before else None
            x.emit("arrest", sent, "rules:arrest", person=p, state=state, anchor=am.start(), when=when)
        # the arrest covers presence there; an earlier stay elsewhere may follow in the sentence
    if am and not x.denial and NOT_ARRESTED.search(s[max(0, am.start() - 25): am.end() + 5]):
        return False  # "During X's visit to Mongolia, he was not arrested": no arrest told, the trip is read on
    return bool(x.denial or am)


#: A subordinating word that opens an arrest's clause as the time before another fact ("in custody following his arrest",
#: "after his capture", 'tras su detención', 'après son arrestation', 'nach seiner Festnahme', 'dopo il suo arresto', 'após a sua
#: prisão'), read just before the arrest's trigger (or opening it) (session 31).
ARREST_AS_TIME = re.compile(r"\b(?:following|after|since|upon|tras|después\s+de|desde|après|depuis|nach|seit|dopo|após|depois\s+d[aeo])"
                            r"(?:\s+(?:the|his|her|their|its|su|sus|la|el|sa|son|ses|l['’]|seiner|ihrer|der|dem|il|la|suo|sua|lo|a|o|do|da))*\s*$", re.I)


def _arrest_as_time_after(s: str, sm: re.Match[str], am: re.Match[str] | None) -> int | None:
    """Where the arrest's clause begins when the arrest is told after a surrender's or custody's trigger as the time before it
    ("is now in ICC custody following his arrest in Manila on Tuesday"), else None."""
    if am is None or am.start() < sm.end():
        return None
    if (lead := re.match(r"(?:following|after|upon)\b", am.group(0), re.I)) is not None:
        return am.start() if lead else None
    m = ARREST_AS_TIME.search(s[max(sm.end(), am.start() - 40): am.start()])
    return max(sm.end(), am.start() - 40) + m.start() if m else None


def _long_before(clause: str, x: Ctx) -> bool:
    """True when the first date a clause tells is more than a month before the page's (an arrest of an earlier year told as
    the time a custody began: background, not the page's news) (session 32)."""
    told = find_dates(clause, x.ref, x.exact)
    return bool(told and x.ref and DateSpan.parse(told[0].date).surely_before(x.ref - dt.timedelta(days=31)))


def _days_before(clause: str, x: Ctx) -> bool:
    """True when the first date a clause tells is a day of the week before the page's, or the page's own (session 32)."""
    told = find_dates(clause, x.ref, x.exact)
    if not (told and x.ref and len(told[0].date) == 10):
        return False
    return 0 <= (x.ref - dt.date.fromisoformat(told[0].date)).days <= 7


def _someone_else_or_not_made(s: str, am: re.Match[str], sent: Sentence) -> bool:
    """True when the arrest a trigger tells is not one of the person the sentence names, or not made (session 27): nearly made
    (``NEAR_MISS``), a report the sentence denies or leaves unconfirmed (``REPORT_WORD`` with ``REPORT_DENIED``), others as its
    passive subject (``OTHERS_ARRESTED``: "his commander was arrested", "two bodyguards of X were arrested"), or an indefinite
    object before any name (``OTHERS_OBJECT``: "police arrested a suspect in the killing of …")."""
    before = s[:am.start()]
    near = re.search(r"\b(?:nearly|almost|narrowly)\s+\w+\s*$", am.group(0), re.I)  # (a trigger that holds its adverb: "troops almost captured")
    if NEAR_MISS.search(before) or near or (REPORT_WORD.search(s) and REPORT_DENIED.search(s)):
        return True
    if OTHERS_ARRESTED.search(before) or (not sent.persons and INDEFINITE_ARRESTED.search(before)):
        return True
    obj = OTHERS_OBJECT.match(s[am.end():])
    return bool(obj and not any(m.start - sent.start < am.end() for m in sent.persons)
                and any(m.start - sent.start >= am.end() + obj.end() for m in sent.persons))


def _not_the_courts_arrest(s: str, am: re.Match[str]) -> bool:
    """True when the arrest a trigger tells is none of the Court's (session 27): its own clause gives another ground (a State's
    warrant or request, a national case or offence, a trial before a national court, a custody after the Court freed the
    person; ``NATIONAL_GROUND``) and the sentence names no warrant or request of the Court; or the trigger is a participle
    used as an adjective before a noun ("the three detained fugitives", "the detained former president X"): a custody, no act."""
    clause = s[am.end():].split(";")[0][:220]
    by = WARRANT_BY.search(clause)
    if (NATIONAL_GROUND.search(clause) or (by and OTHER_COURT.match(by.group(1)))) and not COURT_GROUND.search(s):
        return True
    if OTHER_TRIBUNAL.search(s) and not COURT_OR_HAGUE.search(s):
        return True  # "X, sought by the Special Court for Sierra Leone, was arrested": another court's suspect
    return bool(re.fullmatch(r"detained|jailed|imprisoned|arrested", am.group(0), re.I) and HELD_ADJECTIVE.search(s[:am.start()])
                and HELD_NOUN_AFTER.match(s[am.end():]))


#: No arrest made, told by its subject or object ("No one has arrested X", "nobody will ever detain him", "had arrested none of
#: his commanders"; read around an arrest's trigger; session 29).
NO_ONE_ARRESTED = re.compile(r"\b(?:no\s+one|no-one|nobody|none)\s+(?:(?:has|have|had|will|would|could|can|ever|yet|so\s+far|dared\s+to)\s+){0,3}"
                             r"(?:arrest|detain|captur|apprehend)\w*|\b(?:arrested|detained|captured|apprehended)\s+(?:none|no\s+one|nobody)\b", re.I)


#: Trips told as a habit or over a span, not one trip (read in the clause after the trip's verb): "had visited Mongolia many
#: times", "on several occasions", "repeatedly", "visited A, B and C during his years in power / over the years"; not in another
#: clause after the trip ("arrived on Tuesday for talks he has held there several times": one trip) (session 29).
HABITUAL = re.compile(r"^(?:(?!\b(?:he|she|they|it|who|which|that|where)\s+(?:has|have|had|is|are|was|were|\w+ed)\b)[^.;]){0,80}?(?:\b(?:many|several|numerous|countless|multiple|a\s+dozen|\d+)\s+times\b|\bon\s+(?:several|many|numerous|multiple)\s+occasions\b|"
                      r"\brepeatedly\b|\bregularly\b|\bfrequently\b|\bover\s+the\s+(?:past\s+|last\s+)?(?:years|decades)\b|"
                      r"\bduring\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:years|decades|rule|reign|presidency|tenure)\b)", re.I)
#: A trip recalled by the time since it, in the same clause before its verb or noun ("A year after X visited Mongolia, the
#: finding still rankles", "Months after X's visit to …", "the anniversary of X's visit"; session 29).
RECALLED_BY_TIME = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many|\d{1,2})\s+(?:years?|months?|decades?)|"
                              r"years|months|decades)\s+(?:after|since)\b[^,;.]{0,80}$|\banniversary\s+of\b[^,;.]{0,60}$", re.I)
#: A trip only wished for or asked of the traveller, read just before a bare infinitive of travel ("would like to visit", "hopes to
#: travel", "urged X not to travel to Paris", "called on X to visit"; session 29).
WISHED_OR_ASKED = re.compile(r"\b(?:(?:would\s+(?:like|love)|(?:wish|hope|long)(?:s|ed)?)\s+|"
                             r"(?:urg|ask|call|press|implor|beg)(?:e|es|ed|s)?\s+(?:on\s+|upon\s+)?(?:[\w'’.-]+\s+){1,5}?)(?:not\s+)?$", re.I)


#: A trip told by its noun as the topic of talks, not as planned: "A visit by X to India is on the agenda of talks next week", "X's
#: visit to Mongolia is expected to be discussed at the meeting" (session 30, written variants; the date is the talks'); not a trip
#: dated in its own phrase ("X's trip to Washington next week is on the agenda of the cabinet": a trip planned, then discussed).
TRIP_AS_TOPIC = re.compile(r"\b(?:visit|trip|journey)\b(?:(?!\b(?:next|tomorrow|this\s+(?:week|month)|on\s+\w+day)\b)[^,;.]){0,60}?\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:\w+\s+){0,3}?"
                           r"(?:on\s+the\s+agenda|discussed|debated|among\s+the\s+(?:topics|issues|subjects))\b", re.I)


#: A gathering or trip put on the calendar: "the meeting with the president scheduled for Monday", "talks set for 3 September".
SCHEDULED_FOR = re.compile(r"\b(?:meeting|talks|summit|visit|trip|encounter)\b[^.;]{0,80}?\b(?:scheduled|set|planned|slated|due)\s+(?:to\s+take\s+place\s+)?(?:for|on)\s+", re.I)


def _scheduled_day(x: Ctx, person: str) -> tuple[str | None, str | None] | None:
    """The day another sentence naming ``person`` puts the person's meeting or trip on, when one sentence does and the day
    is not past (a trip to come takes no day gone by)."""
    found: set[tuple[str | None, str | None]] = set()
    for y in x.sentences:
        if y is x.sent or not any(m.id == person for m in y.persons):
            continue
        for sm in SCHEDULED_FOR.finditer(y.text):
            for d in find_dates(y.text, x.ref, x.exact):
                if d.start == sm.end() or (d.start > sm.end() - 4 and d.start <= sm.end() + 1):
                    if x.ref is None or not DateSpan.parse(d.end_date or d.date).surely_before(x.ref):
                        found.add((d.date, d.end_date))
    return found.pop() if len(found) == 1 else None


#: A departure from a place, told right before it: "left Manila", "was flown out of Kinshasa", "took off from Bangui".
DEPARTED_FROM = re.compile(r"\b(?:left|departed|leaving|departing|(?:flown|flew|taken|driven)\s+(?:out\s+of|from)|took\s+off\s+from)\s+(?:the\s+)?$", re.I)


#: A person named inside a restrictive relative clause of another subject: "a man who threatened X", "the officer that guarded X"
#: (the clause runs into the main verb with no comma: that subject, not X, is the one the verb tells of).
#: (or as the object of a participle of attitude right before the name: "the activists demanding X's arrest", "a man threatening X";
#: not one of carrying or escorting, "a plane carrying X", which tells of X)
OTHERS_CLAUSE = re.compile(r"\b(?:a|an|the|two|three|four|several|some|\d+)\s+(?:(?:(?!(?:said|says|told|tells|announced|reported|stated|added|noted|"
                           r"claimed|believes?|believed|thinks?|thought|knew|knows?|shows?|showed|confirmed|revealed|is|was|are|were)\b)[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:had\s+|has\s+|have\s+)?"
                           r"(?:[\w'’-]+\s+){1,3}?|(?:[\w'’-]+\s+){1,3}?(?:demand|seek|urg|call|protest|support|oppos|back|criticis|criticiz|accus|"
                           r"threaten|insult|defend|represent|attack|denounc|condemn|prais|impersonat|mock|heckl|boo)ing\s+(?:for\s+)?)$", re.I)


#: What may stand between a hosting verb and its guest's name: "for", an office, a people ("the Russian president").
HOST_OBJECT = re.compile(r"\s+(?:for\s+|al?\s+)?(?:(?:the\s+|el\s+|o\s+|le\s+|il\s+|den\s+)?(?:[\w-]+\s+){0,2}?(?:president|leader|prime minister|premier|king|head of state|ruler|"
                         r"presidente|président|präsidenten|líder|dirigeant)\s*,?\s+(?:[\w-]+\s+)?)?$", re.I)  # "recibió al presidente ruso X" (session 27)


#: What ends the hosting verb's object before a later name: a relative or subordinate clause, a clause break.
GUEST_BREAK = re.compile(r"\b(?:who|whom|whose|which|that|because|while|when|where|whereas|although|though)\b|[;:]", re.I)


def _guest_of(s: str, hosting: re.Match[str], sent: Any, person: str | None) -> bool:
    """Whether ``person`` is the guest of the hosting verb or noun ``hosting`` (its object, named after it): within
    its phrase ("the presence of Sudanese President X", "welcomed with full honours the Russian president, X"), not
    named in a later clause ("the presence of foreign troops … alarmed analysts who had criticised X")."""
    after = [m for m in sent.persons if m.id == person and m.start - sent.start >= hosting.end()]
    if not after:
        return False
    between = s[hosting.end(): after[0].start - sent.start]
    if re.search(r"\bof\s*$", hosting.group(0), re.I):
        # a noun's guest follows it: "the attendance of X", "the presence of the Sudanese leader, X"
        return len(between) <= 40 and not re.search(r"[,;:]\s*\w+\s+(?:\w+\s+)?(?:of|in|on|at|from)\b", between) and not GUEST_BREAK.search(between) \
            and not re.match(r"\s*(?:the\s+|a\s+|an\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|warships|delegation|delegations|officials|diplomats|"
                             r"ministers|envoys|aides|journalists|critics|supporters|protesters|guests)\b", between, re.I)
    return len(between) <= 90 and not GUEST_BREAK.search(between)


#: A gathering a State holds ("Uganda's inauguration", "the Malawi summit", "X President Sworn In"), and a gathering's place
#: told after it ("a ceremony in Nairobi's main park", "in attendance at the Kololo grounds in the capital Kampala").
#: (the events of the one vocabulary, data/lookups/monitor_words.yaml ``gatherings``; with this pattern's own verbs of an
#: inauguration, "X President Sworn In", "was inaugurated", and the venues where a gathering is held)
GATHERING = r"(?:{gathering}|inaugurat\w*|sworn[- ]in|grounds|stadium)"
#: (the words between name the gathering's host, not an act or a place: "Ugandan President Yoweri Museveni's inauguration", not
#: "US delegation departed the inauguration", "Canadian envoys walked out of the summit")
GATHERING_AFTER = Worded("GATHERING_AFTER", r"(?:['’]s)?\s+(?:(?!(?:to|from|\w+ed|left|walk\w*|attend\w*|boycott\w*|skip\w*|join\w*|quit)\b)[\w'’-]+\s+){0,4}?"
                         + GATHERING + r"\b")
GATHERING_BEFORE = Worded("GATHERING_BEFORE", r"\b" + GATHERING + r"\s+(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:capital\s+)?(?:city\s+of\s+)?$")
GATHERING_NAMED = Worded("GATHERING_NAMED", r"\b" + GATHERING + r"\b")
#: A thing sent, between the verb and a person named after it ("sent its observations on X").
#: After a surrender's verb, a State's diplomatic mission as the place or the receiver ("himself at the US Embassy in …",
#: "up to the embassy of …"): no surrender to the Court (``custody``).
AT_MISSION = re.compile(r"\s+(?:(?:himself|herself|themselves)\s+)?(?:up\s+|in\s+)?(?:at|to|into|inside)\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,2}?"
                        r"(?:embassy|consulate|high\s+commission|diplomatic\s+mission)\b", re.I)
MISSION_AFTER = re.compile(r"\s+(?:embassy|consulate|high\s+commission|diplomatic\s+mission)\b", re.I)
MISSION_BEFORE = re.compile(r"\b(?:embassy|consulate|high\s+commission|diplomatic\s+mission)\s+of\s+(?:the\s+)?$", re.I)
THINGS_SENT = re.compile(r"\b" + THINGS + r"\b", re.I)
#: A thing as the passive subject of a transfer, the person named only inside it (session 28): "The complaint against X was sent
#: to The Hague", "Victims' complaints against X were taken to The Hague", "X's lawyers were flown to The Hague": the thing or
#: the others are moved, not the person.
THING_MOVED = re.compile(r"\b" + THINGS + r"\s+(?:(?:against|of|on|about|concerning|for|representing)\s+[^,.;]{1,60}?\s+)?"
                         r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.I)


#: Being at a gathering, without its place: "among those in attendance", "joined other leaders", "showed up", "jetted into
#: the country", "graced the ceremony".
ATTENDING = re.compile(r"\b(?:in attendance|attend\w*|came (?:here |over )?for the|came to the|among (?:the|those)\b|joined|^\W*joining|showed up|turned up|jett?(?:ed)? in(?:to)?|"
                       r"arriv\w+|made it to|present|grac\w+|took part|taking part|guests?|presence|appearance)\b", re.I)


#: A time still to come: "next week", "tomorrow", "later this month".
TIME_TO_COME = re.compile(r"\b(?:next\s+(?:week|month|year|\w+day)|tomorrow|later\s+this\s+(?:week|month|year))\b", re.I)
#: The speaker here, in a quote: "I am very pleased to be in Mongolia", "I'm here in Budapest", "I have arrived in …".
QUOTED_HERE = re.compile(r"[\"“]\s*(?:[^\"”]{0,200}?\s)?I(?:(?:\s+am|['’]m|\s+have\s+(?:just\s+)?(?:arrived|come))\s+(?:(?!(?:not|never|going|planning|hoping|about|unable|sorry)\b)[\w-]+\s+){0,3}?"
                         r"(?:to\s+be\s+)?(?:here\s+)?in\s+(?=[A-Z])|"
                         # "I have just completed a very important visit to Hungary": a stay the speaker tells as made
                         r"(?:\s+have|['’]ve)?\s+(?:just\s+)?(?:completed|finished|concluded|made|paid|ended)\s+(?:an?|my)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay)\s+(?:to|in)\s+(?=[A-Z]))"
                         r"[^\"”]{0,200}[\"”]")
#: Between a quote and its speaker: ", X said", "," the Russian president told reporters (the name then follows).
SAID_BY = re.compile(r"\W{0,3}\s*(?:(?:said|says|told|declared|stated|added|remarked)\s+(?:[\w'’.-]+\s+){0,4}?)?", re.I)
#: … or the speaker's titles, the verb of saying after the name ("," Israeli Prime Minister X said upon his departure).
TITLED_BY = re.compile(r"\W{0,3}\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}")
SAYS_AFTER = re.compile(r"\s+(?:said|says|told|declared|stated|added|remarked)\b", re.I)
#: An arrival told without its place ("arrived on Monday", "touched down", "was welcomed").
#: A trip told by a noun, not a verb: its time is the time the sentence gives it ("his attendance at the summit next week").
TRIP_NOUN = re.compile(r"attendance at|(?:presence|appearance|attendance|participation) (?:of|at|in)|(?:his|her|their) (?:visit|trip) to", re.I)
ATTENDING_NOW = re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?attending\b", re.I)
#: Presence told in the progressive by other verbs (session 27): "is participating in the summit", "is taking part in the
#: ceremony", "the hotel where X was staying on Monday" (not "staying away", "staying in power", "staying out of the talks").
PRESENT_NOW = re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:participating\s+in|taking\s+part\s+in|"
                         r"staying(?!\s+(?:away|out|home|put|silent|quiet|neutral|calm|alive|united|loyal|true|clear|close|focused|committed|"
                         r"on\s+as|in\s+(?:power|office|touch|line|the\s+(?:race|game|talks|deal|coalition|government)))\b))\b", re.I)
#: A part taken from afar: not a presence ("is participating in the summit by video link").
FROM_AFAR = re.compile(r"\b(?:by|via|through|over)\s+(?:a\s+)?video\b|\bvideo[- ]?(?:link|conference)|\bvirtual(?:ly)?\b|\bremotely\b|\bonline\b", re.I)


def _gathering_place(x: Ctx, person: str) -> tuple[list[str], tuple[str | None, str | None] | None]:
    """The one State where the document places a gathering (its headline included): a visit told as attendance without
    a place of its own ("Among those in attendance was X") is there. Not the person's own State; none when the document
    places gatherings in two States. With it, the gathering's day: the date its sentence gives ("at a ceremony in
    Nairobi on Friday"), else the document's (a gathering the news tells of), unless the attendance's own sentence
    gives one (None: the sentence's own date)."""
    own = x.spec.nationality.get(person, [])
    codes: set[str] = set()
    days: list[tuple[str | None, str | None]] = []
    for y in x.sentences:
        for m in y.states:
            if m.kind not in ("STATE", "PLACE", "DEMONYM", "AMBIGUOUS"):
                continue
            rel_start, rel_end = m.start - y.start, m.end - y.start
            if GATHERING_AFTER.match(y.text, rel_end) or GATHERING_BEFORE.search(y.text[max(0, rel_start - 60): rel_start]):
                code = _resolve_state(m, y.text, x.text, x.spec)[0]
                if code and code not in own:
                    codes.add(code)
                    days += [(d.date, d.end_date) for d in find_dates(y.text, x.ref, x.exact)[:1]]
    dl = DATELINE.match(x.s)
    if not codes and GATHERING_NAMED.search(x.s) and not names_a_place(x.sent, dl.end() if dl else 0):
        # (session 42, mleft32) not when the sentence names a place of its own the gazetteer lacks ("MOSCOW (Reuters) - X will
        # travel to Kazan for the BRICS summit"): the dateline is where the story was filed, not the gathering's place
        # a gathering the attendance's own sentence names, placed by nothing but the story's dateline ("KAMPALA- … walked
        # out of the swearing-in ceremony at Kololo grounds because X was in attendance"): filed from where it was held
        codes = _dateline_states(x, own)
        days = []
    if len(codes) != 1:
        return [], None
    if find_dates(x.s, x.ref, x.exact):
        return sorted(codes), None
    if days:
        return sorted(codes), days[0]
    if x.ref is None:
        return sorted(codes), None
    return sorted(codes), ((x.ref.isoformat() if x.exact else x.ref.strftime("%Y-%m")), None)


#: Cities by their lower-case name, per gazetteer (a wire dateline writes them in capitals: "KAMPALA-").
_PLACES_LOWER: dict[str, dict[str, str]] = {}


def _dateline_states(x: Ctx, own: list[str]) -> set[str]:
    """The States the story's dateline names ("NAIROBI, Kenya –", "KAMPALA-"), in the first lines only; not the person's own.
    A city in capitals that the text's matcher does not read ("KAMPALA-") is looked up in the gazetteer's places."""
    for y in x.sentences[:4]:
        dl = DATELINE.match(y.text)
        if not dl:
            continue
        codes = {c for m in y.states if m.start - y.start < dl.end() and m.kind in ("STATE", "PLACE", "AMBIGUOUS")
                 for c in [_resolve_state(m, y.text, x.text, x.spec)[0]] if c}
        if not codes:
            lower = _PLACES_LOWER.get(x.spec.key())
            if lower is None:
                lower = _PLACES_LOWER[x.spec.key()] = {k.lower(): v for k, v in x.spec.places.items()}
            city = re.match(r"\W*([A-Za-z][A-Za-z.'’ -]*?)\s*(?:,|\(|[-–—])", y.text)
            code = lower.get(city.group(1).strip().lower()) if city else None
            codes = {code} if code else set()
        return {c for c in codes if c not in own}
    return set()


def _trip_place_before(x: Ctx, person: str) -> list[str]:
    """A trip to come told without its place ("X will participate in the summit"): the one State that the two sentences
    before name, when they speak of the same person's trip ("X was attending the summit as Jordan's King insisted that he
    come"), not as a people and not the person's own State."""
    own = x.spec.nationality.get(person, [])
    for y in reversed(x.sentences_before(2)):
        if not (TRIP_WORDS.search(y.text) and (any(m.id == person for m in y.persons) or re.search(r"\b(?:he|she|him|her)\b", y.text, re.I))):
            continue
        if x.ref is not None and (told := find_dates(y.text, x.ref, x.exact)) and \
                all(DateSpan.parse(d.end_date or d.date).surely_before(x.ref - dt.timedelta(days=31)) for d in told):
            continue  # "… when he attended a summit in Johannesburg last year": an older trip, not the one to come
        dl = DATELINE.match(y.text)
        codes = {c for m in y.states if not (dl and m.start - y.start < dl.end()) and m.kind in ("STATE", "PLACE")
                 and not OWNER_OF_GROUP.match(y.text, m.end - y.start) and not TITLE_AFTER.match(y.text, m.end - y.start)
                 for c in [_resolve_state(m, y.text, x.text, x.spec)[0]] if c and c not in own}
        if len(codes) == 1:
            return list(codes)
    return []


def _trip_place_after(x: Ctx, person: str) -> list[str]:
    """An arrival told without its place, then the trip named by its noun in the next sentence, which names no other person
    ("X landed on Tuesday. The visit to Mongolia is his first …", "Cette visite en Mongolie …"): the one State that sentence
    gives the trip as its destination (not the person's own) (session 30)."""
    nxt = x.next_sentence()
    if nxt is None or not ACT_OPENING.match(nxt.text) or nxt.others or any(m.id != person for m in nxt.persons) or \
            re.search(r"\n\s*\n", x.text[x.sent.end: nxt.start]):
        return []
    dl = DATELINE.match(nxt.text)
    kept = [m for m in nxt.states if not (dl and m.start - nxt.start < dl.end())]
    sent = Sentence(nxt.text, nxt.start, nxt.end, persons=nxt.persons, states=kept)
    own = x.spec.nationality.get(person, [])
    codes = [c for c in dict.fromkeys(_destinations(sent, x.text, x.spec)) if c not in own]
    return codes if len(codes) == 1 else []


def _host_before(x: Ctx, person: str) -> list[str]:
    """The one State the sentence before names (``x.back``, the sentence whose person this one's opening act noun carries),
    not the person's own: the host of a trip told made by its noun ("Rights groups urged Tajikistan to arrest X. The visit
    has ultimately taken place."; session 44). None when it names two or more, or none."""
    back = x.back
    if back is None:
        return []
    own = x.spec.nationality.get(person, [])
    codes = [c for m in back.states for c in [_resolve_state(m, back.text, x.text, x.spec)[0]] if c and c not in own]
    codes = list(dict.fromkeys(codes))
    return codes if len(codes) == 1 else []


#: A State named in another person's title, not as a place: "invited by U.S. President Donald Trump to participate in the
#: meeting" (read after the State's name) (session 27).
TITLE_AFTER = re.compile(r"\s+(?:(?:vice|deputy|acting|former)\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|emir|"
                         r"(?:foreign|defen[cs]e|interior|justice)\s+minister|secretary\s+of\s+state|ambassador|envoy)\s+(?-i:[A-Z])", re.I)


#: A State named as the owner of a group, not as a place: "The US, European and Canadian delegations walked out of the
#: inauguration ceremony" (read after the State's name).
OWNER_OF_GROUP = re.compile(r"(?:\s*(?:,|and|&)\s*[\w'’-]+){0,4}\s+(?:delegations?|envoys?|diplomats?|officials|ministers|representatives|"
                            r"ambassadors?|embassy|troops|forces|soldiers)\b", re.I)


#: A temporal clause in the simple present, which English uses for what is to come: "when he arrives", "once Putin lands".
WHEN_PRESENT = re.compile(r"\b(?:when|once|as soon as|after|before)\s+(?:he|she|they|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+$")
PRESENT_TRIP = re.compile(r"(?:arrives|visits|comes|lands|travels|flies|reaches|enters)\b", re.I)
MODAL = re.compile(r"\b(?:will|would|may|might|can|could|shall|must|should)\b|\bgoing to\b", re.I)


#: An arrival told as a possessive noun ("X's arrival in Kenya"), and the words before it that make it one awaited, not made:
#: "in anticipation of X's arrival", "ahead of X's arrival", "awaiting X's arrival" (the name lies between).
AWAITED_ARRIVAL = re.compile(r"['’]s\s+(?:[\w-]+\s+)?arrival\s+in\b", re.I)
AWAITED_BEFORE = re.compile(r"\b(?:in\s+anticipation\s+of|ahead\s+of|awaiting|pending|prior\s+to)\s+(?:(?:the\s+)?[\w'’.-]+\s+){0,5}?[\w'’.-]*$", re.I)


def _when_to_come(s: str, past: re.Match[str]) -> bool:
    """True when a trip verb in the simple present sits in a temporal clause ("when he arrives in Budapest") whose main clause
    speaks of what may or will be: a trip to come (or, with an arrest pledged, only supposed), not one made. ("if he sets
    foot" is a hypothetical, read elsewhere.)"""
    return bool(PRESENT_TRIP.match(past.group(0)) and WHEN_PRESENT.search(s[:past.start()]) and MODAL.search(s[:past.start()]))


def _country_anaphor(s: str, trigger: re.Match[str], before: bool = False) -> bool:
    """Whether "the country" (``COUNTRY_ANAPHOR``, in the document's language) stands for a trip's place: within 40 characters
    after the trip's trigger starts, in its clause; or (``before``: a trip made) in the clause just before the trigger ("On
    arriving in the country on Tuesday, X was welcomed", "A su llegada al país, X fue recibido") (session 31)."""
    for m in COUNTRY_ANAPHOR.finditer(s):
        if trigger.start() <= m.start() <= trigger.start() + 40 and not re.search(r"[.;]", s[trigger.start(): m.start()]):
            return True
        if before and m.end() <= trigger.start() and trigger.start() - m.end() <= 60 and not re.search(r"[.;]", s[m.end(): trigger.start()]):
            return True
    return False




#: A trip named only by a noun after "during", its traveller's name before it and no destination after it: "Hungary is
#: expected to announce during Prime Minister X's visit this week …" (the host is the State the sentence opens with).
DURING_NOUN = re.compile(r"\bduring\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?-i:[A-Z])[\w'’-]+['’]s\s+(?:(?:official|state|working|first|planned|"
                         r"upcoming|forthcoming|expected)\s+)?(?:visit|trip|stay)\b(?!\s+(?:to|in|of)\b)", re.I)
#: The sentence's own time set ahead: a modal or a future of intent before "during".
AHEAD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|set|due|scheduled|going|poised|likely)\s+to|plans?\s+to)\b", re.I)


def during_visit(x: Ctx) -> bool:
    """A trip named only as the time of a host's act ("Hungary is expected to announce during X's visit this week that …"):
    to the State the sentence opens with, to come when the host's act is (otherwise made). True when it emitted."""
    m = DURING_NOUN.search(x.s)
    if not m or not x.persons or x.denial or HYPOTHETICAL_TRIP_WORDS.search(x.s[: m.start()]):
        return False
    who = next((mm.id for mm in x.sent.persons if mm.end - x.sent.start <= m.end() and m.start() < mm.start - x.sent.start
                and re.match(r"['’]s\b", x.s[mm.end - x.sent.start:])), None)
    opening = next((mm for mm in x.sent.states if mm.kind == "STATE" and mm.start - x.sent.start <= 4 and not is_demonym(mm, x.spec)
                    and not re.match(r"['’]s?\b", x.s[mm.end - x.sent.start:])), None)  # (not "Zambia's leader …": an owner, not the host)
    if who is None or opening is None:
        return False
    host = _resolve_state(opening, x.s, x.text, x.spec)[0]
    if not host or host in x.spec.nationality.get(who, []):
        return False
    kind = "planned_visit" if AHEAD.search(x.s[: m.start()]) else "visit"
    x.emit(kind, x.sent, "rules:during_visit", person=who, state=host, anchor=m.start())
    return True


#: A plan told in the past before a trip's words ("had planned to attend", "was expected to attend"): no trip still to come
#: (session 30; read where a trip to come takes its place from another sentence).
PLAN_IN_THE_PAST = re.compile(r"\b(?:had|was|were)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


#: A condition before the noun ("if … during X's visit"): no trip told.
HYPOTHETICAL_TRIP_WORDS = re.compile(r"\b(?:if|whether|unless|should|could|would|might)\b", re.I)


#: A departure from a named place for another: "departed Tel Aviv for Washington", "left Kenya on Friday for Uganda" (in
#: TRAVEL_FUTURE); ``place``: the place left.
DEPARTED_FROM_FOR = re.compile(r"(?:departed|left|set\s+off\s+from|took\s+off\s+from|flew\s+out\s+of)\s+(?:the\s+)?"
                               r"(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\b", re.I)


#: Between a person's name and the verb it is the subject of: nothing, or an apposition between commas ("X, the Sudanese
#: president, arrived", "X, le président soudanais, pose à").
SUBJECT_THEN_VERB = re.compile(r"\s*(?:,[^,.;:()\"“”]{1,60},)?\s*")


#: A relative clause set off by commas after the traveller's name ("X, who visited A in 2024, arrived in B on Monday"): the trip it
#: tells is its own, placed and dated in the clause, and the main verb's trip is told after it (session 28).
REL_CLAUSE = re.compile(r",\s*(?:who|which)\s+[^,;:()\"“”]{1,120},\s*", re.I)
#: Only adverbs between a relative clause's closing comma and the main verb ("…, then arrived in", "…, finally landed in").
REL_TO_MAIN = re.compile(r"(?:\w+ly\s+|then\s+|later\s+|now\s+)?")
#: A next leg of the same trip joined to the first by "and" or "then" ("visited A on Monday and flew on to B on Wednesday",
#: "arrived in A, then travelled to B"): the words before the next leg's verb.
NEXT_LEG_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|then)\s+(?:then\s+|later\s+|afterwards\s+)?(?:(?:on|early|late)\s+\w+day\s+)?$", re.I)


def _leg_anchors(x: Ctx, past: re.Match[str], dest: list[str]) -> dict[str, int]:
    """Each destination's own trip verb, where one sentence tells two trips (session 28): the main verb after a relative clause that
    tells an earlier trip ("X, who visited A in 2024, arrived in B on Monday": A's verb is "visited", B's "arrived"), and a next
    leg joined by "and" or "then" ("visited A on Monday and flew on to B on Wednesday"). A State takes the verb of the leg it is
    named in, so each is dated by its own clause; a sentence of one trip gives every State the first verb, as before."""
    s, sent = x.s, x.sent
    legs = [(0, past.start())]
    rc = next((r for r in REL_CLAUSE.finditer(s) if r.start() <= past.start() < r.end()), None)
    if rc is not None:
        main = ARRIVAL_PAST.search(s, rc.end())
        if main is None or not REL_TO_MAIN.fullmatch(s[rc.end(): main.start()]):
            return {}
        legs = [(0, main.start()), (rc.start(), past.start()), (rc.end(), main.start())]
        last = main
    else:
        last = past
    for m in ARRIVAL_PAST.finditer(s, last.end()):
        if NEXT_LEG_JOIN.search(s[last.end(): m.start()]) and not re.search(r"[;:]|\b(?:who|which|where|when|said|says)\b", s[last.end(): m.start()], re.I):
            legs.append((m.start(), m.start()))
            last = m
    if len(legs) == 1:
        return {}
    legs.sort()
    anchors: dict[str, int] = {}
    for sm in sent.states:
        code = _resolve_state(sm, s, x.text, x.spec)[0]
        at = sm.start - sent.start
        if code in dest and code not in anchors:
            anchors[code] = [a for start, a in legs if start <= at][-1]
    return anchors


def _opening_trip(x: Ctx, dest: list[str]) -> set[str]:
    """The trip an opening clause tells of the person named as the main clause's subject right after it: a visit made, or a trip
    to come (a departure, a trip under way), to the States the clause names, dated only by the clause's own date (the main
    clause's date is its own act's: "After his visit to A, X flew to B on Tuesday"). Returns the States emitted."""
    m = OPENING_TRIP.match(x.s)
    if m is None or not x.persons or x.denial or HYPOTHETICAL_TRIP_WORDS.search(m.group(0)):
        return set()
    p = x.persons[0]
    if not any(mm.id == p and mm.start - x.sent.start >= m.end() and OPENING_TO_SUBJECT.fullmatch(x.s[m.end(): mm.start - x.sent.start])
               for mm in x.sent.persons):
        return set()  # "After his visit to A, officials said …": another subject
    codes = {c for mm in x.sent.states if m.start(2) <= mm.start - x.sent.start < m.end(2)
             for c in [_resolve_state(mm, x.s, x.text, x.spec)[0]]
             if c and (c in dest or mm.kind in ("STATE", "PLACE")) and c not in x.spec.nationality.get(p, [])}
    told = [d for d in find_dates(x.s, x.ref, x.exact) if d.end <= m.end()]  # (read in the whole sentence: its tense sets a weekday's side)
    when = (told[0].date, told[0].end_date) if told else (None, None)
    # a departure told before a main clause in the past is made ("Before departing for Washington on Sunday, X praised …"); a trip
    # still on its way is to come whatever the tense ("On his way to A, X stopped in B")
    departed = bool(m.group(1) and OPENING_BEFORE.match(m.group(1)) and any(
        mm.id == p and mm.start - x.sent.start >= m.end() and MAIN_PAST.match(x.s, mm.end - x.sent.start) for mm in x.sent.persons))
    # an arrival's participle before a main clause to come is an arrival to come ("Arriving in A on Thursday, X will meet …";
    # session 29); a trip told by its noun keeps its reading ("After his visit to A, X will fly to B": A may be under way)
    arriving = not m.group(1) and bool(ARRIVING_OPENING.match(m.group(0))) and any(
        mm.id == p and mm.start - x.sent.start >= m.end() and MAIN_AHEAD.match(x.s[mm.end - x.sent.start:]) for mm in x.sent.persons)
    for st in sorted(codes):
        x.emit("planned_visit" if (m.group(1) and not departed) or arriving else "visit", x.sent, "rules:opening_trip", person=p, state=st,
               ambiguous=x.ambiguous, anchor=m.start(2), when=when)
    return codes


#: The days of a month in which a page's 'fresh from' visit may be of the month before (session 39, mleft25).
FRESH_FROM_FIRST_DAYS = 7


def _fresh_from(x: Ctx) -> set[str]:
    """(session 38) The States a person is told to come fresh from ("fresh from a visit to Pyongyang, X heads to Hanoi", "X arrived
    in Hanoi, fresh from Pyongyang", 'Tout juste rentré de Corée du Nord, X …', 'Recién llegado de Corea del Norte, X …'; each
    language's ``FRESH_FROM``, read just before the place's name): a visit made there just before the news, emitted here (dated by
    the document's month, its day untold: the trip the sentence tells is another's day), and no place of the sentence's own trip
    (which keeps its reading: "heads to Viet Nam" to come). Not the traveller's own State (a return home is no visit), nor a trip
    denied. Returns the States read."""
    p, s, base = x.persons[0], x.s, x.sent.start
    named = [m.start - base for m in x.sent.persons if m.id == p]
    codes: set[str] = set()
    others: set[str] = set()
    for m in x.sent.states:
        w0 = max(0, m.start - base - 80)
        fm = FRESH_FROM.search(s[w0: m.start - base])
        if fm is None:
            continue
        at = w0 + fm.start()
        # the person's own: the phrase opens the sentence before the person's name ("Fresh from Pyongyang, X heads …"), or is
        # apposed after a clause that names the person ("X arrived in Hanoi, fresh from …"); not "Tourists fresh from Pyongyang
        # said X …" (the tourists' trip)
        opening = not s[:at].strip(" \t\n\"“«‘'") and any(n > at for n in named)
        apposed = bool(re.search(r",\s*$", s[:at])) and any(n < at for n in named)
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if code:
            (codes if opening or apposed else others).add(code)
    if not codes or x.denial:
        return codes | others  # (a place someone came from is no destination of the sentence's trip, whoever came)
    # (session 39, mleft25) the document's month only when the page is dated after its 7th: in a month's first days the visit may
    # be of the month before, and it is left undated (no day, no month) rather than guessed; a page dated only to its month keeps it
    when: tuple[str | None, str | None] | None = (x.ref.strftime("%Y-%m"), None) if x.ref is not None else None
    if x.ref is not None and x.exact and x.ref.day <= FRESH_FROM_FIRST_DAYS:
        when = UNTOLD
    for st in sorted(codes - set(x.spec.nationality.get(p, []))):
        anchor = next(m.start - x.sent.start for m in x.sent.states if _resolve_state(m, x.s, x.text, x.spec)[0] == st)
        x.emit("visit", x.sent, "rules:visit", person=p, state=st, ambiguous=x.ambiguous, anchor=anchor, when=when)
    return codes | others


#: A group of others as a trip verb's subject, right before it ("officials of the ministry flew out to A", "his aides had arrived in
#: A", "Russian diplomats were in A"): their trip, not the person's, unless the person is named with them ("X and his delegation
#: arrived"; session 28).
OTHERS_BEFORE_VERB = re.compile(r"\b(?:officials|ministers|delegat(?:es|ions?)|envoys|representatives|diplomats|aides|advisers|advisors|staff|"
                                r"troops|soldiers|police(?:men)?|officers|agents|journalists|reporters)(?:\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                                r"(?:[\w'’-]+\s+){1,3}?|\s+)(?:(?:had|have|has|were|was|are|is|also|then|later|already|just)\s+){0,2}$", re.I)
WITH_OTHERS = re.compile(r"\b(?:and|with|along\s+with|together\s+with|accompanied\s+by)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


#: The text between a person's name and a trip's verb when the verb's subject is the person's relative or agent ("X's wife will
#: visit Budapest", "X's spokesman Dmitry Peskov arrived in Beijing"; session 29).
POSSESSED_TRAVELLER = re.compile(r"^['’]s?\s+(?:[\w'’-]+\s+){0,2}?" + RELATIONS + r"\b[^.;]{0,50}$", re.I)
#: A name inside a relative clause set off by commas, before the main verb of another subject ("Y, who hosted X in April, visited
#: Washington"): read on the text before the name and between the name and the verb (session 29).
IN_RELATIVE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s*,\s*(?:who|whom|whose|which)\b[^,;.]*$", re.I)
IN_RELATIVE_AFTER = re.compile(r"^[^,;.]*,\s*$")


def _others_travel(x: Ctx, verb: re.Match[str]) -> bool:
    """True when the trip verb's subject is a group of others named right before it, the person not among them; or (session 29)
    the person's relative or agent ("X's wife will visit"), or another whose relative clause names the person ("Y, who hosted X in
    April, visited Washington")."""
    before = [m for m in x.sent.persons if (not x.persons or m.id == x.persons[0]) and m.end - x.sent.start <= verb.start()]
    if before and not any(m.start - x.sent.start >= verb.end() for m in x.sent.persons if not x.persons or m.id == x.persons[0]):
        last = before[-1]
        between = x.s[last.end - x.sent.start: verb.start()]
        if POSSESSED_TRAVELLER.match(between):
            return True
        if IN_RELATIVE_AFTER.match(between) and IN_RELATIVE_BEFORE.search(x.s[: last.start - x.sent.start]):
            return True
    g = OTHERS_BEFORE_VERB.search(x.s[max(0, verb.start() - 80): verb.start()])
    if g is None:
        return False
    start = max(0, verb.start() - 80) + g.start()
    if WITH_OTHERS.search(x.s[max(0, start - 40): start]):
        return False  # "X and his delegation arrived": the person travels with them
    # (the person named after the group is read by the verb's subject test below: "Officials arrived early; X, the prime minister,
    # landed in Budapest an hour later" is X's later verb)
    return not any(mm.start - x.sent.start >= start for mm in x.sent.persons if not x.persons or mm.id == x.persons[0])


#: A welcome told in the passive, its host named after "by" ("was greeted at the airport by the Mongolian president", "was received
#: by Mongolia's prime minister"): the host's State places the stay (session 28). Read between the verb and the host's State.
HOSTED_BY = re.compile(r"(?:was|were)\s+(?:\w+ly\s+)?(?:greeted|welcomed|received)\b[^.;,]{0,60}?\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.I)
#: The host's office after the State that names it ("the Mongolian president", "Mongolia's foreign minister", "the Mongolian head of state").
HOST_OFFICE = re.compile(r"(?:['’]s)?\s+(?:(?:vice|deputy|acting)\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|emir|leader|head\s+of\s+state|"
                         r"(?:foreign|defen[cs]e|interior)\s+minister|counterpart|officials|authorities|government|hosts?)\b", re.I)


def _host_by(x: Ctx, past: re.Match[str]) -> list[str]:
    """The State of the host named after a passive welcome ("was greeted … by the Mongolian president"), not the traveller's own."""
    own = x.spec.nationality.get(x.persons[0], []) if x.persons else []
    for m in x.sent.states:
        at = m.start - x.sent.start
        if past.start() < at < past.end() + 60 and not HOSTED_BY.fullmatch(x.s[past.start(): at]):
            return []  # "was received in Moscow by the Mongolian president": the place told is the stay's, the host a guest there
        if at > past.start() and HOSTED_BY.fullmatch(x.s[past.start(): at]) and HOST_OFFICE.match(x.s, m.end - x.sent.start):
            code = _resolve_state(m, x.s, x.text, x.spec)[0]
            return [code] if code and code not in own else []
    return []


#: (session 49, mleft42) The host's own name in apposition between its office and the welcome's verb: between commas (", Viktor
#: Orbán,") or capitalised words (" Viktor Orbán"), or nothing. Read case-sensitively: a name, not any word.
HOST_APPOSITION = r"\s*(?:,[^,.;:()\"“”]{1,60},\s*|(?:[A-ZÀ-Ý][\w'’-]+\s+){1,4})?"


def _host_by_demonym(x: Ctx, host: re.Match[str], person: str) -> list[Any]:
    """(session 29) The host named by its demonym and office as the subject of the welcome ("The Mongolian president received X",
    "Le président mongol a reçu X", "El presidente mongol recibió a X"): that demonym's mention, when the sentence names no
    other State or place (the traveller's own demonym apart: "… received Russian President X"); none otherwise ("… received X
    in Moscow": the host may be the guest there)."""
    s, sent = x.s, x.sent
    own = x.spec.nationality.get(person, [])
    for m in sent.states:
        a, b = m.start - sent.start, m.end - sent.start
        if m.kind != "DEMONYM" or b > host.start():
            continue
        # (session 49, mleft42) the office after the demonym in any language read ("Hungarian Prime Minister", 'der ungarische
        # Ministerpräsident': lexicon.HOST_HEAD_AFTER), the demonym after an article or opening the sentence, and the head's name
        # in apposition between the office and the verb ("Hungarian Prime Minister Viktor Orbán received X", 'o
        # primeiro-ministro húngaro, Viktor Orbán, recebeu X'), the traveller not inside it
        office = HOST_OFFICE.match(s, b) or HOST_HEAD_AFTER.match(s, b)
        told = bool(office and re.fullmatch(HOST_APPOSITION + r"(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?", s[office.end(): host.start()])
                    and re.search(r"(?:\b(?:the|its|their)\s+|^\W*(?:\w{1,3}\s+)?)$", s[max(0, a - 10): a] if a > 10 else s[:a], re.I)) or \
            bool(HOST_OFFICE_BEFORE.search(s[max(0, a - 60): a]) and re.fullmatch(HOST_APPOSITION, s[b: host.start()]))
        if not told or any(b <= p.start - sent.start < host.start() for p in sent.persons if p.id == person):
            continue
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if not code or code in own:
            return []
        others = [c for n in sent.states if n is not m for c in [_resolve_state(n, s, x.text, x.spec)[0]]
                  if c != code and not (n.kind == "DEMONYM" and c in own)]
        return [] if others else [m]
    return []


#: (session 40) A head of State's or government's office and the genitive before a State, in the languages read ("the President
#: of Mongolia", 'le président de la Mongolie', 'o presidente da Mongólia', 'el presidente de Mongolia', 'il presidente della
#: Mongolia', 'der Präsident der Mongolei'): the State whose head speaks or acts.
HEAD_OF_STATE_OF = re.compile(
    r"\b(?:president[ae]?|présidente?|präsident(?:in)?|prime\s+minister|primeir[oa]-ministr[oa]|premier\s+ministre|première\s+ministre|"
    r"primer\s+ministro|primera\s+ministra|primo\s+ministro|king|queen|roi|reine|rey|reina|rei|rainha|re|regina|könig(?:in)?|emir|émir|emiro)"
    r"\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]\s*)?|du\s+|d['’]\s*|da\s+|do\s+|del\s+|della\s+|dello\s+|dell['’]\s*|der\s+|von\s+)$",
    re.I)


def _host_head(x: Ctx, trigger: re.Match[str], person: str) -> list[str]:
    """(session 43, mleft34) The destination of a trip whose sentence names no place but names its host by a head of State's or
    government's office and the State's demonym ("X will make a state visit at the invitation of Mongolian President Y", 'à
    l'invitation du président mongol', 'auf Einladung des mongolischen Präsidenten') or by the office and the State after it
    ('the President of Mongolia'), a word of hosting just before them (``HOST_CUE``: 'invitation', 'guest', 'Einladung'; not
    "attended the summit with the president of Mongolia", "will meet the prime minister of Hungary", whom he may meet anywhere):
    that State, when it is one, not the traveller's own, and told after the traveller or the trip
    ("The Mongolian President will pay a visit to X" is the other's trip); none when the sentence names another State or place,
    the traveller's own included ("X will host the Mongolian President in Moscow"), but for the traveller's own demonym ("Russian
    President X accepted an invitation from Mongolian President Y")."""
    s, sent = x.s, x.sent
    own = x.spec.nationality.get(person, [])
    told = [m.start - sent.start for m in sent.persons if m.id == person]
    anchor = min([trigger.start(), *told])
    codes: set[str] = set()
    for m in sent.states:
        a, b = m.start - sent.start, m.end - sent.start
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if not code or (code in own and m.kind == "DEMONYM"):
            continue  # the traveller's own demonym ("Russian President X"); a place of the traveller's own State is a place told
        # the office told before the State ('the President of', 'le président'): the cue is read before it; after ("Mongolian
        # President"): before the demonym
        before = HEAD_OF_STATE_OF.search(s[max(0, a - 40): a]) if m.kind == "STATE" else \
            HOST_HEAD_BEFORE.search(s[max(0, a - 40): a]) if m.kind == "DEMONYM" else None
        office = before is not None or (m.kind == "DEMONYM" and HOST_HEAD_AFTER.match(s, b) is not None)
        lead = a - len(before.group(0)) if before is not None else a
        head = code not in own and a > anchor and office and HOST_CUE.search(s[max(0, lead - 60): lead]) is not None
        if not head and m.kind != "DEMONYM":
            return []  # another State or place named: the trip's place is not the host's by default
        if head:
            codes.add(code)
    return sorted(codes) if len(codes) == 1 else []


def _host_by_office_of(x: Ctx, host: re.Match[str], person: str) -> list[Any]:
    """(session 40) The host named by its head's office and the State after it as the subject of the welcome ("The President of
    Mongolia, X, welcomed Y", 'o presidente da Mongólia, X, agradeceu a visita de Y', 'le président de la Mongolie a reçu Y'):
    that State's mention, an apposition naming the head allowed between it and the verb, when the sentence names no other State
    or place (the traveller's own apart), as _host_by_demonym reads 'the Mongolian president received Y'; none otherwise."""
    s, sent = x.s, x.sent
    own = x.spec.nationality.get(person, [])
    for m in sent.states:
        a, b = m.start - sent.start, m.end - sent.start
        if m.kind != "STATE" or b > host.start() or not HEAD_OF_STATE_OF.search(s[max(0, a - 40): a]):
            continue
        if not re.fullmatch(r"\s*(?:,[^,.;:()\"“”]{1,60},)?\s*(?:(?:has|had|have|a|ont|avait|ha|hanno|aveva|hat|hatte)\s+)?(?:\w+ly\s+)?",
                            s[b: host.start()], re.I):
            continue
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if not code or code in own:
            return []
        others = [c for n in sent.states if n is not m for c in [_resolve_state(n, s, x.text, x.spec)[0]]
                  if c != code and not (n.kind == "DEMONYM" and c in own)]
        return [] if others else [m]
    return []


#: The small words a headline in title case keeps in lower case (articles, prepositions, conjunctions) in the languages read.
SMALL_WORDS = frozenset("a an the of and or in on at to for by from de del della di da do dos das du des la le les el los las "
                        "lo et y e und der die das den dem zu im am au aux en".split())


def _dateline_blanked(s: str) -> str:
    """``s`` with a wire's dateline at its head ("ABUJA (AFP) - ", "MADRID (EFE).- ") written as spaces, the same length: what
    opens the sentence after it is read as an opening (session 36)."""
    dl = DATELINE.match(s)
    return " " * dl.end() + s[dl.end():] if dl else s


def _has_lowercase_word(text: str) -> bool:
    """True when ``text`` holds a word in lower case beyond the small words a title-case headline keeps so: a verb or a
    common noun, not a string of names ("Vladimir Putin … Mongolia")."""
    return any(w[0].islower() and w.lower() not in SMALL_WORDS for w in re.findall(r"[^\W\d_][\w'’-]*", text))


def _main_clause_end(rest: str) -> int:
    """Where the main clause after a trip's noun stops (``CLAUSE_STOP``), or the text's end."""
    m = CLAUSE_STOP.search(rest)
    return m.start() if m else len(rest)


def _stay_in_failure_clause(s: str, past: re.Match[str]) -> bool:
    """(session 35) A stay told only inside a failure's clause: the trip's words lie within a ``DURING_TRIP`` phrase that a
    failure to cooperate (``NONCOMPLIANCE``) precedes ("criticó a Mongolia por no detener a X durante su visita", "por não
    prender X durante sua visita"): the trip is the ground of the failure, background to the reproach or the finding, as English
    "for not arresting X during his visit" names no trip of its own."""
    for m in DURING_TRIP.finditer(s):
        if m.start() <= past.start() < m.end() or past.start() <= m.start() < past.end():
            # the trip told by its noun ("durante su visita"), not by a clause of its own ("when he visited Amman on Sunday",
            # which may be the day's news while the failure is only weighed: "is considering whether Jordan failed to arrest X
            # when he visited Amman on Sunday")
            if re.match(r"(?:when|cuando|quando|lorsque|quand|als|wenn)\b", m.group(0), re.I):
                return False
            # (session 39, mtrap27) or an arrest only supposed, pledged or offered in the phrase's clause ("ready to arrest X
            # during his visit", 'Putin bei seinem Besuch in Deutschland festzunehmen'): the trip its supposed occasion, none told
            # (not one ruled out: "would not arrest X during his current visit", 'ne l'arrêterait pas', 'nicht festnehmen': a refusal)
            supposed = ARREST_SUPPOSED_BEFORE.search(s[: m.start()])
            if (supposed and not negated_before(s, supposed.start())) or ARREST_SUPPOSED_AFTER.search(s[m.end():]):
                return True
            return bool(NONCOMPLIANCE.search(s[: m.start()]))
    return False


def _kept_from_leaving(x: Ctx) -> None:
    """(session 37, mleft21) A departure prevented, told right before the State ("an order preventing X from leaving South Africa",
    'empêcher X de quitter l'Afrique du Sud', 'impedire a X di lasciare il Sudafrica'): the person named in it (or the one person
    of the sentence, by a pronoun: 'preventing him from leaving') is in that State on the day, a visit (never in their own State:
    the emit's rule). Not when only supposed ("could issue an order preventing …", "if he attends") or denied, nor with no day told."""
    s, sent = x.s, x.sent
    if x.denial or not x.persons or CONDITION_OPENING.search(s) or not find_dates(s, x.ref, x.exact):
        return  # (and only with a day of its own: "restrictions, which prevented him from leaving the Netherlands, had been
        # lifted" tells a standing restriction, not a presence of the day)
    for st in sent.states:
        if st.kind == "DEMONYM":
            continue
        at = st.start - sent.start
        kept = KEPT_FROM_LEAVING.search(s[max(0, at - 120): at])
        if kept is None:
            continue
        start = max(0, at - 120) + kept.start()
        window = s[max(0, start - 60): start]
        if any(not ORDER_PURPOSE.search(window[: h.end()]) for h in HYPOTHETICAL.finditer(window)) or HYPOTHETICAL.search(s[at:]):
            continue  # "could issue an order preventing …", "if he attends" (not 'une ordonnance pour empêcher': the order's purpose)
        named = [m.id for m in sent.persons if start <= m.start - sent.start < at and m.id in x.persons]
        who = named[:1] or (x.persons[:1] if len(x.persons) == 1 and not [m for m in sent.persons if start <= m.start - sent.start < at] else [])
        code = _resolve_state(st, s, x.text, x.spec)[0]
        if who and code:
            x.emit("visit", sent, "rules:visit", person=who[0], state=code, anchor=start)


#: A passive right before a welcome's verb ("was received", 'wurde … empfangen', 'fue recibido'): the guest is named before it.
WELCOME_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|wurde|wurden|worden|fue|fueron|foi|foram|è\s+stato|è\s+stata|sono\s+stati|été)"
                             r"\s+(?:\w+\s+)?$", re.I)
#: What ends a welcome's object before the guest's name: a clause's end, a relative or subordinate clause, or a warrant named
#: (the verb's object is then something else: 'empfing einen Brief über X', 'recibió la orden de arresto contra X').
#: (session 47, mleft39) The objects of a welcome's verb that are no guest: a warrant, a letter, a call ('received a phone call from
#: X', 'recebeu uma chamada telefônica de X', 'a reçu un appel de X', 'erhielt einen Anruf von X'): a call is no trip.
WELCOME_OTHER_OBJECT = re.compile(r"\b(?:warrants?|haftbefehl\w*|orden(?:es)?|mandat\w*|mandados?|brief\w*|letter|carta|lettre|lettera|"
                                  r"(?:phone\s*|telephone\s+)?calls?|appels?|llamadas?|telefonat[ae]?|chiamat[ae]|chamadas?|"
                                  r"telefonemas?|anrufs?|telefonats?)\b", re.I)
WELCOME_BREAK = re.compile(r"[.;:,]|\b(?:who|which|that|because|while|when|der|die|das|weil|als|que|quien|cuando|porque|che|quando|"
                           r"perché|quem|qui|lorsque|parce)\b|" + WELCOME_OTHER_OBJECT.pattern, re.I)


def _welcome_before_guest(x: Ctx, person: str) -> re.Match[str] | None:
    """(session 41, mleft30) A host's welcome in the language's words (``HOST_WELCOME``: 'empfing', 'recibió', 'ha ricevuto',
    'recebeu', 'a reçu') with the guest named after it and the place elsewhere in the sentence, before the host ('In Ulan Bator
    empfing Präsident X den russischen Staatschef Y', 'En Budapest, Orbán recibió a Y') or after the guest ('Orbán recibió a Y en
    Budapest'): the verb, as English "X received Y in Budapest" is read. Not a passive ('fue recibido por'), not a guest named
    more than 80 characters after the verb or past a comma, a clause's end, a relative clause or another object (a warrant, a
    letter: 'ha ricevuto una consulenza legale secondo cui i capi di Stato, ai quali viene equiparato X')."""
    s, sent = x.s, x.sent
    for host in HOST_WELCOME.finditer(s):
        if WELCOME_PASSIVE.search(s[: host.start()]):
            continue
        for m in sent.persons:
            gap = s[host.end(): m.start - sent.start]
            if m.id == person and 0 <= len(gap) <= 80 and not WELCOME_BREAK.search(gap):
                return host
    return None


def visits(x: Ctx) -> None:
    """Presence of a person under warrant in another State (told in the past or present), or a trip
    announced for the future; the subject must be the traveller."""
    s, sent, persons = x.s, x.sent, x.persons
    if IN_CUSTODY.search(s):
        return  # brought somewhere in custody, not a visit
    _kept_from_leaving(x)
    # "X, who is attending the summit, appeared …": presence told in the progressive, as "is visiting"
    # (session 36) a wire's dateline blanked ("ABUJA (AFP) - Arrivé dimanche, X …", "MADRID (EFE).- Llegado el lunes, …"): the
    # opening participle after it is read as it is at the head of a sentence (offsets kept)
    headless = _dateline_blanked(s)
    past = ARRIVAL_PAST.search(headless) or ATTENDING_NOW.search(s) or (None if FROM_AFAR.search(s) else PRESENT_NOW.search(s))
    if past and persons and sent.persons:
        # "diplomats left the ceremony because X was in attendance", "… departed … because X was present": X's presence told
        # just after the name, not the others' departure told before it
        att = next((a for a in ATTENDING.finditer(s) for m in sent.persons if m.id == persons[0] and past.start() < m.start - sent.start
                    and re.fullmatch(r"\s+(?:was|were|is|had been)\s+", s[m.end - sent.start: a.start()])), None)
        past = att or past
    while past and negated_before(s, past.start()) and not _late_arrival(s, past):
        # (session 36) "did not arrest X because he never travelled to Ulaanbaatar", 'n'est jamais arrivé': the trip denied just
        # before its verb (each language's negation, as a custody's: ``negated_before``); the next telling of a trip read instead
        # ("X, who had not visited A in a decade, arrived in A on Monday"); not a late arrival ("did not arrive until Tuesday")
        past = ARRIVAL_PAST.search(headless, past.end())
    if past and _stay_in_failure_clause(s, past):
        return  # the sentence's trip is the failure's ground (no trip of the day, nor one to come: "will hand down a finding on
        # South Africa's failure to arrest X when he attended …" names no plan either)
    if past and AWAITED_ARRIVAL.match(past.group(0)) and (
            re.search(r"\b(?:expected|planned|anticipated|scheduled|awaited)\s+arrival\b", past.group(0), re.I)
            or AWAITED_BEFORE.search(s[max(0, past.start() - 80): past.start()])):
        past = None  # "in anticipation of X's arrival in Kenya", "ahead of X's arrival": an arrival awaited, not one made
    if past and past.group(0).lower() == "visiting":
        # the participle before a title is the weakest telling: a verb after it ("visiting … X who arrived today in …") tells more
        past = ARRIVAL_PAST.search(s, past.end()) or past
    fut = TRAVEL_FUTURE.search(s)
    if fut and x.question and not re.search(r"[:;—–]|\s-\s", s[fut.end():]):
        fut = None  # (session 36) "Vladimir Putin andrà in Brasile per il vertice?": a trip to come only asked about, the question
        # closing the trip's own clause (a headline's "X to visit A: will he be arrested?" asks about the arrest, not the trip)
    if past and re.match(r"(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?(?:attending|visiting|participating|taking)\b", past.group(0), re.I) \
            and TIME_TO_COME.search(s):
        fut, past = fut or past, None  # "is attending the summit in Addis Ababa next week": the progressive of a plan
    if past and not fut and _when_to_come(s, past):
        # "… may not fear arrest when he arrives in Budapest for a summit": a trip to come; "police will arrest him as soon as
        # he lands": a trip only supposed, no trip told
        if PLEDGE.search(s):
            return
        fut, past = past, None
    if past and HABITUAL.search(s[past.end(): past.end() + 120].split(";")[0]):
        past = None  # (session 29) "had visited Mongolia many times", "visited A, B and C during his years in power": trips of a habit
    if past and RECALLED_BY_TIME.search(s[max(0, past.start() - 100): past.start()]):
        past = None  # (session 29) "A year after X visited Mongolia, …", "the anniversary of X's visit to …": a trip recalled
    if past and _others_travel(x, past):
        past = None  # "X said officials of the ministry flew out to A": the officials' trip
    if fut and _others_travel(x, fut):
        fut = None
    if fut and re.fullmatch(r"to\s+\w+", fut.group(0), re.I) and WISHED_OR_ASKED.search(s[max(0, fut.start() - 80): fut.start()]):
        fut = None  # (session 29) "would like to visit Mongolia one day", "activists urged X not to travel to Paris": no trip planned
    maybe = MAYBE_TRIP.search(s)
    if maybe and (fut is None or maybe.start() <= fut.start()):
        fut = None  # (session 30) "could visit Mongolia next week", "might travel to Mongolia": a trip only possible, none planned
    dest = _destinations(sent, x.text, x.spec)
    own = x.spec.nationality.get(persons[0], []) if persons else []
    if not [d for d in dest if d not in own] and x.states and \
            re.search(r"\b(?:was|were|is) in the country\b|\b(?:current|ongoing|present)\s+(?:visit|trip|stay)\s+(?:to|in)\s+the\s+country\b", s, re.I):
        # "when the president was in the country", "Chad's government said … the Sudanese President … during his current visit to
        # the country": the State the sentence names (not the traveller's own, named by a demonym); a stay under way only ("failed
        # to arrest him during his visit to the country" recalls a past one, the ground of a finding)
        dest = [c for c in x.states if c not in own][:1] or dest
    if not dest and fut and x.last_state and not x.states and _country_anaphor(s, fut):
        # "X would soon travel to the South American country": the State the sentences before last named
        dest = [x.last_state]
    if persons:
        dest = [d for d in dest if d not in x.spec.nationality.get(persons[0], [])]  # "Bashir of Sudan": his origin
    if persons and (fresh := _fresh_from(x)):
        # "X is expected to arrive in Hanoi, fresh from a visit to Pyongyang": A visit made, the sentence's trip the other's
        dest = [d for d in dest if d not in fresh]
        if not dest:
            return
    if persons and (opened := _opening_trip(x, dest)):
        # "On his way to A, X stopped in B": A is the opening's trip to come, B the main clause's stay
        dest = [d for d in dest if d not in opened]
        if not dest:
            return
    if not dest and past and persons and re.match(r"(?:was|were)\s+(?:greeted|welcomed|received)\b", past.group(0), re.I):
        dest = _host_by(x, past)  # "was greeted at the airport by the Mongolian president"
    if not dest and persons and (trip := fut or past) is not None and (fut or (x.ref is not None and find_dates(s, x.ref, x.exact))):
        # (session 43) "… at the invitation of Mongolian President Y", 'du président mongol': a trip to come, or one made told with
        # its day (not "received a red carpet welcome from Hungarian Prime Minister Y during a state visit", undated: a trip recalled)
        dest = _host_head(x, trip, persons[0])
    if not dest and (past or fut) and len(x.scene) == 1:
        # the place the headline names, for a sentence that names none (not the traveller's own: "Sudan's Bashir")
        dest = [d for d in x.scene if not persons or d not in x.spec.nationality.get(persons[0], [])]
    if not dest and past and persons and BARE_ARRIVAL.match(past.group(0)) and not BACK_AFTER_ARRIVAL.match(s, past.end()):
        # "ULAANBAATAR, Sept 2 (Reuters) - X arrived on Monday for a state visit": an arrival the sentence places nowhere is
        # where the story was filed (not the traveller's own State; none when the dateline names none or several)
        filed = _dateline_states(x, x.spec.nationality.get(persons[0], []))
        # else the one State of the trip the two sentences before tell ("… this trip to Mongolia marks Putin's first to an ICC
        # member. After the Russian president touched down on Monday evening, …")
        dest = sorted(filed) if len(filed) == 1 else _trip_place_before(x, persons[0])
        if not dest and not fut:
            # (session 30) … or the one State of the trip the next sentence names by its noun ("X landed on Tuesday. The visit to
            # Mongolia is his first to an ICC member state")
            dest = _trip_place_after(x, persons[0])
    if not dest and past and not fut and persons and x.act_back and x.back is not None and ACT_OPENING.match(s):
        # (session 44, mleft35) a trip told made by its noun in the sentence after the one naming the person ("Rights groups
        # urged Tajikistan to arrest X. The visit has ultimately taken place."): the one State that sentence names, the host
        # carried with the person (not the traveller's own; none when it names two)
        dest = _host_before(x, persons[0])
    if fut and not dest and persons and HOST_AHEAD.search(fut.group(0)):
        # "Mongolia is preparing to host X next month": the State that will host, as the subject of the hosting to come
        subj = [m for m in sent.states if m.kind in ("STATE", "PLACE") and 0 <= fut.start() - (m.end - sent.start) <= 2]
        code = _resolve_state(subj[-1], s, x.text, x.spec)[0] if subj else None
        dest = [code] if code and code not in x.spec.nationality.get(persons[0], []) else []
    gathered: tuple[str | None, str | None] | None = None
    if not dest and past and persons and ATTENDING.search(s) and not fut and not x.denial and \
            not re.search(r"\b(?:not|never|no longer|cancel\w*|refus\w*|boycott\w*|disagree\w*|dispute\w*|if|whether|would|could)\b|n['’]t\b", s, re.I):
        # "Among those in attendance was X", "X was the first president to jet into the country for the ceremony": the
        # place of the gathering the document tells of (not "will not host the summit over the attendance of X")
        if not re.search(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:inaugurat\w*|swearing[- ]in|funeral|coronation|wedding|birthday)", s, re.I):
            # (not "… during his inauguration in May, an event that X attended": another's ceremony, its place untold)
            dest, gathered = _gathering_place(x, persons[0])
    if not dest and past and not fut and persons and x.last_state and not x.states and _country_anaphor(s, past, before=True) \
            and x.last_state not in x.spec.nationality.get(persons[0], []):
        # (session 31) "Mongolia … On arriving in the country on Tuesday, X was welcomed", "A su llegada al país, X fue recibido": a
        # trip made to the State named before, never the traveller's own; the last reading of its place (a headline's place, a
        # dateline's, a gathering's come first: "was the first president to jet into the country" for an inauguration, dev)
        dest = [x.last_state]
    # "During his visit to Mongolia on Tuesday, X laid a wreath": an opening clause whose "his" is the subject named next
    opening = re.match(r"\W*(?:during|on|in the course of) (?:his|her|a|an) [^,;]{0,80},\s*", s, re.I)
    opening_subject = bool(opening and past and past.start() < opening.end() and sent.persons and persons
                           and any(m.id == persons[0] and m.start - sent.start == opening.end() for m in sent.persons))
    # (session 35) "Arriving on Sunday, X left on Monday", 'Arrivé dimanche en fin d'après-midi, le président X est reparti lundi': an
    # arrival's participle opening the sentence, its subject the person named first after the opening's comma (only a title in
    # lower case between: not "During his visit, Deby invited X to visit …", whose subject is another)
    comma = s.find(",", past.end()) if past and BARE_ARRIVAL.match(past.group(0)) and not headless[: past.start()].strip(" \t\n«»\"'“”‘’") else -1
    opening_subject = opening_subject or bool(comma > 0 and sent.persons and persons and any(
        m.id == persons[0] and 0 <= m.start - sent.start - comma <= 40
        and re.fullmatch(r"\s*(?:[a-zà-öø-ÿ][\w'’.-]*\s+){0,4}(?:(?i:al|el|ag|ben|bin|abu)[-\s])?", s[comma + 1: m.start - sent.start])
        for m in sent.persons))
    # "X met President Y in Z": the traveller is the one who met (the host is named after the verb)
    met_named = bool(past and past.group(0).lower() == "met ")
    # (session 36) "Trump met Putin in Alaska on Friday", 'se reunió con X en …', 'a rencontré X à …', 'ha incontrato X a …': a
    # meeting told in the past whose object is the person (at most a title between the verb and the name, not another's
    # envoy: "met Putin's envoy", 'l'envoyé de X') was held where both were: a visit of the person to the place named after
    met_object = bool(past and persons and not x.denial and _met_object(x, past, persons[0]))
    # "the furore at the presence of X", "consternation over the attendance of X": the noun names its traveller after it
    noun_of = bool(past and re.fullmatch(r"(?:presence|appearance|attendance) of", past.group(0), re.I) and persons
                   and any(m.id == persons[0] and 0 <= m.start - sent.start - past.end() <= 40 for m in sent.persons))
    hosting = HOSTING.search(s, max(0, past.start() - 25), past.end() + 10) if past else None
    # (session 37) 'Am Donnerstag war X in Ulan Bator zu Gast', 'Gestern landete X in Ulan Bator', 'In Kampala war X zu Gast': a
    # time or a place first, the finite verb second, its subject the person named right after it (no one else named between)
    verb_second = bool(past and persons and VERB_SECOND.fullmatch(s[: past.start()]) and any(
        m.id == persons[0] and 0 <= m.start - sent.start - past.end() <= 60
        and not any(past.end() <= o.start - sent.start < m.start - sent.start for o in [*sent.persons, *sent.others] if o.id != m.id)
        and not re.search(r"[,;:.]", s[past.end(): m.start - sent.start])
        and not VERB_SECOND_OTHER.search(s[past.end(): m.start - sent.start])
        for m in sent.persons))
    # "Among those in attendance was X", "Among the guests were X and Y", "Joining other leaders at the festivities was
    # X": the subject comes after the verb
    # (session 36: the words are families, each language adds its own: 'Parmi les personnes présentes … figurait X', 'Tra i presenti
    # … c'era X', 'Unter den Anwesenden … war X')
    inverted = bool(past and INVERTED_AMONG.search(s[max(0, past.start() - 30): past.end()])
                    and INVERTED_BE.match(s[past.end():]))
    # "Many heads of state attended the inauguration, including X", "une investiture à laquelle ont participé de nombreux chefs
    # d'Etat, dont X", "asistieron, entre otros, X": each person listed after the attendance's verb attended (session 35)
    # (the gathering's place told before the list: a State named after the person is another's, "… including X of Sudan and
    # Zimbabwe's Y")
    # (session 36) not after a subject that is no one: "No head of state attended the inauguration, including X"
    listed = bool(past and persons and not x.denial and not NO_ONE_ATTENDED.match(s[: past.start()]) and any(
        m.id == persons[0] and m.start - sent.start > past.end()
        and _listed_attendee(s[past.end(): m.start - sent.start])
        and not any(st.start >= m.end for st in sent.states) for m in sent.persons))
    # "\"I am very pleased to be in Mongolia,\" X said": the speaker's own presence, told in the first person in a quote the
    # sentence gives to the person (the quote closed, then the person named with a verb of saying)
    here = QUOTED_HERE.search(s) if persons and sent.persons else None
    spoken = bool(here and not x.denial and any(
        m.id == persons[0] and m.start - sent.start > here.end() and (
            SAID_BY.fullmatch(s[here.end(): m.start - sent.start]) is not None
            or (TITLED_BY.fullmatch(s[here.end(): m.start - sent.start]) is not None and SAYS_AFTER.match(s, m.end - sent.start) is not None))
        for m in sent.persons))
    if spoken and here is not None and not past:
        past = here
    # "Visiting Russian President X laid a wreath in Ulaanbaatar": the participle before the title and name names its traveller
    premodified = bool(past and past.group(0).lower() == "visiting" and persons
                       and any(m.id == persons[0] and re.fullmatch(r"(?:\s+[\w'’.-]+){0,5}\s+", s[past.end(): m.start - sent.start])
                               for m in sent.persons))
    if past and past.group(0).lower() == "visiting" and not premodified and not re.search(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?visiting\b", s, re.I):
        past = None  # "immunities guaranteed to every visiting Head of State": the participle names no one here
    if past and not spoken and not opening_subject and not noun_of and not inverted and not verb_second and not listed and not premodified and not met_object and (met_named or not hosting or not _guest_of(s, hosting, sent, persons[0] if persons else None)) \
            and sent.persons and persons and all(m.start - sent.start > past.start() and not m.end - sent.start < past.end()
                                                 for m in sent.persons if m.id == persons[0]):
        # (a person inside the verb's own frame is its subject: "ist X nach Ungarn gereist", "traf X in Abu Dhabi ein")
        # the person comes after the verb and is not its guest: someone else arrived ("… where he will represent
        # President X"), "the presence of foreign troops in Mongolia alarmed critics of X" (the noun's guest is another)
        past = None
        # … unless the person is the subject of a later trip verb, named just before it or with an apposition between ("Il est
        # arrivé, comme si de rien n'était : en costume bleu, X, le président soudanais, pose à Johannesburg")
        for m in sent.persons:
            if m.id != persons[0]:
                continue
            later = ARRIVAL_PAST.search(s, m.end - sent.start)
            if later and SUBJECT_THEN_VERB.fullmatch(s[m.end - sent.start: later.start()]):
                past = later
                break
    if fut and not HOSTING.search(fut.group(0)) and not HOST_AHEAD.search(fut.group(0)) \
            and not re.search(r"\b(meet|host|between|ensure|enter|forward to)", fut.group(0), re.I) \
            and not _meet_verb(fut.group(0)) \
            and not TRAVELLER_AFTER.match(s[fut.end():]) \
            and sent.persons and persons and all(m.start - sent.start > fut.end() for m in sent.persons if m.id == persons[0]):
        # (not a trip noun whose traveller follows it: "preparations for the upcoming state visit of X to India")
        fut = None
    if fut and re.search(r"\b(?:officials|ministers|delegat\w+|envoys|representatives|others|diplomats)\s+(?:\w+\s+)?$", s[max(0, fut.start() - 40): fut.start()], re.I):
        fut = None  # "inviting other Sudanese officials to travel to their countries": someone else travels
    invited_only = bool(re.search(r"\binvit(?:e|ed|ation|es|ing)\b", s, re.I)) and \
        not TRIP_BESIDE_INVITATION.search(s) \
        and not (fut is not None and INVITATION_OCCASION.search(s))
    if fut and re.search(r"\b(?:free|able|enabled?|allow\w*|permit\w*)\s+(?:\w+\s+){0,5}?to\s+$", s[max(0, fut.start() - 60): fut.start() + 3], re.I):
        fut = None  # "is free to visit Rome without an arrest", "has enabled X to visit …": a freedom, not a trip announced
    if fut and invited_only:
        fut = None  # "has been invited to the summit next week": an invitation, not yet a trip (nor an alert)
    if past and invited_only and INVITED_TRIP_NOUN.fullmatch(past.group(0)) and re.search(
            r"\binvit(?:e|ed|es|ing)\b[^.;]{0,80}?(?:\bto\s+(?:make|pay|undertake|go\s+on)|\bfor)\s+(?:an?|the|his|her|their)\s+\W?$",
            s[:past.start()], re.I):
        # "had invited the prime minister to make an official visit to Germany", "invited him for a state visit": the trip
        # invited to, not made (not "At the invitation of Y, X is paying a state visit to Z": the trip told, the invitation its
        # occasion)
        past = None
    if fut and persons and not x.denial and (frm := DEPARTED_FROM_FOR.match(fut.group(0))) is not None:
        # "departed Tel Aviv for Washington on Monday", "left Kenya for Uganda": the place left (a stay ended, a visit when not the
        # traveller's own) and the place the trip to come is for
        left = {c for m in sent.states if fut.start() <= m.start - sent.start < fut.start() + frm.end("place")
                for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
        for st in [d for d in dest if d in left]:
            x.emit("visit", sent, "rules:visit", person=persons[0], state=st, ambiguous=x.ambiguous, anchor=fut.start())
        dest = [d for d in dest if d not in left]
        past = None
    if past and fut and past.start() == fut.start() and fut.end() > past.end():
        past = None  # "departed for Washington on Tuesday": the departure names a trip whose arrival is to come, not a stay
    if past and not fut and TRIP_NOUN_TOLD.fullmatch(past.group(0)) and (
            MAIN_SUPPOSED.match(s[past.end():][:_main_clause_end(s[past.end():])])
            or not _has_lowercase_word(s[:past.start()] + " " + s[past.end():])):
        # (session 30) a trip told by its noun takes its tense from its clause's verb: none in a conditional ("X's visit to
        # Argentina would be the first since the warrant", "La visita de X sería …"), and none with no verb at all (a headline
        # alone, "X's visit to Argentina": neither made nor announced)
        past = None
    if past and not fut and not x.denial and TRIP_NOUN_TOLD.fullmatch(past.group(0)) and (
            AWAITED_TRIP.search(s[max(0, past.start() - 80): past.start()])
            or MAIN_AHEAD.match(s[past.end():][:_main_clause_end(s[past.end():])])):
        # "Officials prepare for X's visit to Hungary", "During X's visit to Vietnam, it is planned to discuss …", "X's visit to
        # Vietnam will include talks": a trip named by its noun, whose wait or main clause sets it ahead (not "During X's visit,
        # Hungary announced it will leave": the verb of saying ends the main clause)
        fut, past = past, None
    if past and fut and (re.match(r"\W*(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|arrival)\b", past.group(0), re.I)
                         or ((TRIP_NOUN.fullmatch(past.group(0)) or TRIP_NOUN_TOLD.fullmatch(past.group(0))) and fut.start() > past.end())):
        # (session 30: and the other languages' nouns, "La visita de X a A está prevista para la próxima semana")
        # "X's visit to Budapest was confirmed … for next week", "has confirmed his attendance at the summit … next week": a
        # trip named by a noun, dated to come
        past = None
    if dest and persons and not past and not fut:
        # "Mongolia's president hosted Vladimir Putin in Ulaanbaatar on Monday": hosted where the sentence places it
        host = re.search(r"\b(?:welcomed|received|hosted|greeted)\b", s) or _welcome_before_guest(x, persons[0])
        if host and any(m.start - sent.start > host.end() and not WELCOME_OTHER_OBJECT.search(s[host.end(): m.start - sent.start])
                        for m in sent.persons if m.id == persons[0]) and \
                not HYPOTHETICAL.search(s[max(0, host.start() - 40): host.start()]) and \
                not re.search(r",\s*(?:who|which)\s+(?:\w+\s+)?$", s[:host.start()], re.I):
            # (not a hosting told in a relative clause of another's trip: "Y, who hosted X in April, visited Washington", session 29)
            past = host
    if not dest and persons and sent.states:
        # "Mongolia welcomed Vladimir Putin …": the State that hosts, as the subject of the hosting verb
        host = HOST_WELCOME.search(s)
        if host:
            subj = [m for m in sent.states if 0 <= host.start() - (m.end - sent.start) <= 2 and m.kind == "STATE"] \
                or _host_by_demonym(x, host, persons[0]) or _host_by_office_of(x, host, persons[0])
            # the person as the verb's object ("welcomed Vladimir Putin", "… the red carpet for the Russian president X"), not
            # named inside another object ("welcomes ICC arrest warrants for X")
            if subj and any(HOST_OBJECT.match(s[host.end(): m.start - sent.start]) for m in sent.persons if m.id == persons[0]):
                code = _resolve_state(subj[-1], s, x.text, x.spec)[0]
                dest = [code] if code and code not in x.spec.nationality.get(persons[0], []) else []
                past = past or host
    if past and fut and past.start() < fut.start() and not x.denial:
        # "finished his visit in Hungary on Sunday and will leave for the United States": the States named after the
        # trip to come are its destinations, not places of the visit told first
        fut_end = fut.end()

        def codes(after: bool) -> set[str]:
            return {c for m in sent.states if (m.start - sent.start > fut_end) == after
                    for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
        ahead = [d for d in dest if d in codes(True) and d not in codes(False)]
        if ahead and len(ahead) < len(dest):
            dest = [d for d in dest if d not in ahead]
            for p in persons[:1]:
                for st in ahead:
                    x.emit("planned_visit", sent, "rules:planned_visit", person=p, state=st, ambiguous=x.ambiguous, anchor=fut.start())
    if past and not (fut and fut.start() < past.start()):
        legs = _leg_anchors(x, past, dest) if len(dest) > 1 or REL_CLAUSE.search(s) else {}
        for p in persons[:1]:
            for st in dest:
                x.emit("visit", sent, "rules:visit", person=p, state=st, ambiguous=x.ambiguous, anchor=legs.get(st, past.start()), when=gathered)
        return
    arr = ARRIVAL.search(s) if not fut else None
    if arr and sent.persons and persons and all(m.start - sent.start > arr.end() for m in sent.persons if m.id == persons[0]):
        arr = None  # "… shortly after arriving this morning in Sydney where he will represent President X": not X's trip
    if not fut and dest and not sent.persons and persons and persons == [x.focus] and VENUE.search(s) and any(
            MEETING_AHEAD.search(y.text) and any(m.id == x.focus for m in y.persons) for y in x.sentences_before(2)):
        # "Trump and Putin had spoken … about a new meeting. Budapest is being discussed as the venue.": a trip to come
        fut = VENUE.search(s)
    if fut and persons and not dest and not invited_only:
        dest = _trip_place_before(x, persons[0])
    held_day: tuple[str | None, str | None] | None = None
    if fut and persons and not dest and not invited_only and not x.denial and GATHERING_NAMED.search(s) and \
            not PLAN_IN_THE_PAST.search(s[max(0, fut.start() - 40): fut.start()]):
        # (session 30) "X is expected to attend the summit." "The summit will be held in Budapest in October.": the one State where
        # the document places a gathering, on the day its sentence gives (not the document's own day, which a trip to come is not);
        # not a plan told in the past ("X had planned to attend the inauguration": a plan given up, dev's menafn page)
        dest, held_day = _gathering_place(x, persons[0])
        if held_day and x.ref is not None and held_day[0] in (x.ref.isoformat(), x.ref.strftime("%Y-%m")):
            held_day = None
    if fut and TRIP_AS_TOPIC.search(s):
        fut = None  # "A visit by X to India is on the agenda of talks next week", "X's visit … is expected to be discussed" (session 30)
    if fut and dest and (pair := _MEETING_PAIR.search(fut.group(0))):
        # (session 42, mnews136) a meeting of two set ahead by its noun ("the summit scheduled for August 15 in Alaska between X and
        # Y", 'la cumbre entre X y Y se celebrará en Alaska'): its place is told before the pair ("… in Alaska between") or right
        # after the meeting's verb ("… will be held in Alaska"), not a State the rest of the sentence names ('… y Trump se centrará
        # en Ucrania': the talks' topic)
        # (a State or place named there, not a demonym of one of the pair: "between X and the US president will be held in …")
        lo, hi = (fut.start() - 60, fut.start() + pair.start()) if pair.end() == len(fut.group(0)) else (fut.start() + pair.end(), fut.end() + 60)
        near = {c for m in sent.states if lo <= m.start - sent.start < hi and m.kind in ("STATE", "PLACE")
                for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
        dest = [d for d in dest if d in near]
    if fut or (x.future and arr and not invited_only and not maybe):
        for p in persons[:1]:
            # a trip told without its day ("X heads to Washington"), its meeting dated in another sentence naming the same
            # person ("… the meeting with the president scheduled for Monday"): that day
            when = (held_day or _scheduled_day(x, p)) if dest and not find_dates(s, x.ref, x.exact) else None
            for st in dest:
                x.emit("planned_visit", sent, "rules:planned_visit", person=p, state=st, ambiguous=x.ambiguous, anchor=pos(fut), when=when)
