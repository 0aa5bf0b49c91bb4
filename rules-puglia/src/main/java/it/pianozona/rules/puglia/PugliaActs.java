package it.pianozona.rules.puglia;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;

/** The Puglia acts the rules cite, and the module's messages. */
final class PugliaActs {

  private PugliaActs() {}

  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", PugliaActs.class::getResourceAsStream);

  static final String LR19 = "L.R. Puglia 10 luglio 2006, n. 19";
  static final String LR19_URL =
      "https://iusetnorma.it/normativa/legge_regionale_10.07.2006,_n._19.asp";
  static final String RR4 = "R.R. Puglia 18 gennaio 2007, n. 4";
  static final String RR4_URL =
      "http://docplayer.it/11014179-Parte-prima-regolamento-regionale-18-gennaio-2007-n-4.html";

  /** The seven strategic areas of the V PRPS, which structure every PSdZ 2022-2024. */
  static final LegalBasis V_PRPS_AREAS = LegalBasis.unverified(
      "DGR Regione Puglia 14 marzo 2022, n. 353 (V PRPS 2022-2024)",
      "sette aree strategiche",
      "https://www.regione.puglia.it/web/welfare-diritti-e-cittadinanza/il-v-piano-regionale-delle-politiche-sociali",
      "That every strategic area must be programmed follows from the plan's structure (seven"
          + " areas, 34 objectives, one intervention per objective) as the Region and the ambiti"
          + " describe it; the annex was not read.");

  /** Participation of the actors of art. 4 c. 2 lett. c in drafting the plan. */
  static final LegalBasis PARTICIPATION = LegalBasis.of(LR19,
      "art. 4, c. 2, lett. c); R.R. 4/2007, art. 16 (tavoli di progettazione partecipata)",
      "https://www.statoquotidiano.it/12/02/2018/avvio-progettazione-partecipata-la-stesura-del-piano-sociale-zona-2018-2020/605635/");
}
