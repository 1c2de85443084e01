"""Session 48 (issue 12, task mleft40): session 47's leftovers, each as the general shape in the languages whose family holds
it. Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are
the record's, used as examples (no State, city or person is special)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
GHALY = "iyad-ag-ghaly"


def _ids(cases: list[tuple[str, ...]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# 1. A State named by its people as a clause's subject refuses only by a word of a government's (announced, declared, ruled
#    out …); a people that protests gives no refusal by that State.
PEOPLE_PROTEST = [
    ("fr", "Les Hongrois ont protesté lundi parce que Vladimir Poutine ne sera pas arrêté."),
    ("es", "Los húngaros protestaron el lunes porque Vladimir Putin no será detenido."),
    ("pt", "Os húngaros protestaram na segunda-feira porque Vladimir Putin não será detido."),
    ("it", "Gli ungheresi hanno protestato lunedì perché Vladimir Putin non sarà arrestato."),
]


@pytest.mark.parametrize(("language", "text"), PEOPLE_PROTEST, ids=_ids(PEOPLE_PROTEST))
def test_a_people_protesting_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "refusal", language=language) == []


# Controls: the people's word as a government's stays a refusal (read before), German's protest gave none before.
PEOPLE_ANNOUNCE = [
    ("fr", "Les Hongrois ont annoncé lundi que Vladimir Poutine ne sera pas arrêté."),
    ("es", "Los húngaros anunciaron el lunes que Vladimir Putin no será detenido."),
    ("pt", "Os húngaros anunciaram na segunda-feira que Vladimir Putin não será detido."),
    ("it", "Gli ungheresi hanno annunciato lunedì che Vladimir Putin non sarà arrestato."),
    ("de", "Die Ungarn kündigten am Montag an, Vladimir Putin werde nicht festgenommen."),
    ("en", "As the summit's host, the Hungarian President has announced that his country will not arrest Vladimir Putin."),
]


@pytest.mark.parametrize(("language", "text"), PEOPLE_ANNOUNCE, ids=_ids(PEOPLE_ANNOUNCE))
def test_control_a_peoples_word_as_a_governments_stays_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-05-07", "refusal", language=language)] == [(PUTIN, "HUN")]


def test_control_german_protest_gives_no_refusal(spec) -> None:  # noqa: ANN001
    text = "Die Ungarn protestierten am Montag, weil Vladimir Putin nicht festgenommen werde."
    assert _typed(spec, text, "2025-05-07", "refusal", language="de") == []


# 2. French 'à l'invitation de X' beside a trip to come keeps the trip (as English 'at the invitation of' and the other
#    languages' 'por invitación de', 'su invito del', 'a convite do', 'auf Einladung' were read), and the conditional of
#    a trip's verb (the future of reported speech) tells a month to come in French, Spanish and Portuguese as English 'would'.
INVITED_TRIP = [
    ("fr", "Vladimir Poutine se rendra en Mongolie en octobre à l'invitation de son homologue."),
    ("fr", "À l'invitation du président mongol, Vladimir Poutine se rendra en Mongolie en octobre."),
    ("fr", "Vladimir Poutine se rendra en Mongolie en octobre sur invitation de son homologue."),
    ("fr", "Vladimir Poutine a confirmé mercredi qu'il se rendrait en Mongolie en octobre à l'invitation de son homologue."),
    ("fr", "Le Kremlin a confirmé mercredi que Vladimir Poutine se rendrait en Mongolie en octobre."),
    ("es", "El Kremlin confirmó el miércoles que Vladimir Putin viajaría a Mongolia en octubre."),
    ("pt", "O Kremlin confirmou na quarta-feira que Vladimir Putin viajaria à Mongólia em outubro."),
]


@pytest.mark.parametrize(("language", "text"), INVITED_TRIP, ids=_ids(INVITED_TRIP))
def test_a_trip_to_come_beside_an_invitation_or_in_reported_speech(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-28", "planned_visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-10")], got


# Controls: an invitation alone stays no trip; the past trip at an invitation and the languages read before stay.
@pytest.mark.parametrize(("language", "text", "n"), [
    ("fr", "Vladimir Poutine a été invité en Mongolie par son homologue.", 0),
    ("fr", "Le président mongol a invité Vladimir Poutine à se rendre en Mongolie en octobre.", 0),
    ("en", "Vladimir Putin will travel to Mongolia in October at the invitation of his counterpart.", 1),
    ("es", "Vladimir Putin viajará a Mongolia en octubre por invitación de su homólogo.", 1),
    ("it", "Vladimir Putin si recherà in Mongolia a ottobre su invito del suo omologo.", 1),
    ("de", "Wladimir Putin wird im Oktober auf Einladung seines Amtskollegen in die Mongolei reisen.", 1),
])
def test_control_invitation_alone_and_the_readings_before(spec, language: str, text: str, n: int) -> None:  # noqa: ANN001
    assert len(_typed(spec, text, "2024-08-28", "planned_visit", language=language)) == n


def test_control_a_past_trip_at_an_invitation_stays_a_visit(spec) -> None:  # noqa: ANN001
    text = "Vladimir Poutine s'est rendu lundi en Mongolie à l'invitation du président mongol."
    assert _typed(spec, text, "2024-08-28", "visit", language="fr") == [(PUTIN, "MNG", "2024-08-26")]


# 3. A programme's other items, a person named among them with a title and an apposition, between the programme's verb and
#    its visit; the Italian verb before its subject.
PROGRAMME = [
    ("es", "Vladimir Putin tiene programadas reuniones con varios dirigentes de la región, entre ellos el presidente iraní, "
           "Ebrahim Raisi, y una visita a Mongolia la próxima semana."),
    ("pt", "Vladimir Putin tem programados encontros com vários dirigentes da região, entre eles o presidente iraniano, "
           "Ebrahim Raisi, e uma visita à Mongólia na próxima semana."),
    ("fr", "Vladimir Poutine a programmé des entretiens avec plusieurs dirigeants de la région, dont le président iranien, "
           "Ebrahim Raïssi, et une visite en Mongolie la semaine prochaine."),
    ("it", "Vladimir Putin ha in programma incontri con leader regionali e una visita in Mongolia la prossima settimana."),
    ("it", "Ha in programma Vladimir Putin una visita in Mongolia la prossima settimana."),
]


@pytest.mark.parametrize(("language", "text"), PROGRAMME, ids=_ids(PROGRAMME))
def test_a_visit_after_a_programmes_other_items(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-28", "planned_visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


# Controls: a plan of the past, a minister's programme.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Vladimir Putin tenía programadas reuniones con varios dirigentes de la región, entre ellos el presidente iraní, "
           "Ebrahim Raisi, y una visita a Mongolia, pero la canceló."),
    ("it", "Il ministro degli Esteri ha in programma incontri con il presidente cinese e una visita in Mongolia la prossima settimana."),
])
def test_control_programme_of_the_past_or_of_another(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-28", "planned_visit", language=language) == []


# 4. Italian reported past ('si sarebbe recato', 'sarebbe arrivato'): a trip made as the sources tell it, as English
#    'reportedly travelled' (the alert model's hedge cue keeps the doubt).
REPORTED_PAST = [
    ("it", "Secondo fonti locali, Vladimir Putin si sarebbe recato lunedì in Mongolia."),
    ("it", "Vladimir Putin sarebbe arrivato lunedì a Ulan Bator."),
    ("it", "Vladimir Putin, secondo la stampa, sarebbe atterrato lunedì a Ulan Bator."),
    ("en", "Vladimir Putin reportedly travelled to Mongolia on Monday."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_PAST, ids=_ids(REPORTED_PAST))
def test_a_reported_past_trip_is_a_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(PUTIN, "MNG", "2024-09-02")]


# Controls: denied, the future of reported speech after 'che', a supposition.
@pytest.mark.parametrize("text", [
    "Vladimir Putin non si sarebbe recato in Mongolia lunedì.",
    "Vladimir Putin non sarebbe arrivato lunedì a Ulan Bator.",
    "Il Cremlino ha confermato mercoledì che Vladimir Putin si sarebbe recato lunedì in Mongolia.",
    "Se Vladimir Putin si fosse recato in Mongolia, sarebbe stato arrestato.",
])
def test_control_italian_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language="it") == []


# 5. The Prosecutor's request as an inset between the Court and its act: the unsealing is the Court's.
INSET_REQUEST = [
    ("es", "El viernes, la Sala de Cuestiones Preliminares, a petición del Fiscal, hizo pública la orden de arresto contra Iyad Ag Ghaly."),
    ("es", "El viernes, la Sala de Cuestiones Preliminares ha, a petición del Fiscal, hecho pública la orden de arresto contra Iyad Ag Ghaly."),
    ("it", "Venerdì la Camera preliminare, su richiesta del Procuratore, ha reso pubblico il mandato d'arresto contro Iyad Ag Ghaly."),
    ("it", "Venerdì la Camera preliminare ha, su richiesta del Procuratore, reso pubblico il mandato d'arresto contro Iyad Ag Ghaly."),
    ("pt", "Na sexta-feira, a Câmara Preliminar, a pedido do Procurador, tornou público o mandado de detenção contra Iyad Ag Ghaly."),
    ("pt", "Na sexta-feira, a Câmara Preliminar tornou, a pedido do Procurador, público o mandado de detenção contra Iyad Ag Ghaly."),
]


@pytest.mark.parametrize(("language", "text"), INSET_REQUEST, ids=_ids(INSET_REQUEST))
def test_an_inset_request_leaves_the_unsealing_the_courts(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-21", "warrant_unsealed", language=language) == [(GHALY, None, "2024-06-21")]


# Controls: the request as the sentence's act gives no unsealing; the forms read before stay.
@pytest.mark.parametrize(("language", "text", "n"), [
    ("es", "El viernes, el Fiscal pidió a la Sala que hiciera pública la orden de arresto contra Iyad Ag Ghaly.", 0),
    ("it", "Venerdì il Procuratore ha chiesto alla Camera di rendere pubblico il mandato d'arresto contro Iyad Ag Ghaly.", 0),
    ("pt", "Na sexta-feira, o Procurador pediu à Câmara que tornasse público o mandado de detenção contra Iyad Ag Ghaly.", 0),
    ("fr", "Vendredi, la Chambre préliminaire a, à la demande du Procureur, rendu public le mandat d'arrêt contre Iyad Ag Ghaly.", 1),
    ("en", "On Friday, Pre-Trial Chamber I, at the request of the Prosecutor, unsealed the arrest warrant against Iyad Ag Ghaly.", 1),
])
def test_control_request_as_the_act_and_forms_read_before(spec, language: str, text: str, n: int) -> None:  # noqa: ANN001
    assert len(_typed(spec, text, "2024-06-21", "warrant_unsealed", language=language)) == n


# 6. French present perfect of a participle in -u, undated in a lead: the day's news, as 'a levé les scellés' was read.
def test_french_participle_in_u_is_the_days_news(spec) -> None:  # noqa: ANN001
    text = "La CPI a rendu public le mandat d'arrêt contre Iyad Ag Ghaly."
    assert _typed(spec, text, "2024-06-21", "warrant_unsealed", language="fr") == [(GHALY, None, "2024-06-21")]


def test_control_french_participle_in_e_read_before(spec) -> None:  # noqa: ANN001
    text = "La CPI a levé les scellés du mandat d'arrêt contre Iyad Ag Ghaly."
    assert _typed(spec, text, "2024-06-21", "warrant_unsealed", language="fr") == [(GHALY, None, "2024-06-21")]


# 7. A year told with its article or noun is the year: a trip of a past year is no visit of the page's day.
YEAR_WITH_ARTICLE = [
    ("es", "Omar al-Bashir participó en Johanesburgo en el 2015 en una cumbre de la Unión Africana."),
    ("es", "Omar al-Bashir viajó a Sudáfrica en el año 2015 para una cumbre de la Unión Africana."),
    ("it", "Omar al-Bashir si è recato in Sudafrica nell'anno 2015 per un vertice dell'Unione africana."),
    ("fr", "Omar el-Béchir s'est rendu en Afrique du Sud en l'an 2015 pour un sommet de l'Union africaine."),
    ("en", "Omar al-Bashir travelled to South Africa in the year 2015 for an African Union summit."),
]


@pytest.mark.parametrize(("language", "text"), YEAR_WITH_ARTICLE, ids=_ids(YEAR_WITH_ARTICLE))
def test_a_year_with_its_article_is_the_year(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-03-10", "visit", language=language) == []


# Controls: the bare year gave nothing before too; a weekday stays the page's week.
@pytest.mark.parametrize(("language", "text", "n"), [
    ("es", "Omar al-Bashir participó en Johanesburgo en 2015 en una cumbre de la Unión Africana.", 0),
    ("it", "Omar al-Bashir si è recato in Sudafrica nel 2015 per un vertice dell'Unione africana.", 0),
    ("pt", "Omar al-Bashir viajou para a África do Sul no ano de 2015 para uma cimeira da União Africana.", 0),
    ("es", "Omar al-Bashir participó el domingo en Johanesburgo en una cumbre de la Unión Africana.", 1),
])
def test_control_bare_year_and_weekday(spec, language: str, text: str, n: int) -> None:  # noqa: ANN001
    assert len(_typed(spec, text, "2024-03-10", "visit", language=language)) == n
