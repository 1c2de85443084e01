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

3. ``check`` (not run by default): the whole extractor (rules, proposals, the filter, every guard) on the dev
   documents with the component off and on, each document's model fitted without its fold: the out-of-fold figures
   of the pipeline as shipped.

Run: ``python -m iccwatch.monitor.learned_train [table] [fit] [check]`` (table and fit by default).
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

from iccwatch.model.dates import DateSpan
from iccwatch.monitor import learned, mfilter_train
from iccwatch.monitor.mfilter_train import EARLIER, FOLDS, REALNEWS, _compact, as_candidate, fold_of

LAMBDAS = (10.0, 30.0)
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
    if kind == "visit" and date and ref and DateSpan.parse(date).surely_after(ref):
        kind = "planned_visit"
    elif kind == "planned_visit" and date and ref and DateSpan.parse(date).surely_before(ref - dt.timedelta(days=31)):
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
    for doc, labels, name in load_realnews(dev, spec=spec):
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
    mfilter_train.write_table(rows, path)


def read_table(path: Path = learned.TRAINING) -> list[dict[str, Any]]:
    return mfilter_train.read_table(path, ("doc", "expected", "rules", "contexts"))


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


def prepare(rows: list[dict[str, Any]], labels: dict[str, Any], sources: dict[str, Any]) -> dict[str, Any]:
    """What the simulation needs, matched once: per document and source, the expected facts its candidates found, its
    false candidates and the (family, person) pairs it covers; per context and type, the expected facts its candidate
    would match and whether it matches a background fact."""
    from iccwatch.monitor.evaluate import _matches

    prep: dict[str, Any] = {}
    for r in rows:
        expected, optional = labels[r["doc"]]
        per: dict[str, Any] = {"expected": len(expected)}
        for source in ("rules", *EARLIER):
            cands = [as_candidate(c, r["doc"]) for _, c in r["rules"]] if source == "rules" else \
                [as_candidate(c, r["doc"]) for c in sources.get(r["doc"], {}).get(source, [])]
            used: set[int] = set()
            fp = 0
            for c in cands:
                hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e)), None)
                if hit is not None:
                    used.add(hit)
                elif not any(_matches(c, e) for e in [*expected, *optional]):
                    fp += 1
            per[source] = {"used": used, "fp": fp, "taken": {(learned.FAMILY.get(c.type, c.type), c.person) for c in cands if c.person}}
        ctx_match = []
        for ctx in r["contexts"]:
            m = {}
            for k in learned.LEARNED_TYPES:
                _, as_kind, date = ctx["labels"][k]
                c = as_candidate({"type": as_kind, "person": ctx["person"], "state": ctx["state"], "date": date,
                                  "evidence": {"sentence": "", "start": 0, "end": 0}, "confidence": 0.5, "method": "learned"}, r["doc"])
                m[k] = ([i for i, e in enumerate(expected) if _matches(c, e)], any(_matches(c, e) for e in optional),
                        (as_kind, ctx["person"], ctx["state"], date))
            ctx_match.append(m)
        per["contexts"] = ctx_match
        prep[r["doc"]] = per
    return prep


def _figures(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p_ = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p_, 3), "recall": round(r_, 3), "f1": round(_f1(tp, fp, fn), 3)}


def simulate(rows: list[dict[str, Any]], probs: dict[tuple[str, int], dict[str, float]], threshold: float | dict[str, float] | None,
             prep: dict[str, Any], kinds: tuple[str, ...] = learned.LEARNED_TYPES) -> dict[str, Any]:
    """tp / fp / fn per source of rules' candidates on the dev documents (``prepare``), completed by the proposals the
    out-of-fold ``probs`` give at ``threshold`` (one per person and type in a document, its best context, where the
    source has no candidate of that type for the person; None: the source alone), with the proposals' tp / fp per type."""
    out: dict[str, Any] = {}
    for source in ("rules", *EARLIER):
        tp = fp = fn = 0
        added: dict[str, list[int]] = {k: [0, 0] for k in kinds}
        for r in rows:
            pr = prep[r["doc"]]
            src = pr[source]
            used = set(src["used"])
            fp += src["fp"]
            if threshold is not None:
                best: dict[tuple[str, str], tuple[float, int]] = {}
                for n, ctx in enumerate(r["contexts"]):
                    for k in kinds:
                        if (learned.FAMILY.get(k, k), ctx["person"]) in src["taken"] or learned.guarded(k, ctx["features"]) or \
                                (k in learned.TRIPS and ctx["state"] is None):
                            continue
                        p = probs[(r["doc"], n)][k]
                        thr = threshold.get(k, 1.01) if isinstance(threshold, dict) else threshold
                        key = (ctx["person"], k)  # one proposal per person and type in a document: its best context
                        if p >= thr and (key not in best or p > best[key][0]):
                            best[key] = (p, n)
                seen = set()
                for (_, k), (_, n) in sorted(best.items()):
                    hits, background, ident = pr["contexts"][n][k]
                    if ident in seen:
                        continue
                    seen.add(ident)
                    hit = next((i for i in hits if i not in used), None)
                    if hit is not None:
                        used.add(hit)
                        added[k][0] += 1
                    elif not hits and not background:
                        fp += 1
                        added[k][1] += 1
            tp += len(used)
            fn += pr["expected"] - len(used)
        out[source] = {**_figures(tp, fp, fn), **({"proposed": {k: v for k, v in added.items() if any(v)}} if threshold is not None else {})}
    out["pooled"] = _figures(*(sum(out[s][k] for s in out) for k in ("tp", "fp", "fn")))
    return out


def oof_probs(rows: list[dict[str, Any]], lam: float, drop: tuple[str, ...] = ()) -> dict[tuple[str, int], dict[str, float]]:
    probs: dict[tuple[str, int], dict[str, float]] = {}
    for k in range(FOLDS):
        model = fit([r for r in rows if fold_of(r["doc"], by="document") != k], lam, drop)
        for r in rows:
            if fold_of(r["doc"], by="document") == k:
                for n, ctx in enumerate(r["contexts"]):
                    probs[(r["doc"], n)] = {t: learned.score(model, t, ctx["features"]) for t in learned.LEARNED_TYPES}
    return probs


#: The settings the cross-validation chooses among: the regularisation and the feature groups left out.
#: Word pairs are always left out (session 10's cross-validation never chose them); the trigger lexicon's classes ("lx…")
#: and the sentence's and headline's word stems ("w=", "t=") are each tried without.
SETTINGS = tuple((lam, drop) for drop in (("b=",), ("b=", "lx"), ("b=", "w=", "t=")) for lam in LAMBDAS)


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def gains(rows: list[dict[str, Any]], probs: dict[tuple[str, int], dict[str, float]], prep: dict[str, Any]) -> dict[str, dict[float, tuple[int, int]]]:
    """For each type and threshold, the (tp, fp) its proposals add to the four sources pooled (types are scored apart:
    a proposal matches only labels of its own type)."""
    out: dict[str, dict[float, tuple[int, int]]] = {}
    for k in learned.LEARNED_TYPES:
        out[k] = {}
        for t in THRESHOLDS:
            s = simulate(rows, probs, t, prep, kinds=(k,))
            added = [v["proposed"].get(k, [0, 0]) for name, v in s.items() if name != "pooled"]
            out[k][t] = (sum(a for a, _ in added), sum(b for _, b in added))
            if out[k][t] == (0, 0):
                for t2 in THRESHOLDS[THRESHOLDS.index(t) + 1:]:
                    out[k][t2] = (0, 0)
                break
    return out


#: The precision a type's proposals must reach out of fold (smoothed: (right + 1) / (proposed + 2), pooled over the
#: sources) for the type to be proposed at a threshold: the goal's precision for the whole monitor, so that a proposal
#: is at least as likely right as the monitor is asked to be. None: maximise the pooled F1 instead (session 10).
MIN_PRECISION: float | None = 0.85


def choose(base: dict[str, int], gain: dict[str, dict[float, tuple[int, int]]], min_precision: float | None = None) -> dict[str, float]:
    """Per type, the threshold (or none: the type is not proposed). With ``min_precision``: the threshold that adds the
    most right facts among those whose proposals' smoothed precision reaches it (ties to the higher threshold).
    Without: the thresholds that maximise the pooled F1, by coordinate ascent over the types (three passes, types in a
    fixed order; ties go to the higher threshold, then to leaving it off)."""
    if min_precision is not None:
        picked: dict[str, float] = {}
        for k, by_t in gain.items():
            ok = [(tp, t) for t, (tp, fp) in by_t.items() if tp and (tp + 1) / (tp + fp + 2) >= min_precision]
            if ok:
                picked[k] = max(ok)[1]
        return picked
    chosen: dict[str, float | None] = {k: None for k in gain}

    def total(ch: dict[str, float | None]) -> float:
        tp = base["tp"] + sum(gain[k][t][0] for k, t in ch.items() if t is not None)
        fp = base["fp"] + sum(gain[k][t][1] for k, t in ch.items() if t is not None)
        fn = base["fn"] - sum(gain[k][t][0] for k, t in ch.items() if t is not None)
        return _f1(tp, fp, fn)

    for _ in range(3):
        for k in gain:
            options = [None, *sorted(gain[k], reverse=True)]
            chosen[k] = max(options, key=lambda t: (round(total({**chosen, k: t}), 6), t is None, t or 0))
    return {k: t for k, t in chosen.items() if t is not None}


def cross_validate(rows: list[dict[str, Any]], prep: dict[str, Any]) -> dict[str, Any]:
    """Out-of-fold probabilities (grouped 5-fold) for each setting; per-type thresholds chosen on them; and, for the
    setting chosen, a nested figure: each fold's documents scored with thresholds chosen on the other folds only."""
    base = simulate(rows, {}, None, prep)
    results: list[dict[str, Any]] = []
    for lam, drop in SETTINGS:
        probs = oof_probs(rows, lam, drop)
        gain = gains(rows, probs, prep)
        thr = choose(base["pooled"], gain, MIN_PRECISION)
        s = simulate(rows, probs, thr, prep)
        results.append({"lambda": lam, "drop": list(drop), "thresholds": thr, "figures": s, "probs": probs})
    best = max(results, key=lambda r: (r["figures"]["pooled"]["f1"], r["lambda"], -len(r["drop"])))
    # nested: thresholds for fold k's documents chosen on the other folds' out-of-fold probabilities
    counts: dict[str, dict[str, int]] = {}
    chosen_per_fold = {}
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(r["doc"], by="document") != k]
        held = [r for r in rows if fold_of(r["doc"], by="document") == k]
        thr = choose(simulate(train, {}, None, prep)["pooled"], gains(train, best["probs"], prep), MIN_PRECISION)
        chosen_per_fold[k] = thr
        s = simulate(held, best["probs"], thr, prep)
        for name, v in s.items():
            agg = counts.setdefault(name, {"tp": 0, "fp": 0, "fn": 0})
            for key in ("tp", "fp", "fn"):
                agg[key] += v[key]
    nested: dict[str, dict[str, float]] = {}
    for name, v in counts.items():
        p_ = v["tp"] / (v["tp"] + v["fp"]) if v["tp"] + v["fp"] else 0.0
        r_ = v["tp"] / (v["tp"] + v["fn"]) if v["tp"] + v["fn"] else 0.0
        nested[name] = {**v, "precision": round(p_, 3), "recall": round(r_, 3), "f1": round(_f1(v["tp"], v["fp"], v["fn"]), 3)}
    return {"base": base, "settings": [{k: v for k, v in r.items() if k != "probs"} for r in results],
            "best": {k: v for k, v in best.items() if k != "probs"}, "nested": nested, "nested_thresholds": chosen_per_fold,
            "folds": FOLDS}


def train(rows: list[dict[str, Any]], prep: dict[str, Any]) -> dict[str, Any]:
    """Cross-validate, then fit the chosen setting on every dev document; keep the types CV chose to propose."""
    cv = cross_validate(rows, prep)
    best = cv["best"]
    model = fit(rows, best["lambda"], tuple(best["drop"]))
    thresholds = best["thresholds"]
    return {"method": "one logistic regression per fact type (L2, Nesterov gradient steps), features in monitor/learned.py",
            "threshold": thresholds, "lambda": best["lambda"], "drop": best["drop"], "min_precision": MIN_PRECISION,
            "types": {k: v for k, v in model["types"].items() if k in thresholds},
            "training": {"documents": len(rows), "contexts": sum(len(r["contexts"]) for r in rows),
                         "docs_sha256": hashlib.sha256("\n".join(sorted(r["doc"] for r in rows)).encode()).hexdigest()},
            "cross_validation": cv}


def pipeline_check(dev: Path, spec: Any, model: dict[str, Any], facts: Any = None,
                   fold_models: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The whole extractor on the dev documents (the filter and every guard included), the component off and on, the
    component's model for each document fitted without that document's fold (the committed setting and thresholds):
    out-of-fold figures of the pipeline as shipped, with alert precision when ``facts`` is given. ``fold_models``: each
    fold's model already fitted (session 49's reader, ``learned_reader_train``) instead of fits of this table."""
    from iccwatch.monitor.evaluate import _Score, load_realnews

    if fold_models is None:
        rows = read_table()
        fold_models = {}
        for k in range(FOLDS):
            m = fit([r for r in rows if fold_of(r["doc"], by="document") != k], model["lambda"], tuple(model["drop"]))
            fold_models[k] = {"types": {t: v for t, v in m["types"].items() if t in model["threshold"]}, "threshold": model["threshold"]}
    out = {}
    cases = load_realnews(dev, spec=spec)
    from iccwatch.monitor.alerts import alert_for
    from iccwatch.monitor.extract import extract_candidates

    for name, pick in (("off", lambda doc: False), ("on", lambda doc: fold_models[fold_of(doc, by="document")])):
        sc = _Score()
        raised = right = 0
        for doc, labels, case in cases:
            expected = list(labels.get("expected") or [])
            got = extract_candidates(doc, spec, mode="filtered", learned=pick(case))
            hits = sc.score(case, got, expected, list(labels.get("optional") or []))
            if facts is not None:
                for c, hit in zip(got, hits, strict=True):
                    if alert_for(c, facts, doc.date) is not None:
                        raised += 1
                        right += hit is not None and bool(expected[hit].get("alert"))
        res = sc.result()
        out[name] = {"overall": res["overall"], "per_type": {t: v for t, v in res["per_type"].items() if v["tp"] or v["fp"] or v["fn"]},
                     "alerts": {"raised": raised, "right": right}}
    return out


def write_model(model: dict[str, Any], path: Path = learned.WEIGHTS) -> None:
    path.write_text(json.dumps(model, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="*", help="table, fit (both by default), check (the whole extractor on dev, out of fold, off and on)")
    ap.add_argument("--realnews", type=Path, default=REALNEWS, help="the real-news set (only its dev/ half is read)")
    args = ap.parse_args(argv)
    args.steps = args.steps or ["table", "fit"]
    if set(args.steps) - {"table", "fit", "check"}:
        ap.error(f"steps: {' '.join(args.steps)}: give table, fit, check or several")
    from iccwatch.monitor import mfilter

    if "table" in args.steps:
        from iccwatch.dataset import load_dataset
        from iccwatch.monitor.gazetteer import spec_from_records
        from iccwatch.settings import default_data_dir

        spec = spec_from_records(load_dataset(default_data_dir()))
        write_table(build_table(args.realnews / "dev", spec))
    if "fit" in args.steps:
        rows = read_table()
        prep = prepare(rows, _labels_of(args.realnews / "dev"), _earlier(mfilter.TRAINING))
        model = train(rows, prep)
        write_model(model)
        cv = model["cross_validation"]
        print(json.dumps({"threshold": model["threshold"], "lambda": model["lambda"], "drop": model["drop"],
                          "without": cv["base"]["pooled"], "with": cv["best"]["figures"]["pooled"], "nested": cv["nested"]["pooled"]}))
    if "check" in args.steps:
        from iccwatch.dataset import load_dataset
        from iccwatch.facts import Facts
        from iccwatch.monitor.gazetteer import spec_from_records
        from iccwatch.settings import default_data_dir

        facts = Facts(load_dataset(default_data_dir()))
        spec = spec_from_records(facts.records)
        print(json.dumps(pipeline_check(args.realnews / "dev", spec, learned.load_model(), facts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
