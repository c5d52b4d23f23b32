package org.candor.engine;

import java.util.List;

/** Ordered stages for a STAGED_RELEASE outcome. */
public record StagePlan(String id, String title, List<Stage> stages) {
  public StagePlan {
    stages = List.copyOf(stages);
  }
}
