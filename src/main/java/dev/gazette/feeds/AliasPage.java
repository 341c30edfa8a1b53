package dev.gazette.feeds;

/**
 * A small HTML page at an old URL that redirects to the article's new one (front matter {@code
 * aliases}), as Hugo does: a static server cannot send a 301, so a meta refresh and a canonical
 * link do the job.
 */
public final class AliasPage {
  private AliasPage() {}

  /** The output file of an alias: {@code /old/a.html} as is, {@code /old/a/} as a folder. */
  public static String file(String alias) {
    String p = alias.startsWith("/") ? alias.substring(1) : alias;
    if (p.isEmpty() || p.endsWith("/")) {
      return p + "index.html";
    }
    int slash = p.lastIndexOf('/');
    return p.substring(slash + 1).contains(".") ? p : p + "/index.html";
  }

  public static String render(String targetUrl, String language) {
    String u = Xml.escape(targetUrl);
    return "<!DOCTYPE html>\n<html lang=\"" + Xml.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + u + "</title>\n<link rel=\"canonical\" href=\"" + u + "\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + u + "\">\n</head>\n"
        + "<body><p>本页已迁移：<a href=\"" + u + "\">" + u + "</a></p></body>\n</html>\n";
  }
}
