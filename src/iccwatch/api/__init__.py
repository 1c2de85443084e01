"""The REST API under /api/v1 (routers, dependencies, JSON errors). The app is assembled in ``iccwatch.app``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """Kept for callers of the old location: the app is built by :func:`iccwatch.app.create_app`."""
    from iccwatch.app import create_app as build

    return build(*args, **kwargs)
