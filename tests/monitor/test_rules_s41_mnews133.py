"""Session 41 (issue 12, task mnews133): general rules written on the dev errors of batch 133 (arrests, surrenders, transfers and
refusals to arrest), each tested with sentences written for the test in the languages the phenomenon is read in, and contrasts
that must not fire. The words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

HISHRI = "khaled-mohamed-ali-el-hishri"
PUTIN = "vladimir-vladimirovich-putin"


# 1. A surrender told by its noun as the object of a welcome or a confirmation ('begrüßten die Auslieferung von X … an den IStGH am
#    1. Dezember', 'celebraron la entrega de X a la CPI', 'hanno accolto con favore la consegna di X alla CPI', 'saudaram a entrega
#    de X ao TPI'), as English 'welcomed the surrender of X to the ICC' and French 'a salué la remise de X à la CPI' are read.
@pytest.mark.parametrize(("text", "language"), [
    ("Die Organisationen veröffentlichten eine Erklärung, in der sie die Auslieferung von Khaled Mohamed Ali El Hishri durch die "
     "deutschen Behörden an den Internationalen Strafgerichtshof (IStGH) am 1. Dezember 2025 begrüßten.", "de"),
    ("Die Organisationen begrüßten die Überstellung von Khaled Mohamed Ali El Hishri an den IStGH am 1. Dezember 2025.", "de"),
    ("Las organizaciones celebraron la entrega de Khaled Mohamed Ali El Hishri por las autoridades alemanas a la Corte Penal "
     "Internacional el 1 de diciembre de 2025.", "es"),
    ("Le organizzazioni hanno accolto con favore la consegna di Khaled Mohamed Ali El Hishri da parte delle autorità tedesche alla "
     "Corte penale internazionale il 1° dicembre 2025.", "it"),
    ("As organizações saudaram a entrega de Khaled Mohamed Ali El Hishri pelas autoridades alemãs ao Tribunal Penal Internacional "
     "em 1 de dezembro de 2025.", "pt"),
])
def test_a_surrender_welcomed_by_its_noun_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, d) for p, _, d in _typed(spec, text, "2025-12-08", "surrender", language=language)] == [(HISHRI, "2025-12-01")]


@pytest.mark.parametrize(("text", "language"), [
    ("Die Organisationen forderten die Auslieferung von Khaled Mohamed Ali El Hishri an den Internationalen Strafgerichtshof.", "de"),
    ("Las organizaciones pidieron la entrega de Khaled Mohamed Ali El Hishri a la Corte Penal Internacional.", "es"),
    ("Le organizzazioni hanno chiesto la consegna di Khaled Mohamed Ali El Hishri alla Corte penale internazionale.", "it"),
    ("As organizações exigiram a entrega de Khaled Mohamed Ali El Hishri ao Tribunal Penal Internacional.", "pt"),
])
def test_a_surrender_asked_for_by_its_noun_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-12-08", "surrender", language=language) == []


# 2. A German arrest made on the Court's warrant, the warrant named just before the participle ('wurde … aufgrund eines Haftbefehls
#    des IStGH festgenommen'), as English 'was arrested … on the basis of an ICC arrest warrant' is read; a warrant that is no
#    arrest stays none.
@pytest.mark.parametrize("text", [
    "Khaled Mohamed Ali El Hishri wurde am Mittwoch in Berlin aufgrund eines Haftbefehls des IStGH festgenommen.",
    "Khaled Mohamed Ali El Hishri wurde am Mittwoch in Berlin auf Grundlage eines Haftbefehls festgenommen.",
    "Khaled Mohamed Ali El Hishri ist am Mittwoch in Berlin gestützt auf einen Haftbefehl des Strafgerichtshofs verhaftet worden.",
])
def test_a_german_arrest_on_the_courts_warrant_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-18", "arrest", language="de") == [(HISHRI, "DEU", "2025-07-16")]


@pytest.mark.parametrize("text", [
    "Khaled Mohamed Ali El Hishri soll in Berlin aufgrund eines Haftbefehls des IStGH festgenommen werden.",
    "Gegen Khaled Mohamed Ali El Hishri wurde in Den Haag ein Haftbefehl des IStGH erlassen.",
])
def test_a_german_warrant_with_no_arrest_made_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-18", "arrest", language="de") == []


# 3. An arrest told as a declaration of war, with the words between as a text writes them ('any such attempts to arrest his Russian
#    counterpart would be a "declaration of war"'), and in the other languages ('serait une déclaration de guerre', 'sería una
#    declaración de guerra', 'sarebbe una dichiarazione di guerra', 'seria uma declaração de guerra', 'wäre eine
#    Kriegserklärung'): a government saying it cannot arrest, as 'any attempt to arrest X would be a declaration of war' is read.
@pytest.mark.parametrize(("text", "language"), [
    ("South African President Cyril Ramaphosa has said that any such attempts to arrest his Russian counterpart Vladimir Putin "
     "would be a \"declaration of war\" against Moscow.", "en"),
    ("Le président sud-africain Cyril Ramaphosa a déclaré que toute tentative d'arrêter Vladimir Poutine serait une « déclaration "
     "de guerre ».", "fr"),
    ("El presidente sudafricano Cyril Ramaphosa afirmó que cualquier intento de arrestar a Vladimir Putin sería una declaración "
     "de guerra.", "es"),
    ("Il presidente sudafricano Cyril Ramaphosa ha affermato che arrestare Vladimir Putin sarebbe una dichiarazione di guerra.",
     "it"),
    ("O presidente sul-africano Cyril Ramaphosa afirmou que prender Vladimir Putin seria uma declaração de guerra.", "pt"),
    ("Der südafrikanische Präsident Cyril Ramaphosa erklärte, eine Festnahme von Wladimir Putin wäre eine Kriegserklärung.", "de"),
])
def test_an_arrest_told_as_a_declaration_of_war_is_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-07-19", "refusal", language=language) == [(PUTIN, "ZAF", None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Le président sud-africain Cyril Ramaphosa a déclaré que l'annexion serait une déclaration de guerre, sans parler de Vladimir "
     "Poutine.", "fr"),
    ("El presidente sudafricano Cyril Ramaphosa dijo que Vladimir Putin sería arrestado, y que la invasión fue una declaración de "
     "guerra.", "es"),
])
def test_a_declaration_of_war_about_no_arrest_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-07-19", "refusal", language=language) == []


# 4. A city and a colon heading the sentence ('New Delhi: …') is where the story was filed: a refusal the sentence tells of another
#    State's government is that State's, not the dateline's; a dateline whose State is the only one named stays the refusing State.
def test_a_colon_dateline_is_not_the_refusing_state(spec) -> None:  # noqa: ANN001
    text = ("New Delhi: Amid speculations whether Vladimir Putin could be arrested upon his arrival in Johannesburg, South African "
            "President Cyril Ramaphosa has said that any such attempts to arrest his Russian counterpart would be a \"declaration of "
            "war\" against Moscow.")
    assert _typed(spec, text, "2023-07-19", "refusal", language="en") == [(PUTIN, "ZAF", None)]


def test_a_colon_dateline_alone_stays_the_refusing_state(spec) -> None:  # noqa: ANN001
    text = "Pretoria: The South African government said on Tuesday that it would not arrest Vladimir Putin."
    assert _typed(spec, text, "2023-07-19", "refusal", language="en") == [(PUTIN, "ZAF", None)]
