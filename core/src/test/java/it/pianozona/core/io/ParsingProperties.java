package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The hand-written check of a YAML number accepts exactly what its regular expression accepted. */
class ParsingProperties {

  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  @Property(tries = 10000)
  void aNumberIsPlainExactlyWhenTheRegularExpressionMatches(@ForAll("numberLike") String text) {
    assertEquals(PLAIN_NUMBER.matcher(text).matches(), Parsing.plainNumber(text), text);
  }

  /** Short strings of the characters numbers are written with, and a few that they are not. */
  @Provide
  Arbitrary<String> numberLike() {
    Arbitrary<Character> c =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.chars().range('0', '9')),
            Tuple.of(2, Arbitraries.of('0')),
            Tuple.of(2, Arbitraries.of('-', '.', 'e', 'E', '+')),
            Tuple.of(1, Arbitraries.of('_', 'x', 'o', ' ', '/', ':', '\u0663')));
    return c.list()
        .ofMaxSize(9)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }
}
