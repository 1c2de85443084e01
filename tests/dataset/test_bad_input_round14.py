"""Round fourteen: bad input through the doors other than a record's fields (files, the command line, the monitor),
each refused with an error naming the file, option or field, and the proper input beside it still read.

What was tried, through every door, which already behaved and which holes were closed, is the table in
``tests/dataset/ROUND14.md`` (made by ``tests/dataset/round14_probe.py``). The API's doors are tested in
``tests/test_api_bad_input_round14.py``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.monitor.documents import DocumentError, read_feed
from iccwatch.monitor.review import ReviewError, source_of

E_CHAD = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
BOM = b"\xef\xbb\xbf"


def _errors(data: Path) -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


def _hash(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


# --- files --------------------------------------------------------------------------------------------------


def test_a_byte_order_mark_at_the_start_is_read_through_and_one_inside_a_value_is_refused(data_copy: Path) -> None:
    """A leading BOM changes no value and is read through, by design (tests/dataset/test_bad_input.py); the same
    character inside a value is text no record should hold, refused naming the file. The check writes nothing."""
    rel = "lookups/publishers.yaml"
    (data_copy / rel).write_bytes(BOM + (data_copy / rel).read_bytes())
    before = _hash(data_copy)
    assert _errors(data_copy) == []
    assert _hash(data_copy) == before


def test_a_byte_order_mark_inside_a_value_is_still_refused_as_before(data_copy: Path) -> None:
    p = data_copy / E_CHAD
    p.write_bytes(p.read_bytes().replace(b"followup: ", b"followup: " + BOM, 1))
    assert any(E_CHAD in e and "U+FEFF" in e for e in _errors(data_copy))


def test_crlf_line_ends_are_read_as_written(data_copy: Path) -> None:
    """Control: a file saved with Windows line ends is the same record (no error, no new warning)."""
    before = sorted(str(p) for p in check_dataset(data_copy)[1])
    p = data_copy / E_CHAD
    p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    assert sorted(str(p) for p in check_dataset(data_copy)[1]) == before


# --- the command line ---------------------------------------------------------------------------------------


def _leaf_commands() -> list[tuple[list[str], object]]:
    """Every command (not group) of the CLI with its words, loaded as ``iccwatch`` loads it."""
    from iccwatch.cli import COMMANDS, load_command

    found: list[tuple[list[str], object]] = []

    def walk(words: list[str], command: object) -> None:
        subs = getattr(command, "commands", None)
        if subs is None:
            found.append((words, command))
            return
        for name, sub in subs.items():
            walk([*words, name], sub)

    for name in dict.fromkeys(COMMANDS):
        walk([name], load_command(name))
    return found


def test_every_option_that_takes_one_value_given_twice_is_a_usage_error_naming_it() -> None:
    """Click keeps the last of two values of an option and drops the other without a word (``--on 2010-07-21 --on
    2001-01-01`` answered for 2001). Every command of the CLI, each of its single-value options: a usage error naming
    the option, before anything is read or written."""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()
    checked = 0
    for words, command in _leaf_commands():
        for param in command.params:  # type: ignore[attr-defined]
            if getattr(param, "param_type_name", "") != "option" or param.is_flag or param.multiple or param.count or param.name == "help":
                continue
            opt = max(param.opts, key=len)
            result = runner.invoke(app, [*words, opt, "x", f"{opt}=y"])
            said = result.stdout + (result.stderr or "")
            assert result.exit_code == 2 and f"{opt} is given 2 times" in said, (words, opt, said[-300:])
            checked += 1
    assert checked >= 40  # the CLI has dozens of such options: a walk that found few found the wrong thing


def test_an_option_declared_repeatable_may_be_repeated(cli) -> None:  # noqa: ANN001
    """Control: ``--kind`` (repeatable) twice is two kinds, and a flag twice is still the flag."""
    code, out, err = cli("search", "bashir", "--kind", "events", "--kind", "persons", "--json", "--json")
    assert code == 0, err


def test_a_value_that_looks_like_the_option_is_not_counted_as_it(cli) -> None:  # noqa: ANN001
    """``--on --on`` is one --on whose value is the text '--on' (refused as a date, not as a repeat)."""
    code, out, err = cli("state", "TCD", "--on", "--on")
    assert code != 0 and "given 2 times" not in out + err and "--on" in out + err


def test_a_search_over_the_api_s_limit_is_refused_naming_the_words(cli) -> None:  # noqa: ANN001
    """100,000 characters were searched for and "nothing matched": the command line now has the API's limit."""
    from iccwatch.cli.query_commands import MAX_SEARCH_CHARS

    code, out, err = cli("search", "x" * (MAX_SEARCH_CHARS + 1))
    assert code == 2 and "words" in err and f"limit of {MAX_SEARCH_CHARS}" in err
    code, out, err = cli("search", "bashir " + "x" * (MAX_SEARCH_CHARS - 7))  # at the limit: searched
    assert code == 0, err


# --- the monitor ----------------------------------------------------------------------------------------------

FEED = ('<?xml version="1.0"?>{dtd}<rss version="2.0"><channel><title>Wire</title><item><title>{title}</title>'
        '<link>https://news.example.org/a</link><description>Omar Al-Bashir arrived in Chad.</description></item></channel></rss>')


@pytest.mark.parametrize("dtd", [
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',  # an entity bomb's first steps
    '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>',  # an external entity
])
def test_a_feed_declaring_entities_is_refused_naming_it(dtd: str) -> None:
    """The loose parser read an entity bomb's unexpanded '&i;' as a headline and queued it."""
    with pytest.raises(DocumentError, match=r"feed\.xml: the feed declares XML entities"):
        read_feed(FEED.format(dtd=dtd, title="&b;"), "in/feed.xml")


def test_a_feed_quoting_an_entity_declaration_in_its_text_is_read() -> None:
    """Control: only a declaration in the document type is refused, not an article about XML that quotes one."""
    docs = read_feed(FEED.format(dtd="", title="<![CDATA[Why <!ENTITY x SYSTEM> is dangerous]]>"), "in/feed.xml")
    assert [d.title for d in docs] == ["Why <!ENTITY x SYSTEM> is dangerous"]


def test_a_broken_feed_with_no_text_is_refused_naming_it_and_a_proper_one_is_read() -> None:
    """A feed that is not well-formed and whose entries hold no text was "no document could be read", naming nothing."""
    with pytest.raises(DocumentError, match=r"in/feed\.xml: not a readable RSS/Atom feed .*mismatched tag"):
        read_feed("<rss><channel><item><title>x</item>", "in/feed.xml")
    docs = read_feed(FEED.format(dtd="", title="Bashir in Chad"), "in/feed.xml")
    assert [d.title for d in docs] == ["Bashir in Chad"]
    assert read_feed('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>', "in/empty.xml") == []


def test_a_source_url_that_is_not_a_web_address_is_named_as_such() -> None:
    """A --source-url like 'javascript:alert(1)' was answered "the document has no web address"."""
    doc = {"url": "https://news.example.org/a", "title": "A", "publisher": "Wire", "date": "2020-01-01"}
    with pytest.raises(ReviewError, match=r"--source-url 'javascript:alert\(1\)' is not a web address"):
        source_of(doc, "javascript:alert(1)")
    assert source_of(doc, None)["url"] == "https://news.example.org/a"
    assert source_of({}, "https://news.example.org/b")["url"] == "https://news.example.org/b"
