"""The monitor's review queue (read-only here): candidate facts and alerts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from iccwatch.api.deps import FieldError, Limit, Offset
from iccwatch.api.errors import QUEUE_RESPONSES
from iccwatch.api.models import Alert, Candidate, Page

router = APIRouter(prefix="/api/v1", responses=QUEUE_RESPONSES, tags=["monitor"])


def _monitor_queue(request: Request) -> Any:
    queue = request.app.state.queue  # the app's one queue, migrated at start-up (iccwatch.app.open_queue)
    if queue is None:  # pragma: no cover - the monitor extra is not installed
        raise FieldError("monitor", "the monitor needs the monitor extra: pip install iccwatch[monitor]")
    return queue


@router.get("/monitor/candidates", summary="Candidate facts from ingested documents, with their evidence", response_model=Page[Candidate])
def candidates(request: Request, status: Annotated[str, Query(pattern="^(pending|accepted|rejected|duplicate|all)$", description="The review status to list.")] = "pending",
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    # round 26 (session 43): the page read from the store, not the whole queue read to return a page of it; round 29
    # (session 46): from the nearest place read before (a client walking the offsets in steps walks no rows), or the end
    queue, chosen = _monitor_queue(request), None if status == "all" else status
    total = queue.count(chosen)
    return {"total": total, "limit": limit, "offset": offset, "items": queue.window(offset, limit, total, chosen)}


@router.get("/monitor/alerts", summary="Candidate visits to States that must arrest, with the determination", response_model=list[Alert])
def monitor_alerts(request: Request,
                   since: Annotated[str | None, Query(description="Only alerts raised on or after this day, YYYY-MM-DD (or from the "
                                                                  "first day of a month or a year, YYYY-MM or YYYY).", examples=["2026-11-01"])] = None,
                   until: Annotated[str | None, Query(description="Only alerts raised on or before this day, YYYY-MM-DD (or to the "
                                                                  "last day of a month or a year, YYYY-MM or YYYY).", examples=["2026-11-30"])] = None,
                   ) -> list[dict[str, Any]]:
    """Each alert with the day it was raised (``raised_on``, UTC, the day of ``created_at``)."""
    from iccwatch.monitor.queue import alerts_between

    alerts_between([], since, until)  # a bad date is refused (422, naming the field) before the queue is read
    return alerts_between(_monitor_queue(request).list_alerts(), since, until)
