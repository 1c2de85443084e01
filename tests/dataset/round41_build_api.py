"""Round forty-one's other two doors (not a test; tests/dataset/ROUND41.md): for one case of each form of the sweep (the
first record's or spot's), ``iccwatch data build`` onto a store built from the base and the API's load (``create_app``)
with the store already built and with no store yet, judged as round thirty-nine's (``round39_build_api.door``). A
directory a case made where the base has a file is taken away before the restore (``round41_sweep._undo_dirs``).

    PYTHONPATH=src python -m tests.dataset.round41_build_api OUT.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.dataset import round39_build_api as r39b
from tests.dataset import round41_sweep as r41

#: The one case the round keeps a warning (tests/dataset/test_bad_input_round41.py, WARNED: ISO's address has a route for its
#: fragment); its form is sampled at the next spot.
SKIP = "states:ALB:sources: the same source again, its address with a fragment"


def sample(cases: list[Any], skip: str | None = SKIP) -> list[Any]:
    """One case of each form: the form is the case's label after its file or spot (a case whose label starts with
    ``skip`` left out)."""
    seen: set[str] = set()
    out = []
    for c in cases:
        if skip and c.id.startswith(skip):
            continue
        form = c.id.rsplit(": ", 1)[-1]
        if form not in seen:
            seen.add(form)
            out.append(c)
    return out


def _restore(data: Path, snap: dict[Path, bytes]) -> None:
    r41._undo_dirs(data, snap)
    r41.r38._restore(data, snap)


def run(out: Path, names: str = "", sweep: Any = r41, skip: str | None = SKIP) -> None:
    """Each sampled case of ``sweep`` (a round's sweep module: ``base_copy`` and ``cases``) through the two doors, written
    to ``out`` (round 42 runs its own sweep through this)."""
    from iccwatch.dataset import check_dataset
    from iccwatch.store import build_store

    r39b.r38_restore = _restore  # type: ignore[attr-defined]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = sweep.base_copy(Path(tmp) / "data")
        store = Path(tmp) / "store" / "base.sqlite"
        store.parent.mkdir()
        build_store(data, f"sqlite:///{store}")
        r41.r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
        for c in sample(sweep.cases(data), skip):
            if names and names not in c.id:
                continue
            results.append(r39b.door(c, data, store))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
