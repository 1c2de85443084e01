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
