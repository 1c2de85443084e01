"""The REST API under /api/v1 (routers, dependencies, JSON errors). The app is assembled in ``iccwatch.app``."""
