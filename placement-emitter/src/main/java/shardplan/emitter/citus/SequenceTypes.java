package shardplan.emitter.citus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shardplan.analyzer.catalog.Identifiers;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Table;
import shardplan.emitter.check.CheckedPlacement;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Node;
import shardplan.emitter.sql.ScriptStatement;
import shardplan.emitter.sql.Sql;

/**
 * Sequences whose type Citus changes: when a table is distributed, Citus makes each sequence a
 * column default draws from as wide as that column ({@code bigint} sequence behind an
 * {@code integer} column becomes {@code AS integer}). shardplan writes that change as its own
 * statement before the distribution calls, so that it is seen, not found later.
 *
 * <p>Read from pg_dump's shape: {@code CREATE SEQUENCE name [AS type]} (bigint when no type is
 * given) and {@code ALTER TABLE ... ALTER COLUMN c SET DEFAULT nextval('name'::regclass)}.
 */
final class SequenceTypes {
  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
  private static final Pattern AS_TYPE = Pattern.compile("(?is)\\bAS\\s+(smallint|integer|bigint|int2|int4|int8)\\b");
  private static final Pattern SET_DEFAULT = Pattern.compile(
      "(?is)\\bALTER\\s+COLUMN\\s+(\"(?:[^\"]|\"\")+\"|[\\w$]+)\\s+SET\\s+DEFAULT\\s+nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)");

  private SequenceTypes() {
  }

  static List<DdlStep> steps(CheckedPlacement cp, List<ScriptStatement> statements, String section) {
    Map<String, String> sequenceType = new LinkedHashMap<>();
    for (ScriptStatement st : statements) {
      String head = st.text().stripLeading().toLowerCase(Locale.ROOT);
      if (head.startsWith("create sequence")) {
        String rest = st.text().stripLeading().substring("create sequence".length()).strip();
        rest = rest.replaceFirst("(?i)^if\\s+not\\s+exists\\s+", "");
        String name = rest.split("\\s+")[0];
        Matcher m = AS_TYPE.matcher(rest);
        String type = m.find() ? canonical(m.group(1)) : "bigint";
        sequenceType.put(normalise(name), type);
      }
    }
    List<DdlStep> out = new ArrayList<>();
    for (ScriptStatement st : statements) {
      if (st.table().isEmpty() || cp.schema().table(st.table()).isEmpty()) {
        continue;
      }
      Matcher m = SET_DEFAULT.matcher(st.text());
      if (!m.find()) {
        continue;
      }
      String columnName = m.group(1).startsWith("\"") ? m.group(1).substring(1, m.group(1).length() - 1)
          .replace("\"\"", "\"") : m.group(1).toLowerCase(Locale.ROOT);
      String sequence = normalise(m.group(2).replace("''", "'"));
      Table t = cp.schema().table(st.table()).get();
      String columnType = t.column(columnName).map(Column::type).orElse("");
      String seqType = sequenceType.get(sequence);
      if (seqType != null && INTEGERS.contains(columnType) && !seqType.equals(columnType)) {
        out.add(DdlStep.of(Node.COORDINATOR, section, "ALTER SEQUENCE " + Sql.table(sequence) + " AS " + columnType + ";",
                "SELECT EXISTS (SELECT 1 FROM pg_sequence WHERE seqrelid = to_regclass(" + Sql.regclass(sequence)
                    + ") AND seqtypid = " + Sql.literal(columnType) + "::regtype)")
            .withComment("sequence " + sequence + " (" + seqType + ") feeds " + t.name() + "." + columnName + " ("
                + columnType + "): Citus makes it as wide as the column when the table is placed; done here so the"
                + " change is seen"));
      }
    }
    return out;
  }

  private static String canonical(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "int2" -> "smallint";
      case "int4" -> "integer";
      case "int8" -> "bigint";
      default -> type.toLowerCase(Locale.ROOT);
    };
  }

  private static String normalise(String name) {
    List<String> parts = Identifiers.parts(name);
    return parts.isEmpty() ? name : Identifiers.tableName(parts);
  }
}
