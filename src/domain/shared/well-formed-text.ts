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
 * The path of the first string in `value` (strings, arrays and plain objects, keys included, depth first) that is not
 * well-formed Unicode, e.g. `reps[0].notes`; null when all are. `path` is the path of `value` itself.
 * Iterative, with an explicit stack: a value nested thousands of levels deep overflowed the call stack (500).
 */
export function illFormedTextAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : path;
  if (value === null || typeof value !== 'object') return null;
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
    if (key !== undefined && !key.isWellFormed()) return at();
    const child = key === undefined ? (top.value as unknown[])[i] : (top.value as Record<string, unknown>)[key];
    if (typeof child === 'string') {
      if (!child.isWellFormed()) return at();
    } else if (child !== null && typeof child === 'object') {
      stack.push(level(child, at()));
    }
  }
  return null;
}
