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
        item.diagnostics().error(item.file(), m.line(m.node("gallery").orElseThrow()), 1, "a gallery photo needs a src", "write " + GALLERY_EXAMPLE);
        continue;
      }
      var node = item.node("src").orElseThrow();
      gallery.add(new Media.GalleryItem(src, text(item, "caption"), text(item, "credit"), item.line(node), item.col(node)));
    }
    return new Media(text(m, "imageCaption"), text(m, "imageCredit"), gallery);
  }

  private static String text(YamlMap m, String key) {
    return m.string(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
