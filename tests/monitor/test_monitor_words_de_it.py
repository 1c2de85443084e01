"""Session 22 (issue 12, mlang2): pages in German and Italian read by the same rules, with the words each language adds as
data (data/lookups/monitor_words.yaml), chosen by the document's language. Each fact type is tested with a German and an
Italian sentence written for the purpose (not copied from the real-news set) that must give the fact, and a contrast (a
supposition, a negation, a trip cancelled or supposed, an application, a warrant recalled, a revocation) that must not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
NGAISSONA = "patrice-edouard-ngaissona"
TUHAMY = "al-tuhamy-mohamed-khaled"
NETANYAHU = "benjamin-netanyahu"


def facts(spec: Any, text: str, date: str, language: str | None) -> set[tuple[Any, ...]]:
    """(type, person, State, date) of the rules' candidates in ``text`` read as written in ``language``."""
    doc = make_document(text, date=date, language=language)
    return {(c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules", learned=False)}


CASES = [
    # (language, document date, text, the fact it must give)
    # arrest
    ("de", "2025-03-12", "Der frühere Präsident Rodrigo Duterte wurde am Dienstag in Manila von der philippinischen Polizei festgenommen.",
     ("arrest", DUTERTE, "PHL", "2025-03-11")),
    ("it", "2025-03-12", "L'ex presidente Rodrigo Duterte è stato arrestato martedì a Manila dalla polizia filippina.",
     ("arrest", DUTERTE, "PHL", "2025-03-11")),
    # surrender
    ("de", "2019-01-24", "Patrice-Edouard Ngaïssona wurde am Mittwoch von den französischen Behörden an den Internationalen "
                         "Strafgerichtshof überstellt.",
     ("surrender", NGAISSONA, "FRA", "2019-01-23")),
    ("it", "2019-01-24", "Patrice-Edouard Ngaïssona è stato consegnato mercoledì alla CPI dalle autorità francesi.",
     ("surrender", NGAISSONA, "FRA", "2019-01-23")),
    # warrant issued
    ("de", "2023-03-18", "Der Internationale Strafgerichtshof erließ am Freitag einen Haftbefehl gegen Wladimir Putin.",
     ("warrant_issued", PUTIN, None, "2023-03-17")),
    ("it", "2023-03-18", "La Corte penale internazionale ha emesso venerdì un mandato d'arresto nei confronti di Vladimir Putin.",
     ("warrant_issued", PUTIN, None, "2023-03-17")),
    # warrant unsealed
    ("de", "2017-04-25", "Der IStGH hat am Montag einen Haftbefehl gegen Al-Tuhamy Mohamed Khaled veröffentlicht.",
     ("warrant_unsealed", TUHAMY, None, "2017-04-24")),
    ("it", "2017-04-25", "La CPI ha reso pubblico lunedì un mandato d'arresto contro Al-Tuhamy Mohamed Khaled.",
     ("warrant_unsealed", TUHAMY, None, "2017-04-24")),
    # visit
    ("de", "2024-09-03", "Wladimir Putin ist am Montag zu einem offiziellen Besuch in der Mongolei eingetroffen.",
     ("visit", PUTIN, "MNG", "2024-09-02")),
    ("it", "2024-09-03", "Vladimir Putin si è recato lunedì in Mongolia per una visita ufficiale.",
     ("visit", PUTIN, "MNG", "2024-09-02")),
    # a trip to come
    ("de", "2024-08-29", "Wladimir Putin wird am Dienstag in die Mongolei reisen.", ("planned_visit", PUTIN, "MNG", "2024-09-03")),
    ("it", "2024-08-29", "Vladimir Putin si recherà martedì in Mongolia.", ("planned_visit", PUTIN, "MNG", "2024-09-03")),
    # withdrawal announced ("Römisches Statut", "lo Statuto di Roma" name no place)
    ("de", "2025-04-03", "Die ungarische Regierung hat am Donnerstag den Austritt Ungarns aus dem Römischen Statut angekündigt.",
     ("withdrawal_announced", None, "HUN", "2025-04-03")),
    ("it", "2025-04-03", "Il governo ungherese ha annunciato giovedì il ritiro dell'Ungheria dallo Statuto di Roma.",
     ("withdrawal_announced", None, "HUN", "2025-04-03")),
    # finding of non-compliance
    ("de", "2024-10-25", "Die Vorverfahrenskammer II des IStGH stellte am Donnerstag fest, dass die Mongolei ihre Pflichten verletzt hat, "
                         "weil sie Wladimir Putin nicht festgenommen hat, und verwies die Sache an die Versammlung der Vertragsstaaten.",
     ("noncompliance_finding", PUTIN, "MNG", "2024-10-24")),
    ("it", "2024-10-25", "La Camera preliminare II della CPI ha stabilito giovedì che la Mongolia è venuta meno ai suoi obblighi per non "
                         "aver arrestato Vladimir Putin e ha deferito la questione all'Assemblea degli Stati parte.",
     ("noncompliance_finding", PUTIN, "MNG", "2024-10-24")),
    # refusal
    ("de", "2023-07-19", "Südafrika erklärte, es werde Wladimir Putin nicht festnehmen.", ("refusal", PUTIN, "ZAF", None)),
    ("it", "2024-10-19", "Il governo del Brasile ha detto che non arresterà Vladimir Putin.", ("refusal", PUTIN, "BRA", None)),
]


@pytest.mark.parametrize(("language", "date", "text", "fact"), CASES, ids=[f"{c[0]}-{c[3][0]}" for c in CASES])
def test_each_fact_type_reads_german_and_italian(spec, language: str, date: str, text: str, fact: tuple[Any, ...]) -> None:  # noqa: ANN001
    assert facts(spec, text, date, language) == {fact}


CONTRASTS = [
    # modality, negation, a trip cancelled or supposed, an application, a warrant recalled, a revocation, a question, a pledge
    ("de", "2025-03-12", "Der frühere Präsident Rodrigo Duterte könnte in Manila festgenommen werden, wenn er aus Hongkong zurückkehrt."),
    ("de", "2024-09-03", "Wladimir Putin wurde bei seiner Ankunft in der Mongolei nicht festgenommen."),
    ("it", "2025-03-12", "Rodrigo Duterte potrebbe essere arrestato a Manila se rientra da Hong Kong."),
    ("it", "2024-09-03", "Vladimir Putin non è stato arrestato in Mongolia."),
    ("de", "2019-01-24", "Patrice-Edouard Ngaïssona könnte in den nächsten Wochen an den IStGH überstellt werden."),
    ("it", "2019-01-24", "Patrice-Edouard Ngaïssona dovrebbe essere consegnato alla CPI nelle prossime settimane."),
    ("de", "2024-05-21", "Der Chefankläger hat Haftbefehle gegen Benjamin Netanjahu beantragt."),
    ("it", "2024-05-21", "Il procuratore ha chiesto ai giudici di emettere un mandato d'arresto contro Benjamin Netanyahu."),
    ("de", "2024-09-20", "Wladimir Putin, gegen den seit 2023 ein Haftbefehl des IStGH vorliegt, sprach mit Journalisten."),
    ("it", "2024-09-20", "Vladimir Putin, colpito da un mandato d'arresto della CPI dal 2023, ha parlato con la stampa."),
    ("de", "2023-08-20", "Wladimir Putin wird nicht zum BRICS-Gipfel nach Südafrika reisen."),
    ("de", "2023-08-20", "Falls Wladimir Putin nach Südafrika reist, müsste er festgenommen werden."),
    ("it", "2023-08-20", "Vladimir Putin non si recherà al vertice dei BRICS in Sudafrica."),
    ("it", "2023-08-20", "Se Vladimir Putin si recasse in Sudafrica, dovrebbe essere arrestato."),
    ("de", "2025-04-03", "Gambia hat seinen Austritt aus dem IStGH widerrufen."),
    ("it", "2025-04-03", "Il Gambia ha revocato il suo ritiro dalla Corte penale internazionale."),
    ("de", "2024-10-25", "Der IStGH muss entscheiden, ob die Mongolei ihre Pflichten verletzt hat."),
    ("it", "2024-10-25", "La CPI deve decidere se la Mongolia è venuta meno ai suoi obblighi."),
    ("de", "2023-07-19", "Südafrika erklärte, es würde Wladimir Putin festnehmen, falls er kommt."),
    ("it", "2024-10-19", "Il Brasile ha detto che arresterebbe Vladimir Putin se si recasse nel Paese."),
]


@pytest.mark.parametrize(("language", "date", "text"), CONTRASTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTRASTS)])
def test_contrasts_give_nothing(spec, language: str, date: str, text: str) -> None:  # noqa: ANN001
    assert facts(spec, text, date, language) == set()


@pytest.mark.parametrize(("language", "date", "text", "fact"), [c for c in CASES if c[3][0] in ("arrest", "surrender", "visit", "planned_visit")])
def test_the_words_are_chosen_by_the_document_language(spec, language: str, date: str, text: str, fact: tuple[Any, ...]) -> None:  # noqa: ANN001
    """A German or Italian sentence read as English gives no such fact: the language's words are read only in its documents."""
    assert fact not in facts(spec, text, date, "en")


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Der frühere philippinische Präsident Rodrigo Duterte ist am Dienstag nach seiner Rückkehr aus Hongkong in Manila festgenommen worden, "
           "teilte die Regierung mit, nachdem der Internationale Strafgerichtshof einen Haftbefehl übermittelt hatte."),
    ("it", "L'ex presidente Rodrigo Duterte è stato arrestato martedì a Manila al suo rientro da Hong Kong, ha comunicato il governo, "
           "dopo che la Corte penale internazionale aveva trasmesso un mandato d'arresto."),
])
def test_the_language_is_detected_when_the_document_does_not_say(spec, language: str, text: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2025-03-12")
    assert doc.language == language
    assert ("arrest", DUTERTE, "PHL", "2025-03-11") in {(c.type, c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules", learned=False)}


@pytest.mark.parametrize(("language", "text", "ref", "want"), [
    ("de", "am 23. Januar 2019", "2019-02-01", "2019-01-23"),
    ("de", "am 3. April 2024", "2024-07-10", "2024-04-03"),
    ("de", "im März 2023", "2024-07-10", "2023-03"),
    ("de", "gestern", "2024-07-10", "2024-07-09"),
    ("de", "morgen", "2024-07-10", "2024-07-11"),
    ("de", "am vergangenen Montag", "2024-07-10", "2024-07-08"),
    ("de", "wird am Dienstag reisen", "2024-07-10", "2024-07-16"),
    ("it", "il 23 gennaio 2019", "2019-02-01", "2019-01-23"),
    ("it", "a marzo 2023", "2024-07-10", "2023-03"),
    ("it", "ieri", "2024-07-10", "2024-07-09"),
    ("it", "lunedì scorso", "2024-07-10", "2024-07-08"),
    ("it", "si recherà martedì", "2024-07-10", "2024-07-16"),
])
def test_dates_in_german_and_italian(spec, language: str, text: str, ref: str, want: str) -> None:  # noqa: ANN001
    with lexicon.reading(spec.lexicon["languages"][language]):
        got = [f.date for f in find_dates(text, dt.date.fromisoformat(ref))]
    assert got and got[0] == want
    if not any(ch.isdigit() for ch in text):  # read as English, the words alone give no date
        assert find_dates(text, dt.date.fromisoformat(ref)) == []


def test_german_morning_is_not_tomorrow(spec) -> None:  # noqa: ANN001
    """'heute Morgen' is the document's day, 'morgen' alone the next."""
    with lexicon.reading(spec.lexicon["languages"]["de"]):
        assert [f.date for f in find_dates("heute Morgen", dt.date(2024, 7, 10))] == ["2024-07-10"]


PT_CASES = [
    # Portuguese, the same facts: (document date, text, the fact it must give)
    ("2025-03-12", "O ex-presidente Rodrigo Duterte foi preso na terça-feira em Manila pela polícia filipina.",
     ("arrest", DUTERTE, "PHL", "2025-03-11")),
    ("2023-03-18", "O Tribunal Penal Internacional emitiu na sexta-feira um mandado de prisão contra Vladimir Putin.",
     ("warrant_issued", PUTIN, None, "2023-03-17")),
    ("2024-09-03", "Vladimir Putin desembarcou na segunda-feira em Ulan Bator, a capital da Mongólia.",
     ("visit", PUTIN, "MNG", "2024-09-02")),
    ("2024-08-29", "Vladimir Putin viajará na terça-feira à Hungria.", ("planned_visit", PUTIN, "HUN", "2024-09-03")),
    ("2025-04-03", "A Hungria anunciou nesta quinta-feira a sua saída do Estatuto de Roma.", ("withdrawal_announced", None, "HUN", "2025-04-03")),
]

PT_CONTRASTS = [
    ("2025-03-12", "Rodrigo Duterte poderia ser preso se voltar a Manila."),
    ("2024-09-03", "Vladimir Putin não foi preso na Mongólia."),
    ("2024-10-19", "Vladimir Putin não viajará à cúpula do G20 no Brasil."),
    ("2024-10-19", "Se Putin viajar ao Brasil, poderia ser preso."),
    ("2024-05-21", "O procurador pediu aos juízes que emitissem um mandado de prisão contra Benjamin Netanyahu."),
]


@pytest.mark.parametrize(("date", "text", "fact"), PT_CASES, ids=[c[2][0] for c in PT_CASES])
def test_portuguese_reads_the_same_facts(spec, date: str, text: str, fact: tuple[Any, ...]) -> None:  # noqa: ANN001
    assert facts(spec, text, date, "pt") == {fact}


@pytest.mark.parametrize(("date", "text"), PT_CONTRASTS, ids=[f"pt-{i}" for i in range(len(PT_CONTRASTS))])
def test_portuguese_contrasts_give_nothing(spec, date: str, text: str) -> None:  # noqa: ANN001
    assert facts(spec, text, date, "pt") == set()
