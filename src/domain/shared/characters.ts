/** Characters as a reader counts them: code points (an emoji is one; found by an outsider: a note counted two). */
export const characters = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};
