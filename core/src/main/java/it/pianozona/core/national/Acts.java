package it.pianozona.core.national;

import it.pianozona.core.validation.LegalBasis;

/** The national acts the national rules cite, in one place so that each is written once. */
final class Acts {

  private Acts() {}

  static final String L328 = "L. 8 novembre 2000, n. 328";
  static final String L328_ART19_URL =
      "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-11-08;328~art19";
  static final String L178 = "L. 30 dicembre 2020, n. 178";
  static final String L178_URL =
      "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2020-12-30;178";

  /** L. 328/2000 art. 19 c. 1 and a letter: what the plan must define. */
  static LegalBasis art19(String letter) {
    return LegalBasis.of(L328, "art. 19, c. 1, lett. " + letter + ")", L328_ART19_URL);
  }

  /** The ambito is a territory of comuni that the region defines. */
  static final LegalBasis AMBITO =
      LegalBasis.of(
          L328,
          "art. 19, c. 1 (ambiti territoriali di cui all'art. 8, c. 3, lett. a)",
          L328_ART19_URL);

  /** The plan is made within the resources available and defines its financial resources. */
  static final LegalBasis RESOURCES =
      LegalBasis.of(
          L328,
          "art. 19, c. 1 (\"nell'ambito delle risorse disponibili\") e lett. b)",
          L328_ART19_URL);

  /** The plan follows the regional plan. */
  static final LegalBasis REGIONAL_PLAN =
      LegalBasis.of(
          L328,
          "art. 19, c. 1 (\"secondo le indicazioni del piano regionale di cui all'articolo 18,"
              + " comma 6\")",
          L328_ART19_URL);

  /** The LEPS of professional social work, and its further service objective. */
  static final LegalBasis SOCIAL_WORK_LEPS = LegalBasis.of(L178, "art. 1, c. 797", L178_URL);

  /** What a LEPS is. */
  static final LegalBasis LEPS_DEFINITION =
      LegalBasis.of(
          "L. 30 dicembre 2021, n. 234",
          "art. 1, c. 159",
          "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-12-30;234");

  /** Rules on the document's own consistency, which no act sets. */
  static final LegalBasis FORMAT =
      LegalBasis.of("pianozona: formato del documento di piano (schemaVersion 1)", "", null);
}
