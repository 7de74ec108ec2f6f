// The shape of a benchmark case: every module in scripts/bench/ exports `cases: BenchCase[]`.

export interface BenchCase {
  /** Short stable name, e.g. "parse", "create-sheet". */
  name: string;
  /** The sizes n to run at (tasks, or KB of text — the case says which in `unit`). */
  sizes: number[];
  /** What n counts, e.g. "tasks" or "KB". */
  unit: string;
  /**
   * Builds the input for size n (not timed) and returns the function to time.
   * The function returns the number of Apps Script service calls it made (0 for pure code).
   */
  prepare(n: number): () => number;
}
