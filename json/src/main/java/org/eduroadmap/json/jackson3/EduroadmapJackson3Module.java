package org.eduroadmap.json.jackson3;

import java.util.Map;
import org.eduroadmap.json.internal.Mixins;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that binds the model types with the field names, field order and ISO dates
 * of {@code docs/json.md}, for a user's own Jackson 3 {@code JsonMapper}. Jackson 3 is an optional
 * dependency of this artifact: add {@code tools.jackson.core:jackson-databind} to use it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EduroadmapJackson3Module()).build();
 * // on the class path also: JsonMapper.builder().findAndAddModules().build()
 * Roadmap roadmap = mapper.readValue(json, Roadmap.class);
 * }</pre>
 *
 * <p>It uses the same mix-ins as the Jackson 2 module: Jackson 3 reads the same
 * {@code com.fasterxml.jackson.annotation} annotations and its own databind annotations, which the
 * mix-ins carry beside the Jackson 2 ones. Jackson 3 binds {@code java.time} and {@code Optional}
 * itself. On the class path {@code ServiceLoader} finds it (META-INF/services); on the module path
 * register it yourself, because a module cannot provide a service of an optional module. Immutable
 * and thread-safe once registered.
 */
// Jackson 3 is an optional, non-transitive dependency (see module-info): whoever uses this class has
// Jackson 3 and reads it themselves, so javac's «not indirectly exported» lint does not apply.
@SuppressWarnings("exports")
public final class EduroadmapJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; {@code ServiceLoader} calls this, so it must stay public and without arguments. */
  public EduroadmapJackson3Module() {
    super("eduroadmap", Version.unknownVersion());
    for (Map.Entry<Class<?>, Class<?>> m : Mixins.all().entrySet()) {
      setMixInAnnotation(m.getKey(), m.getValue());
    }
  }
}
