package shardplan.partitioner;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The wall-clock and CPU time of each phase of a run, for the user who asks how long each step
 * took ({@code advise --timings}). Only measured, never read by a decision: the advice must not
 * depend on how fast the machine is. A phase run several times (once per shard count tried)
 * adds up under its name; phases are listed in the order they first ran.
 *
 * <p>CPU time is the whole process's (every thread, the garbage collector's too) over the phase,
 * so a phase that runs while other threads work is charged for them; on a shared machine it is
 * steadier than wall time. Not thread-safe: phases are timed one after the other.
 */
public final class PhaseTimes {
  /** Times of nothing: for callers that do not ask. */
  public static final PhaseTimes NONE = new PhaseTimes(false);

  private final boolean on;
  private final Map<String, long[]> phases = new LinkedHashMap<>();

  private PhaseTimes(boolean on) {
    this.on = on;
  }

  /** A new, empty record of phases. */
  public static PhaseTimes recording() {
    return new PhaseTimes(true);
  }

  /**
   * One phase's totals.
   *
   * @param wallNanos elapsed time
   * @param cpuNanos CPU time of the process over the phase, all threads; -1 when the JVM cannot tell
   * @param runs how many times it ran
   */
  public record Phase(String name, long wallNanos, long cpuNanos, int runs) {
    public Phase {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Runs {@code work} as phase {@code name} and returns its result. */
  public <T> T time(String name, Supplier<T> work) {
    Objects.requireNonNull(name, "name");
    if (!on) {
      return work.get();
    }
    long cpu0 = processCpuNanos();
    long wall0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(name, System.nanoTime() - wall0, cpu0 < 0 ? -1 : processCpuNanos() - cpu0);
    }
  }

  /** Runs {@code work} as phase {@code name}. */
  public void run(String name, Runnable work) {
    time(name, () -> {
      work.run();
      return null;
    });
  }

  /** Adds a phase measured elsewhere (the analysis, timed by its caller). */
  public void add(String name, long wallNanos, long cpuNanos) {
    if (!on) {
      return;
    }
    long[] p = phases.computeIfAbsent(name, k -> new long[3]);
    p[0] += wallNanos;
    p[1] = p[1] < 0 || cpuNanos < 0 ? -1 : p[1] + cpuNanos;
    p[2]++;
  }

  /** The phases in the order they first ran. */
  public List<Phase> phases() {
    List<Phase> out = new ArrayList<>(phases.size());
    for (Map.Entry<String, long[]> e : phases.entrySet()) {
      out.add(new Phase(e.getKey(), e.getValue()[0], e.getValue()[1], (int) e.getValue()[2]));
    }
    return out;
  }

  /** CPU time of this process so far, all threads, in nanoseconds; -1 when the JVM cannot tell. */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
