"""Session 35 (issue 12, task mparity): the monitor's languages at parity. ``tests/monitor/parity/`` holds one table per
language, the same items in the same order: the common ways news tells each fact type the monitor extracts (a visit
made, a trip to come, an arrest, a surrender, a refusal, a warrant issued or unsealed, a finding of non-compliance, a
withdrawal announced or notified, a joint statement with its count), each type with contrasts that must not fire
(denied, hypothetical, conditional, another person, a video link, a call). The sentences were written for the table,
none copied from the real-news set. The test runs the rules on every item, prints the share found per language and
type, asserts a floor per language (what the code reached at the session's end, so a change that drops a language
fails) and xfails, one by one, the items the rules do not read yet (``LEFT``)."""

from __future__ import annotations

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


def outcome(spec: Any, language: str, item: dict[str, Any]) -> bool:
    """True when the rules read the item as the table says: the expected candidate given (a positive), no candidate
    of the type matching ``none_of`` (a contrast). The document's language is given, as the reader gives it."""
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
