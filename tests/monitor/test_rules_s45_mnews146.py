"""Session 45 (issue 12, task mnews146): the rules written on batch 146's dev errors (docs/monitor.md, "Batch 146 (session
45)"). Each rule is tested with sentences written for the test in the languages the monitor reads, with controls that must not
change. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

EL_HISHRI = "khaled-mohamed-ali-el-hishri"
SAID = "mahamat-said-abdel-kani"
DUTERTE = "rodrigo-roa-duterte"


def _kinds(spec, text: str, date: str, language: str) -> dict[str, list[tuple[str, str]]]:  # noqa: ANN001
    return {kind: [(p, s) for p, s, _ in _typed(spec, text, date, kind, language=language)]
            for kind in ("arrest", "warrant_issued", "warrant_unsealed", "surrender")}


# 1. An arrest told with the Court's warrant as its instrument ('con un mandato d'arresto emesso dalla Corte', 'mit einem vom
#    IStGH erlassenen Haftbefehl festgenommen', "with an arrest warrant issued by the ICC"): the arrest is the news; the warrant,
#    and its issue told inside the same phrase, the arrest's background (no warrant issued that day). Before, Italian read the
#    issue instead of the arrest and German read neither.
@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte è stato arrestato martedì all'aeroporto di Manila con un mandato d'arresto emesso dalla Corte penale "
     "internazionale.", "it"),
    ("Rodrigo Duterte wurde am Dienstag am Flughafen von Manila mit einem vom Internationalen Strafgerichtshof erlassenen "
     "Haftbefehl festgenommen.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila mit einem Haftbefehl festgenommen, den der Internationale Strafgerichtshof "
     "erlassen hatte.", "de"),
])
def test_an_arrest_with_the_courts_warrant_as_its_instrument_is_the_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _kinds(spec, text, "2025-03-12", language)
    assert got["arrest"] == [(DUTERTE, "PHL")]
    assert got["warrant_issued"] == []


def test_the_same_arrest_of_another_person_in_german(spec) -> None:  # noqa: ANN001
    text = ("Khaled El Hishri wurde am Dienstag am Berliner Flughafen mit einem vom Internationalen Strafgerichtshof erlassenen "
            "Haftbefehl festgenommen.")
    got = _kinds(spec, text, "2025-07-17", "de")
    assert got["arrest"] == [(EL_HISHRI, "DEU")]
    assert got["warrant_issued"] == []


# The same shape in the languages that already read it (parity controls: they pass before and after).
@pytest.mark.parametrize(("text", "language"), [
    ("Khaled El Hishri a été arrêté mardi à Berlin avec un mandat d'arrêt émis par la Cour pénale internationale.", "fr"),
    ("Khaled El Hishri fue detenido el martes en Berlín con una orden de arresto emitida por la Corte Penal Internacional.", "es"),
    ("Khaled El Hishri foi preso na terça-feira em Berlim com um mandado de prisão emitido pelo Tribunal Penal Internacional.", "pt"),
    ("Khaled El Hishri was arrested on Tuesday in Berlin on an arrest warrant issued by the International Criminal Court.", "en"),
    ("Khaled El Hishri was arrested on Tuesday in Berlin with an arrest warrant issued by the International Criminal Court.", "en"),
    ("Khaled El Hishri è stato arrestato martedì a Berlino in base a un mandato d'arresto della Corte penale internazionale.", "it"),
    ("Khaled El Hishri è stato arrestato martedì a Berlino con il mandato emesso dalla Cpi per crimini di guerra.", "it"),
])
def test_the_same_arrest_in_the_other_languages(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _kinds(spec, text, "2025-07-17", language)
    assert got["arrest"] == [(EL_HISHRI, "DEU")]
    assert got["warrant_issued"] == []


# Controls: a warrant issued told as the news stays a warrant issued; an unsealing told beside the arrest stays; 'con' or 'mit'
# with no warrant after it is no grounds; an arrest denied stays none.
@pytest.mark.parametrize(("text", "language", "kind", "want"), [
    ("La Corte penale internazionale ha emesso martedì un mandato d'arresto contro Khaled El Hishri.", "it",
     "warrant_issued", [(EL_HISHRI, None)]),
    ("Der Internationale Strafgerichtshof hat am Dienstag einen Haftbefehl gegen Khaled El Hishri erlassen.", "de",
     "warrant_issued", [(EL_HISHRI, None)]),
    ("The International Criminal Court issued an arrest warrant for Khaled El Hishri on Tuesday.", "en",
     "warrant_issued", [(EL_HISHRI, None)]),
    ("Khaled El Hishri è stato arrestato martedì a Berlino con due connazionali.", "it", "arrest", [(EL_HISHRI, "DEU")]),
    ("Khaled El Hishri wurde am Dienstag in Berlin mit zwei Begleitern festgenommen.", "de", "arrest", [(EL_HISHRI, "DEU")]),
    ("Khaled El Hishri non è stato arrestato a Berlino, nonostante il mandato d'arresto emesso dalla Corte penale "
     "internazionale.", "it", "arrest", []),
    ("Khaled El Hishri wurde in Berlin trotz eines vom Internationalen Strafgerichtshof erlassenen Haftbefehls nicht "
     "festgenommen.", "de", "arrest", []),
])
def test_controls_that_must_not_change(spec, text: str, language: str, kind: str, want: list) -> None:  # noqa: ANN001
    assert _kinds(spec, text, "2025-07-17", language)[kind] == want


def test_a_surrender_by_the_states_authorities_is_unchanged(spec) -> None:  # noqa: ANN001
    """Control (batch 146's dev surrender, read before and after): a surrender told by 'les autorités centrafricaines'."""
    text = "Mahamat Said Abdel Kani a été remis dimanche à la Cour pénale internationale par les autorités centrafricaines."
    assert _kinds(spec, text, "2021-01-25", "fr")["surrender"] == [(SAID, "CAF")]
