package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;

/**
 * A table while its statements are being read: columns first, then keys that later statements
 * add. Foreign keys without referenced columns point at the referenced table's primary key,
 * resolved in {@link #build} once every table is known.
 */
final class TableBuilder {
  private final String name;
  private final String localName;
  private final Map<String, MutableColumn> columns = new LinkedHashMap<>();
  private final Set<String> inherited = new HashSet<>();
  private List<String> primaryKey = List.of();
  private final List<List<String>> uniqueKeys = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private TableStatistics statistics = TableStatistics.UNKNOWN;
  private final Map<String, Double> distinctValues = new LinkedHashMap<>();

  private static final class MutableColumn {
    final String name;
    final String type;
    final String modifier;
    boolean notNull;

    MutableColumn(String name, String type, String modifier, boolean notNull) {
      this.name = name;
      this.type = type;
      this.modifier = modifier;
      this.notNull = notNull;
    }
  }

  /** {@code name} as shardplan names the table, {@code localName} without its schema. */
  TableBuilder(String name, String localName) {
    this.name = Objects.requireNonNull(name, "name");
    this.localName = Objects.requireNonNull(localName, "localName");
  }

  String localName() {
    return localName;
  }

  String name() {
    return name;
  }

  boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  List<String> primaryKey() {
    return primaryKey;
  }

  /** Adds a column; false if one of that name exists already. */
  boolean addColumn(String column, String type, String modifier, boolean notNull) {
    if (columns.containsKey(column)) {
      return false;
    }
    columns.put(column, new MutableColumn(column, type, modifier, notNull));
    return true;
  }

  void copyColumnsFrom(TableBuilder other) {
    other.columns.values().forEach(c -> addColumn(c.name, c.type, c.modifier, c.notNull));
  }

  /** Takes the parent's columns ({@code INHERITS}): a column both parents have is merged, NOT NULL if either says so. */
  void inheritColumnsFrom(TableBuilder parent) {
    for (MutableColumn c : parent.columns.values()) {
      MutableColumn mine = columns.get(c.name);
      if (mine == null) {
        addColumn(c.name, c.type, c.modifier, c.notNull);
      } else if (c.notNull) {
        mine.notNull = true;
      }
      inherited.add(c.name);
    }
  }

  boolean isInherited(String column) {
    return inherited.contains(column);
  }

  void setNotNull(String column, boolean notNull) {
    MutableColumn c = columns.get(column);
    if (c != null) {
      c.notNull = notNull;
    }
  }

  /** The first column of {@code cols} this table does not have, or null if it has them all. */
  String missingColumn(List<String> cols) {
    for (String c : cols) {
      if (!columns.containsKey(c)) {
        return c;
      }
    }
    return null;
  }

  /** Sets the primary key (its columns become NOT NULL); false if a different one exists. */
  boolean setPrimaryKey(List<String> cols) {
    if (!primaryKey.isEmpty() && !primaryKey.equals(cols)) {
      return false;
    }
    primaryKey = List.copyOf(cols);
    cols.forEach(c -> setNotNull(c, true));
    return true;
  }

  void addUniqueKey(List<String> cols) {
    if (!uniqueKeys.contains(cols)) {
      uniqueKeys.add(List.copyOf(cols));
    }
  }

  void addForeignKey(ForeignKey fk) {
    foreignKeys.add(fk);
  }

  void statistics(TableStatistics s) {
    this.statistics = Objects.requireNonNull(s, "statistics");
  }

  void distinctValues(String column, double nDistinct) {
    distinctValues.put(column, nDistinct);
  }

  /**
   * The finished table. A foreign key that names no referenced columns takes the referenced
   * table's primary key; if that table is unknown or has none, the key is dropped with a warning.
   */
  Table build(Map<String, TableBuilder> all, Consumer<String> warn) {
    List<ForeignKey> fks = new ArrayList<>();
    for (ForeignKey fk : foreignKeys) {
      if (!fk.referencedColumns().isEmpty()) {
        fks.add(fk);
        continue;
      }
      TableBuilder target = all.get(fk.referencedTable());
      if (target == null || target.primaryKey.size() != fk.columns().size()) {
        warn.accept("foreign key " + fk.name() + " of " + name + " ignored: it names no referenced columns and "
            + fk.referencedTable() + (target == null ? " is not a table of the schema" : " has no matching primary key"));
        continue;
      }
      fks.add(new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), target.primaryKey));
    }
    List<Column> cols = columns.values().stream()
        .map(c -> new Column(c.name, c.type, c.modifier, c.notNull))
        .toList();
    return new Table(name, cols, primaryKey, uniqueKeys, fks, statistics, distinctValues);
  }
}
