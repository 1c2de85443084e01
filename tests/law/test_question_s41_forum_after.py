"""A forum's response asked "after" the Court's act of a year (session 41, round 53's leftover).

'What did the Security Council do after the Court referred Jordan to it in 2017?' was read with the year as the day up
to which the responses run (2017-12-31), so what followed in later years (the Appeals Chamber's judgment of 2019, any
later response) was cut. The year there dates the Court's act the question starts from: the responses run to the day
asked. A year that dates the findings themselves ('... about the findings against Sudan in 2012?', session 33) still
limits them. The forum's question is read in the other languages the reader takes too (it was refused as a range of
days or as asking nothing of the law).
"""

from __future__ import annotations

import pytest
from tests.law.reading import TODAY, read


@pytest.mark.parametrize("text", [
    "What did the Security Council do after the Court referred Jordan to it in 2017?",
    "What did the Security Council do since the Court's 2017 referral of Jordan?",
    "Qu'a fait le Conseil de sécurité après que la Cour a renvoyé la Jordanie en 2017 ?",
    "¿Qué hizo el Consejo de Seguridad después de que la Corte remitiera a Jordania en 2017?",
])
def test_a_year_dating_the_courts_act_does_not_cut_what_followed(facts, text):
    got = read(facts, text)
    assert (got["state"], got["forum"], got["asks"]) == ("JOR", "UNSC", "responses")
    assert got["on"] == TODAY.isoformat()
    later = [f for f in got["responses"] if f["date"] > "2017-12-31"]
    findings = [d for d in facts.records.decisions.values() if d.state == "JOR" and d.finding == "non_compliance"
                and str(d.date) > "2017-12-31"]
    assert len(later) == len(findings)


def test_a_year_dating_the_findings_still_limits_them(facts):
    got = read(facts, "What did the Security Council do about the findings against Jordan in 2017?")
    assert got["on"] == "2017-12-31"
    assert all(f["date"] <= "2017-12-31" for f in got["responses"])


def test_an_act_years_pattern_is_checked_when_the_lookups_are_read():
    from pydantic import ValidationError

    from iccwatch.dataset.loader import _ForumPatterns

    base = {"patterns": [r"\bwhat did the (council) do\b"], "forums": {"UNSC": ["council"]}, "reason": "a test"}
    assert _ForumPatterns(**base, act_years=[r"\bafter the court referred \w+ in (\d{4})\b"]).act_years
    for bad, said in ((r"\bafter (\d{4}", "does not compile"), (r"\bafter \d{4}\b", "one capturing group")):
        with pytest.raises(ValidationError, match=said):
            _ForumPatterns(**base, act_years=[bad])


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("Qu'a fait l'Assemblée des États parties à propos de la Mongolie ?", "MNG", "ASP"),
    ("¿Qué hizo el Consejo de Seguridad sobre Jordania?", "JOR", "UNSC"),
    ("O que fez o Conselho de Segurança sobre a Mongólia?", "MNG", "UNSC"),
    ("Che cosa ha fatto il Consiglio di sicurezza sulla Giordania?", "JOR", "UNSC"),
    ("Was hat der Sicherheitsrat gegen Jordanien getan?", "JOR", "UNSC"),
])
def test_a_forums_response_asked_in_other_languages(facts, text, state, forum):
    got = read(facts, text)
    assert (got["state"], got["forum"], got["asks"]) == (state, forum, "responses")


def test_a_states_own_duty_in_french_is_not_a_forums_response(facts):
    got = read(facts, "La Mongolie devait-elle arrêter Poutine le 3 septembre 2024 ?")
    assert got["asks"] != "responses" and got["forum"] is None
