"""The same output flags on every read command: a table for people, ``--json``, ``--csv``.

Rich is imported when something is first printed through ``console`` or ``err_console``, not when
this module is imported, so ``--json`` answers never load it.

Addresses are never wrapped: a source is printed as its publisher on one line and its URL alone on the
next (a terminal makes it clickable and copying it gives the whole address), and each URL only once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from iccwatch.model.terms import ACT_WORDS

if TYPE_CHECKING:
    from rich.console import Console


class _LazyConsole:
    """A Rich console made on first use (``console.print`` etc.), with these settings."""

    def __init__(self, **settings: Any) -> None:
        self._settings = settings
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)

    def real(self) -> Console:
        """The Rich console itself (for what needs one, e.g. a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._settings)
        return self._console


def rich_console(console_: Console) -> Console:
    """The Rich console behind ``console`` or ``err_console``."""
    return console_.real() if isinstance(console_, _LazyConsole) else console_


#: Emoji codes are left as written: the record's text and its URLs are printed as they are (an
#: address or a quotation with ``:x:`` in it is not a picture), and Rich's emoji table is not loaded.
console: Console = _LazyConsole(highlight=False, emoji=False)  # type: ignore[assignment]
err_console: Console = _LazyConsole(stderr=True, soft_wrap=True, highlight=False, emoji=False)  # type: ignore[assignment]


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_csv(rows: list[dict[str, Any]], fields: list[str] | None = None, always: dict[str, str] | None = None) -> None:
    """Rows as CSV; without rows, the header ``fields`` alone (an empty answer still has its columns); ``always``:
    columns every export of the list has (``service.rows_to_csv``)."""
    from iccwatch.service import rows_to_csv

    sys.stdout.write(rows_to_csv(rows, fields, always))


def none_recorded(noun: str, facts: Any, state: str | None = None, person: str | None = None, year: int | None = None,
                   until_: str | None = None, on: str | None = None) -> str:
    """What an empty list says, naming its filters ("No statement recorded for Ukraine in 2019."), so
    that it is not read as "none recorded at all"; without filters, "No statement recorded."."""
    words = [f"No {noun} recorded"] + ([f"for {facts.state(state).name}"] if state else [])
    words += [f"concerning {facts.person(person).name}"] if person else []
    words += [f"in {year}"] if year is not None else []
    words += [f"up to {until_.strip()}"] if until_ else []
    words += [f"as at {on.strip()}"] if on else []
    return " ".join(words) + "."


#: A table whose columns cannot each have this many characters (or their whole width, if less) on the
#: terminal is printed as one block per row ("column: value" lines) instead: squeezed narrower, cells
#: break into a word per line and the table becomes unreadable (as the dashboard's tables become cards
#: on a phone).
MIN_COLUMN_WIDTH = 12


def emit_table(rows: list[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    from rich.cells import cell_len
    from rich.table import Table

    out = rich_console(console)
    if not rows:  # an empty box reads as a broken table: say that nothing matched
        out.print(f"{title + ': ' if title else ''}none recorded", markup=False)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    headers = [header(c) for c in columns]
    natural = [max([cell_len(h)] + [cell_len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    # A column of single words (a code, a date, a filing number) is never cut or broken: "ICC-02/05…"
    # cannot be cited.
    whole = [all(" " not in row[i] for row in cells) for i in range(len(columns))]
    widths = [max(n if w else min(n, MIN_COLUMN_WIDTH), 1) for n, w in zip(natural, whole, strict=True)]
    if sum(widths) + 3 * len(columns) + 1 > out.width:  # with padding and rules
        emit_cards(rows, columns, title)
        return
    # A cell wrapped over lines runs into the next row's ("Abdel Raheem / Muhammad / Hussein / Abdelbari Ayyad"
    # read as one name): where some cell must wrap, a rule parts the rows.
    wraps = sum(natural) + 3 * len(columns) + 1 > out.width
    table = Table(title=title, show_lines=wraps)
    for h, n, w in zip(headers, natural, whole, strict=True):
        table.add_column(h, min_width=n if w else None, no_wrap=w)
    for row in cells:
        table.add_row(*row)
    out.print(table)


def emit_cards(rows: list[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    """Rows as blocks of "column: value" lines (empty cells left out), a blank line between rows."""
    out = rich_console(console)
    if title:
        out.print(f"[bold]{title}[/]")
    for i, r in enumerate(rows):
        if i:
            out.print()
        for c in columns:
            value = _cell(r.get(c))
            if value:
                _print_labelled(out, header(c), value)


def _print_labelled(out: Console, label: str, value: str) -> None:
    """``label: value`` wrapped to the console's width, its later lines indented under the value's first
    character (a label and its value printed apart would let the first line run past the width)."""
    from rich.text import Text

    head = Text(f"{label}: ", style="bold")
    width = head.cell_len
    if out.width - width < 20:  # too narrow to hang: one paragraph, wrapped at the width
        out.print(Text.assemble(head, value))
        return
    for n, line in enumerate(Text(value).wrap(out, out.width - width)):
        line.rstrip()
        out.print(Text.assemble(head if n == 0 else " " * width, line), no_wrap=True, crop=False)


def print_hanging(prefix: str, markup: str) -> None:
    """``prefix`` then console ``markup``, its wrapped lines indented under the text's first character, not
    under the prefix (a bullet or a label stands out in a narrow terminal)."""
    from rich.text import Text

    out = rich_console(console)
    head = Text.from_markup(prefix)
    width = head.cell_len
    if out.width - width < 20:  # too narrow to hang: print as one paragraph
        out.print(prefix + markup)
        return
    for n, line in enumerate(Text.from_markup(markup).wrap(out, out.width - width)):
        line.rstrip()
        out.print(Text.assemble(head if n == 0 else " " * width, line), no_wrap=True, crop=False)


def header(column: str) -> str:
    """A column's name as a reader reads it: ``state_name`` is the State ("state"), ``person_names`` the
    persons; other names lose their underscores."""
    for suffix, plural in (("_names", "s"), ("_name", "")):
        if column.endswith(suffix) and len(column) > len(suffix):
            return column[: -len(suffix)].replace("_", " ") + plural
    return column.replace("_", " ")


def unique_sources(sources: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources once each (by URL), primary first, in their order otherwise."""
    seen: set[str] = set()
    out = []
    for s in sources:
        url = s.get("url") or ""
        if url and url not in seen and "iccwatch.invalid" not in url:
            seen.add(url)
            out.append(s)
    return sorted(out, key=lambda s: not (s.get("primary") or s.get("kind") == "primary"))


def source_items(sources: Iterable[dict[str, Any]], heading: str = "sources", numbered: bool = False) -> list[tuple[str, Any]]:
    """Each source as :func:`source_text` says it, then its URL alone on its own line, never wrapped (items of
    :func:`print_items`). ``numbered`` writes each as ``[n]``, its number in :func:`source_numbers`, so that
    a fact marked ``[n]`` above it can be traced to the sources that state it."""
    unique = unique_sources(sources)
    if not unique:
        return []
    items: list[tuple[str, Any]] = [("markup", f"[dim]{heading}:[/]")]
    for n, s in enumerate(unique, 1):
        items.append(hang(f"  {f'[{n}]' if numbered else '-'} {source_text(s)}", after=", "))
        items.append(("url", f"    {s['url']}"))
    return items


def source_read(source: dict[str, Any]) -> bool:
    """Whether a cited source was read: the policy cites only pages read, so every source is, unless its own note
    says the page was not read and nowhere where it was read instead (the checker's warning on such a primary,
    ``dataset.read_notes.says_unread``)."""
    from iccwatch.dataset.read_notes import says_unread

    return not says_unread(str(source.get("note") or ""))


def source_text(source: dict[str, Any]) -> str:
    """One source as the dashboard shows it, in words (session 40; every command that prints sources prints them
    through this): ``kind, publisher (grade, read or not read, pinpoint): title (date)``, the title and date where
    the record has them; the URL is printed apart, alone on its line (:func:`source_items`). A source not graded (no
    ``grade`` key: not looked up in the publishers' table) is printed without publisher and grade rather than as
    unlisted."""
    kind = "primary" if source.get("primary") or source.get("kind") == "primary" else str(source.get("kind") or "source")
    looked_up = "grade" in source  # graded (``dataset.grading``): a domain the publishers' table lacks has grade None
    grade = f"grade {source['grade']}" if source.get("grade") else "ungraded" if looked_up else None
    bits = [b for b in (grade, "read" if source_read(source) else "not read") if b]
    if source.get("pinpoint"):
        bits.append(str(source["pinpoint"]))
    publisher = source.get("publisher") or ("publisher not listed" if looked_up else None)
    text = f"{kind}, {publisher} ({', '.join(bits)})" if publisher else f"{kind} ({', '.join(bits)})"
    if source.get("title"):
        text += f": {source['title']}"
    if source.get("date"):
        text += f" ({source['date']})"
    return text


def source_numbers(sources: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Each source's URL and its number in the list ``source_items(..., numbered=True)`` prints."""
    return {s["url"]: n for n, s in enumerate(unique_sources(sources), 1)}


def source_marks(sources: Iterable[dict[str, Any]], numbers: dict[str, int]) -> str:
    """A fact's sources as the numbers of the printed list, primary first as listed: ``[1, 6]``
    (escaped for console markup); empty where none of them is listed."""
    marks = sorted({numbers[s["url"]] for s in sources if s.get("url") in numbers})
    return f" \\[{', '.join(map(str, marks))}]" if marks else ""


def print_sources(sources: Iterable[dict[str, Any]], heading: str = "sources", numbered: bool = False) -> None:
    """Each source as :func:`source_text` says it, then its URL alone on its own line, never wrapped."""
    print_items(source_items(sources, heading, numbered))


def step_sources(step: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources of every fact a reasoning step (as JSON) rests on, its own and those of the steps under it."""
    return [s for f in step.get("facts") or [] for s in f.get("sources") or []] + [
        s for child in step.get("children") or [] for s in step_sources(child)]


def print_items(items: list[tuple[str, Any]], rich: bool = False) -> None:
    """Print items (:mod:`iccwatch.cli.plain_text`: console markup, plain text, URLs never wrapped, a
    tree of markup labels) through ``console``. Where Rich would print no styles the same text is
    laid out without importing Rich (``rich=True`` prints through Rich regardless)."""
    if not rich and isinstance(console, _LazyConsole) and console._console is None:
        from iccwatch.cli import plain_text

        width = plain_text.plain_width()
        text = plain_text.render(items, width) if width is not None else None
        if text is not None:
            sys.stdout.write(text)
            return
    print_rich(items, console)


def print_rich(items: list[tuple[str, Any]], to: Console) -> None:
    """Print items through a Rich console."""
    for kind, value in items:
        if kind == "markup":
            to.print(value)
        elif kind == "text":
            to.print(value, markup=False)
        elif kind == "url":
            to.print(value, markup=False, overflow="ignore", no_wrap=True, crop=False, soft_wrap=True)
        elif kind == "hang":
            _print_hang(to, *value)
        else:
            to.print(_rich_tree(value))


def _print_hang(to: Console, indent: int, text: str) -> None:
    """A ``("hang", (indent, text))`` item: the text after its first ``indent`` characters wrapped at the
    width less the indent, later lines under its first character (plain_text lays out the same)."""
    from rich.text import Text

    from iccwatch.cli.plain_text import hanging_width

    inner = hanging_width(indent, to.width)
    if inner is None or "\n" in text:
        to.print(text, markup=False)
        return
    lines = Text(text[indent:]).wrap(to, inner) or [Text("")]
    for n, line in enumerate(lines):
        line.rstrip()
        to.print(Text.assemble(text[:indent] if n == 0 else " " * indent, line), no_wrap=True, crop=False)


def hang(text: str, after: str = " ") -> tuple[str, tuple[int, str]]:
    """A ``hang`` item of ``text`` whose later lines begin under the character after its leading spaces
    and first word (``"  [1] Publisher ..."``: under "Publisher")."""
    stripped = text.lstrip(" ")
    head, sep, _ = stripped.partition(after)
    indent = len(text) - len(stripped) + (len(head) + len(sep) if sep else 0)
    return ("hang", (indent, text))


def indented(items: list[tuple[str, Any]], prefix: str) -> list[tuple[str, Any]]:
    """Text items (markup, text, url, hang) with ``prefix`` before each, a hanging one's indent grown by it."""
    return [(kind, (len(prefix) + value[0], prefix + value[1]) if kind == "hang" else prefix + value) for kind, value in items]


def _rich_tree(node: Any, parent: Any = None) -> Any:
    label, children = node
    if parent is None:
        from rich.tree import Tree

        tree = Tree(label)
    else:
        tree = parent.add(label)
    for child in children:
        _rich_tree(child, tree)
    return tree


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    if isinstance(v, str) and v in ACT_WORDS:  # an act named by its article: "Art. 12(3) declaration"
        return ACT_WORDS[v]
    if isinstance(v, str) and " " not in v and "_" in v:  # a stored code in words: non_compliance -> non-compliance
        return v.replace("non_", "non-").replace("_", " ") if v.startswith("non_") or "_non_" in v else v.replace("_", " ")
    return str(v)
