import { EntitySchema } from "@mikro-orm/core";
import type { UnitTables } from "../tables.js";

// The hub's records are read and written with plain SQL (src/hub, common/contribution, common/audit*):
// no runtime entity describes them, these schemas do, for the migrator.

/** Contribution batches, kept so a replayed batch gets its first answer. */
const contributionBatches = new EntitySchema<Record<string, unknown>>({
  name: "HubContributionBatch",
  tableName: "contribution_batches",
  schema: "hub",
  properties: {
    department: { type: "text", primary: true },
    dataset: { type: "text", primary: true },
    batch_id: { type: "text", primary: true },
    content_hash: { type: "text" },
    atomic: { type: "boolean" },
    row_count: { type: "integer" },
    accepted: { type: "integer" },
    rejected: { type: "integer" },
    result: { type: "jsonb" },
    subject: { type: "text" },
    created_at: { type: "timestamptz", defaultRaw: "now()" },
  },
  indexes: [
    // the owner's look-up of its last accepted batch, after each contribution (dataset stats)
    {
      name: "contribution_batches_accepted_index",
      expression: "create index contribution_batches_accepted_index on hub.contribution_batches (dataset, created_at) where accepted > 0",
    },
  ],
});

/**
 * Every contribution attempt as its contributor saw it, for the console's list of batches: written ones,
 * refused ones (whose rows were not kept, so their errors are found only here) and checks. Kept on the
 * hub's database whatever database the department writes to, so one list covers every department.
 */
const contributionLog = new EntitySchema<Record<string, unknown>>({
  name: "HubContributionLog",
  tableName: "contribution_log",
  schema: "hub",
  properties: {
    id: { type: "bigint", columnType: "bigint", primary: true, autoincrement: true },
    department: { type: "text" },
    dataset: { type: "text" },
    batch_id: { type: "text" },
    subject: { type: "text" },
    at: { type: "timestamptz", defaultRaw: "now()" },
    row_count: { type: "integer" },
    accepted: { type: "integer" },
    rejected: { type: "integer" },
    atomic: { type: "boolean" },
    check_only: { type: "boolean" },
    replayed: { type: "boolean" },
    error_count: { type: "integer" },
    errors: { type: "jsonb" },
  },
  indexes: [
    // a department's own batches, newest first
    { name: "contribution_log_department_index", properties: ["department", "id"] },
    { name: "contribution_log_dataset_index", properties: ["dataset", "id"] },
  ],
});

/**
 * The size and freshness of each dataset as its owning department last reported them, for the catalogue:
 * the hub's process reads this table instead of counting the departments' tables itself.
 */
const datasetStats = new EntitySchema<Record<string, unknown>>({
  name: "HubDatasetStats",
  tableName: "dataset_stats",
  schema: "hub",
  properties: {
    dataset: { type: "text", primary: true },
    owner: { type: "text" },
    row_count: { type: "bigint", columnType: "bigint" },
    last_contribution_at: { type: "timestamptz", nullable: true },
    counted_at: { type: "timestamptz" },
  },
});

/** Access requests and the grants they become. */
const accessRequests = new EntitySchema<Record<string, unknown>>({
  name: "HubAccessRequest",
  tableName: "access_requests",
  schema: "hub",
  properties: {
    id: { type: "bigint", columnType: "bigint", primary: true, autoincrement: true },
    dataset: { type: "text" },
    owner: { type: "text" },
    grantee_department: { type: "text" },
    grantee_role: { type: "text" },
    requested_by: { type: "text" },
    purpose: { type: "text" },
    valid_until: { type: "date" },
    requested_at: { type: "timestamptz", defaultRaw: "now()" },
    reply_due: { type: "date" },
    status: { type: "text", enum: true, items: ["PENDING", "APPROVED", "DENIED", "REVOKED"] },
    decided_at: { type: "timestamptz", nullable: true },
    decided_by: { type: "text", nullable: true },
    note: { type: "text", nullable: true },
    revoked_at: { type: "timestamptz", nullable: true },
    revoked_by: { type: "text", nullable: true },
  },
  indexes: [
    // the grants in force of a grantee: only approved requests are looked up this way
    {
      name: "access_requests_grantee_index",
      expression: "create index access_requests_grantee_index on hub.access_requests (grantee_department, grantee_role) where status = 'APPROVED'",
    },
    { name: "access_requests_owner_index", properties: ["owner", "status"] },
  ],
});

/**
 * The audit trail: entries chained by hash, appended only through hub.append_audit_linked and never
 * changed (triggers refuse update, delete and truncate). The functions and triggers are outside what
 * MikroORM compares; the hand-written migrations keep them.
 */
const auditEvents = new EntitySchema<Record<string, unknown>>({
  name: "HubAuditEvent",
  tableName: "audit_events",
  schema: "hub",
  properties: {
    // given by the chain (consecutive), not by a sequence
    id: { type: "bigint", columnType: "bigint", primary: true, autoincrement: false },
    at: { type: "timestamptz" },
    entry: { type: "jsonb" },
    prev_hash: { type: "text" },
    hash: { type: "text" },
    kind: { type: "text", nullable: true, generated: "(entry ->> 'kind'::text) stored" },
    department: { type: "text", nullable: true, generated: "(entry ->> 'department'::text) stored" },
    dataset: { type: "text", nullable: true, generated: "(entry ->> 'dataset'::text) stored" },
    keyed: { type: "boolean", default: false },
  },
  indexes: [
    { name: "audit_events_dataset_index", properties: ["dataset", "id"] },
    { name: "audit_events_department_index", properties: ["department", "id"] },
  ],
});

/** Names the audit chain of this database, so checkpoints kept outside it find theirs. */
const auditChain = new EntitySchema<Record<string, unknown>>({
  name: "HubAuditChain",
  tableName: "audit_chain",
  schema: "hub",
  properties: {
    id: { type: "uuid", primary: true, defaultRaw: "gen_random_uuid()" },
    created_at: { type: "timestamptz", defaultRaw: "now()" },
  },
});

/** Usage per day, department and dataset (flushed in batches by hub.record_usage). */
const usageDaily = new EntitySchema<Record<string, unknown>>({
  name: "HubUsageDaily",
  tableName: "usage_daily",
  schema: "hub",
  properties: {
    day: { type: "date", primary: true },
    department: { type: "text", primary: true },
    dataset: { type: "text", primary: true },
    requests: { type: "bigint", columnType: "bigint", default: 0 },
    rows_read: { type: "bigint", columnType: "bigint", default: 0 },
    rows_contributed: { type: "bigint", columnType: "bigint", default: 0 },
  },
});

/** The gateway's request counters per department and window, shared by every gateway process. */
const rateLimits = new EntitySchema<Record<string, unknown>>({
  name: "HubRateLimit",
  tableName: "rate_limits",
  schema: "hub",
  properties: {
    bucket: { type: "text", primary: true },
    window_start: { type: "timestamptz", primary: true },
    hits: { type: "integer" },
  },
});

/**
 * Bulk exports (src/hub/export.resolver.ts): who asked for which rows, and how the owner's subgraph answered.
 * The file itself is in the owning department's data directory; `expires_at` is when it is removed.
 */
const exportJobs = new EntitySchema<Record<string, unknown>>({
  name: "HubExportJob",
  tableName: "export_jobs",
  schema: "hub",
  properties: {
    // random (it names the file and its link), not a sequence a requester could count on
    id: { type: "uuid", primary: true },
    dataset: { type: "text" },
    owner: { type: "text" },
    format: { type: "text" },
    filter: { type: "jsonb" },
    department: { type: "text" },
    role: { type: "text" },
    subject: { type: "text" },
    status: { type: "text" },
    reason: { type: "text", nullable: true },
    row_count: { type: "bigint", columnType: "bigint", nullable: true },
    size_bytes: { type: "bigint", columnType: "bigint", nullable: true },
    sha256: { type: "text", nullable: true },
    requested_at: { type: "timestamptz", defaultRaw: "now()" },
    started_at: { type: "timestamptz", nullable: true },
    // the owner's writer touches it every second while RUNNING: a job whose touches stopped is dead
    heartbeat_at: { type: "timestamptz", nullable: true },
    finished_at: { type: "timestamptz", nullable: true },
    expires_at: { type: "timestamptz", nullable: true },
  },
  // a department's jobs, newest first (exportJobs)
  indexes: [{ name: "export_jobs_department_index", properties: ["department", "requested_at"] }],
});

export const hubTables: UnitTables = {
  tables: [contributionBatches, accessRequests, auditEvents, auditChain, usageDaily, rateLimits, datasetStats, contributionLog, exportJobs],
  notes: {},
};
