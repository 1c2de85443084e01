"""Long stored texts shortened for a reader, the full text kept elsewhere (an appendix, ``--json``).

A note or a ``primary_gap`` can grow by appended search logs ("...; searched again (2026-12-01): ...").
A reader needs what the text says first; the later searches are counted, not printed."""

from __future__ import annotations

import re
from typing import Any

#: Where an appended search log starts: "; also searched", "; searched again", ". Searched again (date)".
SEARCH_LOG = re.compile(r"[;.]\s+(?:also\s+)?searched\b(?:\s+again)?", re.IGNORECASE)


def later_searches(text: str) -> int:
    """How many appended search entries the text holds after its first statement."""
    return len(SEARCH_LOG.findall(text or ""))


def brief(text: str | None, limit: int = 240) -> tuple[str, bool]:
    """The text up to its first appended search entry, cut at a word boundary to ``limit`` characters,
    with " …" where something was left out; and whether anything was left out."""
    text = (text or "").strip()
    m = SEARCH_LOG.search(text)
    head = text[: m.start()].rstrip() if m else text
    if len(head) > limit:
        head = head[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    if head == text:
        return text, False
    return head + " …", True


def brief_with_count(text: str | None, limit: int = 240, full_hint: str = "--json") -> str:
    """``brief`` with what was left out named: "… (3 later searches; full text: --json)"."""
    short, cut = brief(text, limit)
    if not cut:
        return short
    n = later_searches(text or "")
    searches = f"{n} later search{'es' if n != 1 else ''}; " if n else ""
    return f"{short} ({searches}full text: {full_hint})"


def search_log(fact: Any) -> list[dict[str, str]]:
    """A fact's ``searched`` log (a record or its dict) as dicts {on, route, detail}, in the order logged."""
    log = fact.get("searched") if isinstance(fact, dict) else getattr(fact, "searched", None)
    return [e if isinstance(e, dict) else e.model_dump() for e in log or []]


def gap_of(fact: Any) -> tuple[str | None, list[dict[str, str]]]:
    """A fact's ``primary_gap`` statement and its search log (None and [] for no fact, or a fact without a gap)."""
    if fact is None:
        return None, []
    text = fact.get("primary_gap") if isinstance(fact, dict) else getattr(fact, "primary_gap", None)
    return text, search_log(fact)


def log_summary(log: list[dict[str, str]]) -> str:
    """"3 searches logged, last on 2026-12-03" ("" for no search)."""
    if not log:
        return ""
    n = len(log)
    return f"{n} search{'es' if n != 1 else ''} logged, last on {max(e['on'] for e in log)}"


def route_words(route: str) -> str:
    """A route id in words: "court-releases" -> "court releases"."""
    return route.replace("-", " ")


def gap_line(text: str | None, log: list[dict[str, str]], limit: int = 300, full_hint: str = "--json", log_hint: str = "") -> str:
    """A primary gap on one line: its statement (``brief``), then in one parenthesis how many searches were logged
    and the last day (with ``log_hint``, where the log is), and, where the text was cut, the searches still appended
    to it and where the full text is: "The decision was not found … (3 searches logged, last on 2026-12-03; full
    text: --json)"."""
    short, cut = brief(text, limit)
    parts = []
    if log:
        parts.append(log_summary(log) + (f", {log_hint}" if log_hint else ""))
    if cut:
        n = later_searches(text or "")
        if n:
            parts.append(f"{n} later search{'es' if n != 1 else ''} in the text")
        parts.append(f"full text: {full_hint}")
    return short + (f" ({'; '.join(parts)})" if parts else "")
