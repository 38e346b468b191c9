/**
 * The errors a use case raises. They carry what a caller needs to fix the request and nothing of the transport:
 * `src/graphql/errors/format-error.ts` maps each to its GraphQL code (and HTTP status) in one place, and the CLI
 * prints them as they are.
 */

import { echoId } from '@/domain/shared/echo-id';

/** One field a caller got wrong: its full path (`input.name`), and what is allowed. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export abstract class AppError extends Error {
  abstract readonly kind: 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';
  /** Extra facts for the client (extensions), besides the ones each kind has. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** The request is wrong: BAD_USER_INPUT, with every field that is. Nothing was written. */
export class InvalidInput extends AppError {
  readonly kind = 'INVALID_INPUT' as const;

  constructor(message: string, readonly fields: FieldProblem[], details: Record<string, unknown> = {}) {
    super(message, details);
  }

  static field(field: string, reason: string): InvalidInput {
    return new InvalidInput(`Invalid ${field}: ${reason}`, [{ field, reason }]);
  }
}

/** A record the request names does not exist: NOT_FOUND. `why` replaces "with id" when it is not named by an id. */
export class NotFound extends AppError {
  readonly kind = 'NOT_FOUND' as const;

  constructor(readonly what: string, readonly id: string, readonly why?: string) {
    super(why ? `No ${what} "${echoId(id)}": ${why}` : `No ${what} with id "${echoId(id)}"`);
  }
}

/** The actor may not do this: FORBIDDEN (HTTP 403); `field` is the operation refused. */
export class Forbidden extends AppError {
  readonly kind = 'FORBIDDEN' as const;

  constructor(message: string, readonly field: string) {
    super(message);
  }
}

/** The request contradicts what is stored (an id taken, a record changed meanwhile): CONFLICT. */
export class Conflict extends AppError {
  readonly kind = 'CONFLICT' as const;
}
