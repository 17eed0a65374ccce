import crypto from "node:crypto";
import pg from "pg";
import type { Logger } from "../common/logger.js";

/** The role the hub's requests run as when the hub makes it itself. */
export const RUNTIME_ROLE = "lantian_runtime";

/** What the runtime role may do in the hub's schemas: read and write rows, nothing about the schema itself. */
function grants(role: string, schemas: string[]): string[] {
  const r = pg.Client.prototype.escapeIdentifier(role);
  const statements = schemas.flatMap((s) => [
    `grant usage on schema ${s} to ${r}`,
    `grant select, insert, update, delete on all tables in schema ${s} to ${r}`,
    `grant usage, select, update on all sequences in schema ${s} to ${r}`,
    `grant execute on all functions in schema ${s} to ${r}`,
    // the migrations' own records are the owner's
    `revoke all on table ${s}.mikro_orm_migrations from ${r}`,
  ]);
  // The audit trail: read, and append only through hub.append_audit_linked (which runs as its owner).
  // Without ownership the role cannot disable the table's triggers; without superuser it cannot set
  // session_replication_role.
  statements.push(`revoke insert, update, delete, truncate, references, trigger on hub.audit_events, hub.audit_chain from ${r}`);
  return statements;
}

/** Whether an error is PostgreSQL's complaint about two sessions changing the same catalog row at once. */
function concurrentCatalogChange(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  // XX000: "tuple concurrently updated"; 23505 and 42710: another session created the same role first
  return code === "XX000" || code === "23505" || code === "42710" || code === "40001" || code === "40P01";
}

async function withRetries<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!concurrentCatalogChange(e) || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100 * attempt));
    }
  }
}

/** Whether `url` accepts a login within the timeout. */
export async function canLogIn(url: string, timeoutMs = 5_000): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  c.on("error", () => undefined);
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Sets up the least-privilege login the hub's requests use on the database of `ownerUrl` (the role that
 * runs migrations), and returns its URL; undefined means "run as the owner" (said in the log).
 * - `runtimeUrl` given (LANTIAN_RUNTIME_DATABASE_URL): that login is used; the owner grants it the rights.
 * - else, when the owner may create roles: `lantian_runtime`, whose password is derived from `secret` (the
 *   audit key), so every process sharing that key logs in alike without storing another secret. A role
 *   made with another key is a misconfiguration (two audit keys on one chain): the start fails, saying so.
 * - else: the owner itself, with a warning.
 * Idempotent; processes starting together on one database take turns.
 */
export async function prepareRuntimeRole(
  ownerUrl: string,
  opts: { runtimeUrl?: string; secret: Uint8Array; schemas: string[]; log: Logger },
): Promise<string | undefined> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  owner.on("error", () => undefined); // a query in flight gets the error; an idle client is ended below
  await owner.connect();
  try {
    let runtimeUrl = opts.runtimeUrl;
    let role: string;
    if (runtimeUrl) {
      role = decodeURIComponent(new URL(runtimeUrl).username);
    } else {
      const { rows } = await owner.query<{ may: boolean; me: string }>("select rolsuper or rolcreaterole as may, current_user as me from pg_roles where rolname = current_user");
      if (!rows[0]?.may) {
        opts.log.warn(
          `the hub's requests run as ${rows[0]?.me ?? "the owner"}, which owns the tables: it may not create a login role; set LANTIAN_RUNTIME_DATABASE_URL to a least-privilege login (README, "Least privilege")`,
        );
        return undefined;
      }
      role = RUNTIME_ROLE;
      const password = crypto.createHmac("sha256", opts.secret).update("lantian runtime role password").digest("hex");
      const u = new URL(ownerUrl);
      u.username = role;
      u.password = password;
      runtimeUrl = u.toString();
      if (!(await canLogIn(runtimeUrl))) {
        await withRetries(async () => {
          const { rowCount } = await owner.query("select 1 from pg_roles where rolname = $1", [role]);
          if (rowCount) {
            // Made by a process with another audit key. Changing its password would lock that process out,
            // and two keys on one database would make its audit chain unverifiable: refuse to start.
            if (await canLogIn(runtimeUrl!)) return;
            throw new Error(
              `the role ${role} on ${u.host}${u.pathname} was made by a hub with another audit key: every process using this database must share LANTIAN_AUDIT_KEY (or set LANTIAN_RUNTIME_DATABASE_URL)`,
            );
          }
          // a hex password: nothing to escape in the literal
          await owner.query(`create role ${role} login nosuperuser nocreatedb nocreaterole noreplication password '${password}'`);
        });
      }
    }
    await owner.query("select pg_advisory_lock(hashtext('lantian.roles'))");
    try {
      for (const statement of grants(role, opts.schemas)) await withRetries(() => owner.query(statement));
    } finally {
      await owner.query("select pg_advisory_unlock(hashtext('lantian.roles'))");
    }
    return runtimeUrl;
  } finally {
    await owner.end();
  }
}
