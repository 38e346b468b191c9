import { type ValidationOptions, isEmail, registerDecorator } from 'class-validator';
import { isInstant, isIsoDate } from '@/domain/shared/calendar-date';
import { type YenMin, yenProblem } from '@/domain/shared/yen';
import { numberInProblem } from '@/domain/shared/number-range';
import { reportDayProblem } from '@/domain/kpis/periods';
import { ID_REASON, ID_RULE, showsNothing } from '@/domain/shared/id-rule';

// warm-path.resolver.ts still imports isIsoDate from here; the predicates live in the domain
export { isInstant, isIsoDate };

// the id rule lives in the domain (a snapshot's deleted people are checked by it too)
export { ID_RULE };

/** A rule whose one reason comes from a domain function (null: allowed); null/undefined pass. */
function domainRule(name: string, problem: (v: unknown) => string | null) {
  return (options?: ValidationOptions) =>
    (target: object, propertyName: string): void => {
      registerDecorator({
        name,
        target: target.constructor,
        propertyName,
        options: { message: (args) => `${propertyName} ${problem(args.value) ?? 'is not allowed'}`, ...options },
        validator: { validate: (v: unknown) => v == null || problem(v) === null },
      });
    };
}

/** A rule with one fixed reason: `test` says whether a value is allowed; null/undefined pass. */
function rule(name: string, test: (v: unknown) => boolean, message: string) {
  return domainRule(name, (v) => (test(v) ? null : message));
}

/** A yen amount (src/domain/shared/yen.ts: finite, at least `min`, at most 1e15), one reason when it is not. */
export const IsYen = (min: YenMin, options?: ValidationOptions) => domainRule('isYen', (v) => yenProblem(v, min))(options);
/** A finite number from `min` to `max`, one reason when it is not (not three for the text "0.5"). */
export const IsNumberIn = (min: number, max: number, options?: ValidationOptions) => domainRule('isNumberIn', (v) => numberInProblem(v, min, max))(options);

/** A calendar date, `YYYY-MM-DD`. Null/undefined pass (pair with IsOptional or a required check). */
export const IsIsoDate = rule('isIsoDate', isIsoDate, 'must be a date YYYY-MM-DD');
/** A day a KPI report may start or end on (src/domain/kpis/periods.ts, PERIOD_YEARS); one that is no date is IsIsoDate's. */
export const IsReportDay = domainRule('isReportDay', (v) => (isIsoDate(v) ? reportDayProblem(v as string) : null));
/** An instant with offset, e.g. 2024-06-01T10:00:00+09:00. */
export const IsInstant = rule('isInstant', isInstant, 'must be an ISO 8601 date-time with offset, e.g. 2024-06-01T10:00:00+09:00');
/** An id: 1 to 200 characters, not only spaces or invisible characters, no control characters (src/domain/shared/id-rule.ts). */
export const IsId = rule('isId', (v) => typeof v === 'string' && ID_RULE.test(v), ID_REASON);
/**
 * A name: not only white space or invisible characters (a name of spaces, or of a zero-width space, finds nothing and
 * reads as nothing: the id rule's notion of showing nothing). Null, undefined and "" pass (the length rule refuses "").
 */
export const IsNotBlank = rule('isNotBlank', (v) => typeof v !== 'string' || v === '' || !showsNothing(v), 'must not be blank (only white space or invisible characters)');
/**
 * A filter's text: not empty nor blank, told in one message for both (an empty filter got the length rule's message and
 * one of spaces the blank one, found by an outsider); leaving the filter out is how to ask for everything.
 */
export const IsFilterText = rule('isFilterText', (v) => typeof v !== 'string' || (v !== '' && !showsNothing(v)), 'must not be empty or blank (only white space or invisible characters); leave it out for every value');
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
