"""Session 29 (the lead): no State is named in the monitor's code. Seven demonyms were listed by name among the titles
before a surname, and six as "The <demonym>" standing for the person just named (lexicon.PRONOUN), so "The Sudanese
arrived in Chad" was read for one person and "The Malian arrived in Chad" was not. Both now take every State's demonym
from the record's lookups (``Spec.title_words``, ``lexicon.pronoun``)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

from iccwatch.monitor.gazetteer import TITLES, normalise
from iccwatch.monitor.lexicon import pronoun

TEXT = "{name} left {home} last week. The {demonym} arrived in Chad on Tuesday, officials said."


@pytest.mark.parametrize(("person", "name", "home", "demonym"), [
    ("omar-hassan-ahmad-al-bashir", "Omar al-Bashir", "Khartoum", "Sudanese"),   # listed by name before
    ("iyad-ag-ghaly", "Iyad Ag Ghaly", "Mali", "Malian"),                         # not listed
    ("joseph-kony", "Joseph Kony", "Uganda", "Ugandan"),                          # listed among the titles only
])
def test_the_demonym_stands_for_the_person_just_named_whatever_the_state(spec, person, name, home, demonym) -> None:  # noqa: ANN001
    text = TEXT.format(name=name, home=home, demonym=demonym)
    assert typed(spec, text, "2025-05-07", "visit") == [(person, "TCD", "2025-05-06")]


def test_a_word_that_is_no_demonym_stands_for_no_one(spec) -> None:  # noqa: ANN001
    text = TEXT.format(name="Iyad Ag Ghaly", home="Mali", demonym="Roman")
    assert typed(spec, text, "2025-05-07", "visit") == []
    assert pronoun("The Rome court ruled on Monday.", spec) is None
    assert pronoun("The Malian leader spoke on Monday.", spec) is not None


def test_every_states_one_word_demonym_is_a_title_and_none_is_written_in_code(spec) -> None:  # noqa: ANN001
    one_word = {normalise(d) for ds in spec.demonyms.values() for d in ds if " " not in d.strip()}
    assert len(one_word) > 150
    assert one_word <= spec.title_words
    assert not one_word & TITLES  # the titles written in code name no State


# --- months and years told from the document's own, in the other languages (data: relative_periods) -------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    ("Vladimir Poutine se rendra en Mongolie le mois prochain.", "fr", "2025-06"),
    ("Vladimir Putin viajará a Mongolia el próximo mes.", "es", "2025-06"),
    ("Wladimir Putin wird im nächsten Monat in die Mongolei reisen.", "de", "2025-06"),
    ("Vladimir Putin si recherà in Mongolia il mese prossimo.", "it", "2025-06"),
    ("Vladimir Putin viajará para a Mongólia no próximo mês.", "pt", "2025-06"),
    ("Vladimir Poutine se rendra en Mongolie l'an prochain.", "fr", "2026"),
])
def test_a_month_or_year_to_come_told_from_the_documents(spec, text, language, want) -> None:  # noqa: ANN001
    assert typed(spec, text, "2025-05-07", "planned_visit", language=language) == [("vladimir-vladimirovich-putin", "MNG", want)]


@pytest.mark.parametrize(("text", "language"), [
    ("Wladimir Putin, der im vergangenen Jahr die Mongolei besuchte, wird vom IStGH gesucht.", "de"),
    ("Vladimir Poutine, qui s'est rendu en Mongolie l'an dernier, est recherché par la CPI.", "fr"),
    ("Vladimir Putin, que visitó Mongolia el año pasado, es buscado por la CPI.", "es"),
])
def test_a_stay_of_last_year_is_no_news(spec, text, language) -> None:  # noqa: ANN001
    assert typed(spec, text, "2025-05-07", "visit", language=language) == []
    assert typed(spec, text, "2025-05-07", "planned_visit", language=language) == []
