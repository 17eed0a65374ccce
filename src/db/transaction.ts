import type pg from "pg";
import { isDatabaseUnavailable } from "./faults.js";

/** Runs fn in one transaction on a client of the pool: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("begin");
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (e) {
    // a connection that timed out or was cut is not given back to the pool: it may still be waiting
    if (isDatabaseUnavailable(e)) broken = e as Error;
    await client.query("rollback").catch(() => undefined);
    throw e;
  } finally {
    client.release(broken);
  }
}
