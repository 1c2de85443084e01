"""Legal positions on contested questions: the Court's holdings and the contrary views of States and
organisations. The law engine reads them to report, with each answer, who holds what."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

#: Contested questions the engine knows how to raise.
Issue = Literal["personal-immunity", "residual-duty-after-withdrawal", "art-98-2-agreements"]


class Position(Sourced):
    id: Slug
    issue: Issue
    #: Who holds it, in words (a Chamber, an organisation, a government).
    held_by: str
    states: list[Iso3] = []
    date: PartialDate | None = None
    #: The position in our own words.
    summary: str
    #: What the answer to an arrest question would be if this position were followed.
    answer_if_followed: Literal["obliged", "not_obliged", "unknown"]
    #: True for a holding of the Court itself (the engine carries the Court's position).
    court: bool = False
    #: The ruling's ICC record number, where the position is a ruling.
    record_number: str | None = None
    #: Where a holding is on point: in any situation, only in situations the Security Council referred
    #: (where the resolution binds the official's State), or only in the others.
    scope: Literal["all", "unsc_referral", "other"] = "all"
    #: The persons (slugs in ``persons/``) the position was stated about, where its sources show it was
    #: stated about a person's visit or warrant; empty for a position stated in general terms.
    persons: list[Slug] = []
    #: The situations (slugs in ``situations/``) the position was stated about, where its sources show it
    #: concerns one situation only; empty for a position stated in general terms.
    situations: list[Slug] = []
    #: How a State's position was expressed, where its sources show it (session 38: 'Which States said they would not
    #: arrest X?' mixed a safe-passage pledge with an overflight assurance): a claim that an immunity bars the arrest
    #: (``immunity_claim``: Arts. 27, 98, a head of State's immunity, a host agreement's), a guarantee that a visitor
    #: will not be arrested on a visit or for an occasion (``safe_passage``), an assurance for a flight over its
    #: territory (``overflight_assurance``); absent for a statement of what it would do, or of the law, in no such form.
    form: Literal["immunity_claim", "safe_passage", "overflight_assurance"] | None = None

