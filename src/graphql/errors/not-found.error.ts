import { GraphQLError } from 'graphql';
import { echoId } from './echo-id';
import { ErrorCode } from './error-code';

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`No ${what} with id "${echoId(id)}"`, { extensions: { code: ErrorCode.NOT_FOUND, what, id: echoId(id) } });
  }
}
