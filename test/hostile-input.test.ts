import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { LONG_TEXT_MAX, TEXT_MAX } from "../src/common/input-guard.js";
import { MAX_DATE, MIN_DATE } from "../src/shared/dates.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type GqlResponse, type TestHub } from "./support/hub.js";
import { makeCreditCode } from "./support/identifiers.js";

// Hostile and careless input, through the real hub over HTTP: every mistake is the client's error with
// a stable code and a message naming what to fix, and nothing of it reaches SQL.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const NUL = "\u0000";
const LONE = "\uD800"; // a high surrogate with no low one after it

/** The single error of a response, asserting its code; the operation and response are printed on failure. */
function onlyError(res: GqlResponse<unknown>, code: string, what: string) {
  const shown = `${what}\nresponse:\n${JSON.stringify(res, null, 2)}`;
  expect(res.errors, shown).toHaveLength(1);
  expect(res.errors![0].extensions?.code, shown).toBe(code);
  return res.errors![0];
}

const asMarket = () => token(Department.MARKET_REGULATION, Role.MEMBER);

describe("NUL bytes and lone surrogates in arguments", () => {
  const ENTERPRISE = `query($c: ID!) { enterprise(creditCode: $c) { name } }`;

  it("refuses them in ID and String arguments, naming the argument, as variables and inline", async () => {
    for (const bad of [`9141${NUL}0000`, `9141${LONE}0000`, `${LONE}`]) {
      const err = onlyError(await gql(hub.url, ENTERPRISE, { c: bad }, await asMarket()), "BAD_USER_INPUT", ENTERPRISE);
      expect(err.extensions?.argument).toBe("creditCode");
      expect(err.message).toMatch(/creditCode contains a (NUL character|lone UTF-16 surrogate)/);
    }
    // inside an input object (a filter), written inline with GraphQL's own escapes
    const inline = `{ enterprises(filter: { nameContains: "ab\\u0000c" }) { totalCount } }`;
    const err = onlyError(await gql(hub.url, inline, {}, await asMarket()), "BAD_USER_INPUT", inline);
    expect(err.extensions?.argument).toBe("filter.nameContains");
    expect(err.message).toContain("NUL character (U+0000)");
    // a lone surrogate written inline is not even GraphQL: the parser refuses it (HTTP 400)
    const surrogate = `{ enterprises(filter: { nameContains: "ab\\uDC00" }) { totalCount } }`;
    expect(onlyError(await gql(hub.url, surrogate, {}, await asMarket()), "GRAPHQL_PARSE_FAILED", surrogate).message).toContain("Invalid Unicode escape");
    const variable = `query($s: String) { enterprises(filter: { nameContains: $s }) { totalCount } }`;
    const lone = onlyError(await gql(hub.url, variable, { s: `ab${LONE}` }, await asMarket()), "BAD_USER_INPUT", variable);
    expect(lone.message).toBe("Argument filter.nameContains contains a lone UTF-16 surrogate (half of a character, U+D800) at position 2; send well-formed Unicode text");
    // a well-formed pair (an emoji) is text like any other
    const pair = `{ enterprises(filter: { nameContains: "ab\\uD83D\\uDE00" }) { totalCount } }`;
    expect(ok(await gql<{ enterprises: { totalCount: number } }>(hub.url, pair, {}, await asMarket()), pair).enterprises.totalCount).toBe(0);
  });

  const CONTRIBUTE = `mutation($b: ID!, $atomic: Boolean, $rows: [EnterpriseInput!]!) {
    contributeEnterprises(batchId: $b, atomic: $atomic, rows: $rows) { batchId accepted rejected errors { row field code message } } }`;
  const row = (n: number, patch: Record<string, unknown> = {}) => ({
    creditCode: makeCreditCode(770000 + n), name: `敌意输入测试${n}有限公司`, regionCode: "410102", address: "郑州市中原区测试路1号",
    industryCode: "3011", industryName: "水泥制造", status: "ACTIVE", establishedOn: "2015-03-01", ...patch,
  });
  type Result = { contributeEnterprises: { accepted: number; rejected: number; errors: { row: number; field: string | null; code: string; message: string }[] } };

  it("makes a row holding one its own error: the other rows of a non-atomic batch are accepted", async () => {
    const rows = [row(1), row(2, { name: `坏${NUL}名字` }), row(3)];
    const res = ok(await gql<Result>(hub.url, CONTRIBUTE, { b: "hostile-nul-1", atomic: false, rows }, await asMarket()), CONTRIBUTE).contributeEnterprises;
    expect(res).toMatchObject({ accepted: 2, rejected: 1 });
    expect(res.errors).toEqual([{ row: 1, field: "name", code: "INVALID_TEXT", message: expect.stringContaining("NUL character") }]);
    const stored = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from market_regulation.enterprises where credit_code = any($1) order by credit_code", [rows.map((r) => r.creditCode)]);
    expect(stored.map((s) => s.credit_code)).toEqual([rows[0].creditCode, rows[2].creditCode].sort());

    // a lone surrogate in an atomic batch: that row's error, nothing written, no request error
    const atomic = [row(4), row(5, { address: `路${LONE}1号` })];
    const res2 = ok(await gql<Result>(hub.url, CONTRIBUTE, { b: "hostile-lone-1", atomic: true, rows: atomic }, await asMarket()), CONTRIBUTE).contributeEnterprises;
    expect(res2).toMatchObject({ accepted: 0, rejected: 1 });
    expect(res2.errors).toEqual([{ row: 1, field: "address", code: "INVALID_TEXT", message: expect.stringContaining("lone UTF-16 surrogate") }]);
  });

  it("refuses a batchId with a NUL, a lone surrogate, no characters or too many, before anything is written", async () => {
    const before = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from hub.contribution_batches");
    for (const b of [`batch${NUL}1`, `batch${LONE}1`, "", "   ", "b".repeat(TEXT_MAX + 1)]) {
      const err = onlyError(await gql(hub.url, CONTRIBUTE, { b, atomic: false, rows: [row(10)] }, await asMarket()), "BAD_USER_INPUT", JSON.stringify(b));
      expect(err.extensions?.argument).toBe("batchId");
      expect(err.message).toContain("batchId");
    }
    expect(await sql(hub.dbUrl, "select count(*) as n from hub.contribution_batches")).toEqual(before);
  });
});

describe("cursors", () => {
  type Page = { edges: { node: { creditCode?: string; vin?: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  const ENTERPRISES = `query($after: String) { enterprises(first: 2, after: $after) { edges { node { creditCode } } pageInfo { endCursor hasNextPage } } }`;
  const invalid = (res: GqlResponse<unknown>, cursor: string) => {
    const err = onlyError(res, "BAD_USER_INPUT", `cursor ${cursor}`);
    expect(err.message).toMatch(/^Invalid cursor .*: pass an endCursor from a previous page of this list$/);
    expect(err.extensions?.argument).toBe("after");
  };

  it("accepts only a cursor this list issued, with key parts of the right types", async () => {
    const t = await asMarket();
    const first = ok(await gql<{ enterprises: Page }>(hub.url, ENTERPRISES, {}, t), ENTERPRISES).enterprises;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await gql<{ enterprises: Page }>(hub.url, ENTERPRISES, { after: first.pageInfo.endCursor }, t), ENTERPRISES).enterprises;
    expect(second.edges[0].node.creditCode! > first.edges[1].node.creditCode!).toBe(true);

    // base64url of [1]: a number where this list's key is text (it used to reach SQL)
    invalid(await gql(hub.url, `{ enterprises(after: "WzFd") { totalCount } }`, {}, t), "WzFd");
    // the cursor of another list whose key is also text, and of one keyed by a number
    const vehicles = ok(await gql<{ vehicles: Page }>(hub.url, `{ vehicles(first: 1) { edges { node { vin } } pageInfo { endCursor hasNextPage } } }`, {}, t), "vehicles").vehicles;
    invalid(await gql(hub.url, ENTERPRISES, { after: vehicles.pageInfo.endCursor }, t), "vehicles' cursor");
    const stations = ok(await gql<{ monitoringStations: Page }>(hub.url, `{ monitoringStations(first: 1) { pageInfo { endCursor hasNextPage } edges { node { code } } } }`, {}, t), "stations").monitoringStations;
    invalid(await gql(hub.url, ENTERPRISES, { after: stations.pageInfo.endCursor }, t), "stations' cursor");
    // this list's own cursor with a key part of the wrong type, or a NUL, or one part too many
    const [tag] = JSON.parse(Buffer.from(first.pageInfo.endCursor!, "base64url").toString()) as [string, string];
    for (const key of [[1], [null], [`a${NUL}`], ["a", "b"], [{ $gt: "" }]]) {
      const forged = Buffer.from(JSON.stringify([tag, ...key])).toString("base64url");
      invalid(await gql(hub.url, ENTERPRISES, { after: forged }, t), forged);
    }
    // garbage: not base64, not JSON, not an array
    for (const garbage of ["!!!", "e30", Buffer.from("null").toString("base64url"), "W10"]) invalid(await gql(hub.url, ENTERPRISES, { after: garbage }, t), garbage);
  });
});

describe("dates", () => {
  const FIRE = (from: string) => `{ firePoints(from: "${from}", first: 1) { totalCount } }`;
  const FIRE_VAR = `query($from: Date) { firePoints(from: $from, first: 1) { totalCount } }`;
  const WARNINGS = (at: string) => `{ warnings(activeAt: "${at}") { totalCount } }`;
  const WARNINGS_VAR = `query($at: DateTime) { warnings(activeAt: $at) { totalCount } }`;

  // A variable's value and a literal are both refused as BAD_USER_INPUT with the very same message; the
  // literal fails the document's validation, so its answer is HTTP 400.
  const inlineError = (res: GqlResponse<unknown>, what: string) => {
    expect(res.status, what).toBe(400);
    return onlyError(res, "BAD_USER_INPUT", what);
  };

  it(`refuses Date and DateTime values outside ${MIN_DATE} … ${MAX_DATE}, the same inline as in a variable`, async () => {
    const t = await token(Department.ENVIRONMENT, Role.ANALYST);
    for (const d of ["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"]) {
      const inline = inlineError(await gql(hub.url, FIRE(d), {}, t), FIRE(d));
      const variable = onlyError(await gql(hub.url, FIRE_VAR, { from: d }, t), "BAD_USER_INPUT", FIRE_VAR);
      expect(variable.message).toBe(`Variable "$from" got invalid value "${d}"; Date must be between ${MIN_DATE} and ${MAX_DATE}, got "${d}"`);
      expect(inline.message).toBe(`Date must be between ${MIN_DATE} and ${MAX_DATE}, got "${d}"`);
    }
    for (const at of ["0000-01-01T00:00:00Z", "0000-06-01T12:00:00+08:00", "9999-12-31T23:59:59Z", "1899-12-31T23:00:00Z"]) {
      const inline = inlineError(await gql(hub.url, WARNINGS(at), {}, t), WARNINGS(at));
      const variable = onlyError(await gql(hub.url, WARNINGS_VAR, { at }, t), "BAD_USER_INPUT", WARNINGS_VAR);
      expect(inline.message).toBe(`DateTime must be between ${MIN_DATE} and ${MAX_DATE}, got "${at}"`);
      expect(variable.message).toContain(inline.message);
    }
    // a day not on the calendar, as a DateTime too (JavaScript would roll it over to March)
    onlyError(await gql(hub.url, WARNINGS_VAR, { at: "2021-02-30T08:00:00+08:00" }, t), "BAD_USER_INPUT", "2021-02-30T08:00");
    // the bounds themselves are dates like any other
    ok(await gql(hub.url, FIRE_VAR, { from: MIN_DATE }, t), FIRE_VAR);
    ok(await gql(hub.url, FIRE(MAX_DATE), {}, t), FIRE(MAX_DATE));
    ok(await gql(hub.url, WARNINGS_VAR, { at: `${MAX_DATE}T23:59:59+08:00` }, t), WARNINGS_VAR);
  });
});

describe("length caps", () => {
  const until = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const REQUEST = `mutation($p: String!, $until: Date!) { requestAccess(dataset: FUEL_SAMPLES, purpose: $p, until: $until) { id purpose } }`;

  it(`caps a purpose or a note at ${LONG_TEXT_MAX} characters, refused before anything is stored or audited`, async () => {
    const t = await token(Department.GRID, Role.MEMBER);
    const count = async () => (await sql<{ r: string; a: string }>(hub.dbUrl, "select (select count(*) from hub.access_requests) as r, (select count(*) from hub.audit_events) as a"))[0];
    const before = await count();
    for (const p of ["p".repeat(LONG_TEXT_MAX + 1), "p".repeat(1 << 20)]) {
      const err = onlyError(await gql(hub.url, REQUEST, { p, until }, t), "BAD_USER_INPUT", `purpose of ${p.length}`);
      expect(err.message).toBe(`Argument purpose is ${p.length} characters long; at most ${LONG_TEXT_MAX} are allowed`);
      expect(err.extensions?.argument).toBe("purpose");
    }
    expect(await count()).toEqual(before);
    const asked = ok(await gql<{ requestAccess: { id: string; purpose: string } }>(hub.url, REQUEST, { p: "p".repeat(LONG_TEXT_MAX), until }, t), REQUEST).requestAccess;
    expect(asked.purpose).toHaveLength(LONG_TEXT_MAX);
    const DECIDE = `mutation($id: ID!, $note: String) { decideAccess(requestId: $id, approve: false, note: $note) { status } }`;
    const err = onlyError(await gql(hub.url, DECIDE, { id: asked.id, note: "n".repeat(LONG_TEXT_MAX + 1) }, await token(Department.MARKET_REGULATION, Role.ADMIN)), "BAD_USER_INPUT", DECIDE);
    expect(err.message).toContain(`at most ${LONG_TEXT_MAX}`);
  });

  it(`caps identifiers, filter values and search text at ${TEXT_MAX} characters`, async () => {
    const t = await asMarket();
    const long = "9".repeat(TEXT_MAX + 1);
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($c: ID!) { enterprise(creditCode: $c) { name } }`, { c: long }, "creditCode"],
      [`query($s: String) { enterprises(filter: { nameContains: $s }) { totalCount } }`, { s: long }, "filter.nameContains"],
      [`query($r: ID) { enterprises(filter: { regionCode: $r }) { totalCount } }`, { r: long }, "filter.regionCode"],
      [`query($v: String!) { checkIdentifier(kind: CREDIT_CODE, value: $v) { valid } }`, { v: long }, "value"],
    ];
    for (const [q, v, argument] of cases) {
      const err = onlyError(await gql(hub.url, q, v, t), "BAD_USER_INPUT", q);
      expect(err.message).toBe(`Argument ${argument} is ${TEXT_MAX + 1} characters long; at most ${TEXT_MAX} are allowed`);
    }
    // at the cap: an ordinary (if unmatched) search
    const q = `query($s: String) { enterprises(filter: { nameContains: $s }) { totalCount } }`;
    ok(await gql(hub.url, q, { s: "x".repeat(TEXT_MAX) }, t), q);
  });
});

describe("decideAccess on a request the department cannot see", () => {
  it("answers exactly as for an id that does not exist", async () => {
    const until = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const REQUEST = `mutation($until: Date!) { requestAccess(dataset: CHECKPOINT_PASSAGES, purpose: "Count muck trucks entering Zhengzhou", until: $until) { id } }`;
    const { id } = ok(await gql<{ requestAccess: { id: string } }>(hub.url, REQUEST, { until }, await token(Department.HOUSING, Role.ANALYST)), REQUEST).requestAccess;
    const [{ max }] = await sql<{ max: string }>(hub.dbUrl, "select max(id)::text as max from hub.access_requests");
    const missing = String(BigInt(max) + 1000n);
    const stranger = await token(Department.ENVIRONMENT, Role.ADMIN);
    for (const op of [
      `mutation($id: ID!) { decideAccess(requestId: $id, approve: true, note: "ok") { status } }`,
      `mutation($id: ID!) { revokeAccess(requestId: $id) { status } }`,
    ]) {
      const theirs = await gql(hub.url, op, { id }, stranger);
      const none = await gql(hub.url, op, { id: missing }, stranger);
      onlyError(none, "NOT_FOUND", op);
      expect(JSON.stringify(theirs).replaceAll(id, "<id>")).toBe(JSON.stringify(none).replaceAll(missing, "<id>"));
      expect(JSON.stringify(theirs)).not.toContain("CHECKPOINT_PASSAGES");
    }
    // its owner still decides it
    const DECIDE = `mutation($id: ID!) { decideAccess(requestId: $id, approve: false, note: "not now") { status } }`;
    expect(ok(await gql<{ decideAccess: { status: string } }>(hub.url, DECIDE, { id }, await token(Department.PUBLIC_SECURITY, Role.ADMIN)), DECIDE).decideAccess.status).toBe("DENIED");
  });
});
