import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sqlStatements } from "../src/db/query-counter.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";
import { makeVin } from "./support/identifiers.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const PS: [Department, Role] = [Department.PUBLIC_SECURITY, Role.MEMBER];
const CONTRIBUTE = `mutation($b: ID!, $rows: [VehicleInput!]!) { contributeVehicles(batchId: $b, rows: $rows) { accepted rejected errors { row field code message } } }`;
const car = (vin: string, plate: string) => ({ vin, plate, plateColor: "BLUE", vehicleType: "CAR", fuel: "GASOLINE", emissionStage: "CN6B", use: "NON_OPERATING", registeredOn: "2020-03-01", regionCode: "410105", status: "ACTIVE", ownerName: "李四", ownerIdNumber: "11010519491231002X" });
const byPlate = `query($p: String!, $at: DateTime) { vehicleByPlate(plate: $p, at: $at) { vin plate } }`;

describe("vehicle registrations", () => {
  it("close the old (plate, vin) period on a plate change, and re-issue a plate to another vehicle", async () => {
    const [a, b] = [makeVin(910001), makeVin(910002)];
    await hub.query(CONTRIBUTE, { b: "reg-1", rows: [car(a, "豫AQ1111")] }, PS);
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await hub.query(CONTRIBUTE, { b: "reg-2", rows: [car(a, "豫AQ2222")] }, PS);
    const hist = await hub.query<{ vehicle: { plate: string; plateHistory: { plate: string; validTo: string | null }[] } }>(`{ vehicle(vin: "${a}") { plate plateHistory { plate validFrom validTo } } }`);
    expect(hist.vehicle.plate).toBe("豫AQ2222");
    expect(hist.vehicle.plateHistory.map((p) => [p.plate, p.validTo === null])).toEqual([["豫AQ1111", false], ["豫AQ2222", true]]);
    expect((await hub.query<{ vehicleByPlate: null }>(byPlate, { p: "豫AQ1111" })).vehicleByPlate).toBeNull();
    expect((await hub.query<{ vehicleByPlate: { vin: string } }>(byPlate, { p: "豫AQ1111", at: before })).vehicleByPlate.vin).toBe(a);
    // the freed plate goes to another vehicle
    await hub.query(CONTRIBUTE, { b: "reg-3", rows: [car(b, "豫AQ1111")] }, PS);
    expect((await hub.query<{ vehicleByPlate: { vin: string } }>(byPlate, { p: "豫AQ1111" })).vehicleByPlate.vin).toBe(b);
    expect((await hub.query<{ vehicleByPlate: { vin: string } }>(byPlate, { p: "豫AQ1111", at: before })).vehicleByPlate.vin).toBe(a);
  });

  it("refuses one plate for two vehicles in a batch", async () => {
    const res = await hub.query<{ contributeVehicles: { accepted: number; errors: { row: number; field: string; code: string }[] } }>(
      CONTRIBUTE, { b: "reg-dup", rows: [car(makeVin(910003), "豫AQ3333"), car(makeVin(910004), "豫AQ3333")] }, PS);
    expect(res.contributeVehicles.accepted).toBe(0);
    expect(res.contributeVehicles.errors).toContainEqual(expect.objectContaining({ row: 1, field: "plate", code: "DUPLICATE_KEY" }));
  });

  it("shows owner data to public security and masks it for everyone else", async () => {
    const vin = makeVin(910005);
    await hub.query(CONTRIBUTE, { b: "reg-owner", rows: [car(vin, "豫AQ5555")] }, PS);
    const q = `{ vehicle(vin: "${vin}") { ownerName ownerIdNumber } }`;
    expect((await hub.query<{ vehicle: unknown }>(q, {}, PS)).vehicle).toEqual({ ownerName: "李四", ownerIdNumber: "11010519491231002X" });
    expect((await hub.query<{ vehicle: unknown }>(q, {}, [Department.TRANSPORT, Role.ADMIN])).vehicle).toEqual({ ownerName: "李*", ownerIdNumber: "1101**********002X" });
  });
});

describe("reads after writes", () => {
  it("shows a write to the next read: by key, in a filtered list and its total, with nothing kept from the read before", async () => {
    const vin = makeVin(910101);
    type L = { vehicles: { totalCount: number; edges: { node: { vin: string; fuel: string } }[] } };
    const list = (fuel: string) => `{ vehicles(first: 1000, filter: { regionCode: "410105", fuel: ${fuel} }) { totalCount edges { node { vin fuel } } } }`;
    const one = `{ vehicle(vin: "${vin}") { vin fuel emissionStage } }`;
    const hydrogenBefore = (await hub.query<L>(list("HYDROGEN"), {}, PS)).vehicles;
    const dieselBefore = (await hub.query<L>(list("DIESEL"), {}, PS)).vehicles;
    expect((await hub.query<{ vehicle: null }>(one, {}, PS)).vehicle).toBeNull();

    await hub.query(CONTRIBUTE, { b: "visible-1", rows: [{ ...car(vin, "豫AQ7171"), fuel: "HYDROGEN" }] }, PS);
    expect((await hub.query<{ vehicle: unknown }>(one, {}, PS)).vehicle).toEqual({ vin, fuel: "HYDROGEN", emissionStage: "CN6B" });
    const hydrogen = (await hub.query<L>(list("HYDROGEN"), {}, PS)).vehicles;
    expect(hydrogen.totalCount).toBe(hydrogenBefore.totalCount + 1);
    expect(hydrogen.edges.map((e) => e.node)).toContainEqual({ vin, fuel: "HYDROGEN" });

    // a new version of the registration: the next reads see it, in the list it left and the one it joined
    await hub.query(CONTRIBUTE, { b: "visible-2", rows: [{ ...car(vin, "豫AQ7171"), fuel: "DIESEL", emissionStage: "CN5" }] }, PS);
    expect((await hub.query<{ vehicle: unknown }>(one, {}, PS)).vehicle).toEqual({ vin, fuel: "DIESEL", emissionStage: "CN5" });
    const after = (await hub.query<L>(list("HYDROGEN"), {}, PS)).vehicles;
    expect(after.totalCount).toBe(hydrogenBefore.totalCount);
    expect(after.edges.map((e) => e.node.vin)).not.toContain(vin);
    const diesel = (await hub.query<L>(list("DIESEL"), {}, PS)).vehicles;
    expect(diesel.totalCount).toBe(dieselBefore.totalCount + 1);
    expect(diesel.edges.map((e) => e.node)).toContainEqual({ vin, fuel: "DIESEL" });
  });
});

describe("checkpoint passages", () => {
  it("resolve the VIN the plate was registered to at that instant, or none", async () => {
    const [{ plate, old_vin, new_vin, valid_to }] = await sql<{ plate: string; old_vin: string; new_vin: string; valid_to: Date }>(
      hub.dbUrl,
      `select o.plate, o.vin as old_vin, n.vin as new_vin, o.valid_to from public_security.plate_registrations o
         join public_security.plate_registrations n on n.plate = o.plate and n.valid_to is null where o.valid_to is not null limit 1`,
    );
    const rows = [
      { checkpointCode: "KK41010001", plate, passedAt: new Date(valid_to.getTime() - 86_400_000).toISOString(), direction: "INBOUND" },
      { checkpointCode: "KK41010001", plate, passedAt: new Date().toISOString().replace(/\.\d+Z$/, "Z"), direction: "INBOUND" },
      { checkpointCode: "KK41010001", plate: "豫A0Z000", passedAt: "2021-06-01T08:00:00+08:00", direction: "OUTBOUND" },
    ];
    const r = await hub.query<{ contributeCheckpointPassages: { accepted: number } }>(
      `mutation($rows: [PassageInput!]!) { contributeCheckpointPassages(batchId: "vin-resolution", rows: $rows) { accepted } }`, { rows }, PS);
    expect(r.contributeCheckpointPassages.accepted).toBe(3);
    const byTime = await sql<{ plate: string; vin: string | null }>(hub.dbUrl, `select plate, vin from public_security.passages where batch_id = 'vin-resolution' order by passed_at`);
    expect(byTime).toEqual([{ plate, vin: old_vin }, { plate: "豫A0Z000", vin: null }, { plate, vin: new_vin }]);
  });

  it("answer which trucks of which stage entered a city", async () => {
    const q = `query($after: String) { passages(cityCode: "410100", from: "2021-12-01T00:00:00+08:00", to: "2022-01-01T00:00:00+08:00", direction: INBOUND, emissionStageAtMost: CN3, first: 500, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { plate passedAt vin vehicle { emissionStage } checkpoint { code } } } } }`;
    const d = await hub.query<{ passages: { totalCount: number; edges: { node: { vin: string; vehicle: { emissionStage: string }; checkpoint: { code: string } } }[] } }>(q, {}, [Department.ENVIRONMENT, Role.ANALYST]);
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl,
      `select count(*) as n from public_security.passages p join public_security.checkpoints c on c.code = p.checkpoint_code join public_security.vehicles v on v.vin = p.vin
        where c.region_code like '4101%' and p.direction = 'INBOUND' and p.passed_at >= '2021-12-01T00:00:00+08:00' and p.passed_at < '2022-01-01T00:00:00+08:00'
          and v.emission_stage in ('CN1', 'CN2', 'CN3')`);
    expect(d.passages.totalCount).toBe(Number(n));
    expect(d.passages.totalCount).toBeGreaterThan(0);
    expect(d.passages.edges.every((e) => ["CN1", "CN2", "CN3"].includes(e.node.vehicle.emissionStage))).toBe(true);
    expect(d.passages.edges.every((e) => e.node.checkpoint.code.startsWith("KK4101"))).toBe(true);
  });

  it("page a vehicle's passages newest first, many vehicles in one statement", async () => {
    const q = `query($first: Int!) { vehicles(first: $first, filter: { vehicleType: HEAVY_TRUCK }) { edges { node { vin passages(first: 3) { totalCount edges { node { passedAt } } } } } } }`;
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const before = sqlStatements.count;
      const d = ok(await gql<{ vehicles: { edges: { node: { vin: string; passages: { totalCount: number; edges: { node: { passedAt: string } }[] } } }[] } }>(hub.url, q, { first }, await token(Department.ENVIRONMENT, Role.ANALYST)), q);
      counts.push(sqlStatements.count - before);
      const busy = d.vehicles.edges.find((e) => e.node.passages.totalCount > 3);
      if (busy) {
        const times = busy.node.passages.edges.map((e) => e.node.passedAt);
        expect(times).toHaveLength(3);
        expect([...times].sort().reverse()).toEqual(times);
      }
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("a vehicle's passages", () => {
  type Page = { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { passedAt: string; checkpointCode: string; plate: string } }[] };
  const PAGE = `pageInfo { hasNextPage endCursor } edges { node { passedAt checkpointCode plate } }`;
  /** a vehicle's passages as the rule orders them: newest first, then checkpoint and plate, descending */
  const newestFirst = (vin: string) =>
    sql<{ passed_at: Date; checkpoint_code: string; plate: string }>(
      hub.dbUrl,
      "select passed_at, checkpoint_code, plate from public_security.passages where vin = $1 order by passed_at desc, checkpoint_code desc, plate desc",
      [vin],
    );
  const keys = (p: Page) => p.edges.map((e) => [Date.parse(e.node.passedAt), e.node.checkpointCode, e.node.plate]);
  const rowKeys = (rows: { passed_at: Date; checkpoint_code: string; plate: string }[]) => rows.map((r) => [r.passed_at.getTime(), r.checkpoint_code, r.plate]);

  it("are its newest first, page after page, with its total counted only when asked and past the last page too", async () => {
    const q = `query($first: Int!, $total: Boolean!) { vehicles(first: 20) { edges { node { vin passages(first: $first) { totalCount @include(if: $total) ${PAGE} } } } } }`;
    type Vehicles = { vehicles: { edges: { node: { vin: string; passages: Page } }[] } };
    const statements: number[] = [];
    for (const total of [false, true]) {
      const before = sqlStatements.count;
      const d = await hub.query<Vehicles>(q, { first: 2, total }, PS);
      statements.push(sqlStatements.count - before);
      for (const { node } of d.vehicles.edges) {
        const rows = await newestFirst(node.vin);
        expect(keys(node.passages), node.vin).toEqual(rowKeys(rows.slice(0, 2)));
        expect(node.passages.pageInfo.hasNextPage).toBe(rows.length > 2);
        expect(node.passages.totalCount).toBe(total ? rows.length : undefined);
      }
    }
    // the totals of all the page's vehicles are one statement more, and only when selected
    expect(statements[1], `statements without / with totalCount: ${statements.join(" / ")}`).toBe(statements[0] + 1);

    // one vehicle page by page, to past its last page
    const [{ vin, n }] = await sql<{ vin: string; n: number }>(hub.dbUrl, "select vin, count(*)::int as n from public_security.passages where vin is not null group by vin having count(*) between 5 and 60 order by vin limit 1");
    const all = await newestFirst(vin);
    const one = `query($vin: ID!, $after: String) { vehicle(vin: $vin) { passages(first: 3, after: $after) { totalCount ${PAGE} } } }`;
    const seen: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = (await hub.query<{ vehicle: { passages: Page } }>(one, { vin, after }, PS)).vehicle.passages;
      expect(page.totalCount).toBe(n);
      seen.push(...keys(page));
      if (!page.pageInfo.hasNextPage) {
        after = page.pageInfo.endCursor;
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(rowKeys(all));
    const past = (await hub.query<{ vehicle: { passages: Page } }>(one, { vin, after }, PS)).vehicle.passages;
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(n);
  });
});

describe("a page of vehicles across departments", () => {
  it("has a SQL statement count that does not grow with the page size (registration, licence, permits, last inspection)", async () => {
    const q = `query($first: Int!) { vehicles(first: $first, filter: { vehicleType: HEAVY_TRUCK }) { edges { node {
      vin plate emissionStage use region { name } plateHistory { plate }
      operatingLicence { licenceNo status operator { creditCode } } phaseOut { status deadline }
      entryPermits { permitNo status city { code } } lastInspection { inspectionNo result inspectedAt } } } } }`;
    const counts: number[] = [];
    let withInspection = 0;
    for (const first of [10, 50]) {
      const before = sqlStatements.count;
      const d = ok(await gql<{ vehicles: { edges: { node: { lastInspection: unknown; operatingLicence: unknown } }[] } }>(hub.url, q, { first }, await token(Department.ENVIRONMENT, Role.ANALYST)), q);
      counts.push(sqlStatements.count - before);
      expect(d.vehicles.edges).toHaveLength(first);
      withInspection = d.vehicles.edges.filter((e) => e.node.lastInspection).length;
    }
    expect(withInspection).toBeGreaterThan(0);
    expect(counts[1], `statements for 10 / 50 vehicles: ${counts.join(" / ")}`).toBe(counts[0]);
  });
});
