import { registerEnumType } from "type-graphql";
import { Dataset, DATASET_INFO } from "./datasets.js";
import { defineEnum, type EnumOf } from "./enum.js";
import { IDENTIFIER_ERROR_CODES, type IdentifierErrorCode } from "../shared/identifiers/index.js";

// The code lists live in shared/ as plain data; the GraphQL enums are generated from them so they cannot drift.
export const ValidationCodeEnum = Object.fromEntries(IDENTIFIER_ERROR_CODES.map((c) => [c, c])) as Record<IdentifierErrorCode, IdentifierErrorCode>;
/** What each code means: a code, once published, keeps its meaning. */
const VALIDATION_CODE_DESCRIPTIONS: Record<IdentifierErrorCode, string> = {
  REQUIRED: "The value is empty, whitespace only or missing.",
  BAD_LENGTH: "The value has the wrong number of characters (a credit code has 18, a VIN 17).",
  BAD_CHARACTER: "A character outside the identifier's alphabet (a VIN has no I, O or Q; a credit code no I, O, Z, S or V).",
  BAD_CHECK_CHARACTER: "The check character or digit does not match the rest; `expected` carries the right one.",
  BAD_FORMAT: "Right length and alphabet, but the structure is wrong (or a rule across fields fails, e.g. a plate's colour).",
  UNKNOWN_REGION: "Not a GB/T 2260 region code the hub knows.",
  NOT_IN_HENAN: "A real region code, but outside Henan (codes 41xxxx): the hub holds Henan only.",
  BAD_PROVINCE: "A licence plate that does not start with a mainland province character (豫, 京, …).",
  BAD_AUTHORITY: "A licence plate whose issuing-authority letter that province does not use.",
  OUT_OF_RANGE: "A number outside its plausible range, or a date outside 1900-01-01 … 2100-12-31.",
  BAD_DATE: "Not a calendar date written YYYY-MM-DD, or not an ISO 8601 instant with an offset.",
  DATES_OUT_OF_ORDER: "An end (to, until) before its start (from).",
  UNKNOWN_REFERENCE: "Points at a record that does not exist (an enterprise, vehicle, site, …).",
  NOT_OWNED: "Points at a record the contributing department does not own.",
  DUPLICATE_KEY: "Two rows of one batch with the same key (or the same unique value, e.g. a plate).",
  BAD_ENUM: "Not one of the field's allowed values.",
  FUTURE_TIME: "A day or instant after today or now, for something that has to have happened.",
  NOT_ON_THE_HOUR: "An hourly value whose time is not the start of an hour.",
  TOO_LONG: "Text longer than the field allows.",
  BAD_PERIOD: "An indicator period that is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM.",
  INVALID_TEXT: "Text that cannot be stored: a NUL character (U+0000) or a lone UTF-16 surrogate.",
  MIXED_METER_DAY: "A meter's day with both a whole-day reading and hourly readings (in the batch, or in the batch and the stored rows).",
};

registerEnumType(ValidationCodeEnum, {
  name: "ValidationCode",
  description: "Why a value was rejected; one list shared by identifier checks and every contributed row.",
  valuesConfig: Object.fromEntries(IDENTIFIER_ERROR_CODES.map((c) => [c, { description: VALIDATION_CODE_DESCRIPTIONS[c] }])) as never,
});

// Each dataset's catalogue words, owner and sharing class, from its declaration.
registerEnumType(Dataset, {
  name: "Dataset",
  description: "Every dataset of the hub; each has one owning department.",
  valuesConfig: Object.fromEntries(
    Object.values(Dataset).map((d) => [d, { description: `${DATASET_INFO[d].description} Owner: ${DATASET_INFO[d].owner}; ${DATASET_INFO[d].sharingClass}.` }]),
  ) as never,
});

/** A vehicle's emission standard: the registration's (public security) and the one a gate records (environment). */
export const EmissionStage = defineEnum(
  "EmissionStage",
  {
    CN1: "China I (国一), the first national vehicle emission standard.",
    CN2: "China II (国二).",
    CN3: "China III (国三); for heavy diesel vehicles from 2008-07. Operating diesel trucks of CN3 and below are the plan's high-emission trucks (task 15).",
    CN4: "China IV (国四); for heavy diesel vehicles from 2013-07.",
    CN5: "China V (国五); for heavy diesel vehicles from 2017-07.",
    CN6A: "China VI stage a (国六a); for heavy diesel vehicles from 2021-07-01.",
    CN6B: "China VI stage b (国六b), the strictest; for heavy diesel vehicles from 2023-07-01.",
    NONE: "No emission stage: a pure electric vehicle.",
  },
  "国一 … 国六b; NONE for pure electric vehicles.",
);
export type EmissionStage = EnumOf<typeof EmissionStage>;
