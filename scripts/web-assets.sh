#!/usr/bin/env bash
# Install the dashboard's front-end assets from the npm registry (pinned by web-assets/package-lock.json)
# and copy the files the pages load into src/iccwatch/web/static/vendor (ignored by git), then compute the
# map's points for small States from the geometry. Offline at run time. axe-core is for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=src/iccwatch/web/static/vendor
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
if [ -f "$VENDOR/.installed" ] && [ "$VENDOR/.installed" -nt web-assets/package-lock.json ] \
   && [ "$VENDOR/.installed" -nt data/lookups/map_points.yaml ] && [ -f "$VENDOR/centroids.json" ] && [ -f "$VENDOR/axe.min.js" ]; then exit 0; fi
command -v npm >/dev/null || { echo "npm is needed for the dashboard's assets (Node.js from Debian or nodejs.org)" >&2; exit 1; }
npm ci --prefix web-assets --no-audit --no-fund --loglevel=error >&2
mkdir -p "$VENDOR"
M=web-assets/node_modules
cp "$M/vega/build/vega.min.js" "$M/vega-lite/build/vega-lite.min.js" "$M/vega-embed/build/vega-embed.min.js" \
   "$M/htmx.org/dist/htmx.min.js" "$M/world-atlas/countries-50m.json" \
   "$M/swagger-ui-dist/swagger-ui-bundle.js" "$M/swagger-ui-dist/swagger-ui.css" "$M/axe-core/axe.min.js" "$VENDOR/"
for pkg in vega vega-lite vega-embed htmx.org world-atlas swagger-ui-dist axe-core; do cp "$M/$pkg/LICENSE" "$VENDOR/LICENSE-$pkg" 2>/dev/null || true; done
"$PY" scripts/make_map_points.py "$VENDOR" data
touch "$VENDOR/.installed"
