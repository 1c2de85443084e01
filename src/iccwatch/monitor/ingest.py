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

#: Documents extracted before their candidates are queued: bounds the candidates held in memory at once.
CHUNK = 500


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
    earlier = queue.pending_keys()
    n_cand = n_dup = n_alert = 0
    # (session 42) documents are extracted and queued a chunk at a time: the candidates held at once are one chunk's, so
    # an inbox of 10,000 documents does not keep every document's candidates in memory until the last is read (round 25)
    for i in range(0, len(new_docs), CHUNK):
        chunk = new_docs[i: i + CHUNK]
        results = (run_dask(chunk, spec, client, progress, mode=mode) if client is not None
                   else run_serial(chunk, spec, progress, mode))
        for doc, cands in zip(chunk, results, strict=True):
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
