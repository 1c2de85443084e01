"""Session 36 (issue 12, task mparity2): the parity table's leftovers and a second table of traps.

``tests/monitor/parity/traps-<language>.yaml`` holds, in every language, the same items: news that names a fact type without
the fact happening (an anniversary, an old act recalled, another person of the same surname, a headline question, a quote of
a demand, a film or a book, a spokesperson's denial, a rumour), four per fact type. Each must not fire. The test asserts a
ceiling of items fired per language (what the code reached at the session's end, so a change that lets more through fails)
and xfails, one by one, the items that still fire (``LEFT``). Below it, the readings written for the first table's leftovers,
each with contrasts of its own that must not change (sentences written for the test)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

TABLES = Path(__file__).parent / "parity"
LANGUAGES = ("en", "fr", "es", "pt", "it", "de")
KEYS = ("person", "state", "date", "count")


def traps(language: str) -> list[dict[str, Any]]:
    """The items of one language's table of traps, dates read as text."""
    data = yaml.safe_load((TABLES / f"traps-{language}.yaml").read_text(encoding="utf-8"))
    assert data["language"] == language, f"traps-{language}.yaml: its language is {data['language']!r}"
    items = data["items"]
    for it in items:
        it["date"] = str(it["date"])
        it["none_of"] = {k: (str(v) if k == "date" else v) for k, v in (it.get("none_of") or {}).items()}
    return items


def _fired(spec: Any, language: str, item: dict[str, Any]) -> list[Any]:
    doc = make_document(item["text"], date=item["date"], language=language)
    got = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == item["type"]]
    return [c for c in got if all({"person": c.person, "state": c.state, "date": c.date, "count": c.announced_count}[k] == v
                                  for k, v in item["none_of"].items() if k in KEYS)]


_OUTCOMES: dict[tuple[int, str, str], bool] = {}


def fired(spec: Any, language: str, item: dict[str, Any]) -> bool:
    key = (id(spec), language, item["id"])
    if key not in _OUTCOMES:
        _OUTCOMES[key] = bool(_fired(spec, language, item))
    return _OUTCOMES[key]


def of_session_36(item: dict[str, Any]) -> bool:
    """(session 37) The items this session wrote (~01 to ~04 of each type); ~05 to ~10 are session 37's (test_parity_s37.py)."""
    return int(item["id"].split("~")[1]) <= 4


def test_every_language_holds_the_same_traps() -> None:
    en = {it["id"]: it for it in traps("en")}
    for lang in LANGUAGES:
        items = traps(lang)
        assert [it["id"] for it in items] == list(en), f"traps-{lang}.yaml: its items differ from traps-en.yaml's"
        for it in items:
            assert (it["type"], it["none_of"], it["date"], it["trap"]) == \
                (en[it["id"]]["type"], en[it["id"]]["none_of"], en[it["id"]]["date"], en[it["id"]]["trap"]), \
                f"traps-{lang}.yaml, {it['id']}: its fact differs from traps-en.yaml's"


def test_every_fact_type_has_its_traps() -> None:
    per: dict[str, int] = defaultdict(int)
    for it in traps("en"):
        per[it["type"]] += 1
    assert set(per) == {"visit", "planned_visit", "arrest", "surrender", "refusal", "warrant_issued", "warrant_unsealed",
                        "noncompliance_finding", "withdrawal_announced", "withdrawal_notified", "joint_statement"}, per
    assert min(per.values()) >= 4, per


#: Per language at the session's end: traps fired at most, of 44 (at the start, on main 58b38b42: en 6, fr 6, es 4, pt 5,
#: it 10, de 8).
CEILING = {"en": 3, "fr": 2, "es": 1, "pt": 0, "it": 2, "de": 1}

#: The traps that still fire at the session's end (docs/monitor.md, "The parity table's leftovers and its traps (session 36)").
LEFT: dict[str, set[str]] = {
    "en": {"visit~01", "arrest~02", "refusal~02"},
    "fr": {"withdrawal~02", "notified~04"},
    "es": {"visit~01"},
    "pt": set(),
    # (session 39) "unsealed~03" and "joint~01" no longer fire (mleft25: "a year ago" counted in Italian): out of the list
    "it": {"surrender~02", "noncompliance~04"},
    "de": {"withdrawal~02"},
}


def test_each_language_keeps_its_ceiling(spec, capsys) -> None:  # noqa: ANN001
    rows = []
    for lang in LANGUAGES:
        hits = [it["id"] for it in traps(lang) if of_session_36(it) and fired(spec, lang, it)]
        rows.append(f"{lang}: {len(hits)} / {sum(map(of_session_36, traps(lang)))} traps fired {hits}")
        assert len(hits) <= CEILING[lang], f"{lang}: {len(hits)} traps fired, above {CEILING[lang]}: {hits}"
    with capsys.disabled():
        print("\nparity traps (session 36)\n" + "\n".join(rows))


@pytest.mark.parametrize(("language", "item"), [
    pytest.param(lang, it, id=f"{lang}-{it['id']}",
                 marks=[pytest.mark.xfail(reason="left (docs/monitor.md, session 36)", strict=False)] if it["id"] in LEFT[lang] else [])
    for lang in LANGUAGES for it in traps(lang) if of_session_36(it)
])
def test_each_trap_does_not_fire(spec, language: str, item: dict[str, Any]) -> None:  # noqa: ANN001
    assert not fired(spec, language, item), f"{language}, {item['id']} ({item['trap']}): {item['text']}"


# --- the readings written for the first table's leftovers, each with contrasts -------------------------------------------

def _found(spec: Any, text: str, language: str, kind: str, date: str = "2025-04-04") -> list[tuple[Any, ...]]:
    doc = make_document(text, date=date, language=language)
    return [(c.person, c.state, c.date, c.announced_count) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind]


@pytest.mark.parametrize(("text", "language"), [
    ("Several governments are discussing a possible joint statement in support of the ICC.", "en"),
    ("Rights groups called on States to sign a joint statement in support of the Court.", "en"),
    ("Plusieurs capitales préparent une déclaration conjointe de soutien à la CPI.", "fr"),
    ("Varios gobiernos preparan una declaración conjunta de apoyo a la CPI.", "es"),
    ("Diversi governi stanno valutando una dichiarazione congiunta a sostegno della Cpi.", "it"),
    ("Mehrere Regierungen prüfen eine gemeinsame Erklärung zur Unterstützung des IStGH.", "de"),
])
def test_a_joint_statement_only_weighed_or_asked_for_gives_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, "joint_statement") == []


@pytest.mark.parametrize(("text", "language", "count"), [
    # contrasts: the same statement told as issued, and its support told by condemning the measures against the Court
    ("Several governments issued a joint statement in support of the ICC on Friday, signed by 60 States.", "en", 60),
    ("The joint statement, signed by 79 States Parties, condemned the attacks on the Court.", "en", 79),
    ("La déclaration conjointe, signée par 79 États, condamne les sanctions contre la Cour.", "fr", 79),
    ("Die von 67 Ländern unterzeichnete gemeinsame Erklärung verurteilt die Sanktionen gegen den Gerichtshof.", "de", 67),
])
def test_a_joint_statement_issued_keeps_its_count(spec, text: str, language: str, count: int) -> None:  # noqa: ANN001
    assert [f[3] for f in _found(spec, text, language, "joint_statement", "2025-02-08")] == [count]


def test_a_statement_condemning_other_sanctions_is_no_support(spec) -> None:  # noqa: ANN001
    # contrast: sanctions against someone else, not the Court
    assert _found(spec, "The joint statement, signed by 12 States, condemned the sanctions against Russia.", "en",
                  "joint_statement", "2025-02-08") == []


@pytest.mark.parametrize(("text", "language"), [
    ("South Africa might decline to arrest Vladimir Putin if he attends the summit.", "en"),
    ("L'Afrique du Sud pourrait bien refuser d'arrêter Vladimir Poutine.", "fr"),
    ("A África do Sul pode se recusar a prender Vladimir Putin.", "pt"),
])
def test_a_refusal_only_supposed_gives_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, "refusal", "2023-07-10") == []


@pytest.mark.parametrize(("text", "language"), [
    # contrasts: a government's own word, a negation ("could not arrest"), not a supposition
    ("South Africa said on Monday it could not arrest Vladimir Putin.", "en"),
    ("South Africa refused to arrest Vladimir Putin, its foreign minister said.", "en"),
])
def test_a_refusal_stated_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [f[1] for f in _found(spec, text, language, "refusal", "2023-07-10")] == ["ZAF"]


@pytest.mark.parametrize(("text", "language"), [
    ("Ainda não se decidiu se Vladimir Putin participará da cúpula na Mongólia.", "pt"),
    ("No se ha decidido si Vladimir Putin asistirá a la cumbre en Mongolia.", "es"),
    ("Non hanno ancora deciso se Vladimir Putin parteciperà al vertice in Mongolia.", "it"),
    ("Le Kremlin n'a pas encore décidé si Vladimir Poutine se rendra en Mongolie.", "fr"),
])
def test_a_trip_still_undecided_gives_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, "planned_visit", "2024-08-27") == []


def test_a_trip_decided_is_still_read(spec) -> None:  # noqa: ANN001
    # contrast: the decision made ('decidió que')
    got = _found(spec, "El Kremlin decidió que Vladimir Putin viajará a Mongolia la próxima semana.", "es", "planned_visit", "2024-08-27")
    assert [f[1] for f in got] == ["MNG"]


@pytest.mark.parametrize(("text", "language", "kind", "date"), [
    ("Die Anklage hat noch keinen Haftbefehl gegen Min Aung Hlaing beantragt, und die Richter haben keinen Haftbefehl erlassen.", "de",
     "warrant_issued", "2024-12-01"),
    ("Wladimir Putin wird sich per Video an den Gipfel in Johannesburg wenden und daran teilnehmen.", "de", "planned_visit", "2023-08-20"),
    ("La défense a prié les juges de lever les scellés sur le mandat contre Laurent Gbagbo.", "fr", "warrant_unsealed", "2011-11-20"),
])
def test_other_guards_give_nothing(spec, text: str, language: str, kind: str, date: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, kind, date) == []


@pytest.mark.parametrize(("text", "language", "kind", "date"), [
    # contrasts: the act itself told
    ("Die Richter haben einen Haftbefehl gegen Min Aung Hlaing erlassen.", "de", "warrant_issued", "2024-12-01"),
    ("Les juges ont levé mardi les scellés sur le mandat contre Laurent Gbagbo.", "fr", "warrant_unsealed", "2011-11-30"),
])
def test_the_act_itself_is_still_read(spec, text: str, language: str, kind: str, date: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, kind, date)


@pytest.mark.parametrize(("text", "kind", "date", "want"), [
    ("A Hungria notificou formalmente as Nações Unidas de sua saída do TPI.", "withdrawal_notified", "2025-06-03", "2025-06-03"),
])
def test_a_portuguese_undated_simple_past_is_the_days_news(spec, text: str, kind: str, date: str, want: str) -> None:  # noqa: ANN001
    assert [f[2] for f in _found(spec, text, "pt", kind, date)] == [want]


def test_a_portuguese_warrant_in_the_simple_past_with_no_day_is_no_news(spec) -> None:  # noqa: ANN001
    # (session 36, the lead after merging) as English 'issued' and Spanish 'emitió': a warrant's issue in the simple past with no
    # day is the day's news only under a headline naming the warrant (session 26, test_rules_s26e.py); the withdrawal's acts stay
    assert _found(spec, "O TPI emitiu um mandado de prisão contra Vladimir Putin por crimes de guerra.", "pt", "warrant_issued",
                  "2023-03-17") == []


def test_a_portuguese_simple_past_with_its_own_date_keeps_it(spec) -> None:  # noqa: ANN001
    # contrast: a date told in the sentence dates the act, not the page
    got = _found(spec, "O TPI emitiu um mandado de prisão contra Vladimir Putin em 17 de março de 2023.", "pt", "warrant_issued", "2023-03-20")
    assert [f[2] for f in got] == ["2023-03-17"]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte was arrested on Tuesday as he flew back to Manila from Hong Kong.", "en"),
    ("Rodrigo Duterte foi preso na terça-feira ao regressar de Hong Kong para Manila.", "pt"),
])
def test_an_arrest_on_a_return_is_placed_where_the_return_ends(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [f[1] for f in _found(spec, text, language, "arrest", "2025-03-12")] == ["PHL"]


def test_an_arrest_where_the_return_started_stays_there(spec) -> None:  # noqa: ANN001
    # contrast: the arrest told in the place left, before the return
    got = _found(spec, "Rodrigo Duterte was arrested in Hong Kong on Tuesday before he could return to Manila.", "en", "arrest", "2025-03-12")
    assert [f[1] for f in got] == ["CHN"]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary deposited its notice of withdrawal with the United Nations on Monday.", "en"),
    ("L'Italie a transmis lundi aux Nations unies sa notification de retrait.", "fr"),
])
def test_a_notice_of_withdrawal_naming_no_statute_is_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, "withdrawal_notified", "2025-06-03")


def test_a_notice_of_withdrawal_from_another_instrument_is_not(spec) -> None:  # noqa: ANN001
    # contrast: the withdrawal is from another treaty, named after it
    assert _found(spec, "Hungary submitted its notice of withdrawal from the Paris Agreement to the United Nations on Monday.", "en",
                  "withdrawal_notified", "2025-06-03") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Has Hungary notified the United Nations of its withdrawal from the Rome Statute?", "en"),
    ("Verlässt Ungarn den Internationalen Strafgerichtshof?", "de"),
])
def test_a_question_tells_no_withdrawal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _found(spec, text, language, "withdrawal_announced") == [] and _found(spec, text, language, "withdrawal_notified") == []


def test_a_german_weekday_after_the_speaker_of_reported_speech_is_the_day_it_was_said(spec) -> None:  # noqa: ANN001
    got = _found(spec, "Ungarn wird den Internationalen Strafgerichtshof verlassen, erklärte die Regierung am Donnerstag.", "de",
                 "withdrawal_announced")
    assert [f[2] for f in got] == ["2025-04-03"]


@pytest.mark.parametrize(("text", "language"), [
    ("La orden contra Charles Blé Goudé, emitida el 21 de diciembre, se hizo pública el martes.", "es"),
    ("Il mandato contro Charles Blé Goudé, emesso il 21 dicembre, è stato reso pubblico martedì.", "it"),
])
def test_an_unsealing_is_dated_by_its_own_verb(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [f[2] for f in _found(spec, text, language, "warrant_unsealed", "2013-10-02")] == ["2013-10-01"]


def test_a_portuguese_withdrawal_told_with_disse_is_read_and_its_denial_is_not(spec) -> None:  # noqa: ANN001
    said = _found(spec, "O Burundi vai sair do TPI, disse o ministro na quinta-feira.", "pt", "withdrawal_announced")
    assert [(f[1], f[2]) for f in said] == [("BDI", "2025-04-03")]
    # contrasts: the same words denied, before 'disse' and after 'disse que'
    assert _found(spec, "O Brasil não vai sair do TPI, disse o ministro.", "pt", "withdrawal_announced") == []
    assert _found(spec, "O ministro disse que o Brasil não vai sair do TPI.", "pt", "withdrawal_announced") == []


def test_a_person_named_only_as_the_other_party_of_talks_did_not_arrive(spec) -> None:  # noqa: ANN001
    text = "Der Außenminister ist am Donnerstag nach Gesprächen mit Wladimir Putin in Ulan Bator eingetroffen."
    assert _found(spec, text, "de", "visit", "2024-09-06") == []
    # contrast: the person is the subject, the other party named after 'mit'
    text = "Wladimir Putin ist am Donnerstag nach Gesprächen mit dem Präsidenten in Ulan Bator eingetroffen."
    assert [f[1] for f in _found(spec, text, "de", "visit", "2024-09-06")] == ["MNG"]
