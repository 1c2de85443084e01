"""An assumption of a what-if question in words, as the dashboard, the CLI and the API give it."""

from __future__ import annotations

from iccwatch.facts import Assumption, Facts
from iccwatch.model.terms import ACT_WORDS


def _label(code: str) -> str:
    return code.replace("_", " ")


def assumption_words(facts: Facts, a: Assumption) -> str:
    """An assumption as a reader says it, with the names of the State, person and situation it names
    ("Hungary: withdrawal revoked on 2026-05-29"), not the form typed in the field ("HUN withdrawal_revoked
    2026-05-29"); a code the record does not know is left as written."""
    def state(code: str) -> str:
        st = facts.records.states.get(code.upper())
        return st.name if st else code

    def person(pid: str | None) -> str:
        p = facts.records.persons.get(pid or "")
        return p.name if p else str(pid)

    def situation(sid: str | None) -> str:
        s = facts.records.situations.get(sid or "")
        return s.name if s else str(sid)

    if a.kind == "warrant":
        where = f" in the situation {situation(a.situation)}" if a.situation else ""
        return (f"a warrant for {person(a.person)} issued on {a.date}{where}" if a.action == "issued"
                else f"the warrant for {person(a.person)} withdrawn on {a.date}")
    if a.kind == "custody":
        return f"{person(a.person)} surrendered to the Court on {a.date}"
    if a.kind == "office":
        return f"{person(a.person)} as {_label(a.action)} of {state(a.iso3)} from {a.date}" + (f" to {a.end}" if a.end else "")
    if a.kind == "referral":
        by = "the Security Council" if a.iso3 == "UNSC" else state(a.iso3)
        obliging = f", obliging {', '.join(state(c) for c in a.counterparty.split(','))}" if a.counterparty else ""
        return f"{by} refers the situation {situation(a.situation)} to the Court on {a.date}{obliging}"
    return (f"{state(a.iso3)}: {ACT_WORDS.get(a.action) or _label(a.action)} on {a.date}"
            + (f" with {state(a.counterparty)}" if a.counterparty else "")
            + (f" for the situation {situation(a.situation)}" if a.situation else ""))
