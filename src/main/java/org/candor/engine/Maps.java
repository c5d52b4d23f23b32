package org.candor.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable maps that keep their order (Map.copyOf does not). */
final class Maps {

  private Maps() {}

  static <K, V> Map<K, V> frozen(Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
