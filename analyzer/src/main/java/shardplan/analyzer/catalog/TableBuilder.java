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
    String type;
    String modifier;
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

  /** {@code ALTER COLUMN c TYPE t}; false if there is no such column. */
  boolean setType(String column, String type, String modifier) {
    MutableColumn c = columns.get(column);
    if (c == null) {
      return false;
    }
    c.type = type;
    c.modifier = modifier;
    return true;
  }

  /**
   * {@code DROP COLUMN c}: the column goes, and with it, as on the server, every key and foreign
   * key of this table that includes it; false if there is no such column.
   */
  boolean dropColumn(String column) {
    if (columns.remove(column) == null) {
      return false;
    }
    if (primaryKey.contains(column)) {
      primaryKey = List.of();
    }
    uniqueKeys.removeIf(k -> k.contains(column));
    foreignKeys.removeIf(fk -> fk.columns().contains(column));
    distinctValues.remove(column);
    return true;
  }

  void dropPrimaryKey() {
    primaryKey = List.of();
  }

  /** Drops the foreign key named {@code name}; false if there is none. */
  boolean dropForeignKey(String name) {
    return foreignKeys.removeIf(fk -> fk.name().equals(name));
  }

  /** Leaves out this table's foreign keys to {@code table} whose referenced columns include {@code column}. */
  void dropForeignKeysTo(String table, String column) {
    foreignKeys.removeIf(fk -> fk.referencedTable().equals(table) && fk.referencedColumns().contains(column));
  }

  /** {@code RENAME COLUMN a TO b}: keys follow; false if there is no column {@code a} or there is a {@code b}. */
  boolean renameColumn(String from, String to) {
    if (!columns.containsKey(from) || columns.containsKey(to)) {
      return false;
    }
    Map<String, MutableColumn> renamed = new LinkedHashMap<>();
    for (MutableColumn c : columns.values()) {
      MutableColumn n = c.name.equals(from) ? new MutableColumn(to, c.type, c.modifier, c.notNull) : c;
      renamed.put(n.name, n);
    }
    columns.clear();
    columns.putAll(renamed);
    primaryKey = rename(primaryKey, from, to);
    uniqueKeys.replaceAll(k -> rename(k, from, to));
    foreignKeys.replaceAll(fk -> new ForeignKey(fk.name(), rename(fk.columns(), from, to), fk.referencedTable(),
        fk.referencedColumns()));
    Double d = distinctValues.remove(from);
    if (d != null) {
      distinctValues.put(to, d);
    }
    return true;
  }

  /** Foreign keys of this table that reference {@code table}'s column {@code from} now reference {@code to}. */
  void referencedColumnRenamed(String table, String from, String to) {
    foreignKeys.replaceAll(fk -> fk.referencedTable().equals(table)
        ? new ForeignKey(fk.name(), fk.columns(), table, rename(fk.referencedColumns(), from, to)) : fk);
  }

  /** Foreign keys of this table that reference {@code from} now reference {@code to}. */
  void referencedTableRenamed(String from, String to) {
    foreignKeys.replaceAll(fk -> fk.referencedTable().equals(from)
        ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns()) : fk);
  }

  /** A copy of this table under another name (its columns, keys, foreign keys and statistics). */
  TableBuilder renamedTo(String newName, String newLocalName) {
    TableBuilder t = new TableBuilder(newName, newLocalName);
    columns.values().forEach(c -> t.addColumn(c.name, c.type, c.modifier, c.notNull));
    t.inherited.addAll(inherited);
    t.primaryKey = primaryKey;
    t.uniqueKeys.addAll(uniqueKeys);
    foreignKeys.forEach(fk -> t.foreignKeys.add(fk.referencedTable().equals(name)
        ? new ForeignKey(fk.name(), fk.columns(), newName, fk.referencedColumns()) : fk));
    t.statistics = statistics;
    t.distinctValues.putAll(distinctValues);
    return t;
  }

  private static List<String> rename(List<String> cols, String from, String to) {
    return cols.stream().map(c -> c.equals(from) ? to : c).toList();
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
