"""(session 49, issue 12) A trained reader of what no rule reads: the learned proposer (monitor/learned.py) trained on targets
taken from the dev labels themselves, out of fold, measured on top of today's rules.

The proposer of sessions 10-31 was trained on the candidates its contexts would give, labelled by the evaluation's matcher
(``learned_train.build_table``). This variant changes the population's labels and the features, and reuses everything else
of ``learned_train`` (the fit, the folds, the simulation, the whole-pipeline check):

- **population**: every (sentence, resolved person, State or none) context of every dev document (the contexts the extractor
  resolves, ``learned.contexts``), whether or not a rule gave a candidate there;
- **label** of a context for a type T: 1 when the document has an expected label of type T whose subject is the context's
  person (its ``person``, or a ``person_name`` among the person's names) and, where the label names a State, the context's
  State is that State; "bg" (left out) when only an ``optional`` label does; 0 otherwise. The label's date is not asked
  for (the date is the rules' date picker's job), and it does not matter whether the rules found the fact;
- **features**: ``learned.contexts``'s, with ``learned.reader_features``: no word that is part of a tracked person's,
  a State's or the publisher's name; the trigger families data/lookups/monitor_words.yaml extends, matched as the rules
  match them in the document's language.

``table`` writes the population (``--table``, default ``learned_reader_training.jsonl`` beside this module); ``oof``
prints, for each regularisation, what the out-of-fold proposals add on top of today's rules (right / wrong per type, the
evaluation's matcher with the proposal's date from the rules' date picker) at several thresholds; ``sweep`` runs the whole extractor once with every type proposed from the lowest threshold and
reads each higher threshold from the proposals' probabilities (``pipeline_sweep``); ``check`` runs the whole
extractor (every guard, the filter) on the dev documents with the component off and on, each document's model fitted
without its fold, at the thresholds given (``--thresholds type=value,...``, ``--lam``). The test half is never read.

Run: ``python -m iccwatch.monitor.learned_reader_train table oof [check --lam 30 --thresholds visit=0.9]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from iccwatch.monitor import learned, learned_train, mfilter_train
from iccwatch.monitor.mfilter_train import FOLDS, REALNEWS, fold_of

TABLE = Path(__file__).resolve().parent / "learned_reader_training.jsonl"
LAMBDAS = (3.0, 10.0, 30.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
#: Word pairs are left out (as in every setting ``learned_train`` chose).
DROP = ("b=",)


def subject_label(kind: str, person: str, state: str | None, expected: list[dict[str, Any]], optional: list[dict[str, Any]],
                  names: frozenset[str]) -> int | str:
    """A context's target for ``kind``, from the document's labels alone (module docstring): 1, "bg" or 0. ``names``: the
    person's names, normalised (a label written with ``person_name``)."""
    from iccwatch.monitor.gazetteer import normalise as normalise_name

    def about(e: dict[str, Any]) -> bool:
        if e.get("type") != kind:
            return False
        if e.get("person") is not None:
            if e["person"] != person:
                return False
        elif e.get("person_name") is None or normalise_name(e["person_name"]) not in names:
            return False
        return e.get("state") is None or e["state"] == state

    if any(about(e) for e in expected):
        return 1
    if any(about(e) for e in optional):
        return "bg"
    return 0


def build_table(dev: Path, spec: Any) -> list[dict[str, Any]]:
    """The population (module docstring): one row per dev document, in ``learned_train``'s table format (so its fit,
    ``prepare`` and ``simulate`` read it), the first item of each type's label being the subject label."""
    from iccwatch.model.dates import DateSpan
    from iccwatch.monitor.evaluate import load_realnews
    from iccwatch.monitor.extract import extract_candidates
    from iccwatch.monitor.gazetteer import normalise as normalise_name
    from iccwatch.monitor.mfilter_train import _compact
    from iccwatch.monitor.mfilter_train import _label as first_label

    rows = []
    for doc, labels, name in load_realnews(dev, spec=spec):
        expected, optional = list(labels.get("expected") or []), list(labels.get("optional") or [])
        sink = learned.ReaderSink()
        rules = extract_candidates(doc, spec, mode="rules", learned=False, sink=sink)
        ref = DateSpan.parse(doc.date).first if doc.date else None
        exact = bool(doc.date) and len(doc.date or "") == 10
        used: set[int] = set()
        ctxs = []
        for ctx in sink:
            names = frozenset(normalise_name(n) for n in spec.persons.get(ctx.person, []))
            per: dict[str, list[Any]] = {}
            for kind in learned.LEARNED_TYPES:
                date, as_kind = learned_train._candidate_for(kind, ctx, ref, exact, doc.date)
                per[kind] = [subject_label(kind, ctx.person, ctx.state, expected, optional, names), as_kind, date]
            ctxs.append({"i": ctx.index, "person": ctx.person, "state": ctx.state, "features": ctx.features, "labels": per})
        rows.append({"doc": name, "expected": len(expected),
                     "rules": [[first_label(c, expected, optional, used), _compact(c)] for c in rules], "contexts": ctxs})
    return rows


def added_on_rules(rows: list[dict[str, Any]], probs: dict[tuple[str, int], dict[str, float]], prep: dict[str, Any],
                   threshold: float | dict[str, float]) -> dict[str, Any]:
    """What the proposals at ``threshold`` add on top of today's rules (``learned_train.simulate``'s ``rules`` source):
    the totals and the (right, wrong) per type."""
    s = learned_train.simulate(rows, probs, threshold, prep)
    added: dict[str, Any] = s["rules"]
    return added


def oof(rows: list[dict[str, Any]], prep: dict[str, Any], lambdas: tuple[float, ...] = LAMBDAS,
        thresholds: tuple[float, ...] = THRESHOLDS) -> dict[str, Any]:
    """Out of fold (grouped 5-fold by document, ``fold_of``): for each regularisation and threshold (the same for every
    type), the right / wrong facts the proposals add per type on top of today's rules."""
    base = learned_train.simulate(rows, {}, None, prep)["rules"]
    out: dict[str, Any] = {"base": {k: base[k] for k in ("tp", "fp", "fn")}, "settings": {}}
    for lam in lambdas:
        probs = learned_train.oof_probs(rows, lam, DROP)
        per = {}
        for t in thresholds:
            r = added_on_rules(rows, probs, prep, t)
            per[str(t)] = {"tp": r["tp"], "fp": r["fp"], "fn": r["fn"], "added": r.get("proposed", {})}
        out["settings"][str(lam)] = per
    return out


def positives(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per type, the contexts labelled 1, 0 and "bg" (the population's size)."""
    out: dict[str, dict[str, int]] = {k: {"1": 0, "0": 0, "bg": 0} for k in learned.LEARNED_TYPES}
    for r in rows:
        for c in r["contexts"]:
            for k in learned.LEARNED_TYPES:
                out[k][str(c["labels"][k][0])] += 1
    return out


def _auc(scores: list[float], ys: list[int]) -> float | None:
    """The area under the ROC curve (ties counted half): how well the scores rank the 1s above the 0s."""
    pos = sorted(s for s, y in zip(scores, ys, strict=True) if y)
    neg = sorted(s for s, y in zip(scores, ys, strict=True) if not y)
    if not pos or not neg:
        return None
    import bisect

    won = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p)) for p in pos)
    return round(won / (len(pos) * len(neg)), 3)


def diagnose(rows: list[dict[str, Any]], prep: dict[str, Any], lam: float, thresholds: tuple[float, ...] = (0.5, 0.8)) -> dict[str, Any]:
    """Where the out-of-fold proposals on top of today's rules go wrong: per type, the ranking quality on the subject labels
    (AUC out of fold, over every context and over the contexts of persons the rules gave no candidate of the type), the
    rules' misses a proposal could reach at all (a context labelled 1 whose person has no candidate of the type family
    from the rules), and at each threshold the wrong proposals split by their context's subject label (1: the right person
    and State, the date or the type the date picker gives is wrong; bg: a background fact's subject; 0: no label)."""
    probs = learned_train.oof_probs(rows, lam, DROP)
    out: dict[str, Any] = {"auc": {}, "auc_untaken": {}, "reachable_misses": {}, "wrong_by_subject": {}}
    for k in learned.LEARNED_TYPES:
        sc, ys, sc2, ys2 = [], [], [], []
        reach = 0
        for r in rows:
            taken = prep[r["doc"]]["rules"]["taken"]
            hit_any: set[int] = set()
            for n, c in enumerate(r["contexts"]):
                y = c["labels"][k][0]
                if y == "bg" or (k in learned.TRIPS and c["state"] is None):
                    continue
                sc.append(probs[(r["doc"], n)][k])
                ys.append(int(y))
                if (learned.FAMILY.get(k, k), c["person"]) not in taken:
                    sc2.append(probs[(r["doc"], n)][k])
                    ys2.append(int(y))
                    if y == 1:
                        hit_any.update(prep[r["doc"]]["contexts"][n][k][0])
            reach += len(hit_any - prep[r["doc"]]["rules"]["used"])
        out["auc"][k], out["auc_untaken"][k], out["reachable_misses"][k] = _auc(sc, ys), _auc(sc2, ys2), reach
    for t in thresholds:
        split: dict[str, dict[str, int]] = {}
        for r in rows:
            pr = prep[r["doc"]]
            best: dict[tuple[str, str], tuple[float, int]] = {}
            for n, c in enumerate(r["contexts"]):
                for k in learned.LEARNED_TYPES:
                    if (learned.FAMILY.get(k, k), c["person"]) in pr["rules"]["taken"] or learned.guarded(k, c["features"]) or \
                            (k in learned.TRIPS and c["state"] is None):
                        continue
                    p = probs[(r["doc"], n)][k]
                    if p >= t and ((c["person"], k) not in best or p > best[(c["person"], k)][0]):
                        best[(c["person"], k)] = (p, n)
            for (_, k), (_, n) in best.items():
                hits, background, _ = pr["contexts"][n][k]
                if hits and set(hits) - pr["rules"]["used"]:
                    key = "right"
                elif hits or background:
                    key = "neutral"
                else:
                    key = f"wrong_subject_{r['contexts'][n]['labels'][k][0]}"
                split.setdefault(k, {}).setdefault(key, 0)
                split[k][key] += 1
        out["wrong_by_subject"][str(t)] = split
    return out


def pipeline_check(dev: Path, rows: list[dict[str, Any]], lam: float, thresholds: dict[str, float]) -> dict[str, Any]:
    """``learned_train.pipeline_check``'s measure (the whole extractor, every guard and the filter, off and on, each
    document's model fitted without its fold) for this reader's table and features."""
    from iccwatch.dataset import load_dataset
    from iccwatch.facts import Facts
    from iccwatch.monitor.gazetteer import spec_from_records
    from iccwatch.settings import default_data_dir

    facts = Facts(load_dataset(default_data_dir()))
    spec = spec_from_records(facts.records)
    folds = {}
    for k in range(FOLDS):
        m = learned_train.fit([r for r in rows if fold_of(r["doc"], by="document") != k], lam, DROP)
        folds[k] = {"types": {t: v for t, v in m["types"].items() if t in thresholds}, "threshold": thresholds, "features": "reader"}
    return learned_train.pipeline_check(dev, spec, {"lambda": lam, "drop": list(DROP), "threshold": thresholds}, facts,
                                        fold_models=folds)


def pipeline_sweep(dev: Path, rows: list[dict[str, Any]], lam: float, thresholds: tuple[float, ...] = THRESHOLDS) -> dict[str, Any]:
    """The whole extractor (shipped mode: the filter and every guard) on the dev documents, each document's reader fitted
    without its fold and proposing every type from the lowest threshold; the figures at each higher threshold keep the
    proposals whose probability (their confidence, capped at 0.95) reaches it (the best context per person and type is the
    same at every threshold, so this is the run at that threshold up to the document-level passes). Per threshold: the
    totals, the proposals kept right / wrong / background per type, and the trip proposals that are false in a document
    whose note names a trip not made (``evaluate.trap_note``). "off": no proposal kept."""
    from iccwatch.dataset import load_dataset
    from iccwatch.monitor.evaluate import _matches, _Score, load_realnews, trap_note
    from iccwatch.monitor.extract import extract_candidates
    from iccwatch.monitor.gazetteer import spec_from_records
    from iccwatch.settings import default_data_dir

    spec = spec_from_records(load_dataset(default_data_dir()))
    floor = min(thresholds)
    folds = {}
    for k in range(FOLDS):
        m = learned_train.fit([r for r in rows if fold_of(r["doc"], by="document") != k], lam, DROP)
        folds[k] = {"types": m["types"], "threshold": dict.fromkeys(m["types"], floor), "features": "reader"}
    steps = [*thresholds, 1.01]
    scores = {t: _Score(spec) for t in steps}
    added: dict[float, dict[str, list[int]]] = {t: {} for t in steps}
    traps: dict[float, int] = dict.fromkeys(steps, 0)
    for doc, labels, case in load_realnews(dev, spec=spec):
        expected, optional = list(labels.get("expected") or []), list(labels.get("optional") or [])
        got = extract_candidates(doc, spec, mode="filtered", learned=folds[fold_of(case, by="document")])
        for t in steps:
            kept = [c for c in got if c.method != "learned" or (t <= 1 and c.confidence >= min(t, 0.95))]
            hits = scores[t].score(case, kept, expected, optional, told=doc.date)
            for c, hit in zip(kept, hits, strict=True):
                if c.method != "learned":
                    continue
                row = added[t].setdefault(c.type, [0, 0, 0])
                other = any(_matches(c, e, scores[t].names, doc.date) for e in (*expected, *optional))
                row[0 if hit is not None else 2 if other else 1] += 1
                if hit is None and not other and c.type in learned.TRIPS and trap_note(labels.get("note")):
                    traps[t] += 1
    out = {}
    for t in steps:
        o = scores[t].result()["overall"]
        out["off" if t > 1 else str(t)] = {"tp": o["tp"], "fp": o["fp"], "fn": o["fn"], "precision": o["precision"],
                                           "recall": o["recall"], "proposals_right_wrong_background": added[t], "trap_candidates": traps[t]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="+", help="table, oof, check, sweep, diagnose")
    ap.add_argument("--realnews", type=Path, default=REALNEWS, help="the real-news set (only its dev/ half is read)")
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--lam", type=float, default=30.0, help="check: the regularisation")
    ap.add_argument("--thresholds", default="", help="check: type=threshold,... (the types proposed)")
    args = ap.parse_args(argv)
    if set(args.steps) - {"table", "oof", "check", "sweep", "diagnose"}:
        ap.error(f"steps: {' '.join(args.steps)}: give table, oof, check, sweep, diagnose or several")
    t0 = time.time()
    if "table" in args.steps:
        from iccwatch.dataset import load_dataset
        from iccwatch.monitor.gazetteer import spec_from_records
        from iccwatch.settings import default_data_dir

        spec = spec_from_records(load_dataset(default_data_dir()))
        mfilter_train.write_table(build_table(args.realnews / "dev", spec), args.table)
        print(json.dumps({"table_seconds": round(time.time() - t0)}), flush=True)
    rows = mfilter_train.read_table(args.table, ("doc", "expected", "rules", "contexts"))
    if "oof" in args.steps:
        from iccwatch.monitor import mfilter

        prep = learned_train.prepare(rows, learned_train._labels_of(args.realnews / "dev"), learned_train._earlier(mfilter.TRAINING))
        print(json.dumps({"documents": len(rows), "contexts": sum(len(r["contexts"]) for r in rows), "labels": positives(rows),
                          "oof": oof(rows, prep), "seconds": round(time.time() - t0)}), flush=True)
    if "diagnose" in args.steps:
        from iccwatch.monitor import mfilter

        prep = learned_train.prepare(rows, learned_train._labels_of(args.realnews / "dev"), learned_train._earlier(mfilter.TRAINING))
        print(json.dumps({"lambda": args.lam, "diagnose": diagnose(rows, prep, args.lam)}), flush=True)
    if "check" in args.steps:
        thresholds = {k: float(v) for k, v in (p.split("=") for p in args.thresholds.split(",") if p)}
        if set(thresholds) - set(learned.LEARNED_TYPES):
            ap.error(f"--thresholds: types of {learned.LEARNED_TYPES}")
        print(json.dumps(pipeline_check(args.realnews / "dev", rows, args.lam, thresholds)), flush=True)
    if "sweep" in args.steps:
        print(json.dumps({"lambda": args.lam, "sweep": pipeline_sweep(args.realnews / "dev", rows, args.lam),
                          "seconds": round(time.time() - t0)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
