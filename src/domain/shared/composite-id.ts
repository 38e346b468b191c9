/**
 * Ids made of other records' ids, in one place: an introduction is `introducer>introduced>manager`, an employment
 * `rep@company@since`. The parts' own ids may hold the separator, so what `idParts` reads back is where to look
 * (an introduction is stored on its introducer–introduced pair, an employment under its rep); the stored record
 * with exactly this id decides whether it exists.
 */
const SEPARATOR = { introduction: '>', employment: '@' } as const;

export type CompositeKind = keyof typeof SEPARATOR;

export function joinId(kind: CompositeKind, parts: readonly string[]): string {
  return parts.join(SEPARATOR[kind]);
}

/** The parts of a composite id (as many as it splits into; fewer than the kind has means no such record). */
export function idParts(kind: CompositeKind, id: string): string[] {
  return id.split(SEPARATOR[kind]);
}
