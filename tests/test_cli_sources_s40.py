"""The CLI prints each source as the dashboard shows it (session 40, iface10): kind, publisher, grade, whether it
was read, title and date where the record has them, the pinpoint, and the URL alone on its line; one shared
function (``cli.output.source_text``) for every command that prints sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

from iccwatch.cli.output import source_items, source_text

CLI = Path(__file__).resolve().parents[1] / "src" / "iccwatch" / "cli"


def test_source_text_names_kind_publisher_grade_read_title_date_and_pinpoint() -> None:
    s = {"url": "https://x.example/a", "kind": "primary", "publisher": "Pub", "grade": "A", "primary": True,
         "title": "A title", "date": "2024-01-02", "pinpoint": "para. 3"}
    assert source_text(s) == "primary, Pub (grade A, read, para. 3): A title (2024-01-02)"


def test_source_text_says_not_read_where_the_sources_own_note_says_so() -> None:
    s = {"url": "https://x.example/a", "kind": "primary", "publisher": "Pub", "grade": "A",
         "note": "not read: the page could not be found"}
    assert "(grade A, not read)" in source_text(s)
    assert "not read" not in source_text({**s, "note": "read in the stored copy on 2026-01-01"})


def test_source_text_without_publisher_or_grade_says_so() -> None:
    text = source_text({"url": "https://x.example/a", "kind": "secondary", "publisher": None, "grade": None})
    assert text.startswith("secondary, publisher not listed (ungraded, read)")
    # a source never looked up in the publishers' table is not said to be missing from it
    assert source_text({"url": "https://x.example/a", "kind": "secondary"}) == "secondary (read)"


def test_source_items_print_the_url_alone_after_the_shared_text() -> None:
    s = {"url": "https://x.example/a", "kind": "secondary", "publisher": "Pub", "grade": "B"}
    items = source_items([s], numbered=True)
    assert source_text(s) in str(items[1]) and items[2] == ("url", "    https://x.example/a")


def _record_sources(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.search(r"\((grade [ABC]|ungraded), (read|not read)", line)]


def _said_of(text: str, url: str) -> str:
    """The words printed for the source whose URL line is ``url`` (its item's lines, wrapped or not)."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == url)
    start = max(i for i in range(at) if re.match(r"\s*(-|\[\d+\]) ", lines[i]))
    return " ".join(line.strip() for line in lines[start:at])


def test_ask_question_record_answer_names_publisher_and_grade(cli, facts) -> None:  # noqa: ANN001
    q = "Which States took sanctions against the Court or its officials?"
    code, out, _ = cli("ask", "question", q, "--json")
    assert code == 0
    first = json.loads(out)["records"][0]["sources"][0]
    publisher = facts.publishers.lookup(first["url"])
    code, text, _ = cli("ask", "question", q)
    assert code == 0
    # the first source of the first measure is printed with its kind, publisher and grade, not as "secondary: URL"
    said = _said_of(text, first["url"])
    assert said.startswith(f"- {first['kind']}, {publisher.name} (grade {publisher.grade}, read"), said
    assert not any(line.strip().startswith(("secondary: ", "primary: ")) for line in text.splitlines())


def test_ask_question_states_list_names_publisher_and_grade(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("ask", "question", "Which States have withdrawn from the ICC?")
    assert code == 0
    assert _record_sources(out), out[:2000]


def test_ask_arrest_sources_say_kind_and_read(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03")
    assert code == 0
    assert re.search(r"\[1\] primary, \S.*\(grade [ABC], (read|not read)", out), out[-3000:]


def test_every_command_prints_sources_through_the_shared_function() -> None:
    """No command prints a source's kind or URL by hand: ``x['url']`` and ``x['kind']`` appear in print calls only in
    the shared helper's module."""
    offenders = []
    for path in CLI.glob("*.py"):
        if path.name == "output.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""\{x\[['"]kind['"]\]\}|x\[['"]url['"]\] for x in""", line):
                offenders.append(f"{path.name}:{n}")
    assert not offenders, offenders


def test_ask_custody_prints_each_events_source_with_publisher_and_grade(cli, facts) -> None:  # noqa: ANN001
    q = "Who surrendered Duterte?"
    code, out, _ = cli("ask", "question", q, "--json")
    assert code == 0
    custody = json.loads(out)["custody"]
    assert custody, "the record holds an arrest or surrender of the person asked"
    code, text, _ = cli("ask", "question", q)
    assert code == 0
    for url in custody[0]["sources"]:
        pub = facts.publishers.lookup(url)
        said = _said_of(text, url)
        assert re.match(rf"\[\d+\] (primary|secondary), {re.escape(pub.name)} \(grade {pub.grade}, (read|not read)", said), said
    assert "sources: http" not in text
