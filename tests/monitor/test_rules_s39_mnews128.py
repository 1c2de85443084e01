"""Session 39 (issue 12, task mnews128): general rules from the dev errors of real-news batch 128. Each rule is tested with
sentences written for the test in several of the languages the monitor reads, with contrasts that must not fire; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as examples (no
State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

HISHRI = "khaled-mohamed-ali-el-hishri"
PUTIN = "vladimir-vladimirovich-putin"


# 1. An arrest told as the outcome of an act, with a time between the verb and the arrest's noun ('führte am Mittwoch zur
# Festnahme von X in Deutschland'), as Italian 'ha portato mercoledì all'arresto di X' already was: an arrest, that day.
@pytest.mark.parametrize(("text", "language"), [
    ("Ein Gesuch des Internationalen Strafgerichtshofs führte am Mittwoch zur Festnahme von Khaled Mohamed Ali El Hishri in Deutschland.", "de"),
    ("A request from the International Criminal Court led on Wednesday to the arrest of Khaled Mohamed Ali El Hishri in Germany.", "en"),
    ("Cooperation with the Court led to the arrest on Wednesday of Khaled Mohamed Ali El Hishri in Germany.", "en"),
    ("Une demande de la Cour pénale internationale a conduit mercredi à l'arrestation de Khaled Mohamed Ali El Hishri en Allemagne.", "fr"),
    ("Una solicitud de la Corte Penal Internacional condujo el miércoles a la detención de Khaled Mohamed Ali El Hishri en Alemania.", "es"),
    ("Um pedido do Tribunal Penal Internacional levou na quarta-feira à detenção de Khaled Mohamed Ali El Hishri na Alemanha.", "pt"),
])
def test_an_arrest_told_as_the_outcome_of_an_act_is_an_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-17", "arrest", language=language) == [(HISHRI, "DEU", "2025-07-16")]


@pytest.mark.parametrize(("text", "language"), [
    ("Die Ukraine hat zur Festnahme von Wladimir Putin in der Mongolei aufgerufen.", "de"),  # a call, no arrest
    ("Ein solcher Besuch könnte zur Festnahme von Wladimir Putin in der Mongolei führen.", "de"),  # only possible
    ("Ukraine hopes the visit will lead to the arrest of Vladimir Putin in Mongolia.", "en"),
    ("Un tel voyage pourrait conduire à l'arrestation de Vladimir Poutine en Mongolie.", "fr"),
    ("La visita podría llevar a la detención de Vladimir Putin en Mongolia.", "es"),
    ("A visita poderá levar à detenção de Vladimir Putin na Mongólia.", "pt"),
])
def test_an_arrest_only_called_for_or_possible_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-17", "arrest", language=language) == []


# 2. A failure told in the subjunctive of a reported finding ('ha rilevato che la Mongolia non abbia eseguito la richiesta',
# 'a constaté que la Mongolie n'ait pas exécuté'), as the indicative was: the Chamber's finding.
@pytest.mark.parametrize(("text", "language"), [
    ("La camera preliminare della Cpi ha rilevato che la Mongolia non abbia eseguito la richiesta di arresto di Vladimir Putin.", "it"),
    ("La Chambre préliminaire de la CPI a constaté que la Mongolie n'ait pas exécuté la demande d'arrestation de Vladimir Poutine.", "fr"),
    ("O Tribunal Penal Internacional decidiu na quinta-feira que a Mongólia não tenha cumprido as suas obrigações com Vladimir Putin.", "pt"),
])
def test_a_failure_in_the_subjunctive_of_a_finding_is_a_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [st for _, st, _ in _typed(spec, text, "2025-10-18", "noncompliance_finding", language=language)] == ["MNG"]


# 3. A finding whose failure names its State only by a capital the gazetteer does not read ('Roma', also the Statute's name),
# told right after a sentence that names the State failing: that State, not the demonym of the person the request concerned.
def test_a_finding_takes_the_state_failing_in_the_sentence_before(spec) -> None:  # noqa: ANN001
    text = ("L'Italia non ha adempiuto ai propri obblighi internazionali nei confronti della Corte penale internazionale. "
            "A stabilirlo è stata la camera preliminare I della Cpi, che ha rilevato come Roma non abbia eseguito correttamente "
            "la richiesta di arresto e consegna del generale libico Osama Elmasry Njeem.")
    got = _typed(spec, text, "2025-10-18", "noncompliance_finding", language="it")
    assert [st for _, st, _ in got] == ["ITA"]


def test_no_state_borrowed_without_a_failure_in_the_sentence_before(spec) -> None:  # noqa: ANN001
    # the sentence before tells no failure: no State is borrowed from it
    text = ("L'Italia ha ospitato ieri una conferenza sulla giustizia internazionale. "
            "A stabilirlo è stata la camera preliminare I della Cpi, che ha rilevato come Roma non abbia eseguito correttamente "
            "la richiesta di arresto e consegna del generale libico Osama Elmasry Njeem.")
    got = _typed(spec, text, "2025-10-18", "noncompliance_finding", language="it")
    assert "ITA" not in [st for _, st, _ in got]
