package dev.gazette.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DataModel} as FreeMarker's root: each component of the page's record is a top-level
 * variable of its name, then each of the globals. A null component is missing ({@code <#if
 * prev??>}), as an absent key of a map is; a record's methods ({@code toString}, {@code hashCode})
 * are no variables, unlike under FreeMarker's own wrapping of a record. Values are wrapped as
 * FreeMarker's object wrapper wraps them, so below the top level nothing changes.
 */
final class DataModelHash implements TemplateHashModelEx {
  /** A record's accessors by component name, in declaration order. */
  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      var out = new LinkedHashMap<String, Method>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        out.put(c.getName(), m);
      }
      return out;
    }
  };

  private final DataModel model;
  private final ObjectWrapper wrapper;

  DataModelHash(DataModel model, ObjectWrapper wrapper) {
    this.model = model;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    Method m = ACCESSORS.get(model.model().getClass()).get(key);
    Object owner = model.model();
    if (m == null) {
      m = ACCESSORS.get(DataModel.Globals.class).get(key);
      owner = model.globals();
    }
    if (m == null) {
      return null;
    }
    Object value = read(m, owner);
    return value == null ? null : wrapper.wrap(value);
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public int size() {
    return names().size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return new SimpleCollection(names(), wrapper);
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    var out = new ArrayList<TemplateModel>();
    for (String name : names()) {
      out.add(get(name));
    }
    return new SimpleCollection(out, wrapper);
  }

  /** The variables that are not missing: the page's components, then the globals. */
  private List<String> names() {
    var out = new ArrayList<String>();
    for (Object owner : List.of(model.model(), model.globals())) {
      ACCESSORS.get(owner.getClass()).forEach((name, m) -> {
        if (read(m, owner) != null) {
          out.add(name);
        }
      });
    }
    return out;
  }

  private static Object read(Method m, Object owner) {
    try {
      return m.invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m, e);
    }
  }
}
