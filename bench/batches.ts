import { post } from "./support.js";

/**
 * Sends rows in batches through a contribution mutation, `inFlight` requests at a time (an importer
 * keeps one batch in flight while the hub writes the previous one); returns the seconds taken.
 */
export async function sendBatches(
  url: string,
  token: string,
  mutation: string,
  field: string,
  rows: unknown[],
  batchSize: number,
  tag: string,
  inFlight = 1,
): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next;
      next += batchSize;
      if (i >= rows.length) return;
      const res = await post(url, token, mutation, { batchId: `${tag}-${i / batchSize}`, rows: rows.slice(i, i + batchSize) });
      const r = res.data?.[field] as { accepted: number } | undefined;
      if (res.errors || r?.accepted !== Math.min(batchSize, rows.length - i)) throw new Error(`batch ${i / batchSize} failed: ${JSON.stringify(res).slice(0, 400)}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (performance.now() - t0) / 1000;
}
