package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML and Markdown reports show the plan, its score, its charts and its findings. */
class ReportsTest {

  static final String HOSTILE = "<script>alert('x')</script> & *bold* | [link](javascript:x)";

  static CheckedPlan hostile() {
    return Plans.edited(
        Plans.CASARANO,
        "hostile<b>.yaml",
        yaml ->
            yaml.replace(
                    "title: \"Piano Sociale di Zona 2022-2024 dell'Ambito Territoriale Sociale di"
                        + " Casarano\"",
                    "title: \"" + HOSTILE.replace("\"", "\\\"") + "\"")
                .replace("name: \"Casarano\"", "name: \"<img src=x onerror=alert(1)>\"")
                .replace(
                    "{istat: \"075016\", name: \"Casarano\"",
                    "{istat: \"075016\", name: \"<img src=x onerror=alert(1)>\"")
                .replace(
                    "title: \"Consolidamento dello Sportello immigrati\"",
                    "title: \"</svg><script>alert(2)</script>\""));
  }

  @Test
  void theHtmlReportIsOneSelfContainedFileWithFourChartsAndNoScript() {
    String html =
        Reports.render(ReportFormat.HTML, List.of(Plans.checked(Plans.CASARANO)), Language.IT);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "CSP");
    assertEquals(4, count(html, "<svg class=\"chart\""));
    for (String chart : List.of("p1-area", "p1-source", "p1-year", "p1-comune")) {
      assertTrue(html.contains("<figure id=\"" + chart + "\">"), chart);
    }
    assertFalse(html.contains("<script"), "no script at all");
    // Nothing is loaded: no src attribute, no stylesheet link; links only to read an act.
    assertFalse(Pattern.compile("\\ssrc=").matcher(html).find(), "no src attribute");
    assertFalse(html.contains("rel=\"stylesheet\""));
    Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (links.find()) {
      String href = links.group(1);
      assertTrue(
          href.startsWith("https://")
              || href.startsWith("http://")
              || href.startsWith("#")
              || href.equals("data:,"),
          href);
    }
  }

  @Test
  void theHtmlReportShowsTheSummaryTheScoreAndEveryFindingWithItsActAndPlace() {
    CheckedPlan casarano = Plans.checked(Plans.CASARANO);
    String html = Reports.render(ReportFormat.HTML, List.of(casarano), Language.EN);
    assertTrue(
        html.contains("<dt>Ambito</dt><dd>Ambito Territoriale Sociale di Casarano</dd>"),
        "summary");
    assertTrue(
        html.contains("<span class=\"total\">" + casarano.evaluation().score().total() + "</span>"),
        "score total");
    for (var c : casarano.evaluation().score().criteria()) {
      assertTrue(html.contains("<code>" + c.id() + "</code>"), c.id());
    }
    for (Finding f : casarano.evaluation().report().findings()) {
      assertTrue(html.contains("<code>" + f.code() + "</code>"), f.code());
      assertTrue(html.contains(f.pointer().toString()), f.pointer().toString());
    }
    assertTrue(
        html.contains("../examples/plans/puglia-casarano-2022-2024.yaml:"), "line and column");
    assertTrue(html.contains("Contents (L. 328/2000, art. 19)"), "findings grouped");
    assertTrue(html.contains("apportioned by the population"), "per-comune note");
  }

  @Test
  void findingsAreGroupedByTheAreaOfTheInterventionTheyPointInto() {
    CheckedPlan broken =
        Plans.edited(
            Plans.CASARANO,
            "broken.yaml",
            yaml ->
                yaml.replace(
                    "{source: fnps, year: 2022, amount: 180000.00}",
                    "{source: fnps, year: 2022, amount: 180000.00}\n      - {source: nope-fund, year: 2022,"
                        + " amount: 1.00}"));
    Finding inA2 =
        broken.evaluation().report().findings().stream()
            .filter(f -> f.pointer().toString().startsWith("/interventions/5/"))
            .findFirst()
            .orElseThrow();
    assertEquals("A2", broken.evaluation().plan().interventions().get(5).area());
    String html = Reports.render(ReportFormat.HTML, List.of(broken), Language.EN);
    int group = html.indexOf("<h4>Area A2: ");
    int finding = html.indexOf("<code>" + inA2.pointer() + "</code>");
    int next = html.indexOf("<h4>", group + 1);
    assertTrue(group > 0 && finding > group && (next < 0 || finding < next), html);
  }

  @Test
  void everyTextFromThePlanIsEscapedInHtml() {
    String html = Reports.render(ReportFormat.HTML, List.of(hostile()), Language.IT);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no img element");
    assertFalse(html.contains("</svg><script"), "no way out of the SVG");
    assertTrue(html.contains("&lt;script&gt;"), "escaped title");
    assertTrue(html.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;"), "escaped comune");
    assertEquals(4, count(html, "<svg class=\"chart\""));
    assertEquals(count(html, "<svg class=\"chart\""), count(html, "</svg>"));
  }

  @Test
  void aLinkIsMadeOnlyOfAWebAddress() {
    assertEquals(
        java.util.Optional.empty(),
        ReportModel.safeUrl(java.util.Optional.of("javascript:alert(1)")));
    assertEquals(
        java.util.Optional.empty(),
        ReportModel.safeUrl(java.util.Optional.of("https://x.it/\"onmouseover=alert(1)")));
    assertEquals(
        java.util.Optional.of("https://www.normattiva.it/a?b=c;d~e"),
        ReportModel.safeUrl(java.util.Optional.of("https://www.normattiva.it/a?b=c;d~e")));
  }

  @Test
  void theMarkdownReportHasTheSameContentAsTheHtml() {
    CheckedPlan casarano = Plans.checked(Plans.CASARANO);
    String md = Reports.render(ReportFormat.MARKDOWN, List.of(casarano), Language.IT);
    assertTrue(md.startsWith("# Rapporto di validazione: "), md.substring(0, 60));
    for (String heading :
        List.of(
            "### Sintesi",
            "### Punteggio: ",
            "### Grafici",
            "#### Risorse assegnate per area",
            "#### Risorse per fonte di finanziamento",
            "#### Risorse per anno",
            "#### Spesa per comune e pro capite",
            "### Rilievi per area")) {
      assertTrue(md.contains(heading), heading);
    }
    for (Finding f : casarano.evaluation().report().findings()) {
      assertTrue(md.contains("`" + f.code() + "`"), f.code());
    }
    for (var c : casarano.evaluation().score().criteria()) {
      assertTrue(md.contains("(`" + c.id() + "`)"), c.id());
    }
    assertTrue(md.contains("| Casarano | 20.630 |"), "comune table");
    assertFalse(md.contains("\n\n\n"), "no runs of blank lines");
  }

  @Test
  void everyTextFromThePlanIsEscapedInMarkdown() {
    String md = Reports.render(ReportFormat.MARKDOWN, List.of(hostile()), Language.EN);
    assertTrue(
        md.contains("\\<script\\>alert('x')\\</script\\> \\& \\*bold\\* \\| \\[link\\]"),
        md.substring(0, 300));
    assertFalse(
        Pattern.compile("(?<!\\\\)<(?!https?://)").matcher(md).find(),
        "no raw HTML: only autolinks to acts");
    assertEquals("a\\|b c", Reports.escapeMarkdown("a|b\nc"));
  }

  @Test
  void severalPlansMakeOneReportWithATableOfContents() {
    String html =
        Reports.render(
            ReportFormat.HTML,
            List.of(Plans.checked(Plans.CASARANO), Plans.checked(Plans.PUTIGNANO)),
            Language.IT);
    assertEquals(2, count(html, "<article class=\"plan\""));
    assertEquals(8, count(html, "<svg class=\"chart\""));
    assertTrue(html.contains("<a href=\"#plan-2\">"), "contents");
    assertTrue(html.contains("<figure id=\"p2-comune\">"));
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
