"""Round forty-four's scan of the older rounds' controls (not a test; tests/dataset/ROUND44.md, "Tests run"): each
control of the sweeps of rounds 29 to 43 that has an edit is applied to its round's base (round 43's scan), and every
text value of a file it changed is read with round 44's three new placeholder patterns (a spreadsheet's error value,
formula or boolean). A hit would be a control the new patterns turn into an error.

    PYTHONPATH=src python -m tests.dataset.round44_controls_scan
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.dataset import round43_controls_scan as r43s

#: Round 44's patterns, as data/lookups/placeholder_words.yaml writes them (its last three entries).
NEW = 3


def _texts(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _texts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _texts(v)


def hit(text: str) -> bool:
    from iccwatch.dataset.yaml_io import load_yaml
    from iccwatch.settings import default_data_dir

    words = load_yaml((default_data_dir() / "lookups/placeholder_words.yaml").read_text(encoding="utf-8"))["words"][-NEW:]
    new = re.compile("^(?:" + "|".join(f"(?:{w['pattern']})" for w in words) + r")\Z", re.I)
    try:
        obj = load_yaml(text)
    except Exception:  # a control that writes a file YAML cannot read is another rule's
        return False
    return any(new.match(t.strip()) for t in _texts(obj))


if __name__ == "__main__":
    n, found = r43s.scan(range(29, 44), hit)
    print(f"{n} controls scanned, {len(found)} hits")
    for h in found:
        print(h)
