"""A person's standing in a case (the statuses of the person's warrants: convicted, acquitted, released on completing a
sentence) against the Court's rulings the record holds. Run by ``checks.py`` in the order of ``CHECKS`` there
(tests/dataset/ROUND31.md).

Errors:

* a **conviction recorded after an acquittal** on one warrant with no appeal judgment of the person on the conviction's
  day: an acquittal ends the trial (Art. 74); only the Appeals Chamber may reverse it (Art. 83(2))
  (``verdicts_in_order``);
* a **verdict on the day the person came before the Court** (``convicted`` or ``acquitted`` on the day of the
  ``arrested``, ``surrendered`` or ``appeared_voluntarily`` status of the same warrant): a trial follows the confirmation
  of the charges (Art. 61), which follows the person's first appearance (Art. 60) (``verdicts_in_order``);
* a **release on completing a sentence** (``released``, ``ground: sentence_completed``) dated on or before the person's
  first conviction (a ``convicted`` status of any warrant of the person, or a conviction ruling), or with no conviction
  recorded at all; and one dated before every sentence ruling the record holds for the person: a sentence runs from a
  conviction and its sentence (Arts. 76, 77) (``sentences_completed``).

Warnings:

* an **acquittal with no ruling** of the person that acquits (an ``acquittal`` or an ``appeal_judgment`` on that day):
  the record may hold the status without the ruling; record the ruling, or say in the status's note where it is
  (``verdicts_in_order``);
* **both verdicts on one day** on one warrant (``convicted`` and ``acquitted``): one judgment may convict on some
  charges and acquit on others; the person's standing is then the conviction: say so in a note, or keep one status
  (``verdicts_in_order``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day
from iccwatch.dataset.records import RecordSet

#: The statuses with which a person comes before the Court (in its custody, or on a summons).
_BEFORE_THE_COURT = ("arrested", "surrendered", "appeared_voluntarily")
#: The rulings that may acquit a person: a trial judgment, or an appeal judgment reversing a conviction (Art. 83(2)).
_ACQUITTING = ("acquittal", "appeal_judgment")


def _rulings(r: RecordSet, person: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """(date, id) of the rulings of ``kinds`` that name ``person``."""
    return [(d.date, key) for key, d in r.decisions.items() if d.kind in kinds and person in d.persons]


def _same_day(a: str, b: str) -> bool:
    return first_day(a) <= last_day(b) and first_day(b) <= last_day(a)


def verdicts_in_order(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        f = r.file_of("warrants", key)
        dated = [(i, s) for i, s in enumerate(w.status_history) if s.date]
        appeals = _rulings(r, w.person, ("appeal_judgment",))
        acquitting = _rulings(r, w.person, _ACQUITTING)
        for i, s in dated:
            assert s.date is not None
            if s.status == "acquitted" and not any(_same_day(day, s.date) for day, _ in acquitting):
                yield Problem(f, key, f"status_history[{i}]",
                              f"acquitted on {s.date}, but the record holds no ruling acquitting {w.person} that day (an acquittal "
                              "or an appeal judgment): record the ruling, or say in the status's note where it is", severity="warning")
            if s.status not in ("convicted", "acquitted"):
                continue
            for j, t in dated:
                assert t.date is not None
                if t.status in _BEFORE_THE_COURT and t.date == s.date and len(s.date) == 10:
                    yield Problem(f, key, f"status_history[{i}]",
                                  f"{s.status} on {s.date}, the day the person {t.status.replace('_', ' ')} (status_history[{j}]): a "
                                  "trial follows the confirmation of the charges (Art. 61) after the first appearance (Art. 60); "
                                  "correct one of the dates")
                if s.status == "convicted" and t.status == "acquitted" and last_day(t.date) < first_day(s.date) and not any(
                        _same_day(day, s.date) for day, _ in appeals):
                    yield Problem(f, key, f"status_history[{i}]",
                                  f"convicted on {s.date}, after the acquittal of {t.date} (status_history[{j}]), with no appeal "
                                  f"judgment of {w.person} that day: only the Appeals Chamber reverses an acquittal (Art. 83(2)); "
                                  "record the appeal judgment, or correct the status")
                if s.status == "convicted" and t.status == "acquitted" and s.date == t.date:
                    yield Problem(f, key, f"status_history[{max(i, j)}]",
                                  f"convicted and acquitted on one day ({s.date}): one judgment may convict on some charges and "
                                  "acquit on others, and the standing is then the conviction: say so in a note, or keep one status",
                                  severity="warning")


def _convictions(r: RecordSet, person: str) -> list[dt.date]:
    days = [first_day(s.date) for w in r.warrants.values() if w.person == person for s in w.status_history
            if s.status == "convicted" and s.date]
    return days + [first_day(day) for day, _ in _rulings(r, person, ("conviction",))]


def sentences_completed(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        for i, s in enumerate(w.status_history):
            if s.status != "released" or s.ground != "sentence_completed" or not s.date:
                continue
            f = r.file_of("warrants", key)
            convicted = _convictions(r, w.person)
            if not convicted or min(convicted) >= last_day(s.date):
                first = f"the first conviction recorded is of {min(convicted)}" if convicted else "the record holds no conviction"
                yield Problem(f, key, f"status_history[{i}].ground",
                              f"released on {s.date} on completing a sentence, but {first} of {w.person}: a sentence runs from "
                              "a conviction (Arts. 76, 77); correct the date or the ground, or record the conviction")
                continue
            sentences = _rulings(r, w.person, ("sentence",))
            if sentences and all(first_day(day) > last_day(s.date) for day, _ in sentences):
                day, ruling = min(sentences)
                yield Problem(f, key, f"status_history[{i}].ground",
                              f"released on {s.date} on completing a sentence, before the sentence itself ({ruling}, {day}): "
                              "correct the date or the ground")
