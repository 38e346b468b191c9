import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';

/** A keyset cursor: the sort key and id of the last row of a page, opaque to clients. */
export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | null | undefined, field = 'after'): Cursor | null {
  if (raw == null) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { key: v[0], id: v[1] };
  } catch {
    // fall through
  }
  throw BadUserInputError.field(field, 'is not a cursor this API gave out (use pageInfo.endCursor of the previous page)');
}
