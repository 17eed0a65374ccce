import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { gql, startTestHub, token, type GqlResponse, type TestHub } from "./support/hub.js";

/**
 * The sharing policy written out by hand, dataset by dataset: who owns it, its class, how to read it
 * and how to write it. It is deliberately not derived from the declarations under test.
 */
const { ENVIRONMENT: ENV, PUBLIC_SECURITY: PS, HOUSING: HOU, TRANSPORT: TRA, AGRICULTURE: AGR, MARKET_REGULATION: MR, GRID } = Department;
type Cls = "OPEN" | "CONDITIONAL";
interface Policy {
  owner: Department;
  cls: Cls;
  /** a query whose root field reads the dataset */
  read: string;
  /** the contribution mutation; `admin:<op>` for an admin action; null when there is no write path */
  write: string | null;
  /** departments besides the owner that may write (indicators: each department its own metrics) */
  writers?: Department[];
}
const page = (field: string, sel: string, args = "") => `{ ${field}(first: 2${args}) { edges { node { ${sel} } } } }`;
const POLICY: Record<string, Policy> = {
  REGIONS: { owner: ENV, cls: "OPEN", read: `{ regions(level: CITY) { code name } }`, write: null },
  MONITORING_STATIONS: { owner: ENV, cls: "OPEN", read: page("monitoringStations", "code name"), write: "contributeMonitoringStations" },
  OBSERVATIONS: { owner: ENV, cls: "OPEN", read: page("observations", "stationCode pm25"), write: "contributeObservations" },
  WARNINGS: { owner: ENV, cls: "OPEN", read: page("warnings", "id level"), write: "admin:issueWarning" },
  INDICATORS: { owner: ENV, cls: "OPEN", read: page("indicators", "metric value"), write: "contributeIndicators", writers: [HOU, AGR, MR, PS, TRA] },
  TARGETS: { owner: ENV, cls: "OPEN", read: page("targets", "metric value"), write: "admin:setTarget" },
  PERFORMANCE_GRADES: { owner: ENV, cls: "OPEN", read: page("performanceGrades", "creditCode grade"), write: "contributePerformanceGrades" },
  ENVIRONMENTAL_PROFILES: { owner: ENV, cls: "CONDITIONAL", read: page("enterpriseProfiles", "creditCode permitNo"), write: "contributeEnterpriseProfiles" },
  EMERGENCY_LIST: { owner: ENV, cls: "OPEN", read: page("emergencyList", "creditCode year"), write: "contributeEmergencyList" },
  REMOTE_SENSING: { owner: ENV, cls: "CONDITIONAL", read: page("remoteSensingTests", "testId result"), write: "contributeRemoteSensingTests" },
  BLACK_SMOKE: { owner: ENV, cls: "CONDITIONAL", read: page("blackSmokeCaptures", "captureId ringelmann"), write: "contributeBlackSmokeCaptures" },
  OBD_RECORDS: { owner: ENV, cls: "CONDITIONAL", read: page("obdRecords", "vin noxPpm"), write: "contributeObdRecords" },
  NRMM: { owner: ENV, cls: "CONDITIONAL", read: page("nonRoadMachinery", "registrationNo machineType"), write: "contributeNonRoadMachinery" },
  ENTERPRISES: { owner: MR, cls: "OPEN", read: page("enterprises", "creditCode name"), write: "contributeEnterprises" },
  FUEL_STATIONS: { owner: MR, cls: "OPEN", read: page("fuelStations", "code name"), write: "contributeFuelStations" },
  VEHICLES: { owner: PS, cls: "OPEN", read: page("vehicles", "vin plate ownerName", ", filter: { status: ACTIVE }"), write: "contributeVehicles" },
  ENTRY_PERMITS: { owner: PS, cls: "CONDITIONAL", read: page("entryPermits", "permitNo status"), write: "contributeEntryPermits" },
  CHECKPOINTS: { owner: PS, cls: "OPEN", read: page("checkpoints", "code name"), write: "contributeCheckpoints" },
  CHECKPOINT_PASSAGES: { owner: PS, cls: "CONDITIONAL", read: page("passages", "plate passedAt", `, cityCode: "410100"`), write: "contributeCheckpointPassages" },
  OPERATING_LICENCES: { owner: TRA, cls: "CONDITIONAL", read: page("operatingLicences", "licenceNo status"), write: "contributeOperatingLicences" },
  PHASE_OUTS: { owner: TRA, cls: "CONDITIONAL", read: page("phaseOuts", "vin status"), write: "contributePhaseOuts" },
  REPAIRS: { owner: TRA, cls: "CONDITIONAL", read: page("repairs", "repairNo"), write: "contributeRepairs" },
  RAIL_SIDINGS: { owner: TRA, cls: "OPEN", read: page("railSidings", "projectCode status"), write: "contributeRailSidings" },
  FUEL_SAMPLES: { owner: MR, cls: "CONDITIONAL", read: page("fuelSamples", "sampleNo result"), write: "contributeFuelSamples" },
  INSPECTION_AGENCIES: { owner: MR, cls: "OPEN", read: page("inspectionAgencies", "code name"), write: "contributeInspectionAgencies" },
  VEHICLE_INSPECTIONS: { owner: MR, cls: "CONDITIONAL", read: page("vehicleInspections", "inspectionNo result"), write: "contributeVehicleInspections" },
  COAL_CHECKS: { owner: MR, cls: "CONDITIONAL", read: page("coalChecks", "id sulphurPercent"), write: "contributeCoalChecks" },
  CONSTRUCTION_SITES: { owner: HOU, cls: "OPEN", read: page("constructionSites", "code name"), write: "contributeConstructionSites" },
  DUST_CHECKS: { owner: HOU, cls: "CONDITIONAL", read: page("dustChecks", "checkId passed"), write: "contributeDustChecks" },
  DUST_MONITOR_READINGS: { owner: HOU, cls: "CONDITIONAL", read: page("dustMonitorReadings", "siteCode pm10"), write: "contributeDustMonitorReadings" },
  DUST_VIOLATIONS: { owner: HOU, cls: "CONDITIONAL", read: page("dustViolations", "violationId"), write: "contributeDustViolations" },
  RESTAURANT_FUME_MONITORS: { owner: HOU, cls: "CONDITIONAL", read: page("restaurantFumeMonitors", "creditCode online"), write: "contributeRestaurantFumeMonitors" },
  FIRE_POINTS: { owner: AGR, cls: "OPEN", read: page("firePoints", "id confirmed"), write: "contributeFirePoints" },
  STRAW_BURNING_DEDUCTION_RATES: { owner: AGR, cls: "OPEN", read: page("strawBurningDeductionRates", "effectiveFrom cnyPerConfirmedFirePoint"), write: "contributeStrawBurningDeductionRates" },
  COAL_REPLACEMENT: { owner: AGR, cls: "OPEN", read: page("coalReplacements", "regionCode year"), write: "contributeCoalReplacements" },
  ELECTRICITY_READINGS: { owner: GRID, cls: "CONDITIONAL", read: page("electricityReadings", "meterNo kwh"), write: "contributeElectricityReadings" },
  COAL_TO_ELECTRICITY: { owner: GRID, cls: "OPEN", read: page("coalToElectricity", "year households"), write: "contributeCoalToElectricity" },
  GATE_RECORDS: { owner: ENV, cls: "CONDITIONAL", read: page("gateRecords", "plate direction"), write: "contributeGateRecords" },
};

const DEPARTMENTS = [ENV, PS, HOU, TRA, AGR, MR, GRID];
const ROLES = [Role.MEMBER, Role.ANALYST, Role.ADMIN];
type GrantState = "none" | "valid" | "expired";

type Outcome = "FULL" | "MASKED" | "GRANT_REQUIRED" | "ALLOWED" | "FORBIDDEN" | "NO_WRITE_PATH";

/** The expectation of one cell, from the table above and the rules of DESIGN.md ("Trust"). */
function expected(dataset: string, dept: Department, role: Role, op: "read" | "write", grants: GrantState): Outcome {
  const p = POLICY[dataset];
  const owner = p.owner === dept;
  if (op === "read") {
    if (owner) return "FULL";
    if (p.cls === "CONDITIONAL") return grants === "valid" ? "FULL" : "GRANT_REQUIRED";
    return dataset === "VEHICLES" ? "MASKED" : "FULL";
  }
  if (p.write === null) return "NO_WRITE_PATH";
  if (p.write.startsWith("admin:")) return owner && role === Role.ADMIN ? "ALLOWED" : "FORBIDDEN";
  // analysts read; members and admins of a writing department write
  return (owner || p.writers?.includes(dept)) && role !== Role.ANALYST ? "ALLOWED" : "FORBIDDEN";
}

let hub: TestHub;
let serial = 0;

function writeOperation(dataset: string): { query: string; variables: () => Record<string, unknown> } {
  const op = POLICY[dataset].write!;
  if (op === "admin:setTarget") {
    return {
      query: `mutation { setTarget(input: { regionCode: "410100", metric: PM25_MEAN, period: "2021", comparison: AT_MOST, value: 50, sourceClause: "matrix test" }) { value } }`,
      variables: () => ({}),
    };
  }
  if (op === "admin:issueWarning") {
    return {
      query: `mutation($s: DateTime!) { issueWarning(input: { regionCode: "410100", level: YELLOW, startsAt: $s, reason: "matrix test" }) { id } }`,
      variables: () => ({ s: new Date(Date.UTC(2030, 0, 1) + ++serial * 3600_000).toISOString() }),
    };
  }
  // An empty batch: the decision on who may write comes before any row is read, so it is the whole question.
  return { query: `mutation($b: ID!) { ${op}(batchId: $b, rows: []) { accepted rejected } }`, variables: () => ({ b: `matrix-${++serial}` }) };
}

function outcomeOf(res: GqlResponse, op: "read" | "write", dataset: string, root: string): Outcome | string {
  const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
  if (op === "write") {
    if (codes.length === 0) return "ALLOWED";
    if (codes.every((c) => c === "FORBIDDEN")) return "FORBIDDEN";
    if (codes.every((c) => c === "GRAPHQL_VALIDATION_FAILED")) return "NO_WRITE_PATH";
    return `errors ${JSON.stringify(res.errors)}`;
  }
  const data = res.data as Record<string, unknown> | null | undefined;
  if (codes.length > 0) {
    const e = res.errors![0];
    if (codes.every((c) => c === "GRANT_REQUIRED") && e.extensions?.dataset === dataset && e.path?.[0] === root && data?.[root] === null) return "GRANT_REQUIRED";
    return `errors ${JSON.stringify(res.errors)}`;
  }
  const value = data?.[root] as { edges?: { node: Record<string, unknown> }[] } | unknown[] | undefined;
  const rows = Array.isArray(value) ? value : value?.edges?.map((e) => e.node);
  if (!rows || rows.length === 0) return "no rows: the cell proves nothing";
  if (dataset === "VEHICLES") {
    const names = rows.map((r) => (r as { ownerName: string | null }).ownerName).filter((n): n is string => !!n);
    if (names.length === 0) return "no owner names to judge";
    if (names.every((n) => /^.\*+$/u.test(n))) return "MASKED";
    if (names.every((n) => !n.includes("*"))) return "FULL";
    return `mixed owner names ${names}`;
  }
  return "FULL";
}

async function setGrants(state: GrantState): Promise<void> {
  await sql(hub.dbUrl, "delete from hub.access_requests");
  if (state === "none") return;
  const until = state === "valid" ? "(now() at time zone 'Asia/Shanghai')::date + 30" : "(now() at time zone 'Asia/Shanghai')::date - 1";
  const values: string[] = [];
  for (const [dataset, p] of Object.entries(POLICY)) {
    if (p.cls !== "CONDITIONAL") continue;
    for (const d of DEPARTMENTS) {
      if (d === p.owner) continue;
      for (const r of ROLES) values.push(`('${dataset}', '${p.owner}', '${d}', '${r}', 'matrix', 'matrix test grant', ${until}, current_date, 'APPROVED')`);
    }
  }
  await sql(
    hub.dbUrl,
    `insert into hub.access_requests (dataset, owner, grantee_department, grantee_role, requested_by, purpose, valid_until, reply_due, status) values ${values.join(", ")}`,
  );
}

beforeAll(async () => {
  // ~4,500 requests from 7 departments in under a minute: above the default per-department rate
  hub = await startTestHub({ limits: { rateLimit: 0 } });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

describe("the sharing matrix: department × role × dataset × (read, write) × grant, each cell a request through the gateway", () => {
  it("the policy table covers every dataset of the catalogue", async () => {
    const res = await gql<{ catalog: { name: string; owner: string; sharingClass: string }[] }>(hub.url, "{ catalog { name owner sharingClass } }", {}, await token(ENV, Role.MEMBER));
    expect(Object.keys(POLICY).sort()).toEqual(res.data!.catalog.map((c) => c.name).sort());
  });

  it.each(["none", "valid", "expired"] as GrantState[])("grants: %s", async (grants) => {
    await setGrants(grants);
    const tokens = new Map<string, string>();
    for (const d of DEPARTMENTS) for (const r of ROLES) tokens.set(`${d}/${r}`, await token(d, r));
    const cells: { dataset: string; dept: Department; role: Role; op: "read" | "write" }[] = [];
    for (const dataset of Object.keys(POLICY)) for (const dept of DEPARTMENTS) for (const role of ROLES) for (const op of ["read", "write"] as const) cells.push({ dataset, dept, role, op });
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cells.length) {
        const c = cells[next++];
        const want = expected(c.dataset, c.dept, c.role, c.op, grants);
        const operation = c.op === "read" ? { query: POLICY[c.dataset].read, variables: () => ({}) } : writeOperation(c.dataset);
        const root = /\{\s*(\w+)/.exec(operation.query.replace(/^mutation[^{]*/, ""))![1];
        const res = await gql(hub.url, operation.query, operation.variables(), tokens.get(`${c.dept}/${c.role}`)!);
        const got = outcomeOf(res, c.op, c.dataset, root);
        if (got !== want) failures.push(`${c.dataset} ${c.op} as ${c.role} of ${c.dept} (grants ${grants}): expected ${want}, got ${got}`);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(cells).toHaveLength(Object.keys(POLICY).length * 7 * 3 * 2);
    expect(failures.slice(0, 30).join("\n")).toBe("");
  }, 300_000);
});
