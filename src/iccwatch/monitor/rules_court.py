"""The Court's own acts: warrants issued or unsealed, and findings of non-compliance."""

from __future__ import annotations

import datetime as dt
import re

from iccwatch.model.dates import DateSpan
from iccwatch.monitor.dates import Found, find_dates
from iccwatch.monitor.gazetteer import normalise
from iccwatch.monitor.lexicon import (
    ACT_ASKED_BEFORE,
    ACT_VERB,
    APPLICATION,
    ASSEMBLY,
    BACKGROUND_WARRANT,
    CHAMBER,
    COUNCIL,
    COURT_ACT_DAY,
    DATELINE,
    DESCRIBED,
    DOMESTIC,
    DURING_TRIP,
    FAILURE_NOUN,
    FINDING,
    FINDING_ACT,
    FINDING_ASKED,
    FINDING_SUPPOSED,
    GROUNDS,
    GROUP_NAME_END,
    NAMES_IT,
    NEW_NAME,
    NONCOMPLIANCE,
    NUMBER_WORDS,
    OTHER_COURT,
    PLURAL_WARRANTS,
    PRESENT,
    REFERRAL_NOT_MADE,
    REQUEST_INSET,
    SEALED_UNTIL,
    SPECULATION_BEFORE,
    STATE_REFERRED,
    UNSEALED,
    WARRANT,
    WARRANT_BACK,
    WARRANT_DAY_LATER,
    WARRANT_NOUN,
)
from iccwatch.monitor.mentions import Sentence, _resolve_state, is_demonym, only_related
from iccwatch.monitor.rules_context import Ctx, pos

#: A group told by count after a warrant's "for": "for the four officials", "against the three suspects".
GROUP_COUNT = re.compile(r"^[^.;]{0,60}?\b(?:for|against) (?:the|these|those) (\w+) (?:officials|persons|individuals|suspects|men|people|others|accused)\b",
                         re.I)
#: A group told by count alone after a warrant's "for": "unsealed warrants against the two", "for both of them", "for the
#: pair" (not "for the two counts": a noun after the number is a group of something else unless GROUP_COUNT names it).
GROUP_BARE = re.compile(r"^[^.;]{0,60}?\b(?:for|against) (?:(?:the|these|those) (two|three|four|five|six|\d)(?: of them)?|(both)(?: of them)?|the (pair))"
                        r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|to|and|who|which|that|for|at|last|this|today|yesterday)\b)", re.I)
#: A later sentence that tells the warrant by its subject: "… made the decision to issue the warrant against lawyer X and Y".
THE_WARRANT_AGAINST = re.compile(r"\b(?:the|this|that|these|those)\s+(?:arrest\s+)?warrants?\s+(?:of arrest\s+)?(?:against|for)\s+", re.I)
#: Between a warrant's subject and someone named after: a clause that tells of the subject through that other person
#: ("against A, wife of current ICC suspect … B", "for A who is accused of working with B").
SUBJECT_CLAUSE = re.compile(r"\b(?:who|whom|whose)\b|\b(?:wife|husband|widow|son|daughter|brother|sister|nephew|cousin|ally|aide|deputy|"
                            r"associate|lieutenant|successor|predecessor|spokes\w+|lawyer|counsel)\s+(?:to|of)\b", re.I)
def _warrant_subjects(y: Sentence, after: int) -> list[str]:
    """The persons sentence ``y`` names from offset ``after`` on as a warrant's subjects: the first, and each other one
    unless a clause between tells of him through the first ("the warrant for A, who is accused of bribing witnesses in
    the case of B and C": A only; "the warrant against A and B": both)."""
    ms = sorted((m for m in y.persons if m.start - y.start >= after and not only_related(y, m.id)), key=lambda m: m.start)
    if not ms:
        return []
    out = [ms[0].id]
    for m in ms[1:]:
        if m.id not in out and not SUBJECT_CLAUSE.search(y.text[ms[0].end - y.start: m.start - y.start]):
            out.append(m.id)
    return out


#: A later sentence that says whom the warrants are for: "The three warrants are for: …", "The warrants named …".
LISTED = re.compile(r"\bwarrants? (?:are|were|is|was) (?:for|against)\b|\bwarrants? (?:named|names|name)\b", re.I)
#: The accused of a case named by them: "in the Kenya case against William Samoei and Joshua Arap Sang" names the
#: case, not the warrant's subject.
CASE_OF = re.compile(r"\b(?:case|cases|trial|proceedings)\s+(?:against|of)\s+", re.I)
#: A number of persons after a warrant's "for": "arrest warrants for two top suspects", "for three leaders".
FOR_COUNT = re.compile(r"^[^.]{0,60}?\b(?:for|against)\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:suspects|leaders|officials|persons|individuals|men|commanders|people|accused|members|figures|rebels|militants)\b", re.I)
#: A warrant with its unsealing as a participle right after it: "under a warrant unsealed on Tuesday".
FRESHLY_UNSEALED = re.compile(r"\bwarrants?\s+(?:of arrest\s+)?(?:(?:that|which)\s+(?:was|were)\s+)?(?:unsealed|made public|published|declassified|reclassified)\b", re.I)
#: Said of someone once a warrant is told without a name: "Bosco Ntaganda was charged for …".
CHARGED = re.compile(r"\b(?:charged|indicted|accused|wanted|suspected)\b", re.I)


def _listed_later(x: Ctx) -> list[str]:
    """The persons a sentence a few sentences on names as the warrants' subjects."""
    later = [y for y in x.sentences if y.start >= x.sent.end][:4]
    listing = next((y for y in later if LISTED.search(y.text) and y.persons), None)
    return list(dict.fromkeys(m.id for m in listing.persons)) if listing is not None else []


#: Someone told of by office after the warrant's "for": "for Sudan's defense minister", then named in the next sentence.
BY_OFFICE = re.compile(r"^[^.;]{0,40}?\b(?:for|against)\s+(?:the\s+)?[A-Z][\w-]+(?:['’]s)?\s+(?:former\s+|then\s+)?(?:\w+\s+)?"
                       r"(?:minister|president|leader|commander|chief|general|governor|official)\b")
#: Words of an office or a title: "Sudanese Defense Minister" is no one's name.
OFFICE_WORDS = re.compile(r"\b(?:minister|president|leader|commander|chief|general|governor|king|prince|secretary|spokes\w+|officials?)\b", re.I)


#: Names in apposition to a description after a warrant's "for"/"against": "for two Libyan militia leaders, A B and C D",
#: "against a former commander, A B, accused of …" (the description ends in a lower-case word before the comma).
APPOSED_START = re.compile(r"\b(?:for|against)\s+(?:[\w'’-]+\s+){0,6}?[a-z][\w-]*,\s+(?=[A-Z])")
PROPER_NAME = re.compile(r"((?:[A-Z][a-zà-ÿ'’\-]+\s+){1,4}[A-Z][a-zà-ÿ'’\-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+)?")


#: A name as the owner of the warrant: "A B's arrest warrant" (not "The Court's": a name opens with no article).
POSSESSIVE_NAME = re.compile(r"(?<![\w'’-])(?!The\b)((?:[A-Z][a-zà-ÿ'’\-]+\s+){1,4}[A-Z][a-zà-ÿ\-]+)['’]s\s+(?:[\w-]+\s+){0,2}?warrants?\b")


def _new_names(text: str) -> list[str]:
    """The names NEW_NAME reads after a warrant's "for"/"against", and those in apposition to a description there."""
    out = [n.strip() for n in NEW_NAME.findall(text)]
    for a in APPOSED_START.finditer(text):
        at = a.end()
        while (m := PROPER_NAME.match(text, at)) is not None:
            out.append(m.group(1).strip())
            at = m.end()
            if at == m.end(1):
                break
    return list(dict.fromkeys(out))


def _without_demonym(name: str, x: Ctx) -> str:
    """A new name without the nationality read before it ("for Libyan A B C": the person is A B C), when two words remain."""
    words = name.split()
    demonyms = {d.lower() for ds in x.spec.demonyms.values() for d in ds}
    while len(words) > 2 and words[0].lower() in demonyms:
        words = words[1:]
    return " ".join(words)


def _plain_new_name(name: str, x: Ctx) -> bool:
    """A name after a warrant's verb that is a person new to the record: not the Court's own words, not a group."""
    return not any(w in name for w in ("International", "Criminal", "Court", "Chamber", "Prosecutor")) \
        and not GROUP_NAME_END.search(name) and _new_name(name, x)


def _new_name(name: str, x: Ctx) -> bool:
    """A name the record does not hold: not an office ("Sudanese Defense Minister"), not a possessive ("Libya's
    Gaddafi"), not a name whose last word a person of the record bears (who it is, the text must say)."""
    if OFFICE_WORDS.search(name) or re.search(r"['’]s\b", name):
        return False
    if _place_name(name, x):
        return False  # "for an Ivory Coast politician": a State, a people or a city describes the person, it is no name
    last = normalise(re.split(r"[\s-]+", name)[-1])
    return not any(last in x.spec.name_tokens(pid) for pid in x.spec.persons)


def _place_name(name: str, x: Ctx) -> bool:
    """Whether ``name`` is wholly a State's name, a demonym or a place of the gazetteer."""
    key = normalise(name)
    forms = x.spec.__dict__.get("_place_forms")
    if forms is None:
        forms = frozenset(normalise(f) for fs in (*x.spec.states.values(), *x.spec.demonyms.values()) for f in fs) | \
            frozenset(normalise(p) for p in x.spec.places)
        x.spec.__dict__["_place_forms"] = forms
    return key in forms


#: A sentence opening with the warrant's subject as the one accused: "Charles Ble Goude is accused of working with …".
ACCUSED_OPENING = re.compile(r"\s*(?:is|was|are|were|stands?|faces?)\s+(?:\w+\s+)?(?:accused|charged|wanted|suspected)\b", re.I)


def _told_before(x: Ctx) -> list[str]:
    """The persons of the warrants told in one of the two sentences before this one."""
    before = [y for y in x.sentences if y.end <= x.sent.start][-2:]
    for y in reversed(before):
        # (or the one the sentence between names as charged, when the warrant was told without a name: "issued an
        # arrest warrant for a fourth militia leader …", "Bosco Ntaganda was charged …", "The warrant was …")
        if WARRANT.search(y.text) or WARRANT_NOUN.search(y.text) or (CHARGED.search(y.text) and len({m.id for m in y.persons}) == 1):
            named = [m.id for m in y.persons if not only_related(y, m.id)]
            if named:
                return list(dict.fromkeys(named))
    return []


#: A warrant told only as others' reports, just before the warrant's words: "amid reports that it has issued",
#: "Amid reports the ICC had issued", "unconfirmed reports that the Court issued" ("reports" as a noun, not the verb).
HEARSAY_BEFORE = re.compile(r"\b(?:amid|amidst|unconfirmed|media|press|news|following|despite|denied|denies|dismissed)\s+(?:the\s+|these\s+)?"
                            r"reports?\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,4}$", re.I)


#: The Court named, in any of the languages read: a warrant's issuer that names it is the Court (session 26).
COURT_NAMED = re.compile(r"\b(?:ICC|I\.C\.C|International\s+Criminal\s+Court|Hague|CPI|TPI|IStGH|Strafgerichtshof\w*|Weltstrafgericht\w*|"
                         r"Cour\s+p[ée]nale|Corte\s+[Pp]enal\w*|Tribunal\s+Penal|Rome\s+Statute|Pre-Trial|Vorverfahrenskammer)\b", re.I)
#: Where the clause of a warrant's verb opens: the subject is read from there to the verb.
CLAUSE_OPEN = re.compile(r"[,;:(—–]|\b(?:that|which|after|when|while|as|dass|nachdem|als|que|qui|che|quando|depois)\b", re.I)
#: Words that make the State before a warrant a speaker, not the issuer: "Ukraine said judges issued warrants for …".
SPEAKER = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|welcomed|according|sagte|erklärte|a\s+dit|dijo|ha\s+detto|disse)\b", re.I)
#: (session 47, mnews153) The warrant's verb as a gerund after the clause's main verb ('… took a significant step by issuing arrest
#: warrants for X', 'answered the campaign in issuing a warrant'): its subject is the clause's own, read from the sentence's opening.
GERUND_OF_SUBJECT = re.compile(r"\b(?:by|in)\s+$", re.I)
#: (session 47, mleft39) … and the other languages' gerunds and infinitive clauses, read at the warrant verb's own start ('en
#: délivrant', 'al emitir', 'ao emitir', 'emettendo', 'indem er … erließ': each language's WARRANT family).
GERUND_AT = re.compile(r"(?:en|al|ao|indem)\s|\w+(?:ando|endo|indo)\b", re.I)
#: A bare bench or court after another court named ("…, the judges responded by issuing"): a subject of its own, the Court's.
OWN_BENCH = re.compile(r"\bthe\s+(?:judges|chamber|court|bench)\b", re.I)


def _state_issuer(x: Ctx, wm: re.Match[str]) -> bool:
    """True when the warrant's issuer is a State, not the Court: the clause before the warrant's verb opens with a State's name
    or adjective ("Türkiye issues arrest warrants for …", "Turkish prosecutors have issued …", "Moscow has issued an arrest
    warrant for the ICC prosecutor") and names no Court (session 26). A State that only speaks ("Ukraine said the judges
    issued …") or only places the Court ("the Netherlands-based court") is none."""
    s = x.s
    head = s[: wm.start()]
    cut = max((m.end() for m in CLAUSE_OPEN.finditer(head)), default=0)
    tail = head[cut:]
    if not WARRANT.search(wm.group()) or WARRANT_NOUN.search(tail) or COURT_NAMED.search(tail) or SPEAKER.search(tail) or \
            len(tail.split()) > 8:
        return False  # (an unsealing, or "X's arrest warrant was …": the warrant is the subject, not issued by one before it)
    names = [(m.start, m.end) for m in x.sent.persons]
    for m in x.sent.states:
        a = m.start - x.sent.start
        if any(p0 <= m.start < p1 for p0, p1 in names):
            continue  # a place's name inside a person's ("Ahmed Salem Karimov")
        if cut <= a < wm.start() and len(s[cut:a].split()) <= 2 and not re.match(r"\s*-?\s*based\b", s[m.end - x.sent.start:], re.I):
            return True
    return False


def _other_court_issuer(x: Ctx, wm: re.Match[str]) -> bool:
    """True when the warrant's issuer is another court than the ICC (session 27): the clause before the warrant's verb names a
    court, judge or tribunal that is not the Court ("a court in Kampala issued …", "The Special Tribunal for Lebanon issued …",
    "a regional trial court issued …"), or the words right after the verb do ("a warrant issued by a court in Paris"). A clause
    that names the Court ("ICC judges", "Pre-Trial Chamber II", "the court") is the Court's."""
    s = x.s
    if not WARRANT.search(wm.group()):
        return False
    head = s[: wm.start()]
    tail = head[max((m.end() for m in CLAUSE_OPEN.finditer(head)), default=0):]
    if len(tail.split()) <= 10 and OTHER_COURT.search(tail) and not COURT_NAMED.search(tail) and not SPEAKER.search(tail):
        return True
    if (GERUND_OF_SUBJECT.search(head) or GERUND_AT.match(wm.group())) and not COURT_NAMED.search(head) and not SPEAKER.search(head):
        # (session 47) 'a judge of a federal court in Buenos Aires, Argentina, took a step … by issuing warrants for X': the
        # gerund's subject is the clause's, however long the words between; the last other court named, with no bare 'the
        # judges' or 'the court' after it (another subject: 'after a court in Kampala convicted him, the judges responded by issuing')
        last = ([None] + list(OTHER_COURT.finditer(head)))[-1]
        if last is not None and not OWN_BENCH.search(head, last.end()):
            return True
    by = re.match(r"(?:\s+[\w'’-]+){0,6}?\s+(?:by|from)\s+([^,;.]{1,60})", s[wm.end():])
    return bool(by and OTHER_COURT.match(by.group(1)) and not COURT_NAMED.search(by.group(1)))


def _without_request_inset(s: str) -> str:
    """(session 48, mleft40) ``s`` with each inset of the Prosecutor's request between commas (``REQUEST_INSET``: 'a petición del
    Fiscal', 'su richiesta del Procuratore', 'a pedido do Procurador', 'à la demande du Procureur') made one comma: the Court's
    act told with its circumstance, read as without it."""
    while (m := REQUEST_INSET.search(s)) is not None:
        s = s[: m.start()] + "," + s[m.end():]
    return s


def warrants(x: Ctx) -> bool:
    """A warrant of the Court; a Prosecutor's application, a domestic warrant or a background mention
    ("since the Court issued a warrant") gives nothing. True when the sentence is taken."""
    s = x.s
    sealed = SEALED_UNTIL.search(s) if WARRANT_NOUN.search(s) else None
    if sealed:
        # "The warrant, which was issued on February 29 but remained sealed until Thursday": made public
        # on the day after "until" (the issue date is the warrant's own, read below when told as news)
        told = find_dates(s[sealed.end():], x.ref, x.exact)
        for p in [q for q in x.persons if not only_related(x.sent, q)] or ([x.focus] if x.focus else []) or _listed_later(x):
            x.emit("warrant_unsealed", x.sent, "rules:warrant_sealed_until", person=p, anchor=sealed.end(),
                   when=(told[0].date, None) if told else None)
    prev_warrant = any(WARRANT_NOUN.search(y.text) for y in [y for y in x.sentences if y.end <= x.sent.start][-1:])
    it = re.match(r"\W*(?:it|they)\s+(?:was|were|has been|have been)\b", s, re.I) and prev_warrant  # "… was issued in 2017. It was unsealed on Friday."
    wm = WARRANT.search(s) or (UNSEALED.search(s) if WARRANT_NOUN.search(s) or it else None)
    early = UNSEALED.search(s) if wm and "warrant" in s.lower() else None
    bg = _background_warrant(s, wm.end() + 5) if wm else None
    if early and bg and early.end() <= bg.start():
        wm = early  # "made public the warrant, which had been issued under seal in 2005": the issue is the background, not the unsealing
    # "the warrant for A, which had been issued under seal in 2011, was made public on Monday": the issue is told in a clause set
    # off by commas, and the act of making public is the main verb after it
    act = early.start() + _act_offset(early.group()) if early else -1
    inset = bool(early and bg and bg.start() < act and re.search(r",[^,]*$", s[: bg.start()]) and re.search(r",\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:\w+ly\s+|now\s+|then\s+)?$", s[bg.start(): act]))
    if inset and early:
        wm = early
    # "faces seven counts under a warrant unsealed on Tuesday", "despite the warrant made public last week": the warrant
    # the clause recalls is the one the sentence tells was unsealed (its date says whether it is news)
    fresh = (early and FRESHLY_UNSEALED.search(s)) or inset
    if not wm or DOMESTIC.search(s) or (_background_warrant(s, wm.end() + 5) and not fresh) or (APPLICATION.search(_without_request_inset(s)) and not WARRANT.search(s)):
        return False
    if re.search(r"\b(?:whether|if)\b[^.;]{0,40}$", s[: wm.start()], re.I):
        return True  # "asked the Court whether it had issued a warrant": a question, not a warrant
    if _state_issuer(x, wm):
        return True  # "Türkiye issues arrest warrants for X", "Turkish prosecutors have issued …": a State's own warrant, not the Court's
    if HEARSAY_BEFORE.search(s[max(0, wm.start() - 80): wm.start()]):
        return True  # "amid reports that it has issued a warrant for X": others' word of a warrant, not the Court's
    if _other_court_issuer(x, wm) or SPECULATION_BEFORE.search(s[max(0, wm.start() - 80): wm.start()]):
        return True  # "a court in Kampala issued …", "speculation was rife that the ICC had issued …" (session 27)
    kind = "warrant_unsealed" if UNSEALED.search(s) else "warrant_issued"
    if kind == "warrant_issued" and _issue_as_grounds(s, wm):
        return True  # (session 45) 'è stato arrestato … con un mandato d'arresto emesso dalla Cpi': the arrest is the news
    named = [p for p in x.persons if not only_related(x.sent, p)]  # not "… during Gbagbo's presidency"
    case = CASE_OF.search(s, wm.start())
    if case:
        # only the names of the case itself (the run of names right after "case against"), not the same person
        # named again as a subject ("in the case of Senator Jean-Pierre Bemba, including against Bemba himself")
        def in_case(m: object) -> bool:
            a = m.start - x.sent.start  # type: ignore[attr-defined]
            return a > case.start() and re.fullmatch(r"[\w\s,.'’-]{0,80}", s[case.end(): a]) is not None and \
                not re.search(r"\b(?:including|against|for)\b", s[case.end(): a], re.I)
        named = [p for p in named if not all(in_case(m) for m in x.sent.persons if m.id == p)]
    if not named and (DESCRIBED.search(s[wm.start():]) or BY_OFFICE.search(s[wm.start():])):
        # "unsealed an arrest warrant for a Malian accused of …", then "The warrant for Iyad Ag Ghaly …":
        # the one person the next sentence names (it may tell the same warrant again)
        nxt = x.next_sentence()
        if nxt is not None and len({m.id for m in nxt.persons}) == 1:
            named = [nxt.persons[0].id]
        elif nxt is not None and nxt.persons and (first := min(nxt.persons, key=lambda m: m.start)).start - nxt.start <= 2 and \
                ACCUSED_OPENING.match(x.text, first.end):
            # "… for an Ivory Coast politician charged with …", then "A B is accused of working with C": the one the next
            # sentence opens with as the accused, not the others his clause names
            named = [first.id]
        elif nxt is not None and (tw := THE_WARRANT_AGAINST.search(nxt.text)) and len(subj := _warrant_subjects(nxt, tw.end())) == 1:
            # "… unsealed a warrant for a Kenyan journalist.", then "… the warrant for A, who is accused of bribing
            # witnesses in the case of B and C": the one named after "the warrant for", not those his clause names
            named = subj
    # a new name is read from the warrant's own noun when the act comes after it ("the warrant against A B, issued in 2020,
    # was unsealed on Tuesday": the subject stands before the verb)
    nouns = [w.start() for w in WARRANT_NOUN.finditer(s[: wm.start()])]
    name_from = nouns[-1] if nouns else wm.start()
    if not named and not DESCRIBED.search(s[wm.start():]) and not _new_names(s[name_from:]):
        # "The Court unsealed an arrest warrant on Tuesday." "X is accused of …" / "It names X": the one person the next
        # sentence names as its subject, when this one names no one
        nxt = x.next_sentence()
        if nxt is not None and len({m.id for m in nxt.persons}) == 1 and not WARRANT.search(nxt.text) and \
                (NAMES_IT.search(nxt.text) or re.match(r"\W*(?:[\w'’.,-]+\s+){0,10}?(?:is|was|are|were|stands?|faces?)\s+(?:\w+\s+)?(?:accused|charged|wanted|suspected)\b", nxt.text)):
            named = [nxt.persons[0].id]
    # A person the record does not know, named in this very sentence after the warrant ("issued arrest warrants for
    # A B C"): the warrant's subject is here, not in the next sentence.
    # (Read only where it can matter: a sentence naming two known persons needs no other.)
    own_new = [n for n in (_without_demonym(n, x) for n in _new_names(s[name_from:])) if _plain_new_name(n, x)] if len(named) < 2 else []
    if not named and not own_new and (owner := POSSESSIVE_NAME.search(s[: wm.start() + 1])) and _plain_new_name(owner.group(1), x):
        own_new = [owner.group(1)]  # "A B's arrest warrant was unsealed on Tuesday": the warrant's owner, named before it
    if len(named) < 2 and not own_new and PLURAL_WARRANTS.search(s):
        # "issued arrest warrants for senior leaders." then the names in the next sentence
        nxt = x.next_sentence()
        if nxt is not None and not WARRANT.search(nxt.text) and nxt.persons:
            named = list(dict.fromkeys([*named, *(m.id for m in nxt.persons)]))
        elif not named:
            # "The three warrants are for: …" a paragraph or two later
            named = _listed_later(x)
    if not named and (re.search(r"\b(?:these|those|this|that|the two|both|the|its|their)\s+(?:\w+\s+)?warrants?\b",
                                s if kind == "warrant_unsealed" else s[wm.start():], re.I)
                      or (kind == "warrant_unsealed" and re.match(r"\W*(?:it|they)\s+(?:was|were|has been|have been)\b", s, re.I))):  # "The warrant was filed under seal …, but only now made public"
        # "… issued two arrest warrants under seal for A and B. … the Chamber unsealed these warrants today":
        # the persons of the warrants the sentences just before told
        named = _told_before(x)
    if not named and kind == "warrant_unsealed" and not own_new:
        # "made public a redacted version of a second arrest warrant …", then "… to issue the warrant against lawyer A and
        # B": the persons the next sentence names after "the warrant against"
        nxt = x.next_sentence()
        tw = THE_WARRANT_AGAINST.search(nxt.text) if nxt is not None else None
        if nxt is not None and tw:
            named = _warrant_subjects(nxt, tw.end())
    if not named and x.focus and re.search(r"\bwarrants?\s+(?:of arrest\s+)?(?:against|for)\s+(?:him|her|(?:his|her)\s+arrest)\b", s, re.I):
        named = [x.focus]  # "A sealed arrest warrant against him …", "issued a warrant for his arrest" (session 30): the person the
        # document is about
    if not named and not own_new:
        named = _listed_later(x)  # "… unsealed an additional arrest warrant today …", then "The arrest warrant is against Mr. …"
    ms = sorted((m for m in x.sent.persons if m.id in named and m.start - x.sent.start > wm.start()), key=lambda m: m.start)
    if len(named) > 1 and ms:
        # "against A, wife of current ICC suspect … B", "for A who is accused of working with B": the warrant's subject is
        # the one named right after its "for"/"against"/"of", not the other the clause tells of through them
        first = ms[0]
        head = s[wm.start(): first.start - x.sent.start]
        if re.search(r"\b(?:for|against|of)\s+(?:[\w'’.-]+\s+){0,3}$", head) and len(head) < 90:
            drop = {m.id for m in ms[1:] if m.id != first.id and SUBJECT_CLAUSE.search(s[first.end - x.sent.start: m.start - x.sent.start])}
            named = [p for p in named if p not in drop or any(m.id == p and m.start < first.start for m in ms)]
    counted = FOR_COUNT.search(s[wm.start():]) if not GROUP_COUNT.search(s[wm.start():]) else None
    if counted:
        # "has issued arrest warrants for two top suspects …", then one named in each of the next sentences
        want = NUMBER_WORDS.get(counted.group(1).lower()) or int(counted.group(1))
        for y in [y for y in x.sentences if y.start >= x.sent.end][:3]:
            if len(named) >= want:
                break
            named = list(dict.fromkeys([*named, *(m.id for m in y.persons if not only_related(y, m.id))]))
        if len(named) < want:
            # "… issued arrest warrants for three men …" and, after sentences of background, "The three wanted men — A, B and C
            # — served …": the persons of a later sentence that tells the group again by its number
            again = re.compile(rf"\b(?:the|these|those)\s+{re.escape(counted.group(1))}\b", re.I)
            for y in [y for y in x.sentences if y.start >= x.sent.end][3:8]:
                if again.search(y.text) and y.persons:
                    named = list(dict.fromkeys([*named, *(m.id for m in y.persons if not only_related(y, m.id))]))
                    break
        if len(named) < want:
            # (session 40) "… issued under seal a warrant of arrest against five individuals", then, after sentences of background,
            # "Persons arrested pursuant to the current warrant of arrest are A, B, C and D": the persons of a later sentence that
            # refers back to that warrant, as many as the group counts
            for y in [y for y in x.sentences if y.start >= x.sent.end][3:8]:
                if len(named) >= want:
                    break
                if WARRANT_BACK.search(y.text) and y.persons:
                    more = [m.id for m in y.persons if not only_related(y, m.id) and m.id not in named]
                    if len(named) + len(more) <= want:
                        named = [*named, *dict.fromkeys(more)]
    group = GROUP_COUNT.search(s[wm.start():]) or GROUP_BARE.search(s[wm.start():])
    if group:
        # "issued a warrant of arrest for the four officials and Mr. Bemba": the four persons the sentences
        # just before named, when they named exactly that many
        word = next(g for g in group.groups() if g)
        count = 2 if word.lower() in ("both", "pair") else NUMBER_WORDS.get(word.lower()) or (int(word) if word.isdigit() else 0)
        earlier = [y for y in x.sentences if y.end <= x.sent.start][-3:]
        members = list(dict.fromkeys(m.id for y in earlier for m in y.persons if not only_related(y, m.id) and m.id not in named))
        if count and len(members) == count:
            named = [*members, *named]
    # an unsealing is dated by the date nearest its own verb ("issued on July 2 (and unsealed today)"), the verb and not the
    # warrant noun a match may open with ("the warrant against A, issued under seal in 2021, was made public on Monday")
    um = UNSEALED.search(s) if kind == "warrant_unsealed" else None
    anchor = um.start() + _act_offset(um.group()) if um else wm.start()
    if um and SUPPOSED_ACT.search(s[: anchor]):
        return True  # "the Court may unseal the warrant next month", "could be made public": an unsealing only spoken of
    if um and (_requested_act(s, anchor) or ACT_ASKED_BEFORE.search(s[max(0, anchor - 100): anchor])):
        return True  # "the Prosecutor urged the Chamber to unseal the warrant", "sought its unsealing": asked for, not done (session 29)
    when: tuple[str, str | None] | None = None
    if um and x.ref and re.search(r"\b(?:only\s+)?now\s+(?:been\s+)?$", s[max(0, um.start() - 20): um.start()], re.I):
        when = (x.ref.isoformat() if x.exact else x.ref.isoformat()[:7], None)  # "filed under seal in 2006, but only now made public"
    elif not find_dates(s, x.ref, x.exact) and not PRESENT.search(s) and x.ref:
        # "… today issued its first warrants …", then "The Chamber issued warrants of arrest for A and B": the day
        # the sentence before told, when it told the warrants without naming anyone
        prev = [y for y in x.sentences if y.end <= x.sent.start][-1:]
        if prev and (WARRANT.search(prev[0].text) or WARRANT_NOUN.search(prev[0].text)) and not prev[0].persons:
            told = [d for d in find_dates(prev[0].text, x.ref, x.exact) if abs((DateSpan.parse(d.date).first - x.ref).days) <= 31]
            if told:
                when = (told[0].date, told[0].end_date)
    if when is None and not um and x.ref and not find_dates(s, x.ref, x.exact):
        # (session 39, mnews126) "The ICC issued warrants for A and B. … The decision to issue warrants was made on June 24": the
        # day a sentence just after gives to the decision, when it names no one (a sentence naming persons tells another's)
        for y in [y for y in x.sentences if y.start >= x.sent.end][:3]:
            dm = WARRANT_DAY_LATER.search(y.text)
            if dm is None or y.persons:
                continue
            told = [d for d in find_dates(y.text[dm.end():], x.ref, x.exact) if d.start <= 30
                    and abs((DateSpan.parse(d.date).first - x.ref).days) <= 31]
            if told:
                when = (told[0].date, told[0].end_date)
            break
    if when is None and um and x.ref and not PRESENT.search(s) and \
            not [d for d in find_dates(s, x.ref, x.exact) if not (d.start > um.end() and re.search(r"\b(?:issued|ordered|dated|signed)\b", s[um.end(): d.start], re.I))]:
        # "The Court on Thursday made it public that A and B were arrested …" "Judges unsealed warrants against the two, to
        # reveal that they ordered their arrest on March 10": the day the sentence before gave to the making public
        prev = x.sentences_before(1)
        if prev and UNSEALED.search(prev[0].text):
            told = [d for d in find_dates(prev[0].text, x.ref, x.exact) if abs((DateSpan.parse(d.date).first - x.ref).days) <= 31]
            if told:
                when = (told[0].date, told[0].end_date)
    for p in named:
        x.emit(kind, x.sent, "rules:warrant", person=p, anchor=anchor, when=when)
    if not named:
        # Someone the record does not know yet: keep the name for the reviewer.
        for name in own_new:
            x.emit(kind, x.sent, "rules:warrant_new_person", person_name=name, anchor=anchor)
    return True


#: A modal or a future of intent right before the act: the unsealing is only spoken of ("may unseal", "could be made public",
#: "is expected to lift the seal"; not "decided to make public", "ordered it unsealed", which tell the act as done).
SUPPOSED_ACT = re.compile(r"\b(?:will|would|could|may|might|should|must|can|shall|(?:expected|set|due|likely|going|about|poised|preparing|"
                          r"ready|asked|urged|called on)\s+to)(?:\s+(?:not|soon|also|now|then|later|still|shortly|eventually|be|have|been|"
                          r"the\s+court|the\s+judges|(?:the\s+)?(?:icc|chamber)))*\s*$", re.I)


#: A request for an act: a verb or noun of asking, then, in the words after it, the act asked for in the infinitive ("to unseal",
#: "to be made public", "that it be unsealed") or as a noun ("the unsealing", "its lifting") (session 29); a refusal of it
#: reads the same ("refused to unseal the warrant", "declined to make it public": not done either; session 29, mvar1).
REQUEST_FOR_ACT = re.compile(
    r"\b(?:refus(?:ed|es|ing|e)|declin(?:ed|es|ing|e)|ask(?:ed|s|ing)?|urg(?:ed|es|ing|e)|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|call(?:ed|s|ing)?\s+(?:on|upon|for)|"
    r"demand(?:ed|s|ing)?|appl(?:ied|ies|ying|y|ication)|appeal(?:ed|s|ing)?|petition(?:ed|s|ing)?|press(?:ed|es|ing)|"
    r"push(?:ed|es|ing)\s+for|want(?:ed|s)?|motion|bid|plea)\b", re.I)
#: What stands right before the act's word when it is the thing asked for: "… to (be) ", "… be ", and before a noun of the act
#: ("the unsealing"), an article or possessive.
ASKED_FORM = re.compile(r"(?:\bto\s+(?:be\s+)?(?:\w+ly\s+)?|\bbe\s+(?:\w+ly\s+)?)$", re.I)
ASKED_NOUN = re.compile(r"\b(?:the|its|an?|their|his|her)\s+(?:\w+\s+)?$", re.I)
ACT_NOUN = re.compile(r"(?:unsealing|lifting|publication|release|disclosure)\b", re.I)
#: The request granted: the act is done ("granted the Prosecutor's request to unseal", "accepted the application").
GRANTED = re.compile(r"\b(?:grant(?:ed|s|ing)?|accept(?:ed|s|ing)?|approv(?:e|ed|es|ing)|allow(?:ed|s|ing)?|uph(?:old|eld|olds)|acced(?:e|ed|es))\b", re.I)


def _requested_act(s: str, anchor: int) -> bool:
    """True when the act at ``anchor`` is only asked for: a request ("asked", "urged", "sought", "a request") stands in the
    80 characters before it, with nothing between them that ends a clause, and the act is written as the thing asked for
    ("to unseal", "to be made public", "be unsealed", "the unsealing of"); not when the request was granted ("granted the
    request to unseal")."""
    before = s[max(0, anchor - 80): anchor]
    asks = list(REQUEST_FOR_ACT.finditer(before))
    if not asks:
        return False
    tail = before[asks[-1].end():]
    if re.search(r"[;:]|\band\s+(?!to\b)\w+(?:ed|s)\b", tail, re.I):
        return False  # "granted the request and unsealed …": the act is another clause's
    if GRANTED.search(s[max(0, anchor - 120): asks[-1].start() + max(0, anchor - 80)]):
        return False
    return bool(ASKED_FORM.search(before) or (ACT_NOUN.match(s, anchor) and ASKED_NOUN.search(before)))


#: A reporting verb and the time it gives, just before "that" (session 39, mnews126): "announced on March 17 that", "said on
#: Friday that", "announced Friday that". The "that" opens the reported clause, as after "announced" alone (BACKGROUND_WARRANT's
#: lookbehinds), not a relative clause recalling a warrant ("a warrant that the court issued in 2023").
REPORTED_WITH_TIME = re.compile(r"\b(?:said|says|confirmed|confirms|announced|announces|stated|states|added|revealed|explained|noted|"
                                r"reported|declared|declares)\s+(?:(?:on|late|early|last|this|earlier)\s+)?(?:[\w,]+\s+){1,3}?$", re.I)

#: A word of time in the words after a reporting verb (a weekday, a month, a number, "today", "last week").
TIME_WORD = re.compile(r"\b(?:\w+day|today|yesterday|tonight|week|month|year|\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|march|"
                       r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", re.I)


def _background_warrant(s: str, end: int) -> re.Match[str] | None:
    """The first match of BACKGROUND_WARRANT in ``s[:end]`` that recalls a warrant: a "that … issued" after a reporting verb and
    its time ("The judges of the Court announced on March 17 that they had issued a warrant") is the report of the warrant, not
    its background, when the Court is named up to it (a State's own warrant reported so stays as before)."""
    for m in BACKGROUND_WARRANT.finditer(s[:end]):
        said = REPORTED_WITH_TIME.search(s[: m.start()]) if re.match(r"that\b", m.group(), re.I) else None
        if said and TIME_WORD.search(said.group()) and COURT_NAMED.search(s[: m.end()]):
            continue  # (the Court named as the one reporting or acting: "Turkey announced Friday that it had issued" is a State's)
        return m
    return None


def _act_offset(matched: str) -> int:
    """Where the act's verb begins in an unsealing's match (0 when the match opens with it)."""
    v = ACT_VERB.search(matched)
    return v.start() if v else 0


def _issue_as_grounds(s: str, wm: re.Match[str]) -> bool:
    """(session 45, mnews146) Whether the warrant's issue ``wm`` is told inside the grounds of an arrest the sentence tells, or
    right after the warrant's noun that ends them with no clause between ('è stato arrestato … all'aeroporto di Manila con un
    mandato d'arresto emesso dalla Corte penale internazionale', 'wurde mit einem vom IStGH erlassenen Haftbefehl festgenommen',
    "was arrested on Tuesday with an arrest warrant issued by the ICC"): the warrant is the arrest's background, as English
    "arrested on a warrant issued by the ICC" reads, not a warrant issued that day; the sentence goes to the arrest
    (``warrant_as_grounds``). An unsealing told so stays ("detained under a warrant made public today")."""
    for gm in GROUNDS.finditer(s):
        if gm.start() <= wm.start() < gm.end() or (gm.end() <= wm.start() <= gm.end() + 60 and not re.search(r"[,;:(]", s[gm.end(): wm.start()])):
            return True
    return False


def warrant_as_grounds(x: Ctx) -> bool:
    """Whether the sentence tells an arrest made on the warrant it names (the arrest is news of its own)."""
    return bool(GROUNDS.search(x.s))


#: A finding recalled as past, in the passive and with no agent's act of the day: "Recently, Uganda and Djibouti were held in
#: non-compliance", "had previously been found in non-compliance" (background, not the document's news).
RECALLED_FINDING = re.compile(r"\b(?:recently|previously|earlier|already|in\s+the\s+past)\b,?\s+(?:[^.;]{0,60}?\s)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                              r"(?:held|found|declared|deemed)\s+(?:to\s+be\s+)?(?:in\s+)?non-?complian|"
                              r"\b(?:was|were|had|have|has)\s+(?:recently|previously|earlier|already)\s+(?:been\s+)?(?:held|found|declared|deemed)\s+(?:to\s+be\s+)?(?:in\s+)?non-?complian", re.I)


def noncompliance(x: Ctx) -> None:
    """A Chamber's finding that a State failed to cooperate, stated as made; sets ``x.nc``."""
    s = x.s
    nc = NONCOMPLIANCE.search(s)
    if nc and (not FINDING.search(s) or re.search(r"\bwhether\b", s[: nc.start()], re.I)):
        nc = None  # proceedings, a request to explain, a hearing on "whether it failed": no finding yet
    if nc and all(FINDING_ASKED.search(s[max(0, m.start() - 80): m.start()]) for m in FINDING.finditer(s)):
        nc = None  # "The prosecutor asked the judges to find Mongolia in non-compliance": the finding asked for, not made (s29)
    if nc and all(FINDING_SUPPOSED.search(s[max(0, m.start() - 40): m.start()]) for m in FINDING.finditer(s)):
        nc = None  # (session 46, mnews151) "The Court could find that Mongolia failed to comply": a finding only supposed
    referral = None
    if nc is None:
        # "has reported Zambia and Malawi to the UN Security Council", "said it was referring Kenya to the Security
        # Council": a State referred for its failure, told by the referral itself (not one asked for, weighed or to come)
        referral = STATE_REFERRED.search(s)
        if referral and REFERRAL_NOT_MADE.search(s[max(0, referral.start() - 40): referral.start()]):
            referral = None
        nc = referral
    x.nc = nc
    if not (nc and CHAMBER.search(s)):
        return
    if RECALLED_FINDING.search(s):
        return  # "Recently, Uganda and Djibouti were held in non-compliance": a past finding recalled, not the day's
    forum = None
    window = " ".join(y.text for y in x.sentences if x.sent.start <= y.start <= x.sent.start + 600).lower()
    asp, unsc = ASSEMBLY.search(window), COUNCIL.search(window)
    if re.search(r"\b(not to refer|did not refer|no referral|declined to refer|without (?:a )?referral|decided not to refer|deferred)\b", window):
        forum = "none"
    elif asp and unsc:
        forum = "ASP+UNSC"
    elif asp:
        forum = "ASP"
    elif unsc:
        forum = "UNSC"
    # the Chamber's act is the anchor, a referral of a State among them ("on Monday referred Malawi … for failing to arrest X when
    # he visited the country in October": the day is the referral's, not the failure's)
    # (the referral's verb only when it refers a State to a forum: "Reuters reported" is no act of the Chamber's)
    anchor = pos(FINDING_ACT.search(s)) or pos(STATE_REFERRED.search(s)) or nc.start()
    states = [c for c in x.states if c not in x.spec.lexicon["situation_states"] or len(x.states) == 1]
    # "the Republics of Uganda and Djibouti had failed to comply": every State named before the failure
    before = [c for m in x.sent.states if m.start - x.sent.start < nc.start() and not is_demonym(m, x.spec)
              for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in states]
    if len(set(before)) > 1:
        # (session 40, mleft29) a State named as the title of the person just after it ('en ne procédant pas à l'arrestation du
        # président de la Fédération de Russie, X, la Mongolie a manqué …', 'non arrestando il presidente della Russia X, la
        # Mongolia …', 'ao não prender o presidente da Rússia, X, a Mongólia descumpriu …'): the person's own State, carried by
        # the leading clause's object, not a failing State (kept when it is the only State named)
        titled = {c for m in x.sent.states if m.start - x.sent.start < nc.start()
                  for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c
                  and any(c in x.spec.nationality.get(p.id, []) and 0 <= p.start - m.end <= 3
                          and re.fullmatch(r"[\s,]*", s[m.end - x.sent.start: p.start - x.sent.start]) for p in x.sent.persons)}
        before = [c for c in before if c not in titled] or before
    if not before and not referral:
        # (session 40, mnews130) the failure told first in a leading clause whose subject is the main clause's ('by failing to
        # arrest Russia's President X while he was on its territory, Mongolia has failed to comply with the Court's request',
        # 'al no arrestar al presidente de Rusia, X, …, Mongolia no cumplió con la solicitud'): the State is the one named
        # nearest before a later failure of the same sentence, not the first State, which the leading clause's object carries
        for later in NONCOMPLIANCE.finditer(s, nc.end()):
            named = [(m.start, c) for m in x.sent.states if nc.end() <= m.start - x.sent.start < later.start() and not is_demonym(m, x.spec)
                     for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in states]
            if named:
                before = [max(named)[1]]
                break
    if not before and not referral:
        # (session 39, mnews128) a failure whose State is named by no State's name in its own clause ('A stabilirlo è stata la
        # camera preliminare I della Cpi, che ha rilevato come Roma non abbia eseguito … la richiesta di arresto … del generale
        # libico X', the capital standing for the State) right after a sentence that tells that failure of a State by name
        # ("L'Italia non ha adempiuto ai propri obblighi"): that State, not a demonym the failure's object carries
        i = next((j for j, y in enumerate(x.sentences) if y.start == x.sent.start), 0)
        prev = x.sentences[i - 1] if i > 0 else None
        pm = NONCOMPLIANCE.search(prev.text) if prev is not None else None
        if prev is not None and pm is not None:
            before = [c for m in prev.states if m.start - prev.start < pm.start() and not is_demonym(m, x.spec)
                      for c in [_resolve_state(m, prev.text, x.text, x.spec)[0]] if c]
    if referral:  # the States referred are the verb's objects, between it and the forum
        before = [c for m in x.sent.states if referral.start() < m.start - x.sent.start < referral.end() and not is_demonym(m, x.spec)
                  for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in states]
        if not before:
            return
    when = _finding_day(x, anchor)
    hosts: list[str | None] = [*dict.fromkeys(before)] or [*states[:1]] or [None]
    for st in hosts:
        x.emit("noncompliance_finding", x.sent, "rules:noncompliance", person=x.persons[0] if x.persons else None, state=st, forum=forum, anchor=anchor,
               when=when)




def _finding_day(x: Ctx, anchor: int | None = None) -> tuple[str | None, str | None] | None:
    """The day of a finding whose sentence gives none of its own (a trip's day in the failure's clause is the trip's: "for
    failing to arrest X when he visited Budapest in April"): the day a sentence near it gives the Court's act, within a
    fortnight before the document's date ("In a filing released late Thursday"); None (the usual reading) otherwise."""
    if x.ref is None:
        return None
    # (session 39) a date in the failure's own clause ("for not arresting X in 2017") is the failure's time: the finding's is the
    # sentence's other date ("On Monday the Chamber found that Jordan failed to arrest X in March 2017"), else, with no day of the
    # Court's act near, none of its own (not the failure's year; the lead's present may give the page's day)
    failure_only = any(_failure_time(d, _failure_spans(x.s), x) for d in find_dates(x.s, x.ref, x.exact))
    if off := _dates_off_trip(x.s, x):
        if not failure_only:
            return None
        # the other date nearest the Court's act, one after it preferred (as the usual reading weighs them), never a dateline's
        dl = DATELINE.match(x.s)
        off = [d for d in off if not (dl and d.start < dl.end())] or off
        best = min(off, key=lambda d: abs(d.start - anchor) + (0 if d.start >= anchor else 15)) if anchor is not None else off[0]
        return (best.date, best.end_date)
    i = x.sentences.index(x.sent)
    for y in [*x.sentences[i + 1: i + 6], *x.sentences[max(0, i - 2): i]]:
        if not COURT_ACT_DAY.search(y.text):
            continue
        for d in _dates_off_trip(y.text, x):
            first = DateSpan.parse(d.date).first
            if 0 <= (x.ref - first).days <= 14 or (not x.exact and d.date[:7] == x.ref.isoformat()[:7]):
                return (d.date, d.end_date)
    # (session 40, mnews130) nor a date the trip's own clause gives ('… Putin während seines Besuchs Anfang September … nicht
    # festgenommen zu haben', "for not arresting X during his visit in early September"): the trip's time, no day of the finding
    trips = [(m.start(), m.end() + 60) for m in DURING_TRIP.finditer(x.s)]
    trip_only = any(any(a <= d.start <= b for a, b in trips) for d in find_dates(x.s, x.ref, x.exact))
    return (None, None) if failure_only or trip_only else None


def _dates_off_trip(text: str, x: Ctx) -> list[Found]:
    """The dates of ``text`` but those of a trip's clause ("during a visit to the country from April 2 to 6") and (session 39)
    those of a failure's own clause ("for not arresting X in 2017 when he attended …": ``_failure_spans``)."""
    trips = [(m.start(), m.end() + 60) for m in DURING_TRIP.finditer(text)]
    failures = _failure_spans(text)
    return [d for d in find_dates(text, x.ref, x.exact) if not any(a <= d.start <= b for a, b in trips) and not _failure_time(d, failures, x)]


def _failure_time(d: Found, spans: list[tuple[int, int]], x: Ctx) -> bool:
    """(session 39) Whether the date ``d`` is a failure's own time: told in its clause (``_failure_spans``) and more than a month
    before the document (a finding comes months after the failure: "for not arresting X in 2017" in a page of May 2019); a day
    near the page's is the Court's act's, told at the clause's end ('remitió a Mongolia … por no detener a X el lunes')."""
    if not any(a <= d.start <= b for a, b in spans):
        return False
    return x.ref is None or DateSpan.parse(d.date).last < x.ref - dt.timedelta(days=31)


def _failure_spans(text: str) -> list[tuple[int, int]]:
    """(session 39) The clauses of failures told as the State's act ("upheld a reprimand of Jordan for not arresting X in 2017
    when he attended …", "found that Jordan failed to arrest X in March 2017", 'non ha rispettato i suoi obblighi nel 2017'):
    from the failure's words to the clause's end (a comma, a semicolon or a colon) or to a finding's verb after them. A date
    there is the failure's time, not the finding's. Not a failure told by its noun ("issued a finding of non-compliance on 6
    July 2017", ``FAILURE_NOUN``)."""
    spans = []
    for m in NONCOMPLIANCE.finditer(text):
        if FAILURE_NOUN.match(m.group(0)):
            continue
        brk = re.search(r"[,;:]", text[m.end():])
        stop = m.end() + brk.start() if brk else len(text)
        if (f := FINDING.search(text, m.end(), stop)) is not None:
            stop = f.start()
        spans.append((m.end(), stop))
    return spans
