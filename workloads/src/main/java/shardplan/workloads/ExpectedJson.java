package shardplan.workloads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.workloads.model.Expected;
import shardplan.workloads.model.ExpectedJoin;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.TableCounts;

/** Writes and reads {@code expected.json}. */
public final class ExpectedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExpectedJson() {
  }

  public static String toJson(Expected e) {
    try {
      return MAPPER.writeValueAsString(e) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write expected.json", ex);
    }
  }

  public static void write(Expected e, Path file) throws IOException {
    Files.writeString(file, toJson(e), StandardCharsets.UTF_8);
  }

  /** Reads a file written by {@link #write}. */
  public static Expected read(Path file) throws IOException {
    JsonNode n = MAPPER.readTree(file.toFile());
    List<ExpectedTable> tables = new ArrayList<>();
    for (JsonNode t : n.path("tables")) {
      tables.add(new ExpectedTable(t.path("name").asText(), t.path("placement").asText(),
          t.hasNonNull("column") ? t.get("column").asText() : null,
          t.hasNonNull("colocationGroup") ? t.get("colocationGroup").asInt() : null,
          t.path("reason").asText()));
    }
    // The one field between "tables" and "counts" whose name says what the span counts.
    String spanName = "multiCustomerTransactionFraction";
    for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.startsWith("multi") && f.endsWith("TransactionFraction")) {
        spanName = f;
      }
    }
    List<ExpectedJoin> joins = new ArrayList<>();
    for (JsonNode j : n.path("joins")) {
      joins.add(new ExpectedJoin(j.path("left").asText(), j.path("right").asText(), j.path("weight").asLong()));
    }
    List<String> notes = new ArrayList<>();
    n.path("notes").forEach(x -> notes.add(x.asText()));
    return new Expected(n.path("workload").asText(), n.path("scale").asInt(), n.path("seed").asLong(),
        n.path("format").asText(), n.path("protocol").asText(), n.path("transactions").asLong(),
        n.path("committedTransactions").asLong(), n.path("statements").asLong(), tables, spanName,
        n.path(spanName).asDouble(), counts(n.path("counts")), counts(n.path("abortedCounts")), joins, notes);
  }

  private static Map<String, TableCounts> counts(JsonNode n) {
    Map<String, TableCounts> m = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> m.put(e.getKey(), new TableCounts(e.getValue().path("reads").asLong(),
        e.getValue().path("inserts").asLong(), e.getValue().path("updates").asLong(),
        e.getValue().path("deletes").asLong())));
    return m;
  }
}
