import { type FieldProblem } from '@/app/errors';

/** The part of class-validator's ValidationError this reads. */
export interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** class-validator's tree as `{ field: "input.name", reason: "..." }` rows, without the rejected values. */
export function flattenValidation(errors: ValidationLike[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = !prefix ? e.property : String(e.property).startsWith('[') ? `${prefix}${e.property}` : `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
