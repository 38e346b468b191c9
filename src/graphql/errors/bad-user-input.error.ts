import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** One field a caller got wrong: where, and what is allowed. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, fields: FieldProblem[], extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields, ...extra } });
  }

  static field(field: string, reason: string): BadUserInputError {
    return new BadUserInputError(`Invalid ${field}: ${reason}`, [{ field, reason }]);
  }
}
