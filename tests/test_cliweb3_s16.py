"""The dashboard, the CLI and the reports read as a user would (session 16, cliweb3), without a browser
(tests/web/test_cliweb3_s16.py has the browser's checks). Each test failed before its fix."""

from __future__ import annotations

import re
from html import unescape

import pytest
from typer.testing import CliRunner

from iccwatch.law.travel import CATEGORY_MEANING


def _text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def _section(body: str, start: str, end: str = "</section>") -> str:
    part = body[body.index(start):]
    return part[:part.index(end)]


def test_a_warrant_issued_under_seal_says_until_when(client, records) -> None:  # noqa: ANN001
    """A warrant issued under seal and made public years later (the record's `unsealed`) showed only its
    issue date, on the person's page and in `iccwatch person`: a reader took it for a public warrant since
    then. Each such warrant now says "under seal until" its unsealing."""
    sealed = [w for w in records.warrants.values() if w.unsealed and w.issued and w.unsealed != w.issued]
    assert sealed
    for w in sealed[:5]:
        r = client.get(f"/persons/{w.person}")
        assert r.status_code == 200
        warrants = _text(_section(r.text, 'aria-label="Warrants"', "</table>"))
        assert f"{w.issued} under seal until {w.unsealed}" in warrants, (w.id, warrants[:300])


def test_the_cli_person_says_a_warrant_was_under_seal(cli, records) -> None:  # noqa: ANN001
    w = next(w for w in records.warrants.values() if w.unsealed and w.issued and w.unsealed != w.issued)
    code, out, _ = cli("person", w.person)
    assert code == 0
    assert f"{w.issued}, under seal until {w.unsealed}" in re.sub(r"\s+", " ", out)


def test_a_person_with_no_warrant_outstanding_is_told_why_the_map_is_empty(client, records) -> None:  # noqa: ANN001
    """A deceased person's page (proceedings terminated) drew a map with every State "not bound" and no word
    why; the custody case had one. It now gives the law's reading of each warrant on the page's date."""
    from iccwatch.facts import Facts

    facts = Facts(records)
    from iccwatch import service

    ended = [p for p in records.persons.values()
             if service.ask_travel(facts, p.id, facts.checked_through)["warrant"]["outstanding"] == "no"]
    at_large = [p for p in records.persons.values()
                if service.ask_travel(facts, p.id, facts.checked_through)["warrant"]["outstanding"] == "yes"]
    assert ended and at_large
    on = facts.checked_through.isoformat()
    for p in ended[:4]:
        body = client.get(f"/persons/{p.id}?on={on}").text
        custody = "In the Court&#39;s custody" in body or "In the Court's custody" in body
        if custody:
            continue
        note = re.search(r'<p id="no-warrant">(.*?)</p>', body, re.S)
        assert note is not None, p.id
        text = _text(note.group(1))
        assert text.startswith(f"No warrant of arrest against {p.name} is outstanding on {on}"), text
        assert text.endswith("no State has an arrest to make.")
    body = client.get(f"/persons/{at_large[0].id}?on={on}").text
    assert 'id="no-warrant"' not in body


def test_each_category_of_the_travel_map_shown_is_explained(client, cli) -> None:  # noqa: ANN001
    """"former party residual: 1" stood on Putin's page (and in `iccwatch ask travel`) with no word of what it
    means; each category shown now has its meaning beside the counts, in the web and the CLI alike."""
    r = client.get("/persons/vladimir-vladimirovich-putin?on=2026-07-01")
    counts = _text(re.search(r'<p class="count">(.*?)</p>', r.text, re.S).group(1))  # type: ignore[union-attr]
    shown = re.findall(r"([a-zA-Z ]+): \d+", counts)
    assert len(shown) >= 2
    meanings = _text(_section(r.text, 'id="category-meaning"', "</ul>"))
    for name in shown:
        key = name.strip().lower().replace(" ", "_")
        assert f"{name.strip()}: {CATEGORY_MEANING[key]}" in meanings, (name, meanings)
    code, out, _ = cli("ask", "travel", "--person", "vladimir-vladimirovich-putin", "--on", "2026-07-01")
    assert code == 0
    flat = re.sub(r"\s+", " ", out)
    for name in shown:
        assert f"{name.strip()}: {CATEGORY_MEANING[name.strip().lower().replace(' ', '_')]}" in flat


@pytest.mark.parametrize("path", ["/states/SSD", "/states/SSD/report.html"])
def test_an_indicator_that_does_not_apply_is_not_counted(client, path: str) -> None:  # noqa: ANN001
    """The index table (page and report) read "Value: not applicable · Counted: yes" for an indicator scored
    in the group but without a value for this State: it does not enter the State's score, and now says so."""
    r = client.get(path)
    assert r.status_code == 200
    table = r.text[r.text.index("Weight in pillar" if "Weight in pillar" in r.text else "weight"):]
    rows = [[_text(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)] for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)]
    rows = [row for row in rows if len(row) >= 5 and row[0] in ("legal commitment", "cooperation record", "support", "conduct")]
    assert rows
    not_applicable = [row for row in rows if row[2] == "not applicable"]
    assert not_applicable, rows
    assert all(row[4].startswith("no") for row in not_applicable), not_applicable
    assert any(row[4] == "no: does not apply to this State" for row in not_applicable)
    assert any(row[4] == "yes" for row in rows)


def test_the_cli_index_explain_uses_the_same_words(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("index", "explain", "SSD")
    assert code == 0
    flat = re.sub(r"\s+", " ", out)
    assert "not applicable, weight" in flat
    assert not re.search(r"not applicable, weight [0-9.]+ in its pillar, counted: yes", flat)
    assert "counted: no: does not apply to this State" in flat


def test_the_assume_help_keeps_its_optional_parts() -> None:
    """`iccwatch ask arrest --help` dropped "[in SITUATION]" and "[obliging ISO3,ISO3]" (Rich read them as
    style tags), so the what-if's optional parts could not be learnt from the help."""
    from iccwatch.cli import app

    out = re.sub(r"[\s│]+", " ", CliRunner().invoke(app, ["ask", "arrest", "--help"], env={"COLUMNS": "200"}).output)
    assert "issued DATE [in SITUATION]" in out
    assert "unsc DATE [obliging ISO3,ISO3]" in out
    assert "\\[" not in out


def test_a_travel_gap_names_its_warrants_unsealing_year(records) -> None:
    """Ghaly's travel note said his 2017 warrant was "unsealed 2022"; the warrant (and the Court's release)
    say 2024-06-21. A note's "unsealed YEAR" after a warrant's date must be that warrant's unsealing year."""
    by_person: dict[str, list] = {}
    for w in records.warrants.values():
        by_person.setdefault(w.person, []).append(w)
    checked = 0
    for p in records.persons.values():
        for issued, year in re.findall(r"warrant of (\d{4}-\d{2}-\d{2}) \(unsealed (\d{4})", p.travel_gap or ""):
            ws = [w for w in by_person.get(p.id, []) if w.issued == issued]
            assert ws and ws[0].unsealed, (p.id, issued)
            assert ws[0].unsealed[:4] == year, (p.id, issued, year, ws[0].unsealed)
            checked += 1
    assert checked >= 2


@pytest.mark.parametrize("path", ["/states/MNG?on=2024-09-03", "/decisions", "/gaps", "/persons/vladimir-vladimirovich-putin?on=2026-07-01",
                                  "/ask?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-03"])
def test_every_abbreviated_forum_is_spelled_out_on_the_page(client, path: str) -> None:  # noqa: ANN001
    """"Forum for non-compliance: ASP + UNSC" spelled the bodies out only on hover (``<abbr title>``), which a
    phone has not: a journalist read "ASP". Each page now says once what each abbreviation it uses stands for."""
    r = client.get(path)
    assert r.status_code == 200
    used = set(re.findall(r'<abbr title="([^"]+)">([A-Z]+)</abbr>', r.text))
    assert used, path
    text = _text(r.text)
    for title, code in used:
        assert f"{code}: the {unescape(title)}" in text or f"{code} (the {unescape(title)})" in text, (path, code)


def test_the_server_computes_the_default_index_before_the_first_state_page(db_url: str, monkeypatch) -> None:  # noqa: ANN001
    """The first State page after `iccwatch serve` waited for the index of its default year (3.3 s of
    computation on the loaded test machine; the page took 1.9 s, its HTML report 2.3 s). `serve` now starts
    it in the background: once done, the page's own call computes nothing."""
    from iccwatch import service
    from iccwatch.assess import index as index_module
    from iccwatch.facts import Facts
    from iccwatch.store import read_records
    from iccwatch.web.pages import warm_index_in_background

    facts = Facts(read_records(db_url))
    warm_index_in_background(facts).join()

    def computed_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("the index was computed again")

    monkeypatch.setattr(index_module, "_compute_index", computed_again)
    assert service.index_explain(facts, "MNG", 2025)["score"] is not None  # the State page's call
    assert service.index_ranking(facts, 2025)["states"]  # the index page's
    with pytest.raises(AssertionError, match="computed again"):
        service.index_ranking(facts, 2024)  # another year is still computed on demand


def test_the_cli_spells_out_the_forum_as_the_dashboard_does(cli) -> None:  # noqa: ANN001
    """`iccwatch ask arrest` printed "forum: ASP", and the obligations and travel tables "ASP and UNSC", with
    no word of what they are; the dashboard and the reports spell them out. The CLI now does, in their words."""
    from iccwatch.law.determination import BODY_NAMES

    code, out, _ = cli("ask", "arrest", "--state", "MNG", "--person", "vladimir-vladimirovich-putin", "--on", "2024-09-03")
    assert code == 0
    assert f"forum: ASP ({BODY_NAMES['ASP']})" in out
    code, out, _ = cli("ask", "obligations", "--state", "MNG", "--on", "2024-09-03")
    assert code == 0 and "UNSC" in out
    assert f"forum: ASP: {BODY_NAMES['ASP']}; UNSC: {BODY_NAMES['UNSC']}." in re.sub(r"\s+", " ", out)


def test_the_states_table_says_why_a_row_is_not_certain(cli, records) -> None:  # noqa: ANN001
    """`iccwatch states` (today, after the record's check date) printed "certain: no" on all 196 rows with
    no word why; the dashboard's map says it once. The table now says why below it, and only when a row is not."""
    import datetime as dt

    from iccwatch.facts import Facts

    checked = Facts(records).checked_through
    after = checked + dt.timedelta(days=1)
    if after > dt.date.today():
        pytest.skip("the record's check date is today")
    code, out, _ = cli("states", "--on", after.isoformat())
    assert code == 0
    flat = re.sub(r"\s+", " ", out)
    assert f"on every row, that {after.isoformat()} is after the record's check date ({checked.isoformat()})" in flat
    code, out, _ = cli("states", "--on", "2015-01-01")
    assert code == 0 and "certain: 'no'" not in out and "│ no " not in out


def test_what_followed_a_failure_reads_the_same_in_the_web_the_report_and_the_cli(client, cli, records) -> None:  # noqa: ANN001
    """The gaps report said "decision without finding" where the dashboard and `assess gaps` said "Court
    action: informed only · Gap: no finding" (and the CLI "referred to: ASP+UNSC"): three wordings of one
    fact. All three now print the service's one phrase."""
    from collections import Counter

    from iccwatch import service
    from iccwatch.facts import Facts
    from iccwatch.report.build import gaps_report_data

    facts = Facts(records)
    failures = service.enforcement_gaps(facts)["failures"]
    phrases = Counter(f["what_followed"] for f in failures)
    assert len(phrases) >= 3 and "decision without finding" in phrases
    r = client.get("/gaps")
    cells = Counter(_text(c) for c in re.findall(r'<td data-label="What followed">(.*?)</td>', r.text, re.S))
    assert cells == phrases
    assert "informed only" not in r.text
    assert Counter(f["what_followed"] for f in gaps_report_data(facts)["gaps"]["failures"]) == phrases
    code, out, _ = cli("assess", "gaps")
    assert code == 0
    printed = Counter(m.strip() for m in re.findall(r"what followed: ([^\n]+)", out))
    assert printed == phrases
    assert "ASP+UNSC" not in out and "court action:" not in out and "gap:" not in out


def test_the_report_gives_a_new_states_coming_into_being_its_sources_and_the_webs_sentence(client, records) -> None:  # noqa: ANN001
    """South Sudan's report said it "came into being as a State on 2011-07-09" with no mark, where the page
    lists the act with its sources; and the report's relation read "... (withdrawal pending) (since
    2002-07-01), until 2026-06-02", the form the page dropped in session 15. Both now read as on the page."""
    new = next(s for s in records.states.values() if s.since and s.since.sources)
    r = client.get(f"/states/{new.iso3}/report.html")
    assert r.status_code == 200
    para = re.search(r"<p>([^<]*came into being as a State on [^<]*)<span class=\"cite\">(.*?)</span></p>", r.text, re.S)
    assert para is not None, "the sentence carries its marks"
    assert re.search(r"\[\d+\]", _text(para.group(2)))
    r = client.get("/states/HUN/report.html?on=2026-01-01")
    answer = _text(re.search(r'<p class="answer">(.*?)<span class="cite">', r.text, re.S).group(1))  # type: ignore[union-attr]
    page = client.get("/states/HUN?on=2026-01-01").text
    web = unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="answer[^"]*">(.*?)</p>', page, re.S).group(1))).strip()  # type: ignore[union-attr]
    assert answer == web and "(since" not in answer, (answer, web)


def test_a_situations_trigger_is_explained_where_it_is_listed(client, cli) -> None:  # noqa: ANN001
    """The situations table (page and `iccwatch situations`) gave "Trigger: proprio motu" with no word of
    what it means; a key below the heading (and the CLI's table) now says what each trigger is, with its article."""
    from iccwatch.model.situation import TRIGGER_KEY

    body = client.get("/situations").text
    shown = {_text(c) for c in re.findall(r'<td data-label="Trigger">(.*?)</td>', body, re.S)}
    assert len(shown) == 3, shown
    key = _text(body[body.index("Trigger (Art. 13)"):][:600])
    for t in shown:
        assert f"{t}, " in key, (t, key)
    code, out, _ = cli("situations")
    assert code == 0 and TRIGGER_KEY in re.sub(r"\s+", " ", out)
