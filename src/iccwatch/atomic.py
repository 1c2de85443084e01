"""Files written whole or not at all: one mechanism for the record's YAML, reports and CLI outputs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path of its own beside ``path`` (two writers never share one) to write to; renamed over
    ``path`` when the block ends without error, removed whatever happens, so a failure leaves what was there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    # mkstemp makes the file readable by its owner only: give it the mode of the file it replaces, or
    # rw-r--r-- (reading the umask would change it for every thread), so a report stays readable
    tmp.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o644)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
