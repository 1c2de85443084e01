"""Precision and recall of the extractor against labelled sets.

Two kinds of set:

- the written set (``tests/monitor/labelled``): one YAML file per case, the text inside it;
- the real-news set (``tests/monitor/realnews``): real articles as text files with YAML front matter
  (``url``, ``date``, ``title``, ``publisher``) and their labels beside them (``NNN.yaml`` with
  ``expected``, ``optional`` and ``note``), split into ``dev/`` and ``test/``. Its README states the
  labelling rules; ``optional`` labels are background facts that neither reward nor penalise.

Both report precision and recall per fact type; the real-news set also reports alert precision (alerts
raised on candidates whose label says ``alert: true``, over all alerts raised).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from iccwatch.dataset.names import normalise_name
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.model.dates import DateSpan
from iccwatch.monitor.documents import Document, make_document, read_file_once, split_front_matter
from iccwatch.monitor.extract import TYPES, Candidate, extract_candidates
from iccwatch.monitor.gazetteer import Spec


def load_labelled(folder: Path) -> list[dict[str, Any]]:
    """The written set's cases, each checked: one that is not YAML, not a mapping, whose ``document`` gives no
    ``text`` or whose ``expected`` is no list of facts each with a known ``type`` is a ValueError naming the file and
    the field (the command reports it; it was a traceback in the middle of the scoring)."""
    cases = []
    for p in sorted(folder.glob("*.yaml")):
        case = _set_file(p)
        problems = _case_problems(case)
        if problems:
            raise ValueError(f"{p}: " + "; ".join(problems))
        cases.append(case)
    return cases


def _case_problems(case: Any) -> list[str]:
    if not isinstance(case, dict):
        return [f"a case is a mapping with 'id', 'document' and 'expected', not a {type(case).__name__}"]
    out = []
    doc = case.get("document")
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not doc["text"].strip():
        out.append("document: a mapping whose 'text' is the document's text (with its title, publisher, date, language)")
    items = case.get("expected")
    if items is not None and not isinstance(items, list):
        out.append(f"expected: a list of facts (each '- {{type: ..., ...}}'), not a {type(items).__name__}")
    for i, e in enumerate(items if isinstance(items, list) else []):
        if not isinstance(e, dict):
            out.append(f"expected[{i}]: a fact is a mapping ({{type: ..., person: ..., state: ..., date: ...}}), not {e!r}")
        elif e.get("type") not in TYPES:
            out.append(f"expected[{i}].type: {e.get('type')!r} is not a fact type ({', '.join(TYPES)})")
    return out


def _date_ok(got: str | None, want: Any) -> bool:
    if want is None:
        return True
    if got is None:
        return False
    options = want if isinstance(want, list) else [want]
    # A label written to the month accepts a candidate dated to the day within it (never a coarser one).
    span = DateSpan.parse(got)
    return any(_within(span, DateSpan.parse(str(w))) for w in options)


def _undated_plan_ok(c: Candidate, want: Any, told: str | None) -> bool:
    """(session 43, mleft34) A planned visit the text gives no time of its own ("will travel to A in the coming weeks") is read
    undated (None), and labelled, by the set's usage, to the month it was told in ("reported as planned, without a date (written
    to the month)"): such a label, a month that holds the page's date ``told``, accepts the undated candidate. Not a label to a
    day (the text then gives one), nor another month than the telling's, nor any other type."""
    if c.type != "planned_visit" or c.date is not None or want is None or not told:
        return False
    at = DateSpan.parse(told)
    return any(len(str(w)) == 7 and _within(at, DateSpan.parse(str(w))) for w in (want if isinstance(want, list) else [want]))


def _within(inner: DateSpan, outer: DateSpan) -> bool:
    """True when every day ``inner`` can mean is one ``outer`` can mean."""
    return outer.first <= inner.first and inner.last <= outer.last


def _matches(c: Candidate, e: dict[str, Any], names: dict[str, frozenset[str]] | None = None, told: str | None = None) -> bool:
    """``names``: each recorded person's names, normalised. A label written with ``person_name`` (a person
    the record did not hold when it was labelled) also matches a candidate naming the recorded person who
    bears that name now, so the record's growth does not turn a right answer into a miss and a false one.
    ``told``: the document's date, for an undated planned visit labelled to its month (``_undated_plan_ok``)."""
    if c.type != e["type"]:
        return False
    for key in ("person", "state"):
        if e.get(key) is not None and getattr(c, key) != e[key]:
            return False
    if e.get("person_name") is not None and c.person_name != e["person_name"] and not (
            c.person and names and normalise_name(e["person_name"]) in names.get(c.person, frozenset())):
        return False
    return _date_ok(c.date, e.get("date")) or _undated_plan_ok(c, e.get("date"), told)


def _rates(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": None if p is None else round(p, 3), "recall": None if r is None else round(r, 3)}


class _Score:
    def __init__(self, spec: Spec | None = None) -> None:
        self.names = {pid: frozenset(normalise_name(n) for n in ns) for pid, ns in spec.persons.items()} if spec else {}
        self.tp: dict[str, int] = defaultdict(int)
        self.fp: dict[str, int] = defaultdict(int)
        self.fn: dict[str, int] = defaultdict(int)
        self.neutral = 0
        self.errors: list[dict[str, Any]] = []

    def score(self, case: str, got: list[Candidate], expected: list[dict[str, Any]], optional: list[dict[str, Any]],
              told: str | None = None) -> list[int | None]:
        """Match candidates to labels (``told``: the document's date); returns for each candidate the index of the expected
        label it matched."""
        used: set[int] = set()
        hits: list[int | None] = []
        for c in got:
            hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e, self.names, told)), None)
            if hit is not None:
                used.add(hit)
                self.tp[c.type] += 1
            elif any(_matches(c, e, self.names, told) for e in (*optional, *expected)):
                self.neutral += 1  # a background fact, or a second candidate for a fact already found
            else:
                self.fp[c.type] += 1
                self.errors.append({"case": case, "kind": "false_positive",
                                    "candidate": c.model_dump(exclude={"evidence", "id", "document", "model_version", "method", "confidence"},
                                                              exclude_defaults=True),
                                    "sentence": c.evidence.sentence[:200]})
            hits.append(hit)
        for i, e in enumerate(expected):
            if i not in used:
                self.fn[e["type"]] += 1
                self.errors.append({"case": case, "kind": "missed", "expected": e})
        return hits

    def result(self) -> dict[str, Any]:
        per_type = {t: _rates(self.tp[t], self.fp[t], self.fn[t]) for t in TYPES}
        overall = _rates(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        return {"per_type": per_type, "overall": overall, "neutral": self.neutral, "errors": self.errors}


def evaluate(folder: Path, spec: Spec, mode: str | None = None) -> dict[str, Any]:
    """The written set: each YAML case holds its document and its expected candidates (``mode``: the
    extractor's, see ``extract_candidates``)."""
    cases = load_labelled(folder)
    if not cases:  # a wrong folder scored would print zeros as if it were a measurement
        raise ValueError(f"{folder}: no labelled case in it (a YAML case file, *.txt texts with their labels, or the real-news "
                         "set's dev/ and test/ halves)")
    s = _Score(spec)
    for case in cases:
        d = case["document"]
        doc = make_document(d["text"], title=d.get("title"), publisher=d.get("publisher"), date=d.get("date"), language=d.get("language"),
                            words=spec.function_words)
        s.score(case["id"], extract_candidates(doc, spec, mode), list(case.get("expected") or []), [], told=doc.date)
    return s.result()


def later_batches(folder: Path) -> dict[str, str]:
    """Case name → half for the documents added after the first split (``batch-*.yaml`` beside the halves).

    The first 63 documents were split alternately; a later batch has its own fixed rule (stated in its
    file), so the first test half can still be reported on its own."""
    root = folder if (folder / "dev").is_dir() else folder.parent
    out: dict[str, str] = {}
    for p in sorted(root.glob("batch-*.yaml")):
        docs = (_set_file(p) or {}).get("documents") or {}
        if not isinstance(docs, dict) or any(h not in ("dev", "test") for h in docs.values()):
            raise ValueError(f"{p}: 'documents' must map each case name to dev or test")
        for name, half in docs.items():
            # a name the batch lists must be a document of that half (not one of the other, not one missing, not its file name)
            if not (root / half / f"{name}.txt").is_file() and (root / half).is_dir():
                other = next((h for h in ("dev", "test") if (root / h / f"{name}.txt").is_file()), None)
                where = f"it is in {other}/" if other else f"no {half}/{name}.txt (nor in the other half)"
                raise ValueError(f"{p}: documents.{name}: listed in {half}, but {where}")
        out |= docs
    return out


def _set_file(path: Path) -> Any:
    """A YAML file of the labelled set, read; one that is not YAML is an error naming it (the command reports it)."""
    try:
        return read_yaml(path)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start}): save the file as UTF-8") from None


#: What a label of the real-news set may hold (tests/monitor/realnews/README.md).
_LABEL_LISTS = ("expected", "optional")
_LABELS_KEYS = (*_LABEL_LISTS, "note")
_LABEL_KEYS = ("type", "person", "person_name", "state", "date", "alert", "announced_count")


def _label_problems(labels: Any, spec: Spec | None) -> list[str]:
    """What is wrong with a labels file read as YAML, each naming the field: a list that is not a list of mappings, a
    fact type the monitor has not, a person or State the record does not hold (the labels are written in its ids and
    codes), a date that is not ISO 8601, an ``alert`` that is not true or false."""
    if not isinstance(labels, dict):
        return [f"a labels file is a mapping with 'expected' (and 'optional', 'note'), not a {type(labels).__name__}"]
    out = [f"{k}: not a key of a labels file ({', '.join(_LABELS_KEYS)})" for k in labels if k not in _LABELS_KEYS]
    for key in _LABEL_LISTS:
        items = labels.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            out.append(f"{key}: a list of facts (each '- {{type: ..., ...}}'), not a {type(items).__name__}")
            continue
        for i, e in enumerate(items):
            at = f"{key}[{i}]"
            if not isinstance(e, dict):
                out.append(f"{at}: a fact is a mapping ({{type: ..., person: ..., state: ..., date: ...}}), not {e!r}")
                continue
            out += [f"{at}.{k}: not a key of a label ({', '.join(_LABEL_KEYS)})" for k in e if k not in _LABEL_KEYS]
            if e.get("type") not in TYPES:
                out.append(f"{at}.type: {e.get('type')!r} is not a fact type ({', '.join(TYPES)})")
            if spec is not None and e.get("person") is not None and e["person"] not in spec.persons:
                out.append(f"{at}.person: {e['person']!r} is not a person of the record (data/persons); one it does not hold "
                           "is labelled with person_name")
            if spec is not None and e.get("state") is not None and e["state"] not in spec.state_names:
                out.append(f"{at}.state: {e['state']!r} is not a State code of the record (ISO 3166-1 alpha-3, data/states)")
            told = e.get("date")
            for d in (told if isinstance(told, list) else [told]):
                if d is None:
                    continue
                try:
                    DateSpan.parse(str(d))
                except ValueError as exc:
                    out.append(f"{at}.date: {exc}")
            if "alert" in e and not isinstance(e["alert"], bool):
                out.append(f"{at}.alert: true or false, not {e['alert']!r}")
    return out


def seeded_split(keys: list[tuple[str, str]], seed: int, n_test: int) -> dict[tuple[str, str], str]:
    """A batch split at random but reproducibly: the (date, url) keys sorted, shuffled with ``random.Random(seed)``,
    the first ``n_test`` of the shuffled order to ``test``, the others to ``dev`` (the rule of batch 16 onwards)."""
    import random

    order = sorted(keys)
    random.Random(seed).shuffle(order)
    return {k: ("test" if i < n_test else "dev") for i, k in enumerate(order)}


def load_realnews(folder: Path, names: set[str] | None = None, spec: Spec | None = None) -> list[tuple[Document, dict[str, Any], str]]:
    """(document, labels, case name) for every ``*.txt`` with its ``*.yaml`` labels in ``folder``
    (only the cases in ``names`` when given). A labels file that is not YAML or holds a label the scorer cannot read
    (``_label_problems``; persons and States checked against ``spec`` when given), a text whose front matter gives no
    url or date, or labels with no text beside them, is an error naming the file and the field."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        if names is not None and txt.stem not in names:
            continue
        labels_path = txt.with_suffix(".yaml")
        if not labels_path.exists():
            raise ValueError(f"{txt}: no labels file {labels_path.name} beside it")
        labels = _set_file(labels_path) or {}
        if isinstance(labels, dict) and "expected" not in labels:
            raise ValueError(f"{labels_path}: missing 'expected' (write 'expected: []' for a document with no fact)")
        problems = _label_problems(labels, spec)
        if problems:
            raise ValueError(f"{labels_path}: " + "; ".join(problems))
        doc = read_file_once(txt, None if spec is None else spec.function_words)
        meta, _ = split_front_matter(txt.read_text(encoding="utf-8-sig"), str(txt))
        missing = [k for k in ("url", "date") if not meta.get(k)]
        if missing:  # a document of the set is dated and placed by its own page, never by the file's time (README)
            raise ValueError(f"{txt}: front matter has no {' or '.join(missing)} (a document of the set gives the page's url and "
                             "its publication date, quoted: date: \"YYYY-MM-DD\")")
        out.append((doc, labels, txt.stem))
    for orphan in sorted(set(folder.glob("*.yaml")) - {t.with_suffix(".yaml") for t in folder.glob("*.txt")}):
        if names is None:
            raise ValueError(f"{orphan}: labels with no text beside it ({orphan.stem}.txt)")
    return out


#: (session 36, issue 12) Words of a labels file's ``note`` (the labeller's English) naming a trip not made: declined,
#: cancelled, called off, dropped, skipped, denied, attended by video link, or only hypothetical ("if he sets foot"). The
#: labelling rules give such a trip nothing (tests/monitor/realnews/README.md), so a trip candidate matching no label in a
#: document whose note names one is most likely that trip's (the note does not say which sentence; see ``trap_note``).
TRAP_WORDS = re.compile(r"\b(?:declin\w*|cancel\w*|called off|calls off|call off|scrapped|dropped|skipped|video\w*|virtual\w*|"
                        r"hypothetic\w*|denied|denies|not attend\w*|no trips?|no (?:planned )?visits?|trip not made|not made|did not go)\b",
                        re.IGNORECASE)


def trap_note(note: str | None) -> bool:
    """Whether a labels file's ``note`` names a trip declined, cancelled, denied, attended by video link or hypothetical
    (``TRAP_WORDS``): a document the issue's third condition ("no candidate from a denied, cancelled or hypothetical
    trip") is checked on."""
    return bool(note and TRAP_WORDS.search(note))


def evaluate_realnews(folder: Path, spec: Spec, facts: Any = None, names: set[str] | None = None, mode: str | None = None) -> dict[str, Any]:
    """Precision and recall per fact type on one half of the real-news set (or the cases in ``names``),
    and alert precision when ``facts`` (for the law engine) is given (``mode``: the extractor's, see
    ``extract_candidates``; default the setting ``ICCWATCH_MONITOR_FILTER``)."""
    from iccwatch.monitor.alerts import alert_for

    s = _Score(spec)
    alerts = alerts_ok = alerts_expected = 0
    bad_alerts: list[dict[str, Any]] = []
    traps: dict[str, Any] = {"documents": 0, "candidates": 0, "alerts": 0, "cases": []}
    cases = load_realnews(folder, names, spec)
    spec_key = spec.key()
    from iccwatch.monitor import mfilter

    # the alert model gates alerts where the filter keeps candidates, when its setting is on
    gated = (mode or mfilter.default_mode()) == "filtered" and mfilter.alert_model_enabled()
    for doc, labels, name in cases:
        expected = list(labels.get("expected") or [])
        got = _extracted(doc, spec, mode, spec_key)
        optional = list(labels.get("optional") or [])
        hits = s.score(name, got, expected, optional, told=doc.date)
        alerts_expected += sum(1 for e in expected if e.get("alert"))
        trap = trap_note(labels.get("note"))
        # a trip candidate matching no label (a false positive) in a document whose note names a trip not made
        trapped = [trap and hit is None and c.type in ("visit", "planned_visit")
                   and not any(_matches(c, e, s.names, doc.date) for e in (*expected, *optional)) for c, hit in zip(got, hits, strict=True)]
        traps["documents"] += trap
        traps["candidates"] += sum(trapped)
        if any(trapped):
            traps["cases"].append(name)
        if facts is None:
            continue
        for c, hit, in_trap in zip(got, hits, trapped, strict=True):
            if alert_for(c, facts, doc.date, doc if gated else None, spec) is None:
                continue
            traps["alerts"] += in_trap
            alerts += 1
            if hit is not None and expected[hit].get("alert"):
                alerts_ok += 1
            else:
                bad_alerts.append({"case": name, "person": c.person, "state": c.state, "date": c.date, "type": c.type})
    out = s.result()
    out["documents"] = len(cases)
    out["traps"] = traps
    if facts is not None:
        out["alerts"] = {"raised": alerts, "correct": alerts_ok, "labelled": alerts_expected,
                         "precision": round(alerts_ok / alerts, 3) if alerts else None,
                         "recall": round(alerts_ok / alerts_expected, 3) if alerts_expected else None, "false": bad_alerts}
    return out


#: The candidates ``evaluate_realnews`` got from a document in this process, by (document, the spec's content key, the
#: extractor's mode and whether the learned proposer is on, both as the settings give them at the call): extraction is
#: pure in these (``extract_candidates``), and the command, the benchmark and the tests score the same documents more
#: than once (a half whole, then its first batch or its batches). The candidates are read, never changed, by the scoring.
_CANDIDATES: dict[tuple[Document, str, str, bool], list[Candidate]] = {}


def _extracted(doc: Document, spec: Spec, mode: str | None, spec_key: str) -> list[Candidate]:
    from iccwatch.monitor import learned as lrn
    from iccwatch.monitor import mfilter

    key = (doc, spec_key, mode or mfilter.default_mode(), lrn.enabled())
    got = _CANDIDATES.get(key)
    if got is None:
        got = extract_candidates(doc, spec, key[2], key[3])
        if len(_CANDIDATES) >= 8192:
            _CANDIDATES.clear()
        _CANDIDATES[key] = got
    return list(got)
