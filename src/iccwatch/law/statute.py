"""Duties under the Statute itself: a State Party's duty to cooperate and to arrest (Arts. 86, 89(1)),
and a former party's residual duties (Art. 127(2))."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import FILING, rs
from iccwatch.law.determination import NO_FORUM, IssueSpan, RuleResult
from iccwatch.law.forum import UNSETTLED_FORUM, forum_for
from iccwatch.law.party_status import fact_of, intervals_of, party_status
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Decision, Situation


def state_party_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> RuleResult:
    """Arts. 86 and 89(1): every State Party must cooperate fully, and comply with requests for arrest
    and surrender, in every situation, whoever referred it."""
    ps = party_status(facts, iso3, on)
    if ps.uncertain:
        # A month- or year-only deposit or notification: on a day in the range it allows, the State may or
        # may not be a party, so whether Arts. 86 and 89(1) bind it cannot be told.
        return RuleResult("statute", "unknown", lambda: Step(
            "state_party_duty", [rs("86"), rs("89(1)"), ps.step.citations[0] if ps.step.citations else rs("126(2)")],
            f"{ps.step.conclusion}; so whether Arts. 86 and 89(1) bind it on {on} cannot be told either",
            children=[ps.step],
        ), missing=(ps.uncertain,), doubts=ps.doubts)
    if ps.party:
        forum, _ = forum_for("statute", situation)
        return RuleResult("statute", "yes", lambda: Step(
            "state_party_duty", [rs("86"), rs("89(1)")],
            f"{ps.step.conclusion}: it must cooperate fully and arrest and surrender on the Court's request, in any situation",
            children=[ps.step],
        ), (rs("86"), rs("89(1)")), forum, doubts=ps.doubts)
    return RuleResult("statute", "no", lambda: Step("state_party_duty", [rs("86")], ps.step.conclusion, children=[ps.step]),
                      doubts=ps.doubts)


def investigation_start(situation: Situation) -> tuple[dt.date | None, str]:
    if situation.authorisation:
        return DateSpan.parse(situation.authorisation.date).first, "authorised"
    if situation.investigation_opened:
        return DateSpan.parse(situation.investigation_opened).first, "opened"
    return None, ""


def jurisdiction_rulings(facts: Facts, situation: Situation, effective: dt.date) -> list[Decision]:
    """The Court's rulings, after a State's withdrawal took effect, on its jurisdiction in a situation
    (challenges to jurisdiction and appeals from them), in date order."""
    decisions = facts.records.decisions
    out = [d for d in facts.decisions_in(situation.id) if DateSpan.parse(d.date).first >= effective
           and (d.kind == "jurisdiction_challenge"
                or (d.appeal_of in decisions and decisions[d.appeal_of].kind == "jurisdiction_challenge"))]
    return sorted(out, key=lambda d: DateSpan.parse(d.date).sort_key)


def _ruling_text(d: Decision) -> str:
    what = "on appeal" if d.appeal_of else "on a challenge to jurisdiction"
    return f"{d.chamber}, {d.date}, {what}: {d.outcome or 'ruled'}"


def residual_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> RuleResult:
    """Art. 127(2): a former party stays bound to cooperate in investigations and proceedings that
    commenced before its withdrawal took effect.

    An investigation authorised or opened before then is covered. Two points are contested and said so:
    a situation only under preliminary examination then (the Philippines), and a warrant issued after
    the withdrawal took effect in an investigation that had commenced before ("obligations which arose
    while it was a Party" may or may not reach a request made later). Where a failure could be
    referred is not settled either (Art. 87(7) speaks of "a State Party")."""
    st = facts.records.states[iso3]
    ended = [iv for iv in intervals_of(facts, iso3) if iv.end is not None and iv.end <= on]
    if not ended:
        return RuleResult("residual", "no", lambda: Step("residual_duty", [rs("127(2)")], f"{st.name} is not a former party on {on}"))
    iv = ended[-1]
    assert iv.end is not None
    effective = iv.end
    forum, _ = forum_for("residual", situation)
    end_fact = (fact_of(iv.end_act, "withdrawal took effect") if iv.end_act is not None
                else FactUsed("withdrawal took effect one year after the notification (Art. 127(1))", effective.isoformat(),
                              tuple(iv.notified.sources) if iv.notified else ()))
    facts_used = [end_fact]
    start, how = investigation_start(situation)
    concerns_state = iso3 in situation.states or iso3 in situation.referring_states
    # The withdrawal's own doubts (a month-only notification gives a range of dates of effect; a recorded
    # date that differs from Art. 127(1)) travel with every answer that rests on the date of effect.
    forum_doubt = (*(d for d in iv.doubts if "withdrawal" in d or "notification" in d), UNSETTLED_FORUM["residual"])
    if start is not None and start < effective:
        src = situation.authorisation.sources if situation.authorisation and situation.authorisation.sources else situation.sources
        facts_used.append(FactUsed(f"investigation in {situation.name} {how}", start.isoformat(), tuple(src)))
        when = (f"on {issued[0]}" if issued and issued[0] == issued[1]
                else f"between {issued[0]} and {issued[1]} (the record does not give the day)" if issued else "")
        if issued is not None and issued[0] >= effective:
            return RuleResult(
                "residual", "contested",
                lambda: Step("residual_duty", [rs("127(2)"), rs("89(1)")],
                     f"the investigation in {situation.name} was {how} on {start}, before {st.name}'s withdrawal took effect on "
                     f"{effective}, so its duty to cooperate in it continues; but the warrant was issued {when}, after that date, "
                     "and whether Art. 127(2) reaches a request for arrest made after the withdrawal took effect has not been settled",
                     facts_used),
                (rs("127(2)"),), forum,
                doubts=(f"the warrant was issued after {st.name}'s withdrawal took effect: whether Art. 127(2) obliges it to arrest "
                        "under it is contested", *forum_doubt),
            )
        if issued is not None and issued[1] >= effective:
            # Issued before the withdrawal took effect (bound) or after it (contested): the record cannot tell.
            return RuleResult(
                "residual", "unknown",
                lambda: Step("residual_duty", [rs("127(2)"), rs("58(1)")],
                     f"the investigation in {situation.name} was {how} on {start}, before {st.name}'s withdrawal took effect on "
                     f"{effective}, so its duty to cooperate in it continues; the warrant was issued {when}: if before "
                     f"{effective}, Art. 127(2) binds {st.name} to arrest under it; if on or after, whether it does is contested",
                     facts_used),
                (rs("127(2)"),), forum,
                missing=(f"whether the warrant was issued before {st.name}'s withdrawal took effect on {effective}",),
                doubts=forum_doubt,
            )
        return RuleResult(
            "residual", "yes",
            lambda: Step("residual_duty", [rs("127(2)")],
                 f"the investigation in {situation.name} was {how} on {start} before {st.name}'s withdrawal took effect on {effective}: its duty to cooperate in it continues",
                 facts_used),
            (rs("127(2)"), rs("89(1)")), forum, doubts=forum_doubt,
        )
    pe = situation.preliminary_examination
    if pe and DateSpan.parse(pe.opened).first < effective and concerns_state:
        facts_used.append(FactUsed(f"preliminary examination of {situation.name} opened", pe.opened, tuple(pe.sources)))
        if start:
            facts_used.append(FactUsed(f"investigation in {situation.name} {how}", start.isoformat(), tuple(situation.sources)))
        # The person is not known here (the bases are the situation's): the determination checks it.
        standing, later = facts.positions_on("residual-duty-after-withdrawal", on, None, (situation.id,))
        rulings = jurisdiction_rulings(facts, situation, effective)
        ruled = [d for d in rulings if DateSpan.parse(d.date).may_be_on_or_before(on)]
        ruled_later = [d for d in rulings if not DateSpan.parse(d.date).may_be_on_or_before(on)]
        facts_used += [FactUsed(f"{d.chamber}: {d.kind.replace('_', ' ')}, {d.outcome or ''}", d.date, tuple(d.sources)) for d in ruled]
        text = (f"only a preliminary examination of {situation.name} (opened {pe.opened}) preceded {st.name}'s withdrawal on {effective}; "
                "whether that counts as a matter 'commenced' under Art. 127(2) is contested")
        if ruled:
            text += (f"; the Court has since ruled on its jurisdiction in this situation ({'; '.join(_ruling_text(d) for d in ruled)}), "
                     f"a ruling on its jurisdiction, not on {st.name}'s duty to cooperate, which no ruling in the record settles")
        if ruled_later:
            text += f"; later held, on the Court's jurisdiction in this situation: {'; '.join(_ruling_text(d) for d in ruled_later)}"
        return RuleResult(
            "residual", "contested",
            lambda: Step("residual_duty", [rs("127(2)"), *(d.record_number for d in ruled if d.record_number and FILING.match(d.record_number))],
                         text, facts_used),
            (rs("127(2)"),), forum, positions=tuple(standing), later=tuple(later), doubts=forum_doubt,
        )
    return RuleResult(
        "residual", "no",
        lambda: Step("residual_duty", [rs("127(2)")],
             f"no investigation in {situation.name} had commenced before {st.name}'s withdrawal took effect on {effective}",
             facts_used),
        forum=NO_FORUM,
    )
