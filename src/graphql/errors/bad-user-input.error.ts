import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** One field a caller got wrong: where, and what is allowed. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** At most this many fields are named in a refusal (a list of 100,000 bad items is not answered with 100,000 rows). */
export const MAX_NAMED_FIELDS = 50;

/**
 * The problems of one request as they are found: the first MAX_NAMED_FIELDS kept, the rest only counted, so that a
 * huge bad input is walked to its end (to count) without keeping a row per fault.
 */
export class FieldProblemList {
  readonly named: FieldProblem[] = [];
  notNamed = 0;

  add(problem: FieldProblem): void {
    if (this.named.length < MAX_NAMED_FIELDS) this.named.push(problem);
    else this.notNamed++;
  }

  addAll(other: FieldProblemList): void {
    for (const p of other.named) this.add(p);
    this.notNamed += other.notNamed;
  }

  get size(): number {
    return this.named.length + this.notNamed;
  }
}

/** What a client sees of a BAD_USER_INPUT refusal. */
export interface BadUserInput {
  message: string;
  extensions: { code: ErrorCode.BAD_USER_INPUT; fields: FieldProblem[]; fieldsNotShown?: number } & Record<string, unknown>;
}

/** "Invalid input: a (must …); b (must …)": the message of a refusal naming these fields. */
export function invalidInputMessage(fields: readonly FieldProblem[]): string {
  return fields.length ? `Invalid input: ${fields.map((f) => `${f.field} (${f.reason})`).join('; ')}` : 'Invalid input';
}

/**
 * The one place a BAD_USER_INPUT refusal is built, whichever check found the faults (class-validator, a use case,
 * variable coercion, unstorable text): the first MAX_NAMED_FIELDS fields are named in `extensions.fields`, and any more
 * (those beyond them in `fields`, and `notShown` more that were only counted) are counted in `extensions.fieldsNotShown`
 * and in the message ("…; and 9,950 more (the first 50 are named)"). `message` is the check's own message, used when
 * every field is named (found by an outsider: refusals of bad variables and of unstorable text named 50 and dropped
 * the count). `extra` adds extensions (never code, fields or fieldsNotShown).
 */
export function badUserInput(fields: readonly FieldProblem[] | FieldProblemList, options: { message?: string; extra?: Record<string, unknown> } = {}): BadUserInput {
  const all = fields instanceof FieldProblemList ? fields.named : fields;
  const named = all.slice(0, MAX_NAMED_FIELDS);
  const notShown = all.length - named.length + (fields instanceof FieldProblemList ? fields.notNamed : 0);
  const message = notShown
    ? `${invalidInputMessage(named)}; and ${notShown.toLocaleString('en-US')} more (the first ${MAX_NAMED_FIELDS} are named)`
    : (options.message ?? invalidInputMessage(named));
  return {
    message,
    extensions: { ...options.extra, code: ErrorCode.BAD_USER_INPUT, fields: named, ...(notShown ? { fieldsNotShown: notShown } : {}) },
  };
}

/** A refusal thrown by the GraphQL layer itself (plugins, resolvers): built by badUserInput. */
export class BadUserInputError extends GraphQLError {
  constructor(fields: readonly FieldProblem[] | FieldProblemList, options: { message?: string; extra?: Record<string, unknown> } = {}) {
    const refusal = badUserInput(fields, options);
    super(refusal.message, { extensions: refusal.extensions });
  }

  static field(field: string, reason: string): BadUserInputError {
    return new BadUserInputError([{ field, reason }], { message: `Invalid ${field}: ${reason}` });
  }
}
