package dev.gazette.serve;

import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Holds requests until the first good build: a request that comes while the site is first built
 * waits for it (up to {@link #HOLD_MILLIS}), then gets a "building" page with status 503 and
 * {@code Retry-After}, never a 404 for a page that is about to exist (a link checker or an
 * end-to-end test started together with {@code serve} would count it broken). While the first
 * build has errors, pages get the error page with 503 as well. The live-reload stream is never
 * held: the building page reloads itself through it.
 */
final class FirstBuild extends Handler.Wrapper {
  static final long HOLD_MILLIS = 3000;

  private final Supplier<Snapshot> current;
  private final CountDownLatch built = new CountDownLatch(1);
  private volatile boolean good;

  FirstBuild(Supplier<Snapshot> current, Handler next) {
    super(next);
    this.current = current;
  }

  /** Called with every snapshot published. */
  void published(Snapshot snapshot) {
    if (!snapshot.isFailed()) {
      good = true;
    }
    built.countDown();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!good && !LiveReload.PATH.equals(request.getHttpURI().getPath())) {
      built.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
    }
    if (good || LiveReload.PATH.equals(request.getHttpURI().getPath())) {
      return super.handle(request, response, callback);
    }
    Snapshot snapshot = current.get();
    byte[] body = PageInjector.fallbackPage(snapshot, snapshot.isFailed() ? "The site has errors" : "Building the site...");
    response.setStatus(503);
    var h = response.getHeaders();
    h.put(HttpHeader.RETRY_AFTER, "1");
    h.put(HttpHeader.CONTENT_TYPE, ContentTypes.HTML);
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(HttpMethod.HEAD.is(request.getMethod()) ? new byte[0] : body), callback);
    return true;
  }
}
