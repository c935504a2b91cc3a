package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/** {@code check --format junit} writes the JUnit XML report that Surefire writes and CI systems read. */
class CheckJunitReportTest {
  @TempDir static Path dir;
  static GenerationResult store;
  static Schema junitSchema;

  @BeforeAll
  static void setUp() throws Exception {
    store = WorkloadGenerator.generate("store", WorkloadOptions.DEFAULT.withScale(2).withTransactions(10)
        .withSmall(true).withWriteData(false), dir.resolve("store"));
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    junitSchema = f.newSchema(CheckJunitReportTest.class.getResource("/junit/junit-report.xsd"));
  }

  private static void validate(String xml) throws Exception {
    junitSchema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void findingsAreFailuresOfTheirTableAndTheReportValidates() throws Exception {
    Path schema = dir.resolve("migrated.sql");
    Files.writeString(schema, Files.readString(store.schema())
        + "\nALTER TABLE orders ADD CONSTRAINT orders_id UNIQUE (o_id);\n"
        + "CREATE TABLE \"order<&>note\" (n_c_id integer, n_o_id integer, n_text text,"
        + " FOREIGN KEY (n_c_id, n_o_id) REFERENCES orders (o_c_id, o_id));\n"
        + "DROP TABLE cc_xacts;\n");
    Path xmlFile = dir.resolve("reports/check.xml");
    CliRun r = CliRun.of("check", "--schema", schema.toString(), "--placement", store.expectedFile().toString(),
        "--format", "junit", "--out", xmlFile.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("error: table orders: unique key (o_id) lacks o_c_id");
    String xml = Files.readString(xmlFile);
    validate(xml);
    Document d = parse(xml);
    Element suite = d.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("13");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("cc_xacts");
    Element orders = caseNamed(cases, "orders");
    Element failure = (Element) orders.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("key-without-distribution-column");
    assertThat(failure.getTextContent()).startsWith("error: table orders: unique key (o_id) lacks o_c_id");
    Element note = caseNamed(cases, "order<&>note");
    assertThat(note.getElementsByTagName("failure").item(0).getTextContent()).contains("[table-not-placed]");
    assertThat(note.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("likely placement: distributed on n_c_id in colocation group 1 (with orders)");
    assertThat(caseNamed(cases, "customer").getChildNodes().getLength()).isZero();
  }

  @Test
  void aCleanCheckIsAPassingSuite() throws Exception {
    CliRun r = CliRun.of("check", "--schema", store.schema().toString(), "--placement",
        store.expectedFile().toString(), "--format", "junit");
    assertThat(r.exit()).isZero();
    validate(r.out());
    Element suite = parse(r.out()).getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("12");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void theSchemaRejectsWhatCiSystemsCouldNotRead() {
    String noTime = "<testsuite name=\"s\" tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\">"
        + "<testcase name=\"t\"/></testsuite>";
    String failureWithoutType = "<testsuite name=\"s\" tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"1\">"
        + "<testcase name=\"t\" time=\"0\"><failure message=\"m\">x</failure></testcase></testsuite>";
    for (String bad : List.of(noTime, failureWithoutType)) {
      assertThatCode(() -> validate(bad)).isInstanceOf(org.xml.sax.SAXException.class);
    }
  }

  private static Element caseNamed(NodeList cases, String name) throws IOException {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + name);
  }
}
