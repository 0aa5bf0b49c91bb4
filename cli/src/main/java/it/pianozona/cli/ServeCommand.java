package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.server.PlanServer;
import it.pianozona.server.ServerSettings;
import it.pianozona.server.ServerStartException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pianozona serve [--port 8080] [--bind 127.0.0.1]}: the web service and its page, until
 * Ctrl-C or SIGTERM, which let the requests in flight finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", descriptionKey = "port")
  int port;

  @Option(
      names = "--bind",
      defaultValue = ServerSettings.LOOPBACK,
      paramLabel = "IP",
      descriptionKey = "bind")
  String bind;

  @Option(names = "--max-body", paramLabel = "BYTE", descriptionKey = "max-body")
  Long maxBody;

  @Option(names = "--max-header", paramLabel = "BYTE", descriptionKey = "max-header")
  Integer maxHeader;

  @Option(names = "--max-concurrent", paramLabel = "N", descriptionKey = "max-concurrent")
  Integer maxConcurrent;

  @Option(names = "--timeout", paramLabel = "S", descriptionKey = "timeout")
  Integer timeout;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    ServerSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println("pianozona: " + Texts.get(language, "serve.badSetting", e.getMessage()));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    PianoZona pianoZona = PianoZona.builder().build();
    PlanServer server;
    try {
      server = PlanServer.start(pianoZona, settings, ExamplePlans.read(pianoZona.reader()));
    } catch (ServerStartException e) {
      err.println("pianozona: " + e.message(language));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                },
                "pianozona-stop"));
    out.println(Texts.get(language, "serve.listening", server.uri(), settings.bind()));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
    }
    return PianoZonaCli.OK;
  }

  private ServerSettings settings() {
    ServerSettings s = ServerSettings.DEFAULTS.withBind(bind).withPort(port);
    if (maxBody != null) {
      s = s.withMaxBodyBytes(maxBody);
    }
    if (maxHeader != null) {
      s = s.withMaxHeaderBytes(maxHeader);
    }
    if (maxConcurrent != null) {
      s = s.withMaxConcurrent(maxConcurrent);
    }
    if (timeout != null) {
      s =
          s.withRequestTimeout(Duration.ofSeconds(timeout))
              .withStopTimeout(Duration.ofSeconds(timeout));
    }
    return s;
  }
}
