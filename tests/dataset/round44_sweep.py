"""Round forty-four's sweep (not a test; tests/dataset/ROUND44.md): what a spreadsheet's export, YAML's own reading, a
careless paste and a contributor writing in another language leave in a record, of kinds no earlier round tried.

- **a spreadsheet's leftovers** (``TEXT_FORMS`` on round 41's ten records): an error value (``#N/A``, ``#REF!``,
  ``#VALUE!``), a formula (``=VLOOKUP(...)``, ``=HYPERLINK(...)``), a date as the sheet's serial number, a data-frame
  library's empty values (``nan``, ``None``, ``NaT``), a cell's ``TRUE`` in a text;
- **YAML's own reading**: ``~`` for a required value (the id, a date), ``1:30`` (a time YAML 1.1 reads as 90), a text tagged
  ``!!binary`` or written as a ``!!set``, an alias bomb;
- **text traps**: a non-breaking space or a non-breaking hyphen in a date, a date in fullwidth digits, a non-breaking
  space or a Greek look-alike letter inside an id;
- **fields in another language or number** (``fecha:``, ``source:`` for ``sources:``, ``Date:``, a French text key);
- **order in time and identities** (by hand): a withdrawal taking effect before its notice or not one year after it, a
  ratification before the Statute was adopted, an arrest before its warrant, a status before the warrant's issue, an
  event after a person's recorded death; the same person in two files under ids differing in case or accents or under
  another spelling of the name, a State's code in lower case;
- **controls**: each record with a text holding ``#``, ``=`` and ``N/A`` inside its words.

    PYTHONPATH=src python -m tests.dataset.round44_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round44_sweep table BEFORE.json AFTER.json
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round41_sweep as r41
from tests.dataset import round43_sweep as r43
from tests.dataset import sweep_runner

Case = r41.Case
_load, _edit, _text, _case = r41._load, r41._edit, r41._text, r41._case
SHEET = "a spreadsheet's leftovers"
YAML = "YAML's own reading"
TEXT = "text traps"
FIELDS = "fields in another language or number"
TIME = "order in time"
SAME = "one record under two names"
CONTROLS = "controls"
RECORDS = r41.RECORDS


def _put(m: re.Match[str], group: int, new: str) -> Callable[[str], str]:
    """The match's group (with the quotes around it, if any) replaced by ``new`` as written (quotes and all)."""
    def change(text: str) -> str:
        start, end = m.start(group), m.end(group)
        if start and text[start - 1] in "'\"" and end < len(text) and text[end] == text[start - 1]:
            start, end = start - 1, end + 1
        return text[:start] + new + text[end:]
    return change


def _on_text(new: str) -> Callable[[str], str]:
    return lambda t: _put(r41._first_text_line(t), 3, new)(t)


def _on_date(new: Callable[[str], str]) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = r41._first_date_line(text)
        return _put(m, 3, new(m.group(3)))(text)
    return change


def _on_id(key: str, new: Callable[[str], str]) -> Callable[[str], str]:
    return lambda t: _put(r41._id_line(t, key), 1, new(r41._id_line(t, key).group(1).strip("'\"")))(t)


def _on_url(new: Callable[[str], str]) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = re.search(r"url: ([^\n]+)$", text, re.M)
        assert m is not None
        return _put(m, 1, new(m.group(1).strip("'\"")))(text)
    return change


def _rename_key(pattern: str, new: Callable[[str], str]) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = re.search(pattern, text, re.M)
        assert m is not None, pattern
        return text[:m.start(1)] + new(m.group(1)) + text[m.end(1):]
    return change


def _serial(d: str) -> str:
    """The date as a spreadsheet's serial number (days since 1899-12-30)."""
    import datetime as dt

    return str((dt.date.fromisoformat(d) - dt.date(1899, 12, 30)).days)


def _fullwidth_digits(d: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in d)


def _greek(value: str) -> str:
    table = {"o": "\u03bf", "a": "\u03b1", "e": "\u03b5", "i": "\u03b9", "O": "\u039f", "S": "\u03a3", "A": "\u0391",
             "T": "\u03a4", "N": "\u039d", "0": "\u03bf"}
    for i, ch in enumerate(value):
        if ch in table:
            return value[:i] + table[ch] + value[i + 1:]
    raise AssertionError(value)


def _alias_bomb(text: str) -> str:
    """The record's note replaced by nine levels of lists, each of nine aliases of the one before (9^9 items read)."""
    lines = ["bomb0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        lines.append(f"bomb{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return text + "\n".join(lines) + "\n"


FRENCH = {"title": "titre", "name": "nom", "publisher": "éditeur", "summary": "résumé", "held_by": "détenu_par"}

#: (label, the change of the file's text from its id's key, the group).
TEXT_FORMS: tuple[tuple[str, Callable[[str], Callable[[str], str]], str], ...] = (
    ("the first name or title a spreadsheet's error value ('#N/A')", lambda key: _on_text("'#N/A'"), SHEET),
    ("the first name or title a spreadsheet's broken reference ('#REF!')", lambda key: _on_text("'#REF!'"), SHEET),
    ("the first name or title a spreadsheet's formula (=VLOOKUP(A2,Sheet2!A:B,2,FALSE))",
     lambda key: _on_text("'=VLOOKUP(A2,Sheet2!A:B,2,FALSE)'"), SHEET),
    ("the first name or title a data frame's empty value ('nan')", lambda key: _on_text("'nan'"), SHEET),
    ("the first name or title Python's empty value written out ('None')", lambda key: _on_text("'None'"), SHEET),
    ("the first name or title a spreadsheet's TRUE (a boolean cell, kept as text)", lambda key: _on_text("TRUE"), SHEET),
    ("the first date a spreadsheet's error value ('#VALUE!')", lambda key: _on_date(lambda d: "'#VALUE!'"), SHEET),
    ("the first date as a spreadsheet's serial number (days since 1899-12-30)", lambda key: _on_date(_serial), SHEET),
    ("the first date a data frame's empty date ('NaT')", lambda key: _on_date(lambda d: "'NaT'"), SHEET),
    ("the first address a spreadsheet's HYPERLINK formula", lambda key: _on_url(lambda u: f"'=HYPERLINK(\"{u}\",\"page\")'"),
     SHEET),
    ("the record's id written as ~ (null)", lambda key: _on_id(key, lambda v: "~"), YAML),
    ("the first date written as ~ (null)", lambda key: _on_date(lambda d: "~"), YAML),
    ("the first name or title written as 1:30 (a time; YAML 1.1 would read 90, this reader keeps the text)", lambda key: _on_text("1:30"), YAML),
    ("the first name or title tagged !!binary", lambda key: _on_text("!!binary SGVsbG8="), YAML),
    ("the first name or title written as a set (!!set {a, b})", lambda key: _on_text("!!set {a, b}"), YAML),
    ("an alias bomb appended (nine levels of nine aliases)", lambda key: _alias_bomb, YAML),
    ("a non-breaking space (U+00A0) after the first date", lambda key: _on_date(lambda d: f"'{d}\u00a0'"), TEXT),
    ("a non-breaking hyphen (U+2011) in the first date", lambda key: _on_date(lambda d: f"'{d[:4]}\u2011{d[5:]}'"), TEXT),
    ("the first date in fullwidth digits", lambda key: _on_date(lambda d: f"'{_fullwidth_digits(d)}'"), TEXT),
    ("a non-breaking space (U+00A0) inside the id", lambda key: _on_id(key, lambda v: f"'{v[:2]}\u00a0{v[2:]}'"), TEXT),
    ("a Greek look-alike letter inside the id", lambda key: _on_id(key, lambda v: f"'{_greek(v)}'"), TEXT),
    ("the first date's key in Spanish (fecha:)",
     lambda key: _rename_key(r"^\s*-?\s*(date|issued|since|on|adopted|decided|made): ['\"]?\d{4}-", lambda k: "fecha"), FIELDS),
    ("the first date's key in capitals (Date:)",
     lambda key: _rename_key(r"^\s*-?\s*(date|issued|since|on|adopted|decided|made): ['\"]?\d{4}-", lambda k: k.capitalize()),
     FIELDS),
    ("the record's sources under the singular key (source:)", lambda key: _rename_key(r"^(sources):", lambda k: "source"),
     FIELDS),
    ("the first name or title under its French key",
     lambda key: _rename_key(r"^\s*-?\s*(title|name|publisher|summary|held_by): [A-Za-z]", lambda k: FRENCH[k]), FIELDS),
)


def text_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, key in RECORDS:
        for label, form, group in TEXT_FORMS:
            out.append(Case(f"{rel}: {label}", group, (rel,), edit=_text(rel, form(key)), why=label))
    return out


def _copy_as(rel: str, new: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        (data / new).parent.mkdir(parents=True, exist_ok=True)
        (data / new).write_bytes(change((data / rel).read_text(encoding="utf-8")).encode("utf-8"))
    return edit


def _participation(**days: str) -> Callable[[Any], None]:
    def change(o: Any) -> None:
        for e in o["participation"]:
            if e.get("action") in days:
                e["date"] = days[e["action"]]
    return change


def _set_action_date(action: str, day: str) -> Callable[[Any], None]:
    def change(o: Any) -> None:
        entries = [e for e in o["participation"] if e.get("action") == action] if "participation" in o else []
        assert entries, action
        entries[0]["date"] = day
    return change


def hand_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    bdi, kony = "states/BDI.yaml", "persons/joseph-kony.yaml"
    ev, bemba_w = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml", "warrants/jean-pierre-bemba-gombo-1.yaml"
    kony_w = "warrants/joseph-kony-1.yaml"
    if "participation" in _load(data, bdi):
        _case(out, TIME, "a withdrawal taking effect before its notice", (bdi,),
              _edit(bdi, _set_action_date("withdrawal_effective", "2016-01-02")))
        _case(out, TIME, "a withdrawal taking effect six months after its notice (the Statute: one year)", (bdi,),
              _edit(bdi, _set_action_date("withdrawal_effective", "2017-04-27")))
        _case(out, TIME, "a signature and a ratification before the Statute was adopted (1998-07-17), the entry into force "
              "after Art. 126", (bdi,), _edit(bdi, _participation(signature="1997-01-13", ratification="1997-09-21",
                                                                    entry_into_force="2002-07-01")), mentions=("adopted",))
        _case(out, TIME, "an entry into force before the ratification", (bdi,),
              _edit(bdi, _set_action_date("entry_into_force", "2004-09-01")))
    _case(out, TIME, "a surrender dated before the warrant was issued", (ev,), _edit(ev, lambda o: o.update(date="2008-05-20")))
    _case(out, TIME, "a warrant's status dated before the warrant's issue", (kony_w,),
          _edit(kony_w, lambda o: o["status_history"][1].update(date="2005-06-01")))
    _case(out, TIME, "a warrant issued before the Statute entered into force", (bemba_w,),
          _edit(bemba_w, lambda o: o.update(issued="2001-05-23")))
    kw, kev = "warrants/joseph-kony-1.yaml", "events/2008-05-24-joseph-kony-belgium.yaml"

    def died_then_travels(data: Path) -> None:
        _edit(kw, lambda o: o["status_history"].append({"status": "deceased", "date": "2006-01-01",
                                                        "sources": copy.deepcopy(o["status_history"][0]["sources"][:1])}))(data)
        _copy_as(ev, kev, lambda t: t.replace("2008-05-24-jean-pierre-bemba-gombo-belgium", "2008-05-24-joseph-kony-belgium")
                 .replace("person: jean-pierre-bemba-gombo", "person: joseph-kony").replace("action: surrender", "action: no_arrest"))(data)
    _case(out, TIME, "an event of a person after their recorded death (a warrant's status deceased, then a trip)", (kev, kw),
          died_then_travels, mentions=("death",))
    # one record under two names
    _case(out, SAME, "the same person again under an id differing only in case (Joseph-Kony)", ("persons/Joseph-Kony.yaml",),
          _copy_as(kony, "persons/Joseph-Kony.yaml", lambda t: t.replace("id: joseph-kony", "id: Joseph-Kony", 1)))
    _case(out, SAME, "the same person again under an id differing only in an accent (jóseph-kony)", ("persons/jóseph-kony.yaml",),
          _copy_as(kony, "persons/jóseph-kony.yaml", lambda t: t.replace("id: joseph-kony", "id: jóseph-kony", 1)))
    _case(out, SAME, "the same person again under another transliteration, one not listed anywhere (josef-koni, Josef Koni)",
          ("persons/josef-koni.yaml",),
          _copy_as(kony, "persons/josef-koni.yaml",
                   lambda t: t.replace("id: joseph-kony", "id: josef-koni", 1).replace("name: Joseph Kony", "name: Josef Koni", 1)))
    _case(out, SAME, "the same person again under the name with its accents and case changed (JOSÉPH KONY)",
          ("persons/joseph-kony-2.yaml",),
          _copy_as(kony, "persons/joseph-kony-2.yaml",
                   lambda t: t.replace("id: joseph-kony", "id: joseph-kony-2", 1).replace("name: Joseph Kony", "name: JOSÉPH KONY", 1)),
          mentions=("recorded twice",))
    _case(out, SAME, "an event's State code in lower case (bel)", (ev,), _edit(ev, lambda o: o.update(state="bel")), ("state",))
    _case(out, SAME, "a person's nationality code in lower case (uga)", (kony,), _edit(kony, lambda o: o.update(nationality=["uga"])),
          ("nationality",))
    _case(out, SAME, "a State's own code in lower case (iso3: ssd)", ("states/SSD.yaml",),
          _text("states/SSD.yaml", lambda t: t.replace("iso3: SSD", "iso3: ssd", 1)))
    return out


def control_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        _case(out, CONTROLS, "the first name or title holding #, = and N/A inside its words (valid)", (rel,),
              _text(rel, lambda t: _put(r41._first_text_line(t), 3, r41._first_text_line(t).group(3) + " (No. #2 = N/A form)")(t)),
              valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*text_cases(data), *hand_cases(data), *control_cases(data)]


outcome = r43.outcome  # round 43's classes: a case with words to say is named only by an error saying them
base_copy = r41.base_copy
run, table = sweep_runner.standard(base_copy, cases, outcome)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
