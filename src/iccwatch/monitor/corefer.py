"""Events across sentences (session 14): who a pronoun or a title stands for, and the place or date an event takes from the
sentence next to it when its own sentence gives none.

One rule for every document: a pronoun ("he", "him", "she") or a title ("the former president", "the 79-year-old") anywhere
in a sentence that names no one stands for the last person the document named, when that mention is in the same paragraph
(or the sentence just before) and no other person's name stands between them (a name the record does not hold counts:
"met his lawyer Salvador Panelo … Hours later, he was arrested" is no telling who). The sentence the person came from is
the event's *back* sentence: it is kept in the candidate's support, and an arrest, surrender or visit told without a date
takes the back sentence's date ("returned on Tuesday. Hours later, he was arrested"), not when the sentence puts days
between them ("Days later"); an arrest or surrender told without a place takes the one State the back sentence brings the
person to ("landed in Manila … Police arrested him at the airport"). Cancellations and denials anywhere in the document
are applied by the assembly (assemble._assemble) to the trip they name."""

from __future__ import annotations

import re

from iccwatch.monitor.gazetteer import TITLES, normalise
from iccwatch.monitor.lexicon import ARRIVAL_PAST, ARRIVAL_SEQUENCE, REFER, SEQUENCE
from iccwatch.monitor.mentions import (
    NAME_RUN,
    SENTENCE_OPENERS,
    Mention,
    Sentence,
)

#: Time between two sentences that is more than the same day.
DAYS_APART = re.compile(r"\b(?:days?|weeks?|months?|years?|a day|the next day|the following (?:day|week|month)|next (?:day|week|month))\s+"
                        r"(?:later|after(?:wards)?)\b|\b(?:the next|the following) (?:day|morning|week|month)\b", re.I)
#: Words of institutions, places and titles in a capitalised run: no person's name ("International Criminal Court",
#: "Security Council", "Manila Airport").
INSTITUTION = frozenset(
    "court criminal international council union nations united ministry office agency airport house palace police army forces "
    "government assembly party news times post press tribune radio tv television summit square university committee commission "
    "chamber chambers republic kingdom states federal national foreign affairs justice security human rights watch amnesty "
    "department embassy parliament senate congress prosecutor registry statute rome african european arab league organisation "
    "organization association institute centre center foundation hospital base station hotel city province region".split())


def _paragraph_break(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"\n\s*\n", text[a:b]))


#: The lower-case particles a name's run may hold ("Ali al Bashir", "Ag Ghaly"), which are no name's word on their own.
NAME_PARTICLES = frozenset({"al", "el", "ag"})


def other_name_between(text: str, a: int, b: int, mentions: list[Mention], titles: frozenset[str] = frozenset(TITLES)) -> bool:
    """True when a run of two or more capitalised words between offsets ``a`` and ``b`` reads as a person's name the
    document's mentions do not account for (a State, a place, an institution or a sentence opener is none)."""
    for run in NAME_RUN.finditer(text, a, b):
        inside = [m for m in mentions if m.start < run.end() and run.start() < m.end]
        if any(m.kind in ("PERSON", "SURNAME") for m in inside):
            continue  # a person the record knows: the sentences' persons tell whether it is another
        # the words no mention accounts for ("Salvador" read as a State in "his lawyer Salvador Panelo" leaves "Panelo")
        # (session 32: a lower-case particle the run takes after a place is no word of a name: "Llegó a Ulán Bator el martes")
        free = [w for w in re.finditer(r"[\w'’]+", run.group(0))
                if not any(m.start <= run.start() + w.start() < m.end for m in inside) and not (inside and w.group(0) in NAME_PARTICLES)]
        if not free:
            continue
        words = [normalise(w) for w in re.split(r"[\s-]+", run.group(0)) if w]
        if re.search(r"(?:^|[.!?:\n][\"'”’)]?)\s*[\"'“‘(]?$", text[max(0, run.start() - 4): run.start()]):
            words = words[1:]  # a sentence's first word is capitalised whatever it is
        while words and (words[0] in titles or words[0] in SENTENCE_OPENERS or words[0].rstrip(".") in titles):
            words = words[1:]
        words = [w for w in words if w not in NAME_PARTICLES]
        if len(words) >= 2 and not any(w in INSTITUTION for w in words):
            return True
    return False


#: A relative of the other sex named by kinship ("his wife, Sara", "Netanyahu's daughter", "her husband"): the pronoun of that
#: sex after it ("She traveled to the U.S. on November 27") stands for the relative, not for the person whose relative it is.
RELATIVE_OF = {
    "she": re.compile(r"(?:\bhis|['’]s)\s+(?:(?:late|former|eldest|youngest|elder|younger)\s+)?(?:wife|daughter|mother|sister|widow|fianc[ée]e|"
                      r"granddaughter|daughter-in-law|sister-in-law|mother-in-law)\b", re.I),
    "he": re.compile(r"(?:\bher|['’]s)\s+(?:(?:late|former|eldest|youngest|elder|younger)\s+)?(?:husband|son|father|brother|widower|fianc[ée]|"
                     r"grandson|son-in-law|brother-in-law|father-in-law)\b", re.I),
}


def _relative_between(text: str, a: int, b: int, pronoun: str) -> bool:
    """True when a relative of the pronoun's sex is named by kinship between offsets ``a`` and ``b`` (see RELATIVE_OF)."""
    kin = RELATIVE_OF.get({"him": "he", "his": "he", "her": "she", "hers": "she"}.get(pronoun.lower(), pronoun.lower()))
    return bool(kin and kin.search(text, a, b))


def means_relative(text: str, mentions: list[Mention], focus: str, at: int, pronoun: str) -> bool:
    """True when a pronoun at offset ``at`` ("She traveled to the U.S. …") follows a relative of its sex named by kinship
    after the last mention of ``focus`` ("Netanyahu … his wife, Sara, will return …"): it stands for the relative."""
    ends = [m.end for m in mentions if m.id == focus and m.end <= at]
    return bool(ends) and _relative_between(text, max(ends), at, pronoun)


def refers_back(text: str, sentences: list[Sentence], i: int, focus: str, mentions: list[Mention],
                titles: frozenset[str] = frozenset(TITLES), refer: re.Pattern[str] = REFER) -> Sentence | None:
    """The sentence whose mention of ``focus`` a pronoun or title in sentence ``i`` stands for, or None: the last
    sentence before ``i`` that names ``focus``, in the same paragraph or just before, with no other person named between
    (``refer``: what in sentence ``i`` stands for the person; ``ACT_OPENING`` for the act told before, named by its noun)."""
    sent = sentences[i]
    pm = refer.search(sent.text)
    if pm is None or sent.persons or sent.others:
        return None
    for j in range(i - 1, -1, -1):
        prev = sentences[j]
        if prev.others:
            return None
        named = [m for m in prev.persons if m.id == focus]
        if prev.persons and not named:
            return None  # a second person between
        if named:
            if j != i - 1 and _paragraph_break(text, prev.end, sent.start):
                return None
            if other_name_between(text, max(m.end for m in named), sent.start + pm.start(), mentions, titles):
                return None
            if _relative_between(text, max(m.end for m in named), sent.start + pm.start(), pm.group(0)):
                return None
            return prev
        if _paragraph_break(text, prev.start, sent.start) and j != i - 1:
            return None
    return None


def back_for_sequence(sentences: list[Sentence], i: int, persons: list[str], text: str = "") -> Sentence | None:
    """The sentence before ``i`` when ``i`` opens with a time that ties it to it ("Hours later, police arrested X") and
    that sentence names the same person: the event rests on both. (session 35) An opening that names the arrival it follows
    ("On landing,", 'Dopo essere atterrato,', ``ARRIVAL_SEQUENCE``) rests on the arrival the document told last of the
    person (``arrival_before``), which may be a sentence or a paragraph before."""
    if i == 0:
        return None
    if ARRIVAL_SEQUENCE.search(sentences[i].text) and (back := arrival_before(sentences, i, persons, text)) is not None:
        return back
    if not sequence_opening(sentences[i].text):
        return None
    prev = sentences[i - 1]
    return prev if any(m.id in persons for m in prev.persons) else None


def sequence_opening(s: str) -> bool:
    """True when ``s`` opens with a time that ties it to what was told before (``SEQUENCE``, ``ARRIVAL_SEQUENCE``)."""
    return bool(SEQUENCE.search(s) or ARRIVAL_SEQUENCE.search(s))


#: How far back an arrival an opening follows may be told: sentences (each naming the person alone, or no one) and paragraph
#: breaks (the paragraph before, at most).
ARRIVAL_BACK_SENTENCES = 3
ARRIVAL_BACK_PARAGRAPHS = 1


def arrival_before(sentences: list[Sentence], i: int, persons: list[str], text: str = "") -> Sentence | None:
    """(session 35) The last sentence before ``i`` that tells an arrival (``ARRIVAL_PAST``) of one of ``persons``, within
    ``ARRIVAL_BACK_SENTENCES`` sentences and the paragraph before; None when a sentence between names another person (the
    arrival is not surely the one this sentence follows: "X landed on Wednesday. Y spoke to reporters. On landing, X …")."""
    breaks = 0
    for j in range(i - 1, max(-1, i - 1 - ARRIVAL_BACK_SENTENCES), -1):
        prev = sentences[j]
        if text and re.search(r"\n\s*\n", text[prev.end: sentences[j + 1].start]):
            breaks += 1
            if breaks > ARRIVAL_BACK_PARAGRAPHS:
                return None
        if prev.others or any(m.id not in persons for m in prev.persons):
            return None
        if prev.persons and ARRIVAL_PAST.search(prev.text):
            return prev
    return None


def days_apart(s: str) -> bool:
    return bool(DAYS_APART.search(s))
