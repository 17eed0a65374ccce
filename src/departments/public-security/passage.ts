import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";

export enum Direction {
  INBOUND = "INBOUND",
  OUTBOUND = "OUTBOUND",
}
registerEnumType(Direction, { name: "Direction", description: "Into or out of the city the checkpoint guards." });

@Shared(Dataset.CHECKPOINT_PASSAGES)
@ObjectType({ description: "A vehicle seen at a checkpoint (卡口)." })
@Entity({ tableName: "passages", schema: "public_security" })
export class Passage extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ fieldName: "checkpoint_code", type: "text" })
  checkpointCode!: string;

  @Field()
  @PrimaryKey({ fieldName: "passed_at", type: "timestamptz" })
  passedAt!: Date;

  @Field({ description: "The plate the camera read." })
  @PrimaryKey({ type: "text" })
  plate!: string;

  @Field(() => Direction)
  @Property({ type: "text" })
  direction!: Direction;

  @Field(() => ID, { nullable: true, description: "The vehicle the plate was registered to at that instant; null when none was (a fake or foreign plate)." })
  @Property({ type: "text", nullable: true })
  vin!: string | null;
}

@InputType({ description: "One checkpoint passage; the VIN is looked up from the plate registered at that instant, never sent." })
export class PassageInput {
  @Field(() => String, { nullable: true, description: "A registered checkpoint." }) checkpointCode?: string | null;
  @Field(() => String, { nullable: true, description: "The plate read (checked)." }) plate?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 8601 with an offset, not in the future." }) passedAt?: string | null;
  @Field(() => String, { nullable: true, description: "INBOUND or OUTBOUND." }) direction?: string | null;
}

export const passageContribution: ContributionSpec<PassageInput> = {
  dataset: Dataset.CHECKPOINT_PASSAGES,
  table: "public_security.passages",
  // (checkpoint, instant, plate): the primary key also serves a checkpoint's passages over time
  key: ["checkpoint_code", "passed_at", "plate"],
  columns: [
    { name: "checkpoint_code", type: "text" },
    { name: "plate", type: "text" },
    { name: "passed_at", type: "timestamptz" },
    { name: "direction", type: "text" },
    { name: "vin", type: "text" },
  ],
  references: [{ column: "checkpoint_code", field: "checkpointCode", table: "public_security.checkpoints", keyColumn: "code", what: "checkpoint" }],
  validate(r, c, v) {
    return [c.code("checkpointCode", r.checkpointCode), c.plate("plate", r.plate), c.dateTime("passedAt", r.passedAt, { notAfter: v.now }), c.enumValue("direction", r.direction, Object.values(Direction)), null];
  },
  // plate → VIN as registered at the instant of the passage, for the whole batch in one statement
  beforeUpsert: async (client) => {
    await client.query(`update contribution_stage s set vin = r.vin
                          from public_security.plate_registrations r
                         where r.plate = s.plate and r.valid_from <= s.passed_at and (r.valid_to is null or r.valid_to > s.passed_at)`);
  },
};
