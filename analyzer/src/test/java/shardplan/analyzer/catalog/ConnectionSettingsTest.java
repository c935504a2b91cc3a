package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  private static final Map<String, String> ENV = Map.of("PGHOST", "db.internal", "PGPORT", "6543",
      "PGDATABASE", "shop", "PGUSER", "envuser", "PGPASSWORD", "envpw");

  @Test
  void urlWithoutHostOrDatabaseIsCompletedFromTheEnvironment() {
    ConnectionSettings s = ConnectionSettings.resolve("jdbc:postgresql:", null, ENV);
    assertThat(s.url()).isEqualTo("jdbc:postgresql://db.internal:6543/shop");
    assertThat(s.properties()).containsEntry("user", "envuser").containsEntry("password", "envpw");
    assertThat(ConnectionSettings.resolve("jdbc:postgresql:///other", null, ENV).url())
        .isEqualTo("jdbc:postgresql://db.internal:6543/other");
    assertThat(ConnectionSettings.resolve("jdbc:postgresql:other?ssl=true", null, ENV).url())
        .isEqualTo("jdbc:postgresql://db.internal:6543/other?ssl=true");
    assertThat(ConnectionSettings.resolve(null, null, ENV).url()).isEqualTo("jdbc:postgresql://db.internal:6543/shop");
  }

  @Test
  void whatTheUrlOrPropertiesSayWinsOverTheEnvironment() {
    Properties extra = new Properties();
    extra.setProperty("user", "explicit");
    ConnectionSettings s = ConnectionSettings.resolve("jdbc:postgresql://h:5432/db", extra, ENV);
    assertThat(s.url()).isEqualTo("jdbc:postgresql://h:5432/db");
    assertThat(s.properties()).containsEntry("user", "explicit").containsEntry("password", "envpw");
    ConnectionSettings q = ConnectionSettings.resolve("jdbc:postgresql://h/db?user=u&password=p", null, ENV);
    assertThat(q.properties()).doesNotContainKeys("user", "password");
    assertThat(q.url()).isEqualTo("jdbc:postgresql://h:6543/db?user=u&password=p");
  }

  @Test
  void withoutEnvironmentNothingIsInvented() {
    ConnectionSettings s = ConnectionSettings.resolve("jdbc:postgresql://h/db", null, Map.of());
    assertThat(s.url()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(s.properties()).doesNotContainKeys("user", "password");
    assertThat(ConnectionSettings.resolve("jdbc:postgresql:", null, Map.of()).url())
        .isEqualTo("jdbc:postgresql://localhost/");
  }

  @Test
  void socketFolderInPghostFallsBackToLocalhost() {
    assertThat(ConnectionSettings.resolve("jdbc:postgresql:", null, Map.of("PGHOST", "/var/run/postgresql")).url())
        .isEqualTo("jdbc:postgresql://localhost/");
  }

  @Test
  void libpqUriIsAcceptedAndItsPasswordMovesToTheProperties() {
    ConnectionSettings s = ConnectionSettings.resolve("postgresql://alice:s%40cret@h:5433/db?sslmode=require",
        null, Map.of());
    assertThat(s.url()).isEqualTo("jdbc:postgresql://h:5433/db?sslmode=require");
    assertThat(s.properties()).containsEntry("user", "alice").containsEntry("password", "s@cret");
    assertThat(s.toString()).doesNotContain("s@cret").contains("password=***");
  }

  @Test
  void passwordsAreRedactedFromUrls() {
    assertThat(ConnectionSettings.redact("jdbc:postgresql://h/db?user=a&password=x1&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    assertThat(ConnectionSettings.redact("jdbc:postgresql://h/db?PASSWORD=x1"))
        .isEqualTo("jdbc:postgresql://h/db?PASSWORD=***");
    assertThat(ConnectionSettings.redact("postgresql://alice:x1@h/db")).isEqualTo("postgresql://alice:***@h/db");
  }

  @Test
  void otherUrlsAreRefusedWithoutEchoingTheirPassword() {
    assertThatThrownBy(() -> ConnectionSettings.resolve("jdbc:mysql://h/db?password=x1", null, Map.of()))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("not a PostgreSQL JDBC URL")
        .hasMessageNotContaining("x1");
  }
}
