"""Session 22 (issue 12): pages in French and Spanish read by the same rules, with the words each language adds as data
(data/lookups/monitor_words.yaml), chosen by the document's language. Each rule family is tested with a French and a
Spanish sentence written for the purpose (not copied from the real-news set) that must give the fact, and a contrast
(a supposition, a denial, a trip cancelled, an application, a revocation, a question) that must not."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from iccwatch.dataset.loader import MonitorWords
from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
NGAISSONA = "patrice-edouard-ngaissona"
TUHAMY = "al-tuhamy-mohamed-khaled"


def facts(spec: Any, text: str, date: str, language: str | None) -> set[tuple[Any, ...]]:
    """(type, person, State, date) of the rules' candidates in ``text`` read as written in ``language``."""
    doc = make_document(text, date=date, language=language)
    return {(c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules", learned=False)}


CASES = [
    # (language, document date, text, the fact it must give)
    # arrest
    ("fr", "2025-03-12", "L'ancien président Rodrigo Duterte a été arrêté mardi par la police philippine.",
     ("arrest", DUTERTE, "PHL", "2025-03-11")),
    ("es", "2025-03-12", "El expresidente Rodrigo Duterte fue detenido el martes en Manila por la policía filipina.",
     ("arrest", DUTERTE, "PHL", "2025-03-11")),
    # surrender
    ("fr", "2019-01-24", "Patrice-Edouard Ngaïssona a été transféré mercredi à la Cour pénale internationale à La Haye par les autorités françaises.",
     ("surrender", NGAISSONA, "FRA", "2019-01-23")),
    ("es", "2019-01-24", "Ngaïssona fue entregado el miércoles a la Corte Penal Internacional por las autoridades francesas.",
     ("surrender", NGAISSONA, "FRA", "2019-01-23")),
    # warrant issued
    ("fr", "2023-03-18", "La Chambre préliminaire II de la CPI a délivré vendredi un mandat d'arrêt contre Vladimir Poutine.",
     ("warrant_issued", PUTIN, None, "2023-03-17")),
    ("es", "2023-03-18", "La Corte Penal Internacional emitió el viernes una orden de arresto contra Vladimir Putin.",
     ("warrant_issued", PUTIN, None, "2023-03-17")),
    # warrant unsealed (the French spelling of the name: name_variants.yaml)
    ("fr", "2017-04-25", "La CPI a rendu public lundi un mandat d'arrêt contre Al Touhami Khaled.",
     ("warrant_unsealed", TUHAMY, None, "2017-04-24")),
    ("es", "2017-04-25", "La Corte Penal Internacional hizo pública el lunes una orden de arresto contra Al-Tuhamy Mohamed Khaled.",
     ("warrant_unsealed", TUHAMY, None, "2017-04-24")),
    # visit
    ("fr", "2024-09-03", "Vladimir Poutine s'est rendu lundi en Mongolie pour une visite officielle.",
     ("visit", PUTIN, "MNG", "2024-09-02")),
    ("es", "2024-09-03", "Vladimir Putin llegó el lunes a Ulán Bator, la capital de Mongolia.",
     ("visit", PUTIN, "MNG", "2024-09-02")),
    # a trip to come
    ("fr", "2024-08-29", "Vladimir Poutine va se rendre mardi en Mongolie.", ("planned_visit", PUTIN, "MNG", "2024-09-03")),
    ("es", "2024-08-29", "Vladimir Putin viajará el martes a Mongolia.", ("planned_visit", PUTIN, "MNG", "2024-09-03")),
    # withdrawal announced ("le Statut de Rome" names no place: Rome is the instrument's)
    ("fr", "2025-04-03", "Le gouvernement hongrois a annoncé jeudi le retrait de la Hongrie du Statut de Rome.",
     ("withdrawal_announced", None, "HUN", "2025-04-03")),
    ("es", "2025-04-03", "Hungría anunció este jueves su retirada del Estatuto de Roma.",
     ("withdrawal_announced", None, "HUN", "2025-04-03")),
    # finding of non-compliance
    ("fr", "2024-10-25", "La Chambre préliminaire II de la CPI a constaté jeudi que la Mongolie avait manqué à ses obligations en n'arrêtant "
                         "pas Vladimir Poutine, et a renvoyé la question à l'Assemblée des États parties.",
     ("noncompliance_finding", PUTIN, "MNG", "2024-10-24")),
    ("es", "2024-10-25", "La Sala de Cuestiones Preliminares II de la CPI determinó el jueves que Mongolia incumplió sus obligaciones al no "
                         "detener a Vladimir Putin y remitió el asunto a la Asamblea de los Estados Partes.",
     ("noncompliance_finding", PUTIN, "MNG", "2024-10-24")),
    # refusal
    ("fr", "2023-07-19", "L'Afrique du Sud a dit qu'elle n'arrêtera pas Vladimir Poutine.", ("refusal", PUTIN, "ZAF", None)),
    ("es", "2024-10-19", "El gobierno de Brasil dijo que no arrestará a Vladimir Putin.", ("refusal", PUTIN, "BRA", None)),
]


@pytest.mark.parametrize(("language", "date", "text", "fact"), CASES, ids=[f"{c[0]}-{c[3][0]}" for c in CASES])
def test_each_family_reads_french_and_spanish(spec, language: str, date: str, text: str, fact: tuple[Any, ...]) -> None:  # noqa: ANN001
    assert facts(spec, text, date, language) == {fact}


CONTRASTS = [
    # suppositions, denials, trips cancelled or supposed, an application, a background warrant, a revocation, a question, a pledge
    ("fr", "2025-03-12", "L'ancien président Rodrigo Duterte pourrait être arrêté à Manille s'il rentre de Hong Kong."),
    ("fr", "2024-09-03", "Vladimir Poutine n'a pas été arrêté à son arrivée en Mongolie."),
    ("es", "2025-03-12", "Rodrigo Duterte podría ser detenido si regresa a Manila."),
    ("es", "2024-09-03", "Putin no fue detenido en Mongolia."),
    ("fr", "2019-01-24", "Patrice-Edouard Ngaïssona pourrait être transféré à la CPI dans les prochaines semaines."),
    ("es", "2019-01-24", "Ngaïssona podría ser entregado a la CPI en las próximas semanas."),
    ("fr", "2024-05-21", "Le procureur a demandé aux juges de délivrer un mandat d'arrêt contre Benjamin Netanyahou."),
    ("es", "2024-05-21", "El fiscal solicitó a los jueces que emitieran órdenes de arresto contra Benjamin Netanyahu."),
    ("fr", "2024-09-20", "Vladimir Poutine, visé par un mandat d'arrêt de la CPI depuis 2023, a parlé à la presse."),
    ("fr", "2017-04-25", "Le mandat d'arrêt contre Al-Tuhamy Mohamed Khaled n'a pas été rendu public."),
    ("fr", "2023-08-20", "Vladimir Poutine ne se rendra pas au sommet des BRICS en Afrique du Sud."),
    ("fr", "2023-08-20", "Si Vladimir Poutine se rend en Afrique du Sud, il devra être arrêté."),
    ("es", "2024-10-19", "Vladimir Putin no viajará a la cumbre del G20 en Brasil."),
    ("es", "2024-10-19", "Si Putin viaja a Brasil, podría ser detenido."),
    ("fr", "2025-04-03", "La Gambie a annulé son retrait de la CPI."),
    ("es", "2025-04-03", "Gambia revocó su retirada de la Corte Penal Internacional."),
    ("fr", "2024-10-25", "La CPI doit décider si la Mongolie a manqué à ses obligations."),
    ("es", "2024-10-25", "La CPI debe decidir si Mongolia incumplió sus obligaciones."),
    ("fr", "2023-07-19", "L'Afrique du Sud a dit qu'elle arrêtera Vladimir Poutine s'il vient."),
    ("es", "2024-10-19", "Brasil dijo que arrestaría a Putin si viaja al país."),
]


@pytest.mark.parametrize(("language", "date", "text"), CONTRASTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTRASTS)])
def test_contrasts_give_nothing(spec, language: str, date: str, text: str) -> None:  # noqa: ANN001
    assert facts(spec, text, date, language) == set()


@pytest.mark.parametrize(("language", "date", "text", "fact"), [c for c in CASES if c[3][0] in ("arrest", "surrender", "visit", "planned_visit")][:6])
def test_the_words_are_chosen_by_the_document_language(spec, language: str, date: str, text: str, fact: tuple[Any, ...]) -> None:  # noqa: ANN001
    """A French or Spanish sentence read as English gives nothing: the language's words are read only in its documents."""
    assert facts(spec, text, date, language) == {fact}
    assert fact not in facts(spec, text, date, "en")


def test_the_language_is_detected_when_the_document_does_not_say(spec) -> None:  # noqa: ANN001
    text = ("L'ancien président Rodrigo Duterte a été arrêté mardi par la police philippine à son retour de Hong Kong, "
            "a annoncé le gouvernement, qui dit avoir reçu la notification de la Cour pénale internationale.")
    doc = make_document(text, date="2025-03-12")
    assert doc.language == "fr"
    assert ("arrest", DUTERTE, "PHL", "2025-03-11") in {(c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules", learned=False)}


def test_english_patterns_are_unchanged_outside_a_reading() -> None:
    """Outside a reading (an English document), a family is its English pattern alone; inside one, the language's too."""
    assert lexicon.ARREST.search("Il a été arrêté lundi.") is None
    with lexicon.reading({"families": {"ARREST": [r"\barrêté\b"]}}):
        m = lexicon.ARREST.search("Il a été arrêté lundi.")
        assert m is not None and m.group(1) == "arrêté"  # the family's group holds the added pattern's match
    assert lexicon.ARREST.search("Il a été arrêté lundi.") is None


def test_every_family_named_in_the_data_is_one_of_the_lexicon(spec) -> None:  # noqa: ANN001
    for lang, words in spec.lexicon["languages"].items():
        assert words["families"], lang
        assert set(words["families"]) <= set(lexicon.FAMILIES), lang
        with lexicon.reading(words):  # every pattern compiles with its family's groups
            assert lexicon.language_words() is words
    with pytest.raises(ValueError, match="no trigger family 'NO_SUCH'"):
        with lexicon.reading({"families": {"NO_SUCH": ["x"]}}):
            pass


@pytest.mark.parametrize(("language", "text", "ref", "want"), [
    ("fr", "le 23 janvier 2019", "2019-02-01", "2019-01-23"),
    ("fr", "le 1er juillet", "2024-07-10", "2024-07-01"),
    ("fr", "en mars 2023", "2024-07-10", "2023-03"),
    ("fr", "hier", "2024-07-10", "2024-07-09"),
    ("fr", "lundi dernier", "2024-07-10", "2024-07-08"),
    ("fr", "va se rendre mardi", "2024-07-10", "2024-07-16"),
    ("es", "17 de marzo de 2023", "2024-07-10", "2023-03-17"),
    ("es", "ayer", "2024-07-10", "2024-07-09"),
    ("es", "el pasado lunes", "2024-07-10", "2024-07-08"),
    ("es", "viajará el martes", "2024-07-10", "2024-07-16"),
    ("es", "la madrugada de este martes", "2024-07-10", "2024-07-09"),
])
def test_dates_in_french_and_spanish(spec, language: str, text: str, ref: str, want: str) -> None:  # noqa: ANN001
    with lexicon.reading(spec.lexicon["languages"][language]):
        got = [f.date for f in find_dates(text, dt.date.fromisoformat(ref))]
    assert got and got[0] == want
    if not any(ch.isdigit() for ch in text):  # read as English, the words alone give no date
        assert find_dates(text, dt.date.fromisoformat(ref)) == []


def test_the_checker_refuses_a_bad_pattern(facts) -> None:  # noqa: ANN001
    records = facts.records
    raw = copy.deepcopy(records.lookups["monitor_words"])
    MonitorWords.model_validate(raw)
    raw["languages"]["fr"]["families"]["ARREST"].append({"pattern": "(arrêté", "reason": "a slip"})
    with pytest.raises(ValueError, match="not a regular expression"):
        MonitorWords.model_validate(raw)
    raw = copy.deepcopy(records.lookups["monitor_words"])
    raw["languages"]["fr"]["last"]["pattern"] = "(dernier)"
    with pytest.raises(ValueError, match="capturing groups"):
        MonitorWords.model_validate(raw)
