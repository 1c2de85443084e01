"""Settings in one validated object, read from the environment.

- ``ICCWATCH_DATA``: the record folder (default: the repository's ``data/`` in a source checkout,
  else the copy bundled in the installed package).
- ``ICCWATCH_DB``: the store, as an SQLAlchemy URL or a file path (default: ``var/iccwatch.sqlite``
  beside the data folder in a checkout, else ``~/.local/share/iccwatch/iccwatch.sqlite``).
- ``ICCWATCH_ASSETS``: the front-end assets installed from npm by ``scripts/web-assets.sh`` (default:
  ``static/vendor`` inside the dashboard package), used by the dashboard and by the reports' maps.
- ``ICCWATCH_RATE_LIMIT``: requests a minute the server answers per client address (default 600;
  0 turns the limit off). Settings made in code (tests) have no limit unless they set one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: The dashboard's own static files (CSS, scripts, icon), shipped with the package.
STATIC_DIR = _PACKAGE / "web" / "static"


def default_vendor_dir() -> Path:
    return Path(os.environ.get("ICCWATCH_ASSETS") or STATIC_DIR / "vendor")


def default_data_dir() -> Path:
    checkout = _PACKAGE.parents[1] / "data"
    if (checkout / "meta.yaml").exists():
        return checkout
    return _PACKAGE / "bundled_data"


def default_db_url(data_dir: Path) -> str:
    if data_dir.name == "data" and (data_dir.parent / "pyproject.toml").exists():
        return f"sqlite:///{data_dir.parent / 'var' / 'iccwatch.sqlite'}"
    home = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return f"sqlite:///{home / 'iccwatch' / 'iccwatch.sqlite'}"


def as_db_url(value: str) -> str:
    """Accept an SQLAlchemy URL or a plain file path (taken as SQLite)."""
    return value if "://" in value else f"sqlite:///{Path(value).resolve()}"


#: Requests a minute per client address for `iccwatch serve` (the dashboard's map slider stays well under it).
DEFAULT_RATE_LIMIT = 600
#: The largest upload the server reads (the index weights), in bytes.
MAX_UPLOAD = 100_000


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_url: str
    #: Front-end libraries and geometry from npm (vega, htmx, world-atlas, axe-core, ...).
    vendor_dir: Path = field(default_factory=default_vendor_dir)
    static_dir: Path = STATIC_DIR
    rate_limit: int = 0
    #: How often `serve` asks a server database (PostgreSQL) whether it was rebuilt, in seconds (a SQLite
    #: store is checked on every request with one ``stat``).
    store_check_seconds: float = 2.0

    @classmethod
    def from_env(cls, data_dir: str | Path | None = None, db: str | None = None) -> Settings:
        d = Path(data_dir or os.environ.get("ICCWATCH_DATA") or default_data_dir()).resolve()
        url = db or os.environ.get("ICCWATCH_DB")
        rate = os.environ.get("ICCWATCH_RATE_LIMIT", "").strip()
        if rate and not (rate.isascii() and rate.isdigit()):
            raise ValueError(f"ICCWATCH_RATE_LIMIT={rate!r}: give a whole number of requests a minute (0: no limit)")
        return cls(data_dir=d, db_url=as_db_url(url) if url else default_db_url(d), rate_limit=int(rate) if rate else DEFAULT_RATE_LIMIT)
