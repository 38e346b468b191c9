/** A GraphQL error from the service, with its `extensions.code` (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…). */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** POSTs one operation to our own /graphql with the token; answers `data` or throws the first error. */
export async function graphql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered ${response.status} without JSON`, 'BAD_RESPONSE');
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError(`The service answered ${response.status} without data`, 'BAD_RESPONSE');
  return body.data;
}
