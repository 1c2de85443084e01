"""Opening the record: the service layer loads ``Facts`` from the store (``Facts`` itself does no I/O)."""

from __future__ import annotations

from collections.abc import Callable

from iccwatch.facts import Facts
from iccwatch.settings import Settings
from iccwatch.store.fingerprint import is_stale
from iccwatch.store.read import StoreMissing, read_records


def open_facts(settings: Settings, on_build: Callable[[str], None] | None = None, plain: bool = False) -> Facts:
    """The facts from the store; builds the store from the bundled record first if it is missing.

    ``plain=True`` reads the records as plain objects (``read_records``), for a short read-only run.
    A store built from ``settings.data_dir`` whose files have changed since is rebuilt first; if the
    changed record does not pass the check, the answers come from the store as built, and ``on_build``
    is told why (the problems are the ones ``iccwatch data check`` lists).
    """
    try:
        records = read_records(settings.db_url, plain)
    except StoreMissing:
        if on_build:
            on_build(f"no store yet at {settings.db_url}: building it from {settings.data_dir}")
        from iccwatch.store.build import build_store

        build_store(settings.data_dir, settings.db_url)
        return Facts(read_records(settings.db_url, plain))
    build = getattr(records, "build", None) or {}
    if is_stale(build, settings.data_dir):
        from iccwatch.dataset import RecordError
        from iccwatch.store.build import build_store

        if on_build:
            on_build(f"the record in {settings.data_dir} changed since the store was built ({build.get('built_at')}): rebuilding it")
        try:
            build_store(settings.data_dir, settings.db_url)
        except RecordError as e:
            if on_build:
                first = "; ".join(str(p) for p in [p for p in e.problems if p.severity == "error"][:3])
                on_build(f"the changed record does not pass the check, so the store was not rebuilt and answers come from "
                         f"the record as built on {build.get('built_at')} (run `iccwatch data check`): {first}")
            return Facts(records)
        return Facts(read_records(settings.db_url, plain))
    return Facts(records)
