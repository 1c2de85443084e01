"""Session 49 (rec49): the current record, 2025-2026, eighth pass.

What the pass added, each from a page read in the stored material on 2026-12-07: the names of the eight judges and
the offences in Russia's in-absentia verdict of 2025-12-12 (Radio Svoboda, Kommersant, both grade B; News.ru and RIA
Novosti, grade C, for the articles and the nine appeals of January 2026), with the indictment of 14 November 2025
(Gazeta.Ru); the Court's own release of 5 June 2025 (French version, icc-cpi.int) on the designation of four judges;
UN News on the designations of 20 August 2025; the Assembly's release on its special session on the crime of
aggression (July 2025, resolution ICC-ASP/S-1/Res.1) on the Kampala amendments' instrument, as primary; and a search
of the Malian presidency's site for the Sahel States' communiqué of 2025-09-22, logged where nothing was found. No key
fact was added or gained a primary, so the counts stay those of session 48.
"""

from __future__ import annotations

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.sources_report import sources_report

MOSCOW = "rus-2025-12-12-proceedings-against-court-officials-moscow-city-court-convicts-icc-prosecut"
SVOBODA = ("https://www.svoboda.org/a/mosgorsud-zaochno-prigovoril-sudey-mus-posle-vydachi-ordera-na-arest-putina/"
           "33621480.html")
KOMMERSANT = "https://www.kommersant.ru/doc/8273536"
RIA_APPEALS = "https://ria.ru/20260114/sud-2067720931.html"
JUNE = "usa-2025-06-05-sanctions-against-court-designation-of-four-icc-judges-under-eo-14203"
COURT_JUNE = ("https://www.icc-cpi.int/fr/news/"
              "la-cour-penale-internationale-deplore-les-nouvelles-sanctions-imposees-par-ladministration")
AUGUST = "usa-2025-08-20-sanctions-against-court-designation-of-two-icc-judges-and-the-two-deputy-pr"
UN_NEWS_AUGUST = "https://news.un.org/fr/story/2025/08/1157333"
ASP_SPECIAL = "https://asp.icc-cpi.int/press-releases/PR-20250710"
MB_HABEAS = ("https://mb.com.ph/2025/3/18/"
             "sc-requires-duterte-s-children-to-rebut-doj-s-plea-to-dismiss-their-habeas-corpus-petitions")
TRIBUNE_HABEAS = "https://tribune.net.ph/amp/story/2025/11/29/sc-digs-into-du30-handover"
QN_ARCHIVED = "https://www.quotidiano.net/politica/caso-almasri-archiviata-lindagine-nordio-piantedosi-mantovano-yyolli6k"
JUDGES = ("Akane", "Aitala", "Ugalde Godínez", "Ben Mahfoudh", "Hofmański", "Ibáñez Carranza", "Schmitt",
          "Alapini-Gansou")


@pytest.fixture(scope="module")
def index(records: RecordSet) -> PublisherIndex:
    return PublisherIndex.from_lookups(records.lookups)


def test_the_moscow_verdict_names_the_eight_judges_from_b_graded_reports(
        records: RecordSet, index: PublisherIndex) -> None:
    measure = records.measures[MOSCOW]
    note = measure.note or ""
    assert all(name in note for name in JUDGES)
    assert "no cited source lists all eight" not in note
    for url in (SVOBODA, KOMMERSANT):
        cited = [s for s in measure.sources if s.url == url]
        assert len(cited) == 1 and cited[0].kind == "secondary"
        graded = index.lookup(url)
        assert graded is not None and graded.grade == "B"
    # control: the verdict's day, kind and doubt are unchanged, and no primary is claimed
    assert str(measure.date) == "2025-12-12" and measure.kind == "proceedings_against_court_officials"
    assert measure.confidence == "medium" and measure.primary_gap
    assert not [s for s in measure.sources if s.kind == "primary"]


def test_the_moscow_verdict_notes_the_appeals_and_logs_the_search(records: RecordSet) -> None:
    measure = records.measures[MOSCOW]
    assert "nine appeals" in (measure.note or "") and "14 November 2025" in (measure.note or "")
    ria = [s for s in measure.sources if s.url == RIA_APPEALS]
    assert len(ria) == 1 and str(ria[0].date) == "2026-01-14"
    logged = [s for s in measure.searched or [] if str(s.on) == "2026-12-07"]
    assert len(logged) == 1 and logged[0].route == "government-pages" and "No primary added" in logged[0].detail


def test_the_june_designation_cites_the_court_s_own_release(records: RecordSet, index: PublisherIndex) -> None:
    measure = records.measures[JUNE]
    cited = [s for s in measure.sources if s.url == COURT_JUNE]
    assert len(cited) == 1 and str(cited[0].date) == "2025-06-05"
    # the Court is not the designation's issuer: its release is cited as secondary for the designation
    assert cited[0].kind == "secondary" and "issuer" in (cited[0].note or "")
    graded = index.lookup(COURT_JUNE)
    assert graded is not None and graded.publisher_class == "court" and graded.grade == "A"
    assert "press release of 2025-06-05" in measure.summary
    # control: the designation's day is unchanged and its own primary (state.gov, OFAC) is still missing
    assert str(measure.date) == "2025-06-05" and measure.primary_gap


def test_the_august_designation_cites_un_news(records: RecordSet, index: PublisherIndex) -> None:
    measure = records.measures[AUGUST]
    cited = [s for s in measure.sources if s.url == UN_NEWS_AUGUST]
    assert len(cited) == 1 and cited[0].kind == "secondary" and str(cited[0].date) == "2025-08-21"
    graded = index.lookup(UN_NEWS_AUGUST)
    assert graded is not None and graded.grade == "A"
    assert str(measure.date) == "2025-08-20"


def test_the_kampala_instrument_notes_the_special_session_of_2025(records: RecordSet) -> None:
    instrument = records.instruments["kampala-aggression"]
    note = instrument.note or ""
    assert "ICC-ASP/S-1/Res.1" in note and "2029" in note and "April" in note
    cited = [s for s in instrument.sources if s.url == ASP_SPECIAL]
    assert len(cited) == 1 and cited[0].kind == "primary"
    # control: the amendments' adoption is still the resolution's own day
    assert str(instrument.adopted) == "2010-06-11"


@pytest.mark.parametrize("iso3", ["BFA", "MLI", "NER"])
def test_the_sahel_announcement_logs_the_presidency_site_search(records: RecordSet, iso3: str) -> None:
    acts = [p for p in records.states[iso3].participation
            if p.instrument == "rome-statute" and p.action == "withdrawal_announced"]
    assert len(acts) == 1 and str(acts[0].date) == "2025-09-22"
    logged = [s for s in acts[0].searched or [] if str(s.on) == "2026-12-07"]
    assert len(logged) == 1 and "koulouba.ml" in logged[0].detail
    # control: no notification of withdrawal is recorded; the State stays a party
    assert not [p for p in records.states[iso3].participation
                if p.instrument == "rome-statute" and p.action in ("withdrawal_notified", "withdrawal_effective")]


def test_duterte_s_surrender_notes_the_habeas_corpus_petitions_and_no_ruling(
        records: RecordSet, index: PublisherIndex) -> None:
    status = [s for s in records.warrants["rodrigo-roa-duterte-1"].status_history if s.status == "surrendered"]
    assert len(status) == 1 and str(status[0].date) == "2025-03-12"
    note = status[0].note or ""
    assert "habeas corpus" in note and "11 November 2025" in note and "No decision on the petitions was found" in note
    for url in (MB_HABEAS, TRIBUNE_HABEAS):
        cited = [s for s in status[0].sources if s.url == url]
        assert len(cited) == 1 and cited[0].kind == "secondary"
        graded = index.lookup(url)
        assert graded is not None and graded.grade == "B"
    # control: no Philippine court ruling of 2025-2026 is recorded
    assert not [p for p in records.states["PHL"].participation
                if p.action == "domestic_court_ruling" and str(p.date) >= "2025"]


def test_the_elmasry_release_notes_the_italian_proceedings_closed(records: RecordSet, index: PublisherIndex) -> None:
    event = records.events["2025-01-19-osama-elmasry-njeem-italy"]
    assert "2025-10-28" in (event.followup or "") and "Tribunal of Ministers" in (event.followup or "")
    cited = [s for s in event.sources if s.url == QN_ARCHIVED]
    assert len(cited) == 1 and cited[0].kind == "secondary" and str(cited[0].date) == "2025-10-28"
    graded = index.lookup(QN_ARCHIVED)
    assert graded is not None and graded.grade == "B"
    # control: the event itself and the Chamber's vote are unchanged
    assert event.action == "arrest_and_release" and "2025-10-09" in (event.followup or "")


def test_key_fact_counts_are_unchanged(records: RecordSet) -> None:
    report = sources_report(records)
    assert report["key_facts"]["with_read_primary"] == 682 and report["key_facts"]["total"] == 1158
