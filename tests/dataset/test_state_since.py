"""A State created after 1998 says the day it came into being with the sources that state that day (``since``:
``date`` and ``sources``), apart from its identity sources (codes, names, UN status), which do not state it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iccwatch import service
from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml
from iccwatch.facts import Facts

UN = {"url": "https://www.un.org/en/about-us/member-states", "publisher": "United Nations", "kind": "primary"}
STATE = {"iso3": "SSD", "iso2": "SS", "numeric": "728", "name": "South Sudan", "name_fr": "Soudan du Sud", "un_status": "member",
         "sources": [UN]}


def _errors(data: Path, since: object) -> list[str]:
    (data / "states" / "SSD.yaml").write_text(dump_yaml({**STATE, "since": since}), encoding="utf-8")
    counts = data / "assertions.yaml"  # one State more than the fixture record counts
    counts.write_text(counts.read_text(encoding="utf-8").replace("states: {min: 82, max: 82}", "states: {min: 83, max: 83}"), encoding="utf-8")
    return [f"{p.file} {p.field} {p.message}" for p in check_dataset(data)[1] if p.severity == "error"]


def test_a_bare_since_date_is_refused_naming_the_file_and_field(data_copy: Path) -> None:
    errors = _errors(data_copy, "2011-07-09")
    assert errors and all("SSD.yaml" in e for e in errors) and any("since" in e for e in errors), errors


def test_a_since_without_sources_is_refused(data_copy: Path) -> None:
    errors = _errors(data_copy, {"date": "2011-07-09", "sources": []})
    assert any("SSD.yaml" in e and "since" in e for e in errors), errors


def test_a_since_with_its_sources_passes(data_copy: Path) -> None:
    news = {"url": "https://www.reuters.com/world/x-2011-07-09/", "publisher": "Reuters", "kind": "secondary", "date": "2011-07-09"}
    assert _errors(data_copy, {"date": "2011-07-09", "sources": [news]}) == []


def test_the_state_view_cites_the_sources_of_the_day_not_the_identity_sources(facts: Facts) -> None:
    young = [st for st in facts.records.states.values() if st.since]
    assert young
    for st in young:
        relation = service.state_relation(facts, st.iso3, dt.date(2026, 1, 1))
        assert relation["came_into_being"] == st.since.date
        cited = [s["url"] for s in relation["came_into_being_sources"]]
        assert cited == [s.url for s in st.since.sources]
        assert not set(cited) & {s.url for s in st.sources}
