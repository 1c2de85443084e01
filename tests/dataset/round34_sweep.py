"""Round thirty-four's sweep (not a test; tests/dataset/ROUND34.md): dates at the edges of ISO 8601 in every dated spot
and in what the monitor reads, sources whose address or dating contradicts what they are cited for, records that
contradict one another across files (a finding about a trip the record does not hold, a statement's signatory under a
second code), and the index's weights file. Every case is a record or file that looks well formed.

The spots are read from the base (round 32's), not listed by hand:

- **dates at the edges**: the first date of each of round 32's nine dated spots (a State's first participation, a
  warrant's ``issued`` and first status, an event, a decision, a statement, a response, a situation's referral, an
  instrument's adoption) written as 29 February of a common year, 31 April, hour 24 (``T24:00``), a week date with no
  day, a week 53 of a year that has 52, day 366 of a common year, a day 00 or a month 00, a year with a sign, a zone
  with no time (``Z``);
- **the monitor's inputs**: a saved text whose front matter's date is written in those forms, and an RSS item whose
  date is 29 February of a common year or hour 24;
- **sources that contradict what they are cited for**: on the first source list of every kind that carries sources
  (round 30's spots), an address that is only a fragment (``#para-12``) or only a query (``?page=2``), a relative path;
  a Court filing number as the pinpoint of a news page; the primary source of a warrant and of a decision dated the day
  and a month before the act (round 30 swept four years before, past the year's leeway);
- **records that contradict each other**: a finding (a decision) naming a trip of another State or another person, or
  a trip dated after the finding; a non-compliance finding about a trip that is no non-arrest; a statement's signatory
  written under an old or a two-letter code besides its own;
- **the index's weights** (``assess/default_weights.yaml`` copied and changed): a negative weight, an unknown indicator
  or pillar, an indicator or pillar left out, a weight as text, infinite or not a number, a ``version`` key, a window
  of 0 or -1 years or of a fraction, a half-life of 0 or below, a ``min_coverage`` above 1 or below 0. Controls:
  weights that do not sum to one (they are relative, renormalised, docs/index-method.md), a ``half_life: null``.

Each answer is classified as round thirty's (``round30_sweep.classify``); the weights and the monitor's files by
their error (``WeightsError``, ``DocumentError``): refused, named when it names the file and the field.

    PYTHONPATH=src python -m tests.dataset.round34_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round34_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import datetime as dt
import math
import sys
import traceback
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round32_sweep as r32
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _set, _days = r32._load, r32._write, r32._set, r32._days
REMOVE = r30.REMOVE
WEIGHTS = "weights"
MONITOR = "the monitor's inputs"


# -- dates at the edges -----------------------------------------------------------------------------------------------

def _common_year(year: int) -> int:
    while year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        year += 1
    return year


def _weeks(year: int) -> int:
    """ISO weeks in ``year`` (52 or 53)."""
    return dt.date(year, 12, 28).isocalendar()[1]


def edge_dates(day: str) -> list[tuple[str, str]]:
    """The day (or its year) written at the edges of ISO 8601: forms a reader may take, none a real day of the record's."""
    d = dt.date.fromisoformat(day[:10])
    common = _common_year(d.year)
    y52 = next(y for y in range(d.year, d.year + 10) if _weeks(y) == 52)
    return [("29 February of a common year", f"{common}-02-29"), ("31 April", f"{d.year}-04-31"),
            ("hour 24 (T24:00)", f"{day[:10]}T24:00"), ("hour 24 of the year's last day", f"{d.year}-12-31T24:00"),
            ("a week date with no day", f"{d.year}-W{d.isocalendar()[1]:02d}"),
            ("week 53 of a year of 52 weeks", f"{y52}-W53-1"), ("day 366 of a common year", f"{common}-366"),
            ("day 00", f"{day[:8]}00"), ("month 00", f"{d.year}-00-{d.day:02d}"), ("a year with a sign", f"+{day[:10]}"),
            ("a zone and no time", f"{day[:10]}Z")]


def date_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "dates at the edges"
    for kind, at, field in r32.DATED:
        for p in sorted((data / kind).glob("*.yaml")):
            obj = _load(data, f"{kind}/{p.name}")
            holder = r30._get(obj, at) if at else obj
            if isinstance(holder, dict) and holder.get(field) and len(str(holder[field])) >= 10:
                break
        else:
            continue
        rel = f"{kind}/{p.name}"
        path = f"{at}.{field}" if at else field
        day = str(holder[field])
        for label, value in edge_dates(day):
            out.append(Case(f"{rel}: {path} {label} ({value})", g, (rel,), edit=_set(rel, path, value), fields=(path,),
                            why=f"{day} as {value!r}"))
    return out


#: A saved text the monitor reads (its front matter's date is what the cases change).
TEXT = "---\ntitle: \"A report\"\npublisher: \"A Publisher\"\ndate: \"{date}\"\n---\nThe Court said on Monday that the State had not arrested the suspect.\n"
FEED = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>A report</title>"
        "<link>https://example.org/a</link><pubDate>{date}</pubDate><description>The Court said the State had not "
        "arrested the suspect during the visit.</description></item></channel></rss>")


def monitor_cases() -> list[Case]:
    out: list[Case] = []
    for label, value in edge_dates("2021-07-22"):
        out.append(Case(f"a saved text whose front matter date is {label} ({value})", MONITOR, ("report.md",), path=TEXT,
                        value=value, fields=("date",), why=value))
    out.append(Case("a saved text whose front matter date is 2021-07-22 (valid)", MONITOR, ("report.md",), path=TEXT,
                    value="2021-07-22", fields=("date",), valid=True))
    for label, value in (("29 February of a common year", "Mon, 29 Feb 2021 10:00:00 GMT"),
                         ("31 April", "Sat, 31 Apr 2021 10:00:00 GMT"),
                         ("hour 24", "Thu, 22 Jul 2021 24:00:00 GMT"),
                         ("hour 25", "Thu, 22 Jul 2021 25:00:00 GMT")):
        out.append(Case(f"an RSS item whose date is {label} ({value})", MONITOR, ("feed.xml",), path=FEED, value=value,
                        fields=("date",), why=value))
    out.append(Case("an RSS item dated Thu, 22 Jul 2021 10:00:00 GMT (valid)", MONITOR, ("feed.xml",), path=FEED,
                    value="Thu, 22 Jul 2021 10:00:00 GMT", fields=("date",), valid=True))
    return out


# -- sources that contradict what they are cited for ------------------------------------------------------------------

def source_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "sources that contradict what they are cited for"
    news = r30._news_domain(data)
    for kind, rel, at in r30.spots(data):
        s0 = f"{at}.0"
        name = f"{kind}:{Path(rel).stem}:{at}"
        for label, url in (("an address that is only a fragment", "#para-12"), ("an address that is only a query", "?page=2"),
                           ("a relative path for an address", "/news/a-report"),
                           ("an address of a fragment after a bare host", "https://#para-12")):
            out.append(Case(f"{name}:{label}", g, (rel,), edit=r30._edit_source(rel, at, url=url), fields=(s0,), why=url))
        out.append(Case(f"{name}:a Court filing number as the pinpoint of a news page", g, (rel,),
                        edit=r30._edit_source(rel, at, url=f"https://{news}{r30.PAGE_PATH}", kind="secondary", publisher=news,
                                              copy_of=REMOVE, pinpoint="ICC-02/05-01/09-302"),
                        fields=(s0,), why="a news page has no filing number: the pinpoint is the filing's (cite the filing)"))
    # a warrant's and a decision's own Court page dated before the act
    for kind, field in (("warrants", "issued"), ("decisions", "date")):
        p = sorted((data / kind).glob("*.yaml"))[0]
        rel = f"{kind}/{p.name}"
        obj = _load(data, rel)
        day = str(obj[field])
        i = next(i for i, s in enumerate(obj["sources"]) if s["kind"] == "primary")
        for label, n in (("the day before", -1), ("a month before", -30)):
            before = _days(day, n)

            def edit(data: Path, rel: str = rel, i: int = i, before: str = before) -> None:
                o = _load(data, rel)
                o["sources"][i]["date"] = before
                o["sources"][i].pop("note", None)
                _write(data, rel, o)
            out.append(Case(f"{rel}: its primary source (the Court's) dated {label} the act ({before}, act {day})", g, (rel,),
                            edit=edit, fields=(f"sources.{i}", "sources"), why=f"{field} {day}"))
    return out


# -- records that contradict each other -------------------------------------------------------------------------------

OLD_CODES = {"ROU": "ROM", "COD": "ZAR", "DEU": "DDR", "GBR": "GB", "ZAF": "ZA", "CHE": "SUI", "NLD": "HOL"}


def contradiction_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "records that contradict each other"
    decisions = [(f"decisions/{p.name}", _load(data, f"decisions/{p.name}")) for p in sorted((data / "decisions").glob("*.yaml"))]
    events = {e["id"]: (f"events/{p.name}", e) for p in sorted((data / "events").glob("*.yaml"))
              for e in [_load(data, f"events/{p.name}")]}
    drel, d = next((r, x) for r, x in decisions if x.get("events"))
    own = d["events"][0]
    erel, ev = events[own]
    other_state = next((e for e in events.values() if e[1]["state"] != d["state"]), None)
    other_person = next((e for e in events.values() if e[1]["person"] not in d.get("persons", [])), None)
    if other_state:
        out.append(Case(f"{drel}: a finding on {d['state']} about a trip to {other_state[1]['state']} ({other_state[1]['id']})", g,
                        (drel, other_state[0]), edit=_set(drel, "events", [other_state[1]["id"]]), fields=("events",),
                        why="the finding's State is not the trip's"))
    if other_person:
        out.append(Case(f"{drel}: a finding about a trip of {other_person[1]['person']}, not a person of the finding", g,
                        (drel, other_person[0]), edit=_set(drel, "events", [other_person[1]["id"]]), fields=("events",),
                        why="the trip's person is not among the finding's persons"))
    out.append(Case(f"{drel}: a finding dated before the trip it is about", g, (drel, erel),
                    edit=_set(erel, "date", _days(str(d["date"]), 5)), fields=("events", "date"), why="a finding before the trip"))
    # a finding of non-compliance about a trip on which the State surrendered the person (its later rulings said searched)
    gap = {"later_rulings_gap": "Searched the Court's records for later rulings; none found."}
    out.append(Case(f"{drel}: a non-compliance finding about a trip on which the State surrendered the person", g, (drel, erel),
                    edit=r29._do(_set(drel, "finding", "non_compliance"), _set(drel, "later_rulings_gap", gap["later_rulings_gap"]),
                                 _set(erel, "action", "surrender"), _set(erel, "surrendered_unknown", "the sources do not say")),
                    fields=("events", "finding"), why="non-compliance for not surrendering, on a trip recorded as a surrender"))
    # a finding with no trip, on a State the person never visited in the record
    far = next(c for c in ("NZL", "ISL", "FJI", "URY") if (data / "states" / f"{c}.yaml").exists()
               and not any(e["state"] == c for _, e in events.values()))
    key = f"{d['date']}-{far.lower()}-finding"
    out.append(Case(f"decisions/{key}.yaml: a non-compliance finding on {far} about a visit of {d['persons'][0]} the record does "
                    "not hold", g, (f"decisions/{key}.yaml",),
                    edit=r29._copy_as(drel, f"decisions/{key}.yaml", {"id": key, "state": far, "events": [], "finding": "non_compliance",
                                                                     **gap}),
                    fields=("events", "state"), why=f"no trip of {d['persons'][0]} to {far} is recorded"))
    # a statement's signatory listed again under an old or a short code: in a list not marked complete (the code is what is
    # wrong), and in a complete list of the announced count (one more than announced)
    srel = f"statements/{sorted((data / 'statements').glob('*.yaml'))[0].name}"
    st = _load(data, srel)
    for code, old in OLD_CODES.items():
        if code not in st["signatories"]:
            continue
        out.append(Case(f"{srel}: {code} listed again as {old!r}, the list not complete", g, (srel,),
                        edit=r29._do(_set(srel, "complete", False), r29._set(srel, "announced_signatories", REMOVE),
                                     r29._append(srel, "signatories", old), r29._append(srel, "open_to", old)),
                        fields=("signatories", "open_to"), why=f"{old} is {code}'s old or short code"))
        out.append(Case(f"{srel}: {code} listed again as {old!r} in the complete list", g, (srel,),
                        edit=r29._append(srel, "signatories", old), fields=("signatories", "complete"),
                        why=f"{old} is {code}'s old or short code; one more than announced"))
    return out


# -- the index's weights ----------------------------------------------------------------------------------------------

def weights_cases() -> list[Case]:
    from iccwatch.assess.index import DEFAULT_WEIGHTS
    from iccwatch.dataset.yaml_io import load_yaml

    w = load_yaml(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    pillar = next(iter(w["pillars"]))
    ind = next(iter(w["pillars"][pillar]["indicators"]))
    pi = f"pillars.{pillar}.indicators.{ind}"
    out: list[Case] = []

    def case(label: str, path: str, value: Any, field: str | None = None, valid: bool = False) -> None:
        out.append(Case(f"weights: {label}", WEIGHTS, ("weights.yaml",), path=path, value=value, fields=(field or path,),
                        valid=valid, why=repr(value)))
    case("a negative indicator weight", pi, -0.5)
    case("a negative pillar weight", f"pillars.{pillar}.weight", -0.25)
    case("an indicator weight as text", pi, "0.5")
    case("an infinite weight", pi, math.inf)
    case("a weight that is not a number", f"pillars.{pillar}.weight", math.nan)
    case("an unknown indicator", f"pillars.{pillar}.indicators.no_such_indicator", 0.1, f"pillars.{pillar}.indicators.no_such_indicator")
    case("an indicator under another pillar", f"pillars.{list(w['pillars'])[1]}.indicators.{ind}", 0.1)
    case("an unknown pillar", "pillars.no_such_pillar", {"weight": 0.1, "indicators": {}})
    case("an indicator left out", pi, REMOVE)
    case("a pillar left out", f"pillars.{pillar}", REMOVE)
    case("a version key", "version", 2)
    case("an unknown top-level key", "method", "geometric")
    case("a window of 0 years", "window.years", 0)
    case("a window of -1 years", "window.years", -1)
    case("a window of 2.5 years", "window.years", 2.5)
    case("a window of 10**6 years", "window.years", 10**6)
    case("a half-life of 0", "window.half_life", 0)
    case("a negative half-life", "window.half_life", -2)
    case("a half-life as text", "window.half_life", "two")
    case("min_coverage above 1", "selection.min_coverage", 1.5)
    case("min_coverage below 0", "selection.min_coverage", -0.1)
    case("min_coverage not a number", "selection.min_coverage", math.nan)
    case("an unknown key in window", "window.decay", "linear")
    case("an unknown key in selection", "selection.min_states", 3)
    case("indicator weights that do not sum to one (valid: relative)", pi, 5, valid=True)
    case("a half-life of null (valid: every year alike)", "window.half_life", None, valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*date_cases(data), *monitor_cases(), *source_cases(data), *contradiction_cases(data), *weights_cases()]


# -- outcomes -------------------------------------------------------------------------------------------------------------

def _setpath(obj: Any, path: str, value: Any) -> None:
    *head, last = path.split(".")
    for k in head:
        obj = obj[int(k)] if isinstance(obj, list) else obj[k]
    if value is REMOVE:
        del obj[last]
    else:
        obj[int(last) if isinstance(obj, list) else last] = value


def _error_class(c: Case, text: str, target: Path) -> str:
    named = str(target) in text and any(f.split(".")[-1] in text for f in c.fields)
    return "refused, named" if named else "named partly"


def weights_outcome(c: Case, tmp: Path) -> tuple[str, list[str]]:
    from iccwatch.assess.index import DEFAULT_WEIGHTS, WeightsError, load_weights
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    w = load_yaml(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    _setpath(w, c.path, c.value)
    target = tmp / "weights.yaml"
    target.write_text(dump_yaml(w), encoding="utf-8")
    try:
        load_weights(target)
    except WeightsError as exc:
        return ("valid" if c.valid else _error_class(c, str(exc), target)), [str(exc)[:220]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    return ("valid" if c.valid else "silent"), []


def monitor_outcome(c: Case, tmp: Path) -> tuple[str, list[str]]:
    from iccwatch.monitor.documents import DocumentError, read_path

    target = tmp / c.files[0]
    target.write_text(c.path.replace("{date}", c.value), encoding="utf-8")
    try:
        docs = read_path(target)
    except DocumentError as exc:
        return ("valid" if c.valid else _error_class(c, str(exc), target)), [str(exc)[:220]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    if c.valid:
        return "valid", []
    dates = [str(getattr(d, "published", None) or getattr(d, "date", None)) for d in docs]
    return "silent", [f"read, date {dates}"]


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    if c.group == WEIGHTS:
        return weights_outcome(c, data.parent)
    if c.group == MONITOR:
        return monitor_outcome(c, data.parent)
    if c.group.startswith("sources"):
        return r30.outcome(c, data)  # a problem on a source names the case here
    return r31.outcome(c, data)


def base_copy(target: Path) -> Path:
    return r32.base_copy(target)


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
