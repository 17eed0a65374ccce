import { addDays } from "../shared/dates.js";

/** The owner must answer an access request within this many working days (Monday to Friday; public holidays not counted). */
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
