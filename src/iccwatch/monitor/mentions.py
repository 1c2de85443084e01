"""Mentions and entities over a document: persons (with namesakes), States, places and demonyms
(resolved by context, data-driven), sentences cut at line breaks, and the places a sentence names as
destinations."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from iccwatch.monitor.dates import MONTHS, WEEKDAYS
from iccwatch.monitor.gazetteer import STOP_NAME_WORDS, Spec, normalise
from iccwatch.monitor.lexicon import (
    ARMED_GROUP_AFTER,
    ARMED_GROUP_BEFORE,
    ATTRIBUTION_BETWEEN,
    CRIME_PLACE,
    DATELINE,
    NAMED_SO,
    PLACE_SPEAKS,
    PLACE_SPOKE_BEFORE,
    RELATIONAL_BEFORE,
    R,
    compiled_words,
    court_place_before,
    english_word,
    language_words,
    with_words,
)


@dataclass
class Mention:
    kind: str  # PERSON, STATE, PLACE, DEMONYM, AMBIGUOUS, SURNAME, ICC
    id: str
    text: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    persons: list[Mention] = field(default_factory=list)
    states: list[Mention] = field(default_factory=list)
    #: Namesakes: a surname the record knows, borne here by someone else ("Sara Duterte", then "Duterte").
    others: list[Mention] = field(default_factory=list)
    icc: bool = False


#: Capitalised words that open sentences without being first names ("Yesterday Duterte said").
#: Day and month names: capitalised, but no part of a name ("Bashir Tuesday arrived", "Putin March visit").
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
SENTENCE_OPENERS = {"yesterday", "today", "on", "in", "when", "after", "before", "but", "and", "meanwhile", "later", "then", "while",
                    "as", "if", "although", "since", "where", "there", "here", "now", "also", "however", "still", "instead",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    # prepositions ("During Putin's visit …": no first name "During")
                    "during", "amid", "amidst", "despite", "following", "upon", "unlike", "throughout", "ahead", "with", "without", "at",
                    "from", "by", "for", "under", "within", "against", "among", "until", "through", "regarding",
                    # conjunctions, adverbs and auxiliaries that open a sentence or a question ("Whether Putin comes …", "Will
                    # Putin attend?") (session 29)
                    "whether", "though", "once", "unless", "because", "so", "even", "only", "perhaps", "both", "neither", "either",
                    "nor", "or", "yet", "why", "how", "what", "who", "will", "would", "did", "does", "can", "could", "should", "is",
                    "was", "has", "had"}


INSTRUMENT_WORDS = {"statute", "convention", "conventions", "agreement", "protocol", "protocols", "declaration", "amendments",
                    "review", "principles", "accords", "accord", "process", "treaty", "treaties", "charter", "pact"}


#: Words after a State's name that make it an adjective ("US President"), not a destination.
ADJECTIVAL = {"president", "prime", "minister", "ministry", "foreign", "government", "forces", "officials", "authorities", "army", "police",
              "troops", "leader", "leaders", "embassy", "ambassador", "counterpart", "delegation", "war", "military", "parliament", "court"}


CONFLICT_BEFORE = R(r"\b(war|wars|invasion|invaded|conflict|crisis|offensive|fighting|attacks?|aggression|peace|occupation|crimes|atrocities|"
                    r"violence|situation|deportation|children|anniversary|commemoration)\s+(?:\w+\s+)?(?:in|of|on|against|from)\s+(?:the\s+)?$")


def conflict_before(before: str) -> re.Match[str] | None:
    """``CONFLICT_BEFORE`` on the text before a place ("the war in Ukraine"), its English word read only where the document's
    language reads it so (lexicon.english_word: German 'X war in Kampala' is 'X was in Kampala', session 37)."""
    m = CONFLICT_BEFORE.search(before)
    return m if m is None or english_word(m.group(1) or "") else None


#: A place named after "in", "to", "at" … that the gazetteer does not know, then a comma before a State (or a State's constituent
#: territory) the sentence names: "in Anchorage, Alaska", "to Causeway Bay, Hong Kong".
#: (session 44, mnews142) A time ahead right after the place a visit in the simple present names ("visits North Korea on Tuesday",
#: "visits Mongolia next week"): that place is the trip's (lexicon.TRAVEL_FUTURE reads the trip to come); without one ("who often
#: visits China") the present names no place of a trip.
VISITS_AHEAD = re.compile(r"[\w'’ .-]{0,30}?\b(?:next\s+(?:week|month)|this\s+(?:week|weekend)|tomorrow|(?:on\s+|this\s+|next\s+)?"
                          r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


CITY_THEN_STATE = re.compile(r"\b(?:in|to|into|at|reached|visit(?:ed|ing|s)?|toured?)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}),\s*$", re.I)


def _state_names(spec: Spec) -> frozenset[str]:
    """Every name the gazetteer gives a State (cached per gazetteer)."""
    global _STATE_NAMES
    key = id(spec.states)
    if _STATE_NAMES[0] != key:
        _STATE_NAMES = (key, frozenset(n for names in spec.states.values() for n in names))
    return _STATE_NAMES[1]


_STATE_NAMES: tuple[int | None, frozenset[str]] = (None, frozenset())


#: (session 30) The Romance languages' capital before its demonym, after a preposition of place ('dans la capitale tchadienne',
#: 'a la capital chadiana', 'na capital angolana', 'nella capitale ciadiana'): a place in that State, as English "in the
#: Mongolian capital".
CAPITAL_BEFORE_DEMONYM = re.compile(r"\b(?:à|a|en|dans|vers|hacia|para|na|em|in|nella|alla|verso)\s+(?:la\s+|a\s+)?capitale?\s+$", re.I)


def _gathering_genitive(before: str) -> bool:
    """(session 38) Whether the words right before a State make it the genitive of a gathering in the document's language
    (its ``gathering_of``: 'la cérémonie d'investiture du Kenya', 'la ceremonia de investidura de Kenia', 'la cerimonia per la
    nuova costituzione del Kenya', 'a cerimônia de posse do Quênia'): where the gathering is held, as English reads "of". Not
    when an office or a people stands right before the genitive (its ``office_of``: 'au sommet avec le ministre des Affaires
    étrangères de la Hongrie', 'al vertice con il presidente della Mongolia'): whom the State describes, as English's
    ``OFFICE_OF``."""
    words = language_words() or {}
    gathering_of, office_of = words.get("gathering_of"), words.get("office_of")
    if not gathering_of or not with_words(rf"(?:{gathering_of})\s*$").search(before):
        return False
    return not (office_of and compiled_words(rf"(?:{office_of})\s*$").search(before))


#: (session 42, mleft32) A dateline told as a place and a colon at a sentence's head ("Budapest:", "New Delhi: Amid speculations …"):
#: where the story was filed when the text before the colon is a place the gazetteer reads (``_destinations``).
CITY_COLON = re.compile(r"\W*(?-i:[A-Z])[\w.'’ -]{1,30}?\s*:\s")
#: (session 42, mleft32) A capitalised word (not an acronym: "BRICS", "ICC") that may name a place the gazetteer lacks ("to Kazan").
#: Not a venue within a city ("at Kololo grounds", "in Independence Hall"), which the dateline's city may hold.
_TITLE_WORD = re.compile(r"(?<![\w'’-])(?-i:[A-Z])(?-i:[a-zà-ÿ])[\w'’-]*(?!\s+(?:grounds|stadium|hall|palace|airport|hotel|cent(?:re|er)|square|park|"
                         r"house|arena|building|state\s+house)\b)")
_PLACE_PREPOSITION = re.compile(r"\b(?:to|in|into|reached|entered)\s+(?:the\s+)?$", re.I)


def names_a_place(sent: Sentence, start: int) -> bool:
    """(session 42, mleft32) Whether the sentence names a place after ``start`` (an offset in it) as where someone is or goes, the
    gazetteer knowing it or not: a capitalised word right after a preposition of place (English's, or the language's
    ``destination_before``: "will travel to Kazan", 'se rendra à Kazan'), not a person's name. A dateline's city is the fact's
    place only when its sentence names none (``_destinations``, whose own reading of known places comes first, and
    ``rules_travel._gathering_place``). A State named otherwise ("India rolled out the red carpet") is no place of the fact."""
    towards = (language_words() or {}).get("destination_before")
    for w in _TITLE_WORD.finditer(sent.text, start):
        at = sent.start + w.start()
        if any(p.start <= at < p.end for p in sent.persons):
            continue
        before = sent.text[max(start, w.start() - 40): w.start()]
        if _PLACE_PREPOSITION.search(before) or (towards and compiled_words(towards).search(before.lower())):
            return True
    return False


def _place_speaks(m: Mention, text: str, before: str) -> bool:
    """(session 47, mleft38) Whether a city (a capital, a seat of government) is told as a speaker: a verb of saying right after it
    ('Washington said', 'Moscou a affirmé', 'Berlin erklärte': ``PLACE_SPEAKS``) or right before it, or an attribution ('…, said
    Washington', 'a affirmé Moscou', 'selon Moscou': ``PLACE_SPOKE_BEFORE``), and no preposition of place right before it (English's or
    the language's ``destination_before``: 'in Berlin erklärte X', 'à Moscou a affirmé' keep the place)."""
    towards = (language_words() or {}).get("destination_before")
    if re.search(r"\b(?:in|to|into|at|from|for|of)\s+(?:the\s+)?$", before) or (towards and compiled_words(towards).search(before)):
        return False
    return bool(PLACE_SPEAKS.match(text[m.end: m.end + 80]) or PLACE_SPOKE_BEFORE.search(before))


def _destinations(sent: Sentence, text: str, spec: Spec) -> list[str]:
    """States a sentence names as places someone is in or goes to (not "US President", not "from Russia")."""
    out: list[str] = []
    last_end: int | None = None  # where the last destination told ends
    dl = DATELINE.match(sent.text)
    colon = None if dl else CITY_COLON.match(sent.text)
    filed = None  # (session 42) the place of a "City:" dateline, the fact's place only when the sentence names no other
    for m in sent.states:
        if dl and m.start - sent.start < dl.end():
            continue  # "Seoul, June 4 (IANS) X arrived in Pyongyang": where the story was filed, not where anyone went
        if colon and m.end - sent.start <= colon.end() and m.kind in ("STATE", "PLACE", "AMBIGUOUS") \
                and not sent.text[m.end - sent.start: colon.end()].strip(" :"):
            filed = filed or m
            continue  # "New Delhi: Amid speculations whether X could be arrested upon his arrival in Johannesburg"
        before = text[max(sent.start, m.start - 30): m.start].lower()
        far = text[max(sent.start, m.start - 100): m.start]
        # (session 47, mleft39) the language's words of destination read on up to 60 characters, so a verb of visiting before a
        # longer time told between it and its object is still read ('besucht am Dienstag und Mittwoch Nordkorea')
        wide = far.lower()[-60:]
        if (att := ATTRIBUTION_BETWEEN.search(far)) is not None:
            # (session 47) "visits, according to the Kremlin, North Korea", 'visitará, según el Kremlin, Corea del Norte': the
            # attribution taken out, the verb before it read as right before the State
            before = (far[: att.start()] + " " + far[att.end():]).lower()[-30:]
            wide = (far[: att.start()] + " " + far[att.end():]).lower()[-60:]
        if m.kind == "PLACE" and _place_speaks(m, text, before):
            continue  # (session 47) 'Washington said on Monday that …', 'Moscou a affirmé', 'erklärte Berlin': a speaker, no place
        if m.kind == "DEMONYM":
            # "in the Mongolian capital": the State's capital is a place in it
            # … and "on Hungarian territory", "on Mongolian soil": a place in that State
            if (re.match(r"\s+capital\b", text[m.end: m.end + 10]) and re.search(r"\b(in|to|at|reached)\s+the\s+$", before)) or \
                    (re.match(r"\s+(?:territory|soil)\b", text[m.end: m.end + 12]) and re.search(r"\b(?:on|in|to|onto|into|entered)\s+$", before)) or \
                    CAPITAL_BEFORE_DEMONYM.search(before):
                code, _ = _resolve_state(m, sent.text, text, spec)
                if code and code not in out:
                    out.append(code)
            continue
        after = text[m.end: m.end + 20].lower().lstrip(" '’s").split(" ")[0:1]
        # a departure told as done places the person there; "leaving", "will leave" name where a trip starts from
        gone = re.search(r"\b(?:home|back)\s+from\s+(?:the\s+)?$|\b(?:left|departed)\s+(?:the\s+)?$", before)
        if (re.search(r"\bfrom\s+(?:the\s+)?$", before) and not gone) or (after and after[0] in ADJECTIVAL and english_word(after[0])):
            continue  # "arrived from Russia" (but "rushes home from Nigeria", "left Nigeria": he was there)
        if gone and m.kind in ("STATE", "PLACE"):
            code, _ = _resolve_state(m, sent.text, text, spec)
            if code and code not in out:
                out.append(code)
            continue
        if conflict_before(before) or CRIME_PLACE.search(before):
            continue  # "the war in Ukraine", "invasion of Ukraine", "por crímenes de guerra en Gaza": the subject of a conflict, not a destination
        if re.search(r"\b(?:allied|allies|ally|close|closer|loyal|friendly|hostile|opposed|aligned)\s+(?:to|with)\s+(?:the\s+)?$", before):
            continue  # "two oil producers allied to the US": a State a party stands with, not where anyone goes
        if OFFICE_OF.search(before):
            continue  # "with Central Asian leaders and the President of Iran": whom he met, not where he went
        if _gathering_genitive(text[max(sent.start, m.start - 90): m.start]):
            # (session 38) 'la cérémonie d'investiture du Kenya', 'la cerimonia per la nuova costituzione del Kenya': where the
            # gathering is held, as English reads "the ceremony … of Kenya" (not 'il presidente della Mongolia')
            code, _ = _resolve_state(m, sent.text, text, spec)
            if code and code not in out:
                out.append(code)
            continue
        # "to Saudi Arabia and the United Arab Emirates": a State joined to a destination just told is one too
        joined = last_end is not None and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", text[last_end: m.start], re.I)
        towards = (language_words() or {}).get("destination_before")  # "en Mongolie", "a Mongolia": the language's own words
        # "will im September die Mongolei besuchen": the object of a visit whose verb ends the clause, in the language's words
        visited_after = (language_words() or {}).get("destination_after")
        # "was received by Tajikistan", "welcomed by Mongolia": the host, as the agent of the welcome
        hosted = re.search(r"\b(?:received|welcomed|greeted|hosted)\s+by\s+(?:the\s+)?$", before)
        # "will land in Anchorage, Alaska", "arrived in Causeway Bay, Hong Kong": a place the gazetteer lacks, then its State
        city_then = CITY_THEN_STATE.search(text[max(sent.start, m.start - 60): m.start])
        if city_then and (any(o is not m and o.start >= max(sent.start, m.start - 60) + city_then.start() and o.end <= m.start for o in sent.states)
                          or any(" ".join(city_then.group("name").split()[i:]) in _state_names(spec) for i in range(3))):
            city_then = None  # (the name before the comma is a State or place the gazetteer knows, even one read as a person's
            # name here: "to visit Chad, Libya" is a list)
        # (session 46) a seat of government ('the Kremlin', 'la Maison Blanche') is a place only after a word of place or
        # destination ('at the White House', 'au Kremlin'): 'the Kremlin said', 'a annoncé la Maison Blanche' is a speaker
        seat = m.kind == "PLACE" and m.text.casefold() in (spec.lexicon.get("seats") or ()) \
            and not re.search(r"\bvisit\w*\s+$", before, re.I)  # … or as a visit's object ('visitar a Casa Branca')
        if (m.kind == "PLACE" and not seat) or joined or hosted or city_then or re.search(r"\b(in|to|into|at|for|reached|entered|visit(?:ed|ing)?|toured?|across|around|of)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|fellow\s+)?$", before) \
                or (towards and (compiled_words(towards).search(before) or compiled_words(towards).search(wide))) \
                or (re.search(r"\bvisits\s+(?:the\s+)?$", before) and VISITS_AHEAD.match(text, m.end)) \
                or (visited_after and compiled_words(rf"^\s*(?:{visited_after})").search(text[m.end: m.end + 40])):
            code, _ = _resolve_state(m, sent.text, text, spec)
            if code and code not in out:
                out.append(code)
            last_end = m.end
    if filed is not None and colon is not None and not out and not names_a_place(sent, colon.end()):
        code, _ = _resolve_state(filed, sent.text, text, spec)
        if code:
            out.append(code)  # "Ulaanbaatar: X arrived on Monday for a state visit": filed from where he arrived
    return out


def _neighbour(doc: Any, i: int, step: int) -> Any:
    """The nearest non-whitespace token before (step -1) or after (step 1) token i, or None."""
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        j += step
    return doc[j] if 0 <= j < len(doc) else None


def _mentions(doc: Any, spec: Spec) -> list[Mention]:
    spans = sorted(doc.spans.get("mentions", []), key=lambda s: (s.start, -(s.end - s.start)))
    # A surname the text also gives with another first name ("Ahmed Bashir", "Sara Duterte") is a
    # namesake throughout the document: "Mr Bashir" then means that person, not the warrant subject.
    namesakes: set[str] = set()
    # where each surname was given in full by a namesake (True) or by the record's person (False): a bare surname
    # before any namesake is named is the record's person when named in full before it ("Rodrigo Duterte … Duterte
    # … Sara Duterte"); once a namesake is named, it stays no one's (who it is, the text must say)
    told: dict[str, list[tuple[int, bool]]] = {}
    # a word the document also writes in lower case is a common word capitalised by a title-case headline ("Tajikistan:
    # Arrest Putin"), not a first name
    common = {t.text for t in doc if t.is_lower and t.is_alpha}
    # … and, on a title-case line (a headline: "Kenya Hosts Bashir", "Mongolia Welcomes Putin"), a word the document writes in
    # lower case in another inflection ('hosted', 'welcomed': the same stem) (session 30)
    common_stems = {_stem(w) for w in common}
    title_lines = _title_case_lines(doc.text)
    # the titles of the document's language (monitor_words.yaml: German writes them capitalised, 'Regierungschef Netanjahu')
    titles = spec.title_words | {normalise(w) for w in (language_words() or {}).get("titles") or ()}
    # … and the words that open its sentences ('Embora Putin tenha sido convidado', 'Obwohl Putin …'), as 'Although' (session 28)
    openers = SENTENCE_OPENERS | {normalise(w) for w in (language_words() or {}).get("openers") or ()}
    # a name of the record spelt otherwise ("Moammar Gaddafi", "Najeem Osema Almasri"), read before the namesakes: a surname
    # inside it, after a first name spelt otherwise ("Osema"), is that person's, not a namesake's (session 29)
    spelt = _spelt_otherwise(doc.text, [Mention("PERSON", s.id_, s.text, s.start_char, s.end_char) for s in spans if s.label_ == "PERSON"], spec)
    # a surname glued after a capitalised word that is no one's given name ('Team Putin', 'Namaste Putin', 'Arrest Putin':
    # name_variants.yaml, not_given_names) makes no namesake: the document's other mentions of the surname are read as they
    # would be without it; the pair is the person only where it addresses them (a greeting, a slogan) and the document names
    # them otherwise too (session 30)
    not_given: dict[str, bool] = spec.lexicon.get("not_given_names") or {}
    glued: dict[int, bool] = {}
    # a State's name before a surname is the person's State, as a demonym is ("du Kenya Uhuru Kenyatta"), unless the name is
    # also a given name ('Chad', 'Jordan': state_names.yaml, person_names)
    state_words = {(t.i) for x in spans if x.label_ == "STATE" and x.text not in spec.lexicon["person_names"] for t in x}
    # a name too common to stand alone ('Hussein Ali', 'Mahamat Said': gazetteer, common_forms) is the person only where the
    # document names them otherwise, or the Court or a warrant is in its sentence (session 30)
    too_common = _too_common_here(doc, spans, spec)
    for s in spans:
        if s.label_ == "SURNAME" and any(m.start <= s.start_char and s.end_char <= m.end and m.id in s.id_.split("|") for m in spelt):
            continue
        if s.label_ == "SURNAME":
            prev = _neighbour(doc, s.start, -1)
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and normalise(prev.text) in not_given:
                glued[s.start_char] = not_given[normalise(prev.text)]
                continue
            if prev is not None and prev.i in state_words:
                continue
            own = spec.name_tokens(s.id_)
            # a middle name the record spells otherwise or lacks, after the record's own first name ("Viktor
            # Kinolayevich Sokolov" for "Viktor Nikolayevich Sokolov"), is the same person, not a namesake
            prev2 = _neighbour(doc, prev.i, -1) if prev is not None else None
            middle = prev2 is not None and prev2.text[:1].isupper() and prev2.is_alpha and normalise(prev2.text) in own \
                and normalise(prev2.text) not in STOP_NAME_WORDS
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and normalise(prev.text) not in titles \
                    and normalise(prev.text) not in openers and normalise(prev.text) not in own and not middle \
                    and prev.text.lower() not in common and not _no_first_name(prev.text, titles, spec) \
                    and not (any(a <= prev.idx < b for a, b in title_lines) and _stem(prev.text.lower()) in common_stems):
                namesakes.add(s.text)
                told.setdefault(s.text, []).append((s.start_char, True))
    for s in spans:
        if s.label_ == "PERSON":
            for word in s.text.split():
                if word in namesakes:
                    told.setdefault(word, []).append((s.start_char, False))

    def namesake_here(text: str, at: int) -> bool:
        before = [k for pos, k in sorted(told.get(text, [])) if pos <= at]
        return not before or any(before)
    # A surname several persons of the record bear stands for the one of them the document names in full
    # ("Laurent Gbagbo … Gbagbo was flown"); with none or several of them named, for no one.
    full = {s.id_ for s in spans if s.label_ == "PERSON" and s.start_char not in too_common}
    # the persons the document names by a mention neither glued nor too common (a glued greeting names them only then)
    named_otherwise = full | {s.id_ for s in spans if s.label_ == "SURNAME" and s.start_char not in glued and s.start_char not in too_common
                              and s.text not in namesakes}
    # a name of the record spelt otherwise ("Moammar Gaddafi") is named in full too, before any bare surname is read
    full |= {m.id for m in spelt}
    kept: list[Mention] = []
    last_end = -1
    instruments = frozenset((language_words() or {}).get("instruments") or ())
    for s in spans:
        if s.start < last_end or any(m.start < s.end_char and s.start_char < m.end for m in spelt):
            continue
        text = s.text
        label = s.label_
        if s.start_char in too_common and label in ("PERSON", "SURNAME"):
            continue
        if s.start_char in glued and label == "SURNAME" and not (glued[s.start_char] and s.id_ in named_otherwise):
            continue
        if label == "SHARED":
            named = [pid for pid in s.id_.split("|") if pid in full]
            prev = _neighbour(doc, s.start, -1)
            if len(named) != 1 or (prev is not None and prev.text[:1].isupper() and prev.is_alpha and normalise(prev.text) not in titles
                                   and normalise(prev.text) not in openers and not prev.is_sent_start):
                continue
            kept.append(Mention("SURNAME", named[0], text, s.start_char, s.end_char))
            last_end = s.end
            continue
        if label in ("SURNAME", "PERSON") and NAMED_SO.search(doc.text[max(0, s.start_char - 60): s.start_char]):
            # (session 29) "a man named Putin visited Tallinn", "a driver called Duterte": someone else who bears the name
            kept.append(Mention("OTHER", s.id_, text, s.start_char, s.end_char))
            last_end = s.end
            continue
        if label == "GENITIVE":
            # (session 49) a surname in the German genitive ('Putins Besuch', 'der Besuch Putins': gazetteer.add_genitive_persons):
            # the person, or the one of several bearers the document names in full; the capitalised noun before or after it is
            # the genitive's head, no first name; a namesake's surname stays no one's, as the bare surname
            named = [pid for pid in s.id_.split("|") if "|" not in s.id_ or pid in full]
            if len(named) == 1 and not (text[:-1] in namesakes and namesake_here(text[:-1], s.start_char)):
                kept.append(Mention("SURNAME", named[0], text, s.start_char, s.end_char))
            last_end = s.end
            continue
        if label == "SURNAME" and text in namesakes and namesake_here(text, s.start_char):
            kept.append(Mention("OTHER", s.id_, text, s.start_char, s.end_char))
            last_end = s.end
            continue
        nxt_tok = _neighbour(doc, s.end - 1, 1)
        prev = _neighbour(doc, s.start, -1)
        if label == "SURNAME" and nxt_tok is not None and nxt_tok.text[:1].isupper() and nxt_tok.is_alpha and normalise(nxt_tok.text) not in spec.title_words \
                and normalise(nxt_tok.text) not in CALENDAR_WORDS and "\n" not in doc.text[s.end_char: nxt_tok.idx]:
            continue  # a first name here ("Bashir Ahmed"; not a day after the name, agency style: "Bashir Tuesday arrived"; not the
            # next line's first word: a line end the reading left (``unwrap`` joins a name wrapped over two lines) ends a headline
            # or a paragraph, 'dicta orden de detención contra Putin' over 'El tribunal …', session 45)
        if label in ("PLACE", "STATE") and nxt_tok is not None and nxt_tok.text.lower() in INSTRUMENT_WORDS:
            continue  # "Rome Statute", "Geneva Conventions", "Kampala amendments": an instrument, not a place
        if label in ("PLACE", "STATE") and instruments and prev is not None and prev.text.lower() in ("de", "d'", "d’") and \
                (noun := _neighbour(doc, prev.i, -1)) is not None and noun.text in instruments:
            continue  # "le Statut de Rome", "el Estatuto de Roma": the instrument (the document's language, monitor_words.yaml)
        if label == "STATE" and text in spec.lexicon["person_names"]:
            if nxt_tok is not None and nxt_tok.text[:1].isupper() and nxt_tok.is_alpha and nxt_tok.text not in ("President", "Government", "Ministry", "Foreign", "Prime") \
                    and not (prev is not None and prev.text.lower() in ("the", "a", "an")):
                continue  # a first name ("Chad Smith"; not "the Jordan Arab summit", "a Chad Basin project": a State as an attribute)
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and normalise(prev.text) not in spec.title_words \
                    and prev.text not in ("In", "To", "From", "Of", "And", "With"):
                continue  # a surname ("Michael Jordan")
        kept.append(Mention(label, s.id_, text, s.start_char, s.end_char))
        last_end = s.end
    kept += spelt
    parts = _name_parts(doc.text, kept, full, spec)
    return sorted(kept + parts + _surnames_spelt(doc.text, kept + parts, full, spec, titles | openers), key=lambda m: m.start)


#: A warrant named in the languages the monitor reads (singular or plural): context enough for a name too common alone.
ANY_WARRANT = R(r"\bwarrants?\b|\bHaftbefehl\w*|\bmandats?\s+d['’]arr[êe]t\b|\bmandat[oi]\s+(?:d['’]|di\s+)arresto\b|"
                r"\b[óo]rden(?:es)?\s+de\s+(?:arresto|detenci[óo]n|captura|aprehensi[óo]n)\b|\bmandados?\s+de\s+(?:pris[ãa]o|deten[çc][ãa]o)\b")


def _too_common_here(doc: Any, spans: list[Any], spec: Spec) -> set[int]:
    """The starts of the mentions in ``doc`` by a name too common to stand alone (the lexicon's ``common_forms``, gazetteer)
    that nothing else supports: the document names the person by no other name, and their sentence names neither the Court
    nor a warrant (session 30)."""
    forms: dict[str, list[str]] = spec.lexicon.get("common_forms") or {}
    if not forms:
        return set()
    common = [x for x in spans if x.label_ in ("PERSON", "SURNAME") and normalise(x.text) in forms.get(x.id_, ())]
    if not common:
        return set()
    inside = [(x.start_char, x.end_char) for x in common]
    otherwise = {x.id_ for x in spans if x.label_ in ("PERSON", "SURNAME") and normalise(x.text) not in forms.get(x.id_, ())
                 and not any(a <= x.start_char and x.end_char <= b for a, b in inside)}
    icc = [x.start_char for x in spans if x.label_ == "ICC"]
    out = set()
    for x in common:
        if x.id_ in otherwise:
            continue
        sent = doc[x.start].sent
        if any(sent.start_char <= at < sent.end_char for at in icc) or ANY_WARRANT.search(sent.text):
            continue
        out.add(x.start_char)
    return out


def _stem(word: str) -> str:
    """A word without its English inflection ('hosts', 'hosted', 'hosting' -> 'host'; 'welcomes', 'welcomed' -> 'welcom'),
    kept whole when too little would be left."""
    cut = re.sub(r"(?:ing|ed|es|s|e)$", "", word)
    return cut if len(cut) >= 3 else word


#: A headline written in title case: a line of two to sixteen words, with no sentence's full stop, whose every word of four
#: letters or more begins with a capital.
def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s lines written in title case (a headline's way: "Kenya Hosts Bashir")."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        long = [w for w in words if len(w) >= 4]
        if 2 <= len(words) <= 16 and len(long) >= 2 and not line.endswith(".") and all(w[0].isupper() for w in long):
            out.append((m.start(), m.end()))
    return out


def _no_first_name(word: str, titles: AbstractSet[str], spec: Spec) -> bool:
    """A capitalised word before a surname that is no first name, so makes no namesake (session 29): an acronym ("the FDLR
    Mudacumura", "two Kenyans Gicheru"), a month or a day ("in March Werfalli would"), a people ("Kenyans Gicheru") or a
    title in the plural ("Presidents Putin and Japarov")."""
    w = normalise(word)
    if len(word) >= 2 and word.isupper():
        return True
    if w in CALENDAR_WORDS:
        return True
    people = _demonym_words(spec)
    return w in people or (w.endswith("s") and (w[:-1] in people or w[:-1] in titles))


#: A run of capitalised words (with Arabic articles and hyphens between them): a name as the text writes it.
NAME_RUN = re.compile(r"\b(?:[A-Z][\w'’]+|al|el|ag)(?:(?:\s+|-)(?:[A-Z][\w'’]+|al|el|ag))*\b")
#: Words of a name that tell no one apart: articles and particles.
PARTICLES = {"al", "el", "ag", "ibn", "bin", "abu", "de", "da", "du", "la", "le", "van", "von"}


def _free_name_runs(text: str, kept: list[Mention]) -> Iterator[re.Match[str]]:
    """The runs of capitalised words (NAME_RUN) that overlap no mention already kept."""
    taken = [(m.start, m.end) for m in kept]
    for run in NAME_RUN.finditer(text):
        if not any(x < run.end() and run.start() < y for x, y in taken):
            yield run


def _name_parts(text: str, kept: list[Mention], full: set[str], spec: Spec) -> list[Mention]:
    """Parts of a name the document gives in full, met alone or in another order ("Ahmad Al Faqi Al Mahdi",
    then "Mr Al Faqi", "Ahmad Al Mahdi Al Faqi"): the same person, when every word of the part is one of
    that person's names and no other person the document names in full has them all. A part made only
    of a first name or of common name words ("Ahmad", "Al") names no one."""
    if not full:
        return []
    out: list[Mention] = []
    for run in _free_name_runs(text, kept):
        a, b = run.start(), run.end()
        words = [normalise(w) for w in re.split(r"[\s-]+", run.group(0))]
        while words and (words[0] in spec.title_words or words[0] in SENTENCE_OPENERS or words[0].rstrip(".") in spec.title_words):
            words = words[1:]
        telling = [w for w in words if w not in PARTICLES]
        if not telling:
            continue
        if len(words) == 1 and not re.search(r"\b(?:mr|mrs|ms|dr|gen|col)\.?\s+$", text[max(0, a - 6): a], re.I):
            continue  # one bare word ("Islam" beside "Saif al-Islam Gaddafi") is a name only after a title
        owners = [pid for pid in full if all(w in spec.name_tokens(pid) for w in telling)]
        if len(owners) != 1:
            continue
        firsts = {normalise(n.split()[0]) for n in spec.persons.get(owners[0], [])}
        # the first and last words of a longer name of that person ("Mohammed Ali" after "Mohammed Hussein Ali"): the short
        # form the gazetteer does not read alone when both are common name words (gazetteer.spec_from_records) is his here,
        # the document naming him in full (session 29)
        short = len(telling) == 2 and any(normalise(n.split()[0]) == telling[0] and _last_word(n) == telling[1]
                                          for n in spec.persons.get(owners[0], []) if len(n.split()) >= 3)
        if all(w in STOP_NAME_WORDS or w in firsts for w in telling) and not short:
            continue
        out.append(Mention("SURNAME", owners[0], run.group(0), a, b))
    return out


#: A capitalised word alone (with an article glued or joined to it: "Senusi", "Al-Senusi", "Elbashir").
LONE_WORD = re.compile(r"(?<![\w'’-])(?:(?:[Aa]l|[Ee]l)-)?[A-Z][^\W\d_]{3,}(?![\w'’-])")


def _surnames_spelt(text: str, kept: list[Mention], full: set[str], spec: Spec, titles: AbstractSet[str]) -> list[Mention]:
    """A surname of a person the document names in full, met alone in another spelling that folds to the record's
    (``_surname_key``: "Senusi" after "Abdalá al Senusi" for "Abdullah al-Senussi"; "Elbashir"): that person, when the
    record gives that key to no one else and the word stands alone (no capitalised word joined before or after it but a
    title or an opener). Only a folding: a vowel changed ("Koni" for "Kony") is a spelling the record must list (session 29)."""
    if not full:
        return []
    keys: dict[str, set[str]] | None = spec.__dict__.get("_surname_keys")
    if keys is None:  # built once per spec, kept on it
        keys = {}
        for form, pid in spec.surnames.items():
            keys.setdefault(_surname_key(form), set()).add(pid)
        for form, pids in spec.shared_surnames.items():
            keys.setdefault(_surname_key(form), set()).update(pids)
        object.__setattr__(spec, "_surname_keys", keys)
    taken = [(m.start, m.end) for m in kept]
    out: list[Mention] = []
    for w in LONE_WORD.finditer(text):
        a, b = w.span()
        if any(x < b and a < y for x, y in taken) or normalise(w.group(0)) in STOP_NAME_WORDS:
            continue
        owners = keys.get(_surname_key(w.group(0)), set())
        if len(owners) != 1 or not owners <= full:
            continue
        before = re.search(r"(?<![.!?:])\b([\w'’]+)[ \t]+$", text[max(0, a - 30): a])  # (a word of the same sentence and line)
        after = re.match(r"[ \t]+([\w'’]+)", text[b: b + 30])
        if before and before.group(1)[:1].isupper() and normalise(before.group(1)) not in titles and not _no_first_name(before.group(1), titles, spec):
            continue  # "Omar Senusi": another first name (not a title, an opener, a month, a people …)
        if after and after.group(1)[:1].isupper() and normalise(after.group(1)) not in spec.title_words and normalise(after.group(1)) not in CALENDAR_WORDS:
            continue  # "Senusi Ahmed": a first name here
        out.append(Mention("SURNAME", next(iter(owners)), w.group(0), a, b))
    return out


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return _compiled(words)


@functools.lru_cache(maxsize=64)
def _compiled(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _resolve_state(m: Mention, sentence: str, text: str, spec: Spec) -> tuple[str | None, list[str]]:
    """The ISO code a State-like mention stands for, or None with the candidates when ambiguous. The
    context words that settle an ambiguous name are data (data/lookups/state_names.yaml, monitor.context)."""
    rules = [c for c in spec.lexicon["context"] if c["name"].lower() == m.text.lower()]
    if m.kind == "AMBIGUOUS":
        codes = m.id.split("|")
        ctx = sentence + " " + text
        hits = [c["choose"] for c in rules if c["choose"] in codes and _words(tuple(c["words"])).search(ctx)]
        if len(set(hits)) == 1:
            return hits[0], []
        if m.text in spec.lexicon.get("shared_airports", ()):  # "NAIA": the airport of the State the document names
            named = [c for c in codes if spec.named_in(c, text.replace(m.text, " "))]
            if len(named) == 1:
                return named[0], []
        if len(codes) == 1:
            return codes[0], []
        return None, codes
    for c in rules:  # a State name that may be a place elsewhere ("Georgia" next to Atlanta)
        near = _words(tuple(c["words"]))
        unless = _words(tuple(c["unless"])) if c["unless"] else None
        if near.search(sentence) or (near.search(text) and not (unless and unless.search(text))):
            return c["choose"], []
    return m.id, []


#: How a sentence, a headline or a caption may end: a line that ends so is never joined to the next.
LINE_END = (".", "!", "?", ":", '"', "”", "’")


def _wrapped(line: str, text: str, nxt: int, wrap_end: re.Pattern[str]) -> bool:
    """True when ``line``, broken from the next line (at ``nxt``) by a single line end, goes on in it: it ends as no
    sentence or headline ends and it is long (more than twelve words), or it ends as ``wrap_end`` says a line that leads on
    does (lexicon.wrap_end: a comma, a semicolon, an article ...), or the next line opens in lower case. A next line that is a
    list's item stands apart."""
    line = line.strip()
    if not line or line.endswith(LINE_END) or LIST_ITEM.match(text, nxt):
        return False
    if len(line.split()) > 12 or wrap_end.search(line):
        return True
    first = text[nxt: nxt + 1]
    return first.isalpha() and first.islower()


def _filled(block: list[str]) -> bool:
    """True when a run of lines (no blank line among them) is a paragraph wrapped at a fixed width: at least three lines,
    the longest of 40 to 100 characters, and every line but the last filled to three quarters of it. Lines each holding a
    whole paragraph, or a headline over a byline, are not."""
    widths = [len(x.rstrip()) for x in block]
    if len(widths) < 3 or not 40 <= max(widths) <= 100:
        return False
    return all(w >= 0.75 * max(widths) for w in widths[:-1])


def cut_glued_headline(text: str, headline: str | None) -> str:
    """``text`` with its headline, when the body opens by repeating it glued to the lead with no stop (a page's title run into
    its first sentence: 'Corte Penal Internacional dicta orden de detención contra Putin El tribunal … acusó este viernes …'),
    ended by a line break in place of the one space after it, so that the headline is read as a line of its own and the
    lead as a sentence (a name at the headline's end is not run into the lead's first capitalised words). Nothing moves (the
    text keeps its length). Only within the body's first 200 characters (a section word or two of page chrome may stand
    before the repeated headline), only where the headline holds at least four words and the next word opens with a capital
    (session 45, mleft36)."""
    head = " ".join((headline or "").split())
    if len(head.split()) < 4:
        return text
    m = re.compile(r"\s+".join(re.escape(w) for w in head.split()) + r"( )(?=[A-ZÀ-ÖØ-Þ¿¡«\"“])").search(text[:200 + len(head) * 2])
    if m is None or m.start() > 200 or "\n" in text[m.start(): m.end()]:
        return text
    return text[: m.start(1)] + "\n" + text[m.end(1):]


def unwrap(text: str, wrap_end: re.Pattern[str], credit: re.Pattern[str] | None = None) -> str:
    """``text`` with each line end that a hard wrap put inside a sentence made a space, so that a name or a phrase broken
    over two lines is read as written and the sentence is one ("Callixte\nMbarushimana" is one name). Nothing moves: the
    text keeps its length, so offsets into it are offsets into the text as given. A blank line, a headline, a dateline or
    a caption on a line of its own still ends where it ends: a line end is made a space inside a paragraph wrapped at a
    fixed width (``_filled``), or where the line goes on in the next (``_wrapped``; ``wrap_end``: lexicon.wrap_end of the
    spec's lexicon). A line closed by a news agency's credit (``credit``: lexicon.agency_credit; "… dal Sudafrica. Reuters")
    ends there (session 35)."""
    if "\n" not in text:
        return text
    chars = list(text)
    lines = text.split("\n")
    starts = [0]
    for x in lines[:-1]:
        starts.append(starts[-1] + len(x) + 1)
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and lines[j].strip():
            j += 1
        block = lines[i: j + 1]  # lines i..j, no blank line among them
        filled = _filled(block)
        for k in range(i, j):
            end = starts[k] + len(lines[k])  # the line end after line k
            nxt = starts[k + 1] + len(lines[k + 1]) - len(lines[k + 1].lstrip())
            if LIST_ITEM.match(text, starts[k + 1]) or lines[k].rstrip().endswith(LINE_END) and not filled:
                continue
            if credit is not None and credit.search(lines[k]):
                continue
            if filled or _wrapped(lines[k], text, nxt, wrap_end):
                chars[end] = " "
        i = j + 1
    return "".join(chars)


def _spans(doc: Any, credit: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Sentence spans, cut again at line breaks: a headline or a caption never runs into the text, nor a line closed by a news
    agency's credit (``credit``: lexicon.agency_credit; "… dal Sudafrica. Reuters\nIl leader sudanese …": two sentences,
    session 35)."""
    out: list[tuple[int, int]] = []
    text = doc.text
    for s in doc.sents:
        start = s.start_char
        for m in re.finditer(r"\n\s*", text[s.start_char: s.end_char]):
            cut = s.start_char + m.start()
            line = text[text.rfind("\n", 0, cut) + 1: cut].strip()
            # A blank line, or a short line (a headline, a caption), ends a sentence; a long line
            # broken only by wrapping does not.
            blank = m.group(0).count("\n") >= 2
            if not blank and len(line.split()) > 12 and not line.endswith(LINE_END) \
                    and not (credit is not None and credit.search(line)):
                continue
            if text[start:cut].strip():
                out.append((start, cut))
            start = s.start_char + m.end()
        if text[start: s.end_char].strip():
            out.append((start, s.end_char))
    return _join_lists(_join_ordinals(_join_ranks(out, text), text), text)


#: A rank or title cut short before a name, which ends no sentence: "Lt.-Gen. Mikhail Mindzaev", "Maj. Gen. X", "Col. Y".
RANK_END = re.compile(r"(?:^|[\s(—–-])(?:Lt|Lieut|Gen|Col|Maj|Brig|Capt|Cdr|Cmdr|Adm|Sgt|Cpl|Gov|Sen|Rep|Prof|Insp)\.$")


def _join_ranks(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans joined where one ends on a rank's abbreviation and the next goes on the same line ("The three wanted men —
    Lt.-Gen. Mikhail Mindzaev, …": one sentence)."""
    return _joined(spans, lambda prev, a: bool(RANK_END.search(text[prev[0]: prev[1]].rstrip())) and "\n" not in text[prev[1]: a])


#: A day written as an ordinal number, as German writes it, cut short before its month, which ends no sentence: "am Dienstag (25.
#: Juni)", "seit dem 17. März 2023" (session 26); (session 43, mnews139) the second day of a span written with a slash or a dash
#: after the first ("am 4./5. Dezember", "am 4.-5. Dezember").
ORDINAL_END = re.compile(r"(?:^|[\s(\[/–-])\d{1,2}\.$")
MONTH_NEXT = re.compile(r"\s*(?:(?:und|bis(?:\s+zum)?|oder|[–-])\s*\d{1,2}\.\s*)?"
                        r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
                        r"Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b\.?")


def _join_ordinals(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans joined where one ends on a day's ordinal number and the next opens, on the same line, with a month's name ("Das
    teilte das Gericht am Dienstag (25. Juni) in Den Haag mit": one sentence); (session 43, mnews139) or with a second day and
    its month, the span of days German writes ("reist am 4. und 5. Dezember nach Neu-Delhi", "vom 4. bis 5. Dezember", "vom 4.
    bis zum 5. Dezember"; a new sentence opening with a capital, "Platz 4. Bis zum 5. Dezember …", stays cut)."""
    return _joined(spans, lambda prev, a: bool(ORDINAL_END.search(text[prev[0]: prev[1]].rstrip())) and bool(MONTH_NEXT.match(text, a))
                   and "\n" not in text[prev[1]: a])


#: An item of a list set out one to a line: a bullet or a number ("• A B", "- A B", "2. A B", "(b) A B").
LIST_ITEM = re.compile(r"\s*(?:[•·▪●◦‣∙*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")


def _join_lists(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A sentence that ends in a colon and the list items set out under it, one to a line, as one sentence: "unseal
    warrants of arrest against the following six: • A B • C D …" names each of them."""
    listing = False  # the span before is a list's opening or one of its items

    def joins(prev: tuple[int, int], a: int) -> bool:
        nonlocal listing
        listing = bool(LIST_ITEM.match(text, a)) and (listing or text[prev[0]: prev[1]].rstrip().endswith(":"))
        return listing

    return _joined(spans, joins)


def _joined(spans: list[tuple[int, int]], joins: Callable[[tuple[int, int], int], bool]) -> list[tuple[int, int]]:
    """``spans`` in order, each joined to the one before it where ``joins(before, start)`` holds (``before`` as joined so far,
    ``start`` the span's own start): the one loop of ``_join_ranks``, ``_join_ordinals`` and ``_join_lists``."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and joins(out[-1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _sentences(doc: Any, mentions: list[Mention], text: str, credit: re.Pattern[str] | None = None) -> list[Sentence]:
    out = []
    for a, b in _spans(doc, credit):
        sent = Sentence(text[a:b], a, b)
        for m in mentions:
            if a <= m.start < b:
                if m.kind in ("PERSON", "SURNAME"):
                    sent.persons.append(m)
                elif m.kind == "OTHER":
                    sent.others.append(m)
                elif m.kind in ("STATE", "PLACE", "DEMONYM", "AMBIGUOUS"):
                    sent.states.append(m)
                elif m.kind == "ICC":
                    sent.icc = True
        out.append(sent)
    return out


AUTHORITIES = r"(?:police|authorities|officers|security forces|gendarmes|border guards|government)"


def is_demonym(m: Mention, spec: Spec) -> bool:
    """A mention that names a people ("Sudanese", "Israeli"), ambiguous or not: it describes someone."""
    if m.kind == "DEMONYM":
        return True
    # an ambiguous name is kept out of the demonym lists ("Sudanese": Sudan or South Sudan); its form tells
    return m.kind == "AMBIGUOUS" and (normalise(m.text) in _demonym_words(spec) or bool(re.search(r"(?:ese|ian|ean|ish)$", m.text)))


_DEMONYM_WORDS: dict[int, tuple[Spec, frozenset[str]]] = {}


def _demonym_words(spec: Spec) -> frozenset[str]:
    held = _DEMONYM_WORDS.get(id(spec))
    if held is None or held[0] is not spec:
        _DEMONYM_WORDS.clear()  # one spec at a time: the cache never grows
        held = _DEMONYM_WORDS[id(spec)] = (spec, frozenset(normalise(d) for ds in spec.demonyms.values() for d in ds))
    return held[1]


#: What a possessive may own and still leave its owner the subject ("Ngaissona's arrest", "will guarantee X's entry … and
#: his safe return").
OWN_EVENT = R(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:arrest|surrender|transfer|extradition|detention|capture|visit|trip|arrival|stay|plane|aircraft|motorcade|"
              r"entry|return|departure|passage|warrants?|"
              # (session 37, mleft21) a presence told as attendance ("X's presence at the inauguration in Kampala")
              r"presence|attendance|"
              # (session 42, mleft32) … and as participation ("The Kremlin confirmed X's participation in the summit")
              r"participation)\b")


#: A name used to qualify someone else ("the first Gbagbo ally", "the Bemba-led movement").
RELATIONAL_AFTER = R(r"^(?:['’]s)?[\s-]+(?:ally|allies|aides?|loyalists?|supporters?|lawyers?|camp|era|regime|administration|presidency|"
                     r"family|led|government|team|defen[cs]e)\b|"
                     # (session 30, written variants) a name qualifying an inquiry, not its possessive: "a witness in the Duterte inquiry"
                     r"^[\s-]+(?:inquiry|probe)\b")


def _only_related(sent: Sentence, m: Mention) -> bool:
    """True when the mention names someone only as the owner of something else or through a relation."""
    a, b = m.start - sent.start, m.end - sent.start
    after = sent.text[b: b + 40]
    if re.match(r"['’]s\b", after) and not OWN_EVENT.match(after):
        return True
    if (rel := RELATIONAL_AFTER.match(after)) and english_word(re.sub(r"^\W+|['’]s", "", rel.group(0))):
        # (session 38) not a word of the document's own language spelled as the English one: Italian 'X era stato arrestato' (was)
        return True
    if ARMED_GROUP_AFTER.match(after) or ARMED_GROUP_BEFORE.search(sent.text[max(0, a - 40): a]):
        return True  # (session 39, mleft25) a group named after the person ("the Kony militia", 'la milice Kony'): the group's act
    return bool(RELATIONAL_BEFORE.search(sent.text[max(0, a - 70): a]))


def only_related(sent: Sentence, pid: str) -> bool:
    """True when every mention of ``pid`` in the sentence names them only through something else."""
    named = [m for m in sent.persons if m.id == pid]
    return bool(named) and all(_only_related(sent, m) for m in named)


def subject(sent: Sentence, persons: list[str], at: int, relative: Any = None) -> list[str]:
    """The person a trigger at ``at`` (offset in the sentence) is about: the last one named before it
    ("Ngaissona's December arrest came weeks after Yekatom … was detained": Yekatom), else the first;
    never someone named only as the owner of something else ("… a figure in Muammar Gaddafi's regime",
    "Bemba's lawyers … arrested") or through a relation ("lawyers defending Jean-Pierre Bemba")."""
    named = [m for m in sent.persons if m.id in persons]
    if not named:
        return persons[:1]  # "he": the person the document is about, resolved by the caller
    direct = [m for m in named if not _only_related(sent, m)]
    # (session 37) not someone named inside a relative clause set off after the person it describes and closed before the trigger
    # ("X, who is accused of bribing witnesses in the case against Y, surrendered to the court": X surrendered, not Y; ``relative``:
    # lexicon.relative_opening, given by the caller from the store's lexicon)
    before = [m.id for m in direct if m.start - sent.start < at
              and not (relative is not None and _in_relative_clause(sent, m, at, direct, relative))]
    if before:
        return [before[-1]]
    return [direct[0].id] if direct else []


def _in_relative_clause(sent: Sentence, m: Mention, at: int, direct: list[Mention], relative: Any) -> bool:
    """True when ``m`` is named inside a relative clause that opens right after another person's name (``relative``:
    lexicon.relative_opening, the pronouns of monitor_words.yaml ``relative_pronouns``) and that a comma closes before the trigger
    at ``at`` (offset in the sentence)."""
    s = sent.text
    a = m.start - sent.start
    close = s.find(",", m.end - sent.start)
    if close < 0 or close >= at:
        return False
    for p in direct:
        pe = p.end - sent.start
        if p is m or p.id == m.id or pe > a:
            continue
        opened = relative.match(s, pe)
        if opened is not None and opened.end() <= a and not re.search(r"[,;.]", s[opened.end(): a]):
            return True
    return False


LIST_SEPARATOR = R(r"(?:[:,;]|\band|\bare|\bwere)\s*(?:(?:messrs|mr|ms|mrs|dr)\.?\s+)?$")


def listed_after(sent: Sentence, at: int, listing: re.Pattern[str]) -> list[str]:
    """Every person named in a list after the trigger at ``at``, when the list is introduced as such
    ("were arrested on the same charges: A, B and C", "Persons arrested … are Messrs A, B, C and D")."""
    after = [m for m in sent.persons if m.start - sent.start > at and not _only_related(sent, m)]
    if len(after) < 2 or not listing.search(sent.text[: after[0].start - sent.start]):
        return []
    # a member of the list follows a separator; a name inside a member's description ("the Bemba-led
    # movement") does not
    members = [m for m in after if m is after[0] or LIST_SEPARATOR.search(sent.text[max(0, m.start - sent.start - 14): m.start - sent.start])]
    return list(dict.fromkeys(m.id for m in members)) if len(members) >= 2 else []


def paired_places(sent: Sentence, text: str, spec: Spec) -> dict[str, str]:
    """Person → State for "A was arrested in Belgium, B in The Netherlands, and C in France" and "B, who
    was arrested in the Democratic Republic of Congo": the place told right after each name."""
    out: dict[str, str] = {}
    for m in sent.persons:
        gap = re.match(r"\s*,?\s*(?:who\s+)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:arrested\s+|detained\s+)?in\s+(?:the\s+)?",
                       text[m.end: m.end + 60], re.I)
        if not gap:
            continue
        at = m.end + gap.end()
        place = next((st for st in sent.states if st.kind in ("STATE", "PLACE") and abs(st.start - at) <= 4), None)
        if place is not None:
            code, _ = _resolve_state(place, sent.text, text, spec)
            if code:
                out.setdefault(m.id, code)
    return out


#: An office or a people before "of": the State that follows describes someone ("Vice-President of the DRC").
#: (and those who act for a State: "the representatives of the United States walked out", "envoys of the European Union")
OFFICE_OF = re.compile(r"\b(?:president|vice-president|minister|leader|head|chief|commander|king|ruler|citizen|national|army|forces|"
                       r"representatives?|delegat(?:es?|ions?)|envoys?|ambassadors?|officials?|diplomats?|embass(?:y|ies)|governments?)"
                       r"\s+of\s+(?:the\s+)?$", re.I)


#: Where the Court sits, told after it ("the International Criminal Court in 's-Gravenhage, Netherlands").
#: Only the "city, country" form: "surrendered to the court in the Central African Republic" is where it happened.
#: The Court's seat told beside a State: "the Court in The Hague, Netherlands", "extradited to The Hague in the
#: Netherlands", "The court, based in the Hague, Netherlands": where the Court sits, not who acts or where custody began.
COURT_SEAT = re.compile(r"\b(?:court|icc|detention (?:centre|center)|tribunal)\s+(?:in|at)\s+(?:the\s+)?\S+,\s+(?:the\s+)?$|"
                        # "surrendered to the ICC's detention center in the Netherlands", "the Court's headquarters in"
                        r"\b(?:court|icc|tribunal)(?:['’]s)?\s+(?:detention\s+(?:centre|center|unit|facility)|headquarters|seat|premises)\s+(?:in|at)\s+(?:the\s+)?$|"
                        r"\b(?:to|into|based in|headquartered in|seated in|sits in|seat in)\s+(?:the\s+)?hague\s*(?:,|\s+in)\s+(?:the\s+)?$", re.I)


#: The words before a place one came from ("arriving from", "flew in from"): not where the person is, nor whose police act;
#: and in the other languages read ("Proveniente de Casablanca, X … fue capturado en …", "en provenance de", "vindo de",
#: session 30).
ORIGIN_BEFORE = re.compile(r"\b(?:arriv\w*|return\w*|fl(?:ying|ew|own)|com(?:ing|e)|came|back|travel+ing)\s+(?:\w+\s+)?from\s+(?:the\s+)?$|"
                           # (session 38) a trip's noun: "arrested at the airport after his flight from Hong Kong"
                           r"\b(?:flight|journey|trip)\s+from\s+(?:the\s+)?$|"
                           # (session 36) the place reached told first: "when he returned to Manila from Hong Kong"
                           r"\b(?:arriv\w*|return\w*|fl(?:ying|ew|own)|travel+(?:ed|ing)|c(?:ame|oming))\s+(?:back\s+|home\s+)?(?:to|in)\s+[^.;,]{1,40}?\s+from\s+(?:the\s+)?$|"
                           r"\b(?:proveniente|procedente|venid[oa]s?|vind[oa]s?|oriund[oa]s?)\s+(?:de|desde|do|da|dos|das)\s+(?:la\s+|el\s+|los\s+|las\s+)?$|"
                           r"\b(?:en\s+provenance|venant|arrivant|revenant)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$|"
                           r"\b(?:in\s+arrivo|provenienti|rientrato|rientrata)\s+da(?:l|lla|gli|i)?\s+$")


#: Officials or agents as the subject of a custody verb, right after their State's name or adjective ("Belgian officials
#: arrested", "French agents have detained").
OFFICIALS_ACT = re.compile(r"\s+(?:officials|agents|investigators)\s+(?:(?:on\s+)?\w+day\s+)?(?:have\s+|had\s+)?"
                           r"(?:arrested|detained|apprehended|captured)\b", re.I)


#: A title after the word for a force or its authorities ("police chief", "police commander"), or before it with "of" ("head of
#: the police", 'capo della polizia', 'chef de la police', 'jefe de la policía'): the office of a person, not the force acting.
TITLE_AFTER_FORCE = re.compile(r"\s+(?:chief|head|boss|commander|director|general|colonel|spokes(?:man|woman|person))\b", re.I)
TITLE_OF_FORCE = re.compile(r"\b(?:chief|head|boss|commander|director|capo|comandante|chef|jefe|chefe|direttore|directeur|director)\s+"
                            r"(?:of\s+(?:the\s+)?|della\s+|dello\s+|del\s+|dei\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+los\s+|"
                            r"de\s+|da\s+|do\s+|dos\s+)(?:[\w'’-]+\s+)?$", re.I)


def authorities_states(sent: Sentence, s: str, resolve: Any = None) -> list[str]:
    """States whose police or authorities the sentence names ("French authorities", "the authorities of the
    Republic of Chad"), in order; not the host State named beside them ("the host State, the Netherlands")."""
    out: list[str] = []
    words = language_words()
    # a document in another language the monitor reads: its words for the authorities, the words joining them to their State
    # ("les autorités de la République française"), and its adjective after the noun ("les autorités ivoiriennes")
    more = "|".join(re.escape(w) for w in (words or {}).get("authorities") or [])
    of_state = compiled_words(rf"(?:{words['of_state']})") if words and words.get("of_state") else None
    for m in re.finditer(rf"\b(?:{AUTHORITIES}{'|' + more if more else ''})\b", s, re.I):
        for mention in sent.states:
            a, b = mention.start - sent.start, mention.end - sent.start
            # "French authorities", "Kenyan police and authorities": only words between, no punctuation (not a
            # wire dateline's State before "(AP) — Authorities in Ghana …")
            if mention.kind in ("DEMONYM", "STATE", "PLACE", "AMBIGUOUS") and ((0 <= m.start() - b <= 25 and re.fullmatch(r"(?:['’]s)?[\w\s'’-]*", s[b: m.start()])) or
                                                                               re.fullmatch(r"\s+(?:of|in)\s+(?:the\s+)?(?:republic\s+of\s+)?", s[m.end(): a], re.I) or
                                                                               (words is not None and re.fullmatch(r"\s+", s[m.end(): a]) is not None) or
                                                                               (of_state is not None and of_state.fullmatch(s[m.end(): a]) is not None)):
                if re.search(r"\bhost (?:state|country),?\s+(?:the\s+)?$", s[max(0, a - 25): a], re.I):
                    continue
                if ORIGIN_BEFORE.search(s[max(0, a - 25): a].lower()):
                    continue  # "arrested after arriving from Hong Kong and police took him": the origin, not the police's State
                if TITLE_AFTER_FORCE.match(s, m.end()) or TITLE_OF_FORCE.search(s[max(0, m.start() - 30): m.start()]):
                    continue  # (session 32) "Libyan police chief X was arrested in Turin", 'il capo della polizia libica': the force
                    # names the person's office (who he is), not the force that acts
                # "Congolese authorities": the State the document's context settles, if it does
                code = mention.id if mention.kind != "AMBIGUOUS" else (resolve(mention) if resolve is not None else None)
                if code and str(code) not in out:
                    out.append(str(code))
    for mention in sent.states:
        # the State named as a Republic by its adjective ("La République tchadienne a remis …", "la República chadiana"):
        # the State itself acting, as its authorities do (session 28); not a State's own name ("République centrafricaine"
        # is read as one name, no adjective)
        if mention.kind == "DEMONYM" and REPUBLIC_BEFORE.search(s[max(0, mention.start - sent.start - 16): mention.start - sent.start]):
            code = mention.id
            if code and str(code) not in out:
                out.append(str(code))
    return out


def settled_id(mention: Mention, resolve: Any = None) -> str | None:
    """A State mention's code: an ambiguous name only as the document settles it (None when it does not)."""
    if mention.kind == "AMBIGUOUS":
        return resolve(mention) if resolve is not None else None
    return str(mention.id)


#: A handover's or arrest's agent just before a State (session 31): "extradited by the Philippines", "handed over by Germany",
#: "surrendered by the authorities of" is read by ``authorities_states``; other languages add theirs (``handover_by``).
HANDOVER_BY = re.compile(r"\b(?:extradited|handed\s+over|surrendered|transferred|arrested|detained|sent)\s+(?:to\s+(?:the\s+)?(?:icc|court|hague)\s+)?by\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?\s*$", re.I)


#: The word 'Republic' just before a State's adjective, in the languages the monitor reads (session 28).
REPUBLIC_BEFORE = re.compile(r"\b(?:république|república|repubblica|republik)\s+$", re.I)


#: A place within a State told by the State's possessive: "in Libya's southern desert", "at Kenya's main airport" (session 26).
PLACE_OF_STATE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:desert|capital|south|north|east|west|region|province|border\s+town|"
                            r"mountains|coast|interior|airport|city|town|countryside|hinterland)\b", re.I)


def _arrest_state(sent: Sentence, states: list[str], s: str, resolve: Any = None, surrender: bool = False) -> str | None:
    """The arresting or surrendering State: a demonym or State next to 'police'/'authorities' ("French
    authorities", "the authorities of the Republic of Chad"), or a State as the acting subject ("France
    on Wednesday transferred"), else where it happened ("in the Central African Republic"); a State
    that only describes someone ("Sudanese militia leader", "the Central African Republic's militia
    leader") is the last resort."""
    by_authorities = authorities_states(sent, s, resolve)
    if by_authorities:
        return by_authorities[0]
    by_words = (language_words() or {}).get("handover_by")
    for mention in sent.states:
        # (session 31) the State named as the handover's or arrest's agent ("extradited by the Philippines", 'extraditado por
        # Filipinas', 'remis par la France'): the State that acts, before any place the sentence names ("after landing in the
        # Netherlands, extradited by the Philippines")
        if mention.kind in ("STATE", "AMBIGUOUS"):
            before = s[max(0, mention.start - sent.start - 60): mention.start - sent.start]
            if HANDOVER_BY.search(before) or (by_words and compiled_words(rf"(?:{by_words})\s*$").search(before)):
                code = settled_id(mention, resolve)
                if code:  # (a name the document does not settle, "the Congolese authorities", is left to the reading below)
                    return code
    for mention in sent.states:
        # "Belgian officials arrested X, former vice-president of …": the officials' State is the arresting one when they
        # are the verb's subject (not "US officials said X was arrested in …": speakers, the place told after) (session 25)
        if mention.kind in ("DEMONYM", "STATE") and OFFICIALS_ACT.match(s, mention.end - sent.start):
            return str(mention.id)
    describing: set[str] = set()

    def settled(m: Mention) -> str:  # an ambiguous name the document settles ("at NAIA" in a story from Manila), else as met
        return (resolve(m) if m.kind == "AMBIGUOUS" and resolve is not None else None) or m.id

    for mention in sent.states:
        a, b = mention.start - sent.start, mention.end - sent.start
        before = s[max(0, a - 25): a].lower()
        after = s[b: b + 40].lower()
        possessive = re.match(r"['’]s\b", after)
        if possessive and re.search(r"\b(?:in|at|near|inside)\s+(?:the\s+)?$", before) and PLACE_OF_STATE.match(after):
            return settled(mention)  # "caught … in Libya's southern desert", "at Kenya's main airport": a place within that State
        if re.search(r"\bborders?\s+(?:with\s+)?(?:the\s+)?$|\bbordering\s+(?:the\s+)?$", before):
            describing.add(mention.id)  # "caught near the border with South Sudan": not in that State
            continue
        if ORIGIN_BEFORE.search(before):
            describing.add(mention.id)  # "arrested after arriving from Hong Kong": where the person came from, not where
            continue
        if re.search(r"\b(?:return|returning|returned|returns|arrival|arriving|landing|(?:flew|flying|came|coming)\s+back)\s+(?:home\s+)?(?:to|in|at)\s+(?:the\s+)?$", before):
            return settled(mention)  # "detained upon his return to Manila", "when he returned to Manila": where it happened
        origin_words, return_words = ((language_words() or {}).get(k) for k in ("origin_before", "return_to"))
        if origin_words and compiled_words(rf"(?:{origin_words})$").search(s[max(0, a - 60): a]):
            describing.add(mention.id)  # (session 36) 'quando voltava de Hong Kong': where a return started, not where the arrest was
            continue
        if return_words and compiled_words(rf"(?:{return_words})$").search(s[max(0, a - 60): a]):
            return settled(mention)  # (session 36) 'quando voltava de Hong Kong para Manila': the place reached, where it happened
        seat_before = court_place_before() if surrender else None
        if seat_before is not None and seat_before.search(s[max(0, a - 45): a]):
            # (session 34) a surrender's State told after a place of the Court's seat or detention ('l'Aia, nei Paesi Bassi', 'La
            # Haye, aux Pays-Bas', 'Den Haag in den Niederlanden'): the host State, where the custody ends, in every language (an
            # arrest "in The Hague, Netherlands" is still where it happened)
            describing.add(mention.id)
            continue
        if COURT_SEAT.search(s[max(0, a - 45): a].lower()) or re.search(r"\b(?:into|to)\s+(?:the\s+)?$", before):
            # … or where the person is taken ("flown into the Netherlands to be handed over"), not who acts
            describing.add(mention.id)  # "transferred to the Court in The Hague, Netherlands": the Court's seat
            continue
        place_before = (language_words() or {}).get("place_before")
        if place_before and not conflict_before(before) and not CRIME_PLACE.search(before) \
                and compiled_words(rf"(?:{place_before})\s*$").search(s[max(0, a - 60): a].lower().rstrip()):
            # "arrêté à Paris", "detenido en el aeropuerto de Manila": where it happened (session 38: read on the 60 characters
            # before the name, as a facility's words are long: 'à l'aéroport international de')
            return settled(mention)
        if not possessive and not conflict_before(before) and \
                (re.search(r"\b(in|at|near|inside|outside|(?:outskirts|suburbs?) of)\s+(?:the\s+)?(?:capital\s+(?:city\s+)?(?:of\s+)?)?"
                           r"(?:(?:a|an|the)\s+)?(?:(?:remote|small|northern|southern|eastern|western|border)\s+)?(?:(?:corner|part|area|region|town|village|province|district)\s+of\s+(?:the\s+)?)?"
                           r"(?:(?:north|south|east|west|central|north-?eastern|north-?western|south-?eastern|south-?western)(?:ern)?\s+)?(?:republic\s+of\s+)?$",
                           s[max(0, a - 60): a].lower())
                 or "airport" in after[:40]):
            return settled(mention)
        if mention.kind == "STATE" and re.match(r"\s+(?:on\s+\w+\s+|\w+day\s+)?(?:has\s+|have\s+|is\s+|are\s+)?(?:arrested|detained|transferred|transferring|surrendered|handed|extradited|sent|arrests|detains|transfers|hands|extradites|surrenders)\b", after):
            return mention.id  # "France on Wednesday transferred …", "The Democratic Republic of Congo Friday sent …"
        people = mention.kind == "AMBIGUOUS" and re.search(r"(?:ese|ian|ean|ish)$", mention.text)  # "Congolese national"
        group_of = (language_words() or {}).get("group_of")
        if group_of and compiled_words(rf"(?:{group_of})\s*$").search(s[max(0, a - 40): a]):
            # (session 34) 'uno de los líderes del LRA de Uganda', 'chef de l'armée rebelle de l'Ouganda': the State as the
            # attribute of a group, an army or its leaders in the person's description (read on the text as written: a group's
            # initials are upper case), as English's "commander of" below
            describing.add(mention.id)
            continue
        if mention.kind == "DEMONYM" or people or possessive or OFFICE_OF.search(before) or conflict_before(before):
            # "Sudanese", "Congo's", "the former Vice-President of Congo": who, not where; "Situation in Mali",
            # "crimes in Darfur": what the case is about, not where the custody began
            describing.add(mention.id)
    acting = [st for st in states if st not in describing]
    return acting[0] if acting else None


def _last_word(name: str) -> str:
    return normalise(re.split(r"[\s-]+", name.strip())[-1])


@functools.lru_cache(maxsize=4)
def _name_index(spec_key: str, persons: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[tuple[str, str]]]]:
    """(first word → {(person, last word)}, last word → {(person, first word)}) over every name and alias."""
    by_first: dict[str, set[tuple[str, str]]] = {}
    by_last: dict[str, set[tuple[str, str]]] = {}
    for pid, names in persons:
        # every first word with every last word the record gives the person ("Muammar …", "… Gadhafi")
        firsts = {normalise(re.split(r"\s+", n.strip())[0]) for n in names if len(n.split()) >= 2}
        lasts = {_last_word(n) for n in names}
        for first in firsts:
            for last in lasts:
                if first in STOP_NAME_WORDS and last in STOP_NAME_WORDS:
                    continue
                by_first.setdefault(first, set()).add((pid, last))
                by_last.setdefault(last, set()).add((pid, first))
    return by_first, by_last


@functools.lru_cache(maxsize=1 << 15)
def _translit(word: str) -> str:
    """A name word with the letter groups transliterations write differently for one sound folded to one
    (``fold_token``: q/k, dh/d, ou/u, doubled letters …) and the German "ch" for "kh" ("Hakkani"/"Haqqani",
    "Achundsada"/"Akhundzada")."""
    from iccwatch.dataset.names import fold_token

    return fold_token(word).replace("kh", "ch")


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked of the same pairs again and again (session 31)
def _close(a: str, b: str) -> bool:
    """Two spellings of one name word ("Moammar"/"Muammar", "Sanuss"/"Senussi", "Hakkani"/"Haqqani"): long enough, and
    near as written or once the transliterations' letter groups are folded (``_translit``)."""
    import difflib

    a, b = _bare(a), _bare(b)  # "Elmasry" / "Almasri": the word after the article (session 29)
    if len(a) < 5 or len(b) < 5:
        return False
    if a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75:
        return True
    fa, fb = _translit(a), _translit(b)
    return fa[:1] == fb[:1] and difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.75


#: An Arabic article glued to a name word ("Almasri", "Elbashir", "al-Senussi" once normalised to "al-senussi").
GLUED_ARTICLE = re.compile(r"^(?:al|el)-?(?=[^\W\d_]{4,}$)")


def _bare(word: str) -> str:
    """A normalised name word without an Arabic article glued to it ("almasri" -> "masri", "el-bashir" -> "bashir"), when
    four letters or more are left; else as it is."""
    return GLUED_ARTICLE.sub("", word)


def _surname_key(word: str) -> str:
    """The key two spellings of one surname share: accents and case folded, an article glued to it dropped, and the letter
    groups transliterations write differently for one sound folded (``_translit``: "Senusi"/"Senussi", "Bachir"/"Bashir" are
    not one key: 'sh'/'ch' is no fold; "Albashir"/"Bashir" are)."""
    return _translit(_bare(normalise(word)))


def _spelt_otherwise(text: str, kept: list[Mention], spec: Spec) -> list[Mention]:
    """A name of the record written another way: its first and last words as the record writes them in two
    different names ("Muammar Gadhafi"), or one of them so and the other a near spelling ("Moammar Gaddafi",
    "Abdullah al-Sanuss"), for one person only."""
    by_first, by_last = _name_index(spec.key(), tuple((pid, tuple(ns)) for pid, ns in sorted(spec.persons.items())))
    out: list[Mention] = []
    for run in _free_name_runs(text, kept):
        a, b = run.start(), run.end()
        words = [w for w in re.split(r"\s+", run.group(0)) if normalise(w).rstrip(".") not in spec.title_words]
        if len(words) < 2:
            continue
        owners = _spelt_owners(words, by_first, by_last)
        if len(owners) != 1:
            near = _near_run(run.group(0), spec)
            owners = {near} if near else set()
        if len(owners) != 1 and len(words) > 2:
            # capitalised words before the name that are no part of it (a German noun or title: "Taliban-Anführer
            # Haibatullah Achunsada", "Richter Abdul Hakim Hakkani"): the name is the run's last words, when they
            # name one person and the words dropped do not
            for i in range(1, len(words) - 1):
                owners = _spelt_owners(words[i:], by_first, by_last)
                if len(owners) == 1:
                    a = b - len(" ".join(words[i:])) if run.group(0).endswith(" ".join(words[i:])) else a
                    break
        if len(owners) == 1:
            out.append(Mention("PERSON", owners.pop(), text[a:b], a, b))
    for run in NAME_RUN.finditer(text):
        # a longer name holding a shorter one the gazetteer matched ("Chalid Mohammed Ali al-Hischri" holds the words of another
        # person's "Mohammed … Ali"): the whole name, when it is one other person's written another way (``_near_run``), is
        # that person's (session 28)
        inner = [m for m in kept if run.start() <= m.start and m.end <= run.end() and (m.end - m.start) < (run.end() - run.start())]
        if inner and (near := _near_run(run.group(0), spec)) is not None and all(m.id != near for m in inner):
            out.append(Mention("PERSON", near, run.group(0), run.start(), run.end()))
    return out


def _spelt_owners(words: list[str], by_first: dict[str, set[tuple[str, str]]], by_last: dict[str, set[tuple[str, str]]]) -> set[str]:
    """The persons whose names begin and end as ``words`` do, one of the two words as written and the other a near
    spelling (``_close``)."""
    first, last = normalise(words[0]), _last_word(words[-1])
    # a common first name ("Omar", "Ahmad") with a near surname names no one; a near first name with the
    # record's own surname does ("Moammar Gaddafi")
    owners = {pid for pid, lw in by_first.get(first, ()) if lw == last or _close(last, lw)} if first not in STOP_NAME_WORDS else set()
    owners |= {pid for pid, f in by_last.get(last, ()) if f != first and _close(first, f)}
    if not owners and len(last) >= 5 and last not in STOP_NAME_WORDS:
        # the surname one of the record's spelt another way that folds to it ("Senusi" for "Senussi", "Albashir" for
        # "al-Bashir"), with a first name as the record writes it or near it ("Abdalá" for "Abdallah"; a common first name
        # only as written, "Omar Albashir") (session 29)
        owners = {pid for pid, f in _folded_last(by_last).get(_surname_key(last), ())
                  if f == first or (first not in STOP_NAME_WORDS and _close(first, f))}
    return owners


_FOLDED_LAST: tuple[dict[str, set[tuple[str, str]]] | None, dict[str, set[tuple[str, str]]]] = (None, {})


def _folded_last(by_last: dict[str, set[tuple[str, str]]]) -> dict[str, set[tuple[str, str]]]:
    """``by_last`` keyed by each last word's ``_surname_key`` (common name words left out), built once per index."""
    global _FOLDED_LAST
    if _FOLDED_LAST[0] is not by_last:
        folded: dict[str, set[tuple[str, str]]] = {}
        for lw, pairs in by_last.items():
            if lw not in STOP_NAME_WORDS and len(_bare(lw)) >= 4:
                folded.setdefault(_surname_key(lw), set()).update(pairs)
        _FOLDED_LAST = (by_last, folded)
    return _FOLDED_LAST[1]


def _token_index(spec: Spec) -> dict[str, frozenset[str]]:
    """Name word -> the persons whose names or aliases hold it (built once per spec, kept on it)."""
    index = spec.__dict__.get("_token_index")
    if index is None:
        built: dict[str, set[str]] = {}
        for pid in spec.persons:
            for t in spec.name_tokens(pid):
                built.setdefault(t, set()).add(pid)
        index = {t: frozenset(ps) for t, ps in built.items()}
        object.__setattr__(spec, "_token_index", index)
    return index


_UNKNOWN = object()


def _near_run(run: str, spec: Spec) -> str | None:
    """``_near_owner``, remembered per spec (a name run recurs across documents; the cache is bounded, emptied when full)."""
    cache: dict[str, str | None] = spec.__dict__.setdefault("_near_runs", {})
    hit: object = cache.get(run, _UNKNOWN)  # one look-up: another thread may empty the cache meanwhile
    if hit is not _UNKNOWN:
        return hit  # type: ignore[return-value]
    owner = _near_owner(run, spec)
    if len(cache) >= 20_000:
        cache.clear()
    cache[run] = owner
    return owner


def _near_owner(run: str, spec: Spec) -> str | None:
    """A name of three or more words, as a text writes it, that is one recorded person's: at least three of its words are
    words of that person's names (or near spellings of them, see ``_close``), one of them exactly and not a common name
    word, and at most one word the record lacks ("Najeem Osema Almasri Habish" for "Osama Elmasry Njeem", alias
    "Osama Almasri Njeem"). Only when exactly one person fits."""
    words = [normalise(w) for w in re.split(r"[\s-]+", run) if w]
    telling = [w for w in words if w not in PARTICLES and w.rstrip(".") not in spec.title_words]
    if len(telling) < 3:
        return None
    index = _token_index(spec)
    owners = []
    # (a name of four or more words may hold no word as the record writes it but common ones: every person is weighed)
    pool = set(spec.persons) if len(telling) >= 4 else set().union(*(index.get(w, frozenset()) for w in telling if w not in STOP_NAME_WORDS))
    for pid in sorted(pool):
        toks = spec.name_tokens(pid)
        exact = [w for w in telling if w in toks]
        near = [w for w in telling if w not in toks and any(_close(w, t) for t in toks)]
        if len(exact) + len(near) >= 3 and len(telling) - len(exact) - len(near) <= 1 and any(w not in STOP_NAME_WORDS for w in exact):
            owners.append(pid)
        elif len(telling) >= 4 and len(exact) + len(near) == len(telling) and telling[-1] in near and telling[-1] not in STOP_NAME_WORDS \
                and sum(w not in STOP_NAME_WORDS for w in near) >= 2:
            # every word of a name of four or more a word of that person's, its surname and another word spelt by another
            # transliteration, the words written alike being common name words ("Chalid Mohammed Ali al-Hischri" for "Khaled
            # Mohamed Ali El Hishri", German writing 'ch' and 'sch'): the person, not the bearer of the common words (session 28)
            owners.append(pid)
    return owners[0] if len(owners) == 1 else None
