package org.eduroadmap.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.eduroadmap.json.internal.Mixins;

/**
 * The Jackson 2 module that binds the model types ({@code Roadmap}, {@code Activity}, {@code Term}
 * and the rest) with the field names, field order and ISO dates of {@code docs/json.md}, for a
 * user's own {@code ObjectMapper}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds it by ServiceLoader
 * // or: new ObjectMapper().registerModule(new EduroadmapJacksonModule());
 * Roadmap roadmap = mapper.readValue(json, Roadmap.class);
 * }</pre>
 *
 * <p>The model classes carry no Jackson annotations: this module adds them as mix-ins, so core
 * needs no Jackson. It registers the {@code java.time} and {@code Optional} modules it needs.
 * {@link RoadmapJson} uses it too, with strict reading and stable writing on top. Immutable and
 * thread-safe once registered, as Jackson modules are.
 */
public final class EduroadmapJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module; {@code ServiceLoader} calls this, so it must stay public and without arguments. */
  public EduroadmapJacksonModule() {
    super("eduroadmap", Version.unknownVersion());
    for (Map.Entry<Class<?>, Class<?>> m : Mixins.all().entrySet()) {
      setMixInAnnotation(m.getKey(), m.getValue());
    }
  }

  /** Dates are {@code LocalDate}, absent values {@code Optional}: both need their Jackson module. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule(), new Jdk8Module());
  }
}
