"""The decisions list links each person a ruling names to that person's page, as it links the State."""

from __future__ import annotations

import re


def test_each_person_named_by_a_ruling_links_to_the_persons_page(client, facts) -> None:  # noqa: ANN001
    rows: dict[str, str] = {}
    number, text = 1, "page=1"
    while f"page={number}" in text:  # the list comes in pages; read each one the page before links to
        page = client.get("/decisions", params={"page": number})
        text = page.text
        assert page.status_code == 200
        rows.update(re.findall(r'<tr id="d-([^"]+)">(.*?)</tr>', page.text, re.S))
        number += 1
    assert len(rows) == len(facts.records.decisions), "every ruling is on one of the pages"
    named = [d for d in facts.records.decisions.values() if d.persons]
    assert named, "the record holds rulings naming persons"
    for d in named:
        row = rows[d.id]
        for pid in d.persons:
            name = facts.records.persons[pid].name
            assert f'<a href="/persons/{pid}">{name}</a>' in row, (d.id, pid)
    # a ruling naming no person has no person link
    for d in (d for d in facts.records.decisions.values() if not d.persons):
        assert 'href="/persons/' not in rows[d.id], d.id
