"""Session 44 (issue 12, task mnews143): general rules from the dev errors of real-news batch 143 (docs/monitor.md, "Batch 143
(session 44)"). Each shape in the languages the monitor reads where it exists, with controls that must not change; the words are
data in ``data/lookups/monitor_words.yaml`` and ``data/lookups/name_variants.yaml`` (English's in ``monitor/lexicon.py``). The
names are the record's, used as examples (no State or person is special-cased); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

HISHRI = "khaled-mohamed-ali-el-hishri"
NJEEM = "osama-elmasry-njeem"


# 1. A person named as another's right hand, deputy or number two ('l'ex braccio destro di Almasri, X', "the right-hand man of
#    Almasri, X", 'le bras droit d'Almasri, X', 'o braço direito de Almasri, X', 'die rechte Hand von Almasri, X'): the act is the
#    one named after (or before), not the one the relation names.
@pytest.mark.parametrize(("text", "language"), [
    ("La Germania ha arrestato mercoledì l'ex braccio destro di Almasri nella prigione di Mitiga, Khaled Al Hishri, meglio "
     "conosciuto come Al Bouti.", "it"),
    ("Germany has arrested the right-hand man of Almasri at Mitiga prison, Khaled El Hishri, on Wednesday.", "en"),
    ("Khaled El Hishri, the right-hand man of Almasri, was arrested on Wednesday in Germany.", "en"),
    ("L'Allemagne a arrêté mercredi le bras droit d'Almasri à la prison de Mitiga, Khaled El Hishri.", "fr"),
    ("A Alemanha prendeu na quarta-feira o braço direito de Almasri na prisão de Mitiga, Khaled El Hishri.", "pt"),
    ("Deutschland hat am Mittwoch die rechte Hand von Almasri im Mitiga-Gefängnis festgenommen, Khaled El Hishri.", "de"),
    ("Alemania detuvo el miércoles al brazo derecho de Almasri, Khaled El Hishri.", "es"),
])
def test_right_hand_man_is_not_the_one_arrested(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-18", "arrest", language=language) == [(HISHRI, "DEU", "2025-07-16")]


@pytest.mark.parametrize(("text", "language"), [
    ("The deputy of Almasri was arrested on Wednesday in Germany.", "en"),
    ("Il numero due di Almasri è stato arrestato mercoledì in Germania.", "it"),
    ("Alemania detuvo el miércoles a la mano derecha de Almasri, Khaled El Hishri.", "es"),
])
def test_right_hand_man_unnamed_gives_no_arrest_of_the_other(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the relation's owner is not the one arrested (the Spanish object after 'a la mano derecha de' is not read yet: nothing,
    # rather than the wrong person)
    assert all(p != NJEEM for p, _, _ in _typed(spec, text, "2025-07-18", "arrest", language=language))


@pytest.mark.parametrize(("text", "language", "want"), [
    # controls: the person arrested named plainly, or after a title that only looks like a deputy's ('vicepresidente',
    # 'vice-Premier ministre': the word is not right before 'di'/'de')
    ("Police arrested Almasri on Wednesday in Turin.", "en", [(NJEEM, "ITA", "2025-07-16")]),
    ("Il vicepresidente del Consiglio ha detto che Almasri è stato arrestato mercoledì a Torino.", "it", [(NJEEM, "ITA", "2025-07-16")]),
    ("Le vice-Premier ministre a confirmé que Khaled El Hishri avait été arrêté mercredi en Allemagne.", "fr",
     [(HISHRI, "DEU", "2025-07-16")]),
])
def test_plain_arrests_unchanged(spec, text: str, language: str, want: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-18", "arrest", language=language) == want


# 2. A name in the Spanish romanisation ('Haibatulá Ajundzadá': 'j' for 'kh', '-lá' for the final 'Allāh', the stress marked):
#    the person of the record, as in the English spellings.
@pytest.mark.parametrize(("text", "language"), [
    ("La Corte Penal Internacional emitió el martes órdenes de detención contra el líder supremo de los talibanes, Haibatulá "
     "Ajundzadá, y el presidente de la Corte Suprema afgana, Abdul Hakim Haqqani.", "es"),
    # control: the English spelling, unchanged
    ("The International Criminal Court issued arrest warrants on Tuesday for the Taliban's supreme leader Haibatullah Akhunzada "
     "and chief justice Abdul Hakim Haqqani.", "en"),
])
def test_spanish_romanisation_of_a_name(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-07-09", "warrant_issued", language=language) == [
        ("abdul-hakim-haqqani", None, "2025-07-08"), ("haibatullah-akhundzada", None, "2025-07-08")]
