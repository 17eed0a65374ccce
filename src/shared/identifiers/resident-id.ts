import { failedCheck, passedCheck, requiredCheck, type IdentifierCheck } from "./check-result.js";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** Check character of an 18-digit resident identity number (GB 11643-1999, ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  return CHECK_CHARS[[...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0) % 11];
}

/** A resident identity number: 17 digits, then a check digit or X; the birth date must be a date. */
export function checkResidentId(value: string | null | undefined): IdentifierCheck {
  if (value === null || value === undefined || !value.trim()) return requiredCheck("identity number");
  const v = value.trim().toUpperCase();
  if (v.length !== 18) return failedCheck("BAD_LENGTH", `identity number has ${v.length} characters; it needs 18`, v);
  if (!/^\d{17}[\dX]$/.test(v)) return failedCheck("BAD_CHARACTER", "identity number must be 17 digits followed by a digit or X", v);
  const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return failedCheck("BAD_FORMAT", `identity number's birth date ${birth} is not a date`, v);
  const expected = residentIdCheckChar(v.slice(0, 17));
  if (v[17] !== expected) {
    return failedCheck("BAD_CHECK_CHARACTER", `identity number check character is '${v[17]}' but should be '${expected}'; check the number for a typing error`, v, { expected });
  }
  return passedCheck(v);
}
