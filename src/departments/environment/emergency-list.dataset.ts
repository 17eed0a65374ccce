import { Field, Float, ObjectType } from "type-graphql";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionByCode } from "../../shared/regions.data.js";
import { Shared } from "../../common/sharing.js";
import { Enterprise } from "./enterprise.extension.js";
import { WarningLevel } from "./warning.entity.js";

export const MeasureKind = defineEnum(
  "MeasureKind",
  {
    CUT: "Reduce production by the measure's share (限产).",
    HALT: "Stop production (停产); counted as an 80% cut when compliance is judged.",
    SELF_DETERMINED: "The enterprise chooses its own reductions (自主减排): A and LEADING grades.",
  },
  "CUT: reduce production by a share; HALT: stop (counted as an 80% cut when judged); SELF_DETERMINED: A and LEADING firms choose their own.",
);
export type MeasureKind = EnumOf<typeof MeasureKind>;

/** HALT is judged as an 80% cut: a halted plant still draws power for safety, heating and lighting. */
export const HALT_AS_CUT = 0.8;

@Shared(Dataset.EMERGENCY_LIST)
@ObjectType({ description: "The measure an enterprise owes at a warning level." })
export class EmergencyMeasure {
  @Field(() => MeasureKind, { description: "Cut production by a share, halt it, or self-determined reductions (A and LEADING firms)." }) kind!: MeasureKind;
  @Field(() => Float, { nullable: true, description: "The required reduction, 0..1, for CUT (and 0.8 for HALT); null when self-determined." }) reduction!: number | null;
}

/** Measures are stored as text: "CUT:0.3", "HALT", "SELF_DETERMINED". */
export function parseMeasure(stored: string): EmergencyMeasure {
  if (stored === MeasureKind.HALT) return { kind: MeasureKind.HALT, reduction: HALT_AS_CUT };
  if (stored === MeasureKind.SELF_DETERMINED) return { kind: MeasureKind.SELF_DETERMINED, reduction: null };
  return { kind: MeasureKind.CUT, reduction: Number(stored.slice(4)) };
}

export function measureAt(e: Record<"yellow" | "orange" | "red", string>, level: WarningLevel): EmergencyMeasure {
  return parseMeasure(level === WarningLevel.YELLOW ? e.yellow : level === WarningLevel.ORANGE ? e.orange : e.red);
}

const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s*%$/;

/** A measure as contributed ("30%", HALT, SELF_DETERMINED) to its stored text. */
function measure(c: RowCheck, field: string, v: string | null | undefined): string | null {
  const s = v?.trim().toUpperCase();
  if (!s) return c.error(field, "REQUIRED", `${field} is required: a reduction like "30%", HALT or SELF_DETERMINED`);
  if (s === MeasureKind.HALT || s === MeasureKind.SELF_DETERMINED) return s;
  const m = PERCENT.exec(s);
  if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) return c.error(field, "BAD_FORMAT", `${field} ${JSON.stringify(v)} is not a reduction like "30%" (above 0, at most 100), HALT or SELF_DETERMINED`);
  return `CUT:${Number(m[1]) / 100}`;
}

const measureOf = (level: WarningLevel) => ({ type: () => EmergencyMeasure, description: `The measure the enterprise owes while a ${level.toLowerCase()} warning is in force in its city.`, get: (e: Record<"yellow" | "orange" | "red", string>) => measureAt(e, level) });

export const emergencyList = defineDataset({
  dataset: Dataset.EMERGENCY_LIST,
  sharing: "OPEN",
  catalogue: "The emergency emission-reduction list: firms and the measure each owes per warning level.",
  name: "EmergencyListEntry",
  description: "An enterprise on a year's emergency reduction list (应急减排清单), with the measure it owes per warning level.",
  table: "environment.emergency_list",
  key: ["year", "creditCode"],
  fields: {
    year: { type: "Int", description: "The year whose emergency reduction list this entry is on.", input: "The year of the list, 2015 to 2100.", check: (c, v: number | null) => c.number("year", v, 2015, 2100) },
    creditCode: { type: "String", description: "The listed enterprise's unified social credit code.", input: "Credit code (checked).", check: (c, v: string | null) => c.creditCode("creditCode", v) },
    cityCode: {
      type: "String",
      hidden: true,
      input: "The city whose warnings bind the firm.",
      check: (c, v: string | null) => {
        const city = c.region("cityCode", v);
        if (city && regionByCode(city)?.level !== "CITY") c.error("cityCode", "BAD_FORMAT", `cityCode ${city} is not a city; warnings are issued per city`);
        return city;
      },
    },
    yellow: { type: "String", hidden: true, input: 'The measure at a yellow warning: a reduction like "30%", HALT or SELF_DETERMINED.', check: (c, v: string | null) => measure(c, "yellow", v) },
    orange: { type: "String", hidden: true, input: 'The measure at an orange warning: a reduction like "30%", HALT or SELF_DETERMINED.', check: (c, v: string | null) => measure(c, "orange", v) },
    red: {
      type: "String",
      hidden: true,
      input: 'The measure at a red warning: a reduction like "50%", HALT or SELF_DETERMINED (at every level or at none).',
      check: (c, v: string | null, _v, _r, { yellow, orange }) => {
        const red = measure(c, "red", v);
        const selfDetermined = [yellow, orange, red].filter((l) => l === MeasureKind.SELF_DETERMINED).length;
        if (selfDetermined > 0 && selfDetermined < 3) c.error("yellow", "BAD_FORMAT", "SELF_DETERMINED (A and LEADING firms) applies at every level or at none");
        return red;
      },
    },
  },
  computed: {
    yellowMeasure: measureOf(WarningLevel.YELLOW),
    orangeMeasure: measureOf(WarningLevel.ORANGE),
    redMeasure: measureOf(WarningLevel.RED),
    enterprise: {
      type: () => Enterprise,
      nullable: true,
      description: "Null when the registry does not know the credit code.",
      get: (e: { creditCode: string }) => ({ creditCode: e.creditCode }),
    },
  },
  list: {
    query: "emergencyList",
    description: "The emergency reduction lists, by year and credit code.",
    order: ["year", "creditCode"],
    filterArgs: true,
    filters: {
      year: { type: "Int", description: "Only the list of this year.", where: (year: number) => (year ? { year } : undefined) },
      cityCode: { type: "ID", description: "Only enterprises bound by this city's warnings (its GB/T 2260 code)." },
    },
  },
  history: "Every version of this listing, oldest first.",
  contribution: {
    mutation: "contributeEmergencyList",
    description: "Contributes the emergency reduction list (environment only); upserts by (year, credit code).",
    inputName: "EmergencyListInput",
    input: "One enterprise on a year's emergency list. A measure is a reduction like \"30%\", or HALT, or SELF_DETERMINED (A and LEADING firms).",
  },
});
export type EmergencyListEntry = Row<typeof emergencyList>;
