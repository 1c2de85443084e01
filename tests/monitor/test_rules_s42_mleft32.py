"""Session 42 (issue 12, task mleft32): session 41's monitor leftovers, each read as the general shape in the languages the monitor
reads (docs/monitor.md, "Session 41's leftovers (session 42)"). Each shape in at least two languages, with controls that must not
fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's,
used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"


# 1. A participation confirmed, told by the traveller's name: "The Kremlin confirmed X's participation in the summit" (English
#    read only "his participation"; the possessive made X the owner of something else, not the traveller).
@pytest.mark.parametrize(("text", "language"), [
    ("The Kremlin confirmed Putin's participation in the summit in Ulaanbaatar on 3 September 2024.", "en"),
    ("The Kremlin confirmed Vladimir Putin's participation in the summit in Ulaanbaatar on 3 September 2024.", "en"),
    ("The Kremlin confirmed the participation of Vladimir Putin in the summit in Ulaanbaatar on 3 September 2024.", "en"),
    ("Le Kremlin a confirmé la participation de Vladimir Poutine au sommet d'Oulan-Bator le 3 septembre 2024.", "fr"),
    ("El Kremlin confirmó la participación de Vladimir Putin en la cumbre de Ulán Bator el 3 de septiembre de 2024.", "es"),
    ("O Kremlin confirmou a participação de Vladimir Putin na cúpula de Ulan Bator em 3 de setembro de 2024.", "pt"),
    ("Il Cremlino ha confermato la partecipazione di Vladimir Putin al vertice di Ulan Bator il 3 settembre 2024.", "it"),
    ("Der Kreml bestätigte die Teilnahme von Wladimir Putin am Gipfel in Ulan Bator am 3. September 2024.", "de"),
])
def test_participation_confirmed_by_name(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-20", "planned_visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-03")], got


@pytest.mark.parametrize(("text", "language"), [
    # not confirmed; by video link; a participation in no gathering
    ("The Kremlin has not confirmed Vladimir Putin's participation in the summit in Ulaanbaatar on 3 September 2024.", "en"),
    ("The Kremlin confirmed Vladimir Putin's participation in the summit in Ulaanbaatar by video link on 3 September 2024.", "en"),
    ("The Kremlin confirmed Vladimir Putin's participation in the war crimes in Ukraine.", "en"),
    ("Le Kremlin n'a pas confirmé la participation de Vladimir Poutine au sommet d'Oulan-Bator le 3 septembre 2024.", "fr"),
])
def test_participation_not_confirmed(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-20", "planned_visit", language=language)
    assert got == [], got


# 2. A reception with the arrest not made: "received X without arresting him" -> the receiving State's refusal (a State Party that
#    day), beside the visit.
@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia received Vladimir Putin without arresting him.", "en"),
    ("Mongolia welcomed Vladimir Putin on Tuesday without arresting him.", "en"),
    ("La Mongolie a reçu Vladimir Poutine sans l'arrêter.", "fr"),
    ("Mongolia recibió a Vladimir Putin sin detenerlo.", "es"),
    ("A Mongólia recebeu Vladimir Putin sem o prender.", "pt"),
    ("La Mongolia ha ricevuto Vladimir Putin senza arrestarlo.", "it"),
    ("Die Mongolei empfing Wladimir Putin, ohne ihn festzunehmen.", "de"),
])
def test_received_without_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-04", "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-09-04", "visit", language=language)] == [(PUTIN, "MNG")]


@pytest.mark.parametrize(("text", "language"), [
    # a State the Statute does not bind; a reception only supposed; one to come; a reception with no arrest word
    ("China received Vladimir Putin without arresting him.", "en"),
    ("Mongolia could have received Vladimir Putin without arresting him.", "en"),
    ("Mongolia will receive Vladimir Putin without arresting him.", "en"),
    ("Mongolia received Vladimir Putin without any ceremony.", "en"),
    ("La Chine a reçu Vladimir Poutine sans l'arrêter.", "fr"),
    ("La Mongolia non ha ricevuto Vladimir Putin.", "it"),
])
def test_reception_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-04", "refusal", language=language)
    assert got == [], got


# 3. A withdrawal told with the notice's day and its effect a year later (article 127(1)): the notice, on its own day.
@pytest.mark.parametrize(("text", "language", "date"), [
    ("Burundi notified the UN Secretary-General on 27 October 2016; the withdrawal takes effect on 27 October 2017.", "en", "2016-10-28"),
    ("Burundi notified the Secretary-General on 27 October 2016 of its withdrawal from the Rome Statute; the withdrawal takes "
     "effect on 27 October 2017.", "en", "2016-11-02"),
    ("Activists regret Burundi's formal withdrawal from the Rome Statute on 27 October 2016, effective as of 27 October 2017.", "en", "2016-11-02"),
    ("Burundi hat die Vereinten Nationen am 27. Oktober 2016 über ihren Austritt aus dem Internationalen Strafgerichtshof informiert.", "de", "2016-11-02"),
    ("Der Austritt von Burundi aus dem Römischen Statut, am 27. Oktober 2016 notifiziert, wird am 27. Oktober 2017 wirksam.", "de", "2016-11-02"),
    ("Burundi notificó oficialmente a las Naciones Unidas su retirada de la Corte Penal Internacional el 27 de octubre de 2016.", "es", "2016-11-02"),
    ("La retirada de Burundi del Estatuto de Roma, notificada el 27 de octubre de 2016, será efectiva el 27 de octubre de 2017.", "es", "2016-11-02"),
    ("Le retrait du Burundi du Statut de Rome, notifié le 27 octobre 2016, prendra effet le 27 octobre 2017.", "fr", "2016-11-02"),
    ("Il Burundi ha informato le Nazioni Unite il 27 ottobre 2016 del suo ritiro dallo Statuto di Roma, che avrà effetto il 27 ottobre 2017.", "it", "2016-11-02"),
    ("O Burundi notificou as Nações Unidas em 27 de outubro de 2016 da sua retirada do Estatuto de Roma, que produzirá efeitos em "
     "27 de outubro de 2017.", "pt", "2016-11-02"),
])
def test_withdrawal_notified_with_its_effect(spec, text: str, language: str, date: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, date, "withdrawal_notified", language=language)
    assert got == [(None, "BDI", "2016-10-27")], got
    assert _typed(spec, text, date, "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "language", "date"), [
    # the effect already past (the news is the effect, the notice recalled); a year apart with no leaving told; the people informed
    ("Burundi's withdrawal from the Rome Statute, notified on 27 October 2016, took effect on 27 October 2017.", "en", "2017-10-28"),
    ("Burundi's parliament met on 12 October 2016, a year after the session of 12 October 2015.", "en", "2016-10-13"),
    ("Die Regierung hat die Bevölkerung über den Austritt aus dem Internationalen Strafgerichtshof informiert.", "de", "2016-11-02"),
])
def test_no_notice_by_effect(spec, text: str, language: str, date: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, date, "withdrawal_notified", language=language)
    assert got == [], got


# 4. A trip "in the coming weeks": undated (README: a planned visit with no date is labelled to the page's month at most); a day
#    the sentence gives its telling is not the trip's.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine se rendra en Mongolie dans les prochaines semaines, a annoncé le Kremlin le 20 août.", "fr"),
    ("Wladimir Putin wird in den kommenden Wochen in die Mongolei reisen, teilte der Kreml heute mit.", "de"),
    ("Vladimir Putin will travel to Mongolia in the coming weeks, the Kremlin's press service reported on 20 August.", "en"),
    ("Vladimir Putin viajará a Mongolia en las próximas semanas, informó el Kremlin el 20 de agosto.", "es"),
    ("Vladimir Putin si recherà in Mongolia nelle prossime settimane, ha reso noto il Cremlino il 20 agosto.", "it"),
    ("Vladimir Putin viajará para a Mongólia nas próximas semanas, informou o Kremlin em 20 de agosto.", "pt"),
])
def test_coming_weeks_not_the_pages_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-20", "planned_visit", language=language)
    assert len(got) == 1 and got[0][:2] == (PUTIN, "MNG"), got
    assert got[0][2] in (None, "2024-08"), got


@pytest.mark.parametrize(("text", "language"), [
    # a day of the trip's own, after the page's, stays the trip's
    ("Vladimir Putin will travel to Mongolia on 3 September and to China in the coming weeks.", "en"),
    ("Vladimir Poutine se rendra en Mongolie le 3 septembre, puis en Chine dans les prochaines semaines.", "fr"),
])
def test_coming_weeks_keeps_a_day_ahead(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-08-20", "planned_visit", language=language)
    assert (PUTIN, "MNG", "2024-09-03") in got, got


# 5. German separable arrests with a long gap between 'nahm' and 'fest': the particle read across the clause (no comma or
#    conjunction between); the negated one is the plain refusal, read across the same span.
@pytest.mark.parametrize("text", [
    "Die Polizei nahm Rodrigo Duterte am Dienstag nach seiner Rückkehr aus Hongkong am Flughafen von Manila fest.",
    "Die philippinische Polizei nahm den früheren Präsidenten Rodrigo Duterte am Dienstagmorgen kurz nach seiner Landung am "
    "internationalen Flughafen von Manila fest.",
    "Die Behörden nahmen Rodrigo Duterte am Dienstag auf Ersuchen des Internationalen Strafgerichtshofs in Manila fest.",
])
def test_german_separable_arrest_across_the_clause(spec, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-03-12", "arrest", language="de")
    assert got == [(DUTERTE, "PHL", "2025-03-11")], got


@pytest.mark.parametrize("text", [
    # negated; another verb's particle after a conjunction; 'in Empfang nehmen' is no arrest
    "Die Polizei nahm Rodrigo Duterte am Dienstag nach seiner Rückkehr aus Hongkong am Flughafen von Manila nicht fest.",
    "Die Polizei nahm Rodrigo Duterte am Dienstag in Empfang und hielt ihn am Flughafen fest.",
])
def test_german_separable_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-03-12", "arrest", language="de")
    assert got == [], got


def test_german_separable_refusal_across_the_clause(spec) -> None:  # noqa: ANN001
    text = ("Die Mongolei nahm Wladimir Putin bei seinem Besuch am Dienstag in der Hauptstadt Ulan Bator trotz des Haftbefehls des "
            "Internationalen Strafgerichtshofs nicht fest.")
    got = _typed(spec, text, "2024-09-04", "refusal", language="de")
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


# 6. A dateline's city ("MOSCOW (Reuters) -", "Budapest:") is the fact's place only when the sentence names no place; a place the
#    gazetteer lacks ("Kazan") is still a place named.
@pytest.mark.parametrize(("text", "language", "kind", "want"), [
    ("ULAANBAATAR (Reuters) - Vladimir Putin will travel to Kazan for the BRICS summit on 22 October.", "en", "planned_visit", []),
    ("Budapest: Vladimir Putin arrived in Mongolia on Monday.", "en", "visit", [(PUTIN, "MNG", "2024-09-02")]),
    ("Budapest : Vladimir Poutine est arrivé en Mongolie lundi.", "fr", "visit", [(PUTIN, "MNG", "2024-09-02")]),
    ("New Delhi: Vladimir Putin will travel to Kazan for the BRICS summit on 22 October.", "en", "planned_visit", []),
    # no place in the sentence: the dateline's city is the place
    ("Ulaanbaatar: Vladimir Putin arrived on Monday for a state visit.", "en", "visit", [(PUTIN, "MNG", "2024-09-02")]),
    ("ULAANBAATAR (Reuters) - Vladimir Putin arrived on Monday for a state visit.", "en", "visit", [(PUTIN, "MNG", "2024-09-02")]),
])
def test_dateline_city_only_without_a_place(spec, text: str, language: str, kind: str, want: list) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", kind, language=language)
    assert got == want, got


def test_dateline_gathering_venue_is_no_other_place(spec) -> None:  # noqa: ANN001
    # a venue within the dateline's city ("at Kololo grounds") leaves the gathering filed from that city (session 30's reading)
    text = "KAMPALA- Western diplomats walked out of the swearing-in ceremony at Kololo grounds because Omar al-Bashir was in attendance."
    got = _typed(spec, text, "2016-05-12", "visit", language="en")
    assert [(p, s) for p, s, _ in got] == [("omar-hassan-ahmad-al-bashir", "UGA")], got


# 7. The filter's trainer reads the dev documents with the spec's function words (the store's lookups, which detect each
#    document's language), as the run and the evaluation do: a data folder's words reach the training table.
def test_training_table_reads_the_specs_words(spec, tmp_path) -> None:  # noqa: ANN001
    import dataclasses

    from iccwatch.monitor import mfilter_train
    from iccwatch.monitor.documents import read_file_once
    from iccwatch.monitor.extract import extract_candidates

    text = "Vladimir Poutine se rendra en Mongolie le 3 septembre 2024, a annoncé le Kremlin."
    (tmp_path / "case.txt").write_text(f'---\nurl: "https://example.org/case"\ndate: "2024-08-20"\n---\n{text}\n', encoding="utf-8")
    (tmp_path / "case.yaml").write_text("expected: []\n", encoding="utf-8")
    # a data folder whose words read this French text as German (the French words listed under 'de', none under 'fr')
    table = {lang: sorted(ws) for lang, ws in (spec.function_words or {}).items()}
    table["de"], table["fr"] = table["fr"], []
    other = dataclasses.replace(spec, lexicon={**spec.lexicon, "function_words": table})
    ours = read_file_once(tmp_path / "case.txt", other.function_words)
    default = read_file_once(tmp_path / "case.txt", None)
    assert (ours.language, default.language) == ("de", "fr")  # the words decide: the test can tell which were read
    want = [mfilter_train._compact(c) for c in extract_candidates(ours, other, mode="rules")]
    assert want != [mfilter_train._compact(c) for c in extract_candidates(default, other, mode="rules")]
    rows = mfilter_train.build_table(tmp_path, other, earlier=())
    assert [c for _, c in rows[0]["rules"]] == want
