package dev.gazette.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain static file server over a built site, like any host would be: for browser tests. */
final class StaticServer implements AutoCloseable {
  private final HttpServer server;

  StaticServer(Path root) throws IOException {
    this(root, "");
  }

  /** @param prefix the base URL's path without the trailing slash ({@code /portal}), or "" */
  StaticServer(Path root, String prefix) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(prefix + "/", exchange -> {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
          .substring(prefix.length());
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        file = root.resolve("404.html");
        status = 404;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String type = name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".css") ? "text/css; charset=utf-8"
          : name.endsWith(".js") ? "text/javascript; charset=utf-8"
          : name.endsWith(".json") ? "application/json"
          : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
