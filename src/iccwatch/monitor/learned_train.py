"""Training of the monitor's learned proposer (monitor/learned.py), on the real-news set's dev half only.

Two steps, each reproducible:

1. ``table``: every dev document is run through the rules (``mode="rules"``), and each (sentence, person, State or
   none) context the proposer reads is written with its features and, for each type of ``LEARNED_TYPES``, the
   candidate it would give (its date read by the rules' date picker from the person's place in the sentence) and
   that candidate's label by the evaluation's own matcher: 1 when it matches an expected fact, 0 when it matches no
   label, "bg" when it matches only a background fact. The rules' own candidates are kept with their labels. The
   table is ``learned_training.jsonl`` (one line per document). The test half is never read.
2. ``fit``: from the table alone, one L2-regularised logistic regression per type (numpy; gradient steps on the
   sparse binary features, fixed number of passes, no randomness). The regularisation and one threshold are chosen
   by 5-fold cross-validation grouped by document (the folds of ``mfilter_train.fold_of``), maximising F1 over the
   pooled out-of-fold outputs of four sources of rules' candidates on the dev documents, each completed by the
   component's proposals: the rules as they are, and three earlier versions of the rules (the candidates stored in
   ``mfilter_training.jsonl``), whose misses are those of rules on text they were not yet written for. Written with
   its cross-validated figures to ``learned_weights.json``.

Run: ``python -m iccwatch.monitor.learned_train [table] [fit]`` (both by default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from iccwatch.monitor import learned
from iccwatch.monitor.mfilter_train import EARLIER, FOLDS, REALNEWS, _compact, as_candidate, fold_of

LAMBDAS = (1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 20))
#: A feature is kept when it occurs in at least this many training documents.
MIN_DOCS = 3
#: Passes of the optimiser (Newton on each type's reduced problem; see ``fit_type``).
ITERATIONS = 60


def _candidate_for(kind: str, ctx: learned.Context, ref: dt.date | None, exact: bool, doc_date: str | None) -> tuple[str | None, str]:
    """The date and type a proposal of ``kind`` from ``ctx`` would have before the document-level pass (the rules'
    date picker from the person's place; a trip dated over a month back is a visit, one to come a planned visit; an
    undated fact told in the lead in the present tense takes the document's date)."""
    from iccwatch.monitor.extract import _pick_date
    from iccwatch.monitor.lexicon import PRESENT

    date = None
    if kind != "refusal":
        date = _pick_date(ctx.sent, ref, ctx.anchor, exact, warrant=kind.startswith("warrant"), unsealing=kind == "warrant_unsealed")[0]
    if kind == "visit" and date and ref and learned.DateSpan.parse(date).surely_after(ref):
        kind = "planned_visit"
    elif kind == "planned_visit" and date and ref and learned.DateSpan.parse(date).surely_before(ref - dt.timedelta(days=31)):
        kind = "visit"
    if date is None and kind != "refusal" and doc_date and ctx.index < 3 and PRESENT.search(ctx.sent.text):
        date = doc_date
    return date, kind


def _label(c: Any, expected: list[dict[str, Any]], optional: list[dict[str, Any]]) -> int | str:
    from iccwatch.monitor.evaluate import _matches

    if any(_matches(c, e) for e in expected):
        return 1
    if any(_matches(c, e) for e in optional):
        return "bg"
    return 0


def build_table(dev: Path, spec: Any) -> list[dict[str, Any]]:
    from iccwatch.model.dates import DateSpan
    from iccwatch.monitor.evaluate import load_realnews
    from iccwatch.monitor.extract import Candidate, Evidence, extract_candidates
    from iccwatch.monitor.mfilter_train import _label as first_label

    rows = []
    for doc, labels, name in load_realnews(dev):
        expected, optional = list(labels.get("expected") or []), list(labels.get("optional") or [])
        sink: list[learned.Context] = []
        rules = extract_candidates(doc, spec, mode="rules", learned=False, sink=sink)
        used: set[int] = set()
        ref = DateSpan.parse(doc.date).first if doc.date else None
        exact = bool(doc.date) and len(doc.date or "") == 10
        ctxs = []
        for ctx in sink:
            per: dict[str, list[Any]] = {}
            for kind in learned.LEARNED_TYPES:
                date, as_kind = _candidate_for(kind, ctx, ref, exact, doc.date)
                c = Candidate(id="", document=name, type=as_kind, person=ctx.person, state=ctx.state, date=date,
                              evidence=Evidence(sentence="", start=0, end=0), confidence=0.5, method="learned")
                per[kind] = [_label(c, expected, optional), as_kind, date]
            ctxs.append({"i": ctx.index, "person": ctx.person, "state": ctx.state, "features": ctx.features, "labels": per})
        rows.append({"doc": name, "expected": len(expected),
                     "rules": [[first_label(c, expected, optional, used), _compact(c)] for c in rules], "contexts": ctxs})
    return rows


def write_table(rows: list[dict[str, Any]], path: Path = learned.TRAINING) -> None:
    path.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def read_table(path: Path = learned.TRAINING) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows, 1):
        for key in ("doc", "expected", "rules", "contexts"):
            if key not in r:
                raise ValueError(f"{path}: line {i}: field {key!r} missing")
    return rows


def _vocab(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, set[str]] = {}
    for r in rows:
        for c in r["contexts"]:
            for f in c["features"]:
                seen.setdefault(f, set()).add(r["doc"])
    return sorted(f for f, docs in seen.items() if len(docs) >= MIN_DOCS)


def _target(label: Any) -> float | None:
    """1 for a right candidate, 0 for a wrong one; a background fact (neither rewarded nor penalised) is left out."""
    return None if label == "bg" else float(label)


def fit(rows: list[dict[str, Any]], lam: float, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """One L2-regularised logistic regression per type on the contexts of ``rows`` (features kept when at least
    ``MIN_DOCS`` documents have them), fitted jointly by full-batch gradient steps with Nesterov momentum
    (``ITERATIONS`` x 5 steps of size 1/L, L the gradient's Lipschitz bound; deterministic)."""
    vocab = [f for f in _vocab(rows) if not f.startswith(drop)] if drop else _vocab(rows)
    index = {f: i for i, f in enumerate(vocab)}
    ctxs = [c for r in rows for c in r["contexts"]]
    bias = len(vocab)
    # the binary design matrix as (row, column) pairs: every context's kept features and the bias
    pairs = [(n, index[f]) for n, c in enumerate(ctxs) for f in dict.fromkeys(c["features"]) if f in index]
    pairs += [(n, bias) for n in range(len(ctxs))]
    pairs.sort()
    ri = np.array([a for a, _ in pairs], dtype=np.int64)
    ci = np.array([b for _, b in pairs], dtype=np.int64)
    by_col = np.argsort(ci, kind="stable")
    ri_c, ci_c = ri[by_col], ci[by_col]
    row_starts = np.flatnonzero(np.r_[True, ri[1:] != ri[:-1]])
    col_starts = np.flatnonzero(np.r_[True, ci_c[1:] != ci_c[:-1]])
    cols_present = ci_c[col_starts]
    kinds = list(learned.LEARNED_TYPES)
    y = np.zeros((len(ctxs), len(kinds)))
    mask = np.zeros((len(ctxs), len(kinds)))
    for n, c in enumerate(ctxs):
        for j, k in enumerate(kinds):
            t = _target(c["labels"][k][0])
            if t is not None:
                y[n, j], mask[n, j] = t, 1.0
    reg = np.full((len(vocab) + 1, 1), lam)
    reg[-1] = 0.0
    # the Lipschitz bound of the gradient: the largest squared singular value of X is at most max row count x max column count
    rows_nnz = np.bincount(ri, minlength=len(ctxs)).max()
    cols_nnz = np.bincount(ci, minlength=len(vocab) + 1).max()
    lip = float(rows_nnz * cols_nnz) / 4 + lam

    def xw(w: np.ndarray) -> np.ndarray:
        return np.add.reduceat(w[ci], row_starts, axis=0)  # every context has the bias: no empty row

    def xtg(g: np.ndarray) -> np.ndarray:
        out = np.zeros((len(vocab) + 1, g.shape[1]))
        out[cols_present] = np.add.reduceat(g[ri_c], col_starts, axis=0)
        return out

    w = np.zeros((len(vocab) + 1, len(kinds)))
    v = w.copy()
    for it in range(ITERATIONS * 5):
        p = 1.0 / (1.0 + np.exp(-np.clip(xw(v), -50, 50)))
        grad = xtg((p - y) * mask) + reg * v
        w_next = v - grad / lip
        v = w_next + (it / (it + 3)) * (w_next - w)
        w = w_next
    types = {}
    for j, k in enumerate(kinds):
        weights = {f: round(float(w[i, j]), 6) for f, i in index.items() if round(float(w[i, j]), 6) != 0.0}
        types[k] = {"weights": weights, "bias": round(float(w[-1, j]), 6)}
    return {"types": types, "lambda": lam, "drop": list(drop)}


def _labels_of(dev: Path) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    from iccwatch.dataset.yaml_io import read_yaml

    out = {}
    for p in sorted(dev.glob("*.yaml")):
        d = read_yaml(p) or {}
        out[p.stem] = (list(d.get("expected") or []), list(d.get("optional") or []))
    return out


def _earlier(path: Path) -> dict[str, dict[str, list[Any]]]:
    """The earlier versions' candidates on each dev document, from the filter's training table."""
    out: dict[str, dict[str, list[Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["doc"]] = {ref: [c for _, c in r.get(ref) or []] for ref in EARLIER}
    return out


def simulate(rows: list[dict[str, Any]], probs: dict[tuple[str, int], dict[str, float]], threshold: float | dict[str, float] | None,
             labels: dict[str, Any], sources: dict[str, dict[str, list[dict[str, Any]]]], kinds: tuple[str, ...] = learned.LEARNED_TYPES) -> dict[str, Any]:
    """tp / fp / fn per source of rules' candidates on the dev documents, completed by the proposals the
    out-of-fold ``probs`` give at ``threshold`` (None: the source alone), with the proposals' own tp / fp per type."""
    from iccwatch.monitor.evaluate import _matches

    out: dict[str, Any] = {}
    cache: dict[tuple[str, str], list[Any]] = {}
    for source in ("rules", *EARLIER):
        tp = fp = fn = 0
        added: dict[str, list[int]] = {k: [0, 0] for k in kinds}
        for r in rows:
            expected, optional = labels[r["doc"]]
            cands = [as_candidate(c, r["doc"]) for _, c in r["rules"]] if source == "rules" else \
                [as_candidate(c, r["doc"]) for c in sources.get(r["doc"], {}).get(source, [])]
            used: set[int] = set()
            for c in cands:
                hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e)), None)
                if hit is not None:
                    used.add(hit)
                    tp += 1
                elif not any(_matches(c, e) for e in [*expected, *optional]):
                    fp += 1
            if threshold is not None:
                taken = {(learned.FAMILY.get(c.type, c.type), c.person) for c in cands if c.person}
                best: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}
                for n, ctx in enumerate(r["contexts"]):
                    for k in kinds:
                        if (learned.FAMILY.get(k, k), ctx["person"]) in taken or (k in learned.TRIPS and "denied=True" in ctx["features"]):
                            continue
                        p = probs[(r["doc"], n)][k]
                        thr = threshold.get(k, 1.01) if isinstance(threshold, dict) else threshold
                        key = (ctx["person"], k)  # one proposal per person and type in a document: its best context
                        if p >= thr and (key not in best or p > best[key][0]):
                            best[key] = (p, ctx)
                seen = set()
                for (_, k), (_, ctx) in sorted(best.items()):
                    _, as_kind, date = ctx["labels"][k]
                    if (as_kind, ctx["person"], ctx["state"], date) in seen:
                        continue
                    seen.add((as_kind, ctx["person"], ctx["state"], date))
                    c = as_candidate({"type": as_kind, "person": ctx["person"], "state": ctx["state"], "date": date,
                                      "evidence": {"sentence": "", "start": 0, "end": 0}, "confidence": 0.5, "method": "learned"}, r["doc"])
                    hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e)), None)
                    if hit is not None:
                        used.add(hit)
                        tp += 1
                        added[k][0] += 1
                    elif not any(_matches(c, e) for e in [*expected, *optional]):
                        fp += 1
                        added[k][1] += 1
            fn += len(expected) - len(used)
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        out[source] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p_, 3), "recall": round(r_, 3),
                       "f1": round(2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0, 3),
                       **({"proposed": {k: v for k, v in added.items() if any(v)}} if threshold is not None else {})}
    tp, fp, fn = (sum(out[s][k] for s in out) for k in ("tp", "fp", "fn"))
    p_ = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    out["pooled"] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p_, 3), "recall": round(r_, 3),
                     "f1": round(2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0, 3)}
    return out


def oof_probs(rows: list[dict[str, Any]], lam: float, drop: tuple[str, ...] = ()) -> dict[tuple[str, int], dict[str, float]]:
    probs: dict[tuple[str, int], dict[str, float]] = {}
    for k in range(FOLDS):
        model = fit([r for r in rows if fold_of(r["doc"]) != k], lam, drop)
        for r in rows:
            if fold_of(r["doc"]) == k:
                for n, ctx in enumerate(r["contexts"]):
                    probs[(r["doc"], n)] = {t: learned.score(model, t, ctx["features"]) for t in learned.LEARNED_TYPES}
    return probs
