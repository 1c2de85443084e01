"""Session 37 (issue 12, task mparity3): the parity table's traps at ten per fact type.

``tests/monitor/parity/traps-<language>.yaml`` now holds, in every language, ten traps per fact type: the 44 of session 36 (ids
~01 to ~04, run by ``test_parity_s36.py``) and 66 new ones (~05 to ~10: a conditional, a trip by video link, a trip cancelled or
ruled out, an invitation declined, a warrant, an unsealing or a finding asked for but not given, an arrest or a surrender of
someone else in the same case, a surrender promised, a refusal attributed by another State, a withdrawal threatened or debated
in parliament, a statement or a call by non-State actors, a past fact recalled with its own date, a namesake, another court's
or body's act). Each must not fire. The test asserts, per language, that the items that fire are among ``LEFT`` (what still
fired at the session's end, each with its reason in docs/monitor.md, "The traps table at ten per type (session 37)"), so the
``LEFT`` count cannot grow, and xfails them one by one. Below, the contrasts of this session's readings: true facts of the same
shape, which must still fire (sentences written for the test)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from tests.monitor.test_parity_s36 import LANGUAGES, _found, fired, traps


def test_every_fact_type_has_ten_traps() -> None:
    per: dict[str, int] = defaultdict(int)
    for it in traps("en"):
        per[it["type"]] += 1
    assert len(per) == 11 and set(per.values()) == {10}, per


#: The traps that still fire at the session's end, of 110 per language (at the start, on main de364f79, with the 66 new items:
#: en 9, fr 17, es 13, pt 10, it 12, de 10; the new items alone: en 6, fr 15, es 12, pt 10, it 8, de 9).
LEFT: dict[str, set[str]] = {
    # session 36's, unchanged
    "en": {"visit~01", "arrest~02", "refusal~02"},
    "fr": {"withdrawal~02", "notified~04"},
    "es": {"visit~01"},
    "pt": set(),
    "it": {"surrender~02", "unsealed~03", "noncompliance~04", "joint~01"},
    "de": {"withdrawal~02"},
}
#: session 37's: a refusal told under a condition by a party official (every language: the rules read the refusal's words as
#: the State's, whoever speaks, when the sentence names no government); the rest one language's each
LEFT_S37: dict[str, set[str]] = {
    "en": {"refusal~05"},
    "fr": {"refusal~05", "noncompliance~07", "notified~07", "joint~08", "joint~09"},
    "es": {"refusal~05", "noncompliance~08", "notified~07", "joint~08"},
    "pt": {"refusal~05", "noncompliance~08"},
    "it": {"refusal~05", "refusal~06"},
    "de": {"refusal~05", "surrender~06"},
}
for _lang in LANGUAGES:
    LEFT[_lang] = LEFT[_lang] | LEFT_S37[_lang]

#: 16 + 11 = 27 items left in all; the count cannot grow (a fix removes its item from LEFT and lowers this).
LEFT_COUNT = 27


def test_the_left_set_cannot_grow() -> None:
    assert sum(len(v) for v in LEFT.values()) <= LEFT_COUNT


def test_only_the_left_traps_fire(spec, capsys) -> None:  # noqa: ANN001
    rows = []
    for lang in LANGUAGES:
        hits = {it["id"] for it in traps(lang) if fired(spec, lang, it)}
        rows.append(f"{lang}: {len(hits)} / {len(traps(lang))} traps fired {sorted(hits)}")
        assert hits <= LEFT[lang], f"{lang}: traps fired outside LEFT: {sorted(hits - LEFT[lang])}"
    with capsys.disabled():
        print("\nparity traps at ten per type (session 37)\n" + "\n".join(rows))


@pytest.mark.parametrize(("language", "item"), [
    pytest.param(lang, it, id=f"{lang}-{it['id']}",
                 marks=[pytest.mark.xfail(reason="left (docs/monitor.md, session 37)", strict=False)] if it["id"] in LEFT_S37[lang] else [])
    for lang in LANGUAGES for it in traps(lang) if int(it["id"].split("~")[1]) > 4
])
def test_each_new_trap_does_not_fire(spec, language: str, item: dict[str, Any]) -> None:  # noqa: ANN001
    assert not fired(spec, language, item), f"{language}, {item['id']} ({item['trap']}): {item['text']}"


# --- contrasts: the true fact of the same shape still fires ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte arrived in Tokyo on Wednesday for talks.", "en"),
    ("Rodrigo Duterte est arrivé mercredi à Tokyo pour des entretiens.", "fr"),
    ("Rodrigo Duterte llegó el miércoles a Tokio para unas conversaciones.", "es"),
    ("Rodrigo Duterte chegou na quarta-feira a Tóquio para conversações.", "pt"),
    ("Rodrigo Duterte è arrivato mercoledì a Tokyo per colloqui.", "it"),
    ("Rodrigo Duterte ist am Mittwoch zu Gesprächen in Tokio eingetroffen.", "de"),
])
def test_the_person_named_as_himself_still_arrives(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of the namesakes (visit~10: 'Un boxeur qui s'appelle lui aussi Rodrigo Duterte est arrivé …')
    assert [(f[0], f[1]) for f in _found(spec, text, language, "visit", "2025-03-12")] == [("rodrigo-roa-duterte", "JPN")]


@pytest.mark.parametrize(("text", "language"), [
    ("Dominic Ongwen, who served under Joseph Kony, was transferred to the ICC on Tuesday.", "en"),
    ("Dominic Ongwen, qui servait sous Joseph Kony, a été transféré mardi à la CPI.", "fr"),
    ("Dominic Ongwen, que sirvió a las órdenes de Joseph Kony, fue trasladado el martes a la CPI.", "es"),
    ("Dominic Ongwen, que serviu sob Joseph Kony, foi transferido na terça-feira para o TPI.", "pt"),
    ("Dominic Ongwen, che prestava servizio agli ordini di Joseph Kony, è stato trasferito martedì alla Cpi.", "it"),
    ("Dominic Ongwen, der unter Joseph Kony diente, wurde am Dienstag an den IStGH überstellt.", "de"),
])
def test_the_one_who_served_is_the_one_surrendered(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of surrender~08: the subject is surrendered, not the one he served under
    assert [f[0] for f in _found(spec, text, language, "surrender", "2015-01-20")] == ["dominic-ongwen"]


@pytest.mark.parametrize(("text", "language"), [
    ("Sixty States issued a joint statement in support of the ICC on Friday.", "en"),
    ("Soixante États ont publié vendredi une déclaration conjointe de soutien à la CPI.", "fr"),
    ("Sesenta Estados emitieron el viernes una declaración conjunta de apoyo a la CPI.", "es"),
    ("Sessenta Estados divulgaram na sexta-feira uma declaração conjunta de apoio ao TPI.", "pt"),
    ("Sessanta Stati hanno diffuso venerdì una dichiarazione congiunta a sostegno della Cpi.", "it"),
    ("Sechzig Staaten haben am Freitag eine gemeinsame Erklärung zur Unterstützung des IStGH veröffentlicht.", "de"),
])
def test_a_joint_statement_issued_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of joint~06 (conditional) and joint~10 (declined)
    assert [f[3] for f in _found(spec, text, language, "joint_statement", "2025-02-08")] == [60]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary refused to arrest Benjamin Netanyahu on Thursday.", "en"),
    ("La Hongrie a refusé jeudi d'arrêter Benjamin Netanyahu.", "fr"),
    ("Hungría se negó el jueves a detener a Benjamin Netanyahu.", "es"),
    ("A Hungria recusou-se a prender Benjamin Netanyahu na quinta-feira.", "pt"),
    ("L'Ungheria si è rifiutata giovedì di arrestare Benjamin Netanyahu.", "it"),
    ("Ungarn weigerte sich am Donnerstag, Benjamin Netanyahu festzunehmen.", "de"),
])
def test_a_refusal_told_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of refusal~09 ('whether Hungary should refuse to arrest …')
    assert [(f[0], f[1]) for f in _found(spec, text, language, "refusal", "2025-04-04")] == [("benjamin-netanyahu", "HUN")]


@pytest.mark.parametrize(("text", "language"), [
    ("La Hongrie a notifié lundi aux Nations unies son retrait de la CPI.", "fr"),
    ("Hungría notificó el lunes a la ONU su retiro de la CPI.", "es"),
    ("A Hungria notificou a ONU na segunda-feira de sua saída do TPI.", "pt"),
])
def test_a_notice_given_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of notified~06 ('La Hongrie notifiera le mois prochain à l'ONU …'): the past, not the future
    assert [(f[1], f[2]) for f in _found(spec, text, language, "withdrawal_notified", "2025-06-03")] == [("HUN", "2025-06-02")]


@pytest.mark.parametrize(("text", "language"), [
    ("Les juges de la CPI ont délivré mardi un mandat d'arrêt contre Min Aung Hlaing.", "fr"),
    ("Die Richter des IStGH haben am Dienstag einen Haftbefehl gegen Min Aung Hlaing erlassen.", "de"),
])
def test_the_courts_own_warrant_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of warrant~10 ('Un tribunal argentin a délivré …', 'Ein argentinisches Gericht hat … erlassen')
    assert [f[0] for f in _found(spec, text, language, "warrant_issued", "2024-12-03")] == ["min-aung-hlaing"]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary announced on Tuesday that it would leave the ICC.", "en"),
    ("La Hongrie a annoncé mardi qu'elle quitterait la CPI.", "fr"),
    ("Hungría anunció el martes que abandonará la CPI.", "es"),
])
def test_a_withdrawal_announced_by_the_state_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    # contrast of withdrawal~08 ('A nationalist movement … would campaign for Hungary to leave the ICC')
    assert [f[1] for f in _found(spec, text, language, "withdrawal_announced", "2025-04-02")] == ["HUN"]


def test_a_man_phoned_by_someone_is_still_the_person(spec) -> None:  # noqa: ANN001
    # the French namesake words never read 'a appelé X' (a leader called X) as 'un homme appelé X'
    text = "Un dirigeant africain a appelé Vladimir Poutine, qui est arrivé mardi à Oulan-Bator."
    assert [f[0] for f in _found(spec, text, "fr", "visit", "2024-09-03")] == ["vladimir-vladimirovich-putin"]
