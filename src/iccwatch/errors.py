"""The one input-error type the interfaces share (CLI, API, dashboard): a bad value in a named field."""

from __future__ import annotations


class FieldError(ValueError):
    """A bad value in a named field of a request or a command (answered 422, naming the field)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


#: A value quoted in an error message longer than this is shortened (a pasted page is not echoed back).
QUOTED_MAX = 80


def shorten_quoted(message: str) -> str:
    """The message with each quoted value over QUOTED_MAX characters cut to its start and its length:
    ``'AAAA…' (5000 characters)``. The CLI and the API pass every error message through it."""
    import re

    def cut(m: re.Match[str]) -> str:
        value = m.group(2)
        return f"{m.group(1)}{value[:60]}…{m.group(1)} ({len(value)} characters)"

    # A quotation opens after a non-word character and closes before one: "'2024-09' is ... as 'YYYY-MM'"
    # holds two short values, not one long one.
    pattern = r"""(?<!\w)(['"])([^'"\n]{""" + str(QUOTED_MAX + 1) + r""",})\1(?!\w)"""
    return re.sub(pattern, cut, message)
