import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, TEST_SECRET, token, type GqlResponse, type TestHub } from "./support/hub.js";

/*
 * Issue 12's rate limits and token lifetime, through the real gateway: a department limit, a per-token
 * limit under it, a per-address limit for requests without a valid token, refused requests writing
 * nothing, and tokens that would live longer than the hub allows refused at verification.
 */

const DEPARTMENT_LIMIT = 6;
const TOKEN_LIMIT = 3;
const ANONYMOUS_LIMIT = 2;
const WINDOW = 3600;
const MAX_TTL = 86_400;
const q = `{ region(code: "410100") { name } }`;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({
    limits: {
      rateLimit: DEPARTMENT_LIMIT,
      rateLimitPerToken: TOKEN_LIMIT,
      rateLimitAnonymous: ANONYMOUS_LIMIT,
      rateLimitWindowSeconds: WINDOW,
      tokenMaxTtlSeconds: MAX_TTL,
    },
  });
});
afterAll(async () => {
  await hub?.stop();
});

async function post(auth: string | null): Promise<{ status: number; retryAfter: string | null; body: GqlResponse }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth) headers.authorization = `Bearer ${auth}`;
  const res = await fetch(hub.url, { method: "POST", headers, body: JSON.stringify({ query: q }) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as GqlResponse };
}

/** A token signed with the hub's key whose claims the test chooses (jose sets no defaults). */
function rawToken(claims: { exp: number; iat?: number }): Promise<string> {
  let jwt = new SignJWT({ department: Department.GRID, role: Role.MEMBER }).setProtectedHeader({ alg: "HS256" }).setIssuer("lantian").setSubject("grid-member").setJti(crypto.randomUUID()).setExpirationTime(claims.exp);
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  return jwt.sign(new TextEncoder().encode(TEST_SECRET));
}

describe("rate limits", () => {
  it("hold one token to its own limit, under its department's; a refused request writes nothing", async () => {
    const [a, b, c] = await Promise.all([token(Department.TRANSPORT), token(Department.TRANSPORT), token(Department.TRANSPORT)]);
    for (let i = 0; i < TOKEN_LIMIT; i++) ok(await gql(hub.url, q, {}, a), q);
    // the token's 4th request: refused by the token limit though the department has 3 left
    const fourth = await post(a);
    expect(fourth.status, JSON.stringify(fourth.body)).toBe(429);
    expect(fourth.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: TOKEN_LIMIT, setting: "LANTIAN_RATE_LIMIT_TOKEN" });
    expect(Number(fourth.retryAfter)).toBeGreaterThanOrEqual(1);
    // another token of the department uses the department's remaining 3
    for (let i = 0; i < DEPARTMENT_LIMIT - TOKEN_LIMIT; i++) ok(await gql(hub.url, q, {}, b), q);
    // a third, fresh token: the department is full
    const fresh = await post(c);
    expect(fresh.status).toBe(429);
    expect(fresh.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: DEPARTMENT_LIMIT, setting: "LANTIAN_RATE_LIMIT" });

    // the counts reach the shared table at the gateway's next sync: send them now
    await hub.server.flush();
    const rows = await sql<{ bucket: string; hits: number }>(hub.dbUrl, "select bucket, hits from hub.rate_limits where bucket = 'transport' or bucket like 'token:%' order by hits desc");
    // 6 served requests counted, the 2 refused ones not: the department at 6, token a at 3 (not 4),
    // token b at 3, token c nowhere
    expect(rows.find((r) => r.bucket === "transport")?.hits).toBe(DEPARTMENT_LIMIT);
    expect(rows.filter((r) => r.bucket.startsWith("token:")).map((r) => r.hits)).toEqual([TOKEN_LIMIT, DEPARTMENT_LIMIT - TOKEN_LIMIT]);
    // another department has its own budget
    ok(await gql(hub.url, q, {}, await token(Department.HOUSING)), q);
  });

  it("limit requests without a valid token per client address, before anything else", async () => {
    for (let i = 0; i < ANONYMOUS_LIMIT; i++) {
      const res = await post(i === 0 ? null : "not-a-token");
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const over = await post(null);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: ANONYMOUS_LIMIT, setting: "LANTIAN_RATE_LIMIT_ANONYMOUS" });
    // nothing of it reached the database
    const [{ n }] = await sql<{ n: number }>(hub.dbUrl, "select count(*)::int as n from hub.rate_limits where bucket like '%127.0.0.1%' or bucket like 'token:sub:%'");
    expect(n).toBe(0);
    // a valid token is still served from that address
    ok(await gql(hub.url, q, {}, await token(Department.AGRICULTURE)), q);
  });
});

describe("token lifetime", () => {
  const now = () => Math.floor(Date.now() / 1000);
  // its own hub, rate limits off: the refused tokens would otherwise count against the address
  let lifetimeHub: TestHub;
  beforeAll(async () => {
    lifetimeHub = await startTestHub({ limits: { rateLimit: 0, tokenMaxTtlSeconds: MAX_TTL } });
  });
  afterAll(async () => {
    await lifetimeHub?.stop();
  });

  it("refuses a token that lives longer than LANTIAN_TOKEN_MAX_TTL, and takes one within it", async () => {
    const hub = lifetimeHub;
    for (const claims of [{ exp: 1e20 }, { exp: now() + MAX_TTL + 600, iat: now() }, { exp: now() + 3600, iat: now() - MAX_TTL - 60 }]) {
      const res = await gql(hub.url, q, {}, await rawToken(claims));
      expect(res.status, JSON.stringify(claims)).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0].message).toMatch(/longer than the 86400 s .*LANTIAN_TOKEN_MAX_TTL/);
    }
    ok(await gql(hub.url, q, {}, await rawToken({ exp: now() + MAX_TTL - 60, iat: now() })), q);
  });
});
