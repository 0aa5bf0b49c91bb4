package it.pianozona.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.text.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route runs (headers over the limit, a request that is not
 * HTTP, a service that is stopping), as the same problem documents the routes answer, never Jetty's
 * HTML page.
 */
public final class JettyProblems extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ProblemType> BY_STATUS =
      List.of(
          ProblemType.HEADERS_TOO_LARGE,
          ProblemType.TOO_LARGE,
          ProblemType.BAD_REQUEST,
          ProblemType.NOT_FOUND,
          ProblemType.METHOD_NOT_ALLOWED,
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          ProblemType.STOPPING,
          ProblemType.INTERNAL);

  private final int maxHeaderBytes;
  private final long maxBodyBytes;

  public JettyProblems(int maxHeaderBytes, long maxBodyBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    ProblemType type =
        BY_STATUS.stream()
            .filter(t -> t.status() == code)
            .findFirst()
            .orElse(code < 500 ? ProblemType.BAD_REQUEST : ProblemType.INTERNAL);
    Language language = Api.acceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    Problem problem =
        switch (type) {
          case HEADERS_TOO_LARGE ->
              Problem.of(type, language, maxHeaderBytes).with(m -> m.put("limit", maxHeaderBytes));
          case TOO_LARGE ->
              Problem.of(type, language, maxBodyBytes).with(m -> m.put("limit", maxBodyBytes));
          case NOT_FOUND, METHOD_NOT_ALLOWED ->
              Problem.withDetail(ProblemType.BAD_REQUEST, String.valueOf(message));
          case INTERNAL -> Problem.of(type, language, "jetty");
          case BAD_REQUEST -> Problem.of(type, language, String.valueOf(message));
          default -> Problem.of(type, language);
        };
    String path = request.getHttpURI() == null ? "" : request.getHttpURI().getPath();
    byte[] body;
    try {
      body =
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsBytes(problem.document(language, path == null ? "" : path));
    } catch (JsonProcessingException e) {
      body = ("{\"status\": " + code + "}").getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(problem.type().status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
