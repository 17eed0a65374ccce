import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { Contributed } from "../../common/provenance.js";
import { regionByCode } from "../../common/regions.data.js";
import { WarningLevel } from "./warning.entity.js";
import { Shared } from "../../common/sharing.js";

export enum MeasureKind {
  CUT = "CUT",
  HALT = "HALT",
  SELF_DETERMINED = "SELF_DETERMINED",
}
registerEnumType(MeasureKind, {
  name: "MeasureKind",
  description: "CUT: reduce production by a share; HALT: stop (counted as an 80% cut when judged); SELF_DETERMINED: A and LEADING firms choose their own.",
});

/** HALT is judged as an 80% cut: a halted plant still draws power for safety, heating and lighting. */
export const HALT_AS_CUT = 0.8;

@Shared(Dataset.EMERGENCY_LIST)
@ObjectType({ description: "The measure an enterprise owes at a warning level." })
export class EmergencyMeasure {
  @Field(() => MeasureKind) kind!: MeasureKind;
  @Field(() => Float, { nullable: true, description: "The required reduction, 0..1, for CUT (and 0.8 for HALT); null when self-determined." }) reduction!: number | null;
}

/** Measures are stored as text: "CUT:0.3", "HALT", "SELF_DETERMINED". */
export function parseMeasure(stored: string): EmergencyMeasure {
  if (stored === MeasureKind.HALT) return { kind: MeasureKind.HALT, reduction: HALT_AS_CUT };
  if (stored === MeasureKind.SELF_DETERMINED) return { kind: MeasureKind.SELF_DETERMINED, reduction: null };
  return { kind: MeasureKind.CUT, reduction: Number(stored.slice(4)) };
}

@Shared(Dataset.EMERGENCY_LIST)
@ObjectType({ description: "An enterprise on a year's emergency reduction list (应急减排清单), with the measure it owes per warning level." })
@Entity({ tableName: "emergency_list", schema: "environment" })
export class EmergencyListEntry extends Contributed {
  @Field(() => Int)
  @PrimaryKey({ type: "integer" })
  year!: number;

  @Field()
  @PrimaryKey({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Property({ fieldName: "city_code", type: "text" })
  cityCode!: string;

  @Property({ type: "text" })
  yellow!: string;

  @Property({ type: "text" })
  orange!: string;

  @Property({ type: "text" })
  red!: string;

  measureAt(level: WarningLevel): EmergencyMeasure {
    return parseMeasure(level === WarningLevel.YELLOW ? this.yellow : level === WarningLevel.ORANGE ? this.orange : this.red);
  }
}

@InputType({ description: "One enterprise on a year's emergency list. A measure is a reduction like \"30%\", or HALT, or SELF_DETERMINED (A and LEADING firms)." })
export class EmergencyListInput {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true, description: "Credit code (checked)." }) creditCode?: string | null;
  @Field(() => String, { nullable: true, description: "The city whose warnings bind the firm." }) cityCode?: string | null;
  @Field(() => String, { nullable: true }) yellow?: string | null;
  @Field(() => String, { nullable: true }) orange?: string | null;
  @Field(() => String, { nullable: true }) red?: string | null;
}

const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s*%$/;

export const emergencyListContribution: ContributionSpec<EmergencyListInput> = {
  dataset: Dataset.EMERGENCY_LIST,
  table: "environment.emergency_list",
  key: ["year", "credit_code"],
  columns: [
    { name: "year", type: "integer" },
    { name: "credit_code", type: "text" },
    { name: "city_code", type: "text" },
    { name: "yellow", type: "text" },
    { name: "orange", type: "text" },
    { name: "red", type: "text" },
  ],
  validate(r, c) {
    const measure = (field: string, v: string | null | undefined): string | null => {
      const s = v?.trim().toUpperCase();
      if (!s) return c.error(field, "REQUIRED", `${field} is required: a reduction like "30%", HALT or SELF_DETERMINED`);
      if (s === MeasureKind.HALT || s === MeasureKind.SELF_DETERMINED) return s;
      const m = PERCENT.exec(s);
      if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) return c.error(field, "BAD_FORMAT", `${field} ${JSON.stringify(v)} is not a reduction like "30%" (above 0, at most 100), HALT or SELF_DETERMINED`);
      return `CUT:${Number(m[1]) / 100}`;
    };
    const city = c.region("cityCode", r.cityCode);
    if (city && regionByCode(city)?.level !== "CITY") c.error("cityCode", "BAD_FORMAT", `cityCode ${city} is not a city; warnings are issued per city`);
    const levels = [measure("yellow", r.yellow), measure("orange", r.orange), measure("red", r.red)];
    const selfDetermined = levels.filter((l) => l === MeasureKind.SELF_DETERMINED).length;
    if (selfDetermined > 0 && selfDetermined < 3) c.error("yellow", "BAD_FORMAT", "SELF_DETERMINED (A and LEADING firms) applies at every level or at none");
    const year = r.year === null || r.year === undefined ? c.error("year", "REQUIRED", "year is required") : c.number("year", r.year, 2015, 2100);
    return [year, c.creditCode("creditCode", r.creditCode), city, ...levels];
  },
};
