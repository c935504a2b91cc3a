package shardplan.partitioner.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.WeightedPseudograph;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Schema;

/**
 * The table-level graph of the workload's equi-joins: a vertex per table, an edge per joined
 * column pair with the number of statements that joined them. Kept in JGraphT; its types do not
 * leave this class.
 */
final class JoinGraph {
  /** An edge's columns; the edge weight is its statement count. */
  static final class Link extends DefaultEdge {
    private static final long serialVersionUID = 1L;
    final String leftTable;
    final String leftColumn;
    final String rightTable;
    final String rightColumn;
    final long weight;

    Link(JoinEdge e) {
      this.leftTable = e.left().table();
      this.leftColumn = e.left().column();
      this.rightTable = e.right().table();
      this.rightColumn = e.right().column();
      this.weight = e.weight();
    }

    /** The column on {@code table}'s side, or null if the link does not touch it. */
    String columnOf(String table) {
      return leftTable.equals(table) ? leftColumn : rightTable.equals(table) ? rightColumn : null;
    }

    String other(String table) {
      return leftTable.equals(table) ? rightTable : leftTable;
    }

    String otherColumn(String table) {
      return leftTable.equals(table) ? rightColumn : leftColumn;
    }
  }

  private final Graph<String, Link> graph = new WeightedPseudograph<>(Link.class);

  JoinGraph(Schema schema, List<JoinEdge> joins, Set<String> tables) {
    Objects.requireNonNull(schema, "schema");
    for (String t : tables) {
      graph.addVertex(t);
    }
    for (JoinEdge e : joins) {
      String a = e.left().table();
      String b = e.right().table();
      if (a.equals(b) || !tables.contains(a) || !tables.contains(b)) {
        continue;
      }
      Link l = new Link(e);
      graph.addEdge(a, b, l);
      graph.setEdgeWeight(l, e.weight());
    }
  }

  /** Joins of {@code table} with other tables of the set. */
  List<Link> links(String table) {
    return graph.containsVertex(table) ? new ArrayList<>(graph.edgesOf(table)) : List.of();
  }

  /** Statements joining {@code a.ca} with {@code b.cb}. */
  long weight(String a, String ca, String b, String cb) {
    long w = 0;
    if (!graph.containsVertex(a) || !graph.containsVertex(b)) {
      return 0;
    }
    for (Link l : graph.getAllEdges(a, b)) {
      if (ca.equals(l.columnOf(a)) && cb.equals(l.otherColumn(a)) && l.other(a).equals(b)) {
        w += l.weight;
      }
    }
    return w;
  }

  /** All join weight of {@code a.ca} with the other tables. */
  long weightOn(String a, String ca) {
    long w = 0;
    for (Link l : links(a)) {
      if (ca.equals(l.columnOf(a))) {
        w += l.weight;
      }
    }
    return w;
  }
}
