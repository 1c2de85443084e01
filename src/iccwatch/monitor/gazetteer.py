"""Entity patterns generated from the record itself: States by every name, alias, demonym and city,
persons under warrant by name, alias and transliteration, ICC organs, legal citations.

The spec is plain data (picklable), so a Dask worker receives it and builds the spaCy pipeline once.
spaCy is used with a blank English pipeline (tokeniser, sentence splitter, span rulers): no
statistical model, nothing downloaded.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from iccwatch.dataset.records import RecordSet
from iccwatch.errors import InputError
from iccwatch.monitor.documents import function_words_of
from iccwatch.monitor.lexicon import FAMILIES, SEATS

MODEL_VERSION = "iccwatch-rules-1"
# The State-specific lexicon (extra names, ambiguous names and the context words that resolve them,
# State names that are also persons' names, situation States) is data: data/lookups/state_names.yaml
# (key `monitor`) and data/lookups/demonyms.yaml (key `monitor_extra`), each entry with its reason.
#: Honorifics and titles that may precede a surname without making it another person; every State's demonym does too
#: ("Sudanese President Omar al-Bashir", "the Russian Putin"): ``Spec.title_words`` adds them from the record's lookups, the
#: same for every State (session 29: seven demonyms were listed here by name).
TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "former", "general", "gen", "colonel", "col", "marshal",
          "leader", "commander", "chief", "sheikh", "emir", "mullah", "judge", "defence", "defense", "foreign", "deputy",
          "the", "ex", "senator", "sen",
          "excellency", "marshall", "field", "king", "major", "lieutenant", "brigadier", "captain", "sir", "lord", "sheik",
          # offices written before a name ("Chief Justice Haqqani", "Police Commissioner Hussein Ali") (session 29)
          "justice", "commissioner", "governor", "ambassador", "inspector", "vice", "mayor",
          # ranks written before a name ("Senior General Min Aung Hlaing", "Admiral Viktor Sokolov") (session 30)
          "senior", "admiral"}
_STOP_SURNAMES = {"ali", "al", "mohamed", "mohammed", "muhammad", "ahmad", "hassan", "hussein", "abdel", "abdul", "said",
                  "ibrahim", "omar", "khaled", "gaddafi", "abakaer", "ag", "el", "jean", "pierre", "william", "joseph", "paul"}
#: Name words too common to tell a person apart when met alone (monitor/mentions.py reads parts of names).
STOP_NAME_WORDS = frozenset(_STOP_SURNAMES)


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return s.replace("’", "'").replace("‘", "'")


@dataclass(frozen=True)
class Spec:
    """Everything the per-document function needs, as plain data."""

    states: dict[str, list[str]]  # iso3 -> names (case-sensitive)
    demonyms: dict[str, list[str]]
    places: dict[str, str]  # city -> iso3
    persons: dict[str, list[str]]  # slug -> full names and aliases
    surnames: dict[str, str]  # unique surname -> slug
    nationality: dict[str, list[str]]
    state_names: dict[str, str]  # iso3 -> display name
    #: From data/lookups: ambiguous {word: [iso3…]}, context [{name, choose, words, unless}], person_names [..],
    #: situation_states [..].
    lexicon: dict[str, Any]
    #: A surname several persons of the record bear ("Gbagbo": Laurent and Simone) -> their slugs; met alone,
    #: it means the one of them the document names in full (monitor/mentions.py).
    shared_surnames: dict[str, list[str]] = field(default_factory=dict)
    #: Heads of State and of government the record holds: iso3 -> [[slug, kind, start, end]] (dates as the
    #: record gives them, "" when open), so "Sudan's president" names the holder on the document's date.
    heads: dict[str, list[list[str]]] = field(default_factory=dict)
    #: Persons the record holds an arrest warrant for -> the earliest one's date of issue ("" when the record gives none): a
    #: trip is a fact only of a person under a warrant then (not before it, not under a summons or an application alone).
    warranted: dict[str, str] = field(default_factory=dict)
    #: (session 38) The periods the record holds each State a party to the Rome Statute: iso3 -> [[entry into force, end]]
    #: ("" when open). A State with none never was a party, so no word of it "withdrawing" is a withdrawal under article 127
    #: (an accession withdrawn before it entered into force, a signature withdrawn; rules_states.withdrawal).
    parties: dict[str, list[list[str]]] = field(default_factory=dict)
    # Derived from the fields above in ``__post_init__``: no arguments, and neither compared, hashed nor shown.
    _demonym_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _title_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _json: str = field(init=False, repr=False, compare=False)
    _key: str = field(init=False, repr=False, compare=False)
    _name_tokens: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the demonyms written as one word, in the form ``normalise`` gives (a title before a surname, as "president" is)
        demonym_words = frozenset(normalise(d) for ds in self.demonyms.values() for d in ds if d and " " not in d.strip())
        object.__setattr__(self, "_demonym_words", demonym_words)
        object.__setattr__(self, "_title_words", frozenset(TITLES) | demonym_words)
        # Serialised once: the pipeline cache is keyed by it, and the per-document path must not re-encode it.
        object.__setattr__(self, "_json", json.dumps({k: v for k, v in self.__dict__.items() if not k.startswith("_")}, sort_keys=True))
        # Hashed once too: the per-document path asks for the key several times (session 31: 3 ms a call).
        object.__setattr__(self, "_key", hashlib.sha256(self._json.encode()).hexdigest()[:16])
        tokens = {pid: frozenset(normalise(t) for n in names for t in re.split(r"[\s-]+", n)) for pid, names in self.persons.items()}
        object.__setattr__(self, "_name_tokens", tokens)

    def named_in(self, iso3: str, text: str) -> bool:
        """Whether a text names the State by one of its names, demonyms or places, in any case (built once per State)."""
        cache: dict[str, re.Pattern[str]] = self.__dict__.setdefault("_named", {})
        pat = cache.get(iso3)
        if pat is None:
            forms = {*self.states.get(iso3, []), *self.demonyms.get(iso3, []), *(p for p, c in self.places.items() if c == iso3)}
            alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or r"(?!x)x"
            pat = cache[iso3] = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)  # a dateline in capitals too
        return bool(pat.search(text))

    def key(self) -> str:
        return self._key

    @property
    def function_words(self) -> dict[str, frozenset[str]] | None:
        """(session 41) Each language's function words, from the lexicon (the store's lookups, checked by its loader), as
        ``documents.detect_language`` reads them (built once per spec); None for a lexicon made without them (a spec
        written by hand in a test): the detector then reads the data folder's (``documents.function_words``)."""
        if "_function_words" not in self.__dict__:
            table = self.lexicon.get("function_words")
            self.__dict__["_function_words"] = None if table is None else {lang: frozenset(ws) for lang, ws in table.items()}
        words: dict[str, frozenset[str]] | None = self.__dict__["_function_words"]
        return words

    @property
    def title_words(self) -> frozenset[str]:
        """``TITLES`` and every State's one-word demonym (normalised): words before a surname that make no other person."""
        return self._title_words

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is one of the States' demonyms written as one word (any case, accents folded)."""
        return normalise(word) in self._demonym_words

    def name_tokens(self, pid: str) -> frozenset[str]:
        return self._name_tokens.get(pid, frozenset())

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:  # pickle the fields only (for Dask workers)
        return (Spec, (self.states, self.demonyms, self.places, self.persons, self.surnames, self.nationality, self.state_names, self.lexicon,
                       self.shared_surnames, self.heads, self.warranted, self.parties))


def _variants(name: str) -> set[str]:
    """Spelling variants of a name: hyphen/space around Arabic articles, al/el, with and without them."""
    out = {name}
    for art in ("Al", "al", "El", "el"):
        for sep in ("-", " "):
            # the article as a word of its own ("al-Bashir"), not letters inside one ("Colonel Gaddafi")
            pat = re.compile(rf"(?<![\w]){art}{sep}")
            if pat.search(name):
                rest = pat.sub("", name)
                out |= {pat.sub(f"{a}{s}", name) for a in ("Al", "al", "El", "el") for s in ("-", " ")}
                # … and glued to its word ("Omar Albashir", "Abdullah Elsenussi"; the folded ruler ignores case) (session 29)
                out |= {pat.sub(a, name) for a in ("Al", "El")}
                out.add(rest)
    return {re.sub(r"\s+", " ", v).strip() for v in out if v.strip()}


def lexicon_from_lookups(lookups: dict[str, Any]) -> dict[str, Any]:
    """The monitor's lexicon from data/lookups (see the `monitor` key of state_names.yaml)."""
    mon = lookups.get("state_names", {}).get("monitor", {}) or {}
    return {
        "extra_names": {iso3: list(v["names"]) for iso3, v in (mon.get("extra_names") or {}).items()},
        "extra_demonyms": {iso3: list(v["names"]) for iso3, v in (lookups.get("demonyms", {}).get("monitor_extra") or {}).items()},
        "ambiguous": {word: list(v["codes"]) for word, v in (mon.get("ambiguous") or {}).items()},
        "context": [{"name": c["name"], "choose": c["choose"], "words": [w.lower() for w in c["words"]],
                     "unless": [w.lower() for w in c.get("unless") or []]} for c in mon.get("context") or []],
        "person_names": list((mon.get("person_names") or {}).get("names") or []),
        # capitalised words before a surname that make the pair no namesake's name ('Team Putin', 'Namaste Putin';
        # name_variants.yaml, session 30), normalised -> whether the pair addresses the person (a greeting, a slogan)
        "not_given_names": {normalise(w): bool(g.get("addresses")) for g in (lookups.get("name_variants") or {}).get("not_given_names") or []
                            for w in g["words"]},
        "situation_states": list((mon.get("situation_states") or {}).get("codes") or []),
        # (session 33) groups of States a text may name as one ("les pays de l'AES"): their names' patterns and members
        "state_groups": [{"names": list(g["names"]), "codes": list(g["codes"])} for g in (mon.get("groups") or {}).values()],
        "languages": _languages(lookups),
        # (session 34) the Court's seat and detention places named without a State (court_places.yaml; lexicon.reading)
        "court_places": [{"kind": p["kind"], "state": p["state"], "names": list(p["names"])}
                         for p in (lookups.get("court_places") or {}).get("places") or []],
        # the one vocabulary of gatherings, in English and each language read (monitor_words.yaml; lexicon.gatherings_for)
        "gatherings": [{"concept": g["concept"], "kind": g["kind"], "words": dict(g["words"])}
                       for g in ((lookups.get("monitor_words") or {}).get("gatherings") or {}).get("nouns") or []],
        # (session 33) the words a wrapped line ends on and a warrant's issue, every language's (lexicon.wrap_end, .warrant_issued_before)
        "wrap_end": [w for ws in (((lookups.get("monitor_words") or {}).get("wrap_end") or {}).get("words") or {}).values() for w in ws],
        # (session 35) the agencies whose name closes a line as its credit (lexicon.agency_credit)
        "agency_credits": [w for ws in (((lookups.get("monitor_words") or {}).get("agency_credits") or {}).get("words") or {}).values() for w in ws],
        "relative_pronouns": [w for ws in (((lookups.get("monitor_words") or {}).get("relative_pronouns") or {}).get("words") or {}).values() for w in ws],
        "passive_auxiliaries": [w for ws in (((lookups.get("monitor_words") or {}).get("passive_auxiliaries") or {}).get("words") or {}).values() for w in ws],
        "warrant_issue": {key: list((((lookups.get("monitor_words") or {}).get("warrant_issue") or {}).get(key) or {}).values())
                          for key in ("nouns", "verbs")},
        # (session 37) a proceeding put off, not a trip: every language's words (lexicon.postponed_proceeding)
        "postponed_proceedings": {key: list((((lookups.get("monitor_words") or {}).get("postponed_proceedings") or {}).get(key) or {}).values())
                                  for key in ("postponements", "proceedings", "trips")},
        # (session 41) each language's function words and weekday names, which decide a short text's language
        # (documents.detect_language, given ``Spec.function_words``): the store's, not a second reading of the file
        "function_words": {lang: sorted(ws) for lang, ws in function_words_of(lookups.get("monitor_words")).items()},
    }


def _languages(lookups: dict[str, Any]) -> dict[str, Any]:
    """The words each other language the monitor reads adds (data/lookups/monitor_words.yaml), as plain data: its trigger
    families' patterns, its date words (months from question_months.yaml, written from the CLDR), and the words that name
    the Court, a State's authorities and a place. A document in one of these languages is read with them (lexicon.reading)."""
    table = (lookups.get("monitor_words") or {}).get("languages") or {}
    months = (lookups.get("question_months") or {}).get("languages") or {}
    english = {m.lower(): i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                                   "October", "November", "December"), 1)}
    out: dict[str, Any] = {}
    for lang, entry in sorted(table.items()):
        for name in (entry.get("families") or {}):
            if name not in FAMILIES:
                # (session 33) a family the code does not know: named by its file and key, before any document is read
                raise InputError(f"data/lookups/monitor_words.yaml: languages.{lang}.families.{name}: no trigger family of that name in "
                                 f"the monitor's lexicon (monitor/lexicon.py); known: {', '.join(sorted(FAMILIES))}")
        words: dict[str, Any] = {
            "families": {name: [e["pattern"] for e in entries] for name, entries in (entry.get("families") or {}).items()},
            # a month whose name is the English one is left out of question_months.yaml ('April', 'August' in German): read as that
            "months": {name: english[m.lower()] for m, names in ((months.get(lang) or {}).get("months") or {}).items()
                       for name in names or [m.lower()]},
        }
        for key in ("weekdays",):
            # (keyed in lower case, as dates.py looks them up: German's are written capitalised)
            words[key] = {name.lower(): i for i, day in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
                          for name in ((entry.get(key) or {}).get("names") or {}).get(day) or []}
        words["relative_days"] = [[e["pattern"], int(e["days"])] for e in (entry.get("relative_days") or {}).get("words") or []]
        words["relative_weeks"] = [[e["pattern"], int(e["weeks"])] for e in (entry.get("relative_weeks") or {}).get("words") or []]
        words["relative_weekends"] = [[e["pattern"], int(e["weekends"])] for e in (entry.get("relative_weekends") or {}).get("words") or []]
        words["relative_periods"] = [[e["pattern"], e["unit"], int(e["offset"])] for e in (entry.get("relative_periods") or {}).get("words") or []]
        for key in ("court", "authorities", "instruments", "titles", "openers", "not_english", "first_names", "genitive_articles",
                    "genitive_heads"):
            words[key] = list((entry.get(key) or {}).get("names") or [])
        words["code"] = lang
        words["numbers"] = dict((entry.get("numbers") or {}).get("words") or {})
        for key in ("future", "future_after", "last", "next", "of_state", "place_before", "destination_before", "destination_after",
                    "handover_by", "group_of", "gathering_of", "office_of", "meet_verb", "including", "year_before", "month_before", "ago", "weekday_parts",
                    "when_before", "late_until", "day_of_month", "range_to", "next_day_of_month", "origin_before", "return_to", "day_for",
                    "generic_before", "gathering_to_date"):
            words[key] = (entry.get(key) or {}).get("pattern") or ""
        words["demonyms"] = _inflected(entry.get("demonyms") or {})
        # (session 40) the filter's and the alert model's cue families in the language's words, checked by the loader
        # (dataset/loader._FilterCue): each family with words, its pattern with what ``from`` adds; None: no such table
        events = [n["words"][lang] for n in ((lookups.get("monitor_words") or {}).get("gatherings") or {}).get("nouns") or []
                  if n.get("kind") == "event" and (n.get("words") or {}).get(lang)]
        for key in ("filter_cues", "alert_cues"):
            words[key] = _cue_patterns(entry, key, events)
        # (session 36) a city told by its adjective beside a word of place ('am Berliner Flughafen', 'à l'aéroport parisien'):
        # each phrase an alias of the city (spec_from_records); the adjectives listed one by one, never a suffix rule
        adjectives = entry.get("place_adjectives") or {}
        words["place_phrases"] = {(f"{a} {n}" if adjectives.get("before") else f"{n} {a}"): city
                                  for a, city in (adjectives.get("adjectives") or {}).items() for n in adjectives.get("nouns") or []}
        # (session 46) a seat of government told for its State ('im Weißen Haus', 'au Kremlin'): a name of its city, checked as
        # the adjectives' cities are (spec_from_records)
        words["seats"] = dict((entry.get("seats") or {}).get("places") or {})
        words["place_phrases"].update(words["seats"])
        out[lang] = words
    return out


def _cue_patterns(entry: dict[str, Any], key: str, events: list[str]) -> dict[str, str] | None:
    """(session 40) A language's cue families (monitor_words.yaml ``filter_cues`` or ``alert_cues``, shape checked by the loader)
    as one pattern each: its ``pattern`` joined with what ``from`` adds (the language's ``future`` pattern, its ``court`` names,
    ``events``: its words of the gatherings vocabulary's events); a family listed as ``absent`` is left out; None when the
    language has no such table."""
    families = entry.get(key)
    if families is None:
        return None
    out: dict[str, str] = {}
    for name, cue in families.items():
        if cue.get("absent") is not None:
            continue
        parts = [cue["pattern"]] if cue.get("pattern") else []
        for source in cue.get("from") or []:
            if source == "future":
                parts.append(str((entry.get("future") or {}).get("pattern") or "(?!)"))
            elif source == "events":
                parts.append(r"\b(?:" + "|".join(events) + r")\b" if events else "(?!)")
            else:
                names = (entry.get("court") or {}).get("names") or []
                parts.append(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b" if names else "(?!)")
        out[name] = "|".join(f"(?:{p})" for p in parts)
    return out


def _inflected(table: dict[str, Any]) -> dict[str, list[str]]:
    """Each State's demonyms in a language, every form its endings give (``endings``: a masculine singular ending and its
    feminine, plural and feminine plural forms: 'ien' -> 'ienne', 'iens', 'iennes'), as written (lower case in French and
    Spanish) and capitalised (a headline, the head of a sentence)."""
    endings = [(e["ending"], list(e["forms"])) for e in table.get("endings") or []]
    out: dict[str, list[str]] = {}
    for iso3, entry in (table.get("states") or {}).items():
        forms: set[str] = set()
        for base in entry.get("names") or []:
            forms.add(base)
            for end, more in endings:
                if base.endswith(end):
                    forms |= {base[: len(base) - len(end)] + f for f in more}
                    break
        out[iso3] = sorted(forms | {f[:1].upper() + f[1:] for f in forms})
    return out


def spec_from_records(r: RecordSet) -> Spec:
    lexicon = lexicon_from_lookups(r.lookups)
    AMBIGUOUS = lexicon["ambiguous"]  # noqa: N806
    names = r.lookups.get("state_names", {}).get("names", {})
    states: dict[str, list[str]] = {}
    for iso3, st in r.states.items():
        cand = set(names.get(iso3, [])) | {st.name} | ({st.short_name} if st.short_name else set())
        # Drop French-only forms that are ordinary English words and codes; keep names with a capital.
        states[iso3] = sorted(n for n in cand if n and n[0].isupper() and len(n) > 2 and n not in AMBIGUOUS)
    for iso3, more in lexicon["extra_names"].items():
        states[iso3] = sorted(set(states.get(iso3, [])) | set(more))
    # the States' names in the other languages the monitor reads (question_state_names.yaml, from ISO 3166-1 and the CLDR;
    # names two States would share, or that are first names or English words, are already left out there)
    other_names = (r.lookups.get("question_state_names") or {}).get("languages") or {}
    # the names German writes a State by: the record's English name and short name (German writes many States so: 'Burundi',
    # 'Israel', 'Sudan') and the German ones, whose genitive in -s is read in German documents (session 43:
    # ``german_genitives``); not the aliases of state_names.yaml, which hold French and native names ('Inde' would make 'Indes',
    # a German word)
    german = {iso3: [n for n in (st.name, st.short_name, *((other_names.get("de") or {}).get(iso3) or [])) if n]
              for iso3, st in r.states.items() if iso3 in states}
    for lang in lexicon["languages"]:
        for iso3, more in (other_names.get(lang) or {}).items():
            if iso3 in states:
                states[iso3] = sorted(set(states[iso3]) | {n for n in more if n[:1].isupper() and len(n) > 2 and n not in AMBIGUOUS})
    lexicon["german_genitives"] = german_genitives(german, {n for ns in states.values() for n in ns} | set(AMBIGUOUS))
    demonyms = {iso3: [d for d in ds if d not in AMBIGUOUS] for iso3, ds in r.lookups.get("demonyms", {}).get("demonyms", {}).items()}
    for iso3, more in lexicon["extra_demonyms"].items():
        demonyms.setdefault(iso3, []).extend(d for d in more if d not in demonyms.get(iso3, []))
    for words in lexicon["languages"].values():
        for iso3, more in words["demonyms"].items():
            demonyms.setdefault(iso3, []).extend(d for d in more if d not in demonyms.get(iso3, []) and d not in AMBIGUOUS)
    places = dict(r.lookups.get("places", {}).get("places", {}))
    # the listed cities' names in the other languages the monitor reads (place_names.yaml, from the CLDR's exemplar cities:
    # 'Bruxelles', 'Moskau', 'Bagdá'), each an alias of its city, so it places a fact as the English name does; a name that is
    # a State's, a common word or a person's is already left out there
    other_places = (r.lookups.get("place_names") or {}).get("languages") or {}
    # the names left out there (common words, a State's or a person's), which an accent-folded form must not bring back ('Seul'
    # from a 'Séul'; session 29: _folded_places)
    lexicon["places_left_out"] = sorted((r.lookups.get("place_names") or {}).get("left_out") or {})
    # … and GeoNames' alternate names of the listed cities, which carry no language ('Torino', 'Mailand'; session 30), read
    # in every language after the CLDR's
    geonames = ((r.lookups.get("place_names") or {}).get("geonames") or {}).get("places") or {}
    for table in [*((other_places.get(lang) or {}).get("places") or {} for lang in lexicon["languages"]), geonames]:
        for name, city in table.items():
            if city in places and name not in AMBIGUOUS:
                places.setdefault(name, places[city])
    for lang, words in lexicon["languages"].items():
        for phrase, city in words["place_phrases"].items():
            if city not in places:
                raise InputError(f"data/lookups/monitor_words.yaml: languages.{lang}.place_adjectives: {phrase!r} names the city "
                                 f"{city!r}, which data/lookups/places.yaml does not list")
            places.setdefault(phrase, places[city])
    # (session 46) English's seats of government ('at the White House', 'the Kremlin'): names of their cities (lexicon.SEATS);
    # every language's seats listed apart too, a place only where a word of place or destination is before it (mentions:
    # 'the Kremlin said' is a speaker, not where anyone goes)
    lexicon["seats"] = sorted({p.casefold() for p in SEATS}
                              | {p.casefold() for words in lexicon["languages"].values() for p in words["seats"]})
    for phrase, city in SEATS.items():
        if city not in places:
            raise InputError(f"src/iccwatch/monitor/lexicon.py: SEATS: {phrase!r} names the city {city!r}, which "
                             "data/lookups/places.yaml does not list")
        places.setdefault(phrase, places[city])
    # airports (data/lookups/airports.yaml): "arrested at NAIA", "landed at Vnukovo" name the State through the airport;
    # a city or a State keeps its own entry, and a form airports of several States share is ambiguous, settled by the
    # document's other places (mentions.resolve)
    airports = r.lookups.get("airports", {}) or {}
    for form, iso3 in (airports.get("airports") or {}).items():
        places.setdefault(form, iso3)
    for form, codes in (airports.get("shared") or {}).items():
        if form not in places and form not in AMBIGUOUS:
            AMBIGUOUS[form] = list(codes)
            lexicon.setdefault("shared_airports", []).append(form)
    persons: dict[str, list[str]] = {}
    common_forms: dict[str, list[str]] = {}
    flagged_names = {pid: list(e.get("names") or []) for pid, e in ((r.lookups.get("name_variants") or {}).get("common_names") or {}).items()}
    surname_count: dict[str, list[str]] = {}
    generated: dict[str, list[str]] = {}
    spellings, more_names = _name_variants(r.lookups.get("name_variants") or {})
    stop = {w for group in spellings.values() for w in group if normalise(w) in _STOP_SURNAMES} | _STOP_SURNAMES
    # a common name word in any of its spellings ("Mohammed", "Muhammad", "Mohamad"): the group of a stop word (session 29)
    common = {normalise(w) for group in spellings.values() if any(normalise(g) in _STOP_SURNAMES for g in group) for w in group} | _STOP_SURNAMES
    for pid, p in r.persons.items():
        own = {p.name, *p.aliases}
        # the names the press writes otherwise (name_variants.yaml): a name listed for the person ('Omar el-Béchir'), and a
        # name-word of a spelling group spelt as another of the group ('Poutine' for 'Putin'), one word at a time
        # (not a common given name, "Ahmad"/"Ahmed": respelt, it would make "Ahmed Bashir" the person rather than a namesake)
        other = set(more_names.get(pid, [])) | {_respelt(n, i, w2) for n in own for i, w1 in enumerate(n.split(" "))
                                                  if _article_less(w1) not in stop
                                                  for w2 in spellings.get(_article_less(w1), ()) if w2 != _article_less(w1)}
        full = own | other
        variants: set[str] = set()
        for n in full:
            variants |= _variants(n)
            toks = n.split()
            # a name written after its bearer's titles ('Major General Hussein Ali') is shortened from its first name, not
            # from a title ('Major Ali' is anyone's), and a first name that is an article and a word ('Al Hassan …') is kept
            # whole ('Al Mahmoud' is anyone's) (session 30)
            while len(toks) > 2 and toks[0].lower().rstrip(".") in TITLES:
                toks = toks[1:]
            if len(toks) >= 4 and toks[0] in ("Al", "El", "al", "el"):
                toks = [f"{toks[0]} {toks[1]}", *toks[2:]]
            # the first and last words of a longer name, as the press shortens it ("Omar Bashir"), unless both are common name
            # words ("Mohammed Ali" for "Mohammed Hussein Ali" is as likely anyone else: the text must name him in full, and then
            # mentions._name_parts reads the short form as his) (session 29)
            if len(toks) >= 3 and not (normalise(_article_less(toks[0])) in common and normalise(_article_less(toks[-1])) in common):
                variants.add(f"{toks[0]} {toks[-1]}")
                if _ARTICLE.match(toks[0]):  # "Al-Tuhamy Khaled" is also written "Al Tuhamy Khaled"
                    variants.add(f"{toks[0].replace('-', ' ', 1)} {toks[-1]}")
                if re.match(r"(?i)(?:al|el)-\w+$", toks[1]):
                    variants |= _variants(f"{toks[0]} {toks[1]}")  # "Saif al-Islam": a first name with its article word
        persons[pid] = sorted(v for v in variants if len(v.split()) >= 2 or v not in states)
        # the forms too common to stand alone (session 30): every alias and short form (not the record's name and its own
        # spellings) whose words, Arabic articles left out, are all common name words ('Hussein Ali', 'Al Hassan'), and the
        # names name_variants.yaml flags so with their reason ('Mahamat Said', a one-word alias too: 'Rambo')
        own_forms = {normalise(v) for n in {p.name} | {_respelt(p.name, i, w2) for i, w1 in enumerate(p.name.split(" "))
                                                         if _article_less(w1) not in stop
                                                         for w2 in spellings.get(_article_less(w1), ()) if w2 != _article_less(w1)}
                     for v in _variants(n)}
        flagged = {normalise(v) for n in flagged_names.get(pid, []) for v in _variants(n)}
        too_common = sorted({normalise(v) for v in persons[pid] if len(v.split()) >= 2 and normalise(v) not in own_forms
                             and (normalise(v) in flagged or _too_common(v, common))} | {f for f in flagged if " " not in f}
                            # … and the last word of a flagged name met alone ('Fadl' of 'Abou Fadl'), unless it ends the
                            # person's own name
                            | {w for f in flagged if " " in f for w in [normalise(_article_less(f.split()[-1]))]
                               if w not in {normalise(_article_less(p.name.split()[-1]))}})
        if too_common:
            common_forms[pid] = too_common
        # The surname of the name and of each alias: a transliteration the record keeps as an alias
        # ("Abdullah al-Senoussi") is also met alone ("al-Senoussi was arrested")
        for n in (p.name, *(a for a in p.aliases if len(a.split()) >= 2), *sorted(o for o in other if len(o.split()) >= 2)):
            words = n.replace("-", " ").split()
            last = words[-1]
            if len(last) >= 4 and normalise(last) not in stop and last not in stop:
                if pid not in surname_count.get(last, []):
                    surname_count.setdefault(last, []).append(pid)
                # the surname without its accents ("Goude" for "Goudé"), and, when the name writes it after an Arabic article,
                # with the article glued to it ("Albashir", "Elbashir", "AlBashir") (session 29)
                forms = {_unaccented(last)}
                if len(words) >= 2 and words[-2].lower() in ("al", "el"):
                    forms |= {f"{a}{w}" for a in ("Al", "El") for w in (last, last.lower())}
                for form in forms - {last}:
                    if pid not in generated.get(form, []):
                        generated.setdefault(form, []).append(pid)
        for a in p.aliases:
            if len(a.split()) == 1 and len(a) >= 4 and normalise(a) not in stop and a not in stop:
                surname_count.setdefault(a.strip(), []).append(pid)
    # a form made from a name (above) is read only where no name or alias of the record is written so: 'Almasri', listed as
    # one person's alias, stays that person's though another's 'al-Masri' glues to it
    for form, pids in generated.items():
        if form not in surname_count:
            surname_count[form] = pids
    lexicon["common_forms"] = common_forms
    surnames = {s: ps[0] for s, ps in surname_count.items() if len(set(ps)) == 1}
    shared = {s: sorted(set(ps)) for s, ps in surname_count.items() if len(set(ps)) > 1}
    heads: dict[str, list[list[str]]] = {}
    for pid, p in sorted(r.persons.items()):
        for o in p.offices:
            if str(o.kind) in ("head_of_state", "head_of_government", "OfficeKind.head_of_state", "OfficeKind.head_of_government"):
                kind = "head_of_state" if "head_of_state" in str(o.kind) else "head_of_government"
                heads.setdefault(o.state, []).append([pid, kind, str(o.start or ""), str(o.end or "")])
    warranted: dict[str, str] = {}
    for w in r.warrants.values():
        if str(w.kind).rsplit(".", 1)[-1] == "arrest_warrant":
            day = str(w.issued or "")
            held = warranted.get(w.person)
            warranted[w.person] = "" if held == "" or not day else min(held or day, day)
    from iccwatch.model.rome_statute import party_intervals

    parties = {iso3: [[i.start.isoformat(), i.end.isoformat() if i.end else ""] for i in party_intervals(st.participation)]
               for iso3, st in r.states.items()}
    parties = {iso3: spans for iso3, spans in parties.items() if spans}
    return Spec(states=states, demonyms=demonyms, places=places, persons=persons, surnames=surnames, shared_surnames=shared, heads=heads,
                warranted=warranted, parties=parties,
                nationality={pid: list(p.nationality) for pid, p in r.persons.items()},
                state_names={iso3: st.name for iso3, st in r.states.items()}, lexicon=lexicon)


def _name_variants(table: dict[str, Any]) -> tuple[dict[str, tuple[str, ...]], dict[str, list[str]]]:
    """From name_variants.yaml: each spelling of a name-word -> every spelling of its group (a spelling also without its
    accents); each person -> the other names listed for them."""
    groups: dict[str, tuple[str, ...]] = {}
    for group in table.get("spellings") or []:
        forms = tuple(dict.fromkeys(f for s in group.get("spellings") or [] for f in (s, _unaccented(s))))
        for f in forms:
            groups[f] = forms
    names = {pid: [str(e["name"]) for e in entries or [] if isinstance(e, dict) and e.get("name")] for pid, entries in (table.get("persons") or {}).items()}
    return groups, names


_ARTICLE = re.compile(r"^(?:al|el|Al|El)-")


def _too_common(name: str, common: set[str]) -> bool:
    """Whether a name of two or more words is too common to stand for one person alone (session 30): its words, Arabic
    articles ("Al", "al-") left out, are all common name words, in any of their spellings ("Hussein Ali", "Al Hassan")."""
    words = [normalise(_article_less(w)) for w in re.split(r"\s+", name.strip())]
    telling = [w for w in words if w not in ("al", "el") and w]
    return bool(telling) and all(w in common for w in telling)


def _article_less(word: str) -> str:
    return _ARTICLE.sub("", word)


def _respelt(name: str, i: int, spelling: str) -> str:
    """``name`` with its ``i``-th word spelt ``spelling`` (an article joined to the word kept: 'al-Bashir' -> 'al-Béchir')."""
    words = name.split(" ")
    head = _ARTICLE.match(words[i])
    words[i] = (head.group(0) if head else "") + spelling
    return " ".join(words)


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4)
def _pipeline(spec_json: str) -> Any:
    import spacy
    from spacy.pipeline import SpanRuler

    spec = json.loads(spec_json)
    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer  # spaCy's compiled Tokenizer, which ships no type stub
    # a year glued to the next word in scraped pages ("October 21, 2016South Africa has decided"): two tokens,
    # offsets unchanged
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[0-9]{4})(?=[A-Z][a-z])"]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # a French article or pronoun elided before a word ("l'Afrique du Sud", "qu'elle", "d'arrêt") is a token of its own, so the
    # name after it is met as written; a name written with one ("Côte d'Ivoire", "N'Djamena") is cut the same way in its pattern
    prefixes = [*(nlp.Defaults.prefixes or ()), r"(?:[LlDdNnSsJjMmTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[^\W\d_])"]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    nlp.add_pipe("sentencizer")
    exact = nlp.add_pipe("span_ruler", name="exact_ruler", config={"spans_key": "mentions", "phrase_matcher_attr": "ORTH", "overwrite": False})
    folded = nlp.add_pipe("span_ruler", name="folded_ruler", config={"spans_key": "mentions", "phrase_matcher_attr": "LOWER", "overwrite": False})
    assert isinstance(exact, SpanRuler) and isinstance(folded, SpanRuler)
    pats: list[dict[str, Any]] = []
    for iso3, ns in spec["states"].items():
        pats += [{"label": "STATE", "pattern": n, "id": iso3} for n in ns]
    for word, codes in spec["lexicon"]["ambiguous"].items():
        pats.append({"label": "AMBIGUOUS", "pattern": word, "id": "|".join(codes)})
    for iso3, ds in spec["demonyms"].items():
        pats += [{"label": "DEMONYM", "pattern": d, "id": iso3} for d in ds]
    pats += [{"label": "PLACE", "pattern": c, "id": iso3} for c, iso3 in spec["places"].items()]
    # a name written with an apostrophe is also written without it ("N'Djamena", "Ndjamena"), and with the typographic one
    pats += [{"label": "PLACE", "pattern": v, "id": iso3} for c, iso3 in spec["places"].items() if "'" in c
             for v in (c.replace("'", ""), c.replace("'", "’"), c.replace("'", "").capitalize()) if v != c and v not in spec["places"]]
    # a place whose listed name is two or more words is also written with hyphens between them ("Ulan Bator", "Ulan-Bator";
    # session 30), where that form is no other place's or State's name
    names = {n for ns in spec["states"].values() for n in ns}
    pats += [{"label": "PLACE", "pattern": h, "id": iso3} for c, iso3 in spec["places"].items() if " " in c
             for h in (c.replace(" ", "-"),) if h not in spec["places"] and h not in names]
    # a place listed with its accents is also written without them ("Belém", "Belem"), where the unaccented form is no other
    # place's, State's or ambiguous word's (session 29; the other way round, an accented text of a name listed without them, is
    # read by ``add_folded_places``)
    pats += [{"label": "PLACE", "pattern": f, "id": iso3} for f, iso3 in _folded_places(spec_json)[0].items()
             if f not in spec["places"]]
    pats += [{"label": "SURNAME", "pattern": s, "id": pid} for s, pid in spec["surnames"].items()]
    pats += [{"label": "SHARED", "pattern": s, "id": "|".join(pids)} for s, pids in spec.get("shared_surnames", {}).items()]
    pats += [{"label": "ICC", "pattern": p, "id": "ICC"} for p in ("ICC", "International Criminal Court", "The Hague", "Pre-Trial Chamber", "Appeals Chamber")]
    # the Court's names in the other languages the monitor reads (data/lookups/monitor_words.yaml)
    pats += [{"label": "ICC", "pattern": p, "id": "ICC"} for words in spec["lexicon"].get("languages", {}).values() for p in words.get("court", [])]
    exact.add_patterns(pats)
    folded.add_patterns([{"label": "PERSON", "pattern": n.lower(), "id": pid} for pid, ns in spec["persons"].items() for n in ns if len(n.split()) >= 2])
    return nlp


def _fold(text: str) -> str:
    """``text`` with the accents of its letters taken off as ``_unaccented`` does, one character for one (offsets unchanged: a
    character that does not fold to one letter is kept as it is)."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = _unaccented(ch)
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


#: A run of word characters, and one word character (as the regular expressions' ``\w`` reads them).
_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=4)
def _folded_places(spec_json: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The places' names whose accent-folded form is one State's alone (no other place of another State, no State's name, no
    ambiguous word and no name place_names.yaml leaves out as a common word folds to it): {folded form: iso3}, and those forms
    by their first word (``_WORD_RUN``; "" for a form that begins with no word character), longest first (case kept)."""
    spec = json.loads(spec_json)
    codes: dict[str, set[str]] = {}
    for name, iso3 in spec["places"].items():
        codes.setdefault(_fold(name), set()).add(iso3)
    # (session 31) a name place_names.yaml leaves out whose folded form is a listed place's own name, as written ('Ulán Bator',
    # 'Ulan Bator' for Ulaanbaatar: "another listed city's or airport's name") does not take that form: the place is listed,
    # and its accented spelling is the same place ("Llegó a Ulán Bator"); a name left out as a common word or a first name
    # still takes the forms that fold to it ('Adelaida': not 'Adelaïda')
    taken = {_fold(n) for ns in spec["states"].values() for n in ns} | {_fold(w) for w in spec["lexicon"].get("ambiguous", {})} \
        | ({_fold(w) for w in spec["lexicon"].get("places_left_out", [])} - set(spec["places"]))
    unique = {f: next(iter(cs)) for f, cs in codes.items() if len(cs) == 1 and f not in taken and f.strip()}
    by_first: dict[str, list[str]] = {}
    for f in unique:
        m = _WORD_RUN.match(f)
        by_first.setdefault(m.group(0) if m else "", []).append(f)
    return unique, {w: tuple(sorted(fs, key=len, reverse=True)) for w, fs in by_first.items()}


def _folded_matches(folded: str, by_first: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    r"""The forms of ``by_first`` in ``folded`` as whole words, left to right, the longest at each start, none overlapping:
    what one regular expression of all the forms (``(?<!\w)(?:longest|…)(?!\w)``) finds, read by a look-up at each word's
    start instead of trying some ten thousand alternatives at every character (session 31: that pattern was a fifth of the
    monitor's time per document)."""
    n = len(folded)
    starts = [m.start() for m in _WORD_RUN.finditer(folded)]
    if "" in by_first:  # a form that begins with no word character: any start not after a word character
        starts = sorted({*starts, *(i for i in range(n) if not _WORD_CHAR.match(folded, i)
                                    and (i == 0 or not _WORD_CHAR.match(folded, i - 1)))})
    out: list[tuple[int, int, str]] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        run = _WORD_RUN.match(folded, p)
        for form in by_first.get(run.group(0) if run else "", ()):
            e = p + len(form)
            if folded.startswith(form, p) and (e == n or not _WORD_CHAR.match(folded, e)):
                out.append((p, e, form))
                end = e
                break
    return out


def add_folded_places(doc: Any, spec: Spec) -> None:
    """Adds to ``doc``'s mentions the places the text writes with accents their listed name lacks ("Río de Janeiro" for the
    listed "Rio de Janeiro"), where the folded form is one State's alone (``_folded_places``), the match falls on whole tokens
    and no mention already overlaps it (session 29)."""
    text = doc.text
    if text.isascii():
        return  # an unaccented text is read by the rulers (the folded forms of accented names are among their patterns)
    unique, by_first = _folded_places(spec._json)
    if not by_first:
        return
    # a form written as listed is read by the rulers; one inside another mention ("São Paulo" in a person's name) is not a place
    _add_mentions(doc, ((start, end, "PLACE", unique[form]) for start, end, form in _folded_matches(_fold(text), by_first)
                        if text[start:end] != form))


def _add_mentions(doc: Any, found: Iterable[tuple[int, int, str, str]]) -> None:
    """Adds to ``doc``'s mentions each (start, end, label, id) of ``found`` that falls on whole tokens and that no mention
    already there overlaps."""
    from spacy.tokens import Span

    mentions = doc.spans.get("mentions", [])
    held = [(m.start_char, m.end_char) for m in mentions]
    added = []
    for start, end, label, key in found:
        if any(a < end and start < b for a, b in held):
            continue
        span = doc.char_span(start, end)
        if span is not None:
            added.append(Span(doc, span.start, span.end, label=label, span_id=key))
    if added:
        doc.spans["mentions"] = [*mentions, *added]


#: The endings after which German makes no genitive by -s ('von Belarus', 'der Schweiz', 'von Laos'; session 43).
_NO_GENITIVE_S = ("s", "x", "z", "ß")


def german_genitives(names: dict[str, list[str]], taken: set[str]) -> dict[str, str]:
    """The genitive of each State's name as German writes it without an article or after 'des' ('Ungarns Regierung', 'der
    Austritt Burundis', 'Russlands Präsident', 'des Tschads'; session 43): the name and -s, {form: iso3}, from ``names``, the
    names German writes each State by (its English and German names: the other languages' would make a German word, French
    'Inde' 'Indes'). A name ending in s, x, z or ß makes no such form ('von Belarus', 'der Schweiz'), nor a name not
    capitalised, not in the Latin script, inverted ('Iran, Islamische Republik') or ending otherwise than in letters; a form that is a word of ``taken`` (the States' names, the ambiguous words)
    or two States' is left out. Read in German documents only (``add_genitive_states``): no other language the monitor reads
    makes its genitive so."""
    forms: dict[str, set[str]] = {}
    for iso3, ns in names.items():
        for name in ns:
            last = name.split()[-1] if name.split() else ""
            if not name[:1].isupper() or not last[:1].isupper() or not last.replace("-", "").isalpha() \
                    or last.endswith(_NO_GENITIVE_S) or not all(ch.isascii() or "LATIN" in unicodedata.name(ch, "")
                                                                 for ch in name if ch.isalpha()) or "," in name:
                continue
            forms.setdefault(f"{name}s", set()).add(iso3)
    return {f: next(iter(codes)) for f, codes in sorted(forms.items()) if len(codes) == 1 and f not in taken}


@functools.lru_cache(maxsize=4)
def _genitive_pattern(spec_json: str) -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str], frozenset[str]]:
    """The genitives' pattern and forms, and German's first names and titles (``add_genitive_states``), built once per spec, not
    for every document (session 45)."""
    spec = json.loads(spec_json)
    forms = spec["lexicon"].get("german_genitives") or {}
    words = (spec["lexicon"].get("languages") or {}).get("de") or {}
    first, titles = frozenset(words.get("first_names") or ()), frozenset(words.get("titles") or ())
    if not forms:
        return None, forms, first, titles
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternation + r")(?![\w'’-])"), forms, first, titles


def add_genitive_states(doc: Any, spec: Spec, language: str | None) -> None:
    """Adds to a German ``doc``'s mentions the States named in the genitive ('Ungarns Regierung weigert sich', 'der Austritt
    Burundis': ``german_genitives``), where the match falls on whole tokens and no mention already overlaps it (session 43)."""
    if language != "de":
        return
    pattern, forms, first, titles = _genitive_pattern(spec._json)
    if pattern is not None:
        _add_mentions(doc, ((m.start(), m.end(), "STATE", forms[m.group(0)]) for m in pattern.finditer(doc.text)
                            if not (m.group(0) in first and _surname_after(doc.text, m.end(), titles))))


@functools.lru_cache(maxsize=4)
def _person_genitive_pattern(spec_json: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]], frozenset[str], frozenset[str]]:
    """The genitives in -s of the record's surnames as German writes them ('Putins Besuch', 'Netanjahus Reise', 'die Festnahme
    Osama Elmasry Njeems'; session 49), {form: (label, id)}, German's genitive articles and the nouns whose possessor acts
    (``genitive_heads``), built once per spec. A surname ending
    in s, x, z or ß makes no such form ('Jamus' stays 'Jamus'; German writes 'Jamus'' with the apostrophe, cut by the
    tokenizer), nor one not capitalised or ending otherwise than in a letter; a form that is itself a surname, a State's or
    place's name, an ambiguous word or a State's genitive is left out. Each form is labelled GENITIVE, its id the surname's
    person or persons ('|'-joined where the surname is shared): mentions._mentions reads it as the surname without the
    neighbours' test of a first name, since German writes a noun capitalised right before or after a genitive ('Putins
    Besuch', 'der Besuch Putins')."""
    spec = json.loads(spec_json)
    words = (spec["lexicon"].get("languages") or {}).get("de") or {}
    articles = frozenset(w.lower() for w in words.get("genitive_articles") or ())
    heads = frozenset(words.get("genitive_heads") or ())
    taken = ({n for ns in spec["states"].values() for n in ns} | set(spec["lexicon"].get("ambiguous") or {})
             | set(spec["places"]) | set(spec["surnames"]) | set(spec.get("shared_surnames") or {})
             | set(spec["lexicon"].get("german_genitives") or {}))
    forms: dict[str, tuple[str, str]] = {}
    for label, table in (("GENITIVE", spec["surnames"]), ("GENITIVE", {s: "|".join(p) for s, p in (spec.get("shared_surnames") or {}).items()})):
        for surname, key in table.items():
            if not surname[:1].isupper() or not surname[-1:].isalpha() or surname.endswith(_NO_GENITIVE_S) or " " in surname:
                continue
            if f"{surname}s" not in taken:
                forms[f"{surname}s"] = (label, key)
    if not forms:
        return None, forms, articles, heads
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternation + r")(?![\w'’-])"), forms, articles, heads


def add_genitive_persons(doc: Any, spec: Spec, language: str | None) -> None:
    """Adds to a German ``doc``'s mentions the persons named by their surname in the genitive ('Putins Besuch in der Mongolei',
    'Netanjahus Reise', 'die Festnahme Osama Elmasry Njeems'; session 49): the surname and -s (``_person_genitive_pattern``),
    where its head is a noun of the person's own act (``genitive_heads``: 'Besuch', 'Reise', 'Flugzeug', 'Festnahme'), right
    after it or before it across the person's first names: the possessor of 'Putins Sprecher', 'Putins Delegation', 'Putins
    Außenminister' is not the one who acts, and is left unread as before. Not after a genitive article ('des Betts': a noun's
    genitive, never a name's, which German writes without an article); where the match falls on whole tokens and no mention
    already overlaps it."""
    if language != "de":
        return
    pattern, forms, articles, heads = _person_genitive_pattern(spec._json)
    if pattern is None:
        return
    found = []
    for m in pattern.finditer(doc.text):
        words_before = re.findall(r"[^\W\d_][\w'’-]*", doc.text[max(0, m.start() - 120):m.start()])
        if words_before and words_before[-1].lower() in articles:
            continue
        after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", doc.text[m.end():])
        head = after is not None and after.group(1) in heads
        for word in reversed(words_before[-4:]):  # 'die Festnahme Osama Elmasry Njeems': the head before the first names
            if word in heads:
                head = True
            if word in heads or not word[:1].isupper():
                break
        if head:
            label, key = forms[m.group(0)]
            found.append((m.start(), m.end(), label, key))
    _add_mentions(doc, found)


def _surname_after(text: str, end: int, titles: frozenset[str]) -> bool:
    """A capitalised word right after ``end`` that is no title ('Frances Fitzgerald', not 'Frances Präsident'): the word
    before it is a first name, its surname after it (session 44)."""
    nxt = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[end:])
    return nxt is not None and nxt.group(1)[:1].isupper() and nxt.group(1) not in titles


def pipeline(spec: Spec) -> Any:
    """The spaCy pipeline for a spec, built once per process (so once per Dask worker)."""
    return _pipeline(spec._json)
