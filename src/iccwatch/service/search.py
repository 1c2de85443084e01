"""Full-text search over the record's names, titles and notes (SQLite FTS5 or PostgreSQL)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from iccwatch.dataset.names import fold_accents
from iccwatch.errors import FieldError
from iccwatch.facts import Facts


def search_records(facts: Facts, db_url: str, q: str, kinds: tuple[str, ...] | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The records matching every word of ``q`` (as a prefix), described for display, best first
    (``kinds``: only these kinds of record; default all)."""
    items: list[dict[str, Any]] = search_answer(facts, db_url, q, kinds, limit)["items"]
    return items


def query_problem(q: str) -> str | None:
    """What is wrong with search words that hold a control character (a NUL, a bell) or U+FFFD (what bytes that were not
    UTF-8 became on the way), else None. Round twenty-two: such words matched nothing, and the answer was "no result",
    as if the words were not in the record."""
    import unicodedata

    for i, c in enumerate(q):
        if c == "\ufffd" or (unicodedata.category(c) == "Cc" and not c.isspace()):
            what = "U+FFFD, the mark of bytes that were not UTF-8 text" if c == "\ufffd" else f"the control character U+{ord(c):04X}"
            return f"the search words hold {what} at character {i + 1}: send the words as UTF-8 text without it"
    return None


def search_answer(facts: Facts, db_url: str, q: str, kinds: tuple[str, ...] | None = None, limit: int = 50) -> dict[str, Any]:
    """``{"q", "total", "items", "did_you_mean"}``: ``total`` counts every matching record, ``items`` the best ``limit``
    of them (as the API's paged lists, where ``total`` counts every row of the filter), each with ``url``, the
    dashboard's page that shows it (None where none does); where nothing matches,
    ``did_you_mean`` the persons whose name or an alias, and the States whose name, is closest in spelling (else
    empty)."""
    hits, total = ranked_hits(facts, db_url, q, kinds, limit)
    out = []
    names = record_names(facts.records)
    from iccwatch.store.search import describe

    for h in hits:
        d = describe(facts.records, h)
        if d is not None:
            if h.kind == "decisions":
                d["title"] = decision_title(facts, h.key, d["title"])
            d["snippet"] = readable_context(facts.records.of_kind(h.kind).get(h.key), q, d.get("title") or "", names)
            d["url"] = hit_url(h.kind, h.key, d.get("state"), d.get("person"))
            out.append(d)
    meant: list[dict[str, str]] = []
    if not out and q.strip():  # a name spelled as a newspaper spells it ('Poutine'): the closest persons, as the search page offers them
        meant = close_names(facts, q)
    return {"q": q, "total": total, "items": out, "did_you_mean": meant}


def close_states(facts: Facts, query: str) -> list[Any]:
    """The States (at most two) whose name is closest in spelling to a misspelled one ('Tajikstan'), as a State's
    "did you mean" elsewhere (session 37: a search offered persons only)."""
    import difflib

    from iccwatch.dataset.names import normalise_name

    names: dict[str, Any] = {}
    for st in facts.records.states.values():
        for n in (st.name, st.official_name):
            if n and len(normalise_name(n)) > 3:
                names.setdefault(normalise_name(n), st)
    close = difflib.get_close_matches(normalise_name(query), list(names), n=2, cutoff=0.8)
    return list({names[c].iso3: names[c] for c in close}.values())


def close_names(facts: Facts, query: str) -> list[dict[str, str]]:
    """The persons and the States closest in spelling to a search that found nothing, each with its page: the
    search's ``did_you_mean``, on the page, in the API and in the CLI alike."""
    from iccwatch.service.persons import close_persons

    return ([{"kind": "persons", "id": p.id, "name": p.name, "url": f"/persons/{p.id}"} for p in close_persons(facts, query)]
            + [{"kind": "states", "id": st.iso3, "name": st.name, "url": f"/states/{st.iso3}"} for st in close_states(facts, query)])


def hit_url(kind: str, key: str, state: str | None = None, person: str | None = None) -> str | None:
    """The dashboard's page that shows a search hit (a table's row opened at it), or None where no page shows it (a
    measure no State took, such as an unattributed cyberattack on the Court: the measures export holds it). A
    decision no State is party to (an appeal judgment) opens the decisions table unfiltered, never a filter by
    "None" (a 404)."""
    if kind == "states":
        return f"/states/{key}"
    if kind == "persons":
        return f"/persons/{key}"
    if kind == "situations":
        return f"/situations#s-{key}"
    if kind == "decisions":
        return "/decisions?" + urlencode([*((("state", state),) if state else ()), ("row", f"d-{key}")]) + f"#d-{key}"
    if kind == "events":
        return "/events?" + urlencode([*((("person", person),) if person else ()), ("row", f"e-{key}")]) + f"#e-{key}"
    if kind == "statements":
        return f"/statements#s-{key}"
    if kind == "measures":
        return f"/states/{state}#measures" if state else None
    return None


#: Words of a ruling a result's title keeps: the rest is the decision's page (its ruling in full).
TITLE_RULING_WORDS = 12


def decision_title(facts: Facts, key: str, title: str) -> str:
    """A decision's result titled as the decisions table words its ruling ("failure to comply found", a ruling of
    kind "other" by its outcome), not by the record's code for its kind ("non compliance", "other")."""
    from iccwatch.service.decisions import ruling_text

    d = facts.records.decisions.get(key)
    if d is None:
        return title
    persons = facts.records.persons
    who = (facts.records.states[d.state].name if d.state in facts.records.states else d.state) if d.state else \
        ", ".join(persons[p].name if p in persons else p for p in d.persons)
    words = ruling_text(d).split()
    ruling = " ".join(words[:TITLE_RULING_WORDS]).rstrip(",;:") + (" …" if len(words) > TITLE_RULING_WORDS else "")
    return " · ".join(str(p) for p in (d.date, who, ruling) if p)


def ranked_hits(facts: Facts, db_url: str, q: str, kinds: tuple[str, ...] | None, limit: int) -> tuple[list[Any], int]:
    """The best ``limit`` matches of ``q`` and how many records match in all. A State, person or situation
    whose own name (or another name of it) holds every word comes first, in the index's order: a reader who
    types a name looks for that record, not first for the records that mention it."""
    # Imported here: the search runs SQL through SQLAlchemy, which a CLI question must not load (tests/test_store_read.py).
    from iccwatch.store.search import KINDS, scan, search

    if (problem := query_problem(q)) is not None:
        raise FieldError("q", problem)  # the API's, the dashboard's search page's and the CLI's words (the CLI names them first)
    kinds = kinds or KINDS
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise FieldError("kind", f"unknown kind {unknown[0]!r}; one of: {', '.join(KINDS)}")
    found = search(db_url, q, kinds, limit=None)
    hits = scan(facts.records, q, kinds) if found is None else found  # a store without the index: the records read
    words = [fold_accents(w) for w in _WORD.findall(q)]
    hits.sort(key=lambda h: not _named(facts.records.of_kind(h.kind).get(h.key), words))
    return hits[:limit], len(hits)


def _named(obj: Any, words: list[str]) -> bool:
    """Whether one of the record's names (its name, official, short and French names, other names, aliases)
    holds every word as a word's start."""
    if obj is None or not words:
        return False
    names = [*(getattr(obj, f, None) for f in ("name", "official_name", "short_name", "name_fr", "official_name_fr")),
             *(getattr(obj, "names", None) or []), *(getattr(obj, "aliases", None) or [])]
    for name in names:
        if isinstance(name, str):
            tokens = _WORD.findall(fold_accents(name))
            if all(any(t.startswith(w) for t in tokens) for w in words):
                return True
    return False


#: Fields that hold no words for a reader (identifiers, addresses, codes) or whose words are sources'.
_NOT_TEXT = {"id", "sources", "url", "iso2", "iso3", "numeric"}
#: A field's name as the search results write it, where the stored name is not a reader's word.
FIELD_WORDS = {"aliases": "also known as", "official_name": "official name", "names": "other names", "note": "note",
               "summary": "summary", "signatories": "signatories", "title": "title", "name": "name",
               # the reports' words for it ("Primary sources not read")
               "primary_gap": "primary source not read"}
_CODE = re.compile(r"[a-z0-9_@.\-]+|[A-Z]{2,3}|\d{4}(-\d{2}){0,2}|https?://\S+")
_WORD = re.compile(r"\w+", re.UNICODE)
#: Words either side of the first word found, in a result's context.
CONTEXT_WORDS = 12



def _readable_fields(data: Any, key: str = "", codes: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(field, text) of a record's words for a reader, in the record's order: no identifier, code, date
    or address (a person's id or ``non_compliance`` means nothing to a reader); with ``codes`` (record id ->
    its name), the codes too: a record's name, or the code in words."""
    out: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for k, v in data.items():
            if k not in _NOT_TEXT:
                out += _readable_fields(v, k, codes)
    elif isinstance(data, list):
        for v in data:
            out += _readable_fields(v, key, codes)
    elif isinstance(data, str) and data.strip() and (codes is not None or not _CODE.fullmatch(data.strip())):
        text = data.strip()
        if codes and _CODE.fullmatch(text):  # a code: the record it names, else in words ("kampala aggression")
            if text in codes:  # its name first, then the code itself in words (a match on either is shown)
                out.append((key, codes[text]))
            if (not re.fullmatch(r"[a-z0-9_@.\-]+", text) or re.fullmatch(r"\d{4}(-\d{2}){0,2}", text)
                    or len(re.split(r"[_@\-]+", text)) > 3):  # a date, or another record's identifier: not words
                return out
            text = re.sub(r"[_@\-]+", " ", text)
        out.append((key, text))
    return out


def record_names(records: Any) -> dict[str, str]:
    """The names of the records a field may name by id (States, persons, situations, instruments)."""
    out: dict[str, str] = {}
    for kind in ("instruments", "situations", "persons", "states"):
        for key, obj in records.of_kind(kind).items():
            out[key] = getattr(obj, "name", None) or getattr(obj, "title", None) or key
    return out


def _plain(text: str) -> str:
    """Folded, punctuation as spaces: "Al-Bashir" and "al bashir" read the same."""
    return " ".join(_WORD.findall(fold_accents(text)))


def readable_context(obj: Any, q: str, title: str = "", names: dict[str, str] | None = None) -> str:
    """Where a record matches the words ``q``, in its own words: "summary: … the words around …" from
    the readable field that holds most of the words (the first such), or "" when only the title, an
    identifier or a code matched (the title is shown beside it)."""
    if obj is None:
        return ""
    words = [fold_accents(w) for w in _WORD.findall(q)]
    if not words:
        return ""
    data = obj.model_dump(mode="json", exclude_none=True) if hasattr(obj, "model_dump") else dict(vars(obj))
    folded_title = _plain(title)
    best: tuple[int, str, list[str], int] | None = None
    # the record's words first; a code (in words) only where no word of the record matched
    fields = _readable_fields(data)
    for key, text in fields + [f for f in _readable_fields(data, codes=names or {}) if f not in fields]:
        if _plain(text) in folded_title:  # the title says it already
            continue
        tokens = text.split()
        found = [i for i, t in enumerate(tokens) if any(fold_accents(x).startswith(w) for w in words for x in _WORD.findall(t))]
        hits = sum(1 for w in words if any(fold_accents(x).startswith(w) for t in tokens for x in _WORD.findall(t)))
        if found and (best is None or hits > best[0]):
            best = (hits, key, tokens, found[0])
        if best is not None and best[0] == len(words) and (key, text) not in fields:
            break
    if best is None:
        return ""
    _, key, tokens, at = best
    start, end = max(0, at - CONTEXT_WORDS), min(len(tokens), at + CONTEXT_WORDS + 1)
    excerpt = ("… " if start else "") + " ".join(tokens[start:end]) + (" …" if end < len(tokens) else "")
    return f"{FIELD_WORDS.get(key, key.replace('_', ' '))}: {excerpt}"
