package dev.gazette.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every request from the current {@link Snapshot}: {@code /news/} is
 * {@code news/index.html}, {@code /news} redirects there, anything else unknown gets the site's
 * 404 page with status 404. Nothing is looked up on disk by request path, so no path can reach a
 * file outside the site; static files are read from the path the build recorded, and only when
 * that path really lies inside the site folder (a symlink pointing out is a 404).
 */
final class SiteHandler extends Handler.Abstract {
  private final Supplier<Snapshot> current;
  private final LiveReload liveReload;
  private final Path siteReal;
  /** The baseUrl's path, {@code /} or {@code /portal/}: the site is served below it. */
  private final String basePath;

  SiteHandler(Supplier<Snapshot> current, LiveReload liveReload, Path siteDir, String basePath) {
    this.current = current;
    this.liveReload = liveReload;
    this.siteReal = real(siteDir);
    this.basePath = basePath;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    if (!head && !HttpMethod.GET.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      return send(response, callback, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"), false);
    }
    String rawPath = request.getHttpURI().getPath();
    if (LiveReload.PATH.equals(rawPath) && !head) {
      liveReload.open(request, response, callback, current);
      return true;
    }
    if (!rawPath.startsWith(basePath)) {
      // a site hosted under /portal/: / (and /portal) lead there, anything else is not the site's
      if (rawPath.equals("/") || rawPath.equals(basePath.substring(0, basePath.length() - 1))) {
        response.getHeaders().put(HttpHeader.LOCATION, basePath);
        return send(response, callback, 302, "text/plain; charset=utf-8", bytes("the site is at " + basePath + "\n"), head);
      }
      return notFound(current.get(), response, callback, head);
    }
    rawPath = rawPath.substring(basePath.length() - 1);
    Optional<String> decoded = RequestPath.decode(rawPath);
    if (decoded.isEmpty()) {
      return send(response, callback, 400, "text/plain; charset=utf-8", bytes("bad request path\n"), head);
    }
    Snapshot snapshot = current.get();
    String path = decoded.get();
    String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    ServedFile file = snapshot.get(key);
    if (file != null && readable(file)) {
      return serve(file, 200, snapshot, response, callback, head);
    }
    if (!path.isEmpty() && !path.endsWith("/") && snapshot.get(path + "/index.html") != null) {
      String query = request.getHttpURI().getQuery();
      String to = basePath + rawPath.substring(1) + "/";
      response.getHeaders().put(HttpHeader.LOCATION, to + (query == null ? "" : "?" + query));
      return send(response, callback, 301, "text/plain; charset=utf-8", bytes("moved to " + to + "\n"), head);
    }
    return notFound(snapshot, response, callback, head);
  }

  /** The site's 404 page with status 404, or a page of Gazette's own before there is one. */
  private boolean notFound(Snapshot snapshot, Response response, Callback callback, boolean head) {
    ServedFile notFound = snapshot.get("404.html");
    if (notFound != null && readable(notFound)) {
      return serve(notFound, 404, snapshot, response, callback, head);
    }
    String title = snapshot.isFailed() ? "The site has errors" : snapshot.generation() == 0 ? "Building the site..." : "Not found";
    return send(response, callback, 404, ContentTypes.HTML, PageInjector.fallbackPage(snapshot, title), head);
  }

  private boolean serve(ServedFile file, int status, Snapshot snapshot, Response response, Callback callback, boolean head) {
    String type = ContentTypes.of(file.path());
    if (file.blob() != null) {
      byte[] bytes = snapshot.pack().readUnchecked(file.blob());
      byte[] body = ContentTypes.isHtml(type) ? PageInjector.inject(bytes, snapshot) : bytes;
      return send(response, callback, status, type, body, head);
    }
    try {
      if (ContentTypes.isHtml(type)) {
        return send(response, callback, status, type, PageInjector.inject(Files.readAllBytes(file.copyFrom()), snapshot), head);
      }
      long size = Files.size(file.copyFrom());
      headers(response, status, type, size);
      if (head) {
        response.write(true, ByteBuffer.allocate(0), callback);
      } else {
        Content.copy(Content.Source.from(file.copyFrom()), response, callback);
      }
      return true;
    } catch (IOException e) {
      // Deleted between the build and this request: the next build drops it.
      return send(response, callback, 404, "text/plain; charset=utf-8", bytes("not found\n"), head);
    }
  }

  private static boolean send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
    headers(response, status, type, body.length);
    response.write(true, ByteBuffer.wrap(head ? new byte[0] : body), callback);
    return true;
  }

  private static void headers(Response response, int status, String type, long length) {
    response.setStatus(status);
    var h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, type);
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put("X-Content-Type-Options", "nosniff");
    h.put(HttpHeader.CONTENT_LENGTH, length);
  }

  /** A generated file, or a static file whose real location is inside the site. */
  private boolean readable(ServedFile file) {
    if (file.copyFrom() == null) {
      return true;
    }
    Path real = real(file.copyFrom());
    return real != null && siteReal != null && real.startsWith(siteReal) && Files.isRegularFile(real);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
