"""Session 30 (issue 12): a listed city the CLDR gives no time zone, named in a language the monitor reads ('a Torino',
'en Colonia', 'in Mailand'), places a fact as its English name does (data/lookups/place_names.yaml, key ``geonames``:
GeoNames' alternate names of the listed cities, written by scripts/make_place_names.py), and a GeoNames name that is a
common word, a translation, a short word or another State's town's name places nothing. The sentences are written for
the purpose (not copied from the real-news set); the names are only the record's, used as examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

ROOT = Path(__file__).resolve().parents[2]
PUTIN = "vladimir-vladimirovich-putin"
BEMBA = "jean-pierre-bemba-gombo"


def _typed(spec, text: str, date: str, kind: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return sorted(((c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind), key=str)


ARRESTS = [
    ("it", "Jean-Pierre Bemba è stato arrestato sabato sera a Torino su richiesta della Corte penale internazionale.", "ITA"),
    ("it", "Jean-Pierre Bemba è stato arrestato sabato sera a Genova su richiesta della Corte penale internazionale.", "ITA"),
    ("es", "Jean-Pierre Bemba fue detenido el sábado por la noche en Colonia a petición de la Corte Penal Internacional.", "DEU"),
    ("es", "Jean-Pierre Bemba fue detenido el sábado por la noche en Nápoles a petición de la Corte Penal Internacional.", "ITA"),
    ("de", "Jean-Pierre Bemba wurde am Samstag in Mailand festgenommen.", "ITA"),
    ("de", "Jean-Pierre Bemba wurde am Samstag in Neapel festgenommen.", "ITA"),
    ("fr", "Jean-Pierre Bemba a été arrêté samedi soir à Gênes à la demande de la Cour pénale internationale.", "ITA"),
]


@pytest.mark.parametrize(("lang", "text", "state"), ARRESTS, ids=[f"{a[0]}-{i}" for i, a in enumerate(ARRESTS)])
def test_an_arrest_in_a_city_geonames_names_in_the_documents_language(spec, lang: str, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2008-05-25", "arrest") == [(BEMBA, state)]


def test_colonia_is_cologne_not_colombia(spec) -> None:  # noqa: ANN001
    # 'Colonia' (Spanish and Italian for Cologne) begins as 'Colombia' does: it is the German city, never the State
    assert spec.places["Colonia"] == "DEU"
    text = "Jean-Pierre Bemba fue detenido el sábado por la noche en Colonia a petición de la Corte Penal Internacional."
    assert "COL" not in {s for _, s in _typed(spec, text, "2008-05-25", "arrest")}


def test_a_visit_to_a_city_geonames_names(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin è arrivato martedì a Milano per una visita ufficiale di due giorni."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "ITA")]
    text = "Vladimir Putin è arrivato martedì a Napoli per una visita ufficiale di due giorni."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "ITA")]


# --- contrasts: GeoNames names that are not read ----------------------------------------------------------------------------

def test_a_translation_or_a_nickname_places_nothing(spec) -> None:  # noqa: ANN001
    # GeoNames lists 'White House' for Casablanca (its name translated): a name of several words with neither a particle
    # of a language read nor a word of the English name is not read
    # (session 46: 'White House' is now the seat of government, a name of Washington, lexicon.SEATS; never Casablanca's)
    assert spec.places.get("White House") == "USA" and "Big Easy" not in spec.places
    text = "Vladimir Putin arrived at the White House on Tuesday; he had flown in from Baghdad."
    assert "MAR" not in {s for _, s in _typed(spec, text, "2024-03-12", "visit")}


def test_a_short_geonames_name_places_nothing(spec) -> None:  # noqa: ANN001
    # 'Lion' (a GeoNames name of Lyon) and 'Sala' (of Salé) are words: GeoNames names of fewer than five letters are not read
    assert "Lion" not in spec.places and "Sala" not in spec.places
    text = ("Jean-Pierre Bemba fue detenido el sábado por la noche en Bruselas a petición de la Corte Penal Internacional. "
            "La Sala de Cuestiones Preliminares había dictado la orden.")
    assert _typed(spec, text, "2008-05-25", "arrest") == [(BEMBA, "BEL")]


def test_a_stop_word_and_a_shared_name_are_left_out_with_their_reason() -> None:
    table = _table()
    reasons = table["left_out"]
    # 'Perto' (a GeoNames name of Perth) is a Portuguese word ('near'); 'Antioch' names Antakya and towns of other States
    assert "stop word" in reasons["Perto"] and "Perto" not in table["geonames"]["places"]
    assert "several States" in reasons["Antioch"] and "Antioch" not in table["geonames"]["places"]


# --- the table ---------------------------------------------------------------------------------------------------------------

def _table() -> dict:
    return yaml.safe_load((ROOT / "data" / "lookups" / "place_names.yaml").read_text(encoding="utf-8"))


def test_each_geonames_name_is_an_alias_of_a_listed_city_written_in_the_languages_letters(spec) -> None:  # noqa: ANN001
    listed = yaml.safe_load((ROOT / "data" / "lookups" / "places.yaml").read_text(encoding="utf-8"))["places"]
    table = _table()
    names = table["geonames"]["places"]
    assert len(names) >= 1000
    cldr = {n for lang in table["languages"].values() for n in lang["places"]}
    state_names = {n for ns in spec.states.values() for n in ns}
    letters = re.compile(r"[a-zàâæçéèêëîïôœùûüÿáíñóúäößìòãõ]", re.IGNORECASE)
    for name, city in names.items():
        assert city in listed and name != city, name
        assert name not in table["left_out"] and name not in state_names and name not in cldr, name
        assert sum(1 for ch in name if ch.isalpha()) >= 5, name
        assert all(letters.fullmatch(ch) for ch in name if ch.isalpha()), name
        assert spec.places[name] == listed[city], name
