"""Session 29 (issue 12, task mvar1): arrests, surrenders to the Court, warrants issued and warrants unsealed told in the six
languages the monitor reads, found by writing variants (sentences written for the purpose, not copied from the real-news set;
the method of test_trips_ahead_s29.py), each fix with a contrast that must not fire.

- A full date between the verb of issue and the warrant ('a délivré le 5 mai un mandat d'arrêt', 'dictaron el 5 de mayo una
  orden', 'erließen am 5. Mai einen Haftbefehl'): the room left between them held a weekday, not a day and its month.
- An unsealing told as the lifting of the seal or secrecy with words between ('a levé mardi les scellés', 'levantó … el
  secreto de la orden', 'hob … die Geheimhaltung … auf', 'retirou o sigilo do mandado', 'tornou público na terça-feira o
  mandado'); English 'refused to unseal' is no unsealing, as 'asked to unseal' was not.
- An arrival in the Court's detention centre in the other languages ('est arrivé … au quartier pénitentiaire de la CPI',
  'llegó … al centro de detención de la CPI', 'in das Gefängnis des IStGH gebracht').
- Someone named through another in the other languages ('un proche de X', 'l'avocat de X', 'un collaboratore di X'): the
  family RELATIONAL_BEFORE, English only before, now takes each language's words.
- A weekday after a clause that ends with 'wird' ('der … gesucht wird, wurde am Dienstag … festgenommen') or after 'até então'
  is no weekday to come; Spanish 'negó … haber detenido' is a denial.
No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

KONY = "joseph-kony"
HISHRI = "khaled-mohamed-ali-el-hishri"
MAH = "min-aung-hlaing"
DAY = "2025-05-07"  # a Wednesday
TUESDAY = "2025-05-06"


@pytest.mark.parametrize(("text", "language"), [
    ("Les juges de la CPI ont délivré le 5 mai un mandat d'arrêt à l'encontre de Min Aung Hlaing.", "fr"),
    ("Los jueces de la CPI dictaron el 5 de mayo una orden de arresto contra Min Aung Hlaing.", "es"),
    ("Die Richter des IStGH erließen am 5. Mai einen Haftbefehl gegen Min Aung Hlaing.", "de"),
    ("I giudici della CPI hanno emesso il 5 maggio un mandato di cattura contro Min Aung Hlaing.", "it"),
    ("Os juízes do TPI emitiram no dia 5 de maio um mandado de prisão contra Min Aung Hlaing.", "pt"),
])
def test_a_date_between_the_issue_and_the_warrant(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "warrant_issued", language=language) == [(MAH, None, "2025-05-05")]


@pytest.mark.parametrize(("text", "language"), [
    # the same room after a verb of asking: an application, no warrant
    ("Le procureur de la CPI a demandé le 5 mai un mandat d'arrêt contre Min Aung Hlaing.", "fr"),
    ("El fiscal de la CPI solicitó el 5 de mayo una orden de arresto contra Min Aung Hlaing.", "es"),
    ("Der Chefankläger des IStGH beantragte am 5. Mai einen Haftbefehl gegen Min Aung Hlaing.", "de"),
    ("Il procuratore della CPI ha chiesto il 5 maggio un mandato d'arresto per Min Aung Hlaing.", "it"),
    ("O procurador do TPI pediu no dia 5 de maio um mandado de prisão contra Min Aung Hlaing.", "pt"),
])
def test_a_warrant_asked_for_on_a_day_is_none(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "warrant_issued", language=language) == []


@pytest.mark.parametrize(("text", "language", "date"), [
    ("La CPI a levé mardi les scellés sur le mandat d'arrêt visant Khaled El Hishri.", "fr", TUESDAY),
    ("La Corte Penal Internacional levantó el 5 de mayo el secreto de la orden de arresto contra Khaled El Hishri.", "es",
     "2025-05-05"),
    ("Der Internationale Strafgerichtshof hob am 5. Mai die Geheimhaltung des Haftbefehls gegen Khaled El Hishri auf.", "de",
     "2025-05-05"),
    ("O TPI tornou público na terça-feira o mandado de prisão contra Khaled El Hishri.", "pt", TUESDAY),
    ("O Tribunal Penal Internacional retirou o sigilo do mandado de prisão contra Khaled El Hishri no dia 5 de maio.", "pt",
     "2025-05-05"),
    # 'até então' (until then) tells no time to come: the Tuesday is the one before
    ("O mandado de prisão contra Khaled El Hishri, até então sigiloso, foi tornado público na terça-feira.", "pt", TUESDAY),
])
def test_an_unsealing_told_by_the_seal_lifted(spec, text, language, date) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "warrant_unsealed", language=language) == [(HISHRI, None, date)]


@pytest.mark.parametrize(("text", "language"), [
    ("The ICC refused on Tuesday to unseal the warrant for Khaled El Hishri.", "en"),
    ("The Chamber declined on Tuesday to make public the warrant for Khaled El Hishri.", "en"),
    ("La CPI a refusé mardi de rendre public le mandat contre Khaled El Hishri.", "fr"),
    ("Der IStGH lehnte es am Dienstag ab, die Geheimhaltung des Haftbefehls gegen Khaled El Hishri aufzuheben.", "de"),
])
def test_an_unsealing_refused_is_none(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "warrant_unsealed", language=language) == []


def test_an_unsealing_done_after_a_refusal_told_in_another_clause(spec) -> None:  # noqa: ANN001
    text = "The ICC, which refused in March to disclose it, unsealed on Tuesday the warrant for Khaled El Hishri."
    assert typed(spec, text, DAY, "warrant_unsealed", language="en") == [(HISHRI, None, TUESDAY)]


@pytest.mark.parametrize(("text", "language", "date"), [
    ("Joseph Kony est arrivé le 5 mai au quartier pénitentiaire de la CPI à La Haye.", "fr", "2025-05-05"),
    ("Joseph Kony llegó el 5 de mayo al centro de detención de la CPI en La Haya.", "es", "2025-05-05"),
    ("Joseph Kony wurde am Dienstag in das Gefängnis des IStGH in Den Haag gebracht.", "de", TUESDAY),
    ("Joseph Kony è arrivato il 5 maggio al centro di detenzione della CPI all'Aia.", "it", "2025-05-05"),
    ("Joseph Kony chegou no dia 5 de maio ao centro de detenção do TPI em Haia.", "pt", "2025-05-05"),
    ("Joseph Kony foi transferido na terça-feira para o centro de detenção do TPI em Haia.", "pt", TUESDAY),
])
def test_an_arrival_in_the_courts_detention_centre(spec, text, language, date) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "surrender", language=language) == [(KONY, None, date)]


@pytest.mark.parametrize(("text", "language"), [
    # an arrival in The Hague, not in the detention centre, is no surrender
    ("Joseph Kony est arrivé mardi à La Haye.", "fr"),
    ("Joseph Kony llegó el martes a La Haya.", "es"),
    ("Joseph Kony chegou na terça-feira a Haia.", "pt"),
])
def test_an_arrival_in_the_hague_alone_is_no_surrender(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "surrender", language=language) == []


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("La police a arrêté mardi à Kampala un proche de Joseph Kony.", "fr", "arrest"),
    ("L'avocat de Joseph Kony s'est rendu mardi à La Haye.", "fr", "surrender"),
    ("La policía detuvo el martes en Kampala a un colaborador de Joseph Kony.", "es", "arrest"),
    ("Die Polizei hat am Dienstag in Kampala einen Vertrauten von Joseph Kony festgenommen.", "de", "arrest"),
    ("La polizia ha arrestato martedì a Kampala un collaboratore di Joseph Kony.", "it", "arrest"),
    ("A polícia prendeu na terça-feira em Kampala um colaborador de Joseph Kony.", "pt", "arrest"),
])
def test_someone_named_through_another(spec, text, language, kind) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, kind, language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("La police a arrêté mardi à Kampala Joseph Kony.", "fr"),
    ("La policía detuvo el martes a Joseph Kony en Kampala.", "es"),
    ("La polizia ha arrestato martedì a Kampala Joseph Kony.", "it"),
    ("A polícia prendeu Joseph Kony na terça-feira em Kampala.", "pt"),
    ("Die Polizei hat am Dienstag in Kampala Joseph Kony festgenommen.", "de"),
])
def test_the_person_himself_still_arrested(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language=language) == [(KONY, "UGA", TUESDAY)]


def test_a_weekday_after_a_clause_ending_in_wird_is_past(spec) -> None:  # noqa: ANN001
    text = ("Saif al-Islam Gaddafi, der vom Internationalen Strafgerichtshof gesucht wird, wurde am Dienstag in Deutschland "
            "festgenommen.")
    assert typed(spec, text, DAY, "arrest", language="de") == [("saif-al-islam-gaddafi", "DEU", TUESDAY)]


def test_wird_before_the_weekday_still_tells_a_time_to_come(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanjahu wird am Dienstag nach Ungarn reisen."
    assert typed(spec, text, DAY, "planned_visit", language="de") == [("benjamin-netanyahu", "HUN", "2025-05-13")]


def test_a_denial_with_an_infinitive_in_spanish(spec) -> None:  # noqa: ANN001
    assert typed(spec, "La policía ugandesa negó el martes haber detenido a Joseph Kony.", DAY, "arrest", language="es") == []
    assert typed(spec, "La policía ugandesa detuvo el martes a Joseph Kony.", DAY, "arrest", language="es") == [
        (KONY, "UGA", TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # an arrest denied in the active voice, found by the second round of variants (written after the fixes above)
    ("La policía italiana no detuvo a Saif al-Islam Gaddafi el martes.", "es"),
    ("La polizia italiana non ha arrestato Saif al-Islam Gaddafi martedì.", "it"),
])
def test_an_arrest_denied_in_the_active_voice(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("La policía italiana detuvo a Saif al-Islam Gaddafi el martes.", "es"),
    ("La polizia italiana ha arrestato Saif al-Islam Gaddafi martedì.", "it"),
])
def test_the_same_arrest_told_as_made(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language=language) == [("saif-al-islam-gaddafi", "ITA", TUESDAY)]
