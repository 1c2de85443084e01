"""Session 36 (issue 12, task mnews110): readings written on batches 110-111's dev errors. Each reading is a general rule,
tested with sentences written for the test and a contrast that must not fire; the other languages' words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
ELMASRY = "osama-elmasry-njeem"
DAY = "2025-12-02"


# 1. The Court reporting States to the Security Council by the French verb of denouncing ('a dénoncé X au Conseil de
# sécurité'), or any referral verb in the past infinitive after a verb of saying ('a annoncé avoir dénoncé / renvoyé'),
# as English 'reported Uganda and Djibouti to the UN Security Council': a finding against each State named.
REPORTED = [
    ("La Cour pénale internationale a annoncé mardi avoir dénoncé l'Ouganda et Djibouti au Conseil de sécurité de l'ONU pour "
     "avoir refusé d'arrêter le président soudanais Omar al-Bashir.", {("DJI", DAY), ("UGA", DAY)}),
    ("La Chambre a dénoncé l'Ouganda au Conseil de sécurité pour ne pas avoir arrêté Omar al-Bashir.", {("UGA", DAY)}),
]


@pytest.mark.parametrize(("text", "want"), REPORTED)
def test_a_state_denounced_to_the_council_is_a_finding(spec, text: str, want: set) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "noncompliance_finding", language="fr")
    assert {(s, d) for _, s, d in got} == want, got


def test_a_referral_in_the_past_infinitive_is_a_finding(spec) -> None:  # noqa: ANN001
    text = "La Chambre a annoncé avoir renvoyé la Mongolie devant l'Assemblée des États parties pour ne pas avoir arrêté Vladimir Poutine."
    got = _typed(spec, text, DAY, "noncompliance_finding", language="fr")
    assert [(p, s, d) for p, s, d in got] == [(PUTIN, "MNG", DAY)], got


NOT_REPORTED = [
    # a speech made before the Council, no State reported to it
    "La Procureure a dénoncé devant le Conseil de sécurité l'inaction de l'Ouganda face à Omar al-Bashir.",
    # a referral only weighed
    "La Chambre pourrait dénoncer l'Ouganda au Conseil de sécurité pour ne pas avoir arrêté Omar al-Bashir.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_a_speech_or_a_weighed_referral_is_no_finding(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "noncompliance_finding", language="fr") == []


def test_the_charge_of_refusing_is_no_refusal_of_the_state(spec) -> None:  # noqa: ANN001
    # the States' refusal is the Court's charge, not their governments' word
    text = REPORTED[0][0]
    assert _typed(spec, text, DAY, "refusal", language="fr") == []


# 2. A person sent elsewhere instead of to the Court ("instead of being handed over to the ICC"): no surrender, in each
# language (the RATHER_THAN family); the handover made instead of something else still is one.
INSTEAD = [
    ("Osama Elmasry Njeem was arrested in Italy but sent back to Libya instead of being handed over to the ICC.", "en"),
    ("Osama Elmasry Njeem a été arrêté en Italie, puis renvoyé en Libye plutôt que livré à la CPI.", "fr"),
    ("Osama Elmasry Njeem a été arrêté en Italie, puis renvoyé en Libye au lieu d'être remis à la CPI.", "fr"),
    ("Osama Elmasry Njeem fue detenido en Italia y devuelto a Libia en lugar de ser entregado a la CPI.", "es"),
    ("Osama Elmasry Njeem è stato arrestato in Italia e rimpatriato in Libia invece di essere consegnato alla CPI.", "it"),
    ("Osama Elmasry Njeem foi preso na Itália e devolvido à Líbia em vez de ser entregue ao TPI.", "pt"),
    ("Osama Elmasry Njeem wurde in Italien festgenommen und nach Libyen zurückgeschickt, statt an den Internationalen "
     "Strafgerichtshof überstellt zu werden.", "de"),
]


@pytest.mark.parametrize(("text", "language"), INSTEAD)
def test_sent_elsewhere_instead_of_to_the_court_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language=language) == []


HANDED_INSTEAD = [
    ("Osama Elmasry Njeem a été arrêté en Italie et livré à la CPI plutôt que renvoyé en Libye.", "fr"),
    ("Osama Elmasry Njeem fue detenido en Italia y entregado a la CPI en lugar de ser devuelto a Libia.", "es"),
]


@pytest.mark.parametrize(("text", "language"), HANDED_INSTEAD)
def test_the_handover_made_instead_of_something_else_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "surrender", language=language)
    assert [p for p, _, _ in got] == [ELMASRY], got


# 3. A government's word that the warrant will be ignored, in a German clause after 'dass' with its verbs at the end, as
# English 'announced that he will ignore the warrant': a refusal by the State named in the subject.
def test_a_clause_after_dass_that_the_warrant_will_be_ignored_is_a_refusal(spec) -> None:  # noqa: ANN001
    text = "Der ungarische Regierungschef Orban hat angekündigt, dass er den Haftbefehl gegen Netanjahu ignorieren will."
    assert _typed(spec, text, "2024-11-22", "refusal", language="de") == [(NETANYAHU, "HUN", None)]


def test_the_warrant_told_in_the_sentence_before_gives_the_person(spec) -> None:  # noqa: ANN001
    text = ("Nach dem Haftbefehl des Internationalen Strafgerichtshofs gegen den israelischen Ministerpräsidenten Netanjahu will "
            "die Bundesregierung alle weiteren Schritte gewissenhaft prüfen. Der ungarische Regierungschef Orban hat angekündigt, "
            "dass er den Haftbefehl ignorieren will.")
    assert _typed(spec, text, "2024-11-22", "refusal", language="de") == [(NETANYAHU, "HUN", None)]


NOT_IGNORED = [
    # a pledge to execute it
    "Der ungarische Regierungschef Orban sagte, dass er den Haftbefehl gegen Netanjahu vollstrecken werde.",
    # a past act told by others, no government's word
    "Kritiker sagen, dass Ungarn den Haftbefehl gegen Netanjahu ignoriert habe.",
]


@pytest.mark.parametrize("text", NOT_IGNORED)
def test_a_pledge_or_a_past_act_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "refusal", language="de") == []


# 4. The crimes' place told by the verb of committing ("charges of war crimes committed in Libya") is not the State that
# hands the person over (the CRIME_SCENE family); a State named as the one handing over still is.
EL_HISHRI = "khaled-mohamed-ali-el-hishri"
CRIMES_THERE = [
    ("Khaled Mohamed Ali El Hishri was transferred on 1 December to The Hague, where he will face charges before the ICC of "
     "war crimes committed in Libya.", "en"),
    ("Khaled Mohamed Ali El Hishri a été transféré le 1er décembre à La Haye, où il devra répondre devant la Cour pénale "
     "internationale (CPI) d'accusations de crimes de guerre commis en Libye.", "fr"),
    ("Khaled Mohamed Ali El Hishri fue entregado el 1 de diciembre a la CPI por crímenes de guerra cometidos en Libia.", "es"),
    ("Khaled Mohamed Ali El Hishri è stato consegnato il 1 dicembre alla CPI per crimini di guerra commessi in Libia.", "it"),
    ("Khaled Mohamed Ali El Hishri foi entregue em 1 de dezembro ao TPI por crimes de guerra cometidos na Líbia.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), CRIMES_THERE)
def test_the_crimes_place_is_not_the_surrendering_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "surrender", language=language)
    assert [(p, s) for p, s, _ in got] == [(EL_HISHRI, None)], got


HANDED_BY = [
    ("Germany handed Khaled Mohamed Ali El Hishri over to the ICC on 1 December for war crimes committed in Libya.", "en", "DEU"),
    ("L'Allemagne a remis Khaled Mohamed Ali El Hishri à la CPI le 1er décembre pour des crimes commis en Libye.", "fr", "DEU"),
    ("Khaled Mohamed Ali El Hishri was handed over to the ICC by Libya on 1 December.", "en", "LBY"),
]


@pytest.mark.parametrize(("text", "language", "state"), HANDED_BY)
def test_the_state_handing_over_is_kept(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "surrender", language=language)
    assert [(p, s) for p, s, _ in got] == [(EL_HISHRI, state)], got


# 5. The Court telling it received the person from a State ("had received from Chad the transfer of X"): a surrender by
# that State; a request received, or a transfer denied, is none.
MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
RECEIVED = [
    ("The ICC confirmed on Monday that it had received from Chad the transfer of Maxime Mokom, a former anti-balaka leader.", "en"),
    ("La Cour pénale internationale (CPI) a confirmé lundi avoir reçu du Tchad, le transfert de Maxime Mokom, un ex-chef du "
     "groupe rebelle centrafricain.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), RECEIVED)
def test_the_court_receiving_the_transfer_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2022-03-14", "surrender", language=language) == [(MOKOM, "TCD", "2022-03-14")]


NOT_RECEIVED = [
    ("The ICC has received a request from Chad concerning the transfer of Maxime Mokom.", "en"),
    ("La CPI a reçu du Tchad une demande concernant le transfert de Maxime Mokom.", "fr"),
    ("La Cour pénale internationale n'a pas reçu le transfert de Maxime Mokom, a indiqué son porte-parole.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_RECEIVED)
def test_a_request_received_or_a_transfer_not_received_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2022-03-14", "surrender", language=language) == []
