import { csvText } from "../shared/csv.js";
import { Withheld, type Cell, type Column, type ReportResult } from "./report.js";

export type ReportFormat = "table" | "csv" | "json";

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function display(value: Cell, column: Column): string {
  if (value instanceof Withheld) return "withheld";
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") {
    if (column.percent) return `${(value * 100).toFixed(column.digits ?? 1)}%`;
    if (column.digits !== undefined) return value.toLocaleString("en-US", { minimumFractionDigits: column.digits, maximumFractionDigits: column.digits });
    return String(value);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value;
}

export function formatReport(r: ReportResult, format: ReportFormat): string {
  if (format === "json") {
    // a withheld cell is null (Withheld.toJSON); `withheld` names the columns that have one, so a null there
    // is not read as "no data"
    const withheld = Object.keys(r.rows[0] ?? {}).filter((k) => r.rows.some((row) => row[k] instanceof Withheld));
    return JSON.stringify({ report: r.name, title: r.title, parameters: r.parameters, rows: r.rows, ...(withheld.length ? { withheld } : {}), notes: r.notes }, null, 2) + "\n";
  }
  if (format === "csv") {
    return csvText([r.columns.map((c) => c.key), ...r.rows.map((row) => r.columns.map((c) => (row[c.key] === null || row[c.key] === undefined || row[c.key] instanceof Withheld ? "" : String(row[c.key]))))]);
  }
  const cells = r.rows.map((row) => r.columns.map((c) => display(row[c.key], c)));
  const widths = r.columns.map((c, i) => Math.max(width(c.header), ...cells.map((line) => width(line[i]))));
  const numeric = r.columns.map((c) => r.rows.some((row) => typeof row[c.key] === "number"));
  const pad = (s: string, i: number) => (numeric[i] ? " ".repeat(widths[i] - width(s)) + s : s + " ".repeat(widths[i] - width(s)));
  const params = Object.entries(r.parameters)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  const out = [`${r.title}${params ? ` (${params})` : ""}`, "", r.columns.map((c, i) => pad(c.header, i)).join("  "), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const line of cells) out.push(line.map(pad).join("  ").trimEnd());
  out.push("", `${r.rows.length} row(s)`);
  for (const n of r.notes) out.push(`note: ${n}`);
  return out.join("\n") + "\n";
}
