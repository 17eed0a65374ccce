import { registerEnumType } from "type-graphql";
import { Dataset } from "./datasets.js";
import { defineEnum, type EnumOf } from "./enum.js";
import { IDENTIFIER_ERROR_CODES, type IdentifierErrorCode } from "../shared/identifiers/index.js";

// The code lists live in shared/ as plain data; the GraphQL enums are generated from them so they cannot drift.
export const ValidationCodeEnum = Object.fromEntries(IDENTIFIER_ERROR_CODES.map((c) => [c, c])) as Record<IdentifierErrorCode, IdentifierErrorCode>;
registerEnumType(ValidationCodeEnum, {
  name: "ValidationCode",
  description: "Why a value was rejected; one list shared by identifier checks and every contributed row.",
});

registerEnumType(Dataset, { name: "Dataset", description: "Every dataset of the hub; each has one owning department." });

/** A vehicle's emission standard: the registration's (public security) and the one a gate records (environment). */
export const EmissionStage = defineEnum("EmissionStage", ["CN1", "CN2", "CN3", "CN4", "CN5", "CN6A", "CN6B", "NONE"], "国一 … 国六b; NONE for pure electric vehicles.");
export type EmissionStage = EnumOf<typeof EmissionStage>;
