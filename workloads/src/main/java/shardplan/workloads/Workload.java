package shardplan.workloads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.StatementTemplate;

/**
 * A benchmark: its schema, a loader of the initial rows at a scale, a generator of the
 * transactions the application sends, and the expert placement that is its ground truth.
 * Every workload has the same shape, so one contract test covers them all.
 */
public interface Workload {
  /** Short name users type ({@code tpcc}). */
  String name();

  /** One line for {@code shardplan workload list}. */
  String description();

  /** What {@code scale} counts ({@code warehouses}). */
  String scaleUnit();

  /** The scale used when none is given. */
  int defaultScale();

  /** Classpath resource holding {@code CREATE TABLE} statements with their keys. */
  String schemaResource();

  /** Tables in an order that respects foreign keys (parents first): creation and load order. */
  List<String> tables();

  /** Writes {@code <table>.csv} for every table into {@code dataDir} (COPY csv, no header). */
  void writeData(WorkloadOptions options, Path dataDir) throws IOException;

  /** A fresh generator; the same options give the same transactions. */
  TransactionGenerator generator(WorkloadOptions options);

  /** Every statement template the generator can send. */
  List<StatementTemplate> templates();

  /** The expert placement: one element per table, in {@link #tables()} order. */
  List<ExpectedTable> expectedPlacement(WorkloadOptions options);

  /** Name of the span fraction in {@code expected.json}. */
  String spanFractionName();

  /** Notes for {@code expected.json}: why the placement is as it is, subtleties of the counts. */
  List<String> notes(WorkloadOptions options);

  /**
   * Statements every connection sends when it opens, before any transaction (driver settings, an
   * ORM's catalogue queries): logged, never counted. None by default.
   */
  default List<String> connectStatements() {
    return List.of();
  }

  /** The schema text. */
  default String schemaSql() {
    try (InputStream in = Workload.class.getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
