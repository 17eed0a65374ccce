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

export type IdentifierKind = "CREDIT_CODE" | "VIN" | "PLATE" | "REGION";

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ["CREDIT_CODE", "VIN", "PLATE", "REGION"];

export function checkIdentifier(kind: IdentifierKind, value: string | null | undefined): IdentifierCheck {
  switch (kind) {
    case "CREDIT_CODE":
      return checkCreditCode(value);
    case "VIN":
      return checkVin(value);
    case "PLATE":
      return checkPlate(value);
    case "REGION":
      return checkRegionCode(value);
    default: {
      // Keeps the switch exhaustive when a kind is added, and guards callers that pass unchecked strings.
      const unknown: never = kind;
      throw new TypeError(`unknown identifier kind: ${String(unknown)}`);
    }
  }
}
