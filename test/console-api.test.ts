import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { gql, startTestHub, token, type TestHub } from "./support/hub.js";

/**
 * What the console and other browser apps need of the API itself: the list of contribution batches,
 * CORS for allowed origins, and no Apollo landing page (its code would come from Apollo's servers).
 */
const ALLOWED = "https://apps.example.gov.cn";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ corsOrigins: [ALLOWED], limits: { rateLimit: 0 } });
});
afterAll(async () => {
  await hub?.stop();
});

const CONTRIBUTE = `mutation Rates($batchId: ID!, $rows: [StrawBurningDeductionRateInput!]!, $atomic: Boolean, $checkOnly: Boolean) {
  contributeStrawBurningDeductionRates(batchId: $batchId, rows: $rows, atomic: $atomic, checkOnly: $checkOnly) { accepted rejected }
}`;
const BATCHES = `query Batches($dataset: Dataset, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  contributionBatches(dataset: $dataset, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { batchId dataset department subject rowCount accepted rejected atomic checkOnly replayed errorCount errors { row field code message } createdAt } }
  }
}`;
const CLAUSE = "console-api test clause";
const good = (day: string, cny: number) => ({ effectiveFrom: day, cnyPerConfirmedFirePoint: cny, sourceClause: CLAUSE });

interface BatchNode {
  batchId: string;
  dataset: string;
  department: string;
  subject: string;
  rowCount: number;
  accepted: number;
  rejected: number;
  atomic: boolean;
  checkOnly: boolean;
  replayed: boolean;
  errorCount: number;
  errors: { row: number; field: string | null; code: string }[];
  createdAt: string;
}
type Batches = { contributionBatches: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: BatchNode }[] } };

describe("contributionBatches", () => {
  let started: string;
  beforeAll(async () => {
    started = new Date().toISOString();
    const as = [Department.AGRICULTURE, Role.ADMIN] as const;
    // written: 2 rows
    await hub.query(CONTRIBUTE, { batchId: "cb-written", rows: [good("2031-01-01", 510_000), good("2032-01-01", 520_000)] }, [...as]);
    // refused as a whole: row 1 has a negative rate, so atomic refuses both
    await hub.query(CONTRIBUTE, { batchId: "cb-refused", rows: [good("2033-01-01", 530_000), good("2034-01-01", -1)] }, [...as]);
    // a check of one row: nothing written
    await hub.query(CONTRIBUTE, { batchId: "cb-checked", rows: [good("2035-01-01", 540_000)], checkOnly: true }, [...as]);
    // the written batch sent again: its first answer
    await hub.query(CONTRIBUTE, { batchId: "cb-written", rows: [good("2031-01-01", 510_000), good("2032-01-01", 520_000)] }, [...as]);
  });

  it("lists each attempt newest first, as its contributor was answered, with a refused batch's row errors", async () => {
    const { contributionBatches: page } = await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started }, [Department.AGRICULTURE, Role.MEMBER]);
    const rows = page.edges.map((e) => e.node);
    expect(rows.map((r) => [r.batchId, r.rowCount, r.accepted, r.rejected, r.checkOnly, r.replayed])).toEqual([
      ["cb-written", 2, 2, 0, false, true],
      ["cb-checked", 1, 0, 0, true, false],
      ["cb-refused", 2, 0, 1, false, false],
      ["cb-written", 2, 2, 0, false, false],
    ]);
    const refused = rows[2];
    expect(refused.atomic).toBe(true);
    expect(refused.errorCount).toBe(1);
    expect(refused.errors).toEqual([expect.objectContaining({ row: 1, field: "cnyPerConfirmedFirePoint", code: "OUT_OF_RANGE" })]);
    expect(rows.every((r) => r.department === "AGRICULTURE" && r.dataset === "STRAW_BURNING_DEDUCTION_RATES")).toBe(true);
    expect(page.totalCount).toBe(4);
  });

  it("pages by cursor", async () => {
    const first = (await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started, first: 3 }, [Department.AGRICULTURE, Role.MEMBER])).contributionBatches;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started, first: 3, after: first.pageInfo.endCursor }, [Department.AGRICULTURE, Role.MEMBER]))
      .contributionBatches;
    expect(rest.edges.map((e) => [e.node.batchId, e.node.replayed])).toEqual([["cb-written", false]]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("shows another department only its own batches; the environment department's admins see every department's", async () => {
    const other = await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started }, [Department.HOUSING, Role.ADMIN]);
    expect(other.contributionBatches.totalCount).toBe(0);
    const envAnalyst = await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started }, [Department.ENVIRONMENT, Role.ANALYST]);
    expect(envAnalyst.contributionBatches.totalCount).toBe(0);
    const envAdmin = await hub.query<Batches>(BATCHES, { dataset: "STRAW_BURNING_DEDUCTION_RATES", from: started }, [Department.ENVIRONMENT, Role.ADMIN]);
    expect(envAdmin.contributionBatches.totalCount).toBe(4);
  });

  it("refuses a period that ends before it starts", async () => {
    const res = await gql(hub.url, BATCHES, { from: "2021-02-01T00:00:00Z", to: "2021-01-01T00:00:00Z" }, await token(Department.AGRICULTURE, Role.MEMBER));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(hub.url, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
    });

  it("answers a preflight from an allowed origin with the CORS headers", async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.split(/,\s*/)).toEqual(expect.arrayContaining(["authorization", "content-type"]));
  });

  it("gives a preflight from another origin no CORS headers", async () => {
    const res = await preflight("https://evil.example.com");
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("lets an allowed origin read the answer; another origin's answer carries no CORS header", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const auth = `Bearer ${await token(Department.ENVIRONMENT, Role.ANALYST)}`;
    const allowed = await fetch(hub.url, { method: "POST", headers: { origin: ALLOWED, "content-type": "application/json", authorization: auth }, body });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("vary")?.toLowerCase()).toContain("origin");
    const other = await fetch(hub.url, { method: "POST", headers: { origin: "https://evil.example.com", "content-type": "application/json", authorization: auth }, body });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps CSRF prevention for simple requests, whatever the origin", async () => {
    // a GET with no preflight-forcing header is what a cross-site form or image could send
    const res = await fetch(`${hub.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { origin: ALLOWED, authorization: `Bearer ${await token(Department.ENVIRONMENT, Role.ANALYST)}` },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("CSRF");
  });
});

describe("no Apollo landing page", () => {
  it("sends a browser opening /graphql to the console's explorer, not to a page loaded from Apollo's servers", async () => {
    const res = await fetch(hub.url, { headers: { accept: "text/html,application/xhtml+xml" }, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/#/explorer");
    expect(await res.text()).not.toMatch(/apollographql|embeddable-sandbox|googleapis/);
  });

  it("answers an HTML GET with a query as the API, without a landing page", async () => {
    const res = await fetch(`${hub.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "text/html", "apollo-require-preflight": "true", authorization: `Bearer ${await token(Department.ENVIRONMENT, Role.ANALYST)}` },
    });
    expect(await res.text()).not.toMatch(/apollographql|embeddable-sandbox/);
  });
});
