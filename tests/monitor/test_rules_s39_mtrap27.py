"""Session 39 (issue 12, task mtrap27): no candidate from a denied, cancelled or hypothetical trip, and one rule deciding what is
a headline. Each fix is a general rule tested with sentences written for the test (in the languages where the phenomenon
exists), with controls that must still be read; the words are data in ``data/lookups/monitor_words.yaml`` (English's in
monitor/lexicon.py). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import headline, make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
TRIPS = ("visit", "planned_visit")


def _trips(spec, text: str, language: str, date: str = "2023-07-19", title: str | None = None, path: str | None = None):  # noqa: ANN001
    doc = make_document(text, title=title, path=path, date=date, language=language)
    return [(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type in TRIPS]


# 1. A trip named only as the occasion of an arrest supposed, pledged or offered ("ready to arrest X during his visit to A",
#    'Putin bei seinem Besuch in Deutschland festzunehmen'): no trip is told (the dev trap of a government press conference).
@pytest.mark.parametrize(("text", "language"), [
    ("The German authorities are ready to arrest President Putin during his visit to Germany, the minister said on Wednesday.", "en"),
    ("The police would arrest Vladimir Putin during his stay in Germany, the minister said on Wednesday.", "en"),
    ("Les autorités allemandes arrêteraient-elles Vladimir Poutine lors de sa visite en Allemagne ?", "fr"),
    ("Les autorités allemandes sont prêtes à l'arrêter lors de sa visite en Allemagne, a dit mercredi le ministre à propos de "
     "Vladimir Poutine.", "fr"),
    ("Las autoridades alemanas están dispuestas a detener a Vladimir Putin durante su visita a Alemania, dijo el ministro el miércoles.", "es"),
    ("Le autorità tedesche sono pronte ad arrestare Vladimir Putin durante la sua visita in Germania, ha detto il ministro mercoledì.", "it"),
    ("As autoridades alemãs estão prontas para prender Vladimir Putin durante a sua visita à Alemanha, disse o ministro na quarta-feira.", "pt"),
    ("Wie schätzen Sie die Bereitschaft der deutschen Behörden ein, Präsident Putin bei seinem Besuch in Deutschland festzunehmen?", "de"),
    ("Die deutschen Behörden würden Präsident Putin bei seinem Besuch in Deutschland festnehmen, sagte der Minister am Mittwoch.", "de"),
])
def test_a_trip_only_the_occasion_of_a_supposed_arrest_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert not _trips(spec, text, language)


@pytest.mark.parametrize(("text", "language"), [
    # an arrest made during the visit: the visit is told
    ("The police arrested the protesters during Vladimir Putin's visit to Germany on Wednesday.", "en"),
    # the visit told with the phrase, no arrest supposed
    ("Präsident Putin wurde am Mittwoch bei seinem Besuch in Deutschland vom Kanzler empfangen.", "de"),
    ("Vladimir Poutine a été reçu mercredi lors de sa visite en Allemagne par le chancelier.", "fr"),
    # an arrest ruled out: a refusal, the visit under way (test_rules_s22's "would not arrest X during his current visit")
    ("Germany's government said on Wednesday it would not arrest Vladimir Putin during his current visit to Germany.", "en"),
    ("Le gouvernement allemand a dit mercredi qu'il n'arrêterait pas Vladimir Poutine lors de sa visite en Allemagne.", "fr"),
    ("El gobierno alemán dijo el miércoles que no detendría a Vladimir Putin durante su visita a Alemania.", "es"),
    ("Die Regierung sagte am Mittwoch, sie werde Präsident Putin bei seinem Besuch in Deutschland nicht festnehmen.", "de"),
])
def test_a_trip_told_with_its_phrase_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert ("visit", PUTIN, "DEU") in _trips(spec, text, language)


# 2. Guards of the shapes the rules already read (issue 12's list; these held before session 39 and must keep holding): a trip
#    called off in a later sentence, attended by video link, denied, only hypothetical; and the same trip confirmed is read.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin will travel to South Africa for the BRICS summit in August, the Kremlin said on Monday. On Wednesday the "
     "Kremlin said the trip had been cancelled.", "en"),
    ("Vladimir Poutine se rendra en Afrique du Sud pour le sommet des BRICS en août, a annoncé lundi le Kremlin. Mercredi, la "
     "présidence sud-africaine a indiqué que Poutine ne participera pas au sommet.", "fr"),
    ("Vladimir Putin viajará a Sudáfrica para la cumbre de los BRICS en agosto, anunció el lunes el Kremlin. El miércoles, la "
     "presidencia sudafricana informó que Putin no asistirá a la cumbre.", "es"),
    ("Vladimir Putin will take part in the BRICS summit in South Africa by video link, the Kremlin said on Wednesday.", "en"),
    ("Vladimir Poutine participera au sommet des BRICS en Afrique du Sud par visioconférence, a indiqué mercredi le Kremlin.", "fr"),
    ("The Kremlin on Wednesday denied reports that Vladimir Putin would visit South Africa in August.", "en"),
    ("El Kremlin desmintió el miércoles que Vladimir Putin vaya a viajar a Sudáfrica en agosto.", "es"),
    ("Vladimir Putin would be arrested if he travelled to South Africa, the justice minister said on Wednesday.", "en"),
])
def test_a_trip_not_made_gives_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert not _trips(spec, text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin will travel to South Africa for the BRICS summit in August, the Kremlin said on Wednesday.", "en"),
    ("Vladimir Poutine se rendra en Afrique du Sud pour le sommet des BRICS en août, a annoncé mercredi le Kremlin.", "fr"),
    ("Vladimir Putin viajará a Sudáfrica para la cumbre de los BRICS en agosto, anunció el miércoles el Kremlin.", "es"),
])
def test_the_same_trip_confirmed_is_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert ("planned_visit", PUTIN, "ZAF") in _trips(spec, text, language)


# 3. One rule for what is a headline (documents.headline): the file's name the loader gives a page with no title is no headline,
#    for the headline's place (assemble._scene) as for the headline's withdrawal (extract._headline_withdrawal).
def test_a_file_name_sets_no_scene(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir arrived on Tuesday for the ceremony, officials said."
    assert ("visit", BASHIR, "KEN") in _trips(spec, text, "en", "2016-10-12", title="Bashir in Kenya")  # a real headline
    assert ("visit", BASHIR, "KEN") not in _trips(spec, text, "en", "2016-10-12", title="Bashir in Kenya", path="/in/Bashir in Kenya.txt")


def test_a_file_name_tells_no_withdrawal(spec) -> None:  # noqa: ANN001
    text = "The announcement on Tuesday comes after months of tension with the court."
    title = "Burundi to withdraw from the Rome Statute"

    def withdrawals(path: str | None) -> list[str | None]:
        doc = make_document(text, title=title, path=path, date="2016-10-12", language="en")
        return [c.state for c in extract_candidates(doc, spec, mode="rules") if c.type == "withdrawal_announced"]

    assert withdrawals(None) == ["BDI"]  # the headline's State, dated by the body's back-reference
    assert withdrawals(f"/in/{title}.txt") == []


def test_headline_is_the_one_rule() -> None:
    assert headline(make_document("x", title="Bashir in Kenya")) == "Bashir in Kenya"
    assert headline(make_document("x", title="Bashir in Kenya", path="/in/Bashir in Kenya.txt")) is None
    assert headline(make_document("x", title="bashir-in-kenya")) is None


# 4. A month told by "last" or "next" ("He visited Malawi last October" in a page of June 2012): that month of the year before or
#    after, never the page's own day (the dev trap's background visit was dated to the page and counted as a trip of the day).
@pytest.mark.parametrize(("text", "expected"), [
    ("He visited Malawi last October.", "2011-10"),
    ("He visited Malawi last May.", "2012-05"),  # the latest May before the page's June
    ("He visited Malawi last February.", "2012-02"),
    ("He will visit Malawi next March.", "2013-03"),
    ("He will visit Malawi next September.", "2012-09"),
])
def test_a_month_told_by_last_or_next(text: str, expected: str) -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    assert [f.date for f in find_dates(text, dt.date(2012, 6, 8))] == [expected]


def test_a_month_by_last_is_no_date_of_the_day(spec) -> None:  # noqa: ANN001
    text = "Sudan's President Omar al-Bashir is wanted by the court. He visited Malawi last October."
    assert ("visit", BASHIR, "MWI", "2012-06-08") not in [
        (c.type, c.person, c.state, c.date) for c in extract_candidates(make_document(text, date="2012-06-08", language="en"), spec, mode="rules")]


def test_the_last_may_is_no_month() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    assert not find_dates("The first was refused; the last may still be granted.", dt.date(2012, 6, 8))


@pytest.mark.parametrize(("text", "language"), [
    ("Visitó Malaui el pasado octubre.", "es"),
    ("Ha visitato il Malawi lo scorso ottobre.", "it"),
    ("Er besuchte Malawi im vergangenen Oktober.", "de"),
    ("Er besuchte Malawi letzten Oktober.", "de"),
])
def test_a_month_told_by_last_in_other_languages(spec, text: str, language: str) -> None:  # noqa: ANN001
    import datetime as dt

    from iccwatch.monitor import lexicon
    from iccwatch.monitor.dates import find_dates

    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages") or {}, language)):
        assert [f.date for f in find_dates(text, dt.date(2012, 6, 8))] == ["2011-10"]
