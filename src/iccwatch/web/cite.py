"""'Cite this': a citation of a page or an answer, with the record's version, the date retrieved and the
address, as text, CSL-JSON and BibTeX."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any


def record_version(data_dir: Path, package_version: str, checked_through: str, data_sha256: str | None = None) -> str:
    """The git commit of the record (``data/``) when it is a checkout, else the package version and check date."""
    try:
        out = subprocess.run(["git", "-C", str(data_dir), "log", "-1", "--format=%H", "--", "."], capture_output=True,
                             text=True, timeout=5, check=False)
        commit = out.stdout.strip()
        if out.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", commit):
            dirty = subprocess.run(["git", "-C", str(data_dir), "status", "--porcelain", "--", "."], capture_output=True,
                                   text=True, timeout=5, check=False).stdout.strip()
            return f"data commit {commit[:12]}{' with uncommitted changes' if dirty else ''}, checked through {checked_through}"
    except (OSError, subprocess.SubprocessError):
        pass
    digest = f", data sha256 {data_sha256[:12]}" if data_sha256 else ""
    return f"iccwatch {package_version}, record checked through {checked_through}{digest}"


def citation(title: str, url: str, version: str, retrieved: dt.date) -> dict[str, Any]:
    """The three forms of one citation."""
    text = f"iccwatch contributors, “{title}”, iccwatch ({version}), {url} (retrieved {retrieved.isoformat()})."
    csl = {
        "type": "dataset",
        "id": _key(title, url, retrieved),
        "title": title,
        "author": [{"literal": "iccwatch contributors"}],
        "publisher": "iccwatch",
        "version": version,
        "URL": url,
        "accessed": {"date-parts": [[retrieved.year, retrieved.month, retrieved.day]]},
    }
    bib = (f"@misc{{{_key(title, url, retrieved)},\n  author = {{{{iccwatch contributors}}}},\n  title = {{{_bib(title)}}},\n"
           f"  howpublished = {{\\url{{{url}}}}},\n  note = {{{_bib(version)}; retrieved {retrieved.isoformat()}}},\n"
           f"  year = {{{retrieved.year}}}\n}}")
    return {"text": text, "csl_json": json.dumps([csl], ensure_ascii=False, indent=2), "bibtex": bib}


def _key(title: str, url: str, day: dt.date) -> str:
    """The citation's key: the title's first words (whole words, about 40 letters), the day retrieved and six
    hex digits of the address, so that two answers cited the same day (a question asked on two dates, whose
    titles differ only after the cut) never share a key in one bibliography."""
    words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-").split("-")
    slug = ""
    for w in words:
        if slug and len(slug) + 1 + len(w) > 40:
            break
        slug = f"{slug}-{w}" if slug else w[:40]
    return f"iccwatch-{slug}-{day.isoformat()}-{hashlib.sha256(url.encode()).hexdigest()[:6]}"


def _bib(s: str) -> str:
    return re.sub(r"([{}&%$#_])", r"\\\1", s)
