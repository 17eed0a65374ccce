import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { describeDataset } from "../../common/dataset.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

export const WarningLevel = defineEnum("WarningLevel", ["YELLOW", "ORANGE", "RED"], "黄色 / 橙色 / 红色 heavy-pollution warning.");
export type WarningLevel = EnumOf<typeof WarningLevel>;

describeDataset({ dataset: Dataset.WARNINGS, sharing: "OPEN", catalogue: "Heavy-pollution weather warnings issued to cities.", table: "environment.warnings" });

@Shared(Dataset.WARNINGS)
@ObjectType({ description: "A heavy-pollution warning for a city, from its start until it ends or is lifted." })
@Directive('@key(fields: "id")')
@Entity({ tableName: "warnings", schema: "environment" })
export class Warning {
  @Field(() => ID)
  @PrimaryKey({ type: "text" })
  id!: string;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => WarningLevel)
  @Property({ type: "text" })
  level!: WarningLevel;

  @Field()
  @Property({ fieldName: "starts_at", type: "timestamptz" })
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: "The planned end; null until announced." })
  @Property({ fieldName: "ends_at", type: "timestamptz", nullable: true })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was lifted, if before its planned end." })
  @Property({ fieldName: "lifted_at", type: "timestamptz", nullable: true })
  liftedAt!: Date | null;

  @Field()
  @Property({ type: "text" })
  reason!: string;

  @Field({ description: "Who issued it (token subject)." })
  @Property({ fieldName: "issued_by", type: "text" })
  issuedBy!: string;

  @Field()
  @Property({ fieldName: "issued_at", type: "timestamptz" })
  issuedAt!: Date;

  /** The instant the warning stops being in force: lifted, else its planned end, else open. */
  get endsEffectively(): Date | null {
    if (this.liftedAt && (!this.endsAt || this.liftedAt < this.endsAt)) return this.liftedAt;
    return this.endsAt;
  }
}
