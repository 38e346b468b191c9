import { GraphQLError } from 'graphql';
import { echoId } from '@/domain/shared/echo-id';
import { ErrorCode } from './error-code';

export class NotFoundError extends GraphQLError {
  /** `why` replaces "with id" when the thing is not named by an id (a product by its name). */
  constructor(what: string, id: string, why?: string) {
    super(why ? `No ${what} "${echoId(id)}": ${why}` : `No ${what} with id "${echoId(id)}"`, { extensions: { code: ErrorCode.NOT_FOUND, what, id: echoId(id) } });
  }
}
