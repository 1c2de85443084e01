"""Round 24 (issue 11): the round's questions marked ``api: true`` (tests/law/audit/round24*.yaml; round24h.yaml holds the questions held out until the fixes) asked of the REST API
(/api/v1) as a caller asks them; each must get the answer expected and pass its ``check:`` block on the API's JSON, as
the service's answer must (tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from tests.law.api_rounds import (
    api_questions,
    assert_api_and_words,
    assert_api_answer,
    round_questions,
)

API = api_questions("round24*.yaml")


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round24_api_question(client: Any, q: dict[str, Any]) -> None:
    assert_api_answer(client, q)


def test_the_round_has_questions_through_the_api_and_in_words() -> None:
    assert_api_and_words("round24*.yaml")


WORDS = [(f"{q['_file']}-{q['id']}", q) for q in round_questions("round24*.yaml") if q["kind"] == "question"]


@pytest.mark.parametrize("q", [q for _, q in WORDS], ids=[i for i, _ in WORDS])
def test_round24_question_in_words_through_the_api(client: Any, q: dict[str, Any]) -> None:
    """The round's questions in words asked of /api/v1/question, as a caller types them: read as the service reads
    them (the State, person, day and presence expected), refused with the words expected, and the address it gives
    answered as expected."""
    r = client.get("/api/v1/question", params={"q": q["text"]})
    expect = q["expect"]
    if isinstance(expect, str) and expect.startswith("ERROR"):
        assert r.status_code == 422, f"question {q['id']}: {r.status_code} {r.text}"
        assert all(w in r.text for w in q.get("said", [])), f"question {q['id']}: {r.text}"
        return
    assert r.status_code == 200, f"question {q['id']}: {r.text}"
    read = r.json()
    # the reading's presence, as the JSON says it and as the answer's address asks it
    assert read["presence"] == parse_qs(urlsplit(read["answer_url"]).query).get("presence", ["territory"])[0]
    bad = [f"read {k} {read.get(k)!r}, not {v!r}" for k, v in q.get("read", {}).items() if read.get(k) != v]
    assert not bad, f"question {q['id']}: " + "; ".join(bad)
    answer = client.get(read["answer_url"])
    assert answer.status_code == 200, answer.text
    d = answer.json()
    if read["kind"] == "obligations" and q.get("situation"):
        row = next((s for s in d["situations"] if s["situation"] == q["situation"]), None)
        got = row["status"] if row else "not_bound"
    else:
        got = {"arrest": lambda: d["answer"], "obligations": lambda: d["status"]["status"],
               "travel": lambda: d["warrant"]["outstanding"]}[read["kind"]]()
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"
