"""Session 12: general rules from the dev half's remaining errors (issue 12), each tested with sentences written for the
purpose in other wordings (not copied from the real-news set) and a contrast case."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2025-05-07"  # a Wednesday


def _visits(spec, text: str, date: str = DAY, title: str | None = None) -> set[tuple[str, str | None]]:  # noqa: ANN001
    doc = make_document(text, title=title, date=date)
    return {(c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit"}


# --- the person must be the guest of the visit's noun or hosting verb, wherever he is named --------------------------------

@pytest.mark.parametrize("text", [
    "The presence of foreign troops in Mongolia on Wednesday alarmed analysts who had long criticised Vladimir Putin.",
    "The arrival of Chinese warships in Mongolia on Wednesday worried diplomats who have long distrusted Vladimir Putin.",
    "Mongolia welcomed a trade delegation on Wednesday that Vladimir Putin had sent.",
    "Analysts in Ulaanbaatar were alarmed on Wednesday by the attendance of foreign troops at the parade, which critics of "
    "Russia's president, Vladimir Putin, condemned.",
    "Officials said the visit of a Russian military delegation to Mongolia on Wednesday had been planned long before "
    "Mr Putin announced his trip.",
])
def test_a_visit_of_others_with_the_person_named_in_another_clause_is_not_his(spec, text: str) -> None:  # noqa: ANN001
    assert (PUTIN, "MNG") not in _visits(spec, text)


@pytest.mark.parametrize("text", [
    "The presence of Russian President Vladimir Putin in Mongolia on Wednesday alarmed analysts.",
    "Critics decried the attendance of Vladimir Putin at the parade in Ulaanbaatar on Wednesday.",
    "Mongolia's president hosted Vladimir Putin in Ulaanbaatar on Wednesday.",
])
def test_the_person_as_the_guest_of_the_noun_or_verb_is_the_visitor(spec, text: str) -> None:  # noqa: ANN001
    assert (PUTIN, "MNG") in _visits(spec, text)


# --- the filter's title cues come only from a real headline ------------------------------------------------------------------

def test_a_file_name_standing_in_for_a_title_gives_no_title_cue(spec, tmp_path) -> None:  # noqa: ANN001
    from iccwatch.monitor import mfilter
    from iccwatch.monitor.documents import headline, read_path

    (tmp_path / "local.txt").write_text("Yoav Gallant arrived in Madrid on Monday.")
    (tmp_path / "police-story.txt").write_text("---\ndate: 2025-06-04\n---\nYoav Gallant arrived in Madrid on Monday.\n")
    for path in (tmp_path / "local.txt", tmp_path / "police-story.txt"):
        (doc,) = read_path(path)
        assert doc.title == path.stem and headline(doc) is None
    (doc,) = read_path(tmp_path / "local.txt")
    cand = next(c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit")
    assert not [f for f in mfilter.features(cand, doc) if f.startswith("title_cue=")]
    # and the plain one-sentence visit passes the shipped filter
    assert ("visit", "ESP") in {(c.type, c.state) for c in extract_candidates(doc, spec, mode="filtered")}
    # a headline given in front matter is one, and its cues count
    (tmp_path / "x.txt").write_text("---\ndate: 2025-06-04\ntitle: Local police say the minister arrived\n---\nYoav Gallant arrived in Madrid on Monday.\n")
    (doc,) = read_path(tmp_path / "x.txt")
    assert headline(doc) == "Local police say the minister arrived"
    cand = next(c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit")
    assert "title_cue=domestic" in mfilter.features(cand, doc)
