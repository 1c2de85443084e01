"""Session 21's look at the PDF reports as a reader (cliweb7)."""

from __future__ import annotations

from typing import Any

#: A title cut at every length from 20 to 119 characters: the text before a note's address then ends at every
#: point of its line (the fault showed at a few of them only).
TITLE = ("Decision on the non-compliance by a State with the request for the arrest and surrender of a suspect "
         "and referral of the matter to the Assembly of States Parties and the Security Council")


def _first_lines(notes: list[dict[str, Any]]) -> list[list[str]]:
    """Each note's lines of text as the PDF lays out the reports' list of sources (``_footnotes.html`` with the
    reports' CSS), read from WeasyPrint's laid-out boxes."""
    from iccwatch.report.build import TEMPLATES, _env, weasyprint_html

    html = _env().from_string('<!doctype html><html><head><meta charset="utf-8"><style>{% include "base.css" %}</style>'
                              '</head><body>{% include "_footnotes.html" %}</body></html>').render(footnotes=notes)
    document = weasyprint_html()(string=html, base_url=str(TEMPLATES)).render()

    def text(box: Any) -> str:
        return getattr(box, "text", "") + "".join(text(c) for c in getattr(box, "children", []))

    def lines(box: Any) -> Any:
        for child in getattr(box, "children", []):
            if type(child).__name__ == "LineBox":
                yield " ".join(text(child).split())
            elif not str(getattr(child, "element_tag", "")).endswith("::marker"):
                yield from lines(child)

    def items(box: Any) -> Any:
        children = getattr(box, "children", [])
        if getattr(box, "element_tag", None) == "li" and any(str(getattr(c, "element_tag", "")).endswith("::marker") for c in children):
            yield list(lines(box))  # a note's first part (the part on a later page has no number)
        else:
            for child in children:
                yield from items(child)

    return [item for page in document.pages for item in items(page._page_box)]


def test_a_sources_first_line_never_ends_after_its_first_word() -> None:
    """WeasyPrint ended a note's first line after its first word ("35. JURIST" alone, the rest below) when the
    text before the address nearly filled the line (failed before the fix: 2 of these 300 notes). Every
    length of the text before the address is tried; no first line may hold a single word where more fit."""
    notes = []
    for publisher in ("JURIST (University of Pittsburgh School of Law)", "Reuters", "International Criminal Court"):
        for n in range(20, 120):
            url = f"https://example.org/{n}/" + TITLE[:n].lower().replace(" ", "-")
            notes.append({"publisher": publisher, "title": TITLE[:n], "date": "2015-06-14", "grade": "B", "url": url})
    laid_out = _first_lines(notes)
    assert len(laid_out) == len(notes)
    alone = [item[0] for item in laid_out if len(item) > 1 and len(item[0].split()) == 1]
    assert alone == []
