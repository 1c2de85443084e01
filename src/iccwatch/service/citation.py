"""'Cite this': a citation of a page or an answer, with the record's version, the date retrieved and the
address, as text, CSL-JSON and BibTeX. An answer of the law (``answer_citation``) is cited with its answer, the
record's check date, a stable address (the State's code, the person's id and the day asked, never "today") and
the sources it rests on, each with its publisher and grade, primary first: the dashboard's "Cite this answer",
the API's ``citation`` field and the CLI's ``cite as:`` line give the same text."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

#: The host of the placeholder source an assumption carries (``facts.ASSUMPTION_SOURCE``): not a source.
ASSUMED_HOST = "iccwatch.invalid"


def record_version(data_dir: Path, package_version: str, checked_through: str, data_sha256: str | None = None) -> str:
    """The git commit of the record (``data/``) when it is a checkout, else the package version and check date."""
    try:
        out = subprocess.run(["git", "-C", str(data_dir), "log", "-1", "--format=%H", "--", "."], capture_output=True,
                             text=True, timeout=5, check=False)
        commit = out.stdout.strip()
        if out.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", commit):
            dirty = subprocess.run(["git", "-C", str(data_dir), "status", "--porcelain", "--", "."], capture_output=True,
                                   text=True, timeout=5, check=False).stdout.strip()
            return f"data commit {commit[:12]}{' with uncommitted changes' if dirty else ''}, checked through {checked_through}"
    except (OSError, subprocess.SubprocessError):
        pass
    digest = f", data sha256 {data_sha256[:12]}" if data_sha256 else ""
    return f"iccwatch {package_version}, record checked through {checked_through}{digest}"


def version_of(facts: Any, data_dir: Path, data_sha256: str | None = None) -> str:
    """:func:`record_version` of the record ``facts`` was read from (its check date: the earliest of the kinds
    the law's answers rest on, as the dashboard's notice names it)."""
    from iccwatch import __version__

    return record_version(data_dir, __version__, facts.checked_through_of(facts.DUTY_KINDS)[1], data_sha256)


def app_version(state: Any) -> str:
    """:func:`version_of` for a running application (its ``state``: ``facts``, ``settings``, optional ``build_info``),
    computed once and kept on it: the API's and the dashboard's citations name the same version."""
    if not hasattr(state, "record_version"):
        state.record_version = version_of(state.facts, state.settings.data_dir,
                                          (getattr(state, "build_info", None) or {}).get("data_sha256"))
    return str(state.record_version)


def download_headers(name: str, ext: str, facts: Any, version: str) -> dict[str, str]:
    """The headers of a download (a table's CSV or JSON, an export): the file named with the record's check date, the
    one the citations name (``iccwatch-decisions-record-2026-11-30.csv``), and the record's version in
    ``X-Record-Version`` (session 42: a row copied from an export carried its sources but not the record's date)."""
    checked = facts.checked_through_of(facts.DUTY_KINDS)[1]
    return {"Content-Disposition": f'attachment; filename="iccwatch-{name}-record-{checked}.{ext}"', "X-Record-Version": version}


def citation(title: str, url: str, version: str, retrieved: dt.date, answer: str | None = None,
             sources: list[dict[str, Any]] | None = None, doubt: str = "") -> dict[str, Any]:
    """The three forms of one citation; ``answer`` (the answer in words) follows the title, the ``doubt`` it states
    (session 40) and ``sources`` (as :func:`cited_sources` gives them) follow the address, each source with its
    publisher and grade."""
    said = f", answer: {answer}" if answer else ""
    listed = f" Sources: {'; '.join(source_words(s) for s in sources)}." if sources else ""
    doubted = f" Doubt: {doubt}." if doubt else ""
    text = f"iccwatch contributors, “{title}”{said}, iccwatch ({version}), {url} (retrieved {retrieved.isoformat()}).{doubted}{listed}"
    csl = {
        "type": "dataset",
        "id": _key(title, url, retrieved),
        "title": title,
        "author": [{"literal": "iccwatch contributors"}],
        "publisher": "iccwatch",
        "version": version,
        "URL": url,
        "accessed": {"date-parts": [[retrieved.year, retrieved.month, retrieved.day]]},
    }
    note = " ".join(x for x in (f"Answer: {answer}." if answer else "", doubted.strip(), listed.strip()) if x)
    if note:
        csl["note"] = note
    bib = (f"@misc{{{_key(title, url, retrieved)},\n  author = {{{{iccwatch contributors}}}},\n  title = {{{_bib(title)}}},\n"
           f"  howpublished = {{\\url{{{url}}}}},\n  note = {{{_bib(version)}; retrieved {retrieved.isoformat()}{'. ' + _bib(note) if note else ''}}},\n"
           f"  year = {{{retrieved.year}}}\n}}")
    return {"text": text, "csl_json": json.dumps([csl], ensure_ascii=False, indent=2), "bibtex": bib}


def _key(title: str, url: str, day: dt.date) -> str:
    """The citation's key: the title's first words (whole words, about 40 letters), the day retrieved and six
    hex digits of the address, so that two answers cited the same day (a question asked on two dates, whose
    titles differ only after the cut) never share a key in one bibliography."""
    words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-").split("-")
    slug = ""
    for w in words:
        if slug and len(slug) + 1 + len(w) > 40:
            break
        slug = f"{slug}-{w}" if slug else w[:40]
    return f"iccwatch-{slug}-{day.isoformat()}-{hashlib.sha256(url.encode()).hexdigest()[:6]}"


def _bib(s: str) -> str:
    return re.sub(r"([{}&%$#_])", r"\\\1", s)


def cited_sources(sources: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Sources once each (by address), primary first, then by grade; an assumption's placeholder left out (it
    is not a source). The dashboard numbers an answer's sources in this order."""
    seen: set[str] = set()
    out = []
    for s in sources or []:
        url = s.get("url") or ""
        if ASSUMED_HOST in url or url in seen:
            continue
        seen.add(url)
        out.append(s)
    return sorted(out, key=lambda s: (not is_primary(s), str(s.get("grade") or "Z")))


def is_primary(source: dict[str, Any]) -> bool:
    return bool(source.get("primary") or source.get("kind") == "primary")


def answer_sources(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """Every source an answer cites: its own list, then the contested positions' sources, each address once,
    primary first (the numbers its facts' marks point to on the dashboard)."""
    extra = [s for p in answer.get("contested") or [] for s in p.get("sources") or []]
    return cited_sources([*(answer.get("sources") or []), *extra])


def source_words(source: dict[str, Any]) -> str:
    """One source in a citation: its publisher, its grade, whether primary, its title in quotes where the record gives
    one, its date (or "date not recorded") and its address (session 42: the export's ``sources_cited`` gave the title
    and the date, the citation of the same fact on the page, in the API and in the CLI did not). A ';' in a title
    becomes ',', so that the citation's list still splits on '; ' into one part per source."""
    grade = source.get("grade")
    bits = [str(source.get("publisher") or "publisher not recorded"), f"grade {grade}" if grade else "grade not recorded"]
    if is_primary(source):
        bits.append("primary")
    if source.get("title"):
        bits.append(f"“{' '.join(str(source['title']).replace(';', ',').split())}”")
    bits.append(str(source["date"]) if source.get("date") else "date not recorded")
    return f"{', '.join(bits)}, {source.get('url')}"


def source_parts(source: dict[str, Any]) -> dict[str, Any]:
    """One source of a citation's ``sources``, the parts apart: publisher, grade, primary, address, title and date."""
    return {"publisher": source.get("publisher"), "grade": source.get("grade"), "primary": is_primary(source),
            "url": source.get("url"), "title": source.get("title"), "date": None if source.get("date") is None else str(source["date"])}


def ask_path(question: dict[str, Any], assumptions: list[str] | None = None) -> str:
    """The dashboard's stable address of an arrest question: the State's code, the person's id and the day
    asked, whatever was typed ('mongolia', 'Poutine', no date for today), so that the address answers the
    same question on another day."""
    params = {"state": question["state"], "person": question["person"], "on": question["on"]}
    if question.get("presence") not in (None, "territory"):  # an overflight or a transit stop is its own question
        params["presence"] = question["presence"]
    if assumptions:
        params["assume"] = "\n".join(assumptions)
    return "/ask?" + urlencode(params)


def arrest_api_path(question: dict[str, Any], assumptions: list[str] | None = None) -> str:
    """The API's stable address of the same question (``assume`` repeated, one assumption each)."""
    params = [("state", question["state"]), ("person", question["person"]), ("on", question["on"])]
    if question.get("presence") not in (None, "territory"):
        params.append(("presence", question["presence"]))
    params += [("assume", a) for a in assumptions or []]
    return "/api/v1/arrest?" + urlencode(params)


def cli_command(question: dict[str, Any], assumptions: list[str] | None = None) -> str:
    """The command that asks the same question again, as the CLI's citation names it (the CLI has no address)."""
    import shlex

    words = ["iccwatch", "ask", "arrest", "--state", question["state"], "--person", question["person"], "--on", question["on"]]
    if question.get("presence") not in (None, "territory"):
        words += ["--presence", question["presence"]]
    for a in assumptions or []:
        words += ["--assume", a]
    return shlex.join(words)


def doubt_words(d: dict[str, Any]) -> str:
    """The doubt an arrest answer states, in a few words for its citation (session 40: a journalist copying "answer:
    obliged" copied none of it): how many doubts the answer states beside it (those that a fact is disputed led by what
    is disputed: "Disputed: whether …", up to its first parenthesis), and how many of the contested positions recorded
    on the question would, if followed, answer otherwise, by their answer (those answering "unknown" leave it open). The record's check day is not repeated (the
    citation's version gives it). Empty where the answer states no doubt and no position answers otherwise."""
    doubts = [str(x) for x in d.get("doubts") or [] if not str(x).startswith("the record was checked through")]
    bits = []
    if doubts:
        disputed = [x.split(" (", 1)[0] for x in doubts if x.startswith("Disputed:")]
        bits.append(f"{len(doubts)} doubt{'s' if len(doubts) > 1 else ''} stated with the answer"
                    + (f" ({'; '.join(disputed)})" if disputed else ""))
    contested = d.get("contested") or []
    otherwise: dict[str, int] = {}
    for p in contested:
        said = str(p.get("answer_if_followed") or "unknown")
        if said != d.get("answer"):
            otherwise[said] = otherwise.get(said, 0) + 1
    if otherwise:  # a position answering "unknown" leaves the question open: it is said apart, not as a contrary answer
        counts = [f"{n} would answer {k.replace('_', ' ')} if followed" for k, n in sorted(otherwise.items()) if k != "unknown"]
        if otherwise.get("unknown"):
            counts.append(f"{otherwise['unknown']} leave{'s' if otherwise['unknown'] == 1 else ''} it open")
        bits.append(f"contested: of {len(contested)} position{'s' if len(contested) > 1 else ''} recorded on the question, "
                    + ", ".join(counts))
    return "; ".join(bits)


def answer_words(d: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    """The answer in words; for a what-if, with the assumptions said, and the answer as recorded beside it."""
    said = str(d.get("answer") or "unknown").replace("_", " ")
    if not d.get("assumptions"):
        return said
    words = d.get("assumptions_in_words") or d["assumptions"]
    recorded = f"; as recorded: {str(baseline['answer']).replace('_', ' ')}" if baseline else ""
    return f"{said} if {'; '.join(words)} (assumed, not sourced){recorded}"


def answer_citation(d: dict[str, Any], url: str, version: str, retrieved: dt.date,
                    baseline: dict[str, Any] | None = None) -> dict[str, Any]:
    """How to cite one arrest answer (``d``, a Determination as JSON; ``baseline`` the answer as recorded
    where ``d`` is a what-if): the three forms of :func:`citation` with the answer and its sources, and the
    parts apart (``url``, ``record_version``, ``retrieved``, ``answer``, ``sources``: publisher, grade,
    primary, address, title)."""
    q = d["question"]
    title = f"Must {q['state_name']} arrest {q['person_name']} on {q['on']}?" + (" (what-if)" if d.get("assumptions") else "")
    sources = cited_sources(d.get("sources"))  # what the answer rests on (the contested positions' own sources stay on its page)
    answer = answer_words(d, baseline)
    doubt = doubt_words(d)  # session 40: the doubt the answer states, after the address ("Doubt: …")
    out = citation(title, url, version, retrieved, answer, sources, doubt)
    return {**out, "title": title, "url": url, "record_version": version, "retrieved": retrieved.isoformat(),
            "answer": answer, "doubt": doubt,
            "sources": [source_parts(s) for s in sources]}


def custody_path(question: dict[str, Any]) -> str:
    """The dashboard's stable address of a who-arrested question (session 32): the person's id, the State where one is
    asked of (session 33) and the day asked."""
    where = {"state": question["state"]} if question.get("state") else {}
    return "/ask/custody?" + urlencode({"person": question["person"], **where, "on": question["on"]})


def custody_api_path(question: dict[str, Any]) -> str:
    """The API's stable address of the same question."""
    where = {"state": question["state"]} if question.get("state") else {}
    return f"/api/v1/persons/{question['person']}/custody?" + urlencode({**where, "on": question["on"]})


def custody_citation(d: dict[str, Any], url: str, version: str, retrieved: dt.date) -> dict[str, Any]:
    """How to cite the answer to a who-arrested question (``d``, as ``service.ask_custody`` gives it): the three forms
    of :func:`citation` with the answer in words and the sources of every arrest and surrender listed, and the parts
    apart, as :func:`answer_citation` gives them for an arrest answer."""
    q = d["question"]
    where = f" in {q['state_name']}" if q.get("state_name") else ""
    title = f"Who arrested or surrendered {q['person_name']}{where}, by the record on {q['on']}?"
    sources = cited_sources([s for c in d.get("custody") or [] for s in c.get("sources") or []])
    answer = str(d.get("in_words") or "").rstrip(".")  # the citation puts its own comma after the answer
    out = citation(title, url, version, retrieved, answer, sources)
    return {**out, "title": title, "url": url, "record_version": version, "retrieved": retrieved.isoformat(),
            "answer": answer,
            "sources": [source_parts(s) for s in sources]}


def record_answer_citation(title: str, answer: str, sources: list[dict[str, Any]], url: str, version: str,
                           retrieved: dt.date) -> dict[str, Any]:
    """How to cite an answer drawn from the record's own list (session 33: the responses to a State's findings, a list
    of States): the three forms of :func:`citation` with the answer in words and its sources, and the parts apart, as
    :func:`answer_citation` gives them."""
    answer = answer.rstrip(".")  # the citation puts its own comma after the answer
    sources = cited_sources(sources)
    out = citation(title, url, version, retrieved, answer, sources)
    return {**out, "title": title, "url": url, "record_version": version, "retrieved": retrieved.isoformat(),
            "answer": answer,
            "sources": [source_parts(s) for s in sources]}


def responses_path(question: dict[str, Any], api: bool = False) -> str:
    """The stable address (the dashboard's, or with ``api`` the API's) of what a forum did about a State's findings."""
    query = urlencode({"forum": question["forum"], "on": question["on"]})
    if api:
        return f"/api/v1/states/{question['state']}/responses?" + query
    return "/ask/responses?" + urlencode({"state": question["state"]}) + "&" + query


def responses_citation(d: dict[str, Any], url: str, version: str, retrieved: dt.date) -> dict[str, Any]:
    q = d["question"]
    title = f"What did {q['forum_name']} do about the Court's findings of non-compliance against {q['state_name']}, by the record on {q['on']}?"
    sources = [s for f in d.get("findings") or [] for s in [*(f.get("sources") or []),
                                                              *(s for r in f.get("responses") or [] for s in r.get("sources") or [])]]
    return record_answer_citation(title, str(d.get("in_words") or ""), sources, url, version, retrieved)


def list_path(question: dict[str, Any], api: bool = False) -> str:
    """The stable address of one list of States on one day, or over a period (``to``, its last day; a question's read
    gives it as ``period``), ``person`` kept for the findings about a person."""
    to = question.get("to") or (str(question["period"]).split("/")[1] if question.get("period") and question.get("list_of") != "non_compliance" else None)
    # round 50: the findings made within a period ('in 2025'): from its first day (``since``) to ``on``
    since = question.get("since") or (str(question["period"]).split("/")[0] if question.get("findings_within") else None)
    query = urlencode({**({"person": question["person"]} if question.get("person") else {}), "on": question["on"],
                       **({"to": to} if to and to != question["on"] else {}), **({"since": since} if since else {}),
                       **({"repeated": "true"} if question.get("repeated") else {})})
    return (f"/api/v1/state-lists/{question['list_of']}?" if api else "/ask/list?"
            + urlencode({"list_of": question["list_of"]}) + "&") + query


def list_citation(d: dict[str, Any], url: str, version: str, retrieved: dt.date) -> dict[str, Any]:
    q = d["question"]
    whom = f" {q['person_name']}" if q.get("person_name") else ""
    title = f"Which States {q['list_words']}{whom}, by the record on {q['on']}?"
    sources = [s for r in d.get("states_listed") or [] for s in [*(r.get("sources") or []),
                                                                  *(s for f in r.get("findings") or [] for s in f.get("sources") or [])]]
    return record_answer_citation(title, str(d.get("in_words") or ""), sources, url, version, retrieved)


def record_path(read: dict[str, Any], api: bool = False) -> str:
    """The address of the record a record answer rests on (round 44): the joint statement itself; the record's measures
    (the web: the State's page, where one is asked of, else the API's export); the Court's decisions by the day asked."""
    if read["asks"] == "statement":
        if len(read["records"]) > 1:  # round 46: a month holding several statements: the list of statements
            return f"{'/api/v1' if api else ''}/statements"
        return f"{'/api/v1' if api else ''}/statements/{read['records'][0]['id']}"
    if read["asks"] in ("index", "index_lowest"):  # round 46: the index of the year asked (a State's explain)
        year = urlencode({"year": read["year"]})
        if read["asks"] == "index":
            return f"/api/v1/index/{read['state']}?{year}" if api else f"/index?{year}#{read['state']}"
        return f"/api/v1/index?{year}" if api else f"/index?{year}"
    if read["asks"] in ("withdrawal", "joined"):  # round 46: the State's relation to the Statute, with its acts (51: joining)
        return f"/api/v1/states/{read['state']}?" + urlencode({"on": read["on"]}) if api else f"/states/{read['state']}"
    if read["asks"] == "changes":  # round 52: a State's or a person's entries in a period: the State's or person's page
        if read.get("person"):
            return f"/api/v1/persons/{read['person']}" if api else f"/persons/{read['person']}"
        return f"/api/v1/states/{read['state']}?" + urlencode({"on": read["on"]}) if api else f"/states/{read['state']}"
    if read["asks"] == "surrendered":  # round 46: the record's events (surrenders among them)
        return "/api/v1/events?" + urlencode({"on": read["on"], "limit": 250}) if api else "/events"
    if read["asks"] == "positions":  # round 47: the record's positions (the web: the person's page, else the State's)
        if api:
            return "/api/v1/export/positions?format=json"
        return f"/persons/{read['person']}" if read.get("person") else f"/states/{read['state']}"
    if read["asks"] == "gaps":  # round 47: the enforcement chain after failures
        return "/api/v1/assessment/gaps" if api else "/gaps"
    if read["asks"] == "consultations":  # session 38: the events whose host sought consultations under Art. 97
        whose = {k: read[k] for k in ("state", "person") if read.get(k)}
        return ("/api/v1/events?" + urlencode({**whose, "on": read["on"], "limit": 250}) if api
                else "/events" + ("?" + urlencode(whose) if whose else ""))
    if read["asks"] == "measures":
        return f"/states/{read['state']}#measures" if read.get("state") and not api else "/api/v1/export/measures?format=json"
    if read["asks"] == "wanted":  # round 45: the persons with a warrant outstanding on the day
        return f"{'/api/v1' if api else ''}/persons?" + urlencode({"on": read["on"], **({"outstanding": "true"} if api else {}),
                                                                  **({"situation": read["situation"]} if read.get("situation") else {})})
    if read["asks"] == "trips":  # round 45: the person's events (the API by the day asked; the page, the person's events)
        return ("/api/v1/events?" + urlencode({"person": read["person"], "on": read["on"]}) if api
                else "/events?" + urlencode({"person": read["person"]}))
    if read["asks"] == "visits":  # session 49 (law64): the person's events in the one State
        return ("/api/v1/events?" + urlencode({"person": read["person"], "state": read["state"], "on": read["on"]}) if api
                else "/events?" + urlencode({"person": read["person"], "state": read["state"]}))
    if read["asks"] == "assessment":  # round 45: the assessment of the State's events with the person
        return "/api/v1/assessment/events?" + urlencode({"state": read["state"], "person": read["person"]}) if api \
            else f"/persons/{read['person']}"
    return "/api/v1/decisions?" + urlencode({"on": read["on"], "limit": 250}) if api else "/decisions"


def responses_question(read: dict[str, Any]) -> dict[str, Any]:
    """The responses answer's question from a question's read (``asks: responses``): the day is the read's, or the last
    day of the period it names ('in 2012': the findings and responses by its end)."""
    on = read["period"].split("/")[-1] if read.get("period") else read["on"]
    return {"state": read["state"], "forum": read["forum"], "on": on}
