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
evaluation's matcher with the proposal's date from the rules' date picker) at several thresholds; ``check`` runs the whole
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
    return s["rules"]


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="+", help="table, oof, check")
    ap.add_argument("--realnews", type=Path, default=REALNEWS, help="the real-news set (only its dev/ half is read)")
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--lam", type=float, default=30.0, help="check: the regularisation")
    ap.add_argument("--thresholds", default="", help="check: type=threshold,... (the types proposed)")
    args = ap.parse_args(argv)
    if set(args.steps) - {"table", "oof", "check"}:
        ap.error(f"steps: {' '.join(args.steps)}: give table, oof, check or several")
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
    if "check" in args.steps:
        thresholds = {k: float(v) for k, v in (p.split("=") for p in args.thresholds.split(",") if p)}
        if set(thresholds) - set(learned.LEARNED_TYPES):
            ap.error(f"--thresholds: types of {learned.LEARNED_TYPES}")
        print(json.dumps(pipeline_check(args.realnews / "dev", rows, args.lam, thresholds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
