import { type FieldProblem } from '@/app/errors';

/** The part of class-validator's ValidationError this reads. */
export interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** Constraints that say what kind of value a field takes: told first, the others (range, length) follow from them. */
const KIND = ['isDefined', 'whitelistValidation', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isEnum', 'isIn', 'isObject'];
const kindFirst = (a: string, b: string): number => (KIND.includes(a) ? KIND.indexOf(a) : KIND.length) - (KIND.includes(b) ? KIND.indexOf(b) : KIND.length);

/**
 * One reason for a field's failed constraints: the kind of value first, then what else it must be, in one sentence
 * ("employeeCount must be an integer number and not be less than 0"), not a row per constraint (a trust of "0.5" was
 * told three times: a number, not less than 0, not greater than 1).
 */
function oneReason(property: string, constraints: Record<string, string>): string {
  const [first, ...rest] = Object.keys(constraints).sort(kindFirst).map((k) => constraints[k]);
  const lead = `${property} must `;
  return rest.reduce((reason, m) => (m.startsWith(lead) ? `${reason} and ${m.slice(lead.length)}` : `${reason}; ${m}`), first);
}

/** class-validator's tree as `{ field: "input.name", reason: "..." }` rows, one per field, without the rejected values. */
export function flattenValidation(errors: ValidationLike[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = !prefix ? e.property : String(e.property).startsWith('[') ? `${prefix}${e.property}` : `${prefix}.${e.property}`;
    const own = e.constraints && Object.keys(e.constraints).length ? [{ field, reason: oneReason(String(e.property), e.constraints) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
