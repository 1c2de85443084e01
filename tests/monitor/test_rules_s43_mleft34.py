"""Session 43 (issue 12, task mleft34): session 42's monitor leftovers (docs/monitor.md, "Session 42's leftovers (session 43)"),
each as a general shape in the languages the monitor reads where the shape exists there. Sentences written for the test; the
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# 1. A State's German name in the genitive ('Ungarns Regierung', 'der Austritt Burundis', 'Russlands Präsident'): German makes
#    the genitive of a State's name without an article by -s; read as the State in German documents.
@pytest.mark.parametrize(("text", "date", "kind", "fact"), [
    ("Ungarns Regierung weigert sich, den Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal",
     (NETANYAHU, "HUN", None)),
    ("Die Regierung Südafrikas weigerte sich, Omar al-Baschir festzunehmen.", "2015-06-15", "refusal", (BASHIR, "ZAF", None)),
    ("Das Parlament hat am Mittwoch den Austritt Burundis aus dem Internationalen Strafgerichtshof beschlossen.", "2016-10-13",
     "withdrawal_announced", (None, "BDI", "2016-10-12")),
])
def test_a_german_genitive_is_the_state(spec, text: str, date: str, kind: str, fact: tuple) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, kind, language="de") == [fact]


@pytest.mark.parametrize(("text", "date", "kind", "expected"), [
    # the traveller's State in the genitive is not the trip's destination
    ("Russlands Präsident Wladimir Putin reiste am Montag in die Mongolei.", "2024-09-03", "visit", [(PUTIN, "MNG", "2024-09-02")]),
    # a word that is no State's name in the genitive: a German Land ('Bayern'), a city ('Berlin')
    ("Bayerns Regierung weigert sich, den Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal", []),
    # a demand, not an announcement (test_negatives_s30), stays none with the State now read
    ("Eine Oppositionspartei fordert den Austritt Ungarns aus dem IStGH.", "2025-04-03", "withdrawal_announced", []),
    # a movement's campaign for the leaving (test_parity_s37's withdrawal~08) stays none with the State now read
    ("Eine nationalistische Bewegung kündigte am Dienstag an, für einen Austritt Ungarns aus dem IStGH zu werben.", "2025-04-03",
     "withdrawal_announced", []),
    # the refusal criticised by a third party (test_rules_s42_mleft33) stays background
    ("Außenministerin Annalena Baerbock kritisierte die Weigerung von Ungarns Ministerpräsident Viktor Orbán, den internationalen "
     "Haftbefehl gegen Benjamin Netanjahu zu vollstrecken.", "2025-04-03", "refusal", []),
])
def test_a_german_genitive_control(spec, text: str, date: str, kind: str, expected: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, kind, language="de") == expected


def test_the_genitive_is_german_only(spec) -> None:  # noqa: ANN001
    # English makes no genitive by a bare -s: 'Ungarns', 'Burundis' in an English page name nothing
    assert _typed(spec, "Burundis Regierung refused to arrest Omar al-Bashir.", "2016-10-13", "refusal", language="en") == []


def test_the_genitive_forms(spec) -> None:  # noqa: ANN001
    forms = spec.lexicon["german_genitives"]
    assert forms["Ungarns"] == "HUN" and forms["Burundis"] == "BDI" and forms["Russlands"] == "RUS"
    # a name ending in s, x or z makes its genitive otherwise ('von Belarus', 'der Schweiz'): no form from it
    assert not [f for f in forms if f[-2:-1] in ("s", "x", "z", "ß")]
    # … nor from another language's name: French 'Inde' would make 'Indes', a German word ('meanwhile')
    assert "Indes" not in forms and "Frankreichs" in forms
    assert "Berlins" not in forms


# 2. A refusal told as the ground of someone else's act ('criticou a Hungria pela sua recusa'): the critic is not the refusing
#    State. The ground tells the refusal by a noun or an infinitive; a refusal told by a finite verb after the same words ('por sua
#    vez recusou', 'for its part refused', 'Trotz der Kritik weigert sich') is the subject's own (the Portuguese article is
#    optional, so 'por' + any word before 'recusou' was read as a ground).
@pytest.mark.parametrize(("text", "language"), [
    ("A Hungria por sua vez recusou-se a prender Benjamin Netanyahu.", "pt"),
    ("A Hungria por isso recusa-se a prender Benjamin Netanyahu.", "pt"),
    ("Hungría por su parte se negó a detener a Benjamin Netanyahu.", "es"),
    ("La Hongrie pour sa part refuse d'arrêter Benjamin Netanyahou.", "fr"),
    ("Hungary for its part refused to arrest Benjamin Netanyahu.", "en"),
    ("Trotz der Kritik weigert sich Ungarn, Benjamin Netanjahu festzunehmen.", "de"),
    ("Nach dem Treffen weigerte sich die ungarische Regierung, Benjamin Netanjahu festzunehmen.", "de"),
    # (read before, kept) Italian, and adverbials set off by commas
    ("L'Ungheria per parte sua si è rifiutata di arrestare Benjamin Netanyahu.", "it"),
    ("Apesar da pressão, a Hungria recusa-se a prender Benjamin Netanyahu.", "pt"),
])
def test_a_finite_refusal_after_an_adverbial_is_the_subjects(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == [(NETANYAHU, "HUN", None)]


@pytest.mark.parametrize(("text", "language"), [
    ("A Alemanha criticou a Hungria pela sua recusa em cumprir o mandado de detenção contra Benjamin Netanyahu.", "pt"),
    ("A Alemanha criticou a Hungria por sua recusa em prender Benjamin Netanyahu.", "pt"),
    ("A Alemanha criticou a Hungria pela recusa em prender Benjamin Netanyahu.", "pt"),
    ("A Alemanha criticou a Hungria por recusar-se a prender Benjamin Netanyahu.", "pt"),
    ("A Alemanha criticou a Hungria por ter se recusado a prender Benjamin Netanyahu.", "pt"),
    ("Alemania criticó a Hungría por su negativa a detener a Benjamin Netanyahu.", "es"),
    ("Alemania criticó a Hungría por haberse negado a detener a Benjamin Netanyahu.", "es"),
    ("L'Allemagne a critiqué la Hongrie pour son refus d'exécuter le mandat d'arrêt contre Benjamin Netanyahou.", "fr"),
    ("L'Allemagne a critiqué la Hongrie pour avoir refusé d'arrêter Benjamin Netanyahou.", "fr"),
    ("La Germania ha criticato l'Ungheria per il suo rifiuto di arrestare Benjamin Netanyahu.", "it"),
    ("La Germania ha criticato l'Ungheria per aver rifiutato di arrestare Benjamin Netanyahu.", "it"),
    ("Deutschland kritisierte Ungarn für seine Weigerung, Benjamin Netanjahu festzunehmen.", "de"),
    ("Germany criticised Hungary over its refusal to arrest Benjamin Netanyahu.", "en"),
    ("Germany criticised Hungary for having refused to arrest Benjamin Netanyahu.", "en"),
])
def test_a_refusal_as_the_ground_of_a_criticism_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == []


# 4. A trip whose sentence names no place but names its host by a head of State's office and the State's demonym: the demonym's
#    State is the destination.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin accepted an invitation from Mongolian President Ukhnaa Khurelsukh to visit next Tuesday.", "en"),
    ("Vladimir Poutine effectuera mardi prochain une visite d'État à l'invitation du président mongol Ukhnaa Khurelsukh.", "fr"),
    ("Vladimir Putin realizará el martes una visita de Estado por invitación del presidente mongol Ukhnaa Khurelsukh.", "es"),
    ("Wladimir Putin wird am Dienstag auf Einladung des mongolischen Präsidenten Uchnaagiin Chürelsüch zu einem Staatsbesuch "
     "reisen.", "de"),
    ("Vladimir Putin compirà martedì una visita di Stato su invito del presidente mongolo Ukhnaa Khurelsukh.", "it"),
    ("Vladimir Putin fará na terça-feira uma visita de Estado a convite do presidente mongol Ukhnaa Khurelsukh.", "pt"),
])
def test_the_host_named_by_demonym_and_office_is_the_destination(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-29", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    # the host is the one who travels
    ("The Mongolian President will pay a visit to Vladimir Putin next Tuesday.", "en"),
    ("Le président mongol rendra visite à Vladimir Poutine mardi prochain.", "fr"),
    # a place named: the host is a guest there
    ("Vladimir Putin will host the Mongolian President in Moscow next Tuesday.", "en"),
    ("Wladimir Putin wird am Dienstag in Moskau den mongolischen Präsidenten empfangen.", "de"),
    # no trip: a call
    ("Vladimir Putin spoke by phone with the Mongolian President on Tuesday.", "en"),
    ("Vladimir Putin habló el martes por teléfono con el presidente mongol.", "es"),
    # the demonym with another noun than a head's office
    ("Vladimir Putin will make a state visit next Tuesday, Mongolian media reported.", "en"),
    # no word of hosting: the office-holder met or accompanied, anywhere
    ("Vladimir Putin will attend the summit with the Mongolian President next Tuesday.", "en"),
    ("Vladimir Poutine participera mardi prochain au sommet avec le président mongol.", "fr"),
])
def test_the_host_named_by_demonym_and_office_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    facts = _typed(spec, text, "2024-08-29", "planned_visit", language=language) + \
        _typed(spec, text, "2024-08-29", "visit", language=language)
    assert [f for f in facts if f[1] == "MNG"] == []


# 3. A photo caption's or agency's head ('03.04.2025, Ungarn, Budapest: ', 'Budapest, Hungary, April 3, 2025: ', 'BUDAPEST
#    (HUNGRÍA), 03/04/2025.- '): a dateline, where the picture was taken or the story filed; the fact's place only when its
#    sentence names none (then a caption that alone tells an arrival is a visit there).
@pytest.mark.parametrize(("text", "language"), [
    ("03.04.2025, Ungarn, Budapest: Benjamin Netanjahu ist am Donnerstag eingetroffen.", "de"),
    ("Budapest, Hungary, April 3, 2025: Benjamin Netanyahu arrived on Thursday.", "en"),
])
def test_a_caption_alone_telling_an_arrival_is_a_visit_there(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("03.04.2025, Ungarn, Budapest: Benjamin Netanjahu wird am Montag nach Washington reisen.", "de"),
    ("Budapest, Hungary, April 3, 2025: Benjamin Netanyahu will travel to Washington on Monday.", "en"),
    ("BUDAPEST (HUNGRÍA), 03/04/2025.- Benjamin Netanyahu viajará el lunes a Washington. EFE/Szilard Koszticsak", "es"),
])
def test_a_captions_place_is_not_the_place_the_sentence_names(spec, text: str, language: str) -> None:  # noqa: ANN001
    facts = _typed(spec, text, "2025-04-03", "planned_visit", language=language) + \
        _typed(spec, text, "2025-04-03", "visit", language=language)
    assert [s for _, s, _ in facts] == ["USA"]


def test_a_caption_head_is_a_dateline() -> None:
    from iccwatch.monitor.lexicon import DATELINE

    for head in ("03.04.2025, Ungarn, Budapest: ", "Budapest, Hungary, April 3, 2025: ", "BUDAPEST (HUNGRÍA), 03/04/2025.- ",
                 "Budapest, 03/04/2025: "):
        m = DATELINE.match(head + "Der Text.")
        assert m is not None and m.end() == len(head), head
    # a time stamp, a sentence with a colon: no dateline
    for line in ("03.04.2025, 21:56 Uhr", "Hungary said on Thursday: we will not arrest him."):
        m = DATELINE.match(line)
        assert m is None or m.end() < 12, line


def test_the_host_named_by_demonym_and_office_of_an_undated_trip_recalled(spec) -> None:  # noqa: ANN001
    # a trip made, told with no day and no place ("during a state visit"), in a later page: a trip recalled, not the page's day's
    text = ("The Israeli leader Benjamin Netanyahu received a red carpet welcome from Hungarian Prime Minister Viktor Orbán during a "
            "state visit, in defiance of an ICC arrest warrant.")
    assert _typed(spec, text, "2025-07-25", "visit", language="en") == []


# 5. A trip to come told with no time of its own ("in the coming weeks") is read undated (None); the set labels such a plan to
#    the month it was told in ("reported as planned, without a date (written to the month)"): the scoring accepts the undated
#    candidate for a month label that holds the page's date, and nothing else.
def _candidate(kind: str, date: str | None):  # noqa: ANN202
    from iccwatch.monitor.extract import Candidate, Evidence

    return Candidate(id="c", document="d", type=kind, person=PUTIN, state="VNM", date=date,
                     evidence=Evidence(sentence="s", start=0, end=1), confidence=0.5, method="test")


@pytest.mark.parametrize(("kind", "date", "label", "told", "ok"), [
    ("planned_visit", None, "2024-06", "2024-06-10", True),
    ("planned_visit", None, ["2024-06", "2024-07"], "2024-06-10", True),
    ("planned_visit", None, "2024-06", "2024-06", True),  # a page known to its month
    ("planned_visit", None, "2024-07", "2024-06-10", False),  # another month than the telling's
    ("planned_visit", None, "2024-06-20", "2024-06-10", False),  # a label to the day: the text gives one
    ("planned_visit", None, "2024", "2024-06-10", False),  # a year is no month
    ("planned_visit", None, "2024-06", None, False),  # no page date known
    ("visit", None, "2024-06", "2024-06-10", False),  # another type
    ("planned_visit", "2024-06-20", "2024-06", "2024-06-10", True),  # (as before) a day within the month
    ("planned_visit", "2024-07-02", "2024-06", "2024-06-10", False),
])
def test_an_undated_plan_and_a_label_to_the_month_it_was_told(kind: str, date: str | None, label, told, ok: bool) -> None:  # noqa: ANN001
    from iccwatch.monitor.evaluate import _matches

    e = {"type": kind, "person": PUTIN, "state": "VNM", "date": label}
    assert _matches(_candidate(kind, date), e, None, told) is ok


def test_an_undated_plan_is_read_undated(spec) -> None:  # noqa: ANN001
    # the tool keeps the plan undated: nothing in the sentence dates the trip or its telling
    text = "Vladimir Putin will travel to Vietnam in the coming weeks, the ambassador said."
    assert _typed(spec, text, "2024-06-10", "planned_visit", language="en") == [(PUTIN, "VNM", None)]
