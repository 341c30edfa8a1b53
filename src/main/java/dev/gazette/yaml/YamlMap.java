package dev.gazette.yaml;

import dev.gazette.diag.DidYouMean;
import dev.gazette.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, positioned access to a YAML mapping. Every wrong type, duplicate or unknown key is
 * reported to the {@link Diagnostics} at the value's own line and column in the file.
 */
public final class YamlMap {
  /** Bounds the nodes turned into Java values, so aliases cannot multiply memory. */
  private static final int MAX_NODES = 10_000;

  private final String file;
  private final int firstLine;
  private final Diagnostics diagnostics;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  /** The mapping itself, where a problem of the whole mapping (a missing key) is reported. */
  private Node self;

  private YamlMap(String file, int firstLine, Diagnostics diagnostics) {
    this.file = file;
    this.firstLine = firstLine;
    this.diagnostics = diagnostics;
  }

  /**
   * Wraps a node that must be a mapping; reports an error and returns empty otherwise.
   *
   * @param firstLine the 1-based file line where the YAML text starts
   */
  public static Optional<YamlMap> of(
      Node node, String file, int firstLine, Diagnostics diagnostics, String what) {
    return of(node, file, firstLine, diagnostics, what, "write one \"key: value\" per line, such as title: 标题");
  }

  /** As {@link #of(Node, String, int, Diagnostics, String)}, with the hint for a wrong shape. */
  public static Optional<YamlMap> of(
      Node node, String file, int firstLine, Diagnostics diagnostics, String what, String hint) {
    var map = new YamlMap(file, firstLine, diagnostics);
    map.self = node;
    if (!(node instanceof MappingNode mapping)) {
      map.error(node, what + " must be a mapping of \"key: value\" lines, not a " + kind(node), hint);
      return Optional.empty();
    }
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        map.error(t.getKeyNode(), "a key must be plain text, not a " + kind(t.getKeyNode()), "remove the ? or [ { before the key");
        continue;
      }
      if (map.entries.containsKey(key.getValue())) {
        map.error(key, "duplicate key \"" + key.getValue() + "\"", "remove one of the two");
        continue;
      }
      map.entries.put(key.getValue(), t);
    }
    return Optional.of(map);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
  }

  public String file() {
    return file;
  }

  public int firstLine() {
    return firstLine;
  }

  /** Reports every key not in {@code known}, with a did-you-mean. */
  public void rejectUnknown(Set<String> known, String what) {
    for (var e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        error(
            e.getValue().getKeyNode(),
            "unknown " + what + " \"" + e.getKey() + "\"",
            hintOr(DidYouMean.hint(e.getKey(), known), "known: " + String.join(", ", known)));
      }
    }
  }

  private static String hintOr(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  public Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  public Optional<Node> keyNode(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
  }

  /** A scalar value as the text the writer typed. */
  public Optional<String> string(String key) {
    var node = node(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.empty();
    }
    if (node.get() instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    error(node.get(), "\"" + key + "\" must be text, not a " + kind(node.get()), quoteHint(key));
    return Optional.empty();
  }

  /** A list of scalars; a single scalar counts as a list of one. */
  public List<String> stringList(String key) {
    var node = node(key);
    if (node.isEmpty() || isNull(node.get())) {
      return List.of();
    }
    if (node.get() instanceof ScalarNode s) {
      return s.getValue().isBlank() ? List.of() : List.of(s.getValue());
    }
    if (node.get() instanceof SequenceNode seq) {
      var out = new ArrayList<String>();
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !isNull(s)) {
          out.add(s.getValue());
        } else if (!isNull(item)) {
          error(item, "each item of \"" + key + "\" must be text, not a " + kind(item), "write " + key + ": [a, b]; quote an item that starts with [ or {");
        }
      }
      return out;
    }
    error(node.get(), "\"" + key + "\" must be text or a list, not a mapping", "write " + key + ": [a, b]");
    return List.of();
  }

  public Optional<Boolean> bool(String key) {
    var text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get()) {
      case "true", "True", "TRUE":
        return Optional.of(true);
      case "false", "False", "FALSE":
        return Optional.of(false);
      default:
        error(node(key).orElseThrow(), "\"" + key + "\" must be true or false, not \"" + text.get() + "\"", "write " + key + ": true");
        return Optional.empty();
    }
  }

  public OptionalInt integer(String key, int min, int max) {
    var text = string(key);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int v = Integer.parseInt(text.get().trim());
      if (v >= min && v <= max) {
        return OptionalInt.of(v);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(node(key).orElseThrow(), "\"" + key + "\" must be a whole number from " + min + " to " + max + ", not \"" + text.get() + "\"", "write for example " + key + ": " + Math.max(min, Math.min(max, 20)));
    return OptionalInt.empty();
  }

  /** A list of mappings ({@code corrections: [{date: ..., text: ...}]}); other items are errors. */
  public List<YamlMap> maps(String key, String example) {
    var node = node(key);
    if (node.isEmpty() || isNull(node.get())) {
      return List.of();
    }
    if (!(node.get() instanceof SequenceNode seq)) {
      error(node.get(), "\"" + key + "\" must be a list, not a " + kind(node.get()), "write " + example);
      return List.of();
    }
    var out = new ArrayList<YamlMap>();
    for (Node item : seq.getValue()) {
      of(item, file, firstLine, diagnostics, "each item of \"" + key + "\"", "write " + example).ifPresent(out::add);
    }
    return out;
  }

  /** A nested mapping. */
  public Optional<YamlMap> map(String key) {
    return node(key).filter(n -> !isNull(n)).flatMap(n -> of(n, file, firstLine, diagnostics, "\"" + key + "\""));
  }

  /**
   * A value as plain Java data (String, Long, Double, Boolean, List, Map) for templates. Aliases
   * are expanded within a budget of {@value #MAX_NODES} values; a value that contains itself
   * through an alias is an error, not an endless structure.
   */
  public Object toJava(String key) {
    var walk = new Walk();
    Node n = node(key).orElseThrow();
    Object v = walk.toJava(n);
    if (walk.cycle != null) {
      error(walk.cycle, "\"" + key + "\" contains itself through an alias (*name)",
          "write the value out instead of referring back to an enclosing &anchor");
      return "";
    }
    if (walk.budget < 0) {
      error(n, "\"" + key + "\" is too large (more than " + MAX_NODES + " values once aliases are expanded)",
          "write fewer values, or fewer aliases (*name)");
      return "";
    }
    return v;
  }

  /** One conversion: the remaining budget and the collections on the current path. */
  private static final class Walk {
    int budget = MAX_NODES;
    Node cycle;
    final java.util.Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** @return the value, or null once the budget is spent or a cycle is found */
    Object toJava(Node node) {
      if (--budget < 0 || cycle != null) {
        return null;
      }
      if (node instanceof ScalarNode s) {
        return scalar(s);
      }
      if (!open.add(node)) {
        cycle = node;
        return null;
      }
      try {
        if (node instanceof SequenceNode seq) {
          var list = new ArrayList<Object>();
          for (Node item : seq.getValue()) {
            Object v = toJava(item);
            if (v == null) {
              return null;
            }
            list.add(v);
          }
          return List.copyOf(list);
        }
        var map = new LinkedHashMap<String, Object>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
          String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
          Object v = toJava(t.getValueNode());
          if (v == null) {
            return null;
          }
          map.put(k, v);
        }
        return java.util.Collections.unmodifiableMap(map);
      } finally {
        open.remove(node);
      }
    }

    private static Object scalar(ScalarNode s) {
      Tag tag = s.getTag();
      try {
        if (Tag.INT.equals(tag)) {
          return Long.parseLong(s.getValue());
        }
        if (Tag.FLOAT.equals(tag)) {
          return Double.parseDouble(s.getValue());
        }
      } catch (NumberFormatException e) {
        return s.getValue();
      }
      if (Tag.BOOL.equals(tag)) {
        return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
      }
      if (Tag.NULL.equals(tag)) {
        return "";
      }
      return s.getValue();
    }
  }

  public int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
  }

  public int col(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  public void error(Node node, String message, String hint) {
    diagnostics.error(file, line(node), col(node), message, hint);
  }

  public void warning(Node node, String message, String hint) {
    diagnostics.warning(file, line(node), col(node), message, hint);
  }

  /** An error about the mapping as a whole (a list item without a key it needs), at its first key. */
  public void errorHere(String message, String hint) {
    error(self, message, hint);
  }

  /** Reports an error at a key's value, or at the key when it has none. */
  public void errorAt(String key, String message, String hint) {
    var n = node(key).filter(v -> v.getStartMark().isPresent()).or(() -> keyNode(key));
    if (n.isPresent()) {
      error(n.get(), message, hint);
    } else {
      diagnostics.error(file, firstLine, 1, message, hint);
    }
  }

  /** Reports an error at the list item of {@code key} whose text is {@code item}, else at the key's value. */
  public void errorAtItem(String key, String item, String message, String hint) {
    item(key, item).ifPresentOrElse(i -> error(i, message, hint), () -> errorAt(key, message, hint));
  }

  /** Reports a warning at the list item of {@code key} whose text contains {@code item}, else at the key's value. */
  public void warningAtItem(String key, String item, String message, String hint) {
    item(key, item).or(() -> node(key).filter(v -> v.getStartMark().isPresent()))
        .ifPresentOrElse(i -> warning(i, message, hint), () -> diagnostics.warning(file, firstLine, 1, message, hint));
  }

  /** The list item of {@code key} whose text is {@code item} or holds it (an item split at 、). */
  private Optional<Node> item(String key, String item) {
    var n = node(key);
    if (n.isPresent() && n.get() instanceof SequenceNode seq) {
      for (Node i : seq.getValue()) {
        if (i instanceof ScalarNode s && s.getValue().strip().equals(item.strip())) {
          return Optional.of(i);
        }
      }
      for (Node i : seq.getValue()) {
        if (i instanceof ScalarNode s && s.getValue().contains(item.strip())) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  private static String kind(Node n) {
    return n instanceof SequenceNode ? "list" : n instanceof MappingNode ? "mapping" : "single value";
  }

  private static String quoteHint(String key) {
    return "write " + key + ": some text (quote it if it starts with [ or {)";
  }
}
