import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { decodeJwt } from "jose";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role, signToken } from "../src/common/auth.js";
import { projectRoot } from "../src/common/paths.js";
import { createLogger } from "../src/common/logger.js";
import { consoleHandler, devTokenRefusal } from "../src/server/console.js";
import { startGatewayServer } from "../src/server/hub.js";
import { DEPARTMENT_INFO, Department } from "../src/shared/departments.js";
import { ErrorCode } from "../src/shared/error-codes.js";
import { launchChromium, newContext, originOf, screenshot, signInAsDemo } from "./support/browser.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, TEST_SECRET, token, type TestHub } from "./support/hub.js";

/**
 * The web console (README, "Console") in headless Chromium against a real hub over HTTP: demo sign-in,
 * a query in GraphiQL, an access request approved by the owner's admin; every request the console makes
 * goes to the hub. Then its HTTP rules: the CSP, caching, traversal, the demo sign-in's refusals.
 */

const BUILT = path.join(projectRoot(), "dist", "console", "index.html");

let hub: TestHub;
let origin: string;
let browser: Browser;
/** every URL any page of the browser asked for, workers included */
const requested: string[] = [];
/** Content-Security-Policy violations the browser reported */
const violations: string[] = [];

async function page(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  context.on("request", (r) => requested.push(r.url()));
  // the page's own report of each violation, besides the message Chromium logs
  await context.addInitScript(`document.addEventListener("securitypolicyviolation", (e) => console.error("Content Security Policy violation: " + e.violatedDirective + " " + e.blockedURI))`);
  const p = await context.newPage();
  p.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
  });
  p.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  return { context, page: p };
}

beforeAll(async () => {
  if (!fs.existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` (npm test builds it when stale)`);
  // on every address, so the demo sign-in can be asked from a non-loopback one too
  [hub, browser] = await Promise.all([startTestHub({ host: "0.0.0.0" }), launchChromium()]);
  origin = originOf(hub.url);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe("the console in a browser", () => {
  it("signs in as a demo department and shows who is signed in", async () => {
    const { context, page: p } = await page();
    await signInAsDemo(p, origin, Department.TRANSPORT, Role.MEMBER);
    const who = await p.locator("[data-testid=who]").innerText();
    // the hub's own Chinese name of the department, and the role
    expect(who).toContain(DEPARTMENT_INFO[Department.TRANSPORT].nameZh);
    expect(who).toContain("成员");
    // the token is the hub's: the API answers it
    const stored = await p.evaluate<string | null>(`sessionStorage.getItem("lantian.console.token")`);
    expect(decodeJwt(stored!)).toMatchObject({ department: Department.TRANSPORT, role: Role.MEMBER });
    ok(await gql(hub.url, "{ catalog { name } }", {}, stored!), "{ catalog { name } }");
    await screenshot(p, "console-signed-in");
    // the dashboard loads too (its charts are its own test's): its requests are among those checked below
    await p.getByRole("link", { name: "行动计划看板" }).click();
    await p.locator(".page-dashboard svg").first().waitFor({ timeout: 30_000 });
    // signing out forgets the token
    await p.getByRole("button", { name: "退出" }).click();
    await p.locator("select[name=department]").waitFor();
    expect(await p.evaluate<string | null>(`sessionStorage.getItem("lantian.console.token")`)).toBeNull();
    await context.close();
  });

  it("signs in by a pasted token, and refuses what is not one", async () => {
    const { context, page: p } = await page();
    await p.goto(`${origin}/`);
    const form = p.locator("form.card", { has: p.locator("textarea[name=token]") });
    await form.locator("textarea").fill("not-a-token");
    await form.locator("button[type=submit]").click();
    await p.getByRole("alert").waitFor();
    // a token of another hub's key: well formed, refused by this hub, so the console asks again, saying why
    const foreign = await signToken(new TextEncoder().encode("another-hub-secret-0123456789abcdef"), { department: Department.GRID, role: Role.ANALYST, ttlSeconds: 600 });
    await form.locator("textarea").fill(foreign);
    await form.locator("button[type=submit]").click();
    await p.locator("p.error", { hasText: "登录已失效" }).waitFor();
    await form.locator("textarea").fill(await token(Department.GRID, Role.ANALYST));
    await form.locator("button[type=submit]").click();
    await p.locator("li.dataset").first().waitFor();
    const who = await p.locator("[data-testid=who]").innerText();
    expect(who).toContain(DEPARTMENT_INFO[Department.GRID].nameZh);
    expect(who).toContain("分析员");
    await screenshot(p, "console-pasted-token");
    await context.close();
  });

  it("runs a query in GraphiQL and shows its result", async () => {
    const { context, page: p } = await page();
    await signInAsDemo(p, origin, Department.ENVIRONMENT, Role.ANALYST);
    await p.goto(`${origin}/#/explorer`);
    await p.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    // the first tab holds the catalogue query; the docs come from the checked-in schema, not introspection
    // Monaco shows the tab's query once it is up (it loads after the page, with its workers)
    await expect.poll(() => p.locator(".graphiql-query-editor").innerText(), { timeout: 30_000 }).toContain("catalog");
    await p.locator(".graphiql-execute-button").click();
    const { catalog } = await hub.query<{ catalog: { name: string; rowCount: number }[] }>("{ catalog { name rowCount } }");
    const sample = catalog.find((e) => e.rowCount > 0)!;
    // Monaco draws spaces as no-break spaces
    const result = async () => (await p.locator(".result-window").innerText()).replace(/\s+/g, " ");
    await expect.poll(result, { timeout: 30_000 }).toContain(`"name": "${sample.name}"`);
    expect(await result()).toContain(`"rowCount": ${sample.rowCount}`);
    // the saved operations are there as tabs
    const tabs = await p.locator(".graphiql-tab").allInnerTexts();
    expect(tabs.join(" ")).toContain("Cities");
    await screenshot(p, "console-explorer");
    await context.close();
  });

  it("requests access to a CONDITIONAL dataset; the owner's admin approves it and the grant shows, then revokes it and it is gone", async () => {
    const requester = Department.TRANSPORT;
    const { catalog } = await hub.query<{ catalog: { name: string; owner: Department; sharingClass: string; grantees: { department: string; role: string }[] }[] }>(
      "{ catalog { name owner sharingClass grantees { department role } } }",
    );
    const target = catalog.find((e) => e.sharingClass === "CONDITIONAL" && e.owner !== requester && !e.grantees.some((g) => g.department === requester && g.role === Role.MEMBER));
    expect(target, "a CONDITIONAL dataset transport's members hold no grant for").toBeDefined();
    const dataset = target!.name;

    const { context, page: p } = await page();
    await signInAsDemo(p, origin, requester, Role.MEMBER);
    const card = p.locator(`li.dataset[data-dataset="${dataset}"]`);
    await card.getByRole("button", { name: "申请使用" }).click();
    await card.locator("textarea[name=purpose]").fill("核查重型柴油车排放超标线索，支撑联合执法");
    await card.getByRole("button", { name: "提交申请" }).click();
    await expect.poll(() => p.locator("[role=status]").innerText()).toMatch(/已提交申请 #\d+/);
    const mine = p.locator(`table.mine tr`, { hasText: dataset });
    await expect.poll(() => mine.first().innerText()).toContain("待审批");
    await p.getByRole("button", { name: "退出" }).click();

    // the owner's admin sees it pending, with its reply deadline, and approves it
    await signInAsDemo(p, origin, target!.owner, Role.ADMIN);
    const pendingRow = p.locator(`table.pending tr[data-dataset="${dataset}"]`, { hasText: DEPARTMENT_INFO[requester].nameZh });
    await pendingRow.first().waitFor();
    const requests = await hub.query<{ accessRequests: { edges: { node: { id: string; replyDue: string } }[] } }>(
      `query($d: Dataset) { accessRequests(filter: { dataset: $d, status: PENDING }) { edges { node { id replyDue } } } }`,
      { d: dataset },
      [target!.owner, Role.ADMIN],
    );
    const [{ node: asked }] = requests.accessRequests.edges;
    expect(await pendingRow.first().innerText()).toContain(asked.replyDue);
    await pendingRow.first().locator("input[name=note]").fill("同意，限执法核查使用");
    await pendingRow.first().getByRole("button", { name: "批准" }).click();
    const grantRow = p.locator(`table.grants tr[data-request="${asked.id}"]`);
    await grantRow.waitFor();
    expect(await grantRow.innerText()).toContain(dataset);
    await screenshot(p, "console-catalogue");

    // the API agrees: a grant in force for transport's members
    const after = await hub.query<{ catalog: { name: string; grantees: { department: string; role: string }[] }[] }>("{ catalog { name grantees { department role } } }");
    expect(after.catalog.find((e) => e.name === dataset)!.grantees).toContainEqual(expect.objectContaining({ department: requester, role: Role.MEMBER }));
    // and the catalogue shows it among the dataset's grantees
    await p.locator(`li.dataset[data-dataset="${dataset}"] summary`).click();
    const grantees = p.locator(`li.dataset[data-dataset="${dataset}"] .grantees`);
    const granteeText = `${DEPARTMENT_INFO[requester].nameZh} · 成员`;
    expect(await grantees.innerText()).toContain(granteeText);

    // the owner's admin revokes it, with a note (one click: the console asks no confirmation)
    await grantRow.locator("input[name=note]").fill("执法核查已结束，收回授权");
    await grantRow.getByRole("button", { name: "撤销" }).click();
    await expect.poll(() => p.locator("[role=status]").innerText()).toBe(`授权 #${asked.id} 已撤销。`);
    // the page lists it no longer: not among the grants in force, not among the dataset's grantees
    await grantRow.waitFor({ state: "detached" });
    // (textContent: the same whether or not the dataset's details are open)
    await expect.poll(() => grantees.textContent()).not.toContain(granteeText);
    await screenshot(p, "console-revoked");
    // the API, asked apart: the request is REVOKED, no longer in force, with the note; the dataset's grantees lack transport's members
    const revoked = await hub.query<{ accessRequests: { edges: { node: { id: string; status: string; active: boolean; note: string | null; revokedAt: string | null } }[] } }>(
      `query($d: Dataset) { accessRequests(filter: { dataset: $d }) { edges { node { id status active note revokedAt } } } }`,
      { d: dataset },
      [target!.owner, Role.ADMIN],
    );
    const node = revoked.accessRequests.edges.map((e) => e.node).find((n) => n.id === asked.id);
    expect(node).toMatchObject({ status: "REVOKED", active: false, note: "执法核查已结束，收回授权" });
    expect(node!.revokedAt).not.toBeNull();
    const gone = await hub.query<{ catalog: { name: string; grantees: { department: string; role: string }[] }[] }>("{ catalog { name grantees { department role } } }");
    expect(gone.catalog.find((e) => e.name === dataset)!.grantees).not.toContainEqual(expect.objectContaining({ department: requester, role: Role.MEMBER }));
    // and the requester's own list says so
    await p.getByRole("button", { name: "退出" }).click();
    await signInAsDemo(p, origin, requester, Role.MEMBER);
    await expect.poll(() => p.locator(`table.mine tr[data-request="${asked.id}"]`).innerText()).toContain("已撤销");
    await context.close();
  });

  it("flags a pending request past its reply deadline for the owner's admins", async () => {
    const { catalog } = await hub.query<{ catalog: { name: string; owner: Department; sharingClass: string }[] }>("{ catalog { name owner sharingClass } }");
    const dataset = catalog.find((e) => e.sharingClass === "CONDITIONAL" && e.owner === Department.ENVIRONMENT)!.name;
    const { requestAccess } = await hub.query<{ requestAccess: { id: string } }>(
      `mutation($d: Dataset!) { requestAccess(dataset: $d, purpose: "城市扬尘与机动车排放关联分析", until: "${new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)}") { id } }`,
      { d: dataset },
      [Department.HOUSING, Role.ANALYST],
    );
    // as if it had waited since November: its reply was due on the 20th
    await sql(hub.dbUrl, "update hub.access_requests set requested_at = '2026-11-13T02:00:00Z', reply_due = '2026-11-20' where id = $1", [requestAccess.id]);
    const { accessRequests } = await hub.query<{ accessRequests: { edges: { node: { id: string; overdue: boolean; replyDue: string } }[] } }>(
      "{ accessRequests(filter: { overdue: true }) { edges { node { id overdue replyDue } } } }",
      {},
      [Department.ENVIRONMENT, Role.ADMIN],
    );
    expect(accessRequests.edges.map((e) => e.node)).toContainEqual({ id: requestAccess.id, overdue: true, replyDue: "2026-11-20" });

    const { context, page: p } = await page();
    await signInAsDemo(p, origin, Department.ENVIRONMENT, Role.ADMIN);
    const row = p.locator(`table.pending tr[data-request="${requestAccess.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute("class")).toContain("overdue");
    expect(await row.innerText()).toContain("2026-11-20");
    expect(await row.innerText()).toContain("已逾期");
    // the README's picture of the console (docs/console.png is a copy of it)
    await screenshot(p, "console-overdue", { x: 0, y: 0, width: 1366, height: 520 });
    await context.close();
  });

  it("lists a department's contribution batches and a refused batch's row errors, as the API has them", async () => {
    const rows = [
      { effectiveFrom: "2041-01-01", cnyPerConfirmedFirePoint: 510_000, sourceClause: "console test clause" },
      { effectiveFrom: "2042-01-01", cnyPerConfirmedFirePoint: -1, sourceClause: "console test clause" },
    ];
    const answer = await hub.query<{ contributeStrawBurningDeductionRates: { accepted: number; rejected: number } }>(
      `mutation($rows: [StrawBurningDeductionRateInput!]!) { contributeStrawBurningDeductionRates(batchId: "console-refused", rows: $rows) { accepted rejected } }`,
      { rows },
      [Department.AGRICULTURE, Role.ADMIN],
    );
    const { contributionBatches } = await hub.query<{ contributionBatches: { edges: { node: { batchId: string; errors: { row: number; code: string; message: string }[] } }[] } }>(
      `{ contributionBatches(dataset: STRAW_BURNING_DEDUCTION_RATES, first: 10) { edges { node { batchId errors { row code message } } } } }`,
      {},
      [Department.AGRICULTURE, Role.MEMBER],
    );
    const logged = contributionBatches.edges.find((e) => e.node.batchId === "console-refused")!.node;
    expect(logged.errors.length).toBeGreaterThan(0);

    const { context, page: p } = await page();
    await signInAsDemo(p, origin, Department.AGRICULTURE, Role.MEMBER);
    await p.goto(`${origin}/#/contributions`);
    const row = p.locator(`table.batches tr[data-batch="console-refused"]`);
    await row.waitFor();
    const cells = await row.locator("td").allInnerTexts();
    // batch, dataset, department, who, when, rows, accepted, rejected
    expect(cells.slice(0, 3)).toEqual(["console-refused", "STRAW_BURNING_DEDUCTION_RATES", DEPARTMENT_INFO[Department.AGRICULTURE].nameZh]);
    expect(cells.slice(5, 8).map(Number)).toEqual([rows.length, answer.contributeStrawBurningDeductionRates.accepted, answer.contributeStrawBurningDeductionRates.rejected]);
    await row.getByRole("button", { name: "console-refused" }).click();
    const errors = p.locator(".batch-errors tbody tr");
    await errors.first().waitFor();
    expect(await errors.count()).toBe(logged.errors.length);
    const first = await errors.first().locator("td").allInnerTexts();
    expect([Number(first[0]), first[2], first[3]]).toEqual([logged.errors[0].row, logged.errors[0].code, logged.errors[0].message]);
    await screenshot(p, "console-contributions");

    // another department's member does not see it
    await p.getByRole("button", { name: "退出" }).click();
    await signInAsDemo(p, origin, Department.TRANSPORT, Role.MEMBER);
    await p.goto(`${origin}/#/contributions`);
    await p.locator("[data-testid=batch-total], [data-testid=batch-none]").first().waitFor();
    expect(await p.locator(`tr[data-batch="console-refused"]`).count()).toBe(0);
    await context.close();
  });

  it("switches to English", async () => {
    const { context, page: p } = await page();
    await signInAsDemo(p, origin, Department.ENVIRONMENT, Role.ADMIN);
    await p.getByRole("button", { name: "English" }).click();
    await p.getByRole("link", { name: "Catalogue" }).waitFor();
    expect(await p.locator("[data-testid=who]").innerText()).toContain("Ecology and Environment");
    expect(await p.evaluate<string>("document.documentElement.lang")).toBe("en");
    await p.getByRole("heading", { name: "Pending requests on your datasets" }).waitFor();
    await screenshot(p, "console-english");
    await context.close();
  });

  it("asked nothing of any origin but the hub's, and broke no CSP rule", () => {
    expect(requested.length).toBeGreaterThan(10);
    const network = requested.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(network.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);
  });
});

/**
 * A demo sign-in to the hub over loopback with these request headers exactly (fetch sets Host itself):
 * its status and JSON body.
 */
function devTokenRequest(method: "GET" | "POST", headers: Record<string, string>): Promise<{ status: number; body: { token?: string; available?: boolean; reason?: string; errors?: { message: string; extensions: { code: string } }[] } }> {
  const payload = method === "POST" ? JSON.stringify({ department: "GRID", role: "admin" }) : undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: Number(new URL(origin).port), path: "/console/dev-token", method, headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers }, agent: false },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** A raw GET of `rawPath` exactly as written (fetch and URL would normalise the dots away). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(`GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.on("data", (c) => (data += c));
    socket.on("end", () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0), body: data.slice(data.indexOf("\r\n\r\n") + 4) }));
    socket.on("error", reject);
  });
}

/** The console's handler alone, on its own HTTP server, with `opts` (production, an unbuilt directory). */
async function consoleServer(opts: Partial<Parameters<typeof consoleHandler>[0]>): Promise<{ url: string; close: () => Promise<void> }> {
  const handle = consoleHandler({ nodeEnv: "test", signingKey: new TextEncoder().encode(TEST_SECRET), tokenMaxTtlSeconds: 30 * 86400, ...opts });
  const server = http.createServer(async (req, res) => {
    if (!(await handle(req, res, new URL(req.url ?? "/", "http://localhost")))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

describe("the console over HTTP", () => {
  it("serves index.html uncached and hashed assets for good, under a CSP of this origin only", async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const csp = res.headers.get("content-security-policy")!;
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    // the rule of the README: only this origin, nothing framing it, no eval, no inline script
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    const html = await res.text();
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1];
    const a = await fetch(`${origin}/${asset}`);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(a.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const missing = await fetch(`${origin}/assets/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(ErrorCode.NOT_FOUND);
    // a client pointed at / instead of /graphql is told where the API is, in an answer that is not GraphQL's
    const posted = await fetch(`${origin}/`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ catalog { name } }" }) });
    expect(posted.status).toBe(405);
    expect(await posted.json()).toEqual({ error: expect.stringContaining("/graphql") });
    // the API stays where it was
    expect((await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
  });

  it("is served by `lantian gateway` too", async () => {
    // the gateway alone, over subgraphs that need not be up: the console is the gateway's, not the subgraphs'
    const config = { ...hub.config, host: "127.0.0.1", port: 0, databaseUrl: undefined, limits: { ...hub.config.limits, rateLimit: 0 } };
    const gateway = await startGatewayServer(config, createLogger("silent", "test-gateway"), 0);
    try {
      const res = await fetch(`http://127.0.0.1:${gateway.port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe((await fetch(`${origin}/`)).headers.get("content-security-policy"));
      expect(await res.text()).toBe(fs.readFileSync(BUILT, "utf8"));
    } finally {
      await gateway.stop();
    }
  });

  it("refuses paths out of the build", async () => {
    const port = Number(new URL(origin).port);
    const secret = fs.readFileSync(path.join(projectRoot(), "package.json"), "utf8").slice(0, 40);
    for (const p of ["/assets/../../package.json", "/assets/..%2f..%2fpackage.json", "/assets/%2e%2e/%2e%2e/package.json", "/../package.json", "/assets/..\\..\\package.json", "/assets/%2e%2e%5c%2e%2e%5cpackage.json", "/assets//etc/passwd", "/assets/.", "/index.html/../../package.json"]) {
      const { status, body } = await rawGet(port, p);
      expect(status, p).toBeGreaterThanOrEqual(400);
      expect(status, p).toBeLessThan(500);
      expect(body, p).not.toContain(secret);
      expect(body, p).not.toContain("root:");
    }
  });

  it("hands the schema and the saved operations to a signed-in console only", async () => {
    const anonymous = await fetch(`${origin}/console/schema.graphql`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const auth = { authorization: `Bearer ${await token(Department.GRID)}` };
    const sdl = await fetch(`${origin}/console/schema.graphql`, { headers: auth });
    expect(await sdl.text()).toBe(fs.readFileSync(path.join(projectRoot(), "schema", "api.graphql"), "utf8"));
    const ops = (await (await fetch(`${origin}/console/operations.json`, { headers: auth })).json()) as { name: string; query: string }[];
    const dir = path.join(projectRoot(), "schema", "operations");
    expect(ops.map((o) => o.name).sort()).toEqual(fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).map((f) => f.replace(/\.graphql$/, "")).sort());
  });

  it("signs demo tokens of at most an hour for this machine in development", async () => {
    const offer = (await (await fetch(`${origin}/console/dev-token`)).json()) as { available: boolean; departments: { value: string }[]; roles: string[] };
    expect(offer.available).toBe(true);
    expect(offer.departments.map((d) => d.value)).toEqual(Object.values(Department));
    expect(offer.roles).toEqual(Object.values(Role));
    const res = await fetch(`${origin}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department: "GRID", role: "admin" }) });
    expect(res.status).toBe(200);
    const { token: t, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
    const claims = decodeJwt(t);
    expect(claims).toMatchObject({ department: "GRID", role: "admin" });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(3600);
    expect(Math.abs(Date.parse(expiresAt) / 1000 - claims.exp!)).toBeLessThanOrEqual(1);
    ok(await gql(hub.url, "{ catalog { name } }", {}, t), "{ catalog { name } }");
    const bad = await fetch(`${origin}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department: "NOWHERE", role: "admin" }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it("refuses demo tokens to a forwarded request", async () => {
    const res = await fetch(`${origin}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" }, body: JSON.stringify({ department: "GRID", role: "admin" }) });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { token?: string; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect(body.token).toBeUndefined();
  });

  it("refuses demo tokens to a request naming another host, or sent from another origin (DNS rebinding)", async () => {
    const port = new URL(origin).port;
    // a page of evil.example whose name now resolves to 127.0.0.1: the browser connects over loopback,
    // sends Host evil.example:<port>, and sees the answer as same-origin
    for (const host of [`evil.example:${port}`, "evil.example", `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
      const refused = await devTokenRequest("POST", { host });
      expect(refused.status, host).toBe(403);
      expect(refused.body.errors?.[0].extensions.code, host).toBe(ErrorCode.FORBIDDEN);
      expect(refused.body.errors?.[0].message, host).toContain("http://127.0.0.1");
      expect(refused.body.token, host).toBeUndefined();
      const offer = await devTokenRequest("GET", { host });
      expect(offer.body.available, host).toBe(false);
    }
    // the right Host, but posted by a page of another site (or an opaque one)
    for (const from of ["http://evil.example", `http://evil.example:${port}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${Number(port) + 1}`, `http://localhost:${port}`, "null"]) {
      const refused = await devTokenRequest("POST", { host: `127.0.0.1:${port}`, origin: from });
      expect(refused.status, from).toBe(403);
      expect(refused.body.errors?.[0].extensions.code, from).toBe(ErrorCode.FORBIDDEN);
      expect(refused.body.token, from).toBeUndefined();
    }
    // this machine's own names, as a browser (with its Origin) and as curl (without) send them
    const own: Record<string, string>[] = [{ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }, { host: `localhost:${port}`, origin: `http://localhost:${port}` }, { host: `LocalHost:${port}` }, { host: `127.0.0.1:${port}` }];
    for (const headers of own) {
      const granted = await devTokenRequest("POST", headers);
      expect(granted.status, JSON.stringify(headers)).toBe(200);
      expect(decodeJwt(granted.body.token!), JSON.stringify(headers)).toMatchObject({ department: "GRID", role: "admin" });
    }
  });

  it("refuses demo tokens to a non-loopback address (the rule itself, on any machine)", () => {
    // the rule itself, so it is checked on a machine without another interface too (the test below
    // asks over a real one when there is)
    const local = { host: "127.0.0.1:4000" };
    for (const remoteAddress of ["192.0.2.7", "::ffff:192.0.2.7", "2001:db8::7", "10.0.0.1", undefined]) {
      expect(devTokenRefusal("development", { remoteAddress, headers: local }), String(remoteAddress)).toMatch(/loopback/);
    }
    for (const remoteAddress of ["127.0.0.1", "127.3.4.5", "::1", "::ffff:127.0.0.1"]) {
      expect(devTokenRefusal("development", { remoteAddress, headers: local }), remoteAddress).toBeNull();
    }
    // still refused in production, on the right host
    expect(devTokenRefusal("production", { remoteAddress: "127.0.0.1", headers: local })).toMatch(/production/);
  });

  it("takes a Host of localhost, 127.0.0.1 or [::1] only, and an Origin of that same host only", () => {
    // the Host rule: these three names, any port, and an Origin, when sent, of that same host
    for (const host of ["localhost", "localhost:4000", "127.0.0.1:80", "[::1]", "[::1]:4000"]) {
      expect(devTokenRefusal("test", { remoteAddress: "::1", headers: { host } }), host).toBeNull();
      expect(devTokenRefusal("test", { remoteAddress: "::1", headers: { host, origin: `http://${host}` } }), host).toBeNull();
    }
    for (const host of [undefined, "", "evil.example", "127.0.0.2:4000", "0.0.0.0:4000", "[::ffff:127.0.0.1]:4000", "localhost:4000@evil.example", "localhost:", "localhost:4000/x", "[::1]x"]) {
      expect(devTokenRefusal("test", { remoteAddress: "127.0.0.1", headers: { host } }), String(host)).toMatch(/Host/);
    }
    // a browser leaves the default port out of Origin; names are case-blind
    expect(devTokenRefusal("test", { remoteAddress: "127.0.0.1", headers: { host: "127.0.0.1:80", origin: "http://127.0.0.1" } })).toBeNull();
    expect(devTokenRefusal("test", { remoteAddress: "127.0.0.1", headers: { host: "LOCALHOST:4000", origin: "http://localhost:4000" } })).toBeNull();
    for (const origin of ["http://evil.example", "http://localhost:4001", "https://localhost:4000", "http://127.0.0.1:4000", "null", "", "http://localhost:4000.evil.example"]) {
      expect(devTokenRefusal("test", { remoteAddress: "127.0.0.1", headers: { host: "localhost:4000", origin } }), origin).toMatch(/Origin/);
    }
  });

  // a non-loopback address of this machine, when it has one (a CI container has its eth0)
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
  it.skipIf(!lan)("refuses demo tokens to a request from another address", async () => {
    const port = new URL(origin).port;
    const offer = (await (await fetch(`http://${lan}:${port}/console/dev-token`)).json()) as { available: boolean };
    expect(offer.available).toBe(false);
    const res = await fetch(`http://${lan}:${port}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department: "GRID", role: "admin" }) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(ErrorCode.FORBIDDEN);
  });

  it("refuses demo tokens in production, and says to build when the console is not built", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-console-"));
    const prod = await consoleServer({ nodeEnv: "production", dir: empty });
    try {
      const offer = (await (await fetch(`${prod.url}/console/dev-token`)).json()) as { available: boolean; departments: unknown[] };
      expect(offer).toMatchObject({ available: false, departments: [] });
      const res = await fetch(`${prod.url}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ department: "GRID", role: "admin" }) });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(ErrorCode.FORBIDDEN);
      const unbuilt = await fetch(`${prod.url}/`);
      expect(unbuilt.status).toBe(503);
      expect(await unbuilt.text()).toContain("npm run build");
    } finally {
      await prod.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
