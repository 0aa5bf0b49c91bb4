package it.pianozona.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/**
 * A JSON Pointer (RFC 6901) into a plan document, such as {@code /interventions/3/area}.
 *
 * <p>Every finding carries one, so that an editor can jump to the value and a report can name it
 * exactly. Pointers order by document position: {@code /interventions/2} comes before {@code
 * /interventions/10}.
 *
 * @param tokens the reference tokens, unescaped
 * @since 0.1
 */
public record Pointer(List<String> tokens) implements Comparable<Pointer> {

  /** The whole document. */
  public static final Pointer ROOT = new Pointer(List.of());

  private static final Comparator<String> TOKEN_ORDER =
      (a, b) -> {
        boolean an = isIndex(a);
        boolean bn = isIndex(b);
        if (an && bn) {
          int byLength = Integer.compare(a.length(), b.length());
          return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
      };

  public Pointer {
    tokens = ImmutableList.copyOf(tokens);
  }

  /** Parses the string form; the empty string is the whole document. */
  public static Pointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': '" + text + "'");
    }
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    for (String raw : text.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new Pointer(tokens.build());
  }

  /** Builds a pointer from tokens, each a key or an array index. */
  public static Pointer of(Object... tokens) {
    ImmutableList.Builder<String> list = ImmutableList.builder();
    for (Object token : tokens) {
      list.add(String.valueOf(token));
    }
    return new Pointer(list.build());
  }

  public Pointer append(String key) {
    // Sized exactly: readers build a pointer for every value they read.
    return new Pointer(
        ImmutableList.<String>builderWithExpectedSize(tokens.size() + 1)
            .addAll(tokens)
            .add(key)
            .build());
  }

  public Pointer append(int index) {
    return append(Integer.toString(index));
  }

  public Pointer append(Object... more) {
    if (more.length == 0) {
      return this;
    }
    ImmutableList.Builder<String> list =
        ImmutableList.builderWithExpectedSize(tokens.size() + more.length);
    list.addAll(tokens);
    for (Object token : more) {
      list.add(String.valueOf(token));
    }
    return new Pointer(list.build());
  }

  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /** Whether this pointer is the other or lies inside it. */
  public boolean startsWith(Pointer other) {
    return tokens.size() >= other.tokens.size()
        && tokens.subList(0, other.tokens.size()).equals(other.tokens);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Pointer other) {
    int n = Math.min(tokens.size(), other.tokens.size());
    for (int i = 0; i < n; i++) {
      int c = TOKEN_ORDER.compare(tokens.get(i), other.tokens.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(tokens.size(), other.tokens.size());
  }

  /** The RFC 6901 string form, such as {@code /ambito/comuni/0/istat}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (String token : tokens) {
      s.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return s.toString();
  }
}
