package org.candor.engine.yaml;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one YAML document into a {@link YamlNode} tree with positions, refusing hostile input.
 *
 * <p>It builds the tree from snakeyaml-engine's event stream rather than its (recursive) composer
 * so that nesting depth, alias expansion and tags are checked before anything grows: a file that
 * is too large, nested too deeply, expands too far through aliases, carries a custom tag, repeats a
 * key or holds more than one document is refused with a {@link YamlSyntaxException}. Scalars are
 * resolved with the YAML 1.2 core schema, so {@code yes} and {@code no} stay text.
 */
public final class YamlReader {

  private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> ALLOWED_EXPLICIT_TAGS =
      Set.of(Tag.STR.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

  private final YamlLimits limits;
  private final ScalarResolver resolver = new CoreScalarResolver();

  public YamlReader() {
    this(YamlLimits.DEFAULT);
  }

  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  public YamlLimits limits() {
    return limits;
  }

  /** Parses {@code text}; the result is never {@code null}. */
  public YamlNode read(String text) throws YamlSyntaxException {
    if (text.length() > limits.maxCharacters()) {
      throw new YamlSyntaxException(
          Mark.START,
          "the file is too large: "
              + text.length()
              + " characters, the limit is "
              + limits.maxCharacters());
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("definition")
            .setCodePointLimit(Math.max(limits.maxCharacters() * 4, 1))
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            // snakeyaml-engine 2.9 fails with IndexOutOfBoundsException when a character outside
            // the BMP (an emoji, a rare CJK character) straddles the end of its read buffer, so the
            // buffer holds the whole (size-limited) text and is filled by a single read
            .setBufferSize(text.length() + 1)
            .build();
    StreamReader stream = new StreamReader(settings, text);
    ParserImpl parser = new ParserImpl(settings, stream);
    try {
      return build(parser, stream);
    } catch (MarkedYamlEngineException e) {
      var at =
          YamlMessages.unclosed(e.getProblem()) && e.getContextMark().isPresent()
              ? e.getContextMark()
              : e.getProblemMark().or(e::getContextMark);
      Mark mark = at.map(YamlReader::mark).orElse(Mark.START);
      throw new YamlSyntaxException(mark, YamlMessages.explain(e.getProblem(), e.getContext()));
    } catch (YamlEngineException e) {
      throw new YamlSyntaxException(Mark.START, YamlMessages.explain(e.getMessage(), null));
    }
  }

  /** A collection under construction. */
  private static final class Open {
    final boolean mapping;
    final Mark start;
    final String anchor;
    final List<YamlNode> items = new ArrayList<>();
    final List<YamlMap.Entry> entries = new ArrayList<>();
    final Map<String, Mark> keys = new HashMap<>();
    YamlScalar pendingKey;
    long size = 1;

    Open(boolean mapping, Mark start, String anchor) {
      this.mapping = mapping;
      this.start = start;
      this.anchor = anchor;
    }
  }

  private YamlNode build(ParserImpl parser, StreamReader stream) throws YamlSyntaxException {
    Deque<Open> open = new ArrayDeque<>();
    Map<String, YamlNode> anchors = new HashMap<>();
    Set<String> anchorsInProgress = new HashSet<>();
    YamlNode root = null;
    int documents = 0;
    Event event;
    while ((event = next(parser, stream)) != null) {
      switch (event.getEventId()) {
        case StreamStart, StreamEnd, DocumentEnd, Comment -> {
          // nothing to build
        }
        case DocumentStart -> {
          documents++;
          if (documents > 1) {
            throw new YamlSyntaxException(
                start(event),
                "a file holds one document, but a second one starts here ('---')");
          }
        }
        case MappingStart, SequenceStart -> {
          CollectionStartEvent start = (CollectionStartEvent) event;
          checkTag(start.getTag(), start(event));
          if (open.size() + 1 > limits.maxDepth()) {
            throw new YamlSyntaxException(
                start(event),
                "values are nested more than " + limits.maxDepth() + " levels deep");
          }
          String anchor = anchorOf(start);
          if (anchor != null) {
            anchorsInProgress.add(anchor);
          }
          open.push(new Open(event.getEventId() == Event.ID.MappingStart, start(event), anchor));
        }
        case MappingEnd, SequenceEnd -> {
          Open done = open.pop();
          YamlNode node =
              done.mapping
                  ? new YamlMap(done.entries, done.start, done.size)
                  : new YamlSeq(done.items, done.start, done.size);
          if (done.anchor != null) {
            anchorsInProgress.remove(done.anchor);
            anchors.put(done.anchor, node);
          }
          root = add(open, node, root, node.start());
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) event;
          YamlScalar node = scalar(scalar);
          String anchor = anchorOf(scalar);
          if (anchor != null) {
            anchors.put(anchor, node);
          }
          root = add(open, node, root, node.start());
        }
        case Alias -> {
          AliasEvent alias = (AliasEvent) event;
          String name = alias.getAlias().getValue();
          if (anchorsInProgress.contains(name)) {
            throw new YamlSyntaxException(
                start(event), "the alias '*" + name + "' refers to a value that contains it");
          }
          YamlNode target = anchors.get(name);
          if (target == null) {
            throw new YamlSyntaxException(
                start(event), "no anchor '&" + name + "' is defined before the alias '*" + name + "'");
          }
          root = add(open, target, root, start(event));
        }
        default -> throw new YamlSyntaxException(start(event), "unexpected YAML content");
      }
    }
    if (root == null) {
      throw new YamlSyntaxException(Mark.START, "the file is empty");
    }
    return root;
  }

  /** The parser's next event, or {@code null} at the end. */
  private static Event next(ParserImpl parser, StreamReader stream) throws YamlSyntaxException {
    try {
      return parser.hasNext() ? parser.next() : null;
    } catch (NumberFormatException e) {
      // snakeyaml-engine 2.9 reads the hexadecimal digits of an escape without checking that there
      // are any (found by DefinitionFuzzTest: a double-quoted text ending in backslash-u)
      throw new YamlSyntaxException(
          stream.getMark().map(YamlReader::mark).orElse(Mark.START),
          "an escape in quoted text (\\x, \\u or \\U) must be followed by its hexadecimal digits");
    }
  }

  /** Adds a finished node to the innermost open collection (or makes it the root). */
  private YamlNode add(Deque<Open> open, YamlNode node, YamlNode root, Mark at)
      throws YamlSyntaxException {
    Open parent = open.peek();
    if (parent == null) {
      return node;
    }
    parent.size += node.expandedSize();
    if (parent.size > limits.maxValues()) {
      throw new YamlSyntaxException(
          at,
          "the file expands to more than "
              + limits.maxValues()
              + " values (anchors and aliases, &name and *name, count in full each time they are used)");
    }
    if (!parent.mapping) {
      parent.items.add(node);
      return root;
    }
    if (parent.pendingKey == null) {
      if (!(node instanceof YamlScalar key) || key.isNull() && key.value().isEmpty()) {
        throw new YamlSyntaxException(node.start(), "a key must be plain text, not " + node.describeKind());
      }
      Mark first = parent.keys.putIfAbsent(key.value(), key.start());
      if (first != null) {
        throw new YamlSyntaxException(
            key.start(), "duplicate key '" + key.value() + "' (first written at line " + first.line() + ")");
      }
      parent.pendingKey = key;
    } else {
      parent.entries.add(new YamlMap.Entry(parent.pendingKey, node));
      parent.pendingKey = null;
    }
    return root;
  }

  private YamlScalar scalar(ScalarEvent event) throws YamlSyntaxException {
    Mark start = start(event);
    Optional<String> tag = event.getTag();
    checkTag(tag, start);
    String value = event.getValue();
    Object resolved;
    if (event.isPlain() && tag.isEmpty()) {
      resolved = resolve(value, start);
    } else {
      resolved = value;
    }
    return new YamlScalar(value, resolved, start, contentStart(event, value));
  }

  private Object resolve(String value, Mark at) throws YamlSyntaxException {
    Tag tag = resolver.resolve(value, Boolean.TRUE);
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
    }
    if (Tag.INT.equals(tag)) {
      BigInteger number = integer(value);
      return number.bitLength() < 64 ? (Object) number.longValue() : number;
    }
    if (Tag.FLOAT.equals(tag)) {
      String lower = value.toLowerCase(Locale.ROOT);
      // .inf and .nan are YAML's spellings, which Java does not read; 1e400 reads as infinite
      double number =
          lower.endsWith(".inf") || lower.endsWith(".nan") ? Double.NaN : Double.parseDouble(value);
      if (!Double.isFinite(number)) {
        throw new YamlSyntaxException(at, "'" + value + "' is not a usable number; write a finite number");
      }
      return number;
    }
    return value;
  }

  private static BigInteger integer(String value) {
    String text = value;
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("+")) {
      negative = text.startsWith("-");
      text = text.substring(1);
    }
    BigInteger number;
    if (text.startsWith("0x")) {
      number = new BigInteger(text.substring(2), 16);
    } else if (text.startsWith("0o")) {
      number = new BigInteger(text.substring(2), 8);
    } else {
      number = new BigInteger(text);
    }
    return negative ? number.negate() : number;
  }

  /** Where the value's first character is, when the value is written on one line as it reads. */
  private static Mark contentStart(ScalarEvent event, String value) {
    var start = event.getStartMark();
    var end = event.getEndMark();
    if (start.isEmpty() || end.isEmpty() || start.get().getLine() != end.get().getLine()) {
      return null;
    }
    int quotes;
    if (event.isPlain()) {
      quotes = 0;
    } else if (event.isSQuoted() || event.isDQuoted()) {
      quotes = 2;
    } else {
      return null;
    }
    int written = end.get().getIndex() - start.get().getIndex();
    if (written != value.codePointCount(0, value.length()) + quotes) {
      return null;
    }
    return new Mark(start.get().getLine() + 1, start.get().getColumn() + 1 + quotes / 2);
  }

  private static void checkTag(Optional<String> tag, Mark at) throws YamlSyntaxException {
    if (tag.isPresent() && !ALLOWED_EXPLICIT_TAGS.contains(tag.get())) {
      String shown =
          tag.get().startsWith(STANDARD_TAG_PREFIX)
              ? "!!" + tag.get().substring(STANDARD_TAG_PREFIX.length())
              : tag.get();
      throw new YamlSyntaxException(
          at, "the tag '" + shown + "' is not allowed; write plain values without tags");
    }
  }

  private static String anchorOf(NodeEvent event) {
    return event.getAnchor().map(a -> a.getValue()).orElse(null);
  }

  private static Mark start(Event event) {
    return event.getStartMark().map(YamlReader::mark).orElse(Mark.START);
  }

  private static Mark mark(org.snakeyaml.engine.v2.exceptions.Mark mark) {
    return new Mark(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
