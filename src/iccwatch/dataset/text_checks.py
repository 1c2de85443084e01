"""What a record's free text holds: a placeholder, an HTML reference, characters made to deceive or overflow, a byline for
a publisher, a day no calendar has, a text that is only an address. Run by ``checks.py`` in the order of ``CHECKS``
there.

Errors:

* an **HTML character reference** (``&amp;``, ``&#39;``, ``&nbsp;``) in a record's text or address: text pasted from a
  page's source; write the character (``html_entities``; tests/dataset/ROUND10.md);
* a **text left as a placeholder** (``TBD``, ``TODO``, ``-``, ``...``: no letter or digit) in a name, title, summary or
  note (``odd_texts``; tests/dataset/ROUND11.md);
* text holding **more than four combining marks on one letter** (text made to overflow its line), **pictographs**
  (emoji), **variation selectors** or **tag characters**, or letters in a **mathematical or fullwidth form** (``𝐊𝐨𝐧𝐲``,
  ``Ｋｏｎｙ``: look-alikes of plain letters); a **name or alias that holds a web address**; a **markdown link or image** in
  any text (the record is plain text; an image is fetched when shown) (``odd_texts``; tests/dataset/ROUND11.md);
* a source's **publisher written as a byline** (``By John Smith``): a byline names the author; the publisher is the
  outlet (``Reuters``) (``bylines``; tests/dataset/ROUND13.md);
* **words naming a day no calendar has** (``searched on 2026-02-30``, ``to 2010-07-32``) in any text of a record or of
  its sources (a note, a gap, a follow-up): the date fields are checked by the schema, the dates written in words were
  not (``prose_fields``; tests/dataset/ROUND15.md);
* a **text that is only a web address** where words are due (an office's title, an occasion, a follow-up, a summary, a
  note, whom a resolution obliges or urges, a gap): the address belongs in a source's ``url``, and the field says in
  words what the source states (a source's own title is round nine's rule, a name's round eleven's) (``prose_fields``;
  tests/dataset/ROUND15.md);
* a fact marked **disputed with no note** saying what is disputed and by whom, or of **low confidence with neither a
  note nor a primary_gap** saying why: readers are told the fact is doubtful, and the note is where they learn why
  (docs/data-format.md, "Every fact is sourced") (``prose_fields``; tests/dataset/ROUND15.md);
* a search's ``detail`` that is only a web address (as round fifteen's prose fields), and a placeholder (``TBD``) for a
  search's ``detail``, a route's ``description`` (``search_routes.yaml``), the record's ``title`` and a kind's coverage
  texts (``meta.yaml``), as round eleven refuses one in a record's texts (``placeholders``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator
from html.entities import html5
from typing import Any

from iccwatch.dataset.problems import Problem, RecordError
from iccwatch.dataset.record_walks import (
    KINDS_WITH_SOURCES,
    each_source,
    fields_of,
    per_record_problems,
    sources_of,
)
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import iter_facts
from iccwatch.dataset.walked import walked
from iccwatch.model.common import Source

_ENTITY = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def _entity_in(text: str) -> str | None:
    for m in _ENTITY.finditer(text):
        ref = m.group(1)
        if ref.startswith("#") or ref in html5:
            return m.group(0)
    return None


def _entity_refs(obj: object) -> Iterator[tuple[str, str]]:
    """(field path, the reference) of every text of one record (its sources' too) holding an HTML character
    reference (kept per record object by ``walked``: a record read again is not walked again)."""
    from iccwatch.dataset.record_walks import fields_of

    def of_source(at: str, src: Source) -> Iterator[tuple[str, str]]:
        return ((f"{at}.{k}", x) for k in ("url", "title", "publisher", "pinpoint", "copy_of", "note") if isinstance(x := getattr(src, k), str))

    def texts() -> Iterator[tuple[str, str]]:
        for at, _, _, v in fields_of(obj):
            if isinstance(v, str):
                yield at, v
            elif isinstance(v, list):
                yield from ((f"{at}[{i}]", x) for i, x in enumerate(v) if isinstance(x, str))
        yield from (t for at, src in sources_of(obj) for t in of_source(at, src))

    for at, text in texts():
        if "&" in text and (ref := _entity_in(text)) is not None:
            yield at, ref


def html_entities(r: RecordSet) -> Iterator[Problem]:
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for at, ref in walked(_entity_refs, obj):
                yield Problem(r.files[(kind, key)], key, at, f"the HTML character reference {ref!r} was pasted from a page's "
                              "source: write the character it stands for")


#: A whole value that says nothing: a note to self (``TODO``), or (round 39) a careless import's missing value written out as
#: text (Python's ``None``, a spreadsheet's ``nan``, ``N/A``). Read in free-text fields only, where no such word is a value
#: (``status: none`` is an enumeration's value, not free text). Round 40: the patterns are data, each with its reason, in
#: the bundled record's ``lookups/placeholder_words.yaml`` (the loader checks the table as it checks any lookup table).
PLACEHOLDER_TABLE = "lookups/placeholder_words.yaml"


@functools.cache
def placeholder_pattern() -> re.Pattern[str]:
    """The patterns of the bundled ``PLACEHOLDER_TABLE`` as one expression over a whole value, case aside; a table that
    cannot be read is a ``RecordError`` naming its file and field (the checker cannot read free texts without it)."""
    from yaml import YAMLError

    from iccwatch.dataset.yaml_io import load_yaml
    from iccwatch.settings import default_data_dir

    rel = f"data/{PLACEHOLDER_TABLE}"
    try:
        table = load_yaml((default_data_dir() / PLACEHOLDER_TABLE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, YAMLError) as exc:
        raise RecordError([Problem(rel, "placeholder_words", None, f"the placeholder words cannot be read: {exc}")]) from None
    words = table.get("words") if isinstance(table, dict) else None
    patterns = [w.get("pattern") for w in words] if isinstance(words, list) and all(isinstance(w, dict) for w in words) else None
    if not patterns or not all(isinstance(p, str) and p for p in patterns):
        raise RecordError([Problem(rel, "placeholder_words", "words", "each entry of words names a pattern (and its reason)")])
    try:
        return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z", re.I)
    except re.error as exc:
        raise RecordError([Problem(rel, "placeholder_words", "words", f"a pattern is no regular expression ({exc})")]) from None


#: Free-text fields a placeholder may be left in (enumerations have their own values, e.g. ``none``).
_FREE_TEXT = {"name", "name_fr", "official_name", "official_name_fr", "short_name", "title", "summary", "note", "occasion", "followup",
              "outcome", "primary_gap", "held_by", "publisher", "travel_gap", "later_rulings_gap", "responses_gap", "urges",
              "obliges_others", "own_proceedings", "until_unknown", "inferred", "referral_instrument", "law"}


_NAME_FIELDS = {"name", "name_fr", "official_name", "official_name_fr", "short_name", "aliases"}


#: More combining marks on one letter than any script's spelling uses (Vietnamese stacks two): text made to overflow its line.
_STACKED_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{5,}")


_PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


_COMPAT_RANGES = re.compile("[\U0001d400-\U0001d7ff\uff01-\uffee\u2100-\u214f]")


_ADDRESS_IN_NAME = re.compile(r"(?i)\b(?:https?://|www\.)")


_MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]{1,300}\]\(\s*(?:https?:|www\.|/)")


def character_form_problem(text: str) -> str | None:
    """What is wrong with the characters a text is written in (stacked marks, a pictograph, a variation selector or tag
    character, a letter in a mathematical or fullwidth form), or None: the part of ``_text_problem`` that reads no
    field's name, run on the records by ``odd_texts`` and on the lookup tables by the loader (round 33)."""
    if (m := _STACKED_MARKS.search(text)) is not None:
        return (f"{len(m.group())} combining marks stacked on one letter: no script writes more than a few; write the letter with its "
                "accents, or plain")
    if (m := _PICTOGRAPH.search(text)) is not None:
        return (f"{text[:40]!r}: a pictograph, variation selector or tag character (U+{ord(m.group()):04X}) in text: the record is plain "
                "text; write words")
    for ch in _COMPAT_RANGES.findall(text):
        tag = unicodedata.decomposition(ch).split(" ")[0]
        if tag == "<font>" or (tag in ("<wide>", "<narrow>") and unicodedata.category(ch)[0] in "LN"):
            return (f"{text[:40]!r}: a letter in a mathematical, fullwidth or halfwidth form (U+{ord(ch):04X}, like "
                    f"{unicodedata.normalize('NFKC', ch)!r}): write the plain letter, so equal-looking names are equal")
    return None


def _text_problem(name: str, text: str) -> str | None:
    if (found := character_form_problem(text)) is not None:
        return found
    if _MARKDOWN_LINK.search(text):
        return f"{text[:60]!r}: a markdown link or image in text: the record is plain text; cite the page in sources"
    if name in _NAME_FIELDS and _ADDRESS_IN_NAME.search(text):
        return f"{text[:60]!r}: a name holds a web address; a name is words (cite pages in sources)"
    if name in _ONE_LINE and (m := _SPACES.search(text)):
        return f"{text[:60]!r}: two spaces in a row (at {m.start()}): write one (a paste or a careless edit left the other)"
    if name in _FREE_TEXT:
        return placeholder_problem(name, text)
    return None


#: (round 40) Fields of one line (a name, a title, a publisher, a pinpoint): two spaces in a row (or a space beside a no-break
#: space) in one of them is a slip of a paste or an edit, and makes two equal-looking names differ. Notes and summaries may
#: keep two spaces after a full stop.
_ONE_LINE = _NAME_FIELDS | {"title", "publisher", "pinpoint", "copy_of", "held_by", "court", "law"}
_SPACES = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")

#: (round 41) Fields of prose, which a block scalar (``|`` or ``>``) may write, its final line break with it: the free texts
#: that are not one line, and a table's ``about`` and ``reason``. Any other text (an address, an id, a date, a code, a
#: title, a name, a pinpoint) is one line, and a final line break in it is a slip (``loader._blank_problems``).
PROSE_FIELDS = frozenset(_FREE_TEXT - _ONE_LINE | {"about", "reason"})


def placeholder_problem(name: str, text: str) -> str | None:
    """The message for a free text ``name`` whose whole value says nothing (no letter or digit, or matching ``placeholder_pattern``), or
    None: a record's texts (``_text_problem``) and, since round 39, a lookup table's own sources (``checks``)."""
    if not re.search(r"[^\W_]", text) or placeholder_pattern().match(text.strip()):
        why = placeholder_reason(text)
        return f"{text[:40]!r} is a placeholder: write the {name.replace('_', ' ')}, or leave the field out" + (f" ({why})" if why else "")
    return None


@functools.cache
def _placeholder_reasons(whole: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pattern of the bundled table with its reason, read for the table ``whole`` (``placeholder_pattern``) was
    compiled from: a table read anew (its cache cleared, as a test does) is read anew here too."""
    from iccwatch.dataset.yaml_io import load_yaml
    from iccwatch.settings import default_data_dir

    words = load_yaml((default_data_dir() / PLACEHOLDER_TABLE).read_text(encoding="utf-8"))["words"]
    return tuple((re.compile(f"^(?:{w['pattern']})\\Z", re.I), str(w.get("reason") or "")) for w in words)


def placeholder_reason(text: str) -> str | None:
    """(Round 44) The table's reason for the pattern a whole value matches, said after the error so that a spreadsheet's
    formula or error value is named as what it is; None where no pattern matches (a value with no letter or digit)."""
    return next((why for pattern, why in _placeholder_reasons(placeholder_pattern()) if pattern.match(text.strip())), None)


def odd_texts(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _text_findings)


def _text_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """(field path, message) of every text of one record, sources included, that ``_text_problem`` finds wrong: it
    depends on the record alone, so it is kept per record object (``walked``)."""
    for at, _, name, v in fields_of(obj):
        items = [(at, v)] if isinstance(v, str) else [(f"{at}[{i}]", x) for i, x in enumerate(v) if isinstance(x, str)] \
            if isinstance(v, list) else []
        for where, text in items:
            if (msg := _text_problem(name, text)) is not None:
                yield where, msg
    for at, src in sources_of(obj):
        for name in ("title", "publisher", "pinpoint", "copy_of", "note"):
            text = getattr(src, name)
            if isinstance(text, str) and (msg := _text_problem(name, text)) is not None:
                yield f"{at}.{name}", msg


#: A byline given as the publisher: "By" and a capitalised name.
_BYLINE = re.compile(r"^by\s+[A-Z\u00c0-\u024f]", re.I)


def bylines(r: RecordSet) -> Iterator[Problem]:
    for f, key, at, s in each_source(r):
        if s.publisher and _BYLINE.match(s.publisher):
            yield Problem(f, key, f"{at}.publisher", f"{s.publisher[:60]!r} is a byline (the author): the publisher is the outlet "
                          "that published the page (e.g. Reuters); name the author in the title or note if needed")


#: Fields holding words (prose) where an address alone says nothing: the address is a source.
_PROSE = {"title", "summary", "note", "occasion", "followup", "outcome", "primary_gap", "travel_gap", "later_rulings_gap",
          "responses_gap", "urges", "obliges_others", "own_proceedings", "until_unknown", "inferred", "referral_instrument", "law",
          "status", "held_by", "checked_against", "complete", "court", "group", "author", "basis", "reason"}


_ONLY_ADDRESS = re.compile(r"(?i)^\s*(?:<)?(?:https?://|www\.)\S+?(?:>)?\s*$")


#: A whole day written inside words (``on 2010-02-30``), not touching other digits or a hyphen before it (a filing or
#: case number's parts are not a day).
_DAY_IN_TEXT = re.compile(r"(?<![\d-])((?:1[89]|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def _record_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """A text that is only an address, and a disputed fact with no note: each depends on the record alone."""
    for at, owner, name, v in fields_of(obj):
        if name in _PROSE and isinstance(v, str) and _ONLY_ADDRESS.match(v):
            yield at, (f"{v[:60]!r} is only a web address: say in words what the {name.replace('_', ' ')} is, and cite the page "
                       "in sources")
        if name == "disputed" and v is True and not (getattr(owner, "note", None) or "").strip():
            yield at, ("disputed, with no note: say in note what is disputed and by whom (which sources disagree, or what "
                       "leaves the fact open)")
        if name == "confidence" and v == "low" and not (getattr(owner, "note", None) or getattr(owner, "primary_gap", None) or "").strip():
            yield at, ("low, with no note or primary_gap: say why the fact is doubtful (what the sources leave open, or what "
                       "could not be read)")
        for where, text in _texts(at, v):
            if (msg := _no_such_day(text)) is not None:
                yield where, msg
    for at, src in sources_of(obj):
        for name in ("note", "publisher"):
            text = getattr(src, name)
            if isinstance(text, str) and _ONLY_ADDRESS.match(text):
                yield f"{at}.{name}", (f"{text[:60]!r} is only a web address: the address is the source's url (or copy_of); "
                                       f"write the {name} in words")
        for name in ("title", "note", "pinpoint", "publisher", "copy_of"):
            text = getattr(src, name)
            if isinstance(text, str) and (msg := _no_such_day(text)) is not None:
                yield f"{at}.{name}", msg


def _texts(at: str, v: Any) -> list[tuple[str, str]]:
    if isinstance(v, str):
        return [(at, v)]
    return [(f"{at}[{i}]", x) for i, x in enumerate(v) if isinstance(x, str)] if isinstance(v, list) else []


def _no_such_day(text: str) -> str | None:
    """The problem of words naming a day no calendar has (``searched on 2026-02-30``). Only text with a space is read: a
    date field, an id or an address that names such a day is refused by its own rule."""
    if " " not in text or "-" not in text:
        return None
    for m in _DAY_IN_TEXT.finditer(text):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return (f"the text names the day {m.group()}, which no calendar has (month {m.group(2)}, day {m.group(3)}): correct "
                    "the date")
    return None


META = "data/meta.yaml"


ROUTES = "data/lookups/search_routes.yaml"


def _placeholder(text: Any) -> bool:
    return isinstance(text, str) and (not re.search(r"[^\W_]", text) or bool(placeholder_pattern().match(text.strip())))


def placeholders(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        for i, entry in enumerate(getattr(ref.fact, "searched", None) or []):
            if _placeholder(entry.detail):
                yield Problem(ref.file, ref.key, ref.field(f"searched[{i}].detail"),
                              f"{entry.detail[:40]!r} is a placeholder: say what was looked at and what was found")
            elif _ONLY_ADDRESS.match(entry.detail):
                yield Problem(ref.file, ref.key, ref.field(f"searched[{i}].detail"),
                              f"{entry.detail[:60]!r} is only a web address: say in words what was looked at and what was found")
    for kind in ("responses",):
        for key, rec in r.of_kind(kind).items():
            if _placeholder(getattr(rec, "document", None)):
                yield Problem(r.file_of(kind, key), key, "document", f"{rec.document[:40]!r} is a placeholder: write the document's "
                              "symbol, or leave the field out")
    routes = (r.lookups.get("search_routes") or {}).get("routes")
    if isinstance(routes, dict):
        for rid, route in routes.items():
            if isinstance(route, dict) and _placeholder(route.get("description")):
                yield Problem(ROUTES, "search_routes", f"routes.{rid}.description",
                              f"{route['description'][:40]!r} is a placeholder: describe where the route leads")
    meta = r.meta
    if meta is not None:
        for name in ("title", "licence", "note"):
            if _placeholder(getattr(meta, name, None)):
                yield Problem(META, "meta", name, f"{getattr(meta, name)[:40]!r} is a placeholder: write the {name}")
        for kind, cov in meta.coverage.items():
            for name in ("checked_against", "complete"):
                if _placeholder(getattr(cov, name)):
                    yield Problem(META, "meta", f"coverage.{kind}.{name}",
                                  f"{getattr(cov, name)[:40]!r} is a placeholder: say in words what the kind is "
                                  f"{name.replace('_', ' ')}")
            for j, item in enumerate(cov.incomplete):
                if _placeholder(item):
                    yield Problem(META, "meta", f"coverage.{kind}.incomplete[{j}]", f"{item[:40]!r} is a placeholder: say what is incomplete")


def prose_fields(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _record_findings)
