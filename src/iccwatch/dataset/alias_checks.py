"""What a person's aliases say against the other persons of the record. Run by ``checks.py`` in the order of ``CHECKS``
there (tests/dataset/ROUND17.md).

Warnings:

* an **alias another person also has** (compared without case): a question by that name would find both (as round
  seven's warning for an alias that is another person's name); say in the note why it is this person's too (the note
  then holds the alias) (``shared_aliases``).

Error (round 35, tests/dataset/ROUND35.md): **two persons of one name** as names are matched (case, accents, hyphens
aside): one person recorded twice, or namesakes the later one's note names (``shared_names``).

From the bad-input rounds seven to sixteen:

* (warning) an **alias that is another person's name** in the record (``aliases_of_others``; tests/dataset/ROUND7.md);
* (warning) a **name variant that is already the person's name or alias** (``name_variants.yaml``), after the code's
  general normalisation (accents, case, hyphens, the article): it adds nothing (``variants_already_names``;
  tests/dataset/ROUND9.md);
* a **name variant that is another person's name or alias** (``name_variants.yaml``): a question naming that person
  would fit both (``variants_of_others``; tests/dataset/ROUND10.md);
* an **alias that is a record id** (``omar-hassan-ahmad-al-bashir``): an id is a file name, not a name anyone is called;
  an alias with no letter (``1``), or ending in pasted punctuation (``Joseph Kony,``) (``alias_forms``;
  tests/dataset/ROUND12.md);
* (warning) an **alias that is a State's name**: a question naming the State would find the person (said in the note if
  deliberate, as for an alias that is another person's name) (``alias_forms``; tests/dataset/ROUND12.md);
* (warning) **two aliases of a person differing only in case** (``Omar al-Bashir``, ``Omar Al-bashir``): names are
  matched without regard to case, so the second adds nothing (a warning: the real record holds one such pair, left as it
  is until its source is read) (``aliases_differing_in_case``; tests/dataset/ROUND13.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def shared_aliases(r: RecordSet) -> Iterator[Problem]:
    owners: dict[str, list[str]] = {}
    for key, p in r.persons.items():
        for alias in {a.casefold() for a in p.aliases}:
            owners.setdefault(alias, []).append(key)
    for key, p in r.persons.items():
        for i, alias in enumerate(p.aliases):
            others = [o for o in owners.get(alias.casefold(), []) if o != key]
            if others and alias.casefold() not in (p.note or "").casefold():
                yield Problem(r.file_of("persons", key), key, f"aliases[{i}]",
                              f"{alias!r} is also an alias of {', '.join(sorted(others))}: a question by that name would find both; "
                              "say in the note why it is this person's too", "warning")


def shared_names(r: RecordSet) -> Iterator[Problem]:
    """Round 35: two persons whose names are one name as names are matched (case, accents, hyphens and spaces aside; a
    copy named in NFD or in capitals): one person recorded twice, or namesakes. An error on the later person's ``name``
    (by id) unless its note names the other's id (namesakes, said)."""
    from iccwatch.dataset.names import normalise_name

    first: dict[str, str] = {}
    for key in sorted(r.persons):
        p = r.persons[key]
        if not isinstance(p.name, str) or not p.name.strip():
            continue
        k = normalise_name(p.name)
        other = first.setdefault(k, key)
        if other != key and other not in (p.note or ""):
            yield Problem(r.file_of("persons", key), key, "name",
                          f"{p.name!r} is the name of {other} too ({r.persons[other].name!r}, as names are matched: case, "
                          f"accents and hyphens aside): one person recorded twice, or namesakes: merge the records, or say "
                          f"in the note that {other} is another person")


def aliases_of_others(r: RecordSet) -> Iterator[Problem]:
    names = {p.name.casefold(): key for key, p in r.persons.items()}
    for key, p in r.persons.items():
        for i, alias in enumerate(p.aliases):
            other = names.get(alias.casefold())
            if other and other != key:
                yield Problem(r.files[("persons", key)], key, f"aliases[{i}]",
                              f"{alias!r} is the name of {other}: a question by that name would find both; say in the note why "
                              "it is also this person's", "warning")


def variants_already_names(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.names import name_key

    table = r.lookups.get("name_variants") or {}
    if not isinstance(table, dict) or not isinstance(table.get("persons"), dict):
        return
    for pid, variants in table["persons"].items():
        person = r.persons.get(pid)
        if person is None or not isinstance(variants, list):
            continue
        own = {name_key(n, {}): n for n in (person.name, *person.aliases)}
        for j, v in enumerate(variants):
            name = v.get("name") if isinstance(v, dict) else None
            if isinstance(name, str) and name.strip() and (k := name_key(name, {})) in own:
                yield Problem("data/lookups/name_variants.yaml", "name_variants", f"persons.{pid}[{j}]",
                              f"{name!r} is already matched as the person's name or alias {own[k]!r}: the variant adds nothing",
                              severity="warning")


def variants_of_others(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.names import name_key

    table = r.lookups.get("name_variants") or {}
    if not isinstance(table, dict) or not isinstance(table.get("persons"), dict):
        return
    owners: dict[tuple[str, ...], set[str]] = {}
    for pid, person in r.persons.items():
        for n in (person.name, *person.aliases):
            owners.setdefault(name_key(n, {}), set()).add(pid)
    for pid, variants in table["persons"].items():
        if not isinstance(variants, list):
            continue
        for j, v in enumerate(variants):
            name = v.get("name") if isinstance(v, dict) else None
            others = sorted(owners.get(name_key(name, {}), set()) - {pid}) if isinstance(name, str) and name.strip() else []
            if others:
                yield Problem("data/lookups/name_variants.yaml", "name_variants", f"persons.{pid}[{j}]",
                              f"{name!r} is the name or an alias of {', '.join(others)}: as a variant of {pid} a question naming "
                              "them would fit both; remove it, or correct the person it is listed under")


_TRAILING = re.compile(r"[,;:]\s*$")


def alias_forms(r: RecordSet) -> Iterator[Problem]:
    ids = set(r.persons) | set(r.warrants) | set(r.situations)
    states: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.short_name, st.official_name):
            if n:
                states.setdefault(n.casefold(), iso3)
    for key, p in r.persons.items():
        f = r.files[("persons", key)]
        if p.name.casefold() in states:  # round fifteen: the name as its aliases
            yield Problem(f, key, "name", f"{p.name!r} is the name of the State {states[p.name.casefold()]}: a question naming the "
                          "State would find this person; say in the note why it is also his or her name", "warning")
        for i, alias in enumerate(p.aliases):
            at = f"aliases[{i}]"
            if alias in ids:
                yield Problem(f, key, at, f"{alias!r} is a record id (a file name), not a name anyone is called: remove it, or "
                              "write the name as the sources do")
            elif not any(c.isalpha() for c in alias):
                yield Problem(f, key, at, f"{alias!r} holds no letter: an alias is a name as the sources write it")
            elif _TRAILING.search(alias):
                yield Problem(f, key, at, f"{alias!r} ends in pasted punctuation: remove it")
            elif alias.casefold() in states:
                yield Problem(f, key, at, f"{alias!r} is the name of the State {states[alias.casefold()]}: a question naming the "
                              "State would find this person; say in the note why it is also his or her name", "warning")


def aliases_differing_in_case(r: RecordSet) -> Iterator[Problem]:
    for pid, p in r.persons.items():
        seen: dict[str, int] = {}
        for i, a in enumerate(p.aliases):
            k = a.casefold()
            if k in seen:
                yield Problem(r.files[("persons", pid)], pid, f"aliases[{i}]",
                              f"{a!r} differs from aliases[{seen[k]}] {p.aliases[seen[k]]!r} only in case: names are matched without "
                              "regard to case, so it adds nothing; keep one", "warning")
            else:
                seen[k] = i
