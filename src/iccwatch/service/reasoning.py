"""The sources and citations of a reasoning tree, gathered once for every answer the service gives."""

from __future__ import annotations

from typing import Any

from iccwatch.law.citations import citation_url
from iccwatch.law.reasoning import Step


def tree_sources(step: Step) -> list[dict[str, Any]]:
    """Every source of every fact used in ``step`` and below, once each (by URL), in the order met."""
    seen: dict[str, dict[str, Any]] = {}
    for s in step.walk():
        for f in s.facts:
            for src in f.sources:
                seen.setdefault(src.url, src.model_dump(mode="json", exclude_none=True))
    return list(seen.values())


def tree_citations(step: Step) -> list[dict[str, str | None]]:
    """Every legal citation in ``step`` and below, once each, with the official text's address where known."""
    return [{"citation": c, "url": citation_url(c)} for c in step.all_citations()]


def reasoning_sources(nodes: Any) -> list[dict[str, Any]]:
    """Every source of every fact in a reasoning tree as an answer gives it (dicts: ``facts``, ``children``),
    once each (by URL), in the order met: what the answer's conclusion rests on."""
    seen: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            for f in node.get("facts") or []:
                for src in f.get("sources") or []:
                    seen.setdefault(src["url"], src)
            walk(node.get("children") or [])

    walk(nodes)
    return list(seen.values())
