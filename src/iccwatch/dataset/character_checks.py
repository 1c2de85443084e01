"""Letters and marks in a record's text that make two equal-looking names differ (tests/dataset/ROUND18.md). Run by the
loader on every value, with the other text rules (``text_problems``).

Errors:

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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.review_checks import _CODED

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
