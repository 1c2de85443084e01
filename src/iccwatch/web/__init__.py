"""The dashboard: server-rendered pages (Jinja2 + HTMX), all assets served from this machine."""
