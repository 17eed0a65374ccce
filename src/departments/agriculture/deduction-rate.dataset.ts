import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";

/** Above this a rate is a typing error (the plan's is 500,000 CNY a fire point). */
const MAX_RATE_CNY = 100_000_000;

/**
 * The straw-burning deduction (秸秆焚烧扣减地方财力) as data: each rate applies from its effective date until
 * the next one, so a changed rule is a contribution, not a release, and past years keep the rate they had.
 * The 2021 plan's rate is written by agriculture's migration (it is the plan's text, not demo data).
 */
export const deductionRate = defineDataset({
  dataset: Dataset.STRAW_BURNING_DEDUCTION_RATES,
  sharing: "OPEN",
  catalogue: "The straw-burning deduction per confirmed fire point (秸秆焚烧扣减地方财力) and the dates it applies from.",
  name: "StrawBurningDeductionRate",
  description: "A rate of the straw-burning deduction: CNY taken from a county's finances per confirmed fire point, from its effective date until the next rate's.",
  table: "agriculture.straw_burning_deduction_rates",
  key: ["effectiveFrom"],
  fields: {
    effectiveFrom: {
      type: "Date",
      description: "First China-time day the rate applies to (by a fire point's detection date).",
      input: "YYYY-MM-DD; may be in the future for an announced change.",
      check: (c, v: string | null) => c.date("effectiveFrom", v),
    },
    cnyPerConfirmedFirePoint: {
      type: "Float",
      description: "CNY deducted per confirmed fire point.",
      input: `CNY per confirmed fire point, 0 to ${MAX_RATE_CNY.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("cnyPerConfirmedFirePoint", v, 0, MAX_RATE_CNY, "CNY"),
    },
    sourceClause: {
      type: "String",
      description: "The clause that sets the rate, quoted.",
      input: "The clause that sets the rate, quoted (at most 500 characters).",
      check: (c, v: string | null) => c.text("sourceClause", v, 500),
    },
  },
  list: {
    query: "strawBurningDeductionRates",
    description: "The straw-burning deduction's rates, oldest first.",
    order: ["effectiveFrom"],
  },
  history: "Every version of this rate, oldest first.",
  contribution: {
    mutation: "contributeStrawBurningDeductionRates",
    description: "Contributes straw-burning deduction rates (agriculture only); upserts by effective date.",
    input: "One rate of the straw-burning deduction.",
  },
});
export type StrawBurningDeductionRate = Row<typeof deductionRate>;

/** The rate in force on a China-time date: the latest whose effective date is not after it; 0 before the first. */
export function rateOn(rates: readonly { effectiveFrom: string; cnyPerConfirmedFirePoint: number }[], chinaDate: string): number {
  let inForce: (typeof rates)[number] | undefined;
  for (const r of rates) if (r.effectiveFrom <= chinaDate && (!inForce || r.effectiveFrom > inForce.effectiveFrom)) inForce = r;
  return inForce?.cnyPerConfirmedFirePoint ?? 0;
}
