package dev.gazette.render;

import java.util.function.Supplier;

/**
 * One page to render: a pure function of its template and model, so jobs run in parallel. The
 * model is made when the page is rendered and dropped with it, so a plan of 200,000 pages holds
 * only their paths.
 *
 * @param path the decoded site path: {@code news/} for a pretty URL, {@code 404.html} for a file
 * @param kind home, channel, article, page, tag, author, source, 404 or search (for reports)
 * @param origin what the page is, for collision errors: the source file of an article page
 * @param signature what the model reads beyond the build's frame ({@link PageSignature#NONE}: not signed)
 */
public record PageJob(String kind, String path, String template, Supplier<DataModel> models, String origin,
    PageSignature signature) {
  /** The page's model, made anew on each call. */
  public DataModel model() {
    return models.get();
  }
}
