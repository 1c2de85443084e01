"""Rewrite internal bookkeeping in the record's notes for readers (one-off, idempotent; outside lint and CI).

Notes inside data/ records (source notes, primary_gap notes, fact notes) reach users in footnotes, the CLI and
exports. Many carried the project's bookkeeping: "(2026-12-02, session 16, audit27)", "added in session 10",
helper names. A reader cannot use a session number; the date of the search can be used. This script:

- drops "session N" and a helper's name where the note already gives the date beside it
  ("(2026-12-02, session 16, audit27)" -> "(2026-12-02)");
- elsewhere replaces "session N" by the date the line was written, read from ``git blame`` (the author date of the
  commit that wrote that line), e.g. "added in session 10" -> "added on 2026-12-01";
- keeps everything else: every fact, date, doubt and what was searched. Parliamentary sessions ("session 2005-06")
  are not touched.

The YAML is edited as text (layout, folding, comments and key order kept). Running it twice changes nothing the
second time. Usage, from the repository root: ``python contrib/rewrite_session_notes.py [data]``; it prints the number
of replacements per file. Check afterwards with ``iccwatch data check`` and by comparing the parsed records.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

DATE = r"\d{4}-\d{2}-\d{2}"
# "session 16" but not a parliament's "session 2005-06" nor a UN document's "session 55/…".
SESSION = r"session\s+(?P<n>\d{1,2})(?![\d\-/])"
# Names of the project's helper sessions (bookkeeping, meaningless to a reader).
HELPER = (
    r"(?:audit\d+|arrests\d+|consistency\d+|current\d+|srcacts\d*|srccourt\d*|datanotes|checker\d+|mnews\d+"
    r"|sources\d+|cliweb\d+|law\d+|house\d+|status\d+|testspeed\d+|reliab\d+)"
)

def _word(word: str) -> str:
    """'in session N (D)' reads 'on D'; 'added session N (D)' reads 'added on D'; other words are kept."""
    if word.lower() == "in":
        return "On" if word[0].isupper() else "on"
    if word.lower() == "added":
        return word + " on"
    return word


RULES: list[tuple[re.Pattern[str], Any]] = [
    # "(2026-12-02, session 16, audit27)" / "2026-12-02, session 16" -> the date (a helper's name after it dropped)
    (re.compile(rf"(?P<d>{DATE})\s*,\s+{SESSION}(?:\s*,\s+{HELPER}\b)?"), r"\g<d>"),
    # "(session 14, 2026-12-02)" -> "(2026-12-02)"
    (re.compile(rf"{SESSION}(?:\s*,\s+{HELPER})?\s*,\s+(?P<d>{DATE})"), r"\g<d>"),
    # "on 2026-12-02 (session 16, audit27)" -> "on 2026-12-02"
    (re.compile(rf"(?P<d>{DATE})\s*\(\s*{SESSION}(?:\s*,\s+{HELPER})?\s*\)"), r"\g<d>"),
    # "Re-read 2026-12-01 (session 11; the release ..." -> "Re-read 2026-12-01 (the release ..."
    (re.compile(rf"(?P<d>{DATE})\s*\(\s*{SESSION}(?:\s*,\s+{HELPER})?\s*[,;]\s+"), r"\g<d> ("),
    # "Found in session 15 (2026-12-02)" -> "Found on 2026-12-02"; "In session 15 (2026-12-02)" -> "On 2026-12-02"
    (
        re.compile(rf"\b(?P<w>[Ii]n|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|of|[Aa]dded)\s+{SESSION}\s+\((?P<d>{DATE})\)"),
        lambda m: _word(m["w"]) + " " + m["d"],
    ),
    # At a sentence's start: "Session 15 audit (2026-12-02):" -> "Audit of 2026-12-02:"; "Session 15 (2026-12-02):" ->
    # "On 2026-12-02:"; "Session 11 (2026-12-01) found" -> "The review of 2026-12-01 found"
    (re.compile(rf"\bSession\s+\d{{1,2}}\s+audit\s+\((?P<d>{DATE})\)"), r"Audit of \g<d>"),
    (re.compile(rf"\bSession\s+\d{{1,2}}\s+\((?P<d>{DATE})\)(?=\s*:)"), r"On \g<d>"),
    (re.compile(rf"\bSession\s+\d{{1,2}}\s+\((?P<d>{DATE})\)"), r"The review of \g<d>"),
    # "Added in session 15 (read 2026-12-02)" -> "Added (read 2026-12-02)"
    (re.compile(rf"(?P<a>[Aa]dded)\s+in\s+{SESSION}\s+(?P<r>\(read\s+{DATE}\))"), r"\g<a> \g<r>"),
    # "again 2026-12-02 (audit26, for ..." -> "again 2026-12-02 (for ..."; "(audit18): " after a date -> ": "
    (re.compile(rf"(?P<d>{DATE})\s*\(\s*{HELPER}\s*[,:]\s+"), r"\g<d> ("),
    # "(session 15 audit, 2026-12-02)" -> "(audit, 2026-12-02)"
    (re.compile(rf"{SESSION}\s+(?P<w>audit|pass|review)\s*,\s+(?P<d>{DATE})"), r"\g<w>, \g<d>"),
    (re.compile(rf"(?P<d>{DATE})\s*\(\s*{HELPER}\s*\)"), r"\g<d>"),
    (re.compile(rf"(?P<d>{DATE})\s*,\s+{HELPER}\b"), r"\g<d>"),
]

# Mentions with no date beside them: the date comes from git blame of the line.
LONE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bSession\s+(?P<n>\d{1,2})(?![\d\-/])(?=\s*:)"), "On {d}"),
    (re.compile(r"\bSession\s+(?P<n>\d{1,2})(?![\d\-/])"), "The review of {d}"),
    (re.compile(rf"\b(?:the\s+)?{SESSION}\s+(?P<w>audit|review)\b"), "the {w} of {d}"),
    (re.compile(rf"\b(?P<w>[Ii]n|[Ss]ince|[Bb]efore|[Uu]ntil|[Aa]fter|[Dd]uring|of)\s+{SESSION}(?:\s*,\s+{HELPER}\b)?"), "{w} {d}"),
    (re.compile(rf"\(\s*{SESSION}(?:\s*,\s+{HELPER})?\s*\)"), "({d})"),
    (re.compile(rf"\(\s*{SESSION}(?:\s*,\s+{HELPER})?(?P<rest>\s+(?:had|has|did)\b)"), "(the search of {d}{rest}"),
    (re.compile(rf"\(\s*{SESSION}(?:\s*,\s+{HELPER})?\s*(?P<sep>[,:;])"), "({d}{sep}"),
    (re.compile(rf",\s+{SESSION}(?:\s*,\s+{HELPER})?(?P<sep>\s*[,:;)])"), ", {d}{sep}"),
    (re.compile(rf"\b{SESSION}(?:\s*,\s+{HELPER}\b)?"), "the review of {d}"),
]


def blame_dates(path: Path) -> list[str]:
    """The author date (YYYY-MM-DD) of each line of *path* as committed."""
    out = subprocess.run(
        ["git", "blame", "--line-porcelain", "--", str(path)], capture_output=True, text=True, check=True
    ).stdout
    dates: list[str] = []
    import datetime as dt

    for line in out.splitlines():
        if line.startswith("author-time "):
            stamp = int(line.split()[1])
            dates.append(dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat())
    return dates


PAIRS = (
    re.compile(rf"(?P<d>{DATE})\s*,\s+{SESSION}"),
    re.compile(rf"{SESSION}\s*,\s+(?P<d>{DATE})"),
)


def session_dates(root: Path) -> dict[str, dict[str, int]]:
    """For each session number, the dates the record's own notes give beside it, with counts."""
    seen: dict[str, dict[str, int]] = {}
    for path in root.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for pair in PAIRS:
            for m in pair.finditer(text):
                counts = seen.setdefault(m["n"], {})
                counts[m["d"]] = counts.get(m["d"], 0) + 1
    return seen


def rewrite(text: str, dates: list[str], known: dict[str, dict[str, int]] | None = None) -> tuple[str, int]:
    count = 0
    for pattern, repl in RULES:
        text, n = pattern.subn(repl, text)
        count += n

    def line_date(pos: int) -> str:
        line = text.count("\n", 0, pos)
        return dates[line] if line < len(dates) else dates[-1]

    for pattern, template in LONE:
        while True:
            m = pattern.search(text)
            if not m:
                break
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            word = groups.get("w", "")
            if word.lower() in {"in", "during"}:
                groups["w"] = "On" if word[0].isupper() else "on"
            day = line_date(m.start())
            paired = (known or {}).get(groups.get("n", ""), {})
            if paired and day not in paired:
                # the line was rewritten after that session: the notes' own pairs say when the session searched
                day = max(paired, key=lambda d: (paired[d], d))
            new = template.format(d=day, **groups)
            text = text[: m.start()] + new + text[m.end() :]
            count += 1
    return text, count


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "data")
    total = 0
    known = session_dates(root)
    for path in sorted(root.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if not re.search(SESSION, text, re.IGNORECASE) and not re.search(rf"{DATE}\s*[,(]\s*{HELPER}\b", text):
            continue
        new, n = rewrite(text, blame_dates(path), known)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: {n}")
            total += n
    print(f"{total} replacement(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
