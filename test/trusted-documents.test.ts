import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client/index.js";
import * as operations from "../src/client/generated/graphql.js";
import { CONTRIBUTION_DATASETS } from "../src/client/generated/contributions.js";
import { Role } from "../src/common/auth.js";
import { ConfigError, loadConfig } from "../src/common/config.js";
import { projectRoot } from "../src/common/paths.js";
import { Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { startGatewayServer, type RunningServer } from "../src/server/hub.js";
import { sha256, TrustedDocuments, trustedDocumentsFile } from "../src/server/trusted-documents.js";
import { sql } from "./support/db.js";
import { startTestHub, testConfig, token, type TestHub } from "./support/hub.js";

const manifest = JSON.parse(fs.readFileSync(trustedDocumentsFile(), "utf8")) as Record<string, string>;

/** Every operation document the typed client can send: the saved operations and the contribution mutations. */
const clientDocuments: [string, DocumentNode][] = [
  ...Object.entries(operations)
    .filter(([name, d]) => name.endsWith("Document") && (d as DocumentNode).definitions?.[0]?.kind === "OperationDefinition")
    .map(([name, d]) => [name, d as DocumentNode] as [string, DocumentNode]),
  ...Object.values(CONTRIBUTION_DATASETS).map((d) => [d.mutation, d.document as DocumentNode] as [string, DocumentNode]),
];

describe("the trusted-documents manifest (schema/trusted-documents.json)", () => {
  it("holds exactly the texts the typed client sends, each under its sha256", async () => {
    // what the client really puts on the wire, caught by a server of our own
    const sent: string[] = [];
    const catcher = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        sent.push((JSON.parse(body) as { query: string }).query);
        res.writeHead(200, { "content-type": "application/json" }).end('{"data":{}}');
      });
    });
    await new Promise<void>((r) => catcher.listen(0, "127.0.0.1", r));
    try {
      const client = createClient({ url: `http://127.0.0.1:${(catcher.address() as { port: number }).port}/graphql`, token: "t", retries: 0 });
      for (const [, document] of clientDocuments) await client.request(document as never, {} as never);
    } finally {
      await new Promise((r) => catcher.close(r));
    }
    expect(sent.length).toBe(clientDocuments.length);
    expect(sent.length).toBeGreaterThan(40);
    const refresh = "run `npm run codegen` and commit schema/trusted-documents.json";
    for (const text of sent) expect(manifest[sha256(text)], `${text.split("\n")[0]} is not in the manifest: ${refresh}`).toBe(text);
    expect(Object.keys(manifest).sort(), `the manifest holds documents the client does not send: ${refresh}`).toEqual(sent.map(sha256).sort());
    expect(TrustedDocuments.load().size).toBe(sent.length);
  });

  it("accepts a saved operation's file as written (layout and comments aside), and nothing that differs in substance", () => {
    const trusted = TrustedDocuments.load();
    const file = fs.readFileSync(path.join(projectRoot(), "schema", "operations", "Cities.graphql"), "utf8");
    expect(trusted.allows(file)).toBe(true);
    expect(trusted.allows(file.replace("name", "name nameZh"))).toBe(false);
    expect(trusted.allows("{ regions(level: CITY) { code name } }")).toBe(false);
    expect(trusted.allows("not graphql {")).toBe(false);
  });
});

describe("LANTIAN_TRUSTED_DOCUMENTS", () => {
  it("is off by default, all, or a list of departments and roles", () => {
    expect(loadConfig({}).trustedDocuments).toEqual({ all: false, departments: [], roles: [] });
    expect(loadConfig({ LANTIAN_TRUSTED_DOCUMENTS: "off" }).trustedDocuments).toEqual({ all: false, departments: [], roles: [] });
    expect(loadConfig({ LANTIAN_TRUSTED_DOCUMENTS: "all" }).trustedDocuments).toEqual({ all: true, departments: [], roles: [] });
    expect(loadConfig({ LANTIAN_TRUSTED_DOCUMENTS: "grid, MARKET_REGULATION,analyst" }).trustedDocuments).toEqual({
      all: false,
      departments: [Department.GRID, Department.MARKET_REGULATION],
      roles: [Role.ANALYST],
    });
  });

  it("refuses a name that is no department or role, naming the choices", () => {
    for (const v of ["grid,ministry", "all,grid", ",", "yes"]) {
      expect(() => loadConfig({ LANTIAN_TRUSTED_DOCUMENTS: v }), v).toThrow(ConfigError);
    }
    expect(() => loadConfig({ LANTIAN_TRUSTED_DOCUMENTS: "grid,ministry" })).toThrow(/unknown: ministry.*|market-regulation/s);
  });
});

describe("the gateway in trusted-documents mode (grid and every admin covered)", () => {
  let hub: TestHub;
  const CITIES_TEXT = Object.values(manifest).find((t) => t.startsWith("query Cities "))!;
  const CITIES_HASH = sha256(CITIES_TEXT);
  const CONTRIBUTE_TEXT = Object.values(manifest).find((t) => t.startsWith("mutation ContributeElectricityReadings("))!;
  const AD_HOC = "query AdHoc { regions(level: CITY) { code name } }";

  beforeAll(async () => {
    hub = await startTestHub({ trustedDocuments: { all: false, departments: [Department.GRID], roles: [Role.ADMIN] } });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  async function post(body: Record<string, unknown>, as: [Department, Role]) {
    const res = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await token(...as)}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, ...((await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
  }
  const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.map((e) => e.extensions?.code);

  it("refuses a document that is not in the manifest: 400 OPERATION_NOT_ALLOWED, for a covered department and a covered role", async () => {
    for (const as of [[Department.GRID, Role.MEMBER], [Department.ENVIRONMENT, Role.ADMIN]] as [Department, Role][]) {
      const r = await post({ query: AD_HOC }, as);
      expect(r.status, as.join(" ")).toBe(400);
      expect(codes(r)).toEqual(["OPERATION_NOT_ALLOWED"]);
      expect(r.data).toBeUndefined();
      expect(r.errors![0].message).toMatch(/only trusted documents.*LANTIAN_TRUSTED_DOCUMENTS.*not in schema\/trusted-documents\.json/);
      expect(r.errors![0].extensions).toEqual({ code: "OPERATION_NOT_ALLOWED", setting: "LANTIAN_TRUSTED_DOCUMENTS" });
    }
    // what does not even parse is refused the same way: a covered client learns nothing of the schema
    expect(codes(await post({ query: "{ regions(level: CITY) { nosuchfield } }" }, [Department.GRID, Role.MEMBER]))).toEqual(["OPERATION_NOT_ALLOWED"]);
  });

  it("runs nothing of a refused document: a contribution outside the manifest stores no row; the manifest's one, by hash, does", async () => {
    const [{ credit_code: firm }] = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from market_regulation.enterprises order by credit_code limit 1");
    const rows = [{ meterNo: "GTRUSTED-1", creditCode: firm, day: "2021-06-10", kwh: 1234 }];
    const stored = async () => (await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from grid.electricity_readings where meter_no = 'GTRUSTED-1'"))[0].n;
    const adHoc = `mutation($batchId: ID!, $rows: [ElectricityReadingInput!]!) { result: contributeElectricityReadings(batchId: $batchId, rows: $rows) { accepted } }`;
    const refused = await post({ query: adHoc, variables: { batchId: "trusted-ad-hoc", rows } }, [Department.GRID, Role.MEMBER]);
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(["OPERATION_NOT_ALLOWED"]);
    expect(await stored()).toBe("0");

    const ran = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(CONTRIBUTE_TEXT) } }, variables: { batchId: "trusted-by-hash", rows } },
      [Department.GRID, Role.MEMBER],
    );
    expect(ran.errors).toBeUndefined();
    expect(ran.data).toMatchObject({ result: { accepted: 1, rejected: 0 } });
    expect(await stored()).toBe("1");
  });

  it("refuses a hash that is not in the manifest: 400 PERSISTED_QUERY_NOT_FOUND, whoever asks", async () => {
    for (const as of [[Department.GRID, Role.MEMBER], [Department.ENVIRONMENT, Role.ANALYST]] as [Department, Role][]) {
      const r = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(AD_HOC) } } }, as);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      expect(r.data).toBeUndefined();
      expect(r.errors![0].message).toContain(sha256(AD_HOC));
      const byId = await post({ documentId: `sha256:${sha256(AD_HOC)}` }, as);
      expect([byId.status, codes(byId)]).toEqual([400, ["PERSISTED_QUERY_NOT_FOUND"]]);
    }
  });

  it("runs a manifest document by hash (extensions.persistedQuery or documentId) and by its full text", async () => {
    const grid: [Department, Role] = [Department.GRID, Role.MEMBER];
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: CITIES_HASH } } }, grid);
    expect(byHash.status).toBe(200);
    expect(byHash.errors).toBeUndefined();
    const cities = (byHash.data as { regions: { code: string }[] }).regions;
    expect(cities.length).toBeGreaterThan(10);
    for (const documentId of [`sha256:${CITIES_HASH}`, CITIES_HASH]) {
      const r = await post({ documentId }, grid);
      expect([r.status, r.errors, r.data]).toEqual([200, undefined, byHash.data]);
    }
    const byText = await post({ query: CITIES_TEXT }, grid);
    expect([byText.status, byText.errors, byText.data]).toEqual([200, undefined, byHash.data]);
    // the text with its hash, as an Apollo client's persisted-query link resends it
    const both = await post({ query: CITIES_TEXT, extensions: { persistedQuery: { version: 1, sha256Hash: CITIES_HASH } } }, grid);
    expect([both.status, both.errors, both.data]).toEqual([200, undefined, byHash.data]);
    // the saved operation's file as written
    const file = fs.readFileSync(path.join(projectRoot(), "schema", "operations", "Cities.graphql"), "utf8");
    expect((await post({ query: file }, grid)).data).toEqual(byHash.data);
  });

  it("resolves a hash sent by GET too, and refuses an unknown document sent by GET", async () => {
    const get = async (params: Record<string, string>) => {
      const res = await fetch(`${hub.url}?${new URLSearchParams(params)}`, {
        headers: { authorization: `Bearer ${await token(Department.GRID, Role.MEMBER)}`, "apollo-require-preflight": "true" },
      });
      return { status: res.status, ...((await res.json()) as { data?: { regions: unknown[] }; errors?: { extensions?: Record<string, unknown> }[] }) };
    };
    const byExtension = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: CITIES_HASH } }) });
    expect([byExtension.status, byExtension.errors]).toEqual([200, undefined]);
    expect(byExtension.data!.regions.length).toBeGreaterThan(10);
    const byId = await get({ documentId: `sha256:${CITIES_HASH}` });
    expect([byId.status, byId.errors, byId.data]).toEqual([200, undefined, byExtension.data]);
    const adHoc = await get({ query: AD_HOC });
    expect([adHoc.status, codes(adHoc)]).toEqual([400, ["OPERATION_NOT_ALLOWED"]]);
  });

  it("serves the typed client as it is: its saved operations pass", async () => {
    const client = createClient({ url: hub.url, token: await token(Department.GRID, Role.MEMBER), retries: 0 });
    const { regions } = await client.request(operations.CitiesDocument, {});
    expect(regions.length).toBeGreaterThan(10);
  });

  it("lets a principal it does not cover send any document", async () => {
    const r = await post({ query: AD_HOC }, [Department.ENVIRONMENT, Role.ANALYST]);
    expect([r.status, r.errors]).toEqual([200, undefined]);
    expect((r.data as { regions: unknown[] }).regions.length).toBeGreaterThan(10);
  });

  it("never stores a document sent with its hash (no automatic persisted queries): the hash alone stays unknown", async () => {
    const as: [Department, Role] = [Department.ENVIRONMENT, Role.ANALYST];
    const registered = await post({ query: AD_HOC, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(AD_HOC) } } }, as);
    expect([registered.status, registered.errors]).toEqual([200, undefined]);
    const again = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(AD_HOC) } } }, as);
    expect([again.status, codes(again)]).toEqual([400, ["PERSISTED_QUERY_NOT_FOUND"]]);
  });

  it("answers BAD_REQUEST to a hash that does not match the text sent with it, and to malformed hashes", async () => {
    const as: [Department, Role] = [Department.ENVIRONMENT, Role.ANALYST];
    const mismatch = await post({ query: AD_HOC, extensions: { persistedQuery: { version: 1, sha256Hash: CITIES_HASH } } }, as);
    expect([mismatch.status, codes(mismatch)]).toEqual([400, ["BAD_REQUEST"]]);
    for (const body of [
      { query: AD_HOC, extensions: { persistedQuery: { version: 2, sha256Hash: CITIES_HASH } } },
      { extensions: { persistedQuery: { version: 1 } } },
      { extensions: { persistedQuery: "persisted" } },
      { documentId: "md5:abc" },
      { documentId: CITIES_HASH, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(AD_HOC) } } },
    ]) {
      const r = await post(body, as);
      expect([r.status, codes(r)], JSON.stringify(body)).toEqual([400, ["BAD_REQUEST"]]);
    }
  });
});

describe("the gateway alone (`lantian gateway`) in trusted-documents mode", () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    // No subgraph answers at these ports: the refusals are decided before any subgraph is asked.
    const config = testConfig("", "", { databaseUrl: undefined, trustedDocuments: { all: true, departments: [], roles: [] }, limits: { rateLimit: 0 } });
    const unreachable = "http://127.0.0.1:9/graphql";
    gateway = await startGatewayServer(config, createLogger("error", "test-gateway"), 0, { ENVIRONMENT: unreachable, GRID: unreachable });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("refuses an unknown document and an unknown hash", async () => {
    const post = async (body: Record<string, unknown>) => {
      const res = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await token(Department.TRANSPORT, Role.MEMBER)}` },
        body: JSON.stringify(body),
      });
      return [res.status, ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.map((e) => e.extensions?.code)];
    };
    expect(await post({ query: "{ regions(level: CITY) { code } }" })).toEqual([400, ["OPERATION_NOT_ALLOWED"]]);
    expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })).toEqual([400, ["PERSISTED_QUERY_NOT_FOUND"]]);
  });
});
