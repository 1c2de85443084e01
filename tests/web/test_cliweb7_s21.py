"""Session 21's walk through the dashboard as a reader (cliweb7)."""

from __future__ import annotations

import re


def test_about_folds_each_kinds_gaps_under_its_row_with_their_count(client) -> None:  # noqa: ANN001
    """About the data: what each kind of record is known to lack is a fold under the kind's row, spanning every
    column and saying how many items it holds (the list had been a narrow seventh column that ran the page to
    33,000 px); the table's header no longer has a column for it."""
    body = client.get("/about").text
    table = body[body.index('aria-label="Records by kind"'):]
    table = table[:table.index("</table>")]
    columns = len(re.findall(r"<th scope=\"col\">", table[:table.index("</thead>")]))
    assert "Known to be incomplete</th>" not in table
    folds = re.findall(r'<tr class="incomplete"><td colspan="(\d+)"[^>]*><details><summary>([^<]*)</summary>'
                       r'<ul class="items">(.*?)</ul></details></td></tr>', table, re.S)
    assert folds, "at least one kind of record lists what it is known to lack"
    for colspan, summary, items in folds:
        assert int(colspan) == columns
        n = len(re.findall(r"<li>", items))
        assert summary.endswith(f"known to be incomplete ({n} {'item' if n == 1 else 'items'})")


def test_the_index_page_links_its_report_and_the_report_is_the_pages_ranking(client) -> None:  # noqa: ANN001
    """The index page offers the index as a report (PDF, HTML: there was none), and the report ranks as the page
    does: the same States in each group's table with the same rank intervals (one computed index for both)."""
    page = client.get("/index?year=2024").text
    assert 'href="/index/report.pdf?year=2024"' in page and 'href="/index/report.html?year=2024"' in page
    r = client.get("/index/report.html?year=2024")
    assert r.status_code == 200 and "<h1>Due-diligence index 2024</h1>" in r.text
    page_rows = re.findall(r'<a href="/states/(\w{3})\?year=2024#idx">([^<]+)</a>', page)
    report_rows = re.findall(r"<tr><td>[^<]*</td><td>[^<]*</td><td>([^<]+)</td>", r.text)
    assert sorted(name for _, name in page_rows) == sorted(report_rows) and report_rows
    page_intervals = re.findall(r'<td data-label="Rank interval" class="d">([^<]*)</td>', page)
    report_intervals = re.findall(r"<tr><td>[^<]*</td><td>([^<]*)</td>", r.text)
    assert page_intervals == report_intervals
    bad = client.get("/index/report.docx")
    assert bad.status_code in (400, 422) and "format" in bad.text


def test_an_answers_dependence_on_a_disputed_fact_says_both_answers_apart_from_the_fact(client) -> None:  # noqa: ANN001
    """An answer resting on a disputed fact said "<fact (disputed: ... until it is.)>: obliged as recorded,
    obliged if not." (the answers read as the end of the fact's note). The fact now stands on its own and the
    answers with and without it follow in a sentence of their own, for every fact the answer depends on."""
    body = client.get("/ask?state=HUN&person=vladimir-vladimirovich-putin&on=2026-07-01").text
    found = re.findall(r"<dt>Depends on</dt><dd>(.*?)</dd>", body, re.S)
    assert found, "Hungary's disputed withdrawal: the answer of 2026-07-01 depends on it"
    for dd in found:
        facts = re.findall(r'<p class="depends">(.*?)<br><span class="if">The answer if the fact stands: <strong>([^<]+)</strong>; '
                           r"if it does not: <strong>([^<]+)</strong>.</span></p>", dd, re.S)
        assert facts and len(facts) == dd.count('<p class="depends">')
        for fact, with_it, without in facts:
            assert fact.strip() and not fact.rstrip().endswith(":") and with_it.strip() and without.strip()
        assert " as recorded, " not in dd


def test_several_doubts_of_an_answer_are_one_item_each(client) -> None:  # noqa: ANN001
    """The doubts of one answer ran together in one paragraph ("... under Arts. 86, 89(1). Art. 87(7) speaks of ...",
    two doubts read as one). Where an answer has several, each is an item of its own; one doubt stays a sentence."""
    body = client.get("/ask?state=HUN&person=vladimir-vladimirovich-putin&on=2026-07-01").text
    dd = re.findall(r"<dt>Doubts</dt><dd>(.*?)</dd>", body, re.S)
    assert dd, "Hungary on 2026-07-01: the disputed withdrawal and the forum are doubts"
    items = re.findall(r"<li>(.*?)</li>", dd[0], re.S)
    assert dd[0].startswith('<ul class="doubt-list">') and len(items) >= 2
    assert any("Disputed" in x for x in items) and any("87(7)" in x for x in items)
    assert not any("87(7)" in x and "Disputed" in x for x in items)
