/**
 * A bounded number field (trust 0 to 1, a commission rate): one reason naming the range, instead of class-validator's
 * three ("must be a number conforming to…", "must not be less than 0", "must not be greater than 1") for a value
 * that is no number at all, such as the text "0.5".
 */
export function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Why `value` is not a number from min to max (one reason), or null. */
export function numberInProblem(value: unknown, min: number, max: number): string | null {
  if (isNumberIn(value, min, max)) return null;
  return `must be a number from ${min} to ${max}${typeof value === 'string' ? ', not text (write the number without quotes)' : ''}`;
}
