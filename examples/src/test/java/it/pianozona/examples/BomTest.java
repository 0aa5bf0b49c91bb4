package it.pianozona.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every library module at the build's version, and the consumer project asks for that
 * version: a new module or a version bump cannot leave them behind.
 */
class BomTest {

  static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  static String child(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  @Test
  void theBomManagesEveryLibraryModuleAtTheBuildsVersion() throws Exception {
    Element parent = read(Path.of("../pom.xml")).getDocumentElement();
    String version = child(parent, "version");
    Element bom = read(Path.of("../bom/pom.xml")).getDocumentElement();
    assertEquals("pianozona-bom", child(bom, "artifactId"));
    assertEquals(version, child(bom, "version"));
    assertEquals(null, child(bom, "parent"), "importing the BOM must not import our build");

    List<String> managed = new ArrayList<>();
    NodeList deps = bom.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertEquals("it.pianozona", child(d, "groupId"));
      assertEquals("${project.version}", child(d, "version"));
      managed.add(child(d, "artifactId"));
    }
    // A library module is one that ships a Javadoc jar: every one must be in the BOM.
    List<String> libraries = new ArrayList<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Path pom = Path.of("..", modules.item(i).getTextContent().trim(), "pom.xml");
      String text = Files.readString(pom);
      if (text.contains("<artifactId>maven-javadoc-plugin</artifactId>")) {
        libraries.add(child(read(pom).getDocumentElement(), "artifactId"));
      }
    }
    assertTrue(libraries.contains("pianozona-core"), libraries.toString());
    assertEquals(libraries.stream().sorted().toList(), managed.stream().sorted().toList());
  }

  @Test
  void theConsumerProjectAsksForTheBuildsVersionThroughTheBom() throws Exception {
    String version = child(read(Path.of("../pom.xml")).getDocumentElement(), "version");
    String consumer = Files.readString(Path.of("consumer/pom.xml"));
    assertTrue(
        consumer.contains("<pianozona.version>" + version + "</pianozona.version>"),
        "examples/consumer/pom.xml must use pianozona " + version);
    assertTrue(consumer.contains("<artifactId>pianozona-bom</artifactId>"));
    assertTrue(consumer.contains("<scope>import</scope>"));
    assertTrue(!consumer.contains("<parent>"), "the consumer is outside the reactor");
  }
}
