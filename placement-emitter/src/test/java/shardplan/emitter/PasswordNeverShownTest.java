package shardplan.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import shardplan.emitter.apply.Connections;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.WorkerAddress;

class PasswordNeverShownTest {
  @Test
  void theUserMappingRunsWithThePasswordButPrintsItMasked() {
    EmitOptions o = EmitOptions.fdw(Mode.NEW, WorkerAddress.parseList("w1:5432,w2:5432", "db"))
        .withWorkerUser(Optional.of("app")).withWorkerPassword(Optional.of("s3cr'et"));
    DdlPlan plan = PlacementEmitter.plan(TestSchemas.tpcc(), TestPlacements.tpcc(), o);
    DdlStep mapping = plan.steps().stream().filter(s -> s.sql().startsWith("CREATE USER MAPPING")).findFirst()
        .orElseThrow();
    assertThat(mapping.sql()).contains("password 's3cr''et'");
    assertThat(mapping.shown()).contains("password '********'").doesNotContain("s3cr");
    assertThat(ScriptRenderer.render(plan)).doesNotContain("s3cr").contains("user 'app'");
  }

  @Test
  void aUrlIsPrintedWithItsPasswordMasked() {
    assertThat(Connections.redact("jdbc:postgresql://h/db?user=a&password=top&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=********&ssl=true");
  }
}
