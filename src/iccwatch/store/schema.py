"""The store's schema (SQLAlchemy 2 Core).

Record tables are derived from ``data/`` and rebuilt whole by ``iccwatch data build``. The
``records`` table keeps each record's full JSON (what the facts layer reads); the other record
tables flatten the parts people query with SQL. Operational tables (names starting ``ops_``) hold
what git does not (review queue, ingested documents, audit log) and survive every rebuild.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

build_info = Table(
    "build_info",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", JSON, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("file", String(300), nullable=False),
    Column("data", JSON, nullable=False),
)

states = Table(
    "states",
    metadata,
    Column("iso3", String(3), primary_key=True),
    Column("iso2", String(2), nullable=False),
    Column("numeric", String(3), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_fr", Text, nullable=False),
    Column("un_status", String(16), nullable=False),
)

participation = Table(
    "participation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("iso3", String(3), ForeignKey("states.iso3"), nullable=False, index=True),
    Column("instrument", String(100), nullable=False),
    Column("action", String(40), nullable=False),
    Column("date", String(10), nullable=False),
    Column("date_first", Date, nullable=False),
    Column("date_last", Date, nullable=False),
    Column("covers_from", String(10)),
    Column("covers_to", String(10)),
    Column("confidence", String(8), nullable=False),
    Column("disputed", Boolean, nullable=False),
    Column("note", Text),
)

persons = Table(
    "persons",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("nationality", String(40)),
)

person_names = Table(
    "person_names",
    metadata,
    Column("person", String(200), ForeignKey("persons.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("normalised", Text, nullable=False, index=True),
)

warrants = Table(
    "warrants",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("person", String(200), ForeignKey("persons.id"), nullable=False, index=True),
    Column("situation", String(100), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("case_number", String(100)),
    Column("issued", String(10)),
    Column("status", String(32)),
)

situations = Table(
    "situations",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", Text, nullable=False),
    Column("trigger", String(32), nullable=False),
    Column("unsc_resolution", String(100)),
    Column("investigation_opened", String(10)),
    Column("status", Text, nullable=False),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("date", String(10), nullable=False, index=True),
    Column("chamber", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    # The State, request, finding and forum of a non-compliance decision; other rulings may lack them.
    Column("state", String(3), ForeignKey("states.iso3"), nullable=True, index=True),
    Column("situation", String(100), nullable=False),
    Column("request_type", String(32)),
    Column("finding", String(32)),
    Column("referred_to", String(16)),
    Column("record_number", String(100)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("date", String(10), nullable=False, index=True),
    Column("person", String(200), ForeignKey("persons.id"), nullable=False, index=True),
    Column("state", String(3), ForeignKey("states.iso3"), nullable=False, index=True),
    Column("action", String(32), nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("date", String(10)),
    Column("title", Text, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("announced_signatories", Integer),
)

statement_signatories = Table(
    "statement_signatories",
    metadata,
    Column("statement", String(200), ForeignKey("statements.id"), nullable=False, index=True),
    Column("iso3", String(3), ForeignKey("states.iso3"), nullable=False, index=True),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("key", String(200), nullable=False, index=True),
    #: Where in the record the fact sits, e.g. "participation[3]".
    Column("path", String(200), nullable=False),
    Column("url", Text, nullable=False, index=True),
    Column("publisher", Text),
    Column("source_kind", String(16), nullable=False),
)

RECORD_TABLES = [
    build_info,
    records,
    states,
    participation,
    persons,
    person_names,
    warrants,
    situations,
    decisions,
    events,
    statements,
    statement_signatories,
    sources,
]
