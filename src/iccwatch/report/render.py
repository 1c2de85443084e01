"""Where the reports' charts (vl-convert) and PDFs (WeasyPrint) are drawn: in the calling process, or in a
spawned child process that is replaced every N jobs.

The two renderers keep part of what they allocate for as long as their process lives (WeasyPrint's fonts and
layout caches, fontconfig, the charts' JavaScript engine): a long-running server that draws them itself grows
with every report (docs/web.md, "Memory"). With ``configure(n)`` (``iccwatch serve``: ``ICCWATCH_RENDER_JOBS``)
every drawing is a job for one child process, started with the 'spawn' method (a fresh interpreter, none of the
server's memory or threads), and after ``n`` jobs that child is retired (it finishes the jobs it was given, then
exits, returning all its memory to the system) and a fresh one takes the next jobs. ``configure(0)`` (the default:
the CLI, tests, a program importing the package) draws in the calling process, as before.

What the caller sees does not depend on where the drawing is done: the same SVG and PDF, the same exception
(its type and message; a renderer's error is carried back from the child), and ``RenderFailed`` when the child
itself stopped (killed, out of memory) before answering; the next job then gets a fresh child. Concurrent callers
each wait for their own job's result (one future per job). The child never outlives the server: it is shut down
with the server (``shutdown``, also at interpreter exit), ignores the terminal's Ctrl-C (the server decides when
it stops), and exits by itself within a second once its parent process is gone (killed without a chance to
shut it down).

A program of its own that turns the child on must guard its main module (``if __name__ == "__main__":``), as for
any 'spawn' process: the child imports it again. This module imports neither renderer nor the rest of the
package, so that the child starts quickly and small.
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")

#: What to install when WeasyPrint's system libraries are missing (only PDF needs them; HTML never does).
PDF_LIBRARIES_HINT = ("PDF reports need WeasyPrint's system libraries (Pango, HarfBuzz) and a font. On Debian or Ubuntu: "
                      "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core "
                      "(or: bash scripts/install-system-deps.sh ...). On macOS: brew install pango. "
                      "HTML reports work without them: --format html.")


class PdfUnavailable(ValueError):
    """WeasyPrint or its system libraries are missing."""


class RenderFailed(RuntimeError):
    """The render child process stopped before it answered (it was killed or crashed)."""


def weasyprint_html() -> Any:
    """WeasyPrint's HTML class, or a clear error saying what to install."""
    try:
        from weasyprint import HTML
    except ImportError as exc:
        if getattr(exc, "name", None) == "weasyprint":
            raise PdfUnavailable(f"PDF reports need WeasyPrint: pip install 'iccwatch[report]'. {PDF_LIBRARIES_HINT}") from None
        raise PdfUnavailable(f"{PDF_LIBRARIES_HINT} ({exc})") from None
    except OSError as exc:  # cannot load library 'libpango-1.0-0' ...
        raise PdfUnavailable(f"{PDF_LIBRARIES_HINT} ({exc})") from None
    return HTML


def vegalite_svg(spec: dict[str, Any]) -> str:
    """A Vega-Lite spec drawn to SVG by vl-convert, in this process."""
    import vl_convert as vlc

    out: str = vlc.vegalite_to_svg(spec)
    return out


#: This process's one WeasyPrint font configuration, made on the first PDF and reused (``html_pdf``).
_fonts: list[Any] = []
_fonts_lock = threading.Lock()


def html_pdf(html: str) -> bytes:
    """The PDF of a report's HTML, in this process. WeasyPrint makes a new font configuration (fontconfig's
    font list and a Pango font map) for every document unless given one, and part of each stayed allocated:
    rendering one State's report again and again grew the process by about 0.35 MB a PDF (+4.7, +3.6, +3.5 MB
    for each further ten, after malloc_trim); with one configuration reused, +2.9 then +0.9. A Pango font map
    is not safe to share between threads at once, so the PDFs are laid out one at a time (the layout holds
    Python's lock for most of its time anyway)."""
    weasy_html = weasyprint_html()
    from weasyprint.text.fonts import FontConfiguration

    with _fonts_lock:
        if not _fonts:
            _fonts.append(FontConfiguration())
        out: bytes = weasy_html(string=html).write_pdf(font_config=_fonts[0])
    return out


def warm() -> None:
    """Pay this process's one-time costs of both renderers now: importing WeasyPrint (cffi parses its C
    declarations for Pango and HarfBuzz, ~1.5 s, and fontconfig reads the font list) and starting vl-convert's
    JavaScript engine (~1 s). Without WeasyPrint or vl-convert, nothing."""
    try:
        weasyprint_html()(string="<p>.</p>").render()
    except PdfUnavailable:
        pass
    try:
        vegalite_svg({"data": {"values": [{"x": 1}]}, "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}}})
    except ImportError:  # pragma: no cover - the report extra is not installed
        pass


def _watch_parent(parent: int) -> None:  # pragma: no cover - runs in the child
    """In the child: exit once the parent process is gone (its pid is no longer our parent's)."""
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _child_start(parent: int) -> None:  # pragma: no cover - runs in the child
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the server stops us
    threading.Thread(target=_watch_parent, args=(parent,), name="iccwatch-render-parent-watch", daemon=True).start()


class Renderer:
    """Runs render jobs in this process (``jobs_per_child`` 0) or in one spawned child replaced every
    ``jobs_per_child`` jobs. Thread-safe."""

    def __init__(self, jobs_per_child: int = 0) -> None:
        if jobs_per_child < 0:
            raise ValueError(f"jobs per render child must be 0 (draw in this process) or more, not {jobs_per_child}")
        self.jobs_per_child = jobs_per_child
        self._lock = threading.Lock()
        self._pool: cf.ProcessPoolExecutor | None = None
        self._jobs = 0  # given to the current child
        self._retired: list[cf.ProcessPoolExecutor] = []
        self._closed = False

    def _start(self) -> cf.ProcessPoolExecutor:
        """A fresh child (started now, warming both renderers while no job waits), under the lock."""
        pool = cf.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                      initializer=_child_start, initargs=(os.getpid(),))
        pool.submit(warm)  # not counted: the child's start-up, not a drawing
        self._pool, self._jobs = pool, 0
        return pool

    def _retire(self, pool: cf.ProcessPoolExecutor) -> None:
        """Let ``pool``'s child finish the jobs it was given, then exit (under the lock)."""
        if self._pool is pool:
            self._pool = None
        pool.shutdown(wait=False)
        self._retired = [p for p in self._retired if _alive(p)] + [pool]

    def start(self) -> None:
        """Start the child now if jobs go to one and none runs (its renderers warm while nobody waits)."""
        with self._lock:
            if self.jobs_per_child and not self._closed and self._pool is None:
                self._start()

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, in the child when there is one: its result or its exception."""
        if not self.jobs_per_child:
            return fn(*args)
        with self._lock:
            if self._closed:
                raise RenderFailed("the report renderer was shut down (the server is stopping)")
            pool = self._pool or self._start()
            try:
                future = pool.submit(fn, *args)
            except BrokenProcessPool:  # the child died while idle (killed, out of memory): a fresh one
                self._retire(pool)
                pool = self._start()
                future = pool.submit(fn, *args)
            self._jobs += 1
            if self._jobs >= self.jobs_per_child:  # replaced: the next job goes to a fresh child
                self._retire(pool)
                self._start()
        try:
            return future.result()
        except BrokenProcessPool:
            with self._lock:
                self._retire(pool)
            raise RenderFailed("the report renderer's process stopped before it finished (killed or out of memory); "
                               "the next request starts a new one") from None
        except cf.CancelledError:
            raise RenderFailed("the report renderer was shut down (the server is stopping)") from None

    def children(self) -> list[int]:
        """The pids of the render children alive now (the current one and retired ones still finishing)."""
        with self._lock:
            pools = [p for p in (self._pool, *self._retired) if p is not None]
        return [pid for p in pools for pid, proc in list((getattr(p, "_processes", None) or {}).items()) if proc.is_alive()]

    def shutdown(self, wait: bool = True) -> None:
        """Stop the children (each finishes the job it is drawing); later jobs are refused."""
        with self._lock:
            self._closed = True
            pools = [p for p in (self._pool, *self._retired) if p is not None]
            self._pool, self._retired = None, []
        for p in pools:
            p.shutdown(wait=wait, cancel_futures=True)


def _alive(pool: cf.ProcessPoolExecutor) -> bool:
    return any(proc.is_alive() for proc in list((getattr(pool, "_processes", None) or {}).values()))


_renderer = Renderer(0)
_renderer_lock = threading.Lock()


def configure(jobs_per_child: int) -> Renderer:
    """Draw from now on in this process (0) or in a child replaced every ``jobs_per_child`` jobs; the
    previous renderer's children are shut down."""
    global _renderer
    new = Renderer(jobs_per_child)
    with _renderer_lock:
        old, _renderer = _renderer, new
    old.shutdown(wait=False)
    return new


def renderer() -> Renderer:
    return _renderer


def shutdown() -> None:
    """Stop the render children (waiting for them to exit) and draw in this process from now on."""
    global _renderer
    with _renderer_lock:
        old, _renderer = _renderer, Renderer(0)
    old.shutdown(wait=True)


atexit.register(lambda: _renderer.shutdown(wait=True))


def svg(spec: dict[str, Any]) -> str:
    """A Vega-Lite spec drawn to SVG (vl-convert), where the renderer draws."""
    return _renderer.run(vegalite_svg, spec)


def pdf(html: str) -> bytes:
    """A report's HTML laid out as PDF (WeasyPrint, one font configuration per process), where the renderer draws."""
    return _renderer.run(html_pdf, html)
