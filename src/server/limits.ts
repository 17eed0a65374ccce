import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { hubError } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import { DEFAULT_PAGE_SIZE } from "../common/pagination.js";

/** What one operation may ask for. Each is a setting; see config.ts and the README. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** the assumed length of a list whose length the operation does not state */
  costListSize: number;
}

interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** Counts lexer tokens (comments excluded, as graphql's own maxTokens does), stopping once past `stopAfter`. */
export function countTokens(source: string, stopAfter = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++n > stopAfter) break;
    }
  } catch {
    // A syntax error: the parser reports it properly right after.
  }
  return n;
}

function limitError(code: ErrorCode, message: string, limit: number, found: number, setting: string): GraphQLError {
  return hubError(code, message, { limit, found, setting, http: { status: 400 } });
}

/** TOKEN_LIMIT when the document has more than `maxTokens` tokens; counting stops just past the limit. */
export function tokenLimitError(maxTokens: number, source: string): GraphQLError | null {
  const found = countTokens(source, maxTokens);
  if (found <= maxTokens) return null;
  const setting = "LANTIAN_MAX_TOKENS";
  return limitError(ErrorCode.TOKEN_LIMIT, `The operation has more than ${maxTokens} tokens, the token limit (${setting}); send large inputs as variables`, maxTokens, found, setting);
}

/**
 * The limits of the operation that will run: what each measures, its code, and the setting that changes
 * it, named in the error so an operator knows what to raise.
 */
const MEASURED_LIMITS = [
  { limit: "maxDepth", measure: "depth", code: ErrorCode.DEPTH_LIMIT, setting: "LANTIAN_MAX_DEPTH", says: (n: number) => ` is ${n} fields deep; the depth limit` },
  { limit: "maxAliases", measure: "aliases", code: ErrorCode.ALIAS_LIMIT, setting: "LANTIAN_MAX_ALIASES", says: (n: number) => ` uses ${n} aliases; the alias limit` },
  { limit: "maxDirectives", measure: "directives", code: ErrorCode.DIRECTIVE_LIMIT, setting: "LANTIAN_MAX_DIRECTIVES", says: (n: number) => ` uses ${n} directives; the directive limit` },
  { limit: "maxCost", measure: "cost", code: ErrorCode.COST_LIMIT, setting: "LANTIAN_MAX_COST", says: (n: number) => `'s estimated cost is ${n}; the cost limit` },
] as const;

const ZERO: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Checks the operation that will run against every limit but the token one (what the server runs and the
 * tests use). Depth, aliases, directives and cost are measured with fragments expanded where they
 * are spread (a fragment spread twice counts twice). The operation has passed validation, so fragments
 * exist and do not cycle; a guard stops the walk anyway, and fragment measures are memoised so nested
 * spreads cannot make the walk itself expensive.
 *
 * Cost, after Apollo Router's demand control: a field of object, interface or union type costs 1 plus its
 * selections; a scalar or enum field costs 0; a list multiplies its element cost by its size. The size of a
 * list is its own `first` argument (the page default when absent); for a connection's `edges` it is the
 * connection field's `first`; for `_entities` (the gateway's own fetches to a subgraph) it is the number of
 * representations; for any other list it is `costListSize`. Introspection fields
 * (`__schema`, `__type`) are not measured: turning introspection off is its own setting.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const variableDefaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variableDefaults.set(v.variable.name.value, v.defaultValue);
  const memo = new Map<string, OperationMeasure>();
  const onPath = new Set<string>();

  const intArg = (field: FieldNode, def: GraphQLField<unknown, unknown>, name: string): number | undefined => {
    const argDef = def.args.find((a) => a.name === name);
    if (!argDef) return undefined;
    let node = field.arguments?.find((a) => a.name.value === name)?.value;
    // a variable the request leaves out takes the default the operation gives it
    if (node?.kind === Kind.VARIABLE && variables?.[node.name.value] === undefined) node = variableDefaults.get(node.name.value);
    const value: unknown = (node && valueFromAST(node, argDef.type, variables)) ?? argDef.defaultValue;
    return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : undefined;
  };

  const representations = (field: FieldNode): number => {
    const node = field.arguments?.find((a) => a.name.value === "representations")?.value;
    if (node?.kind === Kind.LIST) return node.values.length;
    if (node?.kind === Kind.VARIABLE) {
      const v = variables?.[node.name.value];
      if (Array.isArray(v)) return v.length;
    }
    return 1;
  };

  const directivesOf = (node: { directives?: readonly unknown[] }) => node.directives?.length ?? 0;

  /** `slice`: the `first` of the enclosing non-list field, which sizes a connection's `edges`. */
  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType, slice: number | undefined): OperationMeasure => {
    const total = { ...ZERO };
    const add = (m: OperationMeasure, extraDepth = 0) => {
      total.depth = Math.max(total.depth, m.depth + extraDepth);
      total.aliases += m.aliases;
      total.directives += m.directives;
      total.cost += m.cost;
    };
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === "__schema" || name === "__type") continue;
        add({ depth: 1, aliases: sel.alias ? 1 : 0, directives: directivesOf(sel), cost: 0 });
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!def || !sel.selectionSet) continue;
        const type = getNamedType(def.type);
        if (!isCompositeType(type)) continue;
        const hasFirst = def.args.some((a) => a.name === "first");
        // An absent `first` pages by the default page size, as the resolvers do.
        const first = hasFirst ? (intArg(sel, def, "first") ?? DEFAULT_PAGE_SIZE) : undefined;
        const isList = isListType(getNullableType(def.type));
        const size = !isList ? 1 : name === "_entities" ? representations(sel) : (first ?? slice ?? limits.costListSize);
        const inner = selectionSet(sel.selectionSet, type, isList ? undefined : first);
        add({ depth: inner.depth, aliases: inner.aliases, directives: inner.directives, cost: size * (1 + inner.cost) }, 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        const inner = selectionSet(sel.selectionSet, type, slice);
        add({ ...inner, directives: inner.directives + directivesOf(sel) });
      } else {
        total.directives += directivesOf(sel);
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || onPath.has(name)) continue;
        const key = `${name}|${slice ?? ""}`;
        let m = memo.get(key);
        if (!m) {
          onPath.add(name);
          const type = schema.getType(frag.typeCondition.name.value) ?? parent;
          const inner = selectionSet(frag.selectionSet, type, slice);
          onPath.delete(name);
          m = { ...inner, directives: inner.directives + directivesOf(frag) };
          memo.set(key, m);
        }
        add(m);
      }
    }
    return total;
  };

  const root =
    operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return null;
  const m = selectionSet(operation.selectionSet, root, undefined);
  m.directives += directivesOf(operation) + (operation.variableDefinitions ?? []).reduce((n, v) => n + directivesOf(v), 0);
  // the first limit the operation breaks, as an error naming the limit, the value found and the setting
  for (const { limit, measure, code, setting, says } of MEASURED_LIMITS) {
    if (m[measure] <= limits[limit]) continue;
    const found = Number.isFinite(m[measure]) ? Math.round(m[measure]) : Number.MAX_SAFE_INTEGER;
    const hint = measure === "cost" ? ". Ask for fewer rows with a smaller first, or page with after" : "";
    return limitError(code, `The operation${says(found)} is ${limits[limit]} (${setting})${hint}`, limits[limit], found, setting);
  }
  return null;
}

/**
 * Enforces the limits but tokens in Apollo Server, once the operation is known and valid (so fragments are
 * sound and variables size the lists). An error thrown from this hook reaches the client as it is, with its
 * own code and HTTP 400. Tokens are counted before Apollo sees the request (http.ts), so that a huge
 * document is never parsed.
 */
export function operationLimitsPlugin<C extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (!ctx.operation) return;
          const err = checkOperation(ctx.schema, ctx.document, ctx.operation, ctx.request.variables, limits);
          if (err) throw err;
        },
      };
    },
  };
}
