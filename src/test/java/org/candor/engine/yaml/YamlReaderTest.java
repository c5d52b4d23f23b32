package org.candor.engine.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private final YamlReader reader = new YamlReader();

  private YamlMap map(String text) throws YamlSyntaxException {
    return (YamlMap) reader.read(text);
  }

  private static void refused(YamlReader reader, String text, String position, String message) {
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((YamlSyntaxException) e).mark().toString()).isEqualTo(position));
  }

  @Test
  void refusesAnEscapeWithoutItsDigitsAtTheEndOfTheFile() {
    // found by DefinitionFuzzTest: snakeyaml-engine threw NumberFormatException
    refused(
        reader,
        "title: \"Smile \\u",
        "1:17",
        "an escape in quoted text (\\x, \\u or \\U) must be followed by its hexadecimal digits");
    refused(
        reader,
        "\"\nt\\u",
        "2:4",
        "an escape in quoted text (\\x, \\u or \\U) must be followed by its hexadecimal digits");
  }

  @Test
  void readsACharacterOutsideTheBmpWhereverItFallsInTheFile() throws YamlSyntaxException {
    // found by DefinitionFuzzTest: an emoji across snakeyaml-engine's 1025-character read boundary
    for (int padding = 1015; padding <= 1030; padding++) {
      String text = "# " + "x".repeat(padding) + "\ntitle: Smile \uD83D\uDE00 please\n";
      assertThat(map(text).get("title")).isInstanceOf(YamlScalar.class);
      assertThat(((YamlScalar) map(text).get("title")).value()).isEqualTo("Smile \uD83D\uDE00 please");
    }
    String emojiOnTheBoundary = "# " + "x".repeat(1022) + "\uD83D\uDE00\nkey: value\n";
    assertThat(((YamlScalar) map(emojiOnTheBoundary).get("key")).value()).isEqualTo("value");
  }

  @Test
  void nodesKnowWhereTheyStart() throws YamlSyntaxException {
    YamlMap root = map("kind: questionnaire\nsections:\n  - id: a\n    title: 'A'\n");
    assertThat(root.start()).isEqualTo(new Mark(1, 1));
    YamlSeq sections = (YamlSeq) root.get("sections");
    assertThat(sections.start()).isEqualTo(new Mark(3, 3));
    YamlMap section = (YamlMap) sections.get(0);
    assertThat(section.start()).isEqualTo(new Mark(3, 5));
    assertThat(section.entry("title").key().start()).isEqualTo(new Mark(4, 5));
    assertThat(section.get("title").start()).isEqualTo(new Mark(4, 12));
  }

  @Test
  void scalarsFollowTheYaml12CoreSchema() throws YamlSyntaxException {
    YamlMap root = map("a: yes\nb: no\nc: true\nd: 1.0\ne: 0x10\nf: ~\ng: '1.0'\nh: 2019-06-01\ni: 123456789012345678901234567890\nj: -3\n");
    assertThat(((YamlScalar) root.get("a")).resolved()).isEqualTo("yes");
    assertThat(((YamlScalar) root.get("b")).resolved()).isEqualTo("no");
    assertThat(((YamlScalar) root.get("c")).resolved()).isEqualTo(true);
    assertThat(((YamlScalar) root.get("d")).resolved()).isEqualTo(1.0);
    assertThat(((YamlScalar) root.get("e")).resolved()).isEqualTo(16L);
    assertThat(((YamlScalar) root.get("f")).isNull()).isTrue();
    assertThat(((YamlScalar) root.get("g")).resolved()).isEqualTo("1.0");
    assertThat(((YamlScalar) root.get("h")).resolved()).isEqualTo("2019-06-01");
    assertThat(((YamlScalar) root.get("i")).resolved()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(((YamlScalar) root.get("j")).resolved()).isEqualTo(-3L);
  }

  @Test
  void positionsInsideAValueAreExactWhenTheValueIsWrittenAsItReads() throws YamlSyntaxException {
    YamlMap root = map("plain: a == b\nquoted: \"a == b\"\nsingle: 'a == b'\nescaped: \"a\\tb == c\"\nblock: |\n  a == b\n");
    assertThat(((YamlScalar) root.get("plain")).positionOf(5)).isEqualTo(new Mark(1, 13));
    assertThat(((YamlScalar) root.get("quoted")).positionOf(5)).isEqualTo(new Mark(2, 15));
    assertThat(((YamlScalar) root.get("single")).positionOf(5)).isEqualTo(new Mark(3, 15));
    assertThat(((YamlScalar) root.get("escaped")).positionOf(5)).isEqualTo(new Mark(4, 10));
    assertThat(((YamlScalar) root.get("block")).positionOf(5)).isEqualTo(new Mark(5, 8));
  }

  @Test
  void aliasesWithinTheLimitAreSharedNotCopied() throws YamlSyntaxException {
    YamlMap root = map("a: &w { risk: 2 }\nb: *w\n");
    assertThat(root.get("b")).isSameAs(root.get("a"));
    // root, key a, the mapping (itself, its key and value), key b, and the mapping again in full
    assertThat(root.expandedSize()).isEqualTo(1 + 1 + 3 + 1 + 3);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
    YamlReader small = new YamlReader(new YamlLimits(100, 24, 1000));
    refused(small, "a: " + "x".repeat(200), "1:1", "the file is too large: 203 characters, the limit is 100");
    assertThat(YamlLimits.DEFAULT.maxCharacters()).isEqualTo(1_048_576);
  }

  @Test
  void aLargeFileAtTheDefaultLimitIsRefused() {
    String text = "a: \"" + "x".repeat(YamlLimits.DEFAULT.maxCharacters()) + "\"\n";
    refused(reader, text, "1:1", "the file is too large: 1048582 characters, the limit is 1048576");
  }

  @Test
  void anAliasBombIsRefusedBeforeItExpands() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    long start = System.nanoTime();
    refused(
        reader,
        bomb.toString(),
        "5:44",
        "the file expands to more than 100000 values (anchors and aliases, &name and *name, count in full each time they are used)");
    assertThat(System.nanoTime() - start).as("refused at once").isLessThan(2_000_000_000L);
  }

  @Test
  void deepNestingIsRefused() {
    refused(reader, "a: " + "[".repeat(5000) + "]".repeat(5000), "1:27", "values are nested more than 24 levels deep");
  }

  @Test
  void tagsAreRefused() {
    refused(reader, "a: !custom x\n", "1:4", "the tag '!custom' is not allowed; write plain values without tags");
    refused(reader, "a: !!java.net.URL [http://x]\n", "1:4", "the tag '!!java.net.URL' is not allowed; write plain values without tags");
    refused(reader, "a: !!binary aGk=\n", "1:4", "the tag '!!binary' is not allowed; write plain values without tags");
  }

  @Test
  void plainStringTagsAreAllowed() throws YamlSyntaxException {
    assertThat(((YamlScalar) map("a: !!str 1.0\n").get("a")).resolved()).isEqualTo("1.0");
  }

  @Test
  void duplicateKeysAreRefused() {
    refused(reader, "a: 1\nb: 2\na: 3\n", "3:1", "duplicate key 'a' (first written at line 1)");
  }

  @Test
  void complexKeysAreRefused() {
    refused(reader, "? [a, b]\n: c\n", "1:3", "a key must be plain text, not a list");
  }

  @Test
  void recursiveAndUnknownAliasesAreRefused() {
    refused(reader, "a: &x [*x]\n", "1:8", "the alias '*x' refers to a value that contains it");
    refused(reader, "a: *nothing\n", "1:4", "no anchor '&nothing' is defined before the alias '*nothing'");
  }

  @Test
  void oneDocumentPerFile() {
    refused(reader, "a: 1\n---\nb: 2\n", "2:1", "a file holds one document, but a second one starts here ('---')");
    refused(reader, "", "1:1", "the file is empty");
  }

  @Test
  void syntaxErrorsAreExplained() {
    refused(reader, "a:\n\t- x\n", "2:1", "a tab character is used for indentation; YAML needs spaces");
    refused(reader, "a: b: c\n", "1:5", "unexpected ':' here; put a value that contains ': ' in quotes, or check this line's indentation");
    refused(reader, "a: [1, 2\n", "1:4", "the list opened with '[' here is never closed with ']'");
    refused(reader, "a: {b: 1\n", "1:4", "the mapping opened with '{' here is never closed with '}'");
    refused(reader, "a: 'open\n", "1:4", "the quoted text that starts here has no closing quote");
    refused(reader, "a: @x\n", "1:4", "a value cannot start with '@'; put the value in quotes");
  }
}
