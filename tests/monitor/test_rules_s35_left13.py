"""Session 35 (issue 12, task mleft13): the monitor's leftovers, thirteenth list. Each reading is a general rule, tested with
sentences written for the test (not copied from the real-news set) and a contrast that must not fire; the words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased), and
each sentence's day comes after the person's warrant."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

DUTERTE = "rodrigo-roa-duterte"
KATANGA = "germain-katanga"
# a page of Thursday 2025-03-13: Wednesday is 2025-03-12
NEWS_DAY = "2025-03-13"
WEDNESDAY = "2025-03-12"


# --- 1. An opening that follows the arrival ('after landing') in every language ------------------------------------------------
# The arrival told with its day, then (in the next paragraph, or after a sentence on the same person with no day) the custody
# opened by the language's "after landing": the custody takes the arrival's day, as English "On landing, …" does.
ARRIVED = {
    "en": "Rodrigo Duterte landed in Rotterdam on Wednesday.",
    "it": "Rodrigo Duterte è atterrato mercoledì a Rotterdam.",
    "fr": "Rodrigo Duterte est arrivé mercredi à Rotterdam.",
    "es": "Rodrigo Duterte aterrizó el miércoles en Róterdam.",
    "pt": "Rodrigo Duterte chegou na quarta-feira a Roterdã.",
    "de": "Rodrigo Duterte landete am Mittwoch in Rotterdam.",
}
BETWEEN = {
    "en": "Duterte is accused of crimes against humanity.",
    "it": "Duterte è accusato di crimini contro l'umanità.",
    "fr": "Duterte est accusé de crimes contre l'humanité.",
    "es": "Duterte está acusado de crímenes de lesa humanidad.",
    "pt": "Duterte é acusado de crimes contra a humanidade.",
    "de": "Duterte wird Verbrechen gegen die Menschlichkeit vorgeworfen.",
}
TAKEN = {
    "en": "{who} was taken to the Scheveningen prison.",
    "it": "{who} è stato portato nella prigione di Scheveningen.",
    "fr": "{who} a été conduit au centre de détention de Scheveningen.",
    "es": "{who} fue trasladado al centro de detención de Scheveningen.",
    "pt": "{who} foi levado para a prisão de Scheveningen.",
    "de": "{who} wurde in das Gefängnis in Scheveningen gebracht.",
}
AFTER_LANDING = [
    ("en", "After landing,"), ("en", "Upon arrival,"),
    ("it", "Dopo essere atterrato,"), ("it", "All'arrivo,"), ("it", "Appena atterrato,"),
    ("fr", "Après son atterrissage,"), ("fr", "À son arrivée,"), ("fr", "Dès son arrivée,"),
    ("es", "Tras aterrizar,"), ("es", "Al llegar,"), ("es", "A su llegada,"),
    ("pt", "Após aterrissar,"), ("pt", "Ao chegar,"), ("pt", "Depois de aterrar,"),
    ("de", "Nach der Landung"), ("de", "Nach seiner Ankunft"), ("de", "Bei seiner Ankunft"),
]


def _taken(language: str, opening: str, who: str) -> str:
    sentence = TAKEN[language].format(who=who)
    if language == "de":  # the verb second: 'Nach der Landung wurde Duterte … gebracht'
        return f"{opening} wurde {who} in das Gefängnis in Scheveningen gebracht."
    return f"{opening} {sentence}"


@pytest.mark.parametrize(("language", "opening"), AFTER_LANDING)
def test_after_landing_takes_the_arrivals_day(spec, language: str, opening: str) -> None:  # noqa: ANN001
    text = f"{ARRIVED[language]} {BETWEEN[language]}\n\n{_taken(language, opening, 'Duterte')}"
    assert _dated(typed(spec, text, NEWS_DAY, "surrender", language=language)) == [(DUTERTE, WEDNESDAY)]


@pytest.mark.parametrize(("language", "opening"), AFTER_LANDING)
def test_after_landing_about_another_person_takes_no_arrival_day(spec, language: str, opening: str) -> None:  # noqa: ANN001
    # the opening begins a paragraph about another person: the arrival told before is not theirs
    text = f"{ARRIVED[language]}\n\n{_taken(language, opening, 'Germain Katanga')}"
    assert (KATANGA, WEDNESDAY) not in _dated(typed(spec, text, NEWS_DAY, "surrender", language=language))


@pytest.mark.parametrize(("language", "opening", "other"), [
    ("it", "Dopo essere atterrato,", "Germain Katanga è stato condannato nel 2014."),
    ("es", "Tras aterrizar,", "Germain Katanga fue condenado en 2014."),
    ("de", "Nach der Landung", "Germain Katanga wurde 2014 verurteilt."),
])
def test_after_landing_with_another_person_between_takes_no_arrival_day(spec, language: str, opening: str, other: str) -> None:  # noqa: ANN001
    # another person's sentence between the arrival and the opening: the arrival told is not surely the one it follows
    text = f"{ARRIVED[language]} {other}\n\n{_taken(language, opening, 'Duterte')}"
    assert (DUTERTE, WEDNESDAY) not in _dated(typed(spec, text, NEWS_DAY, "surrender", language=language))


def _dated(found: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str | None, str | None]]:
    return [(person, date) for person, _state, date in found]


# --- 2. A negation before any arrest's or surrender's trigger, whichever reading of the language found it --------------------
# Each told act, then the same act denied (the auxiliaries and adverbs of the verb between): the first is read, the second not
# (English's simple past with its day: with none it is no day's news).
TOLD_AND_DENIED = [
    ("es", "surrender", "Rodrigo Duterte fue entregado a la Corte Penal Internacional.", "Rodrigo Duterte no fue entregado a la Corte Penal Internacional."),
    ("es", "surrender", "Rodrigo Duterte ha sido entregado a la CPI.", "Rodrigo Duterte no ha sido entregado a la CPI."),
    ("es", "surrender", "Rodrigo Duterte fue trasladado a La Haya.", "Rodrigo Duterte nunca fue trasladado a La Haya."),
    ("es", "arrest", "Rodrigo Duterte fue detenido en Manila.", "Rodrigo Duterte nunca fue detenido en Manila."),
    ("fr", "surrender", "Rodrigo Duterte a été transféré à la CPI.", "Rodrigo Duterte n'a pas été transféré à la CPI."),
    ("fr", "surrender", "Rodrigo Duterte a été remis à la Cour pénale internationale.", "Rodrigo Duterte n'a pas été remis à la Cour pénale internationale."),
    ("fr", "surrender", "Rodrigo Duterte a été transféré à La Haye.", "Rodrigo Duterte n'a jamais été transféré à La Haye."),
    ("it", "surrender", "Rodrigo Duterte è stato consegnato alla Corte penale internazionale.", "Rodrigo Duterte non è stato consegnato alla Corte penale internazionale."),
    ("it", "surrender", "Rodrigo Duterte è stato trasferito all'Aia.", "Rodrigo Duterte non è stato trasferito all'Aia."),
    ("it", "surrender", "Rodrigo Duterte è stato trasferito alla CPI.", "Rodrigo Duterte non è mai stato trasferito alla CPI."),
    ("pt", "surrender", "Rodrigo Duterte foi entregue ao Tribunal Penal Internacional.", "Rodrigo Duterte não foi entregue ao Tribunal Penal Internacional."),
    ("pt", "surrender", "Rodrigo Duterte foi transferido para Haia.", "Rodrigo Duterte não foi transferido para Haia."),
    ("pt", "surrender", "Rodrigo Duterte foi entregue ao TPI.", "Rodrigo Duterte nunca foi entregue ao TPI."),
    ("pt", "arrest", "Rodrigo Duterte foi detido em Manila.", "Rodrigo Duterte nunca foi detido em Manila."),
    ("de", "surrender", "Rodrigo Duterte wurde an den Internationalen Strafgerichtshof überstellt.",
     "Rodrigo Duterte wurde nicht an den Internationalen Strafgerichtshof überstellt."),
    ("de", "surrender", "Rodrigo Duterte wurde nach Den Haag überstellt.", "Rodrigo Duterte wurde nicht nach Den Haag überstellt."),
    ("de", "surrender", "Rodrigo Duterte wurde an den IStGH ausgeliefert.", "Rodrigo Duterte wurde nie an den IStGH ausgeliefert."),
    ("de", "visit", "Rodrigo Duterte besuchte die Mongolei.", "Rodrigo Duterte besuchte die Mongolei nicht."),
    ("en", "surrender", "Rodrigo Duterte was handed over to the ICC on Wednesday.", "Rodrigo Duterte was never handed over to the ICC on Wednesday."),
    ("en", "surrender", "Rodrigo Duterte was transferred to The Hague on Wednesday.", "Rodrigo Duterte was not transferred to The Hague on Wednesday."),
    ("en", "arrest", "Rodrigo Duterte was arrested in Manila on Wednesday.", "Rodrigo Duterte was never arrested in Manila on Wednesday."),
]


@pytest.mark.parametrize(("language", "kind", "told", "denied"), TOLD_AND_DENIED)
def test_an_act_told_is_read_and_the_same_act_denied_is_not(spec, language: str, kind: str, told: str, denied: str) -> None:  # noqa: ANN001
    assert [person for person, _state, _date in typed(spec, told, NEWS_DAY, kind, language=language)] == [DUTERTE]
    assert typed(spec, denied, NEWS_DAY, kind, language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    # a negation in another clause, or of another verb, before the act: the act is still told
    ("es", "Rodrigo Duterte, que no se resistió, fue entregado a la Corte Penal Internacional."),
    ("fr", "Rodrigo Duterte, qui n'a pas résisté, a été remis à la Cour pénale internationale."),
    ("it", "Rodrigo Duterte, che non ha opposto resistenza, è stato consegnato alla Corte penale internazionale."),
    ("de", "Rodrigo Duterte wurde nicht nur festgenommen, sondern auch an den Internationalen Strafgerichtshof überstellt."),
])
def test_a_negation_of_another_verb_keeps_the_act(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [person for person, _state, _date in typed(spec, text, NEWS_DAY, "surrender", language=language)] == [DUTERTE]


# --- 3. Portuguese and Spanish planned trips: a meeting to come in a place, and a day of the month to come ---------------------
PUTIN = "vladimir-vladimirovich-putin"
# a page of Friday 2024-08-30 (after the person's warrant): 'the next day 3' is 2024-09-03, 'next week' falls in September
PAGE = "2024-08-30"


@pytest.mark.parametrize(("language", "text", "date"), [
    ("pt", "Vladimir Putin se encontrará com o presidente mongol em Ulaanbaatar no próximo dia 03.", "2024-09-03"),
    ("pt", "A visita do próximo dia 03 foi anunciada na quinta-feira pelo Kremlin, que disse que Vladimir Putin se encontrará "
           "com o presidente em Ulaanbaatar.", "2024-09-03"),
    ("pt", "Vladimir Putin vai reunir-se com o presidente em Ulaanbaatar na semana que vem.", "2024-09"),
    ("es", "Vladimir Putin se encontrará con el presidente mongol en Ulán Bator el próximo día 3.", "2024-09-03"),
    ("es", "La visita del próximo día 3 fue anunciada el jueves por el Kremlin, que dijo que Vladimir Putin se encontrará con el "
           "presidente en Ulán Bator.", "2024-09-03"),
    ("es", "Vladimir Putin viajará a Mongolia la semana que viene.", "2024-09"),
    ("fr", "Vladimir Poutine se rendra en Mongolie le 3 prochain.", "2024-09-03"),
])
def test_a_meeting_or_trip_to_come_with_its_day(spec, language: str, text: str, date: str) -> None:  # noqa: ANN001
    assert typed(spec, text, PAGE, "planned_visit", language=language) == [(PUTIN, "MNG", date)]


def test_the_next_day_of_the_month_later_than_the_page_is_this_months(spec) -> None:  # noqa: ANN001
    # the same words on a page of the 1st: the 3rd of the page's own month
    text = "Vladimir Putin visitará Mongolia el próximo día 3."
    assert typed(spec, text, "2024-09-01", "planned_visit", language="es") == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("language", "text"), [
    # a meeting made (not to come), and a meeting to come with no place: no planned trip
    ("pt", "Vladimir Putin se encontrou com o presidente mongol em Ulaanbaatar no último dia 27."),
    ("es", "Vladimir Putin se encontró con el presidente mongol en Ulán Bator el pasado día 27."),
    ("es", "Vladimir Putin se encontrará con sus abogados el próximo día 3."),
    ("pt", "Vladimir Putin se encontrará com os seus advogados no próximo dia 03."),
])
def test_a_meeting_made_or_with_no_place_is_no_planned_trip(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, PAGE, "planned_visit", language=language) == []


# --- 4. An arrival told by an opening participle with no place in its sentence ---------------------------------------------------
BASHIR = "omar-hassan-ahmad-al-bashir"
# a page of Tuesday 2013-07-16: Sunday is 2013-07-14
TUESDAY_PAGE = "2013-07-16"
SUNDAY = "2013-07-14"


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Omar el-Béchir a quitté le Nigeria où il participait à un sommet.\n\nArrivé dimanche, le président Béchir est reparti lundi."),
    ("fr", "Omar el-Béchir a quitté le Nigeria où il participait à un sommet. Arrivé dimanche, le président Béchir est reparti lundi. "
           "Son porte-parole a nié tout lien entre le départ de Béchir et les demandes d'arrestation."),
    ("it", "Omar al-Bashir ha lasciato la Nigeria dove partecipava a un vertice.\n\nArrivato domenica, il presidente Bashir è ripartito lunedì."),
])
def test_an_opening_arrival_takes_the_place_of_the_persons_trip_before(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, TUESDAY_PAGE, "visit", language=language) == [(BASHIR, "NGA", SUNDAY)]


@pytest.mark.parametrize(("language", "text"), [
    # the opening's subject is another person; the trip itself denied
    ("fr", "Omar el-Béchir a quitté le Nigeria où il participait à un sommet.\n\nArrivé dimanche, Germain Katanga est reparti lundi."),
    ("fr", "Omar el-Béchir a quitté le Nigeria où il participait à un sommet. Arrivé dimanche, le président Béchir est reparti lundi. "
           "Le gouvernement a démenti que Béchir se soit rendu au Nigeria."),
])
def test_an_opening_arrival_of_another_or_denied_gives_no_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert (BASHIR, "NGA", SUNDAY) not in typed(spec, text, TUESDAY_PAGE, "visit", language=language)
    assert not [f for f in typed(spec, text, TUESDAY_PAGE, "visit", language=language) if f[0] == KATANGA]


def test_an_opening_whose_subject_is_another_person_gives_no_visit(spec) -> None:  # noqa: ANN001
    # the person named first after the opening's comma is another (a name the record does not hold): the trip is not this person's
    text = "Omar al-Bashir left Chad on Sunday.\n\nDuring his visit, Idriss Deby invited Omar al-Bashir to visit the capital again."
    assert [f for f in typed(spec, text, TUESDAY_PAGE, "visit", language="en") if f[1] == "TCD" and f[2] == "2013-07-16"] == []


# --- 7. A custody still to come, told by the future of its verb: no surrender (the label rules: "will be transferred" is none) --
@pytest.mark.parametrize(("language", "ahead", "made"), [
    ("fr", "Rodrigo Duterte sera transféré à la CPI la semaine prochaine.", "Rodrigo Duterte a été transféré à la CPI."),
    ("fr", "Rodrigo Duterte doit être remis à la Cour pénale internationale dans les prochains jours.",
     "Rodrigo Duterte a été remis à la Cour pénale internationale."),
    ("es", "Rodrigo Duterte será entregado a la CPI la semana que viene.", "Rodrigo Duterte ha sido entregado a la CPI."),
    ("it", "Rodrigo Duterte sarà consegnato alla Corte penale internazionale la prossima settimana.",
     "Rodrigo Duterte è stato consegnato alla Corte penale internazionale."),
    ("pt", "Rodrigo Duterte será entregue ao TPI na próxima semana.", "Rodrigo Duterte foi entregue ao TPI."),
    ("de", "Rodrigo Duterte wird in den kommenden Tagen nach Den Haag überstellt.", "Rodrigo Duterte wurde nach Den Haag überstellt."),
])
def test_a_custody_to_come_is_no_surrender_and_one_made_is(spec, language: str, ahead: str, made: str) -> None:  # noqa: ANN001
    assert typed(spec, ahead, NEWS_DAY, "surrender", language=language) == []
    assert [person for person, _state, _date in typed(spec, made, NEWS_DAY, "surrender", language=language)] == [DUTERTE]


# --- 5. A surrender told in the perfect with the Court's seat and no day, in a later paragraph: the page's day, in every language;
# a year told in the sentence dates it instead (checked, session 35: the readings of sessions 30-33 already do this; English's
# simple past with no day stays no day's news, session 30's rule, and is not changed here)
LATER = "The Court held a hearing on Tuesday in another case, its spokesman said.\n\n"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Rodrigo Duterte has been surrendered to the ICC in The Hague."),
    ("fr", "Rodrigo Duterte a été remis à la CPI à La Haye."),
    ("es", "Rodrigo Duterte ha sido entregado a la CPI en La Haya."),
    ("it", "Rodrigo Duterte è stato consegnato alla CPI all'Aia."),
    ("de", "Rodrigo Duterte ist an den IStGH in Den Haag überstellt worden."),
    ("pt", "Rodrigo Duterte foi entregue ao TPI em Haia."),
])
def test_a_perfect_surrender_at_the_seat_is_the_pages_news(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert typed(spec, LATER + text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, None, NEWS_DAY)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Rodrigo Duterte has been surrendered to the ICC in The Hague in 2019."),
    ("fr", "Rodrigo Duterte a été remis à la CPI à La Haye en 2019."),
    ("es", "Rodrigo Duterte ha sido entregado a la CPI en La Haya en 2019."),
])
def test_a_surrender_with_a_year_of_its_own_is_not_the_pages(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert (DUTERTE, None, NEWS_DAY) not in typed(spec, LATER + text, NEWS_DAY, "surrender", language=language)
