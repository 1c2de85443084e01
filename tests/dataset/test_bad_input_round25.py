"""Round twenty-five of the bad input (tests/dataset/ROUND25.md; the probe is ``round25_paths.py``): a file given to
an option (``ask --assume-file``) is read as UTF-8 text or refused naming the option and the file: a folder (it
crashed with a traceback), a named pipe (the command waited forever), UTF-16 or Latin-1 (the decoder's message alone),
a NUL byte; a UTF-8 byte-order mark is read past (it made the first assumption unknown); a file holding no assumption
is refused (the question was answered without the what-if, without a word); an output name too long for the file system
is said naming the option (a traceback); ``monitor evaluate`` of a folder holding no labelled case is refused (it
printed zeros as a measurement)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

BASHIR = "omar-hassan-ahmad-al-bashir"
ASSUME = "# what if Chad had notified its withdrawal (Côte d'Ivoire's case aside)\nTCD withdrawal_notified 2009-01-01\n"
ARREST = ("ask", "arrest", "--state", "TCD", "--person", BASHIR, "--on", "2010-07-22", "--json")


def _file(tmp_path: Path, content: bytes | None, make: str = "") -> Path:
    p = tmp_path / "assume.txt"
    if make == "folder":
        p.mkdir()
    elif make == "fifo":
        os.mkfifo(p)
    elif content is not None:
        p.write_bytes(content)
    return p


@pytest.mark.parametrize(("content", "make", "said"), [
    (None, "", "does not exist"),
    (None, "folder", "is a folder"),
    (None, "fifo", "not a regular file"),
    (ASSUME.encode("utf-16"), "", "is UTF-16 text"),
    (ASSUME.encode("utf-32"), "", "is UTF-32 text"),
    (ASSUME.encode("latin-1"), "", "not UTF-8 text at line 1 (byte 0xf4)"),
    (ASSUME.replace("2009-01-01", "2009-01-01\0").encode(), "", "line 2 holds a NUL byte"),
    (b"", "", "holds no assumption"),
    (b"# only a comment\n\n   \n", "", "holds no assumption"),
    (b"# x\n" * 300_000, "", "over the limit"),
], ids=["missing", "folder", "fifo", "utf16", "utf32", "latin1", "nul", "empty", "only-comments", "over-1MB"])
def test_an_assume_file_that_is_no_utf8_text_is_refused_naming_the_option_and_the_file(
        cli, tmp_path: Path, content: bytes | None, make: str, said: str) -> None:  # noqa: ANN001
    p = _file(tmp_path, content, make)
    code, out, err = cli(*ARREST, "--assume-file", str(p))
    assert code != 0
    assert "Traceback" not in out + err
    text = " ".join(err.split())
    assert "--assume-file" in text, text
    assert str(p) in text.replace(" ", ""), text  # (a long path may be wrapped over lines)
    assert said in text, text


@pytest.mark.parametrize("content", [
    ASSUME.encode(),  # control: as the option's help writes it
    b"\xef\xbb\xbf" + ASSUME.encode(),  # a UTF-8 byte-order mark, as Notepad writes it: read past
    ASSUME.replace("\n", "\r\n").encode(),  # Windows line ends
])
def test_an_assume_file_in_utf8_is_read_with_or_without_a_bom_or_crlf(cli, tmp_path: Path, content: bytes) -> None:  # noqa: ANN001
    import json

    p = _file(tmp_path, content)
    code, out, err = cli(*ARREST, "--assume-file", str(p))
    assert code == 0, err
    assumed = json.dumps(json.loads(out))
    assert "withdrawal_notified" in assumed or "2009-01-01" in assumed, out[:400]


def test_read_input_text_reads_a_bom_and_refuses_what_is_no_text(tmp_path: Path) -> None:
    from iccwatch.cli.base import CliExit, read_input_text

    p = tmp_path / "f.txt"
    p.write_bytes(b"\xef\xbb\xbfcaf\xc3\xa9\r\n")
    assert read_input_text(p, "--x") == "café\r\n"
    p.write_bytes(b"ok\n\xe9\n")
    with pytest.raises(CliExit):
        read_input_text(p, "--x")


@pytest.mark.parametrize("args", [("export", "events", "-o"), ("report", "state", "TCD", "-o")])
def test_an_output_name_too_long_for_the_file_system_is_said_not_a_traceback(cli, tmp_path: Path, args: tuple[str, ...]) -> None:  # noqa: ANN001
    out_path = tmp_path / ("x" * 300 + (".csv" if args[0] == "export" else ".html"))
    code, out, err = cli(*args, str(out_path))
    assert code != 0
    text = " ".join(err.split())
    assert "Traceback" not in out + err and "--output: cannot write" in text and "too long" in text, text
    assert not list(tmp_path.iterdir())  # nothing written


def test_control_an_output_name_of_a_usual_length_is_written(cli, tmp_path: Path) -> None:  # noqa: ANN001
    out_path = tmp_path / ("x" * 200 + ".csv")
    code, _, err = cli("export", "events", "-o", str(out_path))
    assert code == 0, err
    assert out_path.read_text(encoding="utf-8").startswith("id,") or out_path.stat().st_size > 0


def test_evaluate_of_a_folder_with_no_labelled_case_is_refused(cli, tmp_path: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "cases"
    empty.mkdir()
    (empty / "notes.md").write_text("not a case\n", encoding="utf-8")
    code, out, err = cli("monitor", "evaluate", str(empty))
    assert code != 0
    text = " ".join(err.split())
    assert "no labelled case" in text and "cases" in text, text
    assert "precision" not in out


def test_evaluate_of_a_folder_with_no_case_raises_naming_it(tmp_path: Path) -> None:
    from iccwatch.monitor.evaluate import evaluate
    from iccwatch.monitor.gazetteer import Spec

    with pytest.raises(ValueError, match="no labelled case"):
        evaluate(tmp_path, Spec.__new__(Spec))


LABELLED = Path(__file__).resolve().parents[1] / "monitor" / "labelled" / "001-putin-mongolia-trip-announced.yaml"


def _no_type(case: dict) -> None:
    case["expected"][0] = {k: v for k, v in case["expected"][0].items() if k != "type"}


def _expected_a_mapping(case: dict) -> None:
    case["expected"] = case["expected"][0]


@pytest.mark.parametrize(("extra", "fix", "said"), [
    ("- id: x\n- document: y\n", None, "010-x.yaml: a case is a mapping"),
    ("id: 010-x\nexpected: []\n", None, "010-x.yaml: document:"),
    ("id: [x\n", None, "010-x.yaml: not valid YAML"),
    ("", _no_type, "expected[0].type: None is not a fact type"),
    ("", _expected_a_mapping, "expected: a list of facts"),
], ids=["a-list", "no-document", "not-yaml", "fact-without-type", "expected-a-mapping"])
def test_a_written_case_that_is_malformed_is_refused_naming_the_file_and_field(
        tmp_path: Path, extra: str, fix: Callable[[dict], None] | None, said: str) -> None:
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
    from iccwatch.monitor.evaluate import load_labelled

    case = load_yaml(LABELLED.read_text(encoding="utf-8"))
    if fix:
        fix(case)
    (tmp_path / LABELLED.name).write_text(dump_yaml(case), encoding="utf-8")
    if extra:
        (tmp_path / "010-x.yaml").write_text(extra, encoding="utf-8")
    with pytest.raises(ValueError) as info:  # noqa: PT011 - the message is read below
        load_labelled(tmp_path)
    assert said in str(info.value), str(info.value)
    assert (LABELLED.name if fix else "010-x.yaml") in str(info.value)


def test_control_the_projects_written_cases_all_load() -> None:
    from iccwatch.monitor.evaluate import load_labelled

    assert len(load_labelled(LABELLED.parent)) >= 70


FRONT = '---\nurl: "https://www.reuters.com/world/x-2010-07-22/"\npublisher: "Reuters"\ndate: "2010-07-22"\n---\n' \
        "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"


@pytest.mark.parametrize(("options", "refused"), [
    ({"date": "2013-07-15"}, "front matter's date '2010-07-22' is not --date '2013-07-15'"),
    ({"publisher": "AFP"}, "front matter's publisher 'Reuters' is not --publisher 'AFP'"),
    ({"date": "2010-07-22", "publisher": "Reuters"}, ""),  # control: the option and the file agree
    ({}, ""),  # control: the file alone
])
def test_an_option_the_front_matter_contradicts_is_refused_not_dropped(tmp_path: Path, options: dict[str, str], refused: str) -> None:
    from iccwatch.monitor.documents import DocumentError, read_path

    p = tmp_path / "fm.txt"
    p.write_text(FRONT, encoding="utf-8")
    if refused:
        with pytest.raises(DocumentError) as info:
            read_path(p, **options)
        assert str(p) in str(info.value) and refused in str(info.value), str(info.value)
    else:
        (doc,) = read_path(p, **options)
        assert doc.date == "2010-07-22" and doc.publisher == "Reuters"


def test_control_an_option_fills_what_the_front_matter_leaves_out(tmp_path: Path) -> None:
    from iccwatch.monitor.documents import read_path

    p = tmp_path / "fm.txt"
    p.write_text(FRONT.replace('publisher: "Reuters"\n', ""), encoding="utf-8")
    (doc,) = read_path(p, publisher="AFP", date="2010-07-22")
    assert doc.publisher == "AFP"
