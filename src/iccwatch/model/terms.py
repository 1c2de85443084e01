"""The record's closed vocabularies that the law engine reads at run time, in pure Python (no pydantic),
so that the engine and a one-question CLI run need not import the validated model
(benchmarks/bench_cli.py). The model's fields are typed with these same Literals.
"""

from __future__ import annotations

import re
from typing import Literal

#: What a State can do in relation to a treaty, or to the Court's jurisdiction, and when.
ParticipationAction = Literal[
    "signature",
    "ratification",
    "accession",
    "acceptance",
    "approval",
    "succession",
    # Where the source gives the date a State became bound without saying how.
    "ratification_or_accession",
    "entry_into_force",
    # Art. 127: notification, the date it takes (or was scheduled to take) effect, revocation.
    "withdrawal_notified",
    "withdrawal_effective",
    "withdrawal_revoked",
    # A government's announcement, not deposited with the depositary: no legal effect by itself.
    "withdrawal_announced",
    # A domestic court's ruling on the State's relation to the Statute (e.g. on whether a withdrawal needed
    # parliament's approval): recorded beside the treaty acts; it changes nothing under Arts. 126-127 by
    # itself, only what the State then deposits with the depositary does.
    "domestic_court_ruling",
    # A signatory's notification that it does not intend to become a party (VCLT art. 18).
    "signature_withdrawn",
    # Art. 12(3): acceptance of the Court's jurisdiction by a non-party, for a period.
    "declaration_12_3",
    # A later communication confirming an earlier Art. 12(3) declaration (not a new one).
    "declaration_12_3_confirmed",
    # Art. 87(5)(a): an ad hoc arrangement or agreement with a non-party.
    "ad_hoc_arrangement",
    # Art. 98(2): an agreement under which the consent of a sending State is needed to surrender its persons.
    "art_98_2_agreement",
    # Art. 124 transitional declaration (war crimes) and its withdrawal.
    "declaration_124",
    "declaration_124_withdrawn",
]

#: Actions by which a State expresses its consent to be bound (its instrument is "deposited").
CONSENT_ACTIONS = ("ratification", "accession", "acceptance", "approval", "succession", "ratification_or_accession")

#: What office a person held (immunity questions turn on it).
OfficeKind = Literal[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "minister",
    "deputy_head",
    "military",
    "armed_group_leader",
    "other",
]

#: The due-diligence index's indicators, by id: what `indicator` in data/lookups/complete_lists.yaml may
#: name (the checker reads this; iccwatch.assess.indicators defines each, and a test keeps the two equal).
IndicatorId = Literal[
    "acceptance_of_jurisdiction",
    "apic",
    "kampala",
    "implementing_legislation",
    "arrests_executed",
    "failures_to_arrest",
    "noncompliance_findings",
    "joint_statements",
    "cooperation_agreements",
    "situation_referrals",
    "measures_against_court",
    "withdrawal",
]


#: Treaty acts whose stored code names an article: said as people cite them (everywhere an act is shown).
ACT_WORDS = {"art_98_2_agreement": "Art. 98(2) agreement", "declaration_12_3": "Art. 12(3) declaration",
             "declaration_12_3_confirmed": "Art. 12(3) declaration confirmed", "declaration_124": "Art. 124 declaration",
             "declaration_124_withdrawn": "Art. 124 declaration withdrawn", "ad_hoc_arrangement": "ad hoc arrangement (Art. 87(5)(a))"}

#: Words stored in lower case that people read as acronyms (the Security Council, the Assembly, the Court).
ACRONYM = re.compile(r"\b(unsc|asp|icc)\b")
#: A stored code (never free text or an address).
CODE_VALUE = re.compile(r"[a-z0-9_]+")


def code_words(text: str) -> str:
    """A stored code as people read it, for the dashboard and the reports: an act named by its article as it is
    cited ("Art. 12(3) declaration"), other codes in words with acronyms in capitals and "non-"
    (``non_compliance`` -> "non-compliance", ``bound_by_unsc_resolution`` -> "bound by UNSC resolution"); other
    text only loses its underscores."""
    if text in ACT_WORDS:
        return ACT_WORDS[text]
    if CODE_VALUE.fullmatch(text):
        return ACRONYM.sub(lambda m: m.group(0).upper(), re.sub(r"\bnon_", "non-", text).replace("_", " "))
    return text.replace("_", " ")


#: A finding (Art. 87(7) and what follows it) in words: the decisions table's, the search's, the ask answer's (the
#: CLI's and the dashboard's, session 39: they gave the record's code, "non compliance").
FINDING_WORDS = {
    "non_compliance": "failure to comply found",
    "no_finding": "no finding of non-compliance",
    "reversed_on_appeal": "finding reversed on appeal",
    "postponement_allowed": "postponement of execution allowed (Art. 95)",
}
