"""Session 46 (issue 12, task mnews150): a person under an ICC warrant handed over by others to a State's police,
authorities or national prosecution, told in the passive ("was handed over to the Libyan authorities", 'a été remis au
parquet', 'ha sido entregado a la Fiscalía', 'è stato consegnato alla procura', 'foi entregue às autoridades', 'wurde der
Staatsanwaltschaft übergeben'): taken into that State's custody, an arrest there, as the README's self-surrender rule reads
'se entregó a las autoridades'. Batch 150's dev page (an arrest in Libya told as a hand-over to the prosecution) showed the
shape; the sentences here are written for the test (none copied from a page of the set), with controls that must not
change. The name is the record's, used as an example (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

P = "mohamed-mohamed-al-salheen-salmi"
DAY = "2024-11-25"

HANDED = [
    ("en", "Mohammed Salheen, wanted by the International Criminal Court, was handed over to the Libyan authorities on Saturday.",
     "LBY"),
    ("en", "Mohammed Salheen, who is wanted by the ICC, has been handed over to the public prosecution in Libya.", "LBY"),
    ("fr", "Mohammed Salheen, recherché par la Cour pénale internationale, a été remis au parquet néerlandais.", "NLD"),
    ("fr", "Mohammed Salheen, recherché par la CPI, a été remis samedi aux autorités néerlandaises.", "NLD"),
    ("es", "Mohammed Salheen, buscado por la Corte Penal Internacional, ha sido entregado a la Fiscalía de Libia.", "LBY"),
    ("es", "Mohammed Salheen, buscado por la CPI, fue entregado el sábado a las autoridades libias.", "LBY"),
    ("it", "Mohammed Salheen, ricercato dalla Corte penale internazionale, è stato consegnato alla procura olandese.", "NLD"),
    ("it", "Mohammed Salheen, ricercato dalla Cpi, è stato consegnato sabato alle autorità olandesi.", "NLD"),
    ("pt", "Mohammed Salheen, procurado pelo Tribunal Penal Internacional, foi entregue ao Ministério Público da Líbia.", "LBY"),
    ("pt", "Mohammed Salheen, procurado pelo TPI, foi entregue no sábado às autoridades líbias.", "LBY"),
    ("de", "Mohammed Salheen, der vom Internationalen Strafgerichtshof gesucht wird, wurde am Samstag der Justiz in Libyen "
     "übergeben.", "LBY"),
    ("de", "Mohammed Salheen, der vom IStGH gesucht wird, wurde am Samstag den libyschen Behörden übergeben.", "LBY"),
]


@pytest.mark.parametrize(("language", "text", "state"), HANDED, ids=[f"{h[0]}{i}" for i, h in enumerate(HANDED)])
def test_a_person_handed_to_a_states_police_or_prosecution_is_arrested_there(spec, language: str, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "arrest", language=language)
    assert [(p, s) for p, s, _ in got] == [(P, state)]


# Controls: a handover to the Court stays a surrender (no arrest); a hand-over still to come, asked for or denied gives nothing;
# a person handing something else to the police is no arrest.
TO_COURT = [
    ("en", "Mohammed Salheen was handed over to the International Criminal Court on Saturday."),
    ("fr", "Mohammed Salheen a été remis samedi à la Cour pénale internationale."),
    ("es", "Mohammed Salheen fue entregado el sábado a la Corte Penal Internacional."),
    ("it", "Mohammed Salheen è stato consegnato sabato alla Corte penale internazionale."),
    ("pt", "Mohammed Salheen foi entregue no sábado ao Tribunal Penal Internacional."),
    ("de", "Mohammed Salheen wurde am Samstag dem Internationalen Strafgerichtshof übergeben."),
]


@pytest.mark.parametrize(("language", "text"), TO_COURT, ids=[t[0] for t in TO_COURT])
def test_a_handover_to_the_court_stays_a_surrender(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == []
    assert [p for p, _, _ in _typed(spec, text, DAY, "surrender", language=language)] == [P]


NOT_DONE = [
    ("en", "Libya says Mohammed Salheen will be handed over to the police if he is found."),
    ("en", "Mohammed Salheen was not handed over to the Libyan authorities."),
    ("fr", "Mohammed Salheen n'a pas été remis aux autorités libyennes."),
    ("es", "Mohammed Salheen no ha sido entregado a la Fiscalía libia."),
    ("es", "La ONG pide que Mohammed Salheen sea entregado a las autoridades libias."),
    ("it", "Mohammed Salheen non è stato consegnato alle autorità libiche."),
    ("pt", "Mohammed Salheen não foi entregue às autoridades líbias."),
    ("de", "Mohammed Salheen wurde nicht den libyschen Behörden übergeben."),
    ("es", "Mohammed Salheen ha entregado a la Fiscalía libia una carta de su abogado."),
]


@pytest.mark.parametrize(("language", "text"), NOT_DONE, ids=[f"{t[0]}{i}" for i, t in enumerate(NOT_DONE)])
def test_a_handover_to_come_asked_or_denied_gives_no_arrest(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == []


# The demonym's inflected forms after the authorities' noun (data/lookups/monitor_words.yaml ``demonyms.endings``): French -en
# doubles its n ('libyen' -> 'libyennes', as '-ien' -> '-iennes'), Italian -co keeps its hard c ('libico' -> 'libiche').
INFLECTED = [
    ("fr", "Mohammed Salheen, recherché par la CPI, a été remis samedi aux autorités libyennes.", "LBY"),
    ("fr", "Mohammed Salheen, recherché par la CPI, a été arrêté samedi par la police libyenne.", "LBY"),
    ("it", "Mohammed Salheen, ricercato dalla Cpi, è stato consegnato sabato alle autorità libiche.", "LBY"),
]


@pytest.mark.parametrize(("language", "text", "state"), INFLECTED, ids=[f"{t[0]}{i}" for i, t in enumerate(INFLECTED)])
def test_the_demonyms_inflected_forms_name_the_arresting_state(spec, language: str, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "arrest", language=language)
    assert [(p, s) for p, s, _ in got] == [(P, state)]
