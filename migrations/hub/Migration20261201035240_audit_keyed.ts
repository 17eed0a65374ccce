import { Migration } from "@mikro-orm/migrations";

/**
 * The audit chain becomes keyed: each entry's link is an HMAC computed in the hub process with a key the
 * database never sees, so a superuser who edits an entry cannot re-link the entries after it. PostgreSQL
 * keeps only what needs no key:
 * - `hub.audit_lock_head()`: takes the chain's turn (a transaction-level advisory lock) and returns the
 *   head the next entries link to;
 * - `hub.append_audit_linked(...)`: the only way to add entries. It checks that they continue the chain
 *   (consecutive ids, each linking to the one before) and inserts them. It runs as its owner, so the hub's
 *   runtime role needs no insert right on the table.
 * Entries written before this migration keep their unkeyed links (`keyed = false`), checked with the old
 * public formula; the first keyed entry links to the last of them, so they cannot change either.
 * `hub.audit_chain` names the chain, so checkpoints kept outside the database find theirs.
 */
export class Migration20261201035240_audit_keyed extends Migration {
  override up(): void {
    this.addSql(`alter table hub.audit_events add column keyed boolean not null default false`);
    this.addSql(`create table hub.audit_chain (id uuid primary key default gen_random_uuid(), created_at timestamptz not null default now())`);
    this.addSql(`insert into hub.audit_chain default values`);
    this.addSql(`drop function hub.append_audit(jsonb)`);
    this.addSql(`create function hub.audit_lock_head(out id bigint, out hash text) language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(hashtext('lantian.audit'));
        select a.id, a.hash into id, hash from hub.audit_events a order by a.id desc limit 1;
        id := coalesce(id, 0);
        hash := coalesce(hash, repeat('0', 64));
      end $$`);
    this.addSql(`create function hub.append_audit_linked(ids bigint[], ats timestamptz[], entries jsonb[], prev_hashes text[], hashes text[])
      returns void language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare
        head_id bigint;
        head_hash text;
      begin
        perform pg_advisory_xact_lock(hashtext('lantian.audit'));
        select a.id, a.hash into head_id, head_hash from hub.audit_events a order by a.id desc limit 1;
        head_id := coalesce(head_id, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        for i in 1 .. coalesce(cardinality(ids), 0) loop
          if ids[i] is distinct from head_id + 1 or prev_hashes[i] is distinct from head_hash or hashes[i] !~ '^[0-9a-f]{64}$' then
            raise exception 'audit entry % does not continue the chain after entry %', ids[i], head_id;
          end if;
          head_id := ids[i];
          head_hash := hashes[i];
        end loop;
        insert into hub.audit_events (id, at, entry, prev_hash, hash, keyed)
        select u.id, u.at, u.entry, u.prev_hash, u.hash, true from unnest(ids, ats, entries, prev_hashes, hashes) as u(id, at, entry, prev_hash, hash);
      end $$`);
  }

  override down(): void {
    this.addSql(`drop function hub.append_audit_linked(bigint[], timestamptz[], jsonb[], text[], text[])`);
    this.addSql(`drop function hub.audit_lock_head()`);
    this.addSql(`drop table hub.audit_chain`);
    this.addSql(`alter table hub.audit_events drop column keyed`);
  }
}
