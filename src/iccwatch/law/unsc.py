"""Security Council referrals (Art. 13(b)): the resolution, adopted under Chapter VII of the UN
Charter, binds the addressees it names (UN Charter arts. 25 and 103) and only urges all others; a
non-party that is not an addressee has no duty under it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.forum import forum_for
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Situation

CHARTER = ("UN Charter ch VII", "UN Charter art 25", "UN Charter art 103")


def unsc_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: dt.date | None = None) -> RuleResult:
    if situation.trigger != "unsc_referral" or not situation.unsc_resolution:
        return RuleResult("unsc", "no", lambda: Step("unsc_referral", [rs("13(b)")], f"the situation in {situation.name} was not referred by the Security Council"))
    res = facts.records.instruments[situation.unsc_resolution]
    st = facts.records.states[iso3]
    used = [FactUsed(res.title, res.adopted, tuple(res.sources))]
    if res.adopted and DateSpan.parse(res.adopted).surely_after(on):
        return RuleResult("unsc", "no", lambda: Step("unsc_referral", [res.citation], f"{res.citation} was adopted after {on}", used))
    para = f" para {res.cooperation_paragraph}" if res.cooperation_paragraph else ""
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
    return RuleResult(
        "unsc", "no",
        lambda: Step("unsc_referral", [f"{res.citation}{para}", "UN Charter art 25"],
             f"{res.citation} obliges only {', '.join(res.obliges_states)}{' and ' + res.obliges_others if res.obliges_others else ''}; "
             f"{st.name} is only urged to cooperate ({res.urges or 'all other States'}), which creates no obligation: only the "
             "Council's decisions bind under art. 25",
             used),
    )
