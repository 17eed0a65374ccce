import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { PhaseOutStatus } from "./phase-out.entity.js";

@InputType({ description: "One truck's phase-out." })
export class PhaseOutInput {
  @Field(() => String, { nullable: true, description: "VIN of the truck (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: "PENDING, SCRAPPED or UPGRADED." })
  status?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future; required when SCRAPPED or UPGRADED, absent when PENDING." })
  completedOn?: string | null;
}

export const phaseOutContribution: ContributionSpec<PhaseOutInput> = {
  dataset: Dataset.PHASE_OUTS,
  table: "transport.phase_outs",
  key: ["vin"],
  columns: [
    { name: "vin", type: "text" },
    { name: "deadline", type: "date" },
    { name: "status", type: "text" },
    { name: "completed_on", type: "date" },
  ],
  validate(r, c, v) {
    const status = c.enumValue("status", r.status, Object.values(PhaseOutStatus));
    const given = Boolean(r.completedOn?.trim());
    let completedOn: string | null = null;
    if (status === PhaseOutStatus.PENDING) {
      // a completion date on a pending truck means one of the two fields is stale: refuse rather than guess
      if (given) c.error("completedOn", "DATES_OUT_OF_ORDER", `a PENDING phase-out cannot have been completed on ${r.completedOn!.trim()}; send status SCRAPPED or UPGRADED, or no completedOn`);
    } else if (status !== null && !given) {
      c.error("completedOn", "REQUIRED", `completedOn is required for a ${status} phase-out: the day it was done (YYYY-MM-DD)`);
    } else if (given) {
      // with a bad status only a date that was sent is checked: its absence is not a second error
      completedOn = c.date("completedOn", r.completedOn, { notAfter: v.today });
    }
    return [c.vin("vin", r.vin), c.date("deadline", r.deadline), status, completedOn];
  },
};
