"""The checks of the tables that tell names apart (session 30, ``dataset/names_checks.py``) and of an id that keeps another
day than its record's date (``context_checks``): each refusal names the file, the entry and why; with the controls beside
them (what must still pass)."""

from __future__ import annotations

from pathlib import Path

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

DEMONYMS = "lookups/demonyms.yaml"
VARIANTS = "lookups/name_variants.yaml"
JORDAN = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"


def _problems(data: Path, severity: str = "error") -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == severity]


def _edit(data: Path, rel: str, change) -> None:  # noqa: ANN001
    d = load_yaml((data / rel).read_text(encoding="utf-8"))
    change(d)
    (data / rel).write_text(dump_yaml(d), encoding="utf-8")


def _variants(data: Path, table: dict) -> None:  # noqa: ANN001
    (data / VARIANTS).write_text(dump_yaml({"about": "test", "sources": [{"url": "https://example.org/", "publisher": "test",
                                                                           "kind": "secondary"}], **table}), encoding="utf-8")


def test_the_small_record_passes(data_copy: Path) -> None:
    assert not [p for p in _problems(data_copy) if "demonyms.yaml" in p or "name_variants.yaml" in p]


def test_two_demonyms_joined_by_a_comma_are_refused_naming_the_entry(data_copy: Path) -> None:
    _edit(data_copy, DEMONYMS, lambda d: d["demonyms"].__setitem__("BIH", ["Bosnian,Herzegovinian"]))
    found = [p for p in _problems(data_copy) if "demonyms.BIH[0]" in p]
    assert len(found) == 1 and "data/lookups/demonyms.yaml" in found[0] and "','" in found[0]


def test_a_demonym_with_a_digit_or_a_slash_or_spaces_is_refused(data_copy: Path) -> None:
    _edit(data_copy, DEMONYMS, lambda d: d["demonyms"].update({"BIH": ["Bosnian/Herzegovinian"], "AFG": ["Afghan2"], "ALB": [" Albanian"]}))
    errors = _problems(data_copy)
    assert [p for p in errors if "demonyms.BIH[0]" in p] and [p for p in errors if "demonyms.AFG[0]" in p] and \
        [p for p in errors if "demonyms.ALB[0]" in p]


def test_a_demonym_of_two_words_a_hyphen_or_an_apostrophe_passes(data_copy: Path) -> None:
    _edit(data_copy, DEMONYMS, lambda d: d["demonyms"].update({"GNB": ["Bissau-Guinean"], "CPV": ["Cape Verdean"], "CIV": ["Ivorian", "d'Ivoire"]}))
    assert not [p for p in _problems(data_copy) if "demonyms.yaml" in p]


def test_a_demonym_that_is_its_own_states_name_is_refused(data_copy: Path) -> None:
    _edit(data_copy, DEMONYMS, lambda d: d["demonyms"].__setitem__("BEL", ["Belgian", "Belgium"]))
    found = [p for p in _problems(data_copy) if "demonyms.BEL" in p]
    assert len(found) == 1 and "demonyms.BEL[1]" in found[0] and "the name of BEL itself" in found[0]


def test_a_corrected_form_that_comes_back_is_refused(data_copy: Path) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["corrections"] = {"KGZ": {"was": "Kirghiz", "reason": "an older spelling"}}
        d["demonyms"]["KGZ"] = ["Kyrgyz"]
    _edit(data_copy, DEMONYMS, change)
    assert not [p for p in _problems(data_copy) if "demonyms.yaml" in p]  # the control: the corrected form passes
    _edit(data_copy, DEMONYMS, lambda d: d["demonyms"]["KGZ"].append("Kirghiz"))
    found = [p for p in _problems(data_copy) if "demonyms.KGZ[1]" in p]
    assert len(found) == 1 and "corrections.KGZ replaced" in found[0]


def test_a_demonym_listed_twice_for_one_state_is_a_warning(data_copy: Path) -> None:
    _edit(data_copy, DEMONYMS, lambda d: d["monitor_extra"].__setitem__("AFG", {"names": ["afghan"], "reason": "test"}))
    found = [p for p in _problems(data_copy, "warning") if "monitor_extra.AFG.names[0]" in p]
    assert len(found) == 1 and "listed for AFG already" in found[0]
    assert not [p for p in _problems(data_copy) if "monitor_extra.AFG" in p]


def test_a_common_name_flag_for_an_unknown_person_or_a_name_not_theirs_is_refused(data_copy: Path) -> None:
    _variants(data_copy, {"common_names": {"nobody-at-all": {"names": ["John Smith"], "reason": "test"},
                                           "omar-hassan-ahmad-al-bashir": {"names": ["Omar Bashir", "Ahmed Khalil"], "reason": "test"}}})
    errors = _problems(data_copy)
    assert [p for p in errors if "common_names.nobody-at-all" in p and "unknown person" in p]
    assert [p for p in errors if "common_names.omar-hassan-ahmad-al-bashir.names[1]" in p and "none of" in p]
    # the control: 'Omar Bashir' is the first and last words of his name, a form the monitor reads
    assert not [p for p in errors if "common_names.omar-hassan-ahmad-al-bashir.names[0]" in p]


def test_a_word_that_is_no_given_name_must_be_one_word_and_no_persons_name(data_copy: Path) -> None:
    _variants(data_copy, {"not_given_names": [{"words": ["Team", "Omar", "Two words"], "reason": "test"}]})
    errors = [p for p in _problems(data_copy) if "not_given_names" in p]
    assert len(errors) == 2 and any("words[1]" in p and "omar-hassan-ahmad-al-bashir" in p for p in errors) and \
        any("words[2]" in p and "one word" in p for p in errors)


def test_an_id_keeping_another_day_must_name_that_day_in_its_note(data_copy: Path) -> None:
    def dated(note: str):  # noqa: ANN202
        def change(d: dict) -> None:  # type: ignore[type-arg]
            d["date"] = "2017-03-28"
            d["note"] = note
        return change
    _edit(data_copy, JORDAN, dated("Dated by his arrival; the id is kept."))
    assert [p for p in _problems(data_copy) if "2017-03-29-omar-hassan-ahmad-al-bashir-jordan" in p and "naming the id and the day" in p]
    for note in ("Dated by his arrival; the id keeps the summit day, 29 March 2017.", "The id keeps 2017-03-29, the summit.",
                 "Dated by his arrival; the id keeps the summit day (March 29)."):
        _edit(data_copy, JORDAN, dated(note))
        assert not [p for p in _problems(data_copy) if "begins with the date" in p], note
