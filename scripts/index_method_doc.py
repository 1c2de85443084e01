"""Write the numbers of docs/index-method.md from `iccwatch index audit` (run after the record or the
method changes; tests/assess/test_audit.py fails while the page and the code disagree).

    .venv/bin/python scripts/index_method_doc.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from iccwatch.assess.audit import (
    DOC_SAMPLES,
    DOC_SEED,
    DOC_YEAR,
    audit,
    audit_markdown,
    with_generated_section,
)
from iccwatch.facts import Facts
from iccwatch.store import build_store
from iccwatch.store.read import read_records

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "index-method.md"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'iccwatch.sqlite'}"
        build_store(ROOT / "data", url)
        section = audit_markdown(audit(Facts(read_records(url)), DOC_YEAR, samples=DOC_SAMPLES, seed=DOC_SEED))
    before = DOC.read_text(encoding="utf-8")
    after = with_generated_section(before, section)
    if after != before:
        DOC.write_text(after, encoding="utf-8")
        print(f"{DOC.relative_to(ROOT)}: generated section updated")
    else:
        print(f"{DOC.relative_to(ROOT)}: already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
