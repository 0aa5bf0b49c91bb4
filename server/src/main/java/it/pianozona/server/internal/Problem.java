package it.pianozona.server.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.text.Language;
import java.util.function.Consumer;

/**
 * One RFC 9457 problem document: type, title, status, detail and instance, with the members a type
 * adds (the located problems of a document, the limit that was passed, ...), in the language of the
 * request.
 *
 * @param type the kind of problem
 * @param detail what happened this time, in the request's language
 * @param extra the type's own members, added to the document
 */
record Problem(ProblemType type, String detail, ObjectNode extra) {

  Problem {
    requireNonNull(type, "type");
    requireNonNull(detail, "detail");
    requireNonNull(extra, "extra");
  }

  /** A problem with the type's usual detail, its arguments formatted for the language. */
  static Problem of(ProblemType type, Language language, Object... args) {
    return new Problem(type, Texts.get(language, type.detailKey(), args), object());
  }

  /** A problem with its own detail. */
  static Problem withDetail(ProblemType type, String detail) {
    return new Problem(type, detail, object());
  }

  /** A copy with more members. */
  Problem with(Consumer<ObjectNode> members) {
    ObjectNode copy = extra.deepCopy();
    members.accept(copy);
    return new Problem(type, detail, copy);
  }

  ProblemException exception() {
    return new ProblemException(this);
  }

  /** The document, for the request at {@code instance}. */
  ObjectNode document(Language language, String instance) {
    ObjectNode root = object();
    root.put("type", type.uri());
    root.put("title", Texts.get(language, type.titleKey()));
    root.put("status", type.status());
    root.put("detail", detail);
    root.put("instance", instance);
    root.setAll(extra);
    return root;
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
