"""Session 31 (issue 12, task mnews78): readings written on the dev errors of real-news batches 78-79, each a general rule
(a wording or a structure; words as data in data/lookups/monitor_words.yaml). Each test holds sentences written for it (not
copied from the real-news set) and a contrast that must not fire. No State or person is special-cased: the States are the
record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

# --- 1. a withdrawal notified told as "informed the United Nations", in French and Spanish ---------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Le Burundi a officiellement informé jeudi les Nations unies de son retrait de la Cour pénale internationale.", "fr"),
    ("La Gambie a informé jeudi l'ONU de son retrait du Statut de Rome.", "fr"),
    ("Burundi informó el jueves a las Naciones Unidas de su retiro de la Corte Penal Internacional.", "es"),
    ("Gambia informó oficialmente el jueves a la ONU de su retiro del Estatuto de Roma.", "es"),
])
def test_informing_the_un_of_a_withdrawal_is_a_notification(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2016-10-28", "withdrawal_notified", language=language)
    assert [(s, d) for _, s, d in got] in ([("BDI", "2016-10-27")], [("GMB", "2016-10-27")])
    assert _typed(spec, text, "2016-10-28", "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the State informs others than the depositary (no notification), or the UN is the one informing
    ("Le Burundi a informé jeudi ses partenaires africains de son intention de quitter la Cour pénale internationale.", "fr"),
    ("Burundi informó el jueves a sus socios africanos de su intención de abandonar la Corte Penal Internacional.", "es"),
])
def test_informing_others_of_a_withdrawal_is_no_notification(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-10-28", "withdrawal_notified", language=language) == []


# --- 2. a withdrawal only feared or rumoured, before its verb ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Fears that Kenya and Uganda would quit the International Criminal Court had been overplayed, the minister said.", "en"),
    ("Rumours that Burundi would leave the ICC were dismissed by its government, a spokesman said on Tuesday.", "en"),
    ("Les craintes que le Kenya quitte la Cour pénale internationale ont été exagérées, a déclaré le ministre.", "fr"),
    ("Los temores de que Kenia abandone la Corte Penal Internacional fueron exagerados, declaró el ministro.", "es"),
])
def test_a_feared_withdrawal_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-06-10", "withdrawal_announced", language=language) == []
    assert _typed(spec, text, "2009-06-10", "withdrawal_notified", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the State's own leaving told first, the fear of others after its verb
    ("Burundi will quit the International Criminal Court, its president said on Tuesday, amid fears that others would follow.", "en"),
])
def test_a_withdrawal_told_before_a_fear_is_kept(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, "2016-10-19", "withdrawal_announced", language=language)] == ["BDI"]
