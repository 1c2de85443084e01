"""A source address that names its scheme's default port (https://host:443/, http://host:80/) gives one page a
second address: an error; another port is part of the address and is left alone."""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.address_checks import address_spellings as _addresses
from iccwatch.model import Decision, Meta

META = Meta.model_validate({"checked_through": "2026-11-30", "title": "t", "licence": "l"})


def _problems(url: str) -> list[str]:
    d = Decision.model_validate({"id": "d", "date": "2020-01-01", "chamber": "Pre-Trial Chamber I", "kind": "other",
                                 "outcome": "ruled", "situation": "s", "sources": [{"url": url, "kind": "secondary"}]})
    r = RecordSet(meta=META, decisions={"d": d}, files={("decisions", "d"): "data/decisions/d.yaml"})
    return [p.message for p in _addresses(r) if p.field == "sources[0].url" and p.severity == "error"]


@pytest.mark.parametrize("url", ["https://www.icc-cpi.int:443/news/x", "http://www.icc-cpi.int:80/Pages/item.aspx?name=pr1",
                                 "https://Example.org:443/", "https://example.org:443"])
def test_an_address_naming_the_default_port_is_an_error(url: str) -> None:
    assert any("default port" in m for m in _problems(url))


@pytest.mark.parametrize("url", ["https://www.icc-cpi.int/news/x", "https://example.org:8443/x", "http://example.org:8080/x",
                                 "https://example.org:80/x", "http://example.org:443/x", "https://example.org/a:443/b"])
def test_an_address_without_it_or_with_another_port_is_not(url: str) -> None:
    assert not any("default port" in m for m in _problems(url))
