package shardplan.analyzer.model;

import java.util.Objects;

/**
 * A column of a table.
 *
 * @param name lower-case name as PostgreSQL folds it (quoted names keep their case)
 * @param type the type as PostgreSQL names it, lower case, without length or precision
 *             ({@code integer}, {@code bigint}, {@code numeric}, {@code character varying},
 *             {@code text}, {@code timestamp without time zone}, ...)
 * @param typeModifier the part in parentheses, e.g. {@code "16"} or {@code "12,2"}; empty if none
 * @param notNull whether the column is declared NOT NULL (primary-key columns are)
 */
public record Column(String name, String type, String typeModifier, boolean notNull) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(typeModifier, "typeModifier");
  }

  /**
   * The type as it is written in DDL, as PostgreSQL's {@code format_type} writes it:
   * {@code numeric(12,2)}, {@code timestamp(6) without time zone}, {@code time(3) with time zone},
   * {@code character varying(40)[]}, {@code interval day to second(0)}.
   */
  public String sqlType() {
    if (typeModifier.isEmpty()) {
      return type;
    }
    String base = type;
    String array = "";
    while (base.endsWith("[]")) {
      array += "[]";
      base = base.substring(0, base.length() - 2);
    }
    String mod = "(" + typeModifier + ")";
    for (String zoned : new String[] {"timestamp", "time"}) {
      if (base.equals(zoned + " without time zone") || base.equals(zoned + " with time zone")) {
        return zoned + mod + base.substring(zoned.length()) + array;
      }
    }
    return base + mod + array;
  }
}
