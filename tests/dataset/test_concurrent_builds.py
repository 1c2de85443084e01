"""Round fifteen, concurrent use: two ``iccwatch data build`` at once over one store, one of them of a record with a bad
file, while a reader reads the store. (Accepts at once, an accept or an ingest during a build, and many readers
during rebuilds are ``tests/test_reliability_review.py`` and ``tests/test_reliability_s16.py``; two builders at once
were not tried. The probe of ROUND15.md ran four rounds of three builds, one bad, under three API readers: 7,182
answers, every one 200 and whole.)"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from tests.conftest import SLOW_GROUP

from iccwatch.store import build_store
from iccwatch.store.read import read_records

E_CHAD = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
KINDS = ("states", "persons", "warrants", "events", "decisions")


def _counts(url: str) -> dict[str, int]:
    records = read_records(url)
    return {kind: len(getattr(records, kind)) for kind in KINDS}


def _build(data: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "iccwatch", "data", "build", "--data", str(data), "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.xdist_group(SLOW_GROUP)  # two builds in processes of their own: seconds, started first (tests/conftest.py)
def test_two_builds_at_once_one_of_them_bad_leave_a_whole_store_that_readers_always_read(data_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    subprocess.run(["cp", "-r", str(data_copy), str(bad)], check=True)
    event = bad / E_CHAD
    event.write_text(event.read_text(encoding="utf-8").replace('date: "2010-07-21"', 'date: "2010-02-30"'), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    expected = _counts(url)
    seen: list[object] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                seen.append(_counts(url))
            except Exception as exc:  # noqa: BLE001 - what a reader met is the finding
                seen.append(repr(exc))
            stop.wait(0.05)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        procs = [_build(data_copy, url), _build(bad, url)]
        outs = [(p.wait(timeout=600), *p.communicate()) for p in procs]
        assert [code for code, _, _ in outs] == [0, 1], outs
        assert f"bad/{E_CHAD} [2010-07-21-omar-hassan-ahmad-al-bashir-chad] date" in outs[1][2], outs[1]
        assert "the store was not changed" in outs[1][2] and not any("Traceback" in out + err for _, out, err in outs), outs
    finally:
        stop.set()
        thread.join()
    assert seen and all(s == expected for s in seen), [s for s in seen if s != expected][:3]
    assert _counts(url) == expected
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("store") or p.name.startswith(".store")) == [
        ".store.sqlite.lock", "store.sqlite"]  # no temporary left beside it
