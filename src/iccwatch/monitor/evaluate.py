"""Precision and recall of the extractor against a labelled set (tests/monitor/labelled)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import TYPES, Candidate, extract_candidates
from iccwatch.monitor.gazetteer import Spec


def load_labelled(folder: Path) -> list[dict[str, Any]]:
    return [read_yaml(p) for p in sorted(folder.glob("*.yaml"))]


def _matches(c: Candidate, e: dict[str, Any]) -> bool:
    if c.type != e["type"]:
        return False
    for key in ("person", "state", "date"):
        if e.get(key) is not None and getattr(c, key) != e[key]:
            return False
    return True


def evaluate(folder: Path, spec: Spec) -> dict[str, Any]:
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    errors: list[dict[str, Any]] = []
    for case in load_labelled(folder):
        d = case["document"]
        doc = make_document(d["text"], title=d.get("title"), publisher=d.get("publisher"), date=d.get("date"), language=d.get("language"))
        got = extract_candidates(doc, spec)
        expected = list(case.get("expected") or [])
        used: set[int] = set()
        for c in got:
            hit = next((i for i, e in enumerate(expected) if i not in used and _matches(c, e)), None)
            if hit is None:
                fp[c.type] += 1
                errors.append({"case": case["id"], "kind": "false_positive", "candidate": c.model_dump(exclude={"evidence", "id", "document"}, exclude_defaults=True)})
            else:
                used.add(hit)
                tp[c.type] += 1
        for i, e in enumerate(expected):
            if i not in used:
                fn[e["type"]] += 1
                errors.append({"case": case["id"], "kind": "missed", "expected": e})
    per_type = {}
    for t in TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else None
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else None
        per_type[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "precision": None if p is None else round(p, 3), "recall": None if r is None else round(r, 3)}
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {"per_type": per_type, "overall": {"tp": T, "fp": F, "fn": N, "precision": round(T / (T + F), 3) if T + F else None,
                                              "recall": round(T / (T + N), 3) if T + N else None}, "errors": errors}
