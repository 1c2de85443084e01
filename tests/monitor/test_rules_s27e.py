"""A part not taken ("is not taking part in the summit") gives no visit, as "is not attending" gives none; and a trip only
supposed, its subject a name with a hyphen or an apostrophe (session 27, from mplanned's probing): "If
al-Bashir travels to Kenya ..." gave a trip to come, as the condition's subject was read only as plain words. Sentences
written for the test; the contrasts are trips told as made or planned beside a condition on something else."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"


def _trips(spec, text: str) -> set[tuple[str, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date="2016-07-10")
    return {(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type in ("visit", "planned_visit")}


@pytest.mark.parametrize("text", [
    "If al-Bashir travels to Kenya next week, he would be arrested.",
    "If Omar al-Bashir left for Kenya next week, he would be arrested.",
    "If Omar al-Bashir visits Kenya, the police must detain him, the court said.",
    "Rights groups said that if al-Bashir attends the summit in Nairobi, Kenya must arrest him.",
])
def test_a_trip_supposed_of_a_hyphenated_name_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[2] == "KEN"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Omar al-Bashir will travel to Kenya next week, officials said, even if critics object.", "planned_visit"),
    ("Omar al-Bashir arrived in Kenya on Friday; it is unclear if al-Bashir met the president.", "visit"),
    ("Al-Bashir will travel to Kenya next week. If al-Bashir attends, Kenya must arrest him, rights groups said.", "planned_visit"),
])
def test_a_trip_told_beside_a_condition_on_something_else_stands(spec, text: str, kind: str) -> None:  # noqa: ANN001
    assert (kind, BASHIR, "KEN") in _trips(spec, text)


# --- a part not taken: "not taking part" is no presence (session 27, from mplanned's probing) ------------------------------

ETH_SUMMIT = "the summit in Addis Ababa"


@pytest.mark.parametrize("text", [
    f"Omar al-Bashir is not taking part in {ETH_SUMMIT}, his office said.",
    f"Omar al-Bashir did not take part in {ETH_SUMMIT}.",
    f"Omar al-Bashir won't take part in {ETH_SUMMIT}, his office said.",
])
def test_a_part_not_taken_gives_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert not {t for t in _trips(spec, text) if t[2] == "ETH"}


@pytest.mark.parametrize("text", [
    f"Omar al-Bashir is taking part in {ETH_SUMMIT}, his office said.",
    f"Omar al-Bashir is not only taking part in {ETH_SUMMIT} but also meeting leaders, his office said.",
    f"Omar al-Bashir is participating in {ETH_SUMMIT}, while Kenya is not taking part.",
])
def test_a_part_taken_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert ("visit", BASHIR, "ETH") in _trips(spec, text)
