"""Round forty-two's sweep (not a test; tests/dataset/ROUND42.md): a record's id against its file's name under case,
look-alike letters and compatibility forms, YAML's own features a careless import leaves (a BOM inside the file, tabs,
anchors and merge keys, Python tags, huge integers and floats for dates), addresses that are
not a public page's (credentials, local paths, a host with look-alike letters), dates before the Statute where the
field cannot be, periods ending before they start, and lists holding one entry twice under two spellings.

    PYTHONPATH=src python -m tests.dataset.round42_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round42_sweep table BEFORE.json AFTER.json
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round39_sweep as r39
from tests.dataset import round41_sweep as r41
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _edit, _text, _case = r41._load, r41._write, r41._edit, r41._text, r41._case
IDS = "a record's id against its file's name"
YAML = "YAML's own features a careless import leaves"
ADDRESSES = "addresses that are not a public page's"
TIME = "dates before the Statute and periods ending before they start"
LISTS = "a list holding one entry twice, codes mistyped"
CONTROLS = "controls"
RECORDS = r41.RECORDS
#: Latin letters and the Cyrillic letters drawn alike.
CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "S": "\u0405", "A": "\u0410",
            "C": "\u0421", "O": "\u041e", "E": "\u0415", "T": "\u0422", "H": "\u041d", "M": "\u041c", "P": "\u0420",
            "j": "\u0458", "s": "\u0455", "i": "\u0456"}


def _swap_first(value: str, table: dict[str, str]) -> str:
    for i, ch in enumerate(value):
        if ch in table:
            return value[:i] + table[ch] + value[i + 1:]
    raise AssertionError(value)


def _id_change(key: str, new: Callable[[str], str]) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = r41._id_line(text, key)
        return text[:m.start(1)] + new(m.group(1)) + text[m.end(1):]
    return change


def _case_flip(value: str) -> str:
    """An id in capitals in lower case, else its first letter in capitals (``2010-08-27-Chad``)."""
    if value.isupper():
        return value.lower()
    i = next(i for i, ch in enumerate(value) if ch.isalpha())
    return value[:i] + value[i].upper() + value[i + 1:]


def _fullwidth(value: str) -> str:
    for i, ch in enumerate(value):
        if ch.isascii() and ch.isalpha():
            return value[:i] + chr(ord(ch) + 0xFEE0) + value[i + 1:]
    raise AssertionError(value)


def _bom_inside(text: str) -> str:
    i = text.index("\n", text.index("\n") + 1) + 1
    return text[:i] + "\ufeff" + text[i:]


def _tab_indent(text: str) -> str:
    m = re.search(r"\n(  +)(?=[a-z_]+:)", text)
    assert m is not None
    return text[:m.start(1)] + "\t" + text[m.end(1):]


def _as_json(text: str) -> str:
    from iccwatch.dataset.yaml_io import load_yaml

    return json.dumps(load_yaml(text), ensure_ascii=False, indent=2) + "\n"


def _anchor_and_merge(text: str) -> str:
    """The first source given an anchor, and a second written as a merge of it (``<<: *first``) with its own pinpoint."""
    m = re.search(r"^(\s*)- url: ([^\n]+)\n", text, re.M)
    assert m is not None
    return _merge(text, m)


def _merge(text: str, m: re.Match[str]) -> str:
    ind = m.group(1)
    # the source's other keys follow at ind + 2 spaces; find where its mapping ends
    rest = text[m.end():]
    lines = rest.split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith(ind + "  ") and not lines[n].startswith(ind + "- "):
        n += 1
    body = "\n".join(lines[:n])
    anchored = f"{ind}- &first\n{ind}  url: {m.group(2)}\n" + (body + "\n" if n else "")
    merged = f"{ind}- <<: *first\n{ind}  pinpoint: the same page, merged\n"
    return text[:m.start()] + anchored + merged + "\n".join(lines[n:])


def _alias_date(text: str) -> str:
    """The first date given an anchor and a second date field of the record written as its alias."""
    m = r41._first_date_line(text)
    start = m.start(3) - (1 if text[m.start(3) - 1] in "'\"" else 0)
    text = text[:start] + "&d " + text[start:]
    m2 = re.search(r"^(\s*-?\s*)(date|issued|since): ['\"]?\d{4}-\d{2}-\d{2}['\"]?$", text[m.end() + 3:], re.M)
    if m2 is None:
        return text
    at = m.end() + 3
    return text[:at + m2.start()] + f"{m2.group(1)}{m2.group(2)}: *d" + text[at + m2.end():]


def _python_tag(key: str) -> Callable[[str], str]:
    return _id_change(key, lambda v: "!!python/object/apply:os.getcwd []")


def _set_first_date(raw: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = r41._first_date_line(text)
        s, e = m.start(3), m.end(3)
        if text[s - 1] in "'\"":
            s, e = s - 1, e + 1
        return text[:s] + raw + text[e:]
    return change


#: (label, the change of the file's text from its id's key).
TEXT_FORMS: tuple[tuple[str, Callable[[str], Callable[[str], str]]], ...] = (
    ("the id differing from the file's name only by case", lambda key: _id_change(key, _case_flip)),
    ("a Cyrillic look-alike letter in the id (its file's name in Latin)",
     lambda key: _id_change(key, lambda v: _swap_first(v, CYRILLIC))),
    ("a fullwidth letter in the id (the same under NFKC)", lambda key: _id_change(key, _fullwidth)),
    ("a byte-order mark inside the file (after its second line)", lambda key: _bom_inside),
    ("a tab for the indentation of a nested line", lambda key: _tab_indent),
    ("an anchor on the first source and a merge key (<<: *first) repeating it", lambda key: _anchor_and_merge),
    ("an anchor on the first date (&d), and an alias for a later date where the record has one", lambda key: _alias_date),
    ("a Python tag (!!python/object/apply) on the id", _python_tag),
    ("the first date written as a huge integer (10^40)", lambda key: _set_first_date("1" + "0" * 40)),
    ("the first date written as a float year (2010.5)", lambda key: _set_first_date("2010.5")),
    ("a second YAML document after the record (--- and a copy of it)", lambda key: lambda t: t + "---\n" + t),
    ("the record's first key written with a trailing space inside quotes", lambda key: lambda t: re.sub(r"^([a-z_0-9]+):", r"'\1 ':", t, count=1)),
    ("the id written as null (~)", lambda key: _id_change(key, lambda v: "~")),
    ("the file's end marker (...) followed by a stray line", lambda key: lambda t: t + "...\nstray: 1\n"),
)


def text_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, key in RECORDS:
        group = {0: IDS, 1: IDS, 2: IDS}
        for n, (label, form) in enumerate(TEXT_FORMS):
            out.append(Case(f"{rel}: {label}", group.get(n, YAML), (rel,), edit=_text(rel, form(key)), why=label))
    return out


def _renamed_both(rel: str, key: str) -> Callable[[Path], None]:
    """The id and the file's name both given a Cyrillic look-alike letter (the two agree; neither is the id meant)."""
    def edit(data: Path) -> None:
        path = data / rel
        text = path.read_text(encoding="utf-8")
        m = r41._id_line(text, key)
        new = _swap_first(m.group(1), CYRILLIC)
        path.unlink()
        (path.parent / f"{new}.yaml").write_text(text[:m.start(1)] + new + text[m.end(1):], encoding="utf-8")
    return edit


#: (label, the change of the spot's sources, the field an error names relative to the spot's sources).
SOURCE_FORMS: tuple[tuple[str, Callable[[list[Any]], Any], str], ...] = (
    ("the first source's address with a user and password (https://user:pw@host/)",
     lambda ss: ss[0].update(url=re.sub(r"^(https?://)", r"\1editor:secret@", ss[0]["url"])), "0.url"),
    ("the first source's address a local file (file:///C:/Users/me/Downloads/decision.pdf)",
     lambda ss: ss[0].update(url="file:///C:/Users/me/Downloads/decision.pdf"), "0.url"),
    ("the first source's address a Windows path (C:\\Users\\me\\decision.pdf)",
     lambda ss: ss[0].update(url="C:\\Users\\me\\decision.pdf"), "0.url"),
    ("the first source's address a home directory's path (/home/me/decision.pdf)",
     lambda ss: ss[0].update(url="/home/me/decision.pdf"), "0.url"),
    ("the first source's host with a Cyrillic look-alike letter",
     lambda ss: ss[0].update(url=re.sub(r"^(https?://(?:www\.)?)([^/])", lambda m: m.group(1) + CYRILLIC.get(m.group(2), "\u0430"),
                                        ss[0]["url"])), "0.url"),
    ("the first source's host a private network address (http://192.168.1.20/decision.pdf)",
     lambda ss: ss[0].update(url="http://192.168.1.20/decision.pdf"), "0.url"),
    ("the first source's host an intranet name without a dot (http://intranet/decision.pdf)",
     lambda ss: ss[0].update(url="http://intranet/decision.pdf"), "0.url"),
    ("the first source's address a data: URI", lambda ss: ss[0].update(url="data:text/html;base64,PGgxPkRlY2lzaW9uPC9oMT4="), "0.url"),
    ("the first source's address with a space inside", lambda ss: ss[0].update(url=" /".join(ss[0]["url"].rsplit("/", 1))),
     "0.url"),
    ("the first source's address an e-mail link (mailto:)", lambda ss: ss[0].update(url="mailto:press@icc-cpi.int"), "0.url"),
    ("the first source dated after today (2099-01-01)", lambda ss: ss[0].update(date="2099-01-01"), "0.date"),
    ("the first source's pages a huge integer (10^40)", lambda ss: ss[0].update(pages=10 ** 40), "0.pages"),
    ("the first source's pages a float (12.0)", lambda ss: ss[0].update(pages=12.0), "0.pages"),
    ("the first source's pages and a pinpoint past them in a range (pp. 9-30 of 10)",
     lambda ss: ss[0].update(pages=10, pinpoint="pp. 9-30"), "0.pinpoint"),
    ("the first source's accessed date (a field the model does not hold)", lambda ss: ss[0].update(accessed="2099-01-01"),
     "0.accessed"),
)


def source_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        for label, change, field in SOURCE_FORMS:
            def on(sources: list[Any], change: Callable[[list[Any]], Any] = change) -> list[Any]:
                change(sources)
                return sources
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", ADDRESSES, (rel,), edit=r39._on_list(rel, at, on),
                            fields=(f"{at}.{field}",), why=label))
    return out


def hand_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    kony_w, kony = "warrants/joseph-kony-1.yaml", "persons/joseph-kony.yaml"
    ev, chad, resp = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml", "decisions/2010-08-27-chad.yaml", \
        "responses/2013-02-13-asp-president-letter-chad.yaml"
    js, meas = "statements/js-2020-06-23.yaml", "measures/alb-2022-03-02-situation-referral-ukraine.yaml"
    for rel, in (("persons/joseph-kony.yaml",), ("warrants/joseph-kony-1.yaml",)):
        _case(out, IDS, "the id and the file's name both with a Cyrillic look-alike letter",
              (rel.replace(rel.split("/")[1], _swap_first(rel.split("/")[1], CYRILLIC)),), _renamed_both(rel, "id"))
    # before the Statute (1998-07-17) where the field cannot be
    def warrant_issued(day: str) -> Callable[[dict[str, Any]], None]:
        def change(o: dict[str, Any]) -> None:
            o["issued"] = day
            o["status_history"][0]["date"] = day
            o.pop("unsealed", None)
        return change
    _case(out, TIME, "a warrant issued before the Statute existed (1997-07-08)", (kony_w,), _edit(kony_w, warrant_issued("1997-07-08")),
          ("issued",))
    _case(out, TIME, "an event (a surrender to the Court) before the Statute existed (1995-05-24)", (ev,),
          _edit(ev, lambda o: o.update(date="1995-05-24")), ("date",))
    _case(out, TIME, "a finding of non-cooperation before the Statute existed (1996-08-27)", (chad,),
          _edit(chad, lambda o: o.update(date="1996-08-27")), ("date",))
    _case(out, TIME, "a response to the Court before the Statute existed (1997-02-13)", (resp,),
          _edit(resp, lambda o: o.update(date="1997-02-13")), ("date",))
    _case(out, TIME, "a statement in support of the Court before the Statute existed (1990-06-23)", (js,),
          _edit(js, lambda o: o.update(date="1990-06-23")), ("date",))
    _case(out, TIME, "a measure on the Court's situation before the Statute existed (1992-03-02)", (meas,),
          _edit(meas, lambda o: o.update(date="1992-03-02")), ("date",))
    # periods ending before they start
    _case(out, TIME, "an office ending before it starts", (kony,),
          _edit(kony, lambda o: o["offices"][0].update(start="2010-01-01", end="2005-01-01")), ("offices.0",))
    _case(out, TIME, "a warrant withdrawn before it was issued", (kony_w,),
          _edit(kony_w, lambda o: o["status_history"].append({"status": "withdrawn", "date": "2004-01-01",
                                                              "sources": copy.deepcopy(o["status_history"][0]["sources"])})),
          ("status_history",))
    _case(out, TIME, "a warrant unsealed before it was issued", (kony_w,), _edit(kony_w, lambda o: o.update(unsealed="2005-01-01")),
          ("unsealed",))
    # lists: one entry twice under two spellings; codes mistyped
    _case(out, LISTS, "a statement's signatory listed twice, once with a trailing space ('CHE ')", (js,),
          _edit(js, lambda o: o["signatories"].append("CHE ")), ("signatories",))
    _case(out, LISTS, "a statement's signatory with a Cyrillic look-alike letter (Cyrillic С in CHE)", (js,),
          _edit(js, lambda o: o["signatories"].__setitem__(o["signatories"].index("CHE"), "\u0421HE")), ("signatories",))
    _case(out, LISTS, "a statement's drafter listed twice, once in lower case ('cri')", (js,),
          _edit(js, lambda o: o["drafters"].append("cri")), ("drafters",))
    _case(out, LISTS, "a statement's signatory written as NO unquoted where the file was typed by hand", (js,),
          _text(js, lambda t: t.replace("- NOR\n", "- NO\n", 1)), ("signatories",))
    _case(out, LISTS, "a statement's signatory written as off (YAML 1.1's false)", (js,),
          _text(js, lambda t: t.replace("- NOR\n", "- off\n", 1)), ("signatories",))
    _case(out, LISTS, "a person's nationality listed twice, once with a leading space", (kony,),
          _edit(kony, lambda o: o["nationality"].append(" UGA")), ("nationality",))
    _case(out, LISTS, "a person's nationality with a Cyrillic look-alike letter (Ugandan А)", (kony,),
          _edit(kony, lambda o: o.update(nationality=["UG\u0410"])), ("nationality",))
    _case(out, LISTS, "a warrant's crime listed twice, once with a trailing space", (kony_w,),
          _edit(kony_w, lambda o: o["crimes"].append("war_crimes ")), ("crimes",))
    _case(out, LISTS, "an event's State a Cyrillic look-alike of its code (ВЕL)", (ev,),
          _edit(ev, lambda o: o.update(state="\u0412\u0415L")), ("state",))
    _case(out, LISTS, "two statements with one id in two files", ("statements/js-2020-06-23-copy.yaml",),
          lambda data: (data / "statements/js-2020-06-23-copy.yaml").write_bytes((data / js).read_bytes()))
    _case(out, LISTS, "an event whose host is the visitor's own State (a trip home)", (ev,),
          _edit(ev, lambda o: o.update(state="COD", action="no_arrest")), ("state",))
    return out


def control_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        _case(out, CONTROLS, "a comment line added at the top (valid)", (rel,), _text(rel, lambda t: "# reviewed\n" + t), valid=True)
        _case(out, CONTROLS, "the file written as JSON (valid: YAML reads the same record; round 39's control)", (rel,),
              _text(rel, _as_json), valid=True)
    _case(out, CONTROLS, "a person's nationality written in a flow list ([UGA]) (valid)", ("persons/joseph-kony.yaml",),
          _text("persons/joseph-kony.yaml", lambda t: t.replace("nationality:\n- UGA\n", "nationality: [UGA]\n", 1)), valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*text_cases(data), *source_cases(data), *hand_cases(data), *control_cases(data)]


outcome = r41.outcome
classify = r41.classify
base_copy = r41.base_copy


run, table = sweep_runner.standard(base_copy, cases, outcome)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
