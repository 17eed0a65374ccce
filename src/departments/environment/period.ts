/**
 * Indicator periods: `2021`, `2021-03`, or a stage of whole months `2021-01..2021-03`. The last day is
 * what decides whether a period has ended (MET/MISSED) or is still running (ON_TRACK/AT_RISK).
 */
const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const STAGE = /^(\d{4})-(0[1-9]|1[0-2])\.\.(\d{4})-(0[1-9]|1[0-2])$/;

export interface PeriodRange {
  from: string;
  to: string;
}

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function parsePeriod(period: string): PeriodRange | null {
  let m = YEAR.exec(period);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = MONTH.exec(period);
  if (m) return { from: `${m[1]}-${m[2]}-01`, to: lastDay(Number(m[1]), Number(m[2])) };
  m = STAGE.exec(period);
  if (m) {
    const range = { from: `${m[1]}-${m[2]}-01`, to: lastDay(Number(m[3]), Number(m[4])) };
    return range.from <= range.to ? range : null;
  }
  return null;
}
