import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, visit } from 'graphql';
import { ILL_FORMED_TEXT, illFormedTextAt } from '@/domain/shared/well-formed-text';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';

/**
 * Where a variable's value holds text that is not well-formed: the path of its first use, into the value
 * (`createRep.input.notes` for `notes: $n`, `importSnapshot.snapshot.reps[0].email` for `snapshot: $s`). String
 * literals need no check: the GraphQL parser already refuses a lone surrogate there.
 */
function illFormedVariable(document: DocumentNode, variables: Record<string, unknown>): string | null {
  let found: string | null = null;
  const path: string[] = [];
  const enter = (name: string) => (): void => { path.push(name); };
  const leave = (): void => { path.pop(); };
  visit(document, {
    Field: { enter: (n) => { path.push(n.alias?.value ?? n.name.value); }, leave },
    Argument: { enter: (n) => enter(n.name.value)(), leave },
    ObjectField: { enter: (n) => enter(n.name.value)(), leave },
    Variable(n) {
      if (found !== null || path.length === 0) return; // a definition ($n: String), not a use
      const inner = illFormedTextAt(variables[n.name.value]);
      if (inner !== null) found = `${path.join('.')}${inner && !inner.startsWith('[') ? '.' : ''}${inner}`;
    },
    VariableDefinition: () => false, // its default value is checked where it is used, like a passed value
  });
  return found;
}

/**
 * Refuses, before anything runs, a request whose variables hold text that is not well-formed
 * Unicode (a lone surrogate): BAD_USER_INPUT naming the field, nothing written (see domain/shared/well-formed-text.ts).
 * Variables the document never uses are not looked at (GraphQL ignores them).
 */
export function wellFormedTextPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          if (illFormedTextAt(variables) === null) return; // the usual case: no walk of the document
          const at = illFormedVariable(document, variables);
          if (at !== null) throw new BadUserInputError(`Invalid ${at}: ${ILL_FORMED_TEXT}`, [{ field: at, reason: ILL_FORMED_TEXT }]);
        },
      };
    },
  };
}
