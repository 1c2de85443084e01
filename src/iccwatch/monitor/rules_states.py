"""What States do about the Court: joint statements of support, withdrawals announced or notified,
refusals to arrest."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from text_to_num import alpha2digit

from iccwatch.model.dates import DateSpan
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.lexicon import (
    ACT_REFUSED,
    AGAINST,
    ANAPHOR_NEGATED,
    ANAPHORIC_REFUSAL,
    ANNOUNCED_AGO,
    ANNOUNCED_BEFORE,
    ANNOUNCED_THE_WITHDRAWAL,
    ANNOUNCED_THIS,
    ARREST_ASKED,
    ARREST_LEFT_TO_COURTS,
    ARREST_RISK_LIFTED,
    BILL_PRESENTED,
    BILL_TO_WITHDRAW,
    CAMPAIGN_AFTER_WITHDRAW,
    CONDITION_HOST,
    COUNT,
    COURT_OR_HAGUE,
    COURT_SPEAKER,
    COURT_TELLS_CONDUCT,
    CRIME_PLACE,
    DRAFTERS,
    EFFECT_FROM_RECEIPT,
    EXPLANATION_ASKED,
    FEARED_LEAVING,
    GOVERNMENT_WORD,
    GUARANTEE_ASKED,
    HANDOVER_NOT,
    IMMUNITY_DOUBTED,
    JOINS_LEAVING,
    JOINT,
    JOINT_COSIGNED,
    JOINT_COUNTED,
    JOINT_WEIGHED,
    LAW_PASSED_BACK,
    LEAD_PROGRESSIVE,
    LEAVE_GIVEN,
    LEAVING_FROM,
    LEGISLATORS,
    LET_LEAVE,
    NGO,
    NO_QUESTION,
    NOT_GOVERNMENT_SPEAKER,
    NOTICE_AS_CONDITION,
    NOTICE_OF_WITHDRAWAL,
    NOTIFIED,
    NUMBER_WORDS,
    OBJECT_PRONOUN,
    PEOPLE_GOVERNMENT_WORD,
    PEOPLE_NAMED_BEFORE,
    PLAIN_REFUSAL,
    PLAIN_REFUSAL_OBJECT,
    PLAIN_REFUSAL_SUPPOSED,
    PLEDGE,
    RECEIVED_UNARRESTED,
    REFUSAL,
    REFUSAL_CONCEDED,
    REFUSAL_GROUND,
    REFUSAL_GROUND_CLAUSE,
    REFUSAL_GROUND_FINITE,
    REFUSAL_HEARSAY,
    REFUSAL_MORE,
    REFUSAL_OCCASION,
    REFUSAL_SUPPOSED,
    REFUSAL_TOLD_FALSE,
    REFUSAL_WHY,
    RELATIVE_BEFORE_ACT,
    REPORTED_WITHDRAWAL,
    REVOKE,
    RIGHTS_DEFENCE,
    SPEAKER_AT,
    STATES_SUBJECT,
    STATUTE,
    STAY_DENIED_AFTER,
    SUBJECT_CONTINUES,
    SUPPORT,
    UNABLE_TO_ARREST,
    UNHINDERED,
    WARRANT_NOUN,
    WITHDRAW,
    WITHDRAWAL_ACT,
    WITHDRAWAL_DOUBT,
    WITHDREW_STATE,
    language_words,
)
from iccwatch.monitor.mentions import (
    _resolve_state,
    authorities_states,
    conflict_before,
    is_demonym,
)
from iccwatch.monitor.rules_context import Ctx, pos

#: A count told as a share of the Court's members: "was backed by 67 out of 123 of the ICC’s members" (session 26).
COUNT_OF = re.compile(r"\b(?:backed|endorsed|signed|supported|joined|adopted)\s+by\s+(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d{1,3}\s+)?"
                      r"(?:(?:of\s+)?(?:the\s+)?(?:icc|court|tribunal)['’]s\s+)?(?:members|member\s+states|states\s+parties|states|countries)\b", re.I)


def _count(text: str) -> int | None:
    """The count of States a joint statement announces: digits, English number words, or (session 30) the number words of the
    language the document is read in, turned into digits by text2num ("Soixante-dix-neuf États" is 79)."""
    code = (language_words() or {}).get("code")
    if code and code != "en":
        text = alpha2digit(text, code)
    m = COUNT.search(text)
    if not m:
        share = COUNT_OF.search(text)
        return int(share.group(1)) if share else None
    w = m.group(1).lower()
    if w.isdigit():
        return int(w)
    parts = re.split(r"[- ]", w)
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    return sum(NUMBER_WORDS.get(p, units.get(p, 0)) for p in parts) or None


#: A statement whose States are listed or speak as its signatories, with no count: "This statement in support of the Court is
#: endorsed by the following States: …", "We, the undersigned States Parties to the Rome Statute, reaffirm …" (not NGOs: "we, the
#: undersigned organisations").
LISTED = re.compile(r"\b(?:endorsed|signed|supported|joined|co-?signed)\s+by\s+the\s+following\s+(?:\w+\s+)?(?:states|countries|governments|members)\b", re.I)
UNDERSIGNED = re.compile(r"\bwe,?\s+the\s+undersigned\s+(?:\w+\s+)?(?:states(?:\s+parties)?|governments|countries|member\s+states)\b", re.I)


#: (The States as the subject of the lead that tells their support, STATES_SUBJECT, is a family in lexicon.py since session 42.)


#: Words in quotation marks (straight, curly, guillemets, low-high): a statement's own words; also a sentence that opens with
#: them once its opening mark was cut with the sentence before ('Today, the court faces …", warned the signatories').
QUOTED = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”|«[^»]{1,400}»|„[^“”]{1,400}[“”]|^[^"“”«»„]{1,400}?(?:[,.!?…]["”»“]|["”»“](?=\s*[,—–]))')


def _lead_day(x: Ctx) -> tuple[str | None, str | None] | None:
    """The day of a statement told without one ("A joint statement drafted by A and B was backed by 67 …") from the sentence
    just before, when that one tells the States' support and gives a day within a fortnight of the document's ("Over half the
    member states … defended the … tribunal on Tuesday", session 26); None leaves the date to the usual reading."""
    # (session 42, mnews137) a day inside the statement's quoted words ('"Today, the court faces unprecedented challenges",
    # warned the 79 signatories') is the statement's own, not a day of the page's the sentence tells: read without them
    if x.ref is None or find_dates(QUOTED.sub(" ", x.s), x.ref, x.exact):
        return None
    prev = x.sentences_before(1)
    if not prev or not SUPPORT.search(prev[0].text) or not STATES_SUBJECT.search(prev[0].text) or JOINT.search(prev[0].text):
        return None
    for d in find_dates(prev[0].text, x.ref, x.exact):
        if len(d.date) == 10 and abs((dt.date.fromisoformat(d.date) - x.ref).days) <= 14:
            return (d.date, d.end_date)
    return None


def _counted_next(x: Ctx) -> bool:
    """(session 44, mnews144) Whether the sentence just after a statement of support whose noun has no count beside it tells the
    statement's signing with its count of States ("… signed a statement in support of the ICC. It was signed together with the
    ministers of 34 other countries", 'Firmada em conjunto com ministros de outros 34 países, a declaração …'): a count
    (``COUNT``) and a word of signing with others (``JOINT_COSIGNED``) there, no organisations and nothing against the Court.
    Not the Court's membership counted with no signing told ("The Court has 123 States Parties")."""
    nxt = x.next_sentence()
    if nxt is None:
        return False
    t = nxt.text
    return bool(COUNT.search(t) and JOINT_COSIGNED.search(t) and not NGO.search(t) and not AGAINST.search(t))


def joint_statement(x: Ctx) -> bool:
    """A joint statement of States in support of the Court (not by NGOs, not against the Court, not a
    joint withdrawal), its signatories, drafters and announced count. True when the sentence is taken."""
    s, sent = x.s, x.sent
    block = [y for y in x.sentences if y.start >= sent.start][:3]
    # (session 42, mnews137) the States' support told in the sentence just before the statement's noun ("Some 80 members of
    # the Court on Friday denounced the US sanctions against it. '…', warned the 79 signatories of a joint statement"), when
    # _lead_day takes that sentence's day for the statement's (States as its subject, support in it, a day near the page's)
    # and it tells neither NGOs nor a stand against the Court; not a sentence before that gives no day ("Il medesimo giorno,
    # 79 Stati … hanno adottato una dichiarazione …. L'Italia non ha sottoscritto la dichiarazione congiunta": background)
    prev = x.sentences_before(1)
    lead = [prev[0]] if prev and not NGO.search(prev[0].text) and not AGAINST.search(prev[0].text) and _lead_day(x) else []
    joint = JOINT.search(s) or (JOINT_COUNTED.search(s) if COUNT.search(s) or LISTED.search(s) or _counted_next(x) else None) \
        or UNDERSIGNED.search(s)
    if not (joint and not NGO.search(s) and not AGAINST.search(s) and not (WITHDRAW.search(s) and STATUTE.search(s))
            and SUPPORT.search(RIGHTS_DEFENCE.sub(" ", " ".join(y.text for y in [*lead, *block])))
            and not re.search(r"\b(?:withdraw|leav|quit|exit|denounc|neo-?coloni)\w*", s, re.I)):
        return False
    if JOINT_WEIGHED.search(s[: joint.start()]) or x.question:
        return True  # "Several governments are considering a joint statement in support of the ICC", "Rumours of a joint statement …",
        # "Will more States sign a joint statement …?": none issued (session 36)
    signed = list(x.states)
    for y in block[1:]:
        if JOINT.search(y.text) or re.search(r"\b(signed|signatories|joined|endorsed|backed|included|including)\b", y.text, re.I):
            for m in y.states:
                code, _ = _resolve_state(m, y.text, x.text, x.spec)
                if code and code not in signed:
                    signed.append(code)
    drafters: list[str] = []
    dm = DRAFTERS.search(s)
    if dm:
        for m in sent.states:
            if m.start - sent.start > dm.start():
                code, _ = _resolve_state(m, s, x.text, x.spec)
                if code:
                    drafters.append(code)
    count = _count(" ".join(y.text for y in block))
    x.emit("joint_statement", sent, "rules:joint_statement", signatories=sorted(set(signed)), drafters=drafters,
           announced_count=count, partial=(count is not None and len(set(signed)) < count) or None, anchor=pos(joint),
           when=_lead_day(x))
    return True


#: A State named as the Court's seat, not as the State that leaves: "withdrawing from the ICC sitting in The Hague,
#: Netherlands", "the court based in the Netherlands" (session 25).
COURT_SEAT = re.compile(r"(?:\b(?:sitting|seated|based|headquartered|sits)\s+in\s+(?:the\s+)?(?:hague\s*,\s*(?:the\s+)?)?|\bthe\s+hague\s*,\s*(?:the\s+)?)$", re.I)


#: An announcement still to come, told just before its verb: "is expected to announce", "is set to declare", "is likely to
#: announce" (a State's own word of the future, "will withdraw", is read by REPORTED_WITHDRAWAL, not here).
ANNOUNCEMENT_AHEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|set|likely|poised|due|scheduled|about|going|planning)\s+to|"
                                r"(?:plans?|intends?)\s+to)\s+$", re.I)


def _revoked(s: str) -> bool:
    """True when ``s`` tells a withdrawal revoked: a word of revocation that is not the sentence's only word of leaving read
    twice (Spanish "abandonar la CPI" is the leaving, which English "abandoned" reads as a revocation; "abandonó su retirada"
    still revokes: another word of leaving follows; session 29)."""
    leaving = [m.span() for m in WITHDRAW.finditer(s)]
    for r in REVOKE.finditer(s):
        same = [w for w in leaving if w[0] < r.end() and r.start() < w[1]]
        if not same or len(leaving) > len(same):
            return True
    return False


#: A bill passed, signed or enacted (any of the languages the monitor reads): the leaving it tells is decided, not only proposed
#: ("Parliament passed a bill to withdraw from the Rome Statute"; session 30).
BILL_PASSED = re.compile(r"\b(?:pass(?:ed|es)|approv\w*|adopt\w*|sign\w*|vot\w*|enact\w*|aprob\w*|firm\w*|promulg\w*|sancion\w*|"
                         r"verabschied\w*|beschlo\w*|unterzeichn\w*|approvat\w*|votat\w*)", re.I)


#: The word immunity in the monitor's languages (Spanish 'inmunidad' and Portuguese 'imunidade' hold no "immunit"), for
#: the immunity denied or asked about (IMMUNITY_DOUBTED) (session 38, mnews124).
IMMUNITY_WORD = re.compile(r"immunit|inmunid|imunid", re.I)

#: (session 41, mnews134) A notice told as given to the depositary, the giving its act ("has given official notification to the United
#: Nations", "gave formal notice to the UN"): the words of ``NOTIFIED`` that name the giving.
#: (session 47, mnews157) and the notice told by its own verb with the depositary as object ("Gambia notifies UN of its
#: withdrawal", "has officially notified the UN of its withdrawal"; lexicon.NOTIFIED): the act of notice, as "gave notice"
GIVEN_NOTICE = re.compile(r"(?:gave|given|(?:formally\s+|officially\s+)?notifie[ds])\b", re.I)


def withdrawal(x: Ctx) -> bool:
    """A State announcing it leaves the Rome Statute, or notifying the depositary; the date it takes
    effect and a revocation give nothing. True when the sentence is taken."""
    s = x.s
    # "X, who announced the withdrawal on Wednesday, said …": the leaving named by a definite word, the Court and the State in a
    # sentence just before (session 32: _antecedent_states)
    anaphor = not STATUTE.search(s) and not x.sent.states and ANNOUNCED_THE_WITHDRAWAL.search(s) is not None
    # (session 36) a notice of withdrawal given to the depositary with no instrument named after it ("submitted its formal notice
    # of withdrawal to the United Nations on Monday"): the withdrawal the monitor reads, though the sentence names no Statute
    bare_notice = not STATUTE.search(s) and _notified(s) is not None and NOTICE_OF_WITHDRAWAL.search(s) is not None
    # (session 42, mleft32) a leaving told with its day and the day it takes effect a year later (article 127(1): one year after the
    # notice's receipt): the notice's day, told with the depositary ("notified the Secretary-General on D; the withdrawal takes
    # effect on D+1y") or with the Statute named ("Hungary's formal withdrawal from the Rome Statute on D, effective as of D+1y")
    noticed = _notice_by_effect(x)
    if noticed is not None and not (STATUTE.search(s) or _notified(s) is not None):
        noticed = None
    # (session 43, mnews140) English's past "withdrew" is no word of WITHDRAW: the leader's act with the State its object is read apart
    withdrawn = _state_withdrawn(x) if STATUTE.search(s) and not x.nc else None
    if not ((WITHDRAW.search(s) or withdrawn) and (STATUTE.search(s) or anaphor or bare_notice or noticed) and not _revoked(s) and not x.nc):
        return False
    if x.question:
        return True  # "Has Hungary notified the UN of its withdrawal?", "Tritt Ungarn … aus?": a question tells no act (session 36)
    if NOTICE_AS_CONDITION.match(s):
        return False  # (session 47, lead) a notice as a condition ("Once Hungary notifies the UN, its withdrawal will take effect a
        # year later": parity trap notified~05 fired after batch 157 read the headline present 'notifies'): no act told; (session
        # 48) a family, each language's subordinators and verb forms in the data
    if noticed is not None and not FEARED_LEAVING.search(s[:noticed.start]):
        codes = [c for m in x.sent.states if not is_demonym(m, x.spec) and not COURT_SEAT.search(s[:m.start - x.sent.start])
                 for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in x.states]
        for st in dict.fromkeys(codes):
            if x.spec.parties and st not in x.spec.parties:
                continue
            x.emit("withdrawal_notified", x.sent, "rules:withdrawal", state=st, anchor=noticed.start, when=(noticed.date, None))
        return True
    if WITHDRAW.search(s) and all(re.search(r"\b(?:urg\w*|call\w*\s+(?:on|upon|for)|demand\w*|press(?:ed|es|ing|ured?|uring)?(?!\s+(?:conference|briefing|release|"
                     r"statement|secretary|office|service|agency|freedom)s?\b)|asking|asks?)\b[^.;]{0,50}$", s[:wm.start()], re.I)
           or (BILL_TO_WITHDRAW.search(s[max(0, wm.start() - 60): wm.start()]) and not BILL_PASSED.search(s)
               and _bill_by_government(x, wm.start()) is None)
           or CAMPAIGN_AFTER_WITHDRAW.match(s, wm.end()) for wm in WITHDRAW.finditer(s)):
        # "a motion urging the government to leave the ICC": a call to withdraw, not a State's decision; "a bill to withdraw Kenya
        # from the Rome Statute was tabled", "un proyecto de ley para retirar a Venezuela …" (session 30): a proposal, no decision
        return False
        # (the English "press", "pressed", "pressure", not Italian "presso", at: "depositato presso l'Onu la notifica", s29; nor
        # (session 38) the press as a noun, "announced at a press conference on Thursday that it will withdraw")
    kind = "withdrawal_notified" if _notified(s) else "withdrawal_announced"
    verb = WITHDRAWAL_ACT.search(s)
    if verb is None and kind == "withdrawal_announced" and not re.search(r"\b(?:not|never|if|whether|unless|consider\w*|might|may|could|threat\w*)\b", s, re.I):
        verb = REPORTED_WITHDRAWAL.search(s)  # "said on Tuesday it was pulling out of the Rome Statute"
        # "The Philippines is withdrawing as a state party to the Rome Statute": the State's leaving told in the present
        # progressive, its own announcement (not "is considering withdrawing", "threatens to withdraw": excluded above)
        verb = verb or re.search(r"\b(?:is|are)\s+(?:now\s+|formally\s+|officially\s+)?(?:withdrawing|pulling\s+out|quitting)\b(?!\s+(?:its|their|the)\s+signature)", s, re.I)
    joined = None
    if verb is None and kind == "withdrawal_announced" and (jm := JOINS_LEAVING.search(s)) is not None \
            and not re.search(r"\b(?:not|never|if|whether|unless|consider\w*|might|may|could|threat\w*)\b", s[: jm.start()], re.I) \
            and not WITHDRAWAL_DOUBT.search(s[: jm.start()]):
        # (session 44, mnews144) "The Gambia joins South Africa and Burundi in withdrawing from the ICC", "Gambia joins African queue
        # to leave ICC": the joining State's leaving, announced; the States it joins (named after the verb) are background
        verb = joined = jm
    if verb is None and kind == "withdrawal_announced" and not WITHDRAWAL_DOUBT.search(s) and not x.question:
        # (not a question: 'Tritt Ungarn aus dem Internationalen Strafgerichtshof aus?', session 36)
        # the same in the other languages, whose present tells it ("Les Philippines quittent la CPI lundi", "Die Philippinen treten
        # aus dem Internationalen Strafgerichtshof aus", "Le Filippine escono dalla Corte"), their words of doubt as data (s29)
        verb = LEAD_PROGRESSIVE.search(s)
        if verb and re.match(r"\s+(?:\w+\s+)?(?:signature|firma|unterschrift|assinatura)\b", s[verb.end():], re.I):
            verb = None  # "is formally withdrawing its signature": a signatory's, no State Party leaving
    if verb is None and kind == "withdrawal_announced" and (nxt := x.next_sentence()) is not None and ANNOUNCED_THIS.match(nxt.text) \
            and not re.search(r"\b(?:not|never|if|whether|unless|consider\w*|might|may|could|threat\w*|nicht|kein\w*|ob|falls|wenn|"
                              r"könnte\w*|erwäg\w*|droh\w*)\b", s, re.I):
        # "Ungarn will aus dem Internationalen Strafgerichtshof austreten. Das kündigte der Kanzleramtsminister … an": the
        # State's leaving told, then, by a pronoun for it, who announced it: the announcement is the next sentence's (session 28)
        verb = WITHDRAW.search(s)
    if verb is None and kind == "withdrawal_notified" and (given := _notified(s)) is not None and GIVEN_NOTICE.match(given.group()):
        # (session 41, mnews134) the notice's giving is the act when no verb of leaving is told: "has given formal notice to the United
        # Nations of its withdrawal from the Rome Statute" (the leaving named by its noun); not any notice the sentence names ("the
        # judgment delivered today on the notice to withdraw": a notice told, no act of giving it)
        verb = given
    if verb is None and kind == "withdrawal_announced":
        # (session 43, mnews140) the State's leaving told by its leader's act, the State its object: 'Duterte retiró ayer a
        # Filipinas de la Corte Penal Internacional', "Duterte yesterday withdrew the Philippines from the ICC"
        verb = withdrawn
    if verb is None and kind == "withdrawal_announced" and (wm := WITHDRAW.search(s)) is not None:
        verb = _bill_by_government(x, len(s)) if BILL_TO_WITHDRAW.search(s[max(0, wm.start() - 60): wm.start()]) else None
    if not verb or _effect_told(s, verb, _notified(s) if kind == "withdrawal_notified" else None):
        return False
    leaving = [wm.start() for wm in WITHDRAW.finditer(s)]
    if leaving and all(";" in s[min(verb.start(), w): max(verb.start(), w)] for w in leaving):
        return False  # (session 47, mleft38) two clauses joined by a semicolon, read apart: 'a décrété mardi l'état d'urgence ; le
        # Burundi avait quitté la CPI en 2017', 'verkündete am Dienstag den Notstand; Burundi hatte … verlassen': the act told is
        # another, the leaving a clause of its own
    if ACT_REFUSED.search(s[max(0, verb.start() - 200): verb.start()]):
        return False  # (session 46, mnews151) "refused on Tuesday to promulgate the law providing for the withdrawal": the act refused
    before = [m.span() for m in ANNOUNCED_BEFORE.finditer(s)]
    if before and kind == "withdrawal_announced" and all(any(a <= v.start() < b for a, b in before) for v in WITHDRAWAL_ACT.finditer(s)):
        return False  # "lamentó la anunciada decisión de X de retirarse": an announcement referred to as made before (session 34)
    if FEARED_LEAVING.search(s[:verb.start()]) or (kind == "withdrawal_notified" and (n := _notified(s)) is not None
                                                    and FEARED_LEAVING.search(s[:n.start()])):
        # (session 36) a notice, too, read before its own words: 'Les informations selon lesquelles la Hongrie aurait notifié …'
        return False  # "Fears that African members would quit the Court had been overplayed": a leaving only feared (session 31)
    if kind == "withdrawal_announced" and ANNOUNCED_AGO.search(s):
        return False  # (session 41, mnews134) "will formally leave on Sunday, a year after Manila announced …": the effect, and an
        # announcement recalled as a year old
    if kind == "withdrawal_announced" and ANNOUNCEMENT_AHEAD.search(s[max(0, verb.start() - 40): verb.start()]):
        return False  # "is expected to announce … that it is withdrawing", "is set to declare": an announcement still to come
    nm = _notified(s) if kind == "withdrawal_notified" else None
    # The withdrawing State is named as a State, not by a demonym ("… failing to arrest Sudanese leader
    # Omar al-Bashir" names no one who leaves)
    named = [c for m in x.sent.states if not is_demonym(m, x.spec) and not COURT_SEAT.search(s[:m.start - x.sent.start])
             for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in x.states]
    seat = {c for m in x.sent.states if COURT_SEAT.search(s[:m.start - x.sent.start]) for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
    # (session 49, mleft42) a State named only as the place of crimes or of a war ("… Netanyahu, wanted for war crimes in the Gaza
    # Strip", 'por crimes de guerra na Faixa de Gaza', 'wegen Kriegsverbrechen in der Ukraine') is not the one that leaves, when
    # another State is named as leaving; with none other named, the sentence is read as before
    actors = _not_theatres(x, named)
    if actors:
        named = actors
    when = _announcement_day(x) if kind == "withdrawal_announced" else None
    if joined is not None:
        # (session 44) only the State named before the joining verb leaves here; none named, none read ("The small West African
        # nation joins South Africa and Burundi in withdrawing": those joined left before)
        named = [c for m in x.sent.states if m.start - x.sent.start < joined.start() and not is_demonym(m, x.spec)
                 for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c in x.states]
        if not named:
            return False
    states = list(dict.fromkeys(named)) or [c for c in x.states if c not in seat]
    if kind == "withdrawal_announced" and when is None and (carried := _day_before(x, states)) is not None:
        states, when = carried
    if kind == "withdrawal_announced" and when is None and (later := _law_day_after(x)) is not None:
        when = later
    if not states and kind == "withdrawal_announced" and ANNOUNCED_THE_WITHDRAWAL.search(s):
        states = _antecedent_states(x)
    for st in states:
        if x.spec.parties and st not in x.spec.parties:
            continue  # (session 38) a State the record holds never a party: "Malaysia withdraws from the Rome Statute" (its accession
            # withdrawn before it entered into force), a signature withdrawn: no withdrawal under article 127
        x.emit(kind, x.sent, "rules:withdrawal", state=st, anchor=(nm or verb).start(), when=when)
    return True


def _not_theatres(x: Ctx, codes: list[str]) -> list[str]:
    """(session 49, mleft42) Of ``codes`` (States the sentence names), those named at least once not as the place of crimes or of a
    war: the text just before the mention read by ``mentions.conflict_before`` and ``CRIME_PLACE`` (each language's words), as
    extract reads a theatre (a State named in both roles, "crimes in Burundi, Burundi announced …", stays)."""
    s = x.s
    kept = []
    for m in x.sent.states:
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if code not in codes or code in kept:
            continue
        before = s[max(0, m.start - x.sent.start - 40): m.start - x.sent.start].lower()
        if not (conflict_before(before) or CRIME_PLACE.search(before)):
            kept.append(code)
    return [c for c in codes if c in kept]


def _bill_by_government(x: Ctx, end: int) -> re.Match[str] | None:
    """(session 43, mnews140) The presenting words (or None) when the withdrawal bill told before ``end`` (the word of leaving) is presented by the State or its
    government: a verb of presenting in the active voice just before the bill's noun (``BILL_PRESENTED``: "Hungary has submitted a
    bill to withdraw", 'L'Ungheria ha presentato la proposta di legge per ritirarsi'), with the State named before it (not by a
    demonym alone) or a word of the executive (``GOVERNMENT_WORD``: "The Hungarian government submitted a bill"), and no members of
    parliament nor a party (``LEGISLATORS``: "Opposition lawmakers submitted a bill" stays a proposal, as "a bill … was tabled"
    with no presenter told, session 30). The government's bill is its decision to leave, announced."""
    s = x.s
    bills = [m for m in BILL_PRESENTED.finditer(s) if m.end() <= end]
    if not bills:
        return None
    head = s[: bills[-1].start()]
    if LEGISLATORS.search(head):
        return None
    state = any(m.start - x.sent.start < bills[-1].start() and not is_demonym(m, x.spec) for m in x.sent.states)
    return bills[-1] if state or GOVERNMENT_WORD.search(head) else None


def _state_withdrawn(x: Ctx) -> re.Match[str] | None:
    """(session 43, mnews140) The act of a State's leaving told by its leader with the State as its object, in the past ("Duterte
    yesterday withdrew the Philippines from the International Criminal Court", 'retiró ayer a Filipinas de la CPI'): the words of
    ``WITHDREW_STATE`` just before a State's name (not a demonym) and ``LEAVING_FROM`` right after it. Not the act recalled in a
    relative clause ("Duterte, who withdrew the Philippines from the ICC, …", ``RELATIVE_BEFORE_ACT``), nor denied, nor told with a
    date more than a month before the document's (a past act recalled, "in 2019"): the day's news. The verb's match, or None."""
    if x.ref is None:
        return None
    s = x.s
    if any(DateSpan.parse(d.date).first < x.ref - dt.timedelta(days=31) for d in find_dates(s, x.ref, x.exact)):
        return None
    for m in x.sent.states:
        if is_demonym(m, x.spec):
            continue
        a, b = m.start - x.sent.start, m.end - x.sent.start
        verb = WITHDREW_STATE.search(s[:a])
        if verb is None or not LEAVING_FROM.match(s[b:]):
            continue
        if RELATIVE_BEFORE_ACT.search(s[: verb.start()]) or re.search(r"\b(?:not|never|pas|jamais|nicht|nie)\b", verb.group(), re.I) \
                or re.search(r"(?:\b(?:not|never|no|non|ne|nicht|nie|não|nunca|jamás)\s+(?:\w+\s+)?|\bn['’])$", s[: verb.start()], re.I):
            continue  # "Duterte, who withdrew …", "n'a pas retiré", "non ha ritirato": recalled or denied
        return verb
    return None


#: The day a withdrawal takes effect, told instead of its announcement or notice.
EFFECT_TOLD = re.compile(r"\b(took effect|takes effect|became effective|has not yet taken effect|effective (?:on|from)|since)\b", re.I)
#: A clause's break between the act told and the rule of its effect: "; it takes effect", ", which takes effect", "and the
#: withdrawal takes effect" (session 32).
EFFECT_CLAUSE_BREAK = re.compile(r";|,\s*(?:which|and|but|while|with)\b|\b(?:and|but)\s+(?:it|this|that|the\s+withdrawal|the\s+exit)\b", re.I)


def _effect_told(s: str, verb: re.Match[str], nm: re.Match[str] | None) -> bool:
    """True when ``s`` tells the day a withdrawal takes effect (or a state since then) rather than the announcement or notice:
    any such words in the sentence, unless (session 32) they stand in a clause of their own after the act's ("deposited its
    notification on Monday; it takes effect one year after …", "announced its withdrawal, which takes effect in a year"),
    the act's verb ``verb`` (or the notice's words ``nm``) told before them and not as the time since."""
    effects = list(EFFECT_TOLD.finditer(s))
    if not effects:
        return False
    act = nm or verb
    return any(e.group(1).lower() == "since" or e.start() < act.end() or not EFFECT_CLAUSE_BREAK.search(s, act.end(), e.start())
               for e in effects)


def _notice_by_effect(x: Ctx) -> Any:
    """(session 42, mleft32) The day of a withdrawal's notice told by the day it takes effect: two days of the sentence one year
    apart (the later the effect's, article 127(1) of the Statute: a withdrawal takes effect one year after the notice's receipt,
    "on 27 October 2016 … takes effect on 27 October 2017", 'le 27 octobre 2016 … prendra effet le 27 octobre 2017'), the effect
    not past on the document's day (a leaving that has taken effect is that news, the notice recalled). The earlier day's
    ``Found``, or None."""
    if x.ref is None:
        return None
    days = [d for d in find_dates(x.s, x.ref, x.exact) if len(d.date) == 10 and not d.end_date]
    for d in days:
        a = dt.date.fromisoformat(d.date)
        for e in days:
            b = dt.date.fromisoformat(e.date)
            if (b.year, b.month, b.day) == (a.year + 1, a.month, a.day) and b >= x.ref:
                return d
    return None


def _notified(s: str) -> re.Match[str] | None:
    """The first words of ``s`` that tell a notice deposited with the depositary, not the notice named only as the point the
    withdrawal's effect is counted from ("un retrait qui prendra effet dans un an, à compter de la date de réception de cette
    lettre par le secrétaire général de l'ONU": EFFECT_FROM_RECEIPT before it; session 32)."""
    return next((m for m in NOTIFIED.finditer(s) if not EFFECT_FROM_RECEIPT.search(s[:m.start()])), None)


def _antecedent_states(x: Ctx) -> list[str]:
    """The State whose leaving the Court the nearest of the two sentences before tells (one State named as a State, not by a
    demonym nor as the Court's seat, in a sentence with words of leaving and of the Court, not revoked): the State a definite
    "announced the withdrawal" in the current sentence refers to (session 32). Empty when none or several."""
    for y in reversed(x.sentences_before(2)):
        if not (WITHDRAW.search(y.text) and STATUTE.search(y.text)) or _revoked(y.text):
            continue
        codes = {c for m in y.states if not is_demonym(m, x.spec) and not COURT_SEAT.search(y.text[:m.start - y.start])
                 for c in [_resolve_state(m, y.text, x.text, x.spec)[0]] if c}
        return sorted(codes) if len(codes) == 1 else []
    return []


def _law_day_after(x: Ctx) -> tuple[str | None, str | None] | None:
    """(session 40) The day of a withdrawal voted or passed as a law, told in the next sentence of the same paragraph by a noun that
    refers back to the law or bill ("Parliament approved a bill initiating the withdrawal … The legislation passed on May 20",
    'La loi a été adoptée le 20 mai', ``LAW_PASSED_BACK``): one day told there, and none in the sentence itself. None otherwise."""
    if x.ref is None or find_dates(x.s, x.ref, x.exact):
        return None
    nxt = x.next_sentence()
    if nxt is None or re.search(r"\n\s*\n", x.text[x.sent.end: nxt.start]) or not (m := LAW_PASSED_BACK.match(nxt.text)):
        return None
    days = [d for d in find_dates(nxt.text, x.ref, x.exact) if d.start >= m.start()]
    if len({d.date for d in days}) != 1:
        return None
    if DateSpan.parse(days[0].date).surely_after(x.ref) and (x.exact or days[0].date[:7] > x.ref.isoformat()[:7]):
        return None  # a day to come (a page dated to the month only: a day after that month)
    return days[0].date, days[0].end_date


def _day_before(x: Ctx, states: list[str]) -> tuple[list[str], tuple[str | None, str | None]] | None:
    """(session 38) The State and the day of a withdrawal announced with no day of its own, when the sentence just before, in the
    same paragraph, gives one day and names one State (not by a demonym nor as the Court's seat) and the subject continues: this
    sentence names no State and opens with a word for it ("On Tuesday, the government of Burundi met in Bujumbura. It announced its
    withdrawal …"; ``SUBJECT_CONTINUES``), or names that State alone and opens with it ("… Burundi announced …"). None otherwise
    (another State's sentence before, another subject, a new paragraph)."""
    if x.ref is None or find_dates(x.s, x.ref, x.exact):
        return None
    before = x.sentences_before(1)
    if not before or re.search(r"\n\s*\n", x.text[before[0].end: x.sent.start]):
        return None
    y = before[0]
    codes = {c for m in y.states if not is_demonym(m, x.spec) and not COURT_SEAT.search(y.text[:m.start - y.start])
             for c in [_resolve_state(m, y.text, x.text, x.spec)[0]] if c}
    days = find_dates(y.text, x.ref, x.exact)
    if len(codes) != 1 or len(days) != 1:
        return None
    code = next(iter(codes))
    if states:
        head = [m for m in x.sent.states if m.start - x.sent.start <= 4]
        if states != [code] or not head:
            return None
    elif not SUBJECT_CONTINUES.search(x.s):
        return None
    return [code], (days[0].date, days[0].end_date)


#: The announcement itself told with its day in a sentence of its own: "the Government made the pronouncement Tuesday,
#: October 25, 2016", "the announcement was made on Monday" (session 25).
ANNOUNCEMENT_DAY = re.compile(r"\b(?:made|issued|delivered)\s+the\s+(?:pronouncement|announcement|declaration)\b|"
                              r"\b(?:pronouncement|announcement|declaration)\s+(?:was|were)\s+made\b", re.I)


def _announcement_day(x: Ctx) -> tuple[str | None, str | None] | None:
    """The day of an announced withdrawal whose sentence gives none, when another sentence of the document tells the
    announcement itself with its day ("made the pronouncement Tuesday, October 25, 2016") in the document's month (a page
    dated to the month) or within a fortnight before its day; None (the usual reading) otherwise."""
    if x.ref is None or find_dates(x.s, x.ref, x.exact):
        return None
    for y in x.sentences:
        if y is x.sent or not ANNOUNCEMENT_DAY.search(y.text):
            continue
        for d in find_dates(y.text, x.ref, x.exact):
            first = DateSpan.parse(d.date).first
            if len(d.date) == 10 and (0 <= (x.ref - first).days <= 14 or (not x.exact and d.date[:7] == x.ref.isoformat()[:7])):
                return (d.date, d.end_date)
    return None


#: A government refusing to hand someone over to the Court: "rejected calls that it hand over X to the ICC",
#: "refuses to surrender him", "has repeatedly refused to hand X over", "rejected the ICC's request to surrender X".
HANDOVER_REFUSED = re.compile(r"\b(?:reject\w*|refus\w*|declin\w*)\b[^.;]{0,40}?\b(?:hand\w*\s+(?:[\w'’-]+\s+){0,6}?over|surrender\w*|extradit\w*)\b", re.I)
#: The Court, its seat or its warrant named: a handover refused is one to the Court.
COURT_NAMED = re.compile(r"\b(?:icc|international criminal court|the court|hague|warrants?)\b", re.I)


def _about_court(x: Ctx, m: re.Match[str]) -> bool:
    """True when a refused handover is one to the Court: the sentence or the two before name the Court, its seat or a
    warrant, or the refusal closes the sentence or a quote ("… not going to hand him over," said …)."""
    before = [y.text for y in x.sentences if y.end <= x.sent.start][-2:]
    # (session 32) the Court or its seat as the document's language names it too ('la CPI', 'la Haye'; English's words are COURT_NAMED's)
    return any(COURT_NAMED.search(t) or COURT_OR_HAGUE.search(t) for t in [x.s, *before]) or bool(re.match(r"\W*$|\W{1,4}(?:said|says|told)\b", x.s[m.end():]))


#: Refusers told only as a kind, in a relative clause just before the refusal: "countries that do not arrest X", "the
#: states which will not arrest him", "any government that refuses to arrest him".
GENERIC_REFUSERS = re.compile(r"\b(?:countries|states|nations|governments|members|member states|states parties|"
                              r"any\s+(?:country|state|government|nation))\s+(?:that|which|who)\s+(?:\w+\s+)?$", re.I)


#: A sentence that goes on with the speaker of the sentences before: "He further argued that …", "She added that …".
SPEAKER_GOES_ON = re.compile(r"\W*(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|argued|argues|added|adds|insisted|insists|stressed|stresses|"
                             r"explained|explains|noted|notes|maintained|maintains|warned|warns)\b", re.I)


def _state_named_before(x: Ctx, own: list[str]) -> str | None:
    """The State the five sentences before last name (by its name, not a demonym), other than ``own``."""
    for y in reversed(x.sentences_before(5)):
        for m in reversed(y.states):
            code = None if is_demonym(m, x.spec) else _resolve_state(m, y.text, x.text, x.spec)[0]
            if code and code in x.spec.states and code not in own:
                return code
    return None


def _main_person(x: Ctx) -> str | None:
    """The person a sentence that names none is about: the one the document names most, when named more often than the
    one named last ("… will visit Hungary … The ICC issued warrants for Netanyahu and former defence minister Gallant. …
    Budapest … asserts it is not obliged to comply with ICC decisions": Netanyahu, not the co-accused named last)."""
    counts: dict[str, int] = {}
    for y in x.sentences:
        for m in y.persons:
            counts[m.id] = counts.get(m.id, 0) + 1
    top = max(counts, key=lambda k: counts[k], default=x.focus)
    return top if top is not None and counts.get(top, 0) > counts.get(x.focus or "", 0) else x.focus


#: A State ranked among others by its conduct, just before the refusal's words: "the second ICC member country to refuse to",
#: "the first State not to", "the latest government to decline to" (session 27).
RANKED_REFUSER = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|last|only|next|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:country|countries|state|states|nation|nations|member|members|government|governments|party|parties)\s+"
                            r"(?:(?:so\s+far|yet|ever)\s+)?(?:not\s+)?to\s+$", re.I)


def _anaphoric_refusal(x: Ctx) -> bool:
    """A refusal told by an anaphor ("The government ruled that out", "Il governo ha escluso questa eventualità") in a sentence
    that names no person, right after a sentence that speaks of arresting a person it names in a State it names: that State's
    refusal for that person (session 29). Without both named there, nothing: the anaphor's object is not known."""
    am = ANAPHORIC_REFUSAL.search(x.s)
    if am is None or x.nc or ANAPHOR_NEGATED.search(x.s[max(0, am.start() - 40): am.start()]):
        return False
    if _anaphor_answers_own_clause(x, am):
        return True
    if x.persons:
        return False
    prev = x.sentences_before(1)
    if not prev or not prev[0].persons or not ARREST_ASKED.search(prev[0].text):
        return False
    y = prev[0]
    p = min(y.persons, key=lambda m: m.start).id
    own = x.spec.nationality.get(p, [])
    codes = [c for m in sorted(y.states, key=lambda m: m.start)
             for c in [_resolve_state(m, y.text, x.text, x.spec)[0]] if c and c in x.spec.states and c not in own]
    if not codes:
        return False
    x.emit("refusal", x.sent, "rules:anaphoric_refusal", person=p, state=codes[0])
    return True


def _anaphor_answers_own_clause(x: Ctx, am: re.Match[str]) -> bool:
    """(session 49, mleft42) The anaphoric refusal whose arrest is spoken of earlier in the same sentence ("Asked whether Hungary
    would arrest X, the government ruled it out", '… a l'obligation d'arrêter son hôte, mais les autorités tchadiennes ont exclu
    cette éventualité'): the arrest's words (``ARREST_ASKED``) and a State (not the person's own; a demonym as the authorities'
    is one) before the anaphor, the person named there too or, none named in the sentence, the first one the sentence before
    names. That State's refusal for that person; False (nothing read) otherwise."""
    s, sent = x.s, x.sent
    head = s[: am.start()]
    if not ARREST_ASKED.search(head):
        return False
    named = sorted((m for m in sent.persons if m.start - sent.start < am.start()), key=lambda m: m.start)
    if named:
        p = named[0].id
    elif not sent.persons and (prev := x.sentences_before(1)) and prev[0].persons:
        p = min(prev[0].persons, key=lambda m: m.start).id
    else:
        return False
    own = x.spec.nationality.get(p, [])
    codes = [c for m in sorted(sent.states, key=lambda m: m.start) if m.start - sent.start < am.start()
             for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c and c in x.spec.states and c not in own]
    if not codes:
        return False
    x.emit("refusal", sent, "rules:anaphoric_refusal", person=p, state=codes[0])
    return True


#: (session 36) The method of a plain refusal whose sentence tells no occasion to arrest: it stands only beside a visit of the same
#: person to the same State the document tells, and takes that visit's day (``extract``, after the document is read).
UNPLACED_REFUSAL = "rules:plain_refusal_unplaced"


def plain_refusal(x: Ctx) -> bool:
    """(session 36) A refusal told as a plain past act of the State, with no refusal wording: a State (or its government,
    authorities, police) named before a negated arrest, detention or handover in the past (``PLAIN_REFUSAL``: "Mongolia did
    not arrest X during his visit", 'n'a pas arrêté', 'no detuvo a', 'nahm X … nicht fest') or a departure it let happen
    (``LET_LEAVE``: "let X leave the country", 'a laissé X quitter', 'ließ X ausreisen'), the person under a warrant its object
    (named right after the verb, at most a title between, or inside the departure's words), and the person's stay told: by the
    departure, by the sentence (``REFUSAL_OCCASION``: 'during his visit', 'when he landed', 'despite the warrant'), or by a visit
    of the same person to that State the document tells (checked once the document is read). Dated by the day the sentence
    gives the stay, else by the visit's. Not a refusal told as false, supposed ('if … did not arrest'), asked, or beside a trip
    denied; not by the person's own State; not of someone with no warrant recorded."""
    s = x.s
    if x.denial or x.question:
        return False
    relatives = {w.lower() for w in x.spec.lexicon.get("relative_pronouns") or []}
    for family, leaving in ((PLAIN_REFUSAL, False), (LET_LEAVE, True), (RECEIVED_UNARRESTED, True)):
        m = family.search(s)
        if m is None or REFUSAL_TOLD_FALSE.search(s[:m.start()]) or PLAIN_REFUSAL_SUPPOSED.search(s[:m.start()]) \
                or STAY_DENIED_AFTER.search(s[m.end():]) or EXPLANATION_ASKED.search(s[:m.start()]) \
                or COURT_TELLS_CONDUCT.search(s[max(0, m.start() - 200): m.start()]):
            continue
        # the person: inside the words (a departure let, a separable verb's object) or right after them, with at most a title
        # between (no relative pronoun of any language read: "did not arrest the journalist who met X" names another)
        person = next((p.id for p in sorted(x.sent.persons, key=lambda p: p.start)
                       if p.id in x.persons and p.id in x.spec.warranted
                       and (m.start() <= p.start - x.sent.start < m.end()
                            or (p.start - x.sent.start >= m.end() and PLAIN_REFUSAL_OBJECT.fullmatch(gap := s[m.end(): p.start - x.sent.start])
                                and not relatives & {w.lower() for w in gap.split()}))), None)
        if person is None and not x.sent.persons and not x.sent.others and x.focus \
                and OBJECT_PRONOUN.search(s[m.start(): min(len(s), m.end() + 6)]):
            # (session 37) "Mongolia did not arrest him during his visit", 'ne l'a pas arrêté', 'no lo detuvo', 'hat ihn nicht
            # festgenommen', "let him leave": an object pronoun in a sentence that names no one is the person the document is
            # about (the one the refusal rules resolve: named most, else last)
            main = _main_person(x)
            person = main if main in x.spec.warranted else None
        if person is None:
            continue
        own = x.spec.nationality.get(person, [])
        # the State: the last one named before the words, with no person named between it and them
        subject = None
        for mm in sorted(x.sent.states, key=lambda mm: mm.start):
            at = mm.start - x.sent.start
            if at >= m.start() or m.start() - at > 120 or ";" in s[at: m.start()]:
                continue
            if any(at < p.start - x.sent.start < m.start() for p in x.sent.persons):
                continue
            code = _resolve_state(mm, s, x.text, x.spec)[0]
            if code and code in x.spec.states and code not in own:
                subject = code
        if subject is None:
            continue
        if family is RECEIVED_UNARRESTED and not _party_on(x, subject):
            continue  # (session 42) a reception with no arrest by a State the Statute does not bind that day is no refusal
        told = leaving or bool(REFUSAL_OCCASION.search(s))
        days = [d for d in find_dates(s, x.ref, x.exact) if not (x.ref and DateSpan.parse(d.date).surely_after(x.ref))]
        # the day told after the verb first ('during his visit on Tuesday'), not the telling's before it ('explained on Monday why')
        days = [d for d in days if d.start >= m.start()] or days
        when = (days[0].date, days[0].end_date) if days else None
        if when and x.ref and (len(when[0]) == 4 or DateSpan.parse(when[0]).last < x.ref - dt.timedelta(days=31)):
            return False  # "Controversy erupted last year when the government did not arrest X …": recalled, not the news
        x.emit("refusal", x.sent, "rules:plain_refusal" if told else UNPLACED_REFUSAL, person=person, state=subject, when=when)
        return True
    return False


def _party_on(x: Ctx, code: str) -> bool:
    """(session 42, mleft32) Whether the record holds ``code`` a State Party on the document's day (its party spans in the
    gazetteer, ``Spec.parties``); True when the gazetteer holds no spans at all (a test's bare gazetteer) or the day is unknown."""
    if not x.spec.parties:
        return True
    day = x.ref.isoformat() if x.ref else None
    spans = x.spec.parties.get(code) or []
    return bool(spans) and (day is None or any(a <= day and (not b or day < b) for a, b in spans))


def _people_not_government(x: Ctx) -> set[str]:
    """(session 48, mleft40) The States a sentence names only by their people as the subject of a verb that is no government's
    word: each of its mentions a demonym after a plural article at a clause's head (``PEOPLE_NAMED_BEFORE``: "the Hungarians",
    'les Hongrois', 'los húngaros', 'os húngaros', 'gli ungheresi') not followed by a word of a government's
    (``PEOPLE_GOVERNMENT_WORD``: 'ont annoncé', 'anunciaron', 'hanno dichiarato')."""
    s = x.s
    people: set[str] = set()
    others: set[str] = set()
    for m in x.sent.states:
        code = _resolve_state(m, s, x.text, x.spec)[0]
        if code is None:
            continue
        a, b = m.start - x.sent.start, m.end - x.sent.start
        if is_demonym(m, x.spec) and PEOPLE_NAMED_BEFORE.search(s[:a]) and not PEOPLE_GOVERNMENT_WORD.match(s[b:]):
            people.add(code)
        else:
            others.add(code)
    return people - others


def refusal(x: Ctx) -> None:
    """A government saying it will not, cannot or need not arrest (a pledge to arrest is not one)."""
    s = x.s
    if _anaphoric_refusal(x):
        return
    handover = HANDOVER_REFUSED.search(s) or HANDOVER_NOT.search(s)
    if handover and not _about_court(x, handover):
        handover = None
    if handover and re.search(r"(?<!\bbe\s)(?<!\bbeen\s)\bsurrender(?:s|ed|ing)?$", handover.group(0), re.I) and \
            re.match(r"\s*(?:[.;!?,]|$|(?:and|or|but|in|on)\b)", s[handover.end():], re.I):
        handover = None  # "said that Russia would not surrender": a side that will not give up, no one it will not hand over (s30)
    rm = REFUSAL.search(s) or REFUSAL_MORE.search(s) or NO_QUESTION.search(s) or handover
    if rm is None and (risk := ARREST_RISK_LIFTED.search(s)) is not None and LEAVE_GIVEN.search(clause := s[: risk.start()].rsplit(";", 1)[-1]) \
            and not GUARANTEE_ASKED.search(clause):
        # (session 44, mnews144) "a resolution that would enable X to attend events … without facing the risk of arrest": the
        # government's leave told before the risk lifted, anywhere in the clause (a purpose clause often runs long), as
        # "without being arrested" after a word of leave; not an observer's "landed … without facing the risk of arrest", nor a
        # guarantee only required or asked for ('requeriría una garantía … de que se le permitirá ingresar … sin riesgo de arresto')
        rm = risk
    pledge = PLEDGE.search(s)
    if pledge and rm and rm.start() <= pledge.start() < rm.end():
        pledge = None  # "brushed off suggestions that police would arrest him": the arrest is what is dismissed
    if not rm and not pledge and not x.nc:
        plain_refusal(x)
    if not rm or pledge or x.nc:
        return
    sup_from = max(0, rm.start() - 60)
    if (sup := REFUSAL_SUPPOSED.search(s[sup_from: rm.end()])) and sup_from + sup.end() > rm.start():
        return  # "Hungary could refuse to arrest X if he visits": a refusal only supposed, no government's word (session 36)
    if REFUSAL_WHY.search(s[:rm.start()]):
        return  # (session 45, mnews148) "RDC : pourquoi Kinshasa ne peut pas arrêter X sur son sol", "Why Kinshasa cannot arrest X":
        # an explainer's question, the writer's analysis of what a State can do, no government's word
    if REFUSAL_CONCEDED.search(s[:rm.start()]) and ARREST_LEFT_TO_COURTS.search(s[rm.end():]):
        return  # (session 47, mnews156) "Although Brazil grants immunity to heads of state on official visits, the minister said the
        # decision on an arrest would not be for the government but for the courts": a practice conceded, the arrest left to the
        # judges, no government's word that it will not or need not arrest
    if REFUSAL_HEARSAY.search(s[max(0, rm.start() - 120): rm.start()]) or x.question:
        return  # "Rumours that South Africa would not arrest X were dismissed", "Will Mongolia refuse to arrest X?" (session 36)
    if UNABLE_TO_ARREST.match(rm.group(0)) and STAY_DENIED_AFTER.search(s[rm.end():]):
        return  # (session 36) "Mongolia could not arrest X because he did not travel there": no occasion, no refusal
    if UNHINDERED.search(rm.group(0)) and not LEAVE_GIVEN.search(s[max(0, rm.start() - 120): rm.start()]):
        return  # "the presence of a head of state accused of war crimes - without being detained - calls into question …": what
        # happened, told by an observer, not a government's word that he may come and go (each language's words: 'avait été
        # accueilli …, sans être arrêté à sa descente de l'avion', session 29)
    court = COURT_SPEAKER.search(s[max(0, rm.start() - 160): rm.start()])
    if court and not re.search(r"\b(?:government|minister|ministry|president|authorities|officials?|spokes\w+|cabinet)\b", court.group(0), re.I) \
            and not any(rm.start() - 160 < m.start - x.sent.start < rm.start() for m in x.sent.states):
        return  # "The Chamber reaffirmed that personal immunity … is no bar before the Court": the Court's word about the law, not
        # a government's that it will not arrest; a State or its government named after the Court's verb is told by it (s29)
    if re.search(r"\b(?:ruling|decision)\W*$", rm.group(0), re.I) and not any(
            WARRANT_NOUN.search(t) for t in [s, *[y.text for y in x.sentences_before(2)]]):
        return  # "would disregard the ruling" with no warrant told: another ruling, not the Court's warrant (session 29)
    if "immunit" in rm.group(0).lower() and re.match(
            r"\s+(?:to|for|on)\s+(?:(?:all|every|each)\b|(?:the\s+)?(?:[\w-]+\s+)?(?:officials|participants|delegates|delegations|guests|"
            r"attendees|leaders|heads\s+of\s+(?:state|government))\s+(?:invited|attending|taking\s+part|coming|expected)\b)", s[rm.end():], re.I):
        return  # "granted diplomatic immunity to all officials invited to the summit, including X": a conference's immunity for
        # every guest, no word of the government about arresting the person
    if IMMUNITY_WORD.search(rm.group(0)) and (IMMUNITY_DOUBTED.search(s[:rm.start()]) or "?" in s[rm.end():]):
        return  # "has no immunity", "whether X has immunity", "Does X have immunity?": no government's word that it need not arrest
    if re.search(r"\b(?:if|unless|provided|on condition that)\s+(?:(?:he|she|they|it)\s+)?(?:(?:is|was|were|are|gets?|got)\s+)?(?:guaranteed|assured|promised)\b[^.;]{0,30}$",
                 s[:rm.start()], re.I):
        return  # "would only travel to Brazil if guaranteed he would not be arrested": a condition asked, not a government's word
    if REFUSAL_GROUND.search(s[:rm.start()]) and not REFUSAL_GROUND_FINITE.match(s, rm.start()):
        return  # "referred Malawi … over its refusal to arrest him": the ground of another act, not a government's word; not
        # "Hungary for its part refused to arrest him" (the refusal told by its finite verb: an adverbial, session 43)
    if REFUSAL_GROUND_CLAUSE.search(s, max(0, rm.start() - 160), rm.start()):
        return  # (session 44) "criticised Hungary because it refused to arrest him", 'kritisierte Ungarn dafür, dass es sich
        # weigerte': the ground of another's criticism told by a clause, as "for having refused": no government's word
    gloss = re.search(r"\b(?:meaning|which means|that means|so that|hence|thus|therefore)\b[^.;]{0,60}$", s[:rm.start()], re.I)
    if gloss and not re.search(r"\b(?:asserts?|asserted|says?|said|insists?|insisted|argues?|argued|maintains?|maintained|claims?|claimed)\b",
                               s[gloss.start(): rm.start()], re.I):
        # (not the government's own word told after the gloss: "and therefore asserts it is not obliged to comply")
        return  # "have not signed the treaty, meaning they are not obliged to arrest him": the writer's gloss, not a government's word
    if re.search(r"\b(?:by|for)\s+(?:having\s+)?$", s[:rm.start()], re.I) and re.match(r"(?:refus|declin|fail)", rm.group(0), re.I):
        return  # "By refusing to arrest X, Zambia has shamed itself", "criticised Zambia for (having) refusing/refused to arrest X": the State's
        # conduct told by someone judging it, not the government's word
    if re.match(r"\s+(?:to\s+)?(?:[\w-]+\s+){0,2}?(?:any(?:one|\s+of\s+(?:its|his|her|their)\s+(?:own\s+)?(?:nationals|citizens))|"
                r"(?:its|his|her|their)\s+(?:own\s+)?(?:nationals|citizens))\b", s[rm.end():], re.I):
        return  # "has consistently refused to surrender any of its nationals to the Court": a refusal told of a class, no word about
        # the person another clause names (session 26)
    if RANKED_REFUSER.search(s[max(0, rm.start() - 80): rm.start()]):
        return  # "Tajikistan has become the second ICC member country to refuse to execute the warrant": the writer ranking a
        # State's conduct among others', not its government's word (session 27)

    if (ng := NOT_GOVERNMENT_SPEAKER.search(s[max(0, rm.start() - 140): rm.start()])) and not re.search(
            r"\b(?:government|minister|ministry|president|chancellor|spokes\w+|officials?|cabinet|kremlin|palace)\b", ng.group(0), re.I):
        return  # "the opposition leader said Germany should not arrest him": a word of someone who speaks for no government (s27)
    if GENERIC_REFUSERS.search(s[max(0, rm.start() - 60): rm.start()]):
        return  # "countries that do not arrest X", "the states that will not arrest him": no government named as saying it
    # (session 39) not a State named only as the war's or the crimes' theatre ("Wanted for war crimes committed in the invasion of
    # Ukraine, X will not be arrested if he comes to Brazil"): the other State named, or the actor the story last named
    # (session 48, mleft40) not a State named only by its people as the subject of a verb that is no government's word ('les
    # Hongrois ont protesté parce que X ne sera pas arrêté', 'los húngaros protestaron porque …'): a people's feeling, not its
    # government's word; 'les Hongrois ont annoncé que …' stays the State's
    people = _people_not_government(x)
    refusing = [c for c in x.states if c not in x.theatres and c not in people]
    if people and not refusing:
        return
    refusing = refusing or ([x.last_state] if x.last_state else [])
    # the State whose authorities or government the sentence names speaks ("… a summit in South Africa …, even as the Armenian
    # authorities sought to assure the Kremlin he would not be arrested"), before another State the sentence names
    speakers = [c for c in authorities_states(x.sent, s, lambda m: _resolve_state(m, s, x.text, x.spec)[0]) if c in refusing]
    # (session 40) then the State a condition's trip goes to ("After talks in India, the minister said X will not be arrested if he
    # comes to Brazil", 's'il vient en France', 'wenn er nach Deutschland kommt'): the host the word is meant for, not a State named
    # only as where the talks were held
    hosts = [c for m in x.sent.states if CONDITION_HOST.search(s[max(0, m.start - x.sent.start - 90): m.start - x.sent.start])
             and (c := _resolve_state(m, s, x.text, x.spec)[0]) in refusing and c not in speakers]
    refusing = speakers + list(dict.fromkeys(hosts)) + [c for c in refusing if c not in speakers and c not in hosts]
    # (session 42, mtrap138) not the place where the speaker was when speaking ("when he was in Dubai, the president had said X
    # would not be arrested at the summit in Rio de Janeiro", 'quando estava em Dubai', 'lorsqu'il était à Dubaï'): where the word
    # was said, not the State that refuses, when the sentence names another State
    said_at = {c for m in x.sent.states if SPEAKER_AT.search(s[max(0, m.start - x.sent.start - 80): m.start - x.sent.start])
               for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
    if said_at and any(c not in said_at for c in refusing):
        refusing = [c for c in refusing if c not in said_at]
    # (session 41, mnews133) not a place that heads the sentence as its dateline, a city and a colon ("New Delhi: Amid speculations
    # …, South African President X has said that any such attempts to arrest him would be a declaration of war"): where the story
    # was filed, not the government speaking, when the sentence names another State
    filed = {c for m in x.sent.states if re.match(r"\W*$", s[:m.start - x.sent.start]) and re.match(r":\s", s[m.end - x.sent.start:])
             for c in [_resolve_state(m, s, x.text, x.spec)[0]] if c}
    if filed and any(c not in filed for c in refusing):
        refusing = [c for c in refusing if c not in filed]
    if not x.states and "immunit" in rm.group(0).lower():
        # an immunity claimed in a sentence that names no State ("Officials said the immunities apply to leaders including
        # X"): not the State last named when that is a State whose own national the document names ("Israel is not a
        # member"): the protected side, not the one asked to arrest
        nationals = {st for y in x.sentences for m in y.persons for st in x.spec.nationality.get(m.id, [])}
        refusing = [c for c in refusing if c not in nationals]
    main = _main_person(x) if x.focus else None
    about = x.persons or ([main] if main else [])
    for p in about[:1]:
        # a State refusing to hand over someone it holds may be the person's own ("The Sudanese military rejected
        # calls that it hand over … al-Bashir"); otherwise the person's own State only describes them
        own = [] if handover else x.spec.nationality.get(p, [])
        # a speaker going on ("He further argued that arresting X … would harm the peace talks in Sudan") in a sentence naming only
        # the person's own State: the State last named before (the government whose minister the sentences before quote)
        others = [c for c in refusing if c not in own] or ([b] if x.states and SPEAKER_GOES_ON.match(s) and (b := _state_named_before(x, own)) else [])
        for st in others[:1]:
            x.emit("refusal", x.sent, "rules:refusal", person=p, state=st)
