import { Migration } from "@mikro-orm/migrations";

/**
 * Trust records: access requests and grants, the hash-chained audit trail and daily usage. The chain is
 * computed inside PostgreSQL (one function appends, one recomputes) so a writer in any process, and the
 * verifier, hash exactly the same bytes.
 */
export class Migration20261128134056_trust extends Migration {
  override up(): void {
    this.addSql(`create table hub.access_requests (
      id bigserial primary key,
      dataset text not null,
      owner text not null,
      grantee_department text not null,
      grantee_role text not null,
      requested_by text not null,
      purpose text not null,
      valid_until date not null,
      requested_at timestamptz not null default now(),
      reply_due date not null,
      status text not null check (status in ('PENDING', 'APPROVED', 'DENIED', 'REVOKED')),
      decided_at timestamptz, decided_by text, note text,
      revoked_at timestamptz, revoked_by text)`);
    this.addSql(`create index access_requests_grantee_index on hub.access_requests (grantee_department, grantee_role) where status = 'APPROVED'`);
    this.addSql(`create index access_requests_owner_index on hub.access_requests (owner, status)`);

    this.addSql(`create table hub.audit_events (
      id bigint primary key,
      at timestamptz not null,
      entry jsonb not null,
      prev_hash text not null,
      hash text not null,
      kind text generated always as (entry->>'kind') stored,
      department text generated always as (entry->>'department') stored,
      dataset text generated always as (entry->>'dataset') stored)`);
    this.addSql(`create index audit_events_dataset_index on hub.audit_events (dataset, id)`);
    this.addSql(`create index audit_events_department_index on hub.audit_events (department, id)`);
    this.addSql(`create function hub.audit_hash(id bigint, at timestamptz, entry jsonb, prev_hash text) returns text
      language sql immutable as $$
        select encode(sha256(convert_to(
          prev_hash || '|' || id::text || '|' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || entry::text,
          'UTF8')), 'hex')
      $$`);
    // Appends under a transaction-level lock: entries get consecutive ids in commit order, each hashing
    // the one before it. Called last in a write's transaction, so the lock is held only until its commit.
    this.addSql(`create function hub.append_audit(entries jsonb) returns void language plpgsql as $$
      declare
        last_id bigint;
        last_hash text;
        e jsonb;
        t timestamptz := clock_timestamp();
      begin
        perform pg_advisory_xact_lock(hashtext('lantian.audit'));
        select id, hash into last_id, last_hash from hub.audit_events order by id desc limit 1;
        last_id := coalesce(last_id, 0);
        last_hash := coalesce(last_hash, repeat('0', 64));
        for e in select value from jsonb_array_elements(entries) loop
          last_id := last_id + 1;
          insert into hub.audit_events (id, at, entry, prev_hash, hash)
          values (last_id, t, e, last_hash, hub.audit_hash(last_id, t, e, last_hash))
          returning hash into last_hash;
        end loop;
      end $$`);
    this.addSql(`create function hub.audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'hub.audit_events is append-only';
      end $$`);
    this.addSql(`create trigger audit_events_append_only before update or delete on hub.audit_events
      for each row execute function hub.audit_append_only()`);
    this.addSql(`create trigger audit_events_no_truncate before truncate on hub.audit_events
      for each statement execute function hub.audit_append_only()`);

    this.addSql(`create table hub.usage_daily (
      day date not null, department text not null, dataset text not null,
      requests bigint not null default 0, rows_read bigint not null default 0, rows_contributed bigint not null default 0,
      primary key (day, department, dataset))`);
    this.addSql(`create function hub.record_usage(usage jsonb) returns void language sql as $$
      insert into hub.usage_daily as u (day, department, dataset, requests, rows_read, rows_contributed)
      select (now() at time zone 'Asia/Shanghai')::date, x.department, x.dataset, x.requests, x.rows_read, x.rows_contributed
      from jsonb_to_recordset(usage) as x(department text, dataset text, requests bigint, rows_read bigint, rows_contributed bigint)
      on conflict (day, department, dataset) do update set
        requests = u.requests + excluded.requests,
        rows_read = u.rows_read + excluded.rows_read,
        rows_contributed = u.rows_contributed + excluded.rows_contributed
    $$`);
  }

  override down(): void {
    this.addSql(`drop function hub.record_usage(jsonb)`);
    this.addSql(`drop table hub.usage_daily`);
    this.addSql(`drop table hub.audit_events`);
    this.addSql(`drop function hub.audit_append_only()`);
    this.addSql(`drop function hub.append_audit(jsonb)`);
    this.addSql(`drop function hub.audit_hash(bigint, timestamptz, jsonb, text)`);
    this.addSql(`drop table hub.access_requests`);
  }
}
