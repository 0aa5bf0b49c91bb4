package it.pianozona.core.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys an object of the document may have, which of them are required and what each holds. The
 * one place the document's key names are written down for reading; the published JSON Schema is
 * checked against these shapes by the tests.
 */
final class Shape {

  record Key(String name, boolean required, String expected) {}

  private final String what;
  private final ImmutableList<Key> keys;

  /** The keys by name, for the lookup made for every key of every object read. */
  private final ImmutableMap<String, Key> byName;

  private Shape(String what, List<Key> keys) {
    this.what = what;
    this.keys = ImmutableList.copyOf(keys);
    Map<String, Key> map = new LinkedHashMap<>();
    for (Key key : this.keys) {
      map.putIfAbsent(key.name(), key);
    }
    this.byName = ImmutableMap.copyOf(map);
  }

  static Builder of(String what) {
    return new Builder(what);
  }

  String what() {
    return what;
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
    private final String what;
    private final ImmutableList.Builder<Key> keys = ImmutableList.builder();

    private Builder(String what) {
      this.what = what;
    }

    Builder required(String name, String expected) {
      keys.add(new Key(name, true, expected));
      return this;
    }

    Builder optional(String name, String expected) {
      keys.add(new Key(name, false, expected));
      return this;
    }

    Shape build() {
      return new Shape(what, keys.build());
    }
  }
}
