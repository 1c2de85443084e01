"""Round forty-three's sweep (not a test; tests/dataset/ROUND43.md): what a merge gone wrong, a write cut short, a
script's export and a copy-and-paste leave in a record, of kinds no earlier round tried.

- **a merge gone wrong** (``TEXT_FORMS`` on round 41's ten records): git's conflict markers left in with both sides, the
  separator or the closing marker alone left after a hand resolution, diff3's base marker, the markers inside a text
  (a note written as a block, which YAML reads as one value);
- **a write cut short**: the file cut in the middle of its last line, at half its bytes, inside a UTF-8 character;
- **shapes a script's export leaves**: the record's id repeated inside its first source (one key at two indentation
  levels), the first source written as a list of key/value pairs or of one-key mappings (a list where a mapping is
  expected), a value nested 3,000 deep;
- **addresses a copy-and-paste leaves** (``SOURCE_FORMS`` on round 30's twelve spots): a mail program's safe-links
  wrapper, a defanged scheme (``hxxps``), a markdown link, an address in angle brackets;
- **references to a record of the wrong kind, and to itself** (by hand); **codes of States that no longer exist** (by
  hand); **files a tool leaves beside a record** (by hand: a merge tool's ``_BASE_``/``_LOCAL_`` copies and ``.orig``, a
  download's ``(1)``, a Finder copy, a name with a space before its extension, an editor's swap file);
- **controls**: the ten records with a note holding ``=`` signs and angle brackets where no marker is; an editor's swap
  file beside a record.

    PYTHONPATH=src python -m tests.dataset.round43_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round43_sweep table BEFORE.json AFTER.json
"""

from __future__ import annotations

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
MERGE = "a merge gone wrong"
CUT = "a write cut short"
SHAPE = "shapes a script's export leaves"
ADDRESSES = "addresses a copy-and-paste leaves"
REFS = "references to a record of the wrong kind or to itself"
GONE = "codes of States that no longer exist"
FILES = "files a tool leaves beside a record"
CONTROLS = "controls"
RECORDS = r41.RECORDS
#: What an error must say, for a case of these groups to count as named: the fault as it happened (a merge's conflict,
#: a write cut short), not only the line where YAML stopped or a value the schema refuses.
MENTIONS = {MERGE: ("merge conflict",), CUT: ("cut short",)}


def _around_first_date(text: str) -> str:
    """Both sides of a conflict kept around the first date's line: ours, then theirs a day later."""
    m = r41._first_date_line(text)
    line = text[m.start():m.end()]
    d = m.group(3)
    theirs = line.replace(d, d[:8] + ("02" if d[8:] == "01" else "01"))
    return text[:m.start()] + f"<<<<<<< HEAD\n{line}\n=======\n{theirs}\n>>>>>>> origin/main" + text[m.end():]


def _after_first_date(marker: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = r41._first_date_line(text)
        return text[:m.end()] + "\n" + marker + text[m.end():]
    return change


def _markers_in_note(text: str) -> str:
    """The markers inside a note written as a folded block (``>-``), which YAML reads as one line of text: the record's
    top-level note replaced, or written where it has none (a merge's markers pasted into the text, indented with it)."""
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    obj = load_yaml(text)
    obj["note"] = "NOTE-HERE"
    block = "note: >-\n  <<<<<<< HEAD\n  read again in 2020\n  =======\n  read again in 2021\n  >>>>>>> feature"
    return str(dump_yaml(obj)).replace("note: NOTE-HERE", block, 1)


def _cut_last_line(text: str) -> str:
    body = text.rstrip("\n")
    start = body.rfind("\n") + 1
    return body[:start + max(1, (len(body) - start) // 2)]


def _cut_half(text: str) -> str:
    return text[:len(text) // 2]


def _id_in_first_source(text: str) -> str:
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    obj = load_yaml(text)
    key = "iso3" if "iso3" in obj else "id"
    src = _first_sources(obj)
    src[0] = {key: obj[key], **src[0]}
    return str(dump_yaml(obj))


def _first_sources(obj: Any) -> list[Any]:
    """The record's first nested list of sources, else its own (round 41's ``_nested_or_own``)."""
    return r41._nested_or_own(obj)[0]


def _first_source_as(shape: Callable[[dict[str, Any]], Any]) -> Callable[[str], str]:
    def change(text: str) -> str:
        from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

        obj = load_yaml(text)
        src = _first_sources(obj)
        src[0] = shape(src[0])
        return str(dump_yaml(obj))
    return change


def _deep(text: str) -> str:
    """A value nested 3,000 deep (a flow list in a list ...), on a line after the id's."""
    depth = 3000
    i = text.index("\n") + 1
    return text[:i] + "note: " + "[" * depth + "x" + "]" * depth + "\n" + text[i:]



#: (label, the change of the file's text from its id's key, the group).
TEXT_FORMS: tuple[tuple[str, Callable[[str], Callable[[str], str]], str], ...] = (
    ("a merge conflict left in: both sides of the first date's line between <<<<<<<, ======= and >>>>>>>",
     lambda key: _around_first_date, MERGE),
    ("a merge conflict resolved by hand with its separator (=======) left after the first date",
     lambda key: _after_first_date("======="), MERGE),
    ("a merge conflict resolved by hand with its closing marker (>>>>>>> origin/main) left after the first date",
     lambda key: _after_first_date(">>>>>>> origin/main"), MERGE),
    ("a diff3 conflict's base marker (||||||| merged common ancestors) left after the first date",
     lambda key: _after_first_date("||||||| merged common ancestors"), MERGE),
    ("a merge conflict's markers inside a note written as a folded block (>-: one line of text to YAML)", lambda key: _markers_in_note, MERGE),
    ("the file cut in the middle of its last line (a write cut short)", lambda key: _cut_last_line, CUT),
    ("the file cut at half its length (a write cut short)", lambda key: _cut_half, CUT),
    ("the record's id repeated inside its first source (one key at two indentation levels)", lambda key: _id_in_first_source,
     SHAPE),
    ("the first source written as a list of key/value pairs (a list where a mapping is expected)",
     lambda key: _first_source_as(lambda s: [[k, v] for k, v in s.items()]), SHAPE),
    ("the first source written as a list of one-key mappings (a spreadsheet's rows)",
     lambda key: _first_source_as(lambda s: [{k: v} for k, v in s.items()]), SHAPE),
    ("a value nested 3,000 deep (flow lists in lists)", lambda key: _deep, SHAPE),
)


def _half_char(rel: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        path = data / rel
        raw = path.read_bytes().rstrip(b"\n") + " \u00e9".encode("utf-8")
        path.write_bytes(raw[:-1])
    return edit


def text_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, key in RECORDS:
        for label, form, group in TEXT_FORMS:
            out.append(Case(f"{rel}: {label}", group, (rel,), edit=_text(rel, form(key)), why=label,
                            mentions=MENTIONS.get(group, ())))
        label = "the file cut inside a UTF-8 character (its last byte lost)"
        out.append(Case(f"{rel}: {label}", CUT, (rel,), edit=_half_char(rel), why=label, mentions=MENTIONS[CUT]))
    return out


def _safelinks(url: str) -> str:
    from urllib.parse import quote

    return f"https://eur01.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data=05%7C01&reserved=0"


#: (label, the change of the spot's sources, the field an error names relative to the spot's sources).
SOURCE_FORMS: tuple[tuple[str, Callable[[list[Any]], Any], str], ...] = (
    ("the first source's address wrapped by a mail program's safe-links service",
     lambda ss: ss[0].update(url=_safelinks(ss[0]["url"])), "0.url"),
    ("the first source's address defanged (hxxps://)", lambda ss: ss[0].update(url="hxxp" + ss[0]["url"][4:]), "0.url"),
    ("the first source's address written as a markdown link ([title](address))",
     lambda ss: ss[0].update(url=f"[{ss[0].get('title', 'page')}]({ss[0]['url']})"), "0.url"),
    ("the first source's address in angle brackets (<address>)", lambda ss: ss[0].update(url=f"<{ss[0]['url']}>"), "0.url"),
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


def _copy_as(rel: str, new: str) -> Callable[[Path], None]:
    return lambda data: (data / new).write_bytes((data / rel).read_bytes()) and None


def hand_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    kony_w, kony = "warrants/joseph-kony-1.yaml", "persons/joseph-kony.yaml"
    ev, chad, resp = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml", "decisions/2010-08-27-chad.yaml", \
        "responses/2013-02-13-asp-president-letter-chad.yaml"
    js, meas, sit = "statements/js-2020-06-23.yaml", "measures/alb-2022-03-02-situation-referral-ukraine.yaml", \
        "situations/uganda.yaml"
    ssd = "states/SSD.yaml"
    # references to a record of the wrong kind, or to itself
    _case(out, REFS, "a warrant's person given as the warrant's own id (a warrant where a person is expected)", (kony_w,),
          _edit(kony_w, lambda o: o.update(person="joseph-kony-1")), ("person",))
    _case(out, REFS, "an event's person given as a warrant's id", (ev,),
          _edit(ev, lambda o: o.update(person="jean-pierre-bemba-gombo-1")), ("person",))
    _case(out, REFS, "a decision's person given as a warrant's id", (chad,),
          _edit(chad, lambda o: o.update(persons=["omar-hassan-ahmad-al-bashir-1"])), ("persons",))
    _case(out, REFS, "a response answering itself (its decision its own id)", (resp,),
          _edit(resp, lambda o: o.update(decision=o["id"])), ("decision",))
    _case(out, REFS, "a response's decision given as an event's id", (resp,),
          _edit(resp, lambda o: o.update(decision="2008-05-24-jean-pierre-bemba-gombo-belgium")), ("decision",))
    _case(out, REFS, "a warrant's situation given as a person's id", (kony_w,),
          _edit(kony_w, lambda o: o.update(situation="joseph-kony")), ("situation",))
    _case(out, REFS, "a decision's situation given as a State's code", (chad,),
          _edit(chad, lambda o: o.update(situation="SDN")), ("situation",))
    _case(out, REFS, "a measure's target situation given as a warrant's id", (meas,),
          _edit(meas, lambda o: o.update(targets="joseph-kony-1")), ("targets",))
    _case(out, REFS, "a State that is its own successor (a cycle of one)", (ssd,),
          _edit(ssd, r41._ended(["SSD"])), ("ended.successors",))
    _case(out, REFS, "a decision's events naming the decision itself", (chad,),
          _edit(chad, lambda o: o.update(events=[o["id"]])), ("events",))
    # codes of States that no longer exist
    for code, was in (("YUG", "Yugoslavia"), ("CSK", "Czechoslovakia"), ("SCG", "Serbia and Montenegro"),
                      ("ZAR", "Zaire")):
        _case(out, GONE, f"a person's nationality the code of a State that no longer exists ({code}, {was})", (kony,),
              _edit(kony, lambda o, code=code: o.update(nationality=[code])), ("nationality",))
        _case(out, GONE, f"an event's State the code of a State that no longer exists ({code})", (ev,),
              _edit(ev, lambda o, code=code: o.update(state=code)), ("state",))
    _case(out, GONE, "a statement's signatory the code of a State that no longer exists (DDR, in NOR's place)", (js,),
          _edit(js, lambda o: o["signatories"].__setitem__(o["signatories"].index("NOR"), "DDR")), ("signatories",))
    _case(out, GONE, "a situation's referring State the code of a State that no longer exists (SUN)", (sit,),
          _edit(sit, lambda o: o.update(referring_states=["SUN"])), ("referring_states",))
    # files a tool leaves beside a record
    for new, label in (("persons/joseph-kony_BASE_12345.yaml", "a merge tool's base copy (_BASE_) left beside the record"),
                       ("persons/joseph-kony_LOCAL_12345.yaml", "a merge tool's local copy (_LOCAL_) left beside the record"),
                       ("persons/joseph-kony (1).yaml", "a browser's second download (name (1).yaml) beside the record"),
                       ("persons/joseph-kony copy.yaml", "a file manager's copy (name copy.yaml) beside the record"),
                       ("persons/joseph-kony.yaml.orig", "a merge's .orig copy left beside the record")):
        _case(out, FILES, label, (new,), _copy_as(kony, new))
    for new, label in (("persons/joseph-kony .yaml", "a record's file renamed with a space before its extension"),
                       ("persons/joseph-kony.yaml ", "a record's file renamed with a space after its extension"),
                       ("persons/ joseph-kony.yaml", "a record's file renamed with a space before its name")):
        _case(out, FILES, label, (new,), lambda data, new=new: (data / kony).rename(data / new))
    _case(out, CONTROLS, "an editor's swap file beside the record (.joseph-kony.yaml.swp; valid: not a record, and refusing it "
          "would refuse every check while the file is open)", ("persons/.joseph-kony.yaml.swp",),
          lambda data: (data / "persons/.joseph-kony.yaml.swp").write_bytes(b"b0VIM 9.0\x00\x00\x10\x00"), valid=True)
    return out


def control_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        _case(out, CONTROLS, "a note holding = signs and angle brackets where no marker is (valid)", (rel,),
              _edit(rel, lambda o: o.update(note="Counted as a = b, where 2 < 3 and 5 > 4; the totals below ===")),
              valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*text_cases(data), *source_cases(data), *hand_cases(data), *control_cases(data)]


def classify(c: Case, problems: list[Any]) -> tuple[str, list[str]]:
    """Round 41's classes; a case with ``mentions`` and no field is named only by an error on its file and record that
    says one of them (round 37's classes ask it only where the case names fields)."""
    result, shown = r41.classify(c, problems)
    if result == "refused, named" and c.mentions and not c.fields:
        names = {f"data/{f}" for f in c.files}
        said = [str(p)[:220] for p in problems if p.severity == "error" and p.file in names and p.record
                and any(m in p.message for m in c.mentions)]
        return ("refused, named", said[:2]) if said else ("named partly", shown)
    return result, shown


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    """Round 41's outcome (a directory made in a file's place taken away), classed by ``classify``."""
    return r41.outcome(c, data, classify)


base_copy = r41.base_copy


run, table = sweep_runner.standard(base_copy, cases, outcome)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
