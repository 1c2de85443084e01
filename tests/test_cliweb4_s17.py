"""Session 17's look at the interfaces as a user (cliweb4): the wording of decisions that informed the
Assembly or the Council without a finding, and the date the gaps' figures hold as at."""

from __future__ import annotations

import html
import re
from collections import Counter

from iccwatch import service
from iccwatch.facts import Facts


def _text(cell: str) -> str:
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell))).strip()
    return re.sub(r" ([,;:)])", r"\1", text)  # a tag's end before a comma is no space


def test_a_decision_that_informed_the_bodies_says_so_and_never_reads_as_no_non_compliance(client, cli, records) -> None:  # noqa: ANN001
    """The Chamber's decisions of 27 August 2010 (Chad, Kenya) and May 2011 (Djibouti) informed the Assembly
    and the Council of a visit "in order for them to take any measure they may deem appropriate", without a
    finding: the decisions table called them "no finding of non-compliance" (read: the State complied) and
    the gaps table "decision without finding" (read: the Court did nothing beyond a decision). Every such
    decision now reads as what it did, in the table of decisions, the gaps table, the CLI and the report."""
    from iccwatch.report.build import gaps_report_data

    facts = Facts(records)
    informing = [d for d in records.decisions.values()
                 if d.kind == "non_compliance" and d.finding == "no_finding" and d.referred_to not in (None, "none")]
    assert {("2010-08-27", "TCD"), ("2010-08-27", "KEN")} <= {(str(d.date), d.state) for d in informing}
    rows = {r["id"]: r for r in service.decisions_list(facts)}
    page = client.get("/decisions").text
    for d in informing:
        bodies = d.referred_to.replace("+", " and ")  # type: ignore[union-attr]
        assert rows[d.id]["ruling"] == f"Court informed {bodies}, no finding", d.id
        cell = re.search(rf'id="d-{re.escape(d.id)}".*?<td data-label="Ruling">(.*?)</td>', page, re.S)
        assert cell and _text(cell.group(1)) == f"Court informed {bodies}, no finding", d.id
    # a decision that declined a finding and informed no one keeps its words
    declined = [d for d in records.decisions.values() if d.finding == "no_finding" and d.referred_to == "none"]
    assert declined and all(rows[d.id]["ruling"] == "no finding of non-compliance" for d in declined)

    informed_ids = {d.id for d in informing}
    failures = service.enforcement_gaps(facts)["failures"]
    told = [f for f in failures if f["finding"] is None and informed_ids & set(f["decisions"])]
    assert {(f["date"], f["state"]) for f in told} >= {("2010-07-21", "TCD"), ("2010-08-27", "KEN")}
    for f in told:
        assert f["what_followed"] == f"Court informed {f['informed'].replace('+', ' and ')}, no finding", f
    assert "decision without finding" not in {f["what_followed"] for f in told}
    assert _phrases(gaps_report_data(facts)["gaps"]["failures"]) == _phrases(failures)
    code, out, _ = cli("assess", "gaps")
    assert code == 0 and out.count("what followed: Court informed ASP and UNSC, no finding") == sum(
        f["what_followed"] == "Court informed ASP and UNSC, no finding" for f in failures)


def _phrases(failures: list[dict]) -> Counter[str]:
    return Counter(f["what_followed"] for f in failures)


def test_the_gaps_figures_say_as_at_when(client, cli, records) -> None:  # noqa: ANN001
    """The gaps page's headline figures (failures 20, without finding 9, ...) had no date: as at when? The
    page, the API and `assess gaps` now give the day the record's events, decisions and responses are
    checked through, the earliest of the three."""
    day = min(str(records.meta.checked_through_of(k)) for k in ("events", "decisions", "responses"))
    page = client.get("/gaps").text
    note = re.search(r'<p class="figures-date" id="figures-date">(.*?)</p>', page, re.S)
    assert note and f"Figures as at {day}" in _text(note.group(1))
    assert page.index('id="figures-date"') < page.index('id="figures"')  # read before the figures
    assert client.get("/api/v1/assessment/gaps").json()["as_at"] == day
    code, out, _ = cli("assess", "gaps")
    assert code == 0 and re.sub(r"\s+", " ", out).startswith(f"as at {day} ")


def test_every_date_field_asks_for_the_sites_one_date_format(client) -> None:  # noqa: ANN001
    """The browser's date picker shows its locale's format (an American browser: 12/02/2026) beside ISO dates
    everywhere else on the site and in its citations: every date field is now text in YYYY-MM-DD, said in
    its label, holding the date asked as ISO."""
    pages = {"/?on=2024-09-03": "2024-09-03", "/states/HUN?on=2026-07-01": "2026-07-01",
             "/persons/vladimir-vladimirovich-putin?on=2024-09-03": "2024-09-03",
             "/ask?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-03": "2024-09-03"}
    for path, day in pages.items():
        page = client.get(path).text
        assert 'type="date"' not in page, path
        field = re.search(r'<input [^>]*id="on"[^>]*>', page)
        assert field and 'type="text"' in field.group(0) and f'value="{day}"' in field.group(0), path
        assert 'placeholder="YYYY-MM-DD"' in field.group(0), path
        assert re.search(r'<label for="on">Date \(YYYY-MM-DD\)</label>', page), path


def test_every_kind_of_assumption_is_said_in_words(records) -> None:  # noqa: ANN001
    """What the what-if page shows for each kind of assumption the field takes: names, not codes and keys."""
    from iccwatch.facts import Assumption
    from iccwatch.service.assumptions import assumption_words

    facts = Facts(records)
    putin = "vladimir-vladimirovich-putin"
    said = {text: assumption_words(facts, Assumption.parse(text)) for text in (
        "HUN withdrawal_revoked 2026-05-29", "USA art_98_2_agreement 2003-01-01 with ROU", "UKR declaration_12_3 2014-04-17",
        f"warrant {putin} withdrawn 2025-01-01", f"custody {putin} 2025-01-01", f"office {putin} head_of_state RUS 2000-05-07",
        "referral darfur-sudan unsc 2005-03-31 obliging SDN")}
    assert said["HUN withdrawal_revoked 2026-05-29"] == "Hungary: withdrawal revoked on 2026-05-29"
    assert said["UKR declaration_12_3 2014-04-17"] == "Ukraine: Art. 12(3) declaration on 2014-04-17"
    assert "Art. 98(2) agreement" in said["USA art_98_2_agreement 2003-01-01 with ROU"] and "with Romania" in said["USA art_98_2_agreement 2003-01-01 with ROU"]
    assert said[f"custody {putin} 2025-01-01"] == "Vladimir Vladimirovich Putin surrendered to the Court on 2025-01-01"
    assert "Security Council" in said["referral darfur-sudan unsc 2005-03-31 obliging SDN"] and "Sudan" in said["referral darfur-sudan unsc 2005-03-31 obliging SDN"]
    for text, words in said.items():
        assert "_" not in words and putin not in words, (text, words)  # no key, no identifier


def test_the_cli_says_a_what_ifs_assumption_in_words_before_its_reasons(cli) -> None:  # noqa: ANN001
    """`ask arrest --assume` printed the assumption as typed, after 170 lines of reasoning and sources: a reader
    of the head of the answer could not tell it rested on an assumption. It is now the line after the question,
    in words, the typed form beside it; the API gives the same words."""
    code, out, _ = cli("ask", "arrest", "--state", "HUN", "--person", "vladimir-vladimirovich-putin", "--on", "2026-07-01",
                       "--assume", "HUN withdrawal_revoked 2026-05-29")
    assert code == 0
    lines = re.sub(r"\s+", " ", out).split(" basis: ")[0]
    assert "assumed (not a sourced fact): Hungary: withdrawal revoked on 2026-05-29 (written HUN withdrawal_revoked 2026-05-29)" in lines


def test_the_api_gives_a_what_ifs_assumption_in_words(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/arrest", params={"state": "HUN", "person": "vladimir-vladimirovich-putin", "on": "2026-07-01",
                                             "assume": "HUN withdrawal_revoked 2026-05-29"})
    assert r.status_code == 200
    assert r.json()["assumptions"] == ["HUN withdrawal_revoked 2026-05-29"]
    assert r.json()["assumptions_in_words"] == ["Hungary: withdrawal revoked on 2026-05-29"]
    plain = client.get("/api/v1/arrest", params={"state": "HUN", "person": "vladimir-vladimirovich-putin", "on": "2026-07-01"}).json()
    assert "assumptions_in_words" not in plain


def test_the_cli_decisions_list_names_the_bodies_as_assess_gaps_does(cli) -> None:  # noqa: ANN001
    """`iccwatch decisions` printed the stored codes ("referred to: ASP+UNSC", "referred to: none") where
    `assess gaps`, the dashboard and the reports say "ASP and UNSC" and "not referred"."""
    code, out, _ = cli("decisions", "--state", "KEN")
    assert code == 0
    referred = re.findall(r"referred to: ([^\n]+)", out)
    assert "ASP and UNSC" in referred and "not referred" in referred
    assert "ASP+UNSC" not in out and "referred to: none" not in out
    assert "the Assembly of States Parties" in out  # the bodies spelt out once, below the table
    code, out, _ = cli("decisions", "--state", "KEN", "--json")
    assert code == 0 and '"referred_to": "ASP+UNSC"' in out  # the data keeps its codes


def test_an_answer_says_the_court_informed_the_bodies_not_that_it_referred(client, cli) -> None:  # noqa: ANN001
    """The ask page and `ask arrest` said of the decision of 2010-08-27 "no finding, referred to ASP + UNSC":
    the Chamber informed the two bodies, it referred no finding to them."""
    params = {"state": "KEN", "person": "omar-hassan-ahmad-al-bashir", "on": "2010-08-27"}
    page = client.get("/ask", params=params).text
    decided = re.search(r"<dt>The Court decided</dt><dd>(.*?)</dd>", page, re.S)
    assert decided and "2010-08-27 (Pre-Trial Chamber I): Court informed ASP + UNSC, no finding" in _text(decided.group(1))
    assert "referred to" not in _text(decided.group(1))
    code, out, _ = cli("ask", "arrest", "--state", "KEN", "--person", "omar-hassan-ahmad-al-bashir", "--on", "2010-08-27")
    assert code == 0 and "the Court decided 2010-08-27: Court informed ASP and UNSC, no finding" in out
    assert "no finding, referred" not in out


def test_the_assume_option_reads_as_words_and_names_every_form_the_parser_takes() -> None:
    """`ask ... --help` showed the option's value as '<list[str]>' (a Python type) and left out three forms the
    parser takes (an Art. 98(2) agreement's 'with ISO3', 'for SITUATION', a State's referral)."""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    for command in ("arrest", "obligations", "travel", "question"):
        result = CliRunner().invoke(app, ["ask", command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
        flat = re.sub(r"[\s│]+", " ", result.output)
        assert result.exit_code == 0 and "list[str]" not in flat and "<assumption>" in flat, command
        for form in ("with ISO3", "for SITUATION", "referral SITUATION ISO3 DATE", "[in SITUATION]", "[obliging ISO3,ISO3]"):
            assert form in flat, (command, form)


def test_the_api_link_opens_a_plain_reference_of_every_operation(client) -> None:  # noqa: ANN001
    """The menu's "API" opened Swagger UI, which runs a 1.7 MB script before it shows anything (3.3 s of
    Chromium's CPU on the loaded test machine against 1.2 s for this page; benchmarks/bench_web.py measures
    /docs). It now opens /api, drawn by the server from the OpenAPI schema: every operation with its
    parameters, and links to the schema and to Swagger UI for trying requests."""
    page = client.get("/").text
    assert '<a href="/api">API</a>' in page and 'href="/docs">API<' not in page
    r = client.get("/api")
    assert r.status_code == 200 and "<script" not in r.text.split("<main", 1)[1].split("</main>", 1)[0]
    schema = client.get("/api/v1/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            assert f"<code>{method.upper()} {path}</code>" in html.unescape(r.text), (method, path)
            for p in op.get("parameters", []):
                assert f"<code>{p['name']}</code>" in r.text, (path, p["name"])
    assert 'href="/docs"' in r.text and 'href="/api/v1/openapi.json"' in r.text
    assert 'aria-current="page">API<' in r.text


def test_a_custody_that_began_after_the_date_shown_says_so(client) -> None:  # noqa: ANN001
    """Al-Bashir's page as at 2015-06-14 opened with "Held by Sudan since 2019-04-11, not surrendered": the
    record's latest reading, above a map of 2015. It now says that this began after the date the page shows;
    a page as at a later date says nothing more."""
    def custody(on: str) -> str:
        page = client.get(f"/persons/omar-hassan-ahmad-al-bashir?on={on}").text
        found = re.search(r'<p class="answer custody" id="custody">(.*?)</p>', page, re.S)
        assert found, on
        return _text(found.group(1))

    early = custody("2015-06-14")
    assert "since 2019-04-11" in early and early.endswith("That began after 2015-06-14, the date this page shows.")
    assert "began after" not in custody("2020-01-01")
