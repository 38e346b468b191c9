import { ValidationOptions, isEmail, registerDecorator } from 'class-validator';

/** Ids are the caller's own strings: 1 to 200 characters, no control characters. */
export const ID_RULE = /^[^\u0000-\u001f\u007f]{1,200}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a day of the (proleptic Gregorian) calendar: no 2023-02-29, no month 13. */
function isRealDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48, m2 = s.charCodeAt(6) - 48, d1 = s.charCodeAt(8) - 48, d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && isRealDate(v);
}

/** ISO 8601 instant with an explicit offset (Z or ±hh:mm). */
export function isInstant(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(v);
  return !!m && isRealDate(m[1]) && !Number.isNaN(Date.parse(v));
}

function rule(name: string, test: (v: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) =>
    (target: object, propertyName: string): void => {
      registerDecorator({
        name,
        target: target.constructor,
        propertyName,
        options: { message: `${propertyName} ${message}`, ...options },
        validator: { validate: (v: unknown) => v == null || test(v) },
      });
    };
}

/** A calendar date, `YYYY-MM-DD`. Null/undefined pass (pair with IsOptional or a required check). */
export const IsIsoDate = rule('isIsoDate', isIsoDate, 'must be a date YYYY-MM-DD');
/** An instant with offset, e.g. 2024-06-01T10:00:00+09:00. */
export const IsInstant = rule('isInstant', isInstant, 'must be an ISO 8601 date-time with offset, e.g. 2024-06-01T10:00:00+09:00');
/** An id: 1 to 200 characters, no control characters. */
export const IsId = rule('isId', (v) => typeof v === 'string' && ID_RULE.test(v), 'must be an id of 1 to 200 characters without control characters');
/** A plain JSON object (not an array, not null). */
export const IsPlainObject = rule('isPlainObject', (v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'must be a JSON object');

/**
 * An email address (validator.js's rules), but answering "no" where validator.js throws (a lone surrogate makes its
 * isEmail throw URIError, which would turn a bad record into an internal error).
 */
export const IsEmailAddress = rule('isEmail', (v) => {
  if (typeof v !== 'string') return false;
  try {
    return isEmail(v);
  } catch {
    return false;
  }
}, 'must be an email');
