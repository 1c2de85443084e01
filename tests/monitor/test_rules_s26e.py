"""Session 26 (issue 12, task mgeneral): the lead's news read in the other languages, and a visit paid to a State told in
the German dative. Sentences written for the purpose (not copied from the real-news set), each with a contrast that must
not change. No State or person is special-cased: the names below are only the record's, used as examples; the words are
data (data/lookups/monitor_words.yaml: WARRANT_WORD, WARRANT_SOUGHT, LEAD_ISSUED, LEAD_PROGRESSIVE, destination_before)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

from iccwatch.monitor import lexicon
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


def _typed(spec, text: str, kind: str, date: str, language: str, title: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind, title=title, read_as=language)


def test_the_lead_words_are_families_other_languages_extend() -> None:
    for name in ("WARRANT_WORD", "WARRANT_SOUGHT", "LEAD_ISSUED", "LEAD_PROGRESSIVE"):
        assert name in lexicon.FAMILIES


# --- a lead under a warrant headline, its issue told with no day: the news of the document's day ------------------------------

LEADS = [
    ("es", "La CPI emite una orden de arresto contra Netanyahu", "El fiscal pide una orden de arresto contra Netanyahu",
     "La Corte Penal Internacional emitió una orden de arresto contra el primer ministro israelí Benjamin Netanyahu por crímenes "
     "de guerra y crímenes de lesa humanidad cometidos en Gaza, según un comunicado del tribunal."),
    ("pt", "O TPI emite mandado de prisão contra Netanyahu", "Procurador pede mandado de prisão contra Netanyahu",
     "O Tribunal Penal Internacional emitiu um mandado de prisão contra o primeiro-ministro israelense Benjamin Netanyahu por "
     "crimes de guerra e crimes contra a humanidade cometidos na Faixa de Gaza, segundo um comunicado."),
    ("de", "IStGH: Haftbefehl gegen Netanjahu", "Chefankläger beantragt Haftbefehl gegen Netanjahu",
     "Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen den israelischen Regierungschef Benjamin Netanjahu wegen "
     "mutmaßlicher Kriegsverbrechen und Verbrechen gegen die Menschlichkeit im Gazastreifen, wie das Gericht mitteilte."),
    ("it", "Il mandato di arresto per Netanyahu: cosa accadrà ora", "Il procuratore chiede un mandato di arresto per Netanyahu",
     "Cosa accadrà dopo il mandato di arresto spiccato dalla Corte penale internazionale per il premier israeliano Benjamin "
     "Netanyahu, accusato di crimini di guerra e crimini contro l'umanità nella Striscia di Gaza?"),
]


@pytest.mark.parametrize(("language", "headline", "sought", "lead"), LEADS, ids=[x[0] for x in LEADS])
def test_a_lead_under_a_warrant_headline_is_the_days_news(spec, language: str, headline: str, sought: str, lead: str) -> None:  # noqa: ANN001
    assert _typed(spec, lead, "warrant_issued", "2024-11-22", language, headline) == [(NETANYAHU, None, "2024-11-22")]


@pytest.mark.parametrize(("language", "headline", "sought", "lead"), LEADS, ids=[x[0] for x in LEADS])
def test_a_headline_naming_the_warrant_sought_gives_no_news(spec, language: str, headline: str, sought: str, lead: str) -> None:  # noqa: ANN001
    # contrasts: the headline names the warrant only asked for, or there is no headline: the lead's past tells no day
    assert _typed(spec, lead, "warrant_issued", "2024-11-22", language, sought) == []
    assert _typed(spec, lead, "warrant_issued", "2024-11-22", language) == []


@pytest.mark.parametrize(("language", "headline"), [
    ("fr", "La CPI émet un mandat d'arrêt contre Netanyahu"), ("es", "La CPI emite una orden de arresto contra Netanyahu"),
    ("de", "IStGH erlässt Haftbefehl gegen Netanjahu"), ("it", "La Cpi spicca un mandato d'arresto per Netanyahu"),
    ("pt", "TPI emite mandado de prisão contra Netanyahu")])
def test_the_headline_word_in_each_language(spec, language: str, headline: str) -> None:  # noqa: ANN001
    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages") or {}, language)):
        assert lexicon.WARRANT_WORD.search(headline) and not lexicon.WARRANT_SOUGHT.search(headline)
    # contrast: read in English alone, the headline names no warrant
    assert not lexicon.WARRANT_WORD.search(headline)


@pytest.mark.parametrize(("language", "lead"), [
    ("es", "Hungría se retira de la Corte Penal Internacional"), ("it", "L'Ungheria si ritira dalla Corte penale internazionale"),
    ("pt", "A Hungria abandona o Tribunal Penal Internacional"), ("de", "Ungarn tritt aus dem Internationalen Strafgerichtshof aus"),
    ("fr", "La Hongrie se retire de la Cour pénale internationale")])
def test_a_withdrawal_told_in_the_present_in_each_language(spec, language: str, lead: str) -> None:  # noqa: ANN001
    with lexicon.reading(lexicon.words_for(spec.lexicon.get("languages") or {}, language)):
        assert lexicon.LEAD_PROGRESSIVE.search(lead)
    assert not lexicon.LEAD_PROGRESSIVE.search(lead)  # contrast: English alone reads none of them


# --- German: the State a visit is paid to, in the dative ------------------------------------------------------------------------

def test_a_visit_paid_to_a_state_in_the_german_dative(spec) -> None:  # noqa: ANN001
    made = "Der russische Präsident Wladimir Putin stattete der Mongolei am Montag einen offiziellen Besuch ab."
    assert _typed(spec, made, "visit", "2024-09-03", "de") == [(PUTIN, "MNG", "2024-09-02")]
    to_come = "Der Kreml sagte, Putin werde der Mongolei am Dienstag einen Staatsbesuch abstatten."
    assert _typed(spec, to_come, "planned_visit", "2024-09-02", "de") == [(PUTIN, "MNG", "2024-09-03")]


def test_a_genitive_after_a_noun_is_no_destination(spec) -> None:  # noqa: ANN001
    # contrast: 'den Präsidenten der Mongolei' is whom he met, in Moscow; no trip to Mongolia
    met = "Der russische Präsident Wladimir Putin traf am Montag den Präsidenten der Mongolei in Moskau."
    assert _typed(spec, met, "visit", "2024-09-03", "de") == []


# --- a trip to come dated by its weekend --------------------------------------------------------------------------------------

BASHIR = "omar-hassan-ahmad-al-bashir"


def _trips(spec, text: str, date: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return sorted(((c.type, c.person, c.state, c.date, c.end_date) for c in extract_candidates(doc, spec, mode="rules")
                   if c.type in ("visit", "planned_visit")), key=str)


def test_a_trip_this_weekend_is_dated_by_its_saturday_and_sunday(spec) -> None:  # noqa: ANN001
    text = "Sudanese President Omar al-Bashir will attend the African Union summit in Kigali this weekend."
    # a Wednesday's page: the Saturday and Sunday after it
    assert _trips(spec, text, "2016-07-13") == [("planned_visit", BASHIR, "RWA", "2016-07-16", "2016-07-17")]
    # a Sunday's page: its own weekend
    assert _trips(spec, text, "2016-07-17") == [("planned_visit", BASHIR, "RWA", "2016-07-16", "2016-07-17")]
    # a page dated only to its month: that month
    assert _trips(spec, text, "2016-07") == [("planned_visit", BASHIR, "RWA", "2016-07", None)]


def test_next_and_last_weekend(spec) -> None:  # noqa: ANN001
    to_come = "Sudanese President Omar al-Bashir will attend the African Union summit in Kigali next weekend."
    assert _trips(spec, to_come, "2016-07-13") == [("planned_visit", BASHIR, "RWA", "2016-07-23", "2016-07-24")]
    made = "Sudanese President Omar al-Bashir attended the African Union summit in Kigali last weekend."
    assert _trips(spec, made, "2016-07-13") == [("visit", BASHIR, "RWA", "2016-07-09", "2016-07-10")]


def test_over_the_weekend_dates_nothing(spec) -> None:  # noqa: ANN001
    # contrast: which weekend "over the weekend" is, the tense must say; it gives no day
    text = "Sudanese President Omar al-Bashir will attend the African Union summit in Kigali, officials said over the weekend."
    assert [t[3] for t in _trips(spec, text, "2016-07-13")] == [None]


# --- the lead: the sentences that open the first full sentence's paragraph -------------------------------------------------------

STANDFIRST = ("Strafgerichtshof in Den Haag\nHaftbefehle gegen israelische Führung\n"
              "Der Strafgerichtshof hat Haftbefehle gegen führende Politiker Israels erlassen. Mehr dazu.\n\nVon unserer Redaktion\n")
NAMED = "Der Strafgerichtshof hat Haftbefehle gegen den Regierungschef Benjamin Netanjahu erlassen."
FULL = ("Das Gericht mit Sitz in Den Haag warf dem Regierungschef in einer am Donnerstag veröffentlichten Erklärung "
        "Kriegsverbrechen und Verbrechen gegen die Menschlichkeit vor.")


def test_a_short_sentence_opening_the_first_full_sentences_paragraph_is_in_the_lead(spec) -> None:  # noqa: ANN001
    # under a two-sentence standfirst and a byline, the body's first sentence (18 words) is the fourth: it is the lead's too
    text = STANDFIRST + NAMED + " " + FULL
    assert _typed(spec, text, "warrant_issued", "2024-11", "de") == [(NETANYAHU, None, "2024-11")]


def test_a_sentence_after_the_first_full_sentences_paragraph_stays_background(spec) -> None:  # noqa: ANN001
    # contrast: the same sentence in the paragraph after the first full one, with no day of its own, is not the day's news
    text = STANDFIRST + FULL + "\n\n" + NAMED
    assert _typed(spec, text, "warrant_issued", "2024-11", "de") == []
