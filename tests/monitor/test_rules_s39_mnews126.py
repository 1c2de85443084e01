"""Session 39 (issue 12, task mnews126): the monitor's fixes from batch 126's dev documents. Each is a general rule, tested with
sentences written for the test (in the languages where the phenomenon exists), and contrasts that must not fire; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as examples (no
State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
LVOVA = "maria-alekseyevna-lvova-belova"
SHOIGU = "sergei-kuzhugetovich-shoigu"
GERASIMOV = "valery-vasilyevich-gerasimov"


# 1. A warrant reported with its day before "that": "announced on March 17 that they had issued a warrant for X". The "that" opens
#    the reported clause (as "announced that" did already), not a relative clause recalling a warrant.
@pytest.mark.parametrize("text", [
    "The judges of the International Criminal Court announced on March 17 that they had issued an arrest warrant for Vladimir "
    "Putin and Maria Lvova-Belova.",
    "The International Criminal Court said on Friday that it had issued arrest warrants for Vladimir Putin and Maria Lvova-Belova.",
    "The International Criminal Court announced Friday that it has issued arrest warrants for Vladimir Putin and Maria Lvova-Belova.",
])
def test_a_warrant_reported_after_its_day_is_news(spec, text: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, "2023-03-17", "warrant_issued", language="en")
    assert (PUTIN, None, "2023-03-17") in out
    assert (LVOVA, None, "2023-03-17") in out


@pytest.mark.parametrize("text", [
    # a relative clause recalling the warrant stays background
    "Vladimir Putin, who faces a warrant that the court issued in March 2023, travelled to Mongolia on Monday.",
    "The warrant that judges issued for Vladimir Putin in March 2023 limits his travel, the minister said on Friday.",
])
def test_a_warrant_recalled_in_a_relative_clause_stays_background(spec, text: str) -> None:  # noqa: ANN001
    assert not [c for c in _typed(spec, text, "2024-09-06", "warrant_issued", language="en") if c[2] == "2024-09-06"]


# 2. A warrant told without its day, then the day of the decision to issue it in a sentence just after that names no one: the
#    warrant takes that day ("The ICC issued warrants for A and B. … The decision to issue warrants was made on June 24").
@pytest.mark.parametrize(("text", "language"), [
    ("The International Criminal Court issued warrants for the arrest of Sergei Shoigu and Valery Gerasimov. This is stated in "
     "the message of the court. The decision to issue warrants was made on June 24.", "en"),
    ("La Cour pénale internationale a délivré des mandats d'arrêt contre Sergei Shoigu et Valery Gerasimov. C'est ce qu'indique "
     "le communiqué de la Cour. La décision de délivrer les mandats a été prise le 24 juin.", "fr"),
    ("La Corte Penal Internacional emitió órdenes de arresto contra Sergei Shoigu y Valery Gerasimov. Así lo indica el comunicado "
     "de la Corte. La decisión de emitir las órdenes fue tomada el 24 de junio.", "es"),
    ("Der Internationale Strafgerichtshof hat Haftbefehle gegen Sergei Shoigu und Valery Gerasimov erlassen. Das teilte das "
     "Gericht mit. Die Entscheidung, die Haftbefehle zu erlassen, wurde am 24. Juni getroffen.", "de"),
])
def test_a_warrants_day_told_in_a_sentence_after(spec, text: str, language: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, "2024-06", "warrant_issued", language=language)
    assert (SHOIGU, None, "2024-06-24") in out, out
    assert (GERASIMOV, None, "2024-06-24") in out, out


@pytest.mark.parametrize("text", [
    # the later decision names its own persons: another warrant's day
    "The International Criminal Court issued warrants for the arrest of Sergei Shoigu and Valery Gerasimov. Earlier, the decision "
    "to issue warrants for Vladimir Putin was made on March 17, 2023.",
    # a day far from the page's: not this warrant's (the same window as the day told in the sentence before)
    "The International Criminal Court issued warrants for the arrest of Sergei Shoigu and Valery Gerasimov. The decision to issue "
    "warrants was made on March 17, 2023.",
])
def test_a_decision_day_of_another_warrant_is_not_taken(spec, text: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, "2024-06", "warrant_issued", language="en")
    assert not [c for c in out if c[0] in (SHOIGU, GERASIMOV) and c[2] == "2023-03-17"], out


# 3. A file name given as the title for want of one is no headline (documents.headline): the warrant headline that makes the lead's
#    undated "issued a warrant" the day's news is a real headline, as the custody headline already was (session 33's fix).
def _warrant_lead(spec, title: str | None, path: str | None) -> list[tuple[str | None, str | None]]:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    text = ("The International Criminal Court issued warrants for the arrest of Sergei Shoigu and Valery Gerasimov over strikes on "
            "the power grid.\n\nRussia does not recognise the court.")
    doc = make_document(text, title=title, path=path, date="2024-06-25", language="en")
    return sorted((c.person, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "warrant_issued")


def test_a_slug_standing_for_the_title_is_no_warrant_headline(spec) -> None:  # noqa: ANN001
    slug = "outlet-icc-issued-warrants-for-arrest-of-shoigu-and-gerasimov"
    assert _warrant_lead(spec, slug, f"news/{slug}.txt") == []
    assert _warrant_lead(spec, slug, None) == []  # a slug without its file is no headline either (documents.headline)


def test_a_real_warrant_headline_still_makes_the_lead_news(spec) -> None:  # noqa: ANN001
    out = _warrant_lead(spec, "ICC issues arrest warrants for Shoigu and Gerasimov", "news/shoigu.txt")
    assert (SHOIGU, "2024-06-25") in out and (GERASIMOV, "2024-06-25") in out


def test_a_states_own_warrant_reported_after_its_day_is_not_the_courts(spec) -> None:  # noqa: ANN001
    text = "Turkey announced Friday that it had issued arrest warrants against Israeli Prime Minister Benjamin Netanyahu."
    assert _typed(spec, text, "2025-11-08", "warrant_issued", language="en") == []
