import fs from "node:fs";
import path from "node:path";
import { execute, parse, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Role } from "../src/common/auth.js";
import type { HubContext } from "../src/common/context.js";
import { projectRoot } from "../src/common/paths.js";
import { Department } from "../src/shared/departments.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { CompiledExecutor, type Execution } from "../src/server/compiled-execution.js";
import { createSubgraphRuntime, type SubgraphRuntime } from "../src/server/subgraph-runtime.js";
import { startTestHub, TEST_SECRET, token, type TestHub } from "./support/hub.js";
import { SAVED_OPERATION_VARIABLES as VARIABLES } from "./support/operations.js";

/** The read shapes of the read benchmarks, and requests that fail in each way a request can. */
const DIRECT: { subgraph: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
  { subgraph: "public-security", query: "{ vehicles(first: 50) { edges { node { vin plate plateColor vehicleType fuel emissionStage registeredOn } } } }" },
  { subgraph: "public-security", query: "{ vehicles(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { vin plate passages(first: 20) { edges { node { passedAt checkpointCode direction plate } } } } } } }" },
  // a Date variable that is no date, and one of the wrong type: refused before anything runs
  { subgraph: "environment", query: "query($from: Date!, $to: Date!) { firePoints(from: $from, to: $to, first: 3) { edges { node { id } } } }", variables: { from: "2021-02-30", to: 5 } },
  { subgraph: "environment", query: "query($from: Date!) { firePoints(from: $from, first: 3) { edges { node { id } } } }", variables: {} },
  // a Date written inline that is out of range, a cursor this list never issued: the resolver's refusal
  { subgraph: "public-security", query: '{ vehicles(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { vin } } } }' },
  // an operation name that names none of the document's operations
  { subgraph: "public-security", query: "query A { __typename } query B { __typename }", operationName: "C" },
  // federation's own fields, and an abstract type
  { subgraph: "public-security", query: "{ _service { sdl } }" },
  { subgraph: "public-security", query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Vehicle { vin plate } } }', variables: { r: [{ __typename: "Vehicle", vin: "LNOSUCHVIN00000000" }] } },
];

let hub: TestHub;
const runtimes = new Map<GraphQLSchema, SubgraphRuntime>();
const bySlug = new Map<string, SubgraphRuntime>();

beforeAll(async () => {
  hub = await startTestHub();
  // runtimes of our own, on the hub's databases: fresh contexts to run the same request twice
  for (const s of SUBGRAPH_IDS) {
    const runtime = createSubgraphRuntime(s, hub.server.databases!, new TextEncoder().encode(TEST_SECRET), hub.config.limits.tokenMaxTtlSeconds);
    runtimes.set(runtime.schema, runtime);
    bySlug.set(subgraphSlug(s), runtime);
  }
});

afterAll(async () => {
  await hub?.stop();
});

/** The answer's JSON from graphql-js and from a compiled executor of the same schema, each with a fresh context. */
async function both(runtime: SubgraphRuntime, run: Omit<Execution, "contextValue">, caller: HubContext["principal"]) {
  const viaJs = await execute({ schema: runtime.schema, document: parse(run.source), variableValues: run.variableValues, operationName: run.operationName, contextValue: runtime.contextOf(caller) });
  const compiled = new CompiledExecutor(runtime.schema);
  const viaJit = await compiled.execute({ ...run, contextValue: runtime.contextOf(caller) });
  return { js: JSON.stringify(viaJs), jit: JSON.stringify(viaJit), compiledWithJit: compiled.compiles(run.source, run.operationName) };
}

describe("compiled execution answers as graphql-js does, byte for byte", () => {
  it("for every subgraph fetch the gateway makes of the saved operations (schema/operations/)", async () => {
    const dir = path.join(projectRoot(), "schema", "operations");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));
    expect(files.map((f) => f.replace(/\.graphql$/, "")).sort()).toEqual(Object.keys(VARIABLES).sort());
    // record what the gateway asks each subgraph, then run each request on graphql-js and compiled
    const fetches: { schema: GraphQLSchema; run: Omit<Execution, "contextValue">; caller: HubContext["principal"] }[] = [];
    const spy = vi.spyOn(CompiledExecutor.prototype, "execute").mockImplementation(async function (this: CompiledExecutor, run: Execution) {
      fetches.push({ schema: this.schema, run: { source: run.source, operationName: run.operationName, variableValues: run.variableValues }, caller: (run.contextValue as HubContext).principal });
      return execute({ schema: this.schema, document: parse(run.source), operationName: run.operationName, variableValues: run.variableValues, contextValue: run.contextValue });
    });
    try {
      for (const f of files) {
        const name = f.replace(/\.graphql$/, "");
        await hub.query(fs.readFileSync(path.join(dir, f), "utf8"), VARIABLES[name], [Department.ENVIRONMENT, Role.ANALYST]);
      }
    } finally {
      spy.mockRestore();
    }
    expect(fetches.filter((x) => x.run.source.includes("_entities")).length, "entity fetches among them").toBeGreaterThan(0);
    let withData = 0;
    for (const { schema, run, caller } of fetches) {
      // a write answers anew each time it runs (requestExport: a new job): only reads are compared
      if (/^\s*mutation\b/.test(run.source)) continue;
      const r = await both(runtimes.get(schema)!, run, caller);
      expect(r.compiledWithJit, run.source).toBe(true);
      expect(r.jit, run.source).toBe(r.js);
      if (r.js.length > 200) withData++;
    }
    expect(withData, "fetches that returned rows").toBeGreaterThan(5);
  });

  it("for direct requests: the read benchmarks' shapes, refused variables, a refused cursor, federation's fields", async () => {
    const tok = await token(Department.PUBLIC_SECURITY, Role.MEMBER);
    for (const d of DIRECT) {
      const runtime = bySlug.get(d.subgraph)!;
      const principal = await runtime.authenticate(`Bearer ${tok}`);
      const r = await both(runtime, { source: d.query, variableValues: d.variables, operationName: d.operationName }, principal);
      expect(r.jit, d.query).toBe(r.js);
      // compiled, except the operation graphql-jit refuses (no operation of that name): graphql-js answers it
      expect(r.compiledWithJit, d.query).toBe(!d.operationName);
    }
  });
});

describe("the compiled operations", () => {
  it("are kept up to the bound, the least recently used dropped first", async () => {
    const runtime = bySlug.get("public-security")!;
    const executor = new CompiledExecutor(runtime.schema, 2);
    const principal = await runtime.authenticate(`Bearer ${await token(Department.PUBLIC_SECURITY, Role.MEMBER)}`);
    const run = (source: string) => executor.execute({ source, contextValue: runtime.contextOf(principal) });
    const [a, b, c] = ["{ __typename }", "{ a: __typename }", "{ b: __typename }"];
    await run(a);
    await run(b);
    await run(a); // a is now the most recently used
    await run(c);
    expect(executor.size).toBe(2);
    expect(executor.cached(a)).toBe(true);
    expect(executor.cached(b)).toBe(false);
    expect(executor.cached(c)).toBe(true);
  });

  it("are told apart by operation name as well as by text", async () => {
    const runtime = bySlug.get("public-security")!;
    const executor = new CompiledExecutor(runtime.schema);
    const principal = await runtime.authenticate(`Bearer ${await token(Department.PUBLIC_SECURITY, Role.MEMBER)}`);
    const source = "query A { a: __typename } query B { b: __typename }";
    const a = await executor.execute({ source, operationName: "A", contextValue: runtime.contextOf(principal) });
    const b = await executor.execute({ source, operationName: "B", contextValue: runtime.contextOf(principal) });
    expect(a).toEqual({ data: { a: "Query" } });
    expect(b).toEqual({ data: { b: "Query" } });
  });
});
