"""The anatomy of the monitor's misses on one half of the real-news set (session 48, issue 12).

    python scripts/monitor_gap.py dev  [--rules] [--list] [--json OUT]
    python scripts/monitor_gap.py test [--rules]              # totals per kind only: never a document, sentence or label

Each false negative and false positive is put in one kind, computed by code; the matching is ``evaluate``'s own
(``_Score.score`` and ``_matches``, imported, never copied), so the totals are those of ``evaluate_realnews`` and of
/work/notes/s48/measure.py. A label's *subject* is its person (``person``, or ``person_name`` for one the record does not
hold), else its State (the facts of a State: withdrawal, refusal without a person ...). Kinds of a miss (first that holds):

- ``filter``: the rules alone propose a candidate that matches the label; the statistical filter removed it (only in the
  filtered mode);
- ``slot_date`` / ``slot_state`` / ``slot_both``: a candidate of the label's type and subject exists, but its date, its
  State, or both do not match (``_matches`` with the label's date, resp. State, set aside);
- ``type``: a candidate of another type for the same person and State (any State when the label gives none);
- ``found_*``: the subject is named in the document (a person mention resolved to them, ``mentions._mentions``; a State
  mention; a ``person_name`` written out), but no candidate of the type for them: ``found_guarded`` when the rules with
  their guards off (the ``loose`` mode) propose a matching candidate (a guard stopped it), ``found_read_slot`` when they
  propose one of the type and subject with another date or State (most often none), ``found_unread`` when they propose none
  (no rule reads the words the text uses); ``_other`` added when the document has a candidate of the type for someone else;
- ``unresolved``: the subject is not resolved anywhere in the document (a name form, an alias, a pronoun only).

Kinds of a false positive: ``slot_twin`` (same type and subject as a label missed in the same document: the fn's slot
error seen from the other side), ``background`` (same type and person as an ``optional`` label, or as an expected label
already found: a background fact or a second reading of one), ``trap`` (a trip candidate in a document whose note names a
trip not made, ``evaluate.trap_note``), ``none``.

Language: the document's ``language`` as ``read_file_once`` gives it (the front matter's when stated, else the function
words' detection, ``documents.detect_language``); ``?`` when neither says.

On the test half the script prints counts only (``--list`` and ``--json`` are refused): the totals are reported, never used
to choose a rule's wording.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _args(argv: list[str]) -> dict[str, Any]:
    if not argv or argv[0] not in ("dev", "test"):
        raise SystemExit("usage: monitor_gap.py dev|test [--rules] [--list] [--json OUT]")
    a = {"half": argv[0], "rules": "--rules" in argv, "list": "--list" in argv,
         "json": argv[argv.index("--json") + 1] if "--json" in argv else None}
    if a["half"] == "test" and (a["list"] or a["json"]):
        raise SystemExit("monitor_gap.py: the test half gives totals only (no --list, no --json)")
    return a


def persons_named(document: Any, spec: Any) -> tuple[set[str], set[str]]:
    """The record's persons, and the States, that a mention of ``document`` resolves to, as the extractor reads it (its language's words, the
    text unwrapped, its headline cut, ``mentions._mentions``)."""
    from iccwatch.monitor import documents, extract, lexicon
    from iccwatch.monitor.gazetteer import add_folded_places, add_genitive_states, pipeline
    from iccwatch.monitor.mentions import _mentions, cut_glued_headline, unwrap

    text = document.text.translate(extract.APOSTROPHES)
    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages") or {}, document.language),
                         lexicon.gatherings_for(spec.lexicon.get("gatherings"), document.language),
                         spec.lexicon.get("court_places")):
        credit = lexicon.agency_credit(spec.lexicon)
        text = unwrap(text, lexicon.wrap_end(spec.lexicon), credit)
        text = cut_glued_headline(text, documents.headline(document))
        doc = pipeline(spec)(text)
        add_folded_places(doc, spec)
        add_genitive_states(doc, spec, document.language)
        ms = _mentions(doc, spec)
    return {m.id for m in ms if m.kind in ("PERSON", "SURNAME")}, {m.id for m in ms if m.kind in ("STATE", "PLACE", "DEMONYM")}


def _subject(e: dict[str, Any]) -> tuple[str, str] | None:
    if e.get("person"):
        return ("person", e["person"])
    if e.get("person_name"):
        return ("person_name", e["person_name"])
    if e.get("state"):
        return ("state", e["state"])
    return None


def _same_subject(c: Any, e: dict[str, Any], names: dict[str, frozenset[str]]) -> bool:
    from iccwatch.dataset.names import normalise_name

    sub = _subject(e)
    if sub is None:
        return True
    kind, v = sub
    if kind == "person":
        return c.person == v
    if kind == "person_name":
        return c.person_name == v or bool(c.person and normalise_name(v) in names.get(c.person, frozenset()))
    return c.state == v and not (e.get("person") or e.get("person_name"))


def classify(doc: Any, labels: dict[str, Any], got: list[Any], rules_got: list[Any] | None, spec: Any,
             names: dict[str, frozenset[str]], loose: Any) -> tuple[list[tuple[dict[str, Any], str]], list[tuple[Any, str]]]:
    """(each missed label with its kind, each false positive with its kind) of one document."""
    from iccwatch.dataset.names import normalise_name
    from iccwatch.monitor.evaluate import _matches, _Score, trap_note

    expected = list(labels.get("expected") or [])
    optional = list(labels.get("optional") or [])
    s = _Score(spec)
    hits = s.score("-", got, expected, optional, told=doc.date)
    used = {h for h in hits if h is not None}
    missed = [e for i, e in enumerate(expected) if i not in used]
    fps = [c for c, h in zip(got, hits, strict=True)
           if h is None and not any(_matches(c, e, names, doc.date) for e in (*optional, *expected))]
    persons = states = loose_got = None
    out_fn: list[tuple[dict[str, Any], str]] = []
    for e in missed:
        if rules_got is not None and any(_matches(c, e, names, doc.date) for c in rules_got):
            out_fn.append((e, "filter"))
            continue
        same = [c for c in got if c.type == e["type"] and _same_subject(c, e, names)]
        if same:
            date_ok = any(_matches(c, {**e, "state": None}, names, doc.date) for c in same)
            state_ok = any(_matches(c, {**e, "date": None}, names, doc.date) for c in same)
            out_fn.append((e, "slot_date" if state_ok else "slot_state" if date_ok else "slot_both"))
            continue
        if (e.get("person") or e.get("person_name")) and any(
                c.type != e["type"] and _same_subject(c, e, names) and (e.get("state") is None or c.state == e["state"]) for c in got):
            out_fn.append((e, "type"))
            continue
        if persons is None:
            persons, states = persons_named(doc, spec)
        sub = _subject(e)
        if sub is None:
            found = True
        elif sub[0] == "person":
            found = sub[1] in persons
        elif sub[0] == "person_name":
            found = normalise_name(sub[1]) in normalise_name(doc.text) or any(c.person_name == sub[1] for c in got)
        else:
            found = sub[1] in states
        if not found:
            out_fn.append((e, "unresolved"))
            continue
        if loose_got is None:
            loose_got = loose(doc)
        # the rules with their guards off (the loose mode) propose it: a guard stopped it; else no rule reads its words
        # … or read it with another date or State (most often undated: the loose mode does not give the page's day to a fact its
        # lead tells with none, and the rules then drop it as background)
        why = "guarded" if any(_matches(c, e, names, doc.date) for c in loose_got) else \
            "read_slot" if any(c.type == e["type"] and _same_subject(c, e, names) for c in loose_got) else "unread"
        out_fn.append((e, f"found_{why}_other" if any(c.type == e["type"] for c in got) else f"found_{why}"))
    trap = trap_note(labels.get("note"))
    out_fp: list[tuple[Any, str]] = []
    for c in fps:
        if any(m["type"] == c.type and _same_subject(c, m, names) for m in missed):
            kind = "slot_twin"
        elif any(o["type"] == c.type and (o.get("person") or o.get("person_name")) and _same_subject(c, o, names) for o in optional) or any(
                x["type"] == c.type and (x.get("person") or x.get("person_name")) and _same_subject(c, x, names) for x in expected):
            kind = "background"
        elif trap and c.type in ("visit", "planned_visit"):
            kind = "trap"
        else:
            kind = "none"
        out_fp.append((c, kind))
    return out_fn, out_fp


def run(half: str, rules: bool) -> dict[str, Any]:
    if rules:
        os.environ["ICCWATCH_MONITOR_FILTER"] = "off"
    from iccwatch.cli.base import facts_for
    from iccwatch.monitor.evaluate import _extracted, _Score, load_realnews
    from iccwatch.monitor.gazetteer import spec_from_records

    facts = facts_for(None)
    spec = spec_from_records(facts.records)
    names = _Score(spec).names
    key = spec.key()
    rows_fn, rows_fp = [], []
    tp = 0
    for doc, labels, name in load_realnews(ROOT / "tests/monitor/realnews" / half, None, spec):
        got = _extracted(doc, spec, "rules" if rules else "filtered", key)
        rules_got = None if rules else _extracted(doc, spec, "rules", key)
        tp += _found(doc, labels, got, spec)
        fn, fp = classify(doc, labels, got, rules_got, spec, names, lambda d: _extracted(d, spec, "loose", key))
        lang = doc.language or "?"
        rows_fn += [{"case": name, "lang": lang, "type": e["type"], "kind": k, "label": e} for e, k in fn]
        rows_fp += [{"case": name, "lang": lang, "type": c.type, "kind": k,
                     "candidate": {"type": c.type, "person": c.person, "person_name": c.person_name, "state": c.state, "date": c.date},
                     "sentence": c.evidence.sentence[:200]} for c, k in fp]
    return {"tp": tp, "fn": rows_fn, "fp": rows_fp}


def _found(doc: Any, labels: dict[str, Any], got: list[Any], spec: Any) -> int:
    """The true positives of one document, by ``evaluate``'s scoring."""
    from iccwatch.monitor.evaluate import _Score

    hits = _Score(spec).score("-", got, list(labels.get("expected") or []), list(labels.get("optional") or []), told=doc.date)
    return sum(h is not None for h in hits)


def _table(rows: list[dict[str, Any]], by: str) -> list[str]:
    kinds = sorted(Counter(r["kind"] for r in rows).items(), key=lambda kv: -kv[1])
    cols = [k for k, _ in kinds]
    groups = sorted(Counter(r[by] for r in rows).items(), key=lambda kv: -kv[1])
    out = ["| " + by + " | all | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 2)]
    for g, n in groups:
        c = Counter(r["kind"] for r in rows if r[by] == g)
        out.append(f"| {g} | {n} | " + " | ".join(str(c.get(k, 0)) for k in cols) + " |")
    out.append(f"| all | {len(rows)} | " + " | ".join(str(n) for _, n in kinds) + " |")
    return out


def main(argv: list[str]) -> None:
    a = _args(argv)
    r = run(a["half"], a["rules"])
    mode = "rules alone" if a["rules"] else "filtered"
    print(f"{a['half']} ({mode}): tp/fp/fn {r['tp']}/{len(r['fp'])}/{len(r['fn'])}")
    for what in ("fn", "fp"):
        print(f"\n{a['half']} ({mode}): {len(r[what])} {'false negatives' if what == 'fn' else 'false positives'}")
        for by in ("type", "lang"):
            print()
            print("\n".join(_table(r[what], by)))
    if a["list"]:
        for what in ("fn", "fp"):
            for row in r[what]:
                print(json.dumps(row, ensure_ascii=False, default=str))
    if a["json"]:
        Path(a["json"]).write_text(json.dumps(r, ensure_ascii=False, default=str, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
