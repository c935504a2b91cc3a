package shardplan.emitter.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Quoting of names and values for the statements the emitter writes. */
public final class Sql {
  /** Words PostgreSQL reserves; a column or table so named must be quoted. */
  private static final Set<String> RESERVED = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
      "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
      "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
      "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike",
      "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left",
      "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only",
      "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
      "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
      "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
      "with");

  private Sql() {
  }

  /** A name as it must be written: bare when PostgreSQL would fold it to itself, else double-quoted. */
  public static String ident(String name) {
    if (name.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(name)) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Names joined by {@code ", "}. */
  public static String idents(List<String> names) {
    return names.stream().map(Sql::ident).collect(Collectors.joining(", "));
  }

  /** A string literal. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A table's name as it must be written: shardplan names tables of other schemas than
   * {@code public} {@code schema.table}, so the part before the first dot is the schema
   * ({@code inventory.stock}, {@code "Audit Log"}, {@code "Sales"."Order"}).
   */
  public static String table(String name) {
    int dot = name.indexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return ident(name);
    }
    return ident(name.substring(0, dot)) + "." + ident(name.substring(dot + 1));
  }

  /** The schema of a table named as {@link #table} reads it; {@code public} when unqualified. */
  public static String schemaOf(String name) {
    int dot = name.indexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? "public" : name.substring(0, dot);
  }

  /** The table's own name without its schema. */
  public static String unqualified(String name) {
    int dot = name.indexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? name : name.substring(dot + 1);
  }

  /** The literal of a relation name for {@code regclass} arguments: {@code 'orders'} or {@code '"Order"'}. */
  public static String regclass(String table) {
    return literal(table(table));
  }

  /** A name PostgreSQL accepts as an identifier of at most 63 bytes. */
  public static String shortName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.length() <= 63 ? n : n.substring(0, 63);
  }
}
