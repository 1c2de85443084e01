"""Session 47 (issue 12, task mnews156): an immunity conceded in a concessive clause ("Although Brazil grants immunity to heads
of state on official visits, …", 'Bien que …', 'Aunque …', 'Embora …', 'Sebbene …', 'Obwohl …') whose main clause leaves the
arrest to the courts ("the decision … would not be the government's but the courts'", 'não caberia ao governo, mas sim ao
Poder Judiciário'): no government's word that it will not or need not arrest the person, no refusal. Batch 156's dev page (a
foreign minister's 'the courts decide' about a summit trip never confirmed) showed the shape; the sentences here are written
for the test (none copied from a page of the set), with controls that must not change. The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

P = "vladimir-vladimirovich-putin"
DAY = "2024-10-15"

CONCEDED = [
    ("en", "Although Brazil grants immunity to heads of state on official visits, the minister said the decision on any arrest "
     "of Vladimir Putin would not be for the government but for the courts."),
    ("en", "Even though Brazil offers diplomatic immunity to visiting leaders, the minister stressed that it is up to the judges "
     "to decide whether Vladimir Putin would be detained."),
    ("fr", "Bien que la France accorde l'immunité aux chefs d'État en visite officielle, le ministre a souligné que la décision "
     "d'arrêter Vladimir Poutine reviendrait aux juges et non au gouvernement."),
    ("es", "Aunque España concede inmunidad a los jefes de Estado en visita oficial, el ministro subrayó que la decisión sobre "
     "una detención de Vladímir Putin no correspondería al Gobierno sino a los jueces."),
    ("it", "Sebbene l'Italia conceda l'immunità ai capi di Stato in visita ufficiale, il ministro ha sottolineato che la "
     "decisione su un arresto di Vladimir Putin non spetterebbe al governo ma alla magistratura."),
    ("pt", "Embora o Brasil conceda imunidade a chefes de Estado em visitas oficiais, o ministro destacou que a decisão sobre "
     "uma prisão de Vladimir Putin não caberia ao governo, mas sim aos tribunais."),
    ("de", "Obwohl Deutschland Staatsoberhäuptern bei offiziellen Besuchen Immunität gewährt, betonte der Minister, dass über "
     "eine Festnahme von Wladimir Putin nicht die Regierung, sondern die Gerichte entscheiden würden."),
]


@pytest.mark.parametrize(("language", "text"), CONCEDED, ids=[f"{c[0]}{i}" for i, c in enumerate(CONCEDED)])
def test_an_immunity_conceded_beside_the_courts_decision_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "refusal", language=language) == []


# Controls: a government's own word that the person has immunity or will not be arrested stays a refusal, with or without a
# concession before it that leaves nothing to the courts.
REFUSED = [
    ("en", "Brazil's foreign minister said Vladimir Putin enjoys immunity and will not be arrested if he comes to the summit.", "BRA"),
    ("en", "Although the Court asked it to act, Brazil's government said it will not arrest Vladimir Putin.", "BRA"),
    ("fr", "Le ministre a déclaré que la France n'arrêtera pas Vladimir Poutine, qui bénéficie de l'immunité.", "FRA"),
    ("es", "El ministro afirmó que Vladímir Putin goza de inmunidad y que España no lo detendrá.", "ESP"),
    ("it", "Il ministro ha dichiarato che Vladimir Putin gode dell'immunità e che l'Italia non lo arresterà.", "ITA"),
    ("pt", "O ministro afirmou que Vladimir Putin tem imunidade e que o Brasil não o prenderá.", "BRA"),
    ("de", "Der Minister erklärte, Wladimir Putin genieße Immunität und Deutschland werde ihn nicht festnehmen.", "DEU"),
]


@pytest.mark.parametrize(("language", "text", "state"), REFUSED, ids=[f"{r[0]}{i}" for i, r in enumerate(REFUSED)])
def test_a_governments_own_word_stays_a_refusal(spec, language: str, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(P, state)]
