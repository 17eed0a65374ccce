import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";

@InputType({ description: "One quarterly coal-quality check of a power plant. The quarter is a string so that a bad value rejects its row, not the batch." })
export class CoalCheckInput {
  @Field(() => String, { nullable: true, description: "Credit code of the plant's operating enterprise (checked)." })
  plantCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-Qn, e.g. 2021-Q1; a quarter that has begun." })
  quarter?: string | null;

  @Field(() => Float, { nullable: true, description: "Total sulphur, % by mass, 0–10." })
  sulphurPercent?: number | null;

  @Field(() => Float, { nullable: true, description: "Ash, % by mass, 0–60." })
  ashPercent?: number | null;

  @Field(() => Float, { nullable: true, description: "Net calorific value as received, MJ/kg, 5–35." })
  calorificValue?: number | null;
}

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

/** The first day of a YYYY-Qn quarter, or null when it is not one. */
export function quarterStart(quarter: string): string | null {
  const m = QUARTER_RE.exec(quarter);
  return m ? `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01` : null;
}

function quarter(c: RowCheck, value: string | null | undefined, today: string): string | null {
  const s = value?.trim().toUpperCase();
  if (!s) return c.error("quarter", "REQUIRED", "quarter is required (YYYY-Qn, e.g. 2021-Q1)");
  const start = quarterStart(s);
  if (start === null) return c.error("quarter", "BAD_PERIOD", `quarter ${JSON.stringify(value)} is not written YYYY-Qn with n from 1 to 4, e.g. 2021-Q1`);
  if (start > today) return c.error("quarter", "FUTURE_TIME", `quarter ${s} has not begun (today is ${today})`);
  return s;
}

export const coalCheckContribution: ContributionSpec<CoalCheckInput> = {
  dataset: Dataset.COAL_CHECKS,
  table: "market_regulation.coal_checks",
  key: ["plant_credit_code", "quarter"],
  columns: [
    { name: "plant_credit_code", type: "text" },
    { name: "quarter", type: "text" },
    { name: "sulphur_percent", type: "double precision" },
    { name: "ash_percent", type: "double precision" },
    { name: "calorific_value", type: "double precision" },
  ],
  validate(r, c, v) {
    return [
      c.creditCode("plantCreditCode", r.plantCreditCode),
      quarter(c, r.quarter, v.today),
      c.number("sulphurPercent", r.sulphurPercent, 0, 10, "%"),
      c.number("ashPercent", r.ashPercent, 0, 60, "%"),
      c.number("calorificValue", r.calorificValue, 5, 35, "MJ/kg"),
    ];
  },
};
