package org.candor.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;

/**
 * JSON-P with its provider looked up once. Every {@code Json.create…} call looks the provider up
 * again through the service loader, which scans the application's class loaders and jars under a
 * lock: with answers parsed and written on every save and every presenter push, those scans were
 * what request threads queued on (JFR, issue 11).
 */
public final class JsonBuilders {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonArrayBuilder array(Collection<?> values) {
    return PROVIDER.createArrayBuilder(values);
  }
}
