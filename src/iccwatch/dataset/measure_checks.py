"""Who may take a measure (a measure dated after the record's cut-off is ``cutoff_checks``' rule). Run by ``checks.py`` in
the order of ``CHECKS`` there.

Errors:

* a **measure only a State can take** (a law, an agreement on sentences, witnesses, interim release or the seat, a
  referral under Art. 14) recorded with another or an unknown author; a referral with an ``end_date`` (a referral is an
  act on its day, not a period) (``measure_authors``; tests/dataset/ROUND7.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet

#: Measures only a State can take: its own law, an agreement with the Court a State makes (Arts. 3, 93,
#: 103), and a referral by a State Party (Art. 14). An intergovernmental body may make an
#: ``other_cooperation_agreement``; sanctions, visa denials and cyberattacks may have other authors.
_STATE_ONLY_MEASURES = frozenset({
    "implementing_legislation", "law_restricting_cooperation", "enforcement_of_sentences_agreement",
    "witness_relocation_agreement", "interim_release_agreement", "host_state_agreement", "situation_referral",
})


#: Measures that are an act on one day, with no period to end.
_ONE_DAY_MEASURES = frozenset({"situation_referral"})


def measure_authors(r: RecordSet) -> Iterator[Problem]:
    for key, m in r.measures.items():
        f = r.files[("measures", key)]
        if m.kind in _STATE_ONLY_MEASURES and m.author_kind != "state":
            yield Problem(f, key, "author_kind", f"{m.kind} is an act of a State, but the author is {m.author_kind}"
                          + (f" ({m.author})" if m.author else "") + ": name the State (state:) or record another kind")
        if m.kind in _ONE_DAY_MEASURES and m.end_date:
            yield Problem(f, key, "end_date", f"{m.kind} is an act on its day ({m.date}), not a period that ends")
