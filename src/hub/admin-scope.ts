import { Role } from "../common/auth.js";
import type { HubContext } from "../common/context.js";
import { DATASET_INFO, DATASETS } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import { forbidden } from "../common/errors.js";

/**
 * What of the audit trail and the usage lines an admin sees, as a SQL condition on `department` and
 * `dataset`: the environment department's (which runs the hub) all of it, others their department's
 * actions and their datasets. Anyone else is refused.
 */
export function adminScope(ctx: HubContext): { sql: string; params: unknown[] } {
  const p = ctx.principal;
  if (p.role !== Role.ADMIN) throw forbidden(`the audit trail is for admins; you are ${p.role} of ${p.department}`);
  if (p.department === Department.ENVIRONMENT) return { sql: "true", params: [] };
  const own = DATASETS.filter((d) => DATASET_INFO[d].owner === p.department);
  return { sql: "(department = $1 or dataset = any($2::text[]))", params: [p.department, own] };
}
