import { phaseOut } from "../departments/transport/phase-out.dataset.js";
import { railSiding } from "../departments/transport/rail-siding.dataset.js";
import { repair } from "../departments/transport/repair.dataset.js";
import type { DemoContext, DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable, isOldStage, isoDate, isTruck, pad, round } from "./table.js";

// its own seed, so adding transport rows leaves every other department's demo data as it was
const SEED = 2021_1128;

/** The 2021 action plan's deadline for the 国三-and-below operating diesel trucks. */
const PHASE_OUT_DEADLINE = "2021-12-31";
const REPAIRS = 300;
const REPAIR_ITEMS = [
  "更换DPF颗粒捕集器", "清洗DPF", "更换SCR催化器", "更换车用尿素", "更换NOx传感器", "维修EGR阀",
  "更换喷油器", "调整供油系统", "更换空气滤清器", "检修OBD系统", "更换氧传感器", "更换三元催化器",
];
/** Cement, steel, coking and aluminium: the bulk shippers the road-to-rail shift (公转铁) targets. */
const BULK_INDUSTRIES = ["3011", "3120", "2521", "3216"];
/** Yearly tonnage ranges per industry, in 10,000 t. */
const TONNAGE: Record<string, [number, number]> = { "3011": [100, 400], "3120": [200, 800], "2521": [100, 300], "3216": [50, 200] };

/**
 * Transport's demo datasets: a phase-out for every 国三-or-below diesel truck, about 300 M-station
 * repairs of trucks, and a dozen railway sidings of bulk-shipping enterprises. A pure function of its input.
 */
export function demoTables(data: DemoContext): DemoTable[] {
  const r = new Random(SEED);
  const trucks = data.vehicles.filter(isTruck);

  const phaseOutRows = trucks
    .filter((v) => v.fuel === "DIESEL" && isOldStage(v.emissionStage))
    .map((v) => {
      const status = r.weighted([["PENDING", 70], ["SCRAPPED", 20], ["UPGRADED", 10]] as const);
      const completedOn = status === "PENDING" ? null : isoDate(2021, r.int(1, 12), r.int(1, 28));
      return [v.vin, PHASE_OUT_DEADLINE, status, completedOn];
    });

  const repairRows: unknown[][] = [];
  for (let i = 0; i < REPAIRS && trucks.length > 0; i++) {
    const v = r.pick(trucks);
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const at = `${isoDate(2021, month, day)}T${pad(r.int(8, 17))}:${pad(r.int(0, 59))}:00+08:00`;
    const items = new Set<string>();
    const n = r.weighted([[1, 50], [2, 35], [3, 15]] as const);
    while (items.size < n) items.add(r.pick(REPAIR_ITEMS));
    // the last repairs of the year still wait for their retest
    const retestPassed = month === 12 && day > 20 ? null : r.next() < 0.85;
    repairRows.push([
      `WX2021${pad(i + 1, 5)}`, v.vin, `M${v.regionCode}${pad(r.int(1, 3))}`, at,
      JSON.stringify([...items]), retestPassed,
    ]);
  }

  const sidingRows = data.enterprises
    .filter((e) => BULK_INDUSTRIES.includes(e.industry.code))
    .filter((_, i) => i % 5 === 0)
    .map((e, i) => {
      const [min, max] = TONNAGE[e.industry.code];
      return [
        `ZYX${e.regionCode}${pad(i + 1, 3)}`, e.creditCode, e.regionCode,
        // a fixed mix, so every status has sidings to filter by
        i % 6 < 3 ? "IN_SERVICE" : i % 6 < 5 ? "UNDER_CONSTRUCTION" : "PLANNED",
        round(min + r.next() * (max - min), 1),
      ];
    });

  return [
    demoTable(phaseOut, phaseOutRows),
    demoTable(repair, repairRows),
    demoTable(railSiding, sidingRows),
  ];
}
