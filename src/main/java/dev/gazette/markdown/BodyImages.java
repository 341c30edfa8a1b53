package dev.gazette.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <img>} tags of a body's HTML and their {@code src}, as a browser reads it ({@code
 * &amp;} decoded). One definition for the two that need it: the photos step gives these images
 * their derivatives, and a page that shows the body depends on exactly these photos.
 */
public final class BodyImages {
  /** An {@code <img>} tag. */
  public static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
  /** Its {@code src} attribute; group 1 is the value as written. */
  public static final Pattern SRC = Pattern.compile("\\ssrc=\"([^\"]*)\"");

  private BodyImages() {}

  /** The {@code src} of every image of {@code html}, in order, each once. */
  public static List<String> of(String html) {
    if (!html.contains("<img")) {
      return List.of();
    }
    var out = new ArrayList<String>();
    Matcher m = IMG.matcher(html);
    while (m.find()) {
      Matcher src = SRC.matcher(m.group());
      if (src.find()) {
        String s = src(src.group(1));
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  /** A {@code src} value as the HTML writes it, as a browser reads it. */
  public static String src(String written) {
    return written.replace("&amp;", "&");
  }
}
