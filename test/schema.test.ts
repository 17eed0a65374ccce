import fs from "node:fs";
import path from "node:path";
import { parse, Kind, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/common/paths.js";
import { composeSchemas } from "../src/gateway/compose.js";

const schemaDir = path.join(projectRoot(), "schema");
const composed = composeSchemas();
const REFRESH = "run `npm run schema` and commit schema/";

describe("the checked-in schema is the code's schema", () => {
  for (const [slug, sdl] of Object.entries(composed.subgraphs)) {
    it(`schema/${slug}.graphql`, () => {
      const file = path.join(schemaDir, `${slug}.graphql`);
      expect(fs.existsSync(file), `schema/${slug}.graphql is missing: ${REFRESH}`).toBe(true);
      expect(fs.readFileSync(file, "utf8"), `schema/${slug}.graphql differs from the code: ${REFRESH}`).toBe(sdl.trimEnd() + "\n");
    });
  }
  it("schema/supergraph.graphql", () => {
    expect(fs.readFileSync(path.join(schemaDir, "supergraph.graphql"), "utf8"), `supergraph differs: ${REFRESH}`).toBe(composed.supergraph.trimEnd() + "\n");
  });
  it("schema/api.graphql", () => {
    expect(fs.readFileSync(path.join(schemaDir, "api.graphql"), "utf8"), `api schema differs: ${REFRESH}`).toBe(composed.api.trimEnd() + "\n");
  });
});

describe("ownership", () => {
  it("gives every entity exactly one owning subgraph; the others only extend it by its key", () => {
    const owners = new Map<string, string[]>();
    for (const [slug, sdl] of Object.entries(composed.subgraphs)) {
      for (const def of parse(sdl).definitions) {
        if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
        const keys = (def as ObjectTypeDefinitionNode).directives?.filter((d) => d.name.value === "key") ?? [];
        if (keys.length === 0) continue;
        const resolvable = keys.some((k) => !k.arguments?.some((a) => a.name.value === "resolvable" && a.value.kind === Kind.BOOLEAN && !a.value.value));
        const fields = (def as ObjectTypeDefinitionNode).fields?.map((f) => f.name.value) ?? [];
        // the owner declares more than the key: name, status, ... (an extension adds its own fields too,
        // so ownership is read from the base fields the hub's table names)
        if (resolvable) owners.set(def.name.value, [...(owners.get(def.name.value) ?? []), `${slug}:${fields.join(",")}`]);
      }
    }
    const baseField: Record<string, [string, string]> = {
      Region: ["environment", "name"],
      Enterprise: ["market-regulation", "name"],
      Vehicle: ["public-security", "vehicleType"],
      MonitoringStation: ["environment", "name"],
      ConstructionSite: ["housing", "name"],
      FuelStation: ["market-regulation", "name"],
      Checkpoint: ["public-security", "name"],
      FirePoint: ["agriculture", "detectedAt"],
    };
    for (const [type, [owner, field]] of Object.entries(baseField)) {
      const declaring = (owners.get(type) ?? []).filter((o) => o.split(":")[1].split(",").includes(field)).map((o) => o.split(":")[0]);
      expect(declaring, `${type}.${field}`).toEqual([owner]);
    }
  });
});
