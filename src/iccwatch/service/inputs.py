"""Parsing what a person types (the CLI, the API and the web pages share it)."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from typing import Any

from iccwatch.errors import InputError
from iccwatch.model import DateSpan
from iccwatch.model.dates import not_ascii_hint

#: The one hint about month-only dates, wherever a day is asked for (the CLI's ``MONTH_HINT`` is the
#: same text: tests/test_cli.py checks it).
MONTH_HINT = ("a question is asked on one day: give YYYY-MM-DD (the record keeps month-only dates as "
              "'YYYY-MM' and answers for every day of that month)")


def parse_day(text: str | None, today: dt.date | None = None) -> dt.date:
    """A query date: exact ISO day (YYYY-MM-DD), default today. A month or a year alone is refused with
    the one hint (the CLI, the API and the dashboard give the same message)."""
    if text is None:
        return today or dt.date.today()
    text = text.strip()  # spaces around a date pasted from elsewhere are not part of it
    if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}){0,2}", text):
        # said here, not by the record's parser: that one also takes YYYY-MM and YYYY, which a question refuses
        raise InputError(f"{text!r} is not a date: give YYYY-MM-DD (e.g. 2024-09-03){not_ascii_hint(text)}")
    span = DateSpan.parse(text)
    if not span.exact:
        what = "a month" if len(text.strip()) == 7 else "a year" if len(text.strip()) == 4 else "not one day"
        raise InputError(f"{text!r} is {what}: {MONTH_HINT}")
    return span.first


def parse_until(text: str) -> dt.date:
    """The end of a list's period: a day (YYYY-MM-DD), or a month or a year, read as its last day: what had
    happened by the end of December 2024 is what had happened by 2024-12-31. (A question is asked on one
    day, ``parse_day``; a list up to a month has one meaning.)"""
    text = text.strip()
    if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}){0,2}", text):
        raise InputError(f"{text!r} is not a date: give YYYY-MM-DD, or YYYY-MM or YYYY for the end of a month or a year"
                         f"{not_ascii_hint(text)}")
    return DateSpan.parse(text).last


def as_code(text: str) -> str:
    """A stored code typed as the answers print it: "Former party", "former-party" and "former_party" are
    ``former_party`` (case, spaces and hyphens aside)."""
    return re.sub(r"[\s\-]+", "_", text.strip()).casefold()


#: What a query parameter of another name most likely meant (the CLI's option names), for the hint.
_MEANT = {"until": "`on` (the CLI's --until)", "date": "`on`", "query": "`q`", "search": "`q`",
          # session 44: the search box's name, or a plain 'text', given to an address that reads a question in words
          "q": "`question`", "text": "`question`"}
_known: dict[int, tuple[str, ...]] = {}


def _query_names(dependant: Any) -> list[str]:
    names = [f.alias for f in dependant.query_params]
    for sub in dependant.dependencies:
        names += _query_names(sub)
    return names


def unknown_params(route: Any, given: list[str], also: tuple[str, ...] = ()) -> tuple[list[str], tuple[str, ...]]:
    """Of the query parameters ``given``, those the web ``route`` (FastAPI's, with its ``dependant``) does
    not take, in the order given; and those it takes: its declared query parameters, and ``also`` (those
    a page reads itself, as ``page``). The API refuses the first (a 422); a dashboard page names it in a
    notice. Both in ``unknown_param_message``'s words."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return [], ()
    known = _known.get(id(route))
    if known is None:
        known = _known[id(route)] = tuple(dict.fromkeys(_query_names(dependant)))
    known = tuple(dict.fromkeys((*known, *also)))
    return [k for k in dict.fromkeys(given) if k not in known], known


def _takes_many(annotation: Any) -> bool:
    """True for a parameter declared as a list (``list[str] | None``): one given several times."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_takes_many(a) for a in typing.get_args(annotation))
    return origin in (list, set, tuple, frozenset) or annotation in (list, set, tuple, frozenset)


def _single_names(dependant: Any) -> list[str]:
    names = [f.alias for f in dependant.query_params if not _takes_many(getattr(f.field_info, "annotation", None))]
    for sub in dependant.dependencies:
        names += _single_names(sub)
    return names


_single: dict[int, frozenset[str]] = {}


def repeated_params(route: Any, given: list[str]) -> list[str]:
    """Of the query parameter names ``given`` (one entry per occurrence), those the web ``route`` declares as one
    value but that are given more than once (``?on=2010-01-01&on=2020-01-01``): the framework keeps the last and
    drops the rest without a word, so the answer would be for a value the asker may not have meant (round fourteen).
    A parameter declared as a list (``assume``) may be repeated."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return []
    single = _single.get(id(route))
    if single is None:
        single = _single[id(route)] = frozenset(_single_names(dependant))
    seen: set[str] = set()
    twice: list[str] = []
    for name in given:
        if name in seen and name in single and name not in twice:
            twice.append(name)
        seen.add(name)
    return twice


def unknown_param_message(name: str, known: tuple[str, ...]) -> str:
    """The words of the API's 422 and of the dashboard's notice for a parameter an address does not take."""
    meant = f"; did you mean {_MEANT[name]}?" if name in _MEANT and _MEANT[name].split("`")[1] in known else ""
    return f"{name!r} is not a parameter of this address{meant}; it takes: {', '.join(known) or 'none'}"
