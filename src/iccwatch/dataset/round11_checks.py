"""Round eleven of the checker (``tests/dataset/ROUND11.md``): what a hurried volunteer, a lawyer, a journalist and a
hostile user write, and the earlier rules let through.

Errors:

* a warrant's **status change recorded twice** (the same status, day and State: a pasted entry);
* an **accession by a signatory** of the Rome Statute (a signatory ratifies, accepts or approves, art. 125(2); accession is
  for a State that did not sign, art. 125(3)), unless it withdrew its signature first;
* a State's consent to an **amendment of the Rome Statute** (an instrument titled as one, e.g. the Kampala amendments)
  while it was not a party to the Statute (art. 121(3)-(5): the amendments are for States Parties);
* a decision's **chamber that is no organ of the Court's judges** (a Pre-Trial, Trial or Appeals Chamber, the
  Presidency, the Plenary of Judges): the Office of the Prosecutor, a national court, a chamber numbered in Arabic
  figures; and a **holding of a Chamber marked court: false** (``positions``);
* a **finding of non-compliance before the Court's request** it rules on: the record's requests to that State for that
  person are all dated after the finding;
* a **custody spell** (``warrants``, ``custody``) beginning or ending after the person's death, ending ``surrendered`` or
  ``died`` with no surrender or death recorded on that day, by a State before it existed (its ``since``), dated after
  the record's cut-off, or still running after the person was surrendered to the Court;
* a **conviction dated before the confirmation of charges** of the same person;
* a **postponement allowed** (Art. 95) with no admissibility challenge of that State on a warrant of the persons made
  by the day of the decision; an **admissibility challenge** dated after the cut-off or by a State before it existed;
* a situation's **jurisdiction_from before 1 July 2002** (Art. 11(1));
* **one warrant recorded twice** under two ids (person, kind, situation, day of issue and crimes), a **warrant's id that
  names another person** than its ``person``, **two situations with one ICC number**, and a **resolution whose id
  gives other numbers than its symbol**;
* **one person head of State of two States on one day** (neither ``de_facto``);
* a **pinpoint that points at nothing** (``ibid.``, ``see above``, ``n/a``, a bare ``p.`` or ``para.``);
* a **text left as a placeholder** (``TBD``, ``TODO``, ``-``, ``...``: no letter or digit) in a name, title, summary or note;
* a source address whose **host is written in capitals** or that **names its scheme's default port** (``:443`` after
  ``https``, ``:80`` after ``http``: one page, one address), that holds a **percent-encoded control
  character** (``%0d%0a``: a header injection, never a page), or whose host has a **label over 63 characters** (DNS);
* text holding **more than four combining marks on one letter** (text made to overflow its line), **pictographs** (emoji), **variation selectors** or **tag characters**, or letters in a **mathematical or
  fullwidth form** (``𝐊𝐨𝐧𝐲``, ``Ｋｏｎｙ``: look-alikes of plain letters); a **name or alias that holds a web address**;
  a **markdown link or image** in any text (the record is plain text; an image is fetched when shown);
* a **demonym that is the name of another State** (``demonyms.yaml``);
* a record **id that no file system can hold** as a file name everywhere: a Windows device name (``con``, ``nul``,
  ``com1``) or over 150 characters.

Warnings:

* a **ratification with no signature** of the Rome Statute before it (art. 125(2)): the signature may be missing from the
  record;
* a **response naming States, none of them the State of the finding it responds to**;
* a source whose **address gives a day** (``/2010/07/21/``) **other than its date**: one of the two is mistyped, or the
  page was moved.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import urlsplit

from iccwatch.caching import BoundedCache
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import (
    fields_of,
    per_record_problems,
    record_sources,
    sources_of,
)
from iccwatch.dataset.records import KIND_KEYS, RecordSet
from iccwatch.model.dates import DateSpan
from iccwatch.model.rome_statute import ENTRY_INTO_FORCE

STATUTE = "rome-statute"
CONSENT = ("ratification", "acceptance", "approval", "accession", "ratification_or_accession")
#: The organs of the Court's judges that rule (the Chambers, in any numbering the Court uses, the Presidency, the Plenary).
_CHAMBER = re.compile(r"^(?:(?:Pre-Trial|Trial|Appeals) Chamber(?: (?:[IVXL]+|[A-Z]))?(?:\([A-Z]\))?(?: \(.+\))?|Presidency|Plenary of Judges)$")
_HELD_BY_CHAMBER = re.compile(r"^(?:ICC )?(?:Pre-Trial|Trial|Appeals) Chamber\b")
_AMENDMENT = re.compile(r"^Amendments? (?:to|of) the Rome Statute\b", re.I)
_PINPOINT_NOTHING = re.compile(
    r"^(?:ibid\.?|id\.|op\.? ?cit\.?|loc\.? ?cit\.?|supra|infra|passim|(?:see )?(?:above|below)|n/?a|none|unknown|tbd|todo|\?+|[-\u2013\u2014.]+"
    r"|(?:p|pp|para|paras|paragraph|paragraphs|page|pages|art|arts|article|articles|s|ss|section|sections|no|n\u00b0)\.?|\u00a7+)$", re.I)
_PLACEHOLDER = re.compile(r"^(?:tbd|tba|todo|fixme|x{3,}|\?+|\.{3}|\u2026|lorem ipsum\b.*|placeholder)$", re.I)
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
_ENCODED_CONTROL = re.compile(r"%(?:[01][0-9a-f]|7f)", re.I)
_DAY_IN_ADDRESS = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-])")
#: Names Windows reserves for devices: a file so named cannot be checked out there (``con.yaml`` included).
_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
#: The longest id a record may have (the longest real one has 112 characters; a file name holds 255 bytes, a Windows path 260).
MAX_ID_CHARS = 150


def round11_problems(r: RecordSet) -> list[Problem]:
    return [*_statuses_twice(r), *_consent(r), *_chambers(r), *_findings_before_requests(r), *_custody(r), *_rulings_in_order(r),
            *_postponements(r), *_challenges(r), *_jurisdiction_from(r), *_identities(r), *_heads_of_state(r), *_responses(r),
            *_addresses(r), *_texts(r), *_demonyms(r), *_ids(r)]


def _first(value: str) -> dt.date:
    return DateSpan.parse(value).first


def _last(value: str) -> dt.date:
    return DateSpan.parse(value).last


def _statuses_twice(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        seen: dict[tuple[str, str | None, str | None], int] = {}
        for i, s in enumerate(w.status_history):
            at = (s.status, s.date, s.by_state)
            if at in seen:
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}]",
                              f"{s.status} on {s.date} is recorded twice (also status_history[{seen[at]}]): keep one entry, with both "
                              "entries' sources")
            seen.setdefault(at, i)


#: What ``_consent`` found in each State, kept per State object, file and the record's amendments to the Statute
#: (``BoundedCache.held_for``): the rule reads the State's own acts and that set alone.
_CONSENT = BoundedCache(4096)


def _consent(r: RecordSet) -> Iterator[Problem]:
    amendments = frozenset(k for k, ins in r.instruments.items() if ins.kind == "treaty" and _AMENDMENT.match(ins.title))
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        yield from _CONSENT.held_for((st,), (iso3, f, amendments), lambda: tuple(_consent_of(iso3, f, st, amendments)))  # noqa: B023 - called at once


def _consent_of(iso3: str, f: str, st: Any, amendments: frozenset[str]) -> Iterator[Problem]:
    """``_consent`` of one State."""
    statute = [(i, a) for i, a in enumerate(st.participation) if a.instrument == STATUTE]
    signed = [a.date for _, a in statute if a.action == "signature"]
    withdrawn = [a.date for _, a in statute if a.action == "signature_withdrawn"]
    for i, a in statute:
        before = [d for d in signed if _last(d) <= _first(a.date)]
        if a.action == "accession" and before and not any(_first(w) >= _first(max(before)) for w in withdrawn):
            yield Problem(f, iso3, f"participation[{i}].action",
                          f"accession on {a.date} by a State that signed the Statute on {max(before)}: a signatory becomes a "
                          "party by ratification, acceptance or approval (art. 125(2)), accession is for a State that did not "
                          "sign (art. 125(3)); correct the action or the signature")
        if a.action in ("ratification", "acceptance", "approval") and not signed:
            yield Problem(f, iso3, f"participation[{i}].action",
                          f"{a.action} on {a.date} with no signature of the Statute recorded: only a signatory ratifies, "
                          "accepts or approves (art. 125(2)); add the signature, or record an accession", severity="warning")
    steps = sorted((_first(a.date), a.action) for _, a in statute if a.action in (*CONSENT, "withdrawal_effective"))
    for i, a in enumerate(st.participation):
        if a.instrument in amendments and a.action in CONSENT:
            day = _first(a.date)
            last = [action for when, action in steps if when <= day]
            if not last or last[-1] == "withdrawal_effective":
                yield Problem(f, iso3, f"participation[{i}].action",
                              f"{a.action} of {a.instrument} on {a.date}, while {iso3} had not joined the Rome Statute by the "
                              "record's dates: amendments to the Statute are ratified or accepted by States Parties (art. 121)")


def _chambers(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if not _CHAMBER.match(d.chamber):
            yield Problem(r.files[("decisions", key)], key, "chamber",
                          f"{d.chamber!r} is not a Chamber of the Court: a decision is a Pre-Trial, Trial or Appeals Chamber's (numbered "
                          "in Roman figures, e.g. 'Pre-Trial Chamber II'), the Presidency's or the Plenary of Judges'")
    for key, p in r.positions.items():
        if _HELD_BY_CHAMBER.match(p.held_by) and not p.court:
            yield Problem(r.files[("positions", key)], key, "court",
                          f"held by {p.held_by.split(' (')[0]!r}, a Chamber of the Court, but court is false: a Chamber's holding "
                          "is the Court's (court: true)")


def _findings_before_requests(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.kind != "non_compliance" or d.state is None or d.request_type != "arrest_surrender":
            continue
        for j, person in enumerate(d.persons):
            asked = [q for q in r.requests.values() if q.person == person and q.requested_state == d.state
                     and q.kind == "arrest_and_surrender"]
            if asked and all(_first(q.date) > _last(d.date) for q in asked):
                first = min(asked, key=lambda q: q.date)
                yield Problem(r.files[("decisions", key)], key, f"persons[{j}]",
                              f"a finding of {d.date} that {d.state} failed to arrest and surrender {person}, but the record's first "
                              f"request to it ({r.files[('requests', first.id)]}) is dated {first.date}, after the finding: correct one "
                              "of the dates")


def _custody(r: RecordSet) -> Iterator[Problem]:
    since_of = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    for key, w in r.warrants.items():
        if not w.custody:
            continue
        f = r.files[("warrants", key)]
        deaths = [s.date for s in w.status_history if s.status == "deceased" and s.date and not s.disputed]
        for other in r.warrants.values():
            if other.person == w.person and other is not w:
                deaths += [s.date for s in other.status_history if s.status == "deceased" and s.date and not s.disputed]
        death = min(deaths, key=_first) if deaths else None
        surrenders = [s.date for s in w.status_history if s.status == "surrendered" and s.date]
        for i, c in enumerate(w.custody):
            if death and _first(c.since) > _last(death):
                yield Problem(f, key, f"custody[{i}].since", f"held by {c.held_by} from {c.since}, after the death recorded on {death}")
            elif death and c.until and _first(c.until) > _last(death):
                yield Problem(f, key, f"custody[{i}].until", f"held by {c.held_by} until {c.until}, after the death recorded on {death}: "
                              "the spell ended at the latest then (ended: died)")
            if c.until and c.ended in ("surrendered", "died"):
                status = "surrendered" if c.ended == "surrendered" else "deceased"
                days = surrenders if status == "surrendered" else deaths
                if not any(DateSpan.parse(d).may_be_on_or_before(_last(c.until)) and not DateSpan.parse(d).surely_before(_first(c.until))
                           for d in days):
                    yield Problem(f, key, f"custody[{i}].ended",
                                  f"ended {c.ended} on {c.until}, but no warrant of the person records {status!r} that day: record "
                                  "it, or correct how the spell ended")
            if c.held_by in since_of and _last(c.since) < _first(since_of[c.held_by]):
                yield Problem(f, key, f"custody[{i}].since", f"held by {c.held_by} from {c.since}, but {c.held_by} is dated from "
                              f"{since_of[c.held_by]} (its since)")
            if c.until:
                for s in surrenders:
                    if _last(c.since) <= _first(s) and _first(c.until) > _last(s):
                        yield Problem(f, key, f"custody[{i}].until",
                                      f"held by {c.held_by} until {c.until}, after the surrender to the Court on {s}: the Court held "
                                      "the person from then; end the spell at the latest on that day (ended: surrendered)")
                        break


def _rulings_in_order(r: RecordSet) -> Iterator[Problem]:
    confirmations: dict[str, list[tuple[str, str]]] = {}
    for key, d in r.decisions.items():
        if d.kind == "confirmation_of_charges":
            for p in d.persons:
                confirmations.setdefault(p, []).append((d.date, key))
    for key, d in r.decisions.items():
        if d.kind != "conviction":
            continue
        for j, p in enumerate(d.persons):
            for when, other in confirmations.get(p, []):
                if _last(d.date) < _first(when) and not any(_first(w) <= _last(d.date) for w, _ in confirmations[p]):
                    yield Problem(r.files[("decisions", key)], key, f"persons[{j}]",
                                  f"a conviction of {p} on {d.date}, before the confirmation of the charges ({other}, {when}): a trial "
                                  "follows the confirmation (Art. 61); correct one of the dates")
                    break


def _postponements(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "postponement_allowed" or d.state is None:
            continue
        challenges = [c for w in r.warrants.values() if w.person in d.persons for c in w.admissibility_challenges
                      if c.by_state == d.state and _first(c.made) <= _last(d.date)]
        if not challenges:
            yield Problem(r.files[("decisions", key)], key, "finding",
                          f"a postponement allowed to {d.state} on {d.date}, but no warrant of {', '.join(d.persons) or 'its persons'} "
                          f"records an admissibility challenge by {d.state} made by then: Art. 95 allows a postponement only while one "
                          "is under consideration; record the challenge (admissibility_challenges)")


def _challenges(r: RecordSet) -> Iterator[Problem]:
    since_of = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    for key, w in r.warrants.items():
        f = r.files[("warrants", key)]
        for i, c in enumerate(w.admissibility_challenges):
            if c.by_state in since_of and _last(c.made) < _first(since_of[c.by_state]):
                yield Problem(f, key, f"admissibility_challenges[{i}].made", f"a challenge by {c.by_state} made on {c.made}, but "
                              f"{c.by_state} is dated from {since_of[c.by_state]} (its since)")


def _jurisdiction_from(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.situations.items():
        if s.jurisdiction_from and _last(s.jurisdiction_from) < ENTRY_INTO_FORCE:
            yield Problem(r.files[("situations", key)], key, "jurisdiction_from",
                          f"{s.jurisdiction_from}, before the Statute entered into force on {ENTRY_INTO_FORCE}: the Court has no "
                          "jurisdiction over anything earlier (Art. 11(1))")


def _identities(r: RecordSet) -> Iterator[Problem]:
    seen: dict[tuple[Any, ...], str] = {}
    for key, w in sorted(r.warrants.items()):
        f = r.files[("warrants", key)]
        if not key.startswith(w.person + "-"):
            yield Problem(f, key, "id", f"the id {key!r} does not begin with its person's id {w.person!r}: a warrant's id is its "
                          "person's id and a number; correct the id or the person")
        if w.issued:
            at = (w.person, w.kind, w.situation, w.issued, tuple(sorted(w.crimes)))
            if at in seen:
                yield Problem(f, key, "issued", f"the same {w.kind.replace('_', ' ')} as {seen[at]} (person, situation, day of issue "
                              "and crimes): one warrant recorded twice under two ids; keep one")
            seen.setdefault(at, key)
    numbers: dict[str, list[str]] = {}
    for key, s in sorted(r.situations.items()):
        if s.icc_number:
            numbers.setdefault(s.icc_number, []).append(key)
    for number, keys in numbers.items():
        for key in keys if len(keys) > 1 else ():
            yield Problem(r.files[("situations", key)], key, "icc_number", f"{number} is also the number of "
                          f"{', '.join(k for k in keys if k != key)}: the Court gives each situation its own")
    for key, ins in r.instruments.items():
        if ins.kind in ("unsc_resolution", "asp_resolution") and ins.symbol:
            in_symbol, in_id = re.findall(r"\d+", ins.symbol), re.findall(r"\d+", key)
            if in_symbol and in_id[:len(in_symbol)] != in_symbol:
                yield Problem(r.files[("instruments", key)], key, "id",
                              f"the id {key!r} gives other numbers than the symbol {ins.symbol!r}: correct the id or the symbol")


def _heads_of_state(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.persons.items():
        heads = [(i, o) for i, o in enumerate(p.offices) if o.kind == "head_of_state" and not o.de_facto and o.start]
        for n, (i, a) in enumerate(heads):
            for j, b in heads[n + 1:]:
                if a.state == b.state or not (a.start and b.start):
                    continue
                a_end = _last(a.end) if a.end else dt.date.max
                b_end = _last(b.end) if b.end else dt.date.max
                if _first(a.start) < b_end and _first(b.start) < a_end and max(_last(a.start), _last(b.start)) < min(a_end, b_end):
                    yield Problem(r.files[("persons", key)], key, f"offices[{j}]",
                                  f"head of State of {b.state} from {b.start} while head of State of {a.state} (offices[{i}]): one "
                                  "person heads one State at a time; correct a date or a State (a rival authority is de_facto)")


def _responses(r: RecordSet) -> Iterator[Problem]:
    for key, x in r.responses.items():
        d = r.decisions.get(x.decision or "")
        if d is not None and d.state and x.states and d.state not in x.states:
            yield Problem(r.files[("responses", key)], key, "states",
                          f"names {', '.join(x.states)}, but the finding it responds to ({d.id}) is about {d.state}: add {d.state}, or "
                          "correct the decision", severity="warning")


#: The port a scheme uses when an address names none: naming it gives one page a second address.
_DEFAULT_PORTS = {"https": "443", "http": "80"}


def _addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _address_findings)


def _address_findings(obj: Any) -> Iterator[tuple[str, str, Literal["error", "warning"]]]:
    """(field path, message, severity) of what ``_addresses`` finds in one record's sources, each source once (as
    ``each_source`` gives them): it depends on the record alone, so it is kept per record object (``walked``)."""
    for at, src in record_sources(obj):
        url = str(src.url)
        parts = urlsplit(url)
        host = parts.netloc.rsplit("@", 1)[-1]
        if host != host.lower():
            yield (f"{at}.url", f"the host {host!r} is written in capitals: write it in lower case ({host.lower()}), so one page has "
                   "one address", "error")
        if (default := _DEFAULT_PORTS.get(parts.scheme.lower())) and host.lower().endswith(f":{default}"):
            yield (f"{at}.url", f"the address names the default port ({host!r}): write it without "
                   f"({parts.scheme}://{host.rsplit(':', 1)[0].lower()}...), so one page has one address", "error")
        if _ENCODED_CONTROL.search(parts.path + "?" + parts.query + "#" + parts.fragment):
            yield (f"{at}.url", f"the address holds a percent-encoded control character "
                   f"({_ENCODED_CONTROL.search(url).group()}): no page's address does; cite the page's own address", "error")  # type: ignore[union-attr]
        if any(len(label) > 63 for label in (parts.hostname or "").split(".")):
            yield f"{at}.url", "a label of the host name is over 63 characters, which no domain name can have", "error"
        if src.date and len(src.date) == 10 and (m := _DAY_IN_ADDRESS.search(parts.path)):
            day = "-".join(m.groups())
            if day != src.date:
                yield (f"{at}.date", f"dated {src.date}, but its address gives the day {day}: correct the date, or say in the source's "
                       "note why they differ", "warning")
        if src.pinpoint and _PINPOINT_NOTHING.match(src.pinpoint.strip()):
            yield (f"{at}.pinpoint", f"the pinpoint {src.pinpoint!r} points at nothing: name the page, paragraph, article or passage, "
                   "or leave the pinpoint out", "error")


def _text_problem(name: str, text: str) -> str | None:
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
    if _MARKDOWN_LINK.search(text):
        return f"{text[:60]!r}: a markdown link or image in text: the record is plain text; cite the page in sources"
    if name in _NAME_FIELDS and _ADDRESS_IN_NAME.search(text):
        return f"{text[:60]!r}: a name holds a web address; a name is words (cite pages in sources)"
    if name in _FREE_TEXT and (not re.search(r"[^\W_]", text) or _PLACEHOLDER.match(text.strip())):
        return f"{text[:40]!r} is a placeholder: write the {name.replace('_', ' ')}, or leave the field out"
    return None


def _texts(r: RecordSet) -> Iterator[Problem]:
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


def _demonyms(r: RecordSet) -> Iterator[Problem]:
    table = (r.lookups.get("demonyms") or {})
    demonyms = table.get("demonyms") if isinstance(table, dict) else None
    if not isinstance(demonyms, dict):
        return
    names: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.name_fr, st.short_name):
            if n:
                names.setdefault(n.casefold(), iso3)
    for iso3, words in demonyms.items():
        for j, word in enumerate(words if isinstance(words, list) else []):
            other = names.get(word.casefold()) if isinstance(word, str) else None
            if other is not None and other != iso3:
                yield Problem("data/lookups/demonyms.yaml", "demonyms", f"demonyms.{iso3}[{j}]",
                              f"{word!r} is the name of {other}, given as a demonym of {iso3}: text naming {other} would be read as "
                              f"{iso3}")


def _ids(r: RecordSet) -> Iterator[Problem]:
    for kind in KIND_KEYS:
        for key in r.of_kind(kind):
            if key.lower() in _DEVICE_NAMES:
                yield Problem(r.files[(kind, key)], key, KIND_KEYS[kind][1], f"{key!r} is a device name on Windows: a file "
                              f"{key}.yaml cannot be checked out there; choose another id")
            elif len(key) > MAX_ID_CHARS:
                yield Problem(r.files[(kind, key)], key, KIND_KEYS[kind][1], f"an id of {len(key)} characters, over the limit of "
                              f"{MAX_ID_CHARS}: the file name would not fit every file system; shorten it")
