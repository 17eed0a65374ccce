import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { Vehicle, vinFilter } from "./vehicle.reference.js";

const MAX_FAULT_FLAGS = 50;
const MAX_FAULT_FLAG_LENGTH = 64;
export const MAX_NOX_PPM = 5_000;

/** The fault flags, trimmed, as the jsonb text COPY stages; null with an error when one is unusable. */
function faultFlags(c: RowCheck, flags: (string | null)[] | null | undefined): string | null {
  if (!flags || flags.length === 0) return "[]";
  if (flags.length > MAX_FAULT_FLAGS) return c.error("faultFlags", "TOO_LONG", `faultFlags has ${flags.length} entries; at most ${MAX_FAULT_FLAGS} are allowed`);
  const out: string[] = [];
  for (const [i, flag] of flags.entries()) {
    const s = flag?.trim();
    if (!s) return c.error("faultFlags", "REQUIRED", `faultFlags[${i}] is empty; send each fault code as text, or an empty list when there is none`);
    if (s.length > MAX_FAULT_FLAG_LENGTH) return c.error("faultFlags", "TOO_LONG", `faultFlags[${i}] is ${s.length} characters; at most ${MAX_FAULT_FLAG_LENGTH} are allowed`);
    if (!/^[A-Za-z0-9_-]+$/.test(s)) return c.error("faultFlags", "BAD_CHARACTER", `faultFlags[${i}] ${JSON.stringify(s)} may contain only letters, digits, - and _`);
    out.push(s.toUpperCase());
  }
  return JSON.stringify(out);
}

export const obdRecords = defineDataset({
  dataset: Dataset.OBD_RECORDS,
  sharing: "CONDITIONAL",
  catalogue: "On-board diagnostics records sent by heavy vehicles.",
  name: "ObdRecord",
  description: "A record a heavy diesel truck's on-board diagnostics sent to the remote monitoring platform (OBD 远程在线监控).",
  table: "environment.obd_records",
  key: ["vin", "at"],
  fields: {
    vin: { type: "ID", description: "VIN of the truck.", input: "VIN of the truck (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    at: {
      type: "DateTime",
      description: "When the truck recorded it; one record per truck and instant.",
      input: "When the truck recorded it: ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, { now }) => c.dateTime("at", v, { notAfter: now }),
    },
    noxPpm: {
      type: "Float",
      description: "NOx at the tailpipe sensor, ppm (0 to 5,000).",
      input: `NOx at the tailpipe sensor, ppm, 0 to ${MAX_NOX_PPM.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("noxPpm", v, 0, MAX_NOX_PPM, "ppm"),
    },
    faultFlags: {
      type: "String",
      list: true,
      entityType: "json",
      description: "The fault codes the OBD flagged (e.g. P20EE, SCR efficiency below threshold); empty when none.",
      input: `Fault codes flagged, at most ${MAX_FAULT_FLAGS} of at most ${MAX_FAULT_FLAG_LENGTH} characters (letters, digits, - and _); empty or absent when none.`,
      check: (c, v: (string | null)[] | null) => faultFlags(c, v),
    },
  },
  computed: {
    vehicle: { type: () => Vehicle, nullable: true, description: "The truck (registered with public security); null when not registered.", get: (o: { vin: string }) => ({ vin: o.vin }) },
  },
  indexes: [["at", "vin"]],
  list: {
    query: "obdRecords",
    description: "OBD records of heavy diesel trucks, oldest first.",
    nullable: true,
    order: ["at", "vin"],
    filters: {
      vin: vinFilter,
      // the jsonb array is empty exactly when no fault was flagged
      withFaults: { type: "Boolean", description: "true: only records with fault flags; false: only records without.", where: (withFaults: boolean) => ({ faultFlags: withFaults ? { $ne: [] } : { $eq: [] } }) },
      ...periodFilters("at", "DateTime"),
    },
  },
  history: "Every version of this record, oldest first.",
  contribution: {
    mutation: "contributeObdRecords",
    description: "Contributes OBD records (environment only); upserts by (vin, at).",
    input: "One OBD record of a heavy diesel truck.",
  },
});
export type ObdRecord = Row<typeof obdRecords>;
