package it.pianozona.core.io;

import java.util.Map;

/** The shapes of every object in a plan document, by the JSON Schema definition they match. */
final class PlanShapes {

  private PlanShapes() {}

  static final Shape PLAN =
      Shape.of("a plan")
          .required("schemaVersion", "the document format version, 1")
          .required("id", "a stable plan identifier such as puglia-casarano-2022-2024")
          .required("title", "the plan's title")
          .required("region", "the region id, such as puglia")
          .required("period", "the planning period, {from: YEAR, to: YEAR}")
          .optional("framework", "the id of the regional framework, when the plan names one")
          .required("ambito", "the ambito: name, lead and comuni")
          .optional("contents", "the sections the plan defines, by key")
          .optional("funding", "the money declared available, by source and year")
          .optional("staffing", "the professional resources")
          .required("interventions", "the services and interventions (a list, possibly empty)")
          .optional("governance", "approval acts and participation")
          .optional("sources", "the public documents the plan's facts come from")
          .optional("notes", "remarks on the plan as a whole")
          .build();

  static final Shape PERIOD =
      Shape.of("a period")
          .required("from", "the first year")
          .required("to", "the last year")
          .build();

  static final Shape AMBITO =
      Shape.of("an ambito")
          .optional("id", "the region's identifier of the ambito")
          .required("name", "the ambito's name")
          .required("lead", "the ISTAT code of the lead comune, such as \"075016\"")
          .required("comuni", "the member comuni, a list")
          .build();

  static final Shape COMUNE =
      Shape.of("a comune")
          .required("istat", "the six-digit ISTAT code, such as \"075016\"")
          .required("name", "the comune's name")
          .required("population", "the residents the plan counts")
          .build();

  static final Shape FUNDING =
      Shape.of("a funding entry")
          .required("source", "the funding source id, such as fnps")
          .required("year", "the budget year")
          .required("amount", "the amount in euro")
          .optional("illustrative", "true when the figure is a placeholder")
          .build();

  static final Shape STAFFING =
      Shape.of("the staffing")
          .required("socialWorkers", "social workers in full-time equivalents")
          .optional("illustrative", "true when the figure is a placeholder")
          .build();

  static final Shape INTERVENTION =
      Shape.of("an intervention")
          .required("id", "the intervention's id, unique in the plan")
          .required("title", "what the service is")
          .required("area", "the framework area code, such as A1")
          .optional("objectives", "framework objective codes")
          .optional("leps", "national LEPS ids")
          .optional("allocations", "money by source and year")
          .optional("tags", "free labels used by regional scoring")
          .optional("indicators", "values of service-objective indicators, by indicator id")
          .optional("description", "a longer description")
          .optional("illustrative", "true when its figures are placeholders")
          .build();

  static final Shape ALLOCATION =
      Shape.of("an allocation")
          .required("source", "the funding source id")
          .required("year", "the budget year")
          .required("amount", "the amount in euro")
          .build();

  static final Shape GOVERNANCE =
      Shape.of("the governance")
          .optional("approvals", "the formal acts of adoption")
          .optional("participation", "the participatory events")
          .optional("agreements", "the agreements that adopt or carry out the plan")
          .optional("bodies", "the governance bodies of the ambito")
          .build();

  static final Shape AGREEMENT =
      Shape.of("an agreement")
          .required("kind", "what it is, such as accordo-di-programma")
          .optional("date", "when it was signed")
          .optional("parties", "who signed it, such as comuni, asl, ats, asst")
          .optional("number", "the act's number")
          .optional("title", "a short description")
          .optional("notes", "remarks on the agreement or its source")
          .build();

  static final Shape BODY =
      Shape.of("a governance body")
          .required("kind", "what it is, such as ufficio-di-piano")
          .optional("established", "when it was set up")
          .optional("staff", "how many people work in it")
          .optional("notes", "remarks on the body or its source")
          .build();

  static final Shape APPROVAL =
      Shape.of("an approval act")
          .required("body", "the body that took the act, such as coordinamento-istituzionale")
          .required("date", "the date of the act")
          .optional("number", "the act's number")
          .optional("title", "a short description of the act")
          .optional("notes", "remarks on the act or its source")
          .build();

  static final Shape PARTICIPATION =
      Shape.of("a participation event")
          .optional("date", "when it took place, when the source says")
          .required("kind", "what it was, such as thematic-table")
          .optional("topic", "what it was about")
          .optional("actors", "who took part, such as terzo-settore, sindacati")
          .optional("participants", "how many took part")
          .optional("place", "where it took place")
          .optional("deadline", "for a notice, the last day to respond")
          .optional("notes", "remarks on the event or its source")
          .build();

  static final Shape SOURCE =
      Shape.of("a source")
          .required("title", "what the source is")
          .optional("url", "where to find it")
          .optional("date", "its date")
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
          Map.entry("source", SOURCE));
}
