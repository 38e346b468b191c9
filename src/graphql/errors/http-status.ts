import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from './error-code';

/**
 * The HTTP status of a response whose error carries `code` and that returned no data: a client's mistake is a
 * 4xx, never a 500. Codes not listed (Apollo's persisted-query codes) keep the status Apollo gives them.
 */
const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: 400,
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: 400,
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

export function httpStatusOf(code: unknown): number | undefined {
  return typeof code === 'string' ? STATUS_OF_CODE[code] : undefined;
}
