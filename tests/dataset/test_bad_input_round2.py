"""Round two of the bad records: what the fixture folders do not show on their own (the YAML reader's
number forms, the address rule's edges, a hostile number that used to crash the reader)."""

from __future__ import annotations

import pytest
import yaml

from iccwatch.dataset.yaml_io import MAX_INT_DIGITS, load_yaml
from iccwatch.model.common import check_url


@pytest.mark.parametrize("text", ["067", "0x43", "0o103", "0b1000011", "6_7", "1:07", "1e5", "1_000.5", "190:20:30.15"])
def test_numbers_other_than_plain_decimal_stay_text(text: str) -> None:
    """YAML 1.1 reads these as numbers of another value than they seem to have; the record keeps them as
    the text written, which a count or a coordinate then refuses."""
    assert load_yaml(f"n: {text}") == {"n": text}


@pytest.mark.parametrize(("text", "value"), [("67", 67), ("-3", -3), ("+5", 5), ("0", 0), ("1.5", 1.5), ("-8.52425", -8.52425), ("1.0e5", 1.0e5)])
def test_plain_decimal_numbers_are_numbers(text: str, value: float) -> None:
    assert load_yaml(f"n: {text}") == {"n": value}


def test_infinity_and_nan_are_still_read_so_the_model_can_refuse_them() -> None:
    out = load_yaml("a: .inf\nb: .nan\n")
    assert out["a"] == float("inf") and out["b"] != out["b"]


@pytest.mark.parametrize("text", ["9" * (MAX_INT_DIGITS + 1), "9" * 5000, "!!int 0x43", "!!int '1_000'"])
def test_a_number_the_reader_cannot_take_is_a_yaml_error_with_its_line(text: str) -> None:
    """A 5,000-digit number used to escape as Python's ValueError (a traceback); now a YAML error."""
    with pytest.raises(yaml.YAMLError) as caught:
        load_yaml(f"a: 1\nb: {text}\n")
    assert caught.value.problem_mark.line == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("url", ["https://www.icc-cpi.int:99999/x", "https://www.icc-cpi.int:abc/x", "https://www.icc cpi.int/x",
                                 "https://www..icc-cpi.int/x", "https://-icc-cpi.int/x", "https://www.icc-cpi.int%2Fevil.com/x",
                                 "https://www.icc-cpi.int;x/y"])
def test_an_address_without_a_proper_host_or_port_is_refused(url: str) -> None:
    with pytest.raises(ValueError):
        check_url(url)


@pytest.mark.parametrize("url", ["https://www.icc-cpi.int/x", "http://www.vie-publique.fr./loi/1", "https://www.icc-cpi.int:443/x",
                                 "https://sub_domain.example.org/x", "https://[::1]/x"])
def test_a_proper_address_passes(url: str) -> None:
    """(An IPv6 or IP address passes this rule; the publisher table refuses it as an unknown domain.)"""
    assert check_url(url) == url


def test_the_monitor_writes_web_text_as_the_checker_reads_it() -> None:
    """A page title with a no-break space, a line break and a decomposed accent (common in web pages) is
    written as one NFC line, so accepting a candidate is not refused by the round-two text rules."""
    import unicodedata

    from iccwatch.monitor.review import source_of

    title = "Cour\u00a0pénale\ninternationale:\tdécision de la Chambre".replace("é", "e\u0301")
    src = source_of({"url": "https://www.icc-cpi.int/news/x", "title": title}, None,
                    {"id": 7, "evidence": {"start": 1, "end": 5, "sentence": "Le\u00a0juge\u2009a dit\nnon"}})
    assert src["title"] == "Cour pénale internationale: décision de la Chambre"
    assert unicodedata.is_normalized("NFC", src["title"])
    assert "Le juge a dit non" in src["note"]
