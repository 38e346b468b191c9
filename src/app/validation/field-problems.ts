import { type FieldProblem, InvalidInput } from '@/app/errors';

/**
 * The problems of one request, gathered before refusing it, so that one refusal names every bad field rather than
 * the first: `problems.check(ok, field, reason)` for each rule, then `problems.throwIfAny()`.
 */
export class FieldProblems {
  readonly list: FieldProblem[] = [];

  add(field: string, reason: string): this {
    this.list.push({ field, reason });
    return this;
  }

  /** Adds `problem` when there is one (a rule that says why, or null). */
  addIf(field: string, problem: string | null): this {
    return problem === null ? this : this.add(field, problem);
  }

  /** Adds the problem when `ok` is false. */
  check(ok: boolean, field: string, reason: string): this {
    return ok ? this : this.add(field, reason);
  }

  /** One InvalidInput naming them all ("Invalid maxHops: …; limit: …"); nothing when there are none. */
  throwIfAny(): void {
    if (this.list.length) throw invalidInputOf(this.list);
  }
}

/**
 * One InvalidInput naming every problem, its message grouped by field in order ("Invalid input.managerIds: …; …;
 * input.repIds: …"); with one, the message is InvalidInput.field's.
 */
export function invalidInputOf(problems: FieldProblem[]): InvalidInput {
  const byField = new Map<string, string[]>();
  for (const p of problems) byField.set(p.field, [...(byField.get(p.field) ?? []), p.reason]);
  return new InvalidInput(`Invalid ${[...byField].map(([field, reasons]) => `${field}: ${reasons.join('; ')}`).join('; ')}`, problems);
}
