export { makeCreditCode, makeVin } from "../../src/demo/identifiers.js";

/** The same credit code with a wrong check character, and the right one. */
export function breakCheckChar(code: string): { bad: string; expected: string } {
  const expected = code[17];
  return { bad: code.slice(0, 17) + (expected === "0" ? "1" : "0"), expected };
}
