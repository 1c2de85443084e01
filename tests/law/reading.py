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


def read(facts: Any, text: str) -> dict[str, Any]:
    """The reader's whole answer to ``text`` asked on ``TODAY``."""
    answer: dict[str, Any] = read_question(facts, text, today=TODAY)
    return answer


def refused(facts: Any, text: str) -> str:
    """The reader's refusal of ``text`` asked on ``TODAY`` (the test fails where it answers)."""
    import pytest

    from iccwatch.service.question import QuestionError

    with pytest.raises(QuestionError) as info:
        read(facts, text)
    return str(info.value)
