"""Whether a built store still holds the record in ``data/``: fingerprints of the record's files.

A build notes where its record came from, a cheap fingerprint of the files (their names, sizes and
modification times) and the digest of their content. Reading the store compares the cheap one first
and, only when it differs (an edit, or a fresh checkout with new times), the content; a store whose
content differs from the files is stale. Pure standard library, so one CLI question pays a directory
walk (a few milliseconds), not an import.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def _yaml_entries(data_dir: Path) -> list[tuple[str, os.DirEntry[str]]]:
    """Every ``*.yaml`` below ``data_dir`` as (relative name with '/', its directory entry), in name order."""
    out: list[tuple[str, os.DirEntry[str]]] = []
    stack = [("", str(data_dir))]
    while stack:
        prefix, folder = stack.pop()
        with os.scandir(folder) as entries:
            for e in entries:
                if e.is_dir():
                    stack.append((f"{prefix}{e.name}/", e.path))
                elif e.name.endswith(".yaml"):
                    out.append((prefix + e.name, e))
    out.sort(key=lambda x: x[0])
    return out


def stat_fingerprint(data_dir: Path) -> str:
    """A digest of every record file's relative name, size and modification time (nanoseconds)."""
    digest = hashlib.sha256()
    for name, entry in _yaml_entries(data_dir):
        st = os.stat(entry.path)  # the same one stat as ``entry.stat()``, through ``os`` (round 33's tests time it)
        digest.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def content_digest(data_dir: Path) -> str:
    """A digest of every record file's relative name and bytes (the build's ``data_sha256``)."""
    digest = hashlib.sha256()
    for path in sorted(data_dir.rglob("*.yaml")):
        digest.update(str(path.relative_to(data_dir)).encode())
        if path.is_dir():  # (round 41) a directory named as a file (``persons/x.yaml/``): its name, no bytes to read
            digest.update(b"\0a directory\0")
            continue
        digest.update(path.read_bytes())
    return digest.hexdigest()


def source_of(data_dir: Path) -> str:
    """How a build names the folder its record came from."""
    return os.path.realpath(data_dir)


def is_stale(build: dict[str, object], data_dir: Path) -> bool:
    """True when the store was built from ``data_dir`` and the files there now hold another record.

    A store built from another folder, or by a version that did not note its source, is not judged.
    A folder whose file or subfolder vanished between listing and reading it (git rewriting it) is changing: it counts as
    stale, and the rebuild that follows reads it still or says it is changing (round 33, session 49: it was a traceback).
    """
    if not build.get("data_dir") or build["data_dir"] != source_of(data_dir) or not data_dir.is_dir():
        return False
    try:
        if build.get("data_stat") == stat_fingerprint(data_dir):
            return False
        return build.get("data_sha256") != content_digest(data_dir)
    except (FileNotFoundError, NotADirectoryError):
        return True
