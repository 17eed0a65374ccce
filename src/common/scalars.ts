import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { badInput } from "./errors.js";
import { DATE_RE, inDateRange, isIsoDate, MAX_DATE, MIN_DATE, toChinaDate, toChinaDateTime } from "../shared/dates.js";

const RANGE = `between ${MIN_DATE} and ${MAX_DATE}`;

/** A client's value quoted in a message: short, whatever was sent (a 1 MB string is not echoed back). */
export function quoted(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}…"` : s;
}

/** `input`: a value a client sent, held to the range; an answer's value is only held to the format. */
function parseDate(value: unknown, input = true): string {
  // out of range first: 0000-01-01 is written right but is no date the hub (or PostgreSQL) holds
  if (input && typeof value === "string" && DATE_RE.test(value) && !inDateRange(value)) {
    throw badInput(`Date must be ${RANGE}, got ${quoted(value)}`);
  }
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw badInput(`Date must be a calendar date written YYYY-MM-DD, got ${quoted(value)}`);
  }
  return value;
}

// YYYY-MM-DD with a month 01–12 and a day 01–28, a date of every month: the days after go through parseDate's calendar check
const DAY_TEXT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/;

/** A calendar date in China time, carried as a `YYYY-MM-DD` string end to end (no time-zone drift). */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: `A calendar date in China time, written YYYY-MM-DD, from ${MIN_DATE} to ${MAX_DATE}.`,
  serialize(value) {
    // the common case, a date column read as text: one pattern test, no Date built per value
    if (typeof value === "string" && value.length === 10 && DAY_TEXT.test(value)) return value;
    if (value instanceof Date) return toChinaDate(value);
    return parseDate(value, false);
  },
  parseValue: (value) => parseDate(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput("Date must be a string written YYYY-MM-DD");
    return parseDate(ast.value);
  },
});

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown, input = true): Date {
  if (typeof value === "string" && DATETIME_RE.test(value)) {
    const d = new Date(value);
    // the date as written: 0000-01-01T00:00:00Z is a valid JavaScript instant that PostgreSQL refuses
    if (input && !inDateRange(value)) {
      throw badInput(`DateTime must be ${RANGE}, got ${quoted(value)}`);
    }
    // JavaScript rolls 2021-02-30 over to March 2; a date that is not on the calendar is refused instead
    if (!Number.isNaN(d.getTime()) && isIsoDate(value.slice(0, 10))) return d;
  }
  throw badInput(`DateTime must be ISO 8601 with an offset, e.g. 2021-01-15T08:00:00+08:00, got ${quoted(value)}`);
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
    if (ast.kind !== Kind.STRING) throw badInput("DateTime must be a string");
    return parseDateTime(ast.value);
  },
});
