"""Split each ``primary_gap`` note into its statement and a dated search log (issue 16; outside lint and CI).

A ``primary_gap`` grew by appended passes ("...; searched again (2026-12-02): ..."), some to 7,000 characters. A
reader needs one statement of what primary is missing, then the searches as a log. This script, for every fact
with a ``primary_gap`` and no ``searched`` list yet:

- finds the passes by the note's own markers: a clause whose verb is "searched" ("also searched", "searched for
  again", "Filing number searched again", "checked again") followed by its day, "(2026-12-02[, ...])", "2026-12-02"
  or "on 2026-12-02". A marker at the very start of the note, or inside a parenthesis ("(searched 2026-12-01)"),
  stays in the statement;
- keeps the text before the first pass as ``primary_gap`` (the statement), and turns each pass into a
  ``searched`` entry ``{on, route, detail}``: ``on`` the pass's day, ``detail`` the pass's text with that day taken
  out (a bare "Searched again:" lead is dropped, the log says it; any other word is kept, "(2026-12-01, later
  pass)" keeps "(later pass)"), ``route`` the one route of ``data/lookups/search_routes.yaml`` whose keywords the
  pass's object (its text before "found", "none", "not") names, or ``other`` when none or several do;
- loses no word: ``--check`` prints, for each converted note, the words of the old note missing from the new
  statement, details and days (only the dropped lead words "searched", "again", "also", ... may be missing).

The YAML is edited as text: the ``primary_gap`` key and value are replaced in place by the statement and the log,
indented as the key, the rest of the file (layout, comments, key order) untouched. Running it twice changes nothing
the second time (a fact with a ``searched`` list is left alone). Usage, from the repository root:
``.venv/bin/python contrib/split_gap_notes.py [data] [--check] [--dry-run]``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DAY = r"\d{4}-\d{2}-\d{2}"
#: The verb of a pass, then its day: "(D[, rest])", "D", "on D".
MARKER = re.compile(
    r"(?P<verb>\b(?:(?:also|further)\s+)?(?:searched|checked)(?:\s+for)?(?:\s+again)?)"
    rf"\s*(?:\((?P<pday>{DAY})(?P<prest>[^()]*)\)|(?:on\s+)?(?P<bday>{DAY})\b)",
    re.IGNORECASE,
)
#: A lead the log says by itself: dropped from the detail.
GENERIC_LEAD = re.compile(r"^(?:(?:and|also|further)\s+)*(?:searched|checked)(?:\s+for)?(?:\s+again)?$", re.IGNORECASE)
LEAD_WORDS = frozenset({"and", "also", "further", "searched", "checked", "for", "again", "on"})
#: Words before ". " that do not end a sentence.
ABBREVIATIONS = frozenset({"no", "nos", "vol", "art", "arts", "para", "paras", "p", "pp", "doc", "e.g", "i.e", "cf", "v", "vs",
                           "st", "mr", "ms", "mrs", "dr", "inc", "co", "ltd", "jr", "u.s", "u.n", "op", "cit", "ibid", "al", "ch",
                           "sec", "s", "ss", "n", "fig", "ed", "eds", "rev", "res", "add", "corr"})
#: Where the object of a pass ends and what was found begins.
FINDING = re.compile(r"\b(?:found|none|not|no|nothing|only)\b", re.IGNORECASE)


@dataclass
class Pass:
    on: str
    detail: str
    route: str = "other"


@dataclass
class Split:
    statement: str
    passes: list[Pass] = field(default_factory=list)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` starts: after the last "; ", or ". " that ends a sentence, before it."""
    start = 0
    for m in re.finditer(r";\s+|\.\s+(?=[A-Z(\"'])|:\s+(?=[A-Z])", text[:at]):
        if m.group(0).startswith("."):
            word = re.search(r"([\w.]+)$", text[: m.start()])
            if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
        start = m.end()
    # "not found Searched again (D)": a capitalised verb with no stop before it starts a clause of its own.
    verb = text[at:at + 1]
    if verb.isupper() and at > start and text[at - 1] == " ":
        start = at
    return start


def _markers(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(clause start, marker) of every pass marker outside parentheses, in order."""
    depth_at = _depths(text)
    for m in MARKER.finditer(text):
        if depth_at[m.start()] > 0:  # "(searched 2026-12-01)": the statement's own date
            continue
        yield _clause_start(text, m.start()), m


def _depths(text: str) -> list[int]:
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        out.append(depth)
        if ch == ")" and depth:
            depth -= 1
    out.append(depth)
    return out


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip(";,").strip()


def split_note(note: str, routes: dict[str, list[str]]) -> Split:
    """The statement and the dated passes of one note (no pass: the whole note is the statement)."""
    text = re.sub(r"\s+", " ", note).strip()
    found = [(start, m) for start, m in _markers(text) if start > 0]
    # Two markers in one clause ("searched (D1) ... searched again (D2)" without a stop): the clause starts once.
    cuts: list[tuple[int, re.Match[str]]] = []
    for i, (start, m) in enumerate(found):
        if cuts and start <= cuts[-1][1].start():
            continue
        # A day with nothing after it ("...; searched 2026-12-01; searched again (D): ...") dates the text before it:
        # it stays there rather than making an empty entry.
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        if not re.search(r"\w", text[m.end():end]) and not (m.group("prest") or "").strip(" ,;"):
            continue
        cuts.append((start, m))
    if not cuts:
        return Split(_tidy(text))
    out = Split(_tidy(text[: cuts[0][0]]))
    for i, (start, m) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        on = m.group("pday") or m.group("bday")
        rest = (m.group("prest") or "").strip().lstrip(",;").strip()
        lead = text[start:m.start("verb")] + m.group("verb")
        after = text[m.end():end]
        if GENERIC_LEAD.match(_tidy(lead)):
            lead = ""
        detail = _tidy(f"{lead}{f' ({rest})' if rest else ''}{after}")
        detail = re.sub(r"^[:;,]\s*", "", detail)
        if detail.startswith("("):  # "(for an A/B source): ..." and "(second pass) by ..." read "for an A/B source: ..."
            close = _depths(detail).index(0, 1) - 1 if 0 in _depths(detail)[1:] else -1
            if close > 0 and detail[close] == ")":
                rest_text = detail[close + 1:].lstrip()
                detail = detail[1:close] + ": " + (rest_text[1:].lstrip() if rest_text[:1] in ":," else rest_text)
        detail = detail[:1].upper() + detail[1:]
        out.passes.append(Pass(on, detail or "(no detail)", route_of(detail, routes)))
    return out


def route_of(detail: str, routes: dict[str, list[str]]) -> str:
    """The one route whose keywords the pass's object names (the text before what was found), else ``other``."""
    cut = FINDING.search(detail)
    obj = (detail[: cut.start()] if cut else detail).lower()
    hits = [rid for rid, words in routes.items() if any(w in obj for w in words)]
    specific = [rid for rid in hits if rid != "stored-material"]
    hits = specific or hits
    return hits[0] if len(hits) == 1 else "other"


def load_routes(data: Path) -> dict[str, list[str]]:
    """Route id -> its keywords (lower case), from data/lookups/search_routes.yaml."""
    table = yaml.safe_load((data / "lookups" / "search_routes.yaml").read_text(encoding="utf-8"))
    return {rid: [w.lower() for w in r.get("keywords", [])] for rid, r in table["routes"].items()}


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in re.findall(r"[\w'’./-]*\w", text))


def lost_words(note: str, split: Split) -> Counter[str]:
    """The words of ``note`` (with their counts) that the statement, the details and the days do not hold."""
    new = " ".join([split.statement, *(p.detail for p in split.passes), *(p.on for p in split.passes)])
    return words(note) - words(new)


# ------------------------------------------------------------------------------------------------ the YAML text


def _gap_nodes(node: yaml.Node) -> Iterator[tuple[yaml.MappingNode, yaml.Node, yaml.Node]]:
    """(mapping, key, value) of every ``primary_gap`` string in the composed document."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == "primary_gap" and isinstance(v, yaml.ScalarNode):
                yield node, k, v
            else:
                yield from _gap_nodes(v)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            yield from _gap_nodes(v)


def _dump(split: Split, indent: int) -> str:
    from iccwatch.dataset.yaml_io import dump_yaml

    data: dict[str, Any] = {"primary_gap": split.statement,
                            "searched": [{"on": p.on, "route": p.route, "detail": p.detail} for p in split.passes]}
    lines = dump_yaml(data).rstrip("\n").split("\n")
    return "\n".join([lines[0], *(" " * indent + line for line in lines[1:])])


def convert_text(text: str, routes: dict[str, list[str]]) -> tuple[str, list[tuple[str, Split]]]:
    """The file's text with each splittable ``primary_gap`` replaced, and (old note, split) for each."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return text, []
    edits: list[tuple[int, int, str]] = []
    done: list[tuple[str, Split]] = []
    for mapping, key, value in _gap_nodes(root):
        if any(isinstance(k, yaml.ScalarNode) and k.value == "searched" for k, _ in mapping.value):
            continue
        split = split_note(value.value, routes)
        if not split.passes:
            continue
        end = value.end_mark.index
        while end > key.start_mark.index and text[end - 1] in " \n":  # a block scalar ends after its line break
            end -= 1
        edits.append((key.start_mark.index, end, _dump(split, key.start_mark.column)))
        done.append((value.value, split))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text, done


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0] if args else "data")
    check, dry = "--check" in argv, "--dry-run" in argv
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    routes = load_routes(data)
    notes = passes = 0
    by_route: Counter[str] = Counter()
    lost_total: Counter[str] = Counter()
    for path in sorted(data.rglob("*.yaml")):
        if "lookups" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "primary_gap" not in text:
            continue
        new, done = convert_text(text, routes)
        if not done:
            continue
        for old, split in done:
            notes += 1
            passes += len(split.passes)
            by_route.update(p.route for p in split.passes)
            lost = lost_words(old, split)
            lost_total.update(lost)
            if check and set(lost) - LEAD_WORDS:
                print(f"{path}: words lost: {dict(lost)}")
        if not dry:
            path.write_text(new, encoding="utf-8")
    print(f"{notes} notes split into a statement and {passes} dated searches; routes: {dict(by_route.most_common())}")
    print(f"words not carried over (all notes; only lead words expected): {dict(lost_total.most_common())}")
    return 1 if set(lost_total) - LEAD_WORDS else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
