package org.candor.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.Questionnaire;

/**
 * Decides, for the questionnaires just loaded from files, which are new versions to store, which
 * are versions already stored, and which reuse a stored version number for different content — an
 * error, since an assessment must always be reproducible from its questionnaire version.
 */
final class VersionLedger {

  /** What is already stored of one version. */
  record Stored(String contentHash, Instant firstLoadedAt) {}

  record Decision(List<Questionnaire> toStore, Map<String, Questionnaire> usable, List<DefinitionProblem> conflicts) {}

  private VersionLedger() {}

  static String key(String id, String version) {
    return id + "@" + version;
  }

  static Decision decide(List<Questionnaire> loaded, Map<String, Stored> stored) {
    List<Questionnaire> toStore = new ArrayList<>();
    Map<String, Questionnaire> usable = new LinkedHashMap<>();
    List<DefinitionProblem> conflicts = new ArrayList<>();
    for (Questionnaire questionnaire : loaded) {
      String key = key(questionnaire.id(), questionnaire.version());
      Stored earlier = stored.get(key);
      if (earlier == null) {
        toStore.add(questionnaire);
        usable.put(key, questionnaire);
      } else if (earlier.contentHash().equals(questionnaire.contentHash())) {
        usable.put(key, questionnaire);
      } else {
        conflicts.add(
            new DefinitionProblem(
                questionnaire.source(), 1, 1,
                "questionnaire '" + questionnaire.id() + "' version " + questionnaire.version()
                    + " was first loaded on " + earlier.firstLoadedAt() + " with different content (hash "
                    + abbreviate(earlier.contentHash()) + ", now " + abbreviate(questionnaire.contentHash())
                    + "); give the changed questionnaire a new version — the stored version stays in use"));
      }
    }
    return new Decision(List.copyOf(toStore), usable, List.copyOf(conflicts));
  }

  private static String abbreviate(String hash) {
    return hash.substring(0, 12) + "…";
  }
}
