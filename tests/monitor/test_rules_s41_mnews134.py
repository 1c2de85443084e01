"""Session 41 (issue 12, task mnews134): general rules written on the dev errors of batch 134. Each is tested with sentences
written for the test in at least two of the languages the monitor reads, and controls that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

AKHUNDZADA = "haibatullah-akhundzada"
NETANYAHU = "benjamin-netanyahu"


# 1. The start of the person's state told in a relative clause after the warrant ("… warrants for A, who has exercised authority since
#    2021"): that date is where the state starts, not the warrant's day; the warrant stays the page's news.
@pytest.mark.parametrize(("text", "language"), [
    ("The International Criminal Court has issued an arrest warrant for Haibatullah Akhundzada, who has exercised authority in "
     "Afghanistan since 2021.", "en"),
    ("La Corte penale internazionale ha emesso un mandato di arresto nei confronti di Haibatullah Akhundzada, che esercita "
     "de facto l’autorità in Afghanistan dal 15 agosto 2021.", "it"),
    ("La Cour pénale internationale a émis un mandat d’arrêt contre Haibatullah Akhundzada, qui exerce le pouvoir en Afghanistan "
     "depuis le 15 août 2021.", "fr"),
    ("Der Internationale Strafgerichtshof hat einen Haftbefehl gegen Haibatullah Achundsada erlassen, der seit dem 15. August 2021 "
     "in Afghanistan regiert.", "de"),
    ("La Corte Penal Internacional ha emitido una orden de arresto contra Haibatullah Akhundzada, que ejerce el poder en "
     "Afganistán desde 2021.", "es"),
    ("O Tribunal Penal Internacional emitiu hoje um mandado de prisão contra Haibatullah Akhundzada, que exerce o poder no "
     "Afeganistão desde 2021.", "pt"),
])
def test_a_since_date_in_a_relative_clause_is_not_the_warrants(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-07-08", "warrant_issued", language=language)
    assert got == [(AKHUNDZADA, None, "2025-07-08")], got


@pytest.mark.parametrize(("text", "want"), [
    # the warrant's own "since" (no relative clause): a warrant recalled as background, no news of the day, as before
    ("Haibatullah Akhundzada has been wanted under an arrest warrant of the International Criminal Court since 2021.", []),
    # a relative clause with a since-date, and the act's own day after it: that day dates the warrant, as before
    ("The International Criminal Court issued an arrest warrant for Haibatullah Akhundzada, who has ruled Afghanistan since 2021, "
     "on Tuesday.", [(AKHUNDZADA, None, "2025-07-08")]),
])
def test_controls_for_the_since_clause(spec, text: str, want: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-10", "warrant_issued", language="en") == want


# 2. A notice of withdrawal told as given to the depositary ("has given official notification to the United Nations of its intention to
#    withdraw"): the withdrawal notified, as "notified the UN" is.
@pytest.mark.parametrize(("text", "language"), [
    ("The Philippines has given official notification to the United Nations of its intention to withdraw from the International "
     "Criminal Court.", "en"),
    ("Hungary gave formal notice to the United Nations of its withdrawal from the Rome Statute today.", "en"),
    ("Les Philippines ont donné notification officielle aux Nations unies de leur retrait de la Cour pénale internationale.", "fr"),
])
def test_notice_given_to_the_un_is_a_notification(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2018-03-16", "withdrawal_notified", language=language)
    assert len(got) == 1 and got[0][2] == "2018-03-16", got


@pytest.mark.parametrize("text", [
    # a notice given to someone else, or only to come: no notification to the depositary
    "The Philippines has given notice to its partners that it may withdraw from the International Criminal Court.",
    "The Philippines will give official notification to the United Nations of its withdrawal from the International Criminal Court.",
    # a notice named, no act of giving it
    '"Government has noted the judgment delivered by the Pretoria High Court today on the notice to withdraw from the Rome Statute '
    'of the International Criminal Court (ICC)," the Ministry of Justice said.',
])
def test_controls_for_notice_given(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-03-16", "withdrawal_notified", language="en") == []


# 3. A stay told by German 'weilen' ("Zurzeit weilt der israelische Ministerpräsident Benjamin Netanjahu in Budapest"), the subject
#    between the verb and the place: a visit, as English "is staying in" and German 'hält sich … in … auf' are.
@pytest.mark.parametrize(("text", "language"), [
    ("Zurzeit weilt der israelische Ministerpräsident Benjamin Netanjahu in Budapest.", "de"),
    ("Benjamin Netanjahu weilt derzeit in Budapest.", "de"),
    ("Benjamin Netanyahu is currently staying in Budapest.", "en"),
])
def test_a_stay_told_by_weilen(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize("text", [
    # a detention, not a stay; and the person in his own State
    "Benjamin Netanjahu weilt in Haft.",
    "Benjamin Netanjahu weilt zurzeit in Jerusalem.",
])
def test_controls_for_weilen(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language="de") == []


# 4. The leaving told as coming a stretch of time after an announcement ("will formally leave on Sunday, a year after Manila
#    announced …", 'doit être acté un an après que Manille eut annoncé …'): the day it takes effect and an announcement recalled, no
#    announcement of the page's day.
@pytest.mark.parametrize(("text", "language"), [
    ("The Philippines will formally leave the International Criminal Court on Sunday, a year after Manila announced it no longer "
     "wanted to be a member of the court.", "en"),
    ("Les Philippines doivent se retirer officiellement dimanche de la Cour pénale internationale. Le départ doit être acté un an "
     "après que Manille eut annoncé qu’elle quittait la Cour pénale internationale.", "fr"),
    ("Filipinas saldrá oficialmente de la Corte Penal Internacional el domingo, un año después de que Manila anunciara su retirada "
     "de la Corte Penal Internacional.", "es"),
])
def test_a_leaving_a_year_after_its_announcement(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2019-03-17", "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("The Philippines announced on Sunday that it will leave the International Criminal Court.", "en"),
    ("Les Philippines ont annoncé dimanche qu’elles quittent la Cour pénale internationale.", "fr"),
])
def test_controls_for_the_leaving_after_its_announcement(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2019-03-17", "withdrawal_announced", language=language)
    assert [(s, d) for _, s, d in got] == [("PHL", "2019-03-17")], got
