"""The reports drawn in a child process (report.render, issue 9): the same results as drawn in-process, the child
replaced after N drawings, no result lost or mixed between concurrent callers, errors carried back as they are
raised in-process, and no child outliving its parent (shut down, SIGTERM, or killed outright). Real processes:
each Renderer here spawns real children; the last tests start a real `iccwatch serve`."""

from __future__ import annotations

import datetime as dt
import operator
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from iccwatch.facts import Facts
from iccwatch.report import charts, render


def _gone(pids: list[int], timeout: float = 20.0) -> list[int]:
    """The pids among ``pids`` still running after ``timeout`` seconds (zombies count as gone)."""
    deadline = time.monotonic() + timeout
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _running(p)]
        time.sleep(0.2)
    return alive


def _running(pid: int) -> bool:
    """Whether ``pid`` runs and is not a zombie; a process that exits between the two questions has gone (the race
    that failed CI once: pid_exists said yes, then Process(pid) found no such process)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.fixture
def renderer() -> Iterator[render.Renderer]:
    r = render.Renderer(3)
    yield r
    r.shutdown()


@pytest.fixture
def bare_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderers' children start as the server's do (spawned, their start-up job submitted first), but that job
    warms nothing: ``int``, which a child runs without importing anything. For the tests of how jobs reach the
    children, whose jobs draw nothing (the tests that draw, and the real server's, keep the warming start). A warmed
    start imports WeasyPrint and starts vl-convert's engine, ~0.6 s of CPU a child, and the concurrency test alone
    starts 21 children (17 s of CPU in session 20)."""
    monkeypatch.setattr(render, "warm", int)


def _specs(facts: Facts) -> list[dict[str, object]]:
    from iccwatch.charts import party_segments
    from iccwatch.service import index_explain

    on = dt.date(2025, 1, 1)
    pillars = index_explain(facts, "MNG", 2024, samples=50)["pillars"]
    return [{"config": charts.CONFIG, **charts.party_timeline(party_segments(facts, code, on))} for code in ("MNG", "ZAF", "PHL")] + [
        {"config": charts.CONFIG, **charts.pillar_bars(pillars)}]


def test_a_child_draws_the_same_charts_and_pdf_as_this_process(facts: Facts, renderer: render.Renderer) -> None:
    specs = _specs(facts)
    html = "<h1>Report</h1><p>Text in the default font, é ü.</p>"
    try:
        render.weasyprint_html()
    except render.PdfUnavailable as exc:
        pytest.skip(str(exc))
    here = [render.vegalite_svg(s) for s in specs]
    there = [renderer.run(render.vegalite_svg, s) for s in specs]
    assert all(svg.startswith("<svg") for svg in here)
    assert there == here
    pdf_here, pdf_there = render.html_pdf(html), renderer.run(render.html_pdf, html)
    assert pdf_there.startswith(b"%PDF")
    import pypdfium2 as pdfium

    def text(pdf: bytes) -> str:
        return str(pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range())

    assert text(pdf_there) == text(pdf_here) and "default font, é ü" in text(pdf_there)
    assert len(pdf_there) == len(pdf_here)


@pytest.mark.usefixtures("bare_children")
def test_the_child_is_replaced_after_n_jobs_and_the_old_one_exits(renderer: render.Renderer) -> None:
    pids = [renderer.run(os.getpid) for _ in range(7)]
    assert os.getpid() not in pids
    # three jobs to a child: [a, a, a, b, b, b, c]
    assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4] == pids[5] != pids[6]
    assert len(set(pids)) == 3
    assert _gone([pids[0], pids[3]]) == []  # the retired children exited
    assert renderer.children() == [pids[6]] or pids[6] in renderer.children()


def test_in_process_when_jobs_is_zero() -> None:
    r = render.Renderer(0)
    assert r.run(os.getpid) == os.getpid()
    assert r.children() == []
    with pytest.raises(ValueError, match="0"):
        render.Renderer(-1)


@pytest.mark.usefixtures("bare_children")
def test_concurrent_callers_each_get_their_own_result(renderer: render.Renderer) -> None:
    """Six threads, ten jobs each, while the child is replaced every three jobs: no result lost or mixed."""
    results: dict[tuple[int, int], object] = {}
    failures: list[BaseException] = []

    def caller(t: int) -> None:
        for k in range(10):
            try:
                results[(t, k)] = renderer.run(operator.mul, t * 1000 + k, 7)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                failures.append(exc)

    threads = [threading.Thread(target=caller, args=(t,)) for t in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=600)
    assert failures == []
    assert results == {(t, k): (t * 1000 + k) * 7 for t in range(6) for k in range(10)}


def test_a_renderer_s_error_comes_back_as_raised_in_process(renderer: render.Renderer) -> None:
    bad = {"config": charts.CONFIG, "mark": "no-such-mark"}
    with pytest.raises(Exception) as here:  # noqa: PT011 - compared with the child's below
        render.vegalite_svg(bad)
    with pytest.raises(Exception) as there:  # noqa: PT011
        renderer.run(render.vegalite_svg, bad)
    assert type(there.value) is type(here.value)
    assert str(there.value) == str(here.value) and str(there.value)
    # the PDF's own clear error keeps its type and words across the process boundary
    with pytest.raises(render.PdfUnavailable, match="pip install 'iccwatch\\[report\\]'"):
        renderer.run(_raise_pdf_unavailable)


def _raise_pdf_unavailable() -> None:
    raise render.PdfUnavailable(f"PDF reports need WeasyPrint: pip install 'iccwatch[report]'. {render.PDF_LIBRARIES_HINT}")


@pytest.mark.usefixtures("bare_children")
def test_a_child_that_dies_gives_a_clear_error_and_the_next_job_a_new_child(renderer: render.Renderer) -> None:
    first = renderer.run(os.getpid)
    with pytest.raises(render.RenderFailed, match="process stopped before it finished"):
        renderer.run(os._exit, 3)
    second = renderer.run(os.getpid)
    assert second != first and _gone([first]) == []


def test_no_child_after_shutdown() -> None:
    r = render.Renderer(5)
    pid = r.run(os.getpid)
    r.shutdown()
    assert _gone([pid]) == []
    with pytest.raises(render.RenderFailed, match="shut down"):
        r.run(os.getpid)


_KILLED_PARENT = textwrap.dedent("""
    import os, sys, time
    from iccwatch.report import render

    if __name__ == "__main__":
        r = render.configure(10)
        print(r.run(os.getpid), flush=True)
        time.sleep(600)
""")


def test_the_child_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL leaves the parent no chance to shut the child down: the child notices and exits by itself."""
    script = tmp_path / "parent.py"
    script.write_text(_KILLED_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        child = int(line)
        assert psutil.pid_exists(child)
    finally:
        parent.kill()
        parent.wait(timeout=30)
    assert _gone([child], timeout=30) == []


# A real server --------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=300) as r:  # noqa: S310 - the test's own server
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _render_children(server: psutil.Process) -> list[int]:
    """The server's render children (multiprocessing's spawned workers, not its resource tracker)."""
    out = []
    for p in server.children(recursive=True):
        try:
            if "spawn_main" in " ".join(p.cmdline()) and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p.pid)
        except psutil.Error:
            continue  # gone between the listing and the question
    return sorted(out)


@pytest.fixture(scope="module")
def child_server(db_url: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = _free_port()
    env = {**os.environ, "ICCWATCH_DB": db_url, "ICCWATCH_RENDER_JOBS": "3", "ICCWATCH_RATE_LIMIT": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            assert proc.poll() is None, "server died"
            time.sleep(0.3)
    yield url, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)


def test_a_server_s_reports_come_from_its_child_as_this_process_draws_them(child_server: tuple[str, subprocess.Popen[bytes]],
                                                                          facts: Facts) -> None:
    from iccwatch.report.build import render_html, state_report_data
    from iccwatch.web.pages import STATE_PAGE_DRAWS

    url, proc = child_server
    server = psutil.Process(proc.pid)
    on = "2024-03-01"
    status, body = _get(f"{url}/states/MNG/report.html?on={on}&year=2024")  # two charts: two jobs
    assert status == 200
    # the served report links the dashboard's method page (tests/web/test_cliweb9_s22.py), by path since session 40
    # (never the host it was served from: tests/test_iface_s40.py)
    expected = render_html("state.html", {**state_report_data(facts, "MNG", dt.date.fromisoformat(on), 2024, samples=STATE_PAGE_DRAWS),
                                          "method_url": "/index/method",
                                          # its "why not higher" links the two States side by side on the dashboard (session 38)
                                          "site_url": "/"})
    assert body.decode("utf-8") == expected
    children = _render_children(server)
    assert len(children) == 1 and proc.pid not in children
    status, pdf = _get(f"{url}/states/MNG/report.pdf?on={on}&year=2024")  # the third job: the child is replaced
    assert status == 200 and pdf.startswith(b"%PDF")
    assert _gone(children) == []
    deadline = time.monotonic() + 60
    while not (after := _render_children(server)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert after and set(after).isdisjoint(children)


def test_no_child_outlives_the_server_stopped_by_sigterm(child_server: tuple[str, subprocess.Popen[bytes]]) -> None:
    url, proc = child_server
    server = psutil.Process(proc.pid)
    status, _ = _get(f"{url}/states/ZAF/report.html?on=2023-05-05")
    assert status == 200
    everyone = [p.pid for p in server.children(recursive=True)]  # the render child and multiprocessing's helpers
    assert _render_children(server)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) in (0, -signal.SIGTERM)  # uvicorn shuts down, then ends by the signal it was sent
    assert _gone(everyone, timeout=30) == []


def test_serve_stops_the_renderer_when_the_app_shuts_down(db_url: str) -> None:
    """`serve` wraps the app's lifespan so that the render child is stopped during uvicorn's shutdown (before
    uvicorn re-raises a SIGTERM, after which no other code of the server runs)."""
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.cli.query_commands import _stopping_renderer
    from iccwatch.settings import Settings

    app = create_app(Settings.from_env(db=db_url))
    stopped: list[bool] = []
    app.router.lifespan_context = _stopping_renderer(app.router.lifespan_context, lambda: stopped.append(True))
    with TestClient(app) as client:
        assert client.get("/api/v1/meta").status_code == 200
        assert stopped == []
    assert stopped == [True]


def test_render_jobs_read_from_the_environment(monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    from iccwatch.settings import DEFAULT_RENDER_JOBS, Settings

    monkeypatch.delenv("ICCWATCH_RENDER_JOBS", raising=False)
    assert Settings.from_env(db=db_url).render_jobs == DEFAULT_RENDER_JOBS > 0
    monkeypatch.setenv("ICCWATCH_RENDER_JOBS", "0")
    assert Settings.from_env(db=db_url).render_jobs == 0
    monkeypatch.setenv("ICCWATCH_RENDER_JOBS", " 7 ")
    assert Settings.from_env(db=db_url).render_jobs == 7
    for bad in ("-1", "ten", "2.5", "٣"):
        monkeypatch.setenv("ICCWATCH_RENDER_JOBS", bad)
        with pytest.raises(ValueError, match="ICCWATCH_RENDER_JOBS"):
            Settings.from_env(db=db_url)


def test_a_missing_pdf_renderer_is_still_the_501_page_naming_what_to_install(client, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The page no longer imports WeasyPrint into the server to check for it: the PdfUnavailable raised where the
    PDF is laid out (here in-process; from a child it keeps its type, test above) gives the same 501 page."""
    def missing() -> None:
        raise render.PdfUnavailable(f"PDF reports need WeasyPrint: pip install 'iccwatch[report]'. {render.PDF_LIBRARIES_HINT}")

    monkeypatch.setattr(render, "weasyprint_html", missing)
    r = client.get("/states/MNG/report.pdf?on=2021-06-07")
    assert r.status_code == 501
    assert "pip install" in r.text and "/states/MNG/report.html?on=2021-06-07" in r.text


@pytest.mark.usefixtures("bare_children")
def test_a_child_killed_while_idle_is_replaced_without_an_error(renderer: render.Renderer) -> None:
    """A child killed between jobs (the kernel's out-of-memory killer, an operator): the next job is given to a
    fresh child instead of failing."""
    first = renderer.run(os.getpid)
    os.kill(first, signal.SIGKILL)
    assert _gone([first]) == []
    deadline = time.monotonic() + 30  # until the pool has noticed (its management thread watches the child)
    while not getattr(renderer._pool, "_broken", True) and time.monotonic() < deadline:
        time.sleep(0.1)
    second = renderer.run(os.getpid)
    assert second not in (first, os.getpid())
