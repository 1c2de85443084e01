"""Session 47 (issue 12, task mnews154): the shapes of States' acts batch 154 brought in, each as the general shape in the
languages the monitor reads. Sentences written for the test (none copied from a page of the set), with controls that must not
change. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"

# 1. A refusal told as the visitor having nothing to fear where he goes: the host government's word that the stay brings no
#    arrest (lexicon.REFUSAL_MORE; monitor_words.yaml REFUSAL, each language's), the place or the time of the stay told beside it.
FEAR = [
    ("en", "Hungary's government said Benjamin Netanyahu has nothing to fear during his visit to Budapest."),
    ("en", "The Hungarian government assured that Benjamin Netanyahu would have no legal consequences to fear in Hungary."),
    ("fr", "Le gouvernement hongrois a assuré que Benjamin Netanyahou n'avait rien à craindre lors de sa visite en Hongrie."),
    ("es", "El Gobierno húngaro aseguró que Benjamin Netanyahu no tiene nada que temer durante su visita a Hungría."),
    ("it", "Il governo ungherese ha assicurato che Benjamin Netanyahu non ha nulla da temere durante la sua visita in Ungheria."),
    ("pt", "O governo húngaro garantiu que Benjamin Netanyahu não tem nada a temer durante a sua visita à Hungria."),
    ("de", "Die ungarische Regierung versicherte, Benjamin Netanjahu habe bei seinem Besuch in Ungarn nichts zu befürchten."),
]


@pytest.mark.parametrize(("language", "text"), FEAR, ids=[f"{f[0]}{i}" for i, f in enumerate(FEAR)])
def test_nothing_to_fear_during_the_stay_is_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == [(NETANYAHU, "HUN", None)]


# control: the person's own plea about the Court, with no stay told: no refusal
PLEA = [
    ("en", "Benjamin Netanyahu said he has nothing to fear from the judges of the court."),
    ("fr", "Benjamin Netanyahou a déclaré qu'il n'avait rien à craindre de la Cour."),
    ("es", "Benjamin Netanyahu afirmó que no tiene nada que temer de la Corte."),
    ("it", "Benjamin Netanyahu ha affermato di non avere nulla da temere dalla Corte."),
    ("pt", "Benjamin Netanyahu afirmou que não tem nada a temer do Tribunal."),
    ("de", "Benjamin Netanjahu sagte, er habe vom Gericht nichts zu befürchten."),
]


@pytest.mark.parametrize(("language", "text"), PLEA, ids=[p[0] for p in PLEA])
def test_nothing_to_fear_from_the_court_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == []


# 2. A refusal told as arresting being beyond the government's hands or power ('no está en manos de su Gobierno detener a X'),
#    beside 'no le corresponde detener' (session 45), in indirect speech.
HANDS = [
    ("en", "The president of Mexico said it is not in his government's hands to arrest Vladimir Putin if he attends the ceremony."),
    ("en", "The Mexican government said it was not within its power to detain Vladimir Putin in Mexico."),
    ("fr", "Le président a déclaré qu'il n'est pas entre les mains du gouvernement d'arrêter Vladimir Poutine s'il assiste à la "
           "cérémonie au Mexique."),
    ("es", "El presidente de México declaró que no está en manos de su Gobierno detener a Vladimir Putin si asiste a la ceremonia."),
    ("it", "Il presidente ha dichiarato che non è nelle mani del governo arrestare Vladimir Putin in Messico."),
    ("pt", "O presidente declarou que não está nas mãos do governo prender Vladimir Putin se ele comparecer à cerimônia no México."),
    ("de", "Mexikos Präsident erklärte, es liege nicht in der Hand seiner Regierung, Wladimir Putin in Mexiko festzunehmen."),
]


@pytest.mark.parametrize(("language", "text"), HANDS, ids=[f"{h[0]}{i}" for i, h in enumerate(HANDS)])
def test_arresting_beyond_the_governments_hands_is_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-08", "refusal", language=language) == [(PUTIN, "MEX", None)]


# control: the same words owning the arrest ('está en manos de la policía detenerlo'): no refusal
OWNED = [
    ("en", "The president of Mexico said it is in the hands of the police to arrest Vladimir Putin if he comes to Mexico."),
    ("es", "El presidente de México declaró que está en manos de la policía detener a Vladimir Putin si viaja a México."),
]


@pytest.mark.parametrize(("language", "text"), OWNED, ids=[o[0] for o in OWNED])
def test_an_arrest_in_the_polices_hands_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-08", "refusal", language=language) == []


# 3. A word of cancelling whose object is a tie or a text ('annulait son adhésion à la Cour', "cancelled its membership"), in the
#    sentence that tells the visitor's stay: the stay stands (lexicon.CANCELLED_TIE, each language's).
TIE = [
    ("en", "While Benjamin Netanyahu is in Budapest, Hungary announced that it cancelled its membership of the court."),
    ("fr", "Alors que Benjamin Netanyahou se trouve à Budapest, la Hongrie a annoncé qu'elle annulait son adhésion à la Cour."),
    ("es", "Mientras Benjamin Netanyahu se encuentra en Budapest, Hungría anunció que canceló su adhesión a la Corte."),
    ("it", "Mentre Benjamin Netanyahu si trova a Budapest, l'Ungheria ha annunciato di aver annullato la sua adesione alla Corte."),
    ("pt", "Enquanto Benjamin Netanyahu se encontra em Budapeste, a Hungria anunciou que cancelou a sua adesão ao Tribunal."),
]


@pytest.mark.parametrize(("language", "text"), TIE, ids=[t[0] for t in TIE])
def test_a_tie_cancelled_leaves_the_stay_standing(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


# control: the trip itself cancelled in the same words' place: no visit
TRIP = [
    ("en", "Benjamin Netanyahu cancelled his visit to Budapest."),
    ("fr", "Benjamin Netanyahou a annulé sa visite à Budapest."),
    ("es", "Benjamin Netanyahu canceló su visita a Budapest."),
    ("it", "Benjamin Netanyahu ha annullato la sua visita a Budapest."),
    ("pt", "Benjamin Netanyahu cancelou a sua visita a Budapeste."),
]


@pytest.mark.parametrize(("language", "text"), TRIP, ids=[t[0] for t in TRIP])
def test_a_trip_cancelled_gives_no_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
    assert _typed(spec, text, "2025-04-03", "planned_visit", language=language) == []


# 4. A withdrawal notified told as the depositary receiving it ('a reçu la notification', 'recibió la notificación'): read before
#    this session; kept here as the batch's shape, in every language (no change).
RECEIVED = [
    ("en", "The UN Secretary-General received Burundi's notification of withdrawal from the Rome Statute on 27 October 2016."),
    ("fr", "Le Secrétaire général de l'ONU a reçu la notification du retrait du Burundi du Statut de Rome le 27 octobre 2016."),
    ("es", "El secretario general de la ONU recibió la notificación de retiro de Burundi del Estatuto de Roma el 27 de octubre de 2016."),
    ("it", "Il Segretario generale dell'ONU ha ricevuto la notifica del ritiro del Burundi dallo Statuto di Roma il 27 ottobre 2016."),
    ("pt", "O secretário-geral da ONU recebeu a notificação de retirada do Burundi do Estatuto de Roma em 27 de outubro de 2016."),
    ("de", "Der UN-Generalsekretär hat am 27. Oktober 2016 die Notifikation des Austritts Burundis aus dem Römischen Statut erhalten."),
]


@pytest.mark.parametrize(("language", "text"), RECEIVED, ids=[r[0] for r in RECEIVED])
def test_a_notification_received_by_the_depositary(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-10-28", "withdrawal_notified", language=language) == [(None, "BDI", "2016-10-27")]
