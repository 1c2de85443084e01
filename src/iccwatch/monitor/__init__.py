"""The monitor: documents (news, statements, decisions) → candidate facts with evidence → review →
records in data/. Per-document work is a pure function, run serially or on a Dask cluster."""
