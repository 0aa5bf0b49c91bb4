package it.pianozona.server;

import it.pianozona.core.text.Language;

/**
 * The service could not start listening: the port is taken, the address is not this machine's, or
 * the system refused. Its message is in a language chosen per call.
 *
 * @since 0.1
 */
public final class ServerStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String bind;
  private final int port;

  ServerStartException(String bind, int port, Throwable cause) {
    super("cannot listen on " + bind + ":" + port + ": " + reason(cause), cause);
    this.bind = bind;
    this.port = port;
  }

  public String bind() {
    return bind;
  }

  public int port() {
    return port;
  }

  /** What went wrong, in a language: {@code non si può ascoltare su 127.0.0.1:8080: ...}. */
  public String message(Language language) {
    return PlanServer.startFailed(language, bind, port, inUse(getCause()), reason(getCause()));
  }

  /** Whether the port is taken: the usual case, said in the reader's words. */
  private static boolean inUse(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.BindException
          && String.valueOf(t.getMessage()).contains("in use")) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's message: for a taken port, the system's "Address already in use". */
  private static String reason(Throwable cause) {
    Throwable t = cause;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
