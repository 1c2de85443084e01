"""Operational tables: ingested documents, candidate facts, alerts, audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ops_documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("language", sa.String(8)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "ops_candidates",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("ops_documents.id"), nullable=False, index=True),
        sa.Column("type", sa.String(40), nullable=False, index=True),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("method", sa.String(60), nullable=False),
        sa.Column("model_version", sa.String(60), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("duplicate_of", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("reviewed_at", sa.String(32)),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("review_note", sa.Text),
        sa.Column("record_file", sa.Text),
    )
    op.create_table(
        "ops_alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("candidate_id", sa.String(32), sa.ForeignKey("ops_candidates.id"), nullable=False, index=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("state", sa.String(3), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("answer", sa.String(20), nullable=False),
        sa.Column("determination", sa.JSON, nullable=False),
    )
    op.create_table(
        "ops_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.JSON),
    )


def downgrade() -> None:
    for t in ("ops_audit", "ops_alerts", "ops_candidates", "ops_documents"):
        op.drop_table(t)
