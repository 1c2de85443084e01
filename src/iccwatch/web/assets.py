"""Front-end assets from the npm registry (vega, vega-lite, vega-embed, htmx, world-atlas, axe-core),
installed at set-up time by ``scripts/web-assets.sh`` into the folder ``Settings.vendor_dir`` names
(ignored by git) and served locally."""

from __future__ import annotations

from pathlib import Path

from iccwatch.settings import STATIC_DIR, default_vendor_dir

STATIC = STATIC_DIR
#: The files the pages load, relative to the vendor folder.
REQUIRED = (
    "vega.min.js",
    "vega-lite.min.js",
    "vega-embed.min.js",
    "htmx.min.js",
    "countries-50m.json",
    "centroids.json",
    "swagger-ui-bundle.js",
    "swagger-ui.css",
)


def missing_assets(vendor: Path | None = None) -> list[str]:
    vendor = vendor or default_vendor_dir()
    return [name for name in REQUIRED if not (vendor / name).is_file()]
