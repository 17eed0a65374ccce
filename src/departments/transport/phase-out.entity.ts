import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum PhaseOutStatus {
  PENDING = "PENDING",
  SCRAPPED = "SCRAPPED",
  UPGRADED = "UPGRADED",
}
registerEnumType(PhaseOutStatus, {
  name: "PhaseOutStatus",
  description: "Where a truck's phase-out stands.",
  valuesConfig: {
    PENDING: { description: "Still operating as it was." },
    SCRAPPED: { description: "Scrapped (报废) or otherwise taken off the road for good." },
    UPGRADED: { description: "Retrofitted or re-powered to a stage that may keep operating." },
  },
});

@Shared(Dataset.PHASE_OUTS)
@ObjectType({
  description: "The phase-out (淘汰) of an operating diesel truck of 国三 (CN3) or below: the deadline it has and whether it was met.",
})
@Entity({ tableName: "phase_outs", schema: "transport" })
@Index({ properties: ["deadline", "vin"] })
export class PhaseOut extends Contributed {
  @Field(() => ID, { description: "VIN of the truck; one phase-out per truck." })
  @PrimaryKey({ type: "text" })
  vin!: string;

  @Field(() => DateScalar, { description: "The day by which the truck must be scrapped or upgraded." })
  @Property({ type: "date" })
  deadline!: string;

  @Field(() => PhaseOutStatus)
  @Property({ type: "text" })
  status!: PhaseOutStatus;

  @Field(() => DateScalar, { nullable: true, description: "The day it was scrapped or upgraded; null while PENDING." })
  @Property({ fieldName: "completed_on", type: "date", nullable: true })
  completedOn!: string | null;
}
