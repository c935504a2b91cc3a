package shardplan.emitter.model;

/**
 * Where a statement runs: the coordinator ({@code worker == 0}) or worker {@code 1..n}.
 *
 * @param worker 0 for the coordinator, else the worker's number in the order the workers were given
 */
public record Node(int worker) implements Comparable<Node> {
  public static final Node COORDINATOR = new Node(0);

  public Node {
    if (worker < 0) {
      throw new IllegalArgumentException("worker number must be >= 0, was " + worker);
    }
  }

  public static Node worker(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("workers are numbered from 1, was " + n);
    }
    return new Node(n);
  }

  public boolean isCoordinator() {
    return worker == 0;
  }

  @Override
  public int compareTo(Node o) {
    return Integer.compare(worker, o.worker);
  }

  @Override
  public String toString() {
    return isCoordinator() ? "coordinator" : "worker " + worker;
  }
}
