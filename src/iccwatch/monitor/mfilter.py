"""A statistical filter over the rules' candidates: a logistic regression on general features of each
candidate (its fact type and rule, where its evidence sits in the document, how far its date is from the
document's, tense, modality, negation and cancellation cues in its sentence, in the document and in its headline (a
real one only: a file name standing in for a missing title gives no cue), the sentence's words), trained only on the real-news set's dev half by ``monitor/mfilter_train.py``.

The weights are a small JSON file beside this module (``mfilter_weights.json``), built reproducibly by the
training script from its training table (``mfilter_training.jsonl``, also committed). Nothing is downloaded;
numpy is the only numeric dependency. The rules' own output stays available: ``extract_candidates(...,
mode="rules")`` or ``ICCWATCH_MONITOR_FILTER=off``.

The alert model (``alert_passes``, ``mfilter_alert_weights.json``, trained by the same script) is a second regression
over the same features, on the candidates that raise an alert, with its own stricter threshold; with
``ICCWATCH_MONITOR_ALERT_MODEL=on`` an alert needs it (monitor/alerts.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iccwatch.dataset.cue_families import cue_families as families_listed
from iccwatch.model.dates import DateSpan
from iccwatch.monitor.documents import headline

if TYPE_CHECKING:
    from iccwatch.monitor.documents import Document
    from iccwatch.monitor.extract import Candidate
    from iccwatch.monitor.gazetteer import Spec

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "mfilter_weights.json"
TRAINING = HERE / "mfilter_training.jsonl"
#: The alert model: a second regression, on the candidates that raise an alert, with its own stricter threshold.
ALERT_WEIGHTS = HERE / "mfilter_alert_weights.json"
ALERT_TRAINING = HERE / "mfilter_alert_training.jsonl"

def env_switch(name: str, default: bool | None) -> bool | None:
    """An on/off setting read from the environment variable ``name``: ``on``/``1``/``true``/``yes`` or
    ``off``/``0``/``false``/``no`` (any case); unset or empty gives ``default``; any other value is an error naming
    the variable."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("on", "1", "true", "yes"):
        return True
    if raw in ("off", "0", "false", "no"):
        return False
    raise ValueError(f"{name}={raw!r}: give on or off")


#: The mode ``extract_candidates`` uses when neither the caller nor ``ICCWATCH_MONITOR_FILTER`` names one.
DEFAULT_MODE = "filtered"


def default_mode() -> str:
    """``ICCWATCH_MONITOR_FILTER``: ``on`` (the rules' candidates through the filter), ``off`` (the rules alone);
    unset: ``DEFAULT_MODE``; any other value is an error naming the variable."""
    on = env_switch("ICCWATCH_MONITOR_FILTER", None)
    return DEFAULT_MODE if on is None else "filtered" if on else "rules"


#: Whether the alert model gates alerts when neither the caller nor ``ICCWATCH_MONITOR_ALERT_MODEL`` says: on. Measured
#: once on the test half (docs/monitor.md, "Alert calibration (2026-12-03)"): alert precision 0.708 (65 raised / 46
#: right) -> 0.879 (33 / 29); retrained on 595 dev documents with a stable threshold (session 22), 461 test documents:
#: 0.733 (60 / 44) -> 0.879 (33 / 29). An alert it holds back stays a candidate for review: no fact is lost, only not pushed.
ALERT_MODEL_DEFAULT = True


def alert_model_enabled() -> bool:
    """``ICCWATCH_MONITOR_ALERT_MODEL``: ``on`` (in the filtered mode an alert also needs the alert model's score),
    ``off``; unset: ``ALERT_MODEL_DEFAULT``; any other value is an error naming the variable."""
    return bool(env_switch("ICCWATCH_MONITOR_ALERT_MODEL", ALERT_MODEL_DEFAULT))


# Cue families (general English, no name of any State, person or outlet).
CUES: dict[str, re.Pattern[str]] = {name: re.compile(rx, re.I) for name, rx in {
    "neg": r"\b(?:not|never|no|nor|neither)\b|n['’]t\b",
    "modal": r"\b(?:would|could|might|may|should|must|can)\b",
    "cond": r"\b(?:if|unless|whether|provided|in case)\b",
    "future": r"\b(?:will|shall|is to|are to|plans? to|planning|expected|due to|scheduled|set to|next)\b",
    "perfect": r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b",
    "pluperfect": r"\bhad\s+(?:been\s+)?\w+",
    "said": r"\b(?:said|says|told|according to|announced|stated|confirmed)\b",
    "call": r"\b(?:urg\w+|call\w* (?:on|for|upon)|demand\w*|ask\w*|appeal\w*|press\w* for)\b",
    "cancel": r"\b(?:cancel\w*|postpon\w*|call\w* off|declin\w*|call\w* off|scrap\w*|skip\w*|absent|stay\w* (?:home|away)|instead|video|virtual\w*|remotely|withdrew from the)\b",
    "deny": r"\b(?:den(?:y|ied|ies)|rejected|refus\w+|dismiss\w*|false|rumou?r\w*)\b",
    "background": r"\b(?:since|ago|last year|in \d{4}|previous\w*|earlier|former\w*|once|years?)\b",
    "question": r"\?",
    "quote": r"[\"“”]",
    "application": r"\b(?:request\w*|appl\w+|sought|seek\w*|asked the (?:court|judges))\b",
    "court": r"\b(?:icc|international criminal court|the court|the hague|chamber|judges?|prosecutor)\b",
    "warrant": r"\bwarrants?\b",
    "domestic": r"\b(?:national|domestic|local|police|interpol)\b",
    "fear": r"\b(?:fear\w*|risk\w*|threat\w*|could face|faces? arrest|may be arrested)\b",
}.items()}

#: The cue families that hold no word of a language (read in every page).
WORDLESS_CUES = frozenset({"question", "quote"})

#: Further cue families read by the alert model only (``features(..., extra=True)``): hedges, invitations, a trip told
#: as under way or done, a gathering, a trip in the headline. General English, no name of any State, person or outlet; each
#: other language's words are in data/lookups/monitor_words.yaml (``alert_cues``, session 40; ``extra_cues_for``).
EXTRA_CUES: dict[str, re.Pattern[str]] = {name: re.compile(rx, re.I) for name, rx in {
    "hedge": r"\b(?:reportedly|allegedly|rumou?r\w*|speculat\w*|unconfirmed|(?:is|are|was) said to|believed to|likely|unlikely|"
             r"possibl\w*|perhaps|may|might|reports? (?:say|said|suggest\w*)|sources?)\b",
    "invite": r"\binvit\w*",
    "underway": r"\b(?:arrived|arrives|landed|lands|touched down|is (?:in|visiting|on a|currently)|was (?:in|received|welcomed|greeted)|"
                r"met (?:with)?|held talks|welcomed|greeted|received by)\b",
    "gathering": r"\b(?:summit|inauguration|ceremony|forum|conference|swearing-in|celebrations?|anniversary|parade)\b",
    "trip": r"\b(?:visit\w*|arriv\w*|trip|travel\w*|lands?|landed|heads? (?:to|for)|tour\w*|attend\w*|fl(?:y|ew|ies) to)\b",
}.items()}

def cue_families(key: str) -> list[str]:
    """The cue families a language's ``key`` table in monitor_words.yaml lists (``filter_cues``: ``CUES``' with words;
    ``alert_cues``: ``EXTRA_CUES``'), named in dataset/cue_families.py for the loader's check (tests/monitor/test_mfilter_s40.py
    checks the names there and here agree)."""
    return families_listed(key)


def _read_cues(spec: Spec, language: str) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """The filter's and the alert model's cue families of a language other than English, compiled once per spec (kept on it,
    as ``Spec.named_in`` keeps its patterns): the words of the spec's lexicon (monitor_words.yaml ``filter_cues`` and
    ``alert_cues``, checked by the loader, joined by ``gazetteer._cue_patterns``) with the wordless families; a language the
    lexicon lacks, or a table it does not give, reads only the wordless families."""
    cache: dict[str, tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]] = spec.__dict__.setdefault("_mfilter_cues", {})
    got = cache.get(language)
    if got is None:
        words = ((spec.lexicon.get("languages") or {}).get(language)) or {}
        tables = []
        for key in ("filter_cues", "alert_cues"):
            read: dict[str, re.Pattern[str]] = {}
            for name, rx in (words.get(key) or {}).items():
                try:
                    read[name] = re.compile(rx, re.I)
                except re.error as e:
                    raise ValueError(f"data/lookups/monitor_words.yaml: languages.{language}.{key}.{name}: not a regular expression ({e})") from None
            tables.append(read)
        got = cache[language] = ({**tables[0], **{n: CUES[n] for n in WORDLESS_CUES}}, tables[1])
    return got


def cues_for(language: str | None, spec: Spec) -> dict[str, re.Pattern[str]]:
    """The cue families read in a page of ``language``: English's (``CUES``) in an English page or one of unknown language,
    else that language's words in ``spec`` (``_read_cues``), or the wordless families alone in a language the lexicon lacks."""
    if language is None or language == "en":
        return CUES
    return _read_cues(spec, language)[0]


def extra_cues_for(language: str | None, spec: Spec) -> dict[str, re.Pattern[str]]:
    """(session 40) The alert model's further cue families read in a page of ``language``: English's (``EXTRA_CUES``) in an
    English page or one of unknown language, else that language's words in ``spec`` (monitor_words.yaml ``alert_cues``), none
    in a language the lexicon lacks (an English word in another language's page is no cue)."""
    if language is None or language == "en":
        return EXTRA_CUES
    return _read_cues(spec, language)[1]

#: The cue families the alert model's ``hedged`` count reads in the sentence (each in the page's language, ``cues_for``).
HEDGES = ("neg", "modal", "cond", "cancel", "deny", "question", "fear")

TOKEN = re.compile(r"[a-z][a-z'’-]{2,}")


def bucket_days(days: int, *, past_year: bool = True) -> str:
    """A date's distance from the document's day, ``days`` (negative before it), as a feature's bucket: the same day, the week
    or month before, the year before (with ``past_year``; the learned reader, ``learned.py``, goes without), older, the month
    after, later."""
    if days == 0:
        return "same"
    if -7 <= days < 0:
        return "past7"
    if -31 <= days < -7:
        return "past31"
    if past_year and -366 <= days < -31:
        return "past1y"
    if days < -31:
        return "older"
    if days <= 31:
        return "next31"
    return "later"


def _date_rel(c: Candidate, document: Document) -> str:
    if not c.date:
        return "none"
    if not document.date:
        return "nodocdate"
    cd, dd = DateSpan.parse(c.date), DateSpan.parse(document.date)
    grain = "m" if len(c.date) < 10 else "d"
    return f"{grain}:{bucket_days((cd.first - dd.first).days if isinstance(cd.first, dt.date) else 0)}"


def features(c: Candidate, document: Document, bow: bool = True, extra: bool = False, *, spec: Spec) -> list[str]:
    """The candidate's binary features, as names (the model keeps only the names it was trained with); ``extra``: also
    the alert model's (``EXTRA_CUES`` in the sentence and the headline, each crossed with the fact type; the count of
    supporting sentences to three; the sentence's length; how many cue families the sentence holds). The cue words of a page
    in another language than English are the spec's (its lexicon, from the store's lookups: ``cues_for``, ``extra_cues_for``)."""
    t = c.type
    sent = c.evidence.sentence
    text = document.text
    f = [f"type={t}", f"method={c.method}", f"type={t}|method={c.method}"]
    for key in ("person", "person_name", "state", "date"):
        f.append(f"{t}|has_{key}={getattr(c, key) is not None}")
    rel = _date_rel(c, document)
    f += [f"date={rel}", f"{t}|date={rel}"]
    n = max(len(text), 1)
    para = text.find("\n\n")
    where = "head" if c.evidence.start < 200 else "first_para" if c.evidence.start < (para if para >= 0 else n) else "body"
    rel_pos = c.evidence.start / n
    f += [f"pos={where}", f"{t}|pos={where}", f"relpos={'early' if rel_pos < 0.25 else 'mid' if rel_pos < 0.6 else 'late'}"]
    f.append(f"support={min(len(c.support), 2)}")
    f.append(f"conf={c.confidence:.1f}")
    f.append(f"ambiguous={bool(c.ambiguous)}")
    title = headline(document) or ""  # a file name standing in for a missing title is no headline: no title cue
    # (session 38) English cue words read other words in a page in another language ('no' in Portuguese 'no dia 3' is
    # no negation); (session 39) each language reads its own (monitor_words.yaml ``filter_cues``, ``cues_for``; session 40:
    # the spec's words, loaded and checked once with the store's lookups)
    cues = cues_for(document.language, spec)
    for name, rx in cues.items():
        if rx.search(sent):
            f += [f"cue={name}", f"{t}|cue={name}"]
        if rx.search(text):
            f.append(f"doc_cue={name}")
        if title and rx.search(title):
            f.append(f"title_cue={name}")
    if extra:
        # (session 40) each language reads its own words (monitor_words.yaml ``alert_cues``), as the filter's cues
        for name, rx in extra_cues_for(document.language, spec).items():
            if rx.search(sent):
                f += [f"x={name}", f"{t}|x={name}"]
            if title and rx.search(title):
                f += [f"title_x={name}", f"{t}|title_x={name}"]
        f.append(f"{t}|support={min(len(c.support), 3)}")
        words = len(sent.split())
        f.append(f"length={'short' if words < 15 else 'mid' if words < 35 else 'long'}")
        hedged = sum(1 for name in HEDGES if name in cues and cues[name].search(sent))
        f.append(f"{t}|hedged={min(hedged, 2)}")
    if bow:
        f += [f"w={w}" for w in sorted(set(TOKEN.findall(sent.lower())))]
    return list(dict.fromkeys(f))


def probability(model: dict[str, Any], feats: list[str]) -> float:
    w = model["weights"]
    z = model["bias"] + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def _read_model(p: Path, what: str) -> dict[str, Any]:
    """A weights file: ``weights`` (name → number), ``bias`` (a number), ``threshold`` (a number strictly between 0
    and 1) and ``bow`` (true or false), optionally ``type_thresholds`` (fact type → a number strictly between 0 and 1); a
    missing file or field, or a bad value, is an error naming the file and field."""
    try:
        model = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{p}: no {what} (build them with: python -m iccwatch.monitor.mfilter_train)") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"{p}: not JSON ({e})") from None
    if not isinstance(model, dict):
        raise ValueError(f"{p}: not a JSON object")
    for key in ("weights", "bias", "threshold", "bow"):
        if key not in model:
            raise ValueError(f"{p}: field {key!r} missing from the {what}")
    number = (int, float)
    t = model["threshold"]
    if isinstance(t, bool) or not isinstance(t, number) or not 0.0 < t < 1.0:
        raise ValueError(f"{p}: field 'threshold' must be a number strictly between 0 and 1, not {t!r}")
    if isinstance(model["bias"], bool) or not isinstance(model["bias"], number):
        raise ValueError(f"{p}: field 'bias' must be a number, not {model['bias']!r}")
    if not isinstance(model["bow"], bool):
        raise ValueError(f"{p}: field 'bow' must be true or false, not {model['bow']!r}")
    w = model["weights"]
    if not isinstance(w, dict) or any(isinstance(v, bool) or not isinstance(v, number) for v in w.values()):
        raise ValueError(f"{p}: field 'weights' must map feature names to numbers")
    per = model.get("type_thresholds", {})
    if not isinstance(per, dict):
        raise ValueError(f"{p}: field 'type_thresholds' must map fact types to numbers")
    for ty, v in per.items():
        if isinstance(v, bool) or not isinstance(v, number) or not 0.0 < v < 1.0:
            raise ValueError(f"{p}: field 'type_thresholds', type {ty!r}: a number strictly between 0 and 1, not {v!r}")
    return model


def threshold_for(model: dict[str, Any], fact_type: str) -> float:
    """The filter's threshold for a candidate of ``fact_type``: its type's (``type_thresholds``, chosen by
    ``mfilter_train.per_type_block``, shipped only when it beat the one threshold out of fold) or else the model's."""
    return float((model.get("type_thresholds") or {}).get(fact_type, model["threshold"]))


@functools.lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict[str, Any]:
    return _read_model(Path(path), "filter weights")


@functools.lru_cache(maxsize=1)
def load_alert_model(path: str = str(ALERT_WEIGHTS)) -> dict[str, Any]:
    """The alert model (``mfilter_alert_weights.json``), checked as the filter's weights are."""
    return _read_model(Path(path), "alert weights")


def alert_probability(c: Candidate, document: Document, model: dict[str, Any] | None = None, *, spec: Spec) -> float:
    """The alert model's probability that an alert raised on ``c`` is right."""
    model = model or load_alert_model()
    return probability(model, features(c, document, model["bow"], extra=bool(model.get("extra")), spec=spec))


def alert_passes(c: Candidate, document: Document, model: dict[str, Any] | None = None, *, spec: Spec) -> bool:
    """Whether a candidate that raises an alert may push it: the alert model's probability at or above its own
    threshold (chosen by repeated cross-validation, ``mfilter_train.alert_threshold``: the lowest threshold whose
    out-of-fold alert precision, made monotone in the score, reaches the target 0.9, keeping at least half of the
    right alerts, or else the highest keeping half), or a candidate read from an official document (its structure states the fact; the model learnt from news)."""
    if c.official:
        return True
    model = model or load_alert_model()
    return bool(alert_probability(c, document, model, spec=spec) >= model["threshold"])


def new_to_the_record(c: Candidate) -> bool:
    """A candidate about a person the record does not hold (named, not resolved to a record): what the monitor
    exists to surface (a new warrant's subject), and what the training set has too few of to judge."""
    return c.person is None and c.person_name is not None


def exempt(c: Candidate) -> bool:
    """Candidates the filter never drops: those read from an official document (the Court's, the depositary's, the
    Assembly's: their structure states the fact; the filter learnt from news) and those about a person new to the
    record."""
    return bool(c.official) or new_to_the_record(c)


def settled_far_ahead(c: Candidate, document: Document) -> bool:
    """(session 30) A trip to come dated to a month or a day more than a month after the document's, its sentence telling it as
    settled with no condition ("will visit China in October" in a page of late August; ``assemble.FIRM``, ``SUPPOSED``): the
    rules read its month; the filter's date feature, learnt from few such trips (7 on the dev half, all right), held back one
    of them. Kept, as an official act is."""
    from iccwatch.monitor.assemble import FIRM, SUPPOSED

    if c.type != "planned_visit" or not c.date or not document.date:
        return False
    ahead = DateSpan.parse(c.date).first - DateSpan.parse(document.date).last
    return isinstance(ahead, dt.timedelta) and ahead.days > 31 and bool(FIRM.search(c.evidence.sentence)) \
        and not SUPPOSED.search(c.evidence.sentence)


def announced_undated(c: Candidate, document: Document) -> bool:
    """(session 41, mleft30) A trip to come with no date told by the page's headline or lead ("Netanyahu to visit Hungary soon …"
    / "X will arrive in Hungary for an official visit in the coming weeks", 'X visitará Hungría en las próximas semanas'), its
    sentence telling it with no condition (``assemble.SUPPOSED``): the README labels a planned visit with no date as expected (a
    label without a date accepts any date), but the filter's shared ``date=none`` feature, learnt mostly from undated background
    facts of other types, held every such trip below its threshold. Kept, as a trip settled far ahead is."""
    from iccwatch.monitor.assemble import SUPPOSED

    if c.type != "planned_visit" or c.date:
        return False
    para = document.text.find("\n\n")
    lead_end = max(para if para >= 0 else len(document.text), 200)
    return c.evidence.start < lead_end and not SUPPOSED.search(c.evidence.sentence)


def apply(cands: list[Candidate], document: Document, model: dict[str, Any] | None = None, *, spec: Spec) -> list[Candidate]:
    """The candidates whose probability reaches the model's threshold for their type (``threshold_for``), and those ``exempt`` from it (a missed new
    subject or an official act costs more than a reviewer's rejection) or told as trips settled far ahead
    (``settled_far_ahead``)."""
    model = model or load_model()
    return [c for c in cands if exempt(c) or settled_far_ahead(c, document) or announced_undated(c, document)
            or probability(model, features(c, document, model["bow"], spec=spec)) >= threshold_for(model, c.type)]
