"""Round eighteen of the bad records: the probe (not a test; run by hand, its table is ROUND18.md).

As rounds seven to seventeen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's clean measure, response, position
and request added, runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed.
Round eighteen looks where rounds three to seventeen's tables show nothing: letters of scripts other than Greek and
Cyrillic that look like Latin ones (Armenian, Cherokee, Lisu, small capitals, ligatures), invisible letters that are
not format characters (fillers, a blank Braille cell, the combining grapheme joiner), hyphens that are not the
hyphen-minus, gaps (``later_rulings_gap``, ``responses_gap``) left beside the ruling or response they say is missing,
States named in facts dated before they existed (a Council resolution obliging one, a request it made, a statement
open to it, a position it held), a State's other names (short, French) given to two States, cooperation-law statuses
out of order or contradicting one another on one day, and a few YAML forms not tried before.

The paths that write and read beside the record (build, review queue, API) are probed by ``round18_paths.py``.

    PYTHONPATH=src python tests/dataset/round18_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round18_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    D_JOR,
    E_CHAD,
    EXTRA,
    P_BASHIR,
    P_KONY,
    PO,
    RQ,
    RS,
    ST,
    W1,
    both,
    ed,
    event,
    main,
    new,
    raw,
    run_kinds,
    setp,
    src_on,
)
from round17_probe import R1593, _new_state  # noqa: E402


def _room_for_states(d: Path) -> list[str]:
    """The small record asserts its 82 States; a probe that adds one raises the bound (the assertions file is not the change)."""
    p = d / "assertions.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("states: {min: 82, max: 82}", "states: {min: 82, max: 84}"), encoding="utf-8")
    return []


SSD = both(_room_for_states, _new_state("SSD", "SS", "728", "South Sudan", "2011-07-09"))
TCD = "states/TCD.yaml"
JOR = "states/JOR.yaml"
LEG_SRC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}


def _name(rel: str, value: str) -> Callable[[Path], list[str]]:
    return setp(rel, "name", value)


def _alias(rel: str, value: str) -> Callable[[Path], list[str]]:
    return ed(rel, lambda p: p.setdefault("aliases", []).append(value))


def _reuters(url: str, **more: Any) -> dict[str, Any]:
    return {"url": url, "publisher": "Reuters", "kind": "secondary", **more}


def _two_on_event(a: str, b: str) -> Callable[[Path], list[str]]:
    return both(src_on(E_CHAD, "", _reuters(a)), src_on(E_CHAD, "", _reuters(b)))


def _legislation(iso3: str, *items: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s["implementing_legislation"] = [{**it, "sources": [dict(LEG_SRC)]} for it in items]
    return ed(f"states/{iso3}.yaml", fn)


def _drop(rel: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / rel).unlink()
        return [rel, "persons/joseph-kony.yaml"]
    return change


_STATEMENT_2010 = """id: js-2010-06-23
title: Joint statement on cooperation with the Court
date: "2010-06-23"
signatories:
- JOR
complete: false
open_to:
- JOR
- SSD
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  publisher: International Criminal Court
  kind: primary
"""


def _response(rid: str, body: str, kind: str, related: bool = False) -> str:
    about = "related_decisions:\n- 2017-12-11-jordan\nsituation: darfur-sudan" if related else "decision: 2017-12-11-jordan"
    return f"""id: {rid}
{about}
states:
- JOR
body: {body}
date: "{rid[:10]}"
kind: {kind}
summary: The finding on Jordan was taken up (probe).
sources:
- url: https://asp.icc-cpi.int/fr/node/1675
  publisher: Assembly of States Parties
  kind: primary
"""


_JOR_GAP = setp(D_JOR, "responses_gap", "no response found (searched 2026-12-01)")


def _chad_response_gap(r: dict[str, Any]) -> None:
    r.update(decision="2010-08-27-chad")


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "an alias wholly in Armenian beside the Latin name (Ջոզեֆ Կոնի)", _alias(P_KONY, "Ջոզեֆ Կոնի")),
    ("controls", "a name with a Latin letter of another language (Bashır, dotless i)", _alias(P_BASHIR, "Omar Al-Bashır")),
    ("controls", "a response naming the finding it takes up, with no responses_gap", ed(RS, _chad_response_gap)),
    ("controls", "a record file with mixed line ends (CRLF and LF)",
     raw(P_KONY, lambda b: b.replace(b"\n", b"\r\n", 3))),
    # ---- text: look-alike letters of other scripts, invisible letters, other hyphens
    ("text", "(d) a name with an Armenian letter in a Latin word (Kօny, U+0585)", _name(P_KONY, "Joseph K\u0585ny")),
    ("text", "(d) an alias with a Cherokee letter in a Latin word (Ꭻoseph, U+13AB)", _alias(P_KONY, "\u13aboseph Kony")),
    ("text", "(d) a name with a Lisu letter in a Latin word (ꓗony, U+A4D7)", _name(P_KONY, "Joseph \ua4d7ony")),
    ("text", "(d) an alias with a Latin small capital (ᴋony, U+1D0B)", _alias(P_KONY, "Joseph \u1d0bony")),
    ("text", "(d) an alias with a ligature (Joseph Koﬁ, U+FB01)", _alias(P_KONY, "Joseph Ko\ufb01")),
    ("text", "(d) an alias with a Coptic letter in a Latin word (Ⲕony, U+2C94)", _alias(P_KONY, "Joseph \u2c94ony")),
    ("text", "(d) a name with a combining grapheme joiner inside (Ko͏ny, U+034F)", _name(P_KONY, "Joseph Ko\u034fny")),
    ("text", "(d) an alias with a Hangul filler for a space (U+3164)", _alias(P_KONY, "Joseph\u3164Kony")),
    ("text", "(d) a title with a blank Braille cell for a space (U+2800)", setp(ST, "title", "Joint statement\u2800by 67 States Parties")),
    ("text", "(d) a name with a Khmer invisible vowel (U+17B4)", _name(P_KONY, "Joseph Ko\u17b4ny")),
    ("text", "(d) a name with a non-breaking hyphen (Al‑Bashir, U+2011)", _name(P_BASHIR, "Omar Hassan Ahmad Al\u2011Bashir")),
    ("text", "(d) a name with the Unicode hyphen (Al‐Bashir, U+2010)", _name(P_BASHIR, "Omar Hassan Ahmad Al\u2010Bashir")),
    ("text", "(d) an alias with a minus sign for a hyphen (Al−Bashir, U+2212)", _alias(P_BASHIR, "Omar Al\u2212Bashir")),
    ("text", "(d) a case number with an en dash (ICC-02/05–01/09)", setp(W1, "case_number", "ICC-02/05\u201301/09")),
    ("text", "(d) a person's name with a Hangul choseong filler (U+115F) alone as a word", _name(P_KONY, "Joseph \u115f Kony")),
    ("text", "(d) an occasion with a Mongolian free variation selector (U+180B)", setp(E_CHAD, "occasion", "CEN-SAD sum\u180bmit")),
    # ---- sources: one page under two addresses, copies of the page itself
    ("sources", "(a) the same page twice on one fact, with and without its fragment (#para3)",
     _two_on_event("https://www.reuters.com/world/x-2010-07-21/", "https://www.reuters.com/world/x-2010-07-21/#para3")),
    ("sources", "(a) the same page twice on one fact, with and without index.html",
     _two_on_event("https://www.reuters.com/world/x/", "https://www.reuters.com/world/x/index.html")),
    ("sources", "(a) the same page twice on one fact, on the mobile host (m.) and the www host",
     _two_on_event("https://www.reuters.com/world/x-2010-07-21/", "https://m.reuters.com/world/x-2010-07-21/")),
    ("sources", "(a) the same page twice on one fact, its host with a final dot and without",
     _two_on_event("https://www.reuters.com/world/x-2010-07-21/", "https://www.reuters.com./world/x-2010-07-21/")),
    ("sources", "(a) the same page twice on one fact, with the scheme's default port written (:443)",
     _two_on_event("https://www.reuters.com/world/x-2010-07-21/", "https://www.reuters.com:443/world/x-2010-07-21/")),
    ("sources", "(b) a copy_of naming the page itself over http (the url over https)",
     src_on(E_CHAD, "", {"url": "https://www.reuters.com/world/x-2010-07-21/", "publisher": "Reuters", "kind": "secondary",
                         "copy_of": "http://www.reuters.com/world/x-2010-07-21/"})),
    ("sources", "(b) a copy_of naming the page itself with a final slash added",
     src_on(E_CHAD, "", {"url": "https://www.reuters.com/world/x-2010-07-21", "publisher": "Reuters", "kind": "secondary",
                         "copy_of": "https://www.reuters.com/world/x-2010-07-21/"})),
    # ---- gaps beside what they say is missing
    ("gaps", "(b) a later_rulings_gap on a finding that a recorded appeal rules on (appeal_of)",
     setp(D_JOR, "later_rulings_gap", "no later ruling found (searched 2026-12-01)")),
    ("controls", "a responses_gap on a finding referred to the Assembly and the Council, only the Assembly's response recorded",
     both(new("responses/2018-03-01-asp-jordan.yaml", _response("2018-03-01-asp-jordan", "ASP", "formal")), _JOR_GAP)),
    ("gaps", "(b) a responses_gap on a finding that recorded responses of both forums it was referred to take up (decision)",
     both(new("responses/2018-03-01-asp-jordan.yaml", _response("2018-03-01-asp-jordan", "ASP", "formal")),
          new("responses/2018-03-02-unsc-jordan.yaml", _response("2018-03-02-unsc-jordan", "UNSC", "unsc_discussion")), _JOR_GAP)),
    ("gaps", "(b) a responses_gap on a finding that the responses of both forums take up among their related_decisions",
     both(new("responses/2018-03-01-asp-jordan.yaml", _response("2018-03-01-asp-jordan", "ASP", "formal", related=True)),
          new("responses/2018-03-02-unsc-jordan.yaml", _response("2018-03-02-unsc-jordan", "UNSC", "unsc_discussion", related=True)),
          _JOR_GAP)),
    # ---- a State named in a fact dated before it existed
    ("cross-record", "(b) a Council resolution of 2005 obliging a State that came into being in 2011 (SSD)",
     both(SSD, setp(R1593, "obliges_states", ["SDN", "SSD"]))),
    ("cross-record", "(b) an extradition request made in 2009 by a State that came into being in 2011 (SSD)",
     both(SSD, ed(RQ, lambda q: q.update(requesting="SSD", kind="extradition", same_conduct=True, extradition_obligation=False)))),
    ("controls", "a statement of 2020 open_to a State that existed then (SSD, since 2011)",
     both(SSD, ed(ST, lambda s: s.update(open_to=[*s["signatories"], "SSD"])))),
    ("cross-record", "(b) a statement of 2010 open_to a State that came into being in 2011 (SSD)",
     both(SSD, new("statements/js-2010-06-23.yaml", _STATEMENT_2010))),
    ("cross-record", "(b) a position of 2005 held by a State that came into being in 2011 (states: SSD)",
     both(SSD, ed(PO, lambda p: p.update(court=False, held_by="Government of South Sudan", states=["SSD"], date="2005-05-06",
                                          record_number=None) or p.pop("record_number")))),
    ("cross-record", "(b) a response of 2013 naming a State that came into being later (a fictitious code, since 2014)",
     both(_room_for_states, _new_state("XSS", "XS", "999", "Newland", "2014-01-01"), setp(RS, "states", ["TCD", "XSS"]))),
    ("cross-record", "(b) a situation opened in 2005 whose states name a State that came into being in 2011 (Darfur: SSD)",
     both(SSD, setp("situations/darfur-sudan.yaml", "states", ["SDN", "SSD"]))),
    ("cross-record", "(b) a trip whose person is a State's code (person: tcd)", event("2011-01-01-tcd-jordan", "2011-01-01", "JOR", person="tcd")),
    ("cross-record", "(b) a response's related_decisions naming a ruling that is no finding (the appeal judgment, referred to no one)",
     ed(RS, lambda r: r.update(related_decisions=["2019-05-06-jordan"]))),
    # ---- a State's other names
    ("states", "(b) a State's short_name that is another State's name (Chad's short name 'Jordan')", setp(TCD, "short_name", "Jordan")),
    ("states", "(b) a State's French name that is another State's French name (Chad: Jordanie)", setp(TCD, "name_fr", "Jordanie")),
    ("states", "(b) a State's official French name that is another State's", setp(TCD, "official_name_fr", "Royaume hachémite de Jordanie")),
    ("states", "(b) a State's official name that is its own French name (language mix-up)", setp(TCD, "official_name", "République du Tchad")),
    # ---- cooperation legislation
    ("states", "(a) cooperation-law statuses out of date order (2016 before 2010)",
     _legislation("JOR", {"status": "draft", "as_of": "2016-01-01", "law": "a bill"}, {"status": "none", "as_of": "2010-01-01"})),
    ("states", "(b) two cooperation-law statuses on one day that contradict (enacted and none)",
     _legislation("JOR", {"status": "enacted", "as_of": "2016-01-01", "law": "Law No. 1 of 2016"}, {"status": "none", "as_of": "2016-01-01"})),
    ("states", "(b) a cooperation-law status given twice, identical",
     _legislation("JOR", {"status": "draft", "as_of": "2016-01-01", "law": "a bill"}, {"status": "draft", "as_of": "2016-01-01", "law": "a bill"})),
    ("states", "(b) a cooperation-law status of a State before it came into being (SSD, draft, 2009)",
     both(SSD, _legislation("SSD", {"status": "draft", "as_of": "2009-01-01", "law": "a bill"}))),
    # ---- YAML
    ("YAML", "(c) a value starting with a reserved indicator, unquoted (title: @ICC)",
     raw(ST, lambda b: b.replace(b"title: Joint statement", b"title: @Joint statement", 1))),
    ("YAML", "(c) a value starting with a backtick, unquoted (occasion: `summit`)",
     raw(E_CHAD, lambda b: b.replace(b"action: no_arrest", b"action: no_arrest\noccasion: `summit`", 1))),
    ("YAML", "(d) a %YAML 1.2 directive before the record", raw(P_KONY, lambda b: b"%YAML 1.2\n---\n" + b)),
    ("YAML", "(d) a record whose last line has no line break and ends in a comment", raw(P_KONY, lambda b: b.rstrip(b"\n") + b" # end")),
    ("YAML", "(d) a flow mapping as a whole source, over three lines",
     raw(E_CHAD, lambda b: b.replace(b"sources:\n", b"sources:\n- {url: 'https://www.reuters.com/world/x/',\n   publisher: Reuters,\n   kind: secondary}\n", 1))),
    ("YAML", "(d) a key written as a double-quoted escape of an unknown field (\"\\x6eote \" with a space)",
     raw(P_KONY, lambda b: b + b'"\\x6eote ": x\n')),
    ("YAML", "(d) a date written in YAML's double-quoted escapes (\"\\x32010-07-21\")",
     raw(E_CHAD, lambda b: b.replace(b'date: "2010-07-21"', b'date: "\\x32010-07-21"', 1))),
    ("YAML", "(d) an empty mapping as an office", ed(P_KONY, lambda p: p["offices"].append({}))),
    ("YAML", "(d) an empty list as a status entry", ed(W1, lambda w: w["status_history"].append([]))),
    ("YAML", "(d) a source under a key that is a number (0: url)", ed(E_CHAD, lambda e: e["sources"].append({0: "https://www.reuters.com/x"}))),
    # ---- persons and warrants
    ("persons", "(b) a person under no warrant, summons or application (Kony's warrant file removed)", _drop("warrants/joseph-kony-1.yaml")),
]


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
