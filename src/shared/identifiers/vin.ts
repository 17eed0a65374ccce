import { failedCheck, ordinal, passedCheck, requiredCheck, type IdentifierCheck } from "./check-result.js";

/**
 * Vehicle identification number, ISO 3779 / GB 16735: the key of a vehicle (plates are re-issued, the
 * VIN is not).
 */

const LENGTH = 17;
const CHECK_POSITION = 9;

/** I, O and Q are excluded because they read like 1 and 0. */
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

function vinCharValue(char: string): number | null {
  if (char >= "0" && char <= "9") return char.charCodeAt(0) - 48;
  return Object.hasOwn(TRANSLITERATION, char) ? TRANSLITERATION[char]! : null;
}

function checkDigitOf(vin: string): string {
  let sum = 0;
  for (let i = 0; i < LENGTH; i++) sum += (vinCharValue(vin.charAt(i)) ?? 0) * WEIGHTS[i]!;
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/**
 * The check digit (position 9) for a 17-character VIN, whatever position 9 currently holds; used to build
 * demo data. Throws on input that is not a well-formed VIN body, since a generated VIN from bad input
 * would silently be wrong.
 */
export function vinCheckDigit(vin17: string): string {
  const upper = vin17.toUpperCase();
  if (upper.length !== LENGTH) throw new RangeError(`vinCheckDigit needs 17 characters, got ${upper.length}`);
  for (const char of upper) {
    if (vinCharValue(char) === null) throw new RangeError(`vinCheckDigit: '${char}' is not a VIN character`);
  }
  return checkDigitOf(upper);
}

/**
 * China (L) and North America (1–5) make the check digit mandatory; elsewhere it is optional, so a
 * mismatch there cannot be called an error.
 */
function checkDigitMandatory(vin: string): boolean {
  const region = vin.charAt(0);
  return region === "L" || (region >= "1" && region <= "5");
}

const LOOKALIKES: Readonly<Record<string, string>> = { I: "1", O: "0", Q: "0" };

function badCharacterHint(char: string): string {
  return Object.hasOwn(LOOKALIKES, char) ? ` (VINs never use ${char}; it is probably ${LOOKALIKES[char]})` : "";
}

export function checkVin(value: string | null | undefined): IdentifierCheck {
  if (typeof value !== "string" || value.trim() === "") return requiredCheck("VIN");
  const normalized = value.trim().toUpperCase();

  if (normalized.length !== LENGTH) {
    return failedCheck(
      "BAD_LENGTH",
      `VIN has ${normalized.length} characters but must have 17; check for missing or extra characters`,
      normalized,
    );
  }

  for (let i = 0; i < normalized.length; i++) {
    const char = normalized.charAt(i);
    if (vinCharValue(char) === null) {
      return failedCheck(
        "BAD_CHARACTER",
        `VIN has '${char}' at the ${ordinal(i + 1)} position${badCharacterHint(char)}; ` +
          `only digits and letters other than I, O and Q are allowed`,
        normalized,
      );
    }
  }

  const expected = checkDigitOf(normalized);
  const actual = normalized.charAt(CHECK_POSITION - 1);
  if (actual === expected) return passedCheck(normalized);

  if (checkDigitMandatory(normalized)) {
    return failedCheck(
      "BAD_CHECK_CHARACTER",
      `VIN check digit (9th character) is '${actual}' but should be '${expected}'; check the VIN for a typing error`,
      normalized,
      { expected },
    );
  }
  return passedCheck(normalized, [
    `VIN check digit (9th character) is '${actual}' but would be '${expected}'; ` +
      `the check digit is optional for vehicles made outside China and North America, so the VIN is accepted`,
  ]);
}
