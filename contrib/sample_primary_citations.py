"""Draw a uniform random sample of `kind: primary` citations from the record (issue 16; audit31, session 17).

Walks every YAML file under data/ except data/lookups/, in sorted path order, and collects every mapping that has
`kind: primary` and a `url` (a citation), in document order, with its file and path (e.g.
`.participation[6].sources[0]`). Draws N of them with Python's random.Random(SEED).sample, so every primary
citation has the same chance, whatever the fact or file. Prints the population size and one line per drawn
citation; with --json PATH also writes them (with title, pinpoint and note) for the audit.

Run from the repository root: .venv/bin/python contrib/sample_primary_citations.py [N] [SEED] [--json PATH]
(audit31 used N=80, SEED=31 on the record at commit 9f1d30e6, population 1304).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import yaml


def citations(root: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    def walk(node: object, path: str, f: Path) -> None:
        if isinstance(node, dict):
            if node.get("kind") == "primary" and "url" in node:
                out.append({"file": str(f), "path": path, "url": node["url"], "title": node.get("title"),
                            "pinpoint": node.get("pinpoint"), "note": node.get("note")})
            for k, v in node.items():
                walk(v, f"{path}.{k}", f)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]", f)

    for f in sorted((root / "data").rglob("*.yaml")):
        if "lookups" in f.parts:
            continue
        walk(yaml.safe_load(f.read_text(encoding="utf-8")), "", f.relative_to(root))
    return out


def main(argv: list[str]) -> int:
    json_path = None
    if "--json" in argv:
        i = argv.index("--json")
        json_path = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    n = int(argv[0]) if argv else 80
    seed = int(argv[1]) if len(argv) > 1 else 31
    pop = citations(Path("."))
    sample = random.Random(seed).sample(pop, n)
    print(f"population: {len(pop)} primary citations; sample of {n}, seed {seed}")
    for i, c in enumerate(sample):
        print(i, c["file"], c["path"], c["url"])
    if json_path:
        Path(json_path).write_text(json.dumps(sample, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
