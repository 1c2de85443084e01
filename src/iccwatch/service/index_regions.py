"""A State's index beside its region's (session 39, useraudit6): the regions are the published lists of
data/lookups/regions.yaml (the UN Statistics Division's M49 continents and sub-regions as country-converter reproduces
them, and the European Union's codelist), the same the question reader reads. Ranks stay each peer group's: a region
only selects States, it never ranks a State Party beside another State, and within a region the States of one group
are ordered by their scores alone (the same scores the index gives)."""

from __future__ import annotations

import statistics
from typing import Any

from iccwatch.dataset.names import normalise_name
from iccwatch.errors import FieldError
from iccwatch.facts import Facts


def regions(facts: Facts) -> list[dict[str, Any]]:
    """Every region the record's lookups define, in their order: name, its other names and adjectives, the States of it
    the record holds, the date its list is as of, and its source. The one reader of data/lookups/regions.yaml (the
    question reader's regions and ``?region=`` resolve through it alike)."""
    def compute() -> list[dict[str, Any]]:
        out = []
        for entry in (facts.records.lookups.get("regions") or {}).get("regions") or []:
            out.append({"name": str(entry["name"]), "names": [str(n) for n in entry.get("names") or [entry["name"]]],
                        "adjectives": [str(a) for a in entry.get("adjectives") or []],
                        "states": [c for c in entry.get("members") or [] if c in facts.records.states],
                        "as_of": str(entry.get("as_of") or ""), "source": str(entry.get("source") or "")})
        return out
    return facts.memoised("index_regions", None, compute, maxsize=1)


def region_names(facts: Facts) -> dict[str, dict[str, Any]]:
    """Normalised name or adjective ("the" before it or not) -> the region it names; built once per facts."""
    def compute() -> dict[str, dict[str, Any]]:
        return {name_key(n): r for r in regions(facts) for n in [r["name"], *r["names"], *r["adjectives"]]}
    return facts.memoised("index_region_names", None, compute, maxsize=1)


def name_key(name: str) -> str:
    """A region's name as ``region_names`` keys it: case and accents aside, without "the" before it."""
    return normalise_name(name).removeprefix("the ")


def region_named(facts: Facts, name: str) -> dict[str, Any]:
    """The region ``name`` names (any of its names or adjectives, case and accents aside, "the" before it or not); a
    name no region has is a FieldError on ``region`` listing them."""
    found = region_names(facts).get(name_key(name))
    if found is None:
        raise FieldError("region", f"unknown region {name!r}: one of {', '.join(r['name'] for r in regions(facts))}")
    return found


def regions_of(facts: Facts, iso3: str) -> list[dict[str, Any]]:
    """The regions holding the State, smallest first (a sub-region before its continent)."""
    return sorted((r for r in regions(facts) if iso3 in r["states"]), key=lambda r: len(r["states"]))


def region_standing(ranking: dict[str, Any], region: dict[str, Any], iso3: str | None = None) -> list[dict[str, Any]]:
    """For each peer group of the index ``ranking`` (``index_ranking``'s answer) the region's States in it: how many,
    how many scored, the median of their scores, and, for ``iso3``, its place among them by score ("=2" where another
    scores the same): ``place``, ``of`` (the region's States scored in its group)."""
    out = []
    in_region = set(region["states"])
    rows = [r for r in ranking["states"] if r["iso3"] in in_region]
    for gid, meta in (ranking.get("groups") or {}).items():
        members = [r for r in rows if r.get("group") == gid]
        if not members:
            continue
        scores = [r["score"] for r in members if r.get("score") is not None]
        entry: dict[str, Any] = {"group": gid, "group_label": meta.get("label") or gid, "group_words": meta.get("words") or "",
                                 "states": len(members), "scored": len(scores),
                                 "median": round(statistics.median(scores), 1) if scores else None}
        own = next((r for r in members if r["iso3"] == iso3), None)
        if own is not None and own.get("score") is not None:
            above = sum(s > own["score"] for s in scores)
            level = sum(s == own["score"] for s in scores)
            entry.update({"iso3": iso3, "score": own["score"], "place": f"{'=' if level > 1 else ''}{above + 1}", "of": len(scores)})
        out.append(entry)
    return out


def state_regions(facts: Facts, iso3: str, year: int, samples: int) -> list[dict[str, Any]]:
    """The State beside each region holding it, smallest first (the State page's and the State report's line): the
    region's name, its list's source and date, and the State's ``region_standing`` entry in its own group; a region
    where the State is not scored is left out."""
    from iccwatch import service

    ranking = service.index_ranking(facts, year, None, samples, 42)
    out = []
    for r in regions_of(facts, iso3):
        standing = next((e for e in region_standing(ranking, r, iso3) if e.get("iso3") == iso3), None)
        if standing is not None:
            out.append({"name": r["name"], "as_of": r["as_of"], "source": r["source"], "standing": standing})
    return out


def ranking_of_region(facts: Facts, ranking: dict[str, Any], name: str) -> dict[str, Any]:
    """``ranking`` (``index_ranking``'s answer, not changed) kept to the States of the region ``name`` names, each at its
    rank in its whole group, with ``region``: its name, its list's source and date, and ``groups``, the
    ``region_standing`` of each group (the API's ``region=`` and the CLI's ``--region``, as the index page's)."""
    region = region_named(facts, name)
    members = set(region["states"])
    return {**ranking, "states": [r for r in ranking["states"] if r["iso3"] in members],
            "region": {"name": region["name"], "source": region["source"], "as_of": region["as_of"],
                       "groups": region_standing(ranking, region)}}
