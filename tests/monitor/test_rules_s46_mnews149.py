"""Session 46 (issue 12, task mnews149): general rules from the dev errors of real-news batch 149 (docs/monitor.md, "Batch 149
(session 46)"). Each shape in the languages the monitor reads, with controls that must not change; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The sentences are written for the tests; the names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"


# 1. A trip to come told by the future of 'to go' before the trip's infinitive, Portuguese 'irá visitar', 'irão viajar' and French
#    'ira visiter', 'iront assister', as their periphrastic 'vai visitar', 'va visiter' (already read) and English 'will visit'.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin irá visitar a China no próximo mês, segundo a televisão estatal.", "pt"),
    ("O presidente russo Vladimir Putin irá viajar à China no próximo mês.", "pt"),
    ("Vladimir Putin e a sua comitiva irão visitar a China no próximo mês.", "pt"),
    ("Vladimir Poutine ira visiter la Chine le mois prochain, selon la télévision d'État.", "fr"),
    ("Le président russe Vladimir Poutine ira rencontrer Xi Jinping en Chine le mois prochain.", "fr"),
    ("Vladimir Putin va a visitar China el próximo mes.", "es"),
    ("Vladimir Putin will visit China next month.", "en"),
])
def test_future_of_going_before_a_trip_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-15", "planned_visit", language=language) == [(PUTIN, "CHN", "2023-10")]


# Controls: the conditional ('iria visitar se fosse convidado', 'irait visiter s'il était invité'), the negation ('não irá visitar',
# 'n'ira pas visiter'), and the future of going to a place that is no trip's infinitive ('irá a tribunal').
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin iria visitar a China se fosse convidado.", "pt"),
    ("Vladimir Putin não irá visitar a China no próximo mês, disse o Kremlin.", "pt"),
    ("Vladimir Poutine irait visiter la Chine s'il était invité.", "fr"),
    ("Vladimir Poutine n'ira pas visiter la Chine le mois prochain, a dit le Kremlin.", "fr"),
])
def test_conditional_or_negated_going_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-09-15", "planned_visit", language=language) == []


# 2. The host told by its seat of government: a meeting or visit to come 'at the White House', 'im Weißen Haus', 'à la Maison
#    Blanche', 'en la Casa Blanca', 'alla Casa Bianca', 'na Casa Branca' (the United States), 'au Kremlin' (Russia), 'à l'Élysée'
#    (France): the seat's State, as its capital ('in Washington') is read. Each seat a name of its capital (monitor_words.yaml
#    ``seats``; English's in lexicon.SEATS).
@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu will visit the White House next week, his office said.", "en"),
    ("Benjamin Netanyahu will meet Donald Trump at the White House next week.", "en"),
    # (moved here from test_negatives_s29's trips not told, where it stood while the White House placed nothing: the host's
    # welcome to come, the guest's trip to the seat's State, as 'Hungary will host X next week' is read)
    ("Donald Trump will host Benjamin Netanyahu at the White House next week.", "en"),
    ("Benjamin Netanjahu wird kommende Woche Donald Trump im Weißen Haus treffen.", "de"),
    ("Benjamin Netanjahu wird kommende Woche das Weiße Haus besuchen.", "de"),
    ("Benjamin Netanyahou doit se rendre à la Maison Blanche la semaine prochaine.", "fr"),
    ("Benjamin Netanyahu viajará a la Casa Blanca la próxima semana.", "es"),
    ("Benjamin Netanyahu visiterà la Casa Bianca la prossima settimana.", "it"),
    ("Benjamin Netanyahu vai visitar a Casa Branca na próxima semana.", "pt"),
])
def test_white_house_is_the_united_states(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language=language) == [(NETANYAHU, "USA", "2025-02")]


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Benjamin Netanyahu will meet Vladimir Putin at the Kremlin next week.", "en", "RUS"),
    ("Benjamin Netanyahou doit se rendre au Kremlin la semaine prochaine.", "fr", "RUS"),
    ("Benjamin Netanjahu wird kommende Woche in den Kreml reisen.", "de", "RUS"),
    ("Benjamin Netanyahu si recherà al Cremlino la prossima settimana.", "it", "RUS"),
    ("Benjamin Netanyahu will visit the Élysée next week.", "en", "FRA"),
    ("Benjamin Netanyahu viajará a la Casa Rosada la próxima semana.", "es", "ARG"),
])
def test_other_seats_of_government_are_their_states(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language=language) == [(NETANYAHU, state, "2025-02")]


# Controls: a seat that speaks is no place of a trip ('the Kremlin said', 'selon la Maison Blanche'), the person's own seat is no
# trip abroad ('Putin will receive him at the Kremlin'), a bare 'Casablanca' stays Morocco's city, and a trip to a State told
# beside a seat that speaks keeps its own State.
@pytest.mark.parametrize(("text", "language", "want"), [
    ("Vladimir Putin will travel to Mongolia next week, the Kremlin said.", "en", [(PUTIN, "MNG", "2025-02")]),
    ("Vladimir Poutine se rendra en Mongolie la semaine prochaine, a annoncé le Kremlin.", "fr", [(PUTIN, "MNG", "2025-02")]),
    ("Vladimir Putin will receive the Hungarian prime minister at the Kremlin next week.", "en", []),
    ("Benjamin Netanyahu will travel to Hungary next week, the White House said.", "en", [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanyahu will travel to Hungary next week, the Kremlin said.", "en", [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanyahou se rendra en Hongrie la semaine prochaine, a annoncé la Maison Blanche.", "fr",
     [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanjahu wird kommende Woche nach Ungarn reisen, teilte das Weiße Haus mit.", "de", [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanyahu viajará a Hungría la próxima semana, según la Casa Blanca.", "es", [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanyahu si recherà in Ungheria la prossima settimana, ha fatto sapere il Cremlino.", "it",
     [(NETANYAHU, "HUN", "2025-02")]),
    ("Benjamin Netanyahu viajará para a Hungria na próxima semana, informou a Casa Branca.", "pt", [(NETANYAHU, "HUN", "2025-02")]),
])
def test_a_seat_that_speaks_is_no_destination(spec, text: str, language: str, want: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language=language) == want


# 3. German: a meeting intended or set by a modal before it ('X will … Y im Weißen Haus treffen', 'X soll … Y in Washington
#    treffen'), the person the modal's subject, named before it: a trip to come, as 'X wird … Y in Washington treffen' (read).
@pytest.mark.parametrize("text", [
    "Benjamin Netanjahu will nach Angaben seines Büros kommende Woche Donald Trump im Weißen Haus treffen.",
    "Benjamin Netanjahu will kommende Woche Donald Trump in Washington treffen.",
    "Der israelische Regierungschef Benjamin Netanjahu soll kommende Woche Donald Trump in den USA treffen.",
])
def test_modal_meeting_with_the_person_as_subject_is_a_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language="de") == [(NETANYAHU, "USA", "2025-02")]


# Controls: another's wish to meet the person ('Merz will X in Berlin treffen'), a negated meeting ('will Y nicht … treffen').
@pytest.mark.parametrize(("text", "language"), [
    ("Friedrich Merz will Benjamin Netanjahu kommende Woche in Berlin treffen.", "de"),
    ("Benjamin Netanjahu will Donald Trump kommende Woche nicht in Washington treffen.", "de"),
])
def test_another_s_wish_or_a_negated_meeting_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language=language) == []
