"""The ask page keeps where the person was (``presence``: an overflight, a transit stop) from a question in words
through the redirect to the answer, and answers with the airspace step (law/airspace.py), as the CLI and the API do."""

from __future__ import annotations

import html
from urllib.parse import parse_qs, urlparse

FLIGHT = "Was Greece obliged to arrest Netanyahu when his plane flew over Greek airspace on 2026-02-10?"
AIRSPACE_STEP = "territory includes the airspace above it"


def test_an_overflight_in_words_keeps_its_presence_through_the_redirect(client) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": FLIGHT}, follow_redirects=False)
    assert r.status_code == 303
    target = urlparse(r.headers["location"])
    # session 40: the words asked ride along (``question``), so that the answer can say how they were read
    assert parse_qs(target.query) == {"state": ["GRC"], "person": ["benjamin-netanyahu"], "on": ["2026-02-10"],
                                      "presence": ["airspace"], "question": [FLIGHT]}
    page = html.unescape(client.get(r.headers["location"]).text)
    assert AIRSPACE_STEP in page and "must act against an aircraft" in page


def test_a_visit_in_words_has_no_presence_in_its_address(client) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": "Must Greece arrest Netanyahu on 2026-02-10?"}, follow_redirects=False)
    assert "presence" not in parse_qs(urlparse(r.headers["location"]).query)
    assert AIRSPACE_STEP not in html.unescape(client.get(r.headers["location"]).text)


def test_the_ask_page_and_its_fragment_answer_with_the_presence_given(client) -> None:  # noqa: ANN001
    params = {"state": "GRC", "person": "benjamin-netanyahu", "on": "2026-02-10", "presence": "transit"}
    page = client.get("/ask", params=params)
    assert page.status_code == 200 and "a transit stop lands" in html.unescape(page.text)
    fragment = client.get("/ask/result", params=params)
    assert "a transit stop lands" in html.unescape(fragment.text)
    assert "presence=transit" in fragment.headers["HX-Push-Url"]  # the permalink keeps it
    bad = client.get("/ask", params={**params, "presence": "sea"})
    assert bad.status_code == 422 and "one of territory, airspace, transit" in html.unescape(bad.text)


def test_the_form_shows_where_the_person_was_so_asking_again_keeps_it(client) -> None:  # noqa: ANN001
    """The answer page's form has a field for it (a resubmitted form dropped it: the territory's answer without the
    airspace step), chosen as the answer was asked; the permalink and the citation keep it."""
    import re

    params = {"state": "GRC", "person": "benjamin-netanyahu", "on": "2026-02-10", "presence": "airspace"}
    page = client.get("/ask", params=params).text
    chosen = re.search(r'<select id="presence" name="presence"[^>]*>(.*?)</select>', page, re.S)
    assert chosen is not None
    assert re.search(r'<option value="airspace" selected>', chosen.group(1))
    assert "presence=airspace" in html.unescape(page.split("Permalink")[1][:400])
    plain = client.get("/ask", params={**params, "presence": "territory"}).text
    assert re.search(r'<option value="territory" selected>', plain) and "presence=" not in html.unescape(plain.split("Permalink")[1][:400])


def test_the_form_offers_another_states_craft_and_the_answer_raises_its_immunity(client) -> None:  # noqa: ANN001
    """The presence the CLI and the API take (``state_craft``, round 27) is offered by the form too, chosen when asked,
    and the answer carries the immunity of a third State's property (Art. 98(1)); the territory's answer does not."""
    import re

    params = {"state": "GRC", "person": "benjamin-netanyahu", "on": "2026-02-10", "presence": "state_craft"}
    page = client.get("/ask", params=params)
    assert page.status_code == 200
    chosen = re.search(r'<select id="presence" name="presence"[^>]*>(.*?)</select>', page.text, re.S)
    assert chosen is not None and re.search(r'<option value="state_craft" selected>', chosen.group(1))
    assert "property of a third State" in html.unescape(page.text)
    plain = client.get("/ask", params={**params, "presence": "territory"})
    assert "property of a third State" not in html.unescape(plain.text)
