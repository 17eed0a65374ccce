import { Department } from "../shared/departments.js";
import { addDays } from "../shared/dates.js";
import { Metric, METRIC_INFO } from "../shared/metrics.js";
import { childrenOf, citiesOf, cityOf, regionByCode, type RegionRecord } from "../shared/regions.data.js";
import { blackSmokeCaptures } from "../departments/environment/black-smoke.dataset.js";
import { indicators } from "../departments/environment/indicator.dataset.js";
import { nonRoadMachinery } from "../departments/environment/nrmm.dataset.js";
import { obdRecords } from "../departments/environment/obd-record.dataset.js";
import { remoteSensingTests } from "../departments/environment/remote-sensing.dataset.js";
import { coalToElectricity } from "../departments/grid/coal-to-electricity.dataset.js";
import { electricityReadings } from "../departments/grid/electricity-reading.dataset.js";
import type { DemoContext, DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable, isOldStage, isoDate, isTruck, pad, round, shortName } from "./table.js";

// its own seed, so adding these rows leaves every other department's demo data as it was
const SEED = 2021_1205;

/** The week of hourly readings. */
const HOURLY_FROM = "2021-12-01";
const HOURLY_DAYS = 7;
const HOURLY_FIRMS = 5;
/** Share of a firm's daily use its hourly (sub-)meter measures: a kiln or furnace line of its own. */
const HOURLY_SHARE = 0.3;
/** Cities of the Beijing-Tianjin-Hebei transmission channel, where coal-to-electricity heating is pushed. */
const COAL_TO_ELECTRICITY_CITIES = ["410100", "410200", "410500", "410700", "410800", "410900"];
const COAL_TO_ELECTRICITY_YEARS = [2017, 2018, 2019, 2020, 2021];
const EVIDENCE_TRUCKS = 200;
const BLACK_SMOKE_CAPTURES = 120;
const OBD_RECORDS_PER_TRUCK = 6;
const NRMM_MACHINES = 400;
const ROADS = ["G107国道", "G4京港澳高速", "G310国道", "S312省道", "G230国道"];
const OBD_FAULTS = ["P20EE", "P2002", "P0401", "P20B9", "P229F", "P2463", "U0100"];

const cityName = (code: string) => shortName(cityOf(code) ?? regionByCode(code)!);
const countiesOf = (city: RegionRecord) => childrenOf(city.code).filter((c) => c.level === "COUNTY");

/** A China-time instant of 2021 on a given month and day, in daytime hours. */
function daytime(r: Random, month: number, day: number, fromHour = 7, toHour = 19): string {
  return `${isoDate(2021, month, day)}T${pad(r.int(fromHour, toHour))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}+08:00`;
}

/** How likely a truck of a stage is to fail a remote-sensing test: the older the stage, the likelier. */
const FAIL_RATE: Record<string, number> = { CN1: 0.45, CN2: 0.4, CN3: 0.35, CN4: 0.15, CN5: 0.07, CN6A: 0.03, CN6B: 0.02 };
/** NOx range (ppm) an OBD sensor reads on a truck of a stage. */
const NOX_RANGE: Record<string, [number, number]> = { CN3: [400, 1500], CN4: [200, 900], CN5: [100, 500], CN6A: [30, 250], CN6B: [20, 200] };

/**
 * The grid company's hourly readings and coal-to-electricity households, and the environment department's
 * vehicle evidence (remote sensing, black smoke, OBD), non-road machinery registry and dustfall indicator.
 * A pure function of its input.
 */
export function demoTables(data: DemoContext): DemoTable[] {
  const r = new Random(SEED);

  // grid: a week of hourly readings for a few key-industry firms, on a sub-meter of their own. Not in
  // Zhengzhou, whose December warning is judged against the weeks before it.
  const hourlyFirms = data.enterprises
    .filter((e) => e.industry.key && e.status === "ACTIVE" && cityOf(e.regionCode)?.code !== "410100")
    .slice(0, HOURLY_FIRMS);
  const hourlyRows: unknown[][] = [];
  hourlyFirms.forEach((e, i) => {
    const meterNo = `41H${String(1_000_001 + i)}`;
    const perHour = (e.industry.kwh * HOURLY_SHARE) / 24;
    for (let d = 0; d < HOURLY_DAYS; d++) {
      const day = addDays(HOURLY_FROM, d);
      for (let hour = 0; hour < 24; hour++) {
        // day shifts draw more than the night
        const shift = hour >= 8 && hour < 20 ? 1.2 : 0.8;
        hourlyRows.push([meterNo, day, hour, e.creditCode, round(perHour * shift * (1 + r.normal() * 0.05), 1)]);
      }
    }
  });

  // grid: households switched to electric heating, per county and year
  const coalRows: unknown[][] = [];
  for (const cityCode of COAL_TO_ELECTRICITY_CITIES) {
    for (const county of countiesOf(regionByCode(cityCode)!)) {
      const base = r.int(1_500, 18_000);
      for (const year of COAL_TO_ELECTRICITY_YEARS) {
        // the push peaked in 2018–2019, then tapered off
        const wave = year === 2018 || year === 2019 ? 1.4 : year === 2021 ? 0.6 : 1;
        coalRows.push([county.code, year, Math.max(0, Math.round(base * wave * (0.8 + r.next() * 0.4)))]);
      }
    }
  }

  // environment: evidence on the diesel trucks
  const trucks = data.vehicles.filter((v) => isTruck(v) && v.fuel === "DIESEL" && v.status === "ACTIVE").slice(0, EVIDENCE_TRUCKS);
  const sensingRows: unknown[][] = [];
  for (const v of trucks) {
    const tests = r.int(1, 3);
    for (let k = 0; k < tests; k++) {
      const fail = r.next() < (FAIL_RATE[v.emissionStage] ?? 0.05);
      const values = fail
        ? r.next() < 0.6
          ? { noPpm: round(1500 + r.next() * 2000, 0), hcPpm: round(40 + r.next() * 200, 0), coPercent: round(0.05 + r.next() * 0.4, 2), opacityPercent: round(15 + r.next() * 15, 1) }
          : { noPpm: round(600 + r.next() * 800, 0), hcPpm: round(40 + r.next() * 200, 0), coPercent: round(0.05 + r.next() * 0.4, 2), opacityPercent: round(30 + r.next() * 35, 1) }
        : { noPpm: round(100 + r.next() * 800, 0), hcPpm: round(20 + r.next() * 100, 0), coPercent: round(0.01 + r.next() * 0.2, 2), opacityPercent: round(2 + r.next() * 13, 1) };
      sensingRows.push([
        `YG2021${pad(sensingRows.length + 1, 6)}`, v.vin, `${cityName(v.regionCode)}${r.pick(ROADS)}遥感监测点`,
        daytime(r, r.int(1, 12), r.int(1, 28)), fail ? "FAIL" : "PASS", JSON.stringify(values),
      ]);
    }
  }

  // black smoke: the old trucks are caught far more often
  const suspects = trucks.flatMap((v) => (isOldStage(v.emissionStage) ? [v, v, v, v] : [v]));
  const smokeRows: unknown[][] = [];
  for (let i = 0; i < BLACK_SMOKE_CAPTURES && suspects.length > 0; i++) {
    const v = r.pick(suspects);
    smokeRows.push([
      `HY2021${pad(i + 1, 6)}`, v.vin, v.plate, daytime(r, r.int(1, 12), r.int(1, 28), 6, 21),
      `${cityName(v.regionCode)}${r.pick(ROADS)}黑烟抓拍点`, r.weighted([[1, 40], [2, 35], [3, 17], [4, 6], [5, 2]] as const),
    ]);
  }

  // OBD: a December of records from the heavy diesel trucks, one a day on distinct days
  const obdRows: unknown[][] = [];
  for (const v of trucks.filter((t) => t.vehicleType === "HEAVY_TRUCK")) {
    const [lo, hi] = NOX_RANGE[v.emissionStage] ?? NOX_RANGE.CN3;
    const faultRate = isOldStage(v.emissionStage) ? 0.3 : v.emissionStage === "CN4" ? 0.2 : 0.08;
    const days = new Set<number>();
    while (days.size < OBD_RECORDS_PER_TRUCK) days.add(r.int(1, 31));
    for (const day of [...days].sort((a, b) => a - b)) {
      const faults = r.next() < faultRate ? [...new Set([r.pick(OBD_FAULTS), ...(r.next() < 0.3 ? [r.pick(OBD_FAULTS)] : [])])] : [];
      obdRows.push([v.vin, daytime(r, 12, day, 0, 23), round(lo + r.next() * (hi - lo), 0), JSON.stringify(faults)]);
    }
  }

  // the non-road machinery registry
  const cities = citiesOf();
  const active = data.enterprises.filter((e) => e.status === "ACTIVE");
  const nrmmRows: unknown[][] = [];
  for (let i = 0; i < NRMM_MACHINES; i++) {
    const city = cities[i % cities.length];
    const local = active.filter((e) => cityOf(e.regionCode)?.code === city.code);
    const owner = r.pick(local.length ? local : active);
    const type = r.weighted([["EXCAVATOR", 35], ["LOADER", 20], ["FORKLIFT", 20], ["CRANE", 10], ["ROLLER", 7], ["PAVER", 3], ["OTHER", 5]] as const);
    const electric = r.next() < (type === "FORKLIFT" ? 0.4 : 0.03);
    const stage = electric ? "NONE" : r.weighted([["NONROAD_CN1", 4], ["NONROAD_CN2", 14], ["NONROAD_CN3", 67], ["NONROAD_CN4", 15]] as const);
    const old = stage === "NONROAD_CN1" || stage === "NONROAD_CN2";
    const result = electric ? "NOT_TESTED" : r.weighted([["PASS", old ? 55 : 75], ["FAIL", old ? 25 : 8], ["NOT_TESTED", 20]] as const);
    const counties = countiesOf(city);
    nrmmRows.push([
      `FD${city.code}${pad(i + 1, 5)}`, type, stage, owner.creditCode, result, r.next() < 0.7,
      counties.length && r.next() < 0.7 ? r.pick(counties).code : city.code,
    ]);
  }

  // dustfall per city and month: dusty springs, some cities above the 8 t/(month·km²) target
  const dustRows: unknown[][] = [];
  for (const city of cities) {
    const base = 5.8 + r.next() * 2.4;
    for (let m = 1; m <= 12; m++) {
      const season = m >= 3 && m <= 5 ? 1.8 : m >= 6 && m <= 9 ? -0.6 : 0.3;
      const value = Math.min(11, Math.max(5, round(base + season + r.normal() * 0.5, 1)));
      dustRows.push([city.code, Metric.DUSTFALL, `2021-${pad(m)}`, value, METRIC_INFO.DUSTFALL.unit, Department.ENVIRONMENT]);
    }
  }

  return [
    demoTable(electricityReadings, hourlyRows),
    demoTable(coalToElectricity, coalRows),
    demoTable(remoteSensingTests, sensingRows),
    demoTable(blackSmokeCaptures, smokeRows),
    demoTable(obdRecords, obdRows),
    demoTable(nonRoadMachinery, nrmmRows),
    demoTable(indicators, dustRows),
  ];
}
