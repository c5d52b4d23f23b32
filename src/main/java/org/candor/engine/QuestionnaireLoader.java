package org.candor.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.candor.engine.schema.DefinitionSchema;
import org.candor.engine.schema.SchemaIssue;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlReader;
import org.candor.engine.yaml.YamlSyntaxException;

/**
 * Loads and validates definition files: questionnaires, reusable sections and cases. Reusable and
 * thread-safe. Every problem names its file, line and column; all problems of a file are reported
 * together; a file with problems contributes nothing else, and every other file still loads.
 */
public final class QuestionnaireLoader {

  private static final DefinitionSchema SCHEMA = DefinitionSchema.load();

  private final YamlReader yaml;
  private final Engine engine = new Engine();

  public QuestionnaireLoader() {
    this(new YamlReader());
  }

  QuestionnaireLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** Loads questionnaires, sections and cases together; includes resolve across them. */
  public Catalog load(List<DefinitionSource> sources) {
    return run(sources, Catalog.EMPTY, new Problems());
  }

  /**
   * Loads every {@code .yaml} and {@code .yml} file under {@code dir}, recursively, except those
   * under {@code dir/schema}. Files are named {@code <dir name>/<relative path>} in problems.
   */
  public Catalog loadDirectory(Path dir) throws IOException {
    Problems problems = new Problems();
    List<DefinitionSource> sources = new ArrayList<>();
    Path root = dir.toAbsolutePath().normalize();
    String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
    for (Path file : definitionFiles(root)) {
      String name = prefix + root.relativize(file).toString().replace('\\', '/');
      DefinitionSource source = read(file, name, problems);
      if (source != null) {
        sources.add(source);
      }
    }
    return run(sources, Catalog.EMPTY, problems);
  }

  /**
   * Loads the given files and every definition file under the given folders (skipping each
   * folder's {@code schema/}), all together. Files are named by their path relative to {@code
   * base} when they are under it, else by their absolute path.
   *
   * @throws java.nio.file.NoSuchFileException if a path does not exist
   */
  public Catalog loadPaths(List<Path> paths, Path base) throws IOException {
    Problems problems = new Problems();
    Path root = base.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        throw new java.nio.file.NoSuchFileException(path.toString());
      }
      if (Files.isDirectory(absolute)) {
        files.addAll(definitionFiles(absolute));
      } else if (!files.contains(absolute)) {
        files.add(absolute);
      }
    }
    List<DefinitionSource> sources = new ArrayList<>();
    for (Path file : files.stream().distinct().toList()) {
      String name = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
      DefinitionSource source = read(file, name.replace('\\', '/'), problems);
      if (source != null) {
        sources.add(source);
      }
    }
    return run(sources, Catalog.EMPTY, problems);
  }

  /**
   * Checks one document against a library: a questionnaire's includes resolve against the
   * library's sections, a case's questionnaire against its questionnaires, and a questionnaire
   * whose id and version are in the library must have the same content.
   */
  public List<DefinitionProblem> validate(DefinitionSource source, Catalog library) {
    return run(List.of(source), library, new Problems()).problems();
  }

  /** The definition files under {@code root}, sorted, skipping {@code root/schema}. */
  static List<Path> definitionFiles(Path root) throws IOException {
    Path schema = root.resolve("schema");
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(schema))
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith(".yaml") || name.endsWith(".yml");
          })
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Reads a file as UTF-8 text, or reports why it cannot be read and returns null. */
  DefinitionSource read(Path file, String name, Problems problems) throws IOException {
    long limit = (long) yaml.limits().maxCharacters() * 4;
    if (Files.size(file) > limit) {
      problems.add(name, Mark.START, "the file is too large: " + Files.size(file) + " bytes, the limit is " + yaml.limits().maxCharacters() + " characters");
      return null;
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new DefinitionSource(name, text);
    } catch (CharacterCodingException e) {
      problems.add(name, Mark.START, "the file is not UTF-8 text; save it as UTF-8");
      return null;
    }
  }

  private Catalog run(List<DefinitionSource> sources, Catalog library, Problems problems) {
    List<Parsed> sections = new ArrayList<>();
    List<Parsed> questionnaires = new ArrayList<>();
    List<Parsed> cases = new ArrayList<>();
    for (DefinitionSource source : sources) {
      Parsed parsed = parse(source, problems);
      if (parsed == null) {
        continue;
      }
      switch (parsed.kind()) {
        case "section" -> sections.add(parsed);
        case "questionnaire" -> questionnaires.add(parsed);
        case "case" -> cases.add(parsed);
        default -> {
          // the schema check has reported the unknown kind
        }
      }
    }

    SectionLibrary sectionLibrary = SectionLibrary.build(sections, library.sections(), problems);

    List<Questionnaire> built = new ArrayList<>();
    Set<String> broken = new HashSet<>();
    for (Parsed parsed : questionnaires) {
      Questionnaire questionnaire = new QuestionnaireBuilder(parsed, sectionLibrary, problems).build();
      if (questionnaire == null) {
        if (parsed.id() != null) {
          broken.add(parsed.id());
        }
        continue;
      }
      Questionnaire same = sameVersion(questionnaire, built, library.questionnaires());
      if (same == null) {
        built.add(questionnaire);
      } else if (!same.contentHash().equals(questionnaire.contentHash())) {
        problems.add(
            parsed.source(),
            Nodes.at(parsed.root(), "version"),
            "questionnaire '" + questionnaire.id() + "' version " + questionnaire.version() + " already exists ("
                + same.source() + ") with different content; give this one a new version");
      }
    }

    Map<String, Questionnaire> latest = new HashMap<>();
    List<Questionnaire> all = new ArrayList<>(library.questionnaires());
    all.addAll(built);
    for (Questionnaire q : all) {
      latest.merge(q.id(), q, (a, b) -> Versions.compare(a.version(), b.version()) >= 0 ? a : b);
    }
    broken.removeAll(latest.keySet());
    CaseReader caseReader = new CaseReader(problems, engine);
    List<Case> builtCases = new ArrayList<>();
    // A case (like a section) with the id of one in the library replaces it: that is how an edited case is re-checked.
    Map<String, String> caseIds = new HashMap<>();
    for (Parsed parsed : cases) {
      String id = parsed.id();
      Case c = caseReader.read(parsed, latest, broken);
      if (id != null && caseIds.containsKey(id) && !caseIds.get(id).equals(parsed.source())) {
        problems.add(parsed.source(), Nodes.at(parsed.root(), "id"), "a case with id '" + id + "' is already defined in " + caseIds.get(id));
        continue;
      }
      if (id != null) {
        caseIds.put(id, parsed.source());
      }
      if (c != null) {
        builtCases.add(c);
      }
    }

    built.sort(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version, Versions.ORDER));
    builtCases.sort(Comparator.comparing(Case::id));
    List<ReusableSection> validSections =
        sectionLibrary.valid().stream().filter(s -> sources.stream().anyMatch(src -> src.name().equals(s.source()))).toList();
    return new Catalog(built, builtCases, problems.sorted(), validSections);
  }

  private static Questionnaire sameVersion(Questionnaire questionnaire, List<Questionnaire> built, List<Questionnaire> known) {
    for (List<Questionnaire> list : List.of(built, known)) {
      for (Questionnaire other : list) {
        if (other.id().equals(questionnaire.id()) && other.version().equals(questionnaire.version())) {
          return other;
        }
      }
    }
    return null;
  }

  /** Reads YAML and checks it against the schema; null when there is nothing to check further. */
  private Parsed parse(DefinitionSource source, Problems problems) {
    YamlNode root;
    try {
      root = yaml.read(source.text());
    } catch (YamlSyntaxException e) {
      problems.add(source.name(), e.mark(), e.getMessage());
      return null;
    }
    for (SchemaIssue issue : SCHEMA.check(root)) {
      problems.add(source.name(), issue.mark(), issue.message());
    }
    if (!(root instanceof YamlMap map)) {
      return null;
    }
    String kind = Nodes.text(map, "kind");
    if (kind == null || !Set.of("questionnaire", "section", "case").contains(kind)) {
      return null;
    }
    TextReader.checkLanguages(source.name(), map, problems);
    return new Parsed(source.name(), map, kind);
  }
}
