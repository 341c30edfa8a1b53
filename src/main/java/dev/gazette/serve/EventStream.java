package dev.gazette.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open server-sent-events response. Jetty allows one pending write per response, so chunks
 * are queued and written one after another; the response is completed (its callback called)
 * exactly once, when the stream is closed or a write fails because the browser went away.
 */
final class EventStream {
  private final Response response;
  private final Callback done;
  private final Consumer<EventStream> onEnd;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private boolean writing;
  private boolean closing;
  private boolean ended;

  /** @param onEnd called once when the stream ends, however it ends */
  EventStream(Response response, Callback done, Consumer<EventStream> onEnd) {
    this.response = response;
    this.done = done;
    this.onEnd = onEnd;
  }

  /** Queues one chunk: an event ({@code event: reload\ndata: 3\n\n}) or a comment. */
  void send(String chunk) {
    synchronized (this) {
      if (closing || ended) {
        return;
      }
      queue.add(chunk);
      if (writing) {
        return;
      }
      writing = true;
    }
    writeNext();
  }

  /** Ends the response once queued chunks are written. */
  void close() {
    synchronized (this) {
      if (closing || ended) {
        return;
      }
      closing = true;
      if (writing) {
        return;
      }
      writing = true;
    }
    writeNext();
  }

  /** The browser left or the connection broke. */
  void fail(Throwable cause) {
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      queue.clear();
    }
    onEnd.accept(this);
    done.failed(cause);
  }

  private void writeNext() {
    String next;
    boolean last;
    synchronized (this) {
      next = queue.poll();
      last = next == null && closing;
      if (next == null && !last) {
        writing = false;
        return;
      }
      if (ended) {
        return;
      }
    }
    if (last) {
      synchronized (this) {
        ended = true;
      }
      onEnd.accept(this);
      response.write(true, ByteBuffer.allocate(0), done);
      return;
    }
    response.write(false, ByteBuffer.wrap(next.getBytes(StandardCharsets.UTF_8)), Callback.from(this::writeNext, this::fail));
  }
}
