"""Training of the monitor's statistical filter (monitor/mfilter.py), on the real-news set's dev half only.

Two steps, each reproducible:

1. ``table``: every dev document is run through the extractor as it is, in the loose mode (every rule on every
   sentence, denied and supposed trips and background facts kept) and at three earlier versions of the rules
   (``EARLIER``: git commits, run in a subprocess from ``git archive``; their errors are those of rules on text
   they were not yet written for), and each candidate is labelled by the evaluation's own matcher: 1 when it
   matches an expected fact, 0 when it matches no label (a false positive), "bg" when it matches only a background
   (optional) fact, none when it is a second candidate for a fact already found (left out). The table, each
   candidate's fields and label, is written to ``mfilter_training.jsonl``. The test half is never read.
2. ``fit``: from the table (and the dev documents' text, for the features) alone, the regularisation, the word
   features (on or off), background candidates as negatives or left out, and the threshold are chosen by 5-fold
   cross-validation grouped by document (a document's candidates are all in one fold), maximising F1 over the
   filtered outputs of the loose mode and the earlier versions pooled; then a logistic regression (L2, Newton's
   method, numpy) is fitted on all training candidates and written with its cross-validated figures to
   ``mfilter_weights.json``.

Run: ``python -m iccwatch.monitor.mfilter_train [table] [fit]`` (both by default).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from iccwatch.monitor import mfilter

REALNEWS = Path(__file__).resolve().parents[3] / "tests" / "monitor" / "realnews"
FOLDS = 5
LAMBDAS = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 19))
#: A feature is kept when it occurs in at least this many training documents.
MIN_DOCS = 3


def _label(c: Any, expected: list[dict[str, Any]], optional: list[dict[str, Any]], used: set[int]) -> int | str | None:
    """1: matches an expected fact (first come, as the evaluation matches); 0: matches no label; "bg": matches
    only a background (optional) fact; None: a second candidate for an expected fact."""
    from iccwatch.monitor.evaluate import _matches

    hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e)), None)
    if hit is not None:
        used.add(hit)
        return 1
    if any(_matches(c, e) for e in expected):
        return None
    if any(_matches(c, e) for e in optional):
        return "bg"
    return 0


#: Earlier versions of the rules (git commits), whose candidates on the dev documents add the errors rules make on
#: text they were not yet written for: the end of sessions 4, 5 and 6 (the figures in docs/monitor.md).
EARLIER = ("7371889", "0cc216e", "94ec1ed")
#: Candidate fields kept in the table (what the features read).
KEEP = ("type", "person", "person_name", "state", "date", "end_date", "ambiguous", "confidence", "method", "evidence", "support")


def _compact(c: Any) -> dict[str, Any]:
    d = c.model_dump(include=set(KEEP), exclude_defaults=True) if hasattr(c, "model_dump") else {k: c[k] for k in KEEP if c.get(k)}
    d["support"] = len(c.support if hasattr(c, "support") else c.get("support") or [])  # only their count is a feature
    return d


def as_candidate(d: dict[str, Any], doc: str) -> Any:
    """A table entry as a Candidate (support kept as a count of empty evidence)."""
    from iccwatch.monitor.extract import Candidate, Evidence

    fields = {k: v for k, v in d.items() if k in Candidate.model_fields and k != "support"}
    return Candidate(id="", document=doc, support=[Evidence(sentence="", start=0, end=0)] * int(d.get("support", 0)), **fields)


BASELINE_SCRIPT = """
import json, sys
from pathlib import Path
from iccwatch.dataset.loader import load_records
from iccwatch.monitor.documents import Document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.gazetteer import spec_from_records
spec = spec_from_records(load_records(Path(sys.argv[1]))[0])
docs = [Document(**{k: v for k, v in d.items() if k in Document.model_fields}) for d in json.loads(Path(sys.argv[2]).read_text())]
print(json.dumps([[c.model_dump(mode="json") for c in extract_candidates(d, spec)] for d in docs]))
"""


def earlier_candidates(ref: str, docs: list[Any]) -> list[list[dict[str, Any]]]:
    """The candidates the extractor at git commit ``ref`` (its own src/ and data/) gives for ``docs``."""
    import os
    import subprocess
    import tarfile
    import tempfile

    root = Path(__file__).resolve().parents[3]
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "ref.tar"
        subprocess.run(["git", "-C", str(root), "archive", "-o", str(archive), ref, "src", "data"], check=True, capture_output=True)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        corpus = Path(tmp) / "docs.json"
        corpus.write_text(json.dumps([d.model_dump(mode="json") for d in docs]))
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        r = subprocess.run([sys.executable, "-c", BASELINE_SCRIPT, str(Path(tmp) / "data"), str(corpus)],
                           capture_output=True, text=True, env=env, check=False)
        if r.returncode != 0:
            raise RuntimeError(f"extractor at {ref} failed: {r.stderr.strip()[-500:]}")
        return json.loads(r.stdout.strip().splitlines()[-1])


def build_table(dev: Path, spec: Any, earlier: tuple[str, ...] = EARLIER) -> list[dict[str, Any]]:
    """One row per dev document: its name, its count of expected facts, and for each source (the rules, the
    loose mode, each earlier version of the rules) its candidates as [label, candidate]."""
    from iccwatch.monitor.evaluate import load_realnews
    from iccwatch.monitor.extract import extract_candidates

    cases = load_realnews(dev)
    old = {ref: earlier_candidates(ref, [doc for doc, _, _ in cases]) for ref in earlier}
    rows = []
    for n, (doc, labels, name) in enumerate(cases):
        expected, optional = list(labels.get("expected") or []), list(labels.get("optional") or [])
        row: dict[str, Any] = {"doc": name, "expected": len(expected)}
        for mode in ("rules", "loose"):
            used: set[int] = set()
            row[mode] = [[_label(c, expected, optional, used), _compact(c)] for c in extract_candidates(doc, spec, mode=mode)]
        for ref in earlier:
            used = set()
            cands = [as_candidate(_compact(c), name) for c in old[ref][n]]
            row[ref] = [[_label(c, expected, optional, used), _compact(c)] for c in cands]
        rows.append(row)
    return rows


def write_table(rows: list[dict[str, Any]], path: Path = mfilter.TRAINING) -> None:
    """A training table as JSON lines (one document a line, keys sorted), for this trainer or another."""
    path.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def read_table(path: Path = mfilter.TRAINING, keys: tuple[str, ...] = ("doc", "expected", "rules", "loose")) -> list[dict[str, Any]]:
    """A training table written by :func:`write_table`; a line without one of ``keys`` is an error naming it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows, 1):
        for key in keys:
            if key not in r:
                raise ValueError(f"{path}: line {i}: field {key!r} missing")
    return rows


def with_features(rows: list[dict[str, Any]], dev: Path) -> list[dict[str, Any]]:
    """The table with each candidate's features (computed from the dev documents), and a training list per
    document: the loose and earlier candidates, one per (type, person, State, date, evidence)."""
    from iccwatch.monitor.documents import read_path

    out = []
    for r in rows:
        (doc,) = read_path(dev / f"{r['doc']}.txt")
        row: dict[str, Any] = {"doc": r["doc"], "expected": r["expected"]}
        for mode in ("rules", "loose", *EARLIER):
            row[mode] = [[label, mfilter.features(as_candidate(c, r["doc"]), doc, bow=True)] for label, c in r.get(mode) or []]
        seen: dict[tuple[Any, ...], list[Any]] = {}
        for source in ("loose", *EARLIER):
            for label, c in r.get(source) or []:
                key = (c["type"], c.get("person") or c.get("person_name"), c.get("state"), c.get("date"), c["evidence"]["start"])
                if key not in seen:
                    seen[key] = [label, mfilter.features(as_candidate(c, r["doc"]), doc, bow=True)]
        row["train"] = list(seen.values())
        out.append(row)
    return out


def fold_of(doc: str) -> int:
    return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % FOLDS


def _keep(feats: list[str], bow: bool, doc_cues: bool = True) -> list[str]:
    """The features a setting uses: the sentence's words only with ``bow``; the cues found anywhere in the document
    (``doc_cue=``) only with ``doc_cues`` (in a long article nearly every cue occurs somewhere, in a short text few)."""
    return [f for f in feats if (bow or not f.startswith("w=")) and (doc_cues or not f.startswith("doc_cue="))]


def _target(label: int | str | None, background: bool) -> int | None:
    """The training target: background candidates are negatives (not news) when ``background``, else left out."""
    if label == "bg":
        return 0 if background else None
    return label  # type: ignore[return-value]


def fit(rows: list[dict[str, Any]], lam: float, bow: bool, background: bool, doc_cues: bool = True) -> dict[str, Any]:
    """An L2-regularised logistic regression on the labelled loose candidates of ``rows`` (Newton's method)."""
    items = [(_target(label, background), _keep(feats, bow, doc_cues), r["doc"]) for r in rows for label, feats in r["train"]
             if _target(label, background) is not None]
    seen: dict[str, set[str]] = {}
    for _, feats, doc in items:
        for f in feats:
            seen.setdefault(f, set()).add(doc)
    vocab = sorted(f for f, docs in seen.items() if len(docs) >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(items), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias, not regularised
    y = np.array([label for label, _, _ in items], dtype=float)
    for row, (_, feats, _) in enumerate(items):
        for f in feats:
            if f in index:
                x[row, index[f]] = 1.0
    reg = np.full(len(vocab) + 1, lam)
    reg[-1] = 0.0
    w = np.zeros(len(vocab) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    weights = {f: round(float(w[i]), 6) for f, i in index.items() if round(float(w[i]), 6) != 0.0}
    return {"weights": weights, "bias": round(float(w[-1]), 6), "bow": bow, "lambda": lam, "background_negative": background,
            "doc_cues": doc_cues}


def _score(rows: list[dict[str, Any]], probs: dict[tuple[str, str, int], float], mode: str, threshold: float | None) -> dict[str, Any]:
    """tp / fp / fn over ``rows`` when the candidates of ``mode`` are kept at ``threshold`` (None: all kept)."""
    tp = fp = fn = 0
    for r in rows:
        kept_tp = 0
        for i, (label, _) in enumerate(r[mode]):
            if threshold is not None and probs[(r["doc"], mode, i)] < threshold:
                continue
            kept_tp += label == 1
            fp += label == 0
        tp += kept_tp
        fn += r["expected"] - kept_tp
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(rc, 3), "f1": round(f1, 3)}


#: The outputs the filter is scored on in cross-validation: the loose mode's and each earlier version's (rules
#: that make errors on text they were not written for), pooled.
SOURCES = ("loose", *EARLIER)


def _pooled(scores: list[dict[str, Any]]) -> dict[str, Any]:
    tp, fp, fn = (sum(x[k] for x in scores) for k in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(rc, 3), "f1": round(2 * p * rc / (p + rc) if p + rc else 0.0, 3)}


def cross_validate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Out-of-fold probabilities for every candidate of every source, for each setting; the setting and threshold
    with the best F1 over the sources' filtered outputs pooled (``SOURCES``), and, at it, the figures of each
    source and of the rules as they are, filtered and not."""
    results = []
    for bow, lam, background, doc_cues in [(b, la, bg, dc) for b in (False, True) for la in LAMBDAS for bg in (False, True)
                                           for dc in (True, False)]:
        probs: dict[tuple[str, str, int], float] = {}
        for k in range(FOLDS):
            model = fit([r for r in rows if fold_of(r["doc"]) != k], lam, bow, background, doc_cues)
            for r in rows:
                if fold_of(r["doc"]) == k:
                    for mode in ("rules", *SOURCES):
                        for i, (_, feats) in enumerate(r[mode]):
                            probs[(r["doc"], mode, i)] = mfilter.probability(model, feats)
        for t in THRESHOLDS:
            filtered = {m: _score(rows, probs, m, t) for m in ("rules", *SOURCES)}
            results.append({"bow": bow, "lambda": lam, "background_negative": background, "doc_cues": doc_cues, "threshold": t,
                            "pooled": _pooled([filtered[m] for m in SOURCES]), "filtered": filtered})
    best = max(results, key=lambda r: (r["pooled"]["f1"], -r["lambda"], r["threshold"]))
    unfiltered = {m: _score(rows, {}, m, None) for m in ("rules", *SOURCES)}
    return {"best": best, "unfiltered": unfiltered, "unfiltered_pooled": _pooled([unfiltered[m] for m in SOURCES]),
            "folds": FOLDS, "grid": {"lambda": list(LAMBDAS), "bow": [False, True], "background_negative": [False, True], "doc_cues": [True, False],
                                     "threshold": [THRESHOLDS[0], THRESHOLDS[-1], 0.05]}}


def train(rows: list[dict[str, Any]]) -> dict[str, Any]:
    cv = cross_validate(rows)
    best = cv["best"]
    model = fit(rows, best["lambda"], best["bow"], best["background_negative"], best["doc_cues"])
    labelled = [_target(label, best["background_negative"]) for r in rows for label, _ in r["train"]]
    labelled = [x for x in labelled if x is not None]
    return {"method": "logistic regression (L2, Newton), features in monitor/mfilter.py", "threshold": best["threshold"],
            "training": {"documents": len(rows), "candidates": len(labelled), "positive": sum(labelled),
                         "docs_sha256": hashlib.sha256("\n".join(sorted(r["doc"] for r in rows)).encode()).hexdigest()},
            "cross_validation": cv, **model}


def write_model(model: dict[str, Any], path: Path = mfilter.WEIGHTS) -> None:
    path.write_text(json.dumps(model, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="*", help="table, fit, or both (the default)")
    ap.add_argument("--realnews", type=Path, default=REALNEWS, help="the real-news set (only its dev/ half is read)")
    args = ap.parse_args(argv)
    args.steps = args.steps or ["table", "fit"]
    if set(args.steps) - {"table", "fit"}:
        ap.error(f"steps: {' '.join(args.steps)}: give table, fit or both")
    if "table" in args.steps:
        from iccwatch.dataset import load_dataset
        from iccwatch.monitor.gazetteer import spec_from_records
        from iccwatch.settings import default_data_dir

        spec = spec_from_records(load_dataset(default_data_dir()))
        write_table(build_table(args.realnews / "dev", spec))
    if "fit" in args.steps:
        model = train(with_features(read_table(), args.realnews / "dev"))
        write_model(model)
        cv = model["cross_validation"]
        print(json.dumps({"threshold": model["threshold"], "bow": model["bow"], "lambda": model["lambda"], "doc_cues": model["doc_cues"],
                          "background_negative": model["background_negative"],
                          "unfiltered": cv["unfiltered"], "unfiltered_pooled": cv["unfiltered_pooled"], "best": cv["best"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
