import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef } from "../../common/references.js";
import { SiteKind } from "../../common/site.js";
import { Site } from "./site.interface.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

@Shared(Dataset.CHECKPOINTS)
@ObjectType({ implements: Site, description: "A traffic checkpoint camera (卡口) of public security." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "checkpoints", schema: "public_security" })
export class Checkpoint extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Field(() => SiteKind)
  get kind(): SiteKind {
    return SiteKind.CHECKPOINT;
  }

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  get region() {
    return regionRef(this.regionCode);
  }

  @Field(() => Float)
  @Property({ type: "double" })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: "double" })
  longitude!: number;

  @Field({ description: "The road the checkpoint watches." })
  @Property({ type: "text" })
  road!: string;
}
