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

const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
/** "YYYY-MM-DDT" of China-time days already formatted: a page of instants spans few days. */
const dayPrefixes = new Map<number, string>();

/**
 * Formats an instant in China time with its offset: 2021-01-15T08:00:00+08:00. Every instant the API
 * answers goes through here (thousands in a nested page), so the day is formatted once and the time of day
 * by arithmetic; an invalid date throws RangeError, as toISOString does.
 */
export function toChinaDateTime(d: Date): string {
  const t = d.getTime() + CHINA_OFFSET_MS;
  const day = Math.floor(t / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size >= 10_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const s = Math.floor((t - day * DAY_MS) / 1000);
  return `${prefix}${TWO_DIGITS[Math.floor(s / 3600)]}:${TWO_DIGITS[Math.floor(s / 60) % 60]}:${TWO_DIGITS[s % 60]}+08:00`;
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
