"""What the rounds' API tests share (rounds 22 on): a round's questions marked ``api: true`` asked of the REST API
(/api/v1) as a caller asks them, each checked against its expected answer and its ``check:`` block
(tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.law.test_audit import _check
from tests.law.test_round20 import _api_answer

from iccwatch.dataset.yaml_io import read_yaml

AUDIT = Path(__file__).parent / "audit"


def round_questions(pattern: str) -> list[dict[str, Any]]:
    """Every question of the round files matching ``pattern`` (e.g. ``round23*.yaml``), with its file's stem."""
    return [{**q, "_file": p.stem} for p in sorted(AUDIT.glob(pattern)) for g in read_yaml(p)["groups"] for q in g["questions"]]


def api_questions(pattern: str) -> list[tuple[str, dict[str, Any]]]:
    """The questions marked ``api: true``, each with its test id (file stem and question id)."""
    return [(f"{q['_file']}-{q['id']}", q) for q in round_questions(pattern) if q.get("api")]


#: The status of the API's refusal, by the error the service raises (an unknown State or person: not found; a bad
#: field, such as a day before the State existed or an impossible assumption: unprocessable).
REFUSAL_STATUS = {"UnknownState": 404, "UnknownPerson": 404, "ValueError": 422}


def _api_refusal(client: Any, q: dict[str, Any]) -> Any:
    """The API's response to a question the service refuses, asked as _api_answer asks it."""
    params: dict[str, Any] = {"on": str(q["on"]), **({"assume": q["assume"]} if q.get("assume") else {})}
    if q["kind"] == "arrest":
        return client.get("/api/v1/arrest", params={**params, "state": q["state"], "person": q["person"],
                                                    **({"presence": q["presence"]} if q.get("presence") else {})})
    if q["kind"] == "obligations":
        return client.get(f"/api/v1/states/{q['state']}/obligations", params=params)
    return client.get(f"/api/v1/persons/{q['person']}/travel", params=params)


def assert_api_answer(client: Any, q: dict[str, Any]) -> None:
    """The API's answer is one expected and passes the question's ``check:`` block; a question the service refuses
    (``expect: ERROR ...``, round 28 on) is refused by the API with the status of its error and the words expected."""
    expect = q["expect"]
    if isinstance(expect, str) and expect.startswith("ERROR"):
        r = _api_refusal(client, q)
        assert r.status_code == REFUSAL_STATUS[expect.split()[1]], f"question {q['id']}: {r.status_code} {r.text}"
        assert all(w in r.text for w in q.get("said", [])), f"question {q['id']}: {r.text}"
        return
    got, whole = _api_answer(client, q)
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"
    bad = _check(whole, q.get("check", {}))
    assert not bad, f"question {q['id']}: " + "; ".join(bad)


def assert_api_and_words(pattern: str, least: int = 20, least_api: int | None = None) -> None:
    """A round asks at least ``least_api`` (else ``least``) questions through the API and ``least`` in words."""
    qs = round_questions(pattern)
    assert sum(1 for q in qs if q.get("api")) >= (least if least_api is None else least_api)
    assert sum(1 for q in qs if q["kind"] == "question") >= least


def assert_question_in_words(client: Any, q: dict[str, Any]) -> None:
    """The round's questions in words asked of /api/v1/question, as a caller types them: read as the service reads
    them (the State, person, day and presence expected), refused with the words expected, and the address it gives
    answered as expected."""
    # asked on the round's day: a question naming no day, and words such as 'last year', are read from it
    r = client.get("/api/v1/question", params={"q": q["text"], "today": str(q["on"])})
    expect = q["expect"]
    if isinstance(expect, str) and expect.startswith("ERROR"):
        assert r.status_code == 422, f"question {q['id']}: {r.status_code} {r.text}"
        assert all(w in r.text for w in q.get("said", [])), f"question {q['id']}: {r.text}"
        return
    assert r.status_code == 200, f"question {q['id']}: {r.text}"
    read = r.json()
    if read["kind"] == "each":  # round 51: two States or persons named together: each asked apart, at its own address
        assert isinstance(expect, dict) and read["answer_url"] is None, f"question {q['id']}: {read}"
        # round 52: pairs of a State and a person, 'ISO3 person', as the audit's harness keys them
        keys = [e["state"] if read["each_of"] == "states" else e["person"] if read["each_of"] == "persons"
                else f"{e['state']} {e['person']}" for e in read["each"]]
        assert sorted(keys) == sorted(expect), f"question {q['id']}: {keys}"
        for key, each in zip(keys, read["each"], strict=True):
            assert_question_in_words(client, {"id": f"{q['id']}:{key}", "text": each["asked_apart"], "on": q["on"],
                                              "expect": expect[key], "kind": "question"})
        return
    if read["kind"] == "states":  # a count or a list (session 33): answered in the read, drawn from the list it names
        assert_list_read(client, q, read)
        return
    if read["kind"] == "record":  # round 44: the record's answer in the read; the records it rests on at their address
        bad = [f"read {k} {read.get(k)!r}, not {v!r}" for k, v in q.get("read", {}).items() if read.get(k) != v]
        assert not bad, f"question {q['id']}: " + "; ".join(bad)
        assert read["answer"] in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {read['answer']}"
        own = client.get(read["answer_url"])
        assert own.status_code == 200, own.text
        ids = {r["id"] for r in read["records"]}
        if read["asks"] == "statement" and len(ids) > 1:  # round 46: several statements: each in the list of statements
            body = own.json()
            items = body["items"] if isinstance(body, dict) else body
            assert ids <= {r["id"] for r in items}
        elif read["asks"] == "statement":  # the statement's own address: the same statement and signatories
            assert own.json()["id"] in ids
            listed = {s if isinstance(s, str) else s.get("iso3") for s in own.json()["signatories"]}
            assert {r["iso3"] for r in read["states_listed"] or []} <= listed | set(own.json().get("drafters") or [])
        elif read["asks"] == "index":  # round 46: the State's explain for the year: the same score, rank and interval
            body = own.json()
            assert (body["score"], body["rank"], body["rank_interval"]) == (read["answer"], read["rank"], read["rank_interval"])
        elif read["asks"] == "index_lowest":  # round 46: the index of the year: each State listed in its group's lowest band
            rows = own.json()["states"]
            low = {g: max(r["band"] for r in rows if r["group"] == g and r["band"] is not None) for g in {r["group"] for r in rows}}
            assert {r["iso3"] for r in read["states_listed"]} <= {r["iso3"] for r in rows if r["band"] == low[r["group"]]}
        elif read["asks"] == "withdrawal":  # round 46: the State's relation: a former party since the day said, or none
            body = own.json()
            if read["answer"] == "none":
                assert body["status"] != "former_party", body["status"]
            elif read["answer"] <= read["on"]:
                assert body["status"] == "former_party" and body["since"] == read["answer"], (body["status"], body["since"])
        elif read["asks"] == "joined":  # round 51: the State's relation, whose timeline holds the act's day said
            body = own.json()
            assert read["answer"] == "none" or read["answer"] in {str(a.get("date")) for a in body.get("timeline") or []} \
                or read["answer"] in str(body), (read["answer"], sorted(body))
        elif read["asks"] == "changes":  # round 52: the State's relation or the person's page; each entry in the period
            assert own.status_code == 200, own.text
            first, last = read["period"].split("/")
            assert all(first[:len(r["date"])] <= r["date"] <= last for r in read["records"]), read["period"]
            assert read["answer"] == len(read["records"])
        elif read["asks"] == "surrendered":  # round 46: each surrender among the record's events by the day asked
            items = own.json()["items"]
            assert {r["event"] for r in read["records"]} <= {r.get("id") for r in items}
        elif read["asks"] == "gaps":  # round 47: each failure listed is in the enforcement chain, at the same stage
            chain = {c["event"]: c for c in own.json()["failures"]}
            assert ids <= set(chain), sorted(ids - set(chain))
            # session 38: asked of a past day, a failure's stage is as it stood then: its finding one of the chain's
            # findings made by that day (a later appeal or referral not yet made), else the chain's own stage
            for r in read["records"]:
                c = chain[r["id"]]
                if r["finding"] == c["finding"] and r["responses"] == [x["id"] for x in c["responses"]]:
                    assert c["gap"] == r["gap"], (r["id"], c["gap"], r["gap"])
                else:
                    made = {f["id"]: f["date"] for f in c["findings"] if f["date"] <= read["on"]}
                    assert r["finding"] is None or r["finding"] in made, (r["id"], r["finding"], made)
        else:  # the measures exported, or the decisions by the day asked: every record the answer rests on among them
            # (round 45: the persons with a warrant outstanding on the day, the person's events by the day, the events
            # assessed, whose rows name their event by ``event``; round 47: the positions exported)
            body = own.json()
            items = body["items"] if isinstance(body, dict) else body
            at = {r.get("id") or r.get("event") for r in items}
            assert ids <= at, sorted(ids - at)
            if read["asks"] == "wanted":  # the same persons, no more, no fewer
                assert ids == at, sorted(ids ^ at)
        return
    # the reading's presence, as the JSON says it and as the answer's address asks it
    assert read["presence"] == parse_qs(urlsplit(read["answer_url"]).query).get("presence", ["territory"])[0]
    got = {**read, "custody": None if read.get("custody") is None else [f"{c['state']} {c['on']} {c['action']}" for c in read["custody"]]}
    bad = [f"read {k} {got.get(k)!r}, not {v!r}" for k, v in q.get("read", {}).items() if got.get(k) != v]
    assert not bad, f"question {q['id']}: " + "; ".join(bad)
    answer = client.get(read["answer_url"])
    assert answer.status_code == 200, answer.text
    d = answer.json()
    if read.get("asks") == "responses":
        # round 43: what the Assembly or the Council did about a State: its address gives the same State, forum and
        # findings as the read, and the answer expected is the State's status on the day, as the service's audit asks it
        assert (d["question"]["state"], d["question"]["forum"]) == (read["state"], read["forum"])
        assert [f["finding"] for f in d["findings"]] == [f["finding"] for f in read["responses"]]
        status = client.get(f"/api/v1/states/{read['state']}/obligations", params={"on": read["on"]})
        assert status.status_code == 200, status.text
        got = status.json()["status"]["status"]
    elif read["kind"] == "obligations" and q.get("situation"):
        row = next((s for s in d["situations"] if s["situation"] == q["situation"]), None)
        got = row["status"] if row else "not_bound"
    else:
        got = {"arrest": lambda: d["answer"], "obligations": lambda: d["status"]["status"],
               "travel": lambda: d["warrant"]["outstanding"]}[read["kind"]]()
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"


def assert_list_read(client: Any, q: dict[str, Any], read: dict[str, Any]) -> None:
    """A count or list question read by /api/v1/question (session 33): read as expected, its count the one expected and
    that of the States it lists, each of which the list its address gives holds (with the same status, where the
    address is the list of States)."""
    bad = [f"read {k} {read.get(k)!r}, not {v!r}" for k, v in q.get("read", {}).items() if read.get(k) != v]
    assert not bad, f"question {q['id']}: " + "; ".join(bad)
    expect = q["expect"]
    assert read["count"] in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {read['count']}"
    if read.get("count_of") == "findings":  # round 42: the Court's findings counted, each State listed once with them
        assert read["count"] == sum(1 for r in read["states_listed"] for f in r["findings"] if not f.get("appeal_of"))
    else:
        assert read["count"] == len(read["states_listed"])
    if "states_listed" in q.get("check", {}):
        assert sorted(r["iso3"] for r in read["states_listed"]) == sorted(q["check"]["states_listed"])
    own = client.get(read["answer_url"])  # the list's own address (session 33): the same count and States
    assert own.status_code == 200, own.text
    assert own.json()["count"] == len(read["states_listed"])  # the list's address counts its States
    assert [(r["iso3"], r.get("status")) for r in own.json()["states_listed"]] == [(r["iso3"], r.get("status"))
                                                                               for r in read["states_listed"]]
    # checked against the list it is drawn from, read apart: every State's relation on the day, or the Court's decisions
    where = {"parties": {"party": "true"}, "former_parties": {"status": "former_party"}}.get(read["list_of"], {})
    if read["list_of"] == "non_compliance":
        drawn = "/api/v1/decisions?" + urlencode({**({"person": read["person"]} if read["person"] else {}), "on": read["on"]})
    else:
        drawn = "/api/v1/states?" + urlencode({**where, "on": read["on"]})
    answer = client.get(drawn + "&limit=250")
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    if read["list_of"] == "non_compliance":
        assert {r["iso3"] for r in read["states_listed"]} <= {d.get("state") for d in items}
        assert not read["person"] or all(read["person"] in d["persons"] for d in items)
    else:
        status = {r["iso3"]: r["status"] for r in items}
        # a period over which the list changes (round 41): the address gives its first day, when the States that joined
        # the list later were not yet on it
        first_change = {}
        for c in read.get("list_changes") or []:
            first_change.setdefault(c["iso3"], c["change"])
        on_first = [r for r in read["states_listed"] if first_change.get(r["iso3"]) != "joined"]
        assert all(status.get(r["iso3"]) == r["status"] for r in on_first), [(r["iso3"], r["status"], status.get(r["iso3"])) for r in on_first if status.get(r["iso3"]) != r["status"]]
        assert sorted(r["iso3"] for r in on_first) == sorted(i for i, st in status.items() if st in read["statuses"])
