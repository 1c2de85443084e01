"""Session 41 (task house41): one reader of the languages' function words. The language detector reads the function words of
the caller's store (``Spec.function_words``, from the store's lookups checked by its loader), never data/lookups/monitor_words.yaml
a second time by its own path per document; a caller without a store reads the data folder's through the same loader, once."""

from __future__ import annotations

import builtins
import pathlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from iccwatch.dataset import load_dataset
from iccwatch.dataset import loader as dataset_loader
from iccwatch.errors import InputError
from iccwatch.monitor import documents
from iccwatch.monitor.documents import (
    detect_language,
    function_words,
    function_words_of,
    make_document,
    read_file_once,
)
from iccwatch.monitor.gazetteer import spec_from_records

#: Short French (session 29's example): the detector alone read it as Italian; the function words decide it.
FRENCH = "Vladimir Poutine se rendra en Mongolie mardi, a annoncé vendredi le Kremlin"


def _swap_french_and_italian(data: Path) -> None:
    """The data folder's function words with French's and Italian's lists exchanged (weekdays unchanged)."""
    path = data / "lookups" / "monitor_words.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = table["function_words"]["words"]
    words["fr"], words["it"] = words["it"], words["fr"]
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def other_data(full_data_copy: Path) -> Path:
    _swap_french_and_italian(full_data_copy)
    return full_data_copy


def test_a_store_of_other_words_detects_with_its_own_words(spec, other_data: Path) -> None:  # noqa: ANN001
    """A spec built from a data folder whose function words differ detects a short text's language with *its* words."""
    assert make_document(FRENCH, date="2024-08-30", words=spec.function_words).language == "fr"
    other = spec_from_records(load_dataset(other_data))
    assert other.function_words is not None and "mardi" not in other.function_words["it"]
    assert other.function_words["it"] >= {"se", "en", "le"}
    assert make_document(FRENCH, date="2024-08-30", words=other.function_words).language == "it"
    assert detect_language(FRENCH, other.function_words) == "it"
    # the bundled store still reads its own words, whatever was built since
    assert make_document(FRENCH, date="2024-08-30", words=spec.function_words).language == "fr"


def test_a_store_of_other_words_reads_its_documents_with_its_words(spec, other_data: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """``read_file_once`` keeps one document per file *and* function words: the same file read for two stores is read twice."""
    other = spec_from_records(load_dataset(other_data))
    txt = tmp_path / "short.txt"
    txt.write_text(f'---\nurl: "https://example.org/a"\ndate: "2024-08-30"\n---\n{FRENCH}\n', encoding="utf-8")
    assert read_file_once(txt, spec.function_words).language == "fr"
    assert read_file_once(txt, other.function_words).language == "it"
    assert read_file_once(txt, spec.function_words).language == "fr"


def test_a_bare_document_reads_the_data_folder_through_the_loader(other_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a store, the words are those of the data folder (ICCWATCH_DATA's), read by the loader."""
    documents._function_words.cache_clear()
    monkeypatch.setenv("ICCWATCH_DATA", str(other_data))
    calls: list[Any] = []
    real = dataset_loader.load_lookup

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(dataset_loader, "load_lookup", counted)
    try:
        assert make_document(FRENCH, date="2024-08-30").language == "it"
        assert calls == [(other_data, "monitor_words")]
    finally:
        documents._function_words.cache_clear()


def test_no_read_of_the_words_per_document(spec, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Making documents opens, stats and reads no file: with the store's words, none at all; without, the data folder's
    table is read once per folder in the process (the loader counted), never again per document."""
    documents._function_words.cache_clear()
    calls: list[Any] = []
    real = dataset_loader.load_lookup

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(dataset_loader, "load_lookup", counted)
    first = make_document(FRENCH, date="2024-08-30")  # the one reading
    assert first.language == "fr" and len(calls) == 1
    words = spec.function_words

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a file touched while a document was made: {args[:1]!r}")

    with monkeypatch.context() as m:
        for name in ("stat", "read_text", "read_bytes", "open", "exists", "is_file"):
            m.setattr(pathlib.Path, name, refuse)
        m.setattr(builtins, "open", refuse)
        for i in range(5):
            assert make_document(f"{FRENCH} ({i})", date="2024-08-30", words=words).language == "fr"
            assert make_document(f"{FRENCH} [{i}]", date="2024-08-30").language == "fr"
    assert len(calls) == 1
    documents._function_words.cache_clear()


def test_the_spec_gives_the_stores_function_words(spec, facts) -> None:  # noqa: ANN001
    expected = function_words_of(facts.records.lookups["monitor_words"])
    assert spec.function_words == expected
    assert set(expected) >= {"en", "fr", "es", "pt", "it", "de"}
    assert "mardi" in expected["fr"] and "le" in expected["fr"]  # the weekdays with the function words
    import dataclasses

    bare = dataclasses.replace(spec, lexicon={k: v for k, v in spec.lexicon.items() if k != "function_words"})
    assert bare.function_words is None  # a lexicon written without them: the detector reads the data folder's


def test_the_weekdays_count_with_the_function_words() -> None:
    table = {"function_words": {"words": {"fr": ["le"]}}, "languages": {"fr": {"weekdays": {"names": {"monday": ["Lundi"]}}},
                                                                       "de": {"weekdays": {"names": {"monday": ["Montag"]}}}}}
    assert function_words_of(table) == {"fr": frozenset({"le", "lundi"})}
    assert function_words_of(None) == {} and function_words_of({"languages": {}}) == {}


def test_a_malformed_words_file_is_the_loaders_error_naming_file_and_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "lookups").mkdir(parents=True)
    (data / "lookups" / "monitor_words.yaml").write_text("function_words:\n  reason: x\n  words:\n    fr: le\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"monitor_words\.yaml.*function_words\.words\.fr"):
        function_words(data)
    assert function_words(tmp_path / "absent") == {}



def test_a_document_read_before_its_store_is_detected_with_the_stores_words(spec, other_data: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """``monitor ingest`` reads its files before it opens the store (so a file's problem is named first), without detecting;
    the language is then detected with the store's words (``with_language``); a language the front matter gives is kept."""
    from iccwatch.monitor.documents import read_path, with_language

    other = spec_from_records(load_dataset(other_data))
    plain = tmp_path / "plain.txt"
    plain.write_text(FRENCH + "\n", encoding="utf-8")
    given = tmp_path / "given.txt"
    given.write_text(f'---\ndate: "2024-08-30"\nlanguage: "fr"\n---\n{FRENCH}\n', encoding="utf-8")
    (doc,) = read_path(plain, date="2024-08-30", detect=False)
    assert doc.language is None
    assert with_language(doc, spec.function_words).language == "fr"
    assert with_language(doc, other.function_words).language == "it"
    (kept,) = read_path(given, detect=False)
    assert kept.language == "fr" and with_language(kept, other.function_words).language == "fr"
