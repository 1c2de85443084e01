"""Problems found in the record: each names the file, the record and the field."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Literal

#: Characters a terminal or a log would act on rather than show (control characters, bidirectional overrides,
#: zero-width and line-separator characters), in a file name, key or value a problem repeats.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _shown(text: str) -> str:
    """``text`` with each unshowable character written as its escape (``\\x1b``, ``\\u200b``)."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Problem:
    file: str
    record: str | None
    field: str | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f" [{self.record}]"
        if self.field:
            where += f" {self.field}"
        return _shown(f"{self.severity}: {where}: {self.message}")

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


class RecordError(Exception):
    """The record has errors; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        head = "\n".join(str(p) for p in errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{len(errors)} error(s) in the record:\n{head}{more}")
