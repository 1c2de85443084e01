"""Session 40 (issue 12, task mleft27): the monitor's leftovers, twenty-seventh list. Each is a general rule, tested with sentences
written for the test in at least two of the languages the monitor reads, and controls that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


# 1. Two States in a refusal's sentence, one named only as where talks were held, the other as the State a condition's trip goes
#    to: the condition's State is the host the word is meant for, when the sentence names no speaker's State.
@pytest.mark.parametrize(("text", "language", "host"), [
    ("After talks in India, the minister said Vladimir Putin will not be arrested if he comes to Brazil.", "en", "BRA"),
    ("After talks in India, the minister said Vladimir Putin will not be arrested if he travels to Brazil next month.", "en", "BRA"),
    ("Após conversas na Índia, o ministro disse que Vladimir Putin não será preso se vier ao Brasil.", "pt", "BRA"),
    ("Après des entretiens en Inde, le ministre a dit que Vladimir Poutine ne sera pas arrêté s'il vient en France.", "fr", "FRA"),
    ("Tras conversaciones en India, el ministro dijo que Vladimir Putin no será detenido si viene a España.", "es", "ESP"),
    ("Tras conversaciones en India, el ministro dijo que Vladimir Putin no será detenido si viaja a Brasil.", "es", "BRA"),
    ("Nach Gesprächen in Indien sagte der Minister, Wladimir Putin werde nicht festgenommen, wenn er nach Deutschland kommt.", "de", "DEU"),
    ("Dopo colloqui in India, il ministro ha detto che Vladimir Putin non sarà arrestato se viene in Italia.", "it", "ITA"),
    ("Dopo colloqui in India, il ministro ha detto che Vladimir Putin non sarà arrestato se mette piede in Brasile.", "it", "BRA"),
])
def test_the_condition_names_the_host(spec, text: str, language: str, host: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2023-06-01", "refusal", language=language)
    assert [s for _, s, _ in got] == [host], got


@pytest.mark.parametrize(("text", "language", "speaker"), [
    # the speaker's State named by its authorities comes first, the condition's State after it
    ("The Hungarian authorities said Vladimir Putin will not be arrested if he comes to Brazil.", "en", "HUN"),
    ("Les autorités hongroises ont dit que Vladimir Poutine ne sera pas arrêté s'il vient en France.", "fr", "HUN"),
    ("Die ungarischen Behörden sagten, Wladimir Putin werde nicht festgenommen, wenn er nach Deutschland kommt.", "de", "HUN"),
    # no condition: the State named stays the one read
    ("After talks in India, the minister said Vladimir Putin will not be arrested.", "en", "IND"),
    ("Após conversas na Índia, o ministro disse que Vladimir Putin não será preso.", "pt", "IND"),
])
def test_the_speaker_or_the_only_state_is_kept(spec, text: str, language: str, speaker: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2023-06-01", "refusal", language=language)
    assert [s for _, s, _ in got] == [speaker], got


# 2. A date opening the sentence, then the trip's verb, then its subject (es, it, pt): the person named after the verb is the
#    traveller, and the day is kept.
@pytest.mark.parametrize(("text", "language"), [
    ("El 3 de septiembre de 2024 llegó Vladimir Putin a Ulán Bator.", "es"),
    ("El 3 de septiembre llegó Vladimir Putin a Ulán Bator.", "es"),
    ("Il 3 settembre è arrivato a Ulan Bator Vladimir Putin.", "it"),
    ("Il 3 settembre 2024 è arrivato Vladimir Putin a Ulan Bator.", "it"),
    ("Em 3 de setembro chegou a Ulan Bator Vladimir Putin.", "pt"),
    ("Em 3 de setembro de 2024 chegou Vladimir Putin a Ulan Bator.", "pt"),
])
def test_a_verb_before_its_subject_after_a_date(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-10", "visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-03")], got


@pytest.mark.parametrize(("text", "language"), [
    # someone else travels to meet the person named after the verb
    ("El 3 de septiembre llegó a Ulán Bator un enviado para reunirse con Vladimir Putin.", "es"),
    ("Il 3 settembre è arrivato a Ulan Bator un inviato per incontrare Vladimir Putin.", "it"),
    ("Em 3 de setembro chegou a Ulan Bator um enviado para se reunir com Vladimir Putin.", "pt"),
])
def test_another_traveller_after_the_date_is_not_the_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-10", "visit", language=language) == []


# 3. A withdrawal voted or passed as a law, with no day in its sentence, whose day the next sentence tells by a noun that refers back
#    to the law: the withdrawal is dated so.
@pytest.mark.parametrize(("text", "language"), [
    ("Hungary's parliament has approved a bill initiating the country's formal withdrawal from the International Criminal Court. "
     "The legislation passed on May 20 with 134 votes in favor.", "en"),
    ("Le Parlement de Hongrie a voté le retrait du pays du Statut de Rome de la Cour pénale internationale. "
     "La loi a été adoptée le 20 mai par 134 voix.", "fr"),
    ("La Hongrie a annoncé son retrait de la Cour pénale internationale. Le texte a été adopté le 20 mai par 134 voix.", "fr"),
    ("El Parlamento de Hungría aprobó una ley para la retirada del país de la Corte Penal Internacional. "
     "La ley fue aprobada el 20 de mayo con 134 votos.", "es"),
    ("Das ungarische Parlament hat den Austritt Ungarns aus dem Internationalen Strafgerichtshof beschlossen. "
     "Das Gesetz wurde am 20. Mai mit 134 Stimmen verabschiedet.", "de"),
    ("Il Parlamento ungherese ha approvato l'uscita dell'Ungheria dalla Corte penale internazionale. "
     "La legge è stata approvata il 20 maggio con 134 voti.", "it"),
    ("O Parlamento da Hungria aprovou a saída do país do Tribunal Penal Internacional. A lei foi aprovada em 20 de maio com 134 votos.", "pt"),
])
def test_a_law_passed_dated_by_the_next_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-25", "withdrawal_announced", language=language)
    assert got == [(None, "HUN", "2025-05-20")], got


@pytest.mark.parametrize(("text", "language"), [
    # the next sentence's noun is another law, or no law at all: not the withdrawal's day
    ("Hungary's parliament has approved a bill initiating the country's formal withdrawal from the International Criminal Court. "
     "The law on the media passed on May 20 with 134 votes in favor.", "en"),
    ("Hungary's parliament has approved a bill initiating the country's formal withdrawal from the International Criminal Court. "
     "The opposition protested on May 20.", "en"),
    ("La Hongrie a annoncé son retrait de la Cour pénale internationale. L'opposition a protesté le 20 mai.", "fr"),
    # a new paragraph
    ("Hungary's parliament has approved a bill initiating the country's formal withdrawal from the International Criminal Court.\n\n"
     "The legislation passed on May 20 with 134 votes in favor.", "en"),
])
def test_no_day_from_another_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-25", "withdrawal_announced", language=language)
    assert got and all(d != "2025-05-20" for _, _, d in got), got


# 5. A warrant issued under seal against a group counted, its persons named sentences later by a sentence that refers back to that
#    warrant ("Persons arrested pursuant to the current warrant of arrest are …", "The warrant … was also notified to …"): a warrant
#    for each, the day of the issue. ("issued under seal a warrant" is the issue told, not "under a warrant" recalled.) The count
#    after the warrant ("against five individuals") is read in English only (rules_court.FOR_COUNT), so the step is English's.
_GROUP = ("On 20 November 2013, the Single Judge issued {seal}a warrant of arrest against {count} individuals. The warrant relates to "
          "offences against the administration of justice. Police forces in four States acted on it. The Prosecutor welcomed the "
          "cooperation. {named}")
_FOUR = "Aimé Kilolo Musamba, Jean-Jacques Mangenda Kabongo, Narcisse Arido and Fidèle Babala Wandu"
_THE_FOUR = {"aime-kilolo-musamba", "jean-jacques-mangenda-kabongo", "narcisse-arido", "fidele-babala-wandu"}


@pytest.mark.parametrize("text", [
    _GROUP.format(seal="under seal ", count="four", named=f"Persons arrested pursuant to the current warrant of arrest are {_FOUR}."),
    _GROUP.format(seal="", count="four", named=f"Persons arrested pursuant to this warrant are {_FOUR}."),
    _GROUP.format(seal="under seal ", count="five", named=f"Persons arrested pursuant to the current warrant of arrest are {_FOUR}. "
                  "The warrant of arrest was also notified to a fifth person, Jean-Pierre Bemba Gombo."),
])
def test_a_counted_group_named_by_a_sentence_that_refers_back(spec, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2013-11-25", "warrant_issued", language="en")
    assert _THE_FOUR <= {p for p, _, _ in got}, got
    assert all(d == "2013-11-20" for _, _, d in got), got


def test_a_warrant_issued_under_seal_is_the_issue(spec) -> None:  # noqa: ANN001
    text = "On 20 November 2013, the Single Judge issued under seal a warrant of arrest against Jean-Pierre Bemba Gombo."
    assert _typed(spec, text, "2013-11-25", "warrant_issued", language="en") == [("jean-pierre-bemba-gombo", None, "2013-11-20")]


@pytest.mark.parametrize("text", [
    # more persons named than the group counts: not the group's
    _GROUP.format(seal="", count="two", named=f"Persons arrested pursuant to the current warrant of arrest are {_FOUR}."),
    # named later, but by no sentence that refers back to the warrant
    _GROUP.format(seal="", count="four", named=f"{_FOUR} met the press."),
])
def test_no_group_from_other_sentences(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-11-25", "warrant_issued", language="en") == []


@pytest.mark.parametrize("text", [
    "Jean-Pierre Bemba Gombo remains in detention under a warrant issued in 2008.",
    "Jean-Pierre Bemba Gombo was arrested in 2008 under a warrant issued by the Court.",
])
def test_a_warrant_recalled_under_it_stays_background(spec, text: str) -> None:  # noqa: ANN001
    assert not [d for _, _, d in _typed(spec, text, "2013-11-25", "warrant_issued", language="en") if d and d.startswith("2013-11")]
