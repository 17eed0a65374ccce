// Calendar dates and China-time instants as the hub writes them: pure helpers any side may use (the
// server's GraphQL scalars, the reports, the demo data).
/** YYYY-MM-DD as written, not yet checked against the calendar (isIsoDate does). */
export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The dates the hub accepts: every record it holds is from this century or the last, and PostgreSQL and
 * JavaScript disagree outside it (year 0000 is valid in one and not the other), so nothing further reaches SQL.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";

/** True for a YYYY-MM-DD date (or the date part of an instant as written) within MIN_DATE … MAX_DATE. */
export function inDateRange(date: string): boolean {
  const day = date.slice(0, 10);
  return day >= MIN_DATE && day <= MAX_DATE;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Formats an instant in China time with its offset: 2021-01-15T08:00:00+08:00. */
export function toChinaDateTime(d: Date): string {
  const local = new Date(d.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** The instant a China-time calendar day starts. */
export const chinaDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/** The instant a China-time calendar day ends (the next day's start): day ranges are half-open. */
export const chinaDayEnd = (date: string): Date => new Date(chinaDayStart(date).getTime() + 86_400_000);

/** A calendar date `n` days later (or earlier), as YYYY-MM-DD. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The China-time calendar date of an instant. */
export function toChinaDate(d: Date): string {
  return new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
