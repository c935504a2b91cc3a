package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import shardplan.analyzer.catalog.TableElements.Additions;
import shardplan.analyzer.catalog.TableElements.ColumnDef;
import shardplan.analyzer.catalog.TableElements.KeyConstraint;
import shardplan.analyzer.catalog.TableElements.KeyKind;
import shardplan.analyzer.catalog.TableElements.TableDef;

/**
 * Reads table statements with JSqlParser and turns its tree into {@link TableElements}. Each
 * statement gets a fresh parser on the calling thread ({@code newParser(sql).Statement()}):
 * {@code CCJSqlParserUtil.parse} would start a thread pool per call. JSqlParser keeps types and
 * constraint specs as text; {@link TypeNames} and {@link ColumnSpec} read those.
 */
final class JSqlDdlReader {
  private JSqlDdlReader() {
  }

  /** The parsed statement; the exception's message says where parsing stopped, never what was there. */
  static Statement parse(String sql) throws DdlSyntaxException {
    try {
      return CCJSqlParserUtil.newParser(sql).Statement();
    } catch (ParseException e) {
      if (e.currentToken != null && e.currentToken.next != null) {
        throw new DdlSyntaxException("cannot parse it (statement line " + e.currentToken.next.beginLine
            + ", column " + e.currentToken.next.beginColumn + ")");
      }
      throw new DdlSyntaxException("cannot parse it");
    } catch (RuntimeException | StackOverflowError e) {
      throw new DdlSyntaxException("cannot parse it (" + e.getClass().getSimpleName() + ")");
    }
  }

  static TableDef createTable(CreateTable ct) throws DdlSyntaxException {
    Table table = ct.getTable();
    String name = tableName(table);
    String local = Identifiers.normalize(table.getName());
    if (ct.getPartitionOf() != null) {
      return new TableDef(name, local, List.of(), List.of(), null, tableName(ct.getPartitionOf()), false, false);
    }
    if (ct.getSelect() != null) {
      return new TableDef(name, local, List.of(), List.of(), null, null, true, false);
    }
    List<ColumnDef> columns = new ArrayList<>();
    if (ct.getColumnDefinitions() != null) {
      for (ColumnDefinition cd : ct.getColumnDefinitions()) {
        columns.add(column(cd));
      }
    }
    List<KeyConstraint> constraints = new ArrayList<>();
    if (ct.getIndexes() != null) {
      for (Index index : ct.getIndexes()) {
        KeyConstraint k = constraint(index);
        if (k != null) {
          constraints.add(k);
        }
      }
    }
    String like = ct.getLikeTable() == null ? null : tableName(ct.getLikeTable());
    return new TableDef(name, local, columns, constraints, like, null, false, ct.getColumnDefinitions() != null);
  }

  static Additions additions(Alter alter) throws DdlSyntaxException {
    List<ColumnDef> columns = new ArrayList<>();
    List<KeyConstraint> constraints = new ArrayList<>();
    for (AlterExpression e : alter.getAlterExpressions()) {
      if (!"ADD".equals(String.valueOf(e.getOperation()))) {
        continue;
      }
      if (e.getIndex() != null) {
        KeyConstraint k = constraint(e.getIndex());
        if (k != null) {
          constraints.add(k);
        }
      } else if (e.getFkColumns() != null && e.getFkSourceTable() != null) {
        List<String> ref = Identifiers.parts(e.getFkSourceSchema() == null ? e.getFkSourceTable()
            : e.getFkSourceSchema() + "." + e.getFkSourceTable());
        if (!ref.isEmpty()) {
          constraints.add(new KeyConstraint(KeyKind.FOREIGN, null, names(e.getFkColumns()), Identifiers.scriptTableName(ref),
              e.getFkSourceColumns() == null ? List.of() : names(e.getFkSourceColumns())));
        }
      } else if (e.getPkColumns() != null) {
        constraints.add(KeyConstraint.primary(names(e.getPkColumns())));
      } else if (e.getUkColumns() != null) {
        constraints.add(KeyConstraint.unique(names(e.getUkColumns())));
      } else if (e.getColDataTypeList() != null) {
        for (ColumnDefinition cd : e.getColDataTypeList()) {
          columns.add(column(cd));
        }
      }
    }
    return new Additions(columns, constraints);
  }

  /** A column; JSqlParser leaves the type null for a column list cut short, which the token reader reports. */
  private static ColumnDef column(ColumnDefinition cd) throws DdlSyntaxException {
    if (cd.getColumnName() == null || cd.getColDataType() == null) {
      throw new DdlSyntaxException("a column without a type");
    }
    return new ColumnDef(Identifiers.normalize(cd.getColumnName()),
        TypeNames.normalize(cd.getColDataType().toString()), ColumnSpec.of(cd.getColumnSpecs()));
  }

  private static KeyConstraint constraint(Index index) {
    String name = index.getName() == null ? null : Identifiers.normalize(index.getName());
    List<String> cols = index.getColumnsNames() == null ? List.of() : names(index.getColumnsNames());
    if (index instanceof ForeignKeyIndex fk) {
      List<String> refCols = fk.getReferencedColumnNames() == null ? List.of() : names(fk.getReferencedColumnNames());
      return new KeyConstraint(KeyKind.FOREIGN, name, cols, tableName(fk.getTable()), refCols);
    }
    String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
    if (type.startsWith("PRIMARY")) {
      return new KeyConstraint(KeyKind.PRIMARY, name, cols, null, List.of());
    }
    if (type.startsWith("UNIQUE")) {
      return new KeyConstraint(KeyKind.UNIQUE, name, cols, null, List.of());
    }
    return null;
  }

  private static List<String> names(List<String> raw) {
    return raw.stream().map(Identifiers::normalize).toList();
  }

  static String tableName(Table t) {
    List<String> parts = new ArrayList<>();
    if (t.getSchemaName() != null) {
      parts.add(Identifiers.normalize(t.getSchemaName()));
    }
    parts.add(Identifiers.normalize(t.getName()));
    return Identifiers.scriptTableName(parts);
  }
}
