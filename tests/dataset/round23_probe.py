"""Round twenty-three of the bad records: the probe (not a test; run by hand, its table is ROUND23.md).

As rounds seven to twenty-two, through the shared harness (``probe_harness.py``). Round twenty-three is weighted (as
the brief asked) to the kinds real users make editing a record by hand in a text editor: tabs, a byte-order mark in the
wrong place, Windows line ends, a trailing space or a capital in an id, a date written the way a letter writes it
(04/12/2026, 4 December 2026), a State written by its name, its two-letter code or its demonym instead of its code, a
person's or a situation's id misspelt by one letter (the answer should say which id it may have meant), a source's
address copied with tracking parameters, a fragment or a text fragment, a smart quote or a no-break space where a
plain one was meant.

    PYTHONPATH=src python tests/dataset/round23_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round23_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BASHIR,
    BEMBA_W,
    D_CHAD,
    E_CHAD,
    E_JOR,
    EXTRA,
    KONY_W,
    MS,
    REUTERS,
    RQ,
    ST,
    main,
    raw,
    run_kinds,
    setp,
    src_on,
    sub,
)

CHAD_DATE = 'date: "2010-07-21"'


def chad(old: str, new: str) -> Callable[[Path], list[str]]:
    return sub(E_CHAD, old, new)


def addr(url: str) -> Callable[[Path], list[str]]:
    """A secondary source on the Chad trip whose address is ``url``."""
    return src_on(E_CHAD, "", {**REUTERS, "url": url})


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a trip with CRLF line ends and a BOM (an editor on Windows)",
     raw(E_CHAD, lambda b: b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n"))),
    # ---- whitespace an editor leaves
    ("whitespace", "(a) a tab indenting a source's fields (a tab for two spaces)", chad("\n  publisher: International", "\n\tpublisher: International")),
    ("whitespace", "(a) a tab after a key's colon (person:\\tomar...)", chad(f"person: {BASHIR}", f"person:\t{BASHIR}")),
    ("whitespace", "(a) a trailing space after a plain id (unquoted)", chad(f"id: 2010-07-21-{BASHIR}-chad\n", f"id: 2010-07-21-{BASHIR}-chad \n")),
    ("whitespace", "(a) a trailing tab after a State's code (unquoted)", chad("state: TCD\n", "state: TCD\t\n")),
    ("whitespace", "(a) a no-break space inside a State's code (T\\u00a0CD)", chad("state: TCD", "state: \"T\u00a0CD\"")),
    ("whitespace", "(a) a no-break space after a person's id (quoted)", chad(f"person: {BASHIR}", f"person: \"{BASHIR}\u00a0\"")),
    ("whitespace", "(a) a zero-width space inside a person's id", chad(f"person: {BASHIR}", "person: \"omar-hassan\u200b-ahmad-al-bashir\"")),
    ("whitespace", "(a) a BOM in the middle of the file (two files pasted together)", chad("state: TCD\n", "state: TCD\n\ufeff")),
    ("whitespace", "(a) a BOM before a value (\\ufeffTCD)", chad("state: TCD", "state: \"\ufeffTCD\"")),
    ("whitespace", "(a) an empty value (state: followed by nothing)", chad("state: TCD", "state:")),
    ("whitespace", "(a) a key indented by one space at the top level", chad("action: no_arrest", " action: no_arrest")),
    # ---- dates written as people write them
    ("dates", "(a) a trip dated 21/07/2010 (day first, slashes)", chad(CHAD_DATE, 'date: "21/07/2010"')),
    ("dates", "(a) a trip dated 07/21/2010 (month first)", chad(CHAD_DATE, 'date: "07/21/2010"')),
    ("dates", "(a) a trip dated 21.07.2010 (dots)", chad(CHAD_DATE, 'date: "21.07.2010"')),
    ("dates", "(a) a trip dated 21 July 2010 (words)", chad(CHAD_DATE, 'date: "21 July 2010"')),
    ("dates", "(a) a trip dated July 21, 2010 (words, month first)", chad(CHAD_DATE, 'date: "July 21, 2010"')),
    ("dates", "(a) a trip dated 20100721 (ISO basic form)", chad(CHAD_DATE, 'date: "20100721"')),
    ("dates", "(a) a trip dated 2010-07-21 unquoted (YAML reads a date)", chad(CHAD_DATE, "date: 2010-07-21")),
    ("dates", "(a) a trip dated 2010-02-30 (no such day), quoted", chad(CHAD_DATE, 'date: "2010-02-30"')),
    ("dates", "(a) a trip dated 2010-02-30 unquoted (YAML's timestamp fails)", chad(CHAD_DATE, "date: 2010-02-30")),
    ("dates", "(a) a trip dated with an en dash (2010–07–21)", chad(CHAD_DATE, 'date: "2010\u201307\u201321"')),
    ("dates", "(a) a trip dated with Arabic-Indic digits (٢٠١٠-٠٧-٢١)", chad(CHAD_DATE, 'date: "\u0662\u0660\u0661\u0660-\u0660\u0667-\u0662\u0661"')),
    ("dates", "(a) a trip dated with full-width digits (２０１０-０７-２１)", chad(CHAD_DATE, 'date: "\uff12\uff10\uff11\uff10-\uff10\uff17-\uff12\uff11"')),
    ("dates", "(a) a warrant issued as a number (2008) unquoted", sub(BEMBA_W, 'issued: "2008-05-23"', "issued: 2008")),
    ("dates", "(a) a trip's end_date written 23/07/2010", setp(E_JOR, "end_date", "31/03/2017")),
    # ---- States written another way
    ("states", "(a) a trip's State written by its name (Chad)", setp(E_CHAD, "state", "Chad")),
    ("states", "(a) a trip's State written by its two-letter code (TD)", setp(E_CHAD, "state", "TD")),
    ("states", "(a) a trip's State written by its demonym (Chadian)", setp(E_CHAD, "state", "Chadian")),
    ("states", "(a) a trip's State written in lower case (tcd)", setp(E_CHAD, "state", "tcd")),
    ("states", "(a) a trip's State written by its numeric code (148)", setp(E_CHAD, "state", "148")),
    ("states", "(a) a statement's signatory written by its name (Australia)", sub(ST, "- AUS\n", "- Australia\n")),
    ("states", "(a) a request's State written by its name (Jordan)", setp(RQ, "requested_state", "Jordan")),
    ("states", "(a) an arrest's by_state written by its name (Belgium)", sub(BEMBA_W, "by_state: BEL", "by_state: Belgium")),
    ("states", "(a) a trip's State misspelt by one letter (TDC)", setp(E_CHAD, "state", "TDC")),
    # ---- ids misspelt by one letter
    ("ids", "(a) a trip's person misspelt by one letter (omar-hassan-ahmad-al-bashr)", setp(E_CHAD, "person", "omar-hassan-ahmad-al-bashr")),
    ("ids", "(a) a trip's person with two letters swapped (omar-hassan-ahmad-al-bahsir)", setp(E_CHAD, "person", "omar-hassan-ahmad-al-bahsir")),
    ("ids", "(a) a warrant's person misspelt by one letter (joseph-konny)", setp(KONY_W, "person", "joseph-konny")),
    ("ids", "(a) a warrant's situation misspelt by one letter (ugnda)", setp(KONY_W, "situation", "ugnda")),
    ("ids", "(a) a decision's person misspelt (one letter)", setp(D_CHAD, "persons", ["omar-hassan-ahmad-al-bashi"])),
    ("ids", "(a) a decision's event misspelt by one letter", setp(D_CHAD, "events", [f"2010-07-21-{BASHIR}-chaad"])),
    ("ids", "(a) a request's person misspelt by one letter", setp(RQ, "person", "omar-hasan-ahmad-al-bashir")),
    ("ids", "(a) a trip's person with underscores for hyphens (omar_hassan_ahmad_al_bashir)", setp(E_CHAD, "person", "omar_hassan_ahmad_al_bashir")),
    ("ids", "(a) a trip's person written by name (Omar Al-Bashir)", setp(E_CHAD, "person", "Omar Al-Bashir")),
    ("ids", "(a) a trip's person in capitals (OMAR-HASSAN-AHMAD-AL-BASHIR)", setp(E_CHAD, "person", BASHIR.upper())),
    ("ids", "(a) a referral's target misspelt by one letter (ukriane)", setp(MS, "targets", "ukriane")),
    # ---- addresses copied from a browser
    ("addresses", "(a) an address copied with a text fragment (#:~:text=)", addr("https://www.reuters.com/world/x-2020-01-01/#:~:text=Bashir%20arrived")),
    ("addresses", "(a) an address copied with Google's redirect (google.com/url?q=)", addr("https://www.google.com/url?q=https://www.reuters.com/world/x-2020-01-01/&sa=D")),
    ("addresses", "(a) an address copied with an AMP path (/amp/)", addr("https://www.reuters.com/amp/world/x-2020-01-01/")),
    ("addresses", "(a) an address with mc_cid (Mailchimp tracking)", addr("https://www.reuters.com/world/x-2020-01-01/?mc_cid=abc123&mc_eid=def")),
    ("addresses", "(a) an address wrapped in angle brackets (<https://...>)", addr("<https://www.reuters.com/world/x-2020-01-01/>")),
    ("addresses", "(a) an address in markdown link form ([x](https://...))", addr("[Reuters](https://www.reuters.com/world/x-2020-01-01/)")),
    ("addresses", "(a) an address with a trailing full stop copied from a sentence", addr("https://www.reuters.com/world/x-2020-01-01/.")),
    ("addresses", "(a) an address with a smart quote at its end", addr("https://www.reuters.com/world/x-2020-01-01/\u201d")),
    ("addresses", "(a) an address without its scheme (www.reuters.com/...)", addr("www.reuters.com/world/x-2020-01-01/")),
    ("addresses", "(a) a web.archive.org copy without copy_of", addr("https://web.archive.org/web/2020/https://www.reuters.com/world/x-2020-01-01/")),
    # ---- smart punctuation an editor puts in
    ("punctuation", "(a) a source kind in curly quotes (“primary”)", chad("  kind: primary", "  kind: \u201cprimary\u201d")),
    ("punctuation", "(a) an action with an en dash for the underscore (no–arrest)", setp(E_CHAD, "action", "no\u2013arrest")),
    ("punctuation", "(a) an action with a space for the underscore (no arrest)", setp(E_CHAD, "action", "no arrest")),
    ("punctuation", "(a) an action in capitals (NO_ARREST)", setp(E_CHAD, "action", "NO_ARREST")),
    ("punctuation", "(a) a boolean written 'yes' (host_party_reported: yes)", chad("host_party_reported: true", "host_party_reported: yes")),
    ("punctuation", "(a) a boolean written 'True' quoted", chad("host_party_reported: true", "host_party_reported: \"true\"")),
    ("punctuation", "(a) a key in capitals (State: TCD)", chad("state: TCD", "State: TCD")),
    ("punctuation", "(a) a key with a space for the underscore (host party reported)", chad("host_party_reported: true", "host party reported: true")),
]


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
