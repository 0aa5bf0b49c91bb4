package it.pianozona.rules.puglia;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;

/**
 * The Puglia acts the rules cite, and the module's messages. Where the research could read only an
 * ambito's restatement of an article, the citation carries a caveat saying so.
 */
final class PugliaActs {

  private PugliaActs() {}

  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", PugliaActs.class::getResourceAsStream);

  static final String LR19 = "L.R. Puglia 10 luglio 2006, n. 19";
  static final String RR4 = "R.R. Puglia 18 gennaio 2007, n. 4";

  private static final String ART10_CAVEAT =
      "Art. 10 is titled 'Piano sociale di zona' in the"
          + " law's table of contents (edizionieuropee.it); its text was not read: the content is as"
          + " the Ambito di Mola di Bari restates it (resettamiweb.it/ambitomola/piano-zona).";

  /** The PSdZ lasts three years and is defined by the comuni with the health district. */
  static final LegalBasis ART10_DURATION =
      LegalBasis.unverified(
          LR19,
          "art. 10 (\"Il Piano sociale di zona ha durata triennale\")",
          "https://www.resettamiweb.it/ambitomola/piano-zona/",
          ART10_CAVEAT);

  /** The PSdZ is adopted through an Accordo di Programma. */
  static final LegalBasis ART10_AGREEMENT =
      LegalBasis.unverified(
          LR19,
          "art. 10 (\"adottato con accordo di programma\")",
          "https://www.resettamiweb.it/ambitomola/piano-zona/",
          ART10_CAVEAT);

  /** The unions and the third sector take full part in defining the PSdZ. */
  static final LegalBasis ART10_PARTICIPATION =
      LegalBasis.unverified(
          LR19,
          "art. 10 (\"con la piena partecipazione di organizzazioni sindacali, organismi di"
              + " rappresentanza del volontariato e della cooperazione sociale\"); art. 4, c. 2,"
              + " lett. c); art. 19 (Concorso del terzo settore)",
          "https://www.resettamiweb.it/ambitomola/piano-zona/",
          ART10_CAVEAT);

  /** What the PSdZ defines, beyond L. 328/2000 art. 19: prior needs analysis, cost sharing. */
  static final LegalBasis ART10_CONTENTS =
      LegalBasis.unverified(
          LR19,
          "art. 10",
          "https://nocigazzettino.it/?p=18029",
          "The contents are as the Ambiti di Putignano and"
              + " Trani-Bisceglie restate the regional rule, without naming its article.");

  /** The Coordinamento Istituzionale approves the plan before the Conferenza di Servizi. */
  static final LegalBasis COORDINAMENTO =
      LegalBasis.unverified(
          LR19,
          "art. 6 (Gestione" + " associata); prassi del Coordinamento Istituzionale d'ambito",
          "https://docslib.org/doc/8499214/n-26-approvazione-relazione-sociale-2016",
          "The Coordinamento Istituzionale's approval of the plan is confirmed by ambito"
              + " deliberations (Manduria, Trani), not read in the law or the regulation.");

  /** The Ufficio di Piano is the ambito's planning office. */
  static final LegalBasis UFFICIO_DI_PIANO =
      LegalBasis.unverified(
          LR19,
          "art. 6 (Gestione" + " associata)",
          "https://www.luceraweb.eu/articolo.asp?ID=40608",
          "Every ambito document names its Ufficio di Piano; the article that requires it and its"
              + " minimum functions were not read.");

  /** Participation of the actors of art. 4 c. 2 lett. c in drafting the plan. */
  static final LegalBasis PARTICIPATION =
      LegalBasis.of(
          LR19,
          "art. 4, c. 2, lett. c); R.R. 4/2007, art. 16 (tavoli di progettazione partecipata)",
          "https://www.statoquotidiano.it/12/02/2018/avvio-progettazione-partecipata-la-stesura-del-piano-sociale-zona-2018-2020/605635/");

  /** Single access points (PUA) run by the ambito with the health authority. */
  static final LegalBasis PUA =
      LegalBasis.unverified(
          RR4,
          "art. 3 (Porte Uniche di Accesso)",
          "https://legislazionetecnica.it/lt_link/normativa/WFBVUkcxOEdFMjAwNzQjQTcw",
          "Text read in a private legal database's consolidated version, not in the BURP.");

  /** The comuni co-finance the plan; the minimum share is a dated parameter. */
  static final LegalBasis COFINANCING =
      LegalBasis.unverified(
          LR19,
          "art. 15 (Finanziamento del sistema integrato)",
          "http://www.ilfrizzo.it/provincia2010/provincia0459.htm",
          "A minimum municipal share of 20% is confirmed only for the II cycle (2010-2012); the"
              + " article's text was not read.");

  /** The V plan's seven strategic areas, which structure every PSdZ 2022-2024. */
  static final LegalBasis V_PRPS_AREAS =
      LegalBasis.unverified(
          "DGR Regione Puglia 14 marzo 2022, n. 353 (V PRPS 2022-2024)",
          "sette aree strategiche",
          "https://www.regione.puglia.it/web/welfare-diritti-e-cittadinanza/il-v-piano-regionale-delle-politiche-sociali",
          "That every strategic area must be programmed follows from the plan's structure (seven"
              + " areas, 34 objectives, one intervention per objective) as the Region and the ambiti"
              + " describe it; the annex was not read.");

  /** The IV plan's priorities, which structured every PSdZ 2018-2020. */
  static final LegalBasis IV_PRPS_AREAS =
      LegalBasis.unverified(
          "DGR Regione Puglia 28 dicembre 2017, n. 2324 (IV PRPS 2017-2020)",
          "cap. II, Le priorità nella programmazione sociale regionale",
          "https://documenti.site/document/pri-del-2017-00045-prps-2017-2020-doc-tecnico-di-pianoregionalepolitichesociali201732020.html",
          "The index of the technical document was read up to priority 2.2.3; the later ones are"
              + " known only from the tables of the Ambito di Putignano.");
}
