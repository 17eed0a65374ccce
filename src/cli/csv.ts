import fs from "node:fs";

/** One CSV record and the 1-based line of the file it starts on (header = line 1 in a plain file). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Streams the records of an RFC 4180 CSV file: fields separated by commas, records by LF or CRLF; a field in
 * double quotes may hold commas, line breaks and doubled quotes (""). A UTF-8 byte-order mark is dropped.
 * A quote inside an unquoted field is kept as text; text after a closing quote is an error naming its line.
 */
export async function* readCsv(file: string, options: { highWaterMark?: number } = {}): AsyncGenerator<CsvRecord> {
  const stream = fs.createReadStream(file, { encoding: "utf8", highWaterMark: options.highWaterMark ?? 1 << 16 });
  const parser = new CsvParser();
  let first = true;
  for await (let chunk of stream as AsyncIterable<string>) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    yield* parser.push(chunk);
  }
  yield* parser.end();
}

/** The incremental state machine behind readCsv; push chunks, then end(). */
export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private quoted = false; // inside a quoted field
  private afterQuote = false; // a quoted field just closed
  private pendingCR = false;
  private line = 1; // current physical line
  private recordLine = 1; // line the current record started on
  private started = false; // the current record has any content

  *push(chunk: string): Generator<CsvRecord> {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === "\n") {
          i++;
          continue;
        }
      }
      if (this.quoted) {
        // fast path: copy up to the next quote
        const q = chunk.indexOf('"', i);
        if (q === -1) {
          this.countLines(chunk, i, n);
          this.field += chunk.slice(i);
          return;
        }
        this.countLines(chunk, i, q);
        this.field += chunk.slice(i, q);
        i = q + 1;
        if (i === n) {
          // a quote at the chunk's end: an escaped quote or the closing one; decide with the next chunk
          this.quoted = false;
          this.afterQuote = true;
          return;
        }
        if (chunk[i] === '"') {
          this.field += '"';
          i++;
        } else {
          this.quoted = false;
          this.afterQuote = true;
        }
        continue;
      }
      if (this.afterQuote) {
        if (c === '"') {
          // "" split across chunks: an escaped quote, still inside the field
          this.field += '"';
          this.afterQuote = false;
          this.quoted = true;
          i++;
          continue;
        }
        if (c !== "," && c !== "\n" && c !== "\r") throw new Error(`CSV line ${this.line}: text after a closing quote`);
        this.afterQuote = false;
      }
      if (c === ",") {
        this.fields.push(this.field);
        this.field = "";
        this.started = true;
        i++;
      } else if (c === "\n" || c === "\r") {
        const rec = this.finishRecord();
        this.line++;
        this.recordLine = this.line;
        if (c === "\r") this.pendingCR = true;
        i++;
        if (rec) yield rec;
      } else if (c === '"' && this.field === "" && !this.afterQuote) {
        this.quoted = true;
        this.started = true;
        i++;
      } else {
        // plain run up to the next delimiter
        let j = i;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === 44 /* , */ || d === 10 || d === 13) break;
          j++;
        }
        this.field += chunk.slice(i, j);
        this.started = true;
        i = j;
      }
    }
  }

  *end(): Generator<CsvRecord> {
    if (this.quoted) throw new Error(`CSV line ${this.recordLine}: a quoted field is not closed before the end of the file`);
    this.afterQuote = false;
    const rec = this.finishRecord();
    if (rec) yield rec;
  }

  private finishRecord(): CsvRecord | null {
    if (!this.started && this.field === "" && this.fields.length === 0) return null; // blank line
    this.fields.push(this.field);
    const rec = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = "";
    this.started = false;
    return rec;
  }

  private countLines(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 10) this.line++;
      else if (c === 13 && s.charCodeAt(k + 1) !== 10) this.line++;
    }
  }
}

/** One CSV field, quoted when it needs to be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",") + "\n";
}
