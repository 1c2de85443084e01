"""Opening the record: the service layer loads ``Facts`` from the store (``Facts`` itself does no I/O)."""

from __future__ import annotations

from collections.abc import Callable

from iccwatch.facts import Facts
from iccwatch.settings import Settings
from iccwatch.store.read import StoreMissing, read_records


def open_facts(settings: Settings, on_build: Callable[[str], None] | None = None, plain: bool = False) -> Facts:
    """The facts from the store; builds the store from the bundled record first if it is missing.

    ``plain=True`` reads the records as plain objects (``read_records``), for a short read-only run.
    """
    try:
        return Facts(read_records(settings.db_url, plain))
    except StoreMissing:
        if on_build:
            on_build(f"no store yet at {settings.db_url}: building it from {settings.data_dir}")
        from iccwatch.store.build import build_store

        build_store(settings.data_dir, settings.db_url)
        return Facts(read_records(settings.db_url, plain))
