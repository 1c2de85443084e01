"""Session 49 (issue 12, task mnews160): German surnames in the genitive, and the demonym Dominica and the Dominican Republic
share. Sentences written for the test (none copied from the real-news set); the names are the record's, used as examples (no
State or person is special-cased); the words are data in ``data/lookups/monitor_words.yaml`` and ``state_names.yaml``."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
NJEEM = "osama-elmasry-njeem"

# 1. A surname and -s in a German text, beside a noun of the person's own trip or custody, is the person: the same readings
#    as with 'von' ('der Besuch von X', 'die Festnahme von X'). Pages of a Wednesday: 'am Dienstag' the day before.
GENITIVE = [
    ("Putins Besuch in der Mongolei begann am Dienstag.", "2024-09-04", "visit", [(PUTIN, "MNG", "2024-09-03")]),
    ("Putins Flugzeug landete am Dienstag in Ulan Bator.", "2024-09-04", "visit", [(PUTIN, "MNG", "2024-09-03")]),
    ("Wladimir Putins Flugzeug landete am Dienstag in Ulan Bator.", "2024-09-04", "visit", [(PUTIN, "MNG", "2024-09-03")]),
    ("Netanjahus Flugzeug landete am Donnerstag in Budapest.", "2025-04-04", "visit", [(NETANYAHU, "HUN", "2025-04-03")]),
    ("Netanjahus Reise nach Ungarn ist für Donnerstag geplant.", "2025-03-31", "planned_visit", [(NETANYAHU, "HUN", "2025-04-03")]),
    ("Die Festnahme Njeems erfolgte am Dienstag in Turin.", "2025-01-22", "arrest", [(NJEEM, "ITA", "2025-01-21")]),
    ("Die Festnahme Osama Elmasry Njeems erfolgte am Dienstag in Turin.", "2025-01-22", "arrest", [(NJEEM, "ITA", "2025-01-21")]),
    ("Njeems Festnahme erfolgte am Dienstag in Turin.", "2025-01-22", "arrest", [(NJEEM, "ITA", "2025-01-21")]),
]


@pytest.mark.parametrize(("text", "day", "kind", "want"), GENITIVE)
def test_a_surname_in_the_german_genitive_is_the_person(spec, text: str, day: str, kind: str, want: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, day, kind, language="de") == want


# Controls, the same before and after: the 'von' readings stand; the possessor of another noun is not the one who acts
# ('Putins Außenminister', 'Putins Sprecher', 'Putins Delegation'); a trip supposed, cancelled or denied, an arrest asked for,
# supposed or denied give nothing; a word in -s after a genitive article is a noun's genitive; other languages are not read so.
CONTROLS = [
    ("Der Besuch von Putin in der Mongolei begann am Dienstag.", "2024-09-04", "visit", [(PUTIN, "MNG", "2024-09-03")], "de"),
    ("Die Festnahme von Osama Elmasry Njeem erfolgte am Dienstag in Turin.", "2025-01-22", "arrest", [(NJEEM, "ITA", "2025-01-21")], "de"),
    ("Putins Außenminister Lawrow traf am Montag in Guinea ein.", "2024-06-04", "visit", [], "de"),
    ("Putins Sprecher Peskow sagte am Dienstag in Ulan Bator, man sehe keine Gefahr.", "2024-09-04", "visit", [], "de"),
    ("Die Mongolei empfing Putins Delegation am Dienstag.", "2024-09-04", "visit", [], "de"),
    ("Putins Besuch in Ungarn wäre der erste seit dem Haftbefehl.", "2024-09-04", "visit", [], "de"),
    ("Putins Besuch in der Mongolei wurde abgesagt.", "2024-09-04", "visit", [], "de"),
    ("Putins Reise nach Südafrika findet nicht statt.", "2023-07-20", "planned_visit", [], "de"),
    ("Die Festnahme Njeems wurde beantragt.", "2025-01-22", "arrest", [], "de"),
    ("Die Festnahme Njeems wäre am Dienstag in Turin erfolgt.", "2025-01-22", "arrest", [], "de"),
    ("Die Festnahme Njeems erfolgte nicht.", "2025-01-22", "arrest", [], "de"),
    ("Die Decke des Putins lag am Dienstag in Ulan Bator.", "2024-09-04", "visit", [], "de"),
    ("La visite de Putins en Mongolie a commencé mardi.", "2024-09-04", "visit", [], "fr"),
]


@pytest.mark.parametrize(("text", "day", "kind", "want", "language"), CONTROLS)
def test_genitive_controls(spec, text: str, day: str, kind: str, want: list, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, day, kind, language=language) == want


def test_the_genitive_forms_are_the_surnames_and_s_only(spec) -> None:  # noqa: ANN001
    from iccwatch.monitor.gazetteer import (
        _person_genitive_pattern,  # (imported here: the base commit has none, its controls still run)
    )

    _, forms, articles, heads = _person_genitive_pattern(spec._json)
    assert forms["Putins"] == ("GENITIVE", PUTIN)
    assert forms["Netanjahus"] == ("GENITIVE", NETANYAHU)
    assert forms["Njeems"] == ("GENITIVE", NJEEM)
    # a surname ending in s makes no form and is never cut ('Jamus' stays the record's 'Jamus')
    assert not any(f.startswith("Jamus") for f in forms) and "Jamu" not in forms
    assert "des" in articles and "Besuch" in heads and "Sprecher" not in heads


# 2. The demonym written alike for Dominica and the Dominican Republic is listed as ambiguous: read as neither State.
@pytest.mark.parametrize("word", ["Dominican", "dominicano", "dominicana", "dominicanos", "dominicanas"])
def test_the_dominican_demonym_is_ambiguous(spec, word: str) -> None:  # noqa: ANN001
    assert sorted(spec.lexicon["ambiguous"][word]) == ["DMA", "DOM"]


@pytest.mark.parametrize(("text", "want"), [
    ("El gobierno dominicano anunció el martes su retiro del Estatuto de Roma.", []),
    ("La República Dominicana anunció el martes su retiro del Estatuto de Roma.", [(None, "DOM", "2025-05-06")]),
])
def test_a_withdrawal_by_the_shared_demonym_names_no_state(spec, text: str, want: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "withdrawal_announced", language="es") == want
