package it.pianozona.server.internal;

import static java.util.Objects.requireNonNull;

/**
 * A request the service answers with a problem document instead of its result: thrown by a route,
 * written by one handler, so that every refusal has the same shape.
 */
final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialized: it lives for one request
  private final Problem problem;

  ProblemException(Problem problem) {
    super(requireNonNull(problem, "problem").type().slug(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
