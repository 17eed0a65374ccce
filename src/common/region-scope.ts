import { badInput } from "./errors.js";
import { childrenOf, isKnownRegionCode } from "../shared/regions.data.js";

/**
 * The codes a region filter covers: the region and everything below it, so filtering by a city finds
 * records registered in its counties. Read from the shared GB/T 2260 data, no call to another subgraph.
 */
export function regionScope(code: string, argument = "regionCode"): string[] {
  if (!isKnownRegionCode(code)) {
    throw badInput(`Unknown region code ${code}: use a GB/T 2260 code of Henan, e.g. 410100 for Zhengzhou`, { argument });
  }
  const out: string[] = [];
  const walk = (c: string) => {
    out.push(c);
    for (const child of childrenOf(c)) walk(child.code);
  };
  walk(code);
  return out;
}
