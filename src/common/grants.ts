import type pg from "pg";
import type { Principal } from "./auth.js";
import type { Dataset } from "./datasets.js";
import { toChinaDate } from "../shared/dates.js";

/** The datasets a principal's department and role hold a valid grant for today (China time). */
export async function loadGrants(hub: Pick<pg.Pool, "query">, principal: Principal): Promise<Set<Dataset>> {
  const { rows } = await hub.query<{ dataset: Dataset }>(
    `select distinct dataset from hub.access_requests
     where status = 'APPROVED' and grantee_department = $1 and grantee_role = $2
       and valid_until >= (now() at time zone 'Asia/Shanghai')::date`,
    [principal.department, principal.role],
  );
  return new Set(rows.map((r) => r.dataset));
}

export function today(): string {
  return toChinaDate(new Date());
}
