"""(Session 37) How long a warrant has been outstanding, on the persons table, a person's page and in the API: the
figures are the service's (read from the API here, never written in)."""

from __future__ import annotations

import re


def test_persons_api_page_and_person_page_give_the_days_outstanding(client) -> None:  # noqa: ANN001
    api = client.get("/api/v1/persons", params={"limit": 1000})
    assert api.status_code == 200, api.text
    items = api.json()["items"]
    counted = [p for p in items if p.get("days_outstanding")]
    assert counted, "persons at large under dated warrants"
    assert all(p["warrant_outstanding"] == "yes" for p in counted)
    assert any(p["warrant_outstanding"] == "no" and p["days_outstanding"] is None for p in items)  # contrast
    p = counted[0]
    one = client.get(f"/api/v1/persons/{p['id']}").json()
    assert one["outstanding"]["days_outstanding"] == p["days_outstanding"]
    page = client.get(f"/persons/{p['id']}")
    assert page.status_code == 200
    line = re.search(r'<p id="outstanding">(.*?)</p>', page.text)
    # session 38 (iface6): the page counts to the day its footer says its record was checked through (the persons'
    # file's, earlier than the record's day the list counts to), so the days are counted to that day here
    footer = re.search(r"<footer>Record checked through (\d{4}-\d{2}-\d{2})", page.text)
    assert footer
    import datetime as dt

    days = (dt.date.fromisoformat(footer.group(1)) - dt.date.fromisoformat(p["outstanding_since"])).days
    assert line and f"outstanding since {p['outstanding_since']}: {days:,} days as at {footer.group(1)}" in line.group(1)
    table = client.get("/persons", params={"sort": "days_outstanding", "dir": "desc"})
    assert table.status_code == 200
    assert "Days outstanding" in table.text
    # the longest first when sorted so
    uncounted = [p for p in items if p.get("days_outstanding") is None]
    assert uncounted
    # rows with no count come last, whichever the direction
    for direction in ("asc", "desc"):
        text = client.get("/persons", params={"sort": "days_outstanding", "dir": direction}).text
        assert max(text.index(f'>{x["name"]}<') for x in counted) < min(text.index(f'>{x["name"]}<') for x in uncounted), direction
    longest = max(counted, key=lambda x: x["days_outstanding"])
    assert table.text.index(longest["name"]) < table.text.index(min(counted, key=lambda x: x["days_outstanding"])["name"])


def test_a_person_with_no_warrant_outstanding_has_no_line(client) -> None:  # noqa: ANN001
    items = client.get("/api/v1/persons", params={"limit": 1000}).json()["items"]
    p = next(p for p in items if p["warrant_outstanding"] == "no")
    assert client.get(f"/api/v1/persons/{p['id']}").json()["outstanding"] == {}
    assert 'id="outstanding"' not in client.get(f"/persons/{p['id']}").text
