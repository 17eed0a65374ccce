import type pg from "pg";
import type { AuditChain } from "../common/audit-chain.js";
import { AuditKind, type AuditEntry } from "../common/audit-entry.js";
import { Role } from "../common/auth.js";
import { DATASET_INFO, DATASETS, Dataset, SharingClass } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import { today } from "../common/grants.js";
import { addDays } from "../shared/dates.js";
import { REPLY_WORKING_DAYS, workingDaysAfter } from "../hub/reply-deadline.js";

/**
 * The demo's grants: the environment department's analysts (the data team) hold one on every CONDITIONAL
 * dataset, which the cross-department reports read; transport has a request pending and housing one
 * denied, so the workflow has something to show. Dated from today, so the demo never starts expired.
 */
function demoRequests() {
  const conditional = DATASETS.filter((d) => DATASET_INFO[d].sharingClass === SharingClass.CONDITIONAL && DATASET_INFO[d].owner !== Department.ENVIRONMENT);
  return [
    ...conditional.map((dataset) => ({
      dataset,
      grantee: Department.ENVIRONMENT,
      role: Role.ANALYST,
      purpose: "Cross-department reports of the 2021 air-pollution action plan (progress, emergency compliance, trucks, dust, fuel).",
      status: "APPROVED",
      note: "Approved for the plan's reporting.",
    })),
    {
      dataset: Dataset.ELECTRICITY_READINGS,
      grantee: Department.TRANSPORT,
      role: Role.MEMBER,
      purpose: "Check electricity use of logistics depots that claim to have cut truck traffic.",
      status: "PENDING",
      note: null,
    },
    {
      dataset: Dataset.CHECKPOINT_PASSAGES,
      grantee: Department.HOUSING,
      role: Role.ANALYST,
      purpose: "Count muck trucks entering the city near construction sites.",
      status: "DENIED",
      note: "Passages identify vehicles and drivers; ask for the aggregated muck-truck counts instead.",
    },
  ];
}

/** Loads the demo requests when the hub has none, with their audit entries, in one transaction. */
export async function loadDemoGrants(client: pg.PoolClient, chain: AuditChain): Promise<number> {
  const { rowCount } = await client.query("select 1 from hub.access_requests limit 1");
  if (rowCount) return 0;
  const now = today();
  const audit: AuditEntry[] = [];
  for (const r of demoRequests()) {
    const owner = DATASET_INFO[r.dataset].owner;
    const { rows } = await client.query<{ id: string }>(
      `insert into hub.access_requests (dataset, owner, grantee_department, grantee_role, requested_by, purpose, valid_until, reply_due, status, decided_at, decided_by, note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, case when $9 = 'PENDING' then null else now() end, $10, $11) returning id::text`,
      [r.dataset, owner, r.grantee, r.role, `${r.grantee.toLowerCase()}-${r.role}`, r.purpose, addDays(now, 365), workingDaysAfter(now, REPLY_WORKING_DAYS), r.status,
        r.status === "PENDING" ? null : `${owner.toLowerCase()}-admin`, r.note],
    );
    audit.push({ kind: AuditKind.ACCESS_REQUEST, department: r.grantee, role: r.role, subject: "demo-data", dataset: r.dataset, requestId: rows[0].id, note: r.purpose });
    if (r.status !== "PENDING") {
      audit.push({ kind: AuditKind.ACCESS_DECISION, department: owner, role: Role.ADMIN, subject: "demo-data", dataset: r.dataset, requestId: rows[0].id, decision: r.status, note: r.note });
    }
  }
  await chain.append(client, audit);
  return audit.length;
}
