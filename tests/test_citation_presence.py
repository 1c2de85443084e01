"""A cited overflight or transit answer keeps where the person was: its addresses and command ask the same question
(merge of the airspace rule and the citation, session 22)."""

from iccwatch.service.citation import arrest_api_path, ask_path, cli_command

Q = {"state": "MNG", "person": "putin", "on": "2024-09-03"}


def test_a_territory_question_names_no_presence():
    assert "presence" not in ask_path(Q) and "presence" not in arrest_api_path(Q) and "--presence" not in cli_command(Q)
    assert "presence" not in ask_path({**Q, "presence": "territory"})


def test_an_overflight_keeps_its_presence_in_every_address():
    q = {**Q, "presence": "airspace"}
    assert "presence=airspace" in ask_path(q)
    assert "presence=airspace" in arrest_api_path(q, ["x"])
    assert cli_command(q).split()[-2:] == ["--presence", "airspace"]
