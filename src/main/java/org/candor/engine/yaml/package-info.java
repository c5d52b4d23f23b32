/**
 * Reading YAML safely: one document into a tree that remembers positions, with limits on size,
 * depth and alias expansion, and no tags. Built on snakeyaml-engine's event parser.
 */
package org.candor.engine.yaml;
