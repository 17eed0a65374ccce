import { HENAN_PROVINCE_CODE, RETIRED_REGION_CODES, regionByCode, type RegionRecord } from "../regions.data.js";
import { failedCheck, ordinal, passedCheck, requiredCheck, type IdentifierCheck } from "./check-result.js";

/** GB/T 2260 administrative division codes: the key of a region. The hub holds Henan only. */

const LENGTH = 6;
const HENAN_PREFIX = HENAN_PROVINCE_CODE.slice(0, 2);

function describe(region: RegionRecord): string {
  return `${region.code} (${region.name})`;
}

/** The nearest enclosing division the hub knows, so the message can point somewhere useful. */
function nearestKnownParent(code: string): { label: string; region: RegionRecord } | null {
  // 4190xx codes are the province-administered county-level units; Jiyuan is the only one in Henan.
  const cityCode = code.startsWith("4190") ? "419001" : `${code.slice(0, 4)}00`;
  const city = regionByCode(cityCode);
  if (city) return { label: "its city", region: city };
  const province = regionByCode(`${code.slice(0, 2)}0000`);
  if (province) return { label: "its province", region: province };
  return null;
}

function unknownMessage(code: string): string {
  const retired = RETIRED_REGION_CODES.get(code);
  if (retired) {
    const successor = regionByCode(retired.replacedBy);
    return (
      `${code} (${retired.name}) is no longer a GB/T 2260 code; it was replaced by ` +
      `${successor ? describe(successor) : retired.replacedBy} in ${retired.year}, use that instead`
    );
  }
  const parent = nearestKnownParent(code);
  if (parent) return `${code} is not a GB/T 2260 code; ${parent.label} ${describe(parent.region)} is`;
  return `${code} is not a GB/T 2260 code of Henan`;
}

export function checkRegionCode(value: string | null | undefined): IdentifierCheck {
  if (typeof value !== "string" || value.trim() === "") return requiredCheck("region code");
  const normalized = value.trim();

  for (let i = 0; i < normalized.length; i++) {
    const char = normalized.charAt(i);
    if (char < "0" || char > "9") {
      return failedCheck(
        "BAD_CHARACTER",
        `region code has '${char}' at the ${ordinal(i + 1)} position; a GB/T 2260 code is 6 digits (e.g. 410105)`,
        normalized,
      );
    }
  }

  if (normalized.length !== LENGTH) {
    // 9- and 12-digit statistical codes (township, village) begin with the county's GB/T 2260 code.
    const hint =
      normalized.length > LENGTH && regionByCode(normalized.slice(0, LENGTH))
        ? `; if this is a statistical code, its county is ${normalized.slice(0, LENGTH)}`
        : "";
    return failedCheck(
      "BAD_LENGTH",
      `region code has ${normalized.length} digits but a GB/T 2260 code has 6 (e.g. 410105)${hint}`,
      normalized,
    );
  }

  if (!normalized.startsWith(HENAN_PREFIX)) {
    return failedCheck(
      "NOT_IN_HENAN",
      `region ${normalized} is outside Henan (Henan codes start with 41); the hub only holds Henan regions`,
      normalized,
    );
  }

  if (!regionByCode(normalized)) return failedCheck("UNKNOWN_REGION", unknownMessage(normalized), normalized);
  return passedCheck(normalized);
}
