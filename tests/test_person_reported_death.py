"""A warrant whose person the record holds as deceased, yet still outstanding (a death only reported: the
law's Art. 58(4) rule), says why beside the pair, in the service's view and the CLI (session 15); an
established death, which ends the warrant, carries no such note."""

from __future__ import annotations

import pytest

from iccwatch import service
from iccwatch.facts import Facts


def _deceased_persons(facts: Facts) -> list[str]:
    return sorted({w.person for w in facts.records.warrants.values() if any(h.status == "deceased" for h in w.status_history)})


def test_a_deceased_person_s_outstanding_warrant_says_why_and_an_ended_one_does_not(facts: Facts) -> None:
    seen = {"note": 0, "ended": 0}
    for pid in _deceased_persons(facts):
        view = service.person_view(facts, pid)
        for w in view["warrants"]:
            if w["status"] != "deceased":
                continue
            if w["outstanding"]:
                assert "58(4)" in w.get("outstanding_note", ""), (pid, w)
                seen["note"] += 1
            else:
                assert "outstanding_note" not in w, (pid, w)
                seen["ended"] += 1
    if not any(seen.values()):
        pytest.skip("no warrant in the record reads 'deceased' on the record's date")
