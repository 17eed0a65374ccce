import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inTransaction } from "../db/transaction.js";
import type { AuditEntry, UsageCount } from "./audit-entry.js";
import type { Logger } from "./logger.js";

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

const GENESIS = "0".repeat(64);

/** Checkpoints are written after this many entries, or this often when the chain moved, and at shutdown. */
export const CHECKPOINT_EVERY_ENTRIES = 500;
export const CHECKPOINT_EVERY_MS = 30_000;

/** JSON with keys sorted at every level: the same bytes for an entry before it is stored and after jsonb gives it back. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The head of a chain as seen at one moment, signed with the audit key so it can be kept anywhere. */
export interface Checkpoint {
  /** the chain's id (`hub.audit_chain`) */
  chain: string;
  /** the newest entry's id and link at the time */
  id: string;
  link: string;
  madeAt: string;
  signature: string;
}

export interface ChainCheck {
  /** the chain's id */
  chain: string;
  checked: number;
  /** the newest entry walked */
  head: { id: string; link: string };
  /** the first entry that does not hold, and why; absent when the chain is whole */
  broken?: { id: string; reason: string };
  /** the checkpoint the chain was held to, if any */
  checkpoint?: Checkpoint;
}

/**
 * The audit trail's chain, keyed: each entry's link is HMAC-SHA256(key, previous link | id | time | entry)
 * computed here, in the hub process, with a key that never reaches PostgreSQL. A superuser who edits an
 * entry cannot compute the links after it; one who cuts the newest entries is caught by the checkpoints of
 * the head this process keeps outside the database.
 */
export class AuditChain {
  private sinceCheckpoint = 0;
  private checkpointDue: (() => void) | undefined;

  constructor(private readonly key: Uint8Array) {}

  link(prev: string, id: bigint | string, at: Date, entry: unknown): string {
    return crypto.createHmac("sha256", this.key).update(`${prev}|${id}|${at.toISOString()}|${canonicalJson(entry)}`).digest("hex");
  }

  /**
   * Appends entries (and adds usage counts) with the caller's connection: pass the write's transaction
   * client so the entries commit or roll back with the write; a pool gets a transaction of its own.
   * Appends take turns (the chain's advisory lock, held until the caller's commit), so entries of one call
   * keep their order and concurrent appends never interleave.
   */
  async append(db: Queryable, entries: AuditEntry[], usage: UsageCount[] = []): Promise<void> {
    if (entries.length === 0) {
      if (usage.length > 0) await db.query("select hub.record_usage($1::jsonb)", [JSON.stringify(usage)]);
      return;
    }
    if (db instanceof pg.Pool) return inTransaction(db, (client) => this.append(client, entries, usage));
    const {
      rows: [head],
    } = await db.query<{ id: string; hash: string }>("select id::text, hash from hub.audit_lock_head()");
    const at = new Date();
    let prev = head.hash;
    const rows = entries.map((entry, i) => {
      const id = BigInt(head.id) + BigInt(i + 1);
      // as jsonb will give it back: undefined fields dropped
      const text = JSON.stringify(entry);
      const row = { id: id.toString(), at, text, prev, link: this.link(prev, id, at, JSON.parse(text)) };
      prev = row.link;
      return row;
    });
    const columns = (["id", "at", "text", "prev", "link"] as const).map((c) => rows.map((r) => r[c]));
    const withUsage = usage.length > 0 ? ", hub.record_usage($6::jsonb)" : "";
    await db.query(`select hub.append_audit_linked($1::bigint[], $2::timestamptz[], $3::jsonb[], $4::text[], $5::text[])${withUsage}`, [...columns, ...(withUsage ? [JSON.stringify(usage)] : [])]);
    this.sinceCheckpoint += entries.length;
    if (this.sinceCheckpoint >= CHECKPOINT_EVERY_ENTRIES) {
      this.sinceCheckpoint = 0;
      this.checkpointDue?.();
    }
  }

  /** Called (once per CHECKPOINT_EVERY_ENTRIES appended) so the process's checkpointer writes one soon. */
  onCheckpointDue(fn: () => void): void {
    this.checkpointDue = fn;
  }

  private checkpointSignature(c: Omit<Checkpoint, "signature">): string {
    return crypto.createHmac("sha256", this.key).update(`checkpoint|${c.chain}|${c.id}|${c.link}|${c.madeAt}`).digest("hex");
  }

  /** A signed checkpoint of a chain's head. */
  sign(chain: string, head: { id: string; link: string }): Checkpoint {
    const body = { chain, id: head.id, link: head.link, madeAt: new Date().toISOString() };
    return { ...body, signature: this.checkpointSignature(body) };
  }

  /** Whether a checkpoint was signed with this key (and so was not made or changed by someone without it). */
  signedHere(c: Checkpoint): boolean {
    const expected = this.checkpointSignature({ chain: c.chain, id: c.id, link: c.link, madeAt: c.madeAt });
    return typeof c.signature === "string" && c.signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(c.signature), Buffer.from(expected));
  }

  /**
   * Walks the chain in id order: every link recomputed with the key (entries written before the chain
   * was keyed with the old public formula, and never after a keyed one), every id consecutive, every entry
   * linked to the one before; then the chain is held to `checkpoint`: the entry it names must be there
   * with the link it saw. With `since` (a checkpoint already held), the walk starts at that entry, which
   * must still be there with its link. Reads in pages so a long trail does not sit in memory.
   */
  async verify(db: Queryable, checkpoint?: Checkpoint, opts: { since?: Checkpoint; pageSize?: number } = {}): Promise<ChainCheck> {
    const pageSize = opts.pageSize ?? 10_000;
    const {
      rows: [{ chain }],
    } = await db.query<{ chain: string }>("select (select id::text from hub.audit_chain limit 1) as chain");
    let checked = 0;
    let lastId = 0n;
    let lastHash = GENESIS;
    let keyedSeen = false;
    const result = (broken?: ChainCheck["broken"]): ChainCheck => ({
      chain,
      checked,
      head: { id: lastId.toString(), link: lastHash },
      ...(broken ? { broken } : {}),
      ...(checkpoint ? { checkpoint } : {}),
    });
    if (checkpoint && checkpoint.chain !== chain) return result({ id: checkpoint.id, reason: `the checkpoint is of chain ${checkpoint.chain}, this database holds chain ${chain}` });
    if (checkpoint && !this.signedHere(checkpoint)) return result({ id: checkpoint.id, reason: "the checkpoint's signature does not hold (not made with this hub's audit key, or changed)" });
    if (opts.since && opts.since.id !== "0") {
      const { rows } = await db.query<{ hash: string; keyed: boolean }>("select hash, keyed from hub.audit_events where id = $1", [opts.since.id]);
      if (rows[0]?.hash !== opts.since.link) return result({ id: opts.since.id, reason: `it is not the entry the checkpoint of ${opts.since.madeAt} saw (removed or rewritten)` });
      lastId = BigInt(opts.since.id);
      lastHash = opts.since.link;
      keyedSeen = rows[0].keyed;
    }
    const cpId = checkpoint ? BigInt(checkpoint.id) : undefined;
    for (;;) {
      const { rows } = await db.query<{ id: string; at: Date; entry: unknown; hash: string; prev_hash: string; keyed: boolean; legacy: string | null }>(
        // ordered by the bigint column, not the text id of the select list
        `select e.id::text as id, e.at, e.entry, e.hash, e.prev_hash, e.keyed, case when e.keyed then null else hub.audit_hash(e.id, e.at, e.entry, e.prev_hash) end as legacy
         from hub.audit_events e where e.id > $1 order by e.id limit $2`,
        [lastId.toString(), pageSize],
      );
      for (const r of rows) {
        const id = BigInt(r.id);
        if (id !== lastId + 1n) return result({ id: r.id, reason: `entries ${lastId + 1n} to ${id - 1n} are missing` });
        if (r.prev_hash !== lastHash) return result({ id: r.id, reason: "its link to the previous entry does not match that entry's link" });
        if (r.keyed) {
          keyedSeen = true;
          if (this.link(r.prev_hash, r.id, r.at, r.entry) !== r.hash) {
            return result({ id: r.id, reason: "its content no longer matches its keyed link (changed, inserted or re-linked after it was written)" });
          }
        } else if (keyedSeen) {
          return result({ id: r.id, reason: "an unkeyed entry after keyed ones (written around the hub, not by it)" });
        } else if (r.legacy !== r.hash) {
          return result({ id: r.id, reason: "its content no longer matches its hash (changed after it was written)" });
        }
        if (cpId !== undefined && id === cpId && r.hash !== checkpoint!.link) {
          return result({ id: r.id, reason: `it is not the entry the checkpoint of ${checkpoint!.madeAt} saw (the chain was rewritten)` });
        }
        lastId = id;
        lastHash = r.hash;
        checked += 1;
      }
      if (rows.length < pageSize) break;
    }
    if (cpId !== undefined && lastId < cpId) {
      return result({ id: cpId.toString(), reason: `entries ${lastId + 1n} to ${cpId} are missing: the checkpoint of ${checkpoint!.madeAt} saw the chain reach entry ${cpId}` });
    }
    return result();
  }
}

/** Where a data directory keeps a chain's checkpoints: one JSON line each, newest last. */
export function checkpointFile(dataDir: string, chain: string): string {
  return path.join(dataDir, "audit-checkpoints", `${chain}.jsonl`);
}

/** The newest checkpoint of `chain` kept in `dataDir`, or undefined. */
export function newestCheckpoint(dataDir: string, chain: string): Checkpoint | undefined {
  let text: string;
  try {
    text = fs.readFileSync(checkpointFile(dataDir, chain), "utf8");
  } catch {
    return undefined;
  }
  let newest: Checkpoint | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (!newest || BigInt(c.id) >= BigInt(newest.id)) newest = c;
    } catch {
      /* a torn last line (a crash mid-write): the ones before it stand */
    }
  }
  return newest;
}

/**
 * Writes a checkpoint of every chain the process appends to: every CHECKPOINT_EVERY_MS when the head
 * moved, soon after every CHECKPOINT_EVERY_ENTRIES entries, and at shutdown.
 */
export class Checkpointer {
  private readonly last = new Map<string, Checkpoint>();
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | undefined;

  constructor(
    private readonly chain: AuditChain,
    private readonly trails: () => { name: string; pool: Queryable }[],
    private readonly dataDir: string,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => void this.run(), CHECKPOINT_EVERY_MS);
    this.timer.unref();
    chain.onCheckpointDue(() => void this.run());
  }

  /**
   * Writes a checkpoint of each chain whose head moved since the last one, after checking the entries
   * since that one: a chain cut or rewritten under the running hub is reported, never checkpointed.
   */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, pool } of this.trails()) {
        try {
          const { rows } = await pool.query<{ chain: string }>("select id::text as chain from hub.audit_chain limit 1");
          const chain = rows[0]?.chain;
          if (!chain) continue;
          const since = this.last.get(chain) ?? newestCheckpoint(this.dataDir, chain);
          const check = await this.chain.verify(pool, undefined, { since });
          if (check.broken) {
            this.log.error(`audit trail of ${name} does not hold at entry ${check.broken.id}: ${check.broken.reason}; no checkpoint written (run lantian audit verify)`);
            continue;
          }
          if (check.head.id === "0" || check.head.id === since?.id) continue;
          const c = this.chain.sign(chain, check.head);
          const file = checkpointFile(this.dataDir, chain);
          fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
          const fd = fs.openSync(file, "a", 0o600);
          try {
            fs.writeSync(fd, JSON.stringify(c) + "\n");
            fs.fsyncSync(fd);
          } finally {
            fs.closeSync(fd);
          }
          this.last.set(chain, c);
        } catch (e) {
          this.log.warn(`audit checkpoint of ${name} not written: ${(e as Error).message}`);
        }
      }
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.run();
  }
}
