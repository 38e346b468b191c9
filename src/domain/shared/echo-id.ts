/** Longest id an error message repeats back in full; a longer one is cut there and ends with "…". */
export const ECHOED_ID_MAX = 100;

/** An id as an error message repeats it: a huge id sent by a client is not echoed whole. */
export function echoId(id: unknown): string {
  const s = String(id);
  return s.length > ECHOED_ID_MAX ? `${s.slice(0, ECHOED_ID_MAX)}…` : s;
}
