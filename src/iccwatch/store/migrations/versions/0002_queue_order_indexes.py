"""The review queue's order as indexes: the monitor page and the API read one page of it in the order it was queued (by
status or not), and SQLite without them sorted the whole queue for each page (round 27, session 44: a queue of 50,000 took
about 19 s a page, and twenty readers doing so kept a reviewer's write waiting past its busy timeout).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ops_candidates_created", "ops_candidates", ["created_at", "id"])
    op.create_index("ix_ops_candidates_status_created", "ops_candidates", ["status", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_ops_candidates_status_created", "ops_candidates")
    op.drop_index("ix_ops_candidates_created", "ops_candidates")
