import { Directive, Field, ID, ObjectType, type ClassType } from "type-graphql";
import type { Dataset } from "./datasets.js";
import { Shared } from "./sharing.js";

/**
 * Stubs for entities a subgraph only points at. `resolvable: false` tells the gateway this subgraph
 * cannot answer for them; it only hands out their key.
 */
@ObjectType("Region")
@Directive('@key(fields: "code", resolvable: false)')
export class RegionRef {
  @Field(() => ID)
  code!: string;
}

@ObjectType("Enterprise")
@Directive('@key(fields: "creditCode", resolvable: false)')
export class EnterpriseRef {
  @Field(() => ID)
  creditCode!: string;
}

export const regionRef = (code: string): RegionRef => ({ code });
export const enterpriseRef = (creditCode: string): EnterpriseRef => ({ creditCode });

/**
 * A department's own view of an entity another department owns: the same federation type under its key,
 * resolvable here because this department's resolvers add fields to it. `dataset` is the sharing
 * declaration those fields take when they declare none of their own.
 */
export function entityView<K extends string>(name: string, key: K, dataset: Dataset): ClassType<Record<K, string>> {
  @Shared(dataset)
  @ObjectType(name)
  @Directive(`@key(fields: "${key}")`)
  class View {}
  Field(() => ID)(View.prototype, key);
  VIEWS.set(View, name);
  return View as ClassType<Record<K, string>>;
}

const VIEWS = new WeakMap<object, string>();
/** The type name of an entity view (`entityView`), undefined for anything else: the subgraph assembly looks for them. */
export const entityViewName = (v: unknown): string | undefined => (typeof v === "function" ? VIEWS.get(v) : undefined);
