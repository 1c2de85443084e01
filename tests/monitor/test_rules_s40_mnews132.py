"""Session 40 (issue 12, task mnews132): general rules from the dev errors of batch 132 (tests/monitor/realnews/batch-132.yaml).
Each is tested with sentences written for the test, in the languages the monitor reads where the phenomenon exists in them,
and contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py).
The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. A trip announced, then other States named only as an unnamed group that would arrest the person "if he sets foot on their
#    soil": that supposed trip is the warrant's reach, not a supposition about the trip announced, which stands.
@pytest.mark.parametrize(("text", "language"), [
    ("Netanyahu to Visit Hungary Soon\n\nBenjamin Netanyahu will arrive in Hungary for an official visit in the next few weeks, "
     "said Gergely Gulyas.\n\nSeveral European countries have said that Netanyahu will be detained if he sets foot on their "
     "soil.", "en"),
    ("Benjamin Netanyahu se rendra en Hongrie pour une visite officielle la semaine prochaine. Plusieurs pays européens ont dit "
     "que Netanyahu serait arrêté s'il posait le pied sur leur sol.", "fr"),
    ("Benjamin Netanyahu viajará a Hungría para una visita oficial la próxima semana. Varios países europeos dijeron que "
     "Netanyahu sería detenido si pisara su territorio.", "es"),
    ("Benjamin Netanyahu wird nächste Woche zu einem offiziellen Besuch nach Ungarn reisen. Mehrere europäische Länder erklärten, "
     "Netanyahu werde festgenommen, wenn er ihr Gebiet betritt.", "de"),
    ("Netanyahu presto in Ungheria\n\nBenjamin Netanyahu si recherà in Ungheria per una visita ufficiale nelle prossime "
     "settimane, ha detto Gergely Gulyas.\n\nDiversi paesi europei hanno detto che Netanyahu sarà arrestato se metterà piede "
     "sul loro territorio.", "it"),
    ("Benjamin Netanyahu viajará para a Hungria para uma visita oficial na próxima semana. Vários países europeus disseram que "
     "Netanyahu seria detido se pisasse o seu território.", "pt"),
])
def test_a_group_of_states_supposed_cancels_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-03-13", "planned_visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(NETANYAHU, "HUN")]


# 2. A host who is on the record too, the subject of the welcome, and its guest named after: the guest's stay in the host's
#    State is told (the host is at home); not a talk that names the other person outside the welcome.
@pytest.mark.parametrize(("text", "language"), [
    ("Russian President Vladimir Putin received Sudanese President Omar al-Bashir in Moscow on Saturday.", "en"),
    ("Russian President Vladimir Putin hosted Sudanese President Omar al-Bashir in Moscow on Saturday.", "en"),
])
def test_a_record_host_receives_a_guest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-07-14", "visit", language=language) == [(BASHIR, "RUS", "2018-07-14")]


@pytest.mark.parametrize("text", [
    "Vladimir Putin, who hosted talks in Moscow on Saturday, said Omar al-Bashir was a friend.",
    "Vladimir Putin received a letter in Moscow on Saturday from Omar al-Bashir's foreign minister.",
])
def test_no_guest_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-07-14", "visit", language="en") == []
