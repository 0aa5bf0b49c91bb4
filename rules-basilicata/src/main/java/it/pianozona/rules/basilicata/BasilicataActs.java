package it.pianozona.rules.basilicata;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * The Basilicata acts the rules cite, and the module's messages. The text of L.R. 4/2007 beyond
 * art. 1 has not been checked (art. 12 c. 3 only as quoted by the press), so every rule that rests
 * on the law or on the 2015 guidelines carries a caveat, in Italian and English, saying what to
 * verify.
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

  /** The Conferenza Istituzionale d'Ambito (Conferenza dei Sindaci) and its functions. */
  static final LegalBasis CONFERENCE =
      LegalBasis.unverified(
          LR4,
          "art. 12, c. 3 (Conferenza Istituzionale dell'Ambito: funzioni di indirizzo, di"
              + " coordinamento e di controllo)",
          null,
          Text.of(
              "Il testo dell'art. 12, c. 3, è da verificare sulla legge, come l'articolo che"
                  + " attribuisce alla Conferenza l'approvazione del Piano Intercomunale;"
                  + " l'approvazione da parte della Conferenza dei Sindaci è prassi degli ambiti.",
              "The text of art. 12 c. 3 is to be verified against the law, as is the article that"
                  + " gives the Conferenza the approval of the Piano Intercomunale; approval by the"
                  + " Conferenza dei Sindaci is the ambiti's practice."));

  /** The intercommunal convention for the joint management of the ambito's services. */
  static final LegalBasis CONVENTION =
      LegalBasis.unverified(
          LR4,
          "art. 12, c. 3 (gestione associata dei servizi sull'intero territorio dell'Ambito)",
          null,
          Text.of(
              "Il testo dell'art. 12, c. 3, è da verificare sulla legge. Che ogni consiglio comunale"
                  + " approvi una convenzione intercomunale prima del piano è prassi regionale,"
                  + " indicata dalla Regione come passo che precede gli Uffici di Piano; l'atto che"
                  + " la prescrive è da verificare.",
              "The text of art. 12 c. 3 is to be verified against the law. That every municipal"
                  + " council approves an intercommunal convention before the plan is regional"
                  + " practice, which the Region named as the step before the Uffici di Piano; the"
                  + " act that prescribes it is to be verified."));

  /** The Partnership Istituzionale of the ambito. */
  static final LegalBasis PARTNERSHIP =
      LegalBasis.unverified(
          "Linee guida regionali dei Piani intercomunali dei servizi sociali e sociosanitari (2015)",
          "Partnership Istituzionale d'Ambito",
          null,
          Text.of(
              "La Partnership Istituzionale è prassi degli ambiti; la linea guida o l'atto che la"
                  + " prevede è da verificare, come il fatto che le linee guida siano la DGR"
                  + " 917/2015.",
              "The Partnership Istituzionale is the ambiti's practice; the guideline or act that"
                  + " requires it is to be verified, as is whether the guidelines are DGR"
                  + " 917/2015."));

  /** The Ufficio di Piano d'Ambito, regulated by DGR 917/2015 and 241/2016. */
  static final LegalBasis PLANNING_OFFICE =
      LegalBasis.unverified(
          "DGR Regione Basilicata n. 917/2015 e n. 241/2016 (Ufficio di Piano d'Ambito, previsto"
              + " dalla L.R. 4/2007)",
          "",
          null,
          Text.of(
              "Testo, data e titolo delle due deliberazioni sono da verificare sugli atti.",
              "The text, date and title of both deliberations are to be verified against the"
                  + " acts."));

  /** What the Piano Intercomunale defines. */
  static final LegalBasis CONTENTS =
      LegalBasis.unverified(
          LR4 + "; linee guida regionali dei Piani intercomunali (2015)",
          "contenuti del Piano Intercomunale dei servizi sociali e sociosanitari",
          null,
          Text.of(
              "L'articolo o la linea guida che prescrive i sette contenuti (caratteristiche del"
                  + " territorio, struttura demografica, priorità sociali, offerta di servizi"
                  + " esistente, obiettivi di sviluppo, sistema di finanziamento, sistema di"
                  + " monitoraggio e valutazione) è da verificare.",
              "The article or guideline that prescribes the seven contents (territory, demographic"
                  + " structure, social priorities, services offered, development objectives,"
                  + " financing system, monitoring and evaluation system) is to be verified."));

  /** The nine ambiti socio-territoriali and their comuni. */
  static final LegalBasis AMBITI =
      LegalBasis.unverified(
          LR4 + "; L. 8 novembre 2000, n. 328, art. 8, c. 3, lett. a)",
          "ambiti socio-territoriali (nove dal 2015, ciascuno con un comune capofila)",
          null,
          Text.of(
              "L'atto regionale che fissa i nove ambiti, i loro comuni capofila e i comuni di"
                  + " ciascuno è da verificare; sono controllate solo le composizioni note,"
                  + " ciascuna con la propria fonte.",
              "The regional act that sets the nine ambiti, their lead comuni and the comuni of"
                  + " each is to be verified; only the known compositions are checked, each with its"
                  + " own source."));
}
