package it.pianozona.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A client of the service as its users call it: the JDK's HttpClient over loopback, with forms
 * built as a browser sends them. Every answer is checked against the OpenAPI document.
 */
final class Http {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI root;
  private final OpenApiContract contract;

  Http(URI root, OpenApiContract contract) {
    this.root = root;
    this.contract = contract;
  }

  /** What came back. */
  record Answer(int status, String type, byte[] body, HttpResponse<byte[]> response) {
    String text() {
      return new String(body, UTF_8);
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(root.resolve(path)).GET().build());
  }

  Answer post(String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(root.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  /** A multipart/form-data form: each field a file with its name. */
  Answer postForm(String path, Map<String, NamedFile> files) {
    String boundary = "----pianozona" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, NamedFile> e : files.entrySet()) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + e.getKey()
              + "\"; filename=\""
              + e.getValue().name()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      out.writeBytes(head.getBytes(UTF_8));
      out.writeBytes(e.getValue().content());
      out.writeBytes("\r\n".getBytes(UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  Answer postForm(String path, String field, NamedFile file) {
    Map<String, NamedFile> files = new LinkedHashMap<>();
    files.put(field, file);
    return postForm(path, files);
  }

  record NamedFile(String name, byte[] content) {}

  Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      Answer a =
          new Answer(
              r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
      contract.check(request.method(), request.uri().getPath(), a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
