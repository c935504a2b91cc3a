package shardplan.workloads.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import shardplan.workloads.model.Call;

/**
 * Writes the workload as a plain SQL script: each transaction whole, {@code BEGIN;}, its
 * statements with literal values inlined, each ending with {@code ;}, then {@code COMMIT;} or
 * {@code ROLLBACK;}. A script has no sessions, so transactions appear in the order they end;
 * statements of one transaction stay together.
 */
public final class SqlScriptWriter implements LogSink {
  private final OutputStream out;
  private StringBuilder[] pending = new StringBuilder[0];
  private final StringBuilder buffer = new StringBuilder(1 << 16);

  public SqlScriptWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void open(int sessions) {
    pending = new StringBuilder[sessions];
    for (int i = 0; i < sessions; i++) {
      pending[i] = new StringBuilder(4096);
    }
  }

  @Override
  public void begin(int session) {
    pending[session].setLength(0);
    pending[session].append("BEGIN;\n");
  }

  @Override
  public void statement(int session, Call call) {
    StringBuilder sb = pending[session];
    call.template().appendInlined(sb, call.params());
    sb.append(";\n");
  }

  @Override
  public void end(int session, boolean rollback) throws IOException {
    StringBuilder sb = pending[session];
    sb.append(rollback ? "ROLLBACK;\n" : "COMMIT;\n");
    buffer.append(sb);
    sb.setLength(0);
    if (buffer.length() > (1 << 15)) {
      out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
      buffer.setLength(0);
    }
  }

  @Override
  public void close() throws IOException {
    out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
    buffer.setLength(0);
    out.flush();
  }
}
