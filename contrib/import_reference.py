"""One-time import that produced the first version of ``data/`` from ``../shared/reference``.

Kept for provenance: it shows how every reference row became a record and which sources it carries.
It refuses to overwrite an existing ``data/`` folder unless ``--force`` is given, because after the
import the YAML files are the record and are edited by hand (through review).

Inputs beyond the reference CSVs:
- pycountry (ISO 3166-1 codes and English names; French names from the iso-codes translations);
- country_converter's country table (UN admission year) and countryinfo's demonyms and alternative
  spellings, read from JSON extracts given with ``--coco`` and ``--countryinfo``;
- research notes in ``research/*.yaml`` (facts gathered with their sources) when present.

Usage: python scripts/import_reference.py --reference ../shared/reference --out data [--force]
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from iccwatch.dataset.names import name_matches, normalise_name  # noqa: E402
from iccwatch.dataset.yaml_io import write_yaml  # noqa: E402

UNTC_RS = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en"
UN_MEMBERS_URL = "https://www.un.org/en/about-us/member-states"
UN_OBSERVERS_URL = "https://www.un.org/en/about-us/non-member-states"
ISO_OBP = "https://www.iso.org/obp/ui/#iso:code:3166:{iso2}"
ISO_CODES = "https://salsa.debian.org/iso-codes-team/iso-codes"

# The 193 UN Member States (UN, "Member States", https://www.un.org/en/about-us/member-states).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
UN_OBSERVERS = ["VAT", "PSE"]
OTHER_STATES = ["COK"]  # a State Party to the Rome Statute, not a UN member

PRIMARY_DOMAINS = {
    "icc-cpi.int": "International Criminal Court",
    "asp.icc-cpi.int": "Assembly of States Parties to the Rome Statute",
    "un.org": "United Nations",
    "news.un.org": "UN News",
    "press.un.org": "United Nations, Meetings Coverage and Press Releases",
    "treaties.un.org": "United Nations Treaty Collection",
    "undocs.org": "United Nations Official Document System",
    "exteriores.gob.es": "Ministry of Foreign Affairs of Spain",
    "diplomatie.belgium.be": "Federal Public Service Foreign Affairs of Belgium",
}
KNOWN_PUBLISHERS = {
    "github.com/thenewdynamic/aba-icc": "American Bar Association ICC Project (dataset, 2014 snapshot)",
    "coalitionfortheicc.org": "Coalition for the International Criminal Court",
    "iccnow.org": "Coalition for the International Criminal Court",
    "archive.iccnow.org": "Coalition for the International Criminal Court",
    "pgaction.org": "Parliamentarians for Global Action",
    "hrw.org": "Human Rights Watch",
    "jurist.org": "JURIST",
    "asil.org": "American Society of International Law",
    "reuters.com": "Reuters",
    "in.reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "aljazeera.com": "Al Jazeera",
    "en.wikipedia.org": "Wikipedia",
    "liquisearch.com": "LiquiSearch (Wikipedia copy)",
    "opiniojuris.org": "Opinio Juris",
    "ejiltalk.org": "EJIL: Talk!",
    "timesofisrael.com": "The Times of Israel",
    "kyivindependent.com": "The Kyiv Independent",
    "loc.gov": "Library of Congress, Global Legal Monitor",
    "france24.com": "France 24",
    "voanews.com": "Voice of America",
    "justiceinfo.net": "JusticeInfo.net",
    "scribd.com": "Scribd (copy of a document)",
    "docslib.org": "Docslib (copy of a document)",
    "zaki.ru": "zaki.ru (copy of the UN depositary status table)",
}


def source_for(url: str) -> dict:
    host = urlparse(url).netloc.lower().removeprefix("www.")
    publisher = PRIMARY_DOMAINS.get(host)
    kind = "primary" if publisher else "secondary"
    if "github.com/thenewdynamic/aba-icc" in url.lower():
        publisher = KNOWN_PUBLISHERS["github.com/thenewdynamic/aba-icc"]
    publisher = publisher or KNOWN_PUBLISHERS.get(host) or host
    return {"url": url, "publisher": publisher, "kind": kind}


def sources_from(cell: str) -> list[dict]:
    urls = [u for u in re.split(r"[;\s]+", cell.strip()) if u]
    seen: list[str] = []
    for u in urls:
        if u not in seen:
            seen.append(u)
    return [source_for(u) for u in seen]


UNTC_SOURCE = {
    "url": UNTC_RS,
    "title": "Rome Statute of the International Criminal Court: status (depositary record, chapter XVIII-10)",
    "publisher": "United Nations Treaty Collection",
    "kind": "primary",
    "note": "authoritative depositary record; the date here was taken from the other sources cited",
}


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(text)).strip("-")


def read_csv(reference: Path, name: str) -> list[dict]:
    with (reference / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# --------------------------------------------------------------------------------------------- states


def build_states(reference: Path, coco: dict, countryinfo: dict) -> tuple[dict[str, dict], dict, dict]:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    common_names: dict[str, str] = {}
    for fname in ("states_parties.csv", "signatories_not_ratified.csv"):
        for row in read_csv(reference, fname):
            common_names[row["iso3"]] = row["state"]
    states: dict[str, dict] = {}
    aliases: dict[str, list[str]] = {}
    demonyms: dict[str, list[str]] = {}
    for iso3 in UN_MEMBERS + UN_OBSERVERS + OTHER_STATES:
        c = pycountry.countries.get(alpha_3=iso3)
        if c is None:
            raise SystemExit(f"pycountry has no {iso3}")
        status = "member" if iso3 in UN_MEMBERS else "observer" if iso3 in UN_OBSERVERS else "non_member"
        coco_row = coco.get(iso3, {})
        if status == "member" and not coco_row.get("UNmember"):
            raise SystemExit(f"{iso3}: country_converter does not list it as a UN member")
        name = common_names.get(iso3) or getattr(c, "common_name", None) or c.name
        official = getattr(c, "official_name", None)
        sources = [
            {
                "url": ISO_OBP.format(iso2=c.alpha_2),
                "title": f"ISO 3166-1 entry for {c.name}",
                "publisher": "International Organization for Standardization",
                "kind": "primary",
                "note": "codes and short name as distributed in the iso-codes database (pycountry 26.2.16)",
            },
            {
                "url": UN_MEMBERS_URL if status == "member" else UN_OBSERVERS_URL,
                "title": "Member States" if status == "member" else "Non-member States",
                "publisher": "United Nations",
                "kind": "primary",
            },
        ]
        if status == "non_member":
            sources[1] = {
                "url": "https://asp.icc-cpi.int/states-parties/asian-states/cook-islands",
                "title": "Cook Islands (States Parties to the Rome Statute)",
                "publisher": "Assembly of States Parties to the Rome Statute",
                "kind": "primary",
                "note": "a State Party to the Rome Statute; not a member of the United Nations",
            }
        sources.append(
            {
                "url": ISO_CODES,
                "title": "iso-codes: French translation of ISO 3166-1 names",
                "publisher": "Debian iso-codes project",
                "kind": "secondary",
            }
        )
        record = {
            "iso3": iso3,
            "iso2": c.alpha_2,
            "numeric": c.numeric,
            "name": name,
            "name_fr": fr.gettext(c.name),
        }
        if official:
            record["official_name"] = official
            fr_official = fr.gettext(official)
            if fr_official != official:
                record["official_name_fr"] = fr_official
        if c.name != name:
            record["short_name"] = c.name
        record["un_status"] = status
        record["sources"] = sources
        record["participation"] = []
        states[iso3] = record
        names = [name, c.name, getattr(c, "common_name", None), official, fr.gettext(c.name)]
        info = countryinfo.get(iso3, {})
        names += [a for a in info.get("alt", []) if len(a) > 3 and not a.isupper()]
        if coco_row.get("name_short"):
            names.append(coco_row["name_short"])
        aliases[iso3] = sorted({n for n in names if n}, key=str.casefold)
        if info.get("demonym"):
            demonyms[iso3] = [info["demonym"]]
    return states, aliases, demonyms


_AES = (
    "Burkina Faso, Mali and Niger jointly announced withdrawal 'with immediate effect'; no notification "
    "to the UN Secretary-General was verified (none recorded by December 2025). An announcement has no "
    "effect under Art. 127(1): the State remains a party until a notification takes effect."
)
# Withdrawal facts the reference gives in its notes rather than its date columns.
WITHDRAWAL_FIXUPS: dict[str, list[dict]] = {
    "HUN": [
        {
            "action": "withdrawal_effective",
            "date": "2026-06-02",
            "disputed": True,
            "confidence": "low",
            "note": (
                "scheduled date: one year after the 2025-06-02 notification (Art. 127(1)), as the ICC/ASP gave it "
                "in 2025. Whether the withdrawal took effect is NOT verified: after the 2026-04-12 election the "
                "incoming government reportedly pledged to reverse it, and an unconfirmed report says the "
                "notification was withdrawn on 2026-05-29. Status from 2026-06-02 is uncertain."
            ),
        }
    ],
    "ZAF": [
        {"action": "withdrawal_notified", "date": "2016-10", "confidence": "medium",
         "note": "notified in October 2016; the exact day is not verified in the reference sources"},
        {"action": "withdrawal_revoked", "date": "2017-03-07",
         "note": "revoked after the High Court held the notification invalid; South Africa remained a party"},
    ],
    "GMB": [
        {"action": "withdrawal_announced", "date": "2016-11-08", "confidence": "medium",
         "note": "the government of the day decided to withdraw; the date of any notification is not verified"},
        {"action": "withdrawal_revoked", "date": "2017-02-17", "confidence": "medium",
         "note": "date on which the UN Secretary-General confirmed the reversal; The Gambia remained a party"},
    ],
    "BFA": [{"action": "withdrawal_announced", "date": "2025-09-22", "note": _AES}],
    "MLI": [{"action": "withdrawal_announced", "date": "2025-09-22", "note": _AES}],
    "NER": [{"action": "withdrawal_announced", "date": "2025-09-22", "note": _AES}],
    "VEN": [
        {"action": "withdrawal_announced", "date": "2025-12-11",
         "note": "the National Assembly passed a law repealing the ratification; no Art. 127 notification to the "
                 "UN Secretary-General verified, so no legal effect under the Statute is recorded"}
    ],
    "AFG": [
        {"action": "withdrawal_announced", "date": "2025-02", "disputed": True, "confidence": "low",
         "note": "declared by the de facto (Taliban) authorities, whom the UN does not recognise; no Art. 127 "
                 "notification recorded. Afghanistan remains a party."}
    ],
}


def participation_from_reference(reference: Path, states: dict[str, dict]) -> None:
    for row in read_csv(reference, "states_parties.csv"):
        st = states[row["iso3"]]
        srcs = sources_from(row["source_urls"]) + [UNTC_SOURCE]
        notes = row["notes"]
        base = {"instrument": "rome-statute"}
        low = "only - no second source checked" in notes
        conf = {"confidence": "medium"} if low else {}

        def add(action: str, date: str, **extra: object) -> None:
            entry = {**base, "action": action, "date": date, **conf, **extra, "sources": srcs}  # noqa: B023
            st["participation"].append(entry)  # noqa: B023

        if row["signed"]:
            add("signature", row["signed"])
        consent = "ratification"
        if "succession" in notes.lower():
            consent = "succession"
        elif "acceded" in notes.lower() or ("accession" in notes.lower() and not row["signed"]):
            consent = "accession"
        add(consent, row["ratified_or_acceded"], note=notes)
        add("entry_into_force", row["entry_into_force"])
        if row["withdrawal_notified"]:
            add("withdrawal_notified", row["withdrawal_notified"])
        if row["withdrawal_effective"]:
            add("withdrawal_effective", row["withdrawal_effective"])
        for extra in WITHDRAWAL_FIXUPS.get(row["iso3"], []):
            st["participation"].append({**base, **extra, "sources": srcs})
    for row in read_csv(reference, "signatories_not_ratified.csv"):
        st = states[row["iso3"]]
        srcs = sources_from(row["source_urls"]) + [UNTC_SOURCE]
        st["participation"].append(
            {"instrument": "rome-statute", "action": "signature", "date": row["signed"], "sources": srcs}
        )
        if row["signature_withdrawn"]:
            st["participation"].append(
                {
                    "instrument": "rome-statute",
                    "action": "signature_withdrawn",
                    "date": row["signature_withdrawn"],
                    "sources": srcs,
                }
            )
    for row in read_csv(reference, "article_12_3_declarations.csv"):
        st = states[row["iso3"]]
        confirmation = "confirmation" in row["notes"].lower()
        entry: dict = {
            "instrument": "rome-statute",
            "action": "declaration_12_3_confirmed" if confirmation else "declaration_12_3",
            "date": row["date_lodged"],
        }
        if row["period_covered_from"]:
            entry["covers_from"] = row["period_covered_from"]
        if row["period_covered_to"]:
            entry["covers_to"] = row["period_covered_to"]
        if "disagree" in row["notes"] or "differ" in row["notes"] or "sources give" in row["notes"]:
            entry["confidence"] = "medium"
        entry["note"] = row["notes"]
        entry["sources"] = sources_from(row["source_urls"])
        st["participation"].append(entry)


# ------------------------------------------------------------------------------------ situations


SITUATION_SLUGS = {
    "Uganda": "uganda",
    "Democratic Republic of the Congo": "drc",
    "Central African Republic (CAR I)": "car-i",
    "Darfur, Sudan": "darfur-sudan",
    "Kenya": "kenya",
    "Libya": "libya",
    "Côte d'Ivoire": "cote-d-ivoire",
    "Mali": "mali",
    "Central African Republic II (CAR II)": "car-ii",
    "Georgia": "georgia",
    "Burundi": "burundi",
    "Bangladesh/Myanmar": "bangladesh-myanmar",
    "Afghanistan": "afghanistan",
    "State of Palestine": "palestine",
    "Philippines": "philippines",
    "Venezuela I": "venezuela-i",
    "Ukraine": "ukraine",
}
WARRANT_SITUATIONS = {
    "Central African Republic": "car-i",
    "Central African Republic (Art 70, Bemba et al.)": "car-i",
    "Central African Republic II": "car-ii",
    "Kenya (Art 70)": "kenya",
    "Cote d'Ivoire": "cote-d-ivoire",
    **SITUATION_SLUGS,
}
# Referring States named in the reference's referral_instrument text.
REFERRING = {
    "uganda": ["UGA"],
    "drc": ["COD"],
    "car-i": ["CAF"],
    "car-ii": ["CAF"],
    "mali": ["MLI"],
    "palestine": ["PSE", "ZAF", "BGD", "BOL", "COM", "DJI"],
    "venezuela-i": ["ARG", "CAN", "COL", "CHL", "PRY", "PER"],
    "ukraine": ["LTU"],
}
UNSC = {"darfur-sudan": "unsc-res-1593-2005", "libya": "unsc-res-1970-2011"}


def build_situations(reference: Path) -> dict[str, dict]:
    out = {}
    for row in read_csv(reference, "situations.csv"):
        slug = SITUATION_SLUGS[row["situation"]]
        rec: dict = {
            "id": slug,
            "name": row["situation"],
            "states": row["state_iso3"].split(";"),
            "trigger": row["trigger"],
        }
        if slug in REFERRING:
            rec["referring_states"] = REFERRING[slug]
        rec["referral_instrument"] = row["referral_instrument"]
        if row["referral_date"]:
            rec["referral_date"] = row["referral_date"]
        if slug in UNSC:
            rec["unsc_resolution"] = UNSC[slug]
        m = re.search(r"Art\. 15 authorisation by (.+?), (\d{4}-\d{2}-\d{2})", row["referral_instrument"])
        if m:
            rec["authorisation"] = {"date": m.group(2), "chamber": m.group(1)}
        rec["investigation_opened"] = row["investigation_opened"]
        if slug == "palestine":
            rec["jurisdiction_from"] = "2014-06-13"
        rec["status"] = row["status"]
        rec["status_as_of"] = "2024-12"
        if slug == "ukraine":
            rec["note"] = (
                "the reference names only Lithuania among the 43 referring States Parties; "
                "the full list is not yet in the record"
            )
        rec["sources"] = sources_from(row["source_urls"])
        out[slug] = rec
    return out


# ------------------------------------------------------------------------------- persons, warrants

PAREN = re.compile(r"^(.*?)\s*\((.*)\)\s*$")


def build_persons(reference: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    persons: dict[str, dict] = {}
    warrants: dict[str, dict] = {}
    for row in read_csv(reference, "arrest_warrants.csv"):
        raw = row["person"]
        m = PAREN.match(raw)
        name, aliases = (m.group(1), [m.group(2)]) if m else (raw, [])
        slug = slugify(name)
        srcs = sources_from(row["source_urls"])
        person: dict = {"id": slug, "name": name}
        if aliases:
            person["aliases"] = aliases
        if row["nationality_iso3"]:
            person["nationality"] = [row["nationality_iso3"]]
        if row["head_of_state_or_government_at_issue"] == "yes":
            person["offices"] = [
                {
                    "title": "Head of State or Government",
                    "state": row["nationality_iso3"],
                    "kind": "head_of_state",
                    "note": "in office when the warrant was issued or applied for, per the reference; term dates not yet recorded",
                    "confidence": "medium",
                    "sources": srcs,
                }
            ]
        person["sources"] = srcs
        persons[slug] = person
        situation = WARRANT_SITUATIONS[row["situation"]]
        status = row["status_as_of_latest_source"]
        kind = "arrest_warrant" if row["warrant_date"] else "application"
        warrant: dict = {
            "id": f"{slug}-1",
            "person": slug,
            "situation": situation,
            "kind": kind,
        }
        if row["warrant_date"]:
            warrant["issued"] = row["warrant_date"]
        if "Art 70" in row["situation"]:
            warrant["crimes"] = ["offences_against_administration_of_justice"]
        history: list[dict] = []
        if row["warrant_date"]:
            history.append({"status": "issued", "date": row["warrant_date"], "sources": srcs})
        else:
            history.append(
                {
                    "status": "requested",
                    "note": "prosecution application; no issued warrant found in the reference sources",
                    "sources": srcs,
                }
            )
        if status == "withdrawn":
            status = "warrant_withdrawn"
        if status.startswith("surrendered_"):
            history.append({"status": "surrendered", "date": status.removeprefix("surrendered_"), "sources": srcs})
        elif status:
            history.append({"status": status, "sources": srcs})
        warrant["status_history"] = history
        if row["person"].startswith("Ahmad Al Faqi Al Mahdi"):
            warrant["confidence"] = "medium"
            warrant["note"] = "the reference notes that the warrant date conflicts with the surrender date in its sources"
        if not row["warrant_date"] and row["situation"] == "Libya":
            warrant["kind"] = "arrest_warrant"
            warrant["note"] = "warrant unsealed by the Prosecutor's statement cited; the issue date is not given there"
            warrant["status_history"] = [{"status": "issued", "sources": srcs}] + (
                [{"status": status, "sources": srcs}] if status else []
            )
        if row["situation"] == "Kenya":
            # The six Kenya suspects were summoned to appear (Art. 58(7)), not ordered arrested.
            warrant["kind"] = "summons_to_appear"
            warrant["crimes"] = ["crimes_against_humanity"]
            srcs = srcs + KENYA_SUMMONS_SOURCES
            for h in warrant["status_history"]:
                h["sources"] = srcs
            if slug in ("francis-kirimi-muthaura", "uhuru-muigai-kenyatta", "mohammed-hussein-ali"):
                warrant["case_number"] = "ICC-01/09-02/11"
        warrant["sources"] = srcs
        warrants[warrant["id"]] = warrant
    return persons, warrants


KENYA_SUMMONS_SOURCES = [
    {
        "url": "http://archive.iccnow.org/?mod=newsdetail&news=4329",
        "title": "ICC Issues Summons to Appear for Six Kenyans",
        "publisher": "Coalition for the International Criminal Court",
        "date": "2011-03-09",
        "kind": "secondary",
    },
    {
        "url": "https://amicc.blogspot.com/2011/03/icc-judges-send-darfur-rebel-case-to.html",
        "publisher": "American NGO Coalition for the ICC (AMICC)",
        "kind": "secondary",
        "note": "names the two Pre-Trial Chamber II decisions of 8 March 2011 granting summonses instead of arrest warrants",
    },
    {
        "url": "https://vdocument.in/cour-internationale-international-criminal-court-original-.html",
        "title": "Copy of ICC-01/09-02/11-01, Decision on the Prosecutor's Application for Summonses to Appear for Muthaura, Kenyatta and Ali",
        "publisher": "vdocument.in (copy of a Court decision)",
        "date": "2011-03-08",
        "kind": "secondary",
    },
]


def find_person(persons: dict[str, dict], text: str) -> str:
    """Resolve a reference name (possibly with a parenthesised alias) to exactly one person."""
    candidates = [text]
    m = PAREN.match(text)
    if m:
        candidates = [m.group(1), m.group(2)]
    scores: dict[str, int] = defaultdict(int)
    for cand in candidates:
        for slug, p in persons.items():
            s = name_matches(cand, [p["name"], *p.get("aliases", [])])
            scores[slug] = max(scores[slug], s)
    best = max(scores.values())
    hits = [s for s, v in scores.items() if v == best and v > 0]
    if len(hits) != 1:
        raise SystemExit(f"cannot resolve person {text!r}: {hits}")
    return hits[0]


# -------------------------------------------------------------------------- events and decisions


def build_events(reference: Path, persons: dict, states: dict) -> dict[str, dict]:
    events = {}
    for row in read_csv(reference, "suspect_travel_events.csv"):
        person = find_person(persons, row["person"])
        state_slug = slugify(states[row["host_state_iso3"]]["name"])
        eid = f"{row['date']}-{person}-{state_slug}"
        ev = {
            "id": eid,
            "date": row["date"],
            "person": person,
            "state": row["host_state_iso3"],
            "action": row["action"],
            "host_party_reported": row["host_state_party_at_date"] == "yes",
            "followup": row["court_followup"],
            "sources": sources_from(row["source_urls"]),
        }
        events[eid] = ev
    return events


def court_record_source(record: str) -> dict | None:
    m = re.match(r"^(ICC-\d{2}/\d{2}-\d{2}/\d{2}-\d+)", record)
    if not m:
        return None
    return {
        "url": "https://www.icc-cpi.int/court-record/" + m.group(1).lower(),
        "title": f"Court record {m.group(1)}",
        "publisher": "International Criminal Court",
        "kind": "primary",
        "note": "the decision itself in the Court's records",
    }


SITUATION_BY_NAME = {"Darfur, Sudan": "darfur-sudan", "Kenya": "kenya", "Libya": "libya", "Ukraine": "ukraine", "State of Palestine": "palestine"}


def build_decisions(reference: Path, persons: dict, states: dict, events: dict) -> dict[str, dict]:
    decisions: dict[str, dict] = {}
    for row in read_csv(reference, "noncompliance_decisions.csv"):
        did = f"{row['decision_date']}-{slugify(states[row['state_iso3']]['name'])}"
        ppl = [find_person(persons, p.strip()) for p in row["person"].split(";")]
        srcs = sources_from(row["source_urls"])
        court = court_record_source(row["case_number"])
        if court:
            srcs.append(court)
        dec: dict = {
            "id": did,
            "date": row["decision_date"],
            "chamber": row["chamber"],
            "state": row["state_iso3"],
            "persons": ppl,
            "situation": SITUATION_BY_NAME[row["situation"]],
            "request_type": row["request_type"],
            "finding": row["finding"],
            "referred_to": row["referred_to"],
            "record_number": row["case_number"],
        }
        notes = row["notes"]
        if any(w in notes for w in ("not confirmed", "unverified", "not verified", "may be earlier", "from recollection")):
            dec["confidence"] = "medium"
        # Link the visit the decision concerns: the latest event of that person in that State before it.
        linked = sorted(
            (e for e in events.values() if e["state"] == row["state_iso3"] and e["person"] in ppl
             and e["date"] <= row["decision_date"] and e["action"] in ("no_arrest", "arrest")),
            key=lambda e: e["date"],
        )
        if linked and row["request_type"] == "arrest_surrender":
            dec["events"] = [linked[-1]["id"]]
        dec["note"] = notes
        dec["sources"] = srcs
        decisions[did] = dec
    decisions["2015-08-19-kenya"]["appeal_of"] = "2014-12-03-kenya"
    decisions["2016-09-19-kenya"]["follows"] = "2015-08-19-kenya"
    decisions["2019-05-06-jordan"]["appeal_of"] = "2017-12-11-jordan"
    decisions["2026-01-26-italy"]["follows"] = "2025-10-17-italy"
    return decisions


# ----------------------------------------------------------------------------------- statements


def build_statements(reference: Path) -> dict[str, dict]:
    rows = read_csv(reference, "joint_statements.csv")
    by_id: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_id[r["statement_id"]].append(r)
    announced = {"JS-2025-02-07": 79, "JS-2018-MIN35": 35, "JS-2024-06-14": 93, "JS-2020-06-23": 67}
    complete = {"JS-2025-02-07": True, "JS-2018-MIN35": True, "JS-2024-06-14": False, "JS-2020-06-23": False}
    drafters = {"JS-2024-06-14": ["BEL", "CHL", "JOR", "SEN", "SVN"], "JS-2025-02-07": ["SVN", "LUX", "MEX", "SLE", "VUT"]}
    out = {}
    for sid, rs in by_id.items():
        first = rs[0]
        urls: list[str] = []
        for r in rs:
            for s in sources_from(r["source_urls"]):
                if s["url"] not in urls:
                    urls.append(s["url"])
        title = first["title"].replace(" - PARTIAL signatory list", "")
        rec: dict = {"id": sid.lower(), "title": title}
        if first["statement_date"]:
            rec["date"] = first["statement_date"]
        else:
            rec["date"] = "2018"
            rec["confidence"] = "medium"
            rec["note"] = "endorsed in autumn 2018; the exact date is not verified"
        if sid in drafters:
            rec["drafters"] = drafters[sid]
        rec["announced_signatories"] = announced[sid]
        rec["signatories"] = sorted(r["iso3"] for r in rs)
        rec["complete"] = complete[sid]
        if not complete[sid]:
            rec["note"] = (
                f"partial list: {len(rs)} of the {announced[sid]} announced signatories are named in the sources"
            )
        rec["sources"] = [source_for(u) for u in urls]
        out[rec["id"]] = rec
    return out


# ----------------------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--coco", type=Path, required=True, help="JSON extract of country_converter's table")
    ap.add_argument("--countryinfo", type=Path, required=True, help="JSON extract of countryinfo data")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    generated = ["states", "situations", "persons", "warrants", "events", "decisions", "statements"]
    if any((args.out / g).exists() for g in generated) and not args.force:
        raise SystemExit(f"{args.out} already holds records; pass --force to overwrite them")
    for g in generated:
        shutil.rmtree(args.out / g, ignore_errors=True)
    coco = {r["ISO3"]: r for r in json.loads(args.coco.read_text())}
    countryinfo = json.loads(args.countryinfo.read_text())
    states, aliases, demonyms = build_states(args.reference, coco, countryinfo)
    participation_from_reference(args.reference, states)
    situations = build_situations(args.reference)
    persons, warrants = build_persons(args.reference)
    events = build_events(args.reference, persons, states)
    decisions = build_decisions(args.reference, persons, states, events)
    statements = build_statements(args.reference)
    for iso3, rec in states.items():
        write_yaml(args.out / "states" / f"{iso3}.yaml", rec)
    for kind, records in (
        ("situations", situations),
        ("persons", persons),
        ("warrants", warrants),
        ("events", events),
        ("decisions", decisions),
        ("statements", statements),
    ):
        for rid, rec in records.items():
            write_yaml(args.out / kind / f"{rid}.yaml", rec)
    write_yaml(
        args.out / "lookups" / "state_names.yaml",
        {
            "about": "Names, short names, official names (English and French) and common alternative spellings of each State, for matching text. Built from ISO 3166-1 via iso-codes/pycountry, country_converter's name table and countryinfo's alternative spellings.",
            "sources": [
                {"url": ISO_CODES, "publisher": "Debian iso-codes project", "kind": "secondary"},
                {"url": "https://github.com/IndEcol/country_converter", "publisher": "country_converter (Stadler, JOSS 2017)", "kind": "secondary"},
                {"url": "https://github.com/porimol/countryinfo", "publisher": "countryinfo 1.0.1 (data drawn from Wikipedia)", "kind": "secondary"},
            ],
            "names": aliases,
        },
    )
    write_yaml(
        args.out / "lookups" / "demonyms.yaml",
        {
            "about": "The demonym (adjective of nationality) of each State, for matching text such as 'Sudanese president'.",
            "sources": [
                {"url": "https://github.com/porimol/countryinfo", "publisher": "countryinfo 1.0.1 (data drawn from Wikipedia)", "kind": "secondary"},
            ],
            "demonyms": demonyms,
        },
    )
    print(
        f"wrote {len(states)} states, {len(situations)} situations, {len(persons)} persons, "
        f"{len(warrants)} warrants, {len(events)} events, {len(decisions)} decisions, {len(statements)} statements"
    )


if __name__ == "__main__":
    main()
