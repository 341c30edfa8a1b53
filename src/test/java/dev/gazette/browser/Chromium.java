package dev.gazette.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client: open
 * a page, evaluate JavaScript, read the result. No driver library; tests skip when there is no
 * Chromium (CI installs it).
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
      .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  private static final Pattern RESULT_VALUE = Pattern.compile("\"result\":\\{\"type\":\"(\\w+)\"(?:,\"subtype\":\"\\w+\")?(?:,\"className\":\"[^\"]*\")?(?:,\"value\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]*))?");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

  static boolean available() {
    return BINARY != null;
  }

  Chromium() throws Exception {
    profile = Files.createTempDirectory("gazette-chromium");
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,900", "about:blank")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        close0();
        throw new IOException("chromium did not start");
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    var http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("\"type\":\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"", Pattern.DOTALL).matcher(list);
    Matcher m2 = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
    String ws = m2.find() ? m2.group(1) : m.find() ? m.group(1) : null;
    if (ws == null) {
      close0();
      throw new IOException("no page target in " + list);
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(10, TimeUnit.SECONDS);
  }

  /** Navigates and waits until the page's load event (bounded). */
  void open(String url) throws Exception {
    call("Page.enable", "{}");
    call("Page.navigate", "{\"url\":" + json(url) + "}");
    waitFor("document.readyState === 'complete' && location.href === " + json(url), Duration.ofSeconds(10));
  }

  /** Emulates a phone screen of {@code width} × {@code height} CSS pixels (mobile viewport, touch). */
  void phone(int width, int height) throws Exception {
    call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
        + ",\"deviceScaleFactor\":2,\"mobile\":true}");
    call("Emulation.setTouchEmulationEnabled", "{\"enabled\":true}");
  }

  /** Turns off the page's JavaScript; DevTools evaluation still works. */
  void disableJavaScript() throws Exception {
    call("Emulation.setScriptExecutionDisabled", "{\"value\":true}");
  }

  /** A real mouse click in the middle of the first element matching the CSS selector. */
  void click(String selector) throws Exception {
    String box = eval("(() => { const r = document.querySelector(" + json(selector) + ").getBoundingClientRect();"
        + " return (r.left + r.width / 2) + ',' + (r.top + r.height / 2); })()");
    String[] xy = box.split(",");
    for (String type : new String[] {"mousePressed", "mouseReleased"}) {
      call("Input.dispatchMouseEvent", "{\"type\":\"" + type + "\",\"x\":" + xy[0] + ",\"y\":" + xy[1]
          + ",\"button\":\"left\",\"clickCount\":1}");
    }
  }

  /** Types text into the focused element, as an input method commits it. */
  void type(String text) throws Exception {
    call("Input.insertText", "{\"text\":" + json(text) + "}");
  }

  /** Presses and releases Enter on the focused element. */
  void pressEnter() throws Exception {
    for (String type : new String[] {"keyDown", "keyUp"}) {
      call("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"Enter\",\"code\":\"Enter\","
          + "\"windowsVirtualKeyCode\":13" + (type.equals("keyDown") ? ",\"text\":\"\\r\"" : "") + "}");
    }
  }

  /** Presses and releases a key without text (ArrowRight 39, ArrowLeft 37, Home 36, End 35, Tab 9) on the focused element. */
  void press(String key, int keyCode) throws Exception {
    for (String type : new String[] {"rawKeyDown", "keyUp"}) {
      call("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"" + key + "\",\"code\":\"" + key + "\","
          + "\"windowsVirtualKeyCode\":" + keyCode + "}");
    }
  }

  /** Evaluates an expression; returns its value as text (strings unquoted). */
  String eval(String expression) throws Exception {
    String reply = call("Runtime.evaluate", "{\"expression\":" + json(expression) + ",\"returnByValue\":true,\"awaitPromise\":true}");
    Matcher m = RESULT_VALUE.matcher(reply);
    if (!m.find()) {
      throw new IllegalStateException("unexpected reply " + reply);
    }
    String v = m.group(2);
    if (v == null) {
      return m.group(1);
    }
    return v.startsWith("\"") ? unjson(v) : v;
  }

  /** Polls a boolean expression until true; fails after the timeout. */
  void waitFor(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if ("true".equals(eval("!!(" + expression + ")"))) {
          return;
        }
      } catch (IllegalStateException e) {
        // page is navigating; try again
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + expression);
      }
      Thread.sleep(50);
    }
  }

  private String call(String method, String params) throws Exception {
    int id = ids.incrementAndGet();
    var f = new CompletableFuture<String>();
    pending.put(id, f);
    socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get(5, TimeUnit.SECONDS);
    return f.get(15, TimeUnit.SECONDS);
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String msg = buffer.toString();
        buffer.setLength(0);
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+),").matcher(msg);
        if (m.find()) {
          var f = pending.remove(Integer.parseInt(m.group(1)));
          if (f != null) {
            f.complete(msg);
          }
        }
      }
      ws.request(1);
      return null;
    }
  }

  static String json(String s) {
    var sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String unjson(String quoted) {
    String s = quoted.substring(1, quoted.length() - 1);
    var sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the browser is going away anyway
    }
    close0();
  }

  private void close0() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> s = Files.walk(profile)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
