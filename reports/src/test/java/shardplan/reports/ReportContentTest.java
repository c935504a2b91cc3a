package shardplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shardplan.reports.doc.Document;
import shardplan.reports.doc.Section;

class ReportContentTest {

  @Test
  void everySectionIsAnElementWithItsIdInOrder() {
    String html = HtmlReport.render(Fixtures.store());
    int at = 0;
    for (String id : ReportDocument.SECTION_IDS) {
      int i = html.indexOf("<section id=\"" + id + "\">");
      assertThat(i).as(id).isGreaterThan(at);
      at = i;
    }
  }

  @Test
  void markdownHasTheSameSectionsAndTablesAsHtml() {
    Document d = ReportDocument.build(Fixtures.store());
    String md = MarkdownReport.render(d);
    String html = HtmlReport.render(d);
    for (Section s : d.sections()) {
      assertThat(md).contains("<a id=\"" + s.id() + "\"></a>\n## " + s.title());
    }
    assertThat(count(md, "\n|---")).isEqualTo(count(html, "<table>"));
  }

  @Test
  void theBestValueIsMarkedWhicheverPlacementHasIt() {
    // The fixture's advice has the worst load skew (1.420) and the best distributed fraction.
    String html = HtmlReport.render(Fixtures.store());
    assertThat(html).contains("<td class=\"n best\">1.000</td>").doesNotContain("<td class=\"n best\">1.420</td>");
    assertThat(html).doesNotContain("<td class=\"n best\">0</td><td class=\"n best\">350</td>");
    assertThat(html).contains("<td class=\"n best\">0.40 %</td>");
    String skewChart = html.substring(html.indexOf("aria-label=\"load skew (lower is better)\""));
    skewChart = skewChart.substring(0, skewChart.indexOf("</svg>"));
    assertThat(skewChart).contains("class=\"bar other\"><title>advised ★: 1.420</title>")
        .contains("class=\"bar best\"><title>replicateAll (baseline): 1.000</title>");
  }

  @Test
  void attentionIsFlaggedAndListedFirst() {
    String md = MarkdownReport.render(Fixtures.store());
    String summary = md.substring(md.indexOf("## Summary"), md.indexOf("## Replicate or partition"));
    assertThat(summary).contains("| order_line | distributed | ol_c_id | 2 | ⚠ foreign key left out (orders) |");
    assertThat(summary.indexOf("| order_line |")).isLessThan(summary.indexOf("| item |"));
  }

  @Test
  void sectionsWithoutDataSaySoInsteadOfShowingFigures() {
    String md = MarkdownReport.render(Fixtures.store());
    String routing = md.substring(md.indexOf("## Statement routing"), md.indexOf("## Load per node"));
    assertThat(routing).contains("not available").doesNotContain("|---");
    String scaling = md.substring(md.indexOf("## Scaling"), md.indexOf("## Alternatives"));
    assertThat(scaling).contains("Not computed").doesNotContain("|---");
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = HtmlReport.render(Fixtures.store());
    assertThat(html).doesNotContain("src=").doesNotContain("href=\"http").doesNotContain("url(")
        .doesNotContain("@import").contains("store &lt;demo&gt;");
  }

  @Test
  void reportsNeverShowSkippedExamples() {
    // Examples may hold a template; the report lists reasons and counts only.
    assertThat(MarkdownReport.render(Fixtures.store())).contains("unparseable_sql").doesNotContain("<<>>");
    assertThat(HtmlReport.render(Fixtures.store())).doesNotContain("&lt;&lt;&gt;&gt;");
  }

  @Test
  void replicationScaleOutFollowsTheFullReplicationModel() {
    assertThat(Numbers.replicationScaleOut(4, 0.0)).isEqualTo(4.0);
    assertThat(Numbers.replicationScaleOut(4, 1.0)).isEqualTo(1.0);
    assertThat(Numbers.replicationScaleOut(5, 0.25)).isEqualTo(2.5);
  }

  @Test
  void scalingEvaluatesThePlacementAtEveryNodeCount() {
    var in = BuiltInWorkloads.input("tpcc");
    assertThat(in.evaluation().scaling()).hasSize(3 * ReportEvaluation.NODE_COUNTS.size());
    assertThat(in.evaluation().scaling().stream().filter(p -> p.placement().equals("advised"))
        .map(p -> p.nodes()).toList()).isEqualTo(ReportEvaluation.NODE_COUNTS);
    // Replicating everything writes every replica: amplification grows with the nodes.
    var rep = in.evaluation().scaling().stream().filter(p -> p.placement().equals("replicateAll")).toList();
    assertThat(rep.get(4).replicationWriteAmplification()).isGreaterThan(rep.get(0).replicationWriteAmplification());
    assertThat(in.evaluation().nodeAccesses()).hasSize(4);
    assertThat(in.evaluation().hotKeys()).isNotEmpty().allSatisfy(k -> assertThat(k.value()).isNull());
  }

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
