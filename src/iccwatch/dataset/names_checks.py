"""Checks of the tables that tell names apart (session 30): demonyms and the monitor's name lists.

Errors (``names_problems``, run by ``checks.py`` after round twenty-two's):

* in ``data/lookups/demonyms.yaml``, a **demonym holding a character no demonym has** (a comma joining two adjectives,
  'Bosnian,Herzegovinian'; a slash, a semicolon, a digit, a bracket), or with a space at either end or two in a row:
  the monitor and the question reader match forms as written, so such a form matches nothing, or not what it says;
* a **demonym that is its own State's name** ('Djibouti' for Djibouti): an adjective of nationality, not the name,
  which names the State already (round eleven refuses another State's name);
* a **demonym a correction replaced** (``corrections``: the form it had and why, 'Bosnian,Herzegovinian', 'Kirghiz'),
  written again in the imported list ``demonyms``: a re-import brought it back (an older spelling still read is listed
  under ``monitor_extra`` with its reason);
* in ``data/lookups/name_variants.yaml``, a **name too common to stand alone** (``common_names``) for an unknown
  person, or one that is none of the person's names (their name, an alias, a variant listed there): the flag would
  hold nothing, or someone else's name;
* a **word that is no given name** (``not_given_names``) that is not one word of letters, or that is a word of a
  recorded person's name: the monitor would then read that person's own name as no one's.

Warnings:

* a **demonym listed twice for one State** (in ``demonyms`` and again in ``monitor_extra``, compared without case): the
  second entry adds nothing; leave it out or say why in its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet

DEMONYMS = "data/lookups/demonyms.yaml"
NAME_VARIANTS = "data/lookups/name_variants.yaml"
#: The characters a demonym is written with: letters (any script), spaces, hyphens, apostrophes and periods.
_DEMONYM_FORM = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.-](?=[^\W\d_]))*\.?")


def names_problems(r: RecordSet) -> list[Problem]:
    return [*_demonym_forms(r), *_common_names(r), *_not_given_names(r)]


def _forms(table: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(iso3, where, form) of every demonym of the table, in ``demonyms`` and ``monitor_extra``."""
    for iso3, words in (table.get("demonyms") or {}).items():
        for j, word in enumerate(words if isinstance(words, list) else []):
            yield str(iso3), f"demonyms.{iso3}[{j}]", word
    for iso3, entry in (table.get("monitor_extra") or {}).items():
        names = entry.get("names") if isinstance(entry, dict) else None
        for j, word in enumerate(names if isinstance(names, list) else []):
            yield str(iso3), f"monitor_extra.{iso3}.names[{j}]", word


def _demonym_forms(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("demonyms")
    if not isinstance(table, dict):
        return
    own: dict[str, set[str]] = {}
    for iso3, st in r.states.items():
        own[iso3] = {n.casefold() for n in (st.name, st.short_name) if isinstance(n, str) and n.strip()}
    replaced = {str(c.get("was")).casefold(): str(iso3) for iso3, c in (table.get("corrections") or {}).items()
                if isinstance(c, dict) and c.get("was")}
    seen: dict[tuple[str, str], str] = {}
    for iso3, at, word in _forms(table):
        if not isinstance(word, str):
            continue
        if not _DEMONYM_FORM.fullmatch(word):
            bad = sorted({ch for ch in word if not (ch.isalpha() or ch in " '’.-")}) or ["a space at an end or two in a row"]
            yield Problem(DEMONYMS, "demonyms", at, f"{word!r} holds {', '.join(repr(b) if len(b) == 1 else b for b in bad)}: a demonym "
                          "is one adjective of letters, spaces, hyphens and apostrophes; write each adjective as its own entry")
        if word.casefold() in own.get(iso3, set()):
            yield Problem(DEMONYMS, "demonyms", at, f"{word!r} is the name of {iso3} itself, not its adjective of nationality: "
                          "the name names the State already; leave it out")
        if word.casefold() in replaced and at.startswith("demonyms."):
            yield Problem(DEMONYMS, "demonyms", at, f"{word!r} is the form corrections.{replaced[word.casefold()]} replaced "
                          "(see its reason): write the corrected form (an older spelling still read goes under monitor_extra, with "
                          "its reason)")
        key = (iso3, word.casefold())
        if key in seen:
            yield Problem(DEMONYMS, "demonyms", at, f"{word!r} is listed for {iso3} already ({seen[key]}): the second entry adds "
                          "nothing; leave it out", severity="warning")
        seen.setdefault(key, at)


def _person_names(r: RecordSet, pid: str) -> set[str]:
    p = r.persons[pid]
    names = {p.name, *p.aliases}
    for v in ((r.lookups.get("name_variants") or {}).get("persons") or {}).get(pid) or []:
        if isinstance(v, dict) and v.get("name"):
            names.add(str(v["name"]))
    return {_folded(n) for n in names}


def _folded(name: str) -> str:
    """A name compared without case, hyphens or the spacing of Arabic articles ('al-Masri', 'Al Masri')."""
    return re.sub(r"[\s-]+", " ", name).casefold().strip()


def _common_names(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("name_variants") or {}
    for pid, entry in (table.get("common_names") or {}).items():
        if pid not in r.persons:
            yield Problem(NAME_VARIANTS, "name_variants", f"common_names.{pid}", f"unknown person {pid!r}: not a person of the record")
            continue
        names = _person_names(r, pid)
        words = {w for n in names for w in n.split()}
        for j, name in enumerate((entry or {}).get("names") or []):
            folded = _folded(str(name))
            # a name of the person, or the short form of one the monitor reads (its first and last words: 'Mohammed al-Masri')
            short = any(folded in (" ".join(n.split()[:1] + n.split()[-1:]), " ".join(n.split()[:1] + n.split()[-2:]))
                        for n in names if len(n.split()) >= 3)
            if folded not in names and not short and not (" " not in folded and folded in words):
                yield Problem(NAME_VARIANTS, "name_variants", f"common_names.{pid}.names[{j}]",
                              f"{name!r} is none of {pid}'s names (the record's name, aliases and variants listed here): flag a name "
                              "the person bears")


def _not_given_names(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("name_variants") or {}
    name_words = {w.casefold(): pid for pid, p in r.persons.items() for n in (p.name, *p.aliases) for w in re.split(r"[\s-]+", n) if w}
    for i, group in enumerate(table.get("not_given_names") or []):
        for j, word in enumerate((group or {}).get("words") or []):
            at = f"not_given_names[{i}].words[{j}]"
            if not isinstance(word, str) or not re.fullmatch(r"[^\W\d_]+", word):
                yield Problem(NAME_VARIANTS, "name_variants", at, f"{word!r} is not one word of letters: the monitor compares the one "
                              "word before a surname")
            elif word.casefold() in name_words:
                yield Problem(NAME_VARIANTS, "name_variants", at, f"{word!r} is a word of the name of {name_words[word.casefold()]}: "
                              "listed here, that person's own name would be read as no one's; leave it out")
