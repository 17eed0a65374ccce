import { Arg, Field, ObjectType, Query, Resolver } from "type-graphql";
import { IdentifierKindEnum, ValidationCodeEnum } from "../../common/graphql-enums.js";
import { checkIdentifier, type IdentifierErrorCode, type IdentifierKind } from "../../common/identifiers/index.js";
import { Envelope } from "../../common/sharing.js";

@Envelope()
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
