"""Ingest: documents → candidates (serial or Dask) → de-duplication → review queue → alerts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iccwatch.facts import Facts
from iccwatch.monitor.alerts import alert_for
from iccwatch.monitor.dedupe import duplicate_of
from iccwatch.monitor.documents import Document
from iccwatch.monitor.gazetteer import spec_from_records
from iccwatch.monitor.pipeline import run_dask, run_serial
from iccwatch.monitor.queue import Queue


@dataclass
class IngestReport:
    documents: int
    skipped: int
    candidates: int
    duplicates: int
    alerts: int

    def as_dict(self) -> dict[str, int]:
        return self.__dict__


def ingest(docs: list[Document], facts: Facts, queue: Queue, client: Any = None,
           progress: Callable[[int], None] | None = None) -> IngestReport:
    from iccwatch.monitor.mfilter import alert_model_enabled, default_mode

    mode = default_mode()  # the setting, read once (a bad value stops here, before anything is read or written)
    gated = mode == "filtered" and alert_model_enabled()  # the alert model's setting, read once too
    new_docs = [d for d in docs if not queue.has_document(d.id)]
    skipped = len(docs) - len(new_docs)
    spec = spec_from_records(facts.records)
    results = run_dask(new_docs, spec, client, progress, mode=mode) if client is not None else run_serial(new_docs, spec, progress, mode)
    earlier = queue.pending_keys()
    n_cand = n_dup = n_alert = 0
    for doc, cands in zip(new_docs, results, strict=True):
        pairs = []
        for c in cands:
            dup = duplicate_of(c, facts, earlier)
            earlier.add((c.type, c.person, c.state, c.date))
            pairs.append((c, dup))
        added, stored = queue.add_checked(doc, pairs)  # the queue checks again: another process may have queued the fact
        n_cand += added
        pairs = [(c, stored.get(c.id, dup)) for c, dup in pairs]
        n_dup += sum(dup is not None for _, dup in pairs)
        for c, dup in pairs:
            alert = alert_for(c, facts, doc.date, doc if gated else None, spec) if dup is None else None
            if alert:
                queue.add_alert(**alert)
                n_alert += 1
    return IngestReport(len(new_docs), skipped, n_cand, n_dup, n_alert)
