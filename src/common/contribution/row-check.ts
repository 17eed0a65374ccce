import { checkCreditCode, checkPlate, checkRegionCode, checkVin, type IdentifierCheck, type IdentifierErrorCode } from "../../shared/identifiers/index.js";
import { inDateRange, isIsoDate, MAX_DATE, MIN_DATE } from "../../shared/dates.js";

export interface RowIssue {
  row: number;
  field: string | null;
  code: IdentifierErrorCode;
  message: string;
}

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks one contributed row field by field, collecting every problem (not just the first) so a
 * department fixes a row once. Each check returns the normalized value, or null when it failed.
 */
export class RowCheck {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];

  constructor(readonly row: number) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  error(field: string | null, code: IdentifierErrorCode, message: string): null {
    this.errors.push({ row: this.row, field, code, message });
    return null;
  }

  warn(field: string | null, code: IdentifierErrorCode, message: string): void {
    this.warnings.push({ row: this.row, field, code, message });
  }

  private identifier(field: string, result: IdentifierCheck): string | null {
    for (const w of result.warnings) this.warn(field, "BAD_FORMAT", w);
    if (!result.valid) return this.error(field, result.code!, `${field}: ${result.message}`);
    return result.normalized;
  }

  creditCode(field: string, v: string | null | undefined): string | null {
    return this.identifier(field, checkCreditCode(v));
  }

  vin(field: string, v: string | null | undefined): string | null {
    return this.identifier(field, checkVin(v));
  }

  plate(field: string, v: string | null | undefined): string | null {
    return this.identifier(field, checkPlate(v));
  }

  region(field: string, v: string | null | undefined): string | null {
    return this.identifier(field, checkRegionCode(v));
  }

  text(field: string, v: string | null | undefined, maxLength = 200): string | null {
    const s = v?.trim();
    if (!s) return this.error(field, "REQUIRED", `${field} is required`);
    if (s.length > maxLength) return this.error(field, "TOO_LONG", `${field} is ${s.length} characters; at most ${maxLength} are allowed`);
    return s;
  }

  /** A code-like identifier (site code, meter number): letters, digits, - and _. */
  code(field: string, v: string | null | undefined, maxLength = 64): string | null {
    const s = this.text(field, v, maxLength);
    if (s !== null && !/^[A-Za-z0-9_-]+$/.test(s)) return this.error(field, "BAD_CHARACTER", `${field} ${JSON.stringify(s)} may contain only letters, digits, - and _`);
    return s;
  }

  enumValue<T extends string>(field: string, v: string | null | undefined, allowed: readonly T[]): T | null {
    const s = v?.trim().toUpperCase();
    if (!s) return this.error(field, "REQUIRED", `${field} is required (one of ${allowed.join(", ")})`);
    if (!(allowed as readonly string[]).includes(s)) return this.error(field, "BAD_ENUM", `${field} ${JSON.stringify(v)} is not one of ${allowed.join(", ")}`);
    return s as T;
  }

  date(field: string, v: string | null | undefined, opts: { notAfter?: string } = {}): string | null {
    const s = v?.trim();
    if (!s) return this.error(field, "REQUIRED", `${field} is required (YYYY-MM-DD)`);
    if (!isIsoDate(s)) return this.error(field, "BAD_DATE", `${field} ${JSON.stringify(v)} is not a calendar date written YYYY-MM-DD`);
    if (opts.notAfter && s > opts.notAfter) return this.error(field, "FUTURE_TIME", `${field} ${s} is in the future (today is ${opts.notAfter})`);
    if (!inDateRange(s)) return this.error(field, "OUT_OF_RANGE", `${field} ${s} is not between ${MIN_DATE} and ${MAX_DATE}`);
    return s;
  }

  dateTime(field: string, v: string | null | undefined, opts: { notAfter?: Date } = {}): Date | null {
    const s = v?.trim();
    if (!s) return this.error(field, "REQUIRED", `${field} is required (ISO 8601 with an offset, e.g. 2021-06-01T14:00:00+08:00)`);
    const d = new Date(s);
    if (!DATETIME_RE.test(s) || Number.isNaN(d.getTime()) || !isIsoDate(s.slice(0, 10))) {
      return this.error(field, "BAD_DATE", `${field} ${JSON.stringify(v)} is not ISO 8601 with an offset, e.g. 2021-06-01T14:00:00+08:00`);
    }
    // the more telling code first: a time after now is FUTURE_TIME wherever the range ends
    if (opts.notAfter && d > opts.notAfter) return this.error(field, "FUTURE_TIME", `${field} ${s} is in the future`);
    if (!inDateRange(s)) return this.error(field, "OUT_OF_RANGE", `${field} ${s} is not between ${MIN_DATE} and ${MAX_DATE}`);
    return d;
  }

  /** The start of an hour: an instant on the hour, not in the future (hourly readings are keyed by it). */
  hourStart(field: string, v: string | null | undefined, opts: { notAfter?: Date } = {}): Date | null {
    const d = this.dateTime(field, v, opts);
    if (d && d.getTime() % 3_600_000 !== 0) {
      return this.error(field, "NOT_ON_THE_HOUR", `${field} ${v} is not on the hour; send the start of the hour, e.g. 2021-01-15T08:00:00+08:00`);
    }
    return d;
  }

  number(field: string, v: number | null | undefined, min: number, max: number, unit = ""): number | null {
    if (v === null || v === undefined) return this.error(field, "REQUIRED", `${field} is required`);
    if (!Number.isFinite(v) || v < min || v > max) {
      return this.error(field, "OUT_OF_RANGE", `${field} ${v} is outside the plausible range ${min}–${max}${unit ? `${unit.startsWith("°") ? "" : " "}${unit}` : ""}`);
    }
    return v;
  }

  /** A WGS 84 latitude within Henan (with a margin): anything else is a typing or datum error. */
  latitude(field: string, v: number | null | undefined): number | null {
    return this.number(field, v, 31, 37, "° (Henan lies within 31–37°N)");
  }

  longitude(field: string, v: number | null | undefined): number | null {
    return this.number(field, v, 110, 117, "° (Henan lies within 110–117°E)");
  }

  /** Two dates or instants that must not go backwards. */
  inOrder(fromField: string, from: string | Date | null, toField: string, to: string | Date | null): void {
    if (from !== null && to !== null && to < from) {
      this.error(toField, "DATES_OUT_OF_ORDER", `${toField} (${String(to instanceof Date ? to.toISOString() : to)}) is before ${fromField} (${String(from instanceof Date ? from.toISOString() : from)})`);
    }
  }
}
