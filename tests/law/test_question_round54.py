"""The round-54 fixes (tests/law/audit/round54.yaml), each with sentences of my own and contrasts that must not be read
the new way. A forum's response asked in any wording of the languages the reader takes: the question's shape (the
forum's name with a word of acting or responding near it), not one wording per language (round 53's leftover)."""

from __future__ import annotations

import pytest
from tests.law.reading import TODAY, read

# --- a forum's response read by the question's shape -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("Quelles mesures le Conseil de sécurité a-t-il prises contre le Soudan ?", "SDN", "UNSC"),
    ("Quelle suite l'Assemblée des États parties a-t-elle donnée au cas de la Hongrie ?", "HUN", "ASP"),
    ("¿Qué medidas ha tomado la Asamblea de los Estados Partes contra Hungría?", "HUN", "ASP"),
    ("¿Cómo reaccionó el Consejo de Seguridad ante el caso de Jordania?", "JOR", "UNSC"),
    ("Que medidas o Conselho de Segurança adotou contra o Sudão?", "SDN", "UNSC"),
    ("Quali misure ha adottato l'Assemblea degli Stati parte nei confronti della Mongolia?", "MNG", "ASP"),
    ("Il Consiglio di sicurezza ha reagito al caso del Sudan?", "SDN", "UNSC"),
    ("Wie hat der Sicherheitsrat auf die Entscheidung über Jordanien reagiert?", "JOR", "UNSC"),
    ("Welche Maßnahmen ergriff die Versammlung der Vertragsstaaten gegen die Mongolei?", "MNG", "ASP"),
])
def test_a_forums_response_is_read_by_its_shape(facts, text, state, forum):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["forum"], got["asks"]) == ("obligations", state, forum, "responses")
    assert got["on"] == TODAY.isoformat() and isinstance(got["responses"], list)


@pytest.mark.parametrize(("text", "state"), [
    # a State's own duty, the forum named after the duty's verb: not the forum's response
    ("Must Sudan arrest al-Bashir under the measures the Security Council adopted?", "SDN"),
    ("Le Soudan doit-il arrêter el-Béchir malgré les mesures du Conseil de sécurité ?", "SDN"),
])
def test_a_states_duty_with_a_forum_named_after_its_verb_stays_the_duty(facts, text, state):
    got = read(facts, text)
    assert got["kind"] == "arrest" and got["state"] == state and got.get("forum") is None


def test_a_forum_named_far_from_any_act_is_no_forum_question(facts):
    """A forum's name with no word of acting within the shape's reach is not read as its response."""
    got = read(facts, "Is Jordan, whose case the Security Council never discussed in any meeting since, still a party today?")
    assert got.get("asks") != "responses"


def test_a_record_question_naming_a_forum_stays_that_question(facts):
    """Contrast: 'no response' near 'the Assembly' in a question of the record's gaps is that question, not a forum's
    response to one State (the shape yields to the record's questions; round 47's 10)."""
    got = read(facts, "Which referrals to the Assembly have had no response?")
    assert (got["kind"], got["asks"]) == ("record", "gaps")


def test_the_shape_is_checked_when_the_lookups_are_read():
    from pydantic import ValidationError

    from iccwatch.dataset.loader import _ForumPatterns

    base = {"patterns": [r"\bwhat did the (council) do\b"], "forums": {"UNSC": ["council"]}, "reason": "a test"}
    assert _ForumPatterns(**base, shape={"acts": ["fait"], "within": 5, "duties": r"\barrest\b"}).shape
    for shape, said in (({"acts": ["(fait"], "within": 5, "duties": "x"}, "does not compile"),
                        ({"acts": ["a*"], "within": 5, "duties": "x"}, "matches an empty word"),
                        ({"acts": ["fait"], "within": 0, "duties": "x"}, "greater than or equal to 1"),
                        ({"acts": ["fait"], "within": 5}, "duties")):
        with pytest.raises(ValidationError, match=said):
            _ForumPatterns(**base, shape=shape)


# --- a common word misspelt ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "spelt", "kind", "state"), [
    ("Must Germany arest Netanyahu?", "arest", "arrest", "arrest", "DEU"),
    ("Is there still a warant for Putin?", "warant", "warrant", "travel", None),
    ("Did South Africa have to surender al-Bashir in June 2015?", "surender", "surrender", "arrest", "ZAF"),
    ("Should Poland arest Netanyahu next week?", "arest", "arrest", "arrest", "POL"),
])
def test_a_common_word_misspelt_is_read_as_the_word_and_said(facts, text, written, spelt, kind, state):
    got = read(facts, text)
    assert (got["kind"], got["state"]) == (kind, state)
    assert [written, spelt] in got["spelt"] and f"'{written}' read as '{spelt}'" in got["spelt_words"]
    from iccwatch.service.question import read_as_words
    assert f"'{written}' read as '{spelt}'" in read_as_words(got)


@pytest.mark.parametrize("text", [
    "Must Mongolia arrest Putin?",  # nothing misspelt: nothing said
    "Is Hungary bound to arrest Netanyahu?",
])
def test_a_question_spelt_right_says_nothing_of_spelling(facts, text):
    assert read(facts, text).get("spelt") is None


def test_a_name_one_letter_off_is_still_never_read(facts):
    """Contrast: a misspelt name beside a misspelt common word is still refused, naming the closest name."""
    from tests.law.reading import refused
    assert "Did you mean Tajikistan" in refused(facts, "Must Tajikstan arest Putin?")


def test_a_word_one_edit_from_two_common_words_is_not_guessed(facts):
    """'arrestd' is one edit from 'arrest' and from 'arrested': which one is a guess, so it is not replaced (the question
    reads without it, as before); nor is a word in a question that reads as written ('oblgied')."""
    assert read(facts, "Must Mongolia arrestd Putin?").get("spelt") is None
    assert read(facts, "Is Hungary still oblgied to arrest Netanyahu?").get("spelt") is None


# --- what a State did after the Court's finding against it ----------------------------------------------------------------

def _findings(facts, state):
    return sorted(str(d.date) for d in facts.records.decisions.values()
                  if d.state == state and d.finding == "non_compliance" and not getattr(d, "appeal_of", None))


@pytest.mark.parametrize(("text", "state"), [
    ("What has Mongolia done since the Court's ruling?", "MNG"),
    ("What did Chad do after the Court's findings?", "TCD"),
    ("¿Qué hizo Jordania después de la decisión de la Corte?", "JOR"),
    ("Was hat Ungarn nach der Entscheidung des Gerichtshofs getan?", "HUN"),
])
def test_what_a_state_did_after_the_courts_finding_runs_from_its_first_finding(facts, text, state):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["state"]) == ("record", "changes", state)
    first = _findings(facts, state)[0]
    assert got["since_finding"].endswith(first) and all(r["date"] >= first for r in got["records"])
    assert got["answer"] == len(got["records"]) > 0


def test_a_month_in_the_clause_picks_the_finding(facts):
    got = read(facts, "How did Italy react to the Court's ruling of January 2026?")
    assert got["asks"] == "changes" and got["since_finding"].endswith("2026-01-26")
    assert all(r["date"] >= "2026-01-26" for r in got["records"])


def test_a_state_with_no_finding_is_refused_saying_so(facts):
    from tests.law.reading import refused
    assert not _findings(facts, "DEU")
    assert "no finding of non-compliance against Germany" in refused(
        facts, "What did Germany do after the Court found it in non-compliance?")


def test_a_forum_after_the_finding_stays_the_forums_response(facts):
    """Contrast: a forum named ('What did the Assembly do after the Court found Hungary ...') is the forum's response."""
    got = read(facts, "What did the Security Council do after the Court's finding on Jordan?")
    assert (got["kind"], got["forum"], got["asks"]) == ("obligations", "UNSC", "responses")


# --- a State named only in a clause of its own act, asked of by a pronoun ------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "state", "person"), [
    ("Since Mali announced its withdrawal, is it still bound by the Rome Statute?", "obligations", "MLI", None),
    ("After Hungary's withdrawal took effect, was it still obliged to arrest Netanyahu?", "arrest", "HUN", "benjamin-netanyahu"),
    ("Since Burkina Faso announced its withdrawal, must it arrest Kony?", "arrest", "BFA", "joseph-kony"),
])
def test_a_state_named_in_its_acts_clause_is_the_state_asked_of(facts, text, kind, state, person):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"]) == (kind, state, person)


def test_another_state_asked_of_beside_an_acts_clause_is_still_refused(facts):
    from tests.law.reading import refused
    assert "not of the State asked about (Burkina Faso)" in refused(
        facts, "Since Mali announced its withdrawal, is Burkina Faso bound?")


# --- the States a person visited, and which were bound -------------------------------------------------------------------

def test_the_visits_since_the_warrant_name_the_hosts_bound(facts):
    from iccwatch.model.dates import DateSpan
    from iccwatch.service import ask_arrest

    got = read(facts, "Which States has Putin visited since his warrant, and which were bound to arrest him?")
    assert got["asks"] == "trips"
    visits = [r for r in got["records"] if r["trip"] == "visit"]
    for r in visits:  # each visit's duty is the law engine's answer on its day
        assert r["duty"] == ask_arrest(facts, r["state"], got["person"], DateSpan.parse(r["date"]).first)["answer"]
    bound = {b["iso3"] for b in got["bound"]}
    assert bound == {r["state"] for r in visits if r["duty"] == "obliged"} and {"MNG", "TJK"} <= bound
    assert all(r["host_status"] == "party" for r in visits if r["state"] in bound)
    assert "Bound to arrest Vladimir Vladimirovich Putin on the day" in got["in_words"]


def test_no_host_bound_is_said(facts):
    got = read(facts, "Where has Shoigu travelled since his warrant and which hosts had to arrest him?")
    assert got["bound"] == [] and "none of the hosts" in got["in_words"]
