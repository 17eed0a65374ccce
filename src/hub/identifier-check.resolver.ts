import { Arg, Field, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { ValidationCodeEnum } from "../common/graphql-enums.js";
import { checkIdentifier, IDENTIFIER_KINDS, type IdentifierErrorCode, type IdentifierKind } from "../shared/identifiers/index.js";
import { Envelope } from "../common/sharing.js";

// Generated from the plain code list, so the GraphQL enum cannot drift from what checkIdentifier knows.
const IdentifierKindEnum = Object.fromEntries(IDENTIFIER_KINDS.map((k) => [k, k])) as Record<IdentifierKind, IdentifierKind>;
registerEnumType(IdentifierKindEnum, {
  name: "IdentifierKind",
  description: "The identifiers the hub checks.",
  valuesConfig: {
    CREDIT_CODE: { description: "Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a check character; the key of an enterprise." },
    VIN: { description: "Vehicle identification number (ISO 3779 / GB 16735): 17 characters, no I, O or Q, check digit in position 9; the key of a vehicle." },
    PLATE: { description: "Licence plate (GA 36-2018): province character, authority letter and 5 characters, or 6 for new energy, e.g. 豫A12345." },
    REGION: { description: "Administrative division code (GB/T 2260): 6 digits of a Henan province, city or county, e.g. 410100 for Zhengzhou." },
  } satisfies Record<IdentifierKind, { description: string }>,
});

@Envelope()
@ObjectType({ description: "The result of checking one identifier." })
class IdentifierCheck {
  @Field({ description: "True when the value passes every check (warnings aside)." })
  valid!: boolean;

  @Field(() => String, { nullable: true, description: "The canonical form (trimmed, upper case)." })
  normalized!: string | null;

  @Field(() => ValidationCodeEnum, { nullable: true, description: "Null when valid." })
  code!: IdentifierErrorCode | null;

  @Field(() => String, { nullable: true, description: "What is wrong and how to fix it." })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "The right check character, when that is the fault." })
  expected!: string | null;

  @Field(() => [String], { description: "Soft problems that do not make the value invalid." })
  warnings!: string[];
}

@Resolver()
export class IdentifierCheckResolver {
  @Query(() => IdentifierCheck, { description: "Checks a credit code, VIN, licence plate or region code the way every contribution does." })
  checkIdentifier(
    @Arg("kind", () => IdentifierKindEnum, { description: "Which identifier the value is meant to be." }) kind: IdentifierKind,
    @Arg("value", { description: "The value as the client has it; surrounding spaces and lower case are accepted." }) value: string,
  ): IdentifierCheck {
    return checkIdentifier(kind, value);
  }
}
