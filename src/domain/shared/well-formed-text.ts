/**
 * Text must be well-formed Unicode: a lone surrogate (half of a UTF-16 pair, e.g. "\uD800" in JSON) has no UTF-8
 * form, so the engines cannot store it as given (Kuzu's COPY rejects the file; parameters are silently turned into
 * U+FFFD by the drivers). Callers get BAD_USER_INPUT naming the field instead.
 */
export const ILL_FORMED_TEXT = 'must be well-formed Unicode text (it holds a lone surrogate, which cannot be stored)';

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
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    return reason === null ? null : { path, reason };
  }
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = unstorableTextAt(value[i], `${path}[${i}]`);
      if (at !== null) return at;
    }
    return null;
  }
  for (const key in value) {
    const inner = path ? `${path}.${key}` : key;
    const reason = unstorableText(key);
    if (reason !== null) return { path: inner, reason };
    const at = unstorableTextAt((value as Record<string, unknown>)[key], inner);
    if (at !== null) return at;
  }
  return null;
}
