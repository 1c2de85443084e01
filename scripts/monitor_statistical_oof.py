"""Out-of-fold figures of the monitor's two statistical parts on the real-news dev half (session 31, issue 12).

Reads only the dev half and the training tables (never the test half). Folds: grouped 5-fold by document,
``mfilter_train.fold_of(doc, seed)`` (sha256 of the document's name, with the seed when > 0, mod 5); seed 0 for the
proposer, seeds 0-4 for the filter. Deterministic: no random numbers anywhere.

Build today's tables first (they rewrite the tables beside the modules; ``git checkout src/iccwatch/monitor`` restores
the shipped ones), or pass copies with ``--learned-table`` / ``--filter-table``:

    python -m iccwatch.monitor.mfilter_train table && python -m iccwatch.monitor.learned_train table

Then:

    python scripts/monitor_statistical_oof.py learned  OUT.json   # the proposer refitted: its choice, nested figures,
                                                                  # per type at fixed thresholds; OUT.model.json: the model
    python scripts/monitor_statistical_oof.py filter   OUT.json   # the shipped filter's setting refitted fold by fold
    python scripts/monitor_statistical_oof.py types    OUT.json   # (session 32) the same per fact type at a grid of
                                                                  # thresholds, and the per-type rule's nested check
    python scripts/monitor_statistical_oof.py retrain  OUT.json --shipped OLD.json [--candidate NEW.json]
                                                                  # (session 33) the shipped weights in sample and
                                                                  # settings compared out of fold, per seed and nested
    python scripts/monitor_statistical_oof.py pipeline OUT.json MODEL.json [THRESHOLDS-JSON]
                                                                  # the whole extractor, proposer off and on

``pipeline`` is ``learned_train.pipeline_check`` run only on the documents where a proposal is possible (a context whose
out-of-fold probability reaches a chosen type's threshold): on the others the proposer adds nothing, so off and on agree.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

from iccwatch.monitor import learned, mfilter
from iccwatch.monitor import learned_train as lt
from iccwatch.monitor import mfilter_train as mt

FIXED = (0.3, 0.5, 0.7, 0.9)
FILTER_SEEDS = (0, 1, 2, 3, 4)


def learned_figures(learned_table: Path, filter_table: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    cache: dict[tuple[float, tuple[str, ...]], Any] = {}
    orig = lt.oof_probs

    def cached(rows: list[dict[str, Any]], lam: float, drop: tuple[str, ...] = ()) -> Any:
        key = (lam, tuple(drop))
        if key not in cache:
            cache[key] = orig(rows, lam, drop)
        return cache[key]

    lt.oof_probs = cached  # type: ignore[assignment]
    try:
        rows = lt.read_table(learned_table)
        prep = lt.prepare(rows, lt._labels_of(lt.REALNEWS / "dev"), lt._earlier(filter_table))
        model = lt.train(rows, prep)
    finally:
        lt.oof_probs = orig  # type: ignore[assignment]
    cv = model["cross_validation"]
    probs = cache[(model["lambda"], tuple(model["drop"]))]
    out: dict[str, Any] = {
        "setting": {"lambda": model["lambda"], "drop": model["drop"], "threshold": model["threshold"]},
        "base": cv["base"], "best": cv["best"]["figures"], "nested": cv["nested"],
        "nested_thresholds": cv["nested_thresholds"],
        "settings": [{"lambda": s["lambda"], "drop": s["drop"], "thresholds": s["thresholds"],
                      "pooled": s["figures"]["pooled"], "rules": s["figures"]["rules"]} for s in cv["settings"]],
        "fixed": {}}
    for t in FIXED:  # the same threshold for every type: each type's right / wrong proposals per source
        s = lt.simulate(rows, probs, dict.fromkeys(learned.LEARNED_TYPES, t), prep)
        out["fixed"][str(t)] = {src: {k: v.get(k) for k in ("tp", "fp", "fn", "precision", "recall", "proposed")}
                                for src, v in s.items()}
    return out, model


@functools.cache
def _spec() -> Any:
    """The gazetteer of the data directory (its lexicon gives each language's cue words to the filter's features; session 40)."""
    from iccwatch.dataset import load_dataset
    from iccwatch.monitor.gazetteer import spec_from_records
    from iccwatch.settings import default_data_dir

    return spec_from_records(load_dataset(default_data_dir()))


def filter_figures(filter_table: Path) -> dict[str, Any]:
    rows = mt.with_features(mt.read_table(filter_table), mt.REALNEWS / "dev", spec=_spec())
    shipped = json.loads(mfilter.WEIGHTS.read_text(encoding="utf-8"))
    setting = {k: shipped[k] for k in ("lambda", "bow", "background_negative", "doc_cues")}
    runs = [mt.oof_probabilities(rows, setting, s) for s in FILTER_SEEDS]

    def figs(probs_list: list[Any], t: float | None) -> dict[str, Any]:
        res = {m: mt._pooled([mt._score(rows, p, m, t) for p in probs_list]) for m in ("rules", *mt.SOURCES)}
        res["earlier_pooled"] = mt._pooled([res[m] for m in mt.EARLIER])
        return res

    return {"shipped_setting": {**setting, "threshold": shipped["threshold"]}, "seeds": list(FILTER_SEEDS),
            "unfiltered": figs([{}], None),
            "filtered_summed_over_seeds": {str(t): figs(runs, t) for t in (0.3, shipped["threshold"], 0.5)},
            "per_type_seed0": {m: mt.per_type(rows, runs[0], m, shipped["threshold"]) for m in ("rules", *mt.EARLIER)}}


TYPE_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def type_figures(filter_table: Path) -> dict[str, Any]:
    """(session 32) The shipped filter's setting refitted fold by fold (seeds 0-4 summed): per fact type and per group of
    sources (the rules as they are, the earlier versions pooled, the trainer's sources pooled), tp / fp / fn unfiltered
    and at each threshold of ``TYPE_GRID`` and the shipped one; then the per-type block the trainer makes
    (``mfilter_train.per_type_block``: the rule's choice and the nested check against the one threshold)."""
    rows = mt.with_features(mt.read_table(filter_table), mt.REALNEWS / "dev", spec=_spec())
    shipped = json.loads(mfilter.WEIGHTS.read_text(encoding="utf-8"))
    setting = {k: shipped[k] for k in ("lambda", "bow", "background_negative", "doc_cues")}
    runs = [mt.oof_probabilities(rows, setting, s) for s in FILTER_SEEDS]
    groups = {"rules": ("rules",), "earlier": mt.EARLIER, "sources": mt.SOURCES}
    out: dict[str, Any] = {"seeds": list(FILTER_SEEDS), "shipped_threshold": shipped["threshold"], "grid": {}}
    for t in (0.0, *TYPE_GRID, shipped["threshold"]):
        for g, modes in groups.items():
            counts: dict[str, list[int]] = {}
            for probs in runs:
                mt._group_score(rows, probs, modes, {}, t, counts)
            out["grid"].setdefault(str(t), {})[g] = {ty: {"tp": tp, "fp": fp, "fn": n - tp} for ty, (tp, fp, n) in sorted(counts.items())}
    block = mt.per_type_block(rows, runs, shipped["threshold"])
    out["per_type"] = {k: v for k, v in block.items() if k != "curves"}
    return out


#: (session 33) The filter's settings compared out of fold when it is retrained: the shipped weights' setting, the one the
#: trainer's full re-choice picks (``mfilter_train.choose_filter``; read from the weights file ``--candidate``), and a
#: stronger regularisation of the shipped setting (λ 30, outside the trainer's grid).
RETRAIN_EXTRA = ({"name": "shipped setting, lambda 30", "lambda": 30.0},)


def retrain_figures(filter_table: Path, shipped_path: Path, candidate_path: Path | None) -> dict[str, Any]:
    """(session 33) On the (rebuilt) table: the shipped weights applied as they are (in sample for the documents they were
    trained on), and for each setting compared, fold seeds 0-4 (``mfilter_train.fold_of``; fixed before any figure was
    read): the out-of-fold figures per seed at the threshold chosen on the summed curve (the spread over seeds is the noise),
    summed over seeds, and nested (``per_type_check``: for each seed and fold the threshold chosen on the other four folds'
    documents; its per-type figures too). Groups: the trainer's sources pooled (its objective), the earlier versions pooled,
    the rules as they are."""
    rows = mt.with_features(mt.read_table(filter_table), mt.REALNEWS / "dev", spec=_spec())
    shipped = json.loads(shipped_path.read_text(encoding="utf-8"))
    groups = {"sources": mt.SOURCES, "earlier": mt.EARLIER, "rules": ("rules",)}

    def at(probs: dict[Any, float], t: float | None) -> dict[str, Any]:
        return {g: mt._pooled([mt._score(rows, probs, m, t) for m in modes]) for g, modes in groups.items()}

    keys = ("lambda", "bow", "background_negative", "doc_cues")
    base = {k: shipped[k] for k in keys}
    settings = [{"name": "shipped setting", **base}]
    if candidate_path is not None:
        cand = json.loads(candidate_path.read_text(encoding="utf-8"))
        settings.append({"name": "re-chosen by the trainer", **{k: cand[k] for k in keys}})
    settings += [{**base, **extra} for extra in RETRAIN_EXTRA]
    in_sample = {r["doc"]: r for r in rows}
    probs0 = {(d, m, i): mfilter.probability(shipped, feats) for d, r in in_sample.items() for m in ("rules", *mt.SOURCES)
              for i, (_, feats) in enumerate(r[m])}
    out: dict[str, Any] = {"documents": len(rows), "seeds": list(FILTER_SEEDS), "unfiltered": at({}, None),
                           "shipped_weights": {"threshold": shipped["threshold"], "trained_on": shipped["training"]["documents"],
                                               "figures": at(probs0, shipped["threshold"])},
                           "settings": []}
    cache: dict[tuple[Any, ...], list[Any]] = {}
    for s in settings:
        key = tuple(s[k] for k in keys)
        if key not in cache:
            cache[key] = [mt.oof_probabilities(rows, s, seed) for seed in FILTER_SEEDS]
        runs = cache[key]
        chosen = mt.filter_threshold(mt.filter_curve(rows, runs))["threshold"]
        per_seed = [at(p, chosen) for p in runs]
        check = mt.per_type_check(rows, runs)
        nested = {name: {g: f["all"] for g, f in by.items()} for name, by in check["figures"].items()}
        out["settings"].append({
            **s, "log_loss": round(sum(mt.filter_log_loss(rows, p) for p in runs) / len(runs), 5), "threshold": chosen,
            "per_seed": per_seed,
            "spread": {g: [min(x[g]["f1"] for x in per_seed), max(x[g]["f1"] for x in per_seed)] for g in groups},
            "summed": {g: mt._pooled([x[g] for x in per_seed]) for g in groups},
            "at_shipped_threshold": {g: mt._pooled([at(p, shipped["threshold"])[g] for p in runs]) for g in groups},
            "nested": nested, "nested_thresholds": sorted({c["global"] for c in check["choices"]})})
    return out


def pipeline_figures(learned_table: Path, model: dict[str, Any], thresholds: dict[str, float]) -> dict[str, Any]:
    from iccwatch.dataset import load_dataset
    from iccwatch.facts import Facts
    from iccwatch.monitor.alerts import alert_for
    from iccwatch.monitor.evaluate import _Score, load_realnews
    from iccwatch.monitor.extract import extract_candidates
    from iccwatch.monitor.gazetteer import spec_from_records
    from iccwatch.settings import default_data_dir

    rows = lt.read_table(learned_table)
    fold_models = {}
    for k in range(mt.FOLDS):
        m = lt.fit([r for r in rows if mt.fold_of(r["doc"]) != k], model["lambda"], tuple(model["drop"]))
        fold_models[k] = {"types": {t: v for t, v in m["types"].items() if t in thresholds}, "threshold": thresholds}
    possible = {r["doc"] for r in rows if any(
        learned.score(fold_models[mt.fold_of(r["doc"])], t, c["features"]) >= thr
        for c in r["contexts"] for t, thr in thresholds.items())}
    facts = Facts(load_dataset(default_data_dir()))
    spec = spec_from_records(facts.records)
    cases = [c for c in load_realnews(lt.REALNEWS / "dev") if c[2] in possible]
    out: dict[str, Any] = {"thresholds": thresholds, "documents_run": len(cases), "documents": len(rows)}
    outputs: dict[str, dict[str, list[Any]]] = {}
    for name, on in (("off", False), ("on", True)):
        sc = _Score()
        raised = right = 0
        outputs[name] = {}
        for doc, labels, case in cases:
            expected = list(labels.get("expected") or [])
            got = extract_candidates(doc, spec, mode="filtered", learned=fold_models[mt.fold_of(case)] if on else False)
            hits = sc.score(case, got, expected, list(labels.get("optional") or []))
            outputs[name][case] = sorted((c.type, c.person or "", c.state or "", c.date or "", c.method) for c in got)
            for c, hit in zip(got, hits, strict=True):
                if alert_for(c, facts, doc.date) is not None:
                    raised += 1
                    right += hit is not None and bool(expected[hit].get("alert"))
        res = sc.result()
        out[name] = {"overall": res["overall"], "alerts": {"raised": raised, "right": right},
                     "per_type": {t: v for t, v in res["per_type"].items() if v["tp"] or v["fp"] or v["fn"]}}
    out["changed"] = {d: {"off": outputs["off"][d], "on": outputs["on"][d]} for d in outputs["off"]
                      if outputs["off"][d] != outputs["on"][d]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("part", choices=("learned", "filter", "types", "pipeline", "retrain"))
    ap.add_argument("out", type=Path, help="where the figures are written (JSON)")
    ap.add_argument("model", type=Path, nargs="?", help="pipeline: the proposer's model (JSON)")
    ap.add_argument("thresholds", nargs="?", help="pipeline: per-type thresholds (JSON); default the model's")
    ap.add_argument("--learned-table", type=Path, default=learned.TRAINING)
    ap.add_argument("--filter-table", type=Path, default=mfilter.TRAINING)
    ap.add_argument("--shipped", type=Path, default=mfilter.WEIGHTS, help="retrain: the shipped filter's weights")
    ap.add_argument("--candidate", type=Path, help="retrain: the weights the trainer's re-choice wrote (its setting is compared)")
    args = ap.parse_args(argv)
    if args.part == "learned":
        figures, model = learned_figures(args.learned_table, args.filter_table)
        args.out.with_suffix(".model.json").write_text(json.dumps(model, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    elif args.part == "filter":
        figures = filter_figures(args.filter_table)
    elif args.part == "types":
        figures = type_figures(args.filter_table)
    elif args.part == "retrain":
        figures = retrain_figures(args.filter_table, args.shipped, args.candidate)
    else:
        if args.model is None:
            ap.error("pipeline: give the proposer's model (JSON)")
        model = json.loads(args.model.read_text(encoding="utf-8"))
        figures = pipeline_figures(args.learned_table, model, json.loads(args.thresholds) if args.thresholds else model["threshold"])
    args.out.write_text(json.dumps(figures, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
