import { Department } from "../shared/departments.js";
import { addDays } from "../shared/dates.js";
import { cityOf } from "../shared/regions.data.js";
import { emergencyList } from "../departments/environment/emergency-list.dataset.js";
import { enterpriseProfiles } from "../departments/environment/enterprise-profile.dataset.js";
import type { DemoData, DemoTable, EmergencyDemo } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable, instant, pad, text } from "./table.js";

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

/**
 * The demo warnings, during the episodes (every level at least once, and an orange one in December), which
 * the list is judged against: [city, level index 0..2, first day, last day].
 */
const DEMO_WARNINGS: [string, number, string, string][] = [
  ["410500", 2, "2021-01-10", "2021-01-16"],
  ["410100", 1, "2021-01-10", "2021-01-15"],
  ["410700", 0, "2021-02-08", "2021-02-10"],
  ["410100", 1, "2021-12-15", "2021-12-20"],
  ["410800", 0, "2021-11-20", "2021-11-22"],
];
const LEVELS = ["YELLOW", "ORANGE", "RED"];
const REASONS = ["forecast AQI > 200 for 2 days", "forecast AQI > 200 for 4 days, 1 of them > 300", "forecast AQI > 200 for 5 days, 3 of them > 300"];

const owedCut = (m: string) => (m === "HALT" ? 0.8 : m.startsWith("CUT:") ? Number(m.slice(4)) : 0);

/**
 * Environmental profiles of the key-industry firms and the 2021 emergency list (every key firm, the
 * measure by its grade), plus how each listed firm behaved during the demo warnings: about two in three
 * cut what they owed, the rest barely cut, so the compliance check has both to find.
 */
export function emergencyDemo(keyFirms: DemoData["enterprises"], grades: Map<string, string>): EmergencyDemo {
  const r = new Random(2021_1215);
  const listRows: unknown[][] = [];
  const behaviour = new Map<string, { city: string; measures: [string, string, string]; complies: boolean }>();
  const profileRows = keyFirms.map((e, i) => {
    const code = e.industry.code;
    const heavy = HEAVY.has(code);
    const key = heavy || r.next() < 0.5;
    const ultraLow = code === "3120" || code === "3011" || code === "2521" ? r.weighted([["ASSESSED", 50], ["COMPLETED", 30], ["IN_PROGRESS", 20]] as const) : "NOT_REQUIRED";
    return [
      e.creditCode, CATEGORY[code] ?? "其他", key ? "KEY" : "SIMPLIFIED", `PW${e.creditCode.slice(2, 14)}${pad(i, 3)}`,
      key, key && r.next() < 0.9, ultraLow, ultraLow === "ASSESSED" ? `2021-0${r.int(3, 9)}-1${r.int(0, 9)}` : null,
      code === "2614" || code === "2710" || code === "3071", heavy,
    ];
  });
  for (const e of keyFirms) {
    const city = cityOf(e.regionCode)!.code;
    const measures = MEASURES[grades.get(e.creditCode) ?? "C"];
    listRows.push([2021, e.creditCode, city, ...measures]);
    behaviour.set(e.creditCode, { city, measures, complies: r.next() < 0.65 });
  }

  /** The firm's behaviour and the level of its city's warning on a day, if one was on. */
  const warned = (creditCode: string, day: string) => {
    const b = behaviour.get(creditCode);
    const warning = b && DEMO_WARNINGS.find(([city, , first, last]) => city === b.city && day >= first && day <= last);
    return warning ? { ...b!, level: warning[1] } : undefined;
  };
  /** Multiplier on a listed firm's use on a day: the cut it made, if a warning of its city was on. */
  const useFactor = (creditCode: string, day: string): number => {
    const w = warned(creditCode, day);
    if (!w) return 1;
    const owed = owedCut(w.measures[w.level]);
    if (owed === 0) return 0.9; // self-determined: a token cut
    return w.complies ? 1 - Math.min(0.95, owed + 0.04) : 0.95;
  };
  /**
   * Multiplier on a listed firm's road freight on a day: during an ORANGE or RED warning of its city the
   * plan asks key vehicle-using firms to cut or stop it; the firms that comply cut it to a fifth.
   */
  const freightFactor = (creditCode: string, day: string): number => {
    const w = warned(creditCode, day);
    if (!w || w.level < 1) return 1;
    return w.complies ? 0.2 : 0.95;
  };
  const listed = [...behaviour].map(([creditCode, b]) => ({ creditCode, city: b.city }));
  return { tables: [demoTable(enterpriseProfiles, profileRows), demoTable(emergencyList, listRows)], useFactor, freightFactor, listed };
}

/** The demo's ORANGE and RED warnings: [city, first day, last day]. */
export const DEMO_FREIGHT_WARNINGS = DEMO_WARNINGS.filter(([, level]) => level >= 1).map(([city, , first, last]) => [city, first, last] as const);

/** The demo warnings as environment issued them, numbered per city; each ends at the midnight after its last day. */
export function warningTable(): DemoTable {
  const rows = DEMO_WARNINGS.map(([city, level, first, last], i) => {
    const n = DEMO_WARNINGS.slice(0, i + 1).filter(([c]) => c === city).length;
    const startsAt = `${first}T00:00:00+08:00`;
    return [`W2021-${city}-${pad(n)}`, city, LEVELS[level], startsAt, `${addDays(last, 1)}T00:00:00+08:00`, null, REASONS[level], "environment-admin", startsAt];
  });
  const columns = [text("id"), text("region_code"), text("level"), instant("starts_at"), instant("ends_at"), instant("lifted_at"), text("reason"), text("issued_by"), instant("issued_at")];
  return { department: Department.ENVIRONMENT, table: "environment.warnings", columns, rows };
}
