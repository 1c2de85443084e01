"""Session 42 (ux42): the interfaces as a user meets them. A fact's citation copied from a page, the API and the CLI
names each source's title and date, as the export's ``sources_cited`` does; a download or an export names the record's
check date (its file name, ``X-Record-Version``, the CLI's "wrote" line); an answer's page is titled by its question,
also after the form is answered in place (htmx); the State report's running footer names the record's check date; and
the dashboard's pages pass the audit at 390 and 1366 px (no sideways scroll, no console error, no outside request, a
header in every table, an alt on every image, a title naming the page, the keyboard's focus visible)."""

from __future__ import annotations

import html
import re

import pytest
from tests.web.conftest import sized_page

MNG = "/api/v1/arrest?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-03"
ASK = "/ask?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-03"


def _parts(text: str) -> list[str]:
    return text[text.index(" Sources: ") + len(" Sources: "):].rstrip(".").split("; ")


def test_a_citations_sources_carry_their_title_and_date_in_the_api_and_on_the_page(client) -> None:  # noqa: ANN001
    d = client.get(MNG).json()
    c = d["citation"]
    parts = _parts(c["text"])
    assert len(parts) == len(c["sources"]) >= 2
    by_url = {s["url"]: s for s in d["sources"]}
    dated = 0
    for words, s in zip(parts, c["sources"], strict=True):
        recorded = by_url[s["url"]]
        assert s["date"] == (None if recorded.get("date") is None else str(recorded["date"]))
        if recorded.get("date"):
            dated += 1
            assert f", {recorded['date']}, {s['url']}" in words
        else:
            assert words.endswith(f", date not recorded, {s['url']}")
        if recorded.get("title"):
            assert f"“{' '.join(str(recorded['title']).replace(';', ',').split())}”" in words
    assert dated  # the answer rests on dated sources: the check above is not vacuous
    page = client.get(ASK).text
    cited = html.unescape(re.search(r'class="cite-text">([^<]+)<', page[page.index('id="answer-cite"'):]).group(1))
    assert _parts(cited) == parts  # the page's "Cite this answer" names the same sources in the same words


def test_a_csv_row_and_the_citation_name_a_source_with_the_same_title_and_date(client) -> None:  # noqa: ANN001
    d = client.get(MNG).json()
    s = next(s for s in d["sources"] if s.get("title") and s.get("date"))
    words = next(w for w in _parts(d["citation"]["text"]) if w.endswith(s["url"]))
    from iccwatch import service

    csv = "\n".join(client.get(f"/api/v1/export/{kind}?format=csv").text for kind in service.EXPORT_KINDS)
    # the sources_cited part naming that source ("Publisher, “Title”, date (grade A, primary) URL")
    row = next(p for line in csv.splitlines() for p in line.split(" | ") if p.rstrip('"').endswith(f") {s['url']}"))
    title = f"“{' '.join(str(s['title']).split())}”"
    assert title in row and str(s["date"]) in row and title in words and str(s["date"]) in words


def test_downloads_and_exports_name_the_records_check_date(client, facts) -> None:  # noqa: ANN001
    version = client.get(MNG).json()["citation"]["record_version"]
    checked = facts.checked_through_of(facts.DUTY_KINDS)[1]
    assert f"checked through {checked}" in version
    for path in ("/api/v1/export/decisions?format=csv", "/decisions?format=csv", "/events?format=json",
                 "/index/compare?states=HUN,ITA&year=2025&format=csv", "/?format=csv"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["x-record-version"] == version, path
        name = re.search(r'filename="([^"]+)"', r.headers["content-disposition"]).group(1)
        assert name.startswith("iccwatch-") and f"-record-{checked}." in name, (path, name)
    r = client.get("/api/v1/export/decisions?format=json")
    assert r.status_code == 200 and r.headers["x-record-version"] == version and isinstance(r.json(), list) and r.json()


def test_the_cli_export_says_the_records_version(cli, tmp_path, facts) -> None:  # noqa: ANN001
    out = tmp_path / "decisions.csv"
    code, stdout, _ = cli("export", "decisions", "-o", str(out))
    assert code == 0 and out.exists()
    said = " ".join(stdout.split())
    assert f"checked through {facts.checked_through_of(facts.DUTY_KINDS)[1]}" in said and "record:" in said


def test_an_answers_page_is_titled_by_its_question(client) -> None:  # noqa: ANN001
    cited = client.get(MNG).json()["citation"]["title"]
    page = client.get(ASK).text
    assert re.search(r"<title>(.*?)</title>", page).group(1) == html.escape(cited, quote=False) + " · iccwatch"
    fragment = client.get(ASK.replace("/ask?", "/ask/result?"))
    assert fragment.status_code == 200 and fragment.headers["hx-push-url"]
    assert fragment.text.startswith(f"<title>{html.escape(cited, quote=False)} · iccwatch</title>")
    # a question not answered (an unknown person) keeps the form's title, and the fragment has none
    assert "<title>Ask: must a State arrest? · iccwatch</title>" in client.get("/ask?state=MNG&person=nobody-at-all").text
    assert "<title>" not in client.get("/ask/result?state=MNG&person=nobody-at-all").text


def test_the_state_reports_running_footer_names_the_records_check_date(client) -> None:  # noqa: ANN001
    page = client.get("/states/HUN/report.html").text
    footer = re.search(r'<span class="report-date">([^<]+)</span>', page).group(1)
    assert re.fullmatch(r"report on \d{4}-\d{2}-\d{2} · record checked through \d{4}-\d{2}-\d{2}", footer), footer


#: The pages the audit opens (real ids from the record), each at a phone's width and a laptop's.
PAGES = ["/", "/about", "/search?q=Putin", "/states/HUN", "/persons/vladimir-vladimirovich-putin", ASK,
         "/ask/list?list_of=parties&on=2025-01-01", "/decisions", "/events", "/statements/js-2024-06-14", "/gaps",
         "/index/compare?states=HUN,ITA&year=2025", "/api"]

AUDIT = r"""() => ({
  scroll: document.documentElement.scrollWidth, inner: window.innerWidth, title: document.title,
  tables: [...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length,
  images: [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).length})"""

FOCUS = r"""() => { const e = document.activeElement; if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  return {tag: e.tagName, text: (e.textContent || e.name || '').trim().slice(0, 30),
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')}; }"""


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_every_audited_page_fits_loads_nothing_outside_and_shows_the_focus(shared_pages, request, size: str) -> None:  # noqa: ANN001
    with sized_page(shared_pages, request, size) as pg:
        errors: list[str] = []

        def console(m) -> None:  # noqa: ANN001
            if m.type == "error":
                errors.append(m.text)

        def crashed(e) -> None:  # noqa: ANN001
            errors.append(str(e))

        pg.on("console", console)
        pg.on("pageerror", crashed)
        failed = []
        try:
            _audit(pg, failed)
        finally:
            pg.remove_listener("console", console)
            pg.remove_listener("pageerror", crashed)
        assert not failed, failed
        assert not errors, errors
        assert not pg.outside, pg.outside


def _audit(pg, failed: list) -> None:  # noqa: ANN001
    for path in PAGES:
        resp = pg.goto(pg.base + path, wait_until="networkidle")
        a = pg.evaluate(AUDIT)
        if resp.status != 200 or a["scroll"] > a["inner"] or a["tables"] or a["images"]:
            failed.append((path, resp.status, a))
        if not a["title"].endswith(" · iccwatch") or a["title"].startswith("iccwatch"):
            failed.append((path, "title", a["title"]))
        for _ in range(25):  # the first controls in tab order (the header's, then the page's): each shows its focus
            pg.keyboard.press("Tab")
            f = pg.evaluate(FOCUS)
            if f is not None and not f["visible"]:
                failed.append((path, "focus not visible", f))


def test_answering_in_place_retitles_the_page(shared_pages, request) -> None:  # noqa: ANN001
    """The ask form answers in place (htmx) and pushes the answer's address; the tab's title follows it."""
    with sized_page(shared_pages, request, "desktop") as pg:
        pg.goto(pg.base + "/ask", wait_until="networkidle")
        assert pg.title() == "Ask: must a State arrest? · iccwatch"
        pg.select_option("select[name=state]", "MNG")
        pg.select_option("select[name=person]", "vladimir-vladimirovich-putin")
        pg.fill("input[name=on]", "2024-09-03")
        pg.locator("form.ask button[type=submit]").last.click()
        pg.wait_for_function("() => location.search.includes('state=MNG')", timeout=60000)
        pg.wait_for_function("() => document.title.startsWith('Must Mongolia')", timeout=60000)
        assert pg.title().startswith("Must Mongolia arrest Vladimir Vladimirovich Putin on 2024-09-03?")


def test_the_top_level_help_says_until_takes_a_month_or_a_year_as_it_does(cli) -> None:  # noqa: ANN001
    from iccwatch.cli import HELP

    assert "--until YYYY-MM-DD (or YYYY-MM, YYYY" in HELP
    code, out, _ = cli("decisions", "--until", "2018-01", "--json")
    assert code == 0 and out.strip().startswith(("[", "{"))


def test_the_index_methods_example_makes_the_weights_file_it_names() -> None:
    """docs/index-method.md's example named ``--weights my-weights.yaml``, a file nothing made: pasted, it failed."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    block = (root / "docs" / "index-method.md").read_text().split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]
    named = [w for line in lines for w in re.findall(r"--weights (\S+)", line)]
    assert named
    for name in named:
        made = next((line for line in lines if line.startswith("cp ") and line.split()[-1] == name), None)
        assert made, f"{name} is not made by the example"
        assert lines.index(made) < next(i for i, line in enumerate(lines) if f"--weights {name}" in line)
        assert (root / made.split()[1]).is_file()


def test_a_long_names_pdf_keeps_its_page_number_on_one_line(client, facts) -> None:  # noqa: ANN001
    """The running footer (the report's title, its day and the record's check date) of the State with the longest name
    wrapped the page number beside it ("page 1 of" / "16"); the number keeps its own box now."""
    import pypdfium2

    state = max(facts.records.states.values(), key=lambda s: len(s.name))
    r = client.get(f"/states/{state.iso3}/report.pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    pdf = pypdfium2.PdfDocument(r.content)
    lines = [line.strip() for line in pdf[0].get_textpage().get_text_range().splitlines()]
    assert any(re.fullmatch(rf"(.* )?page 1 of {len(pdf)}", line) for line in lines), lines[-4:]
    assert "record checked through" in " ".join(" ".join(lines[-4:]).split()), lines[-4:]


@pytest.mark.parametrize("path", ["/states/HUN/report.html", "/index/report.html?year=2025"])
def test_a_reports_html_names_its_icon_so_the_browser_asks_for_no_missing_one(client, path: str) -> None:  # noqa: ANN001
    """Opened in a browser, a report's HTML (no icon named) made it ask for /favicon.ico, a 404 in the console."""
    head = client.get(path).text.split("</head>", 1)[0]
    assert re.search(r'<link rel="icon" href="data:,">', head)
    assert client.get("/favicon.ico").status_code == 404  # the reason: the app serves no /favicon.ico
