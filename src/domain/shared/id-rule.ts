/**
 * Ids are the caller's own strings: 1 to 200 characters (UTF-16 units), not only spaces or invisible characters, no
 * control characters, C0 or C1 (an id of spaces alone was taken, then one of a zero-width space, then ones of U+0085 or
 * a Hangul filler, found by outsiders: they show as nothing wherever they are listed). Invisible: the format and filler
 * characters that render as nothing (soft hyphen, combining grapheme joiner, Arabic letter mark, Khmer inherent vowels,
 * zero-width space and joiners, direction marks, word joiner, BOM,
 * Hangul fillers, the Braille blank, variation selectors, and the tag characters U+E0000–E007F, whose UTF-16 form is
 * U+DB40 and a low half: a low half alone never counts as visible, its high half decides). The musical symbol
 * formatting characters U+1D173–1D17A (begin/end beam, tie, slur, phrase: format characters, found by an outsider)
 * share their high half U+D834 with visible musical symbols, so the pair is excluded as a whole (ASTRAL_INVISIBLE).
 */
const INVISIBLE = '\\s\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\udc00-\\udfff\\udb40';
/** Astral invisible characters whose high half also starts visible ones: U+1D173–1D17A (U+D834 U+DD73–DD7A). */
const ASTRAL_INVISIBLE = '\\ud834[\\udd73-\\udd7a]';
/** One character that shows something: not invisible, and not the high half of an astral invisible one. */
const VISIBLE_CHAR = `(?!${ASTRAL_INVISIBLE})[^${INVISIBLE}]`;
export const ID_PATTERN = `^(?=[\\s\\S]*${VISIBLE_CHAR})[^\\u0000-\\u001f\\u007f-\\u009f]{1,200}$`;
export const ID_RULE = new RegExp(ID_PATTERN);

export const ID_REASON = 'must be an id of 1 to 200 characters, not only spaces or invisible characters, without control characters';

const VISIBLE = new RegExp(VISIBLE_CHAR);
/** Whether `text` shows nothing: only spaces or the invisible characters an id may not consist of. */
export const showsNothing = (text: string): boolean => !VISIBLE.test(text);
