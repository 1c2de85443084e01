"""Exports: one kind of record as CSV (the default) or JSON."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from iccwatch import service
from iccwatch.api.deps import FactsDep, FieldError, record_version
from iccwatch.api.errors import RESPONSES
from iccwatch.service.citation import download_headers

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["export"])

_ROWS = {"type": "array", "items": {"type": "object", "additionalProperties": True}}


@router.get("/export/{kind}", summary="Export one kind of record as CSV or JSON", response_model=list[dict[str, Any]],
            responses={200: {"description": f"Rows of one kind ({', '.join(service.EXPORT_KINDS)}): CSV with a header "
                                            "row (format=csv) or a JSON array (format=json).",
                             "content": {"text/csv": {"schema": {"type": "string"}}, "application/json": {"schema": _ROWS}}}})
def export(kind: Annotated[str, Path(description=f"The kind of record: {', '.join(service.EXPORT_KINDS)}.")], facts: FactsDep, request: Request, format: Annotated[str, Query(pattern="^(csv|json)$", description="csv (a header row, sources as columns) or json.")] = "csv") -> Any:
    if kind not in service.EXPORT_KINDS:
        raise FieldError("kind", f"unknown export kind {kind!r}; one of: {', '.join(service.EXPORT_KINDS)}")
    rows = service.export_rows(facts, kind, flat=format == "csv")
    # session 42: the CSV file is named with the record's check date; X-Record-Version gives its version (JSON too)
    headers = download_headers(kind, format, facts, record_version(request))
    if format == "json":
        return JSONResponse(jsonable_encoder(rows), headers={"X-Record-Version": headers["X-Record-Version"]})
    return Response(service.rows_to_csv(rows, service.export_fields(kind)), media_type="text/csv; charset=utf-8", headers=headers)
