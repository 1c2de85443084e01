"""Session 48 (web48): the ask page's comparisons and the refusal pages, as a user sees them, in a real server and
Debian's Chromium at a phone's width (390 px) and a laptop's (1366 px).

A trips answer ('Which States visited by al-Bashir were bound by the Darfur referral?', 'Which States visited by Putin
since his arrest warrant were parties at the time?') was one paragraph of up to a hundred visits: it is now tables, the
visits kept, and the visits left out in groups, each with why, each row with its day, host, the host's relation on the
day, the law's answer and basis, what the host did and its sources; the rows are the structured answer's (the API's
``records``, ``left_out``, ``host_uncertain``), and the page does not scroll sideways at 390 px. The API's answer is
unchanged (its words kept). The refusals: 400 (a head too large), 408 (a head too slow), 409 (the store held by another
program), 503 (no descriptor left), each saying what happened and what to do; the 409 in the site's layout."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from tests.web.conftest import SIZES, http_get

BASHIR = "Which States visited by al-Bashir were bound by the Darfur referral?"
PUTIN_PARTIES = "Which States visited by Putin since his arrest warrant were parties at the time?"
PUTIN_ALL = "Which States has Putin visited since his warrant?"
#: The page's width against the window's (1 px for rounding).
NO_SIDEWAYS = "document.documentElement.scrollWidth <= window.innerWidth + 1"


def _api(server: str, question: str) -> dict:
    code, body = http_get(server, "/api/v1/question?q=" + quote(question))
    assert code == 200, body[:400]
    return json.loads(body)


def _ask(pg, question: str) -> None:  # noqa: ANN001
    r = pg.goto(pg.base + "/ask?question=" + quote(question))
    assert r is not None and r.status == 200, r and r.status


def _rows(pg, table: str) -> list[dict[str, str]]:  # noqa: ANN001
    """Each row of a table as {data-label: text}, and the host's link and the sources' count."""
    return pg.eval_on_selector_all(f"#{table} tbody tr", """trs => trs.map(tr => {
        const o = {}; tr.querySelectorAll('td').forEach(td => o[td.dataset.label] = td.innerText.trim());
        o.host_href = (tr.querySelector('td[data-label=Host] a') || {}).getAttribute?.('href') || '';
        o.sources_n = tr.querySelectorAll('td[data-label=Sources] details li').length;
        return o; })""")


# ------------------------------------------------------------------------------------------------ the comparisons


def test_a_referral_comparison_is_tables_of_the_visits_kept_and_left_out_each_group_with_why(pg, server) -> None:  # noqa: ANN001
    d = _api(server, BASHIR)
    assert d["kind"] == "record" and d["asks"] == "trips" and d["host_referral"]
    _ask(pg, BASHIR)
    assert pg.is_visible("#trip-tables") and pg.evaluate(NO_SIDEWAYS), pg.evaluate("document.documentElement.scrollWidth")
    lead = pg.inner_text("#trips-lead")
    assert f"left out: {len(d['left_out'])}" in lead and f"Kept: {len(d['records'])} visit" in lead, lead
    # each reason of the answer's left_out is a group, headed by its why, holding exactly its visits
    whys = {r["why"] for r in d["left_out"]}
    assert whys and whys <= {"party", "not_obliged", "other", "day_unknown"}
    for why in whys:
        gid = "trips-left-" + why.replace("_", "-")
        pg.evaluate(f"document.getElementById('{gid}-g').open = true")
        summary = pg.inner_text(f"#{gid}-g > summary")
        assert summary.startswith("Left out, ") and summary.endswith(f"({sum(r['why'] == why for r in d['left_out'])})"), summary
        rows = _rows(pg, gid)
        want = sorted((r["date"], r["state"]) for r in d["left_out"] if r["why"] == why)
        assert sorted((r["Day"], r["host_href"].split("/")[2].split("?")[0]) for r in rows) == want
        assert all(r["Relation"] and r["Duty"] and r["Host did"] and r["sources_n"] >= 1 for r in rows), rows[:3]
    assert pg.evaluate(NO_SIDEWAYS), f"{pg.width_name}: a group opened made the page scroll sideways"  # type: ignore[attr-defined]
    # the words of why are the answer's own (its paragraph, folded below the tables, says the same)
    party = pg.inner_text("#trips-left-party-g > summary")
    assert party[len("Left out, "):party.rindex(" (")] in d["in_words"]
    assert pg.inner_text("#in-words > summary") and d["in_words"] in pg.text_content("#in-words")


def test_a_party_comparison_lists_each_visit_kept_with_its_duty_basis_and_sources(pg, server) -> None:  # noqa: ANN001
    d = _api(server, PUTIN_PARTIES)
    assert d["asks"] == "trips" and d["records"]
    _ask(pg, PUTIN_PARTIES)
    assert pg.inner_text("#trips-kept caption").startswith("Visits whose host was a State Party on the day")
    rows = _rows(pg, "trips-kept")
    assert [(r["Day"], r["Relation"], r["Duty"]) for r in rows] == [
        (v["date"], "party", v["duty"].replace("_", " ")) for v in d["records"] if v["trip"] == "visit"]
    for r, v in zip(rows, d["records"], strict=False):
        assert r["Basis"] == ", ".join(v["duty_basis"]) and r["Host did"] == v["action"].replace("_", " ")
        assert r["sources_n"] >= 1
    # each duty links to the ask page's answer for that host and day
    href = pg.get_attribute("#trips-kept tbody tr td[data-label=Duty] a", "href")
    v = d["records"][0]
    assert href.startswith(f"/ask?state={v['state']}&person={d['person']}&on={v['date']}")
    assert pg.evaluate(NO_SIDEWAYS)
    assert not pg.query_selector("section.record-answer > ol.sources"), "the trips are listed once, in the tables"


def test_every_visit_of_an_unfiltered_trips_answer_is_a_row_and_a_phone_shows_cards(pg, server) -> None:  # noqa: ANN001
    d = _api(server, PUTIN_ALL)
    visits = [r for r in d["records"] if r["trip"] == "visit"]
    _ask(pg, PUTIN_ALL)
    rows = _rows(pg, "trips-kept")
    assert [(r["Day"], r["host_href"].split("?")[0]) for r in rows] == [(v["date"], f"/states/{v['state']}") for v in visits]
    pg.evaluate("document.querySelectorAll('#trip-tables details').forEach(x => x.open = true)")
    assert pg.evaluate(NO_SIDEWAYS), pg.evaluate("document.documentElement.scrollWidth")
    display = pg.evaluate("getComputedStyle(document.querySelector('#trips-kept tbody tr')).display")
    assert display == ("block" if pg.width_name == "phone" else "table-row")  # type: ignore[attr-defined]


def test_the_apis_trips_answers_keep_their_shape_and_words(client) -> None:  # noqa: ANN001
    """Control: the service's words of why became constants (the page's tables read them); the answer is unchanged."""
    d = client.get("/api/v1/question", params={"q": BASHIR}).json()
    assert {"records", "left_out", "states_listed", "referral", "in_words", "host_referral"} <= d.keys()
    assert {"id", "state", "date", "trip", "action", "host_status", "duty", "duty_basis", "sources", "why"} <= d["left_out"][0].keys()
    assert ("Left out, the host a State Party on the day, bound by the Statute itself (Part 9), not by the referral ("
            in d["in_words"])
    assert "Left out, the trip dated only to a month or a year, not known to the day (" in d["in_words"]


def test_an_error_pages_title_names_its_status(client) -> None:  # noqa: ANN001
    r = client.get("/states/XXQ")
    assert r.status_code == 404
    assert "<title>Cannot answer that (error 404) · iccwatch</title>" in r.text, r.text[:300]


# ------------------------------------------------------------------------------------------------ the refusals


@pytest.fixture(scope="module")
def refusing(tmp_path_factory: pytest.TempPathFactory, pristine_store: Path) -> Iterator[tuple[str, Path]]:
    """A server of its own over a copy of the store, a head given 2 s and a lock 1 s, no rate limit: (its address, the
    store's file)."""
    db = tmp_path_factory.mktemp("refusals") / "iccwatch.sqlite"
    shutil.copy(pristine_store, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ICCWATCH_DB": f"sqlite:///{db}", "ICCWATCH_HEAD_WAIT": "2", "ICCWATCH_LOCK_WAIT": "1",
           "ICCWATCH_RATE_LIMIT": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("the refusals' server died") from None
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("the refusals' server did not start")
    yield f"http://127.0.0.1:{port}", db
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def sized(browser) -> Iterator[dict[str, object]]:  # noqa: ANN001
    """A page at each width, its own context (the refusals' server is not the session's)."""
    pages = {}
    for name in ("phone", "desktop"):
        w, h = SIZES[name]
        pages[name] = browser.new_context(viewport={"width": w, "height": h}).new_page()
    yield pages
    for p in pages.values():
        p.context.close()


def _slow_head(base: str) -> tuple[str, str]:
    """A request head sent in part and never finished: the server's answer (its head, its body)."""
    host, port = base.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(b"GET /ask HTTP/1.1\r\nHost: x\r\n")
        got = b""
        while chunk := s.recv(65536):
            got += chunk
    head, _, body = got.decode().partition("\r\n\r\n")
    return head, body


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_409_for_a_store_held_by_another_program_says_busy_and_what_to_do_in_the_sites_layout(refusing, sized, size) -> None:  # noqa: ANN001
    base, db = refusing
    pg = sized[size]
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("BEGIN EXCLUSIVE")  # another program's transaction (a backup, a `sqlite3` shell)
        r = pg.goto(base + "/monitor?status=all")
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert r is not None and r.status == 409
    assert pg.inner_text("h1") == "Busy: try again" and "Busy: try again" in pg.title()
    assert "is busy" in pg.inner_text("#error-message")
    nxt = pg.inner_text("#error-next")
    assert "Nothing was read or changed" in nxt and "try again in a moment" in nxt
    assert pg.get_attribute("#error-next a", "href") == "/monitor?status=all"
    assert pg.is_visible("header nav") and pg.is_visible("footer")  # the site's layout
    assert pg.evaluate(NO_SIDEWAYS)
    again = pg.goto(base + "/monitor?status=all")  # the lock gone, the same address answers
    assert again is not None and again.status == 200


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_400_for_an_address_too_long_says_what_was_too_large_and_to_shorten_it(refusing, sized, size) -> None:  # noqa: ANN001
    base, _ = refusing
    pg = sized[size]
    r = pg.goto(base + "/ask?question=" + "x" * 300_000)  # a head larger than the server reads: never reaches the app
    assert r is not None and r.status == 400
    text = pg.inner_text("body")
    assert "larger than this server reads" in text and "shorten the address" in text, text[:300]
    assert pg.evaluate(NO_SIDEWAYS)


def test_a_408_for_a_head_too_slow_says_so_and_to_send_it_again(refusing, sized) -> None:  # noqa: ANN001
    head, body = _slow_head(refusing[0])
    assert head.startswith("HTTP/1.1 408") and "text/html" in head, head
    for pg in sized.values():
        pg.set_content(body)
        text = pg.inner_text("body")
        assert "did not arrive within 2 seconds" in text and "send it again" in text, text
        assert pg.evaluate(NO_SIDEWAYS)


def test_a_503_for_no_descriptor_left_says_so_with_retry_after_and_when_to_try_again(sized) -> None:  # noqa: ANN001
    """The page the server's guard answers when every descriptor is in use (made by its builder with the error the
    process gets, EMFILE: a server really out of descriptors is test_reliability_s47's aa10), seen in the browser."""
    from starlette.requests import Request

    from iccwatch.api import guard

    request = Request({"type": "http", "method": "GET", "path": "/ask", "headers": [], "query_string": b""})
    r = guard._out_of_files(request, OSError(errno.EMFILE, "Too many open files"))  # noqa: SLF001
    assert r.status_code == 503 and r.headers["retry-after"] == str(guard.RETRY_OUT_OF_FILES)
    for pg in sized.values():
        pg.set_content(r.body.decode())
        assert pg.inner_text("h1") == "Busy: try again"
        text = pg.inner_text("body")
        assert "every file it may hold open is in use" in text and f"try again in {guard.RETRY_OUT_OF_FILES} s" in text
        assert pg.evaluate(NO_SIDEWAYS)


def test_the_plain_refusal_pages_fit_a_phone(refusing, browser) -> None:  # noqa: ANN001
    from starlette.requests import Request

    from iccwatch.api import guard

    _, body408 = _slow_head(refusing[0])
    request = Request({"type": "http", "method": "GET", "path": "/ask", "headers": [], "query_string": b""})
    body503 = guard._out_of_files(request, OSError(errno.EMFILE, "Too many open files")).body.decode()  # noqa: SLF001
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        pg = ctx.new_page()
        widths = []
        r = pg.goto(refusing[0] + "/ask?question=" + "x" * 300_000)
        assert r is not None and r.status == 400
        widths.append(pg.evaluate("document.documentElement.scrollWidth"))
        for body in (body408, body503):
            pg.set_content(body)
            widths.append(pg.evaluate("document.documentElement.scrollWidth"))
    finally:
        ctx.close()
    assert widths == [390, 390, 390], widths



def test_a_record_answers_list_names_each_source_by_its_publisher_not_by_its_kind_alone(client) -> None:  # noqa: ANN001
    """'Which States sanctioned ICC officials?': each measure's sources were links reading "secondary" or "primary"
    (with the title where the record has one); a link now reads the publisher (data/lookups/publishers.yaml), its kind
    and grade beside it, as every other source list of the site. The API's answer is unchanged (no publisher in it)."""
    import re

    r = client.get("/ask", params={"question": "Which States sanctioned ICC officials?"})
    assert r.status_code == 200
    listed = r.text[r.text.index('id="record-h"'):r.text.index('id="ask-area"')]
    links = re.findall(r'<a href="(https?://[^"]+)">([^<]+)</a>', listed)
    assert len(links) >= 5, listed[:500]
    assert not [words for _, words in links if words.strip() in ("secondary", "primary")], links[:5]
    assert "(secondary, grade B)" in listed and "(primary, grade A)" in listed
    d = client.get("/api/v1/question", params={"q": "Which States sanctioned ICC officials?"}).json()
    assert all("publisher" not in s for rec in d["records"] for s in rec["sources"])
