import { Field, type FieldOptions, Float, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import { roundScore } from '@/domain/shared/rounding';

/** Rounds what a computed Float field resolves to by the one rule (`roundScore`); null stays null. */
export const RoundedScore: MiddlewareFn = async (_, next) => {
  const value: unknown = await next();
  return typeof value === 'number' ? roundScore(value) : value;
};

/**
 * A Float the service computes (a score, share, rate, derived trust): declared and rounded in one step, so no such
 * field can leave unrounded. Recorded values (trust as recorded, amounts) keep plain `@Field(() => Float)`.
 */
export function ScoreField(options: FieldOptions = {}): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    UseMiddleware(RoundedScore)(target, key, descriptor as PropertyDescriptor);
    Field(() => Float, options)(target, key, descriptor as PropertyDescriptor);
  };
}
