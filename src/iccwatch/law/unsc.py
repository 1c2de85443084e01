"""Security Council referrals (Art. 13(b)): the resolution binds the addressees it names (UN Charter
art. 25, Chapter VII) and only urges all others; a non-party that is not an addressee has no duty."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import Basis
from iccwatch.law.forum import forum_for
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model import Situation, parse_partial_date


def unsc_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> Basis:
    if situation.trigger != "unsc_referral" or not situation.unsc_resolution:
        return Basis("unsc", "no", [], "none", Step("unsc_referral", [rs("13(b)")], f"the situation in {situation.name} was not referred by the Security Council"))
    res = facts.records.instruments[situation.unsc_resolution]
    st = facts.state(iso3)
    used = [FactUsed(res.title, res.adopted, tuple(res.sources))]
    if res.adopted and parse_partial_date(res.adopted)[0] > on:
        return Basis("unsc", "no", [], "none", Step("unsc_referral", [res.citation], f"{res.citation} was adopted after {on}", used))
    para = f" para {res.cooperation_paragraph}" if res.cooperation_paragraph else ""
    if iso3 in res.obliges_states:
        forum, _ = forum_for("unsc", situation)
        return Basis(
            "unsc", "yes", [res.citation, "UN Charter art 25"], forum,
            Step("unsc_referral", [rs("13(b)"), f"{res.citation}{para}", "UN Charter art 25"],
                 f"{res.citation} decides that {st.name} must cooperate fully with the Court: a binding Chapter VII obligation",
                 used),
        )
    return Basis(
        "unsc", "no", [], "none",
        Step("unsc_referral", [f"{res.citation}{para}", "VCLT art 34"],
             f"{res.citation} obliges only {', '.join(res.obliges_states)}{' and ' + res.obliges_others if res.obliges_others else ''}; "
             f"{st.name} is only urged to cooperate ({res.urges or 'all other States'}), which creates no obligation",
             used),
    )
