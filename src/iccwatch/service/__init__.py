"""The one service layer that the CLI, the REST API and the web pages share, one module per resource.

Every function returns plain JSON-ready data (dicts and lists), so all interfaces give the same shapes.
The names below are re-exported so ``from iccwatch.service import X`` and ``service.X`` keep working.
"""

from iccwatch.service.ask import LAW_KINDS, ask_arrest, ask_obligations, ask_travel, coverage
from iccwatch.service.assessment import (
    assessed_events,
    enforcement_gaps,
    index_audit,
    index_explain,
    index_ranking,
)
from iccwatch.service.decisions import decisions_list
from iccwatch.service.events import events_list
from iccwatch.service.exports import (
    EXPORT_KINDS,
    export_rows,
    flat_row,
    rows_to_csv,
    states_parties_rows,
)
from iccwatch.service.inputs import parse_day
from iccwatch.service.loading import open_facts
from iccwatch.service.persons import person_view, persons_list, status_on
from iccwatch.service.reasoning import tree_citations, tree_sources
from iccwatch.service.search import search_records
from iccwatch.service.situations import situations_list
from iccwatch.service.statements import statements_list
from iccwatch.service.states import state_relation, state_timeline, states_list

__all__ = [
    "EXPORT_KINDS", "LAW_KINDS", "ask_arrest", "ask_obligations", "ask_travel", "assessed_events", "coverage",
    "decisions_list", "enforcement_gaps", "events_list", "export_rows", "flat_row", "index_audit", "index_explain",
    "index_ranking", "open_facts", "parse_day", "person_view", "persons_list", "rows_to_csv", "search_records",
    "situations_list", "state_relation", "state_timeline", "states_list", "statements_list", "states_parties_rows",
    "status_on", "tree_citations", "tree_sources",
]
