package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static FormatDetector.Detected detect(String text, String name) throws IOException {
    CharSource src = new CharSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    return FormatDetector.detect(src, name, null);
  }

  private static String prefixOf(String text) throws IOException {
    FormatDetector.Detected d = detect(text, "postgresql.log");
    assertThat(d.format()).isEqualTo(LogFormat.STDERR);
    return d.prefix().spec();
  }

  @Test
  void recognisesTheCommonPrefixes() throws IOException {
    assertThat(prefixOf("""
        2024-05-01 12:00:00.001 UTC [100] LOG:  checkpoint starting: time
        2024-05-01 12:00:00.002 UTC [101] LOG:  statement: SELECT 1
        """)).isEqualTo("%m [%p] ");
    assertThat(prefixOf("""
        2024-05-01 12:00:00.001 UTC [100] LOG:  checkpoint starting: time
        2024-05-01 12:00:00.002 UTC [101] app@shop LOG:  statement: SELECT 1
        """)).isEqualTo("%m [%p] %q%u@%d ");
    assertThat(prefixOf("""
        2024-05-01 12:00:01 UTC [201]: [1-1] user=app,db=shop LOG:  statement: SELECT 1
        """)).isEqualTo("%t [%p]: [%l-1] user=%u,db=%d ");
    assertThat(prefixOf("""
        2024-05-01 12:00:01 UTC [201]: [1-1] user=app,db=shop,app=PostgreSQL JDBC Driver,client=10.1.1.1 LOG:  statement: SELECT 1
        """)).isEqualTo("%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ");
    assertThat(prefixOf("""
        2024-05-01 12:00:01 UTC:10.0.0.7(51234):app@shop:[3301]:LOG:  statement: SELECT 1
        """)).isEqualTo("%t:%r:%u@%d:[%p]:");
    assertThat(prefixOf("""
        LOG:  statement: SELECT 1
        """)).isEqualTo("");
  }

  @Test
  void aLogThatNoKnownPrefixFitsIsReadWithTheGenericMatcher() throws IOException {
    assertThat(detect("Nov 24 12:00:01 db1 postgres[4711]: [3-1] LOG:  statement: SELECT 1\n", "x.txt").prefix())
        .isSameAs(LinePrefix.GENERIC);
  }

  @Test
  void otherFormats() throws IOException {
    assertThat(detect("{\"timestamp\":\"2024-05-01 12:00:00.000 UTC\",\"error_severity\":\"LOG\"}\n", "a").format())
        .isEqualTo(LogFormat.JSONLOG);
    assertThat(detect("2024-05-01 12:00:00.000 UTC,\"u\",\"d\",1,\n", "a").format()).isEqualTo(LogFormat.CSVLOG);
    assertThat(detect("\uFEFFSELECT 1;\n", "a").format()).isEqualTo(LogFormat.SQL);
    assertThat(detect("garbage\n", "b.csv").format()).isEqualTo(LogFormat.CSVLOG);
    assertThat(detect("garbage\n", "b.json.gz").format()).isEqualTo(LogFormat.JSONLOG);
    assertThat(detect("garbage\n", "b.log").format()).isEqualTo(LogFormat.STDERR);
  }
}
