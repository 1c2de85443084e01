"""The one service layer that the CLI, the REST API and the web pages share, one module per resource.

Every function returns plain JSON-ready data (dicts and lists), so all interfaces give the same shapes.
The names below are re-exported so ``from iccwatch.service import X`` and ``service.X`` keep working;
each is imported from its module on first use, so that one CLI question does not import the
assessment (numpy), the search (SQLAlchemy) or the exports (benchmarks/bench_cli.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iccwatch.lazy import lazy_exports

if TYPE_CHECKING:
    from iccwatch.service.ask import (
        LAW_KINDS,
        ask_arrest,
        ask_custody,
        ask_obligations,
        ask_responses,
        ask_travel,
        coverage,
        list_notice,
        obligations_for_page,
        persons_own_doubts,
    )
    from iccwatch.service.assessment import (
        assessed_events,
        compare_csv_rows,
        enforcement_gaps,
        event_texts,
        index_audit,
        index_compare,
        index_explain,
        index_ranking,
    )
    from iccwatch.service.decisions import DECISION_KINDS, decisions_list
    from iccwatch.service.events import events_list
    from iccwatch.service.exports import (
        EXPORT_KINDS,
        csv_fields,
        export_fields,
        export_rows,
        flat_row,
        rows_to_csv,
        states_parties_rows,
    )
    from iccwatch.service.inputs import parse_day, parse_until
    from iccwatch.service.loading import open_facts
    from iccwatch.service.persons import person_view, persons_list, status_on
    from iccwatch.service.reasoning import tree_citations, tree_sources
    from iccwatch.service.search import search_answer, search_records
    from iccwatch.service.situations import situations_list
    from iccwatch.service.state_lists import ask_list
    from iccwatch.service.statements import statement_view, statements_list
    from iccwatch.service.states import state_relation, state_timeline, states_list

#: Each re-exported name → the module that defines it.
_MODULES: dict[str, str] = {
    "LAW_KINDS": "ask",
    "ask_arrest": "ask",
    "ask_custody": "ask",
    "ask_responses": "ask",
    "ask_list": "state_lists",
    "ask_obligations": "ask",
    "ask_travel": "ask",
    "coverage": "ask",
    "list_notice": "ask",
    "obligations_for_page": "ask",
    "persons_own_doubts": "ask",
    "assessed_events": "assessment",
    "compare_csv_rows": "assessment",
    "enforcement_gaps": "assessment",
    "event_texts": "assessment",
    "index_audit": "assessment",
    "index_compare": "assessment",
    "index_explain": "assessment",
    "index_ranking": "assessment",
    "DECISION_KINDS": "decisions",
    "decisions_list": "decisions",
    "events_list": "events",
    "EXPORT_KINDS": "exports",
    "csv_fields": "exports",
    "export_fields": "exports",
    "export_rows": "exports",
    "flat_row": "exports",
    "rows_to_csv": "exports",
    "states_parties_rows": "exports",
    "parse_day": "inputs",
    "parse_until": "inputs",
    "open_facts": "loading",
    "person_view": "persons",
    "persons_list": "persons",
    "status_on": "persons",
    "tree_citations": "reasoning",
    "tree_sources": "reasoning",
    "search_answer": "search",
    "search_records": "search",
    "situations_list": "situations",
    "statements_list": "statements",
    "statement_view": "statements",
    "state_relation": "states",
    "state_timeline": "states",
    "states_list": "states",
}

__all__ = [
    "EXPORT_KINDS", "LAW_KINDS", "ask_arrest", "ask_custody", "ask_list", "ask_obligations", "ask_responses", "ask_travel", "assessed_events", "coverage",
    "DECISION_KINDS", "compare_csv_rows", "csv_fields", "decisions_list", "enforcement_gaps", "event_texts", "events_list", "export_fields", "export_rows", "flat_row", "index_audit", "index_compare", "index_explain",
    "index_ranking", "list_notice", "obligations_for_page", "open_facts", "persons_own_doubts", "parse_day", "parse_until", "person_view", "persons_list", "rows_to_csv", "search_answer", "search_records",
    "situations_list", "state_relation", "state_timeline", "states_list", "statement_view", "statements_list", "states_parties_rows",
    "status_on", "tree_citations", "tree_sources",
]


_load = lazy_exports(__name__, _MODULES, globals())


def __getattr__(name: str) -> Any:
    return _load(name)
