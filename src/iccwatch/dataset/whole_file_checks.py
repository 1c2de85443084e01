"""(round 43) What a merge gone wrong or a write cut short leaves in a record's file as a whole, said in the words of what
happened (the loader adds these to a file's problems, whether YAML read it or not).

* **a merge conflict's marker** (``<<<<<<<``, ``|||||||``, ``=======``, ``>>>>>>>`` at a line's start, after spaces or
  not): git writes them around the two sides of a conflict; left in, YAML refuses the file with an unhelpful "could not
  find expected ':'", or, where they sit inside a text written as a block (``>-``), reads them as words of the text.
  Exactly seven signs then a space or the line's end, as git writes them, so a ruler of ``=`` signs is not one;
* **a last line with no line break**: every tool of the project writes a file ending in one, and a write cut short
  (a full disk, a killed process, a copy interrupted) leaves the last line cut, often at a place where the value still
  reads (a note or a pinpoint cut in a word). The file cannot say whether its last line is whole; the line break
  says it was written to the end.
"""

from __future__ import annotations

import re

#: git's conflict markers (and diff3's base marker), at a line's start (spaces before allowed: a marker pasted into an
#: indented block), followed by a space (``<<<<<<< HEAD``) or the line's end.
_MARKER = re.compile(r"^[ \t]*(<{7}|\|{7}|={7}|>{7})(?=[ \t]|\r?$)", re.M)
_CHEAP = ("<<<<<<<", "|||||||", "=======", ">>>>>>>")


def conflict_marker(text: str) -> tuple[int, str] | None:
    """The line (counted from 1) and the marker of the first merge conflict's marker in ``text``, or None."""
    if not any(m in text for m in _CHEAP):
        return None
    m = _MARKER.search(text)
    if m is None:
        return None
    return text.count("\n", 0, m.start()) + 1, m.group(1)


def conflict_message(line: int, marker: str) -> str:
    return (f"line {line}: a merge conflict's marker ({marker}) left in the file: a merge wrote both sides of a conflict "
            "between <<<<<<<, ======= and >>>>>>>; keep the side meant, remove the marker lines, and check again")


def holds_marker(value: str) -> bool:
    """A value (a text YAML read) holding a conflict's marker anywhere: a folded block joins the marker's line to the
    text around it."""
    return any(m in value for m in _CHEAP)


def cut_short(text: str) -> str | None:
    """The message for a file whose last line has no line break (an empty file has its own rule), or None."""
    if not text or text.endswith(("\n", "\r")):
        return None
    line = text.count("\n") + 1
    return (f"line {line}, the last, does not end in a line break: a write cut short (a full disk, a killed process, an "
            "interrupted copy) leaves a file so, its last value cut where it may still read; check that the last value is "
            "whole and end the file with a line break")


def decode_cut_short(reason: str, end: int, size: int) -> str:
    """A hint for a file that is not UTF-8 text because it ends inside a character (the decoder's 'unexpected end of
    data' at the file's end)."""
    if reason == "unexpected end of data" and end >= size:
        return " (the file ends inside a character: its write was cut short; check its last value and write it again)"
    return ""
