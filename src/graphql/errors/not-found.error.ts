import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

export class NotFoundError extends GraphQLError {
  /** `why` replaces "with id" when the thing is not named by an id (a product by its name). */
  constructor(what: string, id: string, why?: string) {
    super(why ? `No ${what} "${id}": ${why}` : `No ${what} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, what, id } });
  }
}
