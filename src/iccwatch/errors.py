"""The typed errors the interfaces share (CLI, API, dashboard), and the one mapping from their kind to an
HTTP status and a CLI exit code.

Every expected error is a ``TypedError`` of one kind: ``input`` (a bad value: 422), ``not_found`` (no such
State, person or record: 404), ``conflict`` (the request clashes with the state of a thing, e.g. a review
candidate already decided: 409). Anything else is of kind ``unknown``: a fault, not the user's (500). The
API (``api/errors.py``), the dashboard (``web/errors.py``) and the CLI (``cli/base.py`` ``user_errors``)
read the status and the exit code from ``HTTP_STATUS`` and ``EXIT_CODE`` here, never one by one; the CLI
exits 2 on every expected error, as Click does on a usage error (scripts read the message, not the code).
"""

from __future__ import annotations

from typing import ClassVar, Literal

ErrorKind = Literal["input", "not_found", "conflict", "unknown"]

#: The one mapping: the HTTP status of each kind of error.
HTTP_STATUS: dict[ErrorKind, int] = {"input": 422, "not_found": 404, "conflict": 409, "unknown": 500}
#: The one mapping: the CLI's exit code for each kind of error (1 as for an unexpected failure).
EXIT_CODE: dict[ErrorKind, int] = {"input": 2, "not_found": 2, "conflict": 2, "unknown": 1}


class TypedError(Exception):
    """An expected error: its ``kind`` decides the HTTP status and the exit code; ``field``, when set, is the
    request field or command option it is about."""

    kind: ClassVar[ErrorKind] = "unknown"
    field: str | None = None


class InputError(TypedError, ValueError):
    """A bad value given by the user (422)."""

    kind: ClassVar[ErrorKind] = "input"


class NotFoundError(TypedError, LookupError):
    """No such State, person or record (404)."""

    kind: ClassVar[ErrorKind] = "not_found"


class ConflictError(TypedError, ValueError):
    """A request that clashes with the present state of what it acts on (409)."""

    kind: ClassVar[ErrorKind] = "conflict"


def kind_of(exc: BaseException) -> ErrorKind:
    """The kind of an error: its own if typed, else ``unknown``."""
    return exc.kind if isinstance(exc, TypedError) else "unknown"


def http_status(exc: BaseException) -> int:
    return HTTP_STATUS[kind_of(exc)]


def exit_code(exc: BaseException) -> int:
    return EXIT_CODE[kind_of(exc)]


class FieldError(InputError):
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
