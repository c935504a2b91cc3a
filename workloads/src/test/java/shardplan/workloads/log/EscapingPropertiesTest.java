package shardplan.workloads.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import shardplan.workloads.gen.CsvRows;

/** Whatever the text, the writers' escaping reads back as the same text with standard readers. */
class EscapingPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 300)
  void jsonStringsReadBackUnchanged(@ForAll @StringLength(max = 80) String s) throws Exception {
    StringBuilder sb = new StringBuilder();
    JsonLogFormat.string(sb, s);
    assertThat(JSON.readTree(sb.toString()).asText()).isEqualTo(s);
    StringBuilder fromBuilder = new StringBuilder();
    JsonLogFormat.string(fromBuilder, new StringBuilder(s));
    assertThat(fromBuilder.toString()).isEqualTo(sb.toString());
  }

  @Property(tries = 200)
  void csvDataFieldsReadBackUnchanged(@ForAll @StringLength(max = 60) String a,
                                      @ForAll @StringLength(max = 60) String b) throws Exception {
    Path f = Files.createTempFile("rows", ".csv");
    try {
      try (CsvRows rows = new CsvRows(f)) {
        rows.add(a).add(42).add(b).end();
      }
      List<CSVRecord> recs = CSVFormat.DEFAULT.parse(new StringReader(Files.readString(f))).getRecords();
      assertThat(recs).hasSize(1);
      assertThat(recs.get(0).get(0)).isEqualTo(a);
      assertThat(recs.get(0).get(1)).isEqualTo("42");
      assertThat(recs.get(0).get(2)).isEqualTo(b);
      // PostgreSQL reads an unquoted empty field as NULL: empty strings must be quoted
      if (a.isEmpty()) {
        assertThat(Files.readString(f)).startsWith("\"\",");
      }
    } finally {
      Files.delete(f);
    }
  }
}
