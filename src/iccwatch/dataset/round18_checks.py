"""Round eighteen of the checker (``tests/dataset/ROUND18.md``): letters and marks that make two equal-looking names
differ, one page under addresses the earlier rounds did not fold, and facts recorded beside what says they are missing.

Text (``text_problems``, run by the loader on every value with the other text rules), errors:

* a word of Latin letters holding a **look-alike letter of another script** than the Greek and Cyrillic ones round
  four names (Armenian ``օ``, Cherokee ``Ꭻ``, Lisu ``ꓗ``, Coptic ``Ⲕ``, Tifinagh, Canadian syllabics, Osage, Vai),
  a Latin **small capital** (``ᴋ``) or a **presentation ligature** (``ﬁ``): the name would not match the same name
  typed (a word wholly in another script is fine, as before; ``œ`` and ``æ`` are letters, not presentation forms);
* an **invisible letter** that is no format character, so the control-character rule passes it: the Hangul fillers
  (U+115F, U+1160, U+3164, U+FFA0), the blank Braille cell (U+2800), the combining grapheme joiner (U+034F) and the
  Khmer inherent vowels (U+17B4, U+17B5), and a Mongolian variation selector (U+180B-U+180D, U+180F) not beside a
  Mongolian letter;
* in a name (``name``, ``aliases``, a State's names) a **hyphen other than the hyphen-minus** (U+2010 hyphen, U+2011
  non-breaking hyphen, U+2012 figure dash, U+2212 minus, U+FE63 small hyphen-minus): ``Al‑Bashir`` looks like
  ``Al-Bashir`` and is another string to every search but the law engine's own name matching.

Records (``round18_problems``):

* (error) a source's ``copy_of`` naming the **source's own page under another form of its address** (``http`` for
  ``https``, ``www.`` added, an escape written otherwise): round ten's rule compared the text with a final slash only;
* (warning) **one page cited twice on one fact** under two addresses that differ by a **fragment** (``#para3``: give
  the place in ``pinpoint``), a final **``index.html``** (or ``.htm``, ``.php``) or a **mobile host** (``m.``,
  ``mobile.``), beside round seven's forms (scheme, ``www.``, final slash, escapes, query order);
* (warning) a **``responses_gap`` on a finding whose every forum has a recorded response** naming it (as the
  coverage checks' warning for a ``later_rulings_gap`` beside a recorded later ruling): the gap says what is missing;
* (error) a State's **``official_name_fr`` or ``short_name`` that is another State's** in the same field (the
  integrity checks compared ``name``, ``name_fr`` and ``official_name``, and the fields of one language across);
* (error) a **cooperation-law status recorded twice** on one State (the same status, day, law and measure);
* (error) a State named, in a fact dated **before the State came into being** (its ``since``), where rounds nine to
  eleven did not look: a Council resolution's ``obliges_states`` (by its ``adopted``), a competing request's
  ``requesting`` State (by the request's date), a statement's ``open_to`` (by its date) and the State's own
  cooperation-law statuses (by their ``as_of``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.review_checks import _CODED
from iccwatch.dataset.round7_checks import _page
from iccwatch.dataset.sources_policy import FactRef, per_record_facts
from iccwatch.model.dates import DateSpan

# ------------------------------------------------------------------------------------------------ text

#: Scripts whose letters include look-alikes of Latin ones (by the first word of the character's Unicode name). Greek
#: and Cyrillic are round four's (``review_checks``).
_LOOKALIKE_SCRIPTS = ("ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "TIFINAGH", "CANADIAN", "OSAGE", "VAI")
#: Where those scripts' letters are (a cheap test before the names are looked up): Armenian, Cherokee (and its small
#: letters), Canadian syllabics, Tifinagh, Coptic, Lisu, Vai, Osage; the Latin small capitals (phonetic extensions)
#: and the Latin presentation ligatures.
_SUSPECT = re.compile(r"[\u0530-\u058f\u13a0-\u13ff\uab70-\uabbf\u1400-\u167f\u2d30-\u2d7f\u2c80-\u2cff\ua4d0-\ua4ff"
                      r"\ua500-\ua63f\U000104b0-\U000104ff\u1d00-\u1d2b\ufb00-\ufb06]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"\w+")
#: Letters and marks that show nothing and are no format character (``loader._UNSAFE_CHARS`` refuses those).
_INVISIBLE = re.compile(r"[\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0]")
_MONGOLIAN_SELECTOR = re.compile(r"[\u180b-\u180d\u180f]")
_MONGOLIAN_LETTER = re.compile(r"[\u1820-\u18aa]")
#: Hyphens and dashes that look like the hyphen-minus in a name.
_ODD_HYPHEN = re.compile(r"[\u2010\u2011\u2012\u2212\ufe63]")
_NAME_FIELDS = frozenset({"name", "aliases", "name_fr", "official_name", "official_name_fr", "short_name"})
_INDEX = re.compile(r"\[\d+\]")
_ANY = re.compile(r"[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2010-\u2012\u2212\u2800\u3164\ufe63\uffa0\u0530-\u058f\u13a0-\u13ff"
                  r"\uab70-\uabbf\u1400-\u167f\u2d30-\u2d7f\u2c80-\u2cff\ua4d0-\ua63f\U000104b0-\U000104ff\u1d00-\u1d2b\ufb00-\ufb06]")


def text_problems(rel: str, record: str, texts: Iterable[tuple[str, str]]) -> Iterator[Problem]:
    """The text rules above, on a parsed file's values (``texts_of(raw)``; called by the loader)."""
    for at, v in texts:
        if not _ANY.search(v):
            continue
        leaf = _INDEX.sub("", at).rsplit(".", 1)[-1]
        if m := _INVISIBLE.search(v):
            yield Problem(rel, record, at or None, f"{v[:40]!r}: invisible character U+{ord(m.group()):04X} "
                          f"({unicodedata.name(m.group(), '?').lower()}), which shows nothing: remove it (a space is a plain space)")
        for m in _MONGOLIAN_SELECTOR.finditer(v):
            near = v[max(0, m.start() - 1):m.end() + 1]
            if not _MONGOLIAN_LETTER.search(near):
                yield Problem(rel, record, at or None, f"{v[:40]!r}: Mongolian variation selector U+{ord(m.group()):04X} beside no "
                              "Mongolian letter: it shows nothing here; remove it")
                break
        if leaf in _NAME_FIELDS and (m := _ODD_HYPHEN.search(v)):
            yield Problem(rel, record, at or None, f"{v[:40]!r}: U+{ord(m.group()):04X} ({unicodedata.name(m.group(), '?').lower()}) "
                          "in a name looks like a hyphen and is another character to every search: write the hyphen-minus (-)")
        if leaf not in _CODED and _SUSPECT.search(v):
            for w in _WORD.findall(v):
                if not _LATIN.search(w):
                    continue
                odd = next((ch for ch in w if _lookalike(ch)), None)
                if odd is not None:
                    yield Problem(rel, record, at or None, f"the word {w[:40]!r} mixes Latin letters with U+{ord(odd):04X} "
                                  f"({unicodedata.name(odd, '?').lower()}), a look-alike letter: write the word in one script, in "
                                  "plain letters")
                    break


def _lookalike(ch: str) -> bool:
    if not _SUSPECT.match(ch):
        return False
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] in _LOOKALIKE_SCRIPTS or "SMALL CAPITAL" in name or "LIGATURE" in name


# ------------------------------------------------------------------------------------------------ records


def round18_problems(r: RecordSet) -> list[Problem]:
    return [*per_record_facts(r, _addresses_of), *_gaps_beside_responses(r), *_state_names(r), *_legislation_twice(r),
            *_before_the_state(r)]


_INDEX_PAGE = re.compile(r"/index\.(?:html?|php)$", re.I)


def _same_page(url: str) -> str:
    """Round seven's page (``_page``) without the fragment, a final ``index.html`` and a mobile host."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    for prefix in ("m.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    rebuilt = parts._replace(netloc=host, path=_INDEX_PAGE.sub("/", parts.path), fragment="").geturl()
    return _page(rebuilt).rsplit("#", 1)[0]


def _addresses_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
    for ref in refs:
        seen: dict[str, int] = {}
        sources = ref.sources
        for i, s in enumerate(sources):
            url = str(s.url)
            copy = (s.copy_of or "").strip()
            if (copy.startswith(("http://", "https://")) and copy.rstrip("/") != url.rstrip("/")
                    and _page(copy).rsplit("#", 1)[0] == _page(url).rsplit("#", 1)[0]):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"),
                              f"{copy[:120]!r} is the source's own page ({url[:120]!r}) under another form of its address: name the "
                              "original document the page copies, or leave copy_of out")
            page = _same_page(url)
            j = seen.get(page)
            if j is not None and _page(str(sources[j].url)) != _page(url):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].url"),
                              f"{url[:120]!r} is the page of sources[{j}] ({str(sources[j].url)[:120]!r}) under another address (a "
                              "fragment, a final index page or a mobile host): cite it once, with the place in pinpoint", "warning")
            seen.setdefault(page, i)


def _gaps_beside_responses(r: RecordSet) -> Iterator[Problem]:
    answered: dict[str, set[str]] = {}
    for rs in r.responses.values():
        for d in rs.about_decisions():
            answered.setdefault(d, set()).add(rs.body)
    for key, d in sorted(r.decisions.items()):
        if not d.responses_gap or d.referred_to in (None, "none"):
            continue
        forums = d.referred_to.split("+")
        if all(f in answered.get(key, set()) for f in forums):
            yield Problem(r.file_of("decisions", key), key, "responses_gap",
                          f"a recorded response of {' and of '.join(forums)} names this finding (decision or related_decisions), "
                          "every forum it was referred to: remove responses_gap or say why it still applies in the note", "warning")


def _state_names(r: RecordSet) -> Iterator[Problem]:
    for name_field in ("official_name_fr", "short_name"):
        seen: dict[str, str] = {}
        for iso3, st in r.states.items():
            name = getattr(st, name_field, None)
            if not name:
                continue
            other = seen.setdefault(name.casefold(), iso3)
            if other != iso3:
                yield Problem(r.file_of("states", iso3), iso3, name_field, f"{name!r} is also the {name_field} of {other}")


def _legislation_twice(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        seen: dict[tuple[str, str, str | None, str | None], int] = {}
        for i, ls in enumerate(st.implementing_legislation):
            key = (ls.status, ls.as_of, ls.law, ls.measure)
            if key in seen:
                yield Problem(r.file_of("states", iso3), iso3, f"implementing_legislation[{i}]",
                              f"the status {ls.status!r} as of {ls.as_of} is recorded twice (implementing_legislation[{seen[key]}]): "
                              "record it once, with every source")
            else:
                seen[key] = i


def _before_the_state(r: RecordSet) -> Iterator[Problem]:
    written = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    if not written:
        return
    since = {iso3: DateSpan.parse(text).first for iso3, text in written.items()}

    def early(kind: str, key: str, field: str, iso3: str | None, date: str | None) -> Iterator[Problem]:
        if iso3 in since and date is not None and DateSpan.parse(date).last < since[iso3]:
            yield Problem(r.file_of(kind, key), key, field, f"{iso3} is dated from {written[iso3]} (its since), but this is dated "
                          f"{date}, before it existed: the State then was another (record it under that State), or correct the date")

    for key, ins in r.instruments.items():
        for i, iso3 in enumerate(ins.obliges_states):
            yield from early("instruments", key, f"obliges_states[{i}]", iso3, ins.adopted)
    for key, q in r.requests.items():
        yield from early("requests", key, "requesting", q.requesting, q.date)
    for key, st_ in r.statements.items():
        for i, iso3 in enumerate(st_.open_to):
            yield from early("statements", key, f"open_to[{i}]", iso3, st_.date)
    for iso3, st in r.states.items():
        for i, ls in enumerate(st.implementing_legislation):
            yield from early("states", iso3, f"implementing_legislation[{i}].as_of", iso3, ls.as_of)
