"""The assessment: events judged against the law, the enforcement chain, and the due-diligence index."""

from __future__ import annotations

from typing import Any

from iccwatch.assess.audit import audit
from iccwatch.assess.events import assess_events
from iccwatch.assess.gaps import enforcement_chain
from iccwatch.assess.index import compute_index, explain, load_weights, public, with_window
from iccwatch.facts import Facts
from iccwatch.service.common import graded


@graded
def assessed_events(facts: Facts, state: str | None = None, person: str | None = None) -> list[dict[str, Any]]:
    """Every recorded event (of ``state`` or ``person`` if given) with what the law asked and what was done."""
    return [a.as_dict(facts) for a in assess_events(facts, state, person)]


@graded
def enforcement_gaps(facts: Facts) -> dict[str, Any]:
    """From a failure to arrest to a finding, a referral and what the Assembly or the Council did."""
    return enforcement_chain(facts)


def _index_weights(weights_path: Any, window: int | None) -> dict[str, Any]:
    weights = load_weights(weights_path)
    return with_window(weights, years=window) if window is not None else weights


def index_ranking(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The index for a year: every State with its peer group (``group``), score, rank, ``tied``, ``band``,
    ``rank_interval`` and coverage; States Parties and the others are ranked apart."""
    return public(compute_index(facts, year, _index_weights(weights_path, window), samples, seed))


@graded
def index_explain(facts: Facts, state: str, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42,
                  window: int | None = None) -> dict[str, Any]:
    """One State's index score indicator by indicator, with the records each value rests on."""
    return explain(facts, state, year, _index_weights(weights_path, window), samples, seed)


def index_audit(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The JRC checks of the index (correlations, Cronbach's alpha, principal components, coverage, ties,
    sensitivity of ranks to weights, normalisation and window)."""
    return audit(facts, year, _index_weights(weights_path, window), samples, seed)
