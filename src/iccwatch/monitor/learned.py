"""A learned proposer for the monitor's recall on unseen wordings (session 10, issue 12).

The hand rules find a fact only when its wording matches one of their patterns. This component reads every
(sentence, tracked person, State or none) the gazetteer already resolves and scores, for each fact type about a
person (``LEARNED_TYPES``), how likely the sentence tells that fact of that person in that State: one logistic
regression per type over general features of the context (the sentence's word stems, the words on either side of
the person and of the State, the word before the State, whether the State is the person's own, tense, modality,
negation and cancellation cues, where the sentence sits, how far its date is from the document's). Where a type's
probability reaches the model's threshold and the rules proposed no candidate of that type (a visit or planned
visit counting as one trip) for that person, it **proposes** a candidate (method ``learned``, its evidence sentence
with offsets, the probability as its confidence). The proposal then goes through everything a rule's candidate
goes through: the date is read from the sentence by the rules' own date picker, presence in one's own State is no
visit, a trip denied, cancelled, supposed or by video link anywhere in the document removes it, background facts
are dropped, and the statistical filter (``monitor/mfilter.py``) still applies.

Trained only on the real-news set's dev half by ``monitor/learned_train.py`` (table ``learned_training.jsonl`` and
weights ``learned_weights.json`` beside this module). Off unless ``ICCWATCH_MONITOR_LEARNED=on`` (see
``enabled``; session 21: out of fold its gain on dev is nil once refusals are left out, docs/monitor.md "A statistical
reader"); nothing is downloaded, numpy is only used by the trainer.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iccwatch.model.dates import DateSpan
from iccwatch.monitor.mfilter import bucket_days, env_switch, probability

if TYPE_CHECKING:
    from iccwatch.monitor.documents import Document
    from iccwatch.monitor.gazetteer import Spec
    from iccwatch.monitor.mentions import Mention, Sentence

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "learned_weights.json"
TRAINING = HERE / "learned_training.jsonl"

#: The fact types about a person that the component may propose (State-level facts, findings, withdrawals and joint
#: statements, are left to the rules and the official adapters). Refusals were dropped in session 21: their proposals fell on
#: the contrasts the refusal rule is built to refuse (a pledge to arrest, "would only travel if guaranteed he would not be
#: arrested", written in the rules' tests), whose guards are too many to mirror here, for 2 right facts out of fold.
LEARNED_TYPES = ("visit", "planned_visit", "arrest", "surrender", "warrant_issued", "warrant_unsealed")
#: Types that count as one for "the rules already gave a candidate of this type for this person".
FAMILY = {"visit": "trip", "planned_visit": "trip"}
TRIPS = ("visit", "planned_visit")

#: The setting's default when ``ICCWATCH_MONITOR_LEARNED`` is unset.
DEFAULT_ON = False


def enabled() -> bool:
    """``ICCWATCH_MONITOR_LEARNED``: ``on`` or ``off``; unset: ``DEFAULT_ON``; any other value is an error naming it."""
    return bool(env_switch("ICCWATCH_MONITOR_LEARNED", DEFAULT_ON))


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
NEG = re.compile(r"\b(?:not|never|no|nor|without)\b|n['’]t\b", re.I)
MODAL = re.compile(r"\b(?:would|could|might|may|should|must|can|if|whether|unless)\b", re.I)


def stem(word: str) -> str:
    """A crude, general English stem (no lexicon): arrested, arrests, arresting → arrest."""
    w = word.lower().replace("’", "'")
    if w.endswith("n't"):
        return "not"
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # travell(ed) → travel, ... but "kill", "pass" kept
    return w


def _tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]


@dataclass
class Context:
    """One (sentence, person, State or none) the proposer scores."""

    index: int  # the sentence's index in the document
    sent: Sentence
    person: str
    anchor: int  # offset of the person's mention (or of the pronoun) within the sentence
    state: str | None
    features: list[str]


#: The trigger lexicon's classes (``monitor/lexicon.py``) read as features: which of the rules' own trigger patterns a sentence
#: (and the words near the person) matches, whether or not a rule then fired. General classes of wording, no name.
LEXICON_CLASSES = ("DENIAL", "ARRIVAL_PAST", "ARRIVAL", "TRAVEL_FUTURE", "ARREST", "IN_CUSTODY", "SEALED_UNTIL", "DETENTION_STATE",
                   "ARREST_NOT", "SURRENDER", "REFUSAL", "REFUSAL_MORE", "PLEDGE", "WARRANT", "BACKGROUND_WARRANT", "UNSEALED",
                   "APPLICATION", "DOMESTIC", "NONCOMPLIANCE", "HOSTING", "VENUE", "MEETING_AHEAD", "TRIP_WORDS",
                   "HYPOTHETICAL_TRIP", "HYPOTHETICAL", "PRESENT", "TRANSFER_FROM", "SENT_TO_COURT", "AT_COURT", "COURT_OR_HAGUE")
#: How far (characters) from the person a trigger counts as near them.
NEAR = 80


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from iccwatch.monitor import lexicon

    return tuple((name, getattr(lexicon, name)) for name in LEXICON_CLASSES)


def _lex_spans(text: str) -> list[tuple[str, int, int]]:
    """(class, start, end) of the first match of each lexicon class in ``text``."""
    out = []
    for name, rx in _lexicon():
        m = rx.search(text)
        if m:
            out.append((name, m.start(), m.end()))
    return out


def _date_bucket(sent: Sentence, ref: dt.date | None, exact: bool) -> str:
    from iccwatch.monitor.dates import find_dates

    found = find_dates(sent.text, ref, exact)
    if not found:
        return "none"
    if ref is None:
        return "nodocdate"
    span = DateSpan.parse(found[0].date)
    return bucket_days((span.first - ref).days if isinstance(span.first, dt.date) else 0, past_year=False)


def contexts(document: Document, spec: Spec, sentences: list[Sentence], told: list[tuple[Sentence, list[str], bool]],
             ref: dt.date | None, exact: bool) -> list[Context]:
    """Every (sentence, person, State or none) of the document, with its features. ``told``: for each sentence the
    extractor read, the persons it resolved there (a pronoun standing for the document's focus included) and whether
    the sentence denies, cancels or supposes a trip."""
    from iccwatch.monitor import mfilter
    from iccwatch.monitor.lexicon import DATELINE, pronoun
    from iccwatch.monitor.mentions import _resolve_state

    text = document.text
    index = {id(s): i for i, s in enumerate(sentences)}
    out: list[Context] = []
    # the headline's words: what the story is about ("arrives", "arrested", "unseals"), for every sentence of it
    title = [f"t={w}" for w in sorted({stem(t) for t, _, _ in _tokens(document.title or "")})]
    title += [f"lxt={name}" for name, _, _ in _lex_spans(document.title or "")]
    lex_cache: dict[int, list[tuple[str, int, int]]] = {}

    def lex(n: int) -> list[tuple[str, int, int]]:
        if n not in lex_cache:
            lex_cache[n] = _lex_spans(sentences[n].text) if 0 <= n < len(sentences) else []
        return lex_cache[n]

    for sent, persons, denied in told:
        if not persons:
            continue
        i = index.get(id(sent), 0)
        s = sent.text
        toks = _tokens(s)
        stems = [stem(t) for t, _, _ in toks]
        base = [f"w={w}" for w in sorted(set(stems))]
        base += [f"b={a}_{b}" for a, b in sorted(set(zip(stems, stems[1:], strict=False)))]
        base += [f"cue={name}" for name, rx in mfilter.CUES.items() if rx.search(s)]
        base.append("pos=" + ("head" if i == 0 else "lead" if i < 3 else "body"))
        base.append(f"date={_date_bucket(sent, ref, exact)}")
        base.append(f"icc={sent.icc}")
        base.append(f"denied={denied}")
        base.append(f"npersons={min(len(persons), 3)}")
        if len(toks) < 12:
            base.append("short")
        base += title
        spans = lex(i)
        base += [f"lx={name}" for name, _, _ in spans]
        base += [f"lxp={name}" for name, _, _ in lex(i - 1)] + [f"lxx={name}" for name, _, _ in lex(i + 1)]
        base.append("lxpos=" + ("first" if i == 0 else "early" if i < 0.34 * len(sentences) else "mid" if i < 0.67 * len(sentences) else "late"))
        dateline = DATELINE.match(s)
        states: list[tuple[str, Mention]] = []
        for m in sent.states:
            if dateline and m.start - sent.start < dateline.end():
                continue
            code = _resolve_state(m, s, text, spec)[0]
            if code and code not in [c for c, _ in states]:
                states.append((code, m))
        for pid in persons:
            mentions = [m for m in sent.persons if m.id == pid]
            pron = not mentions
            if mentions:
                a = mentions[-1].start - sent.start
                b = mentions[-1].end - sent.start
            else:
                pm = pronoun(s, spec)
                a, b = (pm.start(1), pm.end(1)) if pm else (0, 0)
            left = [stem(t) for t, _, e in toks if e <= a][-6:]
            right = [stem(t) for t, st, _ in toks if st >= b][:6]
            pf = [*base, f"pron={pron}"]
            pf += [f"pl={w}" for w in set(left)] + [f"pr={w}" for w in set(right)]
            pf += [f"pl1={left[-1] if left else '^'}", f"pr1={right[0] if right else '$'}"]
            if NEG.search(s[max(0, a - 60): b + 60]):
                pf.append("neg_near")
            if MODAL.search(s[max(0, a - 60): b + 60]):
                pf.append("modal_near")
            for name, la, lb in spans:
                if la < b + NEAR and lb > a - NEAR:
                    pf.append(f"lxn={name}")
                    pf.append(f"lxo={name}_{'after' if la >= b else 'before'}")
            own = set(spec.nationality.get(pid, []))
            out.append(Context(i, sent, pid, a, None, [*pf, "st=none", f"nstates={min(len(states), 3)}"]))
            for k, (code, m) in enumerate(states):
                sa, sb = m.start - sent.start, m.end - sent.start
                sleft = [stem(t) for t, _, e in toks if e <= sa][-3:]
                sright = [stem(t) for t, st, _ in toks if st >= sb][:2]
                sf = [*pf, "st=some", f"st_kind={m.kind}", f"st_own={code in own}", f"st_order={'after' if sa > a else 'before'}",
                      f"st_rank={'first' if k == 0 else 'later'}", f"st_last={k == len(states) - 1}",
                      f"sp1={sleft[-1] if sleft else '^'}", f"sn1={sright[0] if sright else '$'}"]
                sf += [f"sl={w}" for w in set(sleft)] + [f"sr={w}" for w in set(sright)]
                sf.append(f"st_dist={'near' if abs(sa - a) < 40 else 'mid' if abs(sa - a) < 120 else 'far'}")
                lo, hi = min(a, sa), max(b, sb)
                sf += [f"lxs={name}" for name, la, lb in spans if la >= lo and lb <= hi]  # a trigger between the person and the State
                out.append(Context(i, sent, pid, a, code, list(dict.fromkeys(sf))))
    return out


class ReaderSink(list):  # type: ignore[type-arg]
    """(session 49) A sink (``extract_candidates``'s ``sink``) that asks for the reader's features (``reader_features``)."""

    reader = True


#: (session 49) Features whose value is a word of the text: stripped of names of persons, States and outlets (``reader_features``).
WORD_PREFIXES = ("w=", "b=", "pl=", "pr=", "pl1=", "pr1=", "t=", "sl=", "sr=", "sp1=", "sn1=")


@functools.lru_cache(maxsize=4)
def _family_names(languages_json: str) -> tuple[str, ...]:
    """The trigger families data/lookups/monitor_words.yaml extends in any language (its ``families`` keys), sorted."""
    languages = json.loads(languages_json)
    return tuple(sorted({f for v in languages.values() for f in ((v or {}).get("families") or {})}))


def _name_stems(spec: Spec) -> frozenset[str]:
    """The stems of every word of a tracked person's names and of a State's names (the record's), lowercased."""
    cached = getattr(spec, "_reader_name_stems", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    words = {t for names in (*spec.persons.values(), *spec.states.values()) for n in names for t, _, _ in _tokens(n)}
    out = frozenset(stem(w) for w in words)
    object.__setattr__(spec, "_reader_name_stems", out)
    return out


def reader_features(document: Document, spec: Spec, ctxs: list[Context]) -> None:
    """(session 49) The trained reader's features, in place: every word feature whose word is part of a tracked person's
    or a State's name, or of the document's publisher's, is dropped (the model learns wordings, not who or where); the
    trigger families monitor_words.yaml extends (their English pattern and the document's language's, as the rules
    read them: call inside ``lexicon.reading``) are added, ``fm=`` where the sentence matches one and ``fmn=`` where the
    match is within ``NEAR`` characters of the person."""
    from iccwatch.monitor import lexicon

    names = _name_stems(spec) | {stem(t) for t, _, _ in _tokens(document.publisher or "")}
    families = _family_names(json.dumps(spec.lexicon.get("languages") or {}, sort_keys=True, default=str))
    spans: dict[int, list[tuple[str, int, int]]] = {}
    for c in ctxs:
        if c.index not in spans:
            found = []
            for name in families:
                m = lexicon.FAMILIES[name].search(c.sent.text) if name in lexicon.FAMILIES else None
                if m is not None:
                    found.append((name, m.start(), m.end()))
            spans[c.index] = found
        kept = []
        for f in c.features:
            if f.startswith(WORD_PREFIXES):
                value = f.split("=", 1)[1]
                if any(part in names for part in value.split("_")):
                    continue
            kept.append(f)
        kept += [f"fm={n}" for n, _, _ in spans[c.index]]
        kept += [f"fmn={n}" for n, a, b in spans[c.index] if a < c.anchor + NEAR and b > c.anchor - NEAR]
        c.features = list(dict.fromkeys(kept))


def score(model: dict[str, Any], kind: str, feats: list[str]) -> float:
    """The probability the model of ``kind`` gives a context: the filter's logistic function over its weights."""
    return probability(model["types"][kind], feats)


@functools.lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict[str, Any]:
    p = Path(path)
    try:
        model: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{p}: no learned weights (build them with: python -m iccwatch.monitor.learned_train)") from None
    for key in ("types", "threshold"):
        if key not in model:
            raise ValueError(f"{p}: field {key!r} missing from the learned weights")
    for kind, m in model["types"].items():
        if kind not in LEARNED_TYPES or not isinstance(m, dict) or "weights" not in m or "bias" not in m:
            raise ValueError(f"{p}: types.{kind}: a type of {LEARNED_TYPES} with 'weights' and 'bias'")
    return model


def guarded(kind: str, features: list[str]) -> bool:
    """True where a proposal of ``kind`` from a context with ``features`` is ruled out before scoring, as the rules rule out
    their own candidates: a trip needs its State and none comes from a sentence that denies, cancels or supposes one (the
    State is checked by the callers)."""
    return kind in TRIPS and "denied=True" in features


def proposals(ctxs: list[Context], model: dict[str, Any], taken: set[tuple[str, str]]) -> list[tuple[str, Context, float]]:
    """(type, context, probability) the component proposes: per person and type, the context (sentence and State or
    none) of highest probability in the document, when it reaches the threshold and the rules gave no candidate of that type (family) for the
    person (``taken``: (family, person) pairs); a denied, cancelled or supposed trip's sentence proposes no trip, a
    trip is proposed only with its State (``guarded``)."""
    threshold = model["threshold"]
    best: dict[tuple[str, str], tuple[float, Context]] = {}
    for c in ctxs:
        for kind in model["types"]:
            if (FAMILY.get(kind, kind), c.person) in taken:
                continue
            if guarded(kind, c.features) or (kind in TRIPS and c.state is None):
                continue  # a trip needs its State; a denied, cancelled or supposed trip's sentence gives none
            p = score(model, kind, c.features)
            k = (c.person, kind)
            if p >= threshold.get(kind, 1.01) if isinstance(threshold, dict) else p >= threshold:
                if k not in best or p > best[k][0]:
                    best[k] = (p, c)
    return [(kind, c, p) for (_, kind), (p, c) in sorted(best.items(), key=lambda kv: (kv[1][1].index, kv[0]))]
