import {
  type ASTVisitor, type DocumentNode, type FieldNode, type FragmentDefinitionNode, GraphQLError, type GraphQLField, type GraphQLNamedType, type GraphQLSchema, Kind, Lexer,
  type OperationDefinitionNode, type SelectionSetNode, Source, TokenKind, type ValidationContext, getArgumentValues, getNamedType, getNullableType,
  isInterfaceType, isListType, isObjectType,
} from 'graphql';
import { type QueryLimits } from '@/config';

/** Page size assumed for list fields with no `first`/`limit` argument when estimating cost. */
const DEFAULT_LIST_SIZE = 10;
/**
 * Lists with no size argument whose length is bounded by the domain: a warm path has at most 6 steps (`maxHops` ≤ 6),
 * so 7 people. They count their bound, not DEFAULT_LIST_SIZE.
 */
const BOUNDED_LISTS: ReadonlyMap<string, number> = new Map([
  ['WarmPath.people', 7], ['WarmPath.members', 7], ['WarmPath.steps', 6],
  // issue 15 briefs (src/app/handover: SUCCESSORS, OPENING_PATHS, HANDOVER_LIMITS, STRATEGY_LIMITS)
  ['HandoverBrief.successors', 5], ['HandoverBrief.openingPaths', 3], ['CompanyHandover.keyPersons', 3],
  ['CompanyHandover.plannedIntroductions', 3], ['CompanyHandover.recentInteractions', 5], ['ChangedProposals.before', 5], ['ChangedProposals.after', 5],
]);
/**
 * Fields whose own work is far more than reading what they return: each call computes over a whole team's partners
 * (relationshipRisks reads every manager's ties and ranks every partner's key persons: seconds at 10,000 people),
 * so each counts this much besides its selection. 10,000 lets one whole-team call through the default MAX_COST
 * with room for its answer, and refuses aliases that would run it over and over (the cost error names it).
 */
const FIELD_WORK: ReadonlyMap<string, number> = new Map([
  ['Query.relationshipRisks', 10_000], ['Query.dailyFollowUps', 1_000], ['Mutation.recordJobChange', 1_000], ['Mutation.reassignPortfolio', 1_000],
]);
/** Arguments that set how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'limit', 'last'];
/** How many of the costliest list fields a measure keeps (and a cost error names). */
const COSTLIEST = 3;

/** A list field and what it adds to the cost in total: `size` items each time it runs, times its enclosing lists. */
export interface ListCost {
  path: string;
  size: number;
  cost: number;
}

export interface DocumentMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  /** The list fields that cost most, costliest first. */
  costliest: ListCost[];
}

/** Counts lexical tokens the way a parser sees them (comments excluded). */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    // a lexing error is reported by the parser itself
  }
  return n;
}

/** The `first`/`limit`/`last` the field runs with (given, from a variable, or the argument's default), if any. */
function sizeArgument(def: GraphQLField<unknown, unknown>, field: FieldNode, variables: Record<string, unknown>): number | undefined {
  if (!def.args.some((a) => SIZE_ARGUMENTS.includes(a.name))) return undefined;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(def, field, variables);
  } catch {
    return undefined; // arguments that cannot be coerced stop the field before it runs
  }
  for (const name of SIZE_ARGUMENTS) {
    const v = args[name];
    if (typeof v === 'number') return Math.max(1, v);
  }
  return undefined;
}

const costliest = (lists: ListCost[]): ListCost[] => lists.sort((a, b) => b.cost - a.cost).slice(0, COSTLIEST);

/**
 * Depth, aliases, directives and an estimated cost of one operation, with the arguments it runs with (`variables`
 * coerced, defaults applied). Cost: each field costs 1, and what a list field (a list type or a Connection) selects
 * costs its size times over: `first`/`limit`/`last`, else its domain bound (BOUNDED_LISTS) or DEFAULT_LIST_SIZE (a Connection's `edges` are not counted
 * again). A fragment is measured once however often it is spread (a fragment spreading the next one twice, 40 deep,
 * would otherwise be walked 2^40 times).
 */
export function measure(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {},
): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, DocumentMeasure>();
  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | undefined) => (name ? schema.getType(name) ?? fallback : fallback);

  const fragment = (name: string, parent: GraphQLNamedType | undefined): DocumentMeasure | null => {
    const definition = fragments.get(name);
    if (!definition) return null; // an unknown fragment is another rule's error
    if (!measured.has(name)) {
      measured.set(name, { depth: 0, aliases: 0, directives: 0, cost: 0, costliest: [] }); // a cycle (another rule's error) adds nothing
      measured.set(name, walk(definition.selectionSet, typeNamed(definition.typeCondition.name.value, parent)));
    }
    return measured.get(name)!;
  };

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): DocumentMeasure => {
    const total: DocumentMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0, costliest: [] };
    const add = (inner: DocumentMeasure, prefix: string, times: number): void => {
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      for (const list of inner.costliest) total.costliest.push({ ...list, path: `${prefix}${list.path}`, cost: list.cost * times });
    };
    for (const sel of set.selections) {
      total.directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) total.aliases++;
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        const named = def ? getNamedType(def.type) : undefined;
        // a Connection's size is its `first`; its `edges` list does not multiply again
        const inConnection = !!parent?.name.endsWith('Connection');
        const isList = !!def && !inConnection && (isListType(getNullableType(def.type)) || named!.name.endsWith('Connection'));
        const size = (def && sizeArgument(def, sel, variables))
          ?? (isList ? BOUNDED_LISTS.get(`${parent!.name}.${sel.name.value}`) ?? DEFAULT_LIST_SIZE : 1);
        const inner = sel.selectionSet ? walk(sel.selectionSet, named) : null;
        const work = FIELD_WORK.get(`${parent?.name}.${sel.name.value}`) ?? 0;
        const cost = 1 + work + (inner?.cost ?? 0) * size;
        const name = sel.alias?.value ?? sel.name.value;
        total.cost += cost;
        total.depth = Math.max(total.depth, 1 + (inner?.depth ?? 0));
        if (inner) add(inner, `${name}.`, size);
        if (size > 1 || work) total.costliest.push({ path: name, size, cost });
      } else {
        const inner = sel.kind === Kind.INLINE_FRAGMENT
          ? walk(sel.selectionSet, typeNamed(sel.typeCondition?.name.value, parent))
          : fragment(sel.name.value, parent);
        if (!inner) continue;
        total.cost += inner.cost;
        total.depth = Math.max(total.depth, inner.depth);
        add(inner, '', 1);
      }
    }
    total.costliest = costliest(total.costliest);
    return total;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return walk(operation.selectionSet, root ?? undefined);
}

/**
 * A validation rule rejecting documents over the depth, alias and directive limits with GRAPHQL_VALIDATION_FAILED;
 * numbers hidden in production. Cost depends on the variables: see request-limits.plugin.ts.
 */
export function documentLimitsRule(limits: QueryLimits, production: boolean) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const m = measure(context.getSchema(), context.getDocument(), node);
      const over: [string, number, number][] = [
        ['depth', m.depth, limits.depth],
        ['aliases', m.aliases, limits.aliases],
        ['directives', m.directives, limits.directives],
      ];
      for (const [what, value, limit] of over) {
        if (value > limit) {
          context.reportError(new GraphQLError(
            production ? `The query exceeds the allowed ${what}` : `The query exceeds the allowed ${what}: ${value} > ${limit}`,
            { nodes: [node] },
          ));
        }
      }
    },
  });
}
