import { refuseUnstorableText } from '@/graphql/shared/well-formed-text.plugin';
import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { type QueryLimits } from '@/config';
import { type RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { coerceVariables } from '@/graphql/errors/variable-problems';
import { refuseNullsWhereNonNull } from '@/graphql/errors/null-variables';
import { type DocumentMeasure, measure } from './document-limits';
import { MAX_VARIABLE_DEPTH, nestedDeeperThan } from './nesting-depth';

function costError(m: DocumentMeasure, limit: number, production: boolean): GraphQLError {
  const where = m.costliest.map((l) => (production ? l.path : `${l.path} (×${l.size}, cost ${l.cost})`)).join(', ');
  const message = [
    production ? 'The query exceeds the allowed cost' : `The query exceeds the allowed cost: ${m.cost} > ${limit}`,
    where ? `; most of it comes from ${where}` : '',
    '. Ask for fewer items (a smaller first or limit) or fewer nested levels.',
  ].join('');
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, costliest: m.costliest.map((l) => l.path) } });
}

/**
 * Limits that depend on the variables, checked once the operation is known and before anything runs:
 * - no variable is nested more than MAX_VARIABLE_DEPTH levels (BAD_USER_INPUT naming it), used or not;
 * - the variables coerce to their types (BAD_USER_INPUT naming every field that does not, variable-problems.ts);
 * - no variable is null where a non-null argument or input field with a default needs a value (null-variables.ts);
 * - the cost (document-limits.ts) on the arguments the operation runs with: `reps(first: $n)` with n = 100 costs
 *   what `reps(first: 100)` costs (GRAPHQL_VALIDATION_FAILED naming the costliest list fields).
 */
export function requestLimitsPlugin(limits: QueryLimits, production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const variables = request.variables ?? {};
          for (const [name, value] of Object.entries(variables)) {
            if (nestedDeeperThan(value, MAX_VARIABLE_DEPTH)) {
              throw BadUserInputError.field(`$${name}`, `is nested more than ${MAX_VARIABLE_DEPTH} levels deep (arrays and objects within each other); send flatter data`);
            }
          }
          if (!operation) return;
          // text that cannot be stored is named with the faults below, in one answer (well-formed-text.plugin.ts)
          refuseUnstorableText(schema, document, operation.variableDefinitions ?? [], request.query, variables);
          // refused here, naming every field that does not coerce (execution would name them without `fields`)
          const coerced = coerceVariables(schema, operation.variableDefinitions ?? [], variables);
          // a null variable where a non-null argument or input field with a default is (graphql-js: a 500 while running)
          refuseNullsWhereNonNull(schema, document, operation, coerced);
          const m = measure(schema, document, operation, coerced);
          if (m.cost > limits.cost) throw costError(m, limits.cost, production);
        },
      };
    },
  };
}
