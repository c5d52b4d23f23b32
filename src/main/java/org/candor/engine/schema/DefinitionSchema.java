package org.candor.engine.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;
import org.candor.engine.yaml.YamlSeq;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema of definition files ({@code surveys/schema/candor.schema.json}). */
public final class DefinitionSchema {

  public static final String RESOURCE = "/org/candor/engine/schema/candor.schema.json";

  private final Schema schema;
  private final SchemaMessages messages;

  private DefinitionSchema(Schema schema, JsonNode document) {
    this.schema = schema;
    this.messages = new SchemaMessages(document);
  }

  /** Loads the schema shipped on the class path; it never touches the network. */
  public static DefinitionSchema load() {
    try (InputStream in = DefinitionSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("definition schema missing from the class path: " + RESOURCE);
      }
      JsonNode document = new ObjectMapper().readTree(in);
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
      return new DefinitionSchema(registry.getSchema(document), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every structural problem of a document, in file order, each at most once. */
  public List<SchemaIssue> check(YamlNode document) {
    return messages.translate(document, rawErrors(document));
  }

  /** Raw schema errors for a document. */
  List<Error> rawErrors(YamlNode document) {
    return schema.validate(toJson(document));
  }

  static JsonNode toJson(YamlNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof YamlMap map) {
      ObjectNode object = f.objectNode();
      for (YamlMap.Entry entry : map.entries()) {
        object.set(entry.name(), toJson(entry.value()));
      }
      return object;
    }
    if (node instanceof YamlSeq seq) {
      ArrayNode array = f.arrayNode(seq.size());
      for (YamlNode item : seq.items()) {
        array.add(toJson(item));
      }
      return array;
    }
    Object value = ((YamlScalar) node).resolved();
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (value instanceof Long l) {
      return f.numberNode(l);
    }
    if (value instanceof BigInteger b) {
      return f.numberNode(b);
    }
    if (value instanceof Double d) {
      return f.numberNode(d);
    }
    return f.stringNode(value.toString());
  }
}
