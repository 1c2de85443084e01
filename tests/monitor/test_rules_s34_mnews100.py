"""Session 34 (issue 12, task mnews100): readings written on the dev errors of real-news batches 100-101. Each reading is a
general rule, tested with sentences written for the test and a contrast that must not fire; the words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

# a page of Thursday 2016-10-27: "mercredi" / "miércoles" is 2016-10-26
NEWS_DAY = "2016-10-27"
WEDNESDAY = "2016-10-26"


# 1. The Secretary-General as the speaker who regrets a decision is no notice deposited with him; as its addressee he is.
@pytest.mark.parametrize(("text", "language"), [
    ("Le secrétaire général de l'ONU a regretté mercredi la décision annoncée par la Gambie de se retirer de la CPI.", "fr"),
    ("El secretario general de la ONU lamentó el miércoles la anunciada decisión de Gambia de retirarse de la CPI.", "es"),
])
def test_the_secretary_general_regretting_a_withdrawal_is_no_notice(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_notified", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("La Gambie a notifié mercredi son retrait de la CPI au secrétaire général de l'ONU.", "fr"),
    ("La Gambie a déposé mercredi son retrait de la CPI auprès du secrétaire général de l'ONU.", "fr"),
    ("Gambia notificó el miércoles su retiro de la CPI al secretario general de la ONU.", "es"),
    ("Gambia presentó el miércoles ante el secretario general de la ONU su retiro de la CPI.", "es"),
    ("Gambia presentó el miércoles en la oficina del Secretario General de la ONU el documento de su retiro de la CPI.", "es"),
    ("La Gambie a déposé mercredi au cabinet du secrétaire général de l'ONU le document de son retrait de la CPI.", "fr"),
])
def test_a_withdrawal_addressed_to_the_secretary_general_is_notified(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_notified", language=language) == [(None, "GMB", WEDNESDAY)]


# 2. A State's leaving told by the participle 'annonçant' or by its 'décision de se retirer'.
@pytest.mark.parametrize("text", [
    "Dans un communiqué annonçant mercredi leur retrait de la CPI, le Mali et le Niger dénoncent une justice sélective.",
    "Le Mali et le Niger ont fait part mercredi de leur décision souveraine de se retirer du Statut de Rome de la CPI.",
])
def test_a_withdrawal_told_by_annoncant_or_by_a_decision_to_leave(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language="fr") == [(None, "MLI", WEDNESDAY), (None, "NER", WEDNESDAY)]


@pytest.mark.parametrize("text", [
    # a decision to stay, and a decision of the Court
    "Le Mali a fait part mercredi de sa décision de rester partie au Statut de Rome de la CPI.",
    "Le Niger a salué mercredi la décision de la CPI de lever les scellés.",
])
def test_a_decision_that_is_no_leaving_gives_no_withdrawal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language="fr") == []


# 3. A statement of support in Portuguese told with the count of States beside it (as English 'a statement of support').
def test_a_portuguese_statement_of_support_with_a_count_is_a_joint_statement(spec) -> None:  # noqa: ANN001
    text = ("O ministro assinou na quarta-feira, em Nova York, uma declaração em apoio ao Tribunal Penal Internacional, "
            "em conjunto com ministros de outros 40 países.")
    assert _typed(spec, text, NEWS_DAY, "joint_statement", language="pt") == [(None, None, WEDNESDAY)]


@pytest.mark.parametrize("text", [
    # one State's statement, no count
    "O governo divulgou na quarta-feira uma declaração em apoio ao Tribunal Penal Internacional.",
    # a count of States that are no signatories
    "Uma declaração em apoio ao Tribunal Penal Internacional foi criticada por ONGs de 40 países.",
])
def test_a_portuguese_statement_of_one_state_or_of_ngos_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "joint_statement", language="pt") == []


# 4. Several States' leaving told in the plural present, or by a government's formal 'porte(nt) à la connaissance', is the
# day's news; the conditional is not.
@pytest.mark.parametrize("text", [
    "Le Mali et le Niger annoncent leur retrait de la CPI.",
    "Le Mali et le Niger portent à la connaissance du public leur décision de se retirer du Statut de Rome.",
])
def test_a_plural_present_withdrawal_is_the_days_news(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language="fr") == [(None, "MLI", NEWS_DAY), (None, "NER", NEWS_DAY)]


@pytest.mark.parametrize("text", [
    "Le Mali et le Niger annonceraient leur retrait de la CPI.",
    "Le Mali et le Niger portent à la connaissance du public leur décision de rester dans le Statut de Rome.",
])
def test_a_supposed_withdrawal_or_a_decision_to_stay_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language="fr") == []


# 5. A day of the month told by its number alone: that day of the page's month, or of the month before when later than the
# page's day.
@pytest.mark.parametrize(("text", "language", "day"), [
    ("A Gâmbia anunciou no último dia 25 a sua retirada do TPI.", "pt", "2016-10-25"),
    ("A Gâmbia anunciou no dia 28 a sua retirada do TPI.", "pt", "2016-09-28"),
    ("Gambia anunció el pasado día 25 su retiro de la CPI.", "es", "2016-10-25"),
    ("La Gambie a annoncé le 25 dernier son retrait de la CPI.", "fr", "2016-10-25"),
])
def test_a_day_of_the_month_told_alone(spec, text: str, language: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language=language) == [(None, "GMB", day)]


# 6. An announcement referred to as already made ('the announced decision', 'la anunciada decisión') in a reaction to it is no
# announcement of the reaction's day; the announcement told by its own verb is.
@pytest.mark.parametrize(("text", "language"), [
    ("The UN Secretary-General on Wednesday regretted the announced decision of Gambia to withdraw from the ICC.", "en"),
    ("El secretario general de la ONU lamentó el miércoles la anunciada decisión de Gambia de retirarse de la CPI.", "es"),
])
def test_a_reaction_to_an_announced_withdrawal_is_no_announcement_of_its_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Gambia announced on Wednesday its decision to withdraw from the ICC.", "en"),
    ("El Gobierno de Gambia anunció el miércoles que se retiraba de la CPI.", "es"),
])
def test_an_announcement_told_by_its_verb_is_one(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "withdrawal_announced", language=language) == [(None, "GMB", WEDNESDAY)]


# 7. A joint statement told first with no day (a headline's present), then with its day: its day is the one told.
def test_a_joint_statement_takes_the_day_a_later_sentence_tells(spec) -> None:  # noqa: ANN001
    text = ("Brasil e mais 34 países declaram apoio ao Tribunal Penal Internacional.\n\n"
            "O ministro assinou, no último dia 27, em Nova York, uma declaração em apoio ao Tribunal Penal Internacional, "
            "em conjunto com chanceleres de outros 34 países.")
    assert _typed(spec, text, "2018-10-04", "joint_statement", language="pt") == [(None, None, "2018-09-27")]


def test_a_joint_statement_told_with_no_day_is_the_pages(spec) -> None:  # noqa: ANN001
    text = "Brasil e mais 34 países declaram apoio ao Tribunal Penal Internacional."
    assert _typed(spec, text, "2018-10-04", "joint_statement", language="pt") == [(None, None, "2018-10-04")]
