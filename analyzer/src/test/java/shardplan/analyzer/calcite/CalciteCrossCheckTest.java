package shardplan.analyzer.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * Every distinct template of the generated TPC-C and online-store workloads, resolved twice: by
 * the analyzer's JSqlParser walk and independently by Calcite's validator. Where Calcite takes a
 * SELECT, UPDATE or DELETE, the two must agree on tables read and written, join pairs and
 * equality predicates with their slots.
 */
class CalciteCrossCheckTest {
  private static final Set<StatementKind> CHECKED =
      EnumSet.of(StatementKind.SELECT, StatementKind.SELECT_FOR_UPDATE, StatementKind.UPDATE, StatementKind.DELETE);

  @TempDir
  static Path dir;

  private static final Map<String, WorkloadProfile> PROFILES = new TreeMap<>();

  @BeforeAll
  static void analyzeWorkloads() throws Exception {
    for (String w : List.of("tpcc", "store")) {
      GenerationResult g = WorkloadGenerator.generate(w, WorkloadOptions.DEFAULT.withScale(2).withSmall(true)
          .withTransactions(300).withWriteData(false), dir.resolve(w));
      PROFILES.put(w, Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()),
          AnalyzerOptions.DEFAULT, AnalysisProgress.NONE));
    }
  }

  /**
   * Why Calcite's core parser and validator cannot take a template, or null if it should. The
   * cross-check demands that every SELECT/UPDATE/DELETE not listed here is taken.
   */
  static String knownUntakeable(String sql) {
    if (sql.matches("(?is).*\\binterval\\s+\\$\\d.*")) {
      return "PostgreSQL `interval $n` (a typed parameter) does not parse";
    }
    if (sql.matches("(?is).*\\bsubstr\\(\\s*\\$\\d+\\s*\\|\\|.*")) {
      return "validator cannot infer the type of `$n || column` passed to substr";
    }
    if (sql.matches("(?is).*\\bON\\s+CONFLICT\\b.*")) {
      return "INSERT ... ON CONFLICT does not parse";
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tpcc", "store"})
  void everyReadUpdateOrDeleteTemplateCalciteTakesAgreesWithTheJSqlParserFacts(String workload) {
    WorkloadProfile profile = PROFILES.get(workload);
    CalciteResolver resolver = new CalciteResolver(profile.schema());
    List<String> disagreements = new ArrayList<>();
    List<String> unexpectedlyUntaken = new ArrayList<>();
    int candidates = 0;
    int checked = 0;
    for (TemplateUsage t : profile.templates()) {
      if (!CHECKED.contains(t.facts().kind())) {
        continue;
      }
      candidates++;
      Optional<ResolvedFacts> calcite = resolver.resolve(t.sql());
      if (calcite.isEmpty()) {
        if (knownUntakeable(t.sql()) == null) {
          unexpectedlyUntaken.add(t.sql());
        }
        continue;
      }
      checked++;
      List<String> diff = FactsComparison.differences(t.facts(), calcite.get());
      if (!diff.isEmpty()) {
        disagreements.add(t.sql() + "\n    " + String.join("\n    ", diff));
      }
    }
    assertEquals(List.of(), disagreements, "templates the two resolvers disagree on");
    assertEquals(List.of(), unexpectedlyUntaken, "templates Calcite could not take, without a known reason");
    // the check must have had something to check: most templates are taken
    assertTrue(candidates >= 10, workload + ": only " + candidates + " SELECT/UPDATE/DELETE templates");
    assertTrue(checked * 10 >= candidates * 8,
        workload + ": Calcite checked " + checked + " of " + candidates + " SELECT/UPDATE/DELETE templates");
  }

  @Test
  void theWorkloadsHaveJoinsAndPredicatesForTheCrossCheckToCompare() {
    int joins = 0;
    int predicates = 0;
    for (WorkloadProfile p : PROFILES.values()) {
      CalciteResolver resolver = new CalciteResolver(p.schema());
      for (TemplateUsage t : p.templates()) {
        if (CHECKED.contains(t.facts().kind())) {
          Optional<ResolvedFacts> r = resolver.resolve(t.sql());
          if (r.isPresent()) {
            joins += r.get().joins().size();
            predicates += r.get().predicates().size();
          }
        }
      }
    }
    assertTrue(joins >= 5, "join pairs compared: " + joins);
    assertTrue(predicates >= 40, "predicates compared: " + predicates);
  }

  @Test
  void insertsCalciteTakesWriteTheSameTableAndUpsertsAreNotTaken() {
    int inserts = 0;
    int upserts = 0;
    for (WorkloadProfile p : PROFILES.values()) {
      CalciteResolver resolver = new CalciteResolver(p.schema());
      for (TemplateUsage t : p.templates()) {
        Optional<ResolvedFacts> r = resolver.resolve(t.sql());
        if (t.facts().kind() == StatementKind.UPSERT) {
          upserts++;
          assertTrue(r.isEmpty(), "Calcite took an upsert: " + t.sql());
        } else if (t.facts().kind() == StatementKind.INSERT && r.isPresent()) {
          inserts++;
          assertEquals(new TreeSet<>(t.facts().tablesWritten()), new TreeSet<>(r.get().tablesWritten()), t.sql());
          assertEquals(Set.of(), r.get().tablesRead(), t.sql());
        }
      }
    }
    assertTrue(inserts >= 3, "INSERT templates Calcite took: " + inserts);
    assertTrue(upserts >= 1, "upsert templates seen: " + upserts);
  }
}
