"""Session 43 (issue 12, task mleft34): session 42's monitor leftovers (docs/monitor.md, "Session 42's leftovers (session 43)"),
each as a general shape in the languages the monitor reads where the shape exists there. Sentences written for the test; the
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. A State's German name in the genitive ('Ungarns Regierung', 'der Austritt Burundis', 'Russlands Präsident'): German makes
#    the genitive of a State's name without an article by -s; read as the State in German documents.
@pytest.mark.parametrize(("text", "date", "kind", "fact"), [
    ("Ungarns Regierung weigert sich, den Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal",
     (NETANYAHU, "HUN", None)),
    ("Die Regierung Südafrikas weigerte sich, Omar al-Baschir festzunehmen.", "2015-06-15", "refusal", (BASHIR, "ZAF", None)),
    ("Das Parlament hat am Mittwoch den Austritt Burundis aus dem Internationalen Strafgerichtshof beschlossen.", "2016-10-13",
     "withdrawal_announced", (None, "BDI", "2016-10-12")),
])
def test_a_german_genitive_is_the_state(spec, text: str, date: str, kind: str, fact: tuple) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, kind, language="de") == [fact]


@pytest.mark.parametrize(("text", "date", "kind", "expected"), [
    # the traveller's State in the genitive is not the trip's destination
    ("Russlands Präsident Wladimir Putin reiste am Montag in die Mongolei.", "2024-09-03", "visit", [(PUTIN, "MNG", "2024-09-02")]),
    # a word that is no State's name in the genitive: a German Land ('Bayern'), a city ('Berlin')
    ("Bayerns Regierung weigert sich, den Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal", []),
    # a demand, not an announcement (test_negatives_s30), stays none with the State now read
    ("Eine Oppositionspartei fordert den Austritt Ungarns aus dem IStGH.", "2025-04-03", "withdrawal_announced", []),
    # the refusal criticised by a third party (test_rules_s42_mleft33) stays background
    ("Außenministerin Annalena Baerbock kritisierte die Weigerung von Ungarns Ministerpräsident Viktor Orbán, den internationalen "
     "Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal", []),
])
def test_a_german_genitive_control(spec, text: str, date: str, kind: str, expected: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, kind, language="de") == expected


def test_the_genitive_is_german_only(spec) -> None:  # noqa: ANN001
    # English makes no genitive by a bare -s: 'Ungarns', 'Burundis' in an English page name nothing
    assert _typed(spec, "Burundis Regierung refused to arrest Omar al-Bashir.", "2016-10-13", "refusal", language="en") == []


def test_the_genitive_forms(spec) -> None:  # noqa: ANN001
    forms = spec.lexicon["german_genitives"]
    assert forms["Ungarns"] == "HUN" and forms["Burundis"] == "BDI" and forms["Russlands"] == "RUS"
    # a name ending in s, x or z makes its genitive otherwise ('von Belarus', 'der Schweiz'): no form from it
    assert not [f for f in forms if f[-2:-1] in ("s", "x", "z", "ß")]
    # … nor from another language's name: French 'Inde' would make 'Indes', a German word ('meanwhile')
    assert "Indes" not in forms and "Frankreichs" in forms
    assert "Berlins" not in forms
