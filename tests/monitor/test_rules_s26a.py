"""Session 26 (issue 12): general readings written from the mechanisms behind the dev errors of batches 60-61 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast
that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.mentions import _join_ordinals

SHOIGU = "sergei-kuzhugetovich-shoigu"
GERASIMOV = "valery-vasilyevich-gerasimov"
NETANYAHU = "benjamin-netanyahu"




def _counted(spec, text: str, date: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return [(c.date, c.announced_count) for c in extract_candidates(doc, spec, mode="rules") if c.type == "joint_statement"]


# --- German: a preposition governing the crimes is no background warrant; the perfect with a long middle field ---------------

def test_a_german_warrant_whose_cause_comes_first(spec) -> None:  # noqa: ANN001
    # 'wegen' governs the crimes ('wegen mutmaßlicher Kriegsverbrechen in der Ukraine'), not the warrant; the participle that
    # closes the clause, eleven words after 'hat', tells the day's news
    text = ("Der Internationale Strafgerichtshof hat wegen mutmaßlicher Kriegsverbrechen in der Ukraine Haftbefehle gegen den "
            "früheren Verteidigungsminister Sergej Schoigu sowie den Generalstabschef Waleri Gerassimow erlassen.")
    got = _typed(spec, text, "2024-06-26", "warrant_issued")
    assert {p for p, _, _ in got} == {SHOIGU, GERASIMOV}
    assert {d for _, _, d in got} == {"2024-06-26"}


def test_a_german_warrant_recalled_after_its_preposition_stays_background(spec) -> None:  # noqa: ANN001
    # contrast: 'trotz' governs the warrant itself, with only an article, the Court's name and a date between
    text = "Schoigu reiste trotz eines vom IStGH im Juni 2024 erlassenen Haftbefehls nach Nordkorea."
    assert _typed(spec, text, "2025-03-10", "warrant_issued") == []


def test_crimes_against_humanity_before_the_warrant_are_its_cause(spec) -> None:  # noqa: ANN001
    # 'gegen die Menschlichkeit' is the crimes' name, not 'gegen die' + a warrant recalled
    text = "Der Strafgerichtshof hat wegen Verbrechen gegen die Menschlichkeit Haftbefehl gegen Waleri Gerassimow erlassen."
    assert [p for p, _, _ in _typed(spec, text, "2024-06-26", "warrant_issued")] == [GERASIMOV]


# --- a day written as a German ordinal ends no sentence; 'Das teilte … am Dienstag mit' dates the fact just told ------------

def test_a_german_ordinal_day_before_its_month_ends_no_sentence() -> None:
    text = "Das teilte das Gericht am Dienstag (25. Juni) in Den Haag mit. Danach folgte nichts."
    cut = text.index("Juni")
    spans = _join_ordinals([(0, cut - 1), (cut, text.index(" Danach")), (text.index("Danach"), len(text))], text)
    assert [text[a:b] for a, b in spans][0] == "Das teilte das Gericht am Dienstag (25. Juni) in Den Haag mit."


def test_a_number_closing_a_sentence_before_a_new_line_stays_cut() -> None:
    # contrast: a list's '3.' and a new line, or a word that is no month, joins nothing
    text = "Punkte 1. bis 3.\nJuni ist vorbei. Es gab 3. Runde."
    a = text.index("\n")
    assert len(_join_ordinals([(0, a), (a + 1, text.index(" Es")), (text.index("Es"), len(text))], text)) == 3


def test_the_announcement_sentence_dates_the_warrant_just_told(spec) -> None:  # noqa: ANN001
    # a page dated to its month: the next sentence tells, by 'Das', the day the Court made it known
    text = ("Der Internationale Strafgerichtshof hat Haftbefehle gegen den früheren Verteidigungsminister Sergej Schoigu "
            "erlassen. Das teilte das Gericht am Dienstag (25. Juni) in Den Haag mit.")
    assert [d for _, _, d in _typed(spec, text, "2024-06", "warrant_issued")] == ["2024-06-25"]


def test_a_sentence_that_tells_something_else_gives_no_day(spec) -> None:  # noqa: ANN001
    # contrast: the sentence after tells another act on its day; the warrant keeps the page's month
    text = ("Der Internationale Strafgerichtshof hat Haftbefehle gegen den früheren Verteidigungsminister Sergej Schoigu "
            "erlassen. Am Dienstag (25. Juni) besuchte der Präsident Berlin.")
    assert [d for _, _, d in _typed(spec, text, "2024-06", "warrant_issued")] == ["2024-06"]


# --- a State's own warrant is no warrant of the Court --------------------------------------------------------------------------

def test_a_state_issuing_warrants_is_a_domestic_warrant(spec) -> None:  # noqa: ANN001
    for text in ("Türkiye issues arrest warrants for Netanyahu and 36 other officials.",
                 "Turkish prosecutors have issued arrest warrants for Benjamin Netanyahu over the war in Gaza.",
                 "Moscow has issued an arrest warrant for the International Criminal Court prosecutor who sought Putin's arrest."):
        assert _typed(spec, text, "2025-11-07", "warrant_issued") == [], text


def test_the_court_issuing_warrants_with_a_state_named_is_still_the_courts(spec) -> None:  # noqa: ANN001
    # contrasts: the Court as the subject (a State after the verb, or placing the Court), and a State that only speaks
    for text in ("The ICC issues arrest warrants for Israel's Netanyahu.",
                 "Judges at the Netherlands-based court issued an arrest warrant for Benjamin Netanyahu on Thursday.",
                 "Israel said the International Criminal Court issued an arrest warrant for Benjamin Netanyahu on Thursday."):
        assert [p for p, _, _ in _typed(spec, text, "2024-11-21", "warrant_issued")] == [NETANYAHU], text


# --- a joint statement's count told as a share of the members, its day from the lead -----------------------------------------

def test_a_joint_statement_backed_by_a_share_of_the_members(spec) -> None:  # noqa: ANN001
    text = ("Most member states of the International Criminal Court defended the tribunal on Tuesday against threats of "
            "sanctions. A joint statement drafted by Mexico and Sierra Leone was backed by 71 out of 124 of the ICC's members, "
            "reaffirming their support for the court.")
    assert _counted(spec, text, "2025-02-11") == [("2025-02-11", 71)]


def test_the_court_s_membership_alone_is_no_count_and_an_old_day_is_not_taken(spec) -> None:  # noqa: ANN001
    # contrasts: the membership ('its 124 members') is not the count, and a lead about another day far back gives no day
    text = ("The states that founded the court defended it in July 1998 in Rome. A joint statement was issued in support of "
            "the court, whose 124 members met in The Hague.")
    got = _counted(spec, text, "2025-02-11")
    assert [n for _, n in got] == [None] and [d for d, _ in got] != ["1998-07"]


# --- a refusal told of a class of persons is no refusal for the person another clause names ---------------------------------

def test_a_refusal_to_surrender_any_of_its_nationals_names_no_one(spec) -> None:  # noqa: ANN001
    text = ("The Chamber noted that Sudan has consistently refused to surrender any of its nationals to the Court and that "
            "Omar al-Bashir continues to hold office.")
    assert _typed(spec, text, "2015-06-26", "refusal") == []


def test_a_refusal_to_surrender_the_person_still_counts(spec) -> None:  # noqa: ANN001
    # contrast: the person himself is the object of the refusal
    text = "Sudan has refused to surrender Omar al-Bashir to the International Criminal Court, its foreign minister said on Friday."
    assert [s for _, s, _ in _typed(spec, text, "2015-06-26", "refusal")] == ["SDN"]


# --- a surrender without its State takes the State the story places the person's detention in --------------------------------

def _surrenders(spec, body: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    title = "Laurent Gbagbo transféré à la CPI"
    doc = make_document(f"{title}\n\n{body}", title=title, date="2011-11-30")
    return {(c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == "surrender"}


def test_a_transfer_takes_the_state_of_the_detention(spec) -> None:  # noqa: ANN001
    body = ("Détenu depuis avril en Côte d'Ivoire, Laurent Gbagbo s'était vu notifier mardi un mandat d'arrêt de la Cour.\n\n"
            "La Cour pénale internationale a confirmé mercredi matin que l'ancien président ivoirien Laurent Gbagbo avait bien "
            "été transféré au centre de détention de La Haye.")
    assert _surrenders(spec, body) == {("laurent-koudou-gbagbo", "CIV")}


def test_detention_at_the_courts_seat_or_of_someone_else_places_nothing(spec) -> None:  # noqa: ANN001
    # contrasts: held at the Court's seat, and another person held in another State, give the transfer no State
    body = ("Charles Blé Goudé, détenu depuis janvier au Ghana, attend toujours.\n\n"
            "Laurent Gbagbo sera désormais détenu à La Haye.\n\n"
            "La Cour pénale internationale a confirmé mercredi matin que l'ancien président ivoirien Laurent Gbagbo avait bien "
            "été transféré au centre de détention de la Cour.")
    assert _surrenders(spec, body) == {("laurent-koudou-gbagbo", None)}
