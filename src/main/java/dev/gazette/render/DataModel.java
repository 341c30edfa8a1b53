package dev.gazette.render;

import dev.gazette.render.Views.SiteView;
import java.util.Objects;

/**
 * Everything one page's template sees, and so everything its fingerprint covers: the globals
 * every page shares, then the page's own model. {@link DataModelHash} shows both to FreeMarker as
 * one set of top-level variables.
 *
 * <p>The globals are a component, not FreeMarker shared variables: the {@link TemplateRenderer}
 * (its parsed templates) outlives a build, while the globals are made anew by each build.
 */
public record DataModel(Globals globals, PageModel model) {
  public DataModel {
    Objects.requireNonNull(globals);
    Objects.requireNonNull(model);
  }

  /** The variables of every page: the site and the URL and photo helpers; one instance per build. */
  public record Globals(SiteView site, UrlFunctions.RelUrl relUrl, UrlFunctions.AbsUrl absUrl,
      PhotoFunctions.PhotoOf photo, PhotoFunctions.PhotoUrl photoUrl) {
    public Globals {
      Objects.requireNonNull(site);
      Objects.requireNonNull(relUrl);
      Objects.requireNonNull(absUrl);
      Objects.requireNonNull(photo);
      Objects.requireNonNull(photoUrl);
    }

    public static Globals of(ViewModels views) {
      return new Globals(views.site(), new UrlFunctions.RelUrl(views.base()), new UrlFunctions.AbsUrl(views.base()),
          new PhotoFunctions.PhotoOf(views.photos()), new PhotoFunctions.PhotoUrl(views.photos()));
    }
  }
}
