package org.candor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candor.engine.expression.ExpressionCompiler;
import org.candor.engine.expression.ExpressionIssue;
import org.candor.engine.expression.Suggest;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;

/**
 * The reusable sections available to questionnaires: checks each one on its own, finds cycles in
 * includes and expands an include into the sections it brings in.
 */
final class SectionLibrary {

  /** A section file; {@code section} is null when it or a section it includes has problems. */
  private static final class Entry {
    final String id;
    final String source;
    final YamlMap node;
    final List<String> includes = new ArrayList<>();
    ReusableSection section;
    boolean checkedValid;
    boolean inCycle;

    Entry(String id, String source, YamlMap node) {
      this.id = id;
      this.source = source;
      this.node = node;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Problems problems;

  private SectionLibrary(Problems problems) {
    this.problems = problems;
  }

  /**
   * @param parsed section files being loaded (checked here)
   * @param known sections loaded before (taken as valid), replaced by a parsed file with the same id
   */
  static SectionLibrary build(List<Parsed> parsed, Collection<ReusableSection> known, Problems problems) {
    SectionLibrary library = new SectionLibrary(problems);
    Set<String> replaced = new HashSet<>();
    for (Parsed p : parsed) {
      String id = p.id();
      if (id != null) {
        replaced.add(id);
      }
    }
    for (ReusableSection section : known) {
      if (!replaced.contains(section.id())) {
        Entry entry = new Entry(section.id(), section.source(), section.node());
        entry.includes.addAll(section.includes());
        entry.section = section;
        entry.checkedValid = true;
        library.entries.put(section.id(), entry);
      }
    }
    List<Entry> fresh = new ArrayList<>();
    for (Parsed p : parsed) {
      String id = p.id();
      if (id == null) {
        continue;
      }
      Entry existing = library.entries.get(id);
      if (existing != null) {
        problems.add(p.source(), Nodes.at(p.root(), "id"), "a section with id '" + id + "' is already defined in " + existing.source);
        continue;
      }
      Entry entry = new Entry(id, p.source(), p.root());
      library.entries.put(id, entry);
      fresh.add(entry);
    }
    for (Entry entry : fresh) {
      library.check(entry);
    }
    library.findCycles();
    for (Entry entry : fresh) {
      library.validate(entry, new HashSet<>());
    }
    return library;
  }

  /** Valid sections, by id. */
  List<ReusableSection> valid() {
    return entries.values().stream()
        .filter(e -> e.section != null)
        .map(e -> e.section)
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }

  boolean exists(String id) {
    return entries.containsKey(id);
  }

  Collection<String> ids() {
    return entries.keySet();
  }

  ReusableSection section(String id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.section;
  }

  String sourceOf(String id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.source;
  }

  /**
   * The sections an include of {@code id} brings in, included sections first, skipping those in
   * {@code alreadyIncluded} (which it extends). The section must be valid.
   */
  List<ReusableSection> expand(String id, Set<String> alreadyIncluded) {
    List<ReusableSection> out = new ArrayList<>();
    expandInto(id, alreadyIncluded, out);
    return out;
  }

  private void expandInto(String id, Set<String> alreadyIncluded, List<ReusableSection> out) {
    if (!alreadyIncluded.add(id)) {
      return;
    }
    ReusableSection section = entries.get(id).section;
    for (String include : section.includes()) {
      expandInto(include, alreadyIncluded, out);
    }
    out.add(section);
  }

  private void check(Entry entry) {
    YamlMap node = entry.node;
    String source = entry.source;
    int before = problems.count();

    List<String> dimensions = new ArrayList<>();
    Map<String, Mark> seenDimensions = new HashMap<>();
    for (YamlNode item : Nodes.list(node, "dimensions")) {
      if (item instanceof YamlScalar s && s.isString() && QuestionReader.NAME.matcher(s.value()).matches()) {
        Mark first = seenDimensions.putIfAbsent(s.value(), s.start());
        if (first != null) {
          problems.add(source, s, "dimension '" + s.value() + "' is listed twice (first at line " + first.line() + ")");
        } else {
          dimensions.add(s.value());
        }
      }
    }
    for (YamlNode item : Nodes.list(node, "includes")) {
      if (item instanceof YamlScalar s && s.isString()) {
        if (!entries.containsKey(s.value())) {
          problems.add(source, s, "no reusable section '" + s.value() + "' was found (kind: section)" + Suggest.didYouMean(s.value(), entries.keySet()));
        }
        entry.includes.add(s.value());
      }
    }
    if (!node.has("questions") && !node.has("includes")) {
      problems.add(source, node, "a section needs 'questions', 'includes' or both");
    }
    // Translations are kept by the questionnaires that include the section; here its texts are only checked.
    TextReader texts = new TextReader(source, node, problems, new LinkedHashMap<>(), true);
    String title = texts.read(node, "title", Translations.path("section", entry.id, "title"));
    String description = texts.read(node, "description", Translations.path("section", entry.id, "description"));
    QuestionReader reader =
        new QuestionReader(
            source, problems, texts, dimensions, "which section '" + entry.id + "' does not list under 'dimensions'", true);
    List<QuestionReader.Draft> drafts = reader.readAll(Nodes.list(node, "questions"), entry.id);
    Map<String, Mark> seenQuestions = new HashMap<>();
    List<Question> questions = new ArrayList<>();
    boolean allReadable = true;
    for (QuestionReader.Draft draft : drafts) {
      if (draft.id() != null) {
        Mark first = seenQuestions.putIfAbsent(draft.id(), Nodes.at(draft.node(), "id"));
        if (first != null) {
          problems.add(source, Nodes.at(draft.node(), "id"), "duplicate question id '" + draft.id() + "' (first used at line " + first.line() + ")");
        }
      }
      YamlScalar showIf = Nodes.scalar(draft.node(), "showIf");
      if (showIf != null && showIf.isString()) {
        for (ExpressionIssue issue : ExpressionCompiler.syntax(showIf.value())) {
          problems.add(source, showIf.positionOf(issue.offset()), issue.message());
        }
      }
      if (draft.question() == null) {
        allReadable = false;
      } else {
        questions.add(draft.question());
      }
    }
    boolean ok = problems.count() == before && !problems.any(source) && allReadable;
    if (ok) {
      entry.section =
          new ReusableSection(
              entry.id,
              title,
              description,
              dimensions,
              entry.includes,
              questions,
              source,
              node);
    }
  }

  /** Reports each cycle in includes once, at the include that closes it. */
  private void findCycles() {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
    for (String id : new ArrayList<>(entries.keySet())) {
      visit(id, new ArrayList<>(), state);
    }
  }

  private void visit(String id, List<String> path, Map<String, Integer> state) {
    Entry entry = entries.get(id);
    if (entry == null || state.getOrDefault(id, 0) == 2) {
      return;
    }
    state.put(id, 1);
    path.add(id);
    List<YamlNode> includeNodes = Nodes.list(entry.node, "includes");
    for (YamlNode includeNode : includeNodes) {
      if (!(includeNode instanceof YamlScalar s) || !s.isString()) {
        continue;
      }
      String include = s.value();
      if (state.getOrDefault(include, 0) == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(include), path.size()));
        cycle.add(include);
        problems.add(entry.source, s, "sections include each other in a cycle: " + String.join(" → ", cycle));
        for (String member : cycle) {
          entries.get(member).section = null;
          entries.get(member).inCycle = true;
        }
      } else {
        visit(include, path, state);
      }
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
  }

  /** A section is usable when it has no problems and every section it includes is usable. */
  private boolean validate(Entry entry, Set<String> visiting) {
    if (entry.checkedValid) {
      return entry.section != null;
    }
    if (!visiting.add(entry.id)) {
      return false;
    }
    boolean ok = entry.section != null;
    for (YamlNode includeNode : Nodes.list(entry.node, "includes")) {
      if (!(includeNode instanceof YamlScalar s) || !s.isString()) {
        continue;
      }
      Entry included = entries.get(s.value());
      if (included == null) {
        ok = false;
      } else if (!validate(included, visiting)) {
        ok = false;
        if (!(entry.inCycle && included.inCycle)) {
          problems.add(
              entry.source, s, "section '" + included.id + "' has errors (see " + included.source + "), so it cannot be included");
        }
      }
    }
    if (!ok) {
      entry.section = null;
    }
    entry.checkedValid = true;
    return ok;
  }
}
