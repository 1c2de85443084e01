"""Session 29 (issue 12, task mnews68): the readings written on the dev parts of real-news batches 68-69. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general
(an arrest avoided told as a manner, the Court speaking, an act of war told in the present, a second warrant told with
"also" in another language, a day of the month in brackets after a weekday, a sentence opened by a condition, a transfer
told by its noun, a trip expected in Spanish, a photo credit as a dateline, a headline's own date in brackets); no State
or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
LVOVA = "maria-alekseyevna-lvova-belova"
NETANYAHU = "benjamin-netanyahu"
GBAGBO = "laurent-koudou-gbagbo"
KOBYLASH = "sergei-ivanovich-kobylash"
SOKOLOV = "viktor-nikolayevich-sokolov"


# --- an arrest avoided told as a manner is a refusal only as a word of leave, in each language -----------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Arrivé mardi soir à Oulan-Bator, Vladimir Poutine a été salué par la garde d'honneur, sans être arrêté à l'aéroport.", "fr"),
    ("Vladimir Poutine llegó el martes a Ulán Bator y fue recibido con honores, sin ser detenido en el aeropuerto.", "es"),
    ("Vladimir Putin è arrivato martedì a Ulan Bator ed è stato accolto con gli onori, senza essere arrestato all'aeroporto.", "it"),
    ("Vladimir Putin chegou na terça-feira a Ulan Bator e foi recebido com honras, sem ser preso no aeroporto.", "pt"),
])
def test_an_arrest_avoided_told_by_the_writer_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Le gouvernement mongol a assuré que Vladimir Poutine pourra se rendre à Oulan-Bator sans être arrêté.", "fr"),
    ("El gobierno de Mongolia aseguró que Vladimir Putin podrá viajar a Ulán Bator sin ser detenido.", "es"),
    ("Il governo della Mongolia ha assicurato che Vladimir Putin potrà recarsi a Ulan Bator senza essere arrestato.", "it"),
    ("O governo da Mongólia garantiu que Vladimir Putin poderá viajar a Ulan Bator sem ser preso.", "pt"),
])
def test_an_arrest_avoided_as_a_word_of_leave_is_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-08-30", "refusal", language=language)] == [(PUTIN, "MNG")]


# --- the Court speaking about immunity is no government's refusal ---------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("La Chambre a rappelé que l'immunité d'un chef d'État n'est pas opposable devant la CPI, à propos de Vladimir Poutine et "
     "de la Mongolie.", "fr"),
    ("The Chamber recalled that Vladimir Putin does not enjoy immunity before the Court, in a decision on Mongolia.", "en"),
])
def test_the_court_speaking_of_immunity_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-25", "refusal", language=language) == []


def test_a_government_claiming_immunity_is_still_a_refusal(spec) -> None:  # noqa: ANN001
    text = "Le gouvernement mongol a affirmé que Vladimir Poutine bénéficie d'une immunité lors de sa visite en Mongolie."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-09-04", "refusal", language="fr")] == [(PUTIN, "MNG")]


# --- an arrest told as an act of war in the present; a ruling disregarded when the warrant is told --------------------------

@pytest.mark.parametrize("text", [
    "South Africa's president wrote in an affidavit that the arrest of Vladimir Putin is tantamount to a declaration of war.",
    "South Africa's president said that arresting Vladimir Putin amounts to a declaration of war against Russia.",
])
def test_an_arrest_told_as_an_act_of_war_in_the_present_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2023-07-19", "refusal")] == [(PUTIN, "ZAF")]


def test_an_analyst_calling_it_an_act_of_war_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "An analyst in South Africa said the arrest of Vladimir Putin is tantamount to a declaration of war."
    assert _typed(spec, text, "2023-07-19", "refusal") == []


def test_a_ruling_disregarded_with_the_warrant_told_is_a_refusal(spec) -> None:  # noqa: ANN001
    text = ("Hungary is bound to execute the Court's arrest warrant for Benjamin Netanyahu; however, its foreign minister said "
            "Hungary would disregard the ruling.")
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-02", "refusal")] == [(NETANYAHU, "HUN")]


def test_a_ruling_disregarded_with_no_warrant_told_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu met the Hungarian prime minister, whose government said Hungary would disregard the ruling on pensions."
    assert _typed(spec, text, "2025-04-02", "refusal") == []


# --- a second warrant told with "also" in another language takes the day of the one just told ------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("O TPI emitiu na sexta-feira um mandado de prisão contra Vladimir Putin. O tribunal também emitiu um mandado de prisão "
     "contra Maria Lvova-Belova.", "pt"),
    ("La CPI a délivré vendredi un mandat d'arrêt contre Vladimir Poutine. La Cour a également délivré un mandat d'arrêt contre "
     "Maria Lvova-Belova.", "fr"),
])
def test_a_second_warrant_told_with_also_takes_the_first_ones_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03-18", "warrant_issued", language=language) == [
        (LVOVA, None, "2023-03-17"), (PUTIN, None, "2023-03-17")]


def test_a_second_warrant_without_also_or_a_day_is_not_dated_by_the_first(spec) -> None:  # noqa: ANN001
    text = ("O TPI emitiu na sexta-feira um mandado de prisão contra Vladimir Putin. O tribunal emitiu um mandado de prisão contra "
            "Maria Lvova-Belova.")
    assert (LVOVA, None, "2023-03-17") not in _typed(spec, text, "2023-03-18", "warrant_issued", language="pt")


# --- a weekday with the day of the month in brackets ("nesta sexta-feira (17)") -----------------------------------------------

def test_a_weekday_with_its_day_in_brackets_gives_that_day_in_a_page_dated_to_its_month(spec) -> None:  # noqa: ANN001
    text = "O Tribunal Penal Internacional emitiu uma ordem de prisão, nesta sexta-feira (17), contra o presidente Vladimir Putin."
    assert _typed(spec, text, "2023-03", "warrant_issued", language="pt") == [(PUTIN, None, "2023-03-17")]


def test_a_day_in_brackets_that_is_not_that_weekday_gives_only_the_month(spec) -> None:  # noqa: ANN001
    text = "O Tribunal Penal Internacional emitiu uma ordem de prisão, nesta sexta-feira (18), contra o presidente Vladimir Putin."
    assert _typed(spec, text, "2023-03", "warrant_issued", language="pt") == [(PUTIN, None, "2023-03")]


# --- a sentence opened by a condition supposes the arrest in it --------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Sollte Benjamin Netanjahu planen, nach Berlin zu reisen, dann wäre es wahrscheinlich, dass er am Flughafen verhaftet wird.", "de"),
    ("Should Benjamin Netanyahu plan to travel to Berlin, the chances are that he would be arrested at the airport.", "en"),
])
def test_an_arrest_in_a_sentence_opened_by_a_condition_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "arrest", language=language) == []


def test_an_arrest_told_as_done_in_german_is_still_one(spec) -> None:  # noqa: ANN001
    text = "Die Polizei hat Rodrigo Duterte am Dienstag am Flughafen von Manila festgenommen."
    assert [p for p, _, _ in _typed(spec, text, "2025-03-12", "arrest", language="de")] == ["rodrigo-roa-duterte"]


# --- a transfer told by its noun after a possessive pronoun, into the Court's or "international" custody ---------------------

def test_a_transfer_to_international_custody_with_its_day_is_a_surrender_in_the_past(spec) -> None:  # noqa: ANN001
    text = "Laurent Gbagbo will face the judges next week, following his transfer to international custody on Tuesday."
    assert _typed(spec, text, "2011-12-01", "surrender") == [(GBAGBO, None, "2011-11-29")]


def test_a_transfer_to_custody_only_demanded_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Victims' groups in Abidjan demanded his transfer to international custody, Laurent Gbagbo's opponents said on Tuesday."
    assert _typed(spec, text, "2011-12-01", "surrender") == []


# --- a trip expected, told in Spanish; a photo credit as a dateline ---------------------------------------------------------

def test_a_trip_expected_in_spanish_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Se espera que Vladimir Putin viaje la próxima semana a Hungría para reunirse con el primer ministro."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-10-17", "planned_visit", language="es")] == [(PUTIN, "HUN")]


def test_a_place_before_a_photo_credit_is_a_dateline_not_a_destination(spec) -> None:  # noqa: ANN001
    text = "Caracas/Foto: AP- Se espera que Vladimir Putin viaje pronto a Hungría para reunirse con el primer ministro."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-10-17", "planned_visit", language="es")] == [(PUTIN, "HUN")]


# --- a headline's own date in brackets is not the act's when the act's day is told --------------------------------------------

def test_a_headline_date_in_brackets_yields_to_the_acts_date(spec) -> None:  # noqa: ANN001
    text = ("Court issues arrest warrants for Sergei Kobylash and Viktor Sokolov (8 March 2024)\n\n"
            "On 5 March 2024, the Pre-Trial Chamber of the International Criminal Court issued two arrest warrants against Sergei "
            "Kobylash and Viktor Sokolov.")
    assert _typed(spec, text, "2024-03-08", "warrant_issued") == [(KOBYLASH, None, "2024-03-05"), (SOKOLOV, None, "2024-03-05")]


def test_a_headline_date_in_brackets_alone_stays(spec) -> None:  # noqa: ANN001
    text = "Court issues arrest warrants for Sergei Kobylash and Viktor Sokolov (5 March 2024)"
    assert _typed(spec, text, "2024-03-06", "warrant_issued") == [(KOBYLASH, None, "2024-03-05"), (SOKOLOV, None, "2024-03-05")]


# --- a finding dated by the Court's act told nearby in the document's language -------------------------------------------------

def test_a_finding_in_french_takes_the_day_of_the_chambers_act_told_before_it(spec) -> None:  # noqa: ANN001
    text = ("Communiqué de presse : 12 mars 2025\n\n"
            "Situation au Darfour : la Chambre préliminaire conclut que le Tchad n'a pas coopéré et renvoie la question au Conseil\n\n"
            "Aujourd'hui, le 12 mars 2025, la Chambre préliminaire de la Cour pénale internationale a conclu que le Tchad n'a pas "
            "donné suite à la demande de la Cour.\n\n"
            "Compte tenu de la gravité du manquement du Tchad à coopérer avec la Cour, la Chambre a jugé nécessaire de renvoyer la "
            "question au Conseil de sécurité.")
    assert _typed(spec, text, "2025-03-12", "noncompliance_finding", language="fr") == [(None, "TCD", "2025-03-12")]


def test_a_french_failure_only_recalled_without_the_chambers_act_is_no_finding(spec) -> None:  # noqa: ANN001
    text = "Des militants ont dénoncé mardi le manquement du Tchad à coopérer avec la Cour pénale internationale."
    assert _typed(spec, text, "2025-03-12", "noncompliance_finding", language="fr") == []


# --- German warrants told by the day since which they apply; a weekday written with its part of the day ---------------------

def test_warrants_told_by_the_day_since_which_they_apply(spec) -> None:  # noqa: ANN001
    text = ("Seit Donnerstagnachmittag gelten für Benjamin Netanjahu und den früheren Verteidigungsminister Joav Gallant "
            "Haftbefehle des Internationalen Strafgerichtshofs.")
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language="de") == [
        (NETANYAHU, None, "2024-11-21"), ("yoav-gallant", None, "2024-11-21")]


def test_a_warrant_in_force_since_a_month_long_past_is_no_new_warrant(spec) -> None:  # noqa: ANN001
    text = "Seit März 2023 gilt ein Haftbefehl des Internationalen Strafgerichtshofs gegen Wladimir Putin."
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language="de") == []


# --- a lead repeated further down the page is the lead too -----------------------------------------------------------------

LEAD = "The International Criminal Court has issued arrest warrants for two senior Taliban officials, drawing criticism in Kabul."
NAMES = "The warrants name the supreme leader Haibatullah Akhundzada and the chief justice Abdul Hakim Haqqani."


def test_a_lead_repeated_after_a_byline_is_the_lead(spec) -> None:  # noqa: ANN001
    text = (f"{LEAD}\n\nBy a staff reporter, The Hague - updated 9 July 2025, 2 min read\n\nTaliban leaders wanted by the Court.\n\n"
            f"Share this article.\n\n{LEAD}\n\n{NAMES}")
    assert _typed(spec, text, "2025-07-09", "warrant_issued") == [
        ("abdul-hakim-haqqani", None, "2025-07-09"), ("haibatullah-akhundzada", None, "2025-07-09")]


def test_the_same_words_in_a_later_paragraph_without_the_lead_stay_background(spec) -> None:  # noqa: ANN001
    text = ("Human rights groups in Kabul on Wednesday published a long report on the conditions of women and girls under the "
            "Taliban's rule since the group returned to power.\n\nThe report recalls many decisions of the past years.\n\n"
            f"{LEAD}\n\n{NAMES}")
    assert _typed(spec, text, "2025-07-09", "warrant_issued") == []
