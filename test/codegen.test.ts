import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/common/paths.js";
import type { GateRecordRow, VehicleRow } from "../src/client/index.js";

const root = projectRoot();
const REFRESH = "run `npm run codegen` and commit src/client/generated/";

describe("the committed typed client is what codegen makes of schema/api.graphql and schema/operations", () => {
  it("regenerates identically into a temporary folder", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, "codegen.yml") });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-codegen-"));
    try {
      const generates: typeof config.generates = {};
      const targets = new Map<string, string>();
      for (const [file, output] of Object.entries(config.generates)) {
        const out = path.join(tmp, file);
        targets.set(out, path.join(root, file));
        // plugins given by path resolve against the project, not the temporary folder
        const o = output as { plugins?: unknown[] };
        generates[out] = { ...o, plugins: o.plugins?.map((p) => (typeof p === "string" && p.startsWith("./") ? path.join(root, p) : p)) } as never;
      }
      const prev = process.cwd();
      process.chdir(root);
      try {
        await generate({ ...config, cwd: root, silent: true, generates }, true);
      } finally {
        process.chdir(prev);
      }
      expect(targets.size).toBeGreaterThan(0);
      for (const [fresh, committed] of targets) {
        expect(fs.existsSync(committed), `${path.relative(root, committed)} is missing: ${REFRESH}`).toBe(true);
        expect(fs.readFileSync(committed, "utf8"), `${path.relative(root, committed)} differs from a fresh codegen: ${REFRESH}`).toBe(fs.readFileSync(fresh, "utf8"));
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("names every saved operation, one operation per file, named after the file", () => {
    const dir = path.join(root, "schema", "operations");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const ops = [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^\s*(query|mutation|subscription)\s+(\w+)/gm)];
      expect(ops.map((m) => m[2]), f).toEqual([f.replace(/\.graphql$/, "")]);
    }
  });
});

describe("the client's contribution rows", () => {
  it("type enum-valued fields as their enums' values, so a typo fails to compile (tsc checks this file)", () => {
    const ok: GateRecordRow = { creditCode: "91410100MA44L4Q37K", direction: "IN", emissionStage: "CN6A" };
    // @ts-expect-error SIDEWAYS is no GateDirection: the input takes text, the client's row does not
    const typo: GateRecordRow = { direction: "SIDEWAYS" };
    // @ts-expect-error CN7 is no EmissionStage
    const vehicle: VehicleRow = { emissionStage: "CN7" };
    expect([ok.direction, typo.direction, vehicle.emissionStage]).toEqual(["IN", "SIDEWAYS", "CN7"]);
  });
});
