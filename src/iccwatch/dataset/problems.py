"""Problems found in the record: each names the file, the record and the field."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal


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
        return f"{self.severity}: {where}: {self.message}"

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
