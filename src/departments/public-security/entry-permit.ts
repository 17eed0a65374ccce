import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionByCode } from "../../common/regions.data.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";

export enum PermitStatus {
  VALID = "VALID",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}
registerEnumType(PermitStatus, { name: "PermitStatus" });

@Shared(Dataset.ENTRY_PERMITS)
@ObjectType({ description: "A city-entry permit for a truck (电子通行证)." })
@Entity({ tableName: "entry_permits", schema: "public_security" })
export class EntryPermit extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ fieldName: "permit_no", type: "text" })
  permitNo!: string;

  @Field(() => ID)
  @Property({ type: "text" })
  vin!: string;

  @Property({ fieldName: "city_code", type: "text" })
  cityCode!: string;

  @Field(() => RegionRef, { description: "The city the permit lets the truck enter." })
  get city(): RegionRef {
    return regionRef(this.cityCode);
  }

  @Field(() => DateScalar)
  @Property({ fieldName: "valid_from", type: "date" })
  validFrom!: string;

  @Field(() => DateScalar)
  @Property({ fieldName: "valid_to", type: "date" })
  validTo!: string;

  @Field(() => [String], { description: "Zones or roads the permit covers." })
  @Property({ type: "json" })
  zones!: string[];

  @Field(() => PermitStatus)
  @Property({ type: "text" })
  status!: PermitStatus;
}

@InputType({ description: "One city-entry permit." })
export class EntryPermitInput {
  @Field(() => String, { nullable: true }) permitNo?: string | null;
  @Field(() => String, { nullable: true, description: "VIN of the truck (checked)." }) vin?: string | null;
  @Field(() => String, { nullable: true, description: "A city code." }) cityCode?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not before validFrom." }) validTo?: string | null;
  @Field(() => [String], { nullable: true }) zones?: string[] | null;
  @Field(() => String, { nullable: true, description: "VALID, REVOKED or EXPIRED." }) status?: string | null;
}

export const entryPermitContribution: ContributionSpec<EntryPermitInput> = {
  dataset: Dataset.ENTRY_PERMITS,
  table: "public_security.entry_permits",
  key: ["permit_no"],
  columns: [
    { name: "permit_no", type: "text" },
    { name: "vin", type: "text" },
    { name: "city_code", type: "text" },
    { name: "valid_from", type: "date" },
    { name: "valid_to", type: "date" },
    { name: "zones", type: "jsonb" },
    { name: "status", type: "text" },
  ],
  validate(r, c) {
    const city = c.region("cityCode", r.cityCode);
    if (city && regionByCode(city)?.level !== "CITY") c.error("cityCode", "BAD_FORMAT", `cityCode ${city} is not a city; permits are issued per city`);
    const from = c.date("validFrom", r.validFrom);
    const to = c.date("validTo", r.validTo);
    c.inOrder("validFrom", from, "validTo", to);
    const zones = (r.zones ?? []).map((z) => z.trim()).filter(Boolean);
    return [c.code("permitNo", r.permitNo), c.vin("vin", r.vin), city, from, to, JSON.stringify(zones), c.enumValue("status", r.status, Object.values(PermitStatus))];
  },
};

