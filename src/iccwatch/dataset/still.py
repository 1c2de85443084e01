"""Reading the data folder as one state of it, while git or an editor may be rewriting it.

A read of the folder (the loader's listing and its reads, the check, the build's fingerprints) is one state of it only if
the folder is the same before and after: every file's name, size, modification time and inode. ``read_still`` runs a
read until it is, and counts as "the folder is changing" both a difference and what a change does to a read under way: a
file or folder that vanished between listing it and reading it (``FileNotFoundError``, ``NotADirectoryError``: git
removes a file and writes it anew), and record problems found in a folder that moved while they were found (a file read
half-written). After ``tries`` reads it refuses with ``DataChanging``, which says so and changes nothing. (Round 30,
session 47: a build read one commit's Mongolia and the other's Netherlands; session 48: an export's rebuild met
``states/MNG.yaml`` removed between listing and reading it, a traceback; round 33, session 49: every such read.)
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from iccwatch.dataset.problems import RecordError
from iccwatch.errors import ConflictError

T = TypeVar("T")

#: What a file or folder vanishing under a read raises: the folder is changing (any other OSError is the file's own).
VANISHED = (FileNotFoundError, NotADirectoryError)


class DataChanging(ConflictError):
    """The data folder changed each time it was read (a git checkout or pull, an editor saving): nothing was built."""


def folder_state(data_dir: Path) -> list[tuple[str, int, int, int]]:
    """Every file under ``data_dir`` (hidden folders such as .git left out) with its size, time and inode."""
    out = []
    for root, dirs, names in os.walk(data_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            try:
                st = os.stat(os.path.join(root, n))
            except OSError:  # removed meanwhile: a change
                out.append((os.path.join(root, n), -1, -1, -1))
                continue
            out.append((os.path.join(root, n), st.st_size, st.st_mtime_ns, st.st_ino))
    return out


def read_still(data_dir: Path, read: Callable[[], T], tries: int = 3, what: str = "nothing was built and the store is as it was; build again once the folder is still") -> T:
    """``read()`` as one state of ``data_dir`` (see the module); ``DataChanging`` after ``tries`` reads that each met a
    change. ``what``: what the refusal says was left as it was. A ``RecordError`` of a still folder is the record's own
    and is raised as it is."""
    for k in range(tries):
        before = folder_state(data_dir)
        try:
            out = read()
        except VANISHED:
            time.sleep(0.2 * (k + 1))
            continue
        except RecordError:
            if folder_state(data_dir) == before:
                raise
            time.sleep(0.2 * (k + 1))
            continue
        if folder_state(data_dir) == before:
            return out
        time.sleep(0.2 * (k + 1))
    raise DataChanging(f"{data_dir}: the data folder changed while it was read, {tries} times (a git checkout or pull, an "
                       f"editor saving?): {what}")
