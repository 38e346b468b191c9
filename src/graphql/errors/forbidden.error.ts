import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** The caller may not run this field (HTTP 403); `field` is the root field refused. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, field, http: { status: 403 } } });
  }
}
