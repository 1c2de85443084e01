"""Round seventeen of the bad input, the review's ``--set`` values (not a test; run by hand, its rows are in
ROUND17.md): each value as ``monitor review edit/accept`` read it (``monitor.review.parse_sets``), printed as refused
with its message, accepted with what was kept, or crashed.

    PYTHONPATH=src python tests/dataset/round17_paths.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # as the probes import their harness

from round16_paths import review  # noqa: E402 - round sixteen's reading of --set values, printed the same way

SETS = [
    ("control: date=2017-03-29", ["date=2017-03-29"]),
    ("date=2017-W13 (an ISO week)", ["date=2017-W13"]),
    ("date=2017-088 (an ordinal date)", ["date=2017-088"]),
    ("date=2017-03-29T10:00 (a time)", ["date=2017-03-29T10:00"]),
    ("date=0000-01-01 (year zero)", ["date=0000-01-01"]),
    ("date=2017-03/2017-04 (a month range)", ["date=2017-03/2017-04"]),
    ("date=2017-03-30 end_date=2017-03-29 (the end before the start)", ["date=2017-03-30", "end_date=2017-03-29"]),
    ("signatories=TCD,TCD (one State twice)", ["signatories=TCD,TCD"]),
    ("signatories=TCD,,JOR (an empty item)", ["signatories=TCD,,JOR"]),
    ("signatories= (empty)", ["signatories="]),
    ("drafters=TCD signatories=JOR (a drafter who did not sign)", ["drafters=TCD", "signatories=JOR"]),
    ("announced_count=067 (a leading zero)", ["announced_count=067"]),
    ("announced_count=1 signatories=TCD,JOR (more signatories than announced)", ["announced_count=1", "signatories=TCD,JOR"]),
    ("state=tcd (lower case)", ["state=tcd"]),
    ("state=TD (alpha-2)", ["state=TD"]),
    ("person=Omar-Al-Bashir (capitals)", ["person=Omar-Al-Bashir"]),
    ("person=omar--al-bashir (two hyphens)", ["person=omar--al-bashir"]),
    ("action=true (a YAML boolean)", ["action=true"]),
    ("announced_count=1e2 (a float)", ["announced_count=1e2"]),
    ("title=<script> (markup)", ["title=<script>alert(1)</script>"]),
    ("DATE=2017-03-29 (a field name in capitals)", ["DATE=2017-03-29"]),
    (" date = 2017-03-29 (spaces around the sign)", [" date = 2017-03-29"]),
]


if __name__ == "__main__":
    for what, sets in SETS:
        print(f"| monitor | review edit --set {what} | {review(*sets)[:160]} |")
