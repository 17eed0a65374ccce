import fs from "node:fs";
import { Readable, pipeline } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";

/** One CSV record and the 1-based line of the file it starts on (header = line 1 in a plain file). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * The records of RFC 4180 CSV text given in chunks (csv-parse): fields separated by commas, records by LF, CRLF or
 * CR; a quoted field may hold commas, line breaks and doubled quotes (""). A byte-order mark is dropped, blank lines
 * are skipped, records may have any number of fields, and a stray quote in a field is kept as text.
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  // csv-parse counts a CRLF inside a quoted field as two lines, so lines are counted here: a record starts on the
  // line after the previous one ends and the blank lines skipped between them
  let end = 0;
  let blank = 0;
  const lines: number[] = []; // of the records parsed and not yet read
  const on_record = (fields: string[], { empty_lines }: { empty_lines: number }): string[] => {
    lines.push(end + 1 + empty_lines - blank);
    end = lines[lines.length - 1] + fields.reduce((n, f) => n + (f.match(/\r\n?|\n/g)?.length ?? 0), 0);
    blank = empty_lines;
    return fields;
  };
  const options = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"], on_record };
  try {
    for await (const fields of pipeline(Readable.from(chunks), parse(options), () => {}) as AsyncIterable<string[]>) yield { line: lines.shift()!, fields };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = end + 1 + Number(e.empty_lines) - blank;
    throw new Error(`CSV line ${line}: ${e.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is not closed before the end of the file" : e.message}`);
  }
}

/** Streams a CSV file's records. */
export function readCsv(file: string): AsyncGenerator<CsvRecord> {
  return parseCsv(fs.createReadStream(file, { encoding: "utf8" }) as AsyncIterable<string>);
}

type Value = string | number | null | undefined;

/** CSV text of records (csv-stringify): a field is quoted when it holds a comma, a quote or a line break, or starts or ends with white space. */
export function csvText(records: Value[][]): string {
  return stringify(records, { quoted_match: /^\s|\s$/ });
}

export function csvLine(values: Value[]): string {
  return csvText([values]);
}
