"""A real HTTP server (uvicorn, in a subprocess) over a real store, and Debian's Chromium driven by
Playwright. The test setup installs Chromium from Debian; Playwright never downloads a browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from iccwatch.web.assets import missing_assets

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(db_url: str) -> Iterator[str]:
    if missing_assets():
        pytest.fail(f"front-end assets missing ({missing_assets()}): run scripts/web-assets.sh (scripts/test.sh does)")
    port = _free_port()
    env = {**os.environ, "ICCWATCH_DB": db_url}
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180  # a loaded machine (tests share it) can take a minute to start Python
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode() if proc.stdout else "server died") from None
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: scripts/test.sh installs it")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


#: The viewports the browser tests use: a phone's width, a laptop's, and the dashboard tests' window.
SIZES = {"phone": (390, 844), "desktop": (1366, 900), "window": (1280, 900)}


@pytest.fixture(scope="session")
def shared_pages(browser, server):  # noqa: ANN001, ANN201
    """One browser context and page per viewport for the worker's whole session, made on first use:
    opening a context and a page costs the browser more than most tests' own work. Each page records
    every request that leaves 127.0.0.1 (``page.outside``, emptied before each test by ``sized_page``)."""
    made: dict[str, object] = {}

    def get(size: str):  # noqa: ANN202
        pg = made.get(size)
        if pg is None or pg.is_closed():  # type: ignore[attr-defined]
            w, h = SIZES[size]
            context = browser.new_context(viewport={"width": w, "height": h})
            pg = context.new_page()
            pg.outside = []  # type: ignore[attr-defined]
            pg.on("request", lambda r, pg=pg: pg.outside.append(r.url) if not r.url.startswith((server, "data:", "blob:", "about:")) else None)  # type: ignore[attr-defined]
            pg.inflight = set()  # type: ignore[attr-defined]  # the requests started and not yet ended (``settle``)
            pg.on("request", lambda r, pg=pg: pg.inflight.add(r))  # type: ignore[attr-defined]
            pg.on("requestfinished", lambda r, pg=pg: pg.inflight.discard(r))  # type: ignore[attr-defined]
            pg.on("requestfailed", lambda r, pg=pg: pg.inflight.discard(r))  # type: ignore[attr-defined]
            pg.base = server  # type: ignore[attr-defined]
            pg.width_name = size  # type: ignore[attr-defined]
            made[size] = pg
        return pg

    def drop(size: str) -> None:
        pg = made.pop(size, None)
        if pg is not None:
            pg.context.close()  # type: ignore[attr-defined]

    get.drop = drop  # type: ignore[attr-defined]
    yield get
    for size in list(made):
        drop(size)


@contextmanager
def sized_page(shared_pages, request: pytest.FixtureRequest, size: str) -> Iterator[object]:  # noqa: ANN001
    """The session's page at ``size``, as a test gets it: with no outside request recorded, still showing
    the page the worker's last test left (every browser test begins with its own ``goto``, which replaces
    it; a navigation to about:blank before each test cost the browser ~80 ms of CPU, ~15 s a suite). After
    a failed test the page is closed and the next test gets a new one, so nothing a failure left behind
    (a dialog, a half-loaded page) reaches another test."""
    pg = shared_pages(size)
    pg.outside.clear()  # type: ignore[attr-defined]
    pg.inflight.clear()  # type: ignore[attr-defined]  # the last test's page is replaced by this one's first goto
    yield pg
    if getattr(request.node, "_web_failed", False):
        shared_pages.drop(size)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # noqa: ANN001, ANN201
    """Marks a test whose setup or call failed, for ``sized_page``."""
    outcome = yield
    if outcome.get_result().failed:
        item._web_failed = True  # noqa: SLF001


def settle(page, timeout: float = 30.0) -> None:  # noqa: ANN001
    """Waits until every request the page has started has ended (finished or failed): the condition
    Playwright's "networkidle" waits for, without its fixed 500 ms of quiet after the last one."""
    deadline = time.monotonic() + timeout
    while page.inflight:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"requests still in flight after {timeout} s: {sorted(r.url for r in page.inflight)[:5]}")
        page.wait_for_timeout(10)  # a poll of the condition: Playwright delivers the requests' events while it waits


#: Every form control of a page, less those with a label (``label[for]``) or an ``aria-label``.
UNLABELLED = ("els => els.filter(e => !(e.id && document.querySelector(`label[for='${e.id}']`)) && !e.getAttribute('aria-label'))"
              ".map(e => e.outerHTML)")
CONTROLS = "input:not([type=hidden]), select, textarea"

#: The site's search box, in every page's header (base.html).
SEARCH_BOX = "form[role=search] input[name=q]"

#: The record tables of the page that scroll sideways in their box (``.scroll``), each as "label widths".
SIDEWAYS_TABLES = """() => [...document.querySelectorAll('.scroll')]
    .filter(b => b.querySelector('table') && b.scrollWidth > b.clientWidth + 1)
    .map(b => (b.getAttribute('aria-label') || b.className) + ' ' + b.scrollWidth + '>' + b.clientWidth)"""

#: The widths the page tests run at: a phone's and a laptop's.
WIDTHS = ("phone", "desktop")


@pytest.fixture(params=WIDTHS, scope="module")
def width(request) -> str:  # noqa: ANN001
    """Each width once per module: the module's tests run at one width, then at the other."""
    return request.param


@pytest.fixture
def pg(shared_pages, request, width):  # noqa: ANN001, ANN201
    """The session's page at ``width`` (``shared_pages``), with no outside request recorded (``sized_page``)."""
    with sized_page(shared_pages, request, width) as page:
        yield page


@pytest.fixture
def page(shared_pages, request):  # noqa: ANN001, ANN201
    """The dashboard window's page, shared by the worker's tests (``shared_pages``)."""
    with sized_page(shared_pages, request, "window") as pg:
        yield pg


def shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def http_get(server: str, path: str) -> tuple[int, str]:
    """GET a path of the test's own server: its status and body, an HTTP error's too."""
    try:
        with urllib.request.urlopen(server + path, timeout=120) as r:  # noqa: S310 - the test's own server
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
