/**
 * Ids are the caller's own strings: 1 to 200 characters, not only spaces, no control characters (an id of spaces
 * alone was taken, found by an outsider: it shows as nothing wherever it is listed).
 */
export const ID_RULE = /^(?=[^]*\S)[^\u0000-\u001f\u007f]{1,200}$/;

export const ID_REASON = 'must be an id of 1 to 200 characters, not only spaces, without control characters';
