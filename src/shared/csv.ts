// CSV as the hub writes it (imports' rejects, reports): pure, so the CLI and the reports share it.
import { stringify } from "csv-stringify/sync";

type Value = string | number | null | undefined;

/** CSV text of records (csv-stringify): a field is quoted when it holds a comma, a quote or a line break, or starts or ends with white space. */
export function csvText(records: Value[][]): string {
  return stringify(records, { quoted_match: /^\s|\s$/ });
}

export function csvLine(values: Value[]): string {
  return csvText([values]);
}
