import { type Actor, Role } from './actor';

/**
 * Personal data an ANALYST does not see: contact details, personality and tendencies, and what was said in
 * interactions or in an override's note. Keyed by GraphQL type and field; every way of reaching these fields (nested, through interfaces,
 * connections or paths) resolves them through the same check.
 */
export const MASKED_FOR_ANALYSTS: Record<string, ReadonlySet<string>> = {
  Rep: new Set(['email', 'phone', 'disc', 'mbti', 'stance', 'responseSpeed', 'notes']),
  Manager: new Set(['email', 'phone']),
  Interaction: new Set(['summary', 'concerns', 'nextAction']),
  // free text about a person, like an interaction's summary (found by an outsider: masked, but viewer.maskedFields
  // did not name it, because it was masked apart from this list)
  TrustOverride: new Set(['note']),
};

export function isMasked(actor: Actor, typeName: string, fieldName: string): boolean {
  return actor.role === Role.ANALYST && !!MASKED_FOR_ANALYSTS[typeName]?.has(fieldName);
}

/** What a masked field resolves to: null, or an empty list where the schema promises a list. */
export function maskedValue(fieldName: string): null | [] {
  return fieldName === 'concerns' ? [] : null;
}
