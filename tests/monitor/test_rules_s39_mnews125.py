"""Session 39 (issue 12, mnews125): what the dev part of batch 125 showed, as general readings.

1. A refusal's State is not a State named only as the war's or the crimes' theatre ("wanted for war crimes committed in the
   invasion of Ukraine, X will not be arrested if he comes to Brazil"): the refuser is the other State the sentence names (or,
   when it names none, the one the story last named as an actor). Each language's words for the theatre ('invasão à Ucrânia',
   'la invasión a Ucrania', "l'invasione dell'Ucraina") are its CRIME_PLACE family's. French and German now read the refusal
   in the passive future ('ne sera pas arrêté', 'wird … nicht festgenommen') as the other four languages did.
2. A date in the failure's own clause ("upheld a reprimand of Jordan for not arresting X in 2017 when he attended …") is the
   failure's time, not the finding's: the finding told there has no day of its own (the lead's present then gives the page's).
   Not a noun of non-compliance ("issued a finding of non-compliance on 6 July 2017": the finding's own day). The finding's
   day is the sentence's other date ("On Monday the Chamber confirmed that Jordan failed to arrest X in March 2017"); Spanish,
   Portuguese, Italian, French and German 'confirmed' are findings as English 'confirmed' is (FINDING), and "has said" is
   the perfect PERFECT_TOLD reads in a page dated to its month ('ha dicho' in Spanish)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. a refusal's State is not the war's theatre ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Wanted by the ICC for war crimes committed in the invasion of Ukraine, Vladimir Putin will not be arrested if he comes to "
     "Brazil, the president said on Saturday.", "en"),
    ("Alvo de mandados de prisão do Tribunal Penal Internacional por crimes de guerra cometidos na invasão à Ucrânia, o presidente "
     "russo Vladimir Putin não será preso se vier ao Brasil, afirmou o presidente neste sábado.", "pt"),
    ("Buscado por la Corte Penal Internacional por crímenes de guerra cometidos en la invasión a Ucrania, Vladimir Putin no será "
     "arrestado si viene a Brasil, afirmó el presidente el sábado.", "es"),
    ("Ricercato dalla Corte penale internazionale per crimini di guerra commessi nell'invasione dell'Ucraina, Vladimir Putin non "
     "sarà arrestato se verrà in Brasile, ha detto il presidente sabato.", "it"),
])
def test_a_refusal_is_not_the_war_theatres(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-10", "refusal", language=language) == [(PUTIN, "BRA", None)]


@pytest.mark.parametrize(("text", "language"), [
    # French and German read the refusal told in the passive future, as English, Spanish, Portuguese and Italian do
    ("Recherché par la Cour pénale internationale pour des crimes de guerre commis lors de l'invasion de l'Ukraine, Vladimir "
     "Poutine ne sera pas arrêté s'il vient au Brésil, a déclaré le président samedi.", "fr"),
    ("Wegen Kriegsverbrechen in der Ukraine vom Internationalen Strafgerichtshof gesucht, wird Wladimir Putin nicht festgenommen, "
     "wenn er nach Brasilien kommt, sagte der Präsident am Samstag.", "de"),
])
def test_a_passive_future_refusal_in_french_and_german(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-10", "refusal", language=language) == [(PUTIN, "BRA", None)]


@pytest.mark.parametrize(("text", "language"), [
    # controls: an arrest not made in the past, or a pledge, is no refusal
    ("Vladimir Poutine n'a pas été arrêté lors de sa visite au Brésil, a déclaré le président samedi.", "fr"),
    ("Wladimir Putin wurde bei seinem Besuch in Brasilien nicht festgenommen, sagte der Präsident am Samstag.", "de"),
    ("Vladimir Poutine sera arrêté s'il vient au Brésil, a déclaré le président samedi.", "fr"),
    ("Wladimir Putin wird festgenommen, wenn er nach Brasilien kommt, sagte der Präsident am Samstag.", "de"),
])
def test_no_passive_refusal_in_a_past_or_a_pledge(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-10", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Brazil is a party to the Rome Statute. Vladimir Putin, wanted for war crimes in Ukraine, will not be arrested, the "
     "president said on Saturday.", "en"),
    ("O Brasil é signatário do Estatuto de Roma. Vladimir Putin, procurado por crimes de guerra na Ucrânia, não será preso, "
     "afirmou o presidente neste sábado.", "pt"),
])
def test_a_refusal_naming_only_the_theatre_is_the_actor_named_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-10", "refusal", language=language) == [(PUTIN, "BRA", None)]


@pytest.mark.parametrize(("text", "language"), [
    # controls: a State named as the actor keeps its refusal, even beside the war's theatre
    ("Hungary's foreign minister said Hungary would not arrest Vladimir Putin, wanted over the deportation of children from "
     "Ukraine.", "en"),
    ("Hungary will not arrest Vladimir Putin over the war in Ukraine, its minister said.", "en"),
])
def test_an_actor_state_keeps_its_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-10", "refusal", language=language) == [(PUTIN, "HUN", None)]


# 2. a date in the failure's clause is not the finding's --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The International Criminal Court has said that Jordan will not be referred to the UN Security Council for failing to arrest "
     "Omar al-Bashir. But the court did uphold a reprimand of Jordan for not arresting Omar al-Bashir in 2017 when he attended a "
     "summit in Amman.", "en"),
    ("The International Criminal Court has said that Jordan will not be referred to the UN Security Council for failing to arrest "
     "Omar al-Bashir. The judges confirmed that Jordan failed to arrest Omar al-Bashir in March 2017 when he attended a summit in "
     "Amman.", "en"),
])
def test_a_date_in_the_failures_clause_is_not_the_findings(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the finding has no day of its own in its sentence: the lead's present gives the page's month
    assert _typed(spec, text, "2019-05", "noncompliance_finding", language=language) == [(BASHIR, "JOR", "2019-05")]


@pytest.mark.parametrize(("text", "date", "day"), [
    # controls: the finding's own day, before the failure or after a noun of non-compliance
    ("On Monday the Chamber found that Jordan failed to arrest Omar al-Bashir when he attended a summit in Amman.", "2017-12-12",
     "2017-12-11"),
    ("The Chamber issued a finding of non-compliance against Jordan on 11 December 2017 over Omar al-Bashir's visit.", "2017-12-12",
     "2017-12-11"),
])
def test_the_findings_own_day_stays(spec, text: str, date: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "noncompliance_finding", language="en") == [(BASHIR, "JOR", day)]


@pytest.mark.parametrize(("text", "language"), [
    ("On Monday the Chamber confirmed that Jordan failed to arrest Omar al-Bashir in March 2017 when he attended a summit in Amman.",
     "en"),
    ("El lunes, la Corte confirmó que Jordania incumplió sus obligaciones al no detener a Omar al-Bashir en 2017 cuando asistió a "
     "una cumbre en Amán.", "es"),
    ("Na segunda-feira, o Tribunal Penal Internacional confirmou que a Jordânia descumpriu as suas obrigações por não ter preso "
     "Omar al-Bashir em 2017.", "pt"),
])
def test_the_findings_day_is_not_the_failures(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the finding's day is the sentence's other date, not the failure's year or month (and 'confirmó', 'confirmou' are findings,
    # as English 'confirmed')
    assert _typed(spec, text, "2019-05-07", "noncompliance_finding", language=language) == [(BASHIR, "JOR", "2019-05-06")]


def test_the_findings_day_beside_a_dateline_and_the_failures_trip(spec) -> None:  # noqa: ANN001
    # control: the day told beside the Court's act, not the wire's dateline nor the trip's days in the failure's clause
    text = ("THE HAGUE, Netherlands, December 14, 2011/African Press Organization (APO)/ — Today, 13 December 2011, Pre-Trial "
            "Chamber I of the International Criminal Court (ICC) decided that the Republic of Chad failed to cooperate with the Court "
            "by not arresting and surrendering Omar Al Bashir to the Court during his visit to Chad on 7 and 8 August 2011.")
    assert _typed(spec, text, "2011-12-14", "noncompliance_finding", language="en") == [(BASHIR, "TCD", "2011-12-13")]


@pytest.mark.parametrize(("text", "language"), [
    # control: a weekday at the failure's clause's end, near the page's day, is the Court's act's, not the failure's
    ("La Corte remitió a Mongolia a la Asamblea de los Estados Partes por no detener a Vladímir Putin el lunes.", "es"),
    ("The Court referred Mongolia to the Assembly of States Parties for not arresting Vladimir Putin on Monday.", "en"),
])
def test_a_near_day_at_the_failures_end_is_the_courts(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-10-25", "noncompliance_finding", language=language)
    assert [(st, day) for _, st, day in got] == [("MNG", "2024-10-21")]
