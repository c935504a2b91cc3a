package shardplan.workloads.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import shardplan.workloads.gen.CsvRows;

/** Whatever the text, the writers' escaping reads back as the same text with standard readers. */
class EscapingPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Text of up to {@code max} characters: half of the cases ASCII (quotes, backslashes, control
   * characters are frequent there), half any Unicode code point (lone surrogates, which no
   * encoder can write, replaced).
   */
  private static Gen<String> text(int max) {
    return strings().ascii().ofLengthBetween(0, max)
        .mix(strings().allPossible().ofLengthBetween(0, max).map(EscapingPropertiesTest::withoutLoneSurrogates));
  }

  private static String withoutLoneSurrogates(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('?');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void jsonStringsReadBackUnchanged() {
    qt().withExamples(300).forAll(text(80)).checkAssert(s -> {
      StringBuilder sb = new StringBuilder();
      JsonLogFormat.string(sb, s);
      try {
        assertThat(JSON.readTree(sb.toString()).asText()).isEqualTo(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StringBuilder fromBuilder = new StringBuilder();
      JsonLogFormat.string(fromBuilder, new StringBuilder(s));
      assertThat(fromBuilder.toString()).isEqualTo(sb.toString());
    });
  }

  @Test
  void csvDataFieldsReadBackUnchanged() {
    qt().withExamples(200).forAll(text(60), text(60)).checkAssert((a, b) -> {
      try {
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
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
