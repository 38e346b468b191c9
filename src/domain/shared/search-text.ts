/**
 * Text normalised for searching Japanese and Latin names alike: NFKC (full-width to half-width, etc.),
 * lower case, hiragana folded to katakana, white space removed. "たなか　タロウ" and "タナカタロウ" match.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/\s+/g, '');
}

/** The searchable text of a record: its name fields, each normalised, joined by a separator no query contains. */
export function searchText(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .map(searchKey)
    .join('\u0001');
}
