import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`No ${what} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, what, id } });
  }
}
