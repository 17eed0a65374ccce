import { cityOf } from "../shared/regions.data.js";
import { emergencyList } from "../departments/environment/emergency-list.dataset.js";
import { enterpriseProfiles } from "../departments/environment/enterprise-profile.dataset.js";
import type { DemoData, DemoTable, EmergencyDemo } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable } from "./table.js";

const CATEGORY: Record<string, string> = {
  "3011": "水泥", "3120": "钢铁", "2521": "焦化", "3041": "玻璃", "3071": "陶瓷", "2614": "化工", "3031": "砖瓦窑", "3391": "铸造", "3216": "有色金属", "2710": "制药",
};
const HEAVY = new Set(["3011", "3120", "2521", "3216", "3041"]);

/** Measure owed per level by grade (A and LEADING choose their own; ungraded firms as C). */
const MEASURES: Record<string, [string, string, string]> = {
  A: ["SELF_DETERMINED", "SELF_DETERMINED", "SELF_DETERMINED"],
  LEADING: ["SELF_DETERMINED", "SELF_DETERMINED", "SELF_DETERMINED"],
  B: ["CUT:0.1", "CUT:0.2", "CUT:0.3"],
  B_MINUS: ["CUT:0.2", "CUT:0.3", "CUT:0.4"],
  C: ["CUT:0.3", "CUT:0.4", "CUT:0.5"],
  D: ["CUT:0.3", "HALT", "HALT"],
};

/** The demo warnings the list is judged against: [city, level index 0..2, first day, last day]. */
const DEMO_WARNINGS: [string, number, string, string][] = [
  ["410500", 2, "2021-01-10", "2021-01-16"],
  ["410100", 1, "2021-01-10", "2021-01-15"],
  ["410700", 0, "2021-02-08", "2021-02-10"],
  ["410100", 1, "2021-12-15", "2021-12-20"],
  ["410800", 0, "2021-11-20", "2021-11-22"],
];

const owedCut = (m: string) => (m === "HALT" ? 0.8 : m.startsWith("CUT:") ? Number(m.slice(4)) : 0);

/**
 * Environmental profiles of the key-industry firms and the 2021 emergency list (every key firm, the
 * measure by its grade), plus how each listed firm behaved during the demo warnings: about two in three
 * cut what they owed, the rest barely cut, so the compliance check has both to find.
 */
export function emergencyDemo(keyFirms: DemoData["enterprises"], grades: Map<string, string>, provenance: unknown[]): EmergencyDemo {
  const r = new Random(2021_1215);
  const listRows: unknown[][] = [];
  const behaviour = new Map<string, { city: string; measures: [string, string, string]; complies: boolean }>();
  const profileRows = keyFirms.map((e, i) => {
    const code = e.industry.code;
    const heavy = HEAVY.has(code);
    const key = heavy || r.next() < 0.5;
    const ultraLow = code === "3120" || code === "3011" || code === "2521" ? r.weighted([["ASSESSED", 50], ["COMPLETED", 30], ["IN_PROGRESS", 20]] as const) : "NOT_REQUIRED";
    return [
      e.creditCode, CATEGORY[code] ?? "其他", key ? "KEY" : "SIMPLIFIED", `PW${e.creditCode.slice(2, 14)}${String(i).padStart(3, "0")}`,
      key, key && r.next() < 0.9, ultraLow, ultraLow === "ASSESSED" ? `2021-0${r.int(3, 9)}-1${r.int(0, 9)}` : null,
      code === "2614" || code === "2710" || code === "3071", heavy, ...provenance,
    ];
  });
  for (const e of keyFirms) {
    const city = cityOf(e.regionCode)!.code;
    const measures = MEASURES[grades.get(e.creditCode) ?? "C"];
    listRows.push([2021, e.creditCode, city, ...measures, ...provenance]);
    behaviour.set(e.creditCode, { city, measures, complies: r.next() < 0.65 });
  }

  /** Multiplier on a listed firm's use on a day: the cut it made, if a warning of its city was on. */
  const useFactor = (creditCode: string, day: string): number => {
    const b = behaviour.get(creditCode);
    if (!b) return 1;
    for (const [city, level, first, last] of DEMO_WARNINGS) {
      if (city !== b.city || day < first || day > last) continue;
      const owed = owedCut(b.measures[level]);
      if (owed === 0) return 0.9; // self-determined: a token cut
      return b.complies ? 1 - Math.min(0.95, owed + 0.04) : 0.95;
    }
    return 1;
  };

  const tables: DemoTable[] = [
    demoTable(enterpriseProfiles, profileRows),
    demoTable(emergencyList, listRows),
  ];
  /**
   * Multiplier on a listed firm's road freight on a day: during an ORANGE or RED warning of its city the
   * plan asks key vehicle-using firms to cut or stop it; the firms that comply cut it to a fifth.
   */
  const freightFactor = (creditCode: string, day: string): number => {
    const b = behaviour.get(creditCode);
    if (!b) return 1;
    for (const [city, level, first, last] of DEMO_WARNINGS) {
      if (city === b.city && level >= 1 && day >= first && day <= last) return b.complies ? 0.2 : 0.95;
    }
    return 1;
  };
  const listed = [...behaviour].map(([creditCode, b]) => ({ creditCode, city: b.city }));
  return { tables, useFactor, freightFactor, listed };
}

/** The demo's ORANGE and RED warnings: [city, first day, last day]. */
export const DEMO_FREIGHT_WARNINGS = DEMO_WARNINGS.filter(([, level]) => level >= 1).map(([city, , first, last]) => [city, first, last] as const);
