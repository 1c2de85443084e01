"""Session 36 (issue 12, task mleft15): the monitor's leftovers, fifteenth list. Each item is a general rule, tested with
sentences written for the test (none from the real-news set) in every language the monitor reads, each with contrasts that
must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in ``lexicon.py``). The names are the
record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"


def _methods(spec, text: str, date: str, language: str) -> list[str]:  # noqa: ANN001
    doc = make_document(text, date=date, language=language)
    return [c.method for c in extract_candidates(doc, spec, mode="rules") if c.type == "refusal"]


# 1. A refusal told as a plain past act of the State: a State subject, a negated arrest or a departure let happen, the person under
#    a warrant its object, the stay told; dated by the stay's day.
@pytest.mark.parametrize(("text", "language", "state", "day"), [
    ("Mongolia did not arrest Vladimir Putin during his visit on Tuesday.", "en", "MNG", "2024-09-03"),
    ("The Mongolian authorities failed to arrest Vladimir Putin when he landed in Ulaanbaatar on Monday.", "en", "MNG", "2024-09-02"),
    ("Mongolia ignored the ICC warrant and did not detain Vladimir Putin on Tuesday.", "en", "MNG", "2024-09-03"),
    ("La Mongolie n'a pas arrêté Vladimir Poutine lors de sa visite mardi.", "fr", "MNG", "2024-09-03"),
    ("Les autorités mongoles n'ont pas arrêté Vladimir Poutine à son arrivée lundi à Oulan-Bator.", "fr", "MNG", "2024-09-02"),
    ("Mongolia no detuvo a Vladimir Putin durante su visita del martes.", "es", "MNG", "2024-09-03"),
    ("Las autoridades mongolas no detuvieron a Vladimir Putin cuando aterrizó el lunes en Ulán Bator.", "es", "MNG", "2024-09-02"),
    ("A Mongólia não prendeu Vladimir Putin durante sua visita na terça-feira.", "pt", "MNG", "2024-09-03"),
    ("A Mongólia ignorou o mandado do TPI e não deteve Vladimir Putin na terça-feira.", "pt", "MNG", "2024-09-03"),
    ("La Mongolia non ha arrestato Vladimir Putin durante la sua visita di martedì.", "it", "MNG", "2024-09-03"),
    ("Le autorità mongole non hanno arrestato Vladimir Putin quando è atterrato lunedì a Ulan Bator.", "it", "MNG", "2024-09-02"),
    ("Die Mongolei nahm Wladimir Putin bei seinem Besuch am Dienstag nicht fest.", "de", "MNG", "2024-09-03"),
    ("Die mongolischen Behörden nahmen Wladimir Putin bei seiner Landung am Montag in Ulan Bator nicht fest.", "de", "MNG", "2024-09-02"),
])
def test_a_negated_arrest_in_the_past_during_the_stay_is_a_refusal(spec, text: str, language: str, state: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "refusal", language=language) == [(PUTIN, state, day)]
    assert _typed(spec, text, "2024-09-04", "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("South Africa let Omar al-Bashir leave the country on Monday despite a court order.", "en"),
    ("L'Afrique du Sud a laissé Omar el-Béchir quitter le pays lundi malgré une décision de justice.", "fr"),
    ("Les autorités sud-africaines ont laissé Omar el-Béchir s'envoler lundi de Pretoria.", "fr"),
    ("Sudáfrica dejó que Omar al Bashir abandonara el país el lunes pese a una orden judicial.", "es"),
    ("Las autoridades sudafricanas permitieron que Omar al Bashir saliera el lunes en avión desde Pretoria.", "es"),
    ("A África do Sul deixou Omar al-Bashir sair do país na segunda-feira apesar de uma ordem judicial.", "pt"),
    ("Il Sudafrica ha lasciato che Omar al-Bashir lasciasse il Paese lunedì nonostante un'ordinanza del tribunale.", "it"),
    ("Le autorità sudafricane hanno permesso a Omar al-Bashir di ripartire lunedì in aereo da Pretoria.", "it"),
    ("Südafrika ließ Omar al-Baschir am Montag trotz einer Gerichtsanordnung ausreisen.", "de"),
    ("Die südafrikanischen Behörden ließen Omar al-Baschir am Montag aus Pretoria abfliegen.", "de"),
])
def test_a_departure_the_state_let_happen_is_its_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-16", "refusal", language=language) == [(BASHIR, "ZAF", "2015-06-15")]


def test_a_plain_refusal_with_no_stay_told_rests_on_the_documents_visit(spec) -> None:  # noqa: ANN001
    # the visit told in the sentence before: the refusal by that State, dated by the visit
    text = "Vladimir Putin arrived in Ulaanbaatar on Tuesday for talks. Mongolia did not arrest Vladimir Putin."
    assert _typed(spec, text, "2024-09-04", "refusal", language="en") == [(PUTIN, "MNG", "2024-09-03")]
    # contrast: no visit told: the State may never have had the chance
    assert _typed(spec, "Mongolia did not arrest Vladimir Putin.", "2024-09-04", "refusal", language="en") == []
    # contrast: a visit to another State than the one that did not arrest
    text = "Vladimir Putin arrived in Ulaanbaatar on Tuesday for talks. Kazakhstan did not arrest Vladimir Putin."
    assert _typed(spec, text, "2024-09-04", "refusal", language="en") == []


def test_the_refusal_is_the_subject_states_not_another_named_before(spec) -> None:  # noqa: ANN001
    text = "After his trip to Mongolia, Tajikistan did not arrest Vladimir Putin during his visit on Tuesday."
    assert _typed(spec, text, "2024-09-04", "refusal", language="en") == [(PUTIN, "TJK", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    # supposed
    ("If Mongolia did not arrest Vladimir Putin during his visit, it breached its obligations.", "en"),
    ("Si la Mongolie n'a pas arrêté Vladimir Poutine lors de sa visite, elle a violé ses obligations.", "fr"),
    ("Si Mongolia no detuvo a Vladimir Putin durante su visita, violó sus obligaciones.", "es"),
    ("Se a Mongólia não prendeu Vladimir Putin durante sua visita, violou suas obrigações.", "pt"),
    ("Se la Mongolia non ha arrestato Vladimir Putin durante la sua visita, ha violato i suoi obblighi.", "it"),
    ("Falls die Mongolei Wladimir Putin bei seinem Besuch nicht festgenommen hat, hat sie ihre Pflichten verletzt.", "de"),
    # told as false
    ("It is false that Mongolia did not arrest Vladimir Putin during his visit on Tuesday.", "en"),
    ("Il est faux que la Mongolie n'a pas arrêté Vladimir Poutine lors de sa visite mardi.", "fr"),
    ("Es falso que Mongolia no detuvo a Vladimir Putin durante su visita del martes.", "es"),
    ("É falso que a Mongólia não prendeu Vladimir Putin durante sua visita na terça-feira.", "pt"),
    ("È falso che la Mongolia non ha arrestato Vladimir Putin durante la sua visita di martedì.", "it"),
    ("Es ist falsch, dass die Mongolei Wladimir Putin bei seinem Besuch am Dienstag nicht festnahm.", "de"),
    # another person the object
    ("Mongolia did not arrest the journalist who met Vladimir Putin during his visit on Tuesday.", "en"),
    ("La Mongolie n'a pas arrêté le journaliste qui a rencontré Vladimir Poutine lors de sa visite mardi.", "fr"),
    ("Mongolia no detuvo al periodista que se reunió con Vladimir Putin durante su visita del martes.", "es"),
    ("A Mongólia não prendeu o jornalista que encontrou Vladimir Putin durante sua visita na terça-feira.", "pt"),
    ("La Mongolia non ha arrestato il giornalista che ha incontrato Vladimir Putin durante la sua visita di martedì.", "it"),
    ("Die Mongolei nahm den Journalisten, der Wladimir Putin bei seinem Besuch am Dienstag traf, nicht fest.", "de"),
    # no occasion: the stay denied
    ("Mongolia could not arrest Vladimir Putin because he did not travel to Ulaanbaatar.", "en"),
    ("Mongolia did not arrest Vladimir Putin despite the warrant because he never came to Ulaanbaatar.", "en"),
    ("La Mongolie n'a pas arrêté Vladimir Poutine parce qu'il n'est jamais venu à Oulan-Bator malgré le mandat.", "fr"),
    ("Mongolia no detuvo a Vladimir Putin porque nunca viajó a Ulán Bator pese a la orden.", "es"),
    ("A Mongólia não prendeu Vladimir Putin porque ele nunca viajou a Ulan Bator apesar do mandado.", "pt"),
    ("La Mongolia non ha arrestato Vladimir Putin perché non è mai venuto a Ulan Bator nonostante il mandato.", "it"),
    ("Die Mongolei nahm Wladimir Putin trotz des Haftbefehls nicht fest, weil er nie in die Mongolei gereist ist.", "de"),
    # a question
    ("Mongolia did not arrest Vladimir Putin during his visit on Tuesday?", "en"),
    # the person's own State
    ("Russia did not arrest Vladimir Putin during his visit on Tuesday.", "en"),
    # a departure to come, not one let happen
    ("South Africa will let Omar al-Bashir leave the country despite a court order.", "en"),
    ("L'Afrique du Sud va laisser Omar el-Béchir quitter le pays.", "fr"),
    ("Sudáfrica dejará que Omar al Bashir abandone el país.", "es"),
    ("A África do Sul vai deixar Omar al-Bashir sair do país.", "pt"),
    ("Il Sudafrica lascerà che Omar al-Bashir lasci il Paese.", "it"),
    ("Südafrika wird Omar al-Baschir ausreisen lassen.", "de"),
])
def test_a_plain_refusal_supposed_denied_of_another_or_without_occasion_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "refusal", language=language) == []


def test_a_person_with_no_warrant_gives_no_plain_refusal(spec) -> None:  # noqa: ANN001
    # a person the record holds under a summons to appear, not a warrant
    assert _typed(spec, "South Africa did not arrest Uhuru Kenyatta during his visit on Tuesday.", "2024-09-04", "refusal",
                  language="en") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia will not arrest Vladimir Putin during his visit, the Kremlin said.", "en"),
    ("La Mongolie n'arrêtera pas Vladimir Poutine lors de sa visite.", "fr"),
])
def test_the_future_is_the_stated_refusals_not_the_plain_pasts(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the refusal-to-come rules read it (no day: a word, not an act); the plain past's rule does not
    assert _methods(spec, text, "2024-09-04", language) == ["rules:refusal"]
    assert _typed(spec, text, "2024-09-04", "refusal", language=language) == [(PUTIN, "MNG", None)]


# 2. Attendance lists: the inverted form ('Among those present … was X') in every language, Italian 'hanno partecipato …, tra
#    cui X', German 'nahmen … teil, darunter X'; no one attended after a subject that is no one, or when two are denied together.
@pytest.mark.parametrize(("text", "language"), [
    ("Among those present at the inauguration in Kampala on Thursday was Omar al-Bashir.", "en"),
    ("Parmi les personnes présentes à l'investiture jeudi à Kampala figurait Omar el-Béchir.", "fr"),
    ("Entre los presentes en la investidura del jueves en Kampala estaba Omar al Bashir.", "es"),
    ("Entre os presentes na posse de quinta-feira em Kampala estava Omar al-Bashir.", "pt"),
    ("Tra i presenti all'insediamento di giovedì a Kampala c'era Omar al-Bashir.", "it"),
    ("All'insediamento di giovedì a Kampala hanno partecipato numerosi capi di Stato, tra cui Omar al-Bashir.", "it"),
    ("Unter den Anwesenden war am Donnerstag in Kampala Omar al-Baschir.", "de"),
    ("An der Amtseinführung in Kampala nahmen am Donnerstag zahlreiche Staatschefs teil, darunter Omar al-Baschir.", "de"),
])
def test_an_inverted_or_listed_attendance_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == [(BASHIR, "UGA", "2016-05-12")]


@pytest.mark.parametrize(("text", "language"), [
    # a subject that is no one
    ("No head of state attended the inauguration in Kampala on Thursday, including Omar al-Bashir.", "en"),
    ("Aucun chef d'Etat n'a assisté jeudi à l'investiture à Kampala, dont Omar el-Béchir.", "fr"),
    ("Ningún jefe de Estado asistió el jueves a la investidura en Kampala, entre otros Omar al Bashir.", "es"),
    ("Nenhum chefe de Estado participou na quinta-feira da posse em Kampala, entre eles Omar al-Bashir.", "pt"),
    ("Nessun capo di Stato ha partecipato giovedì all'insediamento a Kampala, tra cui Omar al-Bashir.", "it"),
    ("Kein Staatschef nahm am Donnerstag an der Amtseinführung in Kampala teil, darunter Omar al-Baschir.", "de"),
    # two denied together
    ("Neither Omar al-Bashir nor Uhuru Kenyatta attended the inauguration in Kampala on Thursday.", "en"),
    ("Ni Omar el-Béchir ni Uhuru Kenyatta n'ont assisté jeudi à l'investiture à Kampala.", "fr"),
    ("Ni Omar al Bashir ni Uhuru Kenyatta asistieron el jueves a la investidura en Kampala.", "es"),
    ("Nem Omar al-Bashir nem Uhuru Kenyatta participaram na quinta-feira da posse em Kampala.", "pt"),
    ("Né Omar al-Bashir né Uhuru Kenyatta hanno partecipato giovedì all'insediamento a Kampala.", "it"),
    ("Weder Omar al-Baschir noch Uhuru Kenyatta nahmen am Donnerstag an der Amtseinführung in Kampala teil.", "de"),
    # the person not among those present
    ("Omar al-Bashir was not among those present at the inauguration in Kampala on Thursday.", "en"),
    ("Omar el-Béchir ne figurait pas parmi les personnes présentes à l'investiture jeudi à Kampala.", "fr"),
    ("Omar al-Bashir non era tra i presenti all'insediamento di giovedì a Kampala.", "it"),
    ("Omar al-Baschir war nicht unter den Anwesenden bei der Amtseinführung in Kampala.", "de"),
    # the separable verb negated
    ("Omar al-Baschir nahm am Donnerstag nicht an der Amtseinführung in Kampala teil.", "de"),
])
def test_no_one_attending_or_a_denied_attendance_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == []


# 3. A departure that tells the stay: a visit to the State left, dated by the departure's day (no other day of the stay told);
#    not the destination of 'left for', not 'left the ICC' or 'left office'.
@pytest.mark.parametrize(("text", "language", "day"), [
    ("Omar al-Bashir left South Africa on Monday after attending the African Union summit.", "en", "2015-06-15"),
    ("Omar el-Béchir a quitté l'Afrique du Sud lundi après avoir assisté au sommet de l'Union africaine.", "fr", "2015-06-15"),
    ("Omar al Bashir se había marchado de Sudáfrica el domingo tras su participación en la sesión inaugural de la cumbre.", "es",
     "2015-06-14"),
    ("Omar al Bashir abandonó Sudáfrica el lunes tras participar en la cumbre.", "es", "2015-06-15"),
    ("Omar al-Bashir deixou a África do Sul na segunda-feira após participar da cúpula.", "pt", "2015-06-15"),
    ("Omar al-Bashir ha lasciato il Sudafrica lunedì dopo aver partecipato al vertice.", "it", "2015-06-15"),
    ("Omar al-Baschir verließ Südafrika am Montag nach dem Gipfel der Afrikanischen Union.", "de", "2015-06-15"),
])
def test_a_departure_tells_a_visit_to_the_state_left(spec, text: str, language: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-16", "visit", language=language) == [(BASHIR, "ZAF", day)]


@pytest.mark.parametrize(("text", "language"), [
    # the destination of a departure: the trip to come, no visit made there
    ("Omar el-Béchir a quitté Khartoum pour l'Afrique du Sud lundi.", "fr"),
    ("Omar al Bashir salió de Jartum rumbo a Sudáfrica el lunes.", "es"),
    ("Omar al-Bashir saiu de Cartum rumo à África do Sul na segunda-feira.", "pt"),
    ("Omar al-Bashir ha lasciato Khartoum per il Sudafrica lunedì.", "it"),
    ("Omar al-Baschir verließ Khartum am Montag in Richtung Südafrika.", "de"),
    # not a place left
    ("Omar al-Bashir left the ICC on Monday.", "en"),
    ("Omar al-Bashir left office on Monday.", "en"),
    ("Omar el-Béchir a quitté ses fonctions lundi.", "fr"),
    ("Omar al-Bashir ha lasciato la Cpi lunedì.", "it"),
])
def test_a_departure_for_a_place_or_from_an_office_is_no_visit_there(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-16", "visit", language=language) == []
