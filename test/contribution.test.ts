import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { gql, startTestHub, token, type TestHub } from "./support/hub.js";
import { breakCheckChar, makeCreditCode, makeVin } from "./support/identifiers.js";
import { marketRegulationCases } from "./market-regulation-datasets.js";
import { gridEvidenceCases } from "./grid-evidence-datasets.js";
import { gateRecordCases } from "./gate-record-datasets.js";
import { housingAgricultureCases } from "./housing-agriculture-datasets.js";
import { transportCases } from "./transport-datasets.js";

let hub: TestHub;
let existingEnterprise: string;
beforeAll(async () => {
  hub = await startTestHub();
  [{ credit_code: existingEnterprise }] = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from market_regulation.enterprises order by credit_code limit 1");
});
afterAll(async () => {
  await hub?.stop();
});

type Row = Record<string, unknown>;
interface BadCase {
  name: string;
  patch: Row;
  field: string | null;
  code: string;
}
interface DatasetCase {
  dataset: string;
  mutation: string;
  input: string;
  owner: Department;
  table: string;
  /** a valid row, distinct for each n */
  valid(n: number): Row;
  bad: BadCase[];
  /** a changed version of a row (same natural key) */
  correct(row: Row): Row;
  /** the record's history through the gateway */
  history(row: Row): { query: string; variables: Row; pick: (data: never) => { values: Row; current: boolean; batchId: string }[] };
  /** rows in the table for the keys of these rows */
  count(rows: Row[]): Promise<number>;
}

const countBy = (table: string, column: string, key: string) => async (rows: Row[]) =>
  Number((await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from ${table} where ${column} = any($1)`, [rows.map((r) => r[key])]))[0].n);

const VERSION = "history { version current batchId values }";

const CASES: DatasetCase[] = [
  ...(transportCases({ dbUrl: () => hub.dbUrl }) as DatasetCase[]),
  ...(marketRegulationCases({ dbUrl: () => hub.dbUrl }) as DatasetCase[]),
  ...(housingAgricultureCases({ dbUrl: () => hub.dbUrl }) as DatasetCase[]),
  ...(gridEvidenceCases({ dbUrl: () => hub.dbUrl }) as DatasetCase[]),
  ...(gateRecordCases({ dbUrl: () => hub.dbUrl }) as DatasetCase[]),
  {
    dataset: "ENTERPRISES", mutation: "contributeEnterprises", input: "EnterpriseInput", owner: Department.MARKET_REGULATION, table: "market_regulation.enterprises",
    valid: (n) => ({ creditCode: makeCreditCode(900000 + n), name: `测试企业${n}有限公司`, regionCode: "410102", address: "郑州市中原区测试路1号", industryCode: "3011", industryName: "水泥制造", status: "ACTIVE", establishedOn: "2015-03-01" }),
    bad: [
      { name: "a wrong check character", patch: { creditCode: breakCheckChar(makeCreditCode(1)).bad }, field: "creditCode", code: "BAD_CHECK_CHARACTER" },
      { name: "an unknown region", patch: { regionCode: "419999" }, field: "regionCode", code: "UNKNOWN_REGION" },
      { name: "a bad status", patch: { status: "ALIVE" }, field: "status", code: "BAD_ENUM" },
      { name: "a date in the future", patch: { establishedOn: "2999-01-01" }, field: "establishedOn", code: "FUTURE_TIME" },
      { name: "a missing name", patch: { name: null }, field: "name", code: "REQUIRED" },
      { name: "a bad industry code", patch: { industryCode: "30A1" }, field: "industryCode", code: "BAD_FORMAT" },
    ],
    correct: (r) => ({ ...r, status: "REVOKED" }),
    history: (r) => ({ query: `query($k: ID!) { enterprise(creditCode: $k) { ${VERSION} } }`, variables: { k: r.creditCode }, pick: (d: { enterprise: { history: never } }) => d.enterprise.history }),
    count: countBy("market_regulation.enterprises", "credit_code", "creditCode"),
  },
  {
    dataset: "FUEL_STATIONS", mutation: "contributeFuelStations", input: "FuelStationInput", owner: Department.MARKET_REGULATION, table: "market_regulation.fuel_stations",
    valid: (n) => ({ code: `JYTEST${n}`, name: `测试加油站${n}`, regionCode: "410105", latitude: 34.8, longitude: 113.7, operatorCreditCode: existingEnterprise, status: "OPERATING" }),
    bad: [
      { name: "an operator not in the registry", patch: { operatorCreditCode: makeCreditCode(777) }, field: "operatorCreditCode", code: "UNKNOWN_REFERENCE" },
      { name: "a latitude outside Henan", patch: { latitude: 45.2 }, field: "latitude", code: "OUT_OF_RANGE" },
      { name: "a code with spaces", patch: { code: "JY 1" }, field: "code", code: "BAD_CHARACTER" },
    ],
    correct: (r) => ({ ...r, status: "SUSPENDED" }),
    history: (r) => ({ query: `query($k: ID!) { fuelStation(code: $k) { ${VERSION} } }`, variables: { k: r.code }, pick: (d: { fuelStation: { history: never } }) => d.fuelStation.history }),
    count: countBy("market_regulation.fuel_stations", "code", "code"),
  },
  {
    dataset: "PERFORMANCE_GRADES", mutation: "contributePerformanceGrades", input: "PerformanceGradeInput", owner: Department.ENVIRONMENT, table: "environment.performance_grades",
    valid: (n) => ({ creditCode: n === 0 ? existingEnterprise : makeCreditCode(800000 + n), grade: "B", gradedOn: "2021-05-10" }),
    bad: [
      { name: "a bad grade", patch: { grade: "E" }, field: "grade", code: "BAD_ENUM" },
      { name: "a bad date", patch: { gradedOn: "2021-02-30" }, field: "gradedOn", code: "BAD_DATE" },
      { name: "a short credit code", patch: { creditCode: "914101" }, field: "creditCode", code: "BAD_LENGTH" },
    ],
    correct: (r) => ({ ...r, grade: "A", gradedOn: "2021-09-01" }),
    history: (r) => ({ query: `query($k: ID!) { performanceGrades(filter: { creditCode: $k }) { edges { node { ${VERSION} } } } }`, variables: { k: r.creditCode }, pick: (d: { performanceGrades: { edges: { node: { history: never } }[] } }) => d.performanceGrades.edges[0].node.history }),
    count: countBy("environment.performance_grades", "credit_code", "creditCode"),
  },
  {
    dataset: "ELECTRICITY_READINGS", mutation: "contributeElectricityReadings", input: "ElectricityReadingInput", owner: Department.GRID, table: "grid.electricity_readings",
    valid: (n) => ({ meterNo: `MTEST${n}`, creditCode: existingEnterprise, day: "2021-03-15", kwh: 1000 + n }),
    bad: [
      { name: "negative kWh", patch: { kwh: -5 }, field: "kwh", code: "OUT_OF_RANGE" },
      { name: "a future day", patch: { day: "2999-12-31" }, field: "day", code: "FUTURE_TIME" },
      { name: "a missing meter", patch: { meterNo: "" }, field: "meterNo", code: "REQUIRED" },
      { name: "a bad credit code character", patch: { creditCode: "91410100MA3X5Y7BIG" }, field: "creditCode", code: "BAD_CHARACTER" },
    ],
    correct: (r) => ({ ...r, kwh: (r.kwh as number) * 2 }),
    history: (r) => ({ query: `query($k: ID!) { electricityReadings(filter: { meterNo: $k }) { edges { node { ${VERSION} } } } }`, variables: { k: r.meterNo }, pick: (d: { electricityReadings: { edges: { node: { history: never } }[] } }) => d.electricityReadings.edges[0].node.history }),
    count: countBy("grid.electricity_readings", "meter_no", "meterNo"),
  },
  {
    dataset: "OPERATING_LICENCES", mutation: "contributeOperatingLicences", input: "OperatingLicenceInput", owner: Department.TRANSPORT, table: "transport.operating_licences",
    valid: (n) => ({ licenceNo: `YS${n}`, vin: makeVin(n), operatorCreditCode: existingEnterprise, validTo: "2030-12-31", status: "VALID" }),
    bad: [
      { name: "a wrong VIN check digit", patch: { vin: "LZZ5BLSJ1NA123456" }, field: "vin", code: "BAD_CHECK_CHARACTER" },
      { name: "a VALID licence already expired", patch: { validTo: "2020-01-01" }, field: "validTo", code: "DATES_OUT_OF_ORDER" },
      { name: "a bad status", patch: { status: "OK" }, field: "status", code: "BAD_ENUM" },
    ],
    correct: (r) => ({ ...r, status: "SUSPENDED" }),
    history: (r) => ({ query: `query($k: ID!) { operatingLicence(licenceNo: $k) { ${VERSION} } }`, variables: { k: r.licenceNo }, pick: (d: { operatingLicence: { history: never } }) => d.operatingLicence.history }),
    count: countBy("transport.operating_licences", "licence_no", "licenceNo"),
  },
  {
    dataset: "CONSTRUCTION_SITES", mutation: "contributeConstructionSites", input: "ConstructionSiteInput", owner: Department.HOUSING, table: "housing.construction_sites",
    valid: (n) => ({ code: `GDTEST${n}`, name: `测试工地${n}`, regionCode: "410305", latitude: 34.6, longitude: 112.4, areaM2: 12000, builderCreditCode: existingEnterprise, status: "ACTIVE", startedOn: "2021-04-01" }),
    bad: [
      { name: "zero area", patch: { areaM2: 0 }, field: "areaM2", code: "OUT_OF_RANGE" },
      { name: "a region outside Henan", patch: { regionCode: "110101" }, field: "regionCode", code: "NOT_IN_HENAN" },
      { name: "an active site starting in the future", patch: { startedOn: "2999-01-01" }, field: "startedOn", code: "FUTURE_TIME" },
    ],
    correct: (r) => ({ ...r, status: "COMPLETED" }),
    history: (r) => ({ query: `query($k: ID!) { constructionSite(code: $k) { ${VERSION} } }`, variables: { k: r.code }, pick: (d: { constructionSite: { history: never } }) => d.constructionSite.history }),
    count: countBy("housing.construction_sites", "code", "code"),
  },
  {
    dataset: "FIRE_POINTS", mutation: "contributeFirePoints", input: "FirePointInput", owner: Department.AGRICULTURE, table: "agriculture.fire_points",
    valid: (n) => ({ id: `FPTEST${n}`, detectedAt: "2021-06-08T14:30:00+08:00", regionCode: "411621", latitude: 33.9, longitude: 114.6, source: "SATELLITE" }),
    bad: [
      { name: "a time without an offset", patch: { detectedAt: "2021-06-08 14:30" }, field: "detectedAt", code: "BAD_DATE" },
      { name: "a future time", patch: { detectedAt: "2999-06-08T14:30:00+08:00" }, field: "detectedAt", code: "FUTURE_TIME" },
      { name: "a bad source", patch: { source: "RUMOUR" }, field: "source", code: "BAD_ENUM" },
      { name: "a region code with letters", patch: { regionCode: "41A621" }, field: "regionCode", code: "BAD_CHARACTER" },
    ],
    correct: (r) => ({ ...r, source: "DRONE" }),
    history: (r) => ({ query: `query($k: ID!) { firePoint(id: $k) { ${VERSION} } }`, variables: { k: r.id }, pick: (d: { firePoint: { history: never } }) => d.firePoint.history }),
    count: countBy("agriculture.fire_points", "id", "id"),
  },
  {
    dataset: "OBSERVATIONS", mutation: "contributeObservations", input: "ObservationInput", owner: Department.ENVIRONMENT, table: "environment.observations",
    valid: (n) => ({ stationCode: "410100A01", hour: new Date(Date.UTC(2019, 11, 31, 16) + n * 3_600_000).toISOString(), pm25: 40 + (n % 50), pm10: 70, so2: 9, no2: 30, co: 0.8, o3: 60, minutesSampled: 60 }),
    bad: [
      { name: "an unknown station", patch: { stationCode: "NOSUCHSTATION" }, field: "stationCode", code: "UNKNOWN_REFERENCE" },
      { name: "an hour not on the hour", patch: { hour: "2020-03-01T08:30:00+08:00" }, field: "hour", code: "NOT_ON_THE_HOUR" },
      { name: "a future hour", patch: { hour: "2999-03-01T08:00:00+08:00" }, field: "hour", code: "FUTURE_TIME" },
      { name: "a negative value", patch: { pm25: -3 }, field: "pm25", code: "OUT_OF_RANGE" },
      { name: "an implausible CO", patch: { co: 480 }, field: "co", code: "OUT_OF_RANGE" },
    ],
    correct: (r) => ({ ...r, pm25: (r.pm25 as number) + 10 }),
    history: (r) => ({
      query: `query($s: ID!, $from: DateTime!, $to: DateTime!) { observations(stationCode: $s, from: $from, to: $to) { edges { node { ${VERSION} } } } }`,
      variables: { s: r.stationCode, from: r.hour, to: new Date(Date.parse(r.hour as string) + 3_600_000).toISOString() },
      pick: (d: { observations: { edges: { node: { history: never } }[] } }) => d.observations.edges[0].node.history,
    }),
    count: async (rows) => Number((await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from environment.observations where station_code = '410100A01' and hour = any($1::timestamptz[])`, [rows.map((r) => r.hour)]))[0].n),
  },
  {
    dataset: "MONITORING_STATIONS", mutation: "contributeMonitoringStations", input: "MonitoringStationInput", owner: Department.ENVIRONMENT, table: "environment.monitoring_stations",
    valid: (n) => ({ code: `ST${n}`, name: `测试站${n}`, regionCode: "410102", latitude: 34.75, longitude: 113.62, controlLevel: "CITY", stationType: "URBAN" }),
    bad: [
      { name: "a bad control level", patch: { controlLevel: "COUNTY" }, field: "controlLevel", code: "BAD_ENUM" },
      { name: "a longitude outside Henan", patch: { longitude: 121.5 }, field: "longitude", code: "OUT_OF_RANGE" },
    ],
    correct: (r) => ({ ...r, stationType: "TRAFFIC" }),
    history: (r) => ({ query: `query($k: ID!) { monitoringStation(code: $k) { ${VERSION} } }`, variables: { k: r.code }, pick: (d: { monitoringStation: { history: never } }) => d.monitoringStation.history }),
    count: countBy("environment.monitoring_stations", "code", "code"),
  },
  {
    dataset: "VEHICLES", mutation: "contributeVehicles", input: "VehicleInput", owner: Department.PUBLIC_SECURITY, table: "public_security.vehicles",
    valid: (n) => ({ vin: makeVin(500000 + n), plate: `豫AT${String(n).padStart(4, "0").slice(-4)}`, plateColor: "BLUE", vehicleType: "CAR", fuel: "GASOLINE", emissionStage: "CN6A", use: "NON_OPERATING", registeredOn: "2021-05-01", regionCode: "410105", status: "ACTIVE", ownerName: "张三", ownerIdNumber: "11010519491231002X" }),
    bad: [
      { name: "a plate with I", patch: { plate: "豫AI2345" }, field: "plate", code: "BAD_CHARACTER" },
      { name: "a bad owner identity number", patch: { ownerIdNumber: "110105194912310021" }, field: "ownerIdNumber", code: "BAD_CHECK_CHARACTER" },
      { name: "an electric vehicle with a CN stage", patch: { fuel: "ELECTRIC" }, field: "emissionStage", code: "BAD_FORMAT" },
      { name: "a bad use", patch: { use: "PRIVATE" }, field: "use", code: "BAD_ENUM" },
    ],
    correct: (r) => ({ ...r, status: "SCRAPPED" }),
    history: (r) => ({ query: `query($k: ID!) { vehicle(vin: $k) { ${VERSION} } }`, variables: { k: r.vin }, pick: (d: { vehicle: { history: never } }) => d.vehicle.history }),
    count: countBy("public_security.vehicles", "vin", "vin"),
  },
  {
    dataset: "ENTRY_PERMITS", mutation: "contributeEntryPermits", input: "EntryPermitInput", owner: Department.PUBLIC_SECURITY, table: "public_security.entry_permits",
    valid: (n) => ({ permitNo: `TXTEST${n}`, vin: makeVin(600000 + n), cityCode: "410100", validFrom: "2021-01-01", validTo: "2021-12-31", zones: ["三环以内"], status: "VALID" }),
    bad: [
      { name: "dates out of order", patch: { validTo: "2020-12-31" }, field: "validTo", code: "DATES_OUT_OF_ORDER" },
      { name: "a county instead of a city", patch: { cityCode: "410102" }, field: "cityCode", code: "BAD_FORMAT" },
    ],
    correct: (r) => ({ ...r, status: "REVOKED" }),
    history: (r) => ({ query: `query($k: ID!) { entryPermits(filter: { vin: $k }) { edges { node { ${VERSION} } } } }`, variables: { k: r.vin }, pick: (d: { entryPermits: { edges: { node: { history: never } }[] } }) => d.entryPermits.edges[0].node.history }),
    count: countBy("public_security.entry_permits", "permit_no", "permitNo"),
  },
  {
    dataset: "CHECKPOINTS", mutation: "contributeCheckpoints", input: "CheckpointInput", owner: Department.PUBLIC_SECURITY, table: "public_security.checkpoints",
    valid: (n) => ({ code: `KKTEST${n}`, name: `测试卡口${n}`, regionCode: "410102", latitude: 34.7, longitude: 113.6, road: "G107" }),
    bad: [{ name: "a missing road", patch: { road: " " }, field: "road", code: "REQUIRED" }],
    correct: (r) => ({ ...r, road: "G4" }),
    history: (r) => ({ query: `query($k: ID!) { checkpoint(code: $k) { ${VERSION} } }`, variables: { k: r.code }, pick: (d: { checkpoint: { history: never } }) => d.checkpoint.history }),
    count: countBy("public_security.checkpoints", "code", "code"),
  },
  {
    dataset: "CHECKPOINT_PASSAGES", mutation: "contributeCheckpointPassages", input: "PassageInput", owner: Department.PUBLIC_SECURITY, table: "public_security.passages",
    valid: (n) => ({ checkpointCode: "KK41010001", plate: "豫A88888", passedAt: new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString(), direction: "INBOUND" }),
    bad: [
      { name: "an unknown checkpoint", patch: { checkpointCode: "KKNOWHERE" }, field: "checkpointCode", code: "UNKNOWN_REFERENCE" },
      { name: "a bad direction", patch: { direction: "IN" }, field: "direction", code: "BAD_ENUM" },
      { name: "a plate from no province", patch: { plate: "XA12345" }, field: "plate", code: "BAD_PROVINCE" },
    ],
    correct: (r) => ({ ...r, direction: "OUTBOUND" }),
    history: (r) => ({
      query: `query($k: ID!, $from: DateTime!, $to: DateTime!) { checkpoint(code: $k) { passages(from: $from, to: $to) { edges { node { ${VERSION} } } } } }`,
      variables: { k: r.checkpointCode, from: r.passedAt, to: new Date(Date.parse(r.passedAt as string) + 1000).toISOString() },
      pick: (d: { checkpoint: { passages: { edges: { node: { history: never } }[] } } }) => d.checkpoint.passages.edges[0].node.history,
    }),
    count: async (rows) => Number((await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from public_security.passages where plate = '豫A88888' and passed_at = any($1::timestamptz[])`, [rows.map((r) => r.passedAt)]))[0].n),
  },
  {
    dataset: "ENVIRONMENTAL_PROFILES", mutation: "contributeEnterpriseProfiles", input: "EnterpriseProfileInput", owner: Department.ENVIRONMENT, table: "environment.enterprise_profiles",
    valid: (n) => ({ creditCode: makeCreditCode(810000 + n), industryCategory: "水泥", permitClass: "KEY", permitNo: `PW${n}`, monitoringInstalled: true, monitoringNetworked: true, ultraLowEmission: "ASSESSED", ultraLowAssessedOn: "2021-06-30", vocsKeySource: false, elevatedStack: true }),
    bad: [
      { name: "a bad permit class", patch: { permitClass: "MAJOR" }, field: "permitClass", code: "BAD_ENUM" },
      { name: "an assessment without a date", patch: { ultraLowAssessedOn: null }, field: "ultraLowAssessedOn", code: "REQUIRED" },
      { name: "networked monitoring never installed", patch: { monitoringInstalled: false }, field: "monitoringNetworked", code: "BAD_FORMAT" },
    ],
    correct: (r) => ({ ...r, elevatedStack: false }),
    history: (r) => ({ query: `query($k: ID!) { enterpriseProfiles(creditCode: $k) { edges { node { ${VERSION} } } } }`, variables: { k: r.creditCode }, pick: (d: { enterpriseProfiles: { edges: { node: { history: never } }[] } }) => d.enterpriseProfiles.edges[0].node.history }),
    count: countBy("environment.enterprise_profiles", "credit_code", "creditCode"),
  },
  {
    dataset: "EMERGENCY_LIST", mutation: "contributeEmergencyList", input: "EmergencyListInput", owner: Department.ENVIRONMENT, table: "environment.emergency_list",
    valid: (n) => ({ year: 2020, creditCode: makeCreditCode(820000 + n), cityCode: "410300", yellow: "10%", orange: "20%", red: "HALT" }),
    bad: [
      { name: "a measure that is no reduction", patch: { orange: "some" }, field: "orange", code: "BAD_FORMAT" },
      { name: "a reduction above 100%", patch: { red: "120%" }, field: "red", code: "BAD_FORMAT" },
      { name: "a county instead of a city", patch: { cityCode: "410302" }, field: "cityCode", code: "BAD_FORMAT" },
      { name: "self-determined at one level only", patch: { yellow: "SELF_DETERMINED" }, field: "yellow", code: "BAD_FORMAT" },
    ],
    correct: (r) => ({ ...r, red: "60%" }),
    history: (r) => ({ query: `query($c: ID!) { emergencyList(year: 2020, cityCode: $c, first: 1000) { edges { node { creditCode ${VERSION} } } } }`, variables: { c: r.cityCode },
      pick: (d: { emergencyList: { edges: { node: { creditCode: string; history: never } }[] } }) => d.emergencyList.edges.find((e) => e.node.creditCode === r.creditCode)!.node.history }),
    count: countBy("environment.emergency_list", "credit_code", "creditCode"),
  },
  {
    dataset: "INDICATORS", mutation: "contributeIndicators", input: "IndicatorInput", owner: Department.HOUSING, table: "environment.indicators",
    valid: (n) => ({ regionCode: "410200", metric: "HEATING_NETWORK_NEW_KM", period: `20${String(10 + (n % 10)).padStart(2, "0")}-${String(1 + Math.floor(n / 10) % 12).padStart(2, "0")}`, value: 12.5 + n }),
    bad: [
      { name: "another department's metric", patch: { metric: "PM25_MEAN" }, field: "metric", code: "NOT_OWNED" },
      { name: "a bad period", patch: { period: "2021-Q1" }, field: "period", code: "BAD_PERIOD" },
      { name: "a ratio above 1", patch: { metric: "CENTRAL_HEATING_COVERAGE", value: 91 }, field: "value", code: "OUT_OF_RANGE" },
    ],
    correct: (r) => ({ ...r, value: (r.value as number) + 100 }),
    history: (r) => ({ query: `query($r: ID!, $p: String!) { indicators(filter: { regionCode: $r, metric: HEATING_NETWORK_NEW_KM, period: $p }) { edges { node { ${VERSION} } } } }`, variables: { r: r.regionCode, p: r.period }, pick: (d: { indicators: { edges: { node: { history: never } }[] } }) => d.indicators.edges[0].node.history }),
    count: async (rows) => Number((await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from environment.indicators where metric = 'HEATING_NETWORK_NEW_KM' and period = any($1)`, [rows.map((r) => r.period)]))[0].n),
  },
];

type Result = { batchId: string; dataset: string; accepted: number; rejected: number; replayed: boolean; errors: { row: number; field: string | null; code: string; message: string }[]; warnings: unknown[] };

function contribution(c: DatasetCase) {
  return `mutation($batchId: ID!, $atomic: Boolean, $rows: [${c.input}!]!, $checkOnly: Boolean) {
    result: ${c.mutation}(batchId: $batchId, atomic: $atomic, rows: $rows, checkOnly: $checkOnly) { batchId dataset accepted rejected replayed errors { row field code message } warnings { row field code message } }
  }`;
}

let seq = 0;
const nextN = () => (seq += 10);

async function send(c: DatasetCase, batchId: string, rows: Row[], atomic?: boolean, as: Department = c.owner, role = Role.MEMBER) {
  return gql<{ result: Result }>(hub.url, contribution(c), { batchId, rows, ...(atomic === undefined ? {} : { atomic }) }, await token(as, role));
}

async function accepted(c: DatasetCase, batchId: string, rows: Row[], atomic?: boolean): Promise<Result> {
  const res = await send(c, batchId, rows, atomic);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.result;
}

describe.each(CASES)("contribute $dataset", (c) => {
  it("accepts a valid batch and shows provenance", async () => {
    const n = nextN();
    const rows = [c.valid(n), c.valid(n + 1), c.valid(n + 2)];
    const r = await accepted(c, `valid-${n}`, rows);
    expect(r).toMatchObject({ batchId: `valid-${n}`, dataset: c.dataset, accepted: 3, rejected: 0, replayed: false, errors: [] });
    expect(await c.count(rows)).toBe(3);
    const prov = await sql<{ contributed_by: string; batch_id: string }>(hub.dbUrl, `select distinct contributed_by, batch_id from ${c.table} where batch_id = $1`, [`valid-${n}`]);
    expect(prov).toEqual([{ contributed_by: c.owner, batch_id: `valid-${n}` }]);
  });

  for (const bad of c.bad) {
    it(`rejects ${bad.name} with ${bad.code} on ${bad.field}`, async () => {
      const n = nextN();
      const rows = [c.valid(n), { ...c.valid(n + 1), ...bad.patch }];
      const r = await accepted(c, `bad-${n}`, rows);
      expect(r.accepted).toBe(0);
      expect(r.rejected).toBe(1);
      expect(r.errors.map((e) => ({ row: e.row, field: e.field, code: e.code }))).toContainEqual({ row: 1, field: bad.field, code: bad.code });
      expect(r.errors.every((e) => e.message.length > 10)).toBe(true);
      expect(await c.count([c.valid(n)]), "an atomic batch with an error writes nothing").toBe(0);
    });
  }

  it("non-atomic writes exactly the valid rows and reports the rest", async () => {
    const n = nextN();
    const rows = [c.valid(n), { ...c.valid(n + 1), ...c.bad[0].patch }, c.valid(n + 2)];
    const r = await accepted(c, `partial-${n}`, rows, false);
    expect(r).toMatchObject({ accepted: 2, rejected: 1 });
    expect(r.errors[0]).toMatchObject({ row: 1, code: c.bad[0].code });
    expect(await c.count([rows[0], rows[2]])).toBe(2);
  });

  it("replays a batch without writing and refuses the same id with other rows", async () => {
    const n = nextN();
    const rows = [c.valid(n), c.valid(n + 1)];
    const first = await accepted(c, `replay-${n}`, rows);
    const [{ n: before }] = await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from ${c.table.split(".")[0]}.record_history`);
    const again = await accepted(c, `replay-${n}`, rows);
    expect(again).toEqual({ ...first, replayed: true });
    const [{ n: after }] = await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from ${c.table.split(".")[0]}.record_history`);
    expect(after).toBe(before);
    const conflict = await send(c, `replay-${n}`, [c.correct(rows[0]), rows[1]]);
    expect(conflict.errors?.[0].extensions?.code).toBe("BATCH_ID_CONFLICT");
  });

  it("checks a batch with checkOnly: every row's errors, nothing written, the id left free", async () => {
    const n = nextN();
    const rows = [c.valid(n), { ...c.valid(n + 1), ...c.bad[0].patch }, c.valid(n + 2)];
    const check = await gql<{ result: Result }>(hub.url, contribution(c), { batchId: `check-${n}`, rows, checkOnly: true }, await token(c.owner));
    expect(check.errors, JSON.stringify(check.errors)).toBeUndefined();
    expect(check.data!.result).toMatchObject({ accepted: 0, rejected: 1, replayed: false });
    expect(check.data!.result.errors[0]).toMatchObject({ row: 1, code: c.bad[0].code });
    // valid rows alone are checked too, and still not written
    const clean = await gql<{ result: Result }>(hub.url, contribution(c), { batchId: `check-${n}`, rows: [rows[0], rows[2]], checkOnly: true }, await token(c.owner));
    expect(clean.data!.result).toMatchObject({ accepted: 0, rejected: 0, errors: [] });
    expect(await c.count([rows[0], rows[2]])).toBe(0);
    expect(await accepted(c, `check-${n}`, [rows[0], rows[2]])).toMatchObject({ accepted: 2, replayed: false });
  });

  it("lets a corrected batch reuse the id of an atomic batch that wrote nothing", async () => {
    const n = nextN();
    const failed = await accepted(c, `retry-${n}`, [{ ...c.valid(n), ...c.bad[0].patch }]);
    expect(failed.accepted).toBe(0);
    const fixed = await accepted(c, `retry-${n}`, [c.valid(n)]);
    expect(fixed).toMatchObject({ accepted: 1, replayed: false });
  });

  it("keeps the replaced version in history; an identical row adds none", async () => {
    const n = nextN();
    const row = c.valid(n);
    await accepted(c, `v1-${n}`, [row]);
    await accepted(c, `v1-again-${n}`, [row]);
    await accepted(c, `v2-${n}`, [c.correct(row)]);
    const h = c.history(row);
    const versions = h.pick((await hub.query(h.query, h.variables, [c.owner, Role.MEMBER])) as never);
    expect(versions.map((v) => [v.batchId, v.current])).toEqual([[`v1-${n}`, false], [`v2-${n}`, true]]);
    expect(versions[0].values).not.toEqual(versions[1].values);
  });

  it("refuses another department with FORBIDDEN and writes nothing", async () => {
    const n = nextN();
    const other = c.owner === Department.GRID ? Department.TRANSPORT : Department.GRID;
    const res = await send(c, `forbidden-${n}`, [c.valid(n)], true, other);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await c.count([c.valid(n)])).toBe(0);
  });

  it("refuses more than 10,000 rows with BATCH_TOO_LARGE and writes nothing", async () => {
    const n = nextN();
    const rows = Array.from({ length: 10_001 }, () => c.valid(n));
    const res = await send(c, `huge-${n}`, rows);
    expect(res.errors?.[0].extensions?.code).toBe("BATCH_TOO_LARGE");
    expect(await c.count([c.valid(n)])).toBe(0);
  });
});

describe("within a batch", () => {
  it("rejects a repeated natural key as DUPLICATE_KEY", async () => {
    const c = CASES.find((x) => x.dataset === "ELECTRICITY_READINGS")!;
    const row = c.valid(nextN());
    const r = await accepted(c, `dup-${row.meterNo as string}`, [row, { ...row, kwh: 1 }], false);
    expect(r).toMatchObject({ accepted: 1, rejected: 1 });
    expect(r.errors[0]).toMatchObject({ row: 1, code: "DUPLICATE_KEY" });
  });

  it("lists every problem of a row, not just the first", async () => {
    const c = CASES.find((x) => x.dataset === "ENTERPRISES")!;
    const r = await accepted(c, `many-${nextN()}`, [{ ...c.valid(nextN()), regionCode: "419999", status: "X", name: "" }]);
    expect(r.errors.map((e) => e.field).sort()).toEqual(["name", "regionCode", "status"]);
  });

  it("refuses an analyst (the data team reads, it does not write)", async () => {
    const c = CASES.find((x) => x.dataset === "PERFORMANCE_GRADES")!;
    const res = await send(c, `analyst-${nextN()}`, [c.valid(nextN())], true, Department.ENVIRONMENT, Role.ANALYST);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
