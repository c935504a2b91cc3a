package shardplan.emitter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkerAddressTest {
  @Test
  void aListTakesHostPortAndAnOptionalDatabase() {
    assertThat(WorkerAddress.parseList(" 10.0.0.2:5432, w3:6432/shop ,", "postgres")).containsExactly(
        new WorkerAddress("10.0.0.2", 5432, "postgres"), new WorkerAddress("w3", 6432, "shop"));
  }

  @Test
  void aWorkerWithoutAPortIsOneClearLine() {
    assertThatThrownBy(() -> WorkerAddress.parseList("w1:5432,w2", "db"))
        .hasMessage("worker 'w2' is not host:port");
    assertThatThrownBy(() -> WorkerAddress.parseList("w1:x", "db"))
        .hasMessage("worker 'w1:x' has no numeric port");
    assertThatThrownBy(() -> WorkerAddress.parseList(" , ", "db")).hasMessage("the worker list is empty");
  }
}
