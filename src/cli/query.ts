import fs from "node:fs";
import { parseArgs } from "node:util";
import { GraphQLError, Kind, parse, type DocumentNode, type OperationDefinitionNode, type TypeNode } from "graphql";
import { connect, CONNECTION_OPTIONS, InputError, UsageError } from "./connection.js";

export const QUERY_USAGE = `lantian query <file.graphql> [--var name=value ...] [--operation Name] [--out file] [--url U] [--token T]

  Runs an ad-hoc operation and prints its data as JSON. Each --var is typed by the operation's declaration
  of it: ID, String, enums and other scalars are sent as the text given (--var code=914101009134205449 stays
  those digits); Int, Float and Boolean are parsed (--var first=10); input objects and lists are JSON
  (--var filter='{"regionCode":"410100"}', --var codes='["410100","410200"]').`;

/** Strips NON_NULL wrappers: what a value given on the command line must be. */
function named(type: TypeNode): TypeNode {
  return type.kind === Kind.NON_NULL_TYPE ? type.type : type;
}

/**
 * One --var's value, typed by the variable's declaration. Only the operation is known here, not the schema,
 * so a named type other than the built-in scalars (an enum, an input object, Date, JSON) is JSON when the value
 * looks like an object or a list, else the text itself. Never a number for an ID or a String: JSON.parse would
 * turn 914101009134205449 into 914101009134205400.
 */
export function typedVariable(spec: string, name: string, raw: string, type: TypeNode): unknown {
  const t = named(type);
  const json = (what: string) => {
    try {
      return JSON.parse(raw);
    } catch (e) {
      throw new UsageError(`--var ${spec}: $${name} is ${what}, given as JSON (${(e as Error).message})`);
    }
  };
  if (t.kind === Kind.LIST_TYPE) return json("a list");
  if (t.kind !== Kind.NAMED_TYPE) return raw;
  switch (t.name.value) {
    case "ID":
    case "String":
      return raw;
    case "Int":
      if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new UsageError(`--var ${spec}: $${name} is an Int`);
      return Number(raw);
    case "Float":
      if (raw.trim() === "" || !Number.isFinite(Number(raw))) throw new UsageError(`--var ${spec}: $${name} is a Float`);
      return Number(raw);
    case "Boolean":
      if (raw !== "true" && raw !== "false") throw new UsageError(`--var ${spec}: $${name} is a Boolean (true or false)`);
      return raw === "true";
    default:
      return /^\s*[[{]/.test(raw) ? json(`a ${t.name.value}`) : raw;
  }
}

/** The document, or a one-line error at file:line:col for a syntax error. */
function parseFile(file: string, text: string): DocumentNode {
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const at = e.locations?.[0];
    throw new InputError(`${file}${at ? `:${at.line}:${at.column}` : ""}: ${e.message}`);
  }
}

export async function runQuery(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...CONNECTION_OPTIONS, var: { type: "string", multiple: true }, operation: { type: "string" }, out: { type: "string" } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(`query: expected one <file.graphql>`);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const text = fs.readFileSync(file, "utf8");
  const ops = parseFile(file, text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length === 0) throw new InputError(`${file}: no operation`);
  if (ops.length > 1 && !values.operation) throw new UsageError(`${file}: ${ops.length} operations; choose one with --operation`);
  const op = values.operation ? ops.find((o) => o.name?.value === values.operation) : ops[0];
  if (!op) throw new UsageError(`--operation ${values.operation}: ${file} has ${ops.map((o) => o.name?.value ?? "(anonymous)").join(", ")}`);
  const declared = new Map((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.type]));
  const variables: Record<string, unknown> = {};
  for (const spec of values.var ?? []) {
    const eq = spec.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var ${spec}: expected name=value`);
    const name = spec.slice(0, eq);
    const type = declared.get(name);
    if (!type) {
      const names = [...declared.keys()].map((n) => `$${n}`).join(", ");
      throw new UsageError(`--var ${spec}: the operation declares no $${name}${names ? ` (it declares ${names})` : ""}`);
    }
    variables[name] = typedVariable(spec, name, spec.slice(eq + 1), type);
  }
  const data = await connect(values).requestText(text, variables, op.name?.value);
  const json = JSON.stringify(data, null, 2) + "\n";
  if (values.out) fs.writeFileSync(values.out, json);
  else process.stdout.write(json);
  return 0;
}
