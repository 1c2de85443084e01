"""Round twenty-four of the bad input: the real-news set's files (not a test; run by hand, its rows are in ROUND24.md).

A labelled set laid out as ``tests/monitor/realnews`` is (``dev/`` and ``test/`` halves, a ``batch-*.yaml`` naming
each document's half, each text ``NAME.txt`` with its labels ``NAME.yaml`` beside it), written in a sandbox with sentences
of the probe's own (never the set's documents), then one thing changed, and read as ``iccwatch monitor evaluate`` reads
it (``later_batches`` and ``evaluate_realnews`` on each half, with the bundled record's spec). The answer is "refused,
named" when the error names the file changed, "refused, unnamed" when it does not, "crashed" for an exception other
than the command's own (a ValueError it reports), "passed" when the set was read and scored without a word.

    PYTHONPATH=src python tests/dataset/round24_realnews.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round24_realnews.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import BASHIR, main  # noqa: E402

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

FM = '---\nurl: "https://www.reuters.com/world/x-2010-07-22/"\npublisher: "Reuters"\ndate: "2010-07-22"\n---\n'
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on Wednesday for a summit of regional leaders.\n"
LABEL = {"expected": [{"type": "visit", "person": BASHIR, "state": "TCD", "date": "2010-07-21"}]}
FM_B = FM.replace("x-2010-07-22", "y-2010-07-23").replace('"2010-07-22"', '"2010-07-23"')
TEXT_B = "Chad's government said it would not arrest Omar Al-Bashir.\n"


def lay_out(root: Path) -> None:
    """The clean set: one document in each half, a batch naming both."""
    for half, name, fm, text in (("dev", "reuters-bashir-in-chad", FM, TEXT), ("test", "reuters-chad-will-not-arrest", FM_B, TEXT_B)):
        (root / half).mkdir(parents=True)
        (root / half / f"{name}.txt").write_text(fm + text, encoding="utf-8")
        (root / half / f"{name}.yaml").write_text(dump_yaml(LABEL if half == "dev" else {"expected": []}), encoding="utf-8")
    (root / "batch-1.yaml").write_text(dump_yaml({"documents": {"reuters-bashir-in-chad": "dev", "reuters-chad-will-not-arrest": "test"}}),
                                       encoding="utf-8")


DOC = "dev/reuters-bashir-in-chad"


def label(fn: Callable[[dict[str, Any]], Any]) -> Callable[[Path], str]:
    def change(root: Path) -> str:
        lab = json.loads(json.dumps(LABEL))
        fn(lab)
        (root / f"{DOC}.yaml").write_text(dump_yaml(lab), encoding="utf-8")
        return f"{DOC}.yaml"
    return change


def item(**over: Any) -> Callable[[Path], str]:
    def fn(lab: dict[str, Any]) -> None:
        for k, v in over.items():
            if v is None:
                lab["expected"][0].pop(k, None)
            else:
                lab["expected"][0][k] = v
    return label(fn)


def text(new: str) -> Callable[[Path], str]:
    def change(root: Path) -> str:
        (root / f"{DOC}.txt").write_text(new, encoding="utf-8")
        return f"{DOC}.txt"
    return change


def batch(raw: str) -> Callable[[Path], str]:
    def change(root: Path) -> str:
        (root / "batch-1.yaml").write_text(raw, encoding="utf-8")
        return "batch-1.yaml"
    return change


def raw_label(raw: str) -> Callable[[Path], str]:
    def change(root: Path) -> str:
        (root / f"{DOC}.yaml").write_text(raw, encoding="utf-8")
        return f"{DOC}.yaml"
    return change


def drop(rel: str) -> Callable[[Path], str]:
    def change(root: Path) -> str:
        (root / rel).unlink()
        return rel
    return change


def orphan(root: Path) -> str:
    (root / "dev" / "lost-labels.yaml").write_text(dump_yaml(LABEL), encoding="utf-8")
    return "dev/lost-labels.yaml"


BOTH = '{"documents": {"reuters-bashir-in-chad": "dev", "reuters-chad-will-not-arrest": "test"}}'
KINDS: list[tuple[str, str, Callable[[Path], str]]] = [
    ("controls", "the clean set (a document in each half, a batch naming both)", lambda root: ""),
    ("controls", "a label written to the month (2010-07)", item(date="2010-07")),
    ("controls", "a label with a list of dates", item(date=["2010-07-21", "2010-07"])),
    # ---- batch files
    ("batch", "(r) a batch naming a document that is in neither half", batch(BOTH[:-2] + ', "no-such-document": "dev"}}')),
    ("batch", "(r) a batch giving a document to the half it is not in (dev for a test document)",
     batch(BOTH.replace('"reuters-chad-will-not-arrest": "test"', '"reuters-chad-will-not-arrest": "dev"'))),
    ("batch", "(r) a batch giving a half in capitals (Dev)", batch(BOTH.replace('"dev"', '"Dev"'))),
    ("batch", "(r) a batch listing its documents (a list, not a mapping)", batch('documents: [reuters-bashir-in-chad, reuters-chad-will-not-arrest]\n')),
    ("batch", "(r) a batch file that is not YAML (an unclosed bracket)", batch("documents: {reuters-bashir-in-chad: dev\n")),
    ("batch", "(r) a batch naming a document twice (a duplicate key)",
     batch("documents:\n  reuters-bashir-in-chad: dev\n  reuters-bashir-in-chad: test\n  reuters-chad-will-not-arrest: test\n")),
    ("batch", "(r) a batch whose name is the document's file name (NAME.txt)", batch(BOTH.replace('"reuters-bashir-in-chad"', '"reuters-bashir-in-chad.txt"'))),
    # ---- labels
    ("labels", "(r) a label of an unknown fact type (visited)", item(type="visited")),
    ("labels", "(r) a label's type in capitals (Visit)", item(type="Visit")),
    ("labels", "(r) a label with no type", item(type=None)),
    ("labels", "(r) a label's State code that does not exist (XXA)", item(state="XXA")),
    ("labels", "(r) a label's State in lower case (tcd)", item(state="tcd")),
    ("labels", "(r) a label's State by its name (Chad)", item(state="Chad")),
    ("labels", "(r) a label's person misspelt by one letter", item(person="omar-hassan-ahmad-al-bashr")),
    ("labels", "(r) a label's date in another format (21/07/2010)", item(date="21/07/2010")),
    ("labels", "(r) a label's date that is no day (2010-02-30)", item(date="2010-02-30")),
    ("labels", "(r) a label's key misspelt (persn)", item(persn=BASHIR)),
    ("labels", "(r) a label's alert written as text ('yes')", item(alert="yes")),
    ("labels", "(r) expected written as a mapping, not a list", label(lambda lab: lab.__setitem__("expected", lab["expected"][0]))),
    ("labels", "(r) a label that is a plain word, not a mapping", label(lambda lab: lab.__setitem__("expected", ["visit"]))),
    ("labels", "(r) a labels file with a key misspelt (optionals)", label(lambda lab: lab.__setitem__("optionals", []))),
    ("labels", "(r) a labels file that is not YAML (a tab indenting)", raw_label("expected:\n\t- {type: visit}\n")),
    ("labels", "(r) a labels file that is a list", raw_label("- {type: visit, state: TCD}\n")),
    ("labels", "(r) a labels file missing (a text with none beside it)", drop(f"{DOC}.yaml")),
    ("labels", "(r) a labels file with no text beside it", orphan),
    # ---- front matter
    ("front matter", "(r) a document whose front matter has no date", text(FM.replace('date: "2010-07-22"\n', "") + TEXT)),
    ("front matter", "(r) a document with no front matter at all", text(TEXT)),
    ("front matter", "(r) a document whose date is 22/07/2010", text(FM.replace('"2010-07-22"', '"22/07/2010"') + TEXT)),
    ("front matter", "(r) a document whose date is 'July 22, 2010'", text(FM.replace('"2010-07-22"', '"July 22, 2010"') + TEXT)),
    ("front matter", "(r) a document whose date is unquoted (a YAML date)", text(FM.replace('"2010-07-22"', "2010-07-22") + TEXT)),
    ("front matter", "(r) a document with no url", text(FM.replace('url: "https://www.reuters.com/world/x-2010-07-22/"\n', "") + TEXT)),
]


DATA = Path(__file__).resolve().parents[2] / "data"
_SPEC: Any = None


def check(root: Path) -> None:
    """What ``iccwatch monitor evaluate`` does with the set, without the database (the bundled record's spec, no alerts)."""
    from iccwatch.dataset.loader import load_records
    from iccwatch.monitor.evaluate import evaluate_realnews, later_batches
    from iccwatch.monitor.gazetteer import spec_from_records

    global _SPEC
    if _SPEC is None:
        records, _ = load_records(DATA)
        _SPEC = spec_from_records(records)
    spec = _SPEC
    for h in ("dev", "test"):
        evaluate_realnews(root / h, spec)
    later_batches(root)


def run(out: Path, only: set[str] | None) -> None:
    from iccwatch.monitor.documents import DocumentError

    results = []
    for kind, what, change in KINDS:
        if only and what not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "realnews"
            lay_out(root)
            changed = change(root)
            try:
                check(root)
                result, shown = "passed", ""
            except (ValueError, DocumentError) as exc:
                msg = str(exc).replace(str(root) + "/", "")
                named = bool(changed) and (changed in msg or Path(changed).name in msg)
                result, shown = ("refused, named" if named else "refused, unnamed"), msg[:240]
            except Exception:
                result, shown = "crashed", traceback.format_exc()[-400:]
        results.append({"kind": kind, "what": what, "result": result, "problems": [shown] if shown else [], "seconds": 0})
        print(f"{result:20} {kind} | {what}\n      {shown[:200]}", flush=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(run)
