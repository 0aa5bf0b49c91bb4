package it.pianozona.server;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.io.ReadLimits;
import java.time.Duration;

/**
 * How the web service listens and what it bounds: safe by default (loopback only, a plan's size
 * limit, a few plans checked at a time, a deadline per request), each bound changed with a {@code
 * with...} copy.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless told otherwise, so that nothing
 *     outside the machine reaches it
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest plan accepted, in bytes (a diff's body may hold two); larger is
 *     413
 * @param maxHeaderBytes the largest request header block accepted; larger is 431
 * @param maxConcurrent how many plans are checked at the same time; the others wait for a turn
 *     within the request's deadline
 * @param requestTimeout the deadline of a request that checks plans, waiting for its turn included;
 *     past it the answer is 503
 * @param stopTimeout how long a stop waits for the requests in flight to finish
 * @since 0.1
 */
public record ServerSettings(
    String bind,
    int port,
    long maxBodyBytes,
    int maxHeaderBytes,
    int maxConcurrent,
    Duration requestTimeout,
    Duration stopTimeout) {

  /** The loopback address the service listens on unless told otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * Port 8080 on loopback; plans up to the plan reader's document limit (16 MiB); 8 KiB of headers;
   * as many plans at a time as processors (at least 2); 30 s per request and for a stop.
   */
  public static final ServerSettings DEFAULTS =
      new ServerSettings(
          LOOPBACK,
          8080,
          ReadLimits.DEFAULT.maxDocumentBytes(),
          8 * 1024,
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          Duration.ofSeconds(30),
          Duration.ofSeconds(30));

  public ServerSettings {
    requireNonNull(bind, "bind");
    requireNonNull(requestTimeout, "requestTimeout");
    requireNonNull(stopTimeout, "stopTimeout");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("bind must name an address");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535, not " + port);
    }
    if (maxBodyBytes <= 0 || maxHeaderBytes <= 0 || maxConcurrent <= 0) {
      throw new IllegalArgumentException(
          "maxBodyBytes, maxHeaderBytes and maxConcurrent must be positive");
    }
    if (requestTimeout.isNegative()
        || requestTimeout.isZero()
        || stopTimeout.isNegative()
        || stopTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout and stopTimeout must be positive");
    }
  }

  public ServerSettings withBind(String value) {
    return new ServerSettings(
        value, port, maxBodyBytes, maxHeaderBytes, maxConcurrent, requestTimeout, stopTimeout);
  }

  public ServerSettings withPort(int value) {
    return new ServerSettings(
        bind, value, maxBodyBytes, maxHeaderBytes, maxConcurrent, requestTimeout, stopTimeout);
  }

  public ServerSettings withMaxBodyBytes(long value) {
    return new ServerSettings(
        bind, port, value, maxHeaderBytes, maxConcurrent, requestTimeout, stopTimeout);
  }

  public ServerSettings withMaxHeaderBytes(int value) {
    return new ServerSettings(
        bind, port, maxBodyBytes, value, maxConcurrent, requestTimeout, stopTimeout);
  }

  public ServerSettings withMaxConcurrent(int value) {
    return new ServerSettings(
        bind, port, maxBodyBytes, maxHeaderBytes, value, requestTimeout, stopTimeout);
  }

  public ServerSettings withRequestTimeout(Duration value) {
    return new ServerSettings(
        bind, port, maxBodyBytes, maxHeaderBytes, maxConcurrent, value, stopTimeout);
  }

  public ServerSettings withStopTimeout(Duration value) {
    return new ServerSettings(
        bind, port, maxBodyBytes, maxHeaderBytes, maxConcurrent, requestTimeout, value);
  }
}
