"""The REST API under /api/v1, one router per resource; every operation declares its response model."""

from fastapi import APIRouter

from iccwatch.api.routers import (
    assessment,
    export,
    law,
    meta,
    monitor,
    persons,
    records,
    search,
    states,
)

ROUTERS: tuple[APIRouter, ...] = tuple(m.router for m in (meta, states, persons, law, records, search, assessment, monitor, export))

__all__ = ["ROUTERS"]
