/** Ids are the caller's own strings: 1 to 200 characters, no control characters. */
export const ID_RULE = /^[^\u0000-\u001f\u007f]{1,200}$/;

export const ID_REASON = 'must be an id of 1 to 200 characters without control characters';
