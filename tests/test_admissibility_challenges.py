"""States' admissibility challenges recorded on warrants (Art. 19(2)(b)), which the Art. 95 rule reads, as the
dashboard shows them."""

from __future__ import annotations

import html


def test_the_person_page_lists_each_admissibility_challenge_with_its_sources(client, facts) -> None:  # noqa: ANN001
    """A State's admissibility challenge recorded on a warrant (the Art. 95 rule reads it) is shown on the
    person's page beside the status history: who made it, when, whether it was determined, and its sources."""
    found = [(w, c) for w in facts.records.warrants.values() for c in w.admissibility_challenges]
    assert found, "the record holds an admissibility challenge"
    for w, c in found:
        page = client.get(f"/persons/{w.person}")
        assert page.status_code == 200
        text = page.text
        # the State by its name, as the page names States (not its ISO code)
        assert f"{c.made}: admissibility challenge by {facts.records.states[c.by_state].name}" in html.unescape(text)
        assert (f"determined {c.determined}" if c.determined else "no ruling recorded") in text
        assert all(s.url in text for s in c.sources)
