package shardplan.reports.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** A linear axis from 0 (or a given minimum) to a "nice" maximum, with its tick values. */
record Axis(double min, double max, List<Double> ticks) {

  /** An axis from {@code min} covering {@code top}, with about {@code count} ticks at 1, 2 or 5 × 10^k. */
  static Axis nice(double min, double top, int count) {
    double span = top - min;
    if (!(span > 0) || Double.isInfinite(span)) {
      span = 1.0;
    }
    double raw = span / Math.max(1, count);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step;
    if (raw / mag <= 1) {
      step = mag;
    } else if (raw / mag <= 2) {
      step = 2 * mag;
    } else if (raw / mag <= 5) {
      step = 5 * mag;
    } else {
      step = 10 * mag;
    }
    double max = min + Math.ceil(span / step - 1e-9) * step;
    List<Double> ticks = new ArrayList<>();
    for (int i = 0; min + i * step <= max + step * 1e-9; i++) {
      ticks.add(min + i * step);
    }
    return new Axis(min, max, ticks);
  }

  /** Where {@code v} falls on a pixel range {@code [from, to]}. */
  double scale(double v, double from, double to) {
    double f = (v - min) / (max - min);
    return from + Math.max(0, Math.min(1, f)) * (to - from);
  }

  /** Tick labels through a formatter. */
  List<String> labels(DoubleFunction<String> format) {
    List<String> out = new ArrayList<>();
    ticks.forEach(t -> out.add(format.apply(t)));
    return out;
  }
}
