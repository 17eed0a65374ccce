import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { ConfigError, loadConfig } from "../src/common/config.js";
import { Department } from "../src/shared/departments.js";
import { startTestHub, token, type TestHub } from "./support/hub.js";

/**
 * The all-in-one form's logs (README, "Operating"): JSON lines, one access line per request at the
 * gateway and one per in-process subgraph call, sharing the request id; never a token nor variables.
 * The distributed form's are in distributed.test.ts, with its tracing over OTLP.
 */
let hub: TestHub;

// tracing on in this process, as `lantian serve` turns it on, with the spans kept in memory
const exported = new InMemorySpanExporter();
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] }).register();

beforeAll(async () => {
  hub = await startTestHub({ logLevel: "info" });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

type Line = Record<string, unknown>;

/** The lines the hub writes for a request once it is answered (the access line follows the answer by a moment). */
async function linesOf(requestId: string, expected: number): Promise<Line[]> {
  const t0 = Date.now();
  for (;;) {
    const lines = hub.logs.filter((l) => l.requestId === requestId);
    if (lines.length >= expected || Date.now() - t0 > 5000) return lines;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function post(body: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("access lines", () => {
  it("has the gateway's and the in-process subgraphs' lines of one request share its request id, without token or variables", async () => {
    const t = await token(Department.HOUSING, Role.ANALYST);
    const query = "query Graded($n: Int!) { enterprises(first: $n) { edges { node { creditCode performanceGrade } } } }";
    const before = hub.logs.length;
    const res = await post({ query, variables: { n: 3 } }, { authorization: `Bearer ${t}` });
    expect(res.status).toBe(200);
    await res.json();
    const gateway = await (async () => {
      for (let i = 0; i < 250; i++) {
        const line = hub.logs.slice(before).find((l) => l.msg === "request" && l.operationName === "Graded");
        if (line) return line;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no access line:\n${hub.logs.slice(before).map((l) => JSON.stringify(l)).join("\n")}`);
    })();
    expect(gateway).toMatchObject({ level: "info", department: "HOUSING", role: "analyst", status: 200, errorCodes: [] });
    expect(gateway.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(gateway.operationHash).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof gateway.durationMs).toBe("number");
    expect(typeof gateway.time).toBe("string");
    // enterprises (market regulation) and their grades (environment): two subgraphs, each with its line
    const subgraphs = (await linesOf(gateway.requestId as string, 3)).filter((l) => l.msg === "subgraph request");
    expect(new Set(subgraphs.map((l) => l.subgraph))).toEqual(new Set(["market-regulation", "environment"]));
    for (const l of subgraphs) expect(l).toMatchObject({ department: "HOUSING", role: "analyst", operationName: "Graded", operationHash: gateway.operationHash });
    const text = hub.logs.slice(before).map((l) => JSON.stringify(l)).join("\n");
    expect(text).not.toContain(t);
    expect(text).not.toContain('"n":3');
  });

  it("takes a valid incoming x-request-id or traceparent, and replaces an invalid one", async () => {
    const t = await token(Department.ENVIRONMENT, Role.ANALYST);
    const q = { query: "query Codes { regions { code } }" };
    const given = "lb-7f3a9c";
    await (await post(q, { authorization: `Bearer ${t}`, "x-request-id": given })).json();
    expect((await linesOf(given, 2)).map((l) => l.msg)).toEqual(expect.arrayContaining(["request", "subgraph request"]));
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    await (await post(q, { authorization: `Bearer ${t}`, traceparent: `00-${traceId}-00f067aa0ba902b7-01` })).json();
    expect((await linesOf(traceId, 2)).map((l) => l.msg)).toEqual(expect.arrayContaining(["request", "subgraph request"]));
    const before = hub.logs.length;
    await (await post(q, { authorization: `Bearer ${t}`, "x-request-id": "not an id; it has spaces" })).json();
    let line: Line | undefined;
    for (let i = 0; i < 250 && !line; i++) {
      line = hub.logs.slice(before).find((l) => l.msg === "request" && l.operationName === "Codes");
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(line?.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("logs a refused request with its status and error code", async () => {
    const res = await post({ query: "query Anonymous { regions { code } }" }, { "x-request-id": "refused-1" });
    expect(res.status).toBe(401);
    const [line] = await linesOf("refused-1", 1);
    expect(line).toMatchObject({ msg: "request", status: 401, errorCodes: ["UNAUTHENTICATED"], department: null });
  });
});

describe("tracing settings", () => {
  it("are off by default and turned on by the standard OTLP settings, which are checked", () => {
    expect(loadConfig({}).tracing).toEqual({ enabled: false, serviceName: undefined });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }).tracing.enabled).toBe(true);
    expect(loadConfig({ OTEL_TRACES_EXPORTER: "otlp", OTEL_SERVICE_NAME: "gw-1" }).tracing).toEqual({ enabled: true, serviceName: "gw-1" });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_TRACES_EXPORTER: "none" }).tracing.enabled).toBe(false);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" }).tracing.enabled).toBe(false);
    const bad = () => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "grpc://x", OTEL_TRACES_EXPORTER: "jaeger", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must use http: or https:[\s\S]*OTEL_TRACES_EXPORTER=jaeger[\s\S]*OTEL_EXPORTER_OTLP_PROTOCOL=grpc/);
  });
});

describe("tracing in the all-in-one form", () => {
  it("has a request's server span and its in-process subgraph spans in one trace, the access line naming it", async () => {
    const t = await token(Department.HOUSING, Role.ANALYST);
    const res = await post({ query: "query Traced { enterprises(first: 2) { edges { node { creditCode performanceGrade } } } }" }, { authorization: `Bearer ${t}` });
    await res.json();
    let line: Line | undefined;
    for (let i = 0; i < 250 && !line; i++) {
      line = hub.logs.find((l) => l.msg === "request" && l.operationName === "Traced");
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(line?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(line!.requestId).toBe(line!.traceId);
    const spans = exported.getFinishedSpans().filter((s) => s.spanContext().traceId === line!.traceId);
    const names = spans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["POST /graphql", "subgraph market-regulation", "subgraph environment"]));
    // Apollo Gateway's own spans join the same trace, under the server span
    expect(names.some((n) => n.startsWith("gateway."))).toBe(true);
    const server = spans.find((s) => s.name === "POST /graphql")!;
    expect(server.attributes).toMatchObject({ "http.response.status_code": 200, "lantian.department": "HOUSING", "graphql.operation.name": "Traced" });
  });
});
