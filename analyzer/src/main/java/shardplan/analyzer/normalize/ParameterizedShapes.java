package shardplan.analyzer.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers how an extended-protocol statement text normalises, so that its later executions are
 * not lexed again. The text of a prepared statement is the same at every execution (only the
 * parameters change), so its template and the place each parameter lands in are a function of the
 * text: each slot value is either "parameter {@code $p}" or a literal written in the text.
 *
 * <p>The sources are found by normalising once with marker objects as parameter values and
 * recognising the markers by identity. Holds at most {@code capacity} texts; beyond that texts
 * are normalised every time. Not thread-safe.
 */
public final class ParameterizedShapes {
  /** How one statement text normalises. */
  public static final class Shape {
    private final String text;
    private final int paramCount;
    private final int[][] sources;
    private final String[][] constants;

    Shape(String text, int paramCount, int[][] sources, String[][] constants) {
      this.text = text;
      this.paramCount = paramCount;
      this.sources = sources;
      this.constants = constants;
    }

    /** The template. */
    public String text() {
      return text;
    }

    /** The slot values of one execution with {@code params}. */
    public SlotValues bind(List<String> params) {
      return new Bound(this, params);
    }
  }

  private record Bound(Shape shape, List<String> params) implements SlotValues {
    @Override
    public int slotCount() {
      return shape.sources.length;
    }

    @Override
    public int count(int k) {
      return shape.sources[k - 1].length;
    }

    @Override
    public String value(int k, int i) {
      int src = shape.sources[k - 1][i];
      return src > 0 ? params.get(src - 1) : shape.constants[k - 1][i];
    }
  }

  private final Normalizer normalizer;
  private final int capacity;
  private final Map<Key, Shape> shapes = new HashMap<>();
  private final List<String> markers = new ArrayList<>();

  public ParameterizedShapes(Normalizer normalizer, int capacity) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.capacity = capacity;
  }

  /** The shape of {@code sql} executed with {@code paramCount} parameters. */
  public Shape shape(String sql, int paramCount) {
    Key key = new Key(sql);
    Shape s = shapes.get(key);
    if (s != null && s.paramCount == paramCount) {
      return s;
    }
    s = compute(sql, paramCount);
    if (shapes.size() < capacity) {
      shapes.put(key, s);
    }
    return s;
  }

  /**
   * A statement text as a map key, hashed from its length and 16 sampled characters:
   * {@code String.hashCode} reads every character of every logged statement, while the equality
   * check that confirms a hit is vectorised.
   */
  private static final class Key {
    private final String sql;
    private final int hash;

    Key(String sql) {
      this.sql = sql;
      int n = sql.length();
      int h = n;
      int step = Math.max(1, n / 16);
      for (int i = 0; i < n; i += step) {
        h = 31 * h + sql.charAt(i);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && k.sql.equals(sql);
    }
  }

  private Shape compute(String sql, int paramCount) {
    while (markers.size() < paramCount) {
      markers.add(new String("$param" + (markers.size() + 1)));
    }
    NormalizedStatement ns = normalizer.normalize(sql, markers.subList(0, paramCount));
    int slots = ns.slots().size();
    int[][] sources = new int[slots][];
    String[][] constants = new String[slots][];
    for (int k = 0; k < slots; k++) {
      List<String> values = ns.slots().get(k);
      sources[k] = new int[values.size()];
      constants[k] = new String[values.size()];
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        int p = markerIndex(v, paramCount);
        if (p > 0) {
          sources[k][i] = p;
        } else {
          constants[k][i] = v;
        }
      }
    }
    return new Shape(ns.text(), paramCount, sources, constants);
  }

  private int markerIndex(String v, int paramCount) {
    for (int p = 0; p < paramCount; p++) {
      if (markers.get(p) == v) {
        return p + 1;
      }
    }
    return 0;
  }
}
