package shardplan.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shardplan.replay.run.JdbcSql;

class JdbcSqlTest {
  @Test
  void placeholdersBecomeQuestionMarksInTheirOrder() {
    JdbcSql j = JdbcSql.of("SELECT * FROM t WHERE a = $2 AND b = $1 OR a = $2");
    assertThat(j.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ? OR a = ?");
    assertThat(j.order()).containsExactly(1, 0, 1);
  }

  @Test
  void quotedTextCommentsAndDollarQuotesAreLeftAlone() {
    JdbcSql j = JdbcSql.of("SELECT '$1 ?', \"a$1\", $$ $2 ? $$, $tag$ $3 $tag$, E'\\' $4' -- $5 ?\n"
        + "/* $6 ? /* nested */ */ FROM t WHERE x = $1 AND doc ? 'k'");
    assertThat(j.order()).containsExactly(0);
    assertThat(j.sql()).endsWith("WHERE x = ? AND doc ?? 'k'");
    assertThat(j.sql()).startsWith("SELECT '$1 ?', \"a$1\", $$ $2 ? $$, $tag$ $3 $tag$, E'\\' $4' -- $5 ?\n");
  }

  @Test
  void identifiersWithDollarsAreNotPlaceholders() {
    assertThat(JdbcSql.of("SELECT a$1 FROM t").order()).isEmpty();
  }
}
