package it.pianozona.core.io;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of problem that makes a document unreadable, each with its stable code ({@code
 * PZ-DOC-001} ...) and its message in Italian and English, after Hibernate Validator's numbered
 * messages: one code per kind of problem, never reused, never renumbered. {@code
 * docs/document-problems.md} lists them with their meaning.
 *
 * @since 0.1
 */
public enum ProblemCode {
  UNSUPPORTED_EXTENSION(1),
  DIRECTORY(2),
  SPECIAL_FILE(3),
  FILE_NOT_FOUND(4),
  CANNOT_READ_FILE(5),
  DOCUMENT_TOO_LARGE(6),
  OTHER_ENCODING_WITH_MARK(7),
  OTHER_ENCODING_WITHOUT_MARK(8),
  NOT_UTF8(9),
  NOT_UTF8_TEXT(10),
  EMPTY_DOCUMENT(11),
  NOT_VALID_SYNTAX(12),
  DUPLICATE_KEY(13),
  SEVERAL_YAML_DOCUMENTS(14),
  CONTENT_AFTER_JSON(15),
  CANNOT_PARSE(16),
  CANNOT_READ_DOCUMENT(17),
  YAML_ALIAS(18),
  YAML_TAG(19),
  AMBIGUOUS_NUMBER(20),
  YAML_YES_NO(21),
  NESTING_LIMIT(22),
  TEXT_LIMIT(23),
  NUMBER_LIMIT(24),
  DOCUMENT_LENGTH_LIMIT(25),
  KEY_LIMIT(26),
  OTHER_LIMIT(27),
  INTERVENTIONS_LIMIT(28),
  NOT_AN_OBJECT(29),
  UNKNOWN_KEY(30),
  MISSING_KEY(31),
  NOT_A_LIST(32),
  NOT_A_MAP(33),
  NOT_READ(34),
  NOT_TEXT(35),
  BLANK_TEXT(36),
  CONTROL_CHARACTER(37),
  INVISIBLE_CHARACTER(38),
  NOT_A_WHOLE_NUMBER(39),
  NUMBER_OUT_OF_RANGE(40),
  NOT_A_NUMBER(41),
  DECIMAL_OUT_OF_RANGE(42),
  NOT_TRUE_OR_FALSE(43),
  AMOUNT_NOT_A_NUMBER(44),
  NEGATIVE_AMOUNT(45),
  AMOUNT_TOO_PRECISE(46),
  AMOUNT_TOO_LARGE(47),
  AMOUNTS_ADD_UP_TOO_MUCH(48),
  DATE_NOT_TEXT(49),
  DATE_FORM(50),
  DATE_YEAR_OUT_OF_RANGE(51),
  NO_SUCH_DAY(52),
  DAY_FORM(53),
  NUMBER_TOO_SPREAD(54),
  UNKNOWN_REGION(55),
  PERIOD_REVERSED(56),
  BAD_PLAN_ID(57),
  ISTAT_CODE_UNQUOTED(58),
  BAD_ISTAT_CODE(59),
  BAD_CONTENTS_KEY(60),
  BAD_FUNDING_SOURCE_ID(61),
  BAD_INDICATOR_ID(62),
  BAD_HYPHENATED_ID(63),
  BAD_PER(64),
  ZERO_WEIGHT(65),
  CRITERION_WEIGHED_TWICE(66),
  DUPLICATE_AREA(67),
  DUPLICATE_OBJECTIVE(68),
  DUPLICATE_FUNDING_SOURCE(69),
  OBJECTIVE_AREA_UNKNOWN(70),
  FUND_AREA_UNKNOWN(71),
  FUND_RESTRICTED_TWICE(72),
  TOO_MANY_OBJECTIVES(73),
  PARAMETER_ENDS_BEFORE_START(74),
  PARAMETER_OVERLAP(75),
  MODEL_CONSTRAINT(76),
  SECOND_CATALOGUE(77),
  CATALOGUE_FRAMEWORK_NOT_INSTALLED(78),
  UNKNOWN_FRAMEWORK(79),
  FRAMEWORK_OF_ANOTHER_REGION(80),
  NO_FRAMEWORK_FOR_PERIOD(81),
  NO_FRAMEWORK_FOR_REGION(82),
  SEVERAL_FRAMEWORKS_FOR_PERIOD(83),
  SKIPPED_OUTPUT_FOLDER(84),
  SKIPPED_HIDDEN_FOLDER(85),
  SKIPPED_HIDDEN_FILE(86),
  SKIPPED_SPECIAL_FILE(87),
  SKIPPED_LINK_LOOP(88),
  CANNOT_READ_PATH(89),
  CANNOT_READ_FOLDER(90),
  INTERNAL_ERROR(91),
  PROSE_NOT_TEXT(92),
  BAD_CATALOGUE_STATUS(93),
  MISSING_CATALOGUE_STATUS(94),
  UNVERIFIED_WITHOUT_CAVEAT(95),
  BAD_WEIGHT_ORIGIN(96),
  WEIGHT_ACT_MISSING(97),
  WEIGHT_ACT_FOR_OWN_CHOICE(98),
  PARTICIPATION_MODEL_MISSING(99),
  PARTICIPATION_STAGE_EMPTY(100),
  PARAMETER_VALUE_KIND(101),
  PARAMETER_WITHOUT_CODES(102),
  BAD_RULE_CODE(103),
  BAD_POINTER(104),
  BAD_SUPPRESSION_DATE(105),
  DUPLICATE_SUPPRESSION(106),
  NOT_A_REPORT(107),
  UNKNOWN_REPORT_VERSION(108),
  FINDING_WITHOUT_FINGERPRINT(109),
  BAD_SEVERITY(110),
  BAD_FINDING_POINTER(111),
  NO_SCENARIOS(112),
  BAD_ELEMENT(113),
  RULE_SETTING_SELECTOR(114),
  BAD_SETTING_SEVERITY(115),
  BAD_LANGUAGE(116),
  PARAMETER_OVERRIDE_VALUE(117),
  CONFIGURATION_CATALOGUE_MISSING(118),
  UNKNOWN_RULE_CODE(119),
  UNKNOWN_RULE_TAG(120),
  UNKNOWN_PARAMETER(121),
  PARAMETER_NOT_IN_FRAMEWORK(122),
  CONFIGURATION_UNKNOWN_FRAMEWORK(123),
  PARAMETER_OVERRIDE_KIND(124),
  BAD_SUPPRESSION_POINTER(125),
  SKIPPED_CONFIGURATION(126);

  private final String code;

  ProblemCode(int number) {
    this.code = String.format(Locale.ROOT, "PZ-DOC-%03d", number);
  }

  /** The stable code, such as {@code PZ-DOC-030}. */
  public String code() {
    return code;
  }

  /** The message template in a language, with placeholders {@code {0}}, {@code {1}}, ... */
  public String template(Language language) {
    return Wording.PROBLEMS.template(code, language);
  }

  /** The message with its arguments, rendered only when a language is chosen. */
  public Message message(Object... args) {
    return Message.of(Wording.PROBLEMS, code, args);
  }

  /** The kind of problem with this code, if there is one. */
  public static Optional<ProblemCode> of(String code) {
    for (ProblemCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
