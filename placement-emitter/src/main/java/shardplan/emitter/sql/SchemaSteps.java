package shardplan.emitter.sql;

import java.util.List;
import java.util.stream.Collectors;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Node;

/** Steps that carry the user's script over as written, shared by the targets. */
public final class SchemaSteps {
  private SchemaSteps() {
  }

  /**
   * The statements as written, run as one transaction (so that a failure leaves nothing half
   * made, and a re-run after the fix starts clean); skipped when every placed table exists.
   *
   * @param tail what the comment says after the count, e.g. where held-back statements went
   */
  public static DdlStep asWritten(Node node, String section, ParsedScript script, List<ScriptStatement> statements,
                                  List<String> tables, String tail) {
    String body = statements.stream().map(ScriptStatement::sql).collect(Collectors.joining("\n\n"));
    String probe = "SELECT " + tables.stream().map(t -> "to_regclass(" + Sql.regclass(t) + ") IS NOT NULL")
        .collect(Collectors.joining(" AND "));
    String reset = "\n\n-- the script's session settings (search_path and others) end here\nRESET ALL;";
    return new DdlStep(node, section, "BEGIN;\n" + body + "\nCOMMIT;" + reset, body + reset, probe,
        "the schema as given (" + script.source() + "): " + statements.size() + " statements, unchanged, run as one"
            + " transaction" + tail);
  }

  /**
   * A statement of the script that is not run, shown commented out with the reason; the step
   * itself runs nothing (its probe says it is in place).
   */
  public static DdlStep leftOut(Node node, String section, ScriptStatement st, String why) {
    String shown = st.sql().lines().map(l -> "-- " + l).collect(Collectors.joining("\n"));
    return new DdlStep(node, section, "SELECT 1;", shown, "SELECT true",
        "left out (line " + st.line() + "): " + why);
  }
}
