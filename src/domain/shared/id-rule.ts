/**
 * Ids are the caller's own strings: 1 to 200 characters (UTF-16 units), not only spaces or invisible characters, no
 * control characters (an id of spaces alone was taken, and then one of a zero-width space, found by an outsider: it
 * shows as nothing wherever it is listed). Invisible: the format characters that render as nothing (soft hyphen,
 * zero-width space and joiners, direction marks, word joiner, BOM).
 */
const INVISIBLE = '\\s\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff';
export const ID_PATTERN = `^(?=[\\s\\S]*[^${INVISIBLE}])[^\\u0000-\\u001f\\u007f]{1,200}$`;
export const ID_RULE = new RegExp(ID_PATTERN);

export const ID_REASON = 'must be an id of 1 to 200 characters, not only spaces or invisible characters, without control characters';
