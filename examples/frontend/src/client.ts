import type { TypedDocumentString } from './gql/graphql';

/** Where the service runs and the bearer token to send (an API token, a JWT, or ADMIN_TOKEN). */
export interface Endpoint {
  url: string;
  token: string;
}

/** One GraphQL error as the service sends it: `extensions.code` says what to do (README, "Errors"). */
export interface ServiceError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; reason: string }[]; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: ServiceError[], readonly status: number) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/**
 * Runs one operation over HTTP. The document's generated type fixes both the variables it takes and the data it
 * answers, so a schema change that breaks this client breaks its type-check.
 */
export async function request<TResult, TVariables>(
  endpoint: Endpoint,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.token}` },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: ServiceError[] };
  if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? [], response.status);
  return body.data;
}
