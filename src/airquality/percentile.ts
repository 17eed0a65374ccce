// HJ 663-2013 fixes the percentile definition so every evaluator gets the same number; it equals
// numpy's default "linear" method, not the nearest-rank method some spreadsheets use.

/**
 * The p-th percentile (0 ≤ p ≤ 100) of `values`: sort ascending, k = 1 + (n − 1)·p/100, s = ⌊k⌋,
 * X(s) + (X(s+1) − X(s))·(k − s) with 1-based X. Null for an empty list.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) {
    throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
  }
  if (values.some((v) => !Number.isFinite(v))) {
    // A NaN would sort unpredictably and silently shift every rank; missing days must be removed first.
    throw new RangeError("percentile: values must be finite numbers (drop missing days first)");
  }
  const n = values.length;
  if (n === 0) return null;
  const x = [...values].sort((a, b) => a - b);
  // (n − 1)·p before /100 keeps integral ranks exact (e.g. n = 21, p = 95 → k = 20, not 19.999…).
  const k = 1 + ((n - 1) * p) / 100;
  const s = Math.floor(k);
  const xs = x[s - 1]!;
  if (s >= n) return xs;
  return xs + (x[s]! - xs) * (k - s);
}
