"""Session 40 (issue 12, task mlang27): the filter's and the alert model's cue words come from the spec (the store's lookups,
checked once by the loader), never from a second reader of data/lookups/monitor_words.yaml; the alert model's further cues
(``EXTRA_CUES``) are read in each language by its own words (monitor_words.yaml ``alert_cues``)."""

from __future__ import annotations

import builtins
import pathlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from iccwatch.dataset import load_dataset
from iccwatch.dataset.loader import _lookup_problems
from iccwatch.monitor import mfilter
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.gazetteer import spec_from_records

WORDS = Path(__file__).resolve().parents[2] / "data" / "lookups" / "monitor_words.yaml"
FRENCH = "Vladimir Poutine est arrivé mardi à Oulan-Bator, mais il n'a pas rencontré la presse."


def _features(spec: Any, text: str, language: str, extra: bool = False) -> list[list[str]]:
    doc = make_document(text, date="2024-09-04", language=language)
    cands = extract_candidates(doc, spec, mode="loose")
    assert cands, f"no candidate read from {text!r}"
    return [mfilter.features(c, doc, bow=False, extra=extra, spec=spec) for c in cands]


def _names(spec: Any, text: str, language: str, prefix: tuple[str, ...], extra: bool = False) -> set[str]:
    return {f for feats in _features(spec, text, language, extra) for f in feats if f.startswith(prefix)}


def test_a_store_of_other_words_is_filtered_with_its_own_words(spec, full_data_copy: Path) -> None:  # noqa: ANN001
    """A data folder whose French cue words differ from the bundled ones: the features read *its* words."""
    assert "cue=neg" in _names(spec, FRENCH, "fr", ("cue=",))
    words = full_data_copy / "lookups" / "monitor_words.yaml"
    data = yaml.safe_load(words.read_text(encoding="utf-8"))
    cues = data["languages"]["fr"]["filter_cues"]
    cues["neg"] = {"absent": "written for the test: this folder's French has no negation cue"}
    cues["warrant"] = {"pattern": r"\bpresse\b", "reason": "written for the test: another word for the family"}
    words.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    other = spec_from_records(load_dataset(full_data_copy))
    read = _names(other, FRENCH, "fr", ("cue=",))
    assert "cue=neg" not in read
    assert "cue=warrant" in read
    # the bundled spec still reads the bundled words: nothing was read from a file in force elsewhere
    assert "cue=neg" in _names(spec, FRENCH, "fr", ("cue=",)) and "cue=warrant" not in _names(spec, FRENCH, "fr", ("cue=",))


def test_no_file_is_read_for_a_candidate(spec, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The features of a candidate in a page in another language open, stat and read no file (the words are the spec's)."""
    doc = make_document(FRENCH, date="2024-09-04", language="fr")
    cands = extract_candidates(doc, spec, mode="loose")
    assert cands
    mfilter.features(cands[0], doc, bow=False, extra=True, spec=spec)  # the spec's patterns compiled once

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a file read for a candidate: {args[:1]!r}")

    for name in ("stat", "read_text", "open"):
        monkeypatch.setattr(pathlib.Path, name, refuse)
    monkeypatch.setattr(builtins, "open", refuse)
    for c in cands:
        assert mfilter.features(c, doc, bow=False, extra=True, spec=spec)


def test_the_second_reader_is_gone() -> None:
    assert not hasattr(mfilter, "language_cues") and not hasattr(mfilter, "words_path")


@pytest.mark.parametrize(("language", "text", "cue"), [
    ("fr", "Vladimir Poutine est arrivé mardi à Oulan-Bator pour le sommet, selon des sources.", "x=gathering"),
    ("es", "Vladimir Putin llegó el martes a Ulán Bator para la cumbre, según fuentes.", "x=gathering"),
    ("de", "Wladimir Putin ist am Dienstag in der Mongolei zum Gipfel eingetroffen.", "x=gathering"),
    ("fr", "Vladimir Poutine est arrivé mardi à Oulan-Bator, selon des informations non confirmées.", "x=hedge"),
    ("es", "Vladimir Putin llegó el martes a Ulán Bator, según fuentes no confirmadas.", "x=hedge"),
    ("de", "Wladimir Putin ist am Dienstag in der Mongolei eingetroffen, wie unbestätigte Berichte sagen.", "x=hedge"),
    ("fr", "Vladimir Poutine, invité par son homologue, est arrivé mardi à Oulan-Bator.", "x=invite"),
    ("es", "Vladimir Putin, invitado por su homólogo, llegó el martes a Ulán Bator.", "x=invite"),
    ("de", "Wladimir Putin ist auf Einladung seines Amtskollegen am Dienstag in der Mongolei eingetroffen.", "x=invite"),
    ("it", "Vladimir Putin è arrivato martedì in Mongolia per il vertice, secondo fonti non confermate.", "x=hedge"),
])
def test_an_alert_cue_is_read_by_the_pages_own_words(spec, language: str, text: str, cue: str) -> None:  # noqa: ANN001
    assert cue in _names(spec, text, language, ("x=",), extra=True)


def test_an_english_word_in_a_portuguese_page_is_no_alert_cue(spec) -> None:  # noqa: ANN001
    # 'summit', 'reportedly' and 'sources' are English: in a Portuguese page they are no gathering and no hedge
    text = "Vladimir Putin chegou na terça-feira à Mongólia, disse o jornal Summit Sources Reportedly."
    read = _names(spec, text, "pt", ("x=",), extra=True)
    assert "x=gathering" not in read and "x=hedge" not in read
    # the same page's own words are read: 'cúpula' (summit)
    assert "x=gathering" in _names(spec, "Vladimir Putin chegou na terça-feira à Mongólia para a cúpula.", "pt", ("x=",), extra=True)


def test_every_language_lists_every_alert_family(spec) -> None:  # noqa: ANN001
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    for language, entry in data["languages"].items():
        families = entry["alert_cues"]
        assert list(families) == list(mfilter.EXTRA_CUES), language
        for name, cue in families.items():
            assert bool(cue.get("pattern") or cue.get("from")) != bool(cue.get("absent")), (language, name)
            assert (cue.get("reason") or cue.get("absent") or "").strip(), (language, name)
        # the spec reads each family with words, and only those
        assert set(mfilter.extra_cues_for(language, spec)) == {n for n, c in families.items() if not c.get("absent")}, language


@pytest.mark.parametrize("key", ["filter_cues", "alert_cues"])
def test_a_missing_family_is_refused_by_the_loader_naming_file_language_and_family(key: str) -> None:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    family = next(iter(data["languages"]["fr"][key]))
    del data["languages"]["fr"][key][family]
    found = _lookup_problems("data/lookups/monitor_words.yaml", "monitor_words", data)
    assert found and any("languages.fr" in (p.field or "") and family in p.message and key in p.message for p in found), found
    assert "monitor_words.yaml" in found[0].file


def test_a_bad_pattern_is_refused_by_the_loader_naming_file_language_and_family() -> None:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    data["languages"]["es"]["alert_cues"]["hedge"] = {"pattern": r"\b(?:supuestamente", "reason": "broken"}
    found = _lookup_problems("data/lookups/monitor_words.yaml", "monitor_words", data)
    assert any("languages.es.alert_cues.hedge" in (p.field or "") for p in found), found


def test_the_families_the_loader_checks_are_the_filters_own() -> None:
    """The loader checks monitor_words.yaml against dataset/cue_families.py (the data layer imports no monitor module,
    tests/test_layers.py): those names must be the filter's and the alert model's own patterns' names."""
    from iccwatch.dataset import cue_families as named
    from iccwatch.monitor import mfilter

    assert list(named.FILTER_CUE_FAMILIES) == [n for n in mfilter.CUES if n not in mfilter.WORDLESS_CUES]
    assert list(named.ALERT_CUE_FAMILIES) == list(mfilter.EXTRA_CUES)
