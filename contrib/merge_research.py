"""Merge the sourced research notes in research/*.yaml into data/ (one-time, kept for provenance).

Research notes were gathered with the search tool, each fact with the URLs it was read from. This
adds what the reference lacked (aliases, offices with dates, case numbers, crimes, status histories,
ICC situation numbers, authorisations, referring States, signature withdrawals, withdrawal dates) and
normalises sources: only the Court's, the UN's and governments' own sites count as primary; a copy of
a primary document on another site is secondary.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from import_reference import PRIMARY_DOMAINS, SITUATION_SLUGS, slugify  # noqa: E402

from iccwatch.dataset.yaml_io import read_yaml, write_yaml  # noqa: E402

DATA = ROOT / "data"
GOV_SUFFIXES = ("officielebekendmakingen.nl", ".gov", ".gov.ph", ".gob.es", ".gouv.fr", ".gv.at", ".belgium.be", "dfa.gov.ph", "kremlin.ru")
STATUS = {"at_large", "arrested", "surrendered", "appeared_voluntarily", "released", "deceased",
          "warrant_withdrawn", "proceedings_terminated", "convicted", "acquitted", "issued", "requested"}


def source(s: dict) -> dict | None:
    url = (s.get("url") or "").strip()
    if not url.startswith("http"):
        return None
    host = urlparse(url).netloc.lower().removeprefix("www.").split(":")[0]
    primary = host in PRIMARY_DOMAINS or host.endswith(GOV_SUFFIXES)
    out = {"url": url}
    for k in ("title", "publisher"):
        if s.get(k):
            out[k] = str(s[k])
    d = str(s.get("date") or "")
    if d and len(d) in (4, 7, 10) and d[:4].isdigit():
        out["date"] = d
    out["kind"] = "primary" if primary else "secondary"
    if s.get("kind") == "primary" and not primary:
        out["note"] = "copy of a primary document on a third-party site"
    return out


def sources(items: list | None) -> list[dict]:
    out, seen = [], set()
    for s in items or []:
        n = source(s)
        if n and n["url"] not in seen:
            seen.add(n["url"])
            out.append(n)
    return out


def fact(entry: dict, keys: list[str]) -> dict | None:
    srcs = sources(entry.get("sources"))
    if not srcs:
        return None
    out = {k: entry[k] for k in keys if entry.get(k) not in (None, "", [])}
    if entry.get("confidence") in ("medium", "low"):
        out["confidence"] = entry["confidence"]
    if entry.get("note"):
        out["note"] = str(entry["note"])
    out["sources"] = srcs
    return out


def merge_persons() -> None:
    notes = yaml.safe_load((ROOT / "research" / "persons.yaml").read_text())
    for n in notes:
        raw = n["name"]
        base = raw.split(" (")[0]
        slug = slugify(base)
        ppath = DATA / "persons" / f"{slug}.yaml"
        wpath = DATA / "warrants" / f"{slug}-1.yaml"
        person, warrant = read_yaml(ppath), read_yaml(wpath)
        aliases = list(person.get("aliases", []))
        for a in n.get("aliases", []):
            if a != person["name"] and a not in aliases:
                aliases.append(a)
        if aliases:
            person["aliases"] = aliases
        offices = []
        for o in n.get("offices", []) or []:
            f = fact(o, ["title", "state", "kind", "start", "end", "de_facto"])
            if f and f.get("title") and f.get("state") and f.get("kind"):
                if f.get("de_facto") is False:
                    f.pop("de_facto")
                offices.append(f)
        if offices:
            person["offices"] = offices
        order = ["id", "name", "aliases", "nationality", "offices", "sources", "note"]
        write_yaml(ppath, {k: person[k] for k in order if k in person})
        ws = n.get("warrants") or []
        if ws:
            w0 = ws[0]
            if w0.get("case_number") and not warrant.get("case_number"):
                warrant["case_number"] = w0["case_number"]
            if w0.get("crimes"):
                warrant["crimes"] = sorted(set(w0["crimes"]))
            if w0.get("unsealed"):
                warrant["unsealed"] = w0["unsealed"]
            extra = sources(w0.get("sources"))
            urls = {s["url"] for s in warrant["sources"]}
            warrant["sources"] += [s for s in extra if s["url"] not in urls]
            if w0.get("note"):
                warrant["note"] = (warrant.get("note", "") + " " + str(w0["note"])).strip()
        history = []
        for h in n.get("status_history", []) or []:
            if h.get("status") not in STATUS:
                continue
            f = fact(h, ["status", "date", "by_state"])
            if f:
                history.append(f)
        if history:
            issued = [h for h in warrant.get("status_history", []) if h["status"] in ("issued", "requested")]
            warrant["status_history"] = issued + [h for h in history if h["status"] not in ("issued", "requested")]
        order = ["id", "person", "situation", "kind", "case_number", "issued", "unsealed", "crimes", "status_history",
                 "sources", "confidence", "disputed", "note"]
        write_yaml(wpath, {k: warrant[k] for k in order if k in warrant})


def merge_treaty() -> None:
    notes = yaml.safe_load((ROOT / "research" / "treaty.yaml").read_text())
    for s in notes["situations"]:
        path = DATA / "situations" / f"{SITUATION_SLUGS[s['name']]}.yaml"
        rec = read_yaml(path)
        if s.get("icc_number"):
            rec["icc_number"] = s["icc_number"]
        if s.get("referring_states"):
            rec["referring_states"] = list(dict.fromkeys(rec.get("referring_states", []) + s["referring_states"]))
            if SITUATION_SLUGS[s["name"]] == "ukraine":
                rec["note"] = f"{len(rec['referring_states'])} of the 43 referring States Parties are named in the sources found"
        a = s.get("authorisation")
        if a and a.get("date"):
            auth = {"date": a["date"], "chamber": a["chamber"]}
            if a.get("record_number"):
                auth["record_number"] = a["record_number"]
            auth["sources"] = sources(a.get("sources"))
            rec["authorisation"] = auth
        urls = {x["url"] for x in rec["sources"]}
        rec["sources"] += [x for x in sources(s.get("sources")) if x["url"] not in urls]
        order = ["id", "name", "icc_number", "states", "trigger", "referring_states", "referral_instrument", "referral_date",
                 "unsc_resolution", "authorisation", "investigation_opened", "jurisdiction_from", "status", "status_as_of",
                 "sources", "confidence", "disputed", "note"]
        write_yaml(path, {k: rec[k] for k in order if k in rec})

    def state_acts(iso3: str) -> tuple[Path, dict]:
        p = DATA / "states" / f"{iso3}.yaml"
        return p, read_yaml(p)

    for w in notes["signature_withdrawals"]:
        p, st = state_acts(w["iso3"])
        acts = [a for a in st["participation"] if a["action"] == "signature_withdrawn"]
        srcs = sources(w.get("sources"))
        if acts:
            urls = {s["url"] for s in acts[0]["sources"]}
            acts[0]["sources"] += [s for s in srcs if s["url"] not in urls]
        else:
            date = w.get("date") or (w.get("decision_date") or "")[:7]
            act = {"instrument": "rome-statute", "action": "signature_withdrawn", "date": date}
            if w.get("confidence") in ("medium", "low"):
                act["confidence"] = w["confidence"]
            act["note"] = w["note"]
            act["sources"] = srcs
            st["participation"].append(act)
        write_yaml(p, st)
    for w in notes["withdrawal_notifications"]:
        p, st = state_acts(w["iso3"])
        srcs = sources(w.get("sources"))
        acts = st["participation"]
        notified = [a for a in acts if a["action"] == "withdrawal_notified"]
        if w["iso3"] == "GMB":
            acts[:] = [a for a in acts if a["action"] != "withdrawal_revoked"]
            acts.append({"instrument": "rome-statute", "action": "withdrawal_notified", "date": w["notified"],
                         "confidence": "medium", "note": w["note"], "sources": srcs})
            acts.append({"instrument": "rome-statute", "action": "withdrawal_revoked", "date": w["revoked"],
                         "confidence": "medium", "note": "rescission delivered to the UN Secretary-General (UN date; see the notification's note)",
                         "sources": srcs})
        elif notified:
            n = notified[0]
            if w["iso3"] == "ZAF":
                n["date"] = w["notified"]
                n.pop("confidence", None)
            n["note"] = w["note"]
            urls = {s["url"] for s in n["sources"]}
            n["sources"] = [s for s in srcs if s["url"] not in urls] + n["sources"]
        write_yaml(p, st)




def merge_treaty_lists() -> None:
    """APIC and Kampala (aggression) participation: partial lists, each row with its sources."""
    notes = yaml.safe_load((ROOT / "research" / "treaty.yaml").read_text())
    for instrument, rows in (("apic", notes["apic"]), ("kampala-aggression", notes["kampala_aggression"])):
        for row in rows:
            path = DATA / "states" / f"{row['iso3']}.yaml"
            if "territorial" in (row.get("action") or "") or not path.exists():
                continue
            st = read_yaml(path)
            st["participation"] = [a for a in st["participation"] if a.get("instrument") != instrument]
            srcs = sources(row.get("sources"))
            extra = {"confidence": row["confidence"]} if row.get("confidence") in ("medium", "low") else {}
            if row.get("note"):
                extra["note"] = row["note"]
            if row.get("signed"):
                st["participation"].append({"instrument": instrument, "action": "signature", "date": row["signed"], **extra, "sources": srcs})
            if row.get("ratified"):
                action = row.get("action") if row.get("action") in ("ratification", "accession") else (
                    "ratification" if instrument == "kampala-aggression" else "ratification_or_accession")
                st["participation"].append({"instrument": instrument, "action": action, "date": row["ratified"], **extra, "sources": srcs})
            if row.get("entry_into_force"):
                st["participation"].append({"instrument": instrument, "action": "entry_into_force", "date": row["entry_into_force"], **extra, "sources": srcs})
            write_yaml(path, st)


def merge_measures() -> None:
    """Measures for or against the Court: sanctions, proceedings, implementing laws, agreements."""
    notes = yaml.safe_load((ROOT / "research" / "measures.yaml").read_text())
    seen: set[str] = set()
    for m in notes:
        srcs = sources(m.get("sources"))
        if not srcs or not m.get("date"):
            continue
        kind = m["kind"]
        if kind == "sanctions_against_court" and "Servicemembers" in m.get("title", ""):
            kind = "law_restricting_cooperation"  # a statute, not a sanction (the research note says so)
        base = slugify(f"{m['state']} {m['date']} {kind} {m.get('title', '')}")[:90].strip("-")
        mid, n = base, 2
        while mid in seen:
            mid, n = f"{base}-{n}", n + 1
        seen.add(mid)
        rec = {"id": mid, "state": m["state"], "kind": kind, "title": m["title"], "date": str(m["date"])}
        if m.get("end_date"):
            rec["end_date"] = str(m["end_date"])
        if m.get("targets"):
            rec["targets"] = m["targets"]
        rec["summary"] = m["summary"]
        if m.get("confidence") in ("medium", "low"):
            rec["confidence"] = m["confidence"]
        if m.get("note"):
            rec["note"] = m["note"]
        rec["sources"] = srcs
        write_yaml(DATA / "measures" / f"{mid}.yaml", rec)




def merge_second_warrants() -> None:
    """Further warrants or summonses for a person (a second warrant adding charges, an earlier summons)."""
    notes = yaml.safe_load((ROOT / "research" / "persons.yaml").read_text())
    skip = {"Jean-Pierre Bemba Gombo"}  # the 2013 Art. 70 warrant was served in ICC detention on a date not recorded
    for n in notes:
        ws = n.get("warrants") or []
        if len(ws) < 2 or n["name"] in skip:
            continue
        slug = slugify(n["name"].split(" (")[0])
        first = read_yaml(DATA / "warrants" / f"{slug}-1.yaml")
        for w in ws:
            if w.get("issued") == first.get("issued") and w.get("kind") == first.get("kind"):
                continue
            srcs = sources(w.get("sources"))
            if not srcs or not w.get("issued"):
                continue
            rec = {"id": f"{slug}-2", "person": slug, "situation": first["situation"], "kind": w["kind"]}
            if w.get("case_number"):
                rec["case_number"] = w["case_number"]
            rec["issued"] = w["issued"]
            if w.get("unsealed"):
                rec["unsealed"] = w["unsealed"]
            rec["crimes"] = sorted(set(w.get("crimes") or []))
            history = [{"status": "issued", "date": w["issued"], "sources": srcs}]
            # The person's later fate applies to this warrant too (custody, death, end of the case).
            for h in first.get("status_history", []):
                if h["status"] not in ("issued", "requested") and h.get("date") and h["date"] >= w["issued"]:
                    history.append(h)
            rec["status_history"] = history
            rec["sources"] = srcs
            if w.get("confidence") in ("medium", "low"):
                rec["confidence"] = w["confidence"]
            if w.get("note"):
                rec["note"] = w["note"]
            write_yaml(DATA / "warrants" / f"{slug}-2.yaml", rec)


STEPS = {"persons": merge_persons, "treaty": merge_treaty, "lists": merge_treaty_lists, "measures": merge_measures,
         "warrants": merge_second_warrants}

if __name__ == "__main__":
    # Each step ran once, in this order, to make the record: persons, treaty, lists, measures, warrants.
    for step in sys.argv[1:] or list(STEPS):
        STEPS[step]()
