/**
 * Machine codes for a rejected value. Identifier checks and every later row validation share this one
 * list, so a client can switch on a code without knowing which layer produced it; a code, once
 * published, keeps its meaning.
 */
export const IDENTIFIER_ERROR_CODES = [
  /** empty, whitespace-only or missing */
  "REQUIRED",
  "BAD_LENGTH",
  /** a character outside the identifier's alphabet */
  "BAD_CHARACTER",
  /** the check character/digit does not match; `expected` carries the right one */
  "BAD_CHECK_CHARACTER",
  /** right length and alphabet, but the structure is wrong */
  "BAD_FORMAT",
  /** not a GB/T 2260 code the hub knows */
  "UNKNOWN_REGION",
  /** a real code, but the hub only holds Henan */
  "NOT_IN_HENAN",
  /** licence plate does not start with a mainland province character */
  "BAD_PROVINCE",
  /** licence plate issuing-authority letter not used by that province */
  "BAD_AUTHORITY",
  "OUT_OF_RANGE",
  "BAD_DATE",
  "DATES_OUT_OF_ORDER",
  /** points at a row that does not exist */
  "UNKNOWN_REFERENCE",
  /** points at a row the contributing department does not own */
  "NOT_OWNED",
  "DUPLICATE_KEY",
  "BAD_ENUM",
  "FUTURE_TIME",
  "NOT_ON_THE_HOUR",
  /** text longer than the field allows */
  "TOO_LONG",
  /** an indicator period that is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM */
  "BAD_PERIOD",
  /** text that is not storable text: a NUL character (U+0000) or a lone UTF-16 surrogate */
  "INVALID_TEXT",
  /** a meter's day with both a whole-day reading and hourly readings (in the batch, or the batch and the stored rows) */
  "MIXED_METER_DAY",
] as const;

export type IdentifierErrorCode = (typeof IDENTIFIER_ERROR_CODES)[number];

export interface IdentifierCheck {
  valid: boolean;
  /**
   * The canonical form (trimmed, upper-cased, separators removed where the identifier allows it). It is
   * kept on failures too so a message or UI can show what was actually checked; null only when there was
   * nothing to normalize.
   */
  normalized: string | null;
  /** null when valid */
  code: IdentifierErrorCode | null;
  /** what is wrong and how to fix it; null when valid */
  message: string | null;
  /** the right check character when that is the fault, else null */
  expected: string | null;
  /** soft problems that do not reject the value */
  warnings: string[];
}


export function passedCheck(normalized: string, warnings: string[] = []): IdentifierCheck {
  return { valid: true, normalized, code: null, message: null, expected: null, warnings };
}

export function failedCheck(
  code: IdentifierErrorCode,
  message: string,
  normalized: string | null,
  options: { expected?: string | null; warnings?: string[] } = {},
): IdentifierCheck {
  return {
    valid: false,
    normalized,
    code,
    message,
    expected: options.expected ?? null,
    warnings: options.warnings ?? [],
  };
}

/** Callers hand over raw row values, which may be absent or not strings at all. */
export function requiredCheck(label: string): IdentifierCheck {
  return failedCheck("REQUIRED", `${label} is missing; supply a value`, null);
}

/** 1-based, because that is how the standards and the people typing the codes count positions. */
export function ordinal(position: number): string {
  const mod100 = position % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : ["th", "st", "nd", "rd"][position % 10] ?? "th";
  return `${position}${suffix}`;
}
