"""Session 31 (issue 12, task mnews82): two readings found on the dev part of real-news batches 82-83, each written as a
general rule (a wording or a structure, in every language the monitor reads where it applies; words as data in
data/lookups/monitor_words.yaml). Each test holds sentences written for it (not copied from the real-news set) and a
contrast that must not change. No State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"


# --- 1. human-rights defence named as what a group is gives no support to a joint statement --------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The two presidents signed a joint statement on trade, energy and transport. Human rights defenders criticised the visit "
     "and recalled the ICC warrant.", "en"),
    ("The two governments adopted a joint declaration on grain exports. Organisations for the defence of human rights said the "
     "guest should have been arrested under the ICC warrant.", "en"),
    ("Los dos presidentes firmaron un comunicado conjunto sobre comercio y transporte. Organizaciones de defensa de los derechos "
     "humanos criticaron la visita y recordaron la orden de la CPI.", "es"),
    ("Les deux présidents ont signé un communiqué conjoint sur le commerce et les transports. Des organisations de défense des "
     "droits de l'homme ont critiqué la visite et rappelé le mandat de la CPI.", "fr"),
    ("I due presidenti hanno firmato un comunicato congiunto sul commercio e sui trasporti. Le associazioni per la difesa dei "
     "diritti umani hanno criticato la visita e ricordato il mandato della CPI.", "it"),
    ("Os dois presidentes assinaram um comunicado conjunto sobre comércio e transportes. Organizações de defesa dos direitos "
     "humanos criticaram a visita e lembraram o mandado do TPI.", "pt"),
    ("Die beiden Präsidenten unterzeichneten eine gemeinsame Erklärung über Handel und Verkehr. Menschenrechtsverteidiger "
     "kritisierten den Besuch und erinnerten an den Haftbefehl des IStGH.", "de"),
])
def test_rights_defenders_give_no_support_to_a_joint_statement(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-08", "joint_statement", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Forty States issued a joint statement in defence of the International Criminal Court on Monday.", "en"),
    ("Forty States issued a joint statement reaffirming their support for the International Criminal Court on Monday.", "en"),
    ("Cuarenta Estados firmaron el lunes un comunicado conjunto en defensa de la Corte Penal Internacional.", "es"),
    ("Quarante États ont publié lundi une déclaration conjointe de soutien à la Cour pénale internationale.", "fr"),
])
def test_a_joint_statement_in_support_of_the_court_still_counts(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast: the statement's own words of support (or defence of the Court) are read as before
    assert len(_typed(spec, text, "2025-10-08", "joint_statement", language=language)) == 1


def test_a_defence_of_the_court_beside_rights_defenders_still_counts(spec) -> None:  # noqa: ANN001
    # contrast: the phrase read out is only the rights defenders', the statement's own support stays
    text = ("Thirty States issued a joint statement in support of the International Criminal Court on Monday. Human rights "
            "defenders welcomed it.")
    assert len(_typed(spec, text, "2025-10-08", "joint_statement")) == 1


# --- 2. an arrest told as the time before a present custody has no day of its own ------------------------------------------

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte is now in the custody of the International Criminal Court following his arrest in Manila.",
    "Rodrigo Duterte is in the custody of the ICC after his arrest in Manila.",
])
def test_an_arrest_told_as_the_time_before_a_present_custody_is_background(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "arrest") == []
    # the custody the sentence tells in the present is still the day's
    assert _typed(spec, text, "2025-03-13", "surrender") == [(DUTERTE, "PHL", "2025-03-13")]


@pytest.mark.parametrize(("text", "want"), [
    # contrast: the arrest's own day is kept
    ("Rodrigo Duterte is now in the custody of the International Criminal Court following his arrest in Manila on Tuesday.",
     [(DUTERTE, "PHL", "2025-03-11")]),
    # contrast: an arrest told as the sentence's own act in the present perfect is the day's news
    ("Rodrigo Duterte has been arrested in Manila.", [(DUTERTE, "PHL", "2025-03-13")]),
    ("Police have arrested Rodrigo Duterte in Manila.", [(DUTERTE, "PHL", "2025-03-13")]),
])
def test_an_arrest_with_its_own_day_or_verb_is_kept(spec, text: str, want: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "arrest") == want
