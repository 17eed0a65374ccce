import { creditCodeCheckChar } from "../../src/common/identifiers/uscc.js";
import { vinCheckDigit } from "../../src/common/identifiers/vin.js";

/** A valid credit code, distinct for each n (organisation code check included). */
export function makeCreditCode(n: number, region = "410100"): string {
  const body = String(10_000_000 + n).slice(-8);
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...body].reduce((s, ch, i) => s + Number(ch) * w[i], 0) % 11);
  const first17 = `91${region}${body}${c === 10 ? "X" : c === 11 ? "0" : String(c)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A valid Chinese VIN, distinct for each n. */
export function makeVin(n: number): string {
  const draft = `LZZ5BLSJ0NA${String(n).padStart(6, "0")}`;
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

/** The same credit code with a wrong check character, and the right one. */
export function breakCheckChar(code: string): { bad: string; expected: string } {
  const expected = code[17];
  return { bad: code.slice(0, 17) + (expected === "0" ? "1" : "0"), expected };
}
