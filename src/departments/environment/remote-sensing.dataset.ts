import { Field, Float, InputType, ObjectType } from "type-graphql";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { Shared } from "../../common/sharing.js";
import { Vehicle, vinFilter } from "./vehicle.reference.js";

export const RemoteSensingResult = defineEnum(
  "RemoteSensingResult",
  {
    PASS: "The vehicle's exhaust was within the remote-sensing limits.",
    FAIL: "The vehicle's exhaust exceeded the remote-sensing limits (a screened high emitter).",
  },
  "Whether a remote-sensing test found the vehicle within the limits of HJ 845-2017 (diesel) or GB 18285-2018 (petrol).",
);
export type RemoteSensingResult = EnumOf<typeof RemoteSensingResult>;

/** Plausible upper bounds of the measured values; above them is a unit error. */
export const REMOTE_SENSING_LIMITS = { noPpm: 10_000, hcPpm: 10_000, coPercent: 15, opacityPercent: 100 } as const;
type RemoteSensingValueName = keyof typeof REMOTE_SENSING_LIMITS;
const VALUE_NAMES = Object.keys(REMOTE_SENSING_LIMITS) as RemoteSensingValueName[];
const VALUE_UNITS: Record<RemoteSensingValueName, string> = { noPpm: "ppm", hcPpm: "ppm", coPercent: "%", opacityPercent: "%" };

@Shared(Dataset.REMOTE_SENSING)
@ObjectType({ description: "What a remote-sensing test measured; a value the site did not measure is null." })
export class RemoteSensingValues {
  @Field(() => Float, { nullable: true, description: "Nitric oxide, ppm." })
  noPpm?: number | null;

  @Field(() => Float, { nullable: true, description: "Hydrocarbons, ppm." })
  hcPpm?: number | null;

  @Field(() => Float, { nullable: true, description: "Carbon monoxide, % by volume." })
  coPercent?: number | null;

  @Field(() => Float, { nullable: true, description: "Smoke opacity (不透光度), %." })
  opacityPercent?: number | null;
}

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

export const remoteSensingTests = defineDataset({
  dataset: Dataset.REMOTE_SENSING,
  sharing: "CONDITIONAL",
  catalogue: "Roadside remote-sensing tests of vehicle exhaust.",
  name: "RemoteSensingTest",
  description: "A roadside remote-sensing test of a passing vehicle's exhaust (遥感监测).",
  table: "environment.remote_sensing_tests",
  key: ["testId"],
  fields: {
    testId: {
      type: "ID",
      description: "The test's id at the remote-sensing network.",
      input: "The test's id at the remote-sensing network: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("testId", v),
    },
    vin: { type: "ID", description: "VIN of the tested vehicle.", input: "VIN of the tested vehicle (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    siteName: {
      type: "String",
      description: "The remote-sensing site, e.g. 郑州G107国道遥感点.",
      input: "The remote-sensing site's name.",
      check: (c, v: string | null) => c.text("siteName", v),
    },
    at: {
      type: "DateTime",
      description: "When the vehicle passed the site.",
      input: "When the vehicle passed: ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, { now }) => c.dateTime("at", v, { notAfter: now }),
    },
    result: { type: "String", description: "Whether the vehicle's exhaust was within the remote-sensing limits (HJ 845-2017 diesel, GB 18285-2018 petrol).", enum: RemoteSensingResult },
    values: {
      type: "JSON",
      column: "measured_values",
      entityType: "json",
      graphql: () => RemoteSensingValues,
      description: "The measured values.",
      inputType: () => RemoteSensingValuesInput,
      input: "The measured values, at least one.",
      check: (c, v: RemoteSensingValuesInput | null) => remoteSensingValues(c, v),
    },
  },
  computed: {
    vehicle: {
      type: () => Vehicle,
      nullable: true,
      description: "The tested vehicle (registered with public security); null when not registered.",
      get: (t: { vin: string }) => ({ vin: t.vin }),
    },
  },
  indexes: [["vin", "at"], ["at", "testId"]],
  list: {
    query: "remoteSensingTests",
    description: "Remote-sensing tests, oldest first.",
    nullable: true,
    order: ["at", "testId"],
    filterName: "RemoteSensingFilter",
    filters: {
      vin: vinFilter,
      result: { type: "String", enum: RemoteSensingResult },
      ...periodFilters("at", "DateTime"),
    },
  },
  byKey: { query: "remoteSensingTest", description: "One remote-sensing test, by its id." },
  history: "Every version of this test record, oldest first.",
  listedOn: {
    remoteSensing: { parent: () => Vehicle, key: "vin", by: "vin", order: { at: "desc", testId: "desc" }, description: "The vehicle's remote-sensing tests, newest first." },
  },
  contribution: {
    mutation: "contributeRemoteSensingTests",
    description: "Contributes remote-sensing tests (environment only); upserts by test id.",
    input: "One remote-sensing test. Times and enums are strings so that a bad value rejects its row, not the batch.",
  },
});
export type RemoteSensingTest = Row<typeof remoteSensingTests>;
