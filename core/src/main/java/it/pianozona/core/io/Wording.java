package it.pianozona.core.io;

import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;

/**
 * The words of document problems: the templates of each {@link ProblemCode} and the phrases they
 * are built from (what a value should be, what was found), both in Italian and English.
 */
final class Wording {

  private Wording() {}

  /** One template per problem code, keyed by the code itself. */
  static final MessageBundle PROBLEMS =
      MessageBundle.load("problems", Wording.class::getResourceAsStream);

  /** The phrases problems take as arguments, so that no English word reaches Italian output. */
  static final MessageBundle PHRASES =
      MessageBundle.load("phrases", Wording.class::getResourceAsStream);

  /** A phrase, rendered when the problem is. */
  static Message phrase(String key, Object... args) {
    return Message.of(PHRASES, key, args);
  }

  /** What an object of this shape is called: "a plan", "un piano". */
  static Message shape(Shape shape) {
    return phrase("shape." + shape.id());
  }

  /** The same after "in": "in a plan", "nelle risorse professionali". */
  static Message in(Shape shape) {
    return phrase("in." + shape.id());
  }

  /** What a required key of a shape holds. */
  static Message key(Shape shape, String key) {
    return phrase("key." + shape.id() + "." + key);
  }
}
