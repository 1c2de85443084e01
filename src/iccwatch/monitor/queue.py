"""The review queue in the store's operational tables (migrated with Alembic, kept across rebuilds)."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, insert, select, update
from sqlalchemy.engine import Engine

from iccwatch.monitor.documents import Document
from iccwatch.monitor.extract import Candidate
from iccwatch.store.build import make_engine

MIGRATIONS = Path(__file__).resolve().parents[1] / "store" / "migrations"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def migrate(engine: Engine) -> None:
    """Bring the operational tables to the latest schema (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Queue:
    """Documents, candidates, alerts and the audit log, over one store."""

    def __init__(self, db_url: str):
        self.engine = make_engine(db_url)
        migrate(self.engine)
        md = MetaData()
        md.reflect(self.engine, only=["ops_documents", "ops_candidates", "ops_alerts", "ops_audit"])
        self.documents: Table = md.tables["ops_documents"]
        self.candidates: Table = md.tables["ops_candidates"]
        self.alerts: Table = md.tables["ops_alerts"]
        self.audit: Table = md.tables["ops_audit"]

    def close(self) -> None:
        self.engine.dispose()

    def _audit(self, conn: Connection, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
        conn.execute(insert(self.audit).values(at=now(), actor=actor(), action=action, target=target, detail=detail))

    # ---- ingest
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(self.documents.c.id).where(self.documents.c.id == doc_id)).first() is not None

    def add(self, doc: Document, candidates: list[tuple[Candidate, str | None]]) -> int:
        """Store a document and its candidates (each with what it duplicates, if anything), in one transaction."""
        added = 0
        with self.engine.begin() as conn:
            if conn.execute(select(self.documents.c.id).where(self.documents.c.id == doc.id)).first() is None:
                conn.execute(insert(self.documents).values(**doc.model_dump(), ingested_at=now()))
            for c, dup in candidates:
                if conn.execute(select(self.candidates.c.id).where(self.candidates.c.id == c.id)).first():
                    continue
                conn.execute(insert(self.candidates).values(
                    id=c.id, document_id=doc.id, type=c.type, payload=c.model_dump(mode="json"), confidence=c.confidence,
                    method=c.method, model_version=c.model_version, status="duplicate" if dup else "pending",
                    duplicate_of=dup, created_at=now()))
                added += 1
            self._audit(conn, "ingest", doc.id, {"candidates": added, "title": doc.title})
        return added

    def pending_keys(self) -> set[tuple[Any, ...]]:
        """(type, person, state, date) of every candidate already in the queue, for de-duplication."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(self.candidates.c.payload)).all()
        return {(r.payload["type"], r.payload.get("person"), r.payload.get("state"), r.payload.get("date")) for r in rows}

    # ---- review
    def list(self, status: str | None = None, type_: str | None = None) -> list[dict[str, Any]]:
        q = select(self.candidates, self.documents.c.title, self.documents.c.url, self.documents.c.date.label("document_date")).join(
            self.documents, self.documents.c.id == self.candidates.c.document_id)
        if status:
            q = q.where(self.candidates.c.status == status)
        if type_:
            q = q.where(self.candidates.c.type == type_)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q.order_by(self.candidates.c.created_at, self.candidates.c.id))]

    def get(self, cid: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(self.candidates).where(self.candidates.c.id.startswith(cid))).all()
            if not rows:
                raise KeyError(f"no candidate {cid!r} in the review queue")
            if len(rows) > 1:
                raise KeyError(f"{cid!r} matches {len(rows)} candidates; give more of the id")
            row = dict(rows[0]._mapping)
            doc = conn.execute(select(self.documents).where(self.documents.c.id == row["document_id"])).first()
            row["document"] = dict(doc._mapping) if doc else None
            return row

    def set_payload(self, cid: str, payload: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(self.candidates).where(self.candidates.c.id == cid).values(payload=payload))
            self._audit(conn, "edit", cid, {"payload": payload})

    def decide(self, cid: str, status: str, note: str | None = None, record_file: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(self.candidates).where(self.candidates.c.id == cid).values(
                status=status, reviewed_at=now(), reviewer=actor(), review_note=note, record_file=record_file))
            self._audit(conn, status, cid, {"note": note, "record_file": record_file})

    # ---- alerts
    def add_alert(self, candidate_id: str, severity: str, state: str, person: str, on: str, answer: str, determination: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(select(self.alerts.c.id).where(self.alerts.c.candidate_id == candidate_id)).first()
            if not exists:
                conn.execute(insert(self.alerts).values(candidate_id=candidate_id, created_at=now(), severity=severity, state=state,
                                                        person=person, on_date=on, answer=answer, determination=determination))

    def list_alerts(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(self.alerts).order_by(self.alerts.c.id))]
