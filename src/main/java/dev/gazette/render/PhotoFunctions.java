package dev.gazette.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' photo helpers: {@code photo("/images/a.jpg")} gives the photo's derivatives
 * ({@link Views.PhotoView}: {@code src}, {@code srcset}, {@code width}, {@code height},
 * {@code thumb}, {@code large}), {@code photoUrl("/images/a.jpg", 640)} the URL of the narrowest
 * derivative at least that wide. Any JPEG, PNG or GIF under static/ has derivatives; another path
 * is an error at the template line. Records over one {@link PhotoSet}, which records what they
 * read and stands for it in page fingerprints ({@link PhotoSet#helpers}).
 */
final class PhotoFunctions {
  private PhotoFunctions() {}

  record PhotoOf(PhotoSet photos) implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
        throw new TemplateModelException("photo takes one image path, such as photo(\"/images/a.jpg\")");
      }
      return find(photos, s.getAsString());
    }
  }

  record PhotoUrl(PhotoSet photos) implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
      if (args.size() != 2 || !(args.get(0) instanceof TemplateScalarModel s) || !(args.get(1) instanceof TemplateNumberModel n)) {
        throw new TemplateModelException("photoUrl takes an image path and a width, such as photoUrl(\"/images/a.jpg\", 640)");
      }
      Views.PhotoView v = find(photos, s.getAsString());
      int width = n.getAsNumber().intValue();
      String url = null;
      // srcset lists the derivatives narrowest first
      for (String part : v.srcset().split(", ")) {
        int space = part.lastIndexOf(' ');
        url = part.substring(0, space);
        if (Integer.parseInt(part.substring(space + 1, part.length() - 1)) >= width) {
          break;
        }
      }
      return url;
    }
  }

  private static Views.PhotoView find(PhotoSet photos, String path) throws TemplateModelException {
    Views.PhotoView v = photos.read(path);
    if (v == null) {
      throw new TemplateModelException("no photo " + path + ": derivatives are made of the JPEG, PNG and GIF files under static/"
          + " (static/images/a.jpg is /images/a.jpg)");
    }
    return v;
  }
}
