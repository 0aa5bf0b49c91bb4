package it.pianozona.rules.lombardia;

/**
 * The intervention tags the Lombard rules and criteria read (docs/plan-format.md lists them): what
 * a plan's author declares about an intervention, so that what the regional guidelines reward can
 * be counted.
 */
final class Tags {

  private Tags() {}

  /** Shared with other ambiti (a cross-ambito, "sovrazonale", project). */
  static final String CROSS_AMBITO = "sovrazonale";

  /** Carried out with the ATS or the ASST (socio-health integration). */
  static final String SOCIO_HEALTH = "integrazione-sociosanitaria";

  /** Applies access criteria common to the ambito's comuni (or to several ambiti). */
  static final String UNIFORM_ACCESS = "criteri-accesso-uniformi";

  /** Prevention and the study of risk factors (art. 18 c. 3). */
  static final String PREVENTION = "prevenzione";

  /** Linked with housing policy. */
  static final String HOUSING = "casa";

  /** Linked with labour policy. */
  static final String LABOUR = "lavoro";

  /** Linked with schools. */
  static final String EDUCATION = "istruzione";

  /** Linked with vocational training. */
  static final String TRAINING = "formazione";
}
