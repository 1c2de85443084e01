"""Numbered footnotes: every source cited once, referred to by number wherever a fact uses it."""

from __future__ import annotations

from typing import Any

from iccwatch.dataset.grading import PublisherIndex, grade_sources_in


class Footnotes:
    """Footnotes graded like every other shown source (publisher, class, grade, primary)."""

    def __init__(self, publishers: PublisherIndex | None = None) -> None:
        self.items: list[dict[str, Any]] = []
        self._by_url: dict[str, int] = {}
        self._publishers = publishers or PublisherIndex(())

    def cite(self, sources: list[dict[str, Any]] | list[Any]) -> str:
        """Register sources; return the marks, primary sources first, then by grade, e.g. "[7][3]"."""
        marks: dict[int, tuple[bool, str, int]] = {}
        plain = [s if isinstance(s, dict) else s.model_dump(mode="json", exclude_none=True) for s in sources]
        for d in grade_sources_in({"sources": plain}, self._publishers)["sources"]:
            url = d["url"]
            if url not in self._by_url:
                self.items.append(d)
                self._by_url[url] = len(self.items)
            n = self._by_url[url]
            note = self.items[n - 1]  # ordered as its footnote reads (the first citation of an address makes it)
            marks[n] = (not note.get("primary"), str(note.get("grade") or "Z"), n)
        return "".join(f"[{n}]" for n in sorted(marks, key=lambda n: marks[n]))
