"""Round twenty-six of the bad records: the probe (not a test; run by hand, its table is ROUND26.md).

As rounds seven to twenty-four, through the shared harness (``probe_harness.py``). Round twenty-six is weighted (as the
brief asked) to kinds the earlier rounds' tables hold least: rulings of ``kind: other`` (an initial appearance) with no
outcome, an outcome naming another person, or dated when the person was not in the Court's custody; rulings dated
before the person's first warrant or after the person's death; ``follows``/``appeal_of`` chains that loop on one day;
an event's ``occasion`` naming a city of another State; sources (a copy_of graded primary on a news host, a wiki mirror
or content farm written with a sub-domain, in capitals or with a port); search logs dated in the future or naming no
route of the table; a primary_gap beside a primary source on a ruling or a State's act; warrants for one case whose
numbers differ only in case; a State's history with two instruments of consent or an effect the same day as a
notification; invisible and direction characters in names and ids; one id in two folders; a YAML alias of a scalar;
a lookup table indented with a tab.

    PYTHONPATH=src python tests/dataset/round26_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round26_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BASHIR,
    D_CHAD,
    E_CHAD,
    EXTRA,
    ICC,
    MS,
    NTAGANDA_W,
    P_KONY,
    REUTERS,
    both,
    copy_as,
    ed,
    main,
    new,
    part,
    run_kinds,
    setp,
    status,
    sub,
)

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NTAGANDA = "bosco-ntaganda"
APPEAR = {"id": "2013-03-26-drc-ntaganda-initial-appearance", "date": "2013-03-26", "chamber": "Pre-Trial Chamber II",
          "kind": "other", "outcome": "initial appearance held", "persons": [NTAGANDA], "situation": "drc",
          "sources": [dict(ICC, url="https://www.icc-cpi.int/news/bosco-ntaganda-iccs-custody")]}
CHAMBERS = ("Pre-Trial Chamber II", "Trial Chamber VI", "Appeals Chamber")
SEARCH = {"on": "2026-05-01", "route": "court-releases", "detail": "the Court's releases of the year read; no ruling found"}


def ruling(rid: str | None = None, **over: Any) -> Callable[[Path], list[str]]:
    rec = {k: v for k, v in {**APPEAR, **over}.items() if v is not None}
    if rid:
        rec["id"] = rid
    return new(f"decisions/{rec['id']}.yaml", dump_yaml(rec))


def same_day(a: str, b: str, c: str | None = None, field: str = "follows", field2: str | None = None) -> Callable[[Path], list[str]]:
    """Rulings of one day (Ntaganda's appearance's shape), each naming the next in ``follows`` (or ``field2`` for the
    second link), the last naming the first: a loop no date order can find."""
    ids = [x for x in (a, b, c) if x]
    changes = []
    for i, rid in enumerate(ids):
        nxt = ids[(i + 1) % len(ids)]
        f = field2 if (field2 and i == 1) else field
        changes.append(ruling(rid, chamber=CHAMBERS[i], **{f: nxt}))
    return both(*changes)


def text(rel: str, old: str, new_text: str) -> Callable[[Path], list[str]]:
    return sub(rel, old, new_text)


def src_event(url: str, **more: Any) -> Callable[[Path], list[str]]:
    return ed(E_CHAD, lambda e: e["sources"].append({"url": url, "publisher": "x", "kind": "secondary", **more}))


def gap_search(*searches: dict[str, Any]) -> Callable[[Path], list[str]]:
    """A primary_gap and its search log on a trip sourced only by a news report (the Jordan trip's shape)."""
    def fn(e: dict[str, Any]) -> None:
        e["sources"] = [dict(REUTERS)]
        e["primary_gap"] = "no release of the Court on the trip was found"
        e["searched"] = [dict(s) for s in searches]
    return ed(E_CHAD, fn)


def gmb(fn: Callable[[list[dict[str, Any]]], None]) -> Callable[[Path], list[str]]:
    return ed("states/GMB.yaml", lambda s: fn(s["participation"]))


def act(acts: list[dict[str, Any]], action: str) -> dict[str, Any]:
    return next(a for a in acts if a["action"] == action)


def occasion(text: str) -> Callable[[Path], list[str]]:
    """The Chad trip's occasion, with data/lookups/monitor_words.yaml (its gathering nouns) copied into the small record."""
    def change(d: Path) -> list[str]:
        (d / "lookups" / "monitor_words.yaml").write_text((ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8"),
                                                          encoding="utf-8")
        return setp(E_CHAD, "occasion", text)(d)
    return change


def lookup_raw(name: str, old: str, new_text: str) -> Callable[[Path], list[str]]:
    return sub(f"lookups/{name}.yaml", old, new_text)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "an initial appearance as the record writes one (kind other, an outcome, after the surrender)", ruling()),
    ("controls", "three rulings of one day by three chambers, each following the one before (no loop)",
     both(ruling("2013-03-26-drc-ntaganda-a"), ruling("2013-03-26-drc-ntaganda-b", chamber=CHAMBERS[1], follows="2013-03-26-drc-ntaganda-a"),
          ruling("2013-03-26-drc-ntaganda-c", chamber=CHAMBERS[2], follows="2013-03-26-drc-ntaganda-b"))),
    ("controls", "an occasion naming a city of the event's own State (summit in N'Djamena)", occasion("CEN-SAD summit in N'Djamena")),
    ("controls", "an occasion naming another State's city not as the gathering's place (flying in from Amman)",
     occasion("CEN-SAD summit, flying in from Amman")),
    ("controls", "a proceedings_terminated ruling after the person's recorded death",
     both(status(NTAGANDA_W, {"status": "deceased", "date": "2020-01-01"}, {"status": "proceedings_terminated", "date": "2021-03-01"}),
          ruling("2021-03-01-drc-ntaganda-proceedings-terminated", date="2021-03-01", kind="proceedings_terminated", outcome="proceedings terminated"))),
    ("controls", "a primary_gap naming the document it is about, on a ruling citing the Court's release",
     setp(D_CHAD, "primary_gap", "the decision itself (ICC-02/05-01/09-109) was not read")),
    ("controls", "a search log dated before the record's cut-off", gap_search(SEARCH)),
    # ---- rulings of kind other
    ("decisions", "(a) an initial appearance of kind other with no outcome", ruling(outcome=None)),
    ("decisions", "(b) an initial appearance whose outcome names another person of the record (Joseph Kony)",
     ruling(outcome="initial appearance of Joseph Kony held")),
    ("decisions", "(b) an initial appearance whose outcome is another person's id", ruling(outcome="joseph-kony")),
    ("decisions", "(b) an initial appearance dated before the person's surrender to the Court (2013-03-20)",
     ruling("2013-03-20-drc-ntaganda-initial-appearance", date="2013-03-20")),
    ("decisions", "(b) an interim release ruling dated before the person's surrender (2012-06-01)",
     ruling("2012-06-01-drc-ntaganda-interim-release", date="2012-06-01", kind="interim_release", outcome="refused")),
    ("decisions", "(b) a ruling on a person dated before the person's first warrant (2005-01-10)",
     ruling("2005-01-10-drc-ntaganda-ruling", date="2005-01-10")),
    ("decisions", "(b) a ruling on a person dated after the person's recorded death (Ntaganda deceased 2020-01-01)",
     both(status(NTAGANDA_W, {"status": "deceased", "date": "2020-01-01"}),
          ruling("2021-03-01-drc-ntaganda-ruling", date="2021-03-01"))),
    ("decisions", "(a) a reparations order with a currency field (currency: EURO)",
     ruling("2021-03-08-drc-ntaganda-reparations-order", date="2021-03-08", outcome="reparations ordered", currency="EURO")),
    ("decisions", "(b) three rulings of one day following each other in a loop (a, b, c, a)",
     same_day("2013-03-26-drc-ntaganda-a", "2013-03-26-drc-ntaganda-b", "2013-03-26-drc-ntaganda-c")),
    ("decisions", "(b) two rulings of one day each the appeal of the other",
     same_day("2013-03-26-drc-ntaganda-a", "2013-03-26-drc-ntaganda-b", field="appeal_of")),
    ("decisions", "(b) a loop mixing appeal_of and follows (a appeal_of b, b follows a, one day)",
     same_day("2013-03-26-drc-ntaganda-a", "2013-03-26-drc-ntaganda-b", field="appeal_of", field2="follows")),
    # ---- events: occasion
    ("events", "(b) an occasion naming a city of another State (summit in Amman, on a trip to Chad)",
     occasion("CEN-SAD summit in Amman")),
    ("events", "(b) an occasion naming another State's city and name (summit in Kampala, Uganda, on a trip to Chad)",
     occasion("summit in Kampala, Uganda")),
    # ---- sources
    ("sources", "(b) a copy_of graded primary on a news host (bbc.com)",
     src_event("https://www.bbc.com/news/world-africa-10712345", kind="primary", copy_of="https://www.icc-cpi.int/news/x")),
    ("sources", "(b) a wiki mirror under a sub-domain (en.wikimili.com)", src_event("https://en.wikimili.com/wiki/Omar_al-Bashir")),
    ("sources", "(b) a content farm written in capitals (24UKRAINE.COM)", src_event("https://24UKRAINE.COM/news/bashir")),
    ("sources", "(b) a wiki mirror with a port (wikimili.com:443)", src_event("https://wikimili.com:443/en/Omar_al-Bashir")),
    ("sources", "(b) a content farm cited on a ruling (24ukraine.com on the Chad decision)",
     ed(D_CHAD, lambda r: r["sources"].append({"url": "https://24ukraine.com/x", "publisher": "x", "kind": "secondary"}))),
    # ---- search logs
    ("search logs", "(b) a search dated in the future (2099-01-01)", gap_search({**SEARCH, "on": "2099-01-01"})),
    ("search logs", "(b) a search dated after the record's cut-off, before today (2026-06-15)", gap_search({**SEARCH, "on": "2026-06-15"})),
    ("search logs", "(b) a search by a route the table does not hold (court-archive)", gap_search({**SEARCH, "route": "court-archive"})),
    ("search logs", "(a) a search with its route null", gap_search({**SEARCH, "route": None})),
    ("search logs", "(b) a bare primary_gap on a ruling that cites the Court's release", setp(D_CHAD, "primary_gap", "no primary source found")),
    ("search logs", "(b) a bare primary_gap on a State's act that cites the depositary",
     gmb(lambda acts: act(acts, "withdrawal_notified").update(primary_gap="no primary found"))),
    ("search logs", "(b) a bare primary_gap on a measure that cites the Court", setp(MS, "primary_gap", "none found")),
    # ---- warrants
    ("warrants", "(b) a second warrant for the same case, its number in lower case (icc-01/04-02/06)",
     copy_as(NTAGANDA_W, "warrants/bosco-ntaganda-3.yaml", lambda w: w.update(id="bosco-ntaganda-3", case_number="icc-01/04-02/06"))),
    ("warrants", "(b) a second warrant for the same case, its number with a space (ICC-01/04-02/06 )",
     copy_as(NTAGANDA_W, "warrants/bosco-ntaganda-3.yaml", lambda w: w.update(id="bosco-ntaganda-3", case_number="ICC-01/04-02/06 "))),
    # ---- States' histories
    ("states", "(b) a State ratifying twice (GMB, a second ratification in 2005)", part("GMB", {"action": "ratification", "date": "2005-01-10"})),
    ("states", "(b) a State acceding after its ratification (GMB, accession 2005)", part("GMB", {"action": "accession", "date": "2005-01-10"})),
    ("states", "(b) a State signing after its ratification (GMB, signature 2005)", part("GMB", {"action": "signature", "date": "2005-01-10"})),
    ("states", "(b) a withdrawal taking effect the day it was notified (BDI 2016-10-27)",
     part("BDI", {"action": "withdrawal_effective", "date": "2016-10-27"})),
    ("states", "(b) a withdrawal taking effect one year less a day after it was notified (BDI 2017-10-26)",
     part("BDI", {"action": "withdrawal_effective", "date": "2017-10-26"})),
    # ---- strings
    ("text", "(a) a person's name with a right-to-left mark (U+200F)", setp(P_KONY, "name", "Joseph\u200f Kony")),
    ("text", "(a) a person's name with a right-to-left override (U+202E)", setp(P_KONY, "name", "Joseph \u202eynoK")),
    ("text", "(a) a person's name with a no-break space (U+00A0)", setp(P_KONY, "name", "Joseph\u00a0Kony")),
    ("text", "(a) a person's alias with a soft hyphen (U+00AD)", setp(P_KONY, "aliases", ["Joseph Rao Ko\u00adny"])),
    ("text", "(a) a ruling's chamber with a line separator (U+2028)", setp(D_CHAD, "chamber", "Pre-Trial\u2028Chamber I")),
    ("text", "(a) a State's name with a byte-order mark inside (U+FEFF)", setp("states/TCD.yaml", "name", "Ch\ufeffad")),
    ("text", "(a) an event's id with a left-to-right mark at its end (U+200E)",
     both(setp(E_CHAD, "id", f"2010-07-21-{BASHIR}-chad\u200e"))),
    # ---- ids across kinds
    ("ids", "(b) one id for a ruling and a trip (the Chad trip's id given to a new ruling)",
     ruling(f"2010-07-21-{BASHIR}-chad", date="2010-07-21", persons=[BASHIR], situation="darfur-sudan", outcome="x")),
    ("ids", "(b) one id for a measure and a statement (the statement's id given to a measure)",
     copy_as(MS, "measures/js-2020-06-23.yaml", lambda m: m.update(id="js-2020-06-23"))),
    # ---- YAML
    ("YAML", "(d) a date given once as an anchor and reused as an alias (date: *d)",
     text(E_CHAD, 'date: "2010-07-21"\n', 'date: &d "2010-07-21"\nfollowup_date: *d\n')),
    ("YAML", "(d) an alias standing for a State's code (state: *s)",
     text(D_CHAD, "state: TCD\n", "state: &s TCD\nnote_state: *s\n")),
    ("YAML", "(a) a lookup table indented with a tab (places.yaml)", lookup_raw("places", "  Abuja: NGA\n", "\tAbuja: NGA\n")),
    ("YAML", "(a) a search routes table with a tab inside an entry", lookup_raw("search_routes", "  court-releases:\n", "  court-releases:\n\t")),
]


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
