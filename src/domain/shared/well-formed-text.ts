/**
 * Text must be well-formed Unicode: a lone surrogate (half of a UTF-16 pair, e.g. "\uD800" in JSON) has no UTF-8
 * form, so the engines cannot store it as given (Kuzu's COPY rejects the file; parameters are silently turned into
 * U+FFFD by the drivers). Callers get BAD_USER_INPUT naming the field instead.
 */
export const ILL_FORMED_TEXT = 'must be well-formed Unicode text (it holds a lone surrogate, which cannot be stored)';

/**
 * The path of the first string in `value` (strings, arrays and plain objects, keys included) that is not well-formed
 * Unicode, e.g. `reps[0].notes`; null when all are. `path` is the path of `value` itself.
 */
export function illFormedTextAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : path;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = illFormedTextAt(value[i], `${path}[${i}]`);
      if (at !== null) return at;
    }
    return null;
  }
  for (const key in value) {
    const inner = path ? `${path}.${key}` : key;
    if (!key.isWellFormed()) return inner;
    const at = illFormedTextAt((value as Record<string, unknown>)[key], inner);
    if (at !== null) return at;
  }
  return null;
}
