package dev.palermo.json;

import tools.jackson.databind.json.JsonMapper;

/**
 * The process-wide JSON mapper, configured once with {@link PalermoModule}. Jackson mappers are
 * expensive to build and thread-safe to share. Has no instances.
 */
public final class PalermoJson {
  private PalermoJson() {}

  private static final class Holder {
    static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PalermoModule()).build();
  }

  /** @return the shared mapper */
  public static JsonMapper mapper() {
    return Holder.MAPPER;
  }
}
