"""The one input-error type the interfaces share (CLI, API, dashboard): a bad value in a named field."""

from __future__ import annotations


class FieldError(ValueError):
    """A bad value in a named field of a request or a command (answered 422, naming the field)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
