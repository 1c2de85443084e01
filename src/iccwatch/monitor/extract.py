"""From one document to candidate facts, each with its evidence (sentence and character offsets), a
confidence, and the method and model version that produced it. A pure function of the document and
the gazetteer spec: the same input always gives the same candidates, on any worker.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from iccwatch.model import parse_partial_date
from iccwatch.monitor.dates import FUTURE, find_dates
from iccwatch.monitor.documents import Document
from iccwatch.monitor.gazetteer import MODEL_VERSION, TITLES, Spec, normalise, pipeline

TYPES = ("visit", "planned_visit", "arrest", "surrender", "refusal", "warrant_issued", "warrant_unsealed",
         "noncompliance_finding", "withdrawal_announced", "withdrawal_notified", "joint_statement")


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sentence: str
    start: int
    end: int


class Candidate(BaseModel):
    """A fact the monitor proposes; nothing reaches the record until a person accepts it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    document: str
    type: str
    person: str | None = None
    #: A name the text gives for someone not (yet) in the record, e.g. the subject of a new warrant.
    person_name: str | None = None
    state: str | None = None
    date: str | None = None
    end_date: str | None = None
    forum: str | None = None
    signatories: list[str] = []
    drafters: list[str] = []
    announced_count: int | None = None
    partial: bool | None = None
    ambiguous: list[str] = []
    #: Legal citations in the evidence sentence, in canonical form ("RS art 87(7)", "Rule 195").
    citations: list[str] = []
    evidence: Evidence
    #: Every other sentence the candidate rests on (its date, its place, its names in another sentence).
    support: list[Evidence] = []
    #: "primary" when the document is an official one read as such (the Court's press release or filing,
    #: a UN depositary notification, an Assembly document), else "secondary".
    source_kind: str | None = None
    #: The kind of official document (monitor/official.py), when it is one.
    official: str | None = None
    confidence: float
    method: str
    model_version: str = MODEL_VERSION


@dataclass
class Mention:
    kind: str  # PERSON, STATE, PLACE, DEMONYM, AMBIGUOUS, SURNAME, ICC
    id: str
    text: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    persons: list[Mention] = field(default_factory=list)
    states: list[Mention] = field(default_factory=list)
    #: Namesakes: a surname the record knows, borne here by someone else ("Sara Duterte", then "Duterte").
    others: list[Mention] = field(default_factory=list)
    icc: bool = False


# --------------------------------------------------------------------------------------- lexicon

R = lambda p: re.compile(p, re.I)  # noqa: E731
DENIAL = R(r"\b(denied|denies|deny|no plans?|not (?:travel|attend|go|visit|be attending)|will not (?:travel|attend|go|visit)|won't (?:travel|attend|go)|"
           r"cancel+ed|cancels|called off|shelved|postponed|by video|video ?link|virtually|remotely|skip(?:ped|s)?|stayed away|"
           r"did not attend|would not attend|decided against|rumou?rs?|speculation|hypothetical|if he (?:were|was) to|unconfirmed)\b")
ARRIVAL_PAST = R(r"\b(arrived|arriving|arrives|is visiting|are visiting|is on an? (?:\w+ )?(?:state |official |working )?visit|in attendance|"
                 r"(?:presence|appearance|attendance) of|began an? (?:\w+ )?visit|started an? (?:\w+ )?visit|embarked on|landed|touched down|visited|was in|were in|flew (?:in)?to|flew on to|flew out of|travell?ed to|attended|held talks|"
                 r"met with|met his|met the|stayed in|was received|was welcomed|was greeted|greeted|addressed|wrapped up|spent|toured|paid a visit|"
                 r"on a visit|(?:state|official|working) visit|during (?:his|her) (?:visit|trip|stay)|(?:his|her) (?:visit|trip) to|left|departed|"
                 r"spoke at|inspect\w*|stopped in|stopover in|appeared (?:at|in))\b|['’]s (?:visit|trip|stay) (?:to|in)\b")
ARRIVAL = R(r"\b(arrived|arrives|arriving|landed|lands|landing|touched down|visited|visiting|was in|is in|were in|flew (?:in)?to|flown to|"
            r"travell?ed to|attended|attending|held talks|met with|met his|met the|stayed in|spent .{0,20} in|"
            r"(?:state|official|working) visit|on a visit|visit to|trip to|was received|was welcomed|welcomed|hosted|hosts|hosting|summit in)\b")
TRAVEL_FUTURE = R(r"\b(will (?:visit|travel|fly|go|attend|be in|meet|hold talks|arrive)|would (?:visit|travel|fly|attend|meet)|"
                  r"(?:is|are) (?:due|expected|set|scheduled|planning|to) (?:to )?(?:visit|travel|fly|attend|arrive|be|meet)|"
                  r"plans? to (?:visit|travel|attend)|invited .{0,60}(?:visit|attend|summit)|to visit|to travel|to attend|next (?:week|month)|"
                  r"upcoming (?:visit|trip)|planned (?:visit|trip)|agreed to meet|"
                  r"(?:expected|agreed|plans?|planning|set|due|scheduled|preparing|ready|going) to (?:meet|hold talks|travel|visit|attend|go|enter)|"
                  r"will host (?:a |the )?(?:\w+ )?(?:meeting|summit|talks) (?:between|with)|can (?:safely )?enter|ensure (?:that )?\w+ (?:can )?enters?)\b")
ARREST = R(r"\b(arrested|detained|taken into custody|apprehended|was held by|seized by)\b")
#: Being held, not being arrested: "remains detained", "has been detained since", "detained at the ICC".
DETENTION_STATE = R(r"\b(?:remains?|remained|still|kept|being|is|are|been)\s+(?:\w+\s+)?detained\b|\bdetained\s+(?:\w+\s+){0,6}?since\b|"
                    r"\bdetained (?:by|at|in) (?:the )?(?:icc|international criminal court|court'?s?|detention)")
ARREST_NOT = R(r"\b(not (?:be )?arrested|without being arrested|failed to arrest|did not arrest|no attempt to arrest|refus\w* to arrest|"
               r"will not arrest|would not arrest|warrant for (?:his|her|their) arrest|arrest warrants?|to arrest|calls? to arrest|urged .{0,40} arrest)\b")
SURRENDER = R(r"\b(surrendered|surrenders|handed (?:\w+ )?over to (?:the )?(?:icc|court|international criminal court)|"
              r"transferred to (?:the )?(?:icc|court|hague|international criminal court)|into (?:the )?(?:icc|court'?s?|icc's) custody|"
              r"in (?:icc|the court's) custody|entered (?:the )?(?:icc|court'?s?)? ?custody|detention (?:centre|center) in the hague|"
              r"flown to the hague|turned himself in|gave himself up)\b")
REFUSAL = R(r"\b((?:will|would|could|can|did)(?: not|n't) (?:arrest|detain|execute|enforce|hand \w+ over|act on)|not (?:arrest|detain)|refus\w* to (?:arrest|detain|execute)|"
            r"no intention of (?:arresting|detaining)|without being (?:arrested|detained)|safe passage|(?:will|would) not be (?:arrested|detained|enforced|executed)|"
            r"cannot (?:arrest|detain)|need not arrest|not obliged to arrest|no obligation to arrest|enjoy\w* immunity|immunity .{0,40}(?:could|can)(?: not|n't) (?:detain|arrest)|"
            r"ignore the warrant|not be enforced)\b")
PLEDGE = R(r"\b(would arrest|will arrest|would be arrested|will be arrested|obliged to arrest|must arrest|would execute|will execute)\b")
WARRANT = R(r"\b(?:issued|issues|issuing)\s+(?:[\w-]+\s+){0,3}?warrants?\b|"
            r"\bwarrants?\b[^.]{0,60}\b(?:was|were|has been|have been|had been)\s+issued\b")
BACKGROUND_WARRANT = R(r"\b(since|after|because of|despite|under|over|wanted under|subject to|named in|earlier)\b[^.]{0,50}\b(?:issued|warrants?)\b|"
                       r"\b(?:which|that|who)\s+(?:[\w-]+\s+){0,3}?(?:issued|issues)\b|\bwhether to issue\b")
UNSEALED = R(r"\bunseal\w*|\b(?:made|making) (?:it |them |the warrants? )?public\b")
APPLICATION = R(r"\b(appl(?:y|ied|ies|ication)|request(?:ed|s)? (?:arrest )?warrants?|seek(?:s|ing)? (?:an? )?(?:arrest )?warrants?|asked the judges)\b")
NEW_NAME = re.compile(r"\b(?:for|against)\s+(?:[a-z]+\s+){0,4}?((?:[A-Z][a-zà-ÿ'’\-]+\s+){1,4}[A-Z][a-zà-ÿ'’\-]+)")
DOMESTIC = R(r"\b(high court|national court|domestic court|magistrate|provisional warrant|interpol)\b")
NONCOMPLIANCE = R(r"\b(failed to comply|non-?compliance|non-?cooperation|fail(?:ed|ing|ure) to (?:arrest|cooperate|comply|surrender|meet its obligations|fulfil+ its obligations)|"
                  r"did not comply|breached its obligations)\b")
CHAMBER = R(r"\b(chamber|judges|the court|icc|international criminal court)\b")
WITHDRAW = R(r"\b(withdraw\w*|leave|leaving|quit\w*|exit\w*|pull\w* out|repeal\w*)\b")
STATUTE = R(r"\b(rome statute|icc|international criminal court|the court|ratification)\b")
NOTIFIED = R(r"\b(deposited|lodged|submitted|handed|delivered|sent|transmitted|served|presented)\b[^.]{0,80}\b(notification|notice|instrument|note verbale|letter)\b|"
             r"\b(?:formally |officially )?(?:informed|notified) the (?:un|united nations)(?: secretary[- ]general)?\b|\bserved notice\b|"
             r"\bformally notified\b|\bnotif\w+ (?:the )?(?:un|united nations) secretary-general\b")
REVOKE = R(r"\b(revok\w+|rescind\w*|revers\w+|withdrew its (?:notification|notice)|abandon\w*)\b")
JOINT = R(r"\bjoint statement\b")
NGO = R(r"\b(ngos?|non-governmental|civil society|organi[sz]ations|rights groups)\b")
AGAINST = R(r"\b((?:statement|declaration|letter)s? (?:\w+ ){0,3}against the (?:icc|court)|condemn\w* the (?:icc|court))\b")
DRAFTERS = R(r"\b(drafted|initiated|led|coordinated|sponsored|put forward) by\b")
PRONOUN = R(r"^(?:\W*)(he|she|his|the (?:russian|israeli|sudanese|former|ex|philippine|libyan|afghan)\b|the (?:president|leader|prime minister|general|suspect))\b")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
COUNT = R(r"\b(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:icc\s+)?(?:states|countries|governments|states parties|member states|"
          r"ministers|nations|member nations|parties|un member states|signatories)\b")
#: What a statement of support says; a joint statement without it (a joint withdrawal, a joint protest) is not one.
SUPPORT = R(r"\b(support\w*|reaffirm\w*|backing|back(?:s|ed)?|defen[cs]e of|defend\w*|solidarity|commitment|uphold\w*|independence)\b")
#: A Chamber's finding stated as made.
FINDING = R(r"\b(found|finds|find|ruled|rules|decided|decides|concluded|recogni[sz]\w*|held|holds|determined|believes|referred|refers|"
            r"reprimand\w*|non-?compliance finding)\b")
#: Verbs whose object is the visitor ("Orban welcomed Netanyahu", "the presence of Bashir").
HOSTING = R(r"\b(welcom\w*|received|greeted|hosted|hosts|hosting|met|(?:presence|appearance|attendance|visit|arrival) of|attended by)\b")
#: A trip only supposed: "if he sets foot", "should he travel", "were he to attend".
HYPOTHETICAL_TRIP = R(r"\bif (?:he|she|they|\w+) (?:\w+ )?(?:sets? foot|enters?|travels?|comes?|visits?|lands?|leaves?|attends?|went|were to)\b|"
                      r"\bshould (?:he|she|they) (?:\w+ )?(?:travel|visit|attend|come|set foot|enter)\b|\bwere (?:he|she|they) to\b")
#: An event only spoken of: a condition, a possibility, an obligation, a question.
HYPOTHETICAL = R(r"\b(?:if|whether|unless|should|could|would|might|may|must|risks?|faces?|facing|obliged to|required to|expected to|"
                 r"legally required to|obligated to|can|cannot|to be|were (?:he|she) to)\b(?:\s+[\w'’-]+){0,3}\s*$")
#: Present tense and present perfect: news of the day, dated by the document when no date is given.
PRESENT = R(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|wn|ld|nt|ght)\b|"
            r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:visiting|in|on|attending|here|being|now)\b|\b(?:arrives|visits|issues|announces|finds|rules|lands)\b")
#: Refusals the older pattern missed: "promised not to arrest", "will ensure that he can enter".
REFUSAL_MORE = R(r"\bnot to (?:arrest|detain|execute|enforce)\b|\bensure (?:that )?(?:he|she|\w+) (?:can )?(?:safely )?(?:enters?|leaves?|returns?)\b|"
                 r"\b(?:guarantee|assurance)s? (?:of |that )?(?:his |her )?(?:safety|not (?:to )?be(?:ing)? arrested|safe passage)")


#: Capitalised words that open sentences without being first names ("Yesterday Duterte said").
SENTENCE_OPENERS = {"yesterday", "today", "on", "in", "when", "after", "before", "but", "and", "meanwhile", "later", "then", "while",
                    "as", "if", "although", "since", "where", "there", "here", "now", "also", "however", "still", "instead"}
INSTRUMENT_WORDS = {"statute", "convention", "conventions", "agreement", "protocol", "protocols", "declaration", "amendments",
                    "review", "principles", "accords", "accord", "process"}
#: Words after a State's name that make it an adjective ("US President"), not a destination.
ADJECTIVAL = {"president", "prime", "minister", "ministry", "foreign", "government", "forces", "officials", "authorities", "army", "police",
              "troops", "leader", "leaders", "embassy", "ambassador", "counterpart", "delegation", "war", "military", "parliament", "court"}


CONFLICT_BEFORE = R(r"\b(war|wars|invasion|invaded|conflict|crisis|offensive|fighting|attacks?|aggression|peace|occupation|crimes|atrocities|"
                    r"violence|situation|deportation|children)\s+(?:\w+\s+)?(?:in|of|on|against|from)\s+(?:the\s+)?$")


def _destinations(sent: Sentence, text: str, spec: Spec) -> list[str]:
    """States a sentence names as places someone is in or goes to (not "US President", not "from Russia")."""
    out: list[str] = []
    for m in sent.states:
        before = text[max(sent.start, m.start - 30): m.start].lower()
        if m.kind == "DEMONYM":
            # "in the Mongolian capital": the State's capital is a place in it
            if re.match(r"\s+capital\b", text[m.end: m.end + 10]) and re.search(r"\b(in|to|at|reached)\s+the\s+$", before):
                code, _ = _resolve_state(m, sent.text, text, spec)
                if code and code not in out:
                    out.append(code)
            continue
        after = text[m.end: m.end + 20].lower().lstrip(" '’s").split(" ")[0:1]
        if re.search(r"\bfrom\s+(?:the\s+)?$", before) or (after and after[0] in ADJECTIVAL):
            continue
        if CONFLICT_BEFORE.search(before):
            continue  # "the war in Ukraine", "invasion of Ukraine": the subject of a conflict, not a destination
        if m.kind == "PLACE" or re.search(r"\b(in|to|into|at|for|reached|visit(?:ed|ing)?|toured?|across|around|of)\s+(?:the\s+)?$", before):
            code, _ = _resolve_state(m, sent.text, text, spec)
            if code and code not in out:
                out.append(code)
    return out


CITATION = R(r"\b(?:article|art\.?)\s*(\d{1,3})((?:\s*\(\s*[0-9a-z]{1,3}\s*\))*)(?:\s+of\s+the\s+rome\s+statute)?|\brule\s+(\d{1,3})\b|"
             r"\b(?:resolution|res\.?)\s+(\d{3,4})\s*\((\d{4})\)")


def citations_in(text: str) -> list[str]:
    """Legal citations in ``text`` in the canonical form the law engine uses."""
    out: list[str] = []
    for m in CITATION.finditer(text):
        if m.group(1):
            paras = re.sub(r"\s+", "", m.group(2) or "")
            out.append(f"RS art {m.group(1)}{paras}")
        elif m.group(3):
            out.append(f"Rule {m.group(3)}")
        elif m.group(4):
            out.append(f"UNSC res {m.group(4)} ({m.group(5)})")
    return list(dict.fromkeys(out))


def _count(text: str) -> int | None:
    m = COUNT.search(text)
    if not m:
        return None
    w = m.group(1).lower()
    if w.isdigit():
        return int(w)
    parts = re.split(r"[- ]", w)
    return sum(NUMBER_WORDS.get(p, {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}.get(p, 0)) for p in parts) or None


# ------------------------------------------------------------------------------------- mentions


def _neighbour(doc: Any, i: int, step: int) -> Any:
    """The nearest non-whitespace token before (step -1) or after (step 1) token i, or None."""
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        j += step
    return doc[j] if 0 <= j < len(doc) else None


def _mentions(doc: Any, spec: Spec) -> list[Mention]:
    spans = sorted(doc.spans.get("mentions", []), key=lambda s: (s.start, -(s.end - s.start)))
    # A surname the text also gives with another first name ("Ahmed Bashir", "Sara Duterte") is a
    # namesake throughout the document: "Mr Bashir" then means that person, not the warrant subject.
    namesakes: set[str] = set()
    for s in spans:
        if s.label_ == "SURNAME":
            prev = _neighbour(doc, s.start, -1)
            own = spec.name_tokens(s.id_)
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and normalise(prev.text) not in TITLES \
                    and normalise(prev.text) not in SENTENCE_OPENERS and normalise(prev.text) not in own:
                namesakes.add(s.text)
    kept: list[Mention] = []
    last_end = -1
    for s in spans:
        if s.start < last_end:
            continue
        text = s.text
        label = s.label_
        if label == "SURNAME" and text in namesakes:
            kept.append(Mention("OTHER", s.id_, text, s.start_char, s.end_char))
            last_end = s.end
            continue
        nxt_tok = _neighbour(doc, s.end - 1, 1)
        prev = _neighbour(doc, s.start, -1)
        if label == "SURNAME" and nxt_tok is not None and nxt_tok.text[:1].isupper() and nxt_tok.is_alpha and normalise(nxt_tok.text) not in TITLES:
            continue  # a first name here ("Bashir Ahmed")
        if label in ("PLACE", "STATE") and nxt_tok is not None and nxt_tok.text.lower() in INSTRUMENT_WORDS:
            continue  # "Rome Statute", "Geneva Conventions", "Kampala amendments": an instrument, not a place
        if label == "STATE" and text in spec.lexicon["person_names"]:
            if nxt_tok is not None and nxt_tok.text[:1].isupper() and nxt_tok.is_alpha and nxt_tok.text not in ("President", "Government", "Ministry", "Foreign", "Prime"):
                continue  # a first name ("Chad Smith")
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and normalise(prev.text) not in TITLES \
                    and prev.text not in ("In", "To", "From", "Of", "And", "With"):
                continue  # a surname ("Michael Jordan")
        kept.append(Mention(label, s.id_, text, s.start_char, s.end_char))
        last_end = s.end
    return kept


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return _compiled(words)


@functools.lru_cache(maxsize=64)
def _compiled(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _resolve_state(m: Mention, sentence: str, text: str, spec: Spec) -> tuple[str | None, list[str]]:
    """The ISO code a State-like mention stands for, or None with the candidates when ambiguous. The
    context words that settle an ambiguous name are data (data/lookups/state_names.yaml, monitor.context)."""
    rules = [c for c in spec.lexicon["context"] if c["name"].lower() == m.text.lower()]
    if m.kind == "AMBIGUOUS":
        codes = m.id.split("|")
        ctx = sentence + " " + text
        hits = [c["choose"] for c in rules if c["choose"] in codes and _words(tuple(c["words"])).search(ctx)]
        if len(set(hits)) == 1:
            return hits[0], []
        if len(codes) == 1:
            return codes[0], []
        return None, codes
    for c in rules:  # a State name that may be a place elsewhere ("Georgia" next to Atlanta)
        near = _words(tuple(c["words"]))
        unless = _words(tuple(c["unless"])) if c["unless"] else None
        if near.search(sentence) or (near.search(text) and not (unless and unless.search(text))):
            return c["choose"], []
    return m.id, []


# ------------------------------------------------------------------------------------ extraction


def _spans(doc: Any) -> list[tuple[int, int]]:
    """Sentence spans, cut again at line breaks: a headline or a caption never runs into the text."""
    out: list[tuple[int, int]] = []
    text = doc.text
    for s in doc.sents:
        start = s.start_char
        for m in re.finditer(r"\n\s*", text[s.start_char: s.end_char]):
            cut = s.start_char + m.start()
            line = text[text.rfind("\n", 0, cut) + 1: cut].strip()
            # A blank line, or a short line (a headline, a caption), ends a sentence; a long line
            # broken only by wrapping does not.
            blank = m.group(0).count("\n") >= 2
            if not blank and len(line.split()) > 12 and not line.endswith((".", "!", "?", ":", '"', "”", "’")):
                continue
            if text[start:cut].strip():
                out.append((start, cut))
            start = s.start_char + m.end()
        if text[start: s.end_char].strip():
            out.append((start, s.end_char))
    return out


def _sentences(doc: Any, mentions: list[Mention], text: str) -> list[Sentence]:
    out = []
    for a, b in _spans(doc):
        sent = Sentence(text[a:b], a, b)
        for m in mentions:
            if a <= m.start < b:
                if m.kind in ("PERSON", "SURNAME"):
                    sent.persons.append(m)
                elif m.kind == "OTHER":
                    sent.others.append(m)
                elif m.kind in ("STATE", "PLACE", "DEMONYM", "AMBIGUOUS"):
                    sent.states.append(m)
                elif m.kind == "ICC":
                    sent.icc = True
        out.append(sent)
    return out


def _cid(doc_id: str, *parts: object) -> str:
    return hashlib.sha256("|".join([doc_id, *map(str, parts)]).encode()).hexdigest()[:16]


def _pick_date(sent: Sentence, ref: dt.date | None, anchor: int | None) -> tuple[str | None, str | None]:
    """The date expression nearest the trigger (after it preferred), as (date, end_date)."""
    dates = [d for d in find_dates(sent.text, ref)
             if not (d.start <= 2 and re.match(r"\s*[-–—]", sent.text[d.end: d.end + 3]))]  # "16 March 2018 - The …": a dateline
    if not dates:
        return None, None
    if anchor is None:
        return dates[0].date, dates[0].end_date
    best = min(dates, key=lambda d: (abs(d.start - anchor) + (0 if d.start >= anchor else 15)))
    return best.date, best.end_date


def _arrest_state(sent: Sentence, states: list[str], s: str) -> str | None:
    """The arresting State: a demonym or State next to 'police'/'authorities', else where it happened."""
    m = re.search(r"\b(police|authorities|officers|security forces|gendarmes|border guards)\b", s, re.I)
    for mention in sent.states:
        if m and mention.kind in ("DEMONYM", "STATE") and 0 <= m.start() - (mention.end - sent.start) <= 25:
            return mention.id if mention.kind != "AMBIGUOUS" else None
    for mention in sent.states:
        before = s[max(0, mention.start - sent.start - 12): mention.start - sent.start].lower()
        if re.search(r"\b(in|at|near)\s+$", before) or before.endswith("in ") or "airport" in s[mention.end - sent.start: mention.end - sent.start + 40].lower():
            return mention.id
    return states[0] if states else None


def extract_candidates(document: Document, spec: Spec) -> list[Candidate]:
    """Candidate facts in ``document``. Pure: depends only on the document and the spec."""
    from iccwatch.monitor import official as off

    kind_of = off.official_kind(document)
    if kind_of and not document.date:
        stated = off.header_date(document)
        if stated:
            document = document.model_copy(update={"date": stated})
    cands = _extract(document, spec)
    if kind_of == "un_depositary":
        cands += _depositary(document, spec, off)
    return [c.model_copy(update={"source_kind": "primary" if kind_of else "secondary", "official": kind_of}) for c in cands]


def _depositary(document: Document, spec: Spec, off: Any) -> list[Candidate]:
    """withdrawal_notified candidates read from a depositary notification's structure."""
    by_name = {normalise(n): iso3 for iso3, names in spec.states.items() for n in names}
    out = []
    for name, when, a, b in off.depositary_withdrawals(document):
        iso3 = by_name.get(normalise(name)) or by_name.get(normalise(name.title()))
        if not iso3:
            continue
        line = document.text[a:b]
        lead = len(line) - len(line.lstrip())
        out.append(Candidate(id=_cid(document.id, "withdrawal_notified", None, iso3, when), document=document.id, type="withdrawal_notified",
                             state=iso3, date=when, evidence=Evidence(sentence=line.strip(), start=a + lead, end=a + lead + len(line.strip())),
                             confidence=0.95, method="official:un_depositary"))
    return out


def _extract(document: Document, spec: Spec) -> list[Candidate]:
    nlp = pipeline(spec)
    doc = nlp(document.text)
    ref = parse_partial_date(document.date)[0] if document.date else None
    mentions = _mentions(doc, spec)
    sentences = _sentences(doc, mentions, document.text)
    text = document.text
    out: dict[tuple[Any, ...], Candidate] = {}
    focus: str | None = None  # the warrant subject the text is about, for "he" and "the president"
    last_state: str | None = None
    present: dict[tuple[Any, ...], bool] = {}  # candidate key -> its sentence speaks in the present (perfect)
    cancelled: list[tuple[str, list[str]]] = []  # (person, States named) of denied, cancelled, remote trips
    scene = _scene(document, spec, nlp)

    def emit(kind: str, sent: Sentence, method: str, person: str | None = None, state: str | None = None, anchor: int | None = None,
             **extra: Any) -> None:
        if person and state and kind in ("visit", "planned_visit") and state in spec.nationality.get(person, []):
            return  # presence in one's own State is not a visit
        date = end_date = None
        if kind not in ("refusal",):
            date, end_date = _pick_date(sent, ref, anchor)
        if kind == "visit" and date and ref and parse_partial_date(date)[0] > ref:
            kind = "planned_visit"
        key = (kind, person or extra.get("person_name"), state, date if kind not in ("joint_statement",) else None)
        conf = 0.5 + (0.2 if person and any(p.id == person for p in sent.persons) else 0) + (0.1 if date else 0) + (0.1 if state else 0)
        if key in out:
            return
        present[key] = id(sent) in lead and bool(PRESENT.search(sent.text))
        out[key] = Candidate(
            id=_cid(document.id, kind, person or extra.get("person_name"), state, date), document=document.id, type=kind, person=person, state=state, date=date,
            end_date=end_date, citations=citations_in(sent.text), evidence=Evidence(sentence=sent.text.strip(), start=sent.start, end=sent.end),
            confidence=round(min(conf, 0.95), 2), method=method, **extra)

    lead = {id(x) for x in sentences[:3]}  # headline and lead: where news of the day is told
    for sent in sentences:
        s = sent.text
        persons = list(dict.fromkeys(m.id for m in sent.persons))
        if persons:
            focus = persons[-1]
        elif focus and PRONOUN.search(s):
            persons = [focus]
        if sent.others and (not sent.persons or max(m.start for m in sent.others) > max(m.start for m in sent.persons)):
            focus = None  # the last person named is a namesake: "he"/"she" after it is not the warrant subject
        states: list[str] = []
        ambiguous: list[str] = []
        for m in sent.states:
            code, amb = _resolve_state(m, s, text, spec)
            if code and code not in states:
                states.append(code)
            ambiguous += amb
        if states:
            last_state = states[-1]
        denial = bool(DENIAL.search(s)) or bool(HYPOTHETICAL_TRIP.search(s))
        if denial:
            for p in persons or ([focus] if focus else []):
                cancelled.append((p, list(states)))
        future = bool(TRAVEL_FUTURE.search(s)) or bool(FUTURE.search(s) and ARRIVAL.search(s) and re.search(r"\b(will|next|expected|due|plans?|scheduled)\b", s, re.I))
        low = s.lower()

        def pos(m: re.Match[str] | None) -> int | None:
            return m.start() if m else None

        # Warrants (the Court's own acts); a Prosecutor's application, a domestic warrant or a
        # background mention ("since the Court issued a warrant") gives nothing.
        wm = WARRANT.search(s) or (UNSEALED.search(s) if "warrant" in low else None)
        if wm and not DOMESTIC.search(s) and not BACKGROUND_WARRANT.search(s[: wm.end() + 5]) \
                and not (APPLICATION.search(s) and not WARRANT.search(s)):
            kind = "warrant_unsealed" if UNSEALED.search(s) else "warrant_issued"
            named = persons
            if len(named) < 2 and re.search(r"\bwarrants\b", s, re.I):
                # "issued arrest warrants for senior leaders." then the names in the next sentence
                nxt = next((x for x in sentences if x.start >= sent.end), None)
                if nxt is not None and not WARRANT.search(nxt.text):
                    named = list(dict.fromkeys(m.id for m in nxt.persons))
            for p in named:
                emit(kind, sent, "rules:warrant", person=p, anchor=wm.start())
            if not named:
                # Someone the record does not know yet: keep the name for the reviewer.
                for name in NEW_NAME.findall(s[wm.start():]):
                    name = name.strip()
                    if not any(w in name for w in ("International", "Criminal", "Court", "Chamber", "Prosecutor")):
                        emit(kind, sent, "rules:warrant_new_person", person_name=name, anchor=wm.start())
            continue
        block = [x for x in sentences if x.start >= sent.start][:3]
        if JOINT.search(s) and not NGO.search(s) and not AGAINST.search(s) and not (WITHDRAW.search(s) and STATUTE.search(s)) \
                and SUPPORT.search(" ".join(x.text for x in block)) and not re.search(r"\b(?:withdraw|leav|quit|exit|denounc|neo-?coloni)\w*", s, re.I):
            signed = list(states)
            for x in block[1:]:
                if JOINT.search(x.text) or re.search(r"\b(signed|signatories|joined|endorsed|backed|included|including)\b", x.text, re.I):
                    for m in x.states:
                        code, _ = _resolve_state(m, x.text, text, spec)
                        if code and code not in signed:
                            signed.append(code)
            drafters: list[str] = []
            dm = DRAFTERS.search(s)
            if dm:
                for m in sent.states:
                    if m.start - sent.start > dm.start():
                        code, _ = _resolve_state(m, s, text, spec)
                        if code:
                            drafters.append(code)
            count = _count(" ".join(x.text for x in block))
            emit("joint_statement", sent, "rules:joint_statement", signatories=sorted(set(signed)), drafters=drafters,
                 announced_count=count, partial=(count is not None and len(set(signed)) < count) or None, anchor=pos(JOINT.search(s)))
            continue
        nc = NONCOMPLIANCE.search(s)
        if nc and (not FINDING.search(s) or re.search(r"\bwhether\b", s[: nc.start()], re.I)):
            nc = None  # proceedings, a request to explain, a hearing on "whether it failed": no finding yet
        if nc and CHAMBER.search(s):
            forum = None
            window = " ".join(x.text for x in sentences if sent.start <= x.start <= sent.start + 600).lower()
            asp, unsc = "assembly of states parties" in window or re.search(r"\basp\b", window), "security council" in window
            if re.search(r"\b(not to refer|did not refer|no referral|declined to refer|without (?:a )?referral|decided not to refer|deferred)\b", window):
                forum = "none"
            elif asp and unsc:
                forum = "ASP+UNSC"
            elif asp:
                forum = "ASP"
            elif unsc:
                forum = "UNSC"
            anchor = pos(re.search(r"\b(ruled|found|finds|decided|held|concluded)\b", s, re.I)) or nc.start()
            for st in [x for x in states if x not in spec.lexicon["situation_states"] or len(states) == 1][:1] or [None]:
                emit("noncompliance_finding", sent, "rules:noncompliance", person=persons[0] if persons else None, state=st, forum=forum, anchor=anchor)
        wd = WITHDRAW.search(s)
        if wd and STATUTE.search(s) and not REVOKE.search(s) and not nc:
            kind = "withdrawal_notified" if NOTIFIED.search(s) else "withdrawal_announced"
            verb = re.search(r"\b(announc|decid|declar|vote|voted|approved|passed|adopted|repeal|notif|deposit|lodg|submit|began|begin|start|"
                             r"sign|promulgat|enact|transmit|serv|inform|present)\w*", s, re.I)
            if verb and not re.search(r"\b(took effect|takes effect|became effective|has not yet taken effect|effective (?:on|from)|since)\b", s, re.I):
                nm = NOTIFIED.search(s) if kind == "withdrawal_notified" else None
                for st in states:
                    emit(kind, sent, "rules:withdrawal", state=st, anchor=(nm or verb).start())
                continue
        rm = REFUSAL.search(s) or REFUSAL_MORE.search(s)
        if rm and not PLEDGE.search(s) and not nc:
            refusing = states or ([last_state] if last_state else [])
            for p in (persons or ([focus] if focus else []))[:1]:
                for st in [x for x in refusing if x not in spec.nationality.get(p, [])][:1]:
                    emit("refusal", sent, "rules:refusal", person=p, state=st)
        sm = SURRENDER.search(s)
        am = ARREST.search(s)
        if am and DETENTION_STATE.search(s[max(0, am.start() - 20): am.end() + 25]):
            am = None  # "remains detained", "detained at the Court's facility since March": a state, not an arrest
        if not persons and (am or sm) and not denial:
            # "Italian police arrested a Libyan warlord…" then his name in the next sentence
            nxt = next((x for x in sentences if x.start >= sent.end), None)
            if nxt is not None and not (ARREST.search(nxt.text) or SURRENDER.search(nxt.text)):
                persons = list(dict.fromkeys(m.id for m in nxt.persons))[:1]
        if not persons:
            continue
        if sm and HYPOTHETICAL.search(s[max(0, sm.start() - 40): sm.start()]) or (sm and re.search(r"\b(?:calls?|urg\w+|ask\w*) (?:on )?", s[:sm.start()], re.I)):
            sm = None  # "should he be handed over", "calls on Germany to ensure his surrender"
        if sm and not denial:
            by = _arrest_state(sent, states, s)
            for p in persons[:1]:
                emit("surrender", sent, "rules:surrender", person=p, state=by, anchor=sm.start())
            if not (am and am.start() < sm.start()):
                continue
            # "arrested in Manila ... and handed over to the Court": both facts, each with its own date
        if am and HYPOTHETICAL.search(s[max(0, am.start() - 40): am.start()]):
            am = None  # "could be arrested", "if he were arrested", "whether he should be arrested"
        if am and not ARREST_NOT.search(s[max(0, am.start() - 25): am.end() + 5]) and not denial:
            for p in persons[:1]:
                emit("arrest", sent, "rules:arrest", person=p, state=_arrest_state(sent, states, s), anchor=am.start())
            # the arrest covers presence there; an earlier stay elsewhere may follow in the sentence
        if denial or am:
            continue
        past = ARRIVAL_PAST.search(s)
        fut = TRAVEL_FUTURE.search(s)
        dest = _destinations(sent, text, spec)
        if not dest and re.search(r"\b(?:was|were|is) in the country\b", s, re.I) and states:
            dest = states[:1]  # "when the president was in the country": the State the sentence names
        if not dest and (past or fut) and len(scene) == 1:
            dest = scene  # the place the headline names, for a sentence that names none
        if past and not HOSTING.search(s[max(0, past.start() - 25): past.end() + 10]) and sent.persons \
                and all(m.start - sent.start > past.start() for m in sent.persons if m.id == persons[0]):
            past = None  # the person comes after the verb: someone else arrived ("… where he will represent President X")
        if fut and not HOSTING.search(fut.group(0)) and not re.search(r"\b(meet|host|between|ensure|enter)", fut.group(0), re.I) \
                and sent.persons and all(m.start - sent.start > fut.end() for m in sent.persons if m.id == persons[0]):
            fut = None
        if past and not (fut and fut.start() < past.start()):
            for p in persons[:1]:
                for st in dest:
                    emit("visit", sent, "rules:visit", person=p, state=st, ambiguous=ambiguous, anchor=past.start())
            continue
        if fut or (future and ARRIVAL.search(s)):
            for p in persons[:1]:
                for st in dest:
                    emit("planned_visit", sent, "rules:planned_visit", person=p, state=st, ambiguous=ambiguous, anchor=pos(fut))
    return _assemble(document, out, present, cancelled)


def _scene(document: Document, spec: Spec, nlp: Any) -> list[str]:
    """States the headline names as a place ("Western envoys in Uganda walk out"): the setting of a
    sentence that names no place itself. The headline gives no event by itself."""
    if not document.title:
        return []
    tdoc = nlp(document.title)
    mentions = _mentions(tdoc, spec)
    sent = Sentence(document.title, 0, len(document.title), states=[m for m in mentions if m.kind in ("STATE", "PLACE", "AMBIGUOUS")])
    return _destinations(sent, document.title, spec)


#: Facts that happen once to a person or a State: two dates a few days apart in one text are one event.
ONE_OFF = ("arrest", "surrender", "warrant_issued", "warrant_unsealed", "noncompliance_finding", "withdrawal_announced", "withdrawal_notified")


def _distinct(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per event: a later mention dated within a week of an earlier one (or to the month
    that contains it) supports it instead of standing as another event."""
    kept: list[Candidate] = []
    for c in cands:
        lo, hi = parse_partial_date(c.date or "")
        twin = next((k for k in kept if parse_partial_date(k.date or "")[0] - dt.timedelta(days=7) <= hi
                     and lo <= parse_partial_date(k.date or "")[1] + dt.timedelta(days=7)), None)
        if twin is None:
            kept.append(c)
        else:
            i = kept.index(twin)
            if len(c.date or "") > len(twin.date or "") and (twin.date and (c.date or "").startswith(twin.date)):
                twin, c = c, twin  # "in January" then "on January 19": the day is the better date
            kept[i] = twin.model_copy(update={"support": [*twin.support, c.evidence, *c.support]})
    return kept


def _assemble(document: Document, out: dict[tuple[Any, ...], Candidate], present: dict[tuple[Any, ...], bool],
              cancelled: list[tuple[str, list[str]]]) -> list[Candidate]:
    """Candidates over the whole document: the undated mentions of a fact support its dated one; a fact
    told in the present tense with no date takes the document's date; a denied, cancelled or remote trip
    anywhere in the document removes the trip; an arrest or surrender covers presence in that State."""
    groups: dict[tuple[Any, ...], list[tuple[tuple[Any, ...], Candidate]]] = {}
    for key, c in out.items():
        groups.setdefault((c.type, c.person or c.person_name, c.state), []).append((key, c))
    held = {(c.person, c.state) for c in out.values() if c.type in ("arrest", "surrender") and c.person}
    result: list[Candidate] = []
    for (kind, who, state), items in groups.items():
        if kind in ("visit", "planned_visit") and any(p == who and (not sts or state in sts) for p, sts in cancelled):
            continue
        if kind == "visit" and (who, state) in held:
            continue
        dated = _distinct([c for _, c in items if c.date]) if kind in ONE_OFF else [c for _, c in items if c.date]
        undated = [(k, c) for k, c in items if not c.date]
        if dated:
            first = dated[0]
            result.append(first.model_copy(update={"support": [*first.support, *(c.evidence for _, c in undated)]}))
            result += dated[1:]
            continue
        key, c = undated[0]
        support = [x.evidence for _, x in undated[1:]]
        if document.date and kind not in ("refusal",) and present.get(key):
            c = c.model_copy(update={"date": document.date, "id": _cid(document.id, kind, who, state, document.date)})
        result.append(c.model_copy(update={"support": support}) if support else c)
    return result

