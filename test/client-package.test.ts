import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { projectRoot } from "../src/common/paths.js";
import { Department } from "../src/shared/departments.js";
import { startTestHub, token, type TestHub } from "./support/hub.js";

/**
 * Issue 20, "A client package": the typed client is a package of its own (packages/client) that another
 * package installs from its tarball and uses with types. This packs it, installs it into a throwaway package
 * outside the repository (with the repository's TypeScript), compiles a typed query there and runs it
 * against a test hub. A `@ts-expect-error` line proves the types bite: without it the compile fails.
 */
const root = projectRoot();
const run = promisify(execFile);
const PACKAGE_DIR = path.join(root, "packages", "client");
const TYPESCRIPT = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies.typescript;

// the consumer compiles without @types/node: it declares the two globals it uses itself
const CONSUMER = `declare const process: { env: Record<string, string | undefined> };
declare const console: { log(s: string): void };
import { createClient, CitiesDocument, LantianRequestError, UnauthenticatedError, type CitiesQuery } from "@lantian/client";

const client = createClient({ url: process.env.HUB_URL!, token: process.env.HUB_TOKEN!, retries: 0 });
const data: CitiesQuery = await client.request(CitiesDocument, {});
const first = data.regions[0];
const code: string = first.code;
// @ts-expect-error nameEn is a field of Region that the Cities operation does not select
const nameEn = first.nameEn;
try {
  await createClient({ url: process.env.HUB_URL!, token: "not-a-token", retries: 0 }).request(CitiesDocument, {});
  throw new Error("a bad token was accepted");
} catch (e) {
  if (!(e instanceof LantianRequestError) || !(e.errors[0] instanceof UnauthenticatedError)) throw e;
  console.log(JSON.stringify({ cities: data.regions.length, code, nameEn: nameEn ?? null, badToken: e.code }));
}
`;

describe("the typed client as a package of its own", () => {
  let hub: TestHub;
  let tmp: string;

  beforeAll(async () => {
    hub = await startTestHub();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-client-consumer-"));
  });
  afterAll(async () => {
    await hub?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("packs, installs into a package outside the repository, compiles with its types and runs a typed query", async () => {
    expect(fs.existsSync(path.join(PACKAGE_DIR, "package.json")), "packages/client/package.json").toBe(true);
    // npm pack runs the package's prepack script (its build) and prints the tarball's name last
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", tmp], { cwd: PACKAGE_DIR, encoding: "utf8" }).trim().split("\n").at(-1)!;
    const tarball = path.join(tmp, packed);
    expect(fs.existsSync(tarball), tarball).toBe(true);
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/dist/client/index.d.ts");
    const files = listing.filter((f) => f && f !== "package/package.json");
    expect(files.filter((f) => !/^package\/dist\/(client|shared)\//.test(f)), "only the client and the shared code it imports").toEqual([]);
    // every package the compiled client requires is a dependency of the client package
    const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const js = files.filter((f) => f.endsWith(".js")).map((f) => execFileSync("tar", ["-xzOf", tarball, f], { encoding: "utf8" }));
    const required = new Set(js.flatMap((text) => [...text.matchAll(/require\("([^."][^"]*)"\)/g)].map((m) => m[1].split("/").slice(0, m[1].startsWith("@") ? 2 : 1).join("/"))));
    expect([...required].filter((p) => !p.startsWith("node:") && !manifest.dependencies[p])).toEqual([]);

    const app = path.join(tmp, "app");
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    fs.writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "nodenext", moduleResolution: "nodenext", strict: true, outDir: "out", types: [] }, include: ["main.ts"] }),
    );
    fs.writeFileSync(path.join(app, "main.ts"), CONSUMER);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, `typescript@${TYPESCRIPT}`], { cwd: app, encoding: "utf8" });

    // compiles with the package's declarations only (no @types/node: the client's types must not need it)
    const tsc = path.join(app, "node_modules", "typescript", "bin", "tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", "."], { cwd: app, encoding: "utf8" });
    } catch (e) {
      throw new Error(`tsc failed in the consumer:\n${(e as { stdout?: string }).stdout}`);
    }
    // asynchronously: the hub answers from this process, which a synchronous child would block
    const { stdout: out } = await run(process.execPath, ["out/main.js"], {
      cwd: app,
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, HUB_URL: hub.url, HUB_TOKEN: await token(Department.ENVIRONMENT, Role.ANALYST) },
    });
    const result = JSON.parse(out.trim().split("\n").at(-1)!);
    expect(result).toEqual({ cities: 18, code: expect.stringMatching(/^41\d{4}$/), nameEn: null, badToken: "UNAUTHENTICATED" });
  }, 120_000);
});
