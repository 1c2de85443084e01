"""One mapping from the kind of an error to the API's status and the CLI's exit code (issue 9, docs/house.md
point 1): ``iccwatch.errors`` ``HTTP_STATUS`` / ``EXIT_CODE``. Every error type the service layer (and what it
calls: Facts, the assessment, the review queue) raises by name is a ``TypedError``, and the API, the dashboard
and the CLI answer each by its kind."""

from __future__ import annotations

import ast
import asyncio
import builtins
import datetime as dt
import importlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from iccwatch.errors import (
    EXIT_CODE,
    HTTP_STATUS,
    ConflictError,
    InputError,
    NotFoundError,
    TypedError,
    kind_of,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "iccwatch"
#: Where the service's errors come from: the service itself and the layers below it that it passes errors up from.
RAISERS = ("service", "facts.py", "assess", "monitor/review.py", "monitor/documents.py", "errors.py")
#: Raised by name but never in answer to a request, each with why: (file, class).
NOT_REQUESTS = {("assess/audit.py", "ValueError"): "generated_section: docs/index-method.md lacks its markers (scripts/index_method_doc.py)"}


def _module(path: Path) -> Any:
    rel = path.relative_to(SRC.parent).with_suffix("")
    return importlib.import_module(".".join(rel.parts))


def _raised(path: Path) -> set[type[BaseException]]:
    """The exception classes ``path`` raises by name (``raise Name(...)``), resolved in its module."""
    module = _module(path)
    out = set()
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call) and isinstance(n.exc.func, ast.Name):
            name = n.exc.func.id
            cls = getattr(module, name, None) or getattr(builtins, name, None)
            if cls is None:  # imported inside a function: find it where the package defines it
                cls = next((c for c in _typed_classes() if c.__name__ == name), None)
            if callable(cls) and not isinstance(cls, type):  # a function that builds the error: its return type
                cls = getattr(module, str(cls.__annotations__.get("return")), None)
            assert isinstance(cls, type), f"{path}: cannot resolve {name}"
            out.add(cls)
    return out


def _files() -> list[Path]:
    found = []
    for part in RAISERS:
        p = SRC / part
        found += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    return found


def _typed_classes() -> list[type[TypedError]]:
    seen: list[type[TypedError]] = []
    todo: list[type[TypedError]] = [TypedError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    return seen


def test_every_error_the_service_raises_is_typed_and_mapped() -> None:
    raised: dict[str, set[str]] = {}
    for path in _files():
        for cls in _raised(path):
            if issubclass(cls, (StopIteration, NotImplementedError, AttributeError)):
                continue  # control flow and module __getattr__, not errors of a request
            if (str(path.relative_to(SRC)), cls.__name__) in NOT_REQUESTS:
                continue
            if not (issubclass(cls, TypedError) and cls.kind in HTTP_STATUS and cls.kind in EXIT_CODE):
                raised.setdefault(str(path.relative_to(SRC)), set()).add(cls.__name__)
    assert raised == {}, f"raise an iccwatch.errors type (InputError, NotFoundError, ConflictError): {raised}"


def test_the_scan_sees_an_untyped_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "iccwatch_probe_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "m.py").write_text("from iccwatch.errors import InputError\n"
                              "def f(x):\n    if x:\n        raise ValueError('bad')\n    raise InputError('bad')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(__import__(__name__), "SRC", tmp_path / "iccwatch")
    assert _raised(pkg / "m.py") == {ValueError, InputError}


def test_each_kind_has_a_status_and_an_exit_code() -> None:
    assert set(HTTP_STATUS) == set(EXIT_CODE) == {"input", "not_found", "conflict", "unknown"}
    assert (InputError.kind, NotFoundError.kind, ConflictError.kind) == ("input", "not_found", "conflict")
    assert kind_of(ValueError("x")) == "unknown" and HTTP_STATUS["unknown"] == 500


def _instances() -> list[TypedError]:
    out = []
    for cls in _typed_classes():
        try:
            out.append(cls("field", "a message") if cls.__name__ == "FieldError"
                       else cls("a message", []) if cls.__name__ == "AmbiguousPerson"
                       else cls("an-id") if cls.__name__ == "UnknownStatement"
                       else cls(None, "a reason", "nothing changed") if cls.__name__ in ("StoreUnwritable", "StoreBusy")  # sessions 40, 42
                       # round 53: a day in numbers read two ways, its words and its two readings
                       else cls("a message", "5/12/2026", (dt.date(2026, 12, 5), dt.date(2026, 5, 12)))
                       if cls.__name__ == "_AmbiguousDay"
                       # session 44: an office no one holds on the day, its words as read and the persons it could be
                       else cls("a message", "the former defence minister", ["A Person"]) if cls.__name__ == "_OfficeUnheld"
                       else cls("a message"))
        except TypeError as exc:  # pragma: no cover - a new class with another signature: add it above
            pytest.fail(f"{cls.__name__}: {exc}")
    return out


def test_the_api_answers_each_typed_error_by_its_kind() -> None:
    from iccwatch.api.errors import answer

    class App:
        class state:  # noqa: N801 - a stand-in for app.state
            pass

    class Req:
        app = App()

    # each answer awaited on a thread of its own: a browser test's Playwright (sync API) run before this one in the same
    # process leaves an event loop running on the main thread, where asyncio.run() refuses to start
    with ThreadPoolExecutor(max_workers=1) as pool:
        responses = [(exc, pool.submit(asyncio.run, answer(Req(), exc)).result())  # type: ignore[arg-type]
                     for exc in _instances()]
    for exc, response in responses:
        assert response.status_code == HTTP_STATUS[exc.kind], type(exc).__name__
        assert json.loads(bytes(response.body))["field"] == exc.field


def test_the_cli_exits_with_each_typed_errors_code(capsys: pytest.CaptureFixture[str]) -> None:
    from iccwatch.cli.base import user_errors

    for exc in _instances():
        with pytest.raises(SystemExit) as caught, user_errors():
            raise exc
        assert caught.value.code == EXIT_CODE[exc.kind], (type(exc).__name__, caught.value)
