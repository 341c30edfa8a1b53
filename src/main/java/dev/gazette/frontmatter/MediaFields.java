package dev.gazette.frontmatter;

import dev.gazette.yaml.YamlMap;
import java.util.ArrayList;
import java.util.Set;

/** Reads {@code imageCaption}, {@code imageCredit} and {@code gallery: [{src, caption, credit}]}. */
final class MediaFields {
  static final Set<String> GALLERY_KEYS = Set.of("src", "caption", "credit");
  private static final String GALLERY_EXAMPLE = "gallery: [{src: /images/a.jpg, caption: 说明, credit: 张三}]";

  private MediaFields() {}

  static Media read(YamlMap m) {
    var gallery = new ArrayList<Media.GalleryItem>();
    for (YamlMap item : m.maps("gallery", GALLERY_EXAMPLE)) {
      item.rejectUnknown(GALLERY_KEYS, "gallery key");
      String src = text(item, "src");
      if (src == null) {
        item.errorHere("a gallery photo needs a src", "write " + GALLERY_EXAMPLE);
        continue;
      }
      if (onDisk(src)) {
        item.errorAt("src", "the gallery photo " + src + " is a path on a computer, which readers cannot load", DISK_HINT);
        continue;
      }
      var node = item.node("src").orElseThrow();
      gallery.add(new Media.GalleryItem(src, text(item, "caption"), text(item, "credit"), item.line(node), item.col(node)));
    }
    return new Media(text(m, "imageCaption"), text(m, "imageCredit"), gallery);
  }

  static final String DISK_HINT = "put the photo under static/images/ and write its site path, such as /images/a.jpg";

  /**
   * Whether an image is written as a file of the writer's computer: {@code C:\\photos\\a.jpg},
   * {@code D:/照片/a.jpg}, {@code file:///...} or any path with a backslash. As a URL it would
   * load for nobody.
   */
  static boolean onDisk(String src) {
    return src.indexOf('\\') >= 0 || src.regionMatches(true, 0, "file:", 0, 5)
        || src.length() >= 3 && Character.isLetter(src.charAt(0)) && src.charAt(0) < 128 && src.charAt(1) == ':'
            && (src.charAt(2) == '/' || src.charAt(2) == '\\');
  }

  private static String text(YamlMap m, String key) {
    return m.string(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
