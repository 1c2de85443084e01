"""Round twelve of the checker (``tests/dataset/ROUND12.md``): what a hurried volunteer, a lawyer, a journalist and a
hostile user write, and the earlier rules let through.

Errors:

* a **withdrawal taking effect after it was revoked**: the last notification before the effect was followed by a
  ``withdrawal_revoked`` before the effect, with no new notification between (Art. 127(1): a revoked notification
  has no effect);
* a **surrender by a State that did not hold the person**: a ``surrendered`` status by one State on a day the record's
  custody spells show the person surely held by another State and not by it (Arts. 59, 89(1): the custodial State
  surrenders);
* a **trip while held by another State**: a trip (the person present) to one State, strictly inside a custody spell
  of another State that has a recorded end (the person cannot have travelled while held), and a **trip ending after
  the person's death** (the start is checked already);
* an **archive capture** (``web.archive.org/web/<timestamp>/...``) whose timestamp is no date, or which was taken
  before the source's own date (a page cannot be captured before it was published);
* an **address pasted twice**: the address holds its own beginning (scheme and host) a second time;
* a statement's **title counting the signatories in words** (``sixty-eight States``) other than the announced count
  or the complete list (the figures are compared already);
* an **alias that is a record id** (``omar-hassan-ahmad-al-bashir``): an id is a file name, not a name anyone is
  called; an alias with no letter (``1``), or ending in pasted punctuation (``Joseph Kony,``).

Warnings:

* an address carrying a **session id** (``;jsessionid=``, ``PHPSESSID=``, ``sessionid=``): it opens that visit's
  session, not the page, and may stop working; cite the address without it;
* an address on a **port** other than the scheme's own (``:8443``): a publisher's public page is not served there as a
  rule; cite the address the publisher gives, or say in a note why;
* an **alias that is a State's name**: a question naming the State would find the person (said in the note if
  deliberate, as for an alias that is another person's name).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import per_record_problems, sources_of
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan


def round12_problems(r: RecordSet) -> list[Problem]:
    return [*_revoked_then_effective(r), *_surrendered_by_holder(r), *_trips_while_held(r), *_trips_after_death(r),
            *_addresses(r), *_counts_in_words(r), *_aliases(r)]


def _first(value: str) -> dt.date:
    return DateSpan.parse(value).first


def _last(value: str) -> dt.date:
    return DateSpan.parse(value).last


# ------------------------------------------------------------------------------------------------ the law


def _revoked_then_effective(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        acts = [(i, a) for i, a in enumerate(st.participation) if a.instrument == "rome-statute"]
        for i, eff in acts:
            if eff.action != "withdrawal_effective":
                continue
            notes = [a for _, a in acts if a.action == "withdrawal_notified" and _last(a.date) < _first(eff.date)]
            if not notes:
                continue  # no notification: refused by the Art. 127 rule
            last_note = max(notes, key=lambda a: _first(a.date))
            revoked = [a for _, a in acts if a.action == "withdrawal_revoked"
                       and _first(a.date) >= _last(last_note.date) and _last(a.date) < _first(eff.date)]
            if revoked:
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].action",
                              f"a withdrawal taking effect on {eff.date}, but the notification of {last_note.date} was revoked on "
                              f"{revoked[0].date}: a revoked notification has no effect (Art. 127(1)); remove the effect, or "
                              "record the new notification it follows")


def _spells_of(r: RecordSet) -> dict[str, list[tuple[str, dt.date, dt.date | None, str]]]:
    """Person -> (holding State, the day from which the spell surely ran, the day to which it surely ran or None while
    it lasts, warrant) of every custody spell whose end is known (a spell that ended on a day the sources do not give,
    ``until_unknown``, may have ended any time after it began, so it shows no day the person was surely held but the
    first, and is left out)."""
    out: dict[str, list[tuple[str, dt.date, dt.date | None, str]]] = {}
    for key, w in r.warrants.items():
        for c in w.custody:
            if c.until is None and c.until_unknown is not None:
                continue
            out.setdefault(w.person, []).append((c.held_by, _last(c.since), _first(c.until) if c.until else None, key))
    return out


def _surrendered_by_holder(r: RecordSet) -> Iterator[Problem]:
    spells = _spells_of(r)
    for key, w in r.warrants.items():
        mine = spells.get(w.person, [])
        if not mine:
            continue
        for i, sc in enumerate(w.status_history):
            if sc.status != "surrendered" or not sc.by_state or not sc.date or sc.disputed:
                continue
            day = DateSpan.parse(sc.date)
            if not day.exact:
                continue
            holding = [s for s in mine if s[1] <= day.first and (s[2] is None or s[2] >= day.last)]
            if holding and not any(s[0] == sc.by_state for s in holding):
                others = ", ".join(sorted({s[0] for s in holding}))
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].by_state",
                              f"surrendered by {sc.by_state} on {sc.date}, but the record's custody spells show the person held "
                              f"that day by {others}, not by {sc.by_state}: the State that holds the person surrenders him "
                              "(Arts. 59, 89(1)); correct the State, or the spells")


_PRESENT = ("no_arrest", "arrest", "surrender", "arrest_and_release")


def _trips_while_held(r: RecordSet) -> Iterator[Problem]:
    spells = _spells_of(r)
    for key, e in r.events.items():
        if e.trip in ("planned", "cancelled") or e.action not in _PRESENT:
            continue
        day = DateSpan.parse(e.date)
        for held_by, since, until, wkey in spells.get(e.person, []):
            if held_by != e.state and until is not None and since < day.first and day.last < until:
                yield Problem(r.files[("events", key)], key, "date",
                              f"a trip to {e.state} on {e.date}, while {held_by} held the person ({wkey}: from {since} to "
                              f"{until}): correct the trip's date or State, or the spell")
                break


def _trips_after_death(r: RecordSet) -> Iterator[Problem]:
    died: dict[str, dt.date] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed:
                last = _last(sc.date)
                died[w.person] = min(last, died.get(w.person, last))
    for key, e in r.events.items():
        death = died.get(e.person)
        if death and e.end_date and e.action in _PRESENT and e.trip not in ("planned", "cancelled") \
                and _first(e.date) <= death < _first(e.end_date):
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"a trip ending on {e.end_date}, after the death of {e.person} recorded on {death}: end it at the "
                          "latest then, or correct the date")


# ------------------------------------------------------------------------------------------------ addresses


#: A Wayback Machine capture: its timestamp (YYYY[MM[DD[hh[mm[ss]]]]], optionally a mode suffix like ``id_``).
_CAPTURE = re.compile(r"^/web/(\d{1,14})(?:[a-z]{2}_)?/", re.I)
_ARCHIVE_HOSTS = frozenset({"web.archive.org", "wayback.archive.org"})
#: Query or path parameters that name a visitor's session, not the page.
_SESSION = re.compile(r"(?:^|[;&?])(jsessionid|phpsessid|aspsessionid[a-z]*|sessionid|session_id|cfid|cftoken)=[^&;#]{6,}", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _capture_day(ts: str) -> dt.date | None:
    """The first day a capture timestamp can mean, or None when it is no date."""
    if len(ts) < 4:
        return None
    try:
        year, month, day = int(ts[:4]), int(ts[4:6] or 1), int(ts[6:8] or 1)
        dt.date(year, month, day)
        hh, mm, ss = int(ts[8:10] or 0), int(ts[10:12] or 0), int(ts[12:14] or 0)
        if len(ts) % 2 or hh > 23 or mm > 59 or ss > 59:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def _addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _address_findings)


def _address_findings(obj: Any) -> Iterator[tuple[str, str, str]]:
    """(field path, message, severity) of what ``_addresses`` finds in one record's sources, each source once (as
    ``each_source`` gives them): it depends on the record alone, so it is kept per record object (``walked``), as round
    9's and round 11's address rules are (a check of the record walked every source's address again: a tenth of a
    warm check of data/)."""
    seen: set[int] = set()
    for at, s in sources_of(obj):
        if id(s) in seen:
            continue
        seen.add(id(s))
        url = s.url
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        head = f"{parts.scheme}://{parts.netloc}".lower()
        if parts.netloc and url.lower().count(head) > 1:
            yield f"{at}.url", f"{url[:120]!r} holds its own beginning ({head}) twice: an address pasted twice; keep one", "error"
        if host in _ARCHIVE_HOSTS and (m := _CAPTURE.match(parts.path)):
            taken = _capture_day(m.group(1))
            if taken is None:
                yield (f"{at}.url", f"the archive capture's timestamp {m.group(1)} is no date (YYYYMMDDhhmmss): "
                       "copy the capture's address as the archive gives it", "error")
            elif s.date and taken < _first(s.date) and len(m.group(1)) >= 8:
                yield (f"{at}.url", f"the archive captured this page on {taken}, before the source's own date "
                       f"{s.date}: a page cannot be captured before it was published; correct the date, or cite the capture "
                       "of the page the source is", "error")
        if m := _SESSION.search(parts.path + ("?" + parts.query if parts.query else "")):
            yield (f"{at}.url", f"the address carries a session id ({m.group(1)}): it names one visit, not the page, "
                   "and may stop working; cite the address without it", "warning")
        try:
            port = parts.port
        except ValueError:
            port = None
        if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
            yield (f"{at}.url", f"the address names port {port}: a publisher's public pages are served on the "
                   "scheme's own port as a rule; cite the address the publisher gives, or say in a note why", "warning")


# ------------------------------------------------------------------------------------------------ texts


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_UNITS)}
    for t in range(2, 10):
        words[_TENS[t]] = t * 10
        for u in range(1, 10):
            for sep in ("-", " "):
                words[f"{_TENS[t]}{sep}{_UNITS[u]}"] = t * 10 + u
    for n, w in list(words.items()):
        if 0 < w < 100:
            words[f"one hundred and {n}"] = 100 + w
            words[f"one hundred {n}"] = 100 + w
    words["one hundred"] = 100
    return words


_WORDS = _number_words()
_WORD_COUNT = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) +
                         r")\s+(?:States?|countries|nations|governments)\b", re.I)


def _counts_in_words(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        m = _WORD_COUNT.search(s.title or "")
        if not m:
            continue
        said = _WORDS[re.sub(r"\s+", " ", m.group(1).lower())]
        known = s.announced_signatories if s.announced_signatories is not None else (len(s.signatories) if s.complete else None)
        if known is not None and said != known:
            what = "announced_signatories" if s.announced_signatories is not None else "complete list of signatories"
            yield Problem(r.files[("statements", key)], key, "title",
                          f"the title counts {m.group(1)!r} ({said}) States, the {what} {known}: correct one of them")


_TRAILING = re.compile(r"[,;:]\s*$")


def _aliases(r: RecordSet) -> Iterator[Problem]:
    ids = set(r.persons) | set(r.warrants) | set(r.situations)
    states: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.short_name, st.official_name):
            if n:
                states.setdefault(n.casefold(), iso3)
    for key, p in r.persons.items():
        f = r.files[("persons", key)]
        if p.name.casefold() in states:  # round fifteen: the name as its aliases
            yield Problem(f, key, "name", f"{p.name!r} is the name of the State {states[p.name.casefold()]}: a question naming the "
                          "State would find this person; say in the note why it is also his or her name", "warning")
        for i, alias in enumerate(p.aliases):
            at = f"aliases[{i}]"
            if alias in ids:
                yield Problem(f, key, at, f"{alias!r} is a record id (a file name), not a name anyone is called: remove it, or "
                              "write the name as the sources do")
            elif not any(c.isalpha() for c in alias):
                yield Problem(f, key, at, f"{alias!r} holds no letter: an alias is a name as the sources write it")
            elif _TRAILING.search(alias):
                yield Problem(f, key, at, f"{alias!r} ends in pasted punctuation: remove it")
            elif alias.casefold() in states:
                yield Problem(f, key, at, f"{alias!r} is the name of the State {states[alias.casefold()]}: a question naming the "
                              "State would find this person; say in the note why it is also his or her name", "warning")
