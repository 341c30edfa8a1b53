package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette serve} through {@code Main.run}, for what ends at once: help and bad addresses. */
class ServeCommandTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--site", "--port", "--host", "--drafts", "--future", "1313", "127.0.0.1");
  }

  @Test
  void aPortInUseIsOneClearLineAndExitOne(@TempDir Path dir) throws Exception {
    TestSite.write(dir, Sites.PORTAL);
    try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int code = run("serve", "--site", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertThat(code).isEqualTo(1);
      assertThat(err.toString().strip()).isEqualTo("gazette: cannot listen on 127.0.0.1:" + taken.getLocalPort()
          + ": address already in use (is another server running? pick another --port)");
      assertThat(out.toString()).doesNotContain("serving");
    }
  }

  @Test
  void aMissingSiteFolderIsOneLine(@TempDir Path dir) {
    assertThat(run("serve", "--site", dir.resolve("nope").toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString()).startsWith("gazette: no such site folder").doesNotContain("Exception");
  }

  @Test
  void aBadPortIsACommandLineError() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(run("serve", "--port", "x")).isEqualTo(2);
  }
}
