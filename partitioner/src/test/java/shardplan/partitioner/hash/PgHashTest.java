package shardplan.partitioner.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Properties PostgreSQL's hash functions have by design; exact values are checked in PgHashIT. */
class PgHashTest {

  /** Cases per property: 1,000, as many as each tried before the port to QuickTheories. */
  private static final int TRIES = 1000;

  @Test
  void int8HashesLikeInt4OnTheInt4Range() {
    qt().withExamples(TRIES).forAll(integers().all())
        .checkAssert(v -> assertThat(PgHash.hashInt8(v)).isEqualTo(PgHash.hashInt4(v)));
  }

  @Test
  void int2HashesLikeInt4() {
    qt().withExamples(TRIES).forAll(integers().between(Short.MIN_VALUE, Short.MAX_VALUE))
        .checkAssert(i -> {
          short v = (short) (int) i;
          assertThat(PgHash.hashInt2(v)).isEqualTo(PgHash.hashInt4(v));
        });
  }

  @Test
  void numericIgnoresScaleAndSign() {
    qt().withExamples(TRIES)
        .forAll(longs().all(), integers().between(-20, 20), integers().between(0, 5))
        .checkAssert((unscaled, scale, extraZeros) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          BigDecimal padded = v.setScale(v.scale() + extraZeros);
          assertThat(PgHash.hashNumeric(padded)).isEqualTo(PgHash.hashNumeric(v));
          assertThat(PgHash.hashNumeric(v.negate())).isEqualTo(PgHash.hashNumeric(v));
        });
  }

  @Test
  void numericZeroAndSpecialsHaveFixedHashes() {
    assertThat(PgHash.hashNumeric(new BigDecimal("0.000"))).isEqualTo(-1);
    ColumnHash h = PgTypeHashes.forType("numeric").orElseThrow();
    assertThat(h.hash("NaN")).isZero();
    assertThat(h.hash("-Infinity")).isZero();
  }

  @Test
  void bpcharIgnoresTrailingSpaces() {
    qt().withExamples(TRIES)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20),
            integers().between(0, 5))
        .checkAssert((s, spaces) ->
            assertThat(PgHash.hashBpchar(s + " ".repeat(spaces))).isEqualTo(PgHash.hashBpchar(s)));
  }

  @Test
  void floatZerosHashToZeroAndNansAlike() {
    assertThat(PgHash.hashFloat8(-0.0)).isZero();
    assertThat(PgHash.hashFloat8(Double.longBitsToDouble(0x7ff0000000000123L))).isEqualTo(PgHash.hashFloat8(Double.NaN));
    assertThat(PgHash.hashFloat4(1.5f)).isEqualTo(PgHash.hashFloat8(1.5));
  }

  @Test
  void typeNamesAndAliasesResolve() {
    for (String t : new String[] {"integer", "INT4", "int", "serial", "bigint", "character varying(16)",
        "varchar", "character(2)", "timestamp(3) without time zone", "timestamptz", "numeric(12,2)", "uuid", "date"}) {
      assertThat(PgTypeHashes.forType(t)).as(t).isPresent();
    }
    assertThat(PgTypeHashes.forType("jsonb")).isEmpty();
    assertThat(PgTypeHashes.forType("character varying(16)").orElseThrow().hash("abc"))
        .isEqualTo(PgHash.hashText("abc"));
    assertThat(PgTypeHashes.forType("date").orElseThrow().hash("2000-01-01")).isEqualTo(PgHash.hashInt4(0));
  }

  @Test
  void invalidTextIsRefusedByTheTypedHash() {
    assertThatThrownBy(() -> PgTypeHashes.forType("integer").orElseThrow().hash("12x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgTypeHashes.forType("uuid").orElseThrow().hash("not-a-uuid"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgTypeHashes.forType("boolean").orElseThrow().hash("maybe"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
