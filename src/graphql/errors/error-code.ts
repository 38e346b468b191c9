/** The `extensions.code` values a client can see (README, "Errors"). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The request body is over MAX_BODY_BYTES. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** Not a GraphQL request the server can read: bad request target, invalid JSON, CSRF prevention, a malformed HTTP message. */
  BAD_REQUEST = 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
