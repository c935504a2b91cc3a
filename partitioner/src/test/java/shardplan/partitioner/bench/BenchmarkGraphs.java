package shardplan.partitioner.bench;

import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Seeded generators of the graphs the METIS comparison partitions: a TPC-C-like row co-access
 * graph, a Chung–Lu power-law graph, grids and a random geometric graph. Synthesised here so the
 * benchmark depends on nothing but this package.
 */
public final class BenchmarkGraphs {

  private BenchmarkGraphs() {}

  /**
   * A TPC-C-like co-access graph of rows. Rows per warehouse: the warehouse, 10 districts, {@code
   * customersPerDistrict} customers per district and {@code stockPerWarehouse} stock rows; every
   * NewOrder adds an order row. NewOrder (45 % of transactions) touches warehouse, district,
   * customer, its new order row and 5–15 stock rows, each stock row from a random other warehouse
   * with probability 1 %; Payment (43 %) touches warehouse, district and a customer that belongs to
   * another warehouse with probability 15 %; the rest (order status, stock level) read a customer
   * and its district, or a district and ten stock rows. A transaction contributes a star around its
   * order row (NewOrder) or its district row, not a clique, and every row weighs the number of
   * transactions that touched it.
   */
  public static WeightedGraph tpcc(int warehouses, int customersPerDistrict, int stockPerWarehouse,
      int transactions, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int perWarehouse = 1 + 10 + 10 * customersPerDistrict + stockPerWarehouse;
    int fixed = warehouses * perWarehouse;
    int newOrders = 0;
    // Decide the mix first so the vertex count (one per new order) is known.
    byte[] kind = new byte[transactions];
    for (int t = 0; t < transactions; t++) {
      double x = r.nextDouble();
      kind[t] = (byte) (x < 0.45 ? 0 : x < 0.88 ? 1 : x < 0.94 ? 2 : 3);
      if (kind[t] == 0) {
        newOrders++;
      }
    }
    int n = fixed + newOrders;
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    int[] weight = new int[n];
    int nextOrder = fixed;
    int[] rows = new int[20];
    for (int t = 0; t < transactions; t++) {
      int w = r.nextInt(warehouses);
      int d = r.nextInt(10);
      int wRow = w * perWarehouse;
      int dRow = wRow + 1 + d;
      int count = 0;
      int centre;
      switch (kind[t]) {
        case 0 -> {
          int c = customer(wRow, d, r.nextInt(customersPerDistrict), customersPerDistrict);
          int order = nextOrder++;
          centre = order;
          rows[count++] = wRow;
          rows[count++] = dRow;
          rows[count++] = c;
          int lines = 5 + r.nextInt(11);
          for (int l = 0; l < lines; l++) {
            int sw = w;
            if (warehouses > 1 && r.nextDouble() < 0.01) {
              sw = (w + 1 + r.nextInt(warehouses - 1)) % warehouses;
            }
            rows[count++] = stock(sw * perWarehouse, r.nextInt(stockPerWarehouse),
                customersPerDistrict);
          }
        }
        case 1 -> {
          int cw = w;
          int cd = d;
          if (warehouses > 1 && r.nextDouble() < 0.15) {
            cw = (w + 1 + r.nextInt(warehouses - 1)) % warehouses;
            cd = r.nextInt(10);
          }
          centre = dRow;
          rows[count++] = wRow;
          rows[count++] = customer(cw * perWarehouse, cd, r.nextInt(customersPerDistrict),
              customersPerDistrict);
        }
        case 2 -> {
          centre = dRow;
          rows[count++] = customer(wRow, d, r.nextInt(customersPerDistrict),
              customersPerDistrict);
        }
        default -> {
          centre = dRow;
          for (int l = 0; l < 10; l++) {
            rows[count++] = stock(wRow, r.nextInt(stockPerWarehouse), customersPerDistrict);
          }
        }
      }
      weight[centre]++;
      for (int i = 0; i < count; i++) {
        weight[rows[i]]++;
        b.addEdge(centre, rows[i], 1);
      }
    }
    for (int v = 0; v < n; v++) {
      b.setVertexWeight(v, Math.max(1, weight[v]));
    }
    return b.build();
  }

  private static int customer(int wRow, int d, int c, int customersPerDistrict) {
    return wRow + 11 + d * customersPerDistrict + c;
  }

  private static int stock(int wRow, int item, int customersPerDistrict) {
    return wRow + 11 + 10 * customersPerDistrict + item;
  }

  /**
   * A Chung–Lu random graph with a power-law expected degree sequence: vertex i has expected degree
   * proportional to (i + i0)^(−1/(β−1)), scaled to {@code averageDegree}; each of n · averageDegree
   * / 2 edges joins two endpoints drawn in proportion to those weights (self-loops dropped, repeats
   * merged into heavier edges). Unit vertex weights.
   */
  public static WeightedGraph chungLu(int n, double averageDegree, double beta, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double exponent = -1.0 / (beta - 1.0);
    double i0 = Math.max(1.0, n / 10000.0);
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(i + i0, exponent);
      cumulative[i] = sum;
    }
    // Random relabelling so vertex ids carry no locality.
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = label[i];
      label[i] = label[j];
      label[j] = t;
    }
    long m = (long) (n * averageDegree / 2);
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    for (long e = 0; e < m; e++) {
      int u = sample(cumulative, r.nextDouble() * sum);
      int v = sample(cumulative, r.nextDouble() * sum);
      if (u != v) {
        b.addEdge(label[u], label[v], 1);
      }
    }
    return b.build();
  }

  private static int sample(double[] cumulative, double x) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A rows × cols grid, unit weights. */
  public static WeightedGraph grid2d(int rows, int cols) {
    WeightedGraph.Builder b = new WeightedGraph.Builder(rows * cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int v = i * cols + j;
        if (j + 1 < cols) {
          b.addEdge(v, v + 1, 1);
        }
        if (i + 1 < rows) {
          b.addEdge(v, v + cols, 1);
        }
      }
    }
    return b.build();
  }

  /** An a × a × a grid, unit weights. */
  public static WeightedGraph grid3d(int a) {
    WeightedGraph.Builder b = new WeightedGraph.Builder(a * a * a);
    for (int x = 0; x < a; x++) {
      for (int y = 0; y < a; y++) {
        for (int z = 0; z < a; z++) {
          int v = (x * a + y) * a + z;
          if (z + 1 < a) {
            b.addEdge(v, v + 1, 1);
          }
          if (y + 1 < a) {
            b.addEdge(v, v + a, 1);
          }
          if (x + 1 < a) {
            b.addEdge(v, v + a * a, 1);
          }
        }
      }
    }
    return b.build();
  }

  /**
   * A random geometric graph: n points uniform in the unit square, joined when closer than the
   * radius giving about {@code averageDegree} neighbours; edge weight 1 or 2 at random.
   */
  public static WeightedGraph geometric(int n, double averageDegree, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double radius = Math.sqrt(averageDegree / (Math.PI * n));
    int cells = Math.max(1, (int) (1.0 / radius));
    double[] x = new double[n];
    double[] y = new double[n];
    int[] cellOf = new int[n];
    int[] count = new int[cells * cells + 1];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble();
      y[i] = r.nextDouble();
      int c = Math.min(cells - 1, (int) (x[i] * cells)) * cells
          + Math.min(cells - 1, (int) (y[i] * cells));
      cellOf[i] = c;
      count[c + 1]++;
    }
    for (int c = 0; c < cells * cells; c++) {
      count[c + 1] += count[c];
    }
    int[] pos = java.util.Arrays.copyOf(count, cells * cells);
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[pos[cellOf[i]]++] = i;
    }
    double r2 = radius * radius;
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    for (int i = 0; i < n; i++) {
      int cx = cellOf[i] / cells;
      int cy = cellOf[i] % cells;
      for (int dx = -1; dx <= 1; dx++) {
        for (int dy = -1; dy <= 1; dy++) {
          int nx = cx + dx;
          int ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= cells || ny >= cells) {
            continue;
          }
          int c = nx * cells + ny;
          for (int p = count[c]; p < count[c + 1]; p++) {
            int j = members[p];
            if (j > i) {
              double ddx = x[i] - x[j];
              double ddy = y[i] - y[j];
              if (ddx * ddx + ddy * ddy < r2) {
                b.addEdge(i, j, 1 + ((i ^ j) & 1));
              }
            }
          }
        }
      }
    }
    return b.build();
  }

  /**
   * {@code clusters} dense random clusters of {@code size} vertices each (average degree {@code
   * degree} inside a cluster, edge weights 1–3), plus sparse random edges between clusters, about
   * {@code crossFraction} of all edges, weight 1; vertex weights 1–4. Vertex ids are shuffled so
   * that they carry no locality. Partitioned into fewer parts than clusters, a good cut keeps whole
   * clusters together; into more, it splits every cluster along its own sparsest cut.
   */
  public static WeightedGraph clustered(int clusters, int size, double degree, double crossFraction,
      long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = clusters * size;
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = label[i];
      label[i] = label[j];
      label[j] = t;
    }
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    for (int v = 0; v < n; v++) {
      b.setVertexWeight(label[v], 1 + r.nextInt(4));
    }
    long inside = (long) (size * degree / 2);
    for (int c = 0; c < clusters; c++) {
      int base = c * size;
      for (long e = 0; e < inside; e++) {
        int u = base + r.nextInt(size);
        int v = base + r.nextInt(size);
        if (u != v) {
          b.addEdge(label[u], label[v], 1 + r.nextInt(3));
        }
      }
    }
    long cross = (long) (clusters * inside * crossFraction / (1 - crossFraction));
    for (long e = 0; e < cross; e++) {
      int u = r.nextInt(n);
      int v = r.nextInt(n);
      if (u / size != v / size) {
        b.addEdge(label[u], label[v], 1);
      }
    }
    return b.build();
  }
}
