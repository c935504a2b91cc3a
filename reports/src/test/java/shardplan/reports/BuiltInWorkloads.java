package shardplan.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.AdviceOptions;
import shardplan.partitioner.Advisor;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.model.Advice;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * Report inputs made the way {@code shardplan demo} makes them: a built-in workload generated
 * with a fixed seed, analysed, advised for 4 nodes with its ground truth as a baseline, and
 * evaluated for the report. Cached per workload for the test run.
 */
final class BuiltInWorkloads {
  private static final Map<String, ReportInput> CACHE = new ConcurrentHashMap<>();

  private BuiltInWorkloads() {
  }

  static ReportInput input(String workload) {
    return CACHE.computeIfAbsent(workload, BuiltInWorkloads::make);
  }

  private static ReportInput make(String workload) {
    try {
      Path dir = Files.createTempDirectory("report-" + workload);
      WorkloadOptions o = WorkloadOptions.DEFAULT.withTransactions(2000).withSeed(1).withSmall(true).withWriteData(false).withScale(4);
      GenerationResult gen = WorkloadGenerator.generate(workload, o, dir);
      Schema schema = Analyzer.readSchema(gen.schema());
      WorkloadProfile profile = Analyzer.analyze(schema, List.of(gen.log()), AnalyzerOptions.DEFAULT,
          AnalysisProgress.NONE);
      AdviceOptions options = AdviceOptions.DEFAULT.withNodes(4).withSeed(1)
          .withExpected(Baselines.expected(gen.expectedFile(), schema, 4, AdviceOptions.DEFAULT.shardCount()));
      Advice advice = Advisor.advise(profile, options);
      return new ReportInput(workload + " (generated, seed 1)", advice, profile)
          .withEvaluation(ReportEvaluation.evaluate(advice, profile, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
