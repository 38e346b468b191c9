import { ApolloServerPlugin } from '@apollo/server';
import { FieldNode, GraphQLError, Kind, SelectionSetNode, getArgumentValues } from 'graphql';
import { Role } from '@/domain/auth/actor';
import { RequestContext } from '@/graphql/context';
import { ErrorCode } from '@/graphql/errors/error-code';
import { ADMIN_ONLY_QUERIES, mutationRefusal } from './mutation-policies';

function rootFields(set: SelectionSetNode, fragments: Record<string, { selectionSet: SelectionSetNode }>): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments);
    return fragments[s.name.value] ? rootFields(fragments[s.name.value].selectionSet, fragments) : [];
  });
}

/**
 * Authorisation before anything executes: every root mutation field is checked against its policy (default:
 * ADMIN only), admin-only queries likewise. A refused operation runs nothing, so it writes nothing.
 * For mutations it also notes, per root field, the operation name and target ids for the audit entry.
 */
export function accessPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, schema, request, document }) {
          const actor = contextValue.actor;
          // admins may run every query and mutation: nothing to check
          if (!operation || actor.role === Role.ADMIN) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          ) as Record<string, { selectionSet: SelectionSetNode }>;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          for (const field of rootFields(operation.selectionSet, fragments)) {
            const name = field.name.value;
            if (operation.operation === 'query') {
              if (ADMIN_ONLY_QUERIES.has(name)) throw forbidden(`${name} is for admins only`, name);
              continue;
            }
            if (operation.operation !== 'mutation') continue;
            const def = root?.getFields()[name];
            if (!def) continue;
            let args: Record<string, unknown>;
            try {
              args = getArgumentValues(def, field, request.variables ?? {});
            } catch (e) {
              // invalid variables: execution reports them as BAD_USER_INPUT; refuse nothing here
              if (e instanceof GraphQLError) continue;
              throw e;
            }
            const refusal = await mutationRefusal(actor, name, args, contextValue.store.read);
            if (refusal) throw forbidden(`Not allowed: ${refusal}`, name);
          }
        },
        async executionDidStart({ operation }) {
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ info, args, contextValue }) {
              if (info.parentType.name === 'Mutation') contextValue.currentMutation = { name: info.fieldName, targetIds: targetIds(args) };
            },
          };
        },
      };
    },
  };
}

function forbidden(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, field, http: { status: 403 } } });
}

/** The ids a mutation names: `id`, `input.id` and any `…Id` argument, for the audit log. */
export function targetIds(args: Record<string, any>): string[] {
  const out = new Set<string>();
  const take = (o: Record<string, any> | undefined) => {
    for (const [k, v] of Object.entries(o ?? {})) {
      if ((k === 'id' || k.endsWith('Id') || k === 'a' || k === 'b') && typeof v === 'string') out.add(v);
    }
  };
  take(args);
  take(args.input);
  return [...out];
}
