"""Round twenty-four of the bad records: the probe (not a test; run by hand, its table is ROUND24.md).

As rounds seven to twenty-three, through the shared harness (``probe_harness.py``). Round twenty-four is weighted (as
the brief asked) to the record kinds and fields added or touched lately: measures (sanctions: their kind, dates and a
field the model does not hold, such as a CFR part), decisions (reparations orders: an amount written as a field, a
``follows`` or ``appeal_of`` naming a later or a missing decision, persons outside the decision's situation), events
with an ``occasion``, States' withdrawals (a revocation before its notification, an effect not one year after it, a
C.N. number as a field), and the lookup tables edited by hand (a place under two States, a demonym that is a number, a
pattern that does not compile, a language code that is not ISO 639-1). The real-news set's files are probed by
``round24_realnews.py``.

    PYTHONPATH=src python tests/dataset/round24_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round24_probe.py table BEFORE.json AFTER.json
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
    D_JOR,
    D_JOR_AP,
    E_CHAD,
    EXTRA,
    ICC,
    add_measure,
    ed,
    main,
    new,
    part,
    run_kinds,
    setp,
    sub,
)

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SANCTIONS = {"id": "usa-2020-10-01-sanctions-against-court-regulations", "state": "USA", "kind": "sanctions_against_court",
             "title": "International Criminal Court-Related Sanctions Regulations", "date": "2020-10-01",
             "summary": "The Treasury's regulations implementing Executive Order 13928."}
REP = "decisions/2024-02-28-uganda-kony-reparations-order.yaml"
REPARATIONS = {"id": "2024-02-28-uganda-kony-reparations-order", "date": "2024-02-28", "chamber": "Trial Chamber IX",
               "kind": "other", "outcome": "reparations ordered (Art. 75)", "persons": ["joseph-kony"], "situation": "uganda",
               "sources": [dict(ICC)]}


def sanctions(**over: Any) -> Callable[[Path], list[str]]:
    """A sanctions measure by the United States (the bundled record's data/states/USA.yaml copied into the small one, and
    its asserted count of States raised by one)."""
    fields = {k: v for k, v in {**SANCTIONS, **over}.items() if v is not None}
    measure = add_measure(**fields)

    def change(d: Path) -> list[str]:
        (d / "states" / "USA.yaml").write_text((ROOT / "data" / "states" / "USA.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        sub("assertions.yaml", "states: {min: 82, max: 82}", "states: {min: 83, max: 83}")(d)  # the small record's count, with it
        return measure(d)
    return change


def reparations(**over: Any) -> Callable[[Path], list[str]]:
    rec = {k: v for k, v in {**REPARATIONS, **over}.items() if v is not None}
    return new(REP, dump_yaml(rec))


def gmb(fn: Callable[[list[dict[str, Any]]], None]) -> Callable[[Path], list[str]]:
    return ed("states/GMB.yaml", lambda s: fn(s["participation"]))


def act(acts: list[dict[str, Any]], action: str) -> dict[str, Any]:
    return next(a for a in acts if a["action"] == action)


def lookup(name: str, fn: Callable[[Any], Any]) -> Callable[[Path], list[str]]:
    """A lookup table of the record (copied from data/lookups when the small record lacks it), changed by ``fn``."""
    def change(d: Path) -> list[str]:
        p = d / "lookups" / f"{name}.yaml"
        if not p.exists():
            p.write_text((ROOT / "data" / "lookups" / f"{name}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        return ed(f"lookups/{name}.yaml", fn)(d)
    return change


def raw_lookup(name: str, old: str, new_text: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / "lookups" / f"{name}.yaml"
        if not p.exists():
            p.write_text((ROOT / "data" / "lookups" / f"{name}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        return sub(f"lookups/{name}.yaml", old, new_text)(d)
    return change


def fr_family(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    def f(t: Any) -> None:
        fn(t["languages"]["fr"])
    return f


def first_family(entry: Any) -> list[Any]:
    fam = entry["families"]
    return fam[next(iter(fam))]


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a sanctions measure as the record writes one", sanctions()),
    ("controls", "a reparations order as the record writes one (kind other, an outcome)", reparations()),
    ("controls", "monitor_words.yaml as data/ holds it (copied into the small record)", lookup("monitor_words", lambda t: None)),
    # ---- measures: sanctions regulations
    ("measures", "(a) a sanctions measure of kind 'sanctions' (not a kind)", sanctions(kind="sanctions")),
    ("measures", "(a) a sanctions measure of kind 'sanctions_regulation' (not a kind)", sanctions(kind="sanctions_regulation")),
    ("measures", "(a) a sanctions measure with its CFR part as a field (cfr_part: 520)", sanctions(cfr_part=520)),
    ("measures", "(a) a sanctions measure with an effective_date field", sanctions(effective_date="2020-10-01")),
    ("measures", "(a) a sanctions measure ending before it began (end_date 2020-09-30)", sanctions(end_date="2020-09-30")),
    ("measures", "(a) a sanctions measure with end_date 'ongoing'", sanctions(end_date="ongoing")),
    ("measures", "(a) a sanctions measure whose id's date is not its date (id 2020-10-01, date 2020-10-02)", sanctions(date="2020-10-02")),
    ("measures", "(a) a sanctions measure whose id's State is not its State (id usa-, state GBR)", sanctions(state="GBR")),
    ("measures", "(a) a sanctions measure by a State code that does not exist (USX)", sanctions(state="USX")),
    ("measures", "(a) a sanctions measure with an empty title", sanctions(title="")),
    ("measures", "(a) a sanctions_lifted measure with scope (scope is for laws)", sanctions(kind="sanctions_lifted", scope="cooperation")),
    # ---- decisions: reparations orders
    ("decisions", "(a) a reparations order with amount: EUR 52,429,000 (no such field)", reparations(amount="EUR 52,429,000")),
    ("decisions", "(a) a reparations order with amount: 52.4 million", reparations(amount="52.4 million")),
    ("decisions", "(a) a reparations order with a negative amount (amount: -750)", reparations(amount=-750)),
    ("decisions", "(a) a reparations order with a zero amount (amount: 0)", reparations(amount=0)),
    ("decisions", "(a) a reparations order of kind reparations_order (not a kind)", reparations(kind="reparations_order")),
    ("decisions", "(a) a reparations order of kind other with no outcome", reparations(outcome=None)),
    ("decisions", "(a) a decision that follows a later decision (follows 2017-12-11 from 2010)", setp(D_CHAD, "follows", "2017-12-11-jordan")),
    ("decisions", "(a) a decision that follows a missing decision", reparations(follows="2022-12-15-uganda-kony-appeal-judgment")),
    ("decisions", "(a) a decision that follows itself", reparations(follows=REPARATIONS["id"])),
    ("decisions", "(a) a decision appealing a later decision (appeal_of 2019-05-06 from 2017-12-11)", setp(D_JOR, "appeal_of", "2019-05-06-jordan")),
    ("decisions", "(a) a decision whose follows and appeal_of name the same decision", setp(D_JOR_AP, "follows", "2017-12-11-jordan")),
    ("decisions", "(a) a reparations order whose person is not in its situation (kony, darfur-sudan)", reparations(situation="darfur-sudan")),
    ("decisions", "(a) a decision whose person is not its situation's (putin on the Chad decision)",
     setp(D_CHAD, "persons", [BASHIR, "vladimir-vladimirovich-putin"])),
    ("decisions", "(a) a decision whose event is another person's (Bemba's trip on the Chad decision)",
     setp(D_CHAD, "events", [f"2010-07-21-{BASHIR}-chad", "2008-05-24-jean-pierre-bemba-gombo-belgium"])),
    ("decisions", "(a) a reparations order with effective_until before its date", reparations(effective_until="2024-01-01")),
    ("decisions", "(a) a reparations order whose id's date is not its date", reparations(date="2024-02-29")),
    # ---- events with an occasion
    ("events", "(a) an event's occasion an empty string", setp(E_CHAD, "occasion", "")),
    ("events", "(a) an event's occasion a number (2010)", setp(E_CHAD, "occasion", 2010)),
    ("events", "(a) an event's occasion a list", setp(E_CHAD, "occasion", ["CEN-SAD summit", "inauguration"])),
    ("events", "(a) an event's occasion only white space", setp(E_CHAD, "occasion", "   ")),
    ("events", "(a) an event's occasion a date (2010-07-21)", setp(E_CHAD, "occasion", "2010-07-21")),
    # ---- States: withdrawals
    ("withdrawals", "(a) a revocation dated before its notification (GMB 2016-11-01)",
     gmb(lambda acts: act(acts, "withdrawal_revoked").update(date="2016-11-01"))),
    ("withdrawals", "(a) a revocation with no notification (BEL)", part("BEL", {"action": "withdrawal_revoked", "date": "2017-02-10"})),
    ("withdrawals", "(a) an effect eleven months after the notification (BDI 2017-09-27)",
     part("BDI", {"action": "withdrawal_effective", "date": "2017-09-27"})),
    ("withdrawals", "(a) an effect two years after the notification with no note (BDI 2018-10-27)",
     part("BDI", {"action": "withdrawal_effective", "date": "2018-10-27"})),
    ("withdrawals", "(a) a notification with its C.N. number as a field (cn: C.N.805.2016)",
     gmb(lambda acts: act(acts, "withdrawal_notified").update(cn="C.N.862.2016.TREATIES-XVIII.10"))),
    ("withdrawals", "(a) a notification dated before the State's ratification (GMB 2001-01-01)",
     gmb(lambda acts: act(acts, "withdrawal_notified").update(date="2001-01-01"))),
    ("withdrawals", "(a) an announcement retracted before it was made (retracted 2016-11-01)",
     gmb(lambda acts: act(acts, "withdrawal_announced").update(retracted="2016-11-01"))),
    ("withdrawals", "(a) a notification dated to the month only (2016-11)",
     gmb(lambda acts: act(acts, "withdrawal_notified").update(date="2016-11"))),
    ("withdrawals", "(a) a second notification by a State whose first was revoked, with no effect or revocation",
     part("GMB", {"action": "withdrawal_notified", "date": "2018-01-10"})),
    # ---- lookup tables edited by hand
    ("lookups", "(a) a place under two States (the same key twice)", raw_lookup("places", "  Aba: NGA\n", "  Aba: NGA\n  Aba: GHA\n")),
    ("lookups", "(a) a place's State in lower case (nga)", raw_lookup("places", "  Aba: NGA\n", "  Aba: nga\n")),
    ("lookups", "(a) a place whose State is a list", raw_lookup("places", "  Aba: NGA\n", "  Aba: [NGA, GHA]\n")),
    ("lookups", "(a) a demonym list holding a number", raw_lookup("demonyms", "  AFG:\n  - Afghan\n", "  AFG:\n  - Afghan\n  - 123\n")),
    ("lookups", "(a) a demonym that is an empty string", raw_lookup("demonyms", "  AFG:\n  - Afghan\n", "  AFG:\n  - Afghan\n  - ''\n")),
    ("lookups", "(a) a demonym list under a State code that does not exist (XXA)", raw_lookup("demonyms", "  AFG:\n  - Afghan\n", "  AFG:\n  - Afghan\n  XXA:\n  - Xanadian\n")),
    ("lookups", "(a) a State's name a number (state_names)", lookup("state_names", lambda t: t["names"]["AFG"].append(1234))),
    ("lookups", "(a) a monitor word pattern that does not compile (an open bracket)",
     lookup("monitor_words", fr_family(lambda e: e["place_before"].update(pattern=r"\b(?:à|au")))),
    ("lookups", "(a) a monitor family pattern that does not compile", lookup("monitor_words", fr_family(lambda e: first_family(e).append({"pattern": "[a-", "reason": "x"})))),
    ("lookups", "(a) a monitor family pattern that is an empty string", lookup("monitor_words", fr_family(lambda e: first_family(e).append({"pattern": "", "reason": "x"})))),
    ("lookups", "(a) a monitor words language code that is not ISO 639-1 (fra)",
     lookup("monitor_words", lambda t: t.__setitem__("languages", {("fra" if k == "fr" else k): v for k, v in t["languages"].items()}))),
    ("lookups", "(a) a monitor words language code of no language (xx)",
     lookup("monitor_words", lambda t: t.__setitem__("languages", {("xx" if k == "fr" else k): v for k, v in t["languages"].items()}))),
    ("lookups", "(a) a monitor words language code in capitals (FR)",
     lookup("monitor_words", lambda t: t.__setitem__("languages", {("FR" if k == "fr" else k): v for k, v in t["languages"].items()}))),
    ("lookups", "(a) a gathering's words under a language code of no language (xx)",
     lookup("monitor_words", lambda t: t["gatherings"]["nouns"][0]["words"].__setitem__("xx", "sommet"))),
    ("lookups", "(a) function words under a language code of no language (xx)",
     lookup("monitor_words", lambda t: t["function_words"]["words"].__setitem__("xx", ["le"]))),
    ("lookups", "(a) question_months under a language code of no language (xx)",
     lookup("question_months", lambda t: t["languages"].__setitem__("xx", t["languages"].pop("nl")))),
    ("lookups", "(a) question_state_names under a language code that is ISO 639-2 (deu)",
     lookup("question_state_names", lambda t: t["languages"].__setitem__("deu", t["languages"].pop("de")))),
    ("lookups", "(a) place_names under a language code with a region (pt-BR)",
     lookup("place_names", lambda t: t["languages"].__setitem__("pt-BR", t["languages"].pop("pt")))),
    ("lookups", "(a) a monitor weekday list holding a number", lookup("monitor_words", fr_family(lambda e: e["weekdays"]["names"]["monday"].append(1)))),
    ("lookups", "(a) a relative day with days as text ('one')", lookup("monitor_words", fr_family(lambda e: e["relative_days"]["words"][0].update(days="one")))),
]


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
