package shardplan.partitioner.multilevel.refine;

/**
 * An indexed binary max-heap of vertices keyed by gain, with O(log n) insert, update and removal of
 * any vertex. Clearing costs the number of vertices held, not n, so one heap serves many passes.
 */
public final class GainHeap {
  private final int[] heap;
  private final long[] key;
  private final int[] index;
  private int size;

  /** A heap for vertices 0 .. n-1. */
  public GainHeap(int n) {
    heap = new int[n];
    key = new long[n];
    index = new int[n];
    java.util.Arrays.fill(index, -1);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  public boolean contains(int v) {
    return index[v] >= 0;
  }

  /** The vertex with the largest key; the heap must not be empty. */
  public int peek() {
    return heap[0];
  }

  /** The largest key; the heap must not be empty. */
  public long peekKey() {
    return key[heap[0]];
  }

  public long keyOf(int v) {
    return key[v];
  }

  /** Inserts {@code v}, or changes its key if present. */
  public void put(int v, long k) {
    int i = index[v];
    if (i < 0) {
      i = size++;
      heap[i] = v;
      index[v] = i;
      key[v] = k;
      up(i);
    } else {
      long old = key[v];
      key[v] = k;
      if (k > old) {
        up(i);
      } else if (k < old) {
        down(i);
      }
    }
  }

  /** Removes and returns the vertex with the largest key. */
  public int poll() {
    int top = heap[0];
    remove(top);
    return top;
  }

  /** Removes {@code v} if present. */
  public void remove(int v) {
    int i = index[v];
    if (i < 0) {
      return;
    }
    index[v] = -1;
    size--;
    if (i == size) {
      return;
    }
    int last = heap[size];
    heap[i] = last;
    index[last] = i;
    up(i);
    down(index[last]);
  }

  /** Removes every vertex. */
  public void clear() {
    for (int i = 0; i < size; i++) {
      index[heap[i]] = -1;
    }
    size = 0;
  }

  private void up(int i) {
    int v = heap[i];
    long kv = key[v];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      int pv = heap[p];
      if (key[pv] >= kv) {
        break;
      }
      heap[i] = pv;
      index[pv] = i;
      i = p;
    }
    heap[i] = v;
    index[v] = i;
  }

  private void down(int i) {
    int v = heap[i];
    long kv = key[v];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && key[heap[c + 1]] > key[heap[c]]) {
        c++;
      }
      int cv = heap[c];
      if (key[cv] <= kv) {
        break;
      }
      heap[i] = cv;
      index[cv] = i;
      i = c;
    }
    heap[i] = v;
    index[v] = i;
  }
}
