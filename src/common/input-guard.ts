import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badInput } from "./errors.js";

/** The cap on any text argument that declares no larger one: identifiers, codes, filter values, search text. */
export const TEXT_MAX = 200;
/** The cap for prose a person writes: a purpose, a decision note, a reason. */
export const LONG_TEXT_MAX = 2000;

// A NUL cannot be stored in PostgreSQL text and a lone surrogate is not encodable as UTF-8: both reached
// SQL as errors the client could not act on, so they are refused wherever text enters the hub.
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is not text the hub stores, or null when it is; never quotes the value (it may hold a NUL). */
export function textProblem(s: string): string | null {
  if (NUL.test(s)) {
    return `contains a NUL character (U+0000) at position ${s.search(NUL)}; text may not contain it`;
  }
  const lone = LONE_SURROGATE.exec(s);
  if (lone) {
    return `contains a lone UTF-16 surrogate (half of a character, U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at position ${lone.index}; send well-formed Unicode text`;
  }
  return null;
}

export function tooLong(s: string, max: number): string | null {
  return s.length > max ? `is ${s.length} characters long; at most ${max} are allowed` : null;
}

/**
 * Caps larger (or smaller) than TEXT_MAX, by schema coordinate: `Type.field.argument` for an argument,
 * `InputType.field` for an input field, or a bare argument name for every argument so named. Declared
 * beside the field, read when the schemas are built.
 */
const caps = new Map<string, number>();
/** Arguments whose text is checked by their own code, where a problem is data and not an error. */
const deferred = new Set<string>();

export function declareTextCap(coordinate: string, max: number): void {
  caps.set(coordinate, max);
}

const capOf = (coordinate: string, name: string): number => caps.get(coordinate) ?? caps.get(name) ?? TEXT_MAX;

/** A contribution's rows: a bad value there is that row's error (see the contribution engine), not the request's. */
export function deferTextChecks(coordinate: string): void {
  deferred.add(coordinate);
}

interface Pending {
  value: unknown;
  type: GraphQLInputType | null; // null: a scalar holding arbitrary JSON, walked without a schema
  path: string;
  cap: number;
}

/**
 * Refuses the first NUL, lone surrogate or over-long text anywhere in an argument value, naming where.
 * Iterative, so a value nested thousands of levels deep (JSON) costs no stack.
 */
function checkValue(value: unknown, type: GraphQLInputType, path: string, cap: number): void {
  const stack: Pending[] = [{ value, type, path, cap }];
  while (stack.length) {
    const { value: v, type: t, path: p, cap: max } = stack.pop()!;
    if (v === null || v === undefined) continue;
    if (typeof v === "string") {
      const problem = textProblem(v) ?? tooLong(v, max);
      if (problem) throw badInput(`Argument ${p} ${problem}`, { argument: p });
      continue;
    }
    if (typeof v !== "object" || v instanceof Date) continue;
    const nullable = t && getNullableType(t);
    if (nullable && isListType(nullable)) {
      (v as unknown[]).forEach((item, i) => stack.push({ value: item, type: nullable.ofType as GraphQLInputType, path: `${p}[${i}]`, cap: max }));
    } else if (nullable && isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      for (const [name, item] of Object.entries(v)) {
        const field = fields[name];
        if (!field) continue;
        stack.push({ value: item, type: field.type, path: `${p}.${name}`, cap: capOf(`${nullable.name}.${name}`, name) });
      }
    } else if (nullable && isEnumType(nullable)) {
      continue;
    } else {
      // a JSON scalar (or federation's _Any): every string inside, whatever its shape
      const entries = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x] as const) : Object.entries(v).map(([k, x]) => [`.${k}`, x] as const);
      for (const [suffix, item] of entries) stack.push({ value: item, type: null, path: `${p}${suffix}`, cap: max });
    }
  }
}

/** Whether an argument can hold text at all (String, ID, a JSON scalar, or an input object or list of them). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isEnumType(named)) return false;
  if (isScalarType(named)) return !["Int", "Float", "Boolean", "Date", "DateTime"].includes(named.name);
  if (seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

/**
 * Checks every text argument of every field before its resolver runs: one rule for the whole schema
 * instead of a check in each resolver, so a new argument is covered the day it is added. Only fields
 * with text arguments are wrapped; the others cost nothing.
 */
export function guardTextArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const coordinate = (a: GraphQLArgument) => `${type.name}.${field.name}.${a.name}`;
      const checked = field.args.filter((a) => !deferred.has(coordinate(a)) && holdsText(a.type)).map((a) => ({ name: a.name, type: a.type, cap: capOf(coordinate(a), a.name) }));
      if (checked.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const a of checked) checkValue(args[a.name], a.type, a.name, a.cap);
        return resolve(source, args, context, info);
      };
    }
  }
}
