"""Round thirty-one's sweep (not a test; tests/dataset/ROUND31.md): what a contributor gets wrong in a person's standing,
the Court's rulings and the tables the questions are read with. Every case is a record that looks well formed but says
something its other records, or the law of the Court's stages, contradict.

The spots are read from the base (round 29's), the models and the lookups, not listed by hand:

- **standing**: the first warrant (by file name) whose history holds a ``convicted`` status (the convicted spot), and
  the first whose history is only ``issued`` / ``at_large`` (the spot at large); the grounds from
  ``person.GROUNDS_OF`` (one ground no status takes; a ground on every status that takes none);
- **rulings**: rulings of every stage (``STAGES``: confirmation, trial judgment, sentence, appeal judgment) written for
  the convicted spot's person, in and out of order; a chamber, a situation, a person the record does not hold;
- **what the record answers read**: the base's first statement (its count, its list), its first measure of each kind
  swept (a sanction's period), the base's first decision (a referral with no finding, valid: the Court's "informing"
  decisions refer with no finding);
- **the question tables**: ``data/lookups/question_words.yaml`` (copied into the base); every list of patterns in it
  (``patterns``, ``words``, ``opening``, ``facts`` ... found by walking the table, the first of each key's lists) given
  an empty pattern, a pattern that matches every question, a pattern that does not compile; a key written twice; a
  word of ``weekday_words`` written under two of its keys.

Each answer is classified as round thirty's (``round30_sweep.classify``): refused, named; warned; named partly; silent;
crash; valid.

    PYTHONPATH=src python -m tests.dataset.round31_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round31_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, get_args

from tests.dataset import round27_sweep as r27
from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import sweep_runner

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.model.person import GROUNDS_OF, StatusGround, WarrantStatus

Case = r29.Case
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
#: The question tables copied into the base (round 29's base holds none of them).
QUESTION_TABLES = ("question_words",)
#: A pattern that matches every question, and one that does not compile.
MATCH_ALL = (".*", r"\b|x", "(?:)")
BROKEN = "(unclosed"


def _load(data: Path, rel: str) -> Any:
    return load_yaml((data / rel).read_text(encoding="utf-8"))


def _write(data: Path, rel: str, obj: Any) -> None:
    (data / rel).write_text(dump_yaml(obj), encoding="utf-8")


def _days(date: str, n: int) -> str:
    return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=n)).isoformat()


def base_copy(target: Path) -> Path:
    r29.base_copy(target)
    for name in QUESTION_TABLES:
        shutil.copy(REPO_DATA / "lookups" / f"{name}.yaml", target / "lookups" / f"{name}.yaml")
    return target


def _warrants(data: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(f"warrants/{p.name}", _load(data, f"warrants/{p.name}")) for p in sorted((data / "warrants").glob("*.yaml"))]


def _spot_convicted(data: Path) -> tuple[str, dict[str, Any]]:
    return next((rel, w) for rel, w in _warrants(data) if any(s["status"] == "convicted" for s in w["status_history"]))


def _spot_at_large(data: Path) -> tuple[str, dict[str, Any]]:
    return next((rel, w) for rel, w in _warrants(data)
                if {s["status"] for s in w["status_history"]} <= {"issued", "at_large"})


def _status(rel: str, index: int | None, status: dict[str, Any]) -> Callable[[Path], None]:
    """Append ``status`` to the warrant's history (``index`` None), or put it at ``index``."""
    def edit(data: Path) -> None:
        w = _load(data, rel)
        if index is None:
            w["status_history"].append(status)
        else:
            w["status_history"].insert(index, status)
        _write(data, rel, w)
    return edit


def _set(rel: str, path: str, value: Any) -> Callable[[Path], None]:
    """Set the dotted ``path`` (list indices as numbers) of the file ``rel`` to ``value``."""
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        *head, last = path.split(".")
        into = r30._get(obj, ".".join(head)) if head else obj
        into[int(last) if last.isdigit() else last] = value
        _write(data, rel, obj)
    return edit


_do = r29._do  # several edits as one (round 29's)


def _acquit_everywhere(person: str) -> Callable[[Path], None]:
    """Every ``convicted`` status of the person's warrants made ``acquitted``: a person whose only verdict is an acquittal."""
    def edit(data: Path) -> None:
        for rel, w in _warrants(data):
            if w["person"] == person:
                for s in w["status_history"]:
                    s["status"] = "acquitted" if s["status"] == "convicted" else s["status"]
                _write(data, rel, w)
    return edit


#: The stages of a case, in the order the Statute gives them (Arts. 61, 74, 76, 81): a ruling of a later stage follows
#: one of an earlier stage of the same person.
STAGES = ("confirmation_of_charges", "conviction", "sentence", "appeal_judgment")
OUTCOME = {"confirmation_of_charges": "charges confirmed", "conviction": "convicted", "acquittal": "acquitted",
           "sentence": "sentenced", "appeal_judgment": "conviction upheld", "proceedings_terminated": "terminated",
           "other": "initial appearance held"}


def _ruling(key: str, kind: str, date: str, person: str, situation: str, sources: list[dict[str, Any]],
            chamber: str = "Trial Chamber VI", **more: Any) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        rec = {"id": key, "date": date, "chamber": chamber, "kind": kind, "persons": [person], "situation": situation,
               "outcome": OUTCOME[kind], "sources": sources, **more}
        _write(data, f"decisions/{key}.yaml", rec)
    return edit


def generated(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, group: str, files: tuple[str, ...], edit: Callable[[Path], None], fields: tuple[str, ...],
             why: str = "", valid: bool = False) -> None:
        out.append(Case(label, group, files, edit=edit, fields=fields, why=why, valid=valid))

    # -- standing ---------------------------------------------------------------------------------------------------
    g = "standing"
    crel, cw = _spot_convicted(data)
    hist = cw["status_history"]
    n = len(hist)
    conv = next(i for i, s in enumerate(hist) if s["status"] == "convicted")
    conv_day = str(hist[conv]["date"])
    custody = next(i for i, s in enumerate(hist) if s["status"] in ("arrested", "surrendered", "appeared_voluntarily"))
    custody_day = str(hist[custody]["date"])
    srcs = hist[conv]["sources"]
    person, situation = cw["person"], cw["situation"]
    arel, aw = _spot_at_large(data)
    last_day_at_large = str(aw["status_history"][-1]["date"])
    at = f"status_history.{n}"
    case(f"{crel}: an acquittal with no acquittal decision and a conviction standing", g, (crel,),
         _status(crel, None, {"status": "acquitted", "date": _days(conv_day, 400), "sources": srcs}), (at,),
         why="acquitted after the convicted status, no acquittal or appeal judgment in the record")
    case(f"{crel}: a conviction after the acquittal", g, (crel,),
         _do(_status(crel, None, {"status": "acquitted", "date": _days(conv_day, 400), "sources": srcs}),
             _status(crel, None, {"status": "convicted", "date": _days(conv_day, 800), "sources": srcs})),
         (at, f"status_history.{n + 1}"), why="acquitted, then convicted again on the same warrant")
    key = f"{_days(conv_day, 800)}-{person}-conviction"
    case(f"{crel}: a conviction decision after the acquitted status", g, (crel, f"decisions/{key}.yaml"),
         _do(_status(crel, None, {"status": "acquitted", "date": _days(conv_day, 400), "sources": srcs}),
             _ruling(key, "conviction", _days(conv_day, 800), person, situation, srcs)),
         (at, "persons"), why="a ruling convicting a person the warrant records as acquitted before it")
    key = f"{_days(conv_day, 200)}-{person}-sentence"
    case(f"{crel}: sentence completed before the sentence's decision", g, (crel, f"decisions/{key}.yaml"),
         _do(_status(crel, None, {"status": "released", "ground": "sentence_completed", "date": _days(conv_day, 100),
                                  "sources": srcs}), _ruling(key, "sentence", _days(conv_day, 200), person, situation, srcs)),
         (at, "persons", "date"), why="released on completing a sentence the Court gave later")
    case(f"{crel}: sentence completed before the conviction", g, (crel,),
         _status(crel, conv, {"status": "released", "ground": "sentence_completed", "date": _days(conv_day, -30), "sources": srcs}),
         (f"status_history.{conv}",), why="released on completing a sentence before any conviction")
    case(f"{crel}: sentence completed on the conviction's day", g, (crel,),
         _status(crel, None, {"status": "released", "ground": "sentence_completed", "date": conv_day, "sources": srcs}),
         (at,), why="a sentence served in no time")
    case(f"{crel}: proceedings terminated for death, then an arrest", g, (crel,),
         _do(_status(crel, None, {"status": "proceedings_terminated", "ground": "death", "date": _days(conv_day, 30),
                                  "sources": srcs}),
             _status(crel, None, {"status": "arrested", "date": _days(conv_day, 60), "sources": srcs})),
         (at, f"status_history.{n + 1}"), why="arrested after the death the record states")
    case(f"{arel}: warrant withdrawn for death, then a voluntary appearance", g, (arel,),
         _do(_status(arel, None, {"status": "warrant_withdrawn", "ground": "death", "date": _days(last_day_at_large, 30),
                                  "sources": aw["status_history"][-1]["sources"]}),
             _status(arel, None, {"status": "appeared_voluntarily", "date": _days(last_day_at_large, 60),
                                  "sources": aw["status_history"][-1]["sources"]})),
         (f"status_history.{len(aw['status_history'])}", f"status_history.{len(aw['status_history']) + 1}"),
         why="appeared after the death the record states")
    key = f"{_days(conv_day, 60)}-{person}-initial-appearance"
    case(f"{crel}: proceedings terminated for death, then a ruling on an appearance", g, (crel, f"decisions/{key}.yaml"),
         _do(_status(crel, None, {"status": "proceedings_terminated", "ground": "death", "date": _days(conv_day, 30),
                                  "sources": srcs}), _ruling(key, "other", _days(conv_day, 60), person, situation, srcs)),
         (at, "date", "persons"), why="a ruling after the death the record states")
    case(f"{crel}: a ground not in the vocabulary", g, (crel,),
         _status(crel, None, {"status": "released", "ground": "pardon", "date": _days(conv_day, 30), "sources": srcs}),
         (f"{at}.ground", at), why=f"grounds: {', '.join(get_args(StatusGround))}")
    for status in get_args(WarrantStatus):
        if status in GROUNDS_OF:
            continue
        case(f"{crel}: a ground on the status {status}, which takes none", g, (crel,),
             _status(crel, None, {"status": status, "ground": "death", "date": _days(conv_day, 30), "sources": srcs}),
             (f"{at}.ground", at), why="ground: death")
    for status, grounds in GROUNDS_OF.items():
        other = next(x for x in get_args(StatusGround) if x not in grounds)
        case(f"{crel}: the ground {other} on the status {status}", g, (crel,),
             _status(crel, None, {"status": status, "ground": other, "date": _days(conv_day, 30), "sources": srcs}),
             (f"{at}.ground", at), why=f"{status} takes {', '.join(grounds)}")
    case(f"{arel}: a release before any custody", g, (arel,),
         _status(arel, None, {"status": "released", "date": _days(last_day_at_large, 30),
                              "sources": aw["status_history"][-1]["sources"]}),
         (f"status_history.{len(aw['status_history'])}",), why="released by the Court, never held")
    case(f"{crel}: a release dated before the custody", g, (crel,),
         _status(crel, custody, {"status": "released", "ground": "interim_release", "date": _days(custody_day, -10),
                                 "sources": srcs}), (f"status_history.{custody}",), why=f"custody from {custody_day}")
    for i, s in enumerate(hist):
        for other in ("acquitted", "convicted"):
            if s["status"] == other:
                continue
            case(f"{crel}: {other} on the day of the status {s['status']} ({s['date']})", g, (crel,),
                 _status(crel, i + 1, {"status": other, "date": s["date"], "sources": srcs}),
                 (f"status_history.{i + 1}", f"status_history.{i}"), why="two standings on one day")
        case(f"{crel}: the status {s['status']} twice on {s['date']}", g, (crel,),
             _status(crel, i + 1, {"status": s["status"], "date": s["date"], "sources": srcs}),
             (f"status_history.{i + 1}", f"status_history.{i}"), why="one standing recorded twice")

    # -- rulings -----------------------------------------------------------------------------------------------------
    g = "rulings"
    d0 = sorted((data / "decisions").glob("*.yaml"))[0]
    drel = f"decisions/{d0.name}"
    for label, chamber in (("an Appeals Chamber with a number", "Appeals Chamber II"), ("a chamber in Arabic figures", "Trial Chamber 6"),
                           ("a national court", "High Court of Kenya"), ("the Office of the Prosecutor", "Office of the Prosecutor"),
                           ("the Presidency with a number", "Presidency II")):
        case(f"{drel}: {label}", g, (drel,), _set(drel, "chamber", chamber), ("chamber",), why=chamber)
    case(f"{drel}: a situation the record does not hold", g, (drel,), _set(drel, "situation", "atlantis"), ("situation",))
    case(f"{drel}: a person the record does not hold", g, (drel,), _set(drel, "persons", ["no-such-person"]), ("persons",))
    # the stages out of order: a ruling of each stage dated before a ruling of an earlier stage of the person
    base_day = _days(conv_day, 0)
    for i, early in enumerate(STAGES):
        for late in STAGES[i + 1:]:
            k1, k2 = f"{base_day}-{person}-{early.replace('_', '-')}", f"{_days(base_day, -90)}-{person}-{late.replace('_', '-')}"
            more = {"appeal_of": k1} if late == "appeal_judgment" else {}
            case(f"{person}: a {late} before the {early}", g, (f"decisions/{k2}.yaml", f"decisions/{k1}.yaml"),
                 _do(_ruling(k1, early, base_day, person, situation, srcs),
                     _ruling(k2, late, _days(base_day, -90), person, situation, srcs,
                             chamber="Appeals Chamber" if late == "appeal_judgment" else "Trial Chamber VI", **more)),
                 ("date", "persons", "appeal_of", "kind"), why=f"{late} {_days(base_day, -90)}, {early} {base_day}")
    k1, k2 = f"{base_day}-{person}-acquittal", f"{_days(base_day, 90)}-{person}-sentence"
    case(f"{person}: a sentence of an acquitted person", g, (f"decisions/{k2}.yaml", f"decisions/{k1}.yaml", crel),
         _do(_acquit_everywhere(person), _ruling(k1, "acquittal", base_day, person, situation, srcs),
             _ruling(k2, "sentence", _days(base_day, 90), person, situation, srcs)),
         ("kind", "persons", "date"), why="the person's verdict an acquittal (ruling and status), then a sentence")
    k2 = f"{_days(conv_day, 90)}-{person}-confirmation-of-charges"
    case(f"{person}: a confirmation after the convicted status", g, (f"decisions/{k2}.yaml", crel),
         _ruling(k2, "confirmation_of_charges", _days(conv_day, 90), person, situation, srcs, chamber="Pre-Trial Chamber II"),
         ("kind", "persons", "date"), why=f"convicted {conv_day} (the warrant's status)")
    k2 = f"{_days(conv_day, -90)}-{person}-appeal-judgment"
    case(f"{person}: an appeal judgment before the convicted status", g, (f"decisions/{k2}.yaml", crel),
         _ruling(k2, "appeal_judgment", _days(conv_day, -90), person, situation, srcs, chamber="Appeals Chamber"),
         ("kind", "persons", "date"), why=f"convicted {conv_day} (the warrant's status)")

    # -- what the record answers read ------------------------------------------------------------------------------
    g = "what the record answers read"
    srel = f"statements/{sorted((data / 'statements').glob('*.yaml'))[0].name}"
    st = _load(data, srel)
    count = len(st["signatories"])
    case(f"{srel}: a complete list shorter than the announced count", g, (srel,),
         _set(srel, "signatories", st["signatories"][:-1]), ("signatories", "announced_signatories", "complete"),
         why=f"{count - 1} listed, {st.get('announced_signatories')} announced, complete")
    case(f"{srel}: an announced count above the complete list", g, (srel,),
         _set(srel, "announced_signatories", count + 1), ("signatories", "announced_signatories", "complete"),
         why=f"{count} listed, {count + 1} announced, complete")
    case(f"{srel}: a signatory listed twice", g, (srel,), _set(srel, "signatories", [*st["signatories"], st["signatories"][0]]),
         ("signatories",))
    later = next((p.stem for p in sorted((data / "states").glob("*.yaml"))
                  if (_load(data, f"states/{p.name}").get("since") or {}).get("date", "0") > str(st["date"])), None)
    if later is None:  # the base's States all existed on the day: move the statement before the first State's birth
        born = sorted(((_load(data, f"states/{p.name}").get("since") or {}).get("date"), p.stem)
                      for p in sorted((data / "states").glob("*.yaml")) if _load(data, f"states/{p.name}").get("since"))
        if born:
            day, later = born[0]
            case(f"{srel}: a signatory that was not yet a State", g, (srel,),
                 _do(_set(srel, "date", _days(str(day), -60)), _set(srel, "signatories", [*st["signatories"], later]),
                     _set(srel, "complete", False), _set(srel, "announced_signatories", None)),
                 ("signatories", "date"), why=f"{later} since {day}")
    else:
        case(f"{srel}: a signatory that was not yet a State", g, (srel,),
             _do(_set(srel, "signatories", [*st["signatories"], later]), _set(srel, "complete", False)),
             ("signatories",), why=f"{later}")
    case(f"{srel}: a signatory the record does not hold", g, (srel,),
         _do(_set(srel, "signatories", [*st["signatories"], "XXA"]), _set(srel, "complete", False)), ("signatories",))
    mrel = f"measures/{sorted((data / 'measures').glob('*.yaml'))[0].name}"
    m = _load(data, mrel)
    sanction = {**m, "kind": "sanctions_against_court", "targets": "the Court's Prosecutor", "id": f"{m['state'].lower()}-sanctions"}
    srel2 = f"measures/{sanction['id']}.yaml"

    def _sanction(**changes: Any) -> Callable[[Path], None]:
        return lambda data: _write(data, srel2, {**sanction, **changes})
    case(f"{srel2}: a sanction whose end precedes its start", g, (srel2,), _sanction(end_date=_days(str(m["date"]), -30)),
         ("end_date", "date"), why=f"start {m['date']}, end {_days(str(m['date']), -30)}")
    case(f"{srel2}: a sanction ending on its first day (valid)", g, (srel2,), _sanction(end_date=str(m["date"])), ("end_date",),
         valid=True)
    case(f"{srel2}: a sanction whose end is not a date", g, (srel2,), _sanction(end_date="soon"), ("end_date",))
    case(f"{srel2}: a sanction against a person the record does not know", g, (srel2,),
         _sanction(targets="no-such-person"), ("targets",), why="targets is free text (a situation's id or words)")
    case(f"{drel}: a referral with no finding (valid: an informing decision)", g, (drel,),
         _do(_set(drel, "finding", "no_finding"), _set(drel, "referred_to", "ASP+UNSC")), ("finding",), valid=True)
    case(f"{drel}: a finding referred to a forum that does not exist", g, (drel,), _set(drel, "referred_to", "UNGA"),
         ("referred_to",))
    case(f"{drel}: a referral of a postponement", g, (drel,),
         _do(_set(drel, "finding", "postponement_allowed"), _set(drel, "referred_to", "UNSC")),
         ("finding", "referred_to"), why="a postponement is no failure to refer")

    # -- the question tables ---------------------------------------------------------------------------------------
    g = "the question tables"
    for table in QUESTION_TABLES:
        rel = f"lookups/{table}.yaml"
        obj = _load(data, rel)
        seen: set[tuple[str, str]] = set()
        for path, _patterns in _pattern_lists(obj, ""):
            leaf = path.rsplit(".", 1)[-1] if not path.rsplit(".", 1)[-1].isdigit() else path
            top = path.split(".")[0]
            if (top, leaf) in seen:  # the first list of each key under each entry
                continue
            seen.add((top, leaf))
            first = path + ".0"
            for label, value in (("an empty pattern", ""), ("a blank pattern", "  "),
                                 *((f"a pattern that matches every question ({p})", p) for p in MATCH_ALL),
                                 ("a pattern that does not compile", BROKEN)):
                case(f"{rel}: {path}: {label}", g, (rel,), _set(rel, first, value), (path, top), why=repr(value))
        for key in [k for k in obj if isinstance(obj[k], dict)][:3]:
            inner = next(iter(obj[key]))

            def dup(data: Path, rel: str = rel, key: str = key, inner: str = inner) -> None:
                text = (data / rel).read_text(encoding="utf-8")
                (data / rel).write_text(text + f"{key}:\n  {inner}: []\n", encoding="utf-8")
            case(f"{rel}: the key {key} written twice", g, (rel,), dup, (key,))
        if "weekday_words" in obj:
            keys = [k for k in obj["weekday_words"] if isinstance(obj["weekday_words"][k], list)]
            for a, b in zip(keys, keys[1:] + keys[:1], strict=True):
                word = obj["weekday_words"][a][0]
                case(f"{rel}: weekday_words: the word {word} of '{a}' also under '{b}'", g, (rel,),
                     _set(rel, f"weekday_words.{b}", [*obj["weekday_words"][b], word]), ("weekday_words",),
                     why="one word read as two weekdays")
        if "past_words" in obj:
            case(f"{rel}: past_words: a word listed twice", g, (rel,),
                 _set(rel, "past_words.names", [*obj["past_words"]["names"], obj["past_words"]["names"][0]]),
                 ("past_words",))
    return out


#: The keys of a question table whose lists are regular expressions.
PATTERN_KEYS = ("patterns", "words", "opening", "facts", "matches", "names_patterns")


def _pattern_lists(obj: Any, at: str) -> Iterator[tuple[str, list[str]]]:
    """(dotted path, list) of every list of patterns in the table (a list of text under a pattern key)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            here = f"{at}.{k}" if at else str(k)
            if k in PATTERN_KEYS and isinstance(v, list) and v and all(isinstance(x, str) for x in v):
                yield here, v
            else:
                yield from _pattern_lists(v, here)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _pattern_lists(v, f"{at}.{i}")


def cases(data: Path) -> list[Case]:
    return generated(data)


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    """Round thirty's outcome, where a problem on a source (a field inside ``sources``) names no case: the rulings and
    statuses the sweep writes cite the spot's own sources, whose warnings are the citation's, not the case's."""
    if data not in r29._BASE:
        r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = r29._snapshot(data)
    try:
        assert c.edit is not None
        c.edit(data)
        problems = [p for p in check_dataset(data)[1] if str(p) not in r29._BASE[data]
                    and not (p.field and ".sources" in "." + r27._dotted(p.field))]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        r29._restore(data, snap)
    return r30.classify(c, problems)


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table)
