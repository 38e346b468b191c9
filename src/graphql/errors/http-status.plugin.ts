import { type ApolloServerPlugin } from '@apollo/server';
import { type RequestContext } from '@/graphql/context';
import { httpStatusOf } from './http-status';

/**
 * A response that returned no data (`data` absent or null: refused before it ran, or its root field failed) gets
 * the HTTP status of its errors' code (BAD_USER_INPUT 400, FORBIDDEN 403, NOT_FOUND 404, ...); 500 only when one of
 * them is a server error. Apollo alone answers 500 to an error thrown by a plugin, whatever its code.
 * A response with data keeps 200: its errors sit beside the fields that did resolve.
 */
export function httpStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data !== undefined && data !== null)) return;
          const statuses = errors.map((e) => httpStatusOf(e.extensions?.code));
          const status = statuses.includes(500) ? 500 : statuses[0];
          if (status !== undefined) response.http.status = status;
        },
      };
    },
  };
}
