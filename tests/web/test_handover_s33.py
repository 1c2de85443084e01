"""(Session 33) The API's and the dashboard's custody answer say the handover to the Court apart from the arrest: "arrested
on A by S; surrendered to the Court on B", with the sources that state B; asked between the two, the handover is not yet
made. Dates read from the record itself (an event whose handover is dated apart from its arrest)."""

from __future__ import annotations

import datetime as dt
import html


def _split_event(app):  # noqa: ANN001, ANN202
    """A surrender event of the record whose handover is dated at least two days after its arrest."""
    for e in sorted(app.state.facts.records.events.values(), key=lambda e: e.id):
        if e.surrendered is not None and len(e.date) == 10 and len(e.surrendered.date) == 10 \
                and (dt.date.fromisoformat(e.surrendered.date) - dt.date.fromisoformat(e.date)).days >= 2:
            return e
    raise AssertionError("the record holds no handover dated apart from its arrest")


def test_api_custody_gives_both_days_and_the_handovers_sources(client, app) -> None:  # noqa: ANN001
    e = _split_event(app)
    d = client.get(f"/api/v1/persons/{e.person}/custody", params={"on": e.surrendered.date}).json()
    row = next(r for r in d["custody"] if r["event"] == e.id)
    assert (row["arrested_on"], row["surrendered_on"]) == (e.date, e.surrendered.date)
    assert {s["url"] for s in row["surrendered_sources"]} == {str(s.url) for s in e.handover_sources()}
    assert f"arrested on {e.date} by" in d["in_words"] and f"surrendered to the Court on {e.surrendered.date}" in d["in_words"]
    # contrast: the day before the handover, it is not yet made and its day is not told
    early = (dt.date.fromisoformat(e.surrendered.date) - dt.timedelta(days=1)).isoformat()
    d = client.get(f"/api/v1/persons/{e.person}/custody", params={"on": early}).json()
    row = next(r for r in d["custody"] if r["event"] == e.id)
    assert row.get("surrender_pending") is True and "surrendered_on" not in row


def test_the_page_says_both_days(client, app) -> None:  # noqa: ANN001
    e = _split_event(app)
    page = html.unescape(client.get("/ask/custody", params={"person": e.person, "on": e.surrendered.date}).text)
    assert f"arrested on <span class=\"d\">{e.date}</span> by" in page
    assert f"surrendered to the Court on <span class=\"d\">{e.surrendered.date}</span>" in page
    assert "the sources that state the day of the handover" in page
    early = (dt.date.fromisoformat(e.surrendered.date) - dt.timedelta(days=1)).isoformat()
    page = html.unescape(client.get("/ask/custody", params={"person": e.person, "on": early}).text)
    assert "not yet surrendered to the Court" in page and f"on <span class=\"d\">{e.surrendered.date}</span>" not in page
