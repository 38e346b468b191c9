import {
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type FragmentSpreadNode, GraphQLIncludeDirective, GraphQLSkipDirective,
  type GraphQLSchema, type InlineFragmentNode, Kind, type OperationDefinitionNode, TypeInfo, getDirectiveValues, isNonNullType, visit,
  visitWithTypeInfo,
} from 'graphql';
import { BadUserInputError, FieldProblemList } from './bad-user-input.error';

/** Whether a field or fragment runs with these variables (@skip and @include, as execution decides). */
function runs(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The fragments `operation` spreads where they run, directly or through other fragments. */
function fragmentsOf(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): FragmentDefinitionNode[] {
  const all = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = new Map<string, FragmentDefinitionNode>();
  const skipped = (node: FieldNode | InlineFragmentNode): false | undefined => (runs(node, variables) ? undefined : false);
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node.selectionSet, {
      Field: skipped,
      InlineFragment: skipped,
      FragmentSpread(spread) {
        if (!runs(spread, variables)) return;
        const f = all.get(spread.name.value);
        if (f && !used.has(f.name.value)) {
          used.set(f.name.value, f);
          walk(f);
        }
      },
    });
  };
  walk(operation);
  return [...used.values()];
}

/**
 * A variable whose value is null, used where the schema needs a non-null value that has a default (`first: Int! = 20`
 * given `query($f: Int)`: GraphQL validation allows a nullable variable there, for the default when it is left out).
 * Sent as null, graphql-js refuses it only while the field runs, as an unexpected error (a 500 that named nothing
 * else; found by an outsider). Refused here, before anything runs: BAD_USER_INPUT naming each such variable and
 * where it is used, with what to do, in the fields that run (@skip and @include on the coerced variables, as
 * execution decides). `coerced`: the operation's variables, coerced.
 */
export function refuseNullsWhereNonNull(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, coerced: Record<string, unknown>): void {
  const problems = new FieldProblemList();
  const named = new Set<string>();
  const skipped = (node: FieldNode | InlineFragmentNode): false | undefined => (runs(node, coerced) ? undefined : false);
  for (const node of [operation, ...fragmentsOf(document, operation, coerced)]) {
    const typeInfo = new TypeInfo(schema);
    visit(node, visitWithTypeInfo(typeInfo, {
      VariableDefinition: () => false, // the definitions' own types are coerceVariables' business
      Field: skipped, // what does not run cannot fail: decided on what executes
      InlineFragment: skipped,
      Variable(variable) {
        const name = variable.name.value;
        const needed = typeInfo.getInputType();
        if (!needed || !isNonNullType(needed) || !Object.hasOwn(coerced, name) || coerced[name] !== null) return;
        const argument = typeInfo.getArgument()?.name;
        const field = typeInfo.getFieldDef()?.name;
        // the argument it is in (`deals(first)`, or `createInteraction(input)` for a field inside an input)
        const where = argument && field ? `${field}(${argument})` : 'a field';
        const key = `${name} ${where}`;
        if (named.has(key)) return;
        named.add(key);
        problems.add({ field: `$${name}`, reason: `is null where ${where} needs a value of type ${String(needed)}: send one, or leave the variable out to use the default` });
      },
    }));
  }
  if (problems.size) throw new BadUserInputError(problems);
}
