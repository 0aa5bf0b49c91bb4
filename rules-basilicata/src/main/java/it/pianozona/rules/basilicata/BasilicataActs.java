package it.pianozona.rules.basilicata;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * The Basilicata acts the rules cite, and the module's messages. The text of L.R. 4/2007 could not
 * be read beyond art. 1: only art. 12 c. 3 is known, through a press quotation, so every rule that
 * rests on the law or on the 2015 guidelines carries a caveat saying what to verify.
 */
final class BasilicataActs {

  private BasilicataActs() {}

  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", BasilicataActs.class::getResourceAsStream);

  /** The code part of the framework of the 2015 guidelines ({@code basilicata-2016}). */
  static final String Y2016 = "2016";

  /**
   * A Basilicata rule, coded under its framework ({@code BAS-2016-...}) with its messages under the
   * code without it ({@code BAS-GOV-001}), so a later framework can share them under new codes.
   */
  static RuleDescriptor rule(String cycle, String topic, Severity severity, LegalBasis basis) {
    return RuleDescriptor.of(
        "BAS-" + cycle + "-" + topic, severity, basis, MESSAGES, "BAS-" + topic);
  }

  static final String LR4 = "L.R. Basilicata 14 febbraio 2007, n. 4";
  static final String LR4_ART12_URL =
      "https://www.oltrefreepress.com/insediato-pietragalla-lufficio-piano-ambito-dellalto-basento/";

  /** The Conferenza Istituzionale d'Ambito (Conferenza dei Sindaci) and its functions. */
  static final LegalBasis CONFERENCE =
      LegalBasis.unverified(
          LR4,
          "art. 12, c. 3 (Conferenza Istituzionale dell'Ambito: funzioni di indirizzo, di"
              + " coordinamento e di controllo)",
          LR4_ART12_URL,
          "Art. 12 c. 3 was read only as quoted by the press (Oltre Free Press, 2018). The article"
              + " that gives the Conferenza the approval of the Piano Intercomunale was not read;"
              + " approval by the Conferenza dei Sindaci is confirmed in practice (Bradanica Medio"
              + " Basento, sassilive; Lagonegrese Pollino's statute of the Conferenza).");

  /** The intercommunal convention for the joint management of the ambito's services. */
  static final LegalBasis CONVENTION =
      LegalBasis.unverified(
          LR4,
          "art. 12, c. 3 (gestione associata dei servizi sull'intero territorio dell'Ambito)",
          "https://sassilive.it/?p=275239",
          "Art. 12 c. 3 was read only as quoted by the press. That every council approves an"
              + " intercommunal convention before the plan is regional practice: the Region urged"
              + " the conventions as the step before the Uffici di Piano (sassilive, 2016-2017) and"
              + " Irsina's council approved its own in April 2017; no act prescribing it was read.");

  /** The Partnership Istituzionale of the ambito. */
  static final LegalBasis PARTNERSHIP =
      LegalBasis.unverified(
          "Linee guida regionali dei Piani intercomunali dei servizi sociali e sociosanitari (2015)",
          "Partnership Istituzionale d'Ambito",
          "https://sassilive.it/?p=527244",
          "The Partnership Istituzionale is confirmed in practice (Bradanica Medio Basento, set up on"
              + " 08/08/2017 among its 13 comuni); the guideline or act that requires it was not"
              + " read. That the guidelines are DGR 917/2015 is inferred.");

  /** The Ufficio di Piano d'Ambito, regulated by DGR 917/2015 and 241/2016. */
  static final LegalBasis PLANNING_OFFICE =
      LegalBasis.unverified(
          "DGR Regione Basilicata n. 917/2015 e n. 241/2016 (Ufficio di Piano d'Ambito, previsto"
              + " dalla L.R. 4/2007)",
          "",
          LR4_ART12_URL,
          "Read only as the press summarises them («L'Ufficio di Piano di Ambito, previsto dalla"
              + " Legge Regionale n.4 del 2007 e disciplinato con le deliberazioni di Giunta"
              + " regionale n.917/2015 e n.241/2016»); neither deliberation's text, date or title"
              + " was seen.");

  /** What the Piano Intercomunale defines. */
  static final LegalBasis CONTENTS =
      LegalBasis.unverified(
          LR4 + "; linee guida regionali dei Piani intercomunali (2015)",
          "contenuti del Piano Intercomunale dei servizi sociali e sociosanitari",
          "https://sassilive.it/?p=527244",
          "The seven contents (territory, demographic structure, social priorities, services"
              + " offered, development objectives, financing system, monitoring and evaluation"
              + " system) are read in the Bradanica Medio Basento plan's own description («mediante"
              + " il quale si definiscono ...»); the article or guideline that prescribes them was"
              + " not read.");

  /** The nine ambiti socio-territoriali and their comuni. */
  static final LegalBasis AMBITI =
      LegalBasis.unverified(
          LR4 + "; L. 8 novembre 2000, n. 328, art. 8, c. 3, lett. a)",
          "ambiti socio-territoriali (nove dal 2015, ciascuno con un comune capofila)",
          "https://www.lasiritide.it/canestro.php?articolo=38282",
          "The nine ambiti and their capofila are confirmed by the press (La Siritide, 2025; the"
              + " Region's 2015 announcement of the reduction from 15 to 9). The act that fixes each"
              + " ambito's comuni was not read: only the compositions in ambiti.properties are"
              + " checked, each with its own source.");
}
