import { type MiddlewareFn } from 'type-graphql';
import { isMasked, maskedValue } from '@/domain/auth/masking';
import { type RequestContext } from '@/graphql/context';

/**
 * On the personal fields listed in src/domain/auth/masking.ts: an ANALYST gets null (or an empty list) however the
 * field is reached: by id, through a list, a connection, a tie, a path or an interface.
 */
export const Masked: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  if (isMasked(context.actor, info.parentType.name, info.fieldName)) return maskedValue(info.fieldName);
  return next();
};
