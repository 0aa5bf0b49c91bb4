package it.pianozona.core.io;

import it.pianozona.core.validation.Pointer;
import java.util.ArrayList;
import java.util.List;

/** The problems found while binding a tree, located by pointer; positions are added later. */
final class Problems {

  record Pending(Pointer pointer, String message) {}

  private final List<Pending> list = new ArrayList<>();

  void add(Pointer pointer, String message) {
    list.add(new Pending(pointer, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<Pending> all() {
    return list;
  }
}
