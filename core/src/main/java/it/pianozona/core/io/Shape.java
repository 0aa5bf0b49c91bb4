package it.pianozona.core.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys an object of the document may have and which of them are required. The one place the
 * document's key names are written down for reading; the published JSON Schema is checked against
 * these shapes by the tests. What the object is called and what each required key holds are phrases
 * in both languages ({@code shape.ID}, {@code in.ID}, {@code key.ID.KEY} in {@code
 * phrases_*.properties}), so that a problem about a key reads in the reader's language.
 */
final class Shape {

  record Key(String name, boolean required) {}

  private final String id;
  private final ImmutableList<Key> keys;

  /** The keys by name, for the lookup made for every key of every object read. */
  private final ImmutableMap<String, Key> byName;

  private Shape(String id, List<Key> keys) {
    this.id = id;
    this.keys = ImmutableList.copyOf(keys);
    Map<String, Key> map = new LinkedHashMap<>();
    for (Key key : this.keys) {
      map.putIfAbsent(key.name(), key);
    }
    this.byName = ImmutableMap.copyOf(map);
  }

  /** A shape whose phrases are keyed by {@code id}, such as {@code plan}. */
  static Builder of(String id) {
    return new Builder(id);
  }

  /** The key of the shape's phrases. */
  String id() {
    return id;
  }

  List<Key> keys() {
    return keys;
  }

  Optional<Key> key(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  String keyList() {
    return keys.stream().map(Key::name).collect(Collectors.joining(", "));
  }

  static final class Builder {
    private final String id;
    private final ImmutableList.Builder<Key> keys = ImmutableList.builder();

    private Builder(String id) {
      this.id = id;
    }

    /** A key the object must have; phrase {@code key.ID.NAME} says what it holds. */
    Builder required(String name) {
      keys.add(new Key(name, true));
      return this;
    }

    Builder optional(String name) {
      keys.add(new Key(name, false));
      return this;
    }

    Shape build() {
      return new Shape(id, keys.build());
    }
  }
}
