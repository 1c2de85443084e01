"""Where a finding of non-compliance would go (Art. 87(7), Art. 87(5)(b)).

The Court may refer a State Party's failure to the Assembly of States Parties or, where the Security
Council referred the situation, to the Council. It may inform the Assembly, or the Council where it
referred the matter, of a failure by a State bound by an ad hoc arrangement (Art. 87(5)(b)). In
practice the Court has sent findings on States bound only by a Council referral (Sudan, Libya) to the
Council, and findings in the Darfur situation on States Parties to both bodies. The forum here is the
set of bodies a finding could go to; the Court decides case by case (and may refer to none).
"""

from __future__ import annotations

from iccwatch.model import Situation


def forum_for(kind: str, situation: Situation) -> tuple[str, list[str]]:
    """The forum and its citations for a duty of ``kind`` in ``situation``."""
    unsc = situation.trigger == "unsc_referral"
    if kind in ("statute", "residual", "declaration"):
        return ("ASP+UNSC" if unsc else "ASP"), ["RS art 87(7)"]
    if kind == "arrangement":
        return ("ASP+UNSC" if unsc else "ASP"), ["RS art 87(5)(b)"]
    if kind == "unsc":
        return "UNSC", ["RS art 87(7)"]
    raise ValueError(f"unknown kind of duty {kind!r}")
