import { type FieldProblem } from '@/app/errors';

/** The part of class-validator's ValidationError this reads. */
export interface ValidationLike {
  property: string;
  /** The value refused, when the validation kept it (validationError.value): it tells a value of the wrong kind. */
  value?: unknown;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** Constraints that say what kind of value a field takes: told first, the others (range, length) follow from them. */
export const KIND = ['isDefined', 'whitelistValidation', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isEnum', 'isIn', 'isObject'];
const kindFirst = (a: string, b: string): number => (KIND.includes(a) ? KIND.indexOf(a) : KIND.length) - (KIND.includes(b) ? KIND.indexOf(b) : KIND.length);

/** Constraints of a list (a size rule alone says "no more than 100 elements" of a text). */
const LIST = ['isArray', 'arrayMaxSize', 'arrayMinSize', 'arrayNotEmpty', 'arrayUnique'];
/** What a number constraint needs, named for a number given as text. */
const NUMBER: Record<string, string> = { isInt: 'a whole number', isNumber: 'a number' };

const kindOf = (v: unknown): string => (typeof v === 'string' ? 'text' : typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'true or false' : 'an object');

/**
 * One reason for a field's failed constraints: the kind of value first, then what else it must be, in one sentence
 * ("employeeCount must be an integer number and not be less than 0"), not a row per constraint (a trust of "0.5" was
 * told three times: a number, not less than 0, not greater than 1). A value of the wrong kind gets that alone, when
 * the value is known: a list given as text "must be a list, not text" (not a size rule), a number given as text "must
 * be a whole number, not text", and an item of the wrong kind in a list that its kind alone (not also its length).
 */
function oneReason(property: string, constraints: Record<string, string>, value: unknown, known: boolean): string {
  const keys = Object.keys(constraints);
  if (known && value != null && !Array.isArray(value) && keys.some((k) => LIST.includes(k))) return `${property} must be a list, not ${kindOf(value)}`;
  const number = keys.find((k) => k in NUMBER);
  if (known && typeof value === 'string' && number) return `${property} must be ${NUMBER[number]}, not text (write the number without quotes)`;
  const eachKind = keys.filter((k) => KIND.includes(k) && constraints[k].startsWith('each value in '));
  if (eachKind.length) return eachKind.map((k) => constraints[k]).join('; ');
  const [first, ...rest] = keys.sort(kindFirst).map((k) => constraints[k]);
  const lead = `${property} must `;
  return rest.reduce((reason, m) => (m.startsWith(lead) ? `${reason} and ${m.slice(lead.length)}` : `${reason}; ${m}`), first);
}

/** class-validator's tree as `{ field: "input.name", reason: "..." }` rows, one per field, without the rejected values. */
export function flattenValidation(errors: ValidationLike[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = !prefix ? e.property : String(e.property).startsWith('[') ? `${prefix}${e.property}` : `${prefix}.${e.property}`;
    const own = e.constraints && Object.keys(e.constraints).length ? [{ field, reason: oneReason(String(e.property), e.constraints, e.value, 'value' in e) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
