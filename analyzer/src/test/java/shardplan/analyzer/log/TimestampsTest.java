package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private final Timestamps ts = new Timestamps();

  @Test
  void readsZonesAsPostgresWritesThem() {
    long utc = Instant.parse("2024-05-01T12:00:00.123Z").toEpochMilli();
    assertThat(ts.parse("2024-05-01 12:00:00.123 UTC")).isEqualTo(utc);
    assertThat(ts.parse("2024-05-01 14:00:00.123 CEST")).isEqualTo(utc);
    assertThat(ts.parse("2024-05-01 15:00:00.123 +03")).isEqualTo(utc);
    assertThat(ts.parse("2024-05-01 06:30:00.123 -0530")).isEqualTo(utc);
    assertThat(ts.parse("2024-05-01 12:00:00 UTC")).isEqualTo(utc - 123);
    assertThat(ts.parse("2024-05-01 12:00:00.1 GMT")).isEqualTo(utc - 23);
  }

  @Test
  void notATimestampIsMinusOne() {
    assertThat(ts.parse("yesterday")).isEqualTo(-1);
    assertThat(ts.parse("2024-13-01 12:00:00 UTC")).isEqualTo(-1);
    assertThat(ts.parse("2024-02-31 12:00:00 UTC")).isEqualTo(-1);
  }
}
