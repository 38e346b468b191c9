import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';

/** A keyset cursor: the sort key and id of the last row of a page, opaque to clients. */
export interface Cursor {
  key: string;
  id: string;
}

/** The lists that page with cursors. A cursor names its list, and another list refuses it. */
export type CursorList = 'companies' | 'reps' | 'managers' | 'interactions' | 'contracts' | 'deals' | 'auditLog';

export function encodeCursor(list: CursorList, c: Cursor): string {
  return Buffer.from(JSON.stringify([list, c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(list: CursorList, raw: string | null | undefined, field = 'after'): Cursor | null {
  if (raw == null) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    // not ours; refused below
  }
  if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string')) {
    if (v[0] === list) return { key: v[1], id: v[2] };
    throw BadUserInputError.field(field, `is a cursor of ${v[0]}, not of ${list} (use pageInfo.endCursor of the previous ${list} page)`);
  }
  throw BadUserInputError.field(field, `is not a cursor this API gave out (use pageInfo.endCursor of the previous ${list} page)`);
}
