import fs from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, ReportOptionError, REPORTS, type ReportFormat } from "../reports/index.js";
import { connect, CONNECTION_OPTIONS, UsageError } from "./connection.js";

export const REPORT_NAMES = Object.keys(REPORTS);

export function reportUsage(): string {
  return [
    "lantian report <name> [options] [--format table|csv|json] [--out file] [--url U] [--token T]",
    "",
    ...Object.values(REPORTS).map(
      (r) => `  ${r.name} ${Object.entries(r.options).map(([k, o]) => `--${k} <${o.description}>`).join(" ")}\n      ${r.description}`,
    ),
  ].join("\n");
}

export async function runReport(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const report = name ? REPORTS[name] : undefined;
  if (!report) throw new UsageError(name ? `unknown report ${name} (one of ${REPORT_NAMES.join(", ")})` : `report: a name is required (one of ${REPORT_NAMES.join(", ")})`);
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      ...CONNECTION_OPTIONS,
      format: { type: "string", default: "table" },
      out: { type: "string" },
      ...Object.fromEntries(Object.keys(report.options).map((k) => [k, { type: "string" as const }])),
    },
  });
  const format = values.format as ReportFormat;
  if (!["table", "csv", "json"].includes(format)) throw new UsageError(`--format ${format}: table, csv or json`);
  const options: Record<string, string> = {};
  for (const [k, o] of Object.entries(report.options)) {
    const v = (values as Record<string, string | undefined>)[k] ?? o.default;
    if (v === undefined && o.required) throw new UsageError(`report ${report.name}: --${k} is required (${o.description})`);
    if (v !== undefined) options[k] = v;
  }
  try {
    const result = await report.run(connect(values), options);
    const text = formatReport(result, format);
    if (values.out) fs.writeFileSync(values.out, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (e instanceof ReportOptionError) throw new UsageError(e.message);
    throw e;
  }
}
