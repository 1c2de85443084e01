"""What keeps a running server sound: security headers, request limits, error bodies without paths,
one migrated queue per app (a GET creates nothing), no 5xx on the monitor with 8 concurrent clients,
a rebuilt store noticed, killed builds' files cleaned."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.live_server import serve

from iccwatch.app import create_app
from iccwatch.caching import BoundedCache
from iccwatch.settings import Settings
from iccwatch.store import build_store


def test_every_answer_carries_the_security_headers(client) -> None:  # noqa: ANN001
    for path in ("/api/v1/meta", "/", "/api/v1/states/NOPE", "/docs"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "https:" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in client.get("/").headers["content-security-policy"].split("script-src")[1].split(";")[0]


def test_an_upload_over_the_limit_is_refused_while_reading(client) -> None:  # noqa: ANN001
    big = b"pillars:\n" + b"#" * 400_000
    r = client.post("/api/v1/index", files={"weights": ("w.yaml", big)})
    assert r.status_code == 413 and r.json()["field"] == "weights" and "larger than" in r.json()["detail"]

    def chunks():  # noqa: ANN202 - no Content-Length: the body is cut off while it streams in
        yield b"--b\r\nContent-Disposition: form-data; name=\"weights\"; filename=\"w.yaml\"\r\n\r\n"
        for _ in range(100):
            yield b"#" * 10_000
        yield b"\r\n--b--\r\n"

    r = client.post("/api/v1/index", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413


def test_bad_weights_answer_the_declared_error_without_a_path(client) -> None:  # noqa: ANN001
    r = client.post("/api/v1/index", files={"weights": ("w.yaml", b"pillars: 3\n")}, params={"samples": 5})
    body = r.json()
    assert r.status_code == 422 and set(body) == {"detail", "field"} and body["field"] == "weights"
    assert "/tmp" not in body["detail"] and ".yaml" not in body["detail"]


def test_samples_are_capped(client) -> None:  # noqa: ANN001
    assert client.get("/api/v1/index", params={"samples": 5000}).status_code == 422


def test_the_index_cache_is_bounded() -> None:
    cache = BoundedCache(3)
    for seed in range(100):
        cache[("index", seed)] = seed
    assert len(cache) == 3 and ("index", 99) in cache and ("index", 0) not in cache


def test_a_client_over_the_rate_limit_gets_429(db_url: str, data_dir: Path) -> None:
    # 6 a minute: a burst of 3, then one token every 10 s, so the test holds however slowly a loaded
    # machine answers the 12 requests (at 60 a minute a slow run refilled the bucket and saw no 429)
    app = create_app(Settings(data_dir=data_dir, db_url=db_url, rate_limit=6))
    with TestClient(app) as c:
        codes = [c.get("/api/v1/meta").status_code for _ in range(12)]
    assert codes[:3] == [200] * 3 and 429 in codes[3:]
    with TestClient(app) as c:
        r = c.get("/api/v1/meta")
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and set(r.json()) == {"detail", "field"}


def test_binding_beyond_loopback_is_recognised() -> None:
    from iccwatch.cli.query_commands import _loopback

    assert _loopback("127.0.0.1") and _loopback("localhost") and _loopback("::1")
    assert not _loopback("0.0.0.0") and not _loopback("192.168.1.5") and not _loopback("example.org")


# ------------------------------------------------------------------ a store of the test's own


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory, small_dir: Path) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("guard")
    data = tmp / "data"
    shutil.copytree(small_dir, data)
    db = tmp / "store.sqlite"
    build_store(data, f"sqlite:///{db}")
    return {"data": data, "db": db}


def _serve(app) -> tuple[str, object, threading.Thread]:  # noqa: ANN001
    return serve(app, wait_steps=200)


def test_no_5xx_on_the_monitor_with_8_concurrent_clients(own) -> None:  # noqa: ANN001
    app = create_app(Settings(data_dir=own["data"], db_url=f"sqlite:///{own['db']}"))
    base, server, t = _serve(app)
    codes: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(15):
                path = ("/api/v1/monitor/candidates", "/api/v1/monitor/alerts", "/monitor?status=all")[i % 3]
                code = c.get(path).status_code
                with lock:
                    codes.append(code)

    try:
        ts = [threading.Thread(target=client) for _ in range(8)]
        for x in ts:
            x.start()
        for x in ts:
            x.join()
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        t.join(timeout=10)
    assert len(codes) == 120 and set(codes) == {200}


def test_a_get_never_creates_tables(own, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "bare.sqlite"
    shutil.copy(own["db"], db)
    app = create_app(Settings(data_dir=own["data"], db_url=f"sqlite:///{db}"))  # migrates once, at start-up
    con = sqlite3.connect(db)
    for table in ("ops_alerts", "ops_audit", "ops_candidates", "ops_documents", "alembic_version"):
        con.execute(f"DROP TABLE {table}")
    con.commit()
    with TestClient(app) as c:
        assert c.get("/api/v1/monitor/candidates").json()["items"] == []
        assert c.get("/api/v1/monitor/alerts").json() == []
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert not any(t.startswith("ops_") for t in tables)


def test_serve_answers_from_a_rebuilt_store(own, tmp_path: Path) -> None:  # noqa: ANN001
    data = tmp_path / "data"
    shutil.copytree(own["data"], data)
    db = tmp_path / "store.sqlite"
    shutil.copy(own["db"], db)  # the store a build of this data gives
    app = create_app(Settings(data_dir=data, db_url=f"sqlite:///{db}"))
    with TestClient(app) as c:
        before = c.get("/api/v1/meta").json()
        # an event no other record names (so the rebuild succeeds with one event fewer)
        victim = next(e for e in sorted((data / "events").glob("*.yaml"))
                      if not any(e.stem in f.read_text() for f in data.rglob("*.yaml") if f != e))
        victim.unlink()
        build_store(data, f"sqlite:///{db}")
        after = c.get("/api/v1/meta").json()
    assert after["data_sha256"] != before["data_sha256"]
    assert after["counts"]["events"] == before["counts"]["events"] - 1


def test_a_killed_build_leaves_nothing_behind_after_the_next(own, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "store.sqlite"
    stale = [tmp_path / ".store.sqlite.building-999999", tmp_path / ".store.sqlite.building-999999-journal"]
    for f in stale:
        f.write_bytes(b"x" * 1000)
    build_store(own["data"], f"sqlite:///{db}")
    assert not any(f.exists() for f in stale) and db.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "building" in p.name) == []


def test_text_answers_are_gzipped_when_asked(client) -> None:  # noqa: ANN001
    """Pages, JSON, CSV and the vendored scripts go compressed to a client that accepts gzip (the same
    bytes once decoded as without it, in fewer bytes on the wire); a client that does not gets them plain."""
    for path in ("/", "/api/v1/states", "/events?format=csv", "/static/vendor/swagger-ui-bundle.js"):
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
        packed = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert plain.status_code == packed.status_code == 200, path
        assert "content-encoding" not in plain.headers, path
        assert packed.headers["content-encoding"] == "gzip" and "Accept-Encoding" in packed.headers["vary"], path
        assert packed.content == plain.content, path  # httpx decodes the gzip: the same answer
        assert packed.num_bytes_downloaded < plain.num_bytes_downloaded / 2, path
    r = client.get("/api/v1/states/NOPE", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 404 and r.json()["field"]  # an error body is still the declared JSON
