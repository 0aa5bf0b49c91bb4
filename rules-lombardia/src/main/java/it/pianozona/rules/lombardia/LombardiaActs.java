package it.pianozona.rules.lombardia;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * The Lombard acts the rules and criteria cite, and the module's messages. Article 18 of l.r.
 * 3/2008 is cited in its 2008 wording, read in the Gazzetta Ufficiale reprint; what only later
 * wording or practice says carries a caveat. The consolidated text after l.r. 23/2015 was not read:
 * commi 1-5 and 8 do not name the ASL that the reform replaced with the ATS and the ASST, so they
 * are cited as read; c. 7, which does, carries a caveat where the rule needs the new agencies.
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
          "https://ats-brianza.it/en/piani-di-zona-l-328-2000.html",
          "The 2008 text names the ASL; the wording with the ATS and the ASST was read only in ATS"
              + " Brianza's paraphrase of the amended comma, and in practice in the 2021-2023 Accordi"
              + " of Lodi and Cremasco (comuni, ATS, ASST). The consolidated text was not read.");

  /** C. 8: the plan governs the social service and the segretariato sociale. */
  static final LegalBasis SECRETARIAT =
      art18("8 (\"disciplina l'attività di servizio e di" + " segretariato sociale\")");

  // Scoring bases: what the regional guidelines reward, as far as it could be read.

  /** 2018-2020: a reward share for programming beyond the single ambito. */
  static final LegalBasis CROSS_AMBITO_2018 =
      LegalBasis.unverified(
          DGR_7631,
          "premialità: programmazione sovra-ambito e Piano di Zona unico a livello distrettuale",
          "https://www.comune.cinisello-balsamo.mi.it/spip.php?article28778",
          "The reward is confirmed by a 2019 council answer («alcune premialità rispetto ad un"
              + " sovra-ambito e rispetto a un piano di programmazione unico») and by the Lecco"
              + " unitary plan's chapter on access to rewards; the act's points and thresholds were"
              + " not found, so the weight is pianozona's, not the Region's.");

  /** 2018-2020: uniform rules for services, such as common access criteria. */
  static final LegalBasis UNIFORM_ACCESS_2018 =
      LegalBasis.unverified(
          DGR_7631,
          "obiettivi premiali: omogeneità delle regole di accesso ai servizi, qualità, innovazione",
          "http://www.lombardiasociale.it/2018/01/03/linee-guida-la-programmazione-zonale-2018-2020/",
          "The objective is confirmed by lombardiasociale's summary of the guidelines; its text,"
              + " amount and points were not read, so the weight is pianozona's, not the Region's.");

  /** 2021-2023: the reward lines as recalled, not read. */
  static final LegalBasis CROSS_AMBITO_2021 =
      LegalBasis.unverified(
          DGR_2021,
          "premialità: progetti sovrazonali condivisi tra ambiti",
          "https://csvlombardia.it/milano/post/piani-di-zona-unopportunita-per-il-terzo-settore",
          "To be verified against the act: the research recalls a reward for projects shared by"
              + " several ambiti but saw no text, number of ambiti or points; the weight is"
              + " pianozona's, not the Region's.");

  /** 2021-2023: uniform access, as art. 18 c. 1 asks; the guidelines' wording was not read. */
  static final LegalBasis UNIFORM_ACCESS_2021 =
      LegalBasis.unverified(
          LR3,
          "art. 18, c. 1 (modalità di accesso alla rete); linee di indirizzo 2021-2023",
          LR3_ART18_URL,
          "Art. 18 c. 1 was read; that the 2021-2023 guidelines reward uniform access criteria"
              + " across the ambito, as those of 2018-2020 did, is not verified. The weight is"
              + " pianozona's, not the Region's.");

  /** Socio-health integration: art. 18 c. 2, with ATS and ASST in the Accordo (c. 7). */
  static final LegalBasis SOCIO_HEALTH =
      LegalBasis.unverified(
          LR3,
          "art. 18, c. 2 (integrazione con la rete d'offerta socio-sanitaria) e c. 7",
          LR3_ART18_URL,
          "C. 2 was read in the 2008 text; the ATS and ASST as parties of the Accordo come from the"
              + " amended c. 7, read only in a paraphrase. No regional points were found: the weight"
              + " is pianozona's.");

  /** Housing and labour: art. 18 c. 2. */
  static final LegalBasis HOUSING_LABOUR =
      art18("2 (\"alle politiche del lavoro e della" + " casa\")");
}
