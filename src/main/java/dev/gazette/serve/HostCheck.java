package dev.gazette.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only requests addressed to this server: a Host that is one of the addresses it listens
 * on, {@code localhost}, or one given with {@code --allowed-host}; and on the live-reload stream
 * an Origin with such a host. Anything else gets 403 and one line. Without this, a web page the
 * writer visits could reach the preview through DNS rebinding ({@code evil.example} resolving to
 * 127.0.0.1) and read drafts and embargoed articles (Vite and webpack-dev-server check Host for
 * the same reason).
 */
final class HostCheck extends Handler.Wrapper {
  private final Set<String> allowed;

  HostCheck(String listenHost, List<String> extra, Handler next) {
    super(next);
    var names = new TreeSet<String>();
    names.add("localhost");
    names.add("127.0.0.1");
    names.add("::1");
    names.add(bare(listenHost));
    if (DevServer.urlHost(listenHost).equals("localhost")) {
      names.addAll(interfaceAddresses());
    }
    extra.forEach(h -> names.add(bare(h)));
    this.allowed = Collections.unmodifiableSet(names);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    String refused = host == null ? "a request without a Host header" : allows(hostOf(host)) ? null : "Host \"" + host + "\"";
    // the name --allowed-host would need: the refused Host's, or the refused Origin's (none for "null")
    String name = host == null ? "" : hostOf(host);
    if (refused == null && LiveReload.PATH.equals(request.getHttpURI().getPath())) {
      String origin = request.getHeaders().get(HttpHeader.ORIGIN);
      if (origin != null && !allows(originHost(origin))) {
        refused = "Origin \"" + origin + "\"";
        name = Objects.requireNonNullElse(originHost(origin), "");
      }
    }
    if (refused == null) {
      return super.handle(request, response, callback);
    }
    byte[] body = ("gazette serve answers only its own addresses and localhost, not " + refused
        + (name.isEmpty() ? "" : "; to allow it, start gazette serve with --allowed-host " + name) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    response.setStatus(403);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private boolean allows(String host) {
    return host != null && allowed.contains(host);
  }

  /** The host of a Host header: {@code [::1]:1313} is {@code ::1}, {@code Example.com:80} {@code example.com}. */
  static String hostOf(String header) {
    String h = header.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : bare(h.substring(0, end + 1));
    }
    int colon = h.lastIndexOf(':');
    return bare(colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h);
  }

  private static String originHost(String origin) {
    try {
      String host = URI.create(origin).getHost();
      return host == null ? null : bare(host);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Lower case, without IPv6 brackets or a trailing dot. */
  private static String bare(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** Every address of this machine: a server listening on all of them answers at each. */
  private static Set<String> interfaceAddresses() {
    var out = new TreeSet<String>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          String s = a.getHostAddress();
          int zone = s.indexOf('%');
          out.add(bare(zone < 0 ? s : s.substring(0, zone)));
        }
      }
    } catch (SocketException e) {
      // only the names above, then
    }
    return out;
  }
}
