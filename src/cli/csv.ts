import fs from "node:fs";
import { Readable, pipeline } from "node:stream";
import { TextDecoder } from "node:util";
import { CsvError, parse } from "csv-parse";
import { UsageError } from "./connection.js";

/**
 * One CSV record and the 1-based line of the file it starts on (header = line 1 in a plain file). A record that
 * cannot be read has no fields and says why in `unreadable`: the caller reports it as that row's problem and reads on.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
  unreadable?: string;
}

/**
 * The records of RFC 4180 CSV text given in chunks (csv-parse): fields separated by commas, records by LF, CRLF or
 * CR; a quoted field may hold commas, line breaks and doubled quotes (""). A byte-order mark is dropped, blank lines
 * are skipped, records may have any number of fields, and a stray quote in a field is kept as text. A record csv-parse
 * cannot read (a quote not closed before the end of the file) comes as an unreadable record, not an exception, so
 * one bad row does not hide the others' problems.
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  // csv-parse counts a CRLF inside a quoted field as two lines, so lines are counted here: a record starts on the
  // line after the previous one ends and the blank lines skipped between them
  let end = 0;
  let blank = 0;
  // the records parsed and not yet read, in file order: read ones and skipped (unreadable) ones alike
  const pending: CsvRecord[] = [];
  const on_record = (fields: string[], { empty_lines }: { empty_lines: number }): string[] => {
    const line = end + 1 + empty_lines - blank;
    end = line + fields.reduce((n, f) => n + (f.match(/\r\n?|\n/g)?.length ?? 0), 0);
    blank = empty_lines;
    pending.push({ line, fields });
    return fields;
  };
  const on_skip = (e: CsvError | undefined): undefined => {
    const line = end + 1 + Number(e?.empty_lines ?? 0) - blank;
    end = Number(e?.lines ?? line);
    blank = Number(e?.empty_lines ?? 0);
    const why = e?.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field opened in this row is not closed before the end of the file" : (e?.message ?? "not CSV");
    pending.push({ line, fields: [], unreadable: why });
    return undefined;
  };
  const options = {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    on_record,
    on_skip,
  };
  for await (const _ of pipeline(Readable.from(chunks), parse(options), () => {}) as AsyncIterable<string[]>) {
    while (pending.length) yield pending.shift()!;
  }
  while (pending.length) yield pending.shift()!;
}

/** UTF-8 when the file is valid UTF-8, else GB18030: Excel on Chinese Windows writes CSV in GBK, which GB18030 extends. */
export async function detectEncoding(file: string): Promise<"utf-8" | "gb18030"> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const bytes of fs.createReadStream(file) as AsyncIterable<Buffer>) utf8.decode(bytes, { stream: true });
    utf8.decode();
    return "utf-8";
  } catch (e) {
    if ((e as { code?: string }).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw e;
    return "gb18030";
  }
}

/** A strict decoder for an encoding label (utf-8, gb18030, gbk, big5, …); a UsageError for a label Node does not know. */
export function csvDecoder(label: string): TextDecoder {
  let d: TextDecoder;
  try {
    d = new TextDecoder(label, { fatal: true });
  } catch {
    throw new UsageError(`--encoding ${label}: not an encoding this Node knows (utf-8, gb18030, gbk, big5, …)`);
  }
  // Node's "gbk" is ICU's, not WHATWG's (which is the GB18030 decoder): GB18030 reads all of GBK
  return d.encoding === "gbk" ? new TextDecoder("gb18030", { fatal: true }) : d;
}

/**
 * Streams a CSV file's records, decoded from `encoding` (by default detected) with Node's TextDecoder (ICU), which
 * decodes a multi-byte sequence split across read chunks correctly; iconv-lite 0.7.3's streaming GB18030 decoder does
 * not (pillarjs/iconv-lite#417). UTF-8 is read strictly: a file that is not UTF-8 is the wrong --encoding, said once
 * for the file. Other encodings are read leniently, each byte sequence that is not text in them becoming U+FFFD, and a
 * record holding one is unreadable: that row is reported and the others are read.
 */
export async function* readCsv(file: string, encoding?: string): AsyncGenerator<CsvRecord> {
  const strict = csvDecoder(encoding ?? (await detectEncoding(file)));
  const lenient = strict.encoding !== "utf-8";
  const decoder = lenient ? new TextDecoder(strict.encoding) : strict;
  async function* text(): AsyncGenerator<string> {
    try {
      for await (const bytes of fs.createReadStream(file) as AsyncIterable<Buffer>) yield decoder.decode(bytes, { stream: true });
      yield decoder.decode();
    } catch (e) {
      if ((e as { code?: string }).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw e;
      throw new Error(`not ${decoder.encoding.toUpperCase()} text; --encoding names the file's encoding`);
    }
  }
  for await (const rec of parseCsv(text())) {
    if (lenient && rec.fields.some((f) => f.includes("\uFFFD"))) yield { line: rec.line, fields: [], unreadable: `bytes that are not ${decoder.encoding.toUpperCase()} text` };
    else yield rec;
  }
}
