"""'Cite this' on the dashboard: the citation itself is built by :mod:`iccwatch.service.citation`, which the API
and the CLI use too, so that one answer is cited in the same words everywhere."""

from __future__ import annotations

from iccwatch.service.citation import (
    answer_citation,
    answer_sources,
    app_version,
    ask_path,
    citation,
    cited_sources,
    custody_api_path,
    custody_citation,
    custody_path,
    download_headers,
    list_citation,
    list_path,
    record_path,
    record_version,
    responses_citation,
    responses_path,
    responses_question,
    version_of,
)

__all__ = ["answer_citation", "answer_sources", "app_version", "ask_path", "citation", "cited_sources", "custody_api_path", "custody_citation", "custody_path", "download_headers", "list_citation", "list_path", "record_path", "record_version", "responses_citation",
           "responses_path", "responses_question", "version_of"]
