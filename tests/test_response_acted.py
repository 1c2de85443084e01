"""A response's `acted` follows from its kind where the kind says it, so `assess gaps` counts a Council
briefing recorded without `acted` the same as one recorded with `acted: false`."""

from __future__ import annotations

import pytest

from iccwatch.model import Response

SOURCE = {"url": "https://press.un.org/en/2016/sc12583.doc.htm", "publisher": "United Nations", "kind": "primary"}


def _response(**extra: object) -> Response:
    return Response.model_validate({"id": "x", "body": "UNSC", "date": "2016-11-09", "situation": "libya",
                                    "summary": "s", "sources": [SOURCE], **extra})


@pytest.mark.parametrize(("kind", "acted"), [("unsc_discussion", False), ("unsc_action", True)])
def test_acted_unset_follows_the_kind(kind: str, acted: bool) -> None:
    assert _response(kind=kind).acted is acted


def test_a_recorded_acted_is_kept() -> None:
    # the checker, not the model, refuses a recorded value the kind contradicts
    assert _response(kind="unsc_discussion", acted=True).acted is True


def test_an_assembly_procedure_step_stays_unknown_unless_recorded() -> None:
    r = Response.model_validate({"id": "y", "body": "ASP", "date": "2013-02-13", "kind": "formal", "decision": "d",
                                 "summary": "s", "sources": [SOURCE]})
    assert r.acted is None
