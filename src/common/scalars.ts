import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The dates the hub accepts: every record it holds is from this century or the last, and PostgreSQL and
 * JavaScript disagree outside it (year 0000 is valid in one and not the other), so nothing further reaches SQL.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";
const RANGE = `between ${MIN_DATE} and ${MAX_DATE}`;

/** True for a YYYY-MM-DD date (or the date part of an instant as written) within MIN_DATE … MAX_DATE. */
export function inDateRange(date: string): boolean {
  const day = date.slice(0, 10);
  return day >= MIN_DATE && day <= MAX_DATE;
}

/** A client's value quoted in a message: short, whatever was sent (a 1 MB string is not echoed back). */
export function quoted(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}…"` : s;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `input`: a value a client sent, held to the range; an answer's value is only held to the format. */
function parseDate(value: unknown, input = true): string {
  // out of range first: 0000-01-01 is written right but is no date the hub (or PostgreSQL) holds
  if (input && typeof value === "string" && DATE_RE.test(value) && !inDateRange(value)) {
    throw new GraphQLError(`Date must be ${RANGE}, got ${quoted(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${quoted(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

/** A calendar date in China time, carried as a `YYYY-MM-DD` string end to end (no time-zone drift). */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: `A calendar date in China time, written YYYY-MM-DD, from ${MIN_DATE} to ${MAX_DATE}.`,
  serialize(value) {
    if (value instanceof Date) return toChinaDate(value);
    return parseDate(value, false);
  },
  parseValue: (value) => parseDate(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string written YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parseDate(ast.value);
  },
});

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown, input = true): Date {
  if (typeof value === "string" && DATETIME_RE.test(value)) {
    const d = new Date(value);
    // the date as written: 0000-01-01T00:00:00Z is a valid JavaScript instant that PostgreSQL refuses
    if (input && !inDateRange(value)) {
      throw new GraphQLError(`DateTime must be ${RANGE}, got ${quoted(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    // JavaScript rolls 2021-02-30 over to March 2; a date that is not on the calendar is refused instead
    if (!Number.isNaN(d.getTime()) && isIsoDate(value.slice(0, 10))) return d;
  }
  throw new GraphQLError(
    `DateTime must be ISO 8601 with an offset, e.g. 2021-01-15T08:00:00+08:00, got ${quoted(value)}`,
    { extensions: { code: "BAD_USER_INPUT" } },
  );
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

/** An instant, answered in China time with its offset; accepted with any offset. */
export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: `An instant, ISO 8601 with an offset (answers use China time, +08:00); its date as written from ${MIN_DATE} to ${MAX_DATE}.`,
  serialize(value) {
    if (value instanceof Date) return toChinaDateTime(value);
    if (typeof value === "string") return toChinaDateTime(parseDateTime(value, false));
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime must be a string", { extensions: { code: "BAD_USER_INPUT" } });
    return parseDateTime(ast.value);
  },
});
