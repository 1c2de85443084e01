"""Round forty's other two doors (not a test; tests/dataset/ROUND40.md): for one case of each form of the sweep (the
first spot's; of the facts after a State's end, the first spot's bad case and control), ``iccwatch data build`` onto a
store built from the base and the API's load (``create_app``) with the store already built and with no store yet, judged
as round thirty-nine's (``round39_build_api.door``).

    PYTHONPATH=src python -m tests.dataset.round40_build_api OUT.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.dataset import round39_build_api as r39b
from tests.dataset import round40_sweep as r40


def sample(cases: list[Any]) -> list[Any]:
    """One case of each form: the form is the case's label after its spot (``why`` for the hand cases)."""
    seen: set[str] = set()
    out = []
    for c in cases:
        form = (c.group, c.valid) if c.group == r40.ENDS else c.id.rsplit(": ", 1)[-1]
        if form not in seen:
            seen.add(form)  # type: ignore[arg-type]
            out.append(c)
    return out


def run(out: Path) -> None:
    from iccwatch.dataset import check_dataset
    from iccwatch.store import build_store

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = r40.base_copy(Path(tmp) / "data")
        store = Path(tmp) / "store" / "base.sqlite"
        store.parent.mkdir()
        build_store(data, f"sqlite:///{store}")
        r40.r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
        for c in sample(r40.cases(data)):
            results.append(r39b.door(c, data, store))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    run(Path(sys.argv[1]))
