import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/common/paths.js";

const root = projectRoot();

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

interface CruiseResult {
  summary: { violations: Violation[]; totalCruised: number; ruleSetUsed: { forbidden?: { name: string }[] } };
}

/** dependency-cruiser over src/ with the rules of .dependency-cruiser.cjs (`npm run lint:imports` shows the same). */
function cruise(): CruiseResult {
  const bin = path.join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const out = execFileSync(process.execPath, [bin, "src", "--config", ".dependency-cruiser.cjs", "--output-type", "json", "--no-progress"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as CruiseResult;
}

function describeViolation(v: Violation): string {
  const via = v.cycle?.length ? [v.from, ...v.cycle.map((c) => c.name)].join(" → ") : `${v.from} → ${v.to}`;
  return `${v.rule.name}: ${via}`;
}

describe("import rules (DESIGN.md: departments meet through keys; the pure part, airquality, client and reports import nothing of the server; no circles)", () => {
  let result: CruiseResult;
  beforeAll(() => {
    result = cruise();
  });

  it("cruises all of src/ with every rule", () => {
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    expect(result.summary.ruleSetUsed.forbidden?.map((r) => r.name).sort()).toEqual([
      "airquality-imports-nothing-of-the-server",
      "client-imports-only-client-and-pure",
      "department-imports-no-hub",
      "department-imports-no-other-department",
      "hub-imports-no-department",
      "local-imports-resolve",
      "no-circular",
      "pure-does-no-io",
      "pure-imports-nothing-of-the-server",
      "reports-import-only-client-and-pure",
    ]);
  });

  it("no import breaks a rule", () => {
    expect(result.summary.violations.map(describeViolation).join("\n")).toBe("");
  });
});
