"""Session 46 (issue 12, task mleft37): session 45's leftovers and the dev half's remaining errors, each as the general shape in the
languages the monitor reads. Sentences written for the test (none copied from a page of the set), with controls that must not
change. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

MBARUSHIMANA = "callixte-mbarushimana"
KATANGA = "germain-katanga"

# 1. A surrender told with no surrendering State, the person's arrest placed in the same page in a sentence that names no other
#    person (here the bare surname, which a namesake named before it leaves to no one): the State of the arrest's place held the
#    person and hands them over (extract._held_state, ARRESTED_IN_PLACE / ARRESTED_AFTER_PLACE). Never the person's nationality:
#    Mbarushimana, a Rwandan, arrested in Paris, is France's.
HELD = [
    ("en", "Callixte Mbarushimana is now in the custody of the International Criminal Court. His cousin Jean Mbarushimana has "
           "arrived in The Hague. Mbarushimana was {arrested} on 11 October 2010 and immediately transferred to the Court.",
     "arrested in Paris"),
    ("fr", "Callixte Mbarushimana est désormais détenu par la Cour pénale internationale. Son cousin Jean Mbarushimana est arrivé "
           "à La Haye. Mbarushimana a été {arrested} le 11 octobre 2010 puis transféré aussitôt à la Cour.", "arrêté à Paris"),
    ("es", "Callixte Mbarushimana está ahora bajo la custodia de la Corte Penal Internacional. Su primo Jean Mbarushimana llegó a "
           "La Haya. Mbarushimana fue {arrested} el 11 de octubre de 2010 y trasladado de inmediato a la Corte.",
     "arrestado en París"),
    ("it", "Callixte Mbarushimana è ora sotto la custodia della Corte penale internazionale. Suo cugino Jean Mbarushimana è "
           "arrivato all'Aia. Mbarushimana è stato {arrested} l'11 ottobre 2010 e trasferito subito alla Corte.",
     "arrestato a Parigi"),
    ("pt", "Callixte Mbarushimana está agora sob custódia do Tribunal Penal Internacional. O seu primo Jean Mbarushimana chegou a "
           "Haia. Mbarushimana foi {arrested} em 11 de outubro de 2010 e transferido de imediato para o Tribunal.",
     "capturado em Paris"),
    ("de", "Callixte Mbarushimana ist an den Internationalen Strafgerichtshof überstellt worden. Sein Cousin Jean Mbarushimana ist "
           "in Den Haag eingetroffen. Mbarushimana wurde am 11. Oktober 2010 {arrested} und sofort an den Gerichtshof überstellt.",
     "in Paris festgenommen"),
]
BARE = {"en": "arrested", "fr": "arrêté", "es": "arrestado", "it": "arrestato", "pt": "capturado", "de": "festgenommen"}


@pytest.mark.parametrize(("language", "text", "arrested"), HELD, ids=[h[0] for h in HELD])
def test_a_surrender_takes_the_state_of_the_arrests_place(spec, language: str, text: str, arrested: str) -> None:  # noqa: ANN001
    assert _typed(spec, text.format(arrested=arrested), "2010-10", "surrender", language=language) == [
        (MBARUSHIMANA, "FRA", "2010-10")]


@pytest.mark.parametrize(("language", "text", "arrested"), HELD, ids=[h[0] for h in HELD])
def test_with_no_place_of_arrest_the_surrender_keeps_no_state(spec, language: str, text: str, arrested: str) -> None:  # noqa: ANN001
    # control: the same page with the arrest told without its place: no State (never the person's nationality)
    got = _typed(spec, text.format(arrested=BARE[language]), "2010-10", "surrender", language=language)
    assert [s for _, s, _ in got] == [None] * len(got)


def test_the_english_arrest_words_before_the_place() -> None:
    from iccwatch.monitor.lexicon import ARRESTED_IN_PLACE
    # (read in the document's language only; here the English family, which has no German words)
    assert ARRESTED_IN_PLACE.search("He was arrested in ") and ARRESTED_IN_PLACE.search("extradited to the ")
    assert not ARRESTED_IN_PLACE.search("He was held in contempt by ")  # control: not an arrest


# 1b. 'the Congolese authorities' settled by the State's abbreviation in the same page ('DRC', 'RDC'), as by its capital.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Germain Katanga was handed over to the ICC on Wednesday by the Congolese authorities. The Prosecutor has been "
           "investigating the situation in the DRC since 2004."),
    ("fr", "Germain Katanga a été remis mercredi à la CPI par les autorités congolaises. Le Procureur enquête sur la situation en "
           "RDC depuis 2004."),
], ids=["en", "fr"])
def test_the_congolese_authorities_settled_by_the_abbreviation(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, "2007-10-17", "surrender", language=language)] == ["COD"]


def test_the_congolese_authorities_unsettled_stay_so(spec) -> None:  # noqa: ANN001
    # control: nothing in the page tells which Congo
    got = _typed(spec, "Germain Katanga was handed over to the ICC on Wednesday by the Congolese authorities.", "2007-10-17",
                 "surrender", language="en")
    assert [s for _, s, _ in got] == [None]


# 3. The noun-first participle with a day of its own, its person after 'contra' (Spanish, Portuguese), as French reads it since
#    session 32 ('le mandat d'arrêt émis aujourd'hui par la CPI contre X'): the page's day makes the issue its news. Without a day
#    the participle stays background (controls), as in French.
TALIBAN = ["abdul-hakim-haqqani", "haibatullah-akhundzada"]
NOUN_FIRST = [
    ("es", "El gobierno calificó de absurdas las órdenes de arresto emitidas {day}por la Corte Penal Internacional contra "
           "Haibatullah Akhundzada y Abdul Hakim Haqqani.", "hoy "),
    ("pt", "O governo qualificou como absurdos os mandados de captura emitidos {day}pelo Tribunal Penal Internacional contra "
           "Haibatullah Akhundzada e Abdul Hakim Haqqani.", "hoje "),
    ("fr", "Le gouvernement a qualifié d'absurdes les mandats d'arrêt émis {day}par la Cour pénale internationale contre "
           "Haibatullah Akhundzada et Abdul Hakim Haqqani.", "aujourd'hui "),
]


@pytest.mark.parametrize(("language", "text", "day"), NOUN_FIRST, ids=[n[0] for n in NOUN_FIRST])
def test_the_noun_first_participle_with_its_day_is_the_issue(spec, language: str, text: str, day: str) -> None:  # noqa: ANN001
    got = _typed(spec, text.format(day=day), "2025-07-08", "warrant_issued", language=language)
    assert got == [(p, None, "2025-07-08") for p in TALIBAN]


@pytest.mark.parametrize(("language", "text", "day"), NOUN_FIRST, ids=[n[0] for n in NOUN_FIRST])
def test_the_noun_first_participle_without_a_day_stays_background(spec, language: str, text: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text.format(day=""), "2025-07-08", "warrant_issued", language=language) == []

