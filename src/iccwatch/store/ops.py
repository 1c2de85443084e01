"""The operational tables (review queue, ingested documents, alerts, audit log): their shape, and
their migration, run once at start-up or by the build, never per request.

The tables are declared here as the latest Alembic revision leaves them, so a reader needs no
reflection; ``migrate`` brings a store to that revision (Alembic, in the monitor extra).
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    literal_column,
)
from sqlalchemy.engine import Engine

from iccwatch.errors import InputError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

metadata = MetaData()

documents = Table(
    "ops_documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("url", Text), Column("path", Text), Column("title", Text), Column("publisher", Text),
    Column("date", String(10)), Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)
candidates = Table(
    "ops_candidates", metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(32), ForeignKey("ops_documents.id"), nullable=False, index=True),
    Column("type", String(40), nullable=False, index=True),
    Column("payload", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("method", String(60), nullable=False),
    Column("model_version", String(60), nullable=False),
    Column("status", String(20), nullable=False, index=True),
    Column("duplicate_of", Text),
    Column("created_at", String(32), nullable=False),
    Column("reviewed_at", String(32)),
    Column("reviewer", String(100)),
    Column("review_note", Text),
    Column("record_file", Text),
)
#: The queue's order (revision 0002): a page of the queue, of one status or all, read without sorting the whole queue.
Index("ix_ops_candidates_created", candidates.c.created_at, candidates.c.id)
Index("ix_ops_candidates_status_created", candidates.c.status, candidates.c.created_at, candidates.c.id)
#: The queue's other orders (revision 0003): by the review id (the id's first ten characters, written as literals so that
#: the queries' expression is the index's) and by confidence, each then by time and id.
REVIEW_ID = func.substr(candidates.c.id, literal_column("1"), literal_column("10"))
Index("ix_ops_candidates_review_id", REVIEW_ID, candidates.c.created_at, candidates.c.id)
Index("ix_ops_candidates_confidence", candidates.c.confidence, candidates.c.created_at, candidates.c.id)
Index("ix_ops_candidates_status_review_id", candidates.c.status, REVIEW_ID, candidates.c.created_at, candidates.c.id)
Index("ix_ops_candidates_status_confidence", candidates.c.status, candidates.c.confidence, candidates.c.created_at, candidates.c.id)
alerts = Table(
    "ops_alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("candidate_id", String(32), ForeignKey("ops_candidates.id"), nullable=False, index=True),
    Column("created_at", String(32), nullable=False),
    Column("severity", String(20), nullable=False),
    Column("state", String(3), nullable=False),
    Column("person", String(200), nullable=False),
    Column("on_date", String(10), nullable=False),
    Column("answer", String(20), nullable=False),
    Column("determination", JSON, nullable=False),
)
audit = Table(
    "ops_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200), nullable=False),
    Column("detail", JSON),
)
TABLES = [documents, candidates, alerts, audit]

_lock = threading.Lock()


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return inspect(conn).has_table("ops_candidates")


def migrate(engine: Engine) -> bool:
    """Bring the operational tables to the latest revision (idempotent). False when Alembic (the
    monitor extra) is not installed: the tables then stay as they are."""
    try:
        from alembic import command
        from alembic.config import Config
    except ImportError:  # pragma: no cover - the monitor extra is not installed
        return False
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with _lock, engine.begin() as conn:  # Alembic's global context is not thread-safe
        cfg.attributes["connection"] = conn
        try:
            command.upgrade(cfg, "head")
        except CommandError:
            # round 27 (session 44): a store a newer iccwatch migrated (a revision this one does not know) ended every
            # command in Alembic's traceback ("Can't locate revision identified by ...")
            known = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
            found = ([r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
                     if inspect(conn).has_table("alembic_version") else [])
            unknown = [r for r in found if r not in known]
            if not unknown:
                raise
            raise NewerStore(f"{engine.url.database or engine.url.render_as_string(hide_password=True)}: its review queue's tables are at "
                             f"revision {', '.join(unknown)}, which this iccwatch does not know (a newer iccwatch migrated them; "
                             f"this one knows up to {max(known)}): nothing was read or changed; use that iccwatch, or a store "
                             "this one built") from None
    return True


class NewerStore(InputError):
    """A store whose operational tables a newer iccwatch migrated: named, never read or written by this one."""
