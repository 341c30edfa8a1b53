package dev.gazette.render;

import java.util.Map;

/**
 * One page to render: a pure function of its template and model, so jobs run in parallel.
 *
 * @param path the decoded site path: {@code news/} for a pretty URL, {@code 404.html} for a file
 * @param origin what the page is, for collision errors: the source file of an article page
 */
public record PageJob(String path, String template, Map<String, Object> model, String origin) {}
