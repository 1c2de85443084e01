"""Instruments and the Security Council's resolutions: what a resolution's symbol, fields and Art. 16 requests say, and the
Council's responses. Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* a **resolution whose symbol, citation and adoption disagree**: the number in ``symbol`` and in ``citation`` differ, or
  the year in either is not the year it was ``adopted`` (``resolution_numbers``; tests/dataset/ROUND7.md);
* what only a **Council resolution** says (the ``situation`` it referred, the States and others it ``obliges``, its
  ``cooperation_paragraph``) on another instrument, and an ``entry_into_force`` on a resolution (it takes effect when
  adopted; a treaty or agreement enters into force) (``council_fields``; tests/dataset/ROUND7.md);
* a **Council response about a situation the Council did not refer**: the Security Council takes up non-cooperation in a
  situation it referred (Art. 13(b)) or a finding the Court referred to it (Art. 87(7), checked already); in a State
  referral or a situation opened by the Prosecutor it has nothing to respond to under the Statute
  (``council_responses``; tests/dataset/ROUND13.md);
* a Security Council **request under Art. 16** (``art16_request`` on a resolution) whose period ends before it starts,
  or runs longer than the twelve months Art. 16 allows (a longer deferral is a renewal, in another resolution); that
  names a person or a situation the record does not hold; that ``renews`` a resolution the record does not hold, itself,
  a resolution that makes no such request, or one whose period it does not follow (a renewal begins after the renewed
  period ends) (``article_16_requests``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import span_or_none
from iccwatch.dataset.records import RecordSet
from iccwatch.model.rome_statute import one_year_after

#: "S/RES/1593 (2005)", "UNSC res 1593 (2005)": a resolution's number and year.
_RESOLUTION = re.compile(r"(\d+)\s*\((\d{4})\)")


def resolution_numbers(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        if ins.kind not in ("unsc_resolution", "asp_resolution"):
            continue
        f = r.files[("instruments", key)]
        found = {name: m.groups() for name in ("symbol", "citation") if (m := _RESOLUTION.search(getattr(ins, name) or ""))}
        if len(found) == 2 and found["symbol"] != found["citation"]:
            yield Problem(f, key, "symbol", f"{ins.symbol!r} and the citation {ins.citation!r} name two resolutions")
        if ins.adopted:
            for name, (_, year) in found.items():
                if year != ins.adopted[:4]:
                    yield Problem(f, key, name, f"{getattr(ins, name)!r} is of {year}, but the resolution was adopted on {ins.adopted}")


#: Fields that say what a Council resolution referred and whom it obliges (Art. 13(b); Art. 25 of the
#: Charter); the law engine reads them as binding.
_COUNCIL_FIELDS = ("situation", "obliges_states", "obliges_others", "cooperation_paragraph")


def council_fields(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        f = r.files[("instruments", key)]
        if ins.kind != "unsc_resolution":
            for name in _COUNCIL_FIELDS:
                if getattr(ins, name):
                    yield Problem(f, key, name, f"{name} on a {ins.kind}: only a Security Council resolution refers a situation "
                                  "and obliges States by its own decision (a treaty binds its parties)")
        if ins.kind in ("unsc_resolution", "asp_resolution") and ins.entry_into_force:
            yield Problem(f, key, "entry_into_force", f"entry_into_force on a {ins.kind}: a resolution takes effect when adopted "
                          f"({ins.adopted or 'adopted: unknown'}); a treaty or agreement enters into force")


def council_responses(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        sit = r.situations.get(rs.situation or "")
        if rs.body != "UNSC" or sit is None or sit.trigger == "unsc_referral":
            continue
        yield Problem(r.files[("responses", key)], key, "situation",
                      f"a Council response about {sit.id}, a situation the Council did not refer ({sit.trigger}): the Council takes "
                      "up non-cooperation in a situation it referred (Art. 13(b)) or a finding the Court referred to it (Art. 87(7)); "
                      "correct the body or the situation")


def article_16_requests(r: RecordSet) -> Iterator[Problem]:
    for iid, ins in r.instruments.items():
        req = ins.art16_request
        if req is None:
            continue
        f = r.file_of("instruments", iid)
        start, end = span_or_none(req.start), span_or_none(req.end)
        if start and end:
            if end.last < start.first:
                yield Problem(f, iid, "art16_request.end", f"the request's period ends ({req.end}) before it starts ({req.start})")
            elif end.first > one_year_after(start.last) - dt.timedelta(days=1):
                yield Problem(f, iid, "art16_request.end",
                              f"a period from {req.start} to {req.end} is longer than the twelve months Art. 16 allows: a longer "
                              "deferral is a renewal, recorded on the resolution that renews it (renews)")
        for i, pid in enumerate(req.persons):
            if pid not in r.persons:
                yield Problem(f, iid, f"art16_request.persons[{i}]", f"unknown person {pid!r} (no data/persons/{pid}.yaml)")
        for i, sid in enumerate(req.situations):
            if sid not in r.situations:
                yield Problem(f, iid, f"art16_request.situations[{i}]", f"unknown situation {sid!r} (no data/situations/{sid}.yaml)")
        if req.renews is None:
            continue
        renewed = r.instruments.get(req.renews)
        if req.renews == iid:
            yield Problem(f, iid, "art16_request.renews", "the request renews its own resolution: name the resolution whose request it renews")
        elif renewed is None:
            yield Problem(f, iid, "art16_request.renews", f"unknown instrument {req.renews!r} (no data/instruments/{req.renews}.yaml)")
        elif renewed.art16_request is None:
            yield Problem(f, iid, "art16_request.renews",
                          f"{req.renews} makes no request under Art. 16 (no art16_request): a renewal renews a request")
        elif start and (before := span_or_none(renewed.art16_request.end)) and start.last <= before.first:
            yield Problem(f, iid, "art16_request.start",
                          f"the renewal begins ({req.start}) before the request it renews ends ({renewed.art16_request.end}): a "
                          "renewal's period follows the renewed one")
