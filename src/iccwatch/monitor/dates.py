"""Dates in news text, resolved against the document's own date.

Absolute dates ("3 September 2024", "September 3", "2024-09-03"), month mentions ("in March"),
weekdays ("on Monday": the latest such day on or before the document date when the sentence speaks of
the past, the next one after it when it speaks of the future), and relative expressions ("yesterday",
"next week", "last month"). Weeks and months give only YYYY-MM.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from iccwatch.monitor.lexicon import NUMBER_WORDS, compiled_words, language_words
from iccwatch.monitor.relative_dates import counted_back

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH_NAME = r"(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?(?![^\W\d_])"
FUTURE = re.compile(r"\b(will|would|shall|is to|are to|is due|are due|is expected|are expected|plans?|planning|planned|scheduled|"
                    r"upcoming|next|intends?|is set to|are set to|to visit|to travel|to attend|to fly|invited|"
                    # (session 47, mleft39) an event's present set for a day: "the visit takes place on 3 September" (a date without
                    # its year after the page's day is in the page's year, as 'erfolgt am 3. September', 'a lieu le 3 septembre')
                    r"takes place|take place)\b", re.I)


#: The days of a month's part: early (the beginning, the start), mid (the middle), late (the end: to the month's last day).
MONTH_PARTS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                                                  "late": (21, None), "end": (21, None)}


LOCAL_FUTURE = re.compile(r"\b(will|would|shall|due|expected|scheduled|plans?|planning|set to|is to|are to|to (?:fly|travel|visit|attend|arrive|meet|leave)|until|"
                          # a departure in the simple present is one scheduled: "heads to Mongolia on Thursday", "departs for …"
                          r"(?:heads|departs|leaves|sets off|flies)\s+(?:to|for)\b|"
                          # (session 44, mnews142) and a journey in the simple present: "travels to North Korea on Tuesday",
                          # "visits North Korea on Tuesday" (the weekday right after the place)
                          r"travels\s+to\b|visits(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:on\s+|this\s+|next\s+)?$)|"
                          # a journey in the present progressive is one arranged: "is travelling to Mongolia on Monday" (not "is
                          # visiting", "is attending": a stay under way)
                          r"(?:is|are)\s+(?:travell?ing|flying|heading|leaving|departing|coming|going)\s+(?:to|for|back)\b|"
                          # (session 47, mleft39) and an event's present set for a day ("the visit takes place on 3 September")
                          r"(?:begins|starts|opens|convenes|kicks off|takes place|take place))\b[^.]*$", re.I)
#: (session 47, mleft39) An attribution set between commas ("…, according to the Kremlin, …", "…, as reported by Tass, …"): taken out
#: of the words before a weekday before their tense is read.
ATTRIBUTION_IN_CLAUSE = re.compile(r",\s*(?:according\s+to|as\s+(?:reported|announced|confirmed)\s+by)\s+[^,;.()]{1,50},", re.I)
#: The purpose of a trip told after it, with the weekday closing the purpose's clause: "have arrived at the gate to watch a
#: military parade Wednesday" (the parade is to come: the Wednesday after, whatever the tense of the arrival before it).
PURPOSE = re.compile(r"\bto (?:watch|witness|see|observe|review|join|mark|celebrate|take part in|participate in)\b(?P<rest>[^.,;]*)$", re.I)
#: (not a participle after "be": "the summit will be held on 29 October", "is to be sworn in on" are to come, session 27)
#: (session 40, mleft29) not a trip awaited in a place, told in the past ("was expected in Mongolia on Tuesday", "were due in
#: Ulaanbaatar on Tuesday"): the day told is the trip's to come, as French 'était attendu jeudi en Russie'
LOCAL_PAST = re.compile(r"\b(?<!\bbe )((?!(?:scheduled|expected|slated|planned)\b)\w+ed|(?:was|were)(?!\s+(?:due|expected)\s+in\s+(?-i:[A-Z]))|had|met|held|flew|left|went|came|took|spent|said|told|began|arrived|landed)\b[^,;]*$", re.I)


#: A past act denied up to the time told next ("did not arrive in Budapest until", "was not arrested until", "hadn't landed
#: until"): that time is the late one it happened at, a day past, not a time to come (session 32).
NOT_UNTIL = re.compile(r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|had\s+not|hadn['’]t)\s+[^.;:]{0,80}?"
                       r"\buntil\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


#: The tense of the clause a weekday closes, read further back than LOCAL_FUTURE/LOCAL_PAST when the words just before
#: it tell none ("is scheduled to embark on a two-day state visit to North Korea on Tuesday", "will leave, Tuesday, to
#: Jordan"): the later of the last future marker and the last past-tense verb before the weekday decides.
CLAUSE_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|(?:is|are) (?:due|expected|scheduled|set|slated) to|plans? to|planning to|"
                           r"to (?:embark|travel|visit|attend|fly|leave|depart|arrive|head|pay|make|hold|open|take part|participate))\b", re.I)
CLAUSE_PAST = re.compile(r"\b(?:was|were|had|did|(?!(?:scheduled|expected|slated|planned)\b)\w+ed|met|held|flew|left|went|came|took|spent|said|told|"
                         r"began|arrived|landed)\b", re.I)


#: A relative clause opened after a comma and still open (no comma, stop or semicolon since): "X, who was surrendered " (session 30).
RELATIVE_OPEN = re.compile(r",\s*(?:who|whom|which|that)\b[^,;.]*$", re.I)


#: (session 37) A relative clause still open at a weekday, opened by "who", "whom" or "which" with or without the comma before it
#: ("Lawyer X who surrendered to the Court on Monday, is expected to appear today", "X, who was handed over on Tuesday, will
#: appear"): the clause's own verb tells the day's tense, not the main verb after the comma that closes it.
RELATIVE_AT_DAY = re.compile(r"(?:,\s*|\b)(?:who|whom|which)\b(?P<clause>[^,;.]*)$", re.I)


def _past_relative(s: str, m: re.Match[str]) -> bool:
    """True when the weekday ``m`` closes a relative clause (a comma right after it) whose own verb is past and which tells no
    time to come (``RELATIVE_AT_DAY``)."""
    rel = RELATIVE_AT_DAY.search(s[: m.start()])
    if rel is None or not re.match(r"\s*,", s[m.end():]):
        return False
    clause = rel.group("clause")
    return bool(CLAUSE_PAST.search(clause)) and not CLAUSE_FUTURE.search(clause) and not FUTURE_AFTER_PAST.search(clause)


#: (session 29) A weekday in a clause that tells a done act by its noun after "following" or "after": "following his transfer
#: to international custody on Tuesday", "after her arrest on Friday" (the act is past, whatever the main verb's tense).
AFTER_ACT = re.compile(r"\b(?:following|after)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:transfer|arrest|surrender|arrival|handover|hand-over|"
                       r"extradition|capture)\b[^,;.]*$", re.I)


#: A future told after the last past verb of the clause ("said Putin will travel", "announced that he is due to fly"): the
#: past verb reports, the clause speaks of what is to come.
#: (also a future in the past, "announced that X would visit Mongolia on September 3", and a trip still to make after the past verb,
#: "accepted an invitation to visit Mongolia in September", "intends to go")
FUTURE_AFTER_PAST = re.compile(r"\b(?:will|shall|would|(?:is|are) (?:due|expected|scheduled|set|slated|to)\b|plans? to|planning to|intends? to|"
                               r"invitation to|to (?:visit|travel|attend|fly|go|come|arrive|land)\b)", re.I)
PAST_WORD = re.compile(r"\b(?<!\bbe )(?:\w+ed|was|were|had|met|held|flew|left|went|came|took|spent|said|told|began|arrived|landed)\b", re.I)


#: (session 37) A past permission and the infinitive it governs, the object between ("allowed X to fly out", "permitted him to
#: leave", "enabled the suspect to travel home"): the act let happen is past too; a date after it is not one to come.
PERMITTED_ACT = re.compile(r"\b(?:allowed|permitted|enabled|helped|forced)\s+(?:[\w'’.-]+\s+){0,6}?to\s+(?:visit|travel|attend|fly|go|come|"
                           r"arrive|land|leave|depart|return|exit|escape)\b[^,;:.!?]{0,60}$", re.I)


def _last_past(before: str, first: int) -> int:
    """The end of the last past-tense word in ``before`` from ``first`` on (``first``: where LOCAL_PAST found one)."""
    end = first
    for w in PAST_WORD.finditer(before, first):
        end = w.end()
    return end


@dataclass(frozen=True)
class Found:
    date: str
    end_date: str | None
    start: int
    end: int


def _ym(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _weekend(ref: dt.date, offset: int) -> dt.date:
    """The Saturday of the weekend ``offset`` weekends from ``ref``'s own (a Saturday or Sunday's own weekend is 0)."""
    sat = ref + dt.timedelta(days=5 - ref.weekday()) if ref.weekday() <= 5 else ref - dt.timedelta(days=1)
    return sat + dt.timedelta(days=7 * offset)


def _month_shift(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _infer_year(month: int, day: int | None, ref: dt.date | None, future: bool) -> int | None:
    if ref is None:
        return None
    y = ref.year
    probe = safe_date(y, month, day or 1)
    if probe is None:
        return y
    if future and probe < ref - dt.timedelta(days=31):
        return y + 1
    if not future and probe > ref + dt.timedelta(days=31):
        return y - 1
    return y




def _add_counted_back(got: tuple[str, dt.date] | None, ref: dt.date, exact: bool, add: Any, m: re.Match[str]) -> None:
    """A time counted back (``relative_dates.counted_back``) as the date it gives: days and weeks their day (a page dated only
    to its month: that month, its day being no day the page names), months their month, years their year (session 29: "visited
    Mongolia two years ago" was dated by the document, a trip of the day)."""
    if got is None:
        return
    unit, back = got
    add(f"{back.year:04d}" if unit == "year" else _ym(back) if unit == "month" else back.isoformat() if exact else _ym(ref), None, m)


def _alternation(names: Any) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


#: The rest of an opening clause after its weekday, to the comma that ends it ("Before departing for A on Sunday, …").
OPENING_REST = re.compile(r"[^,.;:]{0,40},")
#: (session 30) The words that open a relative clause after a comma, in the languages read (where, who, which …): such a
#: clause is no sentence's main clause.
RELATIVE_AFTER = re.compile(r"\s*(?:where|who|whom|which|où|dont|qui|lequel|laquelle|donde|adonde|quien|quienes|el\s+cual|"
                            r"la\s+cual|wo|dove|cui|il\s+quale|la\s+quale|onde|aonde|o\s+qual|a\s+qual)\b", re.I)


#: (session 38) The words that may open a sentence before its weekday: up to two ('Am Dienstag', 'Am Dienstagabend'), no clause's break.
OPENING_WORDS = re.compile(r"\W*(?:[^\W\d_]+\s+){0,2}")


def _opening_main_ahead(s: str, m: re.Match[str], ahead: Any, past: Any) -> bool:
    """True when the weekday ``m`` stands in a sentence's opening clause (no comma and no verb of tense before it) and the main
    clause after that clause's comma speaks of what is to come before any past verb ("Before departing for Mongolia on Sunday,
    X will meet …": the Sunday to come; "…, X met …": the one before; session 29). ``ahead`` and ``past`` are the patterns of
    a future and of a past verb (``past`` None: the language's future words alone decide)."""
    if re.search(r"[,;:]", s[: m.start()]):
        return False
    rest = OPENING_REST.match(s, m.end())
    if rest is None:
        return False
    main = s[rest.end(): rest.end() + 100]
    main = main[: _clause_stop(main)]
    if RELATIVE_AFTER.match(main):
        # (session 30) a relative clause after the comma is no main clause: "X foi transferido na terça-feira para Haia, onde
        # responderá por crimes": its future tells what follows the act, not the act's day
        return False
    f = ahead.search(main)
    if f is None:
        return False
    p = past.search(main) if past is not None else None
    return p is None or p.start() > f.start()


def _clause_stop(text: str) -> int:
    stop = re.search(r"[.;]", text)
    return stop.start() if stop else len(text)


def _other_language(s: str, ref: dt.date | None, exact: bool, words: dict[str, Any], add: Any, fut: Any) -> None:
    """The dates of a sentence in another language the monitor reads (data/lookups/monitor_words.yaml; months from the
    CLDR through question_months.yaml): '23 janvier 2019', 'le 1er juillet', '17 de marzo de 2023', 'en mars 2023', 'lundi',
    'el pasado lunes', 'hier', 'ayer'. A weekday is the latest such day unless the words before it tell a future (the
    language's ``future``), or it says next or last."""
    months: dict[str, int] = words.get("months") or {}
    future_words = words.get("future")
    # the language's words for a time to come, before a date in the same sentence (a weekday's and a date without its year)
    future_before = compiled_words(rf"(?:{future_words})[^.]*$") if future_words else None
    # (session 30) … or after it, where the language ends a clause with its verb ('…, dass X am Freitag in die Mongolei reisen
    # wird'): the rest of the clause from the date on (the language's ``future_after``, matched at the date's end)
    future_after = compiled_words(words["future_after"]) if words.get("future_after") else None

    # (session 32) a past act denied up to the time after it ('no llegó … hasta', 'non è arrivato … fino a'): the words before a
    # weekday that make it a day already past, whatever the language's ``future`` words say of 'hasta'
    late_until = compiled_words(rf"(?:{words['late_until']})\s*$") if words.get("late_until") else None
    # (session 40, mnews131) a day an act is set for, its preposition right before the weekday ('für Mittwoch angekündigt',
    # 'annoncée pour mercredi', 'prevista para el miércoles'): the day to come, whatever the tense of the participle before
    day_for = compiled_words(rf"\b(?:{words['day_for']})\s+$") if words.get("day_for") else None

    def told_ahead_after(m: re.Match[str]) -> bool:
        return future_after is not None and future_after.match(s, m.end()) is not None

    # (session 35) a weekday told right after a verb of saying (the language's REPORTED_DAY family: 'La Hongrie va quitter la
    # CPI, a déclaré jeudi le gouvernement', 'anunció el jueves el Gobierno'): the day it was said, already past, whatever the
    # future of what was said, as English reads "…, the government said on Thursday"
    said = [compiled_words(p) for p in ((words.get("families") or {}).get("REPORTED_DAY") or [])]

    def said_on(m: re.Match[str]) -> bool:
        return any(t.search(s[max(0, m.start() - 70): m.start()]) for t in said)

    def ahead(m: re.Match[str]) -> bool:
        # a day or month without its year told in a clause to come in the language's own words ('doit se rendre en Mongolie le
        # 3 septembre', 'tiene previsto visitar Mongolia el 3 de septiembre'), as English's "will travel … on September 3" is
        # (session 29: read only by the English words before, such a date fell in the year before)
        return bool(fut(m) or (future_before is not None and future_before.search(s[max(0, m.start() - 80): m.start()]))
                    or told_ahead_after(m))

    if months:
        month = rf"({_alternation(months)})(?![^\W\d_])"
        # (session 35) two days of one month told as a span in the language's words ('du 26 au 27 février', 'dal 26 al 27
        # febbraio', 'vom 8. bis 10. Oktober'), as English reads "from 2 to 4 September": the first day, the last its end;
        # (session 43, mnews139) the two days joined by a slash too ('am 4./5. Dezember', 'les 4/5 décembre')
        range_to = words.get("range_to") or ""
        if range_to:
            for m in re.finditer(rf"\b(\d{{1,2}})(?:er|º|°|o|\.)?\s*(?:[-–/]|\b(?:{range_to})\b)\s*(\d{{1,2}})(?:er|º|°|o|\.)?\s+"
                                 rf"(?:de\s+)?{month}(?:\s+(?:de\s+|del\s+)?(\d{{4}}))?", s, re.I):
                mo = months[m.group(3).lower()]
                year = int(m.group(4)) if m.group(4) else _infer_year(mo, int(m.group(1)), ref, ahead(m))
                first, last = (safe_date(year, mo, int(m.group(1))), safe_date(year, mo, int(m.group(2)))) if year else (None, None)
                add(first.isoformat() if first else None, last.isoformat() if last else None, m)
        for m in re.finditer(rf"\b(\d{{1,2}})(?:er|º|°|o|\.)?\s+(?:de\s+)?{month}(?:\s+(?:de\s+|del\s+)?(\d{{4}}))?", s, re.I):
            mo = months[m.group(2).lower()]
            year = int(m.group(3)) if m.group(3) else _infer_year(mo, int(m.group(1)), ref, ahead(m))
            d = safe_date(year, mo, int(m.group(1))) if year else None
            add(d.isoformat() if d else None, None, m)
        for m in re.finditer(rf"{month}\s+(?:de\s+|del\s+)?(\d{{4}})\b", s, re.I):
            add(f"{int(m.group(2)):04d}-{months[m.group(1).lower()]:02d}", None, m)
        before = words.get("month_before") or ""
        if before:
            for m in re.finditer(rf"(?:{before})\s*{month}(?!\s+(?:de\s+|del\s+)?\d{{4}})", s, re.I):
                mo = months[m.group(m.lastindex or 1).lower()]
                year = _infer_year(mo, None, ref, ahead(m))
                if year:
                    add(f"{year:04d}-{mo:02d}", None, m)
    if ref is None:
        return
    for pattern, days in words.get("relative_days") or []:
        for m in compiled_words(pattern).finditer(s):
            add((ref + dt.timedelta(days=days)).isoformat() if exact else _ym(ref), None, m)
    for pattern, weeks in words.get("relative_weeks") or []:
        # 'la semaine prochaine', 'in der kommenden Woche', 'na próxima semana': the month of the week told, as English reads
        # "next week" (a page dated only to its month: that month, as a weekday gives)
        for m in compiled_words(pattern).finditer(s):
            add(_ym(ref + dt.timedelta(days=7 * weeks)) if exact else _ym(ref), None, m)
    for pattern, weekends in words.get("relative_weekends") or []:
        # (session 34) 'el fin de semana pasado', 'le week-end dernier', 'lo scorso fine settimana': the Saturday and Sunday of
        # the weekend told, as English reads "last weekend" (a page dated only to its month: that month)
        for m in compiled_words(pattern).finditer(s):
            if exact:
                sat = _weekend(ref, weekends)
                add(sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), m)
            else:
                add(_ym(ref), None, m)
    for pattern, unit, offset in words.get("relative_periods") or []:
        # 'le mois prochain', 'el año pasado', 'im vergangenen Jahr': that month or year, as English reads "next month", "last
        # year" (session 29)
        for m in compiled_words(pattern).finditer(s):
            add(_ym(_month_shift(ref, offset)) if unit == "month" else str(ref.year + offset), None, m)
    months_told: dict[str, int] = words.get("months") or {}
    if months_told and words.get("last"):
        # (session 39, mtrap27) a month told by the language's "last" ('el pasado octubre', 'lo scorso ottobre', 'im vergangenen
        # Oktober', 'octobre dernier'): the latest such month before the document's month, as English reads "last October"
        names, last_told = _alternation(months_told), words["last"]
        for m in re.finditer(rf"\b(?:{last_told})\s+({names})(?![^\W\d_])(?!\s+(?:de\s+)?\d)|\b({names})\s+(?:{last_told})(?![^\W\d_])", s, re.I):
            mo = months_told[(m.group(1) or m.group(2)).lower()]
            add(f"{ref.year if mo < ref.month else ref.year - 1:04d}-{mo:02d}", None, m)
    if words.get("ago"):
        # 'il y a trois jours', 'hace dos semanas', 'vor einem Monat': counted back by dateparser (relative_dates), as English's
        # 'three days ago' is: days and weeks the day (a page dated only to its month: that month), months the month
        for m in compiled_words(words["ago"]).finditer(s):
            _add_counted_back(counted_back(m.group(0), words.get("code") or "en", ref, words.get("numbers")), ref, exact, add, m)
    if words.get("day_of_month"):
        # (session 34) a day of the month told by its number alone ('no último dia 27', 'el pasado día 27', 'le 27 dernier'): that day
        # of the document's month, or of the month before when it is later than the document's day (a page dated only to its
        # month: that month's day), as English reads "on the 8th"
        for m in compiled_words(words["day_of_month"]).finditer(s):
            day = int(re.findall(r"\d{1,2}", m.group(0))[-1])
            base = ref if not exact or day <= ref.day else _month_shift(ref, -1)
            d = safe_date(base.year, base.month, day)
            add(d.isoformat() if d else None, None, m)
    if words.get("next_day_of_month"):
        # (session 35) a day of the month to come told by its number alone ('o próximo dia 03', 'el próximo día 3'): that day of the
        # document's month, or of the month after when it is earlier than the document's day (a page dated only to its month:
        # that month's day)
        for m in compiled_words(words["next_day_of_month"]).finditer(s):
            day = int(re.findall(r"\d{1,2}", m.group(0))[-1])
            base = ref if not exact or day >= ref.day else _month_shift(ref, 1)
            d = safe_date(base.year, base.month, day)
            add(d.isoformat() if d else None, None, m)
    weekdays: dict[str, int] = words.get("weekdays") or {}
    if not weekdays:
        return
    last_words, nxt, future = words.get("last") or "(?!x)x", words.get("next") or "(?!x)x", words.get("future") or "(?!x)x"
    # (session 29) a part of the day joined to the weekday as one word, where the language writes it so ('Donnerstagnachmittag',
    # 'Montagabend': the language's ``weekday_parts``)
    parts = words.get("weekday_parts") or ""
    weekday_re = rf"\b({_alternation(weekdays)})" + (rf"(?:{parts})?" if parts else "") + r"(?![^\W\d_])"
    for m in re.finditer(rf"(?:\b({last_words})\s+)?{weekday_re}(?:\s+({last_words}|{nxt})\b)?", s, re.I):
        wd = weekdays[m.group(2).lower()]
        if months and not m.group(1) and not m.group(3) and \
                re.match(rf"\s*,?\s*\d{{1,2}}(?:er|º|°|o|\.)?\s+(?:de\s+)?(?:{_alternation(months)})(?![^\W\d_])", s[m.end():], re.I):
            continue  # "ce mercredi 12 décembre 2018", "el miércoles 12 de diciembre": the weekday of the date told right after it
        which = "last" if m.group(1) or (m.group(3) and compiled_words(rf"^(?:{last_words})$").match(m.group(3))) else "next" if m.group(3) else ""
        paren = None if m.group(3) else (re.match(r"\s*\((\d{1,2})(?:/(\d{1,2}))?(?:\s*,[^()]{1,25})?\)", s[m.end():])
                                         # (session 38) the day set off by commas instead ("nesta quinta-feira, 3, que iniciará"):
                                         # the same number, the same reading (no month in it: the second group empty)
                                         or re.match(r"\s*,\s*(\d{1,2})()\s*,(?!\s*\d)", s[m.end():]))
        if paren:
            # "nesta sexta-feira (17)": the day of the month in brackets after the weekday (the Brazilian press's way), the day
            # of that number nearest the document's (within a month either side) that falls on that weekday (session 29)
            # (a page dated only to its month: that month's day, when it falls on that weekday); session 35: the bracket may
            # hold the month ('(18/11)': only a day of that month) or a short remark after a comma ('(3, data local)')
            told = [d for k in ((0, -1, 1) if exact else (0, -1, 1) if paren.group(2) else (0,))
                    for first in [_month_shift(ref.replace(day=1), k)]
                    for d in [safe_date(first.year, first.month, int(paren.group(1)))]
                    if d is not None and d.weekday() == wd and (not paren.group(2) or d.month == int(paren.group(2)))]
            if told:
                add(min(told, key=lambda d: abs((d - ref).days)).isoformat(), None, m)
                continue
        if not exact:
            add(_ym(ref), None, m)
            continue
        local_future = bool(future_before is not None and future_before.search(s[max(0, m.start() - 60): m.start()]))
        if not which and day_for is not None and day_for.search(s[max(0, m.start() - 30): m.start()]):
            local_future = True
        if local_future and late_until is not None and late_until.search(s[max(0, m.start() - 100): m.start()]):
            local_future = False  # (session 32) 'no llegó a Budapest hasta el martes': the late day a past act happened
        if not local_future and not which:
            local_future = _opening_main_ahead(s, m, compiled_words(rf"(?:{future})"), None) or told_ahead_after(m)
        if not local_future and not which and OPENING_WORDS.fullmatch(s[: m.start()]) and \
                compiled_words(rf"\s*(?:{future})").match(s, m.end()):
            # (session 38) a weekday opening the sentence, the finite verb of a future right after it (German's verb second: 'Am
            # Dienstag wird X in der Mongolei erwartet'): the day to come, as 'X wird am Dienstag … erwartet' is read
            local_future = True
        if local_future and said_on(m):
            local_future = False  # (session 35) '…, a déclaré jeudi le gouvernement': the day it was said
        if wd == ref.weekday() and not which:
            add(ref.isoformat(), None, m)
            continue
        if which == "next" or (local_future and which != "last"):
            d = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        else:
            d = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or (7 if which == "last" else 0))
        add(d.isoformat(), None, m)
    year_before = words.get("year_before") or ""
    if year_before:
        for m in re.finditer(rf"(?:{year_before})\s+((?:19|20)\d{{2}})\b(?![-/]\d)", s, re.I):
            add(m.group(m.lastindex or 1), None, m)


def find_dates(sentence: str, ref: dt.date | None, exact: bool = True) -> list[Found]:
    """Every date expression in ``sentence`` resolved against ``ref`` (the document's date). When the
    document is dated only to its month (``exact`` false), a weekday, "yesterday" or "last week" gives that month."""
    s = sentence
    sentence_future = bool(FUTURE.search(s))
    out: list[Found] = []

    def fut(m: re.Match[str]) -> bool:
        # "travelled to Kampala in May to attend …": the verb before the date tells its tense, not a
        # later "to attend"
        # (a past verb that only reports, with a future after it, does not: "the Kremlin said Putin will travel … on
        # September 3")
        before = s[max(0, m.start() - 60): m.start()]
        past = LOCAL_PAST.search(before)
        if past is None and re.search(r",\s*$", before):
            # a time set off by commas after its clause ("The last time X was in the Oval Office, in April, he …"): the clause
            # before the comma tells its tense
            before = re.sub(r",\s*$", "", before)
            past = LOCAL_PAST.search(before)
        if past is None:
            return sentence_future
        ahead = FUTURE_AFTER_PAST.search(before, _last_past(before, past.start()))
        # (session 37) "allowed X to fly out of Pretoria on Monday": the infinitive a past permission governs is the act let happen,
        # as past as the permission, not a time to come
        return sentence_future and ahead is not None and not PERMITTED_ACT.search(s[max(0, m.start() - 120): m.start()])
    taken: list[tuple[int, int]] = []

    def add(date: str | None, end_date: str | None, m: re.Match[str]) -> None:
        if date and not any(a <= m.start() < b for a, b in taken):
            out.append(Found(date, end_date, m.start(), m.end()))
            taken.append((m.start(), m.end()))

    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", s):
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        add(d.isoformat() if d else None, None, m)
    # ranges: "2-4 September 2024", "from 2 to 4 September"
    for m in re.finditer(rf"\b(\d{{1,2}})\s*(?:-|–|to|and)\s*(\d{{1,2}})\s+{MONTH_NAME}(?:,?\s+(\d{{4}}))?", s, re.I):
        month = MONTHS[m.group(3).lower()]
        year = int(m.group(4)) if m.group(4) else _infer_year(month, int(m.group(1)), ref, fut(m))
        if year:
            a, b = safe_date(year, month, int(m.group(1))), safe_date(year, month, int(m.group(2)))
            add(a.isoformat() if a else None, b.isoformat() if b else None, m)
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}(?:,?\s+(\d{{4}}))?", s, re.I):
        month = MONTHS[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else _infer_year(month, int(m.group(1)), ref, fut(m))
        d = safe_date(year, month, int(m.group(1))) if year else None
        add(d.isoformat() if d else None, None, m)
    for m in re.finditer(rf"\b{MONTH_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", s, re.I):
        month = MONTHS[m.group(1).lower()]
        year = int(m.group(3)) if m.group(3) else _infer_year(month, int(m.group(2)), ref, fut(m))
        d = safe_date(year, month, int(m.group(2))) if year else None
        add(d.isoformat() if d else None, None, m)
    # a part of a month: "in early April", "mid-May", "by the end of June" (a span of ten days or so, so that a stay told so can
    # be judged news or not: "in early April" in a page of 30 April is weeks old)
    for m in re.finditer(rf"\b(early|mid|late|the (?:beginning|start|middle|end) of)(?:\s+|-){MONTH_NAME}(?:,?\s+(\d{{4}}))?\b", s, re.I):
        part, month = m.group(1).lower(), MONTHS[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else _infer_year(month, None, ref, fut(m))
        if year:
            first, last = MONTH_PARTS[part.split()[-2] if part.startswith("the ") else part]
            end = calendar.monthrange(year, month)[1] if last is None else last
            add(dt.date(year, month, first).isoformat(), dt.date(year, month, end).isoformat(), m)
    # (session 42, mnews136) not a month its day follows ("scheduled for August 15", "by March 3rd"): the day's own date above
    for m in re.finditer(rf"\b(?:in|since|during|early|late|mid|until|by|for)\s+(?:-)?{MONTH_NAME}(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
                         rf"(?:\s+(\d{{4}}))?\b", s, re.I):
        month = MONTHS[m.group(1).lower()]
        year = int(m.group(2)) if m.group(2) else _infer_year(month, None, ref, fut(m))
        if year:
            add(f"{year:04d}-{month:02d}", None, m)
    for m in re.finditer(rf"\b{MONTH_NAME}\s+(\d{{4}})\b", s, re.I):
        add(f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}", None, m)
    # (session 30) a month as the attribute of the noun after it, written with its capital: "the October summit", "its
    # November session" (that month, of the year the sentence's tense gives), not "the march of", "in May and June"
    for m in re.finditer(r"\b(?:the|an?|this|next|its|their|his|her)\s+(January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+(?!(?:of|and|or|to|is|was|will|were|are|has|had|would)\b)(?=[a-z])", s):
        month = MONTHS[m.group(1).lower()]
        year = _infer_year(month, None, ref, fut(m))
        if year:
            add(f"{year:04d}-{month:02d}", None, m)
    # (session 39, mtrap27) a month told by "last" or "next" ("He visited Malawi last October", in a page of June 2012): the
    # latest such month before the page's month, or the first after it (not a month with its day, read above: "last October 5")
    if ref is not None:
        for m in re.finditer(rf"\b(last|next|this\s+past|this\s+coming)\s+(?-i:(?=[A-Z])){MONTH_NAME}\b(?!\s+\d)", s, re.I):
            month, which = MONTHS[m.group(2).lower()], m.group(1).lower()
            if any(a <= m.start(2) < b for a, b in taken):
                continue
            if which in ("last", "this past"):
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month > ref.month else ref.year + 1
            add(f"{year:04d}-{month:02d}", None, m)
    words = language_words()
    if words:
        _other_language(s, ref, exact, words, add, fut)
    if ref is not None:
        # (a part of the day: "later this afternoon", "tonight" are the document's day; "last night" the evening before;
        # "overnight", the night just passed, the document's day: session 30)
        rel = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "tonight": 0, "last night": -1, "overnight": 0}
        for word, delta in rel.items():
            for m in re.finditer(rf"\b{word}\b", s, re.I):
                add((ref + dt.timedelta(days=delta)).isoformat() if exact else _ym(ref), None, m)
        for m in re.finditer(r"\b(last|next|this|earlier this|later this)\s+(week|month|year)\b", s, re.I):
            which, unit = m.group(1).lower(), m.group(2).lower()
            if unit == "year":
                add(str(ref.year + (-1 if which == "last" else 1 if which == "next" else 0)), None, m)
            if unit == "week":
                # (a page dated only to its month: "last week" is most likely that month too, as a weekday is; its
                # first day is no day of the page, so a week back from it is no better a guess)
                d = ref + dt.timedelta(days=-7 if which == "last" else 7 if which == "next" else 0) if exact else ref
                add(_ym(d), None, m)
            elif unit == "month":
                d = _month_shift(ref, -1 if which == "last" else 1 if which == "next" else 0)
                add(_ym(d), None, m)
        # "this weekend", "next weekend", "last weekend" (session 26): the Saturday and Sunday of the weekend told, counted from
        # the document's day (a Saturday or Sunday page's "this weekend" is its own); a page dated only to its month: that month
        # ("over the weekend" is left: told in the past, as often, it is the one before, and which one the tense must say)
        for m in re.finditer(r"\b(last|next|this)\s+weekend\b", s, re.I):
            which = m.group(1).lower()
            if not exact:
                add(_ym(ref), None, m)
                continue
            sat = _weekend(ref, 1 if which == "next" else -1 if which == "last" else 0)
            add(sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), m)
        # a day of the month told by its ordinal alone ("issued arrest warrants on the 8th"): that day of the document's month, or of
        # the month before when it is later than the document's day (a page dated only to its month: that month's day); not "on the
        # 8th floor", "on the 3rd foreign trip", "on the 8th of March" (read above): the ordinal ends its phrase
        for m in re.finditer(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+(?:for|against|in|at|and|when|after|before|by|with|to|from|that|as|while|of\s+this\s+month)\b)", s, re.I):
            day = int(m.group(1))
            base = ref if not exact or day <= ref.day else _month_shift(ref, -1)
            d = safe_date(base.year, base.month, day)
            add(d.isoformat() if d else None, None, m)
        # "three days ago", "a week ago", "a few weeks ago", "two months ago": counted back from the document's day, with the doubt
        # the words leave (a few weeks: two to six; the month of their middle, and the latest day they allow as the end)
        for m in re.finditer(r"\b(a|an|one|a\s+few|few|several|some|a\s+couple\s+of|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|twenty)\s+(days?|weeks?|months?|years?)\s+ago\b", s, re.I):
            word, unit = m.group(1).lower().replace("  ", " "), m.group(2).lower().rstrip("s")
            if word not in ("a few", "few", "several", "some", "a couple of"):
                # a count told ('three days ago', 'a month ago'): counted back by dateparser (relative_dates), as the other
                # languages' are
                _add_counted_back(counted_back(m.group(0), "en", ref, NUMBER_WORDS), ref, exact, add, m)
                continue
            # a vague count ('a few weeks ago': two to six, read as three), which dateparser does not read
            if unit == "year":
                # ('a few years ago': no year of its own; some year before the document's, the span of the last ten told as the
                # latest day it allows, as a few weeks are; session 29)
                add(f"{ref.year - 10:04d}", dt.date(ref.year - 1, 12, 31).isoformat(), m)
            elif unit == "day":
                # (a page dated only to its month: that month, as for "a week ago" below; its reference day is no day the page
                # names, so counting back from it may leave the month: "a few days ago" in a "2024-11" page is not October)
                add(_ym(ref - dt.timedelta(days=3)) if exact else _ym(ref), None, m)
            elif unit == "week":
                # (a page dated only to its month: that month, as for "last week")
                if not exact:
                    add(_ym(ref), None, m)
                else:
                    add(_ym(ref - dt.timedelta(weeks=3)), (ref - dt.timedelta(days=15)).isoformat(), m)  # more than a fortnight
            else:
                add(_ym(_month_shift(ref, -3)), None, m)
        for m in re.finditer(r"\b(?:(this\s+coming|coming|upcoming|next|last|this|on|until|from|by)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", s, re.I):
            which = (m.group(1) or "").lower()
            if not which and re.search(r"\bfor\s+$", s[max(0, m.start() - 5): m.start()], re.I):
                which = "for"  # (session 40, mnews131) read apart, so that the day's span starts at the weekday, as before
            late = which in ("until", "on", "") and bool(NOT_UNTIL.search(s[max(0, m.start(2) - 120): m.start(2)]))
            if late:
                which = "on"  # (session 32) "did not arrive in Budapest until Tuesday": the late day the act happened, a day past
            if which.endswith("coming"):
                which = "next"  # "this coming Sunday", "the upcoming Monday": the first such day ahead, as "next" (session 31)
            wd = WEEKDAYS[m.group(2).lower()]
            if which in ("", "on", "for") and re.match(rf"\s*,?\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}", s[m.end():], re.I):
                continue  # "on Wednesday 12 December 2018", "ce mercredi 12 décembre": the weekday of the date told right after it
            if not exact:
                add(_ym(ref), None, m)  # "on Monday" in a page dated only to its month: that month
                continue
            # (session 47, mleft39) an attribution set between commas in the clause ("visits, according to the Kremlin, North Korea
            # on Tuesday") is taken out before the clause's tense is read: it tells who says so, not when
            before = ATTRIBUTION_IN_CLAUSE.sub(" ", s[max(0, m.start() - 120): m.start()])[-45:]
            local_future = bool(LOCAL_FUTURE.search(before))
            lp = LOCAL_PAST.search(before)
            local_past = bool(lp)
            if lp is not None and local_future and FUTURE_AFTER_PAST.search(before, _last_past(before, lp.start())):
                # (session 30) a past verb that only reports, with a future after it: "The Kremlin said he would visit Mongolia on
                # Friday", "confirmed he will travel there on Friday": the clause speaks of what is to come
                local_past = False
            purpose = PURPOSE.search(before)
            if purpose and not PAST_WORD.search(purpose.group("rest")) and which != "last":
                local_future, local_past = True, False
            past_relative = which in ("", "on") and _past_relative(s, m)
            if which in ("", "on") and PERMITTED_ACT.search(s[max(0, m.start() - 120): m.start()]):
                local_future, local_past = False, True  # (session 37) "allowed X to fly out of Pretoria on Monday": the act let happen
            if which in ("", "on") and re.match(r"\s*,?\s*(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to)\b", s[m.end(): m.end() + 30], re.I) \
                    and not (local_past and re.match(r"\s*,", s[m.end():]) and RELATIVE_OPEN.search(s[: m.start()])) and not past_relative:
                local_future, local_past = True, False  # "X on Monday will lead the delegation": the verb after the day tells its tense
                # (not the main verb after a relative clause the day closes: "X, who was surrendered on Tuesday, will appear on
                # Friday": the clause's own verb is past, the Tuesday the one before; session 30)
            if past_relative:
                local_future, local_past = False, True  # (session 37) the relative clause's own past verb, however far back
            if which in ("", "on") and AFTER_ACT.search(s[max(0, m.start() - 120): m.start()]):
                local_future, local_past = False, True  # "will appear on Monday, following his transfer to custody on Tuesday": the
                # day of an act the clause tells as done before the one to come (session 29)
            if late:
                local_future, local_past = False, True
            if not local_future and not local_past and which not in ("next", "last"):
                fut_at = [f.end() for f in CLAUSE_FUTURE.finditer(s[: m.start()])]
                past_at = [p.end() for p in CLAUSE_PAST.finditer(s[: m.start()])]
                local_future = bool(fut_at) and (not past_at or fut_at[-1] > past_at[-1])
                if not fut_at and not past_at:
                    local_future = _opening_main_ahead(s, m, CLAUSE_FUTURE, CLAUSE_PAST)
            # News mostly reports the past: a bare weekday is the latest such day unless the words just
            # before it speak of the future (or it says "next"); the document's own weekday is today.
            # (session 40, mnews131) a day an act is set for ("his visit announced for Wednesday", "the vote set for Monday"):
            # the day to come, whatever the tense of the participle before it
            go_future = which in ("next", "for") or (which in ("until", "by") and not local_past) or (local_future and not local_past and which != "last")
            if wd == ref.weekday() and which not in ("next", "last", "until", "by"):
                add(ref.isoformat(), None, m)
                continue
            if go_future:
                delta = (wd - ref.weekday()) % 7 or 7
                d = ref + dt.timedelta(days=delta)
            else:
                # "last Sunday" in a Sunday's page is a week before ("on Sunday" is the day itself)
                delta = (ref.weekday() - wd) % 7 or (7 if which == "last" else 0)
                d = ref - dt.timedelta(days=delta)
            if which == "until":
                if out:
                    opened = out[0]
                    out[0] = Found(opened.date, d.isoformat(), opened.start, opened.end)
                continue
            add(d.isoformat(), None, m)
    # "arrived on Wednesday after being detained the previous morning": the day before the day just told
    for m in re.finditer(r"\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before(?!\s+yesterday)|a\s+day\s+earlier)\b",
                         s, re.I):
        told = [f for f in out if f.start < m.start() and len(f.date) == 10]
        if told:
            add((dt.date.fromisoformat(told[-1].date) - dt.timedelta(days=1)).isoformat(), None, m)
    # A bare year after a preposition ("issued in 2009", "warrants in 2009 and 2010"): the year only; (session 32) the
    # preposition capitalised too, opening the sentence or a quotation ("In 2023, the ICC issued …")
    # (session 48, mleft40) and the year told with its noun ("in the year 2015", "since the year 2009"), as each language's
    # 'en el (año) 2015', 'nell'anno 2015', 'en l'an 2015' (their ``year_before``)
    for m in re.finditer(r"\b(?:[Ii]n|[Ss]ince|of|[Ff]rom|and|[Dd]uring)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?![-/]\d)", s):
        add(m.group(1), None, m)
    return sorted(out, key=lambda f: f.start)
