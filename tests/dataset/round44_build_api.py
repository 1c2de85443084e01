"""Round forty-four's other two doors (not a test; tests/dataset/ROUND44.md): for one case of each form of the sweep (the
first record's), ``iccwatch data build`` onto a store built from the base and the API's load (``create_app``) with the
store already built and with no store yet, judged as round thirty-nine's (``round39_build_api.door``). No form is left
out: the one the round leaves (a title written as ``1:30``, kept as text) shows the same on every door.

    PYTHONPATH=src python -m tests.dataset.round44_build_api OUT.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.dataset import round41_build_api as r41b
from tests.dataset import round44_sweep as r44


def run(out: Path, names: str = "") -> None:
    """Round 41's two doors (``round41_build_api.run``) on round 44's sweep."""
    r41b.run(out, names, sweep=r44, skip=None)


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
