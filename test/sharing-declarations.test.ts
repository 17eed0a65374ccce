import "reflect-metadata";
import { isNonNullType, isObjectType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildFederatedSchema, printSubgraphSdl } from "../src/common/federation.js";
import { sharingDeclarations } from "../src/common/sharing-enforcement.js";
import { SharingClass } from "../src/common/datasets.js";
import { HUB, SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { SUBGRAPH_DEFINITIONS } from "../src/gateway/subgraphs.js";

const schemas = Object.fromEntries(SUBGRAPH_IDS.map((s) => [s, buildFederatedSchema(SUBGRAPH_DEFINITIONS[s])])) as Record<string, GraphQLSchema>;

describe("sharing declarations", () => {
  it.each(SUBGRAPH_IDS)("every field of %s has a sharing class", (d) => {
    const undeclared: string[] = [];
    for (const [type, fields] of sharingDeclarations(schemas[d])) {
      for (const [field, decl] of fields) if (!decl) undeclared.push(`${type}.${field}`);
    }
    expect(undeclared).toEqual([]);
  });

  it.each(SUBGRAPH_IDS)("%s: a field that may be refused is nullable, so the rest of the answer is still served", (d) => {
    const schema = schemas[d];
    const mustBeNullable: string[] = [];
    for (const [typeName, fields] of sharingDeclarations(schema)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const [name, decl] of fields) {
        if (!decl?.dataset || decl.sharingClass === SharingClass.OPEN) continue;
        const field = type.getFields()[name];
        // Inside a CONDITIONAL type, and inside an envelope (a connection, an edge), every field passes once
        // the field leading there has passed: the fields that lead in are the ones that must be nullable.
        const typeDataset = typeDeclDataset(schema, typeName);
        if (typeDataset === "ENVELOPE") continue;
        const entry = typeDataset !== decl.dataset || decl.sharingClass === SharingClass.RESTRICTED;
        if (entry && isNonNullType(field.type) && !(decl.sharingClass === SharingClass.RESTRICTED && decl.mask)) mustBeNullable.push(`${typeName}.${name}`);
      }
    }
    expect(mustBeNullable.join("\n")).toEqual("");
  });

  it("the @sharing directive is printed in each subgraph's SDL", () => {
    for (const s of SUBGRAPH_IDS) {
      const sdl = printSubgraphSdl(schemas[s]);
      expect(sdl, subgraphSlug(s)).toContain("directive @sharing(");
      // the hub's own types are envelopes: its records (grants, audit, usage) belong to no dataset
      if (s === HUB) expect(sdl, "hub").not.toMatch(/@sharing\(dataset: [A-Z_]+,/);
      else expect(sdl, subgraphSlug(s)).toMatch(/@sharing\(dataset: [A-Z_]+, class: (OPEN|CONDITIONAL|RESTRICTED)/);
    }
  });
});

function typeDeclDataset(schema: GraphQLSchema, typeName: string): string | null {
  const type = schema.getType(typeName);
  const d = type?.astNode?.directives?.find((x) => x.name.value === "sharing");
  if (!d) return null;
  const v = d.arguments?.find((a) => a.name.value === "dataset")?.value;
  return v?.kind === "EnumValue" ? v.value : "ENVELOPE";
}
