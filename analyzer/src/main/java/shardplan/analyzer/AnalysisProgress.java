package shardplan.analyzer;

/** Told how far the analysis has read, so a caller can draw a progress bar. */
@FunctionalInterface
public interface AnalysisProgress {
  /** Reports nothing. */
  AnalysisProgress NONE = (done, total) -> { };

  /**
   * Called from the thread that reads the input, often; keep it cheap.
   *
   * @param bytesDone input bytes read so far
   * @param bytesTotal size of all inputs on disk (compressed size for {@code .gz} files)
   */
  void advanced(long bytesDone, long bytesTotal);
}
