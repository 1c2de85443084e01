"""Round forty-three's scan of the older rounds' controls (not a test; tests/dataset/ROUND43.md, "Tests run"): each
control of the sweeps of rounds 29 to 42 that has an edit is applied to its round's base, and every YAML file it
changed is read with round 43's two new rules (``whole_file_checks``: a merge conflict's marker, a last line with no
line break). A hit would be a control the new rules turn into an error.

    PYTHONPATH=src python -m tests.dataset.round43_controls_scan
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.dataset import round38_sweep as r38
from tests.dataset import round41_sweep as r41


def round43_hit(text: str) -> bool:
    from iccwatch.dataset.whole_file_checks import conflict_marker, cut_short

    return bool(cut_short(text) or conflict_marker(text))


def scan(rounds: range = range(29, 43), hit: Callable[[str], bool] = round43_hit) -> tuple[int, list[str]]:
    """The controls of the sweeps of ``rounds`` applied one by one; a hit: a file a control changed whose text ``hit``
    finds (round 44 scans its own rule with it)."""
    scanned, hits = 0, []
    for n in rounds:
        m = importlib.import_module(f"tests.dataset.round{n}_sweep")
        if not hasattr(m, "cases"):
            continue
        data = m.base_copy(Path(tempfile.mkdtemp()) / "data")
        for c in (c for c in m.cases(data) if getattr(c, "valid", False) and c.edit is not None):
            snap = r38._snapshot(data)
            try:
                c.edit(data)
                for p in data.rglob("*.yaml"):
                    if p.is_file() and snap.get(p) != (b := p.read_bytes()):
                        text = b.decode("utf-8", errors="replace")
                        if hit(text):
                            hits.append(f"round {n}: {c.id} ({p.name})")
            finally:
                r41._undo_dirs(data, snap)
                r38._restore(data, snap)
            scanned += 1
    return scanned, hits


if __name__ == "__main__":
    n, found = scan()
    print(f"{n} controls scanned, {len(found)} hits")
    for h in found:
        print(h)
