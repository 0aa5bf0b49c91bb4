package it.pianozona.core.io;

import java.util.Map;

/** The shapes of every object in a plan document, by the JSON Schema definition they match. */
final class PlanShapes {

  private PlanShapes() {}

  static final Shape PLAN =
      Shape.of("plan")
          .required("schemaVersion")
          .required("id")
          .required("title")
          .required("region")
          .required("period")
          .optional("framework")
          .required("ambito")
          .optional("contents")
          .optional("funding")
          .optional("staffing")
          .required("interventions")
          .optional("governance")
          .optional("sources")
          .optional("notes")
          .optional("suppressions")
          .build();

  static final Shape PERIOD = Shape.of("period").required("from").required("to").build();

  static final Shape AMBITO =
      Shape.of("ambito")
          .optional("id")
          .required("name")
          .required("lead")
          .required("comuni")
          .build();

  static final Shape COMUNE =
      Shape.of("comune").required("istat").required("name").required("population").build();

  static final Shape FUNDING =
      Shape.of("funding")
          .required("source")
          .required("year")
          .required("amount")
          .optional("illustrative")
          .build();

  static final Shape STAFFING =
      Shape.of("staffing").required("socialWorkers").optional("illustrative").build();

  static final Shape INTERVENTION =
      Shape.of("intervention")
          .required("id")
          .required("title")
          .required("area")
          .optional("objectives")
          .optional("leps")
          .optional("allocations")
          .optional("tags")
          .optional("indicators")
          .optional("description")
          .optional("illustrative")
          .build();

  static final Shape ALLOCATION =
      Shape.of("allocation").required("source").required("year").required("amount").build();

  static final Shape GOVERNANCE =
      Shape.of("governance")
          .optional("approvals")
          .optional("participation")
          .optional("agreements")
          .optional("bodies")
          .build();

  static final Shape AGREEMENT =
      Shape.of("agreement")
          .required("kind")
          .optional("date")
          .optional("parties")
          .optional("number")
          .optional("title")
          .optional("notes")
          .build();

  static final Shape BODY =
      Shape.of("body")
          .required("kind")
          .optional("established")
          .optional("staff")
          .optional("notes")
          .build();

  static final Shape APPROVAL =
      Shape.of("approval")
          .required("body")
          .required("date")
          .optional("number")
          .optional("title")
          .optional("notes")
          .build();

  static final Shape PARTICIPATION =
      Shape.of("participation")
          .optional("date")
          .required("kind")
          .optional("topic")
          .optional("actors")
          .optional("participants")
          .optional("place")
          .optional("deadline")
          .optional("notes")
          .build();

  static final Shape SOURCE =
      Shape.of("source").required("title").optional("url").optional("date").build();

  static final Shape SUPPRESSION =
      Shape.of("suppression")
          .required("code")
          .required("pointer")
          .required("reason")
          .optional("by")
          .optional("date")
          .optional("element")
          .build();

  /** Every shape, by the name of its definition in the published JSON Schema. */
  static final Map<String, Shape> BY_SCHEMA_DEFINITION =
      Map.ofEntries(
          Map.entry("plan", PLAN),
          Map.entry("period", PERIOD),
          Map.entry("ambito", AMBITO),
          Map.entry("comune", COMUNE),
          Map.entry("funding", FUNDING),
          Map.entry("staffing", STAFFING),
          Map.entry("intervention", INTERVENTION),
          Map.entry("allocation", ALLOCATION),
          Map.entry("governance", GOVERNANCE),
          Map.entry("approval", APPROVAL),
          Map.entry("participation", PARTICIPATION),
          Map.entry("agreement", AGREEMENT),
          Map.entry("body", BODY),
          Map.entry("source", SOURCE),
          Map.entry("suppression", SUPPRESSION));
}
