"""Alembic environment for the operational tables (review queue, documents, alerts, audit log).

Record tables are rebuilt from data/ and never migrated; operational tables hold what git does not and
are migrated in place (batch mode, so SQLite can alter tables).
"""

from alembic import context
from sqlalchemy import create_engine

config = context.config
connection = config.attributes.get("connection")


def run() -> None:
    if connection is not None:
        context.configure(connection=connection, render_as_batch=True, version_table="alembic_version")
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic: neither a connection nor a sqlalchemy.url to migrate")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, render_as_batch=True, version_table="alembic_version")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
