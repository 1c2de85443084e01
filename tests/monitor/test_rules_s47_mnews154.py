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


# 5. The brief's other shapes, each already read in a plain sentence before this session (kept as guards, no change): a joint
#    statement told by its count ("signed by 60 States"), a withdrawal told by a parliament's vote or by a president's signing of
#    the law, a refusal told by a minister in indirect speech.
ALREADY = [
    ("js-en", "en", "2025-02-08", "joint_statement", 'A joint statement in support of the International Criminal Court was signed by 60 States on Friday.', (None, None, "2025-02-07")),
    ("js-fr", "fr", "2025-02-08", "joint_statement", 'Une déclaration commune de soutien à la Cour pénale internationale a été signée vendredi par 60 États.', (None, None, "2025-02-07")),
    ("js-es", "es", "2025-02-08", "joint_statement", 'Una declaración conjunta de apoyo a la Corte Penal Internacional fue firmada el viernes por 60 Estados.', (None, None, "2025-02-07")),
    ("js-it", "it", "2025-02-08", "joint_statement", 'Una dichiarazione congiunta a sostegno della Corte penale internazionale è stata firmata venerdì da 60 Stati.', (None, None, "2025-02-07")),
    ("js-pt", "pt", "2025-02-08", "joint_statement", 'Uma declaração conjunta de apoio ao Tribunal Penal Internacional foi assinada na sexta-feira por 60 Estados.', (None, None, "2025-02-07")),
    ("js-de", "de", "2025-02-08", "joint_statement", 'Eine gemeinsame Erklärung zur Unterstützung des Internationalen Strafgerichtshofs wurde am Freitag von 60 Staaten unterzeichnet.', (None, None, "2025-02-07")),
    ("pv-en", "en", "2025-10-01", "withdrawal_announced", "Burkina Faso's parliament voted on Tuesday to withdraw from the Rome Statute.", (None, "BFA", "2025-09-30")),
    ("pv-fr", "fr", "2025-10-01", "withdrawal_announced", 'Le parlement du Burkina Faso a voté mardi le retrait du pays du Statut de Rome.', (None, "BFA", "2025-09-30")),
    ("pv-es", "es", "2025-10-01", "withdrawal_announced", 'El parlamento de Burkina Faso votó el martes a favor de retirarse del Estatuto de Roma.', (None, "BFA", "2025-09-30")),
    ("pv-it", "it", "2025-10-01", "withdrawal_announced", 'Il parlamento del Burkina Faso ha votato martedì per il ritiro dallo Statuto di Roma.', (None, "BFA", "2025-09-30")),
    ("pv-pt", "pt", "2025-10-01", "withdrawal_announced", 'O parlamento do Burkina Faso votou na terça-feira pela retirada do Estatuto de Roma.', (None, "BFA", "2025-09-30")),
    ("pv-de", "de", "2025-10-01", "withdrawal_announced", 'Das Parlament von Burkina Faso stimmte am Dienstag für den Austritt aus dem Römischen Statut.', (None, "BFA", "2025-09-30")),
    ("ps-en", "en", "2016-10-19", "withdrawal_announced", "Burundi's president signed on Tuesday the law withdrawing the country from the Rome Statute.", (None, "BDI", "2016-10-18")),
    ("ps-fr", "fr", "2016-10-19", "withdrawal_announced", 'Le président burundais a promulgué mardi la loi portant retrait du Burundi du Statut de Rome.', (None, "BDI", "2016-10-18")),
    ("ps-es", "es", "2016-10-19", "withdrawal_announced", 'El presidente de Burundi firmó el martes la ley de retiro del país del Estatuto de Roma.', (None, "BDI", "2016-10-18")),
    ("ps-it", "it", "2016-10-19", "withdrawal_announced", 'Il presidente del Burundi ha firmato martedì la legge sul ritiro del paese dallo Statuto di Roma.', (None, "BDI", "2016-10-18")),
    ("ps-pt", "pt", "2016-10-19", "withdrawal_announced", 'O presidente do Burundi assinou na terça-feira a lei de retirada do país do Estatuto de Roma.', (None, "BDI", "2016-10-18")),
    ("ps-de", "de", "2016-10-19", "withdrawal_announced", 'Der Präsident Burundis unterzeichnete am Dienstag das Gesetz über den Austritt des Landes aus dem Römischen Statut.', (None, "BDI", "2016-10-18")),
    ("mi-en", "en", "2023-07-01", "refusal", "South Africa's foreign minister said that the government would not arrest Vladimir Putin if he attended the summit in Johannesburg.", (PUTIN, "ZAF", None)),
    ("mi-fr", "fr", "2023-07-01", "refusal", "Le ministre sud-africain des Affaires étrangères a indiqué que le gouvernement n'arrêterait pas Vladimir Poutine s'il venait au sommet de Johannesburg.", (PUTIN, "ZAF", None)),
    ("mi-es", "es", "2023-07-01", "refusal", 'La ministra sudafricana de Exteriores indicó que el Gobierno no detendría a Vladimir Putin si asistía a la cumbre de Johannesburgo.', (PUTIN, "ZAF", None)),
    ("mi-it", "it", "2023-07-01", "refusal", 'Il ministro degli Esteri sudafricano ha detto che il governo non arresterebbe Vladimir Putin se partecipasse al vertice di Johannesburg.', (PUTIN, "ZAF", None)),
    ("mi-pt", "pt", "2023-07-01", "refusal", 'A ministra sul-africana das Relações Exteriores disse que o governo não prenderia Vladimir Putin se ele fosse à cúpula de Joanesburgo.', (PUTIN, "ZAF", None)),
    ("mi-de", "de", "2023-07-01", "refusal", 'Die südafrikanische Außenministerin sagte, die Regierung werde Wladimir Putin nicht festnehmen, falls er zum Gipfel nach Johannesburg komme.', (PUTIN, "ZAF", None)),
]


@pytest.mark.parametrize(("case", "language", "date", "kind", "text", "expected"), ALREADY, ids=[a[0] for a in ALREADY])
def test_the_briefs_other_shapes_are_read(spec, case: str, language: str, date: str, kind: str, text: str,  # noqa: ANN001
                                          expected: tuple) -> None:
    assert _typed(spec, text, date, kind, language=language) == [expected], case
