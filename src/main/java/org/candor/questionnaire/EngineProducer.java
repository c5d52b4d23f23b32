package org.candor.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.candor.engine.Engine;

/** Makes the core's stateless engine injectable; one instance serves every request. */
@ApplicationScoped
public class EngineProducer {

  @Produces
  @Singleton
  Engine engine() {
    return new Engine();
  }
}
