"""(Session 36) The house in order (docs/house.md, "The house in order (session 36)"): behaviour pinned before a
duplicate was mended, so the mend could not change it. Expected values are read from the API, never written in."""

from __future__ import annotations

import re
from collections import Counter

from iccwatch.facts import Facts

#: The host filter's options on a person's page, with the count the page gives each.
HOST_OPTION = re.compile(r'<option value="(party|not_party)"[^>]*>[^<]*\((\d+)\)</option>')


def test_a_persons_host_counts_are_the_apis_host_filter_counts(client, facts: Facts) -> None:  # noqa: ANN001
    """The counts beside "Host on the day" (the trip summary) and the page's host filter use one mapping of the
    choice to the service's ``host_party``: each count is the number of events the API keeps for that filter."""
    person = Counter(e.person for e in facts.records.events.values()).most_common(1)[0][0]
    r = client.get(f"/persons/{person}")
    assert r.status_code == 200, r.text
    shown = {k: int(n) for k, n in HOST_OPTION.findall(r.text)}
    assert set(shown) == {"party", "not_party"}  # contrast: the person has trips to both kinds of host
    for key, flag in (("party", "true"), ("not_party", "false")):
        api = client.get("/api/v1/events", params={"person": person, "limit": 1000, "host_party": flag})
        assert api.status_code == 200, api.text
        assert shown[key] == len(api.json()["items"]), key
