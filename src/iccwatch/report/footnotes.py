"""Numbered footnotes: every source cited once, referred to by number wherever a fact uses it."""

from __future__ import annotations

from typing import Any


class Footnotes:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self._by_url: dict[str, int] = {}

    def cite(self, sources: list[dict[str, Any]] | list[Any]) -> str:
        """Register sources; return the marks, e.g. "[3][7]"."""
        marks = []
        for s in sources:
            d = s if isinstance(s, dict) else s.model_dump(mode="json", exclude_none=True)
            url = d["url"]
            if url not in self._by_url:
                self.items.append(d)
                self._by_url[url] = len(self.items)
            marks.append(self._by_url[url])
        return "".join(f"[{n}]" for n in sorted(set(marks)))
