"""Every cooperation duty a State owes on a date, by situation, with the basis of each (Part 9)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from iccwatch.facts import Facts, bears_on
from iccwatch.law.arrest import arrest_obligation, bases_in_situation
from iccwatch.law.art16 import duty_effect as art16_duty_effect
from iccwatch.law.art16 import in_situation as art16_in_situation
from iccwatch.law.citations import citation_url, rs
from iccwatch.law.deferral import deferral
from iccwatch.law.determination import forum_of, forum_text, position_date_doubts, position_dict
from iccwatch.law.forum import basis_doubts
from iccwatch.law.party_status import PartyStatus, checked_through, party_status
from iccwatch.law.warrants import warrant_status
from iccwatch.model.dates import DateSpan
from iccwatch.model.rome_statute import ENTRY_INTO_FORCE as STATUTE_IN_FORCE

if TYPE_CHECKING:
    from iccwatch.model import Situation

#: The duties Part 9 imposes on a State bound to cooperate in a situation.
DUTIES = (
    ("general_cooperation", "cooperate fully with the Court's investigations and prosecutions", rs("86")),
    ("national_procedures", "have procedures under national law for every form of cooperation", rs("88")),
    ("arrest_and_surrender", "arrest and surrender persons sought by the Court", rs("89(1)")),
    ("transit", "authorise the transport through its territory of a person being surrendered to the Court by another State, "
     "unless transit would impede or delay the surrender", rs("89(3)(a)")),
    ("other_assistance", "provide the other forms of assistance requested (evidence, witnesses, freezing of assets, ...)", rs("93(1)")),
    ("consultation", "consult the Court without delay on problems that may impede a request", rs("97")),
)


#: An ad hoc arrangement binds only to the assistance it covers, in its situation (Art. 87(5)(a)).
ARRANGEMENT_DUTY = (("arrangement", "give the assistance the ad hoc arrangement covers, in this situation only", rs("87(5)(a)")),)


def _duties(bases: list[Any]) -> tuple[tuple[str, str, str], ...]:
    """The Part 9 duties, unless the State's only ground is an ad hoc arrangement: then what it covers."""
    return ARRANGEMENT_DUTY if {b.kind for b in bases} == {"arrangement"} else DUTIES


def _opened_order(sit: Situation) -> tuple[dt.date, dt.date]:
    """Situations by the date their investigation opened (those with none first)."""
    return DateSpan.parse(sit.investigation_opened).sort_key if sit.investigation_opened else (dt.date.min, dt.date.min)


def _listed_from(facts: Facts, sit: Situation) -> str | None:
    """The day from which a situation's duties are listed: its investigation's opening (or authorisation), or, for a
    situation the Security Council referred, the resolution's adoption if earlier: the situation is before the Court
    from the referral (Art. 13(b)), and the Council's decision that a State shall cooperate binds from the day it is
    adopted (UN Charter art. 25), before the Prosecutor opens the investigation."""
    opened = sit.investigation_opened or (sit.authorisation.date if sit.authorisation else None)
    res = facts.records.instruments.get(sit.unsc_resolution) if sit.trigger == "unsc_referral" and sit.unsc_resolution else None
    if res is not None and res.adopted and (opened is None or DateSpan.parse(res.adopted).first < DateSpan.parse(opened).first):
        return str(res.adopted)
    return opened


def state_obligations(facts: Facts, state: str, on: dt.date) -> dict[str, Any]:
    """The duties ``state`` owes on ``on`` in each situation under investigation, with their bases."""
    st = facts.state(state)
    situations: list[dict[str, Any]] = []
    # Council referrals that only urge this State (not an addressee): no obligation (UN Charter art. 25
    # binds by the Council's decisions only), said so that an empty answer is not read as an oversight.
    urged: list[dict[str, str]] = []
    for sit in sorted(facts.records.situations.values(), key=_opened_order):
        opened = _listed_from(facts, sit)
        if opened is None or DateSpan.parse(opened).surely_after(on):
            continue
        bases = bases_in_situation(facts, st.iso3, sit, on)
        applying = [b for b in bases if b.applies == "yes"]
        contested = [b for b in bases if b.applies == "contested"]
        # A ground that cannot be told (party status on a day a month-only deposit leaves open) makes the
        # duty unknown where no ground surely applies: listed as such, not left out as "no duty".
        unknown = [] if applying else [b for b in bases if b.applies == "unknown"]
        if not applying and not contested and not unknown:
            if sit.trigger == "unsc_referral" and sit.unsc_resolution:
                res = facts.records.instruments[sit.unsc_resolution]
                if st.iso3 not in res.obliges_states and res.adopted and not DateSpan.parse(res.adopted).surely_after(on):
                    para = f" para {res.cooperation_paragraph}" if res.cooperation_paragraph else ""
                    urged.append({"situation": sit.id, "name": sit.name, "resolution": f"{res.citation}{para}"})
            continue
        wanted: dict[str, dict[str, Any]] = {}
        sought_in: dict[str, tuple[str, ...]] = {}  # each person sought: the situations of all his outstanding warrants
        for w in facts.warrants_in(sit.id):
            if w.kind != "arrest_warrant" or w.person in wanted:
                continue
            person = facts.records.persons[w.person]
            ws = warrant_status(facts, person, on)
            if w in ws.outstanding:
                # The duty to arrest this person, as the arrest question answers it: it may differ from the
                # situation's (a warrant issued after a withdrawal took effect, Art. 127(2); an execution
                # rule such as Art. 95 or 98(2)).
                det = arrest_obligation(facts, st.iso3, person.id, on)
                wanted[w.person] = {"person": w.person, "name": person.name, "answer": det.answer,
                                    "basis": list(det.basis), "doubts": list(det.doubts)}
                sought_in[w.person] = tuple(dict.fromkeys(x.situation for x in ws.outstanding))
        use = applying or unknown or contested
        basis = list(dict.fromkeys(c for b in use for c in b.citations))
        bodies = forum_of(use)
        # An Art. 18(2) deferral changes no duty, but the answer says the investigation then stood deferred.
        deferred = deferral(facts, sit, on)
        notes = [deferred] if deferred.applies == "yes" else []
        # A Security Council request under Art. 16 standing on the date suspends the duty to arrest the persons it
        # covers for its period (the State stays bound to cooperate): the row says so, with the resolution's paragraph.
        council = art16_in_situation(facts, sit.id, sought_in, on)
        duties: list[dict[str, Any]] = [{"duty": k, "what": what, "citation": cite} for k, what, cite in _duties(use)]
        # Art. 16 reaches every duty that serves the investigation or prosecution of the cases it covers (surrender,
        # transit, assistance): those are suspended for the period; the standing duties (Arts. 86, 88, 97) say they stand.
        for d in duties:
            d.update(art16_duty_effect(d["duty"], council))
        situations.append({
            "situation": sit.id,
            "name": sit.name,
            "status": "obliged" if applying else "unknown" if unknown else "contested",
            "basis": basis,
            "bases": [b.kind for b in use],
            "forum": forum_text(bodies),
            "forum_bodies": sorted(bodies),
            "duties": duties,
            "persons_to_arrest": list(wanted.values()),
            "art16": [{k: v for k, v in r.items() if k not in ("step", "doubts", "duties")} for r in council],
            "reasoning": [*(b.step.as_dict() for b in (*use, *notes)), *(r["step"].as_dict() for r in council)],
            # A situation's row lists the general positions and those naming the situation; one stated about a
            # person is listed in the answer on that person's arrest, not here.
            "contested": [position_dict(p) for b in contested for p in b.positions if not p.persons and bears_on(p, None, (sit.id,))],
            # Holdings and positions on the same point taken after the date: shown apart, never relied on.
            "later_held": [position_dict(p) for p in {p.id: p for b in contested for p in b.later}.values()
                           if not p.persons and bears_on(p, None, (sit.id,))],
            "doubts": [*basis_doubts(use), *(d for n in notes for d in n.doubts), *(d for r in council for d in r["doubts"]),
                       *position_date_doubts({p.id: p for b in contested for p in b.positions
                                              if not p.persons and bears_on(p, None, (sit.id,))}.values(), on)],
        })
    checked, checked_text = checked_through(facts, facts.DUTY_KINDS)
    ps = party_status(facts, st.iso3, on)
    doubts = list(ps.doubts)
    # The State's own requests under Art. 18(2) standing on the date: said with its status too, not only in the
    # situation's row (the row is there only where the State owes duties in the situation).
    for sit in facts.situations_deferred_by(st.iso3):
        own = deferral(facts, sit, on)
        if own.applies == "yes":
            doubts += own.doubts
    if on > checked:
        doubts.append(f"the record was checked through {checked_text}; facts after that date may be missing")
    doubts = list(dict.fromkeys(doubts))
    cited: list[str] = list(dict.fromkeys([*ps.step.all_citations(), *(c for s in situations for c in s["basis"]),
                                           *(c for s in situations for r in s["art16"] for c in r["citations"])]))
    return {
        "question": {"kind": "obligations", "state": st.iso3, "state_name": st.name, "on": on.isoformat()},
        "status": {"status": ps.status, "party": ps.party, "since": ps.since, "until": ps.until,
                   "conclusion": ps.step.conclusion, "reasoning": ps.step.as_dict()},
        "summary": _summary(st.name, _status_text(facts, st.iso3, ps, on), situations, on, urged),
        "situations": situations,
        "urged_only": urged,
        "assumptions": [str(a) for a in facts.assumptions],
        "doubts": doubts,
        "citations": [{"citation": c, "url": citation_url(c)} for c in cited],
    }


def _status_text(facts: Facts, iso3: str, ps: PartyStatus, on: dt.date) -> str:
    """The State's status on the date, with its Art. 12(3) declarations and announced withdrawals, and the
    situations concerning it in which no investigation had yet opened (Part 9 applies to investigations)."""
    parts = [ps.step.conclusion + (f", until {ps.until}" if ps.until and ps.status == "party_withdrawal_pending" else "")]
    if ps.status == "ratified_not_in_force":
        parts.append(f"the Statute enters into force for it on {ps.until or 'a date not recorded'} (Art. 126(2)); until then it "
                     "owes no cooperation under it, only to refrain from acts that would defeat its object and purpose (VCLT art. 18(b))")
    for d in ps.declarations:
        scope = (f" for conduct from {d.covers_from}" if d.covers_from else "") + (f" to {d.covers_to}" if d.covers_to else "")
        parts.append(f"Art. 12(3) declaration lodged on {d.date}{scope}")
    for a in ps.announcements:
        if ps.status in ("party", "party_withdrawal_pending") and not any(
                x.action == "withdrawal_notified" and DateSpan.parse(x.date).first >= DateSpan.parse(a.date).first
                for x in facts.acts_until(iso3, on)):
            if a.retracted and DateSpan.parse(a.retracted).first <= on:
                parts.append(f"withdrawal announced on {a.date} and retracted on {a.retracted}: no notification followed, and an "
                             "announcement has no effect (Art. 127(1))")
                continue
            parts.append(f"withdrawal announced on {a.date}, but no notification to the Secretary-General is recorded by "
                         f"{on.isoformat()}: an announcement has no effect (Art. 127(1))")
    for sit in facts.situations_concerning(iso3):
        opened = sit.investigation_opened or (sit.authorisation.date if sit.authorisation else None)
        if opened is None or DateSpan.parse(opened).surely_after(on):
            parts.append(f"situation {sit.name}: no investigation opened by {on.isoformat()}"
                         + (f" (opened {opened})" if opened else ""))
    return "; ".join(parts)


def _summary(name: str, status: str, situations: list[dict[str, Any]], on: dt.date, urged: list[dict[str, str]]) -> str:
    """One sentence a reader can quote: the State's relation to the Statute and where it owes duties."""
    if on < STATUTE_IN_FORCE:
        return (f"{status}; the Statute entered into force on {STATUTE_IN_FORCE.isoformat()} (Art. 126(1)), so no "
                f"duty under it existed on {on.isoformat()}")
    urging = ("; it is only urged to cooperate by " + ", ".join(f"{u['resolution']} ({u['name']})" for u in urged)
              + ", which creates no obligation for a State that is not an addressee (UN Charter art. 25 binds by the "
              "Council's decisions)") if urged else ""
    if not situations:
        return (f"{status}; {name} owes no duty of cooperation under the Statute, a Security Council resolution, "
                f"a declaration or an arrangement in any situation under investigation on {on.isoformat()}{urging}")
    obliged = [s["name"] for s in situations if s["status"] == "obliged"]
    contested = [s["name"] for s in situations if s["status"] == "contested"]
    unknown = [s["name"] for s in situations if s["status"] == "unknown"]
    parts = [f"{status}; duties in {len(obliged)} situation{'s' if len(obliged) != 1 else ''}"]
    if contested:
        parts.append(f"contested in {', '.join(contested)}")
    if unknown:
        parts.append(f"unknown in {', '.join(unknown)}")
    split = [f"{p['name']} ({p['answer'].replace('_', ' ')})" for s in situations for p in s["persons_to_arrest"]
             if p["answer"] != s["status"]]
    if split:
        parts.append("the duty to arrest differs from the situation's for " + ", ".join(dict.fromkeys(split)))
    deferred = [f"{s['name']} ({', '.join(r['citation'] for r in s['art16'])})" for s in situations if s["art16"]]
    if deferred:
        parts.append("the duties to arrest and surrender, to authorise transit and to give other assistance in the cases it "
                     "covers are suspended by a Security Council request under Art. 16 in " + ", ".join(deferred))
    return "; ".join(parts) + urging
