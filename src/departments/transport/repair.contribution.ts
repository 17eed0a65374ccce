import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";

const MAX_ITEMS = 50;
const MAX_ITEM_LENGTH = 200;

@InputType({ description: "One repair at an M station." })
export class RepairInput {
  @Field(() => String, { nullable: true, description: "The station's repair-order number." })
  repairNo?: string | null;

  @Field(() => String, { nullable: true, description: "VIN of the repaired vehicle (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "Code of the M station: letters, digits, - and _." })
  stationCode?: string | null;

  @Field(() => String, { nullable: true, description: "When the repair was finished: ISO 8601 with an offset, not in the future." })
  repairedAt?: string | null;

  // items themselves nullable, so a null entry rejects its row rather than failing the whole batch's coercion
  @Field(() => [String], { nullable: "itemsAndList", description: `What was repaired or replaced: 1 to ${MAX_ITEMS} entries of at most ${MAX_ITEM_LENGTH} characters.` })
  items?: (string | null)[] | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the retest passed; null or absent while not yet retested." })
  retestPassed?: boolean | null;
}

/** The repair items, trimmed, as the jsonb text COPY stages; null when the list is missing or bad. */
function checkItems(c: RowCheck, items: (string | null)[] | null | undefined): string | null {
  if (!items || items.length === 0) return c.error("items", "REQUIRED", "items is required: at least one repaired or replaced item");
  if (items.length > MAX_ITEMS) return c.error("items", "TOO_LONG", `items has ${items.length} entries; at most ${MAX_ITEMS} are allowed`);
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    const s = item?.trim();
    if (!s) return c.error("items", "REQUIRED", `items[${i}] is empty; send each repaired item as text`);
    if (s.length > MAX_ITEM_LENGTH) return c.error("items", "TOO_LONG", `items[${i}] is ${s.length} characters; at most ${MAX_ITEM_LENGTH} are allowed`);
    out.push(s);
  }
  return JSON.stringify(out);
}

export const repairContribution: ContributionSpec<RepairInput> = {
  dataset: Dataset.REPAIRS,
  table: "transport.repairs",
  key: ["repair_no"],
  columns: [
    { name: "repair_no", type: "text" },
    { name: "vin", type: "text" },
    { name: "station_code", type: "text" },
    { name: "repaired_at", type: "timestamptz" },
    { name: "items", type: "jsonb" },
    { name: "retest_passed", type: "boolean" },
  ],
  validate(r, c, v) {
    return [
      c.code("repairNo", r.repairNo),
      c.vin("vin", r.vin),
      c.code("stationCode", r.stationCode),
      c.dateTime("repairedAt", r.repairedAt, { notAfter: v.now }),
      checkItems(c, r.items),
      r.retestPassed ?? null,
    ];
  },
};
