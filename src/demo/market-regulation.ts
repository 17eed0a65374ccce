import { cityOf, citiesOf } from "../shared/regions.data.js";
import { coalCheck } from "../departments/market-regulation/coal-check.dataset.js";
import { fuelSample } from "../departments/market-regulation/fuel-sample.dataset.js";
import { inspectionAgency } from "../departments/market-regulation/inspection-agency.dataset.js";
import { vehicleInspection } from "../departments/market-regulation/vehicle-inspection.dataset.js";
import type { DemoContext, DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { countiesOrSelf, demoTable, isoDate, pad, round, shortName } from "./table.js";

// Its own seed, so these tables never shift the rows of the shared generator (and vice versa).
const SEED = 20210315;


const GASOLINE_ITEMS = ["硫含量", "蒸气压", "烯烃含量", "芳烃含量", "苯含量", "氧含量", "研究法辛烷值"];
const DIESEL_ITEMS = ["硫含量", "多环芳烃含量", "闪点(闭口)", "冷滤点", "十六烷值", "脂肪酸甲酯含量"];

type Measured = Record<string, number>;

/** Plausible readings of a method; a failing one exceeds a GB 18285 / GB 3847 limit. */
function measured(r: Random, method: string, fail: boolean): Measured {
  const over = (limit: number) => (fail ? limit * (1.1 + r.next() * 0.6) : limit * (0.2 + r.next() * 0.6));
  switch (method) {
    case "DOUBLE_IDLE":
      return { coLowIdlePercent: round(over(0.6), 3), hcLowIdlePpm: Math.round(over(80)), coHighIdlePercent: round(over(0.3), 3), hcHighIdlePpm: Math.round(over(50)), lambda: round(0.98 + r.next() * 0.04, 3) };
    case "STEADY_STATE_LOADED":
      return { co5025Percent: round(over(0.5), 3), hc5025Ppm: Math.round(over(90)), no5025Ppm: Math.round(over(700)), co2540Percent: round(over(0.4), 3), hc2540Ppm: Math.round(over(80)), no2540Ppm: Math.round(over(650)) };
    case "TRANSIENT_LOADED":
      return { coGPerKm: round(over(3.5), 3), hcNoxGPerKm: round(over(1.5), 3) };
    case "LUG_DOWN":
      return { opacityK: round(over(1.2), 2), noxPpm: Math.round(over(1500)), maxWheelPowerKw: Math.round(80 + r.next() * 200) };
    default:
      return { opacityK: round(over(1.2), 2) };
  }
}

/**
 * Market regulation's demo rows for fuel samples, emission inspection agencies, vehicle inspections and coal
 * checks: deterministic, built on the enterprises and vehicles of generateDemoData.
 */
export function demoTables(data: DemoContext): DemoTable[] {
  const r = new Random(SEED);
  const cities = citiesOf();

  // fuel samples: 8% of the stations, each sampled one to three times in 2021, some failing; only operating
  // stations, as a suspended one sells no fuel to draw
  const stations = data.fuelStations;
  const operating = stations.filter((s) => s.operating);
  const wanted = Math.min(operating.length, Math.max(1, Math.round(stations.length * 0.08)));
  const sampled = new Set<(typeof stations)[number]>();
  while (sampled.size < wanted) sampled.add(r.pick(operating));
  const sampleRows: unknown[][] = [];
  for (const s of sampled) {
    const times = r.int(1, 3);
    for (let k = 0; k < times; k++) {
      const diesel = r.next() < 0.4;
      const grade = diesel ? r.weighted([["DIESEL_0", 70], ["DIESEL_MINUS_10", 20], ["DIESEL_MINUS_20", 10]] as const) : r.weighted([["GASOLINE_92", 60], ["GASOLINE_95", 35], ["GASOLINE_98", 5]] as const);
      const fail = r.next() < 0.2;
      const items = fail ? [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(diesel ? DIESEL_ITEMS : GASOLINE_ITEMS)))] : [];
      sampleRows.push([`CY2021${s.code.slice(2)}${pad(k + 1)}`, s.code, isoDate(2021, r.int(1, 12), r.int(1, 28)), grade, fail ? "FAIL" : "PASS", JSON.stringify(items)]);
    }
  }

  // emission inspection agencies: two per city, run by enterprises of the city where it has any
  const agencyRows: unknown[][] = [];
  const agencyCodes = new Map<string, string[]>();
  for (const city of cities) {
    const local = data.enterprises.filter((e) => cityOf(e.regionCode)?.code === city.code && e.status === "ACTIVE");
    const codes = ["A", "B"].map((letter, k) => {
      const code = `IS${city.code}${letter}`;
      const operator = local.length ? r.pick(local).creditCode : r.pick(data.enterprises).creditCode;
      // every A agency stays ACTIVE: tests and examples rely on IS410100A
      const status = k === 0 ? "ACTIVE" : r.weighted([["ACTIVE", 85], ["SUSPENDED", 10], ["REVOKED", 5]] as const);
      agencyRows.push([code, `${shortName(city)}${k === 0 ? "安检" : "环通"}机动车检测有限公司`, r.pick(countiesOrSelf(city)), operator, status]);
      return code;
    });
    agencyCodes.set(city.code, codes);
  }

  // vehicle inspections of 2021: combustion vehicles older than the model year, some failing and retested
  const inspectionRows: unknown[][] = [];
  let serial = 0;
  for (const v of data.vehicles) {
    if (v.fuel === "ELECTRIC" || v.year >= 2021 || r.next() >= 0.62) continue;
    const diesel = v.fuel === "DIESEL";
    const method = diesel
      ? r.weighted([["LUG_DOWN", 80], ["FREE_ACCELERATION", 20]] as const)
      : r.weighted([["STEADY_STATE_LOADED", 60], ["TRANSIENT_LOADED", 25], ["DOUBLE_IDLE", 15]] as const);
    const agency = r.pick(agencyCodes.get(v.regionCode) ?? agencyCodes.get(cities[0].code)!);
    const fail = r.next() < 0.08;
    const month = r.int(1, 11);
    const day = r.int(1, 20);
    const at = (dayOfMonth: number) => `${isoDate(2021, month, dayOfMonth)}T${pad(r.int(8, 17))}:${pad(r.int(0, 59))}:00+08:00`;
    inspectionRows.push([`JC2021${pad(++serial, 6)}`, v.vin, agency, at(day), method, fail ? "FAIL" : "PASS", JSON.stringify(measured(r, method, fail))]);
    // a failed vehicle is repaired and retested at the same agency within days
    if (fail) inspectionRows.push([`JC2021${pad(++serial, 6)}`, v.vin, agency, at(day + r.int(2, 8)), method, "PASS", JSON.stringify(measured(r, method, false))]);
  }

  // coal checks: no demo enterprise is a power plant (industry 44), so ten active key-industry firms stand in
  const plants = data.enterprises.filter((e) => e.industry.key && e.status === "ACTIVE").filter((_, i) => i % 7 === 3).slice(0, 10);
  const coalRows: unknown[][] = [];
  for (const p of plants) {
    const sulphur = 0.5 + r.next() * 0.6;
    const ash = 18 + r.next() * 12;
    const calorific = 18 + r.next() * 4;
    for (const year of [2020, 2021]) {
      for (let q = 1; q <= 4; q++) {
        coalRows.push([
          p.creditCode, `${year}-Q${q}`, round(sulphur * (0.8 + r.next() * 0.5), 2), round(ash * (0.9 + r.next() * 0.2), 1), round(calorific * (0.95 + r.next() * 0.1), 2),
        ]);
      }
    }
  }

  return [
    demoTable(fuelSample, sampleRows),
    demoTable(inspectionAgency, agencyRows),
    demoTable(vehicleInspection, inspectionRows),
    demoTable(coalCheck, coalRows),
  ];
}
