import fs from "node:fs";
import { parseArgs } from "node:util";
import { parse, type OperationDefinitionNode, Kind } from "graphql";
import { connect, CONNECTION_OPTIONS, UsageError } from "./connection.js";

export const QUERY_USAGE = `lantian query <file.graphql> [--var name=value ...] [--operation Name] [--out file] [--url U] [--token T]

  Runs an ad-hoc operation and prints its data as JSON. A value that parses as JSON is sent as such
  (--var first=10, --var filter='{"regionCode":"410100"}'), anything else as a string.`;

export async function runQuery(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...CONNECTION_OPTIONS, var: { type: "string", multiple: true }, operation: { type: "string" }, out: { type: "string" } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(`query: expected one <file.graphql>\n\n${QUERY_USAGE}`);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const text = fs.readFileSync(file, "utf8");
  const ops = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length === 0) throw new UsageError(`${file}: no operation`);
  if (ops.length > 1 && !values.operation) throw new UsageError(`${file}: ${ops.length} operations; choose one with --operation`);
  const variables: Record<string, unknown> = {};
  for (const spec of values.var ?? []) {
    const eq = spec.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var ${spec}: expected name=value`);
    const raw = spec.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      /* a plain string */
    }
    variables[spec.slice(0, eq)] = value;
  }
  const data = await connect(values).requestText(text, variables, values.operation ?? ops[0].name?.value);
  const json = JSON.stringify(data, null, 2) + "\n";
  if (values.out) fs.writeFileSync(values.out, json);
  else process.stdout.write(json);
  return 0;
}
