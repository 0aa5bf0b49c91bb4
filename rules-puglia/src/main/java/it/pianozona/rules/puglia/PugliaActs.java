package it.pianozona.rules.puglia;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;

/**
 * The Puglia acts the rules cite, and the module's messages. A citation not checked against the act
 * carries a caveat, in Italian and English, saying what to verify against which act. Links point at
 * the act itself, or are left out.
 */
final class PugliaActs {

  private PugliaActs() {}

  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", PugliaActs.class::getResourceAsStream);

  static final String LR19 = "L.R. Puglia 10 luglio 2006, n. 19";
  static final String RR4 = "R.R. Puglia 18 gennaio 2007, n. 4";

  /** The V Piano Regionale delle Politiche Sociali on the Region's site. */
  static final String V_PRPS_URL =
      "https://www.regione.puglia.it/web/welfare-diritti-e-cittadinanza/il-v-piano-regionale-delle-politiche-sociali";

  private static final Text ART10_CAVEAT =
      Text.of(
          "L'art. 10 è intitolato «Piano sociale di zona»; il contenuto citato è da verificare sul"
              + " testo dell'articolo.",
          "Art. 10 is titled 'Piano sociale di zona'; the content cited is to be verified against"
              + " the text of the article.");

  /** The PSdZ lasts three years and is defined by the comuni with the health district. */
  static final LegalBasis ART10_DURATION =
      LegalBasis.unverified(
          LR19, "art. 10 (\"Il Piano sociale di zona ha durata triennale\")", null, ART10_CAVEAT);

  /** The PSdZ is adopted through an Accordo di Programma. */
  static final LegalBasis ART10_AGREEMENT =
      LegalBasis.unverified(
          LR19, "art. 10 (\"adottato con accordo di programma\")", null, ART10_CAVEAT);

  /** The unions and the third sector take full part in defining the PSdZ. */
  static final LegalBasis ART10_PARTICIPATION =
      LegalBasis.unverified(
          LR19,
          "art. 10 (\"con la piena partecipazione di organizzazioni sindacali, organismi di"
              + " rappresentanza del volontariato e della cooperazione sociale\"); art. 4, c. 2,"
              + " lett. c); art. 19 (Concorso del terzo settore)",
          null,
          ART10_CAVEAT);

  /** What the PSdZ defines, beyond L. 328/2000 art. 19: prior needs analysis, cost sharing. */
  static final LegalBasis ART10_CONTENTS =
      LegalBasis.unverified(
          LR19,
          "art. 10",
          null,
          Text.of(
              "Che i contenuti qui controllati (l'analisi preliminare dei bisogni, la ripartizione"
                  + " dei costi sociosanitari tra ASL e comuni) siano fissati dall'art. 10 è da"
                  + " verificare sul testo della legge.",
              "That the contents checked here (a prior analysis of needs, the split of socio-health"
                  + " costs between the ASL and the comuni) are set by art. 10 is to be verified"
                  + " against the text of the law."));

  /** The Coordinamento Istituzionale approves the plan before the Conferenza di Servizi. */
  static final LegalBasis COORDINAMENTO =
      LegalBasis.unverified(
          LR19,
          "art. 6 (Gestione" + " associata); prassi del Coordinamento Istituzionale d'ambito",
          null,
          Text.of(
              "L'approvazione del piano da parte del Coordinamento Istituzionale è prassi degli"
                  + " ambiti; la norma che la prevede è da verificare sulla L.R. 19/2006 e sul"
                  + " R.R. 4/2007.",
              "Approval of the plan by the Coordinamento Istituzionale is the ambiti's practice;"
                  + " the provision that requires it is to be verified against L.R. 19/2006 and"
                  + " R.R. 4/2007."));

  /** The Ufficio di Piano is the ambito's planning office. */
  static final LegalBasis UFFICIO_DI_PIANO =
      LegalBasis.unverified(
          LR19,
          "art. 6 (Gestione" + " associata)",
          null,
          Text.of(
              "L'articolo che prevede l'Ufficio di Piano e le sue funzioni minime sono da"
                  + " verificare sulla L.R. 19/2006 e sul R.R. 4/2007.",
              "The article that requires the Ufficio di Piano, and its minimum functions, are to"
                  + " be verified against L.R. 19/2006 and R.R. 4/2007."));

  /** Participation of the actors of art. 4 c. 2 lett. c in drafting the plan. */
  static final LegalBasis PARTICIPATION =
      LegalBasis.of(
          LR19,
          "art. 4, c. 2, lett. c); R.R. 4/2007, art. 16 (tavoli di progettazione partecipata)",
          null);

  /** Single access points (PUA) run by the ambito with the health authority. */
  static final LegalBasis PUA =
      LegalBasis.unverified(
          RR4,
          "art. 3 (Porte Uniche di Accesso)",
          null,
          Text.of(
              "Il testo dell'art. 3 è da verificare sulla pubblicazione nel BURP (n. 12 del 2007)"
                  + " e sul testo vigente del regolamento.",
              "The text of art. 3 is to be verified against its publication in the BURP (n. 12 of"
                  + " 2007) and the regulation's text in force."));

  /** The comuni co-finance the plan; the minimum share is a dated parameter. */
  static final LegalBasis COFINANCING =
      LegalBasis.unverified(
          LR19,
          "art. 15 (Finanziamento del sistema integrato)",
          null,
          Text.of(
              "Il minimo del 20% a carico dei comuni è fissato per il II ciclo (2010-2012); il"
                  + " testo dell'art. 15 è da verificare sulla legge.",
              "The 20% minimum municipal share is set for the II cycle (2010-2012); the text of"
                  + " art. 15 is to be verified against the law."));

  /** The V plan's seven strategic areas, which structure every PSdZ 2022-2024. */
  static final LegalBasis V_PRPS_AREAS =
      LegalBasis.unverified(
          "DGR Regione Puglia 14 marzo 2022, n. 353 (V PRPS 2022-2024)",
          "sette aree strategiche",
          V_PRPS_URL,
          Text.of(
              "Che ogni area strategica vada programmata discende dalla struttura del V PRPS (sette"
                  + " aree, 34 obiettivi, un intervento per obiettivo); è da verificare"
                  + " sull'allegato della DGR 353/2022.",
              "That every strategic area must be programmed follows from the structure of the V"
                  + " PRPS (seven areas, 34 objectives, one intervention per objective); to be"
                  + " verified against the annex of DGR 353/2022."));

  /** The IV plan's five priorities, which structured every PSdZ 2018-2020. */
  static final LegalBasis IV_PRPS_AREAS =
      LegalBasis.unverified(
          "DGR Regione Puglia 28 dicembre 2017, n. 2324 (IV PRPS 2017-2020)",
          "documento tecnico, cap. II, priorità da 2.2.1 a 2.2.5",
          null,
          Text.of(
              "Le cinque priorità e i loro titoli sono quelli dell'indice del documento tecnico;"
                  + " che ogni Piano Sociale di Zona debba programmare ciascuna priorità è da"
                  + " verificare sul testo delle priorità (da 2.2.1 a 2.2.5) della DGR 2324/2017.",
              "The five priorities and their titles are those of the technical document's index;"
                  + " that every Piano Sociale di Zona must programme each priority is to be"
                  + " verified against the text of the priorities (2.2.1 to 2.2.5) of DGR"
                  + " 2324/2017."));
}
