"""Session 19's look at the CLI and the dashboard as a user (cliweb5)."""

from __future__ import annotations

import datetime as dt
import html
import re

from iccwatch import service
from iccwatch.law.determination import position_labels


def _p(answer: str, court: bool = False) -> dict:
    return {"answer_if_followed": answer, "court": court}


def test_position_labels_call_contrary_only_what_disagrees() -> None:
    """Every position a State or an organisation held was introduced as a "contrary position", even one
    whose answer if followed was the Court's own (a minister saying his State would arrest): a reader took
    it for a view against the Court. Only a position that would give another answer is contrary now."""
    court = [_p("obliged", court=True), _p("not_obliged"), _p("obliged"), _p("unknown")]
    assert position_labels(court, "obliged") == ["the Court", "contrary position", "concurring position", "position"]
    # measured against the Court's holdings, not against an answer the engine could not give
    assert position_labels(court, "unknown")[1:] == ["contrary position", "concurring position", "position"]
    # without a holding in the list, against the answer given; with neither, plain "position"
    assert position_labels([_p("not_obliged"), _p("obliged")], "not_obliged") == ["concurring position", "contrary position"]
    assert position_labels([_p("not_obliged"), _p("obliged")], "contested") == ["position", "position"]


def _a_mixed_answer(facts) -> dict:  # noqa: ANN001
    """An arrest answer from the record (a recorded visit) whose positions include one that agrees with the
    Court and one that does not: found by reading the record, not named here."""
    seen = set()
    for e in sorted(facts.records.events.values(), key=lambda e: str(e.date)):
        if len(str(e.date)) != 10 or (e.state, e.person) in seen:
            continue
        seen.add((e.state, e.person))
        d = service.ask_arrest(facts, e.state, e.person, dt.date.fromisoformat(str(e.date)))
        court = {p["answer_if_followed"] for p in d["contested"] if p["court"]}
        others = [p["answer_if_followed"] for p in d["contested"] if not p["court"]]
        if court and court & set(others) and set(others) - court - {"unknown"}:
            return d
    raise AssertionError("no recorded visit's answer lists both a concurring and a contrary position")


def test_the_cli_and_the_ask_page_call_a_concurring_position_concurring(facts, client, cli) -> None:  # noqa: ANN001
    d = _a_mixed_answer(facts)
    q = d["question"]
    court = {p["answer_if_followed"] for p in d["contested"] if p["court"]}
    contrary = [p for p in d["contested"] if not p["court"] and p["answer_if_followed"] not in court | {"unknown"}]
    concurring = [p for p in d["contested"] if not p["court"] and p["answer_if_followed"] in court]

    code, out, _ = cli("ask", "arrest", "--state", q["state"], "--person", q["person"], "--on", q["on"])
    assert code == 0
    flat = re.sub(r"\s+", " ", out)
    assert flat.count("contrary position (") == len(contrary)
    assert flat.count("concurring position (") == len(concurring)

    page = client.get("/ask/result", params={"state": q["state"], "person": q["person"], "on": q["on"]}).text
    labels = [html.unescape(m) for m in re.findall(r"<li><strong>([^<]+)</strong> \(", page)]
    assert labels.count("Contrary position") == len(contrary)
    assert labels.count("Concurring position") == len(concurring)
    assert labels.count("The Court") == len(d["contested"]) - len(contrary) - len(concurring) - labels.count("Position")
    # the immunity step's count of positions that "hold otherwise" is the count called contrary
    said = re.search(r"(\d+) positions? of States or organisations bearing on this question holds? otherwise", _texts(d["reasoning"]))
    assert said and int(said.group(1)) == len(contrary)


def _texts(step: dict) -> str:
    return " ".join([step.get("conclusion") or "", *(_texts(c) for c in step.get("children") or [])])
