"""Session 42 (issue 12, task mleft33): shapes batch 136 left unread (docs/monitor.md, "Batch 136's leftovers (session 42)").
Sentences written for the test in the languages the monitor reads, with controls that must not fire. The names are the
record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"


# 1. A refusal whose verb stands before a long object: the refusal's clause read to its end (German looked only 40 characters
#    ahead; Spanish read only the past 'se negó', not the present 'se niega'; Italian took 'il mandato … emesso dalla Corte', the
#    object of the execution refused, for the warrant's issue and left the sentence to it).
@pytest.mark.parametrize(("text", "language"), [
    ("Ungarn weigert sich, den vom Internationalen Strafgerichtshof erlassenen Haftbefehl gegen Benjamin Netanjahu zu "
     "vollstrecken.", "de"),
    ("Ungarn lehnt es ab, den vom Internationalen Strafgerichtshof gegen Benjamin Netanjahu erlassenen Haftbefehl zu "
     "vollstrecken.", "de"),
    ("El Gobierno de Hungría se niega a ejecutar la orden de detención dictada por la Corte Penal Internacional contra Benjamin "
     "Netanyahu.", "es"),
    ("Hungría se niega a detener a Benjamin Netanyahu.", "es"),
    ("Il governo ungherese si rifiuta di eseguire il mandato di arresto emesso dalla Corte penale internazionale contro Benjamin "
     "Netanyahu.", "it"),
    ("L'Ungheria si è rifiutata di eseguire il mandato d'arresto emesso dalla Cpi contro Benjamin Netanyahu.", "it"),
    # (read before, kept) English and French
    ("Hungary refused to execute the arrest warrant issued by the International Criminal Court against Benjamin Netanyahu.", "en"),
    ("Le gouvernement hongrois refuse d'exécuter le mandat d'arrêt émis par la Cour pénale internationale contre Benjamin "
     "Netanyahou.", "fr"),
])
def test_a_refusal_before_a_long_object_is_read_to_the_clauses_end(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == [(NETANYAHU, "HUN", None)]


@pytest.mark.parametrize(("text", "language"), [
    # the refusal told by a third party criticising it: background, no government's word
    ("Außenministerin Annalena Baerbock kritisierte die Weigerung von Ungarns Ministerpräsident Viktor Orbán, den internationalen "
     "Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "de"),
    ("Alemania criticó a Hungría por negarse a ejecutar la orden de detención dictada por la Corte Penal Internacional contra "
     "Benjamin Netanyahu.", "es"),
    ("La Germania ha criticato l'Ungheria per essersi rifiutata di eseguire il mandato di arresto emesso dalla Corte penale "
     "internazionale contro Benjamin Netanyahu.", "it"),
    ("Germany criticised Hungary for refusing to execute the arrest warrant issued by the International Criminal Court against "
     "Benjamin Netanyahu.", "en"),
    # another clause after the comma: the refusal is of something else
    ("Ungarn weigerte sich, dazu Stellung zu nehmen, ob es den Haftbefehl gegen Benjamin Netanjahu vollstrecken werde.", "de"),
])
def test_a_refusal_before_a_long_object_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == []


# The warrant as the object of its execution is no warrant issued that day (Italian read 'il mandato … emesso dalla Corte' so).
@pytest.mark.parametrize("text", [
    "La Germania ha criticato l'Ungheria per essersi rifiutata di eseguire il mandato di arresto emesso dalla Corte penale "
    "internazionale contro Benjamin Netanyahu.",
    "Il governo ungherese si rifiuta di eseguire il mandato di arresto emesso dalla Corte penale internazionale contro Benjamin "
    "Netanyahu.",
])
def test_a_warrant_to_execute_is_no_warrant_issued_that_day(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "warrant_issued", language="it") == []


@pytest.mark.parametrize("text", [
    "La Corte penale internazionale ha emesso oggi un mandato di arresto contro Benjamin Netanyahu.",
    "Il mandato di arresto emesso dalla Corte penale internazionale contro Benjamin Netanyahu è stato reso noto oggi.",
])
def test_a_warrant_to_execute_control(spec, text: str) -> None:  # noqa: ANN001
    # the warrant issued that day, told by its verb or by the noun-first participle, stays a warrant issued
    assert [p for p, _, _ in _typed(spec, text, "2024-11-21", "warrant_issued", language="it")] == [NETANYAHU]


# 3. A person named by office only, after being named once: the head of government's title at the head of a sentence stands for
#    the person the document named before, as English "The Israeli prime minister …" and French 'Le président …' did (the
#    PRONOUN family: French, Spanish, Italian and German lacked the head of government's title; the offices with their dates are
#    the record's, data/persons/*.yaml, no new data).
@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahou a parlé à la presse. Le Premier ministre israélien est arrivé jeudi à Budapest.", "fr"),
    ("Benjamin Netanyahu habló con la prensa. El primer ministro israelí llegó el jueves a Budapest.", "es"),
    ("Benjamin Netanyahu ha parlato alla stampa. Il primo ministro israeliano è arrivato giovedì a Budapest.", "it"),
    ("Benjamin Netanjahu sprach mit der Presse. Der israelische Ministerpräsident ist am Donnerstag in Budapest gelandet.", "de"),
    # (read before, kept)
    ("Benjamin Netanyahu spoke to the press. The Israeli prime minister arrived in Budapest on Thursday.", "en"),
    ("Benjamin Netanyahu falou à imprensa. O primeiro-ministro israelense chegou na quinta-feira a Budapeste.", "pt"),
])
def test_a_head_of_government_named_by_office_is_the_person_named_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    # another State's head of government, a minister: someone else
    ("Benjamin Netanyahou a parlé à la presse. Le Premier ministre hongrois est arrivé jeudi à Budapest.", "fr"),
    ("Benjamin Netanyahou a parlé à la presse. Le ministre israélien des Affaires étrangères est arrivé jeudi à Budapest.", "fr"),
    ("Benjamin Netanyahu habló con la prensa. El primer ministro húngaro llegó el jueves a Budapest.", "es"),
    ("Benjamin Netanyahu ha parlato alla stampa. Il primo ministro ungherese è arrivato giovedì a Budapest.", "it"),
    ("Benjamin Netanjahu sprach mit der Presse. Der ungarische Ministerpräsident ist am Donnerstag in Budapest gelandet.", "de"),
    ("Benjamin Netanjahu sprach mit der Presse. Der israelische Außenminister ist am Donnerstag in Budapest gelandet.", "de"),
])
def test_a_head_of_government_named_by_office_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
