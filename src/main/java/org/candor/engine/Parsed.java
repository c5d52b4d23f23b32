package org.candor.engine;

import org.candor.engine.yaml.YamlMap;

/** A definition file that is well-formed YAML with a known kind (it may still have problems). */
record Parsed(String source, YamlMap root, String kind) {

  String id() {
    return Nodes.text(root, "id");
  }
}
