"""Security Council referrals (Art. 13(b)): the resolution, adopted under Chapter VII of the UN
Charter, binds the addressees it names (UN Charter arts. 25 and 103) and only urges all others; a
non-party that is not an addressee has no duty under it, nor has an addressee that is not a Member of
the United Nations (art. 25 binds the Members), which the answer says as a doubt."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import IssueSpan, RuleResult
from iccwatch.law.forum import forum_for
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Situation

CHARTER = ("UN Charter ch VII", "UN Charter art 25", "UN Charter art 103")


def unsc_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> RuleResult:
    if situation.trigger != "unsc_referral" or not situation.unsc_resolution:
        return RuleResult("unsc", "no", lambda: Step("unsc_referral", [rs("13(b)")], f"the situation in {situation.name} was not referred by the Security Council"))
    res = facts.records.instruments[situation.unsc_resolution]
    st = facts.records.states[iso3]
    used = [FactUsed(res.title, res.adopted, tuple(res.sources))]
    if res.adopted and DateSpan.parse(res.adopted).surely_after(on):
        return RuleResult("unsc", "no", lambda: Step("unsc_referral", [res.citation], f"{res.citation} was adopted after {on}", used))
    para = f" para {res.cooperation_paragraph}" if res.cooperation_paragraph else ""
    if iso3 in res.obliges_states and st.un_status != "member":
        # Art. 25 is an undertaking of the Members; a State that is not one has not accepted it, and a
        # resolution cannot bind it without its consent (the Charter's art. 2(6) puts no duty on it).
        note = (f"{st.name} is not a Member of the United Nations (its UN status in the record: {st.un_status}): "
                f"{res.citation} names it, but the Council's decisions bind the Members (UN Charter art. 25); it is "
                "bound only if it accepted the obligation, which the record does not show")
        return RuleResult(
            "unsc", "no",
            lambda: Step("unsc_referral", [f"{res.citation}{para}", "UN Charter art 25"], note, used),
            doubts=(note,),
        )
    if iso3 in res.obliges_states:
        forum, _ = forum_for("unsc", situation)
        return RuleResult(
            "unsc", "yes",
            lambda: Step("unsc_referral", [rs("13(b)"), f"{res.citation}{para}", *CHARTER],
                 f"{res.citation}, adopted under Chapter VII, decides that {st.name} must cooperate fully with the Court: "
                 "a binding obligation (UN Charter art. 25) that prevails over other treaty obligations (art. 103)",
                 used),
            (res.citation, "UN Charter art 25"), forum,
        )
    bound = " and ".join(x for x in (", ".join(res.obliges_states), res.obliges_others or "") if x)
    obliges = f"obliges only {bound}" if bound else "names no State that must cooperate"
    return RuleResult(
        "unsc", "no",
        lambda: Step("unsc_referral", [f"{res.citation}{para}", "UN Charter art 25"],
             f"{res.citation} {obliges}; "
             f"{st.name} is only urged to cooperate ({res.urges or 'all other States'}), which creates no obligation: only the "
             "Council's decisions bind under art. 25",
             used),
    )
