package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code relUrl(path)} and {@code absUrl(path)} for templates: the one URL helper. Records, so
 * two builds with the same base URL give equal page models (the dev server reuses pages whose
 * model did not change).
 */
final class UrlFunctions {
  private UrlFunctions() {}

  record RelUrl(BaseUrl base) implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
      return base.rel(arg(args, "relUrl"));
    }
  }

  record AbsUrl(BaseUrl base) implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
      return base.abs(arg(args, "absUrl"));
    }
  }

  private static String arg(List<?> args, String name) throws TemplateModelException {
    if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
      throw new TemplateModelException(name + " takes one text argument, such as " + name + "(\"css/style.css\")");
    }
    return s.getAsString();
  }
}
