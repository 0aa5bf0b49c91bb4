package it.pianozona.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.text.Language;
import it.pianozona.server.internal.Api;
import it.pianozona.server.internal.Texts;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The web service, running: the JSON API under {@code /v1} (described at {@code /v1/openapi.json})
 * and the page at {@code /}, over one library instance, on an embedded Javalin server. It keeps no
 * plan after answering and writes nothing to disk.
 *
 * <pre>{@code
 * try (PlanServer server = PlanServer.start(PianoZona.create(), ServerSettings.DEFAULTS)) {
 *   System.out.println(server.uri());
 *   ...
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanServer implements AutoCloseable {

  private final Javalin app;
  private final GracefulHandler graceful;
  private final ExecutorService checks;
  private final ServerSettings settings;
  private final URI uri;

  private PlanServer(
      Javalin app, GracefulHandler graceful, ExecutorService checks, ServerSettings settings) {
    this.app = app;
    this.graceful = graceful;
    this.checks = checks;
    this.settings = settings;
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    this.uri = URI.create("http://" + host + ":" + app.port() + "/");
  }

  /** Starts the service with no example plans for the rules' explanations. */
  public static PlanServer start(PianoZona pianoZona, ServerSettings settings) {
    return start(pianoZona, settings, List.of());
  }

  /**
   * Starts the service and returns once it listens.
   *
   * @param examples plans whose findings {@code /v1/rules/{code}} shows as examples, as {@code
   *     explain} does; may be empty
   * @throws ServerStartException if it cannot listen on the address and port
   */
  public static PlanServer start(
      PianoZona pianoZona, ServerSettings settings, List<PlanDocument> examples) {
    requireNonNull(pianoZona, "pianoZona");
    requireNonNull(settings, "settings");
    ExecutorService checks =
        Executors.newFixedThreadPool(settings.maxConcurrent(), threads("pianozona-check-"));
    Api api = new Api(pianoZona, settings, examples, checks);
    GracefulHandler graceful = new GracefulHandler();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = 2 * settings.maxBodyBytes() + Api.FORM_OVERHEAD;
              config.http.prefer405over404 = true;
              config.jetty.multipartConfig.maxFileSize(
                  settings.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  2 * settings.maxBodyBytes() + Api.FORM_OVERHEAD,
                  io.javalin.config.SizeUnit.BYTES);
              // Every part stays in memory: the service writes no plan to disk.
              config.jetty.multipartConfig.maxInMemoryFileSize(
                  (int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes() + 1),
                  io.javalin.config.SizeUnit.BYTES);
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setRequestHeaderSize(settings.maxHeaderBytes());
                    http.setSendServerVersion(false);
                  });
              config.jetty.modifyServer(
                  server -> {
                    // A stop lets the requests in flight finish, up to the stop timeout.
                    server.setHandler(graceful);
                    server.setStopTimeout(settings.stopTimeout().toMillis());
                    server.setErrorHandler(
                        new it.pianozona.server.internal.JettyProblems(
                            settings.maxHeaderBytes(), settings.maxBodyBytes()));
                  });
              api.install(config);
            });
    try {
      app.start(settings.bind(), settings.port());
    } catch (RuntimeException e) {
      checks.shutdownNow();
      try {
        app.stop();
      } catch (RuntimeException ignored) {
        // the start failed; what matters is why
      }
      throw new ServerStartException(settings.bind(), settings.port(), e);
    }
    return new PlanServer(app, graceful, checks, settings);
  }

  /** The port it listens on, the one it was given or, for port 0, the one it found. */
  public int port() {
    return app.port();
  }

  /** The requests being answered now, for tests of a stop. */
  long requestsInFlight() {
    return graceful.getCurrentRequestCount();
  }

  /** Its root, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  public ServerSettings settings() {
    return settings;
  }

  /**
   * Stops listening, lets the requests in flight finish (up to the stop timeout), then stops. Safe
   * to call more than once.
   */
  public void stop() {
    app.stop();
    checks.shutdown();
    try {
      if (!checks.awaitTermination(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        checks.shutdownNow();
      }
    } catch (InterruptedException e) {
      checks.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The message of a failed start in a language, for the command line. */
  static String startFailed(
      Language language, String bind, int port, boolean inUse, String reason) {
    String where = Integer.toString(port);
    return inUse
        ? Texts.get(language, "start.portInUse", bind, where)
        : Texts.get(language, "start.failed", bind, where, reason);
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
