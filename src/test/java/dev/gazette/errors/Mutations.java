package dev.gazette.errors;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Ways to break a valid file the way hands, editors and input methods do: cut it short, drop in
 * bytes or YAML punctuation, give a field the wrong type, move, repeat or lose lines. Positions
 * are fractions of the file (0 to 10,000), so a mutation means the same thing as jqwik shrinks.
 */
final class Mutations {
  private Mutations() {}

  /** One edit of a file's bytes; {@code toString} is what jqwik prints for a failing case. */
  interface Mutation {
    byte[] apply(byte[] original);
  }

  static final List<String> TOKENS = List.of(":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "*a ", "!!binary ",
      "!!int ", "!foo ", "---\n", "...\n", "\t", "\n", "\n  ", "  ", "#", "'", "\"", "|", ">", "? ", "%", "@", "`", "\\",
      "\u0000", "\u0007", "\uFEFF", "\u2028", "\r", "——", "<<: *a\n", "a: &a [*a]\n", "x: " + "[".repeat(100), "😀", "苏州");

  static final List<String> VALUES = List.of("[a, b]", "{a: 1}", "yes", "no", "123", "-1", "1e9", "", "null", "~", "\"\"",
      "2022-02-30", "2022-06-26T17:05:00+25:00", "2022-13-01", "[[]]", "[{}]", "*a", "&a x", "!!binary aGk=", "..", ".", "/",
      "a/b", "\"a\\u0000b\"", "'", "|\n  多行\n  文本", ">-", "news/nosuch", "\"" + "长".repeat(150) + "\"", "true", "page",
      "[news, news]", "https://", "Asia/Nowhere", "0", "99999999999999999999", "[rss, gopher]", "/{slug}", "1KB");

  /** A field changed to a value of another type or shape, or added when absent. */
  static Arbitrary<Mutation> changeField(List<String> fields) {
    return Combinators.combine(Arbitraries.of(fields), Arbitraries.of(VALUES))
        .as((field, value) -> new Mutation() {
          @Override
          public byte[] apply(byte[] original) {
            String text = new String(original, StandardCharsets.UTF_8);
            var lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
              if (lines.get(i).startsWith(field + ":")) {
                at = i;
                break;
              }
            }
            if (at >= 0) {
              lines.set(at, field + ": " + value);
            } else {
              lines.add(Math.min(1, lines.size()), field + ": " + value);
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          }

          @Override
          public String toString() {
            return "set " + field + ": " + value;
          }
        });
  }

  static Arbitrary<Mutation> truncate() {
    return fraction().map(f -> new Mutation() {
      @Override
      public byte[] apply(byte[] original) {
        int at = at(f, original.length);
        while (at > 0 && at < original.length && (original[at] & 0xC0) == 0x80) {
          at--; // cut between characters: a cut inside one is the random-bytes mutation's job
        }
        return Arrays.copyOf(original, at);
      }

      @Override
      public String toString() {
        return "truncate at " + f + "/10000";
      }
    });
  }

  static Arbitrary<Mutation> insertBytes() {
    return Combinators.combine(fraction(), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(6))
        .as((f, bytes) -> insert(f, bytes, "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes)));
  }

  static Arbitrary<Mutation> insertToken() {
    return Combinators.combine(fraction(), Arbitraries.of(TOKENS))
        .as((f, token) -> insert(f, token.getBytes(StandardCharsets.UTF_8), "token \"" + token.replace("\n", "\\n") + "\""));
  }

  private static Mutation insert(int f, byte[] bytes, String what) {
    return new Mutation() {
      @Override
      public byte[] apply(byte[] original) {
        int at = at(f, original.length);
        var out = new ByteArrayOutputStream();
        out.write(original, 0, at);
        out.writeBytes(bytes);
        out.write(original, at, original.length - at);
        return out.toByteArray();
      }

      @Override
      public String toString() {
        return "insert " + what + " at " + f + "/10000";
      }
    };
  }

  /** Shuffles, repeats, drops or swaps lines. */
  static Arbitrary<Mutation> lines() {
    return Combinators.combine(Arbitraries.of("shuffle", "duplicate", "delete", "swap"), fraction(), fraction())
        .as((op, f, g) -> new Mutation() {
          @Override
          public byte[] apply(byte[] original) {
            String text = new String(original, StandardCharsets.UTF_8);
            var lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int i = at(f, lines.size() - 1);
            int j = at(g, lines.size() - 1);
            switch (op) {
              case "shuffle" -> Collections.shuffle(lines, new Random(f * 10_000L + g));
              case "duplicate" -> lines.add(i, lines.get(i));
              case "delete" -> lines.remove(i);
              default -> Collections.swap(lines, i, j);
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          }

          @Override
          public String toString() {
            return op + " lines " + f + "/10000, " + g + "/10000";
          }
        });
  }

  /** One to three edits, applied in order; mostly ones that keep the file recognisable. */
  static Arbitrary<List<Mutation>> any(List<String> fields) {
    return Arbitraries.frequencyOf(
            Tuple.of(1, truncate()), Tuple.of(1, insertBytes()), Tuple.of(3, insertToken()),
            Tuple.of(5, changeField(fields)), Tuple.of(2, lines()))
        .list().ofMinSize(1).ofMaxSize(3);
  }

  static byte[] applyAll(List<Mutation> ms, byte[] original) {
    byte[] b = original;
    for (Mutation m : ms) {
      b = m.apply(b);
    }
    return b;
  }

  private static Arbitrary<Integer> fraction() {
    return Arbitraries.integers().between(0, 10_000).withDistribution(RandomDistribution.uniform());
  }

  private static int at(int fraction, int length) {
    return (int) ((long) fraction * length / 10_000);
  }
}
