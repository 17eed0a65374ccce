import { isKnownRegionCode, RETIRED_REGION_CODES, regionByCode } from "../regions.data.js";
import { failedCheck, ordinal, passedCheck, requiredCheck, type IdentifierCheck } from "./check-result.js";

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: the key of an enterprise.
 */

/** A character's value is its index. I, O, Z, S and V are left out because they read like 1, 0, 2, 5 and U. */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const LENGTH = 18;

/** 3^(i−1) mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registering-authority codes of GB 32100-2015 (position 1). The spec only names 1, 5, 9 and Y, but the
 * others are real too, so an unlisted one is only a warning.
 */
const REGISTERING_AUTHORITIES: Readonly<Record<string, string>> = {
  "1": "机构编制",
  "2": "外交",
  "3": "司法行政",
  "4": "文化",
  "5": "民政",
  "6": "旅游",
  "7": "宗教",
  "8": "工会",
  "9": "工商/market regulation",
  A: "中央军委改革和编制办公室",
  N: "农业",
  Y: "其他",
};

/** GB 11714 organisation-code weights for its 8 body characters. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const HENAN_PREFIX = "41";

function charValue(char: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(char);
}

function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += charValue(first17.charAt(i)) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The check character (position 18) for the first 17 characters of a credit code; used to build demo
 * data. Throws on input that is not 17 characters of the credit-code alphabet, since a generated code
 * from bad input would silently be wrong.
 */
export function creditCodeCheckChar(first17: string): string {
  const upper = first17.toUpperCase();
  if (upper.length !== LENGTH - 1) {
    throw new RangeError(`creditCodeCheckChar needs 17 characters, got ${upper.length}`);
  }
  for (const char of upper) {
    if (charValue(char) < 0) throw new RangeError(`creditCodeCheckChar: '${char}' is not a credit-code character`);
  }
  return checkCharOf(upper);
}

/** GB 11714 values digits as themselves and letters A–Z as 10–35 (its own alphabet, unlike GB 32100). */
function orgCodeValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  return code - 55;
}

function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < ORG_CODE_WEIGHTS.length; i++) sum += orgCodeValue(body8.charAt(i)) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  if (c === 10) return "X";
  if (c === 11) return "0";
  return String(c);
}

/** The letters the alphabet leaves out, and what each is probably meant to be. */
const LOOKALIKES: Readonly<Record<string, string>> = { I: "1", O: "0", Z: "2", S: "5", V: "U" };

function badCharacterHint(char: string): string {
  return Object.hasOwn(LOOKALIKES, char) ? ` (credit codes never use ${char}; it is probably ${LOOKALIKES[char]})` : "";
}

function regionWarning(division: string): string | null {
  if (!division.startsWith(HENAN_PREFIX)) {
    return `credit code division ${division} is outside Henan (Henan codes start with 41); the enterprise is registered in another province`;
  }
  if (isKnownRegionCode(division)) return null;
  const retired = RETIRED_REGION_CODES.get(division);
  if (retired) {
    const successor = regionByCode(retired.replacedBy);
    return (
      `credit code division ${division} (${retired.name}) was replaced by ${retired.replacedBy}` +
      `${successor ? ` (${successor.name})` : ""} in ${retired.year}; codes issued before then keep the old division`
    );
  }
  return `credit code division ${division} is not a known GB/T 2260 code of Henan; check positions 3–8`;
}

export function checkCreditCode(value: string | null | undefined): IdentifierCheck {
  if (typeof value !== "string" || value.trim() === "") return requiredCheck("credit code");
  const normalized = value.trim().toUpperCase();

  if (normalized.length !== LENGTH) {
    return failedCheck(
      "BAD_LENGTH",
      `credit code has ${normalized.length} characters but must have 18; check for missing or extra characters`,
      normalized,
    );
  }

  for (let i = 0; i < normalized.length; i++) {
    const char = normalized.charAt(i);
    if (charValue(char) < 0) {
      return failedCheck(
        "BAD_CHARACTER",
        `credit code has '${char}' at the ${ordinal(i + 1)} position${badCharacterHint(char)}; ` +
          `only digits and the letters ABCDEFGHJKLMNPQRTUWXY are allowed`,
        normalized,
      );
    }
  }

  const division = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return failedCheck(
      "BAD_FORMAT",
      `credit code positions 3–8 are '${division}' but must be a six-digit GB/T 2260 division code (Henan codes start with 41)`,
      normalized,
    );
  }

  const expected = checkCharOf(normalized);
  const actual = normalized.charAt(LENGTH - 1);
  if (actual !== expected) {
    return failedCheck(
      "BAD_CHECK_CHARACTER",
      `credit code check character is '${actual}' but should be '${expected}'; check the code for a typing error`,
      normalized,
      { expected },
    );
  }

  const warnings: string[] = [];
  const authority = normalized.charAt(0);
  if (!Object.hasOwn(REGISTERING_AUTHORITIES, authority)) {
    warnings.push(`credit code registering authority '${authority}' (1st position) is not one defined by GB 32100-2015`);
  }
  const region = regionWarning(division);
  if (region) warnings.push(region);
  // Only a warning: the embedded organisation code is a legacy field and some registrars (individual
  // businesses especially) fill it without a valid GB 11714 check.
  const orgExpected = orgCodeCheckChar(normalized.slice(8, 16));
  const orgActual = normalized.charAt(16);
  if (orgActual !== orgExpected) {
    warnings.push(
      `embedded organisation code ${normalized.slice(8, 17)} fails its GB 11714 check ` +
        `(17th character is '${orgActual}', expected '${orgExpected}')`,
    );
  }
  return passedCheck(normalized, warnings);
}
