"""The monitor's review queue (read-only here): candidate facts and alerts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from iccwatch.api.deps import FieldError, Limit, Offset, page
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Alert, Candidate, Page

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["monitor"])


def _monitor_queue(request: Request) -> Any:
    queue = request.app.state.queue  # the app's one queue, migrated at start-up (iccwatch.app.open_queue)
    if queue is None:  # pragma: no cover - the monitor extra is not installed
        raise FieldError("monitor", "the monitor needs the monitor extra: pip install iccwatch[monitor]")
    return queue


@router.get("/monitor/candidates", summary="Candidate facts from ingested documents, with their evidence", response_model=Page[Candidate])
def candidates(request: Request, status: Annotated[str, Query(pattern="^(pending|accepted|rejected|duplicate|all)$", description="The review status to list.")] = "pending",
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = _monitor_queue(request).entries(None if status == "all" else status)
    return page(rows, limit, offset)


@router.get("/monitor/alerts", summary="Candidate visits to States that must arrest, with the determination", response_model=list[Alert])
def monitor_alerts(request: Request) -> list[dict[str, Any]]:
    alerts: list[dict[str, Any]] = _monitor_queue(request).list_alerts()
    return alerts
