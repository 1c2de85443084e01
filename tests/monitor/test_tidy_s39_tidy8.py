"""Session 39, tidy8: the monitor's types said as the code works, and two repeated blocks made one function each. Behaviour
is unchanged; these tests hold the shared functions and the typed derivations to what their callers had."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from iccwatch.monitor import lexicon
from iccwatch.monitor.documents import html_to_text, read_file_once
from iccwatch.monitor.gazetteer import Spec
from iccwatch.monitor.mentions import _join_lists, _join_ordinals, _join_ranks, _joined
from iccwatch.monitor.mfilter import bucket_days

# --- one bucketing of a date's distance from the document's day (mfilter and learned had a copy each) -----------------------

# (days, the filter's bucket, the learned reader's bucket): the bounds as the docstring gives them
BUCKETS = [
    (0, "same", "same"),
    (-1, "past7", "past7"), (-7, "past7", "past7"),
    (-8, "past31", "past31"), (-31, "past31", "past31"),
    (-32, "past1y", "older"), (-366, "past1y", "older"),
    (-367, "older", "older"), (-5000, "older", "older"),
    (1, "next31", "next31"), (31, "next31", "next31"),
    (32, "later", "later"), (400, "later", "later"),
]


@pytest.mark.parametrize(("days", "filtered", "learned"), BUCKETS)
def test_one_bucketing_serves_the_filter_and_the_learned_reader(days: int, filtered: str, learned: str) -> None:
    assert bucket_days(days) == filtered
    assert bucket_days(days, past_year=False) == learned


def test_the_learned_reader_reads_its_date_feature_with_the_shared_bucketing() -> None:
    import iccwatch.monitor.learned as learned

    assert learned.bucket_days is bucket_days
    assert not hasattr(learned, "_bucket_days")


# --- one loop joining a sentence's spans (ranks, ordinals, lists) -------------------------------------------------------------

def test_joined_joins_each_span_to_the_joined_one_before_it() -> None:
    seen: list[tuple[tuple[int, int], int]] = []

    def joins(prev: tuple[int, int], a: int) -> bool:
        seen.append((prev, a))
        return a in (5, 10)

    assert _joined([(0, 4), (5, 9), (10, 14), (15, 20)], joins) == [(0, 14), (15, 20)]
    # the span before is given as joined so far, and the first span is never asked about
    assert seen == [((0, 4), 5), ((0, 9), 10), ((0, 14), 15)]
    assert _joined([], joins) == []


def _spans(text: str, *cuts: str) -> list[tuple[int, int]]:
    starts = [0, *(text.index(c) for c in cuts)]
    return [(a, (starts[i + 1] - 1) if i + 1 < len(starts) else len(text)) for i, a in enumerate(starts)]


def test_a_list_under_a_colon_is_one_sentence_and_what_follows_it_is_not() -> None:
    text = "The Court unsealed warrants against the following:\n• Anna Berg\n• Carl Dahl\nThe hearing is set."
    spans = _spans(text, "• Anna", "• Carl", "The hearing")
    assert _join_lists(spans, text) == [(0, spans[2][1]), spans[3]]


def test_list_items_without_an_opening_colon_stay_apart() -> None:
    text = "The Court named two people.\n• Anna Berg\n• Carl Dahl"
    spans = _spans(text, "• Anna", "• Carl")
    assert _join_lists(spans, text) == spans


def test_an_item_after_a_break_in_the_list_opens_no_list_of_its_own() -> None:
    text = "Named:\n• Anna Berg\nThe hearing is set.\n• Carl Dahl"
    spans = _spans(text, "• Anna", "The hearing", "• Carl")
    assert _join_lists(spans, text) == [(0, spans[1][1]), spans[2], spans[3]]


def test_a_rank_abbreviation_joins_on_its_line_only() -> None:
    text = "The wanted man, Lt. Gen. Ivan Petrov, was named. Lt. Gen.\nIvan Petrov was not."
    cut = text.index("Gen. Ivan")
    joined = _join_ranks([(0, cut - 1), (cut, len(text))], text)
    assert joined == [(0, len(text))]
    second = text.index("Ivan Petrov was")
    assert len(_join_ranks([(0, second - 1), (second, len(text))], text)) == 2


def test_a_german_ordinal_day_joins_its_month_only() -> None:
    text = "Das Gericht tagte am Dienstag (25. Juni) in Den Haag."
    cut = text.index("Juni")
    assert _join_ordinals([(0, cut - 1), (cut, len(text))], text) == [(0, len(text))]
    other = "Das Gericht tagte am 25. Danach ging es weiter."
    cut = other.index("Danach")
    assert len(_join_ordinals([(0, cut - 1), (cut, len(other))], other)) == 2


# --- the gazetteer's derived fields: typed, and still out of equality, the repr, the arguments and pickling ---------------------

def _small_spec(**over: object) -> Spec:
    fields: dict[str, object] = {
        "states": {"AAA": ["Atlantis"]}, "demonyms": {"AAA": ["Atlantean", "of Atlantis"]}, "places": {"Poseidonia": "AAA"},
        "persons": {"anna-berg": ["Anna Berg"]}, "surnames": {"Berg": "anna-berg"}, "nationality": {"anna-berg": ["AAA"]},
        "state_names": {"AAA": "Atlantis"}, "lexicon": {"ambiguous": {}},
    }
    fields.update(over)
    return Spec(**fields)  # type: ignore[arg-type]


def test_the_derived_fields_are_set_and_typed_as_read() -> None:
    spec = _small_spec()
    assert spec.is_demonym("atlantean") and not spec.is_demonym("of Atlantis")  # one word only
    assert "atlantean" in spec.title_words
    assert spec.name_tokens("anna-berg") == frozenset({"anna", "berg"})
    assert spec.name_tokens("no-one") == frozenset()
    assert len(spec.key()) == 16


def test_the_derived_fields_are_not_compared_shown_or_arguments() -> None:
    a, b = _small_spec(), _small_spec()
    assert a == b and a.key() == b.key()
    assert a != _small_spec(places={})
    assert "_json" not in repr(a) and "_key" not in repr(a)
    with pytest.raises(TypeError):
        _small_spec(_key="x")
    copy = pickle.loads(pickle.dumps(a))
    assert copy == a and copy.key() == a.key() and copy.name_tokens("anna-berg") == a.name_tokens("anna-berg")


# --- every gatherings template of the lexicon is searched as its family, as its declared reading methods say ----------------

def test_no_gatherings_template_is_left_unbound_to_its_family() -> None:
    left = [name for name, value in vars(lexicon).items() if isinstance(value, lexicon.W)]
    assert left == []
    worded = [f for f in lexicon.FAMILIES.values() if isinstance(f, lexicon.Worded)]
    assert worded, "the lexicon has gatherings templates"
    for family in worded:
        for method in ("search", "match", "fullmatch", "finditer"):
            assert callable(getattr(family, method))


# --- documents: a cached file read once, a page without a title ---------------------------------------------------------------

def test_a_file_read_once_is_the_same_document_until_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The Court issued a warrant.\n", encoding="utf-8")
    first = read_file_once(path)
    assert read_file_once(path) is first
    path.write_text("The Court issued two warrants.\n", encoding="utf-8")
    assert read_file_once(path) is not first
    assert "two warrants" in read_file_once(path).text


def test_a_page_without_a_title_has_none() -> None:
    text, title = html_to_text("<html><body><p>The Court issued a warrant.</p></body></html>")
    assert title is None and "warrant" in text
    assert html_to_text("<html><head><title> A title </title></head><body><p>x</p></body></html>")[1] == "A title"
