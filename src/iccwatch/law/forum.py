"""Where a finding of non-compliance could go (Art. 87(7), Art. 87(5)(b)).

The Court may refer a State Party's failure to the Assembly of States Parties or, where the Security
Council referred the situation, to the Council (Art. 87(7)). It may inform the Assembly, or the Council
where it referred the matter, of a failure by a State bound by an ad hoc arrangement (Art. 87(5)(b)).
In practice the Court has sent findings on States bound only by a Council referral (Sudan, Libya) to
the Council, and findings in the Darfur situation on States Parties to both bodies. The forum here is
the set of bodies a finding could go to; the Court decides case by case (and may refer to none).

Two points are not settled and are said so where they arise: Art. 87(7) speaks of "a State Party",
so whether a failure by a former party (Art. 127(2)) or by an Art. 12(3) declarant can be referred
under it, and to the Assembly, has no ruling the record holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from iccwatch.law.citations import rs
from iccwatch.law.determination import Forum

if TYPE_CHECKING:
    from iccwatch.law.determination import RuleResult
    from iccwatch.model import Situation

ASP: Forum = frozenset({"ASP"})
UNSC: Forum = frozenset({"UNSC"})


def forum_for(kind: str, situation: Situation) -> tuple[Forum, list[str]]:
    """The bodies and their citations for a duty of ``kind`` in ``situation``."""
    council = UNSC if situation.trigger == "unsc_referral" else frozenset()
    if kind in ("statute", "residual", "declaration"):
        return ASP | council, [rs("87(7)")]
    if kind == "arrangement":
        return ASP | council, [rs("87(5)(b)")]
    if kind == "unsc":
        return UNSC, [rs("87(7)")]
    raise ValueError(f"unknown kind of duty {kind!r}")


#: Kinds of duty for which referral to the Assembly under Art. 87(7) is not settled law.
UNSETTLED_FORUM = {
    "residual": ("Art. 87(7) speaks of 'a State Party'; whether the Court may refer a former party's failure to the "
                 "Assembly (or at all) under it has not been settled"),
    "declaration": ("Art. 87(7) speaks of 'a State Party'; an Art. 12(3) declarant is not one, and whether its failure "
                    "may be referred to the Assembly has not been settled (rule 44(2) makes Part 9 apply to it)"),
}


def basis_doubts(bases: Iterable[RuleResult]) -> list[str]:
    """The doubts of the bases that apply. The doubt on referring a former party's or a declarant's
    failure under Art. 87(7) does not arise where the State is bound as a State Party as well (a
    declarant that has since become a party): its failure is a State Party's."""
    bases = list(bases)
    party = any(b.kind == "statute" for b in bases)
    # A declaration's limits in time are moot where the State is bound in the situation on a ground not
    # limited by it (as a State Party, or as an addressee of a Council referral).
    broad = any(b.kind in ("statute", "unsc") and b.applies == "yes" for b in bases)
    unsettled = set(UNSETTLED_FORUM.values())
    return list(dict.fromkeys(d for b in bases for d in b.doubts
                              if not (party and d in unsettled)
                              and not (broad and d.endswith((DECLARATION_SCOPE_TAIL, ARRANGEMENT_SCOPE_TAIL)))))


#: The end of the doubt a declaration limited in time raises (Art. 12(3)); moot for a State Party.
DECLARATION_SCOPE_TAIL = ("whether the warrant concerns conduct in that period is not recorded, and the declaration "
                          "binds only for the crimes it accepted jurisdiction over (Art. 12(3))")
#: The end of the doubt an ad hoc arrangement raises (Art. 87(5)(a)); moot where a wider ground binds.
ARRANGEMENT_SCOPE_TAIL = "the record does not say whether it covers arrest and surrender (Art. 87(5)(a))"
