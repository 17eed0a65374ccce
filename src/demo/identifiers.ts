import { creditCodeCheckChar } from "../shared/identifiers/uscc.js";
import { vinCheckDigit } from "../shared/identifiers/vin.js";

/** GB 11714 organisation code from 8 digits: the digits and their check character (10 → X, 11 → 0). */
export function organisationCode(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...body8].reduce((s, ch, i) => s + Number(ch) * w[i], 0) % 11);
  return body8 + (c === 10 ? "X" : c === 11 ? "0" : String(c));
}

/** A valid credit code (market-regulation registered enterprise) for a region and 8 organisation digits. */
export function creditCodeFor(regionCode: string, body8: string): string {
  const first17 = `91${regionCode}${organisationCode(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A valid credit code, distinct for each n (for tests and benchmarks). */
export function makeCreditCode(n: number, region = "410100"): string {
  return creditCodeFor(region, String(10_000_000 + n).slice(-8));
}

/** Puts the right check digit in position 9 of a 17-character VIN draft. */
export function withVinCheckDigit(draft: string): string {
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

/** A valid Chinese VIN, distinct for each n (for tests and benchmarks). */
export function makeVin(n: number): string {
  return withVinCheckDigit(`LZZ5BLSJ0NA${String(n).padStart(6, "0")}`);
}
