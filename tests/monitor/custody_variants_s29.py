"""The written variants of session 29's task mvar1 (issue 12): arrests, surrenders to the Court, warrants issued and
warrants unsealed, told in the six languages the monitor reads, each positive with the (person, State, date) it should give
in a page of Wednesday 2025-05-07 (a date of "week" is any day of the week before, read as its month), each contrast with
None (it must give no candidate of its type). Written for the purpose, not copied from any article; the persons and States
are the record's, used as examples. ``ROUND_1`` was written before the fixes, ``ROUND_2`` after them. Run
``PYTHONPATH=src python -m tests.monitor.custody_variants_s29`` from the repository's root for the misses per type and
language (test_custody_variants_s29.py holds the tests of the fixes)."""

from __future__ import annotations

import collections
from typing import Any

K = "joseph-kony"
H = "khaled-mohamed-ali-el-hishri"
M = "min-aung-hlaing"
D = "rodrigo-roa-duterte"
S = "saif-al-islam-gaddafi"
T = "2025-05-06"
F = "2025-05-05"
W = "week"
A, SU, WI, WU = "arrest", "surrender", "warrant_issued", "warrant_unsealed"
DAY = "2025-05-07"
LANGUAGES = ("en", "fr", "es", "de", "it", "pt")

ROUND_1: list[tuple[str, str, str, tuple[str, str | None, str] | None]] = [
# ---------------- English
(A, "en", "Ugandan police arrested Joseph Kony in Kampala on Tuesday.", (K, "UGA", T)),
(A, "en", "Joseph Kony was arrested in Kampala on Tuesday.", (K, "UGA", T)),
(A, "en", "Joseph Kony was arrested on 5 May in Kampala.", (K, "UGA", F)),
(A, "en", "German police arrested Saif al-Islam Gaddafi at Berlin airport last week.", (S, "DEU", W)),
(A, "en", "Authorities in Germany detained Saif al-Islam Gaddafi on Tuesday on an ICC warrant.", (S, "DEU", T)),
(A, "en", "KAMPALA, May 7 (Reuters) - Ugandan troops captured Joseph Kony, the leader of the Lord's Resistance Army, the army said.", (K, "UGA", "2025-05-07")),
(A, "en", "Joseph Kony, who is wanted by the International Criminal Court, was arrested in Uganda on Tuesday.", (K, "UGA", T)),
(A, "en", "Libyan authorities have arrested Saif al-Islam Gaddafi, the government said on Tuesday.", (S, "LBY", T)),
(A, "en", "Rodrigo Duterte was taken into custody at Manila airport on Tuesday.", (D, "PHL", T)),
(A, "en", "The Philippines arrested Rodrigo Duterte on Tuesday.", (D, "PHL", T)),
(A, "en", "Ugandan police denied on Tuesday that they had arrested Joseph Kony.", None),
(A, "en", "If Joseph Kony travels to Kenya, he could be arrested.", None),
(A, "en", "Ugandan police arrested a close aide of Joseph Kony in Kampala on Tuesday.", None),
(A, "en", "Joseph Kony has evaded arrest for two decades.", None),
(SU, "en", "Joseph Kony was surrendered to the ICC on Tuesday.", (K, None, T)),
(SU, "en", "Uganda surrendered Joseph Kony to the International Criminal Court on Tuesday.", (K, "UGA", T)),
(SU, "en", "Joseph Kony was transferred to the ICC detention centre in The Hague on Tuesday.", (K, None, T)),
(SU, "en", "Joseph Kony arrived at the ICC's detention centre in The Hague on 5 May.", (K, None, F)),
(SU, "en", "The ICC said on Tuesday that Joseph Kony had been surrendered to its custody by the authorities of Uganda.", (K, "UGA", T)),
(SU, "en", "Germany handed Khaled El Hishri over to the ICC on Tuesday.", (H, "DEU", T)),
(SU, "en", "THE HAGUE, May 7 (AFP) - Joseph Kony was flown to The Hague and is now in ICC custody, the Court said.", (K, None, "2025-05-07")),
(SU, "en", "Uganda refused on Tuesday to surrender Joseph Kony to the ICC.", None),
(SU, "en", "Joseph Kony could be transferred to The Hague if he is arrested.", None),
(SU, "en", "Joseph Kony's lawyer travelled to The Hague on Tuesday.", None),
(WI, "en", "The International Criminal Court issued an arrest warrant for Min Aung Hlaing on Tuesday.", (M, None, T)),
(WI, "en", "An arrest warrant was issued for Min Aung Hlaing on Tuesday by the ICC.", (M, None, T)),
(WI, "en", "ICC judges issued a warrant of arrest against Min Aung Hlaing on 5 May.", (M, None, F)),
(WI, "en", "Pre-Trial Chamber I issued a warrant for the arrest of Min Aung Hlaing, the Court said on Tuesday.", (M, None, T)),
(WI, "en", "THE HAGUE, May 7 (Reuters) - The International Criminal Court issued an arrest warrant on Tuesday for Myanmar's military leader Min Aung Hlaing.", (M, None, T)),
(WI, "en", "The ICC has issued an arrest warrant for Min Aung Hlaing, the Court announced on Tuesday.", (M, None, T)),
(WI, "en", "The ICC prosecutor requested an arrest warrant for Min Aung Hlaing on Tuesday.", None),
(WI, "en", "The ICC denied on Tuesday that it had issued a warrant for Min Aung Hlaing.", None),
(WI, "en", "If the ICC issues a warrant for Min Aung Hlaing, he could not travel.", None),
(WU, "en", "The ICC unsealed an arrest warrant for Khaled El Hishri on Tuesday.", (H, None, T)),
(WU, "en", "An arrest warrant for Khaled El Hishri was unsealed on Tuesday.", (H, None, T)),
(WU, "en", "The International Criminal Court made public on Tuesday a warrant of arrest for Khaled El Hishri.", (H, None, T)),
(WU, "en", "Pre-Trial Chamber I lifted the seal on the warrant for Khaled El Hishri on 5 May.", (H, None, F)),
(WU, "en", "The ICC refused on Tuesday to unseal the warrant for Khaled El Hishri.", None),
(WU, "en", "Lawyers asked the Court on Tuesday to unseal the warrant for Khaled El Hishri.", None),
# ---------------- French
(A, "fr", "La police ougandaise a arrêté Joseph Kony mardi à Kampala.", (K, "UGA", T)),
(A, "fr", "Joseph Kony a été arrêté mardi à Kampala.", (K, "UGA", T)),
(A, "fr", "Joseph Kony a été interpellé le 5 mai en Ouganda.", (K, "UGA", F)),
(A, "fr", "Les autorités allemandes ont arrêté Saif al-Islam Gaddafi la semaine dernière à Berlin.", (S, "DEU", W)),
(A, "fr", "Saif al-Islam Gaddafi, recherché par la Cour pénale internationale, a été arrêté mardi en Allemagne.", (S, "DEU", T)),
(A, "fr", "KAMPALA, 7 mai (AFP) - L'armée ougandaise a capturé Joseph Kony, a-t-elle annoncé.", (K, "UGA", "2025-05-07")),
(A, "fr", "Rodrigo Duterte a été placé en détention mardi à l'aéroport de Manille.", (D, "PHL", T)),
(A, "fr", "La police ougandaise a démenti mardi avoir arrêté Joseph Kony.", None),
(A, "fr", "Si Joseph Kony se rend au Kenya, il pourrait être arrêté.", None),
(A, "fr", "La police a arrêté mardi à Kampala un proche de Joseph Kony.", None),
(SU, "fr", "Joseph Kony a été remis à la CPI mardi.", (K, None, T)),
(SU, "fr", "L'Ouganda a remis Joseph Kony à la Cour pénale internationale mardi.", (K, "UGA", T)),
(SU, "fr", "Joseph Kony a été transféré mardi au centre de détention de la CPI à La Haye.", (K, None, T)),
(SU, "fr", "Joseph Kony est arrivé le 5 mai au quartier pénitentiaire de la CPI à La Haye.", (K, None, F)),
(SU, "fr", "L'Allemagne a remis Khaled El Hishri à la CPI mardi.", (H, "DEU", T)),
(SU, "fr", "L'Ouganda a refusé mardi de remettre Joseph Kony à la CPI.", None),
(SU, "fr", "L'avocat de Joseph Kony s'est rendu mardi à La Haye.", None),
(WI, "fr", "La Cour pénale internationale a délivré mardi un mandat d'arrêt contre Min Aung Hlaing.", (M, None, T)),
(WI, "fr", "Un mandat d'arrêt a été émis mardi contre Min Aung Hlaing par la CPI.", (M, None, T)),
(WI, "fr", "Les juges de la CPI ont délivré le 5 mai un mandat d'arrêt à l'encontre de Min Aung Hlaing.", (M, None, F)),
(WI, "fr", "LA HAYE, 7 mai (AFP) - La CPI a émis un mandat d'arrêt contre le chef de la junte birmane Min Aung Hlaing.", (M, None, "2025-05-07")),
(WI, "fr", "La Chambre préliminaire I a délivré un mandat d'arrêt contre Min Aung Hlaing, a annoncé mardi la Cour.", (M, None, T)),
(WI, "fr", "Le procureur de la CPI a demandé mardi un mandat d'arrêt contre Min Aung Hlaing.", None),
(WI, "fr", "Si la CPI délivre un mandat contre Min Aung Hlaing, il ne pourra plus voyager.", None),
(WU, "fr", "La CPI a levé mardi les scellés sur le mandat d'arrêt visant Khaled El Hishri.", (H, None, T)),
(WU, "fr", "Le mandat d'arrêt contre Khaled El Hishri a été rendu public mardi.", (H, None, T)),
(WU, "fr", "La Cour pénale internationale a rendu public le 5 mai un mandat d'arrêt délivré sous scellés contre Khaled El Hishri.", (H, None, F)),
(WU, "fr", "La CPI a refusé mardi de rendre public le mandat contre Khaled El Hishri.", None),
# ---------------- Spanish
(A, "es", "La policía ugandesa detuvo el martes a Joseph Kony en Kampala.", (K, "UGA", T)),
(A, "es", "Joseph Kony fue detenido el martes en Kampala.", (K, "UGA", T)),
(A, "es", "Joseph Kony fue arrestado el 5 de mayo en Uganda.", (K, "UGA", F)),
(A, "es", "Las autoridades alemanas arrestaron a Saif al-Islam Gaddafi la semana pasada en Berlín.", (S, "DEU", W)),
(A, "es", "Saif al-Islam Gaddafi, buscado por la Corte Penal Internacional, fue detenido el martes en Alemania.", (S, "DEU", T)),
(A, "es", "KAMPALA, 7 may (EFE).- El ejército ugandés capturó a Joseph Kony, informó el ejército.", (K, "UGA", "2025-05-07")),
(A, "es", "Rodrigo Duterte fue arrestado el martes en el aeropuerto de Manila.", (D, "PHL", T)),
(A, "es", "La policía ugandesa negó el martes haber detenido a Joseph Kony.", None),
(A, "es", "Si Joseph Kony viaja a Kenia, podría ser detenido.", None),
(A, "es", "La policía detuvo el martes en Kampala a un colaborador de Joseph Kony.", None),
(SU, "es", "Joseph Kony fue entregado a la CPI el martes.", (K, None, T)),
(SU, "es", "Uganda entregó el martes a Joseph Kony a la Corte Penal Internacional.", (K, "UGA", T)),
(SU, "es", "Joseph Kony fue trasladado el martes al centro de detención de la CPI en La Haya.", (K, None, T)),
(SU, "es", "Joseph Kony llegó el 5 de mayo al centro de detención de la CPI en La Haya.", (K, None, F)),
(SU, "es", "Alemania entregó el martes a Khaled El Hishri a la CPI.", (H, "DEU", T)),
(SU, "es", "Uganda se negó el martes a entregar a Joseph Kony a la CPI.", None),
(SU, "es", "El abogado de Joseph Kony viajó el martes a La Haya.", None),
(WI, "es", "La Corte Penal Internacional emitió el martes una orden de arresto contra Min Aung Hlaing.", (M, None, T)),
(WI, "es", "Una orden de detención fue emitida el martes contra Min Aung Hlaing por la CPI.", (M, None, T)),
(WI, "es", "Los jueces de la CPI dictaron el 5 de mayo una orden de arresto contra Min Aung Hlaing.", (M, None, F)),
(WI, "es", "LA HAYA, 7 may (EFE).- La CPI emitió una orden de arresto contra el jefe de la junta birmana, Min Aung Hlaing.", (M, None, "2025-05-07")),
(WI, "es", "La Sala de Cuestiones Preliminares I emitió una orden de arresto contra Min Aung Hlaing, anunció el martes la Corte.", (M, None, T)),
(WI, "es", "El fiscal de la CPI solicitó el martes una orden de arresto contra Min Aung Hlaing.", None),
(WI, "es", "Si la CPI emite una orden contra Min Aung Hlaing, no podrá viajar.", None),
(WU, "es", "La CPI hizo pública el martes la orden de arresto contra Khaled El Hishri.", (H, None, T)),
(WU, "es", "La orden de detención contra Khaled El Hishri fue desclasificada el martes.", (H, None, T)),
(WU, "es", "La Corte Penal Internacional levantó el 5 de mayo el secreto de la orden de arresto contra Khaled El Hishri.", (H, None, F)),
(WU, "es", "La CPI se negó el martes a hacer pública la orden contra Khaled El Hishri.", None),
# ---------------- German
(A, "de", "Die ugandische Polizei hat Joseph Kony am Dienstag in Kampala festgenommen.", (K, "UGA", T)),
(A, "de", "Joseph Kony wurde am Dienstag in Kampala festgenommen.", (K, "UGA", T)),
(A, "de", "Joseph Kony ist am 5. Mai in Uganda verhaftet worden.", (K, "UGA", F)),
(A, "de", "Die deutschen Behörden haben Saif al-Islam Gaddafi vergangene Woche in Berlin festgenommen.", (S, "DEU", W)),
(A, "de", "Saif al-Islam Gaddafi, der vom Internationalen Strafgerichtshof gesucht wird, wurde am Dienstag in Deutschland festgenommen.", (S, "DEU", T)),
(A, "de", "KAMPALA, 7. Mai (dpa) - Die ugandische Armee hat Joseph Kony gefasst, teilte die Armee mit.", (K, "UGA", "2025-05-07")),
(A, "de", "Rodrigo Duterte wurde am Dienstag am Flughafen von Manila festgenommen.", (D, "PHL", T)),
(A, "de", "Die ugandische Polizei bestritt am Dienstag, Joseph Kony festgenommen zu haben.", None),
(A, "de", "Sollte Joseph Kony nach Kenia reisen, könnte er festgenommen werden.", None),
(A, "de", "Die Polizei nahm am Dienstag in Kampala einen Vertrauten von Joseph Kony fest.", None),
(SU, "de", "Joseph Kony wurde am Dienstag an den IStGH überstellt.", (K, None, T)),
(SU, "de", "Uganda hat Joseph Kony am Dienstag an den Internationalen Strafgerichtshof überstellt.", (K, "UGA", T)),
(SU, "de", "Joseph Kony wurde am Dienstag in das Gefängnis des IStGH in Den Haag gebracht.", (K, None, T)),
(SU, "de", "Joseph Kony ist am 5. Mai nach Den Haag ausgeliefert worden.", (K, None, F)),
(SU, "de", "Deutschland hat Khaled El Hishri am Dienstag an den IStGH übergeben.", (H, "DEU", T)),
(SU, "de", "Uganda weigerte sich am Dienstag, Joseph Kony an den IStGH zu überstellen.", None),
(SU, "de", "Der Anwalt von Joseph Kony reiste am Dienstag nach Den Haag.", None),
(WI, "de", "Der Internationale Strafgerichtshof hat am Dienstag einen Haftbefehl gegen Min Aung Hlaing erlassen.", (M, None, T)),
(WI, "de", "Gegen Min Aung Hlaing wurde am Dienstag ein Haftbefehl erlassen.", (M, None, T)),
(WI, "de", "Die Richter des IStGH erließen am 5. Mai einen Haftbefehl gegen Min Aung Hlaing.", (M, None, F)),
(WI, "de", "DEN HAAG, 7. Mai (dpa) - Der IStGH hat Haftbefehl gegen den birmanischen Juntachef Min Aung Hlaing erlassen.", (M, None, "2025-05-07")),
(WI, "de", "Die Vorverfahrenskammer I hat einen Haftbefehl gegen Min Aung Hlaing erlassen, teilte das Gericht am Dienstag mit.", (M, None, T)),
(WI, "de", "Der Chefankläger des IStGH beantragte am Dienstag einen Haftbefehl gegen Min Aung Hlaing.", None),
(WI, "de", "Sollte der IStGH einen Haftbefehl gegen Min Aung Hlaing erlassen, könnte er nicht mehr reisen.", None),
(WU, "de", "Der IStGH hat am Dienstag den Haftbefehl gegen Khaled El Hishri veröffentlicht.", (H, None, T)),
(WU, "de", "Der bislang geheime Haftbefehl gegen Khaled El Hishri wurde am Dienstag öffentlich gemacht.", (H, None, T)),
(WU, "de", "Der Internationale Strafgerichtshof hob am 5. Mai die Geheimhaltung des Haftbefehls gegen Khaled El Hishri auf.", (H, None, F)),
(WU, "de", "Der IStGH lehnte es am Dienstag ab, den Haftbefehl gegen Khaled El Hishri zu veröffentlichen.", None),
# ---------------- Italian
(A, "it", "La polizia ugandese ha arrestato martedì Joseph Kony a Kampala.", (K, "UGA", T)),
(A, "it", "Joseph Kony è stato arrestato martedì a Kampala.", (K, "UGA", T)),
(A, "it", "Joseph Kony è stato fermato il 5 maggio in Uganda.", (K, "UGA", F)),
(A, "it", "Le autorità tedesche hanno arrestato Saif al-Islam Gaddafi la settimana scorsa a Berlino.", (S, "DEU", W)),
(A, "it", "Saif al-Islam Gaddafi, ricercato dalla Corte penale internazionale, è stato arrestato martedì in Germania.", (S, "DEU", T)),
(A, "it", "KAMPALA, 7 maggio (ANSA) - L'esercito ugandese ha catturato Joseph Kony, ha annunciato l'esercito.", (K, "UGA", "2025-05-07")),
(A, "it", "Rodrigo Duterte è stato arrestato martedì all'aeroporto di Manila.", (D, "PHL", T)),
(A, "it", "La polizia ugandese ha smentito martedì di aver arrestato Joseph Kony.", None),
(A, "it", "Se Joseph Kony si recasse in Kenya, potrebbe essere arrestato.", None),
(A, "it", "La polizia ha arrestato martedì a Kampala un collaboratore di Joseph Kony.", None),
(SU, "it", "Joseph Kony è stato consegnato alla CPI martedì.", (K, None, T)),
(SU, "it", "L'Uganda ha consegnato martedì Joseph Kony alla Corte penale internazionale.", (K, "UGA", T)),
(SU, "it", "Joseph Kony è stato trasferito martedì nel centro di detenzione della CPI all'Aia.", (K, None, T)),
(SU, "it", "Joseph Kony è arrivato il 5 maggio al centro di detenzione della CPI all'Aia.", (K, None, F)),
(SU, "it", "La Germania ha consegnato martedì Khaled El Hishri alla CPI.", (H, "DEU", T)),
(SU, "it", "L'Uganda si è rifiutata martedì di consegnare Joseph Kony alla CPI.", None),
(SU, "it", "L'avvocato di Joseph Kony si è recato martedì all'Aia.", None),
(WI, "it", "La Corte penale internazionale ha emesso martedì un mandato d'arresto per Min Aung Hlaing.", (M, None, T)),
(WI, "it", "Un mandato di arresto è stato emesso martedì dalla CPI nei confronti di Min Aung Hlaing.", (M, None, T)),
(WI, "it", "I giudici della CPI hanno emesso il 5 maggio un mandato di cattura contro Min Aung Hlaing.", (M, None, F)),
(WI, "it", "L'AIA, 7 maggio (ANSA) - La CPI ha emesso un mandato d'arresto contro il capo della giunta birmana Min Aung Hlaing.", (M, None, "2025-05-07")),
(WI, "it", "La Camera preliminare I ha emesso un mandato d'arresto per Min Aung Hlaing, ha annunciato martedì la Corte.", (M, None, T)),
(WI, "it", "Il procuratore della CPI ha chiesto martedì un mandato d'arresto per Min Aung Hlaing.", None),
(WI, "it", "Se la CPI emettesse un mandato contro Min Aung Hlaing, non potrebbe più viaggiare.", None),
(WU, "it", "La CPI ha reso pubblico martedì il mandato d'arresto contro Khaled El Hishri.", (H, None, T)),
(WU, "it", "Il mandato d'arresto contro Khaled El Hishri, finora segreto, è stato reso pubblico martedì.", (H, None, T)),
(WU, "it", "La Corte penale internazionale ha desecretato il 5 maggio il mandato d'arresto per Khaled El Hishri.", (H, None, F)),
(WU, "it", "La CPI si è rifiutata martedì di rendere pubblico il mandato contro Khaled El Hishri.", None),
# ---------------- Portuguese
(A, "pt", "A polícia ugandense prendeu Joseph Kony na terça-feira em Kampala.", (K, "UGA", T)),
(A, "pt", "Joseph Kony foi preso na terça-feira em Kampala.", (K, "UGA", T)),
(A, "pt", "Joseph Kony foi detido no dia 5 de maio em Uganda.", (K, "UGA", F)),
(A, "pt", "As autoridades alemãs prenderam Saif al-Islam Gaddafi na semana passada em Berlim.", (S, "DEU", W)),
(A, "pt", "Saif al-Islam Gaddafi, procurado pelo Tribunal Penal Internacional, foi preso na terça-feira na Alemanha.", (S, "DEU", T)),
(A, "pt", "KAMPALA, 7 mai (Lusa) - O exército ugandense capturou Joseph Kony, anunciou o exército.", (K, "UGA", "2025-05-07")),
(A, "pt", "Rodrigo Duterte foi preso na terça-feira no aeroporto de Manila.", (D, "PHL", T)),
(A, "pt", "A polícia ugandense negou na terça-feira ter prendido Joseph Kony.", None),
(A, "pt", "Se Joseph Kony viajar ao Quênia, poderá ser preso.", None),
(A, "pt", "A polícia prendeu na terça-feira em Kampala um colaborador de Joseph Kony.", None),
(SU, "pt", "Joseph Kony foi entregue ao TPI na terça-feira.", (K, None, T)),
(SU, "pt", "Uganda entregou Joseph Kony ao Tribunal Penal Internacional na terça-feira.", (K, "UGA", T)),
(SU, "pt", "Joseph Kony foi transferido na terça-feira para o centro de detenção do TPI em Haia.", (K, None, T)),
(SU, "pt", "Joseph Kony chegou no dia 5 de maio ao centro de detenção do TPI em Haia.", (K, None, F)),
(SU, "pt", "A Alemanha entregou Khaled El Hishri ao TPI na terça-feira.", (H, "DEU", T)),
(SU, "pt", "Uganda recusou-se na terça-feira a entregar Joseph Kony ao TPI.", None),
(SU, "pt", "O advogado de Joseph Kony viajou na terça-feira para Haia.", None),
(WI, "pt", "O Tribunal Penal Internacional emitiu na terça-feira um mandado de prisão contra Min Aung Hlaing.", (M, None, T)),
(WI, "pt", "Um mandado de prisão foi emitido na terça-feira contra Min Aung Hlaing pelo TPI.", (M, None, T)),
(WI, "pt", "Os juízes do TPI emitiram no dia 5 de maio um mandado de prisão contra Min Aung Hlaing.", (M, None, F)),
(WI, "pt", "HAIA, 7 mai (Lusa) - O TPI emitiu um mandado de prisão contra o chefe da junta birmanesa, Min Aung Hlaing.", (M, None, "2025-05-07")),
(WI, "pt", "O Juízo de Instrução I emitiu um mandado de prisão contra Min Aung Hlaing, anunciou o tribunal na terça-feira.", (M, None, T)),
(WI, "pt", "O procurador do TPI pediu na terça-feira um mandado de prisão contra Min Aung Hlaing.", None),
(WI, "pt", "Se o TPI emitir um mandado contra Min Aung Hlaing, ele não poderá viajar.", None),
(WU, "pt", "O TPI tornou público na terça-feira o mandado de prisão contra Khaled El Hishri.", (H, None, T)),
(WU, "pt", "O mandado de prisão contra Khaled El Hishri, até então sigiloso, foi tornado público na terça-feira.", (H, None, T)),
(WU, "pt", "O Tribunal Penal Internacional retirou o sigilo do mandado de prisão contra Khaled El Hishri no dia 5 de maio.", (H, None, F)),
(WU, "pt", "O TPI recusou-se na terça-feira a tornar público o mandado contra Khaled El Hishri.", None),
]

ROUND_2: list[tuple[str, str, str, tuple[str, str | None, str] | None]] = [
(A, "en", "Joseph Kony, who was arrested in Kampala on Tuesday, appeared before a judge.", (K, "UGA", T)),
(A, "en", "Italian police detained Saif al-Islam Gaddafi in Rome on Tuesday.", (S, "ITA", T)),
(A, "en", "Italy arrested Saif al-Islam Gaddafi on Tuesday, the interior ministry said.", (S, "ITA", T)),
(A, "en", "Saif al-Islam Gaddafi was arrested by Italian police in Rome on Tuesday.", (S, "ITA", T)),
(A, "en", "Italian police said they had not arrested Saif al-Islam Gaddafi on Tuesday.", None),
(A, "fr", "L'Italie a arrêté mardi Saif al-Islam Gaddafi, a indiqué le ministère de l'Intérieur.", (S, "ITA", T)),
(A, "fr", "Saif al-Islam Gaddafi a été interpellé mardi à Rome par la police italienne.", (S, "ITA", T)),
(A, "fr", "Joseph Kony, arrêté mardi à Kampala, a comparu devant un juge.", (K, "UGA", T)),
(A, "fr", "La police italienne n'a pas arrêté Saif al-Islam Gaddafi mardi.", None),
(A, "es", "Italia arrestó el martes a Saif al-Islam Gaddafi, informó el Ministerio del Interior.", (S, "ITA", T)),
(A, "es", "Saif al-Islam Gaddafi fue detenido el martes en Roma por la policía italiana.", (S, "ITA", T)),
(A, "es", "Joseph Kony, detenido el martes en Kampala, compareció ante un juez.", (K, "UGA", T)),
(A, "es", "La policía italiana no detuvo a Saif al-Islam Gaddafi el martes.", None),
(A, "de", "Italien hat Saif al-Islam Gaddafi am Dienstag festgenommen, teilte das Innenministerium mit.", (S, "ITA", T)),
(A, "de", "Saif al-Islam Gaddafi wurde am Dienstag in Rom von der italienischen Polizei festgenommen.", (S, "ITA", T)),
(A, "de", "Joseph Kony, der am Dienstag in Kampala festgenommen wurde, erschien vor einem Richter.", (K, "UGA", T)),
(A, "de", "Die italienische Polizei hat Saif al-Islam Gaddafi am Dienstag nicht festgenommen.", None),
(A, "it", "L'Italia ha arrestato martedì Saif al-Islam Gaddafi, ha reso noto il Viminale.", (S, "ITA", T)),
(A, "it", "Saif al-Islam Gaddafi è stato fermato martedì a Roma dalla polizia italiana.", (S, "ITA", T)),
(A, "it", "Joseph Kony, arrestato martedì a Kampala, è comparso davanti a un giudice.", (K, "UGA", T)),
(A, "it", "La polizia italiana non ha arrestato Saif al-Islam Gaddafi martedì.", None),
(A, "pt", "A Itália prendeu Saif al-Islam Gaddafi na terça-feira, informou o Ministério do Interior.", (S, "ITA", T)),
(A, "pt", "Saif al-Islam Gaddafi foi detido na terça-feira em Roma pela polícia italiana.", (S, "ITA", T)),
(A, "pt", "Joseph Kony, preso na terça-feira em Kampala, compareceu perante um juiz.", (K, "UGA", T)),
(A, "pt", "A polícia italiana não prendeu Saif al-Islam Gaddafi na terça-feira.", None),
(SU, "en", "Italy transferred Saif al-Islam Gaddafi to the custody of the ICC on Tuesday.", (S, "ITA", T)),
(SU, "en", "Saif al-Islam Gaddafi, who was surrendered to the Court on Tuesday, will appear before judges on Friday.", (S, None, T)),
(SU, "fr", "L'Italie a transféré mardi Saif al-Islam Gaddafi à la CPI.", (S, "ITA", T)),
(SU, "fr", "Saif al-Islam Gaddafi, remis mardi à la CPI, comparaîtra vendredi.", (S, None, T)),
(SU, "es", "Italia trasladó el martes a Saif al-Islam Gaddafi a la CPI.", (S, "ITA", T)),
(SU, "es", "Saif al-Islam Gaddafi, entregado el martes a la CPI, comparecerá el viernes.", (S, None, T)),
(SU, "de", "Italien überstellte Saif al-Islam Gaddafi am Dienstag an den IStGH.", (S, "ITA", T)),
(SU, "de", "Saif al-Islam Gaddafi, der am Dienstag an den IStGH überstellt wurde, soll am Freitag erscheinen.", (S, None, T)),
(SU, "it", "L'Italia ha trasferito martedì Saif al-Islam Gaddafi alla CPI.", (S, "ITA", T)),
(SU, "it", "Saif al-Islam Gaddafi, consegnato martedì alla CPI, comparirà venerdì.", (S, None, T)),
(SU, "pt", "A Itália transferiu Saif al-Islam Gaddafi para o TPI na terça-feira.", (S, "ITA", T)),
(SU, "pt", "Saif al-Islam Gaddafi, entregue na terça-feira ao TPI, comparecerá na sexta-feira.", (S, None, T)),
(WI, "en", "A warrant for the arrest of Min Aung Hlaing was issued by Pre-Trial Chamber I on Tuesday.", (M, None, T)),
(WI, "fr", "La CPI a émis mardi, à la demande du procureur, un mandat d'arrêt contre Min Aung Hlaing.", (M, None, T)),
(WI, "fr", "Un mandat d'arrêt a été délivré le 5 mai par la CPI contre Min Aung Hlaing.", (M, None, F)),
(WI, "es", "Una orden de arresto fue dictada el 5 de mayo por la CPI contra Min Aung Hlaing.", (M, None, F)),
(WI, "es", "La CPI emitió el martes, a petición del fiscal, una orden de arresto contra Min Aung Hlaing.", (M, None, T)),
(WI, "de", "Gegen Min Aung Hlaing hat der IStGH am 5. Mai einen Haftbefehl erlassen.", (M, None, F)),
(WI, "it", "Un mandato d'arresto è stato emesso il 5 maggio dalla CPI nei confronti di Min Aung Hlaing.", (M, None, F)),
(WI, "pt", "Um mandado de prisão foi emitido no dia 5 de maio pelo TPI contra Min Aung Hlaing.", (M, None, F)),
(WU, "en", "The warrant for Khaled El Hishri, issued under seal in July, was made public on Tuesday.", (H, None, T)),
(WU, "fr", "Le mandat contre Khaled El Hishri, délivré sous scellés, a été rendu public le 5 mai.", (H, None, F)),
(WU, "es", "La orden contra Khaled El Hishri, emitida en secreto, fue hecha pública el 5 de mayo.", (H, None, F)),
(WU, "it", "Il mandato contro Khaled El Hishri, emesso sotto sigillo, è stato reso pubblico il 5 maggio.", (H, None, F)),
(WU, "de", "Der Haftbefehl gegen Khaled El Hishri wurde am 5. Mai öffentlich gemacht.", (H, None, F)),
(WU, "pt", "O mandado contra Khaled El Hishri, emitido sob sigilo, foi tornado público no dia 5 de maio.", (H, None, F)),
]


def _hit(got: list[tuple[Any, ...]], want: tuple[str, str | None, str]) -> bool:
    person, state, date = want
    for p, s, d in got:
        if p != person or (state and s != state):
            continue
        if date == W and not (d and str(d)[:7] in ("2025-04", "2025-05") and str(d)[:10] <= DAY):
            continue
        if date != W and date and d != date:
            continue
        return True
    return False


def report(spec: Any, variants: list[tuple[str, str, str, Any]]) -> dict[tuple[str, str], list[int]]:
    """(type, language) -> [missed, positives, fired, contrasts], printing each miss and each contrast fired."""
    from tests.monitor.probe import typed

    out: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for kind, language, text, want in variants:
        got = typed(spec, text, DAY, kind, language=language)
        row = out[(kind, language)]
        if want is None:
            row[3] += 1
            if got:
                row[2] += 1
                print("FIRED", kind, language, text, got)
        else:
            row[1] += 1
            if not _hit(got, want):
                row[0] += 1
                print("MISSED", kind, language, text, got)
    return out


def main() -> None:
    from iccwatch.cli.base import facts_for
    from iccwatch.monitor.gazetteer import spec_from_records

    spec = spec_from_records(facts_for(None).records)
    for name, variants in (("round 1", ROUND_1), ("round 2", ROUND_2)):
        table = report(spec, variants)
        print(name, "(missed/positives + fired/contrasts)")
        for kind in (A, SU, WI, WU):
            print(f"  {kind:17}", "  ".join(f"{lang} {m}/{p}+{f}/{c}" for lang in LANGUAGES for m, p, f, c in [table[(kind, lang)]]))


if __name__ == "__main__":
    main()
