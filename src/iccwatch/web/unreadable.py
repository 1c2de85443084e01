"""The answer to a request the HTTP layer cannot read (a head larger than it reads, or no HTTP at all): the API's JSON
error shape for the API's paths, a short HTML page for the site's (round 30, session 47: uvicorn's h11 protocol answered
its own plain text, "Invalid HTTP request received.", whatever the path). And a request head not finished within
``ICCWATCH_HEAD_WAIT`` seconds (30 by default) from its first byte or the connection's start is answered 408 and closed
(round 30: a client sending a byte every 2 s held its connection for ever; 400 of them took every descriptor of a server
allowed 300, and no client was answered again, even after they left).

The request never reaches the app (its head was not read whole), so the path is told from the first bytes the client
sent, as far as they go; a head whose first line is not there is answered as the site's (HTML).
"""

from __future__ import annotations

import asyncio
import math
import os
from typing import Any

import h11
from h11._connection import (
    DEFAULT_MAX_INCOMPLETE_EVENT_SIZE,  # h11's own default, as uvicorn reads it
)
from uvicorn.protocols.http.h11_impl import H11Protocol

from iccwatch import refusal
from iccwatch.errors import InputError

#: How many of a request's first bytes are kept to tell its path (the method, the path and the start of the query).
_KEPT = 1024


#: The setting, and the seconds a client has to send a request's whole head (its address and headers) when it is not set.
HEAD_WAIT_SETTING = "ICCWATCH_HEAD_WAIT"
HEAD_WAIT = 30.0


def head_wait() -> float:
    """The seconds a request's head may take to arrive (``ICCWATCH_HEAD_WAIT`` when set); a bad value is an ``InputError``
    naming the setting."""
    raw = os.environ.get(HEAD_WAIT_SETTING, "").strip()
    if not raw:
        return HEAD_WAIT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not (0 < seconds <= 3_600):  # also refuses nan and inf
        raise InputError(f"{HEAD_WAIT_SETTING}={raw!r}: give the seconds a client has to send a request's head, a number "
                         "above 0 and at most 3600; the server was not started")
    return seconds


def _message(received: int) -> str:
    limit = DEFAULT_MAX_INCOMPLETE_EVENT_SIZE // 1024
    if received >= DEFAULT_MAX_INCOMPLETE_EVENT_SIZE:
        return (f"the request's head (its address and headers) is larger than this server reads ({limit} kB): it was not read "
                "and nothing was changed; shorten the address (fewer or shorter parameters) or the headers")
    return "the request could not be read as HTTP (a malformed request line or header): it was not read and nothing was changed"


def body(head: bytes, received: int, message: str | None = None, heading: str | None = None) -> tuple[bytes, bytes]:
    """(content type, body) of the 400 (or, with ``message``, another refusal, headed ``heading`` on the site's pages) for a
    request whose first bytes are ``head`` (``received`` bytes of it read): ``iccwatch.refusal``'s, by the path those bytes
    name."""
    path, said = refusal.path_of(head), message or _message(received)
    kind, text = refusal.body(path, said) if heading is None else refusal.body(path, said, heading)
    return kind.encode(), text


class Protocol(H11Protocol):
    """uvicorn's h11 protocol, its 400 for an unreadable request in the API's or the site's shape (``body``), and a head
    that takes longer than ``head_wait`` answered 408 and closed."""

    #: The seconds a request's head may take (``serve`` sets it from ``head_wait()`` on a subclass, ``waiting``).
    wait = HEAD_WAIT

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # uvicorn's own arguments, passed on
        super().__init__(*args, **kwargs)
        self._head = b""
        self._received = 0
        self._head_timer: asyncio.TimerHandle | None = None

    @classmethod
    def waiting(cls, seconds: float) -> type[Protocol]:
        """This protocol with a head wait of ``seconds``."""
        return type("Protocol", (cls,), {"wait": seconds})

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._time_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def _time_head(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.wait, self._head_too_slow)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE or not self._received:
            return  # gone, its head read meanwhile, or idle between requests (uvicorn's keep-alive wait ends those)
        kind, text = body(self._head, self._received, f"the request's head (its address and headers) did not arrive within "
                          f"{self.wait:g} seconds: it was not read and nothing was changed; send it again",
                          "Too slow: send it again")
        self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: " + kind + b"\r\nconnection: close\r\n"
                             b"content-length: " + str(len(text)).encode() + b"\r\n\r\n" + text)
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:  # a request's head not yet read whole: keep its start, time it
            if len(self._head) < _KEPT:
                self._head += data[:_KEPT - len(self._head)]
            self._received += len(data)
            self._time_head()
        else:
            self._head, self._received = b"", 0
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is read whole: no longer timed
            self._stop_head_timer()

    def on_response_complete(self) -> None:
        self._head, self._received = b"", 0
        self._stop_head_timer()
        super().on_response_complete()

    def send_400_response(self, msg: str) -> None:
        kind, text = body(self._head, self._received)
        event = h11.Response(status_code=400, reason=b"Bad Request",
                             headers=[(b"content-type", kind), (b"connection", b"close"), (b"content-length", str(len(text)).encode())])
        self.transport.write(self.conn.send(event))
        self.transport.write(self.conn.send(h11.Data(data=text)))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()
