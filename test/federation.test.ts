import "reflect-metadata";
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { loadConfig } from "../src/common/config.js";
import { DEPARTMENT_INFO, DEPARTMENTS, Department } from "../src/shared/departments.js";
import { printSubgraphSdl } from "../src/common/federation.js";
import { createLogger } from "../src/common/logger.js";
import { Databases } from "../src/db/databases.js";
import { composeSchemas } from "../src/gateway/compose.js";
import { SUBGRAPH_IDS, subgraphSlug, type SubgraphId } from "../src/shared/subgraphs.js";
import { createSubgraphRuntime, type SubgraphRuntime } from "../src/server/subgraph-runtime.js";
import { createTestDatabase, sql } from "./support/db.js";
import { TEST_SECRET, token } from "./support/hub.js";

let databases: Databases;
let dbUrl: string;
let drop: () => Promise<void>;
const runtimes = {} as Record<SubgraphId, SubgraphRuntime>;

beforeAll(async () => {
  const db = await createTestDatabase();
  dbUrl = db.url;
  drop = db.drop;
  databases = await Databases.open({ ...loadConfig({}), databaseUrl: db.url }, DEPARTMENTS, createLogger("error"));
  for (const s of SUBGRAPH_IDS) runtimes[s] = createSubgraphRuntime(s, databases, new TextEncoder().encode(TEST_SECRET));
});
afterAll(async () => {
  await databases?.close();
  await drop?.();
});

async function run(d: SubgraphId, query: string, variables: Record<string, unknown> = {}) {
  const contextValue = await runtimes[d].contextFor(`Bearer ${await token(Department.ENVIRONMENT, Role.ANALYST)}`);
  const res = await execute({ schema: runtimes[d].schema, document: parse(query), variableValues: variables, contextValue });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as Record<string, never>;
}

describe("_service { sdl }", () => {
  const composed = composeSchemas();
  for (const s of SUBGRAPH_IDS) {
    it(`${subgraphSlug(s)} serves the SDL the supergraph was composed from`, async () => {
      const data = await run(s, "{ _service { sdl } }");
      expect((data._service as { sdl: string }).sdl).toBe(printSubgraphSdl(runtimes[s].schema));
      expect((data._service as { sdl: string }).sdl.trimEnd()).toBe(composed.subgraphs[subgraphSlug(s)].trimEnd());
    });
  }
});

/** Every resolvable key of every subgraph, with a query for a real key value and the fields to expect. */
const ENTITY_CASES: { subgraph: Department; typename: string; keyField: string; keySql: string; select: string; extra?: Record<string, unknown>; check: (entity: Record<string, unknown>, key: string) => Promise<void> | void }[] = [
  { subgraph: Department.ENVIRONMENT, typename: "Region", keyField: "code", keySql: "select '410300' as k", select: "name level group", check: (e) => expect(e).toMatchObject({ name: "洛阳市", level: "CITY", group: "FENWEI" }) },
  { subgraph: Department.ENVIRONMENT, typename: "MonitoringStation", keyField: "code", keySql: "select code as k from environment.monitoring_stations order by code limit 1", select: "code name kind", check: (e, k) => expect(e).toMatchObject({ code: k, kind: "MONITORING_STATION" }) },
  { subgraph: Department.ENVIRONMENT, typename: "Warning", keyField: "id", keySql: "select id as k from environment.warnings order by id limit 1", select: "id level region { code }", check: (e, k) => expect(e.id).toBe(k) },
  { subgraph: Department.ENVIRONMENT, typename: "Vehicle", keyField: "vin", keySql: "select vin as k from environment.remote_sensing_tests order by vin limit 1", select: "remoteSensing { testId } blackSmoke { captureId } obdRecords(first: 2) { at }", check: (e) => expect((e.remoteSensing as unknown[]).length).toBeGreaterThan(0) },
  { subgraph: Department.ENVIRONMENT, typename: "ListedEnterprise", keyField: "id", keySql: "select 'W2021-410100-02/' || credit_code as k from environment.emergency_list where city_code = '410100' order by credit_code limit 1", select: "id owedCut warningDates", check: (e, k) => expect(e.id).toBe(k) },
  { subgraph: Department.ENVIRONMENT, typename: "Enterprise", keyField: "creditCode", keySql: "select credit_code as k from environment.performance_grades order by credit_code limit 1", select: "performanceGrade",
    check: async (e, k) => expect(e.performanceGrade).toBe((await sql<{ grade: string }>(dbUrl, "select grade from environment.performance_grades where credit_code = $1", [k]))[0].grade) },
  { subgraph: Department.MARKET_REGULATION, typename: "Enterprise", keyField: "creditCode", keySql: "select credit_code as k from market_regulation.enterprises order by credit_code limit 1", select: "creditCode name status",
    check: async (e, k) => expect(e.name).toBe((await sql<{ name: string }>(dbUrl, "select name from market_regulation.enterprises where credit_code = $1", [k]))[0].name) },
  { subgraph: Department.MARKET_REGULATION, typename: "FuelStation", keyField: "code", keySql: "select code as k from market_regulation.fuel_stations order by code limit 1", select: "code kind operator { creditCode }", check: (e, k) => expect(e).toMatchObject({ code: k, kind: "FUEL_STATION" }) },
  { subgraph: Department.MARKET_REGULATION, typename: "FuelSample", keyField: "sampleNo", keySql: "select sample_no as k from market_regulation.fuel_samples order by sample_no limit 1", select: "sampleNo result", check: (e, k) => expect(e.sampleNo).toBe(k) },
  { subgraph: Department.MARKET_REGULATION, typename: "InspectionAgency", keyField: "code", keySql: "select code as k from market_regulation.inspection_agencies order by code limit 1", select: "code name", check: (e, k) => expect(e.code).toBe(k) },
  { subgraph: Department.MARKET_REGULATION, typename: "VehicleInspection", keyField: "inspectionNo", keySql: "select inspection_no as k from market_regulation.vehicle_inspections order by inspection_no limit 1", select: "inspectionNo result", check: (e, k) => expect(e.inspectionNo).toBe(k) },
  { subgraph: Department.MARKET_REGULATION, typename: "Vehicle", keyField: "vin", keySql: "select vin as k from market_regulation.vehicle_inspections order by vin limit 1", select: "lastInspection { inspectionNo } inspections { inspectionNo }",
    check: (e) => expect((e.inspections as unknown[]).length).toBeGreaterThan(0) },
  { subgraph: Department.PUBLIC_SECURITY, typename: "Vehicle", keyField: "vin", keySql: "select vin as k from public_security.vehicles order by vin limit 1", select: "vin plate emissionStage", check: (e, k) => expect(e.vin).toBe(k) },
  { subgraph: Department.PUBLIC_SECURITY, typename: "Checkpoint", keyField: "code", keySql: "select code as k from public_security.checkpoints order by code limit 1", select: "code kind road", check: (e, k) => expect(e).toMatchObject({ code: k, kind: "CHECKPOINT" }) },
  { subgraph: Department.TRANSPORT, typename: "Vehicle", keyField: "vin", keySql: "select vin as k from transport.operating_licences order by vin limit 1", select: "operatingLicence { licenceNo }",
    check: (e) => expect((e.operatingLicence as { licenceNo: string }).licenceNo).toMatch(/^41/) },
  { subgraph: Department.TRANSPORT, typename: "Enterprise", keyField: "creditCode", keySql: "select enterprise_credit_code as k from transport.rail_sidings order by project_code limit 1", select: "railSidings { projectCode }",
    check: (e) => expect((e.railSidings as unknown[]).length).toBeGreaterThan(0) },
  { subgraph: Department.HOUSING, typename: "ConstructionSite", keyField: "code", keySql: "select code as k from housing.construction_sites order by code limit 1", select: "code kind builder { creditCode }", check: (e, k) => expect(e).toMatchObject({ code: k, kind: "CONSTRUCTION_SITE" }) },
  { subgraph: Department.AGRICULTURE, typename: "FirePoint", keyField: "id", keySql: "select id as k from agriculture.fire_points order by id limit 1", select: "id source region { code }", check: (e, k) => expect(e.id).toBe(k) },
  { subgraph: Department.GRID, typename: "ListedEnterprise", keyField: "id", keySql: "select 'W2021-410100-02/' || credit_code as k from environment.emergency_list where city_code = '410100' and orange <> 'SELF_DETERMINED' order by credit_code limit 1",
    select: "electricity { verdict baselineDays warningDays }",
    extra: { creditCode: "", owedCut: 0.3, selfDetermined: false, baselineDates: ["2021-12-01", "2021-12-02"], warningDates: ["2021-12-15", "2021-12-16"] },
    check: (e) => expect((e.electricity as { warningDays: number }).warningDays).toBe(2) },
  { subgraph: Department.GRID, typename: "Enterprise", keyField: "creditCode", keySql: "select credit_code as k from grid.electricity_readings order by credit_code limit 1", select: `electricityUse(from: "2021-01-01", to: "2021-12-31") { days }`,
    check: (e) => expect((e.electricityUse as { days: number }).days).toBeGreaterThan(300) },
];

describe("_entities for every key of every subgraph", () => {
  for (const c of ENTITY_CASES) {
    it(`${DEPARTMENT_INFO[c.subgraph].slug} resolves ${c.typename} by ${c.keyField}`, async () => {
      const [{ k }] = await sql<{ k: string }>(dbUrl, c.keySql);
      const data = await run(
        c.subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${c.typename} { ${c.select} } } }`,
        // an extending subgraph gets the fields it @requires with the reference, as the gateway sends them
        { r: [{ __typename: c.typename, [c.keyField]: k, ...(c.extra ? { ...c.extra, creditCode: k.split("/")[1] } : {}) }] },
      );
      const [entity] = data._entities as Record<string, unknown>[];
      expect(entity).not.toBeNull();
      await c.check(entity, k);
    });
  }

  it("covers every resolvable @key the subgraphs declare", () => {
    const declared = new Set<string>();
    for (const d of SUBGRAPH_IDS) {
      const sdl = printSubgraphSdl(runtimes[d].schema);
      for (const m of sdl.matchAll(/^type (\w+)[^{]*@key\(fields: "(\w+)"(, resolvable: false)?\)/gm)) {
        if (!m[3]) declared.add(`${d}:${m[1]}:${m[2]}`);
      }
    }
    expect([...declared].sort()).toEqual(ENTITY_CASES.map((c) => `${c.subgraph}:${c.typename}:${c.keyField}`).sort());
  });

  it("returns null for an unknown key instead of failing the batch", async () => {
    const data = await run(Department.MARKET_REGULATION, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { name } } }`, {
      r: [{ __typename: "Enterprise", creditCode: "91410100MA3X5Y7B7G" }],
    });
    expect(data._entities).toEqual([null]);
  });
});
