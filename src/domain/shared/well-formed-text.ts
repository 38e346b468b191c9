/**
 * Text must be well-formed Unicode: a lone surrogate (half of a UTF-16 pair, e.g. "\uD800" in JSON) has no UTF-8
 * form, so the engines cannot store it as given (Kuzu's COPY rejects the file; parameters are silently turned into
 * U+FFFD by the drivers). Callers get BAD_USER_INPUT naming the field instead.
 */
export const ILL_FORMED_TEXT = 'must be well-formed Unicode text (it holds a lone surrogate, which cannot be stored)';

/** An array or object being walked: its keys (null for an array), the next child and its own path. */
interface Level {
  value: Record<string, unknown> | unknown[];
  keys: string[] | null;
  next: number;
  size: number;
  path: string;
}

const level = (value: object, path: string): Level => {
  const keys = Array.isArray(value) ? null : Object.keys(value);
  return { value: value as Level['value'], keys, next: 0, size: keys ? keys.length : (value as unknown[]).length, path };
};

/**
 * Text must not hold NUL (U+0000): a mutation stores it, but Kuzu's COPY reads text as C strings and cuts it at the
 * NUL, so "a\u0000b" came back from an export and import as "a". Refused on both engines, so that what one accepts
 * moves to the other.
 */
export const NUL_TEXT = 'must not hold the NUL character (U+0000), which cannot be exported and imported back';

export interface TextProblem {
  /** Where the text is, e.g. `reps[0].notes`. */
  path: string;
  reason: string;
}

/** Why `text` cannot be stored as given, or null. */
export function unstorableText(text: string): string | null {
  if (!text.isWellFormed()) return ILL_FORMED_TEXT;
  return text.includes('\0') ? NUL_TEXT : null;
}

/**
 * The first string in `value` (strings, arrays and plain objects, keys included) that cannot be stored as given (a
 * lone surrogate, a NUL), with its path, e.g. `reps[0].notes`; null when all can. `path` is the path of `value`.
 */
export function unstorableTextAt(value: unknown, path = ''): TextProblem | null {
  return unstorableTextsAt(value, path, 1)[0] ?? null;
}

/**
 * Every such string in `value`, in document order, up to `most` (an error lists them; the rest of a huge value is not
 * searched).
 */
export function unstorableTextsAt(value: unknown, path = '', most = 100): TextProblem[] {
  const out: TextProblem[] = [];
  if (most > 0) forEachUnstorableText(value, path, (problem) => out.push(problem) < most);
  return out;
}

/**
 * Calls `found` with every such string in `value`, in document order, until it returns false (a caller that counts
 * them all keeps none). Iterative, with an explicit stack: a value nested thousands of levels deep overflowed the call
 * stack (500).
 */
export function forEachUnstorableText(value: unknown, path: string, found: (problem: TextProblem) => boolean): void {
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    if (reason !== null) found({ path, reason });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const stack: Level[] = [level(value, path)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === top.size) {
      stack.pop();
      continue;
    }
    const i = top.next++;
    const key = top.keys?.[i];
    const at = (): string => (key === undefined ? `${top.path}[${i}]` : top.path ? `${top.path}.${key}` : key);
    const keyReason = key === undefined ? null : unstorableText(key);
    if (keyReason !== null) {
      if (!found({ path: at(), reason: keyReason })) return;
      continue;
    }
    const child = key === undefined ? (top.value as unknown[])[i] : (top.value as Record<string, unknown>)[key];
    if (typeof child === 'string') {
      const reason = unstorableText(child);
      if (reason !== null && !found({ path: at(), reason })) return;
    } else if (child !== null && typeof child === 'object') {
      stack.push(level(child, at()));
    }
  }
}
