"""Session 10's learned proposer (monitor/learned.py): it proposes where the rules give nothing, every guard of the
extractor still applies to what it proposes (a trip denied, supposed or cancelled gives nothing, even from a model that
would propose anything), its weights are what its trainer gives from the committed table, trained on dev documents
only, and a bad setting or weights file is a clear error. Sentences written for the purpose, not copied from the
real-news set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccwatch.monitor import learned, learned_train
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

REALNEWS = Path(__file__).parent / "realnews"

#: A model that proposes a visit from any context: what the guards must stop is then only the guards' work.
EAGER = {"types": {"visit": {"weights": {}, "bias": 10.0}}, "threshold": {"visit": 0.5}}



def _got(spec, text: str, model, date: str = "2025-05-07"):  # noqa: ANN001, ANN202
    """(type, person, State, date, method) of the rules' candidates and the model's proposals (2025-05-07: a Wednesday)."""
    return [(c.type, c.person, c.state, c.date, c.method)
            for c in extract_candidates(make_document(text, date=date), spec, mode="rules", learned=model)]


PUTIN = "vladimir-vladimirovich-putin"


def test_a_wording_the_rules_miss_is_proposed_with_its_evidence(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin laid a wreath in Ulaanbaatar on Tuesday alongside the Mongolian president."
    assert _got(spec, text, False) == []  # the rules give nothing here
    doc = make_document(text, date="2025-05-07")
    (c,) = [c for c in extract_candidates(doc, spec, mode="rules", learned=EAGER) if c.method == "learned"]
    assert (c.type, c.person, c.state, c.date) == ("visit", PUTIN, "MNG", "2025-05-06")
    assert doc.text[c.evidence.start: c.evidence.end] == c.evidence.sentence
    assert 0.5 <= c.confidence <= 0.95


def test_no_proposal_where_the_rules_already_gave_that_type(spec) -> None:  # noqa: ANN001
    got = _got(spec, "Vladimir Putin arrived in Mongolia on Tuesday.", EAGER)
    assert [g for g in got if g[0] in ("visit", "planned_visit")] == [("visit", PUTIN, "MNG", "2025-05-06", "rules:visit")]


@pytest.mark.parametrize("text", [
    "Vladimir Putin did not travel to Mongolia on Tuesday.",  # negation
    "Vladimir Putin would be arrested if he sets foot in Mongolia.",  # hypothetical
    "Vladimir Putin laid a wreath in Ulaanbaatar on Tuesday. Officials later said the trip had been cancelled.",  # cancelled
    "Vladimir Putin will attend the summit in Mongolia by video link on Tuesday.",  # remote
])
def test_denied_supposed_cancelled_or_remote_trips_give_no_proposal(spec, text: str) -> None:  # noqa: ANN001
    got = _got(spec, text, EAGER)
    assert not [g for g in got if g[0] in ("visit", "planned_visit") and g[4] == "learned"]


def test_presence_in_ones_own_state_is_no_visit(spec) -> None:  # noqa: ANN001
    assert not [g for g in _got(spec, "Vladimir Putin laid a wreath in Moscow on Tuesday.", EAGER) if g[0] == "visit"]


def test_the_shipped_model_proposes_a_visit_told_in_other_words(spec) -> None:  # noqa: ANN001
    model = learned.load_model()
    if "visit" not in model["types"]:
        pytest.skip("cross-validation chose not to propose visits")
    text = "Putin lands in Mongolia\n\nVladimir Putin laid a wreath in Ulaanbaatar on Tuesday alongside the Mongolian president."
    got = _got(spec, text, model)
    assert ("visit", PUTIN, "MNG", "2025-05-06", "learned") in got or any(g[:3] == ("visit", PUTIN, "MNG") for g in got)


def test_the_setting_is_off_by_default_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICCWATCH_MONITOR_LEARNED", raising=False)
    assert learned.enabled() is learned.DEFAULT_ON
    monkeypatch.setenv("ICCWATCH_MONITOR_LEARNED", "on")
    assert learned.enabled() is True
    monkeypatch.setenv("ICCWATCH_MONITOR_LEARNED", "maybe")
    with pytest.raises(ValueError, match="ICCWATCH_MONITOR_LEARNED"):
        learned.enabled()


def test_bad_weights_name_the_file_and_field(tmp_path: Path) -> None:
    p = tmp_path / "w.json"
    p.write_text(json.dumps({"types": {}}))
    with pytest.raises(ValueError, match=r"w\.json.*'threshold'"):
        learned.load_model(str(p))
    p.write_text(json.dumps({"types": {"lunch": {"weights": {}, "bias": 0}}, "threshold": {}}))
    with pytest.raises(ValueError, match="types.lunch"):
        learned.load_model(str(p))


def test_training_table_holds_dev_documents_only() -> None:
    rows = learned_train.read_table()
    dev = {p.stem for p in (REALNEWS / "dev").glob("*.txt")}
    test = {p.stem for p in (REALNEWS / "test").glob("*.txt")}
    names = {r["doc"] for r in rows}
    assert names and names <= dev and not names & test
    assert json.loads(learned.WEIGHTS.read_text())["training"]["documents"] == len(rows)


def test_refitting_the_table_gives_the_committed_weights() -> None:
    committed = json.loads(learned.WEIGHTS.read_text())
    model = learned_train.fit(learned_train.read_table(), committed["lambda"], tuple(committed["drop"]))
    assert set(committed["types"]) == set(committed["threshold"])
    for kind, m in committed["types"].items():
        got = model["types"][kind]
        assert got["weights"].keys() == m["weights"].keys()
        assert all(abs(got["weights"][k] - v) <= 2e-6 for k, v in m["weights"].items())
        assert abs(got["bias"] - m["bias"]) <= 2e-6
    assert committed["threshold"] == committed["cross_validation"]["best"]["thresholds"]


def test_stems_are_general() -> None:
    assert {learned.stem(w) for w in ("arrested", "arrests", "arresting")} == {"arrest"}
    assert learned.stem("travelled") == learned.stem("travelling")
    assert learned.stem("won't") == "not"
