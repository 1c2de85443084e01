"""The text Rich would print where it prints no styles, laid out without importing Rich.

One question's answer for people (``iccwatch ask arrest``) is a few lines of console markup, a reasoning
tree, and the sources; importing Rich and rendering through it is about a quarter of the question's
time (benchmarks/bench_cli.py). Where Rich would write plain text (the output is not a terminal and no
variable forces one: a pipe, a file, ``| less``), :func:`render` gives the same characters: Rich's
markup tags dropped, its word wrapping (``rich._wrap.divide_line``) at the width Rich would use, and its
tree guides. Where it cannot promise the same output (a terminal, where Rich adds colours; a character
that is not one cell wide; a markup tag it does not know; a narrow console) it returns None and the
caller prints through Rich. tests/test_cli.py compares the two on every person's answers and on
random text at several widths.

Items to print: ``("markup", text)`` console markup, wrapped; ``("text", text)`` plain text, wrapped;
``("url", text)`` printed as it is, never wrapped; ``("tree", (label, children))`` a tree whose labels
are console markup; ``("hang", (indent, text))`` plain text whose first ``indent`` characters (a bullet,
``"  [1] "``) stand alone: the rest is wrapped at the width less the indent, and each later line begins
with that many spaces (:func:`hanging_width` says when the terminal is too narrow for it).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

#: Characters Rich counts as one cell each (tests/test_cli.py checks it against rich.cells).
_ONE_CELL = re.compile(r"[\x20-\x7e\xa1-\xac\xae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
                       r"\u2100-\u214f\u2190-\u21ff\u2500-\u257f\n]*")
#: Rich's markup tags (rich.markup.RE_TAGS).
_TAGS = re.compile(r"((\\*)\[([a-z#/@][^[]*?)])")
#: The tags this module knows to be styles only (Rich drops them from plain text).
_STYLES = frozenset({"bold", "dim", "yellow", "cyan", "magenta", "green", "red", "bold red", "bold green", "bold cyan",
                     "bold yellow", "bold magenta"})
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING = re.compile(r"\s+$")
#: Tree guides: space, continue, fork, end (rich.tree.Tree.TREE_GUIDES[0]).
_SPACE, _CONTINUE, _FORK, _END = "    ", "\u2502   ", "\u251c\u2500\u2500 ", "\u2514\u2500\u2500 "
_MIN_WIDTH = 40

Tree = tuple[str, Sequence["Tree"]]


def plain_width() -> int | None:
    """The width Rich's console (``Console()`` on standard output) would use, where it would write no
    styles; None where it would style its output (it sees a terminal) or on a platform this module does
    not follow (Windows, where Rich sizes the console differently)."""
    if sys.platform == "win32" or "JPY_PARENT_PID" in os.environ or "ipykernel" in sys.modules:
        return None
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    force_color = os.environ.get("FORCE_COLOR")
    if tty_compatible == "1" or (tty_compatible != "0" and force_color is not None and force_color != ""):
        return None
    if tty_compatible != "0" and force_color is None:
        try:
            if sys.stdout.isatty():
                return None
        except ValueError:
            pass
    if not (getattr(sys.stdout, "encoding", None) or "utf-8").lower().startswith("utf"):
        return None  # Rich would draw the tree in ASCII
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    width = 0
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80


def strip_markup(text: str) -> str | None:
    """Console markup as Rich prints it without styles; None for a tag that may be more than a style."""
    if "[" not in text:
        return text
    out: list[str] = []
    position = depth = 0
    for match in _TAGS.finditer(text):
        full, escapes, tag = match.groups()
        start, end = match.span()
        if start > position:
            out.append(text[position:start].replace("\\[", "["))
        position = end
        if escapes:
            backslashes, escaped = divmod(len(escapes), 2)
            if backslashes:
                out.append("\\" * backslashes)
            if escaped:
                out.append(full[len(escapes):].replace("\\[", "["))
                continue
        if tag == "/":
            depth -= 1
            if depth < 0:  # Rich refuses a closing tag with nothing to close
                return None
        elif tag in _STYLES:
            depth += 1
        else:
            return None
    if position < len(text):
        out.append(text[position:].replace("\\[", "["))
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """Rich's word wrapping of one-cell text (``Text.wrap`` with its defaults: fold long words)."""
    lines: list[str] = []
    for line in text.split("\n"):
        breaks: list[int] = []
        offset = 0
        for match in _WORD.finditer(line):
            start, word = match.start(), match.group(0)
            length = len(word.rstrip())
            if width - offset >= length:
                offset += len(word)
            elif length > width:
                pieces = [word[i:i + width] for i in range(0, len(word), width)]
                for n, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if n == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            elif offset and start:
                breaks.append(start)
                offset = len(word)
        for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True):
            piece = line[a:b]
            if len(piece) > width:  # Text.rstrip_end, then truncate
                trailing = _TRAILING.search(piece)
                if trailing:
                    piece = piece[:len(piece) - min(len(trailing.group(0)), len(piece) - width)]
                piece = piece[:width]
            lines.append(piece)
    return lines


def _tree(node: Tree, width: int, out: list[str]) -> bool:
    label, children = node
    text = strip_markup(label)
    if text is None:
        return False
    out.extend(wrap(text, width))
    return _branches(children, [], width, out)


def _branches(children: Sequence[Tree], guides: list[str], width: int, out: list[str]) -> bool:
    for n, (label, grandchildren) in enumerate(children):
        last = n == len(children) - 1
        text = strip_markup(label)
        inner = width - 4 * (len(guides) + 1)
        if text is None or inner < 1:
            return False
        lines = wrap(text, inner)
        head = "".join(guides)
        out.append(head + (_END if last else _FORK) + lines[0])
        out.extend(head + (_SPACE if last else _CONTINUE) + line for line in lines[1:])
        if not _branches(grandchildren, [*guides, _SPACE if last else _CONTINUE], width, out):
            return False
    return True


#: The narrowest a hanging item's text may be wrapped; narrower, it is wrapped as one paragraph.
MIN_HANGING = 20


def hanging_width(indent: int, width: int) -> int | None:
    """The width a hanging item's text is wrapped at, or None where it is printed as one paragraph."""
    return width - indent if width - indent >= MIN_HANGING else None


def _hang(indent: int, text: str, width: int) -> list[str]:
    inner = hanging_width(indent, width)
    if inner is None:
        return wrap(text, width)
    lines = [line.rstrip() for line in wrap(text[indent:], inner)] or [""]
    return [text[:indent] + lines[0], *(" " * indent + line for line in lines[1:])]


def render(items: Iterable[tuple[str, Any]], width: int) -> str | None:
    """The text Rich would print for ``items`` at ``width`` without styles, or None (see the module)."""
    if width < _MIN_WIDTH:
        return None
    out: list[str] = []
    for kind, value in items:
        if kind == "tree":
            if not _tree(value, width, out):
                return None
            continue
        indent, text = value if kind == "hang" else (0, strip_markup(value) if kind == "markup" else value)
        if text is None or "\t" in text or "\r" in text or (kind == "hang" and "\n" in text):
            return None
        out.extend([text] if kind == "url" else _hang(indent, text, width) if kind == "hang" else wrap(text, width))
    result = "\n".join(out) + "\n"
    return result if _ONE_CELL.fullmatch(result) and "\x1b" not in result else None
