import { Field, Float, InputType, Int } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";
import { REMOTE_SENSING_LIMITS, RemoteSensingResult, type RemoteSensingValueName } from "./vehicle-evidence.entity.js";

@InputType({ description: "The values a remote-sensing test measured; send those the site measures, at least one." })
export class RemoteSensingValuesInput {
  @Field(() => Float, { nullable: true, description: `Nitric oxide, ppm, 0 to ${REMOTE_SENSING_LIMITS.noPpm.toLocaleString("en")}.` })
  noPpm?: number | null;

  @Field(() => Float, { nullable: true, description: `Hydrocarbons, ppm, 0 to ${REMOTE_SENSING_LIMITS.hcPpm.toLocaleString("en")}.` })
  hcPpm?: number | null;

  @Field(() => Float, { nullable: true, description: `Carbon monoxide, % by volume, 0 to ${REMOTE_SENSING_LIMITS.coPercent}.` })
  coPercent?: number | null;

  @Field(() => Float, { nullable: true, description: "Smoke opacity, %, 0 to 100." })
  opacityPercent?: number | null;
}

@InputType({ description: "One remote-sensing test. Times and enums are strings so that a bad value rejects its row, not the batch." })
export class RemoteSensingTestInput {
  @Field(() => String, { nullable: true, description: "The test's id at the remote-sensing network: letters, digits, - and _." })
  testId?: string | null;

  @Field(() => String, { nullable: true, description: "VIN of the tested vehicle (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "The remote-sensing site's name." })
  siteName?: string | null;

  @Field(() => String, { nullable: true, description: "When the vehicle passed: ISO 8601 with an offset, not in the future." })
  at?: string | null;

  @Field(() => String, { nullable: true, description: "PASS or FAIL." })
  result?: string | null;

  @Field(() => RemoteSensingValuesInput, { nullable: true, description: "The measured values, at least one." })
  values?: RemoteSensingValuesInput | null;
}

const VALUE_NAMES = Object.keys(REMOTE_SENSING_LIMITS) as RemoteSensingValueName[];
const VALUE_UNITS: Record<RemoteSensingValueName, string> = { noPpm: "ppm", hcPpm: "ppm", coPercent: "%", opacityPercent: "%" };

/** The measured values as the jsonb text COPY stages (absent ones left out); null with an error when unusable. */
function remoteSensingValues(c: RowCheck, values: RemoteSensingValuesInput | null | undefined): string | null {
  const given = VALUE_NAMES.filter((n) => values?.[n] !== null && values?.[n] !== undefined);
  if (given.length === 0) return c.error("values", "REQUIRED", `values is required: at least one of ${VALUE_NAMES.join(", ")}`);
  const out: Partial<Record<RemoteSensingValueName, number>> = {};
  let ok = true;
  for (const n of given) {
    const v = c.number(`values.${n}`, values![n], 0, REMOTE_SENSING_LIMITS[n], VALUE_UNITS[n]);
    if (v === null) ok = false;
    else out[n] = v;
  }
  return ok ? JSON.stringify(out) : null;
}

export const remoteSensingContribution: ContributionSpec<RemoteSensingTestInput> = {
  dataset: Dataset.REMOTE_SENSING,
  table: "environment.remote_sensing_tests",
  key: ["test_id"],
  columns: [
    { name: "test_id", type: "text" },
    { name: "vin", type: "text" },
    { name: "site_name", type: "text" },
    { name: "at", type: "timestamptz" },
    { name: "result", type: "text" },
    { name: "measured_values", type: "jsonb" },
  ],
  validate(r, c, v) {
    return [
      c.code("testId", r.testId),
      c.vin("vin", r.vin),
      c.text("siteName", r.siteName),
      c.dateTime("at", r.at, { notAfter: v.now }),
      c.enumValue("result", r.result, Object.values(RemoteSensingResult)),
      remoteSensingValues(c, r.values),
    ];
  },
};

@InputType({ description: "One black-smoke capture." })
export class BlackSmokeCaptureInput {
  @Field(() => String, { nullable: true, description: "The capture's id at the camera network: letters, digits, - and _." })
  captureId?: string | null;

  @Field(() => String, { nullable: true, description: "VIN of the captured vehicle (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "The plate the camera read (checked)." })
  plate?: string | null;

  @Field(() => String, { nullable: true, description: "When: ISO 8601 with an offset, not in the future." })
  at?: string | null;

  @Field(() => String, { nullable: true, description: "The camera's site." })
  cameraSite?: string | null;

  @Field(() => Int, { nullable: true, description: "Ringelmann level, 0 to 5." })
  ringelmann?: number | null;
}

export const blackSmokeContribution: ContributionSpec<BlackSmokeCaptureInput> = {
  dataset: Dataset.BLACK_SMOKE,
  table: "environment.black_smoke_captures",
  key: ["capture_id"],
  columns: [
    { name: "capture_id", type: "text" },
    { name: "vin", type: "text" },
    { name: "plate", type: "text" },
    { name: "at", type: "timestamptz" },
    { name: "camera_site", type: "text" },
    { name: "ringelmann", type: "integer" },
  ],
  validate(r, c, v) {
    return [
      c.code("captureId", r.captureId),
      c.vin("vin", r.vin),
      c.plate("plate", r.plate),
      c.dateTime("at", r.at, { notAfter: v.now }),
      c.text("cameraSite", r.cameraSite),
      c.number("ringelmann", r.ringelmann, 0, 5, "(Ringelmann level)"),
    ];
  },
};

const MAX_FAULT_FLAGS = 50;
const MAX_FAULT_FLAG_LENGTH = 64;
export const MAX_NOX_PPM = 5_000;

@InputType({ description: "One OBD record of a heavy diesel truck." })
export class ObdRecordInput {
  @Field(() => String, { nullable: true, description: "VIN of the truck (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "When the truck recorded it: ISO 8601 with an offset, not in the future." })
  at?: string | null;

  @Field(() => Float, { nullable: true, description: `NOx at the tailpipe sensor, ppm, 0 to ${MAX_NOX_PPM.toLocaleString("en")}.` })
  noxPpm?: number | null;

  // items themselves nullable, so a null entry rejects its row rather than failing the whole batch's coercion
  @Field(() => [String], {
    nullable: "itemsAndList",
    description: `Fault codes flagged, at most ${MAX_FAULT_FLAGS} of at most ${MAX_FAULT_FLAG_LENGTH} characters (letters, digits, - and _); empty or absent when none.`,
  })
  faultFlags?: (string | null)[] | null;
}

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

export const obdRecordContribution: ContributionSpec<ObdRecordInput> = {
  dataset: Dataset.OBD_RECORDS,
  table: "environment.obd_records",
  key: ["vin", "at"],
  columns: [
    { name: "vin", type: "text" },
    { name: "at", type: "timestamptz" },
    { name: "nox_ppm", type: "double precision" },
    { name: "fault_flags", type: "jsonb" },
  ],
  validate(r, c, v) {
    return [c.vin("vin", r.vin), c.dateTime("at", r.at, { notAfter: v.now }), c.number("noxPpm", r.noxPpm, 0, MAX_NOX_PPM, "ppm"), faultFlags(c, r.faultFlags)];
  },
};
