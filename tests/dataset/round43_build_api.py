"""Round forty-three's other two doors (not a test; tests/dataset/ROUND43.md): for one case of each form of the sweep (the
first record's or spot's), ``iccwatch data build`` onto a store built from the base and the API's load (``create_app``)
with the store already built and with no store yet, judged as round thirty-nine's (``round39_build_api.door``; the
check's column in round 39's classes, which ask no words of a field-less error: the sweep's own classes are ROUND43.md's
first table). A directory a case made where the base has a file is taken away before the restore.

    PYTHONPATH=src python -m tests.dataset.round43_build_api OUT.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.dataset import round41_build_api as r41b
from tests.dataset import round43_sweep as r43


def run(out: Path, names: str = "") -> None:
    """Round 41's two doors (``round41_build_api.run``) on round 43's sweep, no case skipped."""
    r41b.run(out, names, sweep=r43, skip=None)


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
