import { addDays } from "../shared/dates.js";
import { gateRecords } from "../departments/environment/gate-record.dataset.js";
import { DEMO_FREIGHT_WARNINGS } from "./emergency.js";
import type { DemoContext, DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable } from "./table.js";

/** Listed firms per warned city that run gate systems in the demo. */
const FIRMS_PER_CITY = 4;
const BASELINE_DAYS = 30;

/**
 * Gate (门禁) records of listed firms in the cities of the 2021 ORANGE and RED warnings: every heavy truck
 * that came in and went out, over the 30 days before each warning and during it. Firms that comply cut
 * their road freight during the warning; the others carry on, so the warning comparison has both to show.
 * The plates are registered heavy trucks, so public security resolves the vehicle behind each.
 */
export function demoTables({ emergency: { listed, freightFactor }, vehicles }: DemoContext): DemoTable[] {
  const trucks = vehicles.filter((v) => v.vehicleType === "HEAVY_TRUCK" && v.status === "ACTIVE" && v.fuel !== "ELECTRIC");
  const r = new Random(2021_0114);
  const rows: unknown[][] = [];
  for (const [city, first, last] of DEMO_FREIGHT_WARNINGS) {
    const firms = listed.filter((f) => f.city === city).slice(0, FIRMS_PER_CITY);
    for (const [fi, firm] of firms.entries()) {
      const usual = 12 + ((fi * 7) % 20);
      for (let day = addDays(first, -BASELINE_DAYS); day <= last; day = addDays(day, 1)) {
        const n = Math.round(usual * freightFactor(firm.creditCode, day) * (0.85 + r.next() * 0.3));
        for (let k = 0; k < n; k++) {
          const truck = trucks[(fi * 131 + k * 17 + r.int(0, trucks.length - 1)) % trucks.length];
          // one truck a slot: in during the day, out an hour later, minutes apart so no two rows share a key
          const inAt = new Date(`${day}T06:00:00+08:00`).getTime() + (k * 11 + r.int(0, 9)) * 60_000;
          const gate = `G${(k % 2) + 1}`;
          rows.push([firm.creditCode, gate, new Date(inAt), truck.plate, "IN", truck.emissionStage]);
          rows.push([firm.creditCode, gate, new Date(inAt + 3_600_000), truck.plate, "OUT", truck.emissionStage]);
        }
      }
    }
  }
  return [demoTable(gateRecords, rows)];
}
