"""Session 35 (issue 12, task mparity): the monitor's languages at parity. ``tests/monitor/parity/`` holds one table per
language, the same items in the same order: the common ways news tells each fact type the monitor extracts (a visit
made, a trip to come, an arrest, a surrender, a refusal, a warrant issued or unsealed, a finding of non-compliance, a
withdrawal announced or notified, a joint statement with its count), each type with contrasts that must not fire
(denied, hypothetical, conditional, another person, a video link, a call). The sentences were written for the table,
none copied from the real-news set. The test runs the rules on every item, prints the share found per language and
type, asserts a floor per language (what the code reached at the session's end, so a change that drops a language
fails) and xfails, one by one, the items the rules do not read yet (``LEFT``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

TABLES = Path(__file__).parent / "parity"
LANGUAGES = ("en", "fr", "es", "pt", "it", "de")
KEYS = ("person", "state", "date", "count")


def table(language: str) -> list[dict[str, Any]]:
    """The items of one language's table, dates read as text (YAML reads an unquoted ISO date as a date)."""
    data = yaml.safe_load((TABLES / f"{language}.yaml").read_text(encoding="utf-8"))
    assert data["language"] == language, f"{language}.yaml: its language is {data['language']!r}"
    items = data["items"]
    for it in items:
        it["date"] = str(it["date"])
        for part in ("expect", "none_of"):
            if isinstance(it.get(part), dict):
                it[part] = {k: (str(v) if k == "date" and v is not None else v) for k, v in it[part].items()}
    return items


def _matches(c: Any, want: dict[str, Any]) -> bool:
    got = {"person": c.person, "state": c.state, "date": c.date, "count": c.announced_count}
    return all(got[k] == v for k, v in want.items() if k in KEYS)


#: Each item's outcome, read once per process and gazetteer (the floor test and the item tests read the same ones).
_OUTCOMES: dict[tuple[int, str, str], bool] = {}


def outcome(spec: Any, language: str, item: dict[str, Any]) -> bool:
    """True when the rules read the item as the table says: the expected candidate given (a positive), no candidate
    of the type matching ``none_of`` (a contrast). The document's language is given, as the reader gives it."""
    key = (id(spec), language, item["id"])
    if key not in _OUTCOMES:
        _OUTCOMES[key] = _read(spec, language, item)
    return _OUTCOMES[key]


def _read(spec: Any, language: str, item: dict[str, Any]) -> bool:
    doc = make_document(item["text"], date=item["date"], language=language)
    found = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == item["type"]]
    if "expect" in item:
        return any(_matches(c, item["expect"]) for c in found)
    return not any(_matches(c, item.get("none_of") or {}) for c in found)


def figures(spec: Any, language: str) -> dict[str, Any]:
    """Per type and in all: positives found / positives, contrasts fired / contrasts, and the ids of the items missed."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    missed: list[str] = []
    for it in table(language):
        ok = outcome(spec, language, it)
        row = per[it["type"]]
        if "expect" in it:
            row[0] += ok
            row[1] += 1
        else:
            row[2] += not ok
            row[3] += 1
        if not ok:
            missed.append(it["id"])
    total = [sum(r[i] for r in per.values()) for i in range(4)]
    return {"types": dict(per), "total": total, "missed": missed}


# --- the tables are parallel -------------------------------------------------------------------------------------------

def test_every_language_holds_the_same_items_in_the_same_order() -> None:
    ids = [[it["id"] for it in table(lang)] for lang in LANGUAGES]
    for lang, got in zip(LANGUAGES, ids, strict=True):
        assert got == ids[0], f"{lang}.yaml: its items differ from en.yaml's"
    for lang in LANGUAGES:
        en = {it["id"]: it for it in table("en")}
        for it in table(lang):
            assert (it["type"], it.get("expect"), it.get("none_of"), it["date"]) == \
                (en[it["id"]]["type"], en[it["id"]].get("expect"), en[it["id"]].get("none_of"), en[it["id"]]["date"]), \
                f"{lang}.yaml, {it['id']}: its fact differs from en.yaml's"


def test_every_type_has_positives_and_contrasts() -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for it in table("en"):
        kinds[it["type"]].add("expect" if "expect" in it else "contrast")
        assert ("expect" in it) != ("none_of" in it), it["id"]
        assert ("contrast" in it) == ("none_of" in it), it["id"]
    assert all(v == {"expect", "contrast"} for v in kinds.values()), kinds


# --- the figures: a floor per language, the items left ---------------------------------------------------------------

#: Per language at the session's end: (positives found at least, contrasts fired at most), of 108 positives and 61 contrasts
#: (session 35's end: en 97/4, fr 101/4, es 102/2, pt 93/3, it 98/2, de 96/5; raised in session 36 by tasks mparity2 and mleft15,
#: merged: the items both left; Portuguese warrants told in the simple past with no day went back to LEFT, as
#: English's and Spanish's simple past under no warrant headline give no day: session 26).
FLOOR = {
    "en": (106, 2), "fr": (108, 0), "es": (108, 0), "pt": (105, 0), "it": (107, 0), "de": (108, 0),
}
# (session 43, task mleft34) the German genitive 'Ungarns' is read as the State (gazetteer.german_genitives): de notified+03 is
# read; the German floor rose by one and the item left ``LEFT``.
# (session 38, task mleft22) Italian 'era' after a name is no English 'the Duterte era' (lexicon.english_word): 'Benjamin Netanyahu
# era giovedì a Budapest' (it visit+09) is read; the Italian floor rose by one and the item left ``LEFT``.
# (session 36, task mleft15) the refusals told as plain pasts ('did not arrest X during his visit', 'let X leave the country',
# 'allowed X to fly out', 'ignored the warrant and did not detain') read in every language: the floors rose by the items read
# (en, fr, it, de 5; es, pt 4) and those items left ``LEFT``; Portuguese 'As autoridades mongóis …' stays (the plural demonym
# 'mongóis' is not read).

#: The items the rules do not read as the table says at the session's end, per language (docs/monitor.md, "The languages at
#: parity (session 35)" and "The parity table's leftovers and its traps (session 36)", say why): each is an expected failure
#: until a change reads it.
LEFT: dict[str, set[str]] = {
    "en": {"notified+07", "planned+11", "refusal-06", "visit-03"},
    "fr": set(),
    "es": set(),
    "pt": {"refusal+05", "unsealed+09", "warrant+08"},
    "it": {"notified+03"},
    "de": set(),
}


def test_each_language_keeps_its_floor(spec, capsys) -> None:  # noqa: ANN001
    rows = []
    for lang in LANGUAGES:
        f = figures(spec, lang)
        found, positives, fired, contrasts = f["total"]
        per = "  ".join(f"{k} {v[0]}/{v[1]}" + (f" (+{v[2]} fired)" if v[2] else "") for k, v in f["types"].items())
        rows.append(f"{lang}: found {found}/{positives}, contrasts fired {fired}/{contrasts} | {per}")
        assert found >= FLOOR[lang][0], f"{lang}: {found} positives found, below the floor {FLOOR[lang][0]}; missed: {f['missed']}"
        assert fired <= FLOOR[lang][1], f"{lang}: {fired} contrasts fired, above {FLOOR[lang][1]}; missed: {f['missed']}"
    with capsys.disabled():
        print("\nparity table (session 35)\n" + "\n".join(rows))


@pytest.mark.parametrize(("language", "item"), [
    pytest.param(lang, it, id=f"{lang}-{it['id']}",
                 marks=[pytest.mark.xfail(reason="left (docs/monitor.md, session 35)", strict=False)] if it["id"] in LEFT.get(lang, set()) else [])
    for lang in LANGUAGES for it in table(lang)
])
def test_each_item_reads_as_the_table_says(spec, language: str, item: dict[str, Any]) -> None:  # noqa: ANN001
    assert outcome(spec, language, item), f"{language}, {item['id']}: {item['text']}"


# --- a weekday right after a verb of saying is the day it was said (dates.py, session 35) -------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("La Hongrie va quitter la CPI, a déclaré jeudi le gouvernement.", "fr"),
    ("Hungría abandonará la CPI, anunció el jueves el Gobierno.", "es"),
    ("L'Ungheria lascerà la Cpi, ha dichiarato giovedì il governo.", "it"),
])
def test_a_weekday_after_a_verb_of_saying_is_the_day_it_was_said(spec, text: str, language: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2025-04-04", language=language)
    assert {c.date for c in extract_candidates(doc, spec, mode="rules") if c.type == "withdrawal_announced"} == {"2025-04-03"}


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the weekday is the act's to come, told after the future verb, not after the verb of saying
    ("Le gouvernement a déclaré que Benjamin Netanyahu se rendra à Budapest jeudi.", "fr"),
    ("Benjamin Netanyahu se rendra jeudi à Budapest, a déclaré le gouvernement.", "fr"),
    ("El Gobierno anunció que Benjamin Netanyahu viajará el jueves a Budapest.", "es"),
])
def test_a_weekday_after_a_future_verb_stays_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    from iccwatch.monitor import lexicon
    from iccwatch.monitor.dates import find_dates

    with lexicon.reading(spec.lexicon["languages"][language]):
        days = [d.date for d in find_dates(text, dt.date(2025, 4, 1), True)]
    assert days == ["2025-04-03"], days
