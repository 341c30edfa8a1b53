package dev.gazette.render;

import dev.gazette.store.Hashes;
import dev.gazette.store.QuickHash;
import dev.gazette.store.StoredText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of a page or feed: a 128-bit hash ({@link QuickHash}) over its template and everything in its model,
 * walked field by field (records by component, maps and lists in iteration order, bodies by
 * their content hash). Equal fingerprints mean equal inputs, so the last build's bytes can be
 * kept without rendering. A type the walk does not know is a bug and fails loudly rather than
 * being skipped: a skipped field could hide a change.
 *
 * <p>The views shared by many pages (an article's, a channel's, the globals) are fingerprinted once.
 */
public final class Fingerprints {
  private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] rc = type.getRecordComponents();
      var out = new Method[rc.length];
      for (int i = 0; i < rc.length; i++) {
        out[i] = rc[i].getAccessor();
        out[i].setAccessible(true);
      }
      return out;
    }
  };

  /** A class's name as the walk writes it (length and UTF-8 bytes), made once per class. */
  private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
    @Override
    protected byte[] computeValue(Class<?> type) {
      var out = new Sink();
      out.text(type.getName());
      return java.util.Arrays.copyOf(out.buf, out.n);
    }
  };

  /** Fingerprints of shared views, by identity (views are immutable). */
  private final Map<Object, byte[]> shared = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
  private final String salt;
  private final java.util.function.Function<String, String> templates;

  /** @param salt what every fingerprint also depends on: the Gazette version, the templates' language */
  public Fingerprints(String salt) {
    this(salt, t -> "");
  }

  /**
   * @param templates the key of what a template is made of (its text and what it imports), by
   *     its name; the same for every name when pages do not depend on templates one by one
   */
  public Fingerprints(String salt, java.util.function.Function<String, String> templates) {
    this.salt = salt;
    this.templates = templates;
  }

  public String of(String template, Object model) {
    var out = new Sink();
    out.text(salt);
    out.text(template);
    out.text(templates.apply(template));
    walk(model, out);
    return Hashes.hex(out.digest());
  }

  private void walk(Object o, Sink out) {
    if (o == null) {
      out.tag('0');
    } else if (o instanceof String s) {
      out.tag('s');
      out.text(s);
    } else if (o instanceof java.time.ZonedDateTime t) {
      // what ZonedDateTime.equals compares (local date-time, offset, zone), without formatting it
      out.tag('z');
      out.number(t.getYear());
      out.number(t.getMonthValue() << 24 | t.getDayOfMonth() << 16 | t.getHour() << 8 | t.getMinute());
      out.number(t.getSecond());
      out.number(t.getNano());
      out.number(t.getOffset().getTotalSeconds());
      out.text(t.getZone().getId());
    } else if (o instanceof Boolean || o instanceof Number || o instanceof Character || o instanceof Enum<?>
        || o instanceof TemporalAccessor || o instanceof ZoneId || o instanceof Locale) {
      out.tag('v');
      out.text(o.getClass().getName());
      out.text(o.toString());
    } else if (o instanceof StoredText t) {
      out.tag('h');
      out.text(t.id());
    } else if (o instanceof Views.ArticleView || o instanceof Views.ChannelView || o instanceof Views.SiteView
        || o instanceof DataModel.Globals) {
      byte[] memo = shared.get(o);
      if (memo == null) {
        var inner = new Sink();
        record(o, inner);
        memo = inner.digest();
        shared.put(o, memo);
      }
      out.tag('m');
      out.bytes(memo);
    } else if (o instanceof Views.Html h) {
      // the body, and the photos its images show
      out.tag('b');
      out.text(h.stored().id());
      out.text(h.photos() == null ? "" : h.photos().bodyKey(h.images()));
    } else if (o instanceof PhotoSet photos) {
      out.tag('f');
      out.text(photos.helpers());
    } else if (o instanceof PageLinks links) {
      byte[] memo = shared.get(links.urls());
      if (memo == null) {
        var inner = new Sink();
        walk(List.copyOf(links.urls()), inner);
        memo = inner.digest();
        shared.put(links.urls(), memo);
      }
      out.tag('p');
      out.bytes(memo);
      out.number(links.current());
    } else if (o.getClass().isRecord()) {
      record(o, out);
    } else if (o instanceof Map<?, ?> m) {
      out.tag('{');
      out.number(m.size());
      Iterable<? extends Map.Entry<?, ?>> entries = m.entrySet();
      if (unordered(m)) {
        // a plain HashMap or Map.of: their order is no content, and Map.of's changes between runs
        var sorted = new java.util.ArrayList<Map.Entry<?, ?>>(m.entrySet());
        sorted.sort(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())));
        entries = sorted;
      }
      for (var e : entries) {
        walk(e.getKey(), out);
        walk(e.getValue(), out);
      }
    } else if (o instanceof Collection<?> c) {
      out.tag('[');
      out.number(c.size());
      for (Object x : c) {
        walk(x, out);
      }
    } else {
      throw new IllegalStateException("cannot fingerprint a " + o.getClass().getName() + " in a page model");
    }
  }

  private static boolean unordered(Map<?, ?> m) {
    return m.getClass() == java.util.HashMap.class || m.getClass() == ConcurrentHashMap.class
        || m.getClass().getName().startsWith("java.util.ImmutableCollections");
  }

  private void record(Object o, Sink out) {
    out.tag('r');
    out.bytes(NAMES.get(o.getClass()));
    for (Method m : COMPONENTS.get(o.getClass())) {
      try {
        walk(m.invoke(o), out);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + m, e);
      }
    }
  }

  /** Bytes gathered in a buffer and digested once: many small digest updates are slow. */
  private static final class Sink {
    private byte[] buf = new byte[512];
    private int n;

    void tag(char c) {
      ensure(1);
      buf[n++] = (byte) c;
    }

    void number(int v) {
      ensure(4);
      buf[n++] = (byte) (v >>> 24);
      buf[n++] = (byte) (v >>> 16);
      buf[n++] = (byte) (v >>> 8);
      buf[n++] = (byte) v;
    }

    void text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      number(b.length);
      bytes(b);
    }

    void bytes(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }

    private void ensure(int more) {
      if (n + more > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
      }
    }

    byte[] digest() {
      return QuickHash.of(buf, n);
    }
  }
}
