import { Arg, Field, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { checkIdentifier, IDENTIFIER_ERROR_CODES, IDENTIFIER_KINDS, type IdentifierErrorCode, type IdentifierKind } from "../../common/identifiers/index.js";

// The code lists live in common/ as plain data; the GraphQL enums are generated from them so they cannot drift.
const IdentifierKindEnum = Object.fromEntries(IDENTIFIER_KINDS.map((k) => [k, k])) as Record<IdentifierKind, IdentifierKind>;
registerEnumType(IdentifierKindEnum, { name: "IdentifierKind", description: "The identifiers the hub checks." });

export const ValidationCodeEnum = Object.fromEntries(IDENTIFIER_ERROR_CODES.map((c) => [c, c])) as Record<IdentifierErrorCode, IdentifierErrorCode>;
registerEnumType(ValidationCodeEnum, {
  name: "ValidationCode",
  description: "Why a value was rejected; one list shared by identifier checks and every contributed row.",
});

@ObjectType({ description: "The result of checking one identifier." })
class IdentifierCheck {
  @Field()
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
export class IdentifierResolver {
  @Query(() => IdentifierCheck, { description: "Checks a credit code, VIN, licence plate or region code the way every contribution does." })
  checkIdentifier(
    @Arg("kind", () => IdentifierKindEnum) kind: IdentifierKind,
    @Arg("value") value: string,
  ): IdentifierCheck {
    return checkIdentifier(kind, value);
  }
}
