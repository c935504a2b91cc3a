package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeEncodingTest {
  @TempDir Path dir;
  Path schema;
  Path log;

  @BeforeEach
  void latin1Log() throws Exception {
    schema = dir.resolve("schema.sql");
    Files.writeString(schema, "CREATE TABLE customer (c_id integer PRIMARY KEY, c_city text);\n");
    log = dir.resolve("app.sql");
    Files.write(log, ("UPDATE customer SET c_city = 'Malmö' WHERE c_id = 1;\n"
        + "SELECT c_city FROM customer WHERE c_id = 2;\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  private JsonNode analyze(String... extra) throws Exception {
    String[] base = {"analyze", "--schema", schema.toString(), log.toString(), "--format", "json",
        "--max-skipped-percent", "100"};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
        .toArray(String[]::new);
    CliRun r = CliRun.of(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void latin1BytesAreCountedAsInvalidEncodingUnlessTheEncodingIsGiven() throws Exception {
    JsonNode utf8 = analyze();
    assertThat(utf8.get("skipped").get("invalid_encoding").asLong()).isPositive();

    JsonNode latin1 = analyze("--encoding", "ISO-8859-1");
    assertThat(latin1.get("skipped").has("invalid_encoding")).isFalse();
    assertThat(latin1.get("statements").asLong()).isEqualTo(2);
  }

  @Test
  void unknownEncodingIsOneLine() {
    CliRun r = CliRun.of("analyze", "--schema", schema.toString(), log.toString(),
        "--encoding", "no-such-set");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("error: --encoding no-such-set: unknown character set");
  }
}
