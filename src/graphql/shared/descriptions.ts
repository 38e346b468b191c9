/** Schema descriptions that many types and arguments share, so that the schema says the same thing the same way. */

export const VERSION = 'Optimistic-concurrency version, from 1: pass it back as expectedVersion when updating';

export const EXPECTED_VERSION =
  'The version you read: when the record is at another version the write is refused (CONFLICT) and nothing changes; omit it to write without the check';

/** A create input's `id`. */
export const OWN_ID = 'Your own id, 1 to 200 characters; a UUID is generated when omitted';

/** An update input's `id`, e.g. sameId('deal'). */
export const sameId = (what: string): string => `The ${what}'s id; omit it, or pass the same id as the \`id\` argument (an id cannot change)`;
