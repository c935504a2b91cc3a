package shardplan.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportGoldenTest {

  @Test
  void markdownReportOfHandMadeStoreAdvice() throws Exception {
    Golden.check("store-fixture.md", MarkdownReport.render(Fixtures.store()));
  }

  @Test
  void htmlReportOfHandMadeStoreAdvice() throws Exception {
    Golden.check("store-fixture.html", HtmlReport.render(Fixtures.store()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store", "commerce"})
  void markdownReportOfBuiltInWorkload(String workload) throws Exception {
    Golden.check(workload + ".md", MarkdownReport.render(BuiltInWorkloads.input(workload)));
  }
}
