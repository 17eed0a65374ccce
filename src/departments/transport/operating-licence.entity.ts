import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum LicenceStatus {
  VALID = "VALID",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}
registerEnumType(LicenceStatus, { name: "LicenceStatus" });

@Shared(Dataset.OPERATING_LICENCES)
@ObjectType({ description: "A road-transport operating licence (道路运输证) of a freight vehicle." })
@Entity({ tableName: "operating_licences", schema: "transport" })
@Index({ properties: ["vin"] })
export class OperatingLicence extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ fieldName: "licence_no", type: "text" })
  licenceNo!: string;

  @Field(() => ID)
  @Property({ type: "text" })
  vin!: string;

  @Property({ fieldName: "operator_credit_code", type: "text" })
  operatorCreditCode!: string;

  @Field(() => DateScalar)
  @Property({ fieldName: "valid_to", type: "date" })
  validTo!: string;

  @Field(() => LicenceStatus)
  @Property({ type: "text" })
  status!: LicenceStatus;
}
