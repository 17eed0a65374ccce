import fs from "node:fs";
import path from "node:path";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/common/paths.js";

/**
 * The public API documents itself: every type, field, argument, input field and enum value of
 * schema/api.graphql (what a client's tooling shows) has a description, and one that says more than the
 * element's name. The descriptions are written at their source (dataset declarations, decorators,
 * defineEnum, the engine's derived types); schema/ is generated from them.
 */

const api = buildSchema(fs.readFileSync(path.join(projectRoot(), "schema", "api.graphql"), "utf8"));

/** The words of a name: `regionCode` → "region code", `PUBLIC_SECURITY` → "public security", `CN6B` → "cn6b". */
export const wordsOf = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase()
    .trim();

/** A description with its punctuation, markup and articles taken out, for comparing with a name. */
const normalise = (d: string) =>
  d
    .toLowerCase()
    .replace(/[`*_.,:;!?()"'[\]-]/g, " ")
    .replace(/\b(the|a|an|its|of)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Why a description does not do, or null when it does. */
export function descriptionProblem(name: string, description: string | null | undefined): string | null {
  const d = description?.trim() ?? "";
  if (!d) return "no description";
  if (d.length < name.length) return `description shorter than the name: ${JSON.stringify(d)}`;
  const n = normalise(d);
  if (n === normalise(wordsOf(name)) || n === name.toLowerCase()) return `description only repeats the name: ${JSON.stringify(d)}`;
  return null;
}

type Kind = "type" | "field" | "argument" | "input field" | "enum value";
interface Element {
  kind: Kind;
  path: string;
  name: string;
  description: string | null | undefined;
}

/**
 * Every element of the API: named types other than the built-in scalars (String, Int, …) and the
 * introspection types (__Type, …), which graphql-js documents. The API schema is the supergraph's public
 * face: the federation machinery (join__*, link__*, _Service, _entities) is not in it, and is checked
 * not to be.
 */
function elements(): Element[] {
  const out: Element[] = [];
  const types = Object.values(api.getTypeMap()).filter((t: GraphQLNamedType) => !isSpecifiedScalarType(t) && !isIntrospectionType(t));
  for (const t of types) {
    out.push({ kind: "type", path: t.name, name: t.name, description: t.description });
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields())) {
        out.push({ kind: "field", path: `${t.name}.${f.name}`, name: f.name, description: f.description });
        for (const a of f.args) out.push({ kind: "argument", path: `${t.name}.${f.name}(${a.name})`, name: a.name, description: a.description });
      }
    } else if (isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) out.push({ kind: "input field", path: `${t.name}.${f.name}`, name: f.name, description: f.description });
    } else if (isEnumType(t)) {
      for (const v of t.getValues()) out.push({ kind: "enum value", path: `${t.name}.${v.name}`, name: v.name, description: v.description });
    }
  }
  return out;
}

describe("descriptions of schema/api.graphql", () => {
  it("has no federation internals in the public API", () => {
    const internal = Object.keys(api.getTypeMap()).filter((n) => /^(join__|link__|_Service$|_Entity$|_Any$|federation__)/.test(n));
    expect(internal).toEqual([]);
  });

  it("tells a description that repeats the name from one that says more", () => {
    expect(descriptionProblem("regionCode", "Region code.")).not.toBeNull();
    expect(descriptionProblem("PUBLIC_SECURITY", "Public security")).not.toBeNull();
    expect(descriptionProblem("CN1", "国一")).not.toBeNull();
    expect(descriptionProblem("name", null)).not.toBeNull();
    expect(descriptionProblem("regionCode", "The county's GB/T 2260 code.")).toBeNull();
    expect(descriptionProblem("CN1", "China I (国一).")).toBeNull();
  });

  it("describes every type, field, argument, input field and enum value", () => {
    const all = elements();
    const missing = all.map((e) => ({ ...e, problem: descriptionProblem(e.name, e.description) })).filter((e) => e.problem);
    const kinds: Kind[] = ["type", "field", "argument", "input field", "enum value"];
    const counts = Object.fromEntries(kinds.map((k) => [k, { missing: missing.filter((e) => e.kind === k).length, of: all.filter((e) => e.kind === k).length }]));
    const list = missing.map((e) => `${e.kind} ${e.path}: ${e.problem}`).join("\n");
    expect(missing.length, `undescribed in schema/api.graphql (${JSON.stringify(counts)}); describe them at their source and run \`npm run schema\`:\n${list}`).toBe(0);
  });
});
