"""Write the map's points for small States (``centroids.json`` in the dashboard's vendor folder).

For every country in world-atlas's ``countries-50m.json`` (TopoJSON), the centroid of its largest ring and
its area in square degrees; plus the States without an outline there, from ``data/lookups/map_points.yaml``.
The dashboard draws a State as a point when its outline is too small to see or click. Run by
``scripts/web-assets.sh`` at set-up time; nothing here runs when the dashboard serves a page.

Usage: python scripts/make_map_points.py VENDOR_DIR DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*ring, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def points(topology: dict[str, Any], extra: dict[str, Any], numeric_of: dict[str, str]) -> dict[str, dict[str, float]]:
    arcs = _arcs(topology)
    out: dict[str, dict[str, float]] = {}
    for g in topology["objects"]["countries"]["geometries"]:
        if "id" not in g or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        total = 0.0
        best = (-1.0, 0.0, 0.0)
        for poly in polygons:
            area, x, y = _area_centroid(_ring(arcs, poly[0]))
            total += area
            if area > best[0]:
                best = (area, x, y)
        out[g["id"]] = {"lon": round(best[1], 4), "lat": round(best[2], 4), "area": round(total, 4)}
    for iso3, p in extra.items():
        numeric = numeric_of.get(iso3)
        if numeric is None:
            raise SystemExit(f"data/lookups/map_points.yaml: {iso3} is not a State of the record")
        out.setdefault(numeric, {"lon": float(p["lon"]), "lat": float(p["lat"]), "area": 0.0})
    return out


def main(vendor: Path, data: Path) -> None:
    topology = json.loads((vendor / "countries-50m.json").read_text(encoding="utf-8"))
    extra = yaml.safe_load((data / "lookups" / "map_points.yaml").read_text(encoding="utf-8"))["points"]
    numeric_of = {}
    for path in (data / "states").glob("*.yaml"):
        st = yaml.safe_load(path.read_text(encoding="utf-8"))
        numeric_of[st["iso3"]] = str(st["numeric"])
    result = points(topology, extra, numeric_of)
    (vendor / "centroids.json").write_text(json.dumps(result, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(result)} map points to {vendor / 'centroids.json'}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
