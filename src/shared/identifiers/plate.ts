import { failedCheck, ordinal, passedCheck, requiredCheck, type IdentifierCheck } from "./check-result.js";

/**
 * Motor-vehicle licence plates, GA 36-2018. A plate names a vehicle only at a point in time (plates are
 * re-issued), so it is an attribute to check, never a key.
 */

export type PlateKind = "ORDINARY" | "NEW_ENERGY_SMALL" | "NEW_ENERGY_LARGE";

/** Abbreviation characters of the 31 mainland provinces, municipalities and autonomous regions. */
export const PROVINCE_ABBREVIATIONS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

export const HENAN_PLATE_PROVINCE = "豫";

/** Issuing-authority letter → GB/T 2260 city code; V is Zhengzhou's second letter since 2020. */
const HENAN_AUTHORITY_REGION: Readonly<Record<string, string>> = {
  A: "410100",
  V: "410100",
  B: "410200",
  C: "410300",
  D: "410400",
  E: "410500",
  F: "410600",
  G: "410700",
  H: "410800",
  J: "410900",
  K: "411000",
  L: "411100",
  M: "411200",
  N: "411400",
  P: "411600",
  Q: "411700",
  R: "411300",
  S: "411500",
  U: "419001",
};

const HENAN_AUTHORITY_LETTERS = Object.keys(HENAN_AUTHORITY_REGION).sort().join(" ");

/** Suffix characters of special plates (learner, trailer, police, Hong Kong/Macau, consular, …). */
const SPECIAL_PLATE_CHARACTERS = "学挂警港澳领使试超";

/**
 * People paste plates as "豫A·12345" (the dot printed on the plate) or type them with a Chinese input
 * method, which produces full-width letters and digits and several look-alike dots.
 */
const SEPARATORS = /[\s\u00B7\u2022\u2027\u22C5\u30FB\uFF65]/g;

export function normalizePlate(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(SEPARATORS, "")
    .toUpperCase();
}

interface PlateAnalysis {
  check: IdentifierCheck;
  kind: PlateKind | null;
}

function isUpperLetter(char: string): boolean {
  return char >= "A" && char <= "Z";
}

function isDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}

function fail(...args: Parameters<typeof failedCheck>): PlateAnalysis {
  return { check: failedCheck(...args), kind: null };
}

function analysePlate(value: string | null | undefined): PlateAnalysis {
  if (typeof value !== "string") return { check: requiredCheck("plate"), kind: null };
  const normalized = normalizePlate(value);
  if (normalized === "") return { check: requiredCheck("plate"), kind: null };

  // Array.from splits by code point, so a stray astral character counts as one character, not two.
  const chars = Array.from(normalized);
  const province = chars[0]!;
  if (!PROVINCE_ABBREVIATIONS.includes(province)) {
    return fail(
      "BAD_PROVINCE",
      `plate must start with a province character such as 豫, but starts with '${province}'`,
      normalized,
    );
  }

  if (chars.length !== 7 && chars.length !== 8) {
    return fail(
      "BAD_LENGTH",
      `plate has ${chars.length} characters but must have 7 (ordinary, 豫A12345) or 8 (new energy, 豫AD12345 / 豫A12345D)`,
      normalized,
    );
  }

  const authority = chars[1]!;
  if (!isUpperLetter(authority)) {
    return fail(
      "BAD_FORMAT",
      `plate's 2nd character is '${authority}' but must be the issuing-authority letter (e.g. 豫A)`,
      normalized,
    );
  }
  if (province === HENAN_PLATE_PROVINCE && !Object.hasOwn(HENAN_AUTHORITY_REGION, authority)) {
    return fail(
      "BAD_AUTHORITY",
      `豫${authority} is not a Henan issuing authority; Henan plates use ${HENAN_AUTHORITY_LETTERS}`,
      normalized,
    );
  }

  const serial = chars.slice(2);
  for (let i = 0; i < serial.length; i++) {
    const char = serial[i]!;
    const position = ordinal(i + 3);
    if (SPECIAL_PLATE_CHARACTERS.includes(char)) {
      return fail(
        "BAD_FORMAT",
        `plate ends in '${char}', a special plate (learner, trailer, police, …); only ordinary and new-energy plates are accepted`,
        normalized,
      );
    }
    if (char === "I" || char === "O") {
      return fail(
        "BAD_CHARACTER",
        `plate has '${char}' at the ${position} position; plates never use I or O (they read as 1 and 0)`,
        normalized,
      );
    }
    if (!isUpperLetter(char) && !isDigit(char)) {
      return fail(
        "BAD_CHARACTER",
        `plate has '${char}' at the ${position} position; after the province and authority letter only letters and digits are allowed`,
        normalized,
      );
    }
  }

  if (serial.length === 5) return { check: passedCheck(normalized), kind: "ORDINARY" };

  const tail = serial.join("");
  if (/^[DF][A-Z0-9]\d{4}$/.test(tail)) return { check: passedCheck(normalized), kind: "NEW_ENERGY_SMALL" };
  if (/^\d{5}[DF]$/.test(tail)) return { check: passedCheck(normalized), kind: "NEW_ENERGY_LARGE" };
  return fail(
    "BAD_FORMAT",
    `8-character plate ${normalized} is not a new-energy layout: small vehicles are D or F, a letter or digit, ` +
      `then 4 digits (豫AD12345); large vehicles are 5 digits then D or F (豫A12345D)`,
    normalized,
  );
}

export function checkPlate(value: string | null | undefined): IdentifierCheck {
  return analysePlate(value).check;
}

/** null when the plate is not valid. */
export function plateKind(plate: string | null | undefined): PlateKind | null {
  return analysePlate(plate).kind;
}

/** The GB/T 2260 city of a valid Henan plate; null for other provinces and invalid plates. */
export function plateRegionCode(plate: string | null | undefined): string | null {
  const { check } = analysePlate(plate);
  if (!check.valid || check.normalized === null) return null;
  const [province, authority] = Array.from(check.normalized);
  if (province !== HENAN_PLATE_PROVINCE || authority === undefined) return null;
  return HENAN_AUTHORITY_REGION[authority] ?? null;
}
