"""Round thirty-seven's sweep (not a test; tests/dataset/ROUND37.md): a State acting on a day before it existed, in every
kind where a State acts on a day; a pinpoint's labels no round read (``s.``/``ss.``, upper-case Roman numerals, a page
with a letter, footnotes and notes); dates valid as ISO but impossible in context; text fields with characters no one
sees; YAML's own devices. Every case looks well formed to the eye.

- **a State acting before it existed** (``STATE_SPOTS``): South Sudan's record (``states/SSD.yaml``, copied in) is put
  in each field where a State acts on a day (a statement's signatories, drafters and ``open_to``, a response's and a
  position's States, a finding's, a measure's and a trip's State, a request's requested and requesting State, a
  resolution's ``obliges_states``, an office (dated by its start, or only by its end), a warrant's status, custody
  spell and admissibility challenge, a situation's States, referring States and deferrals, another State's
  counterparty, its own cooperation-law status), and its ``since`` moved to the day after the fact's date; control
  (valid): its ``since`` the fact's own day. The fact's date is the base's, so nothing else changes;
- **a pinpoint's labels** (``PIN_FORMS``): round 30's twelve spots given a pinpoint under an English section label
  (``s.``, ``ss.``), a range of upper-case Roman page numbers, a page or paragraph with a letter (``pp. 14a-12``), a
  footnote or note (``fn.``, ``fns.``, ``n.``, ``nn.``), backwards, to nowhere, numbered 0, bare, or listed twice;
  controls: ``s. 12``, ``ss. 12-14``, ``pp. IV-XII``, ``pp. 12a-14``, ``fn. 12``, ``p. 12, n. 3``, ``Annex IV``,
  ``543 U.S. 2019-2020`` (a law report's volume and pages, where ``s.`` is the end of ``U.S.``);
- **dates impossible in context** (by hand): a finding before its situation was opened, a response before the finding
  it answers, a measure's or a trip's end before its start, ``checked_through`` after today (the record's and a
  kind's), a warrant unsealed before it was issued, a finding effective until a day before it, a deferral ruled on
  before it was requested; control: a finding dated on a Sunday;
- **characters no one sees** (by hand): a control character, a zero-width space, a right-to-left override, a soft
  hyphen in text fields; a code with a Cyrillic letter; an id with a trailing space, a zero-width space, a
  non-breaking space; an id that differs from its file's name by case; a name in NFD against the same name in NFC;
- **YAML's own devices** (by hand, as text): an anchor and alias, a merge key, a duplicate key in a nested map, a
  ``!!python/object`` tag, ``!!binary``, nesting 40 deep, a 10 MB string, an alias bomb, a ``%YAML 1.1`` directive,
  a second document; control: a comment.

Classes as round thirty's; "refused, named" also needs the message to say what is wrong (``mentions``).

    PYTHONPATH=src python -m tests.dataset.round37_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round37_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round36_sweep as r36
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write = r31._load, r31._write
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
STATE = "a State acting before it existed"
PINS = "a pinpoint's labels"
DATES = "dates impossible in context"
CHARS = "characters no one sees"
YAMLS = "YAML's own devices"
NEW = "SSD"
EXISTED = ("before it existed", "its since")


def _days(date: str, n: int) -> str:
    return r31._days(date, n)


def _edit(rel: str, change: Callable[[Any], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        change(obj)
        _write(data, rel, obj)
    return edit


def _since(day: str) -> Callable[[Path], None]:
    def change(o: dict[str, Any]) -> None:
        o["since"]["date"] = day
    return _edit(f"states/{NEW}.yaml", change)


def _src_of(obj: dict[str, Any]) -> list[dict[str, Any]]:
    return copy.deepcopy(obj["sources"])


#: (label, file, the field an error names, the fact's date (a function of the record), the change putting SSD in).
def _state_spots(data: Path) -> list[tuple[str, str, str, str, Callable[[dict[str, Any]], None]]]:
    st = "statements/js-2020-06-23.yaml"
    rs = "responses/2013-02-13-asp-president-letter-chad.yaml"
    po = "positions/icc-appeals-jordan-2019.yaml"
    de = "decisions/2010-08-27-chad.yaml"
    rq = "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml"
    ins = "instruments/unsc-res-1593-2005.yaml"
    ev = f"events/{sorted(p.name for p in (data / 'events').glob('*.yaml'))[0]}"
    me = f"measures/{sorted(p.name for p in (data / 'measures').glob('*.yaml'))[0]}"
    wa = "warrants/bosco-ntaganda-1.yaml"
    pe = "persons/bosco-ntaganda.yaml"
    si = "situations/drc.yaml"
    own = f"states/{NEW}.yaml"
    w = _load(data, wa)
    surrendered = w["status_history"][1]
    ssrc = surrendered["sources"]
    out: list[tuple[str, str, str, str, Callable[[dict[str, Any]], None]]] = []

    def add(label: str, rel: str, field: str, date: str, change: Callable[[dict[str, Any]], None]) -> None:
        out.append((label, rel, field, date, change))

    # Spots whose same-day control would break another rule (the State not a party, not among the signatories, not the
    # id's State) get no control; ``NO_CONTROL`` lists them.

    stmt = _load(data, st)
    add("a statement's signatory", st, "signatories", stmt["date"],
        lambda o: (o["signatories"].append(NEW), o["open_to"].append(NEW), o.update(announced_signatories=len(o["signatories"]))))
    add("a statement's signatory, the statement dated by its month", st, "signatories", stmt["date"][:7],
        lambda o: (o["signatories"].append(NEW), o["open_to"].append(NEW), o.update(announced_signatories=len(o["signatories"]),
                                                                                     date=o["date"][:7])))
    add("a statement's drafter", st, "drafters", stmt["date"], lambda o: o["drafters"].append(NEW))
    add("a State a statement was open to", st, "open_to", stmt["date"], lambda o: o["open_to"].append(NEW))
    add("a response's State", rs, "states", _load(data, rs)["date"], lambda o: o["states"].append(NEW))
    add("a position's State", po, "states", _load(data, po)["date"], lambda o: o["states"].append(NEW))
    add("a finding's State", de, "state", _load(data, de)["date"], lambda o: o.update(state=NEW))
    add("a request's requested State", rq, "requested_state", _load(data, rq)["date"], lambda o: o.update(requested_state=NEW))
    add("a competing request's requesting State", rq, "requesting", _load(data, rq)["date"], lambda o: o.update(requesting=NEW))
    add("a resolution's obliged State", ins, "obliges_states", _load(data, ins)["adopted"], lambda o: o["obliges_states"].append(NEW))
    add("a trip's host", ev, "state", _load(data, ev)["date"], lambda o: o.update(state=NEW))
    add("a measure's State", me, "state", _load(data, me)["date"], lambda o: o.update(state=NEW))
    office = {"title": "Minister", "state": NEW, "kind": "minister", "sources": copy.deepcopy(ssrc)}
    add("an office in the State, by its start", pe, "offices", "2005-01-01",
        lambda o: o["offices"].append({**office, "start": "2005-01-01", "end": "2005-06-30"}))
    add("an office in the State, dated only by its end", pe, "offices", "2005-06-30",
        lambda o: o["offices"].append({**office, "end": "2005-06-30"}))
    add("a warrant's status by the State", wa, "status_history", surrendered["date"],
        lambda o: o["status_history"][1].update(by_state=NEW))
    add("a custody spell held by the State", wa, "custody", "2013-03-18",
        lambda o: o.setdefault("custody", []).append({"held_by": NEW, "since": "2013-03-18", "until": "2013-03-20",
                                                      "sources": copy.deepcopy(ssrc)}))
    add("an admissibility challenge by the State", wa, "admissibility_challenges", "2007-01-10",
        lambda o: o.setdefault("admissibility_challenges", []).append({"by_state": NEW, "made": "2007-01-10",
                                                                       "sources": copy.deepcopy(ssrc)}))
    sit = _load(data, si)
    add("a situation's State", si, "states", sit["referral_date"], lambda o: o["states"].append(NEW))
    add("a situation's referring State", si, "referring_states", sit["referral_date"], lambda o: o["referring_states"].append(NEW))
    add("a deferral the State requested", si, "deferrals", "2005-01-10",
        lambda o: o.setdefault("deferrals", []).append({"state": NEW, "requested": "2005-01-10", "outcome": "pending",
                                                        "sources": _src_of(o)}))
    add("its own cooperation-law status", own, "implementing_legislation", "2005-01-10",
        lambda o: o.setdefault("implementing_legislation", []).append({"status": "none", "as_of": "2005-01-10",
                                                                       "sources": copy.deepcopy(o["since"]["sources"])}))
    return out


#: The spots with no same-day control: on the same day the fact breaks another rule (the State was not a party, is not
#: among the signatories, is not the State of the events the finding names or of the measure's id).
NO_CONTROL = ("a statement's signatory", "a statement's drafter", "a finding's State", "a competing request's requesting State",
              "a trip's host", "a measure's State", "a situation's referring State", "a deferral the State requested")


def state_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for label, rel, field, date, change in _state_spots(data):
        files = (rel,)
        last = date if len(date) == 10 else (dt.date.fromisoformat(_days(date + "-01", 32)[:7] + "-01") - dt.timedelta(days=1)).isoformat()
        for valid, since in ((False, _days(last, 1)), (True, date if len(date) == 10 else date + "-01")):
            if valid and label.startswith(NO_CONTROL):
                continue
            tag = f"since {since}" + (" (valid: the same day)" if valid else "")
            out.append(Case(f"{rel}: {label} ({NEW}), dated {date}, {tag}", STATE, files,
                            edit=r29._do(_edit(rel, change), _since(since)), fields=(field,), valid=valid,
                            why=f"{field} {NEW} on {date}, since {since}", mentions=() if valid else EXISTED))
    return out


#: (label, pinpoint, valid, what the message says).
PIN_FORMS: tuple[tuple[str, str, bool], ...] = (
    ("a range of sections under 's.', backwards", "s. 14-12", False),
    ("a range of sections under 'ss.', backwards", "ss. 14-12", False),
    ("a section under 'ss.' listed twice", "ss. 12, 12", False),
    ("a range of sections under 's.' to nowhere", "s. 12-", False),
    ("a range of upper-case Roman pages, backwards", "pp. XII-IV", False),
    ("a range of pages with a letter, backwards", "pp. 14a-12", False),
    ("a range of paragraphs with a letter, backwards", "paras. 14b-12a", False),
    ("a range of footnotes, backwards", "fns. 14-12", False),
    ("a footnote numbered 0", "fn. 0", False),
    ("a bare footnote label", "fn.", False),
    ("a footnote listed twice", "fns. 12, 12", False),
    ("a range of notes, backwards", "nn. 14-12", False),
    ("a note numbered 0", "n. 0", False),
    ("a range of footnotes to nowhere", "fns. 12-", False),
    ("a section (valid)", "s. 12", True),
    ("a range of sections (valid)", "ss. 12-14", True),
    ("a range of upper-case Roman pages (valid)", "pp. IV-XII", True),
    ("a range of pages with a letter (valid)", "pp. 12a-14", True),
    ("a footnote (valid)", "fn. 12", True),
    ("a page and a note (valid)", "p. 12, n. 3", True),
    ("an annex in Roman numerals (valid)", "Annex IV", True),
    ("a law report's volume and pages (valid)", "543 U.S. 2019-2020", True),
)


def pin_cases(data: Path) -> list[Case]:
    return r36.pin_cases(data, PIN_FORMS, PINS)


def date_cases(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, rel: str, edit: Callable[[Path], None], fields: tuple[str, ...], valid: bool = False,
             mentions: tuple[str, ...] = ()) -> None:
        out.append(Case(f"{rel}: {label}", DATES, (rel,), edit=edit, fields=fields, valid=valid, why=label, mentions=mentions))

    de = "decisions/2010-08-27-chad.yaml"
    sit = _load(data, "situations/darfur-sudan.yaml")
    opened = str(sit.get("investigation_opened") or sit.get("referral_date"))
    case(f"a finding dated {_days(opened, -30)}, before its situation was opened ({opened})", de,
         r31._set(de, "date", _days(opened, -30)), ("date", "situation"))
    rs = "responses/2013-02-13-asp-president-letter-chad.yaml"
    case("a response dated 2010-08-20, before the finding it answers (2010-08-27)", rs, r31._set(rs, "date", "2010-08-20"),
         ("date", "decision"))
    me = f"measures/{sorted(p.name for p in (data / 'measures').glob('*.yaml'))[0]}"
    m = _load(data, me)
    case(f"a measure ending the day before it starts ({m['date']})", me, r31._set(me, "end_date", _days(str(m["date"]), -1)),
         ("end_date", "date"))
    ev = f"events/{sorted(p.name for p in (data / 'events').glob('*.yaml'))[0]}"
    e = _load(data, ev)
    case(f"a trip ending the day before it starts ({e['date']})", ev, r31._set(ev, "end_date", _days(str(e["date"]), -1)),
         ("end_date", "date"))
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    case(f"the record checked through tomorrow ({tomorrow}) (valid: within the future rule's margin of two days)", "meta.yaml",
         r31._set("meta.yaml", "checked_through", tomorrow), ("checked_through",), valid=True)
    week = _days(tomorrow, 6)
    case(f"the record checked through a week ahead ({week})", "meta.yaml", r31._set("meta.yaml", "checked_through", week),
         ("checked_through",))
    case(f"a kind checked through next year ({_days(tomorrow, 365)})", "meta.yaml",
         r31._set("meta.yaml", "coverage.states.checked_through", _days(tomorrow, 365)), ("coverage",))
    wa = "warrants/bosco-ntaganda-1.yaml"
    w = _load(data, wa)
    case(f"a warrant unsealed the day before it was issued ({w['issued']})", wa, r31._set(wa, "unsealed", _days(w["issued"], -1)),
         ("unsealed", "issued"))
    d = _load(data, de)
    case(f"a finding effective until the day before it ({d['date']})", de, r31._set(de, "effective_until", _days(d["date"], -1)),
         ("effective_until", "date"))
    si = "situations/drc.yaml"

    def deferral(o: dict[str, Any]) -> None:
        o.setdefault("deferrals", []).append({"state": "COD", "requested": "2005-01-10", "outcome": "application_rejected",
                                              "outcome_date": "2005-01-09", "sources": _src_of(o)})
    case("a deferral ruled on the day before it was requested", si, _edit(si, deferral), ("deferrals",))
    sunday = "2019-07-07"
    case(f"a conviction dated on a Sunday ({sunday}) (valid)", wa, r31._set(wa, "status_history.2.date", sunday), ("status_history",),
         valid=True)
    return out


def _text(rel: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        p = data / rel
        p.write_text(change(p.read_text(encoding="utf-8")), encoding="utf-8")
    return edit


def char_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    rs = "responses/2013-02-13-asp-president-letter-chad.yaml"
    st = "statements/js-2020-06-23.yaml"
    pe = "persons/bosco-ntaganda.yaml"

    def case(label: str, rel: str, edit: Callable[[Path], None], fields: tuple[str, ...], valid: bool = False) -> None:
        out.append(Case(f"{rel}: {label}", CHARS, (rel,), edit=edit, fields=fields, valid=valid, why=label))

    for name, ch in (("a control character (BEL)", "\x07"), ("a zero-width space", "\u200b"),
                     ("a right-to-left override", "\u202e"), ("a soft hyphen", "\u00ad")):
        case(f"{name} in a summary", rs, _edit(rs, lambda o, ch=ch: o.update(summary=o["summary"][:20] + ch + o["summary"][20:])),
             ("summary",))
    case("a zero-width space in a title", st, _edit(st, lambda o: o.update(title=o["title"].replace(" ", " \u200b", 1))), ("title",))
    case("a State's code with a Cyrillic letter (ТCD)", rs, _edit(rs, lambda o: o.update(states=["\u0422CD"])), ("states",))
    case("an id with a trailing space", rs, _edit(rs, lambda o: o.update(id=o["id"] + " ")), ("id",))
    case("an id with a zero-width space", rs, _edit(rs, lambda o: o.update(id=o["id"] + "\u200b")), ("id",))
    case("an id with a non-breaking space", rs, _edit(rs, lambda o: o.update(id=o["id"].replace("-", "\u00a0", 1))), ("id",))
    case("an id differing from its file's name by case", rs, _edit(rs, lambda o: o.update(id=o["id"].upper())), ("id",))
    case("a link to another record by case", rs, _edit(rs, lambda o: o.update(decision=o["decision"].upper())), ("decision",))

    def nfd(o: dict[str, Any]) -> None:
        o["aliases"].append("Bosco Ntagand\u0061\u0301")  # 'á' decomposed
        o["aliases"].append("Bosco Ntagand\u00e1")  # the same, composed
    case("one alias twice, once in NFD and once in NFC", pe, _edit(pe, nfd), ("aliases",))
    case("an alias with an accent, in NFC (valid)", pe, _edit(pe, lambda o: o["aliases"].append("Bosco Ntagand\u00e1")), ("aliases",),
         valid=True)
    return out


def yaml_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    rs = "responses/2013-02-13-asp-president-letter-chad.yaml"

    def case(label: str, change: Callable[[str], str], valid: bool = False) -> None:
        out.append(Case(f"{rs}: {label}", YAMLS, (rs,), edit=_text(rs, change), fields=(), valid=valid, why=label))

    case("an anchor and an alias", lambda t: t.replace("body: ASP", "body: &b ASP", 1).replace("kind: informal", "kind: *b", 1))
    case("a merge key", lambda t: t + "extra: &x {a: 1}\n<<: *x\n")
    case("a duplicate key in a nested map", lambda t: t.replace("  kind: primary\n", "  kind: primary\n  kind: secondary\n", 1))
    case("a !!python/object tag", lambda t: t.replace("body: ASP", "body: !!python/object:os.system ASP", 1))
    case("a !!binary value", lambda t: t.replace("body: ASP", "body: !!binary QVNQ", 1))
    case("nesting 40 deep", lambda t: t + "extra: " + "[" * 40 + "]" * 40 + "\n")
    case("a 10 MB string", lambda t: t.replace("kind: informal", "kind: informal\nnote: " + "x" * 10_000_000, 1))
    case("an alias bomb", lambda t: t + "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n")
    case("a %YAML 1.1 directive", lambda t: "%YAML 1.1\n---\n" + t)
    case("a second document", lambda t: t + "---\nid: other\n")
    case("a comment (valid)", lambda t: "# a comment\n" + t, valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*state_cases(data), *pin_cases(data), *date_cases(data), *char_cases(data), *yaml_cases(data)]


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    if c.group == PINS:
        return r30.outcome(c, data)
    from iccwatch.dataset import check_dataset

    if data not in r29._BASE:
        r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = r29._snapshot(data)
    try:
        assert c.edit is not None
        c.edit(data)
        # a State's case cites sources copied from the spot (their warnings are the citation's, not the case's)
        problems = [p for p in check_dataset(data)[1] if str(p) not in r29._BASE[data]
                    and not (c.group == STATE and p.field and ".sources" in "." + r30.r27._dotted(p.field))]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        r29._restore(data, snap)
    return classify(c, problems)


def classify(c: Case, problems: list[Any]) -> tuple[str, list[str]]:
    """Round thirty's classes; "named" is an error on the case's file, with a record, on one of its fields (any, where
    it lists none), whose message says one of ``mentions`` where the case has them."""
    names = {f"data/{f}" for f in c.files}
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]

    def named(p: Any) -> bool:
        if p.file not in names or not p.record:
            return False
        if not c.fields:
            return True
        if not p.field:
            return False
        field = r30.r27._dotted(p.field)
        return any(field == f or field.startswith(f + ".") for f in c.fields) and \
            (not c.mentions or any(m in p.message for m in c.mentions))
    shown = [str(p)[:220] for p in errors[:2]]
    if c.valid:
        return "valid", shown
    if any(named(p) for p in errors):
        return "refused, named", [str(p)[:220] for p in errors if named(p)][:2]
    if errors:
        return "named partly", shown
    if any(named(p) for p in warnings):
        return "warned", [str(p)[:220] for p in warnings if named(p)][:2]
    return "silent", [str(p)[:220] for p in warnings[:2]]


def base_copy(target: Path) -> Path:
    """Round 36's base (round 35's) with South Sudan's record, the one State whose since the sweep moves."""
    r36.base_copy(target)
    shutil.copy(REPO_DATA / "states" / f"{NEW}.yaml", target / "states" / f"{NEW}.yaml")
    rel = "assertions.yaml"
    obj = _load(target, rel)
    counts = obj["counts"]["states"]
    for bound in ("min", "max"):  # the base's asserted count of States, one more
        if bound in counts:
            counts[bound] += 1
    _write(target, rel, obj)
    return target


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)

