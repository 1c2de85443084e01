"""An error page about a parameter does not also call it unknown (session 45, seen in Chromium on /monitor?page=99):
the page said "Ignored, the page is shown without it: 'page' is not a parameter of this address" above "no page '99'",
two contradicting messages about one parameter. A parameter the page read and refused is a parameter of the address."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/events?page=99", "/events?state=FRA&page=0", "/decisions?page=99"])
def test_a_page_number_out_of_range_is_refused_once_not_also_called_unknown(client, path: str) -> None:  # noqa: ANN001
    r = client.get(path)
    assert r.status_code == 422, r.status_code
    assert "no page" in r.text or "page" in r.text
    assert "&#39;page&#39; is not a parameter" not in r.text and "'page' is not a parameter" not in r.text


def test_a_parameter_the_page_does_not_take_is_still_named_on_the_error_page(client) -> None:  # noqa: ANN001
    # the control: a parameter no page reads keeps its notice beside the error it did not cause
    r = client.get("/events?page=99&colour=red")
    assert r.status_code == 422
    assert "&#39;colour&#39; is not a parameter" in r.text or "'colour' is not a parameter" in r.text
    assert "&#39;page&#39; is not a parameter" not in r.text
