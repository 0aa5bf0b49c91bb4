package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What {@code serve} says when it cannot start; the running service is tested in the server module
 * and, as a user starts it, by {@code .ci/run}.
 */
class ServeCommandTest {

  @Test
  void aTakenPortIsOneLineInTheUsersLanguageAndExitCode2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());
      PianoZonaCliTest.Run it = run("serve", "--port", port);
      assertEquals(PianoZonaCli.UNUSABLE, it.code());
      assertEquals(1, it.err().lines().count(), it.err());
      assertTrue(
          it.err().startsWith("pianozona: non si può ascoltare su 127.0.0.1:" + port), it.err());
      PianoZonaCliTest.Run en = run("serve", "--lang", "en", "--port", port);
      assertTrue(en.err().startsWith("pianozona: cannot listen on 127.0.0.1:" + port), en.err());
    }
  }

  @Test
  void aSettingOutOfRangeIsRefusedBeforeAnythingStarts() {
    PianoZonaCliTest.Run it = run("serve", "--port", "70000");
    assertEquals(PianoZonaCli.UNUSABLE, it.code());
    assertTrue(it.err().startsWith("pianozona: impostazione del servizio non valida"), it.err());
    assertEquals(PianoZonaCli.UNUSABLE, run("serve", "--max-concurrent", "0").code());
  }
}
