"""Every filing number of the Court in an answer's text (conclusions, facts, doubts, positions) is a link
to the Court's record, as in the sources; a case number (no document suffix) is not linked."""

from __future__ import annotations

import re

from tests.web.conftest import http_get

from iccwatch.markup import ICC_RECORD, court_record_url

QUESTIONS = ["state=MNG&person=vladimir-putin&on=2024-09-03", "state=JOR&person=omar-al-bashir&on=2017-03-29",
             "state=HUN&person=benjamin-netanyahu&on=2025-04-03", "state=ZAF&person=omar-al-bashir&on=2015-06-14"]


def test_filing_numbers_in_the_answer_are_links(server: str) -> None:
    linked_total = 0
    for q in QUESTIONS:
        status, text = http_get(server, "/ask/result?" + q)
        assert status == 200, q
        section = text[text.index('class="determination"'):]
        linked = re.findall(r'<a class="rec" href="([^"]+)">([^<]+)</a>', section)
        for href, number in linked:
            assert href == court_record_url(number), (q, number)
        # Remove every link (a citation's own link counts); no filing number may remain as bare text.
        bare = re.sub(r"<a [^>]*>.*?</a>", "", section, flags=re.S)
        assert not [m.group(0) for m in ICC_RECORD.finditer(bare)], q
        linked_total += len(linked)
    assert linked_total > 0
