"""A person with two warrants and one custody spell: the record lists the spell under one warrant (al-Bashir's
custody by Sudan under his 2009 warrant), and the person views showed it on that warrant only; the 2010 warrant
read "issued" with no custody line. Custody is a fact about the person: every view now shows it on each warrant.

The small fixture record holds al-Bashir's two warrants without the spell: the test copies the spell as the full
record states it (``data/``) into a copy of the fixture record, so nothing here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PERSON = "omar-hassan-ahmad-al-bashir"


@pytest.fixture
def held_facts(data_copy: Path):  # noqa: ANN201
    from iccwatch.dataset import load_dataset
    from iccwatch.facts import Facts

    full = yaml.safe_load((ROOT / "data" / "warrants" / f"{PERSON}-1.yaml").read_text(encoding="utf-8"))
    assert full.get("custody"), "the full record lists the custody spell under the first warrant"
    target = data_copy / "warrants" / f"{PERSON}-1.yaml"
    doc = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert not doc.get("custody") and (data_copy / "warrants" / f"{PERSON}-2.yaml").exists()
    doc["custody"] = full["custody"]
    target.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Facts(load_dataset(data_copy)), full["custody"][0], data_copy


def test_the_custody_shows_on_each_warrant_in_the_view(held_facts) -> None:  # noqa: ANN001
    from iccwatch import service

    facts, spell, _ = held_facts
    view = service.person_view(facts, PERSON, None)
    ws = view["warrants"]
    assert len(ws) == 2 and all(w["outstanding"] for w in ws)
    for w in ws:
        assert w["held"]["held_by"] == spell["held_by"] and w["held"]["since"] == spell["since"], w["id"]
        assert w["held"]["warrant"] == w["id"]
    listed, other = ws  # in issue order: the 2009 warrant lists the spell, the 2010 one does not
    assert "recorded_on" not in listed["held"] and other["held"]["recorded_on"] == listed["id"]
    # the history of the other warrant carries the spell, saying where the record lists it
    assert [c["since"] for c in other["custody_other_warrants"]] == [spell["since"]]
    assert other["custody_other_warrants"][0]["recorded_on"] == listed["id"]
    assert "custody_other_warrants" not in listed  # its own spell is not repeated


def test_the_cli_and_the_page_show_the_custody_on_each_warrant(held_facts, tmp_path: Path) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from iccwatch.app import create_app
    from iccwatch.cli import app as cli_app
    from iccwatch.settings import Settings
    from iccwatch.store import build_store

    facts, spell, data_dir = held_facts
    db = f"sqlite:///{tmp_path / 'held.sqlite'}"
    build_store(data_dir, db)
    state = facts.records.states[spell["held_by"]].name
    out = CliRunner().invoke(cli_app, ["person", PERSON, "--db", db]).stdout
    flat = " ".join(out.split())
    assert flat.count(f"held by {state} since {spell['since']}, not surrendered") >= 3  # two status cells and the line
    assert "status: issued; held by" in flat  # the 2010 warrant, which read "issued" alone
    # the line below the table is said once, not once per warrant
    assert flat.count(f"held by {state} since {spell['since']}, not surrendered to the Court;") == 1
    with TestClient(create_app(Settings(data_dir=data_dir, db_url=db))) as c:
        page = c.get(f"/persons/{PERSON}").text
        api = c.get(f"/api/v1/persons/{PERSON}").json()
    assert page.count('class="custody-spell"') == 2
    assert "recorded under the warrant of" in page
    assert all(w["held"]["held_by"] == spell["held_by"] for w in api["warrants"])
