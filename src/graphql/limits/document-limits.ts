import {
  ASTVisitor, DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLNamedType, GraphQLSchema, IntValueNode, Kind,
  Lexer, OperationDefinitionNode, SelectionSetNode, Source, TokenKind, ValidationContext, getNamedType, getNullableType,
  isInterfaceType, isListType, isObjectType,
} from 'graphql';
import { QueryLimits } from '@/config';

/** Page size assumed for list fields with no `first`/`limit` argument when estimating cost. */
const DEFAULT_LIST_SIZE = 10;

export interface DocumentMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
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

function multiplier(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (['first', 'limit', 'last'].includes(arg.name.value)) {
      if (arg.value.kind === Kind.INT) return Math.max(1, Number((arg.value as IntValueNode).value));
      if (arg.value.kind === Kind.VARIABLE) {
        const v = variables[arg.value.name.value];
        if (typeof v === 'number') return Math.max(1, v);
      }
    }
  }
  return 1;
}

/**
 * Depth, aliases, directives and an estimated cost of one operation. Cost: each field costs 1, and what a list
 * field (a list type or a Connection) selects costs its size times over: `first`/`limit`/`last` when given, else
 * DEFAULT_LIST_SIZE (a Connection's `edges` are not counted again).
 */
export function measure(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {},
): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | undefined) => (name ? schema.getType(name) ?? fallback : fallback);
  const walk = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined, depth: number, seen: Set<string>): { depth: number; cost: number } => {
    if (!set) return { depth, cost: 0 };
    let maxDepth = depth;
    let cost = 0;
    for (const sel of set.selections) {
      directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        const named = def ? getNamedType(def.type) : undefined;
        // a Connection's size is its `first`; its `edges` list does not multiply again
        const inConnection = !!parent?.name.endsWith('Connection');
        const isList = !!def && !inConnection && (isListType(getNullableType(def.type)) || named!.name.endsWith('Connection'));
        const explicit = multiplier(sel, variables);
        const size = explicit > 1 ? explicit : isList ? DEFAULT_LIST_SIZE : 1;
        const inner = walk(sel.selectionSet, named, depth + 1, seen);
        cost += 1 + inner.cost * size;
        maxDepth = Math.max(maxDepth, inner.depth);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = walk(sel.selectionSet, typeNamed(sel.typeCondition?.name.value, parent), depth, seen);
        cost += inner.cost;
        maxDepth = Math.max(maxDepth, inner.depth);
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (seen.has(name) || !fragment) continue; // cycles and unknown fragments are other rules' errors
        const inner = walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value, parent), depth, new Set([...seen, name]));
        cost += inner.cost;
        maxDepth = Math.max(maxDepth, inner.depth);
      }
    }
    return { depth: maxDepth, cost };
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const { depth, cost } = walk(operation.selectionSet, root ?? undefined, 0, new Set());
  return { depth, aliases, directives, cost };
}

/** A validation rule rejecting documents over the limits with GRAPHQL_VALIDATION_FAILED; numbers hidden in production. */
export function documentLimitsRule(limits: QueryLimits, production: boolean) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const m = measure(context.getSchema(), context.getDocument(), node);
      const over: [string, number, number][] = [
        ['depth', m.depth, limits.depth],
        ['aliases', m.aliases, limits.aliases],
        ['directives', m.directives, limits.directives],
        ['cost', m.cost, limits.cost],
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
