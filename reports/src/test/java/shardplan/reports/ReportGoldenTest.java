package shardplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportGoldenTest {

  @Test
  void markdownReportOfStoreAdvice() throws Exception {
    Golden.check("store.md", MarkdownReport.render(Fixtures.store()));
  }

  @Test
  void htmlReportOfStoreAdvice() throws Exception {
    Golden.check("store.html", HtmlReport.render(Fixtures.store()));
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = HtmlReport.render(Fixtures.store());
    assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").contains("store &lt;demo&gt;");
    assertThat(html.split("<svg", -1)).hasSize(4);
  }

  @Test
  void reportsNeverShowSkippedExamples() {
    // Examples may hold a template; the report lists reasons and counts only.
    assertThat(MarkdownReport.render(Fixtures.store())).contains("unparseable_sql").doesNotContain("<<>>");
  }

  @Test
  void replicationScaleOutFollowsTheFullReplicationModel() {
    assertThat(Numbers.replicationScaleOut(4, 0.0)).isEqualTo(4.0);
    assertThat(Numbers.replicationScaleOut(4, 1.0)).isEqualTo(1.0);
    assertThat(Numbers.replicationScaleOut(5, 0.25)).isEqualTo(2.5);
  }
}
