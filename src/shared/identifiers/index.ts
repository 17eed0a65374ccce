import type { IdentifierCheck } from "./check-result.js";
import { checkPlate } from "./plate.js";
import { checkRegionCode } from "./region.js";
import { checkCreditCode } from "./uscc.js";
import { checkVin } from "./vin.js";

export * from "./check-result.js";
export * from "./plate.js";
export * from "./region.js";
export * from "./uscc.js";
export * from "./vin.js";

const CHECKS = {
  CREDIT_CODE: checkCreditCode,
  VIN: checkVin,
  PLATE: checkPlate,
  REGION: checkRegionCode,
} satisfies Record<string, (value: string | null | undefined) => IdentifierCheck>;

export type IdentifierKind = keyof typeof CHECKS;

export const IDENTIFIER_KINDS = Object.keys(CHECKS) as readonly IdentifierKind[];

export function checkIdentifier(kind: IdentifierKind, value: string | null | undefined): IdentifierCheck {
  // guards callers that pass unchecked strings
  if (!Object.hasOwn(CHECKS, kind)) throw new TypeError(`unknown identifier kind: ${String(kind)}`);
  return CHECKS[kind](value);
}
