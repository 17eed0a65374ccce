import { Field, InputType } from "type-graphql";
import type { ContributionSpec, ReferenceCheck } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";
import { DUST_MEASURES } from "./dust-check.entity.js";

/** Dust datasets name the site they are about; it must be registered with the housing department. */
export const SITE_REFERENCE: ReferenceCheck = { column: "site_code", field: "siteCode", table: "housing.construction_sites", keyColumn: "code", what: "construction site" };

@InputType({ description: "One \"six 100%\" (六个百分之百) dust-control inspection of a construction site. Each measure: true when in place." })
export class DustCheckInput {
  @Field(() => String, { nullable: true, description: "The inspection record's identifier: letters, digits, - and _." })
  checkId?: string | null;

  @Field(() => String, { nullable: true, description: "A registered construction site." })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future." })
  checkedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: "围挡: fenced all round." })
  fencing?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "物料堆放覆盖: stockpiles covered." })
  coveredStockpiles?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "路面硬化: roads hardened." })
  hardenedRoads?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "出入车辆清洗: vehicles washed." })
  vehicleWashing?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "土方开挖湿法作业: earthwork done wet." })
  wetEarthwork?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "渣土车辆密闭运输: muck trucks sealed." })
  sealedTransport?: boolean | null;

  @Field(() => String, { nullable: true, description: "Name of the inspector." })
  inspector?: string | null;
}

function measure(c: RowCheck, field: string, v: boolean | null | undefined): boolean | null {
  if (v === null || v === undefined) return c.error(field, "REQUIRED", `${field} is required: true when the measure is in place, false when not`);
  return v;
}

export const dustCheckContribution: ContributionSpec<DustCheckInput> = {
  dataset: Dataset.DUST_CHECKS,
  table: "housing.dust_checks",
  key: ["check_id"],
  columns: [
    { name: "check_id", type: "text" },
    { name: "site_code", type: "text" },
    { name: "checked_on", type: "date" },
    ...DUST_MEASURES.map((m) => ({ name: m.column, type: "boolean" as const })),
    { name: "inspector", type: "text" },
  ],
  references: [SITE_REFERENCE],
  validate(r, c, v) {
    return [
      c.code("checkId", r.checkId),
      c.code("siteCode", r.siteCode),
      c.date("checkedOn", r.checkedOn, { notAfter: v.today }),
      ...DUST_MEASURES.map((m) => measure(c, m.field, r[m.field])),
      c.text("inspector", r.inspector, 100),
    ];
  },
};
