// What the audit trail records, apart from the writers (audit.ts) and the chain that stores it (audit-chain.ts),
// which both need it.
import type { Principal } from "./auth.js";
import type { Dataset, SharingClass } from "./datasets.js";

export enum AuditKind {
  CONTRIBUTION = "CONTRIBUTION",
  ACCESS_REQUEST = "ACCESS_REQUEST",
  ACCESS_DECISION = "ACCESS_DECISION",
  ACCESS_REVOKE = "ACCESS_REVOKE",
  READ = "READ",
  /** a bulk export's file, written: its job, filter, format, row count, size and SHA-256 */
  EXPORT = "EXPORT",
}

/** One audit entry: who, as what, did what to which dataset. Linked as stored (jsonb), so keep it flat. */
export interface AuditEntry {
  kind: AuditKind;
  department: string;
  role: string;
  subject: string;
  dataset?: Dataset;
  operationName?: string | null;
  operationHash?: string;
  sharingClass?: SharingClass;
  recordCount?: number;
  recordKeys?: string[];
  batchId?: string;
  accepted?: number;
  rejected?: number;
  requestId?: string;
  decision?: string;
  note?: string | null;
  exportId?: string;
  format?: string;
  /** the export's filter as JSON text (the entry stays flat) */
  filter?: string;
  sizeBytes?: number;
  sha256?: string;
}

export interface UsageCount {
  department: string;
  dataset: Dataset;
  requests: number;
  rows_read: number;
  rows_contributed: number;
}

export function who(p: Principal): Pick<AuditEntry, "department" | "role" | "subject"> {
  return { department: p.department, role: p.role, subject: p.subject };
}
