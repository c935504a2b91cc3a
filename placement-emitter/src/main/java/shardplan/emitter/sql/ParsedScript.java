package shardplan.emitter.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shardplan.analyzer.catalog.SqlStatementSplitter;
import shardplan.emitter.model.SchemaScript;

/**
 * The user's schema script cut into statements ({@link SqlStatementSplitter}, as psql cuts it),
 * each classified ({@link ScriptStatement}), with what could not be carried over as it is.
 *
 * <p>Nothing is dropped silently: a statement the emitter does not recognise is kept verbatim
 * with a warning; pg_dump's {@code &#92;restrict}/{@code &#92;unrestrict} lines (psql guards, no object)
 * are left out with a note; any other psql meta-command, and rows ({@code COPY ... FROM stdin}),
 * are refused with a message naming their line.
 *
 * @param source where the script came from
 * @param statements in script order
 * @param warnings one line per statement kept verbatim without being understood
 * @param notes one line per thing left out that creates no object
 */
public record ParsedScript(String source, List<ScriptStatement> statements, List<String> warnings,
                           List<String> notes) {
  public ParsedScript {
    Objects.requireNonNull(source, "source");
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /**
   * Reads the script.
   *
   * @throws IllegalArgumentException naming the line of a psql meta-command other than
   *                                  {@code &#92;restrict}, or of rows
   */
  public static ParsedScript of(SchemaScript script) {
    String text = script.text().startsWith("\uFEFF") ? script.text().substring(1) : script.text();
    List<ScriptStatement> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (SqlStatementSplitter.SqlStatement s : SqlStatementSplitter.split(text)) {
      ScriptStatement st = ScriptStatement.classify(s.text(), s.line());
      spans.add(new int[] {s.line(), s.line() + (int) s.text().lines().count() - 1});
      if (st.kind() == ScriptStatement.Kind.COPY_DATA) {
        throw new IllegalArgumentException(script.source() + " " + st.describe() + ": COPY ... FROM stdin holds rows,"
            + " not schema (give the schema only: pg_dump --schema-only)");
      }
      if (st.kind() == ScriptStatement.Kind.UNKNOWN) {
        warnings.add(script.source() + " " + st.describe() + ": not a statement shardplan knows; kept verbatim"
            + " for the target to run as written");
      }
      out.add(st);
    }
    String[] lines = text.split("\n", -1);
    boolean restrict = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      int lineNo = i + 1;
      if (!l.startsWith("\\") || spans.stream().anyMatch(sp -> lineNo >= sp[0] && lineNo <= sp[1])) {
        continue;
      }
      if (l.startsWith("\\restrict") || l.startsWith("\\unrestrict")) {
        restrict = true;
        continue;
      }
      String command = l.split("\\s+")[0];
      throw new IllegalArgumentException(script.source() + " line " + lineNo + ": psql meta-command " + command
          + " cannot be carried over (it is not SQL; run the script's other parts, or remove it)");
    }
    if (restrict) {
      notes.add(script.source() + ": pg_dump's \\restrict and \\unrestrict lines are left out (they guard a psql"
          + " session and create no object)");
    }
    return new ParsedScript(script.source(), out, warnings, notes);
  }
}
