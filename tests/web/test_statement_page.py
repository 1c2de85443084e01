"""A joint statement's signatories are readable by name (dashboard and API), each with the State's relation
to the Rome Statute on the statement's date; an unknown statement is a 404 that names the id."""

from __future__ import annotations

import html
import re

from tests.web.conftest import http_get

from iccwatch.law import party_status
from iccwatch.model.dates import DateSpan


def test_statements_table_links_each_statement_to_its_signatories(server: str, client, facts) -> None:  # noqa: ANN001
    status, text = http_get(server, "/statements")
    assert status == 200
    for sid in facts.records.statements:
        assert f'href="/statements/{sid}"' in text, sid


def test_statement_page_names_every_signatory_with_its_status_that_day(server: str, client, facts) -> None:  # noqa: ANN001
    """For every statement of the real record: its page links exactly its signatories and cites its sources, and the
    API gives each signatory the law's relation to the Statute on its date. (Slow: a page and an API answer per
    statement.)"""
    for sid, st in facts.records.statements.items():
        status, text = http_get(server, f"/statements/{sid}")
        assert status == 200, sid
        body = html.unescape(text)
        links = re.findall(r'<a href="/states/([A-Z]{3})">([^<]+)</a></td><td data-label="Relation[^"]*">([^<]+)</td>', body)
        assert sorted(code for code, _, _ in links) == sorted(st.signatories), sid
        api = client.get(f"/api/v1/statements/{sid}").json()
        assert api["signatory_count"] == len(st.signatories)
        if st.date:
            on = DateSpan.parse(st.date).first
            for row in api["signatory_states"]:
                assert row["status"] == party_status(facts, row["state"], on).status, (sid, row)
        for source in st.sources:
            assert html.escape(source.url, quote=True) in text or source.url in body, (sid, source.url)


def test_unknown_statement_is_a_404_naming_the_id(server: str, client) -> None:  # noqa: ANN001
    status, text = http_get(server, "/statements/no-such-statement")
    assert status == 404
    assert "no-such-statement" in html.unescape(text)
    r = client.get("/api/v1/statements/no-such-statement")
    assert r.status_code == 404
    assert r.json() == {"detail": "no joint statement with the id 'no-such-statement' is recorded", "field": "statement"}
