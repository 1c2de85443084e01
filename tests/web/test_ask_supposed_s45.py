"""A what-if asked in words on the ask page says how it was read (session 45, round 57's leftover): 'If Mongolia had
withdrawn before Putin's visit, would it have had to arrest him?' is answered with the supposed withdrawal in the page's
Assumptions field; the page now also prints the "Read as" line with what was supposed and what the record holds, as
the CLI and the API do. Where the fields were changed since (another supposed day), nothing is said of the words."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

QUESTION = "If Mongolia had withdrawn before Putin's visit, would it have had to arrest him?"


def test_a_what_if_asked_in_words_is_answered_with_how_it_was_read(client) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": QUESTION})
    assert r.status_code == 200, r.status_code
    assert 'id="read-as"' in r.text
    read_as = r.text.split('id="read-as"', 1)[1].split("</p>", 1)[0]
    assert "supposed, as the question does" in read_as
    assert "Art. 127(1)" in read_as and "the record holds" in read_as


def test_the_fields_changed_since_say_nothing_of_the_words(client) -> None:  # noqa: ANN001
    first = client.get("/ask", params={"question": QUESTION}, follow_redirects=False)
    assert first.status_code == 303
    query = parse_qs(urlsplit(first.headers["location"]).query)
    assert query["assume"] and query["question"] == [QUESTION]
    iso3, action, day = query["assume"][0].split()
    # the control: the same address with another supposed day is an answer to the fields, not to the words
    other = {**{k: v[0] for k, v in query.items()}, "assume": f"{iso3} {action} 2020-01-01"}
    r = client.get("/ask", params=other)
    assert r.status_code == 200
    assert 'id="read-as"' not in r.text
