"""Front-end assets from the npm registry (vega, vega-lite, vega-embed, htmx, world-atlas), installed at
set-up time by ``scripts/web-assets.sh`` into ``static/vendor`` (ignored by git) and served locally."""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).with_name("static")
VENDOR = STATIC / "vendor"
#: The files the pages load, relative to static/vendor.
REQUIRED = (
    "vega.min.js",
    "vega-lite.min.js",
    "vega-embed.min.js",
    "htmx.min.js",
    "countries-50m.json",
    "swagger-ui-bundle.js",
    "swagger-ui.css",
)


def missing_assets() -> list[str]:
    return [name for name in REQUIRED if not (VENDOR / name).is_file()]
