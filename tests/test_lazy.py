"""Package exports imported on first use."""

from __future__ import annotations

import pytest

from iccwatch.lazy import lazy_exports


def test_a_name_is_imported_once_and_kept() -> None:
    namespace: dict[str, object] = {}
    load = lazy_exports("iccwatch.model", {"DateSpan": "dates"}, namespace)
    from iccwatch.model.dates import DateSpan

    assert load("DateSpan") is DateSpan
    assert namespace == {"DateSpan": DateSpan}


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    load = lazy_exports("iccwatch.model", {}, {})
    with pytest.raises(AttributeError, match="'iccwatch.model' has no attribute 'Nope'"):
        load("Nope")
    import iccwatch.service

    with pytest.raises(AttributeError, match="iccwatch.service"):
        iccwatch.service.no_such_function  # noqa: B018
