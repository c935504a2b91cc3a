package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
}
