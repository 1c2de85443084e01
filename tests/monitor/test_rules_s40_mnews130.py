"""Session 40 (issue 12, task mnews130): general rules from the dev errors of batch 130 (tests/monitor/realnews/batch-130.yaml).
Each is tested with sentences written for the test, in at least two of the languages the monitor reads where the phenomenon
exists in them, and contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in
monitor/lexicon.py). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
KUSHAYB = "ali-muhammad-ali-abd-al-rahman"
GICHERU = "paul-gicheru"


# 1. A failure told first in a leading clause whose subject is the main clause's: the State is the one named before the later
#    failure, not the State the leading clause's object carries ('the President of Russia').
@pytest.mark.parametrize(("text", "language"), [
    ("La Sala de Cuestiones Preliminares II de la Corte Penal Internacional (CPI) concluyó que, al no arrestar al presidente de "
     "Rusia, Vladimir Putin, mientras se encontraba en su territorio, Mongolia no cumplió con la solicitud de cooperar.", "es"),
    ("Pre-Trial Chamber II of the International Criminal Court found that, by failing to arrest the President of Russia, Vladimir "
     "Putin, while he was on its territory, Mongolia has failed to comply with the Court's request to cooperate.", "en"),
])
def test_the_failing_state_is_the_main_clauses(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-24", "noncompliance_finding", language=language) == [(PUTIN, "MNG", "2024-10-24")]


# 2. A finding the lead tells in the simple past with no day of its own: the news of the document's day (as an arrest or a
#    warrant the lead tells so); not one told in the pluperfect, nor one in a story that reaches back to an earlier year.
@pytest.mark.parametrize(("text", "language"), [
    ("Pre-Trial Chamber II of the International Criminal Court found that Mongolia failed to comply with the Court's request to "
     "arrest Vladimir Putin.", "en"),
    ("La Sala de Cuestiones Preliminares II de la Corte Penal Internacional concluyó que Mongolia no cumplió con la solicitud de "
     "cooperar al no arrestar a Vladimir Putin.", "es"),
])
def test_a_finding_the_lead_tells_is_the_days(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-24", "noncompliance_finding", language=language) == [(PUTIN, "MNG", "2024-10-24")]


@pytest.mark.parametrize("text", [
    "Pre-Trial Chamber II of the International Criminal Court had found that Mongolia failed to comply with the Court's request "
    "to arrest Vladimir Putin.",
    "In 2017 the judges of the International Criminal Court found that Mongolia failed to comply with the Court's request to "
    "arrest Vladimir Putin.",
])
def test_a_finding_recalled_is_not_the_days(spec, text: str) -> None:  # noqa: ANN001
    assert "2024-10-24" not in [d for _, _, d in _typed(spec, text, "2024-10-24", "noncompliance_finding", language="en")]


# 3. A date in the trip's own clause ('während seines Besuchs Anfang September', "during his visit in early September") is the
#    trip's time, not the finding's; and the German reproach of the Court named with its abbreviation in brackets.
@pytest.mark.parametrize(("text", "language"), [
    ("Der Internationale Strafgerichtshof (IStGH) wirft der Mongolei vor, den russischen Präsidenten Wladimir Putin während "
     "seines Besuchs Anfang September trotz internationalen Haftbefehls nicht festgenommen zu haben.", "de"),
    ("The International Criminal Court (ICC) found that Mongolia failed to arrest Vladimir Putin during his visit in early "
     "September.", "en"),
])
def test_a_trips_date_is_not_the_findings(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-25", "noncompliance_finding", language=language) == [(PUTIN, "MNG", "2024-10-25")]


def test_a_reproach_by_others_is_no_finding(spec) -> None:  # noqa: ANN001
    text = "Kritiker werfen der Mongolei vor, Wladimir Putin während seines Besuchs Anfang September nicht festgenommen zu haben."
    assert _typed(spec, text, "2024-10-25", "noncompliance_finding", language="de") == []


# 4. Leaving the Statute by repealing the law that joined it ('derogar la adhesión'), and the decision told as taken ('ha tomado
#    la decisión de', "has taken the decision to"); not one to be taken, nor one not taken.
@pytest.mark.parametrize(("text", "language"), [
    ("La Asamblea Nacional de Venezuela ha tomado la decisión unánime de derogar la adhesión del país al Estatuto de Roma, un "
     "tratado que establece la Corte Penal Internacional (CPI).", "es"),
    ("Venezuela's National Assembly has taken the unanimous decision to withdraw from the Rome Statute of the International "
     "Criminal Court.", "en"),
])
def test_a_decision_to_leave_taken_is_announced(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-12-12", "withdrawal_announced", language=language) == [(None, "VEN", "2025-12-12")]


@pytest.mark.parametrize(("text", "language"), [
    ("El gobierno tomará la decisión de retirarse de la Corte Penal Internacional el próximo año si no hay cambios.", "es"),
    ("Venezuela's parliament has not yet taken a decision to withdraw from the Rome Statute of the International Criminal "
     "Court.", "en"),
])
def test_a_decision_to_come_or_not_taken_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-12-12", "withdrawal_announced", language=language) == []


# 5. German: a hand-in to a State's authorities told with the place between the pronoun and the authorities, and in the
#    reported speech's subjunctive ('habe sich … gestellt'): that State's arrest (as 'stellte sich den Behörden'); the Court's
#    custody told in the present with no word of now: a surrender (as English "is in the custody of the ICC").
@pytest.mark.parametrize("text", [
    "Ali Kushayb stellte sich am Dienstag in der Zentralafrikanischen Republik den Behörden.",
    "Ali Kushayb habe sich in der Zentralafrikanischen Republik den Behörden gestellt, teilte der IStGH am Dienstag mit.",
])
def test_a_hand_in_with_its_place_is_that_states_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2020-06-10", "arrest", language="de") == [(KUSHAYB, "CAF", "2020-06-09")]


def test_a_hand_in_supposed_is_no_arrest(spec) -> None:  # noqa: ANN001
    text = "Ali Kushayb solle sich in der Zentralafrikanischen Republik den Behörden stellen, forderte der Ankläger am Dienstag."
    assert _typed(spec, text, "2020-06-10", "arrest", language="de") == []


def test_the_courts_custody_in_the_present_is_a_surrender(spec) -> None:  # noqa: ANN001
    text = "Der kenianische Anwalt Paul Gicheru befindet sich in Gewahrsam des Internationalen Strafgerichtshofs (IStGH), teilte das Gericht am Montag mit."
    assert [p for p, _, _ in _typed(spec, text, "2020-11-03", "surrender", language="de")] == [GICHERU]


def test_a_custody_since_a_year_is_no_surrender_of_the_day(spec) -> None:  # noqa: ANN001
    text = "Paul Gicheru befindet sich seit 2020 in Gewahrsam des Internationalen Strafgerichtshofs in Den Haag."
    assert "2022-09-26" not in [d for _, _, d in _typed(spec, text, "2022-09-26", "surrender", language="de")]


def test_a_transliteration_of_the_records_names_is_the_person(spec) -> None:  # noqa: ANN001
    """(data: the record's aliases hold the German press's transliteration 'Ali Kuscheib', dpa's)"""
    text = "Ali Kuscheib stellte sich am Dienstag den Behörden der Zentralafrikanischen Republik."
    assert [p for p, _, _ in _typed(spec, text, "2020-06-10", "arrest", language="de")] == [KUSHAYB]


def test_the_courts_custody_the_lead_tells_is_the_days(spec) -> None:  # noqa: ANN001
    """(the German PRESENT: the Court's custody told in the present with no word of now is a state of the day, as 'befindet sich
    nun in Gewahrsam des IStGH'; not one told since a time)"""
    text = ("Der frühere Milizenchef Ali Kushayb befindet sich in Gewahrsam des Internationalen Strafgerichtshofs (IStGH). Er hatte "
            "sich in der Zentralafrikanischen Republik gestellt.")
    assert _typed(spec, text, "2020-06-10", "surrender", language="de") == [(KUSHAYB, None, "2020-06-10")]
    since = ("Der frühere Milizenchef Ali Kushayb befindet sich seit Juni 2020 in Gewahrsam des Internationalen Strafgerichtshofs "
             "(IStGH). Am Montag begann sein Prozess.")
    assert _typed(spec, since, "2022-04-05", "surrender", language="de") == []
