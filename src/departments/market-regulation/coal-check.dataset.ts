import { ID } from "type-graphql";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { badInput } from "../../common/errors.js";
import { enterprise } from "./enterprise.dataset.js";

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

export const coalCheck = defineDataset({
  dataset: Dataset.COAL_CHECKS,
  sharing: "CONDITIONAL",
  catalogue: "Quality checks of coal sold in the province.",
  name: "CoalCheck",
  description: "A quarterly quality check of the coal burnt at a power plant (电厂燃煤质量抽检): one per plant and quarter.",
  table: "market_regulation.coal_checks",
  key: ["plantCreditCode", "quarter"],
  fields: {
    plantCreditCode: {
      type: "ID",
      description: "Credit code of the plant's operating enterprise.",
      input: "Credit code of the plant's operating enterprise (checked).",
      check: (c, v: string | null) => c.creditCode("plantCreditCode", v),
    },
    quarter: {
      type: "String",
      description: "The quarter checked, written YYYY-Qn, e.g. 2021-Q1.",
      input: "YYYY-Qn, e.g. 2021-Q1; a quarter that has begun.",
      check: (c, v: string | null, { today }) => quarter(c, v, today),
    },
    sulphurPercent: { type: "Float", description: "Total sulphur, % by mass (St,d).", input: "Total sulphur, % by mass, 0–10.", check: (c, v: number | null) => c.number("sulphurPercent", v, 0, 10, "%") },
    ashPercent: { type: "Float", description: "Ash, % by mass (Ad).", input: "Ash, % by mass, 0–60.", check: (c, v: number | null) => c.number("ashPercent", v, 0, 60, "%") },
    calorificValue: {
      type: "Float",
      description: "Net calorific value as received (Qnet,ar), MJ/kg.",
      input: "Net calorific value as received, MJ/kg, 5–35.",
      check: (c, v: number | null) => c.number("calorificValue", v, 5, 35, "MJ/kg"),
    },
  },
  computed: {
    id: {
      type: () => ID,
      description: "The check's identity: plant credit code and quarter, e.g. 91410100MA3X5Y7B2K/2021-Q1.",
      get: (r: { plantCreditCode: string; quarter: string }) => `${r.plantCreditCode}/${r.quarter}`,
    },
  },
  list: {
    query: "coalChecks",
    description: "Quarterly coal-quality checks at power plants, ordered by plant credit code and quarter.",
    nullable: true,
    order: ["plantCreditCode", "quarter"],
    skipEmpty: true,
    filters: {
      creditCode: { type: "ID", description: "The plant's credit code.", where: (code: string) => ({ plantCreditCode: code.toUpperCase() }) },
      quarter: {
        type: "String",
        description: "A quarter, YYYY-Qn.",
        where(value: string) {
          const quarter = value.toUpperCase();
          if (!quarterStart(quarter)) throw badInput(`quarter ${JSON.stringify(value)} is not written YYYY-Qn, e.g. 2021-Q1`, { argument: "filter.quarter" });
          return { quarter };
        },
      },
    },
  },
  history: "Every version of this check, oldest first, the current one last.",
  links: { plant: { by: "plantCreditCode", to: () => enterprise, description: "The plant's operating enterprise; null when it is not in the registry." } },
  listedOn: {
    coalChecks: {
      parent: () => enterprise.entity,
      key: "creditCode",
      by: "plantCreditCode",
      order: { quarter: "desc" },
      description: "Quarterly coal-quality checks of the enterprise's power plant, newest quarter first; empty for other enterprises.",
      nullable: true,
    },
  },
  contribution: {
    mutation: "contributeCoalChecks",
    description: "Contributes quarterly coal-quality checks (market regulation only); upserts by (plantCreditCode, quarter).",
    input: "One quarterly coal-quality check of a power plant. The quarter is a string so that a bad value rejects its row, not the batch.",
  },
});
export type CoalCheck = Row<typeof coalCheck>;

