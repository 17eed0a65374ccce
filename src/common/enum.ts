import { registerEnumType } from "type-graphql";

/** The values of an enum made by `defineEnum`: `type PlateColor = EnumOf<typeof PlateColor>`. */
export type EnumOf<E> = E[keyof E];

/**
 * A GraphQL enum whose values are their own names, declared once: as a list of names, or as a record of
 * each name's description (shown in the schema). Returns the TypeScript object (`PlateColor.BLUE`); pair
 * it with `type X = EnumOf<typeof X>` for the type of its values.
 */
export function defineEnum<const V extends string>(name: string, values: readonly V[] | { readonly [K in V]: string }, description?: string): { readonly [K in V]: K } {
  const described = !Array.isArray(values);
  const names = (described ? Object.keys(values) : values) as V[];
  const e = Object.freeze(Object.fromEntries(names.map((v) => [v, v]))) as { readonly [K in V]: K };
  registerEnumType(e, {
    name,
    description,
    ...(described ? { valuesConfig: Object.fromEntries(Object.entries(values as Record<string, string>).map(([v, d]) => [v, { description: d }])) as never } : {}),
  });
  return e;
}
