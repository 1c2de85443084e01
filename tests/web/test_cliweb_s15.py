"""The dashboard tried as a lawyer, a journalist or a diplomat would (session 15): a card's column names
read on one line or above their value on a phone, and an empty cell says what it means. Each test failed
before its fix."""

from __future__ import annotations

import re

import pytest
from tests.web.conftest import http_get, settle, sized_page

#: Pages whose tables become cards on a phone, with long column names ("Forum for non-compliance",
#: "Persons to arrest if present", "Status history", "Weight in pillar").
CARD_PAGES = ["/states/MNG", "/persons/benjamin-netanyahu", "/decisions", "/events"]

#: Each card label shown beside its value (floated) that needs more room than the label column gives it:
#: its text is measured in the label's own font.
WRAPPED_LABELS = """() => {
  const ctx = document.createElement("canvas").getContext("2d");
  const out = [];
  for (const td of document.querySelectorAll("table.stack td[data-label]")) {
    if (!td.checkVisibility()) continue;
    const before = getComputedStyle(td, "::before");
    if (before.content === "none" || before.float !== "left") continue;
    ctx.font = `${before.fontWeight} ${before.fontSize} ${before.fontFamily}`;
    if (ctx.measureText(td.dataset.label).width > parseFloat(before.width) + 0.5) out.push(td.dataset.label);
  }
  return [...new Set(out)];
}"""


@pytest.mark.parametrize("path", CARD_PAGES)
def test_on_a_phone_no_card_label_wraps_beside_its_value(shared_pages, request, path: str) -> None:  # noqa: ANN001
    """At 390 px a label too long for the card's label column ("Forum for non-compliance" broke over three
    lines, "non-" on one) now stands on its own line above its value; the short ones stay beside it."""
    with sized_page(shared_pages, request, "phone") as pg:
        pg.goto(pg.base + path)  # type: ignore[attr-defined]
        settle(pg)
        assert pg.evaluate(WRAPPED_LABELS) == [], path
        beside = pg.evaluate("""() => [...document.querySelectorAll("table.stack td[data-label]")]
            .filter(td => td.checkVisibility() && getComputedStyle(td, "::before").float === "left").length""")
        assert beside > 0, "the short labels stay beside their values"


def test_a_warrant_without_a_recorded_case_number_says_so(server: str) -> None:
    """The warrant row of a person whose warrant has no case number in the record had an empty Case cell
    (hidden on a phone); it now says that none is recorded (not that there is none)."""
    status, body = http_get(server, "/persons/benjamin-netanyahu")
    assert status == 200
    table = body[body.index('aria-label="Warrants"'):]
    table = table[:table.index("</table>")]
    cells = re.findall(r"<tr><td>.*?</td><td>.*?</td><td>(.*?)</td>", table, re.S)
    assert cells and all(c.strip() for c in cells), cells
    assert any(re.sub(r"<[^>]+>", "", c) == "no case number recorded" for c in cells), cells


def test_a_situation_with_no_one_to_arrest_says_what_none_means(server: str) -> None:
    """A State's duties listed "Persons to arrest if present: none"; it now says no arrest warrant in that
    situation was outstanding (in the record) on the page's date."""
    status, body = http_get(server, "/states/MNG?on=2024-09-03")
    assert status == 200
    duties = body[body.index('id="duties"'):]
    duties = duties[:duties.index("</section>")]
    assert ">none<" not in duties
    assert "no arrest warrant in this situation outstanding on 2024-09-03" in duties


def test_a_states_relation_reads_as_one_sentence(server: str) -> None:
    """"Hungary is a State Party on 2026-01-01 (withdrawal pending) (since 2002-07-01), until 2026-06-02":
    two brackets in a row and a comma; the dates now follow the answer after a colon."""
    status, body = http_get(server, "/states/HUN?on=2026-01-01")
    assert status == 200
    answer = re.search(r'<p class="answer[^"]*">(.*?)</p>', body, re.S)
    assert answer is not None
    text = re.sub(r"<[^>]+>", "", answer.group(1))  # its dates are kept on one line (<span class="nw">)
    assert ") (" not in text and "(since" not in text
    assert text.endswith(": since 2002-07-01, until 2026-06-02"), text
