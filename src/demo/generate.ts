import { Department } from "../shared/departments.js";
import { addDays } from "../shared/dates.js";
import { Metric, METRIC_INFO } from "../shared/metrics.js";
import { citiesOf, regionByCode, type RegionRecord } from "../shared/regions.data.js";
import { indicators } from "../departments/environment/indicator.dataset.js";
import { monitoringStations } from "../departments/environment/monitoring-station.dataset.js";
import { performanceGrades } from "../departments/environment/performance-grade.dataset.js";
import { constructionSite } from "../departments/housing/construction-site.dataset.js";
import { enterprise } from "../departments/market-regulation/enterprise.dataset.js";
import { fuelStation } from "../departments/market-regulation/fuel-station.dataset.js";
import { checkpoints } from "../departments/public-security/checkpoint.dataset.js";
import { vehicles as vehicleDataset } from "../departments/public-security/vehicle.dataset.js";
import { firePoint } from "../departments/agriculture/fire-point.dataset.js";
import { electricityReadings, WHOLE_DAY } from "../departments/grid/electricity-reading.dataset.js";
import { operatingLicence } from "../departments/transport/operating-licence.dataset.js";
import { creditCodeFor, withVinCheckDigit } from "./identifiers.js";
import { observationTable } from "./air-quality.js";
import { person, publicSecurityDemoTables } from "./public-security.js";
import { emergencyDemo, warningTable } from "./emergency.js";
import { Random } from "./random.js";
import { DEMO_MODULES } from "./modules.generated.js";
import { countiesOrSelf, demoTable, isTruck, instant, isoDate, pad, shortName, text } from "./table.js";
import type { DemoContext, DemoData, DemoTable, Industry } from "./demo.types.js";

const SEED = 20210101;
/** The first day of the demo's electricity readings: 30 days and more before the first warning (2021-01-10). */
const BASELINE_FROM = "2020-12-01";

const DIGITS = "0123456789";
const PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function creditCode(r: Random, regionCode: string): string {
  return creditCodeFor(regionCode, r.chars(DIGITS, 8));
}

const WMIS = ["LFV", "LZZ", "LGA", "LFW", "LSG", "LDC", "LGB", "LBV", "LZG", "LRD"];
const YEAR_CODES: Record<number, string> = { 2008: "8", 2009: "9", 2010: "A", 2011: "B", 2012: "C", 2013: "D", 2014: "E", 2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M" };

function vin(r: Random, year: number, serial: number): string {
  return withVinCheckDigit(`${r.pick(WMIS)}${r.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5)}0${YEAR_CODES[year]}${r.pick(["A", "B", "C", "1", "2"])}${pad(serial, 6)}`);
}

const INDUSTRIES: Industry[] = [
  { code: "3011", name: "水泥制造", kwh: 180_000, key: true },
  { code: "3120", name: "炼钢", kwh: 900_000, key: true },
  { code: "2521", name: "炼焦", kwh: 250_000, key: true },
  { code: "3041", name: "平板玻璃制造", kwh: 160_000, key: true },
  { code: "3071", name: "建筑陶瓷制品制造", kwh: 60_000, key: true },
  { code: "2614", name: "有机化学原料制造", kwh: 120_000, key: true },
  { code: "3031", name: "粘土砖瓦及建筑砌块制造", kwh: 15_000, key: true },
  { code: "3391", name: "黑色金属铸造", kwh: 40_000, key: true },
  { code: "3216", name: "铝冶炼", kwh: 1_200_000, key: true },
  { code: "2710", name: "化学药品原料药制造", kwh: 50_000, key: true },
];
const LOGISTICS: Industry = { code: "5430", name: "道路货物运输", kwh: 2_000, key: false };
const FUEL_RETAIL: Industry = { code: "5265", name: "机动车燃油零售", kwh: 800, key: false };
const BUILDER: Industry = { code: "4710", name: "住宅房屋建筑", kwh: 3_000, key: false };

const NAME_SUFFIXES = ["", "鑫", "泰", "丰", "润", "隆", "旺", "嘉", "瑞", "昌", "宏"];
const COMPANY_WORDS = ["华源", "中原", "豫能", "宏达", "金鼎", "天瑞", "明泰", "恒通", "瑞丰", "鑫磊", "永安", "龙腾", "东方", "佳和", "博远", "安泰", "兴业", "盛世", "诚信", "新航"];

/** The whole demo data set, a pure function of the seed. */
export function generateDemoData(): DemoData {
  const r = new Random(SEED);
  const cities = citiesOf();
  const tables: DemoTable[] = [];

  // market regulation: the enterprise registry
  const enterprises: DemoData["enterprises"] = [];
  const usedCodes = new Set<string>();
  const addEnterprise = (industry: Industry, city: RegionRecord) => {
    const regionCode = r.next() < 0.6 ? r.pick(countiesOrSelf(city)) : city.code;
    const code = r.unused(usedCodes, () => creditCode(r, regionCode));
    const status = r.weighted([["ACTIVE", 92], ["REVOKED", 4], ["CANCELLED", 4]] as const);
    enterprises.push({ creditCode: code, regionCode, industry, status });
  };
  for (let i = 0; i < 150; i++) addEnterprise(INDUSTRIES[i % INDUSTRIES.length], cities[i % cities.length]);
  for (let i = 0; i < 18; i++) addEnterprise(LOGISTICS, cities[i]);
  for (let i = 0; i < 18; i++) addEnterprise(FUEL_RETAIL, cities[i]);
  for (let i = 0; i < 18; i++) addEnterprise(BUILDER, cities[i]);
  const enterpriseRows = enterprises.map((e, i) => {
    const city = regionByCode(e.regionCode)!;
    const cityName = shortName(city.level === "COUNTY" ? regionByCode(city.parentCode!)! : city);
    // two name words keep every demo name unique without numbering companies
    const word = `${COMPANY_WORDS[i % COMPANY_WORDS.length]}${NAME_SUFFIXES[Math.floor(i / COMPANY_WORDS.length) % NAME_SUFFIXES.length]}`;
    const name = `${cityName}${word}${e.industry.name.slice(0, 4)}有限公司`;
    return [
      e.creditCode, name, e.regionCode, `${city.name}产业集聚区${r.int(1, 99)}号`, e.industry.code, e.industry.name, e.status,
      isoDate(r.int(1992, 2019), r.int(1, 12), r.int(1, 28)),
    ];
  });
  tables.push(demoTable(enterprise, enterpriseRows));

  const fuelOperators = enterprises.filter((e) => e.industry === FUEL_RETAIL);
  const stationRows = cities.flatMap((city, ci) =>
    Array.from({ length: 6 }, (_, k) => [
      `JY${city.code}${pad(k + 1, 3)}`, `${city.name}第${k + 1}加油站`, r.pick(countiesOrSelf(city)),
      32 + ci * 0.2 + r.next() * 0.3, 111 + ci * 0.25 + r.next() * 0.3, fuelOperators[ci].creditCode,
      k === 5 ? "SUSPENDED" : "OPERATING",
    ]),
  );
  tables.push(demoTable(fuelStation, stationRows));

  // environment: grades of the key-industry firms, stations
  const keyFirms = enterprises.filter((e) => e.industry.key);
  const grades = new Map<string, string>();
  tables.push(demoTable(performanceGrades, keyFirms
    .filter(() => r.next() < 0.85)
    .map((e) => {
      const grade = r.weighted([["A", 8], ["B", 14], ["B_MINUS", 20], ["C", 45], ["D", 8], ["LEADING", 5]] as const);
      grades.set(e.creditCode, grade);
      return [e.creditCode, grade, isoDate(2020, r.int(9, 12), r.int(1, 28))];
    })));
  const emergency = emergencyDemo(keyFirms, grades);
  tables.push(...emergency.tables);
  tables.push(demoTable(monitoringStations, cities.flatMap((city, ci) =>
    ["市监测站", "高新区", "交通站"].map((label, k) => [
      `${city.code}A${pad(k + 1)}`, `${shortName(city)}${label}`, city.code,
      32 + ci * 0.2 + r.next() * 0.1, 111 + ci * 0.25 + r.next() * 0.1,
      k < 2 ? "NATIONAL" : "PROVINCIAL", k === 2 ? "TRAFFIC" : "URBAN",
    ]),
  )));

  // public security: vehicles, their plates, checkpoints
  const vehicles: DemoData["vehicles"] = [];
  const usedPlates = new Set<string>();
  const plateFor = (city: RegionRecord, newEnergy: boolean): string => {
    const letter = city.plateLetters[0];
    return r.unused(usedPlates, () => (newEnergy ? `豫${letter}D${r.chars(DIGITS, 5)}` : `豫${letter}${r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 1)}${r.chars(PLATE_CHARS, 4)}`));
  };
  const vehicleRows: unknown[][] = [];
  const plateRows: unknown[][] = [];
  for (let i = 0; i < 1000; i++) {
    const city = cities[i % cities.length];
    const kind = r.weighted([["HEAVY_TRUCK", 40], ["MEDIUM_TRUCK", 10], ["BUS", 5], ["CAR", 40], ["SPECIAL", 5]] as const);
    const year = r.int(2008, 2021);
    let fuel: string;
    let stage: string;
    if (kind === "CAR") {
      fuel = r.weighted([["GASOLINE", 80], ["ELECTRIC", 15], ["HYBRID", 5]] as const);
      stage = fuel === "ELECTRIC" ? "NONE" : year >= 2019 ? "CN6A" : year >= 2017 ? "CN5" : year >= 2012 ? "CN4" : "CN3";
    } else {
      fuel = kind === "BUS" ? r.weighted([["DIESEL", 30], ["NATURAL_GAS", 30], ["ELECTRIC", 40]] as const) : r.weighted([["DIESEL", 90], ["NATURAL_GAS", 10]] as const);
      // heavy diesel: 国三 from 2008-07, 国四 2013-07, 国五 2017-07, 6a from 2021-07
      stage = fuel === "ELECTRIC" ? "NONE" : year >= 2021 ? "CN6A" : year >= 2018 ? "CN5" : year >= 2014 ? "CN4" : year >= 2009 ? "CN3" : "CN2";
    }
    const v = vin(r, year, 100000 + i);
    const newEnergy = fuel === "ELECTRIC" && kind === "CAR";
    const plate = plateFor(city, newEnergy);
    const large = kind !== "CAR";
    const color = newEnergy ? "GREEN" : fuel === "ELECTRIC" ? "YELLOW_GREEN" : large ? "YELLOW" : "BLUE";
    const registeredOn = isoDate(year, r.int(1, 12), r.int(1, 28));
    const status = year < 2011 && r.next() < 0.3 ? "SCRAPPED" : "ACTIVE";
    const use =
      kind === "HEAVY_TRUCK" || kind === "MEDIUM_TRUCK" ? (r.next() < 0.8 ? "OPERATING_FREIGHT" : "NON_OPERATING")
      : kind === "BUS" ? "BUS_TRANSIT" : kind === "SPECIAL" ? "SPECIAL_PURPOSE" : r.next() < 0.08 ? "TAXI" : "NON_OPERATING";
    const owner = person(r, city.code);
    vehicles.push({ vin: v, plate, regionCode: city.code, year, vehicleType: kind, fuel, emissionStage: stage, use, status });
    vehicleRows.push([v, plate, color, kind, fuel, stage, use, registeredOn, city.code, status, owner.name, owner.idNumber]);
    plateRows.push([plate, `${registeredOn}T09:00:00+08:00`, v, null]);
  }
  // Plate re-issue: the first 20 vehicles carried another plate until 2019, which the next 20 carry since 2020.
  for (let i = 0; i < 20; i++) {
    const oldPlate = plateRows[20 + i][0] as string;
    const from = plateRows[i][1] as string;
    const until = "2019-06-30T12:00:00+08:00";
    if (from < until) {
      plateRows.push([oldPlate, from, vehicles[i].vin, until]);
      plateRows[i][1] = until;
      // the later holder got the plate after the first gave it up
      if ((plateRows[20 + i][1] as string) < "2020-01-02T09:00:00+08:00") plateRows[20 + i][1] = "2020-01-02T09:00:00+08:00";
    }
  }
  tables.push(demoTable(vehicleDataset, vehicleRows));
  tables.push({
    department: Department.PUBLIC_SECURITY,
    table: "public_security.plate_registrations",
    columns: [text("plate"), instant("valid_from"), text("vin"), instant("valid_to")],
    rows: plateRows,
  });
  tables.push(demoTable(checkpoints, cities.flatMap((city, ci) =>
    ["G4京港澳高速", "G30连霍高速", "G107国道"].map((road, k) => [
      `KK${city.code}${pad(k + 1)}`, `${shortName(city)}${road}入城卡口`, r.pick(countiesOrSelf(city)),
      32 + ci * 0.2 + r.next() * 0.3, 111 + ci * 0.25 + r.next() * 0.3, road,
    ]),
  )));

  tables.push(...publicSecurityDemoTables(r, vehicles));

  // transport: operating licences of the diesel and gas trucks, held by the logistics firms
  const operators = enterprises.filter((e) => e.industry === LOGISTICS);
  tables.push(demoTable(operatingLicence, vehicles
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => isTruck(v) && r.next() < 0.8)
    .map(({ v, i }) => [
      `${v.regionCode}${String(200000 + i)}`, v.vin, operators[i % operators.length].creditCode,
      isoDate(r.int(2021, 2026), r.int(1, 12), r.int(1, 28)), r.weighted([["VALID", 85], ["SUSPENDED", 5], ["REVOKED", 5], ["EXPIRED", 5]] as const),
    ])));

  // housing: construction sites, built by the construction firms
  const builders = enterprises.filter((e) => e.industry === BUILDER);
  const siteRows = cities.flatMap((city, ci) =>
    Array.from({ length: 5 }, (_, k) => [
      `GD${city.code}${pad(k + 1, 3)}`, `${shortName(city)}${COMPANY_WORDS[(ci + k) % COMPANY_WORDS.length]}小区${k + 1}期`, r.pick(countiesOrSelf(city)),
      32 + ci * 0.2 + r.next() * 0.3, 111 + ci * 0.25 + r.next() * 0.3, Math.round(5_000 + r.next() * 120_000),
      builders[(ci + k) % builders.length].creditCode, r.weighted([["ACTIVE", 70], ["SUSPENDED", 10], ["COMPLETED", 15], ["PLANNED", 5]] as const),
      isoDate(r.int(2019, 2021), r.int(1, 12), r.int(1, 28)),
    ]),
  );
  tables.push(demoTable(constructionSite, siteRows));
  tables.push(demoTable(indicators, cities
    .filter((c) => c.code !== "411600" && c.code !== "411500")
    .map((c) => {
      const target = c.group === "TRANSMISSION_CHANNEL" ? 0.91 : c.group === "FENWEI" ? 0.89 : 0.76;
      const value = Math.round((target + (r.next() - 0.6) * 0.06) * 1000) / 1000;
      return [c.code, Metric.CENTRAL_HEATING_COVERAGE, "2021", value, METRIC_INFO.CENTRAL_HEATING_COVERAGE.unit, Department.HOUSING];
    }), Department.HOUSING));

  // agriculture: fire points cluster in the wheat (June) and maize (October) harvests, in farming cities
  const farming = cities.filter((c) => ["411600", "411400", "411700", "411300", "410900", "411500", "410200"].includes(c.code));
  const fireRows: unknown[][] = [];
  for (let i = 0; i < 160; i++) {
    const city = i < 140 ? farming[i % farming.length] : r.pick(cities);
    const month = i < 70 ? 6 : i < 140 ? 10 : r.int(1, 12);
    const day = month === 6 ? r.int(1, 20) : month === 10 ? r.int(1, 25) : r.int(1, 28);
    const at = `${isoDate(2021, month, day)}T${pad(r.int(10, 19))}:${pad(r.int(0, 59))}:00+08:00`;
    fireRows.push([
      `FP2021${pad(i + 1, 5)}`, at, r.pick(countiesOrSelf(city)), 32 + r.next() * 3, 112 + r.next() * 4,
      r.weighted([["SATELLITE", 70], ["DRONE", 20], ["PATROL", 10]] as const), false,
    ]);
  }
  tables.push(demoTable(firePoint, fireRows));

  // grid: a year of daily readings for every key-industry firm (two meters for every tenth firm), and the
  // December before it, so the January warnings have their 30-day baselines (drawn from a generator of its
  // own: the 2021 readings stay as they were)
  const readingRows: unknown[][] = [];
  const before = new Random(SEED + 1231);
  keyFirms.forEach((e, i) => {
    const meters = i % 10 === 0 ? 2 : 1;
    for (let m = 0; m < meters; m++) {
      const meterNo = `41${String(1_000_000 + i * 10 + m)}`;
      const base = e.industry.kwh * (0.6 + r.next() * 0.8) / meters;
      for (let day = BASELINE_FROM; day < "2021-01-01"; day = addDays(day, 1)) {
        if (before.next() < 0.02) continue;
        readingRows.push([meterNo, day, WHOLE_DAY, e.creditCode, Math.round(base * 0.9 * (1 + before.normal() * 0.05))]);
      }
      let day = "2021-01-01";
      for (let k = 0; k < 365; k++, day = addDays(day, 1)) {
        // a few days without a reading, as meters really have
        if (r.next() < 0.02) continue;
        const month = Number(day.slice(5, 7));
        const season = month <= 2 || month === 12 ? 0.9 : month >= 6 && month <= 8 ? 1.1 : 1;
        const warned = emergency.useFactor(e.creditCode, day);
        readingRows.push([meterNo, day, WHOLE_DAY, e.creditCode, Math.round(base * season * warned * (1 + r.normal() * 0.05))]);
      }
    }
  });
  tables.push(demoTable(electricityReadings, readingRows));

  tables.push(observationTable(), warningTable());
  // every demo module of the registry (scripts/registry.js), each with its own seed, on the shared registers
  const fuelStations = stationRows.map(([code, , , , , , status]) => ({ code: code as string, operating: status === "OPERATING" }));
  const context: DemoContext = { enterprises, vehicles, emergency, fuelStations, sites: siteRows.map(([code]) => code as string) };
  for (const demoTables of DEMO_MODULES) tables.push(...demoTables(context));

  return { tables, enterprises, vehicles };
}
