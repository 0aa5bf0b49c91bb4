package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The measurements' results, written as small JSON files that {@link Report} reads. */
final class Results {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Results() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static void write(Path file, ObjectNode node) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static ObjectNode read(Path file) {
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The median of the values (the mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The least of the values ({@code Double.MAX_VALUE} for none). */
  static double min(double[] values) {
    double m = Double.MAX_VALUE;
    for (double x : values) {
      m = Math.min(m, x);
    }
    return m;
  }

  /** The greatest of the values ({@code -Double.MAX_VALUE} for none). */
  static double max(double[] values) {
    double m = -Double.MAX_VALUE;
    for (double x : values) {
      m = Math.max(m, x);
    }
    return m;
  }
}
