"""Whether the client of the request being answered has hung up (round 31, session 47): a long computation checks
``check()`` where it can stop (between the chunks of a read) and stops with ``ClientGone``, which the server's guard
answers to nobody. Set per request by ``api.guard.HangUp``; outside a request (the CLI, a test) nobody has gone."""

from __future__ import annotations

import threading
from contextvars import ContextVar

#: The request's hang-up, set by the server for each GET or HEAD (a context variable: the worker thread that runs a sync
#: page gets a copy of the request's context, so it sees the same event).
GONE: ContextVar[threading.Event | None] = ContextVar("iccwatch_client_gone", default=None)


class ClientGone(Exception):  # noqa: N818 - what happened, not an error of the program or the input
    """The client hung up before its answer was ready: the work was stopped, nothing to answer."""


def check() -> None:
    """Raise ``ClientGone`` if the client of the request being answered has hung up; nothing outside a request."""
    event = GONE.get()
    if event is not None and event.is_set():
        raise ClientGone
