"""The CLI's read commands as a reader sees them in a terminal (session 12 review)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.report.text import brief, brief_with_count, later_searches, log_summary

runner = CliRunner()


def test_brief_keeps_the_first_statement_and_counts_the_appended_searches() -> None:
    text = ("no primary source read: the list is stored only as its header; searched again (2026-12-01): "
            "the gazette is not stored; also searched (2026-12-02): the release is not stored")
    short, cut = brief(text)
    assert cut and short == "no primary source read: the list is stored only as its header …"
    assert later_searches(text) == 2
    assert brief_with_count(text).endswith("(2 later searches; full text: --json)")
    assert brief("a short note") == ("a short note", False)
    long_words = "word " * 100
    short, cut = brief(long_words, 50)
    assert cut and len(short) <= 52 and short.endswith(" …") and "wor …" not in short


def test_data_sources_shows_each_primary_gap_briefly_and_json_keeps_it_whole(monkeypatch) -> None:  # noqa: ANN001
    from iccwatch.cli.output import console, rich_console

    # a wide console, set on the console itself: COLUMNS is read once, when the console is first made, and
    # another test in the same worker may have made it already
    monkeypatch.setattr(rich_console(console), "width", 1000)
    listed = runner.invoke(app, ["data", "sources", "--limit", "100000"], env={"COLUMNS": "1000"})
    whole = runner.invoke(app, ["data", "sources", "--json"])
    assert listed.exit_code == 0 and whole.exit_code == 0, listed.output + whole.output
    rows = [r for r in json.loads(whole.stdout)["key_facts_without_primary"] if r.get("primary_gap")]
    gaps = [r["primary_gap"] for r in rows]
    logged = [g for g in gaps if later_searches(g)]
    split = [r for r in rows if r.get("searched")]
    assert logged or split, "the record has primary_gap texts with searches, appended or logged"
    for g in logged:
        assert g not in listed.stdout  # not pages of search history
        assert brief(g, 300)[0] in listed.stdout  # but what the text says first
    for g in gaps:
        if not later_searches(g) and len(g) <= 300:
            assert g in listed.stdout
    for r in split:  # a split note: its statement, then how many searches were logged and the last day
        assert f"{brief(r['primary_gap'], 300)[0]} ({log_summary(r['searched'])}" in listed.stdout
        assert len(r["searched"][0]["detail"]) < 60 or r["searched"][0]["detail"] not in listed.stdout  # the log is in --json


def test_state_reasoning_and_doubts_wrap_under_their_text_not_under_the_bullet(db_url: str, facts, monkeypatch) -> None:  # noqa: ANN001
    """`iccwatch state X` in a narrow terminal: a wrapped reasoning step or doubt continues under its own
    text (a hanging indent), so each step still starts visibly at its bullet; no line is wider than the
    console, none ends in padding."""
    import datetime as dt

    from iccwatch import service
    from iccwatch.cli.output import console, rich_console

    width = 80  # an 80-column terminal
    monkeypatch.setattr(rich_console(console), "width", width)
    on = dt.date(2026, 7, 1)
    codes = [c for c in sorted(facts.records.states)
             if any(len(s["conclusion"]) > width for s in service.state_relation(facts, c, on)["reasoning"]["children"])][:3]
    assert codes
    for code in codes:
        result = runner.invoke(app, ["state", code, "--on", on.isoformat(), "--db", db_url])
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        block = lines[2:next(i for i, x in enumerate(lines) if x.startswith("sources:"))]
        assert any(x.startswith("    ") for x in block)  # something wrapped
        for x in block:
            assert x == x.rstrip() and len(x) <= width, x
            assert x.startswith(("  • ", "    ", "doubt: ", "       ", "note: ", "assumed: ", " " * 9)), x


def test_an_announced_withdrawal_names_the_notification_that_followed_it_or_says_none_is_recorded(facts) -> None:  # noqa: ANN001
    """The reasoning shown for an announced withdrawal never says no notification is recorded when the
    record holds one made on or after the announcement (as of the day asked)."""
    import datetime as dt

    from iccwatch import service

    on = dt.date(2026, 11, 30)
    seen = {"notified": 0, "not": 0}
    for code, st in sorted(facts.records.states.items()):
        acts = [a for a in st.participation if a.instrument == "rome-statute" and str(a.date) <= on.isoformat()]
        announced = [a for a in acts if a.action == "withdrawal_announced"]
        if not announced:
            continue
        steps = [s["conclusion"] for s in service.state_relation(facts, code, on)["reasoning"]["children"]]
        for a in announced:
            step = next(s for s in steps if s.startswith(f"a withdrawal was announced on {a.date};"))
            later = sorted(str(n.date) for n in acts if n.action == "withdrawal_notified" and str(n.date) >= str(a.date))
            if later:
                seen["notified"] += 1
                assert "none is recorded" not in step and later[0] in step, (code, step)
            else:
                seen["not"] += 1
                assert "none is recorded" in step, (code, step)
    assert seen["notified"], seen


@pytest.mark.parametrize(("forum", "words"), [
    ("none", ", not referred"),  # a finding the Chamber referred to no body: never "referred to none"
    ("ASP", ", referred to ASP"),
    ("ASP+UNSC", ", referred to ASP and UNSC"),
    (None, ""),  # the record does not say
])
def test_a_findings_referral_reads_as_words(forum: str | None, words: str) -> None:
    from iccwatch.cli.ask_run import referral_words

    assert referral_words(forum) == words


def _shown_with_numbered_sources(monkeypatch, args: list[str]) -> tuple[list[str], dict[int, str], dict]:  # noqa: ANN001
    """A read command's printed lines above its sources, its numbered sources list (number -> URL) and its
    JSON, in a console wide enough that no line wraps."""
    from iccwatch.cli.output import console, rich_console

    monkeypatch.setattr(rich_console(console), "width", 1000)
    shown = runner.invoke(app, args)
    data = runner.invoke(app, [*args, "--json"])
    assert shown.exit_code == 0 and data.exit_code == 0, shown.output + data.output
    lines = shown.stdout.splitlines()
    start = lines.index("sources:")
    listed = {int(m[1]): lines[i + 1].strip() for i, x in enumerate(lines[start:], start) if (m := re.match(r"  \[(\d+)\] ", x))}
    assert listed and sorted(listed) == list(range(1, len(listed) + 1))
    return lines[:start], listed, json.loads(data.stdout)


def test_each_fact_of_the_reasoning_names_the_listed_sources_that_state_it(monkeypatch) -> None:  # noqa: ANN001
    """`ask arrest` in a terminal: every fact under the reasoning carries the numbers of the sources listed
    below that state that fact (its own sources, not the answer's whole list), so a reader can cite it."""
    above, listed, data = _shown_with_numbered_sources(
        monkeypatch, ["ask", "arrest", "--state", "ITA", "--person", "Osama Elmasry Njeem", "--on", "2025-01-19"])

    def facts(step: dict) -> list[dict]:  # type: ignore[type-arg]
        return [*step["facts"], *(f for c in step["children"] for f in facts(c))]

    expected = [sorted({s["url"] for s in f["sources"]}) for f in facts(data["reasoning"])]
    marked = [re.search(r"fact: .*?(?: \[([\d, ]+)\])?$", x) for x in above if "fact: " in x]
    assert len(marked) == len(expected) >= 3
    for m, urls in zip(marked, expected, strict=True):
        assert m is not None and m[1], m
        assert sorted(listed[int(n)] for n in m[1].split(", ")) == urls


def test_each_step_of_a_states_relation_names_the_listed_sources_of_its_facts(monkeypatch) -> None:  # noqa: ANN001
    """`state X` in a terminal: a reasoning step resting on recorded facts ends with the numbers of the listed
    sources of those facts, and only those."""
    from iccwatch.cli.output import step_sources

    above, listed, data = _shown_with_numbered_sources(monkeypatch, ["state", "HUN", "--on", "2026-07-01"])
    bullets = [x for x in above if x.startswith("  • ")]
    steps = data["reasoning"]["children"]
    assert len(bullets) == len(steps) and any(step_sources(s) for s in steps)
    for line, step in zip(bullets, steps, strict=True):
        m = re.search(r"\] \[([\d, ]+)\]$", line)
        urls = sorted({s["url"] for s in step_sources(step)})
        assert (sorted(listed[int(n)] for n in m[1].split(", ")) if m else []) == urls, line
