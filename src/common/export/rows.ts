// Rows of COPY's text format turned into an export file's lines, when the file cannot be COPY's own CSV: a
// JSONL file (COPY's text escapes backslashes, and it has no JSON), or a CSV with masked fields (the mask is
// the API's, a JavaScript function). Each row is decoded into its values first, so both are written from the
// values, never from COPY's escaped text.
import { Transform, type TransformCallback } from "node:stream";
import type { FieldType } from "../dataset.js";

/** One column of the file: its name, how its text becomes a JSON value, and how its value is shown (a mask). */
export interface RowColumn {
  name: string;
  type: FieldType;
  list: boolean;
  /** the value as the requester may see it (the API's mask), when it is not the value itself */
  show?: (value: unknown) => unknown;
}

const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

/** A value of COPY's text format: `\N` is null; backslash escapes undone (octal and hex too, though PostgreSQL writes neither). */
export function copyTextValue(text: string): string | null {
  if (text === "\\N") return null;
  if (!text.includes("\\")) return text;
  return text.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) =>
    e.length > 1 || /[0-7]/.test(e) ? String.fromCharCode(e[0] === "x" ? parseInt(e.slice(1), 16) : parseInt(e, 8)) : (ESCAPES[e] ?? e),
  );
}

/** A column's text (as the export's SELECT writes it) as the JSON value the API answers. */
function typed(column: RowColumn, text: string): unknown {
  if (column.list || column.type === "JSON") return JSON.parse(text);
  switch (column.type) {
    case "Int":
    case "Float":
      return Number(text);
    case "Boolean":
      return text === "true";
    default:
      return text;
  }
}

/** A CSV cell as PostgreSQL's CSV writes one: null empty, the empty text quoted, quotes doubled where needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (s === "") return '""';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A transform from COPY's text output (chunks that may split a row) to the file's lines: a CSV header and rows,
 * or one JSON object per row.
 */
export class CopyTextTo extends Transform {
  private rest: Buffer | undefined;

  constructor(
    private readonly columns: readonly RowColumn[],
    private readonly format: "CSV" | "JSONL",
  ) {
    super();
    if (format === "CSV") this.push(`${columns.map((c) => csvCell(c.name)).join(",")}\n`);
  }

  private line(text: string): string {
    const fields = text.split("\t");
    if (this.format === "CSV") {
      let out = "";
      for (let i = 0; i < fields.length; i++) {
        const c = this.columns[i];
        const v = copyTextValue(fields[i]);
        out += (i ? "," : "") + csvCell(c.show ? c.show(v) : v);
      }
      return `${out}\n`;
    }
    const row: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const c = this.columns[i];
      const v = copyTextValue(fields[i]);
      const value = v === null ? null : typed(c, v);
      row[c.name] = c.show ? c.show(value) : value;
    }
    return `${JSON.stringify(row)}\n`;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
      let out = "";
      let start = 0;
      // COPY's text escapes newlines within values: every newline byte ends a row
      for (let end = buf.indexOf(10, start); end !== -1; end = buf.indexOf(10, start)) {
        out += this.line(buf.toString("utf8", start, end));
        start = end + 1;
      }
      this.rest = start < buf.length ? buf.subarray(start) : undefined;
      if (out) this.push(out);
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    if (this.rest?.length) return done(new Error("COPY output ended within a row"));
    done();
  }
}
