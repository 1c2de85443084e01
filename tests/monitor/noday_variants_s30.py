"""The written variants of session 30's task mnoday (issue 12): facts told without a day, in the six languages the monitor
reads. Half are news told with no day of their own (an agency's dateline without a date, the present perfect, the present,
"earlier today", "overnight", "this week" and the same in French, Spanish, German, Portuguese and Italian): each gives the
(person, State) it should be read as, dated by the document (Wednesday 2025-05-07; a trip may be left without a day, as the
labelling rules allow). The other half are background told with no day ("who has been wanted since 2005", "was arrested
years ago", "after his arrest he was flown to The Hague" in a profile, "has never been arrested"): each must give no
candidate of its type. Written for the purpose, not copied from any article; the persons and States are the record's, used
as examples, and the events are supposed. ``ROUND_1`` was written before the fixes, ``ROUND_2`` after them, as a check that
the fixes are not only the first round's phrasing. Run ``PYTHONPATH=src python -m tests.monitor.noday_variants_s30`` from
the repository's root for the misses per kind and language."""

from __future__ import annotations

import collections
import re
from typing import Any

K = "joseph-kony"
M = "min-aung-hlaing"
D = "rodrigo-roa-duterte"
P = "vladimir-vladimirovich-putin"
N = "benjamin-netanyahu"
B = "omar-hassan-ahmad-al-bashir"
G = "laurent-koudou-gbagbo"
ON = "dominic-ongwen"
S = "saif-al-islam-gaddafi"
A, SU, WI, WU, V = "arrest", "surrender", "warrant_issued", "warrant_unsealed", "visit"
DAY = "2025-05-07"
LANGUAGES = ("en", "fr", "es", "de", "it", "pt")
#: A week told from the page's day gives its month, as the labelling rules read "last week" (tests/monitor/realnews/README.md).
WEEK = re.compile(r"\bthis\s+week\b|\bcette\s+semaine\b|\besta\s+semana\b|\bdiese\s+Woche\b|\bquesta\s+settimana\b", re.I)

#: (type, language, text, (person, State) of the news told, or (person, None) for background: no candidate of the type for
#: that person)
Variant = tuple[str, str, str, tuple[str, str | None], bool]
NEWS, BACKGROUND = True, False

ROUND_1: list[Variant] = [
# ---------------- English: news without a day
(A, "en", "KAMPALA (Reuters) - Ugandan troops captured Joseph Kony in northern Uganda, the army said.", (K, "UGA"), NEWS),
(A, "en", "BANGUI (AFP) - Security forces in the Central African Republic have arrested Joseph Kony, a government spokesman said.",
 (K, "CAF"), NEWS),
(A, "en", "Joseph Kony has been arrested in the Central African Republic.", (K, "CAF"), NEWS),
(A, "en", "Police in Germany have detained Saif al-Islam Gaddafi on a warrant from the International Criminal Court.", (S, "DEU"), NEWS),
(A, "en", "Saif al-Islam Gaddafi was arrested earlier today in Berlin, German prosecutors said.", (S, "DEU"), NEWS),
(A, "en", "Saif al-Islam Gaddafi was detained overnight in Berlin on an ICC warrant.", (S, "DEU"), NEWS),
(A, "en", "German police arrested Saif al-Islam Gaddafi this week at the request of the ICC.", (S, "DEU"), NEWS),
(SU, "en", "THE HAGUE (Reuters) - Rodrigo Duterte has been handed over to the International Criminal Court, the court said.",
 (D, None), NEWS),
(SU, "en", "Joseph Kony has been handed over to the Court.", (K, None), NEWS),
(SU, "en", "Uganda has surrendered Joseph Kony to the International Criminal Court.", (K, "UGA"), NEWS),
(SU, "en", "Joseph Kony was flown to The Hague overnight and is now in ICC custody.", (K, None), NEWS),
(WI, "en", "THE HAGUE (AP) - The International Criminal Court issued an arrest warrant for Min Aung Hlaing, the court said.",
 (M, None), NEWS),
(WI, "en", "The ICC has issued a warrant for Min Aung Hlaing.", (M, None), NEWS),
(WI, "en", "Judges at the International Criminal Court have issued an arrest warrant for Min Aung Hlaing over the deportation "
 "of the Rohingya.", (M, None), NEWS),
(WI, "en", "The ICC issued an arrest warrant for Min Aung Hlaing earlier today.", (M, None), NEWS),
(WU, "en", "The ICC has unsealed an arrest warrant for Saif al-Islam Gaddafi.", (S, None), NEWS),
(V, "en", "ULAANBAATAR (Reuters) - Vladimir Putin arrived in Mongolia for a state visit, defying an ICC arrest warrant.", (P, "MNG"),
 NEWS),
(V, "en", "BUDAPEST (AFP) - Benjamin Netanyahu landed in Hungary for a four-day visit, despite an ICC warrant.", (N, "HUN"), NEWS),
(V, "en", "Vladimir Putin has arrived in Mongolia.", (P, "MNG"), NEWS),
(V, "en", "Vladimir Putin is in Mongolia on a state visit.", (P, "MNG"), NEWS),
(V, "en", "Vladimir Putin arrives in Ulaanbaatar.", (P, "MNG"), NEWS),
(V, "en", "Vladimir Putin arrived in Mongolia overnight.", (P, "MNG"), NEWS),
(V, "en", "Benjamin Netanyahu is visiting Hungary this week.", (N, "HUN"), NEWS),
# ---------------- English: background without a day
(A, "en", "Joseph Kony, who has been wanted by the ICC since 2005, remains at large.", (K, None), BACKGROUND),
(WI, "en", "Joseph Kony, who has been wanted by the ICC since 2005, remains at large.", (K, None), BACKGROUND),
(A, "en", "Saif al-Islam Gaddafi was arrested years ago in Germany and later handed to the Court.", (S, None), BACKGROUND),
(SU, "en", "Saif al-Islam Gaddafi was arrested years ago in Germany and later handed to the Court.", (S, None), BACKGROUND),
(SU, "en", "Born in 1945, Rodrigo Duterte rose to power as mayor of Davao. After his arrest he was flown to The Hague, where he "
 "awaits trial.", (D, None), BACKGROUND),
(A, "en", "Joseph Kony has never been arrested.", (K, None), BACKGROUND),
(WI, "en", "Min Aung Hlaing has been the subject of an ICC arrest warrant for months.", (M, None), BACKGROUND),
(A, "en", "Omar al-Bashir has been in custody in Sudan since he was ousted in 2019.", (B, None), BACKGROUND),
(A, "en", "Rodrigo Duterte, who has been detained in The Hague since March, appeared before judges on Tuesday.", (D, None), BACKGROUND),
(SU, "en", "Rodrigo Duterte, who has been detained in The Hague since March, appeared before judges on Tuesday.", (D, None),
 BACKGROUND),
(SU, "en", "Dominic Ongwen, who was handed over to the Court years ago, is serving a 25-year sentence.", (ON, None), BACKGROUND),
(V, "en", "Vladimir Putin has travelled abroad rarely since the warrant was issued.", (P, None), BACKGROUND),
(WI, "en", "An arrest warrant has been outstanding against Joseph Kony for twenty years.", (K, None), BACKGROUND),
(A, "en", "Unlike Kony, Dominic Ongwen was captured years ago.", (ON, None), BACKGROUND),
(SU, "en", "Laurent Gbagbo was transferred to The Hague years ago and acquitted in 2019.", (G, None), BACKGROUND),
(WI, "en", "The ICC issued a warrant for Omar al-Bashir long ago, but he has never been tried.", (B, None), BACKGROUND),
(A, "en", "Uganda hosts talks\n\nUgandan officials met donors in Kampala on Tuesday to discuss the north.\n\nKony's former "
 "deputy Dominic Ongwen was captured in the Central African Republic and later tried in The Hague.", (ON, None), BACKGROUND),
(A, "en", "Rodrigo Duterte has been in ICC custody for two months.", (D, None), BACKGROUND),
(WI, "en", "Benjamin Netanyahu is wanted by the ICC, which has issued a warrant for his arrest over the war in Gaza.", (N, None),
 BACKGROUND),
(V, "en", "Vladimir Putin has been to Hungary several times over the years.", (P, None), BACKGROUND),
(A, "en", "Saif al-Islam Gaddafi, captured by a militia in Zintan years ago, was later freed.", (S, None), BACKGROUND),
# ---------------- French
(A, "fr", "Joseph Kony a été arrêté en Centrafrique, a annoncé l'armée.", (K, "CAF"), NEWS),
(A, "fr", "Les autorités allemandes ont interpellé Saif al-Islam Gaddafi à la demande de la CPI.", (S, "DEU"), NEWS),
(A, "fr", "Saif al-Islam Gaddafi a été arrêté cette nuit à Berlin.", (S, "DEU"), NEWS),
(SU, "fr", "Joseph Kony a été remis à la Cour pénale internationale.", (K, None), NEWS),
(WI, "fr", "La CPI a délivré un mandat d'arrêt contre Min Aung Hlaing.", (M, None), NEWS),
(V, "fr", "Vladimir Poutine est arrivé en Mongolie pour une visite officielle.", (P, "MNG"), NEWS),
(V, "fr", "Vladimir Poutine est en Mongolie.", (P, "MNG"), NEWS),
(A, "fr", "Joseph Kony, recherché par la CPI depuis 2005, n'a jamais été arrêté.", (K, None), BACKGROUND),
(A, "fr", "Saif al-Islam Gaddafi avait été arrêté il y a plusieurs années en Allemagne.", (S, None), BACKGROUND),
(SU, "fr", "Après son arrestation, Laurent Gbagbo avait été transféré à La Haye.", (G, None), BACKGROUND),
(WI, "fr", "Vladimir Poutine, visé par un mandat d'arrêt de la CPI, n'a pas quitté la Russie.", (P, None), BACKGROUND),
(V, "fr", "Vladimir Poutine s'était rendu en Mongolie à plusieurs reprises.", (P, None), BACKGROUND),
# ---------------- Spanish
(A, "es", "Joseph Kony ha sido detenido en la República Centroafricana, según el ejército.", (K, "CAF"), NEWS),
(A, "es", "La policía alemana ha detenido a Saif al-Islam Gaddafi a petición de la CPI.", (S, "DEU"), NEWS),
(A, "es", "Saif al-Islam Gaddafi fue detenido esta madrugada en Berlín.", (S, "DEU"), NEWS),
(SU, "es", "Rodrigo Duterte ha sido entregado a la Corte Penal Internacional.", (D, None), NEWS),
(WI, "es", "La Corte Penal Internacional ha emitido una orden de arresto contra Min Aung Hlaing.", (M, None), NEWS),
(V, "es", "Vladimir Putin ha llegado a Mongolia en visita oficial.", (P, "MNG"), NEWS),
(V, "es", "Vladimir Putin está en Mongolia.", (P, "MNG"), NEWS),
(A, "es", "Joseph Kony, buscado por la CPI desde 2005, nunca ha sido detenido.", (K, None), BACKGROUND),
(A, "es", "Saif al-Islam Gaddafi había sido detenido hace años en Alemania.", (S, None), BACKGROUND),
(SU, "es", "Tras su arresto, Laurent Gbagbo fue trasladado a La Haya, donde pasó años en prisión.", (G, None), BACKGROUND),
(WI, "es", "Vladimir Putin, sobre quien pesa una orden de arresto de la CPI desde 2023, no ha salido de Rusia.", (P, None),
 BACKGROUND),
(V, "es", "Vladimir Putin ya había visitado Mongolia en varias ocasiones.", (P, None), BACKGROUND),
# ---------------- German
(A, "de", "Joseph Kony wurde in der Zentralafrikanischen Republik festgenommen.", (K, "CAF"), NEWS),
(A, "de", "Die deutsche Polizei hat Saif al-Islam Gaddafi auf Ersuchen des IStGH festgenommen.", (S, "DEU"), NEWS),
(A, "de", "Saif al-Islam Gaddafi ist in Berlin festgenommen worden.", (S, "DEU"), NEWS),
(SU, "de", "Rodrigo Duterte ist an den Internationalen Strafgerichtshof überstellt worden.", (D, None), NEWS),
(WI, "de", "Der Internationale Strafgerichtshof hat einen Haftbefehl gegen Min Aung Hlaing erlassen.", (M, None), NEWS),
(V, "de", "Wladimir Putin ist in der Mongolei eingetroffen.", (P, "MNG"), NEWS),
(A, "de", "Joseph Kony wird seit 2005 vom IStGH gesucht und wurde nie festgenommen.", (K, None), BACKGROUND),
(A, "de", "Saif al-Islam Gaddafi war vor Jahren in Deutschland festgenommen worden.", (S, None), BACKGROUND),
(SU, "de", "Nach seiner Festnahme wurde Laurent Gbagbo damals nach Den Haag überstellt.", (G, None), BACKGROUND),
(WI, "de", "Gegen Wladimir Putin liegt seit 2023 ein Haftbefehl des IStGH vor.", (P, None), BACKGROUND),
(V, "de", "Putin hatte die Mongolei schon mehrfach besucht.", (P, None), BACKGROUND),
# ---------------- Portuguese
(A, "pt", "Joseph Kony foi preso na República Centro-Africana, informou o exército.", (K, "CAF"), NEWS),
(A, "pt", "Saif al-Islam Gaddafi foi detido em Berlim nesta madrugada.", (S, "DEU"), NEWS),
(SU, "pt", "Rodrigo Duterte foi entregue ao Tribunal Penal Internacional.", (D, None), NEWS),
(WI, "pt", "O Tribunal Penal Internacional emitiu um mandado de prisão contra Min Aung Hlaing.", (M, None), NEWS),
(V, "pt", "Vladimir Putin chegou à Mongólia para uma visita oficial.", (P, "MNG"), NEWS),
(A, "pt", "Joseph Kony, procurado pelo TPI desde 2005, nunca foi preso.", (K, None), BACKGROUND),
(A, "pt", "Saif al-Islam Gaddafi tinha sido detido há anos na Alemanha.", (S, None), BACKGROUND),
(SU, "pt", "Depois da sua prisão, Laurent Gbagbo foi levado para Haia, onde passou anos detido.", (G, None), BACKGROUND),
(WI, "pt", "Vladimir Putin, alvo de um mandado de prisão do TPI desde 2023, não saiu da Rússia.", (P, None), BACKGROUND),
(V, "pt", "Putin já tinha visitado a Mongólia várias vezes.", (P, None), BACKGROUND),
# ---------------- Italian
(A, "it", "Joseph Kony è stato arrestato nella Repubblica Centrafricana, ha detto l'esercito.", (K, "CAF"), NEWS),
(A, "it", "Saif al-Islam Gaddafi è stato arrestato stanotte a Berlino.", (S, "DEU"), NEWS),
(SU, "it", "Rodrigo Duterte è stato consegnato alla Corte penale internazionale.", (D, None), NEWS),
(WI, "it", "La Corte penale internazionale ha emesso un mandato d'arresto per Min Aung Hlaing.", (M, None), NEWS),
(V, "it", "Vladimir Putin è arrivato in Mongolia per una visita ufficiale.", (P, "MNG"), NEWS),
(A, "it", "Joseph Kony, ricercato dalla CPI dal 2005, non è mai stato arrestato.", (K, None), BACKGROUND),
(A, "it", "Saif al-Islam Gaddafi era stato arrestato anni fa in Germania.", (S, None), BACKGROUND),
(SU, "it", "Dopo l'arresto, Laurent Gbagbo fu trasferito all'Aia, dove rimase per anni.", (G, None), BACKGROUND),
(WI, "it", "Vladimir Putin, destinatario di un mandato d'arresto della CPI dal 2023, non ha lasciato la Russia.", (P, None),
 BACKGROUND),
(V, "it", "Putin aveva già visitato la Mongolia più volte.", (P, None), BACKGROUND),
]

ROUND_2: list[Variant] = [
# ---------------- news without a day
(A, "en", "NAIROBI (AFP) - Kenyan police arrested Joseph Kony at a hotel in Nairobi, a police spokesman said.", (K, "KEN"), NEWS),
(SU, "en", "THE HAGUE (AP) - Joseph Kony was transferred to the International Criminal Court's detention centre, the court said.",
 (K, None), NEWS),
(WI, "en", "THE HAGUE (Reuters) - ICC judges issued a warrant for the arrest of Min Aung Hlaing, the court said in a statement.",
 (M, None), NEWS),
(V, "en", "Vladimir Putin has landed in Ulaanbaatar.", (P, "MNG"), NEWS),
(A, "en", "Police in Kenya arrested Joseph Kony overnight.", (K, "KEN"), NEWS),
(A, "fr", "Joseph Kony a été interpellé cette nuit à Nairobi.", (K, "KEN"), NEWS),
(WI, "fr", "Les juges de la CPI ont émis un mandat d'arrêt contre Min Aung Hlaing.", (M, None), NEWS),
(SU, "es", "Joseph Kony ha sido trasladado a la Corte Penal Internacional.", (K, None), NEWS),
(A, "es", "La policía detuvo esta madrugada a Joseph Kony en Nairobi.", (K, "KEN"), NEWS),
(A, "de", "Joseph Kony ist in Kenia festgenommen worden.", (K, "KEN"), NEWS),
(WI, "de", "Der IStGH hat einen Haftbefehl gegen Min Aung Hlaing ausgestellt.", (M, None), NEWS),
(A, "it", "Joseph Kony è stato catturato stanotte in Kenya.", (K, "KEN"), NEWS),
(SU, "it", "Joseph Kony è stato trasferito alla Corte penale internazionale.", (K, None), NEWS),
(A, "pt", "A polícia prendeu Joseph Kony em Nairobi.", (K, "KEN"), NEWS),
(WI, "pt", "Os juízes do TPI emitiram um mandado de prisão contra Min Aung Hlaing.", (M, None), NEWS),
# ---------------- background without a day
(A, "en", "Saif al-Islam Gaddafi was captured at the time by fighters from Zintan.", (S, None), BACKGROUND),
(V, "en", "Vladimir Putin has visited Mongolia on several occasions.", (P, None), BACKGROUND),
(SU, "en", "Dominic Ongwen was handed over to the Court a decade ago.", (ON, None), BACKGROUND),
(WI, "en", "The ICC issued its warrant for Omar al-Bashir back then, but Sudan refused to hand him over.", (B, None), BACKGROUND),
(A, "en", "Joseph Kony has never been caught.", (K, None), BACKGROUND),
(A, "en", "KAMPALA (Reuters) - Dominic Ongwen, who was captured in the Central African Republic, was sentenced to 25 years in "
 "prison, the court said.", (ON, None), BACKGROUND),
(SU, "en", "THE HAGUE (AFP) - Judges convicted Dominic Ongwen, who was handed over to the Court years ago, of war crimes.", (ON, None),
 BACKGROUND),
(A, "fr", "Saif al-Islam Gaddafi avait été capturé à l'époque par des combattants de Zintan.", (S, None), BACKGROUND),
(V, "fr", "Vladimir Poutine s'est rendu plusieurs fois en Mongolie.", (P, None), BACKGROUND),
(SU, "es", "Dominic Ongwen fue entregado a la Corte hace años.", (ON, None), BACKGROUND),
(V, "es", "Vladimir Putin ha visitado Mongolia varias veces.", (P, None), BACKGROUND),
(A, "de", "Saif al-Islam Gaddafi wurde damals von Kämpfern aus Zintan gefasst.", (S, None), BACKGROUND),
(V, "de", "Wladimir Putin hat die Mongolei mehrmals besucht.", (P, None), BACKGROUND),
(SU, "it", "Dominic Ongwen era stato consegnato alla Corte anni fa.", (ON, None), BACKGROUND),
(V, "it", "Vladimir Putin ha visitato la Mongolia diverse volte.", (P, None), BACKGROUND),
(A, "pt", "Saif al-Islam Gaddafi foi capturado na época por combatentes de Zintan.", (S, None), BACKGROUND),
(V, "pt", "Vladimir Putin visitou a Mongólia várias vezes.", (P, None), BACKGROUND),
]


def read(spec: Any, variant: Variant) -> list[tuple[str | None, str | None, str | None]]:
    """(person, State, date) of the rules' candidates of the variant's type in its text, in a page of ``DAY``."""
    from tests.monitor.probe import typed

    kind, language, text, _, _ = variant
    return typed(spec, text, DAY, kind, language=language)


def right(spec: Any, variant: Variant) -> bool:
    """True when the variant is read as it should be: news gives its (person, State) dated by the page (a trip may stay
    without a day), and nothing else of its type for that person; background gives nothing of its type for that person."""
    kind, _, _, (person, state), news = variant
    mine = [c for c in read(spec, variant) if c[0] == person]
    if not news:
        return not mine
    days = ({DAY, None} if kind == V else {DAY}) | ({DAY[:7]} if WEEK.search(variant[2]) else set())
    return len(mine) == 1 and mine[0][1] == state and mine[0][2] in days


def report(spec: Any, variants: list[Variant]) -> dict[tuple[str, str, bool], list[int]]:
    """(type, language, news) -> [right, all]."""
    table: dict[tuple[str, str, bool], list[int]] = collections.defaultdict(lambda: [0, 0])
    for v in variants:
        cell = table[(v[0], v[1], v[4])]
        cell[0] += right(spec, v)
        cell[1] += 1
    return table


def main() -> None:
    import sys

    from iccwatch.cli.base import facts_for
    from iccwatch.monitor.gazetteer import spec_from_records

    spec = spec_from_records(facts_for(None).records)
    verbose = "-v" in sys.argv
    for name, variants in (("round 1", ROUND_1), ("round 2", ROUND_2)):
        if not variants:
            continue
        table = report(spec, variants)
        print(name, "(right/all: news + background)")
        for kind in (A, SU, WI, WU, V):
            cells = []
            for lang in LANGUAGES:
                n, b = table.get((kind, lang, NEWS)), table.get((kind, lang, BACKGROUND))
                if n or b:
                    cells.append(f"{lang} {f'{n[0]}/{n[1]}' if n else '-'} + {f'{b[0]}/{b[1]}' if b else '-'}")
            print(f"  {kind:17}", "  ".join(cells))
        for lang in LANGUAGES:
            for news in (NEWS, BACKGROUND):
                cells = [c for (k, la, ne), c in table.items() if la == lang and ne == news]
                print(f"  {lang} {'news' if news else 'background':10} {sum(c[0] for c in cells)}/{sum(c[1] for c in cells)}")
        if verbose:
            for v in variants:
                if not right(spec, v):
                    print("  WRONG", v[0], v[1], "news" if v[4] else "background", repr(v[2][:110]), read(spec, v))


if __name__ == "__main__":
    main()
