"""The store: schema, atomic build, and reading the record back."""

from iccwatch.store.build import build_store, read_build_info
from iccwatch.store.read import StoreMissing, read_records

__all__ = ["StoreMissing", "build_store", "read_build_info", "read_records"]
