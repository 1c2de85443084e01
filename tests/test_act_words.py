"""Treaty acts whose code names an article are shown as people cite them, wherever an act is shown."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from iccwatch.model.terms import ACT_WORDS, ParticipationAction
from iccwatch.web.pages import label

ARTICLE_CODES = [code for code in get_args(ParticipationAction) if re.search(r"\d", code)]


def test_every_act_code_naming_an_article_has_words() -> None:
    assert ARTICLE_CODES, "the vocabulary has acts named by an article"
    assert sorted(set(ARTICLE_CODES) - set(ACT_WORDS)) == []


@pytest.mark.parametrize("code", ARTICLE_CODES)
def test_the_dashboard_names_the_article_not_the_code(code: str) -> None:
    shown = label(code)
    assert shown == ACT_WORDS[code]
    assert "Art." in shown and "_" not in shown and not re.search(r"\d \d", shown)


def test_other_codes_still_read_as_words() -> None:
    assert label("withdrawal_announced") == "withdrawal announced"
    assert label("non_compliance") == "non-compliance"


@pytest.mark.parametrize("code", ARTICLE_CODES)
def test_the_reports_and_the_cli_name_it_the_same_way(code: str) -> None:
    from iccwatch.cli.output import _cell
    from iccwatch.report.build import label as report_label

    assert report_label(code) == label(code) == _cell(code)
