"""Readings written in session 28 on the dev parts of real-news batches 66 and 67 (docs/monitor.md, "Batches 66-67"), each
with sentences written for the test and contrasts that must not fire:

- a word that opens a sentence in another language ('Embora Putin tenha sido convidado, …', 'Obwohl Putin …') was taken for
  a first name, which made every later 'Putin' a namesake's; the languages' openers are data (monitor_words.yaml, 'openers');
- a State named as a Republic by its adjective ('La République tchadienne a remis …') is the surrendering State, as 'les
  autorités tchadiennes' are;
- a surrender ordered or approved by a court ('ordonne la remise à la CPI de X', 'a donné son feu vert à la remise') is no
  surrender made;
- a withdrawal told, then announced by a pronoun for it in the next sentence ('Ungarn will aus dem IStGH austreten. Das
  kündigte der Kanzleramtsminister … an'), is a withdrawal announced, of the document's day.
"""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
NGAISSONA = "patrice-edouard-ngaissona"


def _facts(spec, text: str, date: str = "2024-05-10") -> set[tuple[str, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="rules")}


# --- a sentence's opening word in another language is no first name -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Embora Putin tenha sido convidado para a cúpula, o mandado é claro. O presidente afirmou que Putin não será preso no Brasil.",
    "Segundo Putin, a viagem é segura. O presidente afirmou que Putin não será preso no Brasil.",
    "Aunque Putin fue invitado a la cumbre, la orden sigue vigente. El presidente afirmó que Putin no será detenido en Brasil.",
])
def test_an_opening_word_makes_no_namesake(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", PUTIN, "BRA") in _facts(spec, text)


@pytest.mark.parametrize("text", [
    # a real first name before the surname is still someone else's: no refusal about the person the record holds
    "Fernanda Putin tenha sido convidada para a cúpula. O presidente afirmou que Putin não será preso no Brasil.",
    "Carla Putin fue invitada a la cumbre. El presidente afirmó que Putin no será detenido en Brasil.",
])
def test_a_first_name_still_makes_a_namesake(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", PUTIN, "BRA") not in _facts(spec, text)


# --- 'la République tchadienne': the State acting ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("La République tchadienne a remis lundi à la Cour pénale internationale M. Maxime Mokom.", "TCD"),
    ("La République française a remis mercredi à la CPI Patrice-Edouard Ngaïssona.", "FRA"),
])
def test_a_republic_named_by_its_adjective_surrenders(spec, text: str, state: str) -> None:  # noqa: ANN001
    facts = _facts(spec, text, "2022-03-16")
    assert any(t == "surrender" and s == state for t, _, s in facts)


def test_a_state_named_as_the_place_of_crimes_does_not_surrender(spec) -> None:  # noqa: ANN001
    # the Central African Republic is where the crimes were, by its own name (no adjective): the surrendering State is Chad
    facts = _facts(spec, "Le Tchad a remis lundi à la CPI M. Maxime Mokom, suspecté de crimes commis en République centrafricaine.",
                   "2022-03-16")
    assert ("surrender", MOKOM, "TCD") in facts and ("surrender", MOKOM, "CAF") not in facts


# --- a surrender ordered or approved is not made ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La justice française ordonne la remise à la CPI de Patrice-Edouard Ngaïssona.",
    "La cour d'appel de Paris a donné lundi son feu vert à la remise à la Cour pénale internationale de Patrice-Edouard Ngaïssona.",
    "La cour d'appel a autorisé la remise à la CPI de Patrice-Edouard Ngaïssona.",
])
def test_a_surrender_ordered_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert not any(t == "surrender" for t, _, _ in _facts(spec, text, "2018-12-31"))


@pytest.mark.parametrize("text", [
    "La France a remis mercredi à la Cour pénale internationale Patrice-Edouard Ngaïssona.",
    "Patrice-Edouard Ngaïssona a été remis mercredi à la CPI par la France, après que la cour d'appel eut autorisé sa remise.",
])
def test_a_surrender_made_after_an_order_stands(spec, text: str) -> None:  # noqa: ANN001
    assert ("surrender", NGAISSONA, "FRA") in _facts(spec, text, "2019-01-24")


# --- a withdrawal announced by a pronoun in the next sentence -------------------------------------------------------------------

def test_a_withdrawal_then_das_kuendigte_an_is_announced(spec) -> None:  # noqa: ANN001
    doc = make_document("Ungarn will aus dem Internationalen Strafgerichtshof austreten. Das kündigte der Kanzleramtsminister "
                        "gegenüber der staatlichen Nachrichtenagentur an.", date="2025-04-03")
    got = {(c.type, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules")}
    assert ("withdrawal_announced", "HUN", "2025-04-03") in got


@pytest.mark.parametrize("text", [
    "Ungarn will nicht aus dem Internationalen Strafgerichtshof austreten. Das sagte der Minister am Donnerstag.",
    "Ungarn könnte aus dem Internationalen Strafgerichtshof austreten. Das sagte der Minister.",
    "Ungarn will aus dem Internationalen Strafgerichtshof austreten, fordert die Opposition. Die Regierung schweigt.",
])
def test_a_withdrawal_denied_supposed_or_only_asked_is_not_announced(spec, text: str) -> None:  # noqa: ANN001
    assert not any(t == "withdrawal_announced" for t, _, _ in _facts(spec, text, "2025-04-03"))


# --- the Spanish passive refusal, as the Portuguese 'não será preso' (found while writing the tests above) -------------------

def test_a_spanish_passive_refusal(spec) -> None:  # noqa: ANN001
    assert ("refusal", PUTIN, "BRA") in _facts(spec, "El presidente afirmó que Putin no será detenido en Brasil.")


@pytest.mark.parametrize("text", [
    "El presidente afirmó que Putin será detenido en Brasil si viaja.",
    "El gobierno afirmó que Putin será detenido en Brasil.",
])
def test_a_spanish_pledge_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", PUTIN, "BRA") not in _facts(spec, text)


# --- a name written by another transliteration that holds the words of another person's name -----------------------------------

HISHRI = "khaled-mohamed-ali-el-hishri"


@pytest.mark.parametrize("text", [
    "Chalid Mohammed Ali al-Hischri wurde am Mittwoch in Berlin festgenommen.",
    "Am Mittwoch wurde Chalid Mohammed Ali al-Hischri in Berlin festgenommen.",
])
def test_a_name_in_german_transliteration_is_the_persons(spec, text: str) -> None:  # noqa: ANN001
    got = _facts(spec, text, "2025-07-18")
    assert ("arrest", HISHRI, "DEU") in got and not any(p == "mohammed-hussein-ali" for _, p, _ in got)


def test_the_common_words_alone_stay_as_they_were_read(spec) -> None:  # noqa: ANN001
    # two common name words are no transliterated name of four words: not the Libyan suspect
    got = _facts(spec, "Mohammed Ali wurde am Mittwoch in Berlin festgenommen.", "2025-07-18")
    assert not any(p == HISHRI for _, p, _ in got)


# --- 'a participé au sommet': French joins 'à' to the article -------------------------------------------------------------------

BASHIR = "omar-hassan-ahmad-al-bashir"


@pytest.mark.parametrize("text", [
    "Omar el-Béchir a participé au sommet de la Cen-Sad à N'Djamena.",
    "Omar el-Béchir a quitté cet après-midi N'Djamena, où il a participé au sommet de la Cen-Sad.",
    "Omar el-Béchir a assisté aux cérémonies à N'Djamena.",
])
def test_a_part_taken_in_a_summit_told_with_au_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert ("visit", BASHIR, "TCD") in _facts(spec, text, "2010-07-23")


@pytest.mark.parametrize("text", [
    "Omar el-Béchir n'a pas participé au sommet de la Cen-Sad à N'Djamena.",
    "Omar el-Béchir participera au sommet de la Cen-Sad à N'Djamena si la sécurité le permet.",
])
def test_a_part_not_taken_or_only_supposed_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert ("visit", BASHIR, "TCD") not in _facts(spec, text, "2010-07-23")


# --- an arrest told as what something 'led to' ---------------------------------------------------------------------------------

DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize("text", [
    "Marcos said the government did not send any documents to the court that led to the arrest of former president Rodrigo "
    "Duterte on Tuesday.",
    "A request from Interpol led to the arrest of Rodrigo Duterte at the Manila airport on Tuesday.",
])
def test_an_arrest_something_led_to_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert any(t == "arrest" and p == DUTERTE for t, p, _ in _facts(spec, text, "2025-03-11"))


@pytest.mark.parametrize("text", [
    "The documents could lead to the arrest of Rodrigo Duterte, his lawyer warned.",
    "A tip would have led to the arrest of Rodrigo Duterte in Manila, police said.",
    "The raid led to the arrest of drug suspects, Rodrigo Duterte said.",
])
def test_an_arrest_only_foreseen_or_of_others_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert not any(t == "arrest" and p == DUTERTE for t, p, _ in _facts(spec, text, "2025-03-11"))
