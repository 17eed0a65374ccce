import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { describeDataset } from "../../common/dataset.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

export const RegionLevel = defineEnum("RegionLevel", ["PROVINCE", "CITY", "COUNTY"]);
export type RegionLevel = EnumOf<typeof RegionLevel>;

export const CityGroup = defineEnum(
  "CityGroup",
  ["TRANSMISSION_CHANNEL", "FENWEI", "OTHER"],
  "The city groups the plan sets targets by: Beijing-Tianjin-Hebei transmission channel, Fenwei plain, the rest.",
);
export type CityGroup = EnumOf<typeof CityGroup>;

describeDataset({ dataset: Dataset.REGIONS, sharing: "OPEN", catalogue: "Administrative regions of Henan (province, 18 cities, counties) with codes.", table: "environment.regions" });

@Shared(Dataset.REGIONS)
@ObjectType({ description: "An administrative region (GB/T 2260): the province, its cities, their counties and districts." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "regions", schema: "environment" })
export class Region {
  @Field(() => ID, { description: "GB/T 2260 six-digit code, e.g. 410100 for Zhengzhou." })
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field({ description: "Chinese name, e.g. 郑州市." })
  @Property({ type: "text" })
  name!: string;

  @Field({ description: "Pinyin name, e.g. Zhengzhou." })
  @Property({ fieldName: "name_en", type: "text" })
  nameEn!: string;

  @Field(() => RegionLevel)
  @Property({ type: "text" })
  level!: RegionLevel;

  @Property({ fieldName: "parent_code", type: "text", nullable: true })
  parentCode!: string | null;

  @Field(() => CityGroup, { nullable: true, description: "For cities: the plan's target group." })
  @Property({ fieldName: "city_group", type: "text", nullable: true })
  group!: CityGroup | null;
}
