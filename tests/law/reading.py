"""What the question reader makes of a question asked on one fixed day (the audit rounds' reader tests share it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.service.question import read_question

TODAY = dt.date(2026, 12, 4)
PUTIN, NETANYAHU, SHOIGU = "vladimir-vladimirovich-putin", "benjamin-netanyahu", "sergei-kuzhugetovich-shoigu"


def read_fields(facts: Any, text: str) -> tuple[Any, Any, Any, Any]:
    """The kind, State, person and day read from ``text`` asked on ``TODAY``."""
    read = read_question(facts, text, today=TODAY)
    return read["kind"], read["state"], read["person"], read["on"]
