package org.candor.engine;

/** What a dimension measures. */
public enum DimensionKind {
  RISK,
  BENEFIT,
  SAFEGUARD
}
