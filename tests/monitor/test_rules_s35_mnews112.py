"""Session 36 (issue 12, task mnews112): readings written on the dev errors of real-news batches 112-113 (trips of persons
under a warrant and what hosts did, in English, French, Italian and German). Each reading is a general rule, tested with
sentences written for the test and a contrast that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` and ``data/lookups/state_names.yaml`` (the English travel words are in
``monitor/lexicon.py`` with the others of their list). The names are the record's, used as examples (no State or person is
special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DAY = "2025-10-11"


# 1. A trip told as the first 'since' the Court issued its warrant: the issue is background, in every language, even with
#    the Court's full name and initials between 'since' and the warrant; the trip stays a visit.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin arrived this morning in Kyrgyzstan, his first trip abroad since the International Criminal Court (ICC) "
     "issued an arrest warrant for him.", "en"),
    ("Vladimir Poutine est arrivé ce matin au Kirghizistan, son premier voyage depuis que la Cour pénale internationale (CPI) "
     "a émis un mandat d'arrêt contre lui.", "fr"),
    ("Il presidente russo Vladimir Putin è arrivato stamattina in Kirghizistan, per la sua prima visita ufficiale all'estero "
     "da quando la Corte penale internazionale (Cpi) ha emesso un mandato di arresto contro lo zar.", "it"),
    ("Wladimir Putin ist heute Morgen in Kirgisistan eingetroffen, seine erste Reise, seit der Internationale "
     "Strafgerichtshof (IStGH) einen Haftbefehl gegen ihn erlassen hat.", "de"),
    ("Vladimir Putin llegó esta mañana a Kirguistán, su primer viaje desde que la Corte Penal Internacional (CPI) emitió "
     "una orden de arresto contra él.", "es"),
    ("Vladimir Putin chegou esta manhã ao Quirguistão, a sua primeira viagem desde que o Tribunal Penal Internacional (TPI) "
     "emitiu um mandado de prisão contra ele.", "pt"),
])
def test_a_first_trip_since_the_warrant_is_a_visit_and_no_new_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == []
    assert _typed(spec, text, DAY, "visit", language=language) == [(PUTIN, "KGZ", DAY)]


@pytest.mark.parametrize(("text", "language", "want"), [
    # the Court's own act told as news, with its full name and initials: still a warrant issued that day
    ("La Cour pénale internationale (CPI) a émis vendredi un mandat d'arrêt contre Vladimir Poutine.", "fr", "2025-10-10"),
    ("La Corte penale internazionale (Cpi) ha emesso oggi un mandato di arresto contro Vladimir Putin.", "it", DAY),
    ("Der Internationale Strafgerichtshof hat am Montag einen Haftbefehl gegen Wladimir Putin erlassen.", "de", "2025-10-06"),
])
def test_a_warrant_told_as_news_is_still_issued(spec, text: str, language: str, want: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == [(PUTIN, None, want)]


# 2. Italian 'sfidando il mandato … emesso dalla Corte' (defying the warrant the Court issued), as English 'defying the
#    warrant issued by', French 'défiant', Spanish 'desafiando': the warrant is recalled, not issued that day.
@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu è arrivato in Ungheria, sfidando il mandato di arresto emesso dalla Corte penale internazionale.", "it"),
    ("Benjamin Netanyahu è arrivato in Ungheria a dispetto del mandato di arresto emesso dalla Corte penale internazionale.", "it"),
    ("Benjamin Netanyahu arrived in Hungary, defying the arrest warrant issued by the International Criminal Court.", "en"),
    ("Benjamin Netanyahou est arrivé en Hongrie, défiant le mandat d'arrêt émis par la Cour pénale internationale.", "fr"),
    ("Benjamin Netanyahu llegó a Hungría, desafiando la orden de arresto emitida por la Corte Penal Internacional.", "es"),
])
def test_defying_the_warrant_recalls_it(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "warrant_issued", language=language) == []
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


# 3. German 'veröffentlicht' declined before another noun ('in einer am 10. Oktober veröffentlichten Erklärung') makes
#    that noun public, not the warrant; the warrant made public stays an unsealing.
@pytest.mark.parametrize(("text", "language"), [
    ("In einer am 10. Oktober veröffentlichten Erklärung heißt es, Tadschikistan hätte den Haftbefehl des IStGH gegen "
     "Wladimir Putin vollstrecken müssen.", "de"),
    ("In einem am Freitag veröffentlichten Bericht heißt es, die Mongolei habe den Haftbefehl gegen Wladimir Putin "
     "missachtet.", "de"),
    ("In a statement published on October 10, the EU said Tajikistan should have executed the arrest warrant against "
     "Vladimir Putin.", "en"),
    ("Dans une déclaration publiée le 10 octobre, l'UE estime que le Tadjikistan aurait dû exécuter le mandat d'arrêt "
     "contre Vladimir Poutine.", "fr"),
    ("In una dichiarazione pubblicata il 10 ottobre, l'Ue afferma che il Tagikistan avrebbe dovuto eseguire il mandato "
     "di arresto contro Vladimir Putin.", "it"),
])
def test_a_statement_published_is_no_warrant_made_public(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_unsealed", language=language) == []


@pytest.mark.parametrize("text", [
    "Der IStGH hat am Montag den Haftbefehl gegen Wladimir Putin veröffentlicht.",
    "Der am Montag veröffentlichte Haftbefehl gegen Wladimir Putin wirft ihm Kriegsverbrechen vor.",
    "Der IStGH hat am Montag den bislang geheimen Haftbefehl gegen Wladimir Putin entsiegelt.",
])
def test_the_warrant_made_public_is_still_unsealed(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_unsealed", language="de") == [(PUTIN, None, "2025-10-06")]


# 4. English 'was headed to <place> for talks': a trip under way, an announced trip like 'was heading to', 'heads to'.
@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu was headed to Washington for talks with US President Donald Trump.",
    "Benjamin Netanyahu is headed to Washington for talks with Donald Trump.",
])
def test_headed_to_a_place_is_a_planned_visit(spec, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "planned_visit", language="en")] == [(NETANYAHU, "USA")]


@pytest.mark.parametrize("text", [
    "A plane carrying the delegation was headed to Washington.",                 # no person under a warrant
    "Benjamin Netanyahu was not headed to Washington, his office said.",         # denied
])
def test_headed_to_without_the_person_or_denied_gives_nothing(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language="en") == []


# 5. The short German name 'Kirgistan' beside 'Kirgisistan' (state_names.yaml).
def test_the_short_german_name_of_kyrgyzstan_is_read(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Wladimir Putin ist in Kirgistan eingetroffen.", DAY, "visit", language="de") == [(PUTIN, "KGZ", DAY)]
    assert _typed(spec, "Wladimir Putin ist in Kasachstan eingetroffen.", DAY, "visit", language="de") == [(PUTIN, "KAZ", DAY)]


# 6. Gatherings in general given up, told in a relative clause ('che ha rinunciato a partecipare a diversi vertici', 'qui a
#    renoncé à participer à plusieurs sommets'), deny no trip told beside them, as English 'who has skipped several summits';
#    a named gathering or trip given up still denies it.
_GAVE_UP = [
    ("Il presidente russo Vladimir Putin è arrivato stamattina in Kirghizistan. Il presidente russo, che ha rinunciato a "
     "partecipare a diversi vertici internazionali a causa del mandato della Cpi, non corre il rischio di essere arrestato "
     "durante questo viaggio: il Kirghizistan non ha ratificato lo Statuto di Roma.", "it"),
    ("Vladimir Poutine est arrivé ce matin au Kirghizistan. Le président russe, qui a renoncé à participer à plusieurs "
     "sommets internationaux en raison du mandat d'arrêt de la CPI, ne court aucun risque d'être arrêté lors de ce voyage : "
     "le Kirghizistan n'a pas ratifié le Statut de Rome.", "fr"),
    ("Vladimir Putin arrived this morning in Kyrgyzstan. The Russian president, who has skipped several international "
     "summits because of the ICC warrant, runs no risk of being arrested during this trip: Kyrgyzstan has not ratified the "
     "Rome Statute.", "en"),
]


@pytest.mark.parametrize(("text", "language"), _GAVE_UP)
def test_gatherings_given_up_in_general_leave_the_trip_told(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-10-12", "visit", language=language) == [(PUTIN, "KGZ", "2023-10-12")]
    assert _typed(spec, text, "2023-10-12", "arrest", language=language) == []  # 'no risk of being arrested'


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin ha rinunciato a partecipare al vertice in Kirghizistan.", "it"),
    ("Vladimir Putin ha rinunciato al viaggio in Kirghizistan.", "it"),
    ("Vladimir Poutine a renoncé à participer au sommet au Kirghizistan.", "fr"),
    ("Vladimir Poutine a renoncé à se rendre au Kirghizistan.", "fr"),
])
def test_a_named_gathering_or_trip_given_up_is_still_denied(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-10-12", "visit", language=language) == []
    assert _typed(spec, text, "2023-10-12", "planned_visit", language=language) == []


# 7. Italian 'il rischio di essere arrestato' (the noun, as the verb 'rischia'): an arrest supposed, not made.
def test_the_risk_of_arrest_is_no_arrest(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Vladimir Putin non corre il rischio di essere arrestato in Kirghizistan.", "2023-10-12", "arrest",
                  language="it") == []
    assert _typed(spec, "Vladimir Putin corre il rischio di essere arrestato in Mongolia.", "2023-10-12", "arrest",
                  language="it") == []
    # contrast: an arrest told as made
    assert _typed(spec, "Ahmad Harun è stato arrestato ieri in Kirghizistan.", "2023-10-12", "arrest",
                  language="it") == [("ahmad-muhammad-harun", "KGZ", "2023-10-11")]


# 8. A visit begun ('Netanyahu inizia oggi una visita di più giorni in Ungheria'), in every language as English 'began a
#    four-day visit to Hungary': a stay under way; a visit still to begin is no visit.
@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu begins today a multi-day visit to Hungary.", "en"),
    ("Benjamin Netanyahu began a four-day visit to Hungary on Thursday.", "en"),
    ("Benjamin Netanyahou entame aujourd'hui une visite de plusieurs jours en Hongrie.", "fr"),
    ("Benjamin Netanyahou a entamé jeudi une visite de quatre jours en Hongrie.", "fr"),
    ("Netanyahu inizia oggi una visita di più giorni in Ungheria su invito dell'alleato Viktor Orban.", "it"),
    ("Benjamin Netanyahu ha iniziato giovedì una visita di quattro giorni in Ungheria.", "it"),
    ("Benjamin Netanjahu beginnt heute einen mehrtägigen Besuch in Ungarn.", "de"),
    ("Benjamin Netanjahu hat am Donnerstag einen viertägigen Besuch in Ungarn begonnen.", "de"),
    ("Benjamin Netanyahu inicia hoy una visita de varios días a Hungría.", "es"),
    ("Benjamin Netanyahu inicia hoje uma visita de vários dias à Hungria.", "pt"),
])
def test_a_visit_begun_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu will begin a four-day visit to Hungary next week.", "en"),
    ("Benjamin Netanyahou entamera la semaine prochaine une visite de quatre jours en Hongrie.", "fr"),
    ("Benjamin Netanyahu inizierà la prossima settimana una visita di quattro giorni in Ungheria.", "it"),
    ("Benjamin Netanjahu wird nächste Woche einen viertägigen Besuch in Ungarn beginnen.", "de"),
    ("Benjamin Netanyahu iniciará la próxima semana una visita de cuatro días a Hungría.", "es"),
])
def test_a_visit_still_to_begin_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
