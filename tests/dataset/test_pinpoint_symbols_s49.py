"""Session 49: a document's symbol in a pinpoint is no location numbered below zero.

The below-zero rule (round twenty) reads a location label followed by a minus sign and a number ("p. -3",
"characters -5-60"). Its labels include "s" (a section), so the Assembly's resolution "ICC-ASP/S-1/Res.1", named in
a pinpoint, was refused as "'S-1' numbers a location below zero". A label that follows a slash or a hyphen is part of
a symbol; a label standing as a word is still read.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.pinpoint_checks import _below_zero
from iccwatch.model.common import Source

URL = "https://asp.icc-cpi.int/press-releases/PR-20250710"


def _problems(records: RecordSet, pinpoint: str) -> list[tuple[str, str]]:
    instrument = records.instruments["kampala-aggression"].model_copy(
        update={"sources": [Source(url=URL, kind="primary", pinpoint=pinpoint)]})
    return list(_below_zero(instrument))


@pytest.mark.parametrize("pinpoint", [
    'second paragraph: resolution ICC-ASP/S-1/Res.1, "The review of the crime of aggression"',
    "the filing ICC-01/14-P-1, first page",
    "document A/S-2/3, para. 4",
])
def test_a_symbol_with_a_label_after_a_slash_or_hyphen_passes(records: RecordSet, pinpoint: str) -> None:
    assert _problems(records, pinpoint) == []


@pytest.mark.parametrize("pinpoint", ["p. -3", "characters -5-60", "para. \u22124", "s. -1 of the act",
                                      "resolution ICC-ASP/S-1/Res.1, section -2"])
def test_a_location_below_zero_is_still_refused(records: RecordSet, pinpoint: str) -> None:
    problems = _problems(records, pinpoint)
    assert len(problems) == 1 and "below zero" in problems[0][1]
