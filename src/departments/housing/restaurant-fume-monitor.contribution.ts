import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";

@InputType({ description: "The online cooking-fume monitor of one large restaurant." })
export class RestaurantFumeMonitorInput {
  @Field(() => String, { nullable: true, description: "Credit code of the restaurant's enterprise (checked)." })
  creditCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The monitor is installed and connected." })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: "When the monitor last sent data: ISO 8601 with an offset, not in the future; absent when it never has." })
  lastDataAt?: string | null;
}

export const restaurantFumeMonitorContribution: ContributionSpec<RestaurantFumeMonitorInput> = {
  dataset: Dataset.RESTAURANT_FUME_MONITORS,
  table: "housing.restaurant_fume_monitors",
  key: ["credit_code"],
  columns: [
    { name: "credit_code", type: "text" },
    { name: "online", type: "boolean" },
    { name: "last_data_at", type: "timestamptz" },
  ],
  validate(r, c, v) {
    const online = r.online ?? c.error("online", "REQUIRED", "online is required: true when the monitor is connected, false when not");
    // optional: only a time that was sent is checked
    const lastDataAt = r.lastDataAt?.trim() ? c.dateTime("lastDataAt", r.lastDataAt, { notAfter: v.now }) : null;
    return [c.creditCode("creditCode", r.creditCode), online, lastDataAt];
  },
};
