package shardplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import shardplan.emitter.check.CheckReport;
import shardplan.emitter.check.Finding;
import shardplan.emitter.check.FindingKind;
import shardplan.emitter.check.LikelyPlacement;
import shardplan.emitter.check.Severity;
import shardplan.partitioner.model.PlacementKind;

/** The output formats of {@code shardplan check}: text lines, JSON, and JUnit XML for CI systems. */
final class CheckReportFormats {
  private CheckReportFormats() {
  }

  /** One line per finding; a clean report says so in one line. */
  static String text(CheckReport r) {
    if (r.clean() && !r.known().isEmpty()) {
      return "check: clean: nothing the baseline schema did not already have (" + r.known().size() + " known finding"
          + (r.known().size() == 1 ? "" : "s") + " not counted)\n";
    }
    if (r.clean()) {
      return "check: clean: the placement places all " + r.tables().size() + " tables and " + r.target().option()
          + " accepts every constraint\n";
    }
    StringBuilder sb = new StringBuilder();
    r.findings().forEach(f -> sb.append(f.line()).append('\n'));
    return sb.toString();
  }

  /** {@code check: 2 errors, 1 warning (citus, 12 tables)}. */
  static String summary(CheckReport r) {
    int e = r.errors().size();
    int w = r.warnings().size();
    return "check: " + e + " error" + (e == 1 ? "" : "s") + ", " + w + " warning" + (w == 1 ? "" : "s") + " ("
        + r.target().option() + ", " + r.tables().size() + " tables)";
  }

  static String json(CheckReport r) {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("target", r.target().option());
    root.put("tables", r.tables().size());
    root.put("clean", r.clean());
    root.put("errors", r.errors().size());
    root.put("warnings", r.warnings().size());
    writeFindings(root.putArray("findings"), r.findings());
    writeFindings(root.putArray("known"), r.known());
    try {
      return m.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void writeFindings(ArrayNode fs, List<Finding> findings) {
    for (Finding f : findings) {
      ObjectNode n = fs.addObject();
      n.put("severity", f.severity().word());
      n.put("kind", f.kind().code());
      if (f.rule() != null) {
        n.put("rule", f.rule().code());
        n.put("ruleText", f.rule().text());
      }
      n.put("table", f.table());
      n.put("detail", f.detail());
      n.put("message", f.message());
      LikelyPlacement lp = f.likely();
      if (lp != null) {
        ObjectNode l = n.putObject("likelyPlacement");
        if (lp.kind() == null) {
          l.putNull("placement");
        } else {
          l.put("placement", lp.kind().jsonName());
        }
        if (lp.kind() == PlacementKind.DISTRIBUTED) {
          l.put("column", lp.column());
          l.put("colocationGroup", lp.colocationGroup());
        }
        l.put("like", lp.like());
        ArrayNode path = l.putArray("foreignKeyPath");
        lp.path().forEach(path::add);
        l.put("note", lp.note());
      }
    }
  }

  /**
   * JUnit XML as Surefire writes it (one {@code testsuite}): a test case per table of the schema
   * (and per placed table the schema lost), failed by each error about it; warnings go to the
   * case's {@code system-out}.
   */
  static String junit(CheckReport r, String suiteName) {
    Map<String, List<Finding>> byTable = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      if (f.kind() == FindingKind.PLACED_TABLE_MISSING) {
        byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f);
      }
    }
    for (String t : r.tables()) {
      byTable.computeIfAbsent(t, x -> new ArrayList<>());
    }
    for (Finding f : r.findings()) {
      if (f.kind() != FindingKind.PLACED_TABLE_MISSING) {
        byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f);
      }
    }
    long failed = byTable.values().stream()
        .filter(l -> l.stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
    String classname = "shardplan.check." + r.target().option();
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", suiteName);
      x.writeAttribute("time", "0");
      x.writeAttribute("tests", Integer.toString(byTable.size()));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      x.writeAttribute("failures", Long.toString(failed));
      x.writeCharacters("\n  ");
      x.writeStartElement("properties");
      x.writeEmptyElement("property");
      x.writeAttribute("name", "target");
      x.writeAttribute("value", r.target().option());
      x.writeEndElement();
      for (Map.Entry<String, List<Finding>> e : byTable.entrySet()) {
        x.writeCharacters("\n  ");
        List<Finding> fs = e.getValue();
        if (fs.isEmpty()) {
          x.writeEmptyElement("testcase");
          writeCaseAttributes(x, e.getKey(), classname);
          continue;
        }
        x.writeStartElement("testcase");
        writeCaseAttributes(x, e.getKey(), classname);
        for (Finding f : fs) {
          if (f.severity() == Severity.ERROR) {
            x.writeCharacters("\n    ");
            x.writeStartElement("failure");
            x.writeAttribute("message", f.message());
            x.writeAttribute("type", f.code());
            x.writeCharacters(f.line());
            x.writeEndElement();
          }
        }
        List<String> warnings = fs.stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::line).toList();
        if (!warnings.isEmpty()) {
          x.writeCharacters("\n    ");
          x.writeStartElement("system-out");
          x.writeCharacters(String.join("\n", warnings));
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("cannot write JUnit XML", ex);
    }
    return sw + "\n";
  }

  private static void writeCaseAttributes(XMLStreamWriter x, String table, String classname) throws XMLStreamException {
    x.writeAttribute("name", table);
    x.writeAttribute("classname", classname);
    x.writeAttribute("time", "0");
  }
}
