package it.pianozona.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.text.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page for people: one HTML document in the reader's language, its texts from the service's
 * messages, its script and style served beside it, nothing from another host.
 */
final class Page {

  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z.]+)}}");
  private static final String TEMPLATE = Api.resource("page.html");

  private final List<Framework> frameworks;

  Page(List<Framework> frameworks) {
    this.frameworks = List.copyOf(frameworks);
  }

  String render(Language language) {
    Matcher m = SLOT.matcher(TEMPLATE);
    StringBuilder out = new StringBuilder(TEMPLATE.length() + 4096);
    while (m.find()) {
      String key = m.group(1);
      String value =
          switch (key) {
            case "lang" -> language.code();
            case "other" -> language == Language.IT ? "en" : "it";
            case "frameworkList" -> frameworkList(language);
            case "texts" -> texts(language);
            default -> escape(Texts.get(language, "page." + key));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String frameworkList(Language language) {
    StringBuilder s = new StringBuilder();
    for (Framework f : frameworks) {
      s.append("<li><a href=\"/v1/frameworks/")
          .append(escape(f.id()))
          .append("?lang=")
          .append(language.code())
          .append("\">")
          .append(escape(f.id()))
          .append("</a>: ")
          .append(escape(f.title()))
          .append(" (")
          .append(escape(f.validity().toString()))
          .append(")</li>\n");
    }
    return s.toString();
  }

  /** The texts the script shows, as JSON inside the page (a data block, never run). */
  private static String texts(Language language) {
    ObjectNode texts = JsonNodeFactory.instance.objectNode();
    for (String key :
        List.of(
            "checking",
            "score",
            "findings",
            "noFindings",
            "problems",
            "downloadHtml",
            "downloadSarif",
            "report",
            "rule",
            "noFile",
            "failed")) {
      texts.put(key, Texts.get(language, "page." + key));
    }
    ObjectNode severities = texts.putObject("severity");
    for (String severity : List.of("ERROR", "WARNING", "INFO")) {
      severities.put(severity, Texts.get(language, "page.severity." + severity));
    }
    try {
      // "</" could end the script element; JSON allows its slash escaped.
      return new ObjectMapper().writeValueAsString(texts).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
