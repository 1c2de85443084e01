"""Session 39 (issue 12, task mleft25): the monitor's leftovers, twenty-fifth list. Each is a general rule, tested with sentences
written for the test in at least two of the languages the monitor reads, and contrasts that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BASHIR = "omar-hassan-ahmad-al-bashir"
KONY = "joseph-kony"
KILOLO = "aime-kilolo-musamba"
MANGENDA = "jean-jacques-mangenda-kabongo"
ARIDO = "narcisse-arido"


# 1. A trip told in the narrative imperfect ('arrivait à', 'llegaba a', 'arrivava a', 'chegava a'): a trip made, dated as told.
@pytest.mark.parametrize(("text", "language"), [
    ("Le Premier ministre israélien Benjamin Netanyahou arrivait jeudi à Budapest, malgré le mandat d'arrêt de la CPI.", "fr"),
    ("Jeudi, Benjamin Netanyahou atterrissait à Budapest, où Viktor Orban l'attendait.", "fr"),
    ("El primer ministro israelí Benjamin Netanyahu llegaba el jueves a Budapest pese a la orden de arresto de la CPI.", "es"),
    ("Il premier israeliano Benjamin Netanyahu arrivava giovedì a Budapest, nonostante il mandato d'arresto della CPI.", "it"),
    ("O primeiro-ministro israelense Benjamin Netanyahu chegava na quinta-feira a Budapeste, apesar do mandado do TPI.", "pt"),
])
def test_a_trip_told_in_the_imperfect_is_a_trip_made(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahou arrivait à peine à convaincre ses alliés de Budapest.", "fr"),  # 'arriver à' + infinitive: managed to
    ("Si Benjamin Netanyahou arrivait à Budapest, la Hongrie devrait l'arrêter.", "fr"),  # a supposition
    ("Benjamin Netanyahu llegaba a ser, según Budapest, un aliado indispensable.", "es"),  # 'llegar a ser': became
])
def test_the_imperfect_that_tells_no_trip_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Un anno fa esatto Vladimir Putin atterrava a Ulan Bator nonostante il mandato della Cpi.", "it"),
    ("Há exatamente um ano, Vladimir Putin aterrissava em Ulan Bator apesar do mandado do TPI.", "pt"),
])
def test_an_imperfect_trip_a_year_ago_is_not_the_days(spec, text: str, language: str) -> None:  # noqa: ANN001
    """(the parity traps' anniversary, which the imperfect's reading exposed: 'un anno fa' was found but not counted, 'há
    exatamente um ano' not found)"""
    assert "2025-09-03" not in [d for _, _, d in _typed(spec, text, "2025-09-03", "visit", language=language)]


def test_a_hedged_count_back_is_counted(spec) -> None:  # noqa: ANN001
    text = "Há exatamente três dias, Vladimir Putin aterrissou em Ulan Bator."
    assert _typed(spec, text, "2025-09-03", "visit", language="pt") == [(PUTIN, "MNG", "2025-08-31")]


@pytest.mark.parametrize("text", [
    "Wladimir Putin reiste am Dienstag nach Vietnam.",
    "Am Dienstag reiste Wladimir Putin weiter nach Vietnam.",
    "Wladimir Putin traf am Dienstag mit einer großen Delegation in Hanoi ein.",
])
def test_german_verbs_split_from_their_place(spec, text: str) -> None:  # noqa: ANN001
    """(checked: German's separable and verb-second forms were read before this list; kept as the item's contrast)"""
    assert _typed(spec, text, "2024-06-21", "visit", language="de") == [(PUTIN, "VNM", "2024-06-18")]


# 2. A group arrested, then named: the arrest of each person named.
@pytest.mark.parametrize(("text", "language"), [
    ("Three suspects were arrested on 23 November 2013 by police in Belgium, France and the Netherlands. They are Aimé Kilolo "
     "Musamba, Jean-Jacques Mangenda Kabongo and Narcisse Arido.", "en"),
    ("Persons arrested on 23 November 2013 pursuant to the warrant are Messrs. Aimé Kilolo Musamba, Jean-Jacques Mangenda Kabongo "
     "and Narcisse Arido.", "en"),
    ("Trois suspects ont été arrêtés le 23 novembre 2013 en Belgique, en France et aux Pays-Bas. Il s'agit d'Aimé Kilolo Musamba, "
     "de Jean-Jacques Mangenda Kabongo et de Narcisse Arido.", "fr"),
    ("Tres sospechosos fueron detenidos el 23 de noviembre de 2013 en Bélgica, Francia y los Países Bajos. Se trata de Aimé Kilolo "
     "Musamba, Jean-Jacques Mangenda Kabongo y Narcisse Arido.", "es"),
    ("Tre sospettati sono stati arrestati il 23 novembre 2013 in Belgio, Francia e Paesi Bassi. Si tratta di Aimé Kilolo Musamba, "
     "Jean-Jacques Mangenda Kabongo e Narcisse Arido.", "it"),
    ("Três suspeitos foram presos em 23 de novembro de 2013 na Bélgica, na França e nos Países Baixos. Trata-se de Aimé Kilolo "
     "Musamba, Jean-Jacques Mangenda Kabongo e Narcisse Arido.", "pt"),
    ("Drei Verdächtige wurden am 23. November in Belgien, Frankreich und den Niederlanden festgenommen. Es handelt sich um "
     "Aimé Kilolo Musamba, Jean-Jacques Mangenda Kabongo und Narcisse Arido.", "de"),
])
def test_a_group_arrested_then_named(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2013-11-27", "arrest", language=language)
    assert sorted(p for p, _, _ in got) == sorted([KILOLO, MANGENDA, ARIDO])
    assert all(d == "2013-11-23" and s is None for _, s, d in got)


def test_a_group_arrested_in_one_state_is_arrested_there(spec) -> None:  # noqa: ANN001
    text = ("Three suspects were arrested in Belgium on 23 November 2013. They are Aimé Kilolo Musamba, Jean-Jacques Mangenda "
            "Kabongo and Narcisse Arido.")
    assert {s for _, s, _ in _typed(spec, text, "2013-11-27", "arrest", language="en")} == {"BEL"}


def test_a_group_named_in_the_arrests_own_sentence_takes_the_groups_day(spec) -> None:  # noqa: ANN001
    """"Persons arrested … are Messrs. A, B and C", its day told before by the group's arrest ("arrested four individuals")."""
    text = ("On 23 November 2013, police forces in Belgium, France and the Netherlands arrested three individuals. The warrant "
            "was also notified to a fourth person.\n\nPersons arrested pursuant to the current warrant of arrest are Messrs. Aimé "
            "Kilolo Musamba, Jean-Jacques Mangenda Kabongo and Narcisse Arido.")
    got = _typed(spec, text, "2013-11", "arrest", language="en")
    assert sorted(p for p, _, _ in got) == sorted([KILOLO, MANGENDA, ARIDO])
    assert all(d == "2013-11-23" for _, _, d in got)


@pytest.mark.parametrize(("text", "language"), [
    ("Three witnesses testified on 23 November 2013. They are Aimé Kilolo Musamba, Jean-Jacques Mangenda Kabongo and Narcisse "
     "Arido.", "en"),
    ("Three men were arrested on 23 November 2013 for the attack. The victims are Aimé Kilolo Musamba, Jean-Jacques Mangenda "
     "Kabongo and Narcisse Arido.", "en"),
    ("Trois témoins ont été entendus le 23 novembre 2013. Il s'agit d'Aimé Kilolo Musamba, de Jean-Jacques Mangenda Kabongo et de "
     "Narcisse Arido.", "fr"),
    ("Tres hombres fueron detenidos el 23 de noviembre de 2013 por el ataque. Las víctimas son Aimé Kilolo Musamba, Jean-Jacques "
     "Mangenda Kabongo y Narcisse Arido.", "es"),
])
def test_persons_named_in_another_context_are_not_arrested(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-11-27", "arrest", language=language) == []


# 3. A finding told as a failed duty, in each language; a call not to fail gives nothing.
@pytest.mark.parametrize(("text", "language"), [
    ("The ICC found on Thursday that South Africa failed in its obligations to the Court.", "en"),
    ("The Pre-Trial Chamber ruled on Thursday that South Africa had failed in its duty.", "en"),
    ("La CPI a estimé jeudi que l'Afrique du Sud a manqué à son devoir de coopérer avec la Cour.", "fr"),
    ("La CPI dictaminó el jueves que Sudáfrica faltó a su obligación de cooperar con la Corte.", "es"),
    ("La Corte ha stabilito giovedì che il Sudafrica è venuto meno all'obbligo di cooperare con la Corte.", "it"),
    ("La Corte ha stabilito giovedì che il Sudafrica è venuto meno al dovere di cooperare.", "it"),
    ("O TPI decidiu na quinta-feira que a África do Sul faltou com a obrigação de cooperar com o Tribunal.", "pt"),
    ("Der IStGH hat am Donnerstag festgestellt, dass Südafrika seiner Pflicht zur Zusammenarbeit nicht nachgekommen ist.", "de"),
])
def test_a_failed_duty_is_a_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2017-07-07", "noncompliance_finding", language=language)
    assert [(s, d) for _, s, d in got] == [("ZAF", "2017-07-06")]


@pytest.mark.parametrize(("text", "language"), [
    ("The Court said South Africa must not fail in its duty to cooperate.", "en"),
    ("La Cour a rappelé jeudi que l'Afrique du Sud ne doit pas manquer à son devoir de coopérer.", "fr"),
    ("La Corte ha ricordato giovedì che il Sudafrica non deve venire meno all'obbligo di cooperare.", "it"),
    ("La Corte recordó el jueves que Sudáfrica no debe faltar a su obligación de cooperar.", "es"),
])
def test_a_call_not_to_fail_is_no_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2017-07-07", "noncompliance_finding", language=language) == []


# 4. A presence since a day given as month and day only: that day, in the document's year (or the year before).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir has been in Moscow since September 3.", "en"),
    ("Omar al-Bashir has been in Moscow since 3 September.", "en"),
    ("Omar el-Béchir est à Moscou depuis le 3 septembre.", "fr"),
    ("Omar al Bashir está en Moscú desde el 3 de septiembre.", "es"),
    ("Omar al-Baschir ist seit dem 3. September in Moskau.", "de"),
    ("Omar al-Bashir está em Moscou desde 3 de setembro.", "pt"),
])
def test_a_presence_since_a_month_and_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(BASHIR, "RUS", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir has been in Moscow since December 28.", "en"),
    ("Omar el-Béchir est à Moscou depuis le 28 décembre.", "fr"),
])
def test_a_presence_since_a_day_after_the_documents_is_the_year_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-05", "visit", language=language) == [(BASHIR, "RUS", "2024-12-28")]


def test_the_start_of_a_comparison_is_no_stays_day(spec) -> None:  # noqa: ANN001
    """(the dev half's case that a first reading of item 4 cost: a first trip since a day is no stay since that day)"""
    text = ("Omar al-Bashir's visit to Qatar is his first foreign visit from the time of the eruption of protests against his rule "
            "since 19 December 2018.")
    assert "2018-12-19" not in [d for _, _, d in _typed(spec, text, "2019-01-23", "visit", language="en")]


# 5. An armed group named after a person: the group, not the person.
@pytest.mark.parametrize(("text", "language"), [
    ("Ugandan troops arrested three commanders of the Kony militia on Monday.", "en"),
    ("Ugandan troops arrested a Kony brigade commander on Monday.", "en"),
    ("L'armée ougandaise a arrêté lundi trois chefs de la milice Kony.", "fr"),
    ("El ejército ugandés detuvo el lunes a tres jefes de la milicia Kony.", "es"),
    ("Die ugandische Armee hat am Montag drei Kommandeure der Kony-Miliz festgenommen.", "de"),
])
def test_a_group_named_after_a_person_is_not_the_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Ugandan troops arrested Kony on Monday.", "en"),
    ("L'armée ougandaise a arrêté Kony lundi.", "fr"),
    ("El ejército ugandés detuvo el lunes a Kony.", "es"),
])
def test_the_person_without_the_group_noun_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, "2025-05-07", "arrest", language=language)] == [KONY]


# 6. 'Fresh from' a visit, in a page of a month's first days: the visit may be the month before, so it is left undated.
@pytest.mark.parametrize(("text", "language"), [
    ("Fresh from a visit to North Korea, Russian President Vladimir Putin heads to Viet Nam on Wednesday.", "en"),
    ("Tout juste rentré de Corée du Nord, Vladimir Poutine est arrivé mercredi au Vietnam.", "fr"),
])
def test_fresh_from_in_a_months_first_days_is_undated(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-07-03", "visit", language=language).count((PUTIN, "PRK", None)) == 1
    assert _typed(spec, text, "2024-07-08", "visit", language=language).count((PUTIN, "PRK", "2024-07")) == 1
