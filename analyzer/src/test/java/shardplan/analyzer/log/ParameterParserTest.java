package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.Seeded;

class ParameterParserTest {
  @Test
  void readsQuotedNullTruncatedAndMultiLineValues() {
    assertThat(ParameterParser.parse("parameters: $1 = '1', $2 = NULL, $3 = 'it''s', $4 = 'a\nb', $5 = 'xyz...'"))
        .isEqualTo(Arrays.asList("1", null, "it's", "a\nb", "xyz..."));
    assertThat(ParameterParser.parse("Parameters: $1 = ''")).containsExactly("");
    assertThat(ParameterParser.parse("parameters: $1 = ', $2 = '")).containsExactly(", $2 = ");
  }

  @Test
  void rejectsWhatIsNotAParameterList() {
    assertThat(ParameterParser.parse("Key (id)=(1) already exists.")).isNull();
    assertThat(ParameterParser.parse("parameters: $2 = '1'")).isNull();
    assertThat(ParameterParser.parse("parameters: $1 = 'open")).isNull();
    assertThat(ParameterParser.parse("parameters: $1 = 5")).isNull();
    assertThat(ParameterParser.parse("parameters:")).isNull();
  }

  private static final String[] PIECES = {"$1", "$2", "$3", "$10", " = ", "'", "''", "NULL", ", ", ",", " ", "\n",
      "\t", "abc", "O''Brien", "...", "=", "$", "1", "x'y", "\r\n"};

  /** Reading the parameters from the bytes of an ASCII field gives what reading them from its String gives. */
  @Test
  void bytesGiveWhatTheStringGives() {
    Seeded.forAll("parametersFromBytesGiveWhatTheStringGives", 2000, rnd -> {
      StringBuilder sb = new StringBuilder(rnd.nextInt(8) == 0 ? "Key (id)=" : rnd.nextBoolean() ? "parameters:" : "Parameters:");
      if (rnd.nextBoolean()) {
        // a well-formed list, then maybe damaged below
        int n = 1 + rnd.nextInt(5);
        for (int i = 1; i <= n; i++) {
          sb.append(i == 1 ? " " : ", ").append('$').append(i).append(" = ");
          sb.append(rnd.nextInt(5) == 0 ? "NULL" : "'" + PIECES[rnd.nextInt(PIECES.length)].replace("'", "''") + "'");
        }
      }
      for (int k = rnd.nextInt(4); k > 0; k--) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String detail = sb.toString();
      byte[] b = ("xx" + detail + "yy").getBytes(StandardCharsets.US_ASCII);
      List<String> fromBytes = ParameterParser.parse(b, 2, b.length - 2);
      List<String> fromString = ParameterParser.isParameters(detail) ? ParameterParser.parse(detail) : List.of();
      assertThat(fromBytes).as(detail).isEqualTo(fromString);
    });
  }
}
