package it.pianozona.rules.lombardia;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * The Lombard acts the rules and criteria cite, and the module's messages. Article 18 of l.r.
 * 3/2008 is cited in its 2008 wording, as reprinted in the Gazzetta Ufficiale; what only the
 * wording after l.r. 23/2015 or practice says carries a caveat, in Italian and English. Commi 1-5
 * and 8 do not name the ASL that the reform replaced with the ATS and the ASST, so they are cited
 * in the 2008 wording; c. 7, which does, carries a caveat where the rule needs the new agencies.
 */
final class LombardiaActs {

  private LombardiaActs() {}

  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", LombardiaActs.class::getResourceAsStream);

  /**
   * A Lombard rule: one check of l.r. 3/2008 art. 18, coded per triennium ({@code LOM-1820-...},
   * {@code LOM-2123-...}) so each framework's findings stay distinct, with the messages shared
   * under the code without the triennium ({@code LOM-GOV-001}).
   *
   * @param cycle the triennium's short form, such as {@code 1820}
   * @param topic the topic and number, such as {@code GOV-001}
   */
  static RuleDescriptor rule(String cycle, String topic, Severity severity, LegalBasis basis) {
    return RuleDescriptor.of(
        "LOM-" + cycle + "-" + topic, severity, basis, MESSAGES, "LOM-" + topic);
  }

  static final String LR3 = "L.R. Lombardia 12 marzo 2008, n. 3";

  /** Art. 18 as reprinted in the Gazzetta Ufficiale (3a serie speciale, 30 agosto 2008). */
  static final String LR3_ART18_URL =
      "https://www.gazzettaufficiale.it/atto/regioni/"
          + "caricaArticolo?art.codiceRedazionale=008R0262&art.dataPubblicazioneGazzetta=2008-08-30"
          + "&art.idArticolo=18&art.idGruppo=5&art.idSottoArticolo=1&art.progressivo=0"
          + "&art.versione=1";

  /** L.r. 3/2008 in force, on the Consiglio regionale's Normelombardia. */
  static final String LR3_URL =
      "https://normelombardia.consiglio.regione.lombardia.it/NormeLombardia/Accessibile/main.aspx"
          + "?exp_coll=lr002008031200003&view=showdoc&iddoc=lr002008031200003"
          + "&selnode=lr002008031200003";

  static final String DGR_7631 = "DGR Regione Lombardia 28 dicembre 2017, n. X/7631";
  static final String DGR_2021 = "DGR Regione Lombardia 19 aprile 2021, n. XI/4563";

  /** Art. 18 and a comma, in the 2008 wording read in the act. */
  static LegalBasis art18(String comma) {
    return LegalBasis.of(LR3, "art. 18, c. " + comma, LR3_ART18_URL);
  }

  /** C. 1: the plan defines how people access the network of social services. */
  static final LegalBasis ACCESS = art18("1 (\"definisce le modalità di accesso alla rete\")");

  /** C. 2: integration with health, education and training, labour and housing. */
  static final LegalBasis INTEGRATION =
      art18(
          "2 (\"anche in rapporto al sistema della sanità,"
              + " dell'istruzione e della formazione e alle politiche del lavoro e della casa\")");

  /** C. 3: the comuni favour prevention. */
  static final LegalBasis PREVENTION =
      art18("3 (\"perseguono e valorizzano il momento della" + " prevenzione\")");

  /** C. 4: approval by the district assembly of mayors. */
  static final LegalBasis ASSEMBLY =
      art18("4 (\"approvato o aggiornato dall'assemblea" + " distrettuale dei sindaci\")");

  /** C. 4: the widest participation of the third sector. */
  static final LegalBasis THIRD_SECTOR =
      art18(
          "4 (\"la più ampia partecipazione degli"
              + " organismi rappresentativi del terzo settore\") e c. 7");

  /** C. 5: triennial programming. */
  static final LegalBasis TRIENNIAL =
      art18("5 (\"valenza triennale, con possibilità di" + " aggiornamento annuale\")");

  /** C. 7: the comuni carry out the plan through an Accordo di Programma. */
  static final LegalBasis ACCORDO =
      art18(
          "7 (\"I comuni attuano il piano di zona mediante la"
              + " sottoscrizione di un accordo di programma\")");

  /** C. 7 as amended after l.r. 23/2015: the Accordo is signed with the ATS and the ASST. */
  static final LegalBasis ACCORDO_ATS_ASST =
      LegalBasis.unverified(
          LR3,
          "art. 18, c. 7, come modificato dalla l.r. 11 agosto 2015, n. 23 (ATS e ASST in luogo"
              + " dell'ASL)",
          LR3_URL,
          Text.of(
              "Il testo del 2008 nomina l'ASL; la formulazione con l'ATS e l'ASST, introdotta dalla"
                  + " l.r. 23/2015, è da verificare sul testo vigente del comma.",
              "The 2008 text names the ASL; the wording with the ATS and the ASST, introduced by"
                  + " l.r. 23/2015, is to be verified against the comma in force."));

  /** C. 8: the plan governs the social service and the segretariato sociale. */
  static final LegalBasis SECRETARIAT =
      art18("8 (\"disciplina l'attività di servizio e di" + " segretariato sociale\")");

  // Scoring bases: what the regional guidelines reward, as far as it could be read.

  /** 2018-2020: a reward share for programming beyond the single ambito. */
  static final LegalBasis CROSS_AMBITO_2018 =
      LegalBasis.unverified(
          DGR_7631,
          "premialità: programmazione sovra-ambito e Piano di Zona unico a livello distrettuale",
          null,
          Text.of(
              "Punteggi e soglie della premialità sono da verificare sulla DGR X/7631/2017; il peso"
                  + " è di pianozona, non della Regione.",
              "The reward's points and thresholds are to be verified against DGR X/7631/2017; the"
                  + " weight is pianozona's, not the Region's."));

  /** 2018-2020: uniform rules for services, such as common access criteria. */
  static final LegalBasis UNIFORM_ACCESS_2018 =
      LegalBasis.unverified(
          DGR_7631,
          "obiettivi premiali: omogeneità delle regole di accesso ai servizi, qualità, innovazione",
          null,
          Text.of(
              "Testo, importo e punteggi dell'obiettivo sono da verificare sulla DGR X/7631/2017; il"
                  + " peso è di pianozona, non della Regione.",
              "The objective's text, amount and points are to be verified against DGR X/7631/2017;"
                  + " the weight is pianozona's, not the Region's."));

  /** 2021-2023: a reward for projects shared by several ambiti, to be verified. */
  static final LegalBasis CROSS_AMBITO_2021 =
      LegalBasis.unverified(
          DGR_2021,
          "premialità: progetti sovrazonali condivisi tra ambiti",
          null,
          Text.of(
              "La premialità per i progetti condivisi da più ambiti, con il numero minimo di ambiti"
                  + " e i punteggi, è da verificare sulla deliberazione; il peso è di pianozona, non"
                  + " della Regione.",
              "The reward for projects shared by several ambiti, with the least number of ambiti"
                  + " and the points, is to be verified against the deliberation; the weight is"
                  + " pianozona's, not the Region's."));

  /** 2021-2023: uniform access, as art. 18 c. 1 asks; the guidelines' wording is to be verified. */
  static final LegalBasis UNIFORM_ACCESS_2021 =
      LegalBasis.unverified(
          LR3,
          "art. 18, c. 1 (modalità di accesso alla rete); linee di indirizzo 2021-2023",
          LR3_ART18_URL,
          Text.of(
              "Che le linee di indirizzo 2021-2023 premino criteri di accesso omogenei nell'ambito,"
                  + " come quelle del 2018-2020, è da verificare sulla deliberazione; il peso è di"
                  + " pianozona, non della Regione.",
              "That the 2021-2023 guidelines reward uniform access criteria across the ambito, as"
                  + " those of 2018-2020 did, is to be verified against the deliberation; the weight"
                  + " is pianozona's, not the Region's."));

  /** Socio-health integration: art. 18 c. 2, with ATS and ASST in the Accordo (c. 7). */
  static final LegalBasis SOCIO_HEALTH =
      LegalBasis.unverified(
          LR3,
          "art. 18, c. 2 (integrazione con la rete d'offerta socio-sanitaria) e c. 7",
          LR3_ART18_URL,
          Text.of(
              "Il c. 2 è citato nel testo del 2008; l'ATS e l'ASST come parti dell'accordo di"
                  + " programma vengono dal c. 7 modificato dalla l.r. 23/2015, da verificare sul"
                  + " testo vigente. Il peso è di pianozona, non della Regione.",
              "C. 2 is cited in its 2008 text; the ATS and the ASST as parties of the Accordo come"
                  + " from c. 7 as amended by l.r. 23/2015, to be verified against the text in"
                  + " force. The weight is pianozona's, not the Region's."));

  /** Housing and labour: art. 18 c. 2. */
  static final LegalBasis HOUSING_LABOUR =
      art18("2 (\"alle politiche del lavoro e della" + " casa\")");
}
