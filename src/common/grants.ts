import type pg from "pg";
import type { Principal } from "./auth.js";
import type { Dataset } from "./datasets.js";
import { addDays, toChinaDate } from "./scalars.js";

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

/** The owner must answer within this many working days (Monday to Friday; public holidays not counted). */
export const REPLY_WORKING_DAYS = 5;

/** The date `n` working days after `date` (YYYY-MM-DD). */
export function workingDaysAfter(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

export function today(): string {
  return toChinaDate(new Date());
}
