"""Session 39 (issue 12): the filter's cue families and the alert model's ``hedged`` count are read in every language the
monitor reads, each by its own words (data/lookups/monitor_words.yaml, each language's ``filter_cues``); an English word
in a page in another language is read as no cue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from iccwatch.dataset.loader import _lookup_problems
from iccwatch.monitor import mfilter
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

WORDS = Path(__file__).resolve().parents[2] / "data" / "lookups" / "monitor_words.yaml"


def _features(spec: Any, text: str, language: str, extra: bool = False) -> list[list[str]]:
    doc = make_document(text, date="2024-09-04", language=language)
    cands = extract_candidates(doc, spec, mode="loose")  # the loose mode keeps the hedged, denied and supposed trips
    assert cands, f"no candidate read from {text!r}"
    return [mfilter.features(c, doc, bow=False, extra=extra, spec=spec) for c in cands]


def _cues(spec: Any, text: str, language: str) -> set[str]:
    return {f for feats in _features(spec, text, language) for f in feats if f.startswith(("cue=", "doc_cue="))}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Vladimir Poutine est arrivé mardi à Oulan-Bator, mais il n'a pas rencontré la presse."),
    ("es", "Vladimir Putin llegó el martes a Ulán Bator, aunque no se reunió con la prensa."),
    ("de", "Wladimir Putin ist am Dienstag in der Mongolei eingetroffen, traf aber die Presse nicht."),
    ("it", "Vladimir Putin è arrivato martedì in Mongolia, ma non ha incontrato la stampa."),
    ("pt", "Vladimir Putin chegou na terça-feira à Mongólia, mas não se reuniu com a imprensa."),
])
def test_a_negation_is_read_by_the_pages_own_words(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert "cue=neg" in _cues(spec, text, language)


def test_a_french_denial_and_a_spanish_condition_are_cues(spec) -> None:  # noqa: ANN001
    assert "cue=deny" in _cues(spec, "Le Kremlin a démenti que Vladimir Poutine se rendra mardi en Mongolie.", "fr")
    assert "cue=cond" in _cues(spec, "Vladimir Putin viajará el martes a Mongolia si el Kremlin lo confirma.", "es")


def test_an_english_word_in_a_portuguese_page_is_no_cue(spec) -> None:  # noqa: ANN001
    # 'no' (em + o), 'a' and 'could' are no negation and no modality in a Portuguese page
    cues = _cues(spec, "Vladimir Putin chegou no dia 3 de setembro a Ulan Bator, onde foi recebido no palácio.", "pt")
    assert "cue=neg" not in cues and "doc_cue=neg" not in cues
    assert "cue=modal" not in cues


def _hedged(spec: Any, text: str, language: str) -> set[str]:
    return {f.split("|", 1)[1] for feats in _features(spec, text, language, extra=True) for f in feats if "|hedged=" in f}


def test_the_alert_models_hedged_count_reads_the_pages_language(spec) -> None:  # noqa: ANN001
    # a French sentence with a modal ('pourrait') and a negation ('ne … pas'): two hedges, read by the French words
    assert _hedged(spec, "Vladimir Poutine se rendra mardi en Mongolie, mais il pourrait ne pas rencontrer la presse.", "fr") == {"hedged=2"}
    # the German one with a condition ('falls') and a fear ('befürchtet')
    assert _hedged(spec, "Wladimir Putin wird am Dienstag in die Mongolei reisen, falls er keine Festnahme befürchtet.", "de") == {"hedged=2"}
    # English words in a Portuguese page ('could', 'no' as 'em + o') are no hedge
    assert _hedged(spec, "Vladimir Putin visitará a Mongólia no dia 3, disse o Kremlin, citando o jornal Could.", "pt") == {"hedged=0"}


def test_every_language_names_every_worded_family(spec) -> None:  # noqa: ANN001
    """Each language the monitor reads lists each family with words, by a pattern or as absent with its reason (session 40:
    read through the spec, the one reader of the lookups)."""
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    for language, entry in data["languages"].items():
        families = entry["filter_cues"]
        assert set(families) == set(mfilter.CUES) - mfilter.WORDLESS_CUES, language
        for name, cue in families.items():
            assert bool(cue.get("pattern")) != bool(cue.get("absent")), (language, name)
            assert (cue.get("reason") or cue.get("absent") or "").strip(), (language, name)
        read = mfilter.cues_for(language, spec)
        assert {n for n, c in families.items() if c.get("pattern")} == set(read) - mfilter.WORDLESS_CUES


def test_a_missing_family_is_an_error_naming_file_language_and_family() -> None:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    del data["languages"]["fr"]["filter_cues"]["deny"]
    found = _lookup_problems("data/lookups/monitor_words.yaml", "monitor_words", data)
    assert any(p.file.endswith("monitor_words.yaml") and "languages.fr" in (p.field or "") and "deny" in p.message for p in found), found


def test_a_bad_pattern_is_an_error_naming_file_language_and_family() -> None:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    data["languages"]["es"]["filter_cues"]["neg"] = {"pattern": r"\b(?:no", "reason": "broken"}
    found = _lookup_problems("data/lookups/monitor_words.yaml", "monitor_words", data)
    assert any(p.file.endswith("monitor_words.yaml") and "languages.es.filter_cues.neg" in (p.field or "") for p in found), found
