"""Charts in the reports: the shared Vega-Lite specs (``iccwatch.charts``) rendered to SVG offline."""

from __future__ import annotations

from typing import Any

from iccwatch.charts import (
    CONFIG,
    SCHEMA,
    SMALL_ON_PRINT,
    failures_by_year,
    failures_map,
    party_timeline,
    pillar_bars,
    small_state_points,
)

__all__ = ["CONFIG", "SCHEMA", "SMALL_ON_PRINT", "failures_by_year", "failures_map", "party_timeline", "pillar_bars", "small_state_points", "to_svg"]


def to_svg(spec: dict[str, Any]) -> str:
    """The chart as SVG, drawn by vl-convert where the renderer draws (``report.render``)."""
    from iccwatch.report import render

    return render.svg({"config": CONFIG, **spec})
