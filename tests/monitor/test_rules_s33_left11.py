"""Session 33 (issue 12, task mleft11): the monitor's leftovers, eleventh list. Each reading is a general rule, tested with
sentences written for the test and a contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml``
(English's in ``lexicon.py``). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2025-03-13, after the person's warrant: "Tuesday" is 2025-03-11
NEWS_DAY = "2025-03-13"
TUESDAY = "2025-03-11"

# 1. The arrest's noun after a verb of telling: an arrest, of the page's day where the sentence gives none.
ANNOUNCED = [
    ("The Philippine government announced the arrest of Rodrigo Duterte.", "en", "PHL", NEWS_DAY),
    ("The police announced the arrest of Rodrigo Duterte in Manila on Tuesday.", "en", "PHL", TUESDAY),
    ("Le gouvernement philippin a annoncé l'arrestation de Rodrigo Duterte.", "fr", "PHL", NEWS_DAY),
    ("La police a annoncé mardi l'arrestation de Rodrigo Duterte à Manille.", "fr", "PHL", TUESDAY),
    ("El gobierno filipino anunció la detención de Rodrigo Duterte.", "es", "PHL", NEWS_DAY),
    ("La policía anunció el martes la detención de Rodrigo Duterte en Manila.", "es", "PHL", TUESDAY),
    ("Il governo filippino ha annunciato l'arresto di Rodrigo Duterte.", "it", "PHL", NEWS_DAY),
    ("O governo filipino anunciou a detenção de Rodrigo Duterte.", "pt", "PHL", NEWS_DAY),
]


@pytest.mark.parametrize(("text", "language", "state", "day"), ANNOUNCED)
def test_an_arrest_announced_is_an_arrest(spec, text: str, language: str, state: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, state, day)]


@pytest.mark.parametrize(("text", "language"), [
    ("The Philippine government announced it would seek the arrest of Rodrigo Duterte.", "en"),
    ("The Philippine opposition called for the arrest of Rodrigo Duterte.", "en"),
    ("Le gouvernement philippin a annoncé qu'il demanderait l'arrestation de Rodrigo Duterte.", "fr"),
    ("L'opposition philippine a appelé à l'arrestation de Rodrigo Duterte.", "fr"),
    ("El gobierno filipino anunció que pediría la detención de Rodrigo Duterte.", "es"),
    ("La oposición filipina pidió la detención de Rodrigo Duterte.", "es"),
    ("L'opposizione filippina ha chiesto l'arresto di Rodrigo Duterte.", "it"),
    ("A oposição filipina pediu a detenção de Rodrigo Duterte.", "pt"),
])
def test_an_arrest_sought_or_called_for_is_no_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []


# 2. The Court's custody told as a state that began on the page's day: a surrender of that day.
CUSTODY_NOW = [
    ("Rodrigo Duterte se encuentra desde hoy bajo custodia de la CPI.", "es"),
    ("Rodrigo Duterte est désormais sous la garde de la CPI.", "fr"),
    ("Rodrigo Duterte is now in the Court's custody.", "en"),
    ("Rodrigo Duterte is now in ICC custody.", "en"),
    ("Rodrigo Duterte è ora in custodia della CPI.", "it"),
    ("Rodrigo Duterte está agora sob custódia do TPI.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), CUSTODY_NOW)
def test_the_courts_custody_as_a_state_of_the_day_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, None, NEWS_DAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte has been in ICC custody since 2019.", "en"),
    ("Rodrigo Duterte is in ICC custody since March 2019.", "en"),
    ("Rodrigo Duterte se encuentra bajo custodia de la CPI desde 2019.", "es"),
    ("Rodrigo Duterte est sous la garde de la CPI depuis 2019.", "fr"),
    ("The documents of Rodrigo Duterte are now in the Court's custody.", "en"),
    ("Los documentos de Rodrigo Duterte se encuentran desde hoy bajo custodia de la CPI.", "es"),
    ("I documenti di Rodrigo Duterte sono ora in custodia della CPI.", "it"),
    ("Rodrigo Duterte è in custodia della CPI dal 2019.", "it"),
])
def test_custody_begun_long_ago_or_of_a_thing_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == []


# 1 (continued). The arrest's noun announced, its object a description before the name.
def test_an_arrest_announced_of_a_person_described_first(spec) -> None:  # noqa: ANN001
    text = "Il 12 marzo la procura filippina ha annunciato l'arresto dell'ex presidente delle Filippine, Rodrigo Duterte."
    assert _typed(spec, text, NEWS_DAY, "arrest", language="it") == [(DUTERTE, "PHL", "2025-03-12")]


# 4. A custody ordered by a State's court or prosecution ('custodia cautelare') is an arrest; the prosecutors-general of a State
# issue national warrants, not the Court's.
@pytest.mark.parametrize("text", [
    "La Procura generale delle Filippine ha ordinato la custodia cautelare in carcere di Rodrigo Duterte.",
    "Il giudice di Manila ha disposto la custodia cautelare per Rodrigo Duterte.",
    "Nei confronti di Rodrigo Duterte è stata disposta la custodia cautelare in carcere a Manila.",
])
def test_a_custody_ordered_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language="it") == [(DUTERTE, "PHL", NEWS_DAY)]


@pytest.mark.parametrize("text", [
    "La Procura generale delle Filippine ha chiesto la custodia cautelare in carcere di Rodrigo Duterte.",
    "La custodia cautelare di Rodrigo Duterte potrebbe essere disposta a Manila.",
    "Rodrigo Duterte si trova attualmente in custodia cautelare a Manila dal 2019.",
])
def test_a_custody_asked_supposed_or_held_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language="it") == []


@pytest.mark.parametrize(("text", "language"), [
    ("El fiscal general de Filipinas emitió el miércoles una orden de detención contra Rodrigo Duterte.", "es"),
    ("La Fiscalía General de Filipinas emitió el miércoles una orden de detención contra Rodrigo Duterte.", "es"),
    ("O procurador-geral das Filipinas emitiu na quarta-feira um mandado de prisão contra Rodrigo Duterte.", "pt"),
    ("A Procuradoria-Geral das Filipinas emitiu na quarta-feira um mandado de prisão contra Rodrigo Duterte.", "pt"),
])
def test_a_prosecutor_generals_warrant_is_national(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "warrant_issued", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("La Corte Penal Internacional emitió el miércoles una orden de detención contra Rodrigo Duterte.", "es"),
    ("O Tribunal Penal Internacional emitiu na quarta-feira um mandado de prisão contra Rodrigo Duterte.", "pt"),
])
def test_the_courts_warrant_is_still_a_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "warrant_issued", language=language) == [(DUTERTE, None, "2025-03-12")]


# 6. One registry of families: every public pattern of the lexicon, wherever defined in it, is a family the data may extend.
def test_every_public_pattern_of_the_lexicon_is_a_family() -> None:
    import re

    from iccwatch.monitor import lexicon

    raw = [n for n, v in vars(lexicon).items() if n.isupper() and not n.startswith("_") and isinstance(v, re.Pattern)]
    assert raw == []
    for name, fam in lexicon.FAMILIES.items():
        assert getattr(lexicon, name) is fam, name


def test_each_family_named_in_the_data_is_read_where_the_rules_use_it(spec) -> None:  # noqa: ANN001
    import importlib
    import pkgutil

    import iccwatch.monitor
    from iccwatch.monitor import lexicon

    modules = [importlib.import_module(f"iccwatch.monitor.{m.name}") for m in pkgutil.iter_modules(iccwatch.monitor.__path__)
               if m.name.startswith(("rules_", "extract", "mentions", "dates"))]
    seen = 0
    for lang, words in spec.lexicon["languages"].items():
        with lexicon.reading(words):
            for name, patterns in words["families"].items():
                fam = lexicon.FAMILIES[name]
                added = fam._all()
                assert added is not None and len(added) == len(patterns), (lang, name)
                for mod in modules:  # a module that imported the family holds the family itself, not a copy of its English pattern
                    if hasattr(mod, name):
                        assert getattr(mod, name) is fam, (mod.__name__, name)
                seen += 1
    assert seen > 100


def test_a_family_the_code_does_not_know_is_an_error_naming_the_file_and_key() -> None:
    from iccwatch.errors import InputError
    from iccwatch.monitor.gazetteer import lexicon_from_lookups

    lookups = {"monitor_words": {"languages": {"fr": {"families": {"NO_SUCH_FAMILY": [{"pattern": "x", "reason": "r"}]}}}}}
    with pytest.raises(InputError, match=r"monitor_words\.yaml: languages\.fr\.families\.NO_SUCH_FAMILY: no trigger family"):
        lexicon_from_lookups(lookups)


def test_a_family_defined_late_in_the_lexicon_is_extended_by_the_data(spec) -> None:  # noqa: ANN001
    from iccwatch.monitor import lexicon

    # SINCE_ARREST and OTHER_COURT are defined after most patterns; the data's French words for them are read
    fr = spec.lexicon["languages"]["fr"]
    with lexicon.reading(fr):
        assert lexicon.SINCE_ARREST.search("Deux semaines après son ") is not None
    assert lexicon.SINCE_ARREST.search("Deux semaines après son ") is None


# 5. A hand-in to a State's police with no State in its sentence: the State of the sentence before, in the person's own
# paragraph, or of the dateline of the hand-in's paragraph.
@pytest.mark.parametrize("text", [
    "Rodrigo Duterte arrived in Manila on Tuesday. He handed himself over to the police on Wednesday.",
    "Rodrigo Duterte was seen in Manila on Tuesday. An official confirmed that Rodrigo Duterte had turned himself in to the "
    "authorities on Wednesday.",
    "MANILA (Reuters) - Rodrigo Duterte handed himself over to the police on Wednesday, officials said.",
])
def test_a_hand_in_takes_the_state_of_the_persons_paragraph(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language="en") == [(DUTERTE, "PHL", "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Omar al-Bashir was in Kenya on Monday.\n\nRodrigo Duterte handed himself over to the police on Wednesday.",
    "Omar al-Bashir was in Kenya on Monday. Rodrigo Duterte handed himself over to the police on Wednesday.",
    "NAIROBI (Reuters) - Omar al-Bashir was in Kenya on Monday.\n\nRodrigo Duterte handed himself over to the police on Wednesday.",
])
def test_another_persons_paragraph_gives_the_hand_in_no_state(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language="en") == [(DUTERTE, None, "2025-03-12")]


@pytest.mark.parametrize(("text", "language"), [
    ("A spokesman in Manila said the ministry had confirmed the arrest of Rodrigo Duterte.", "en"),
    ("Un portavoz en Manila dijo que la cancillería les había confirmado la detención de Rodrigo Duterte.", "es"),
])
def test_an_arrest_confirmed_in_the_pluperfect_is_not_read_as_announced(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []
