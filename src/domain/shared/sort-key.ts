/**
 * Where a company or person stands in a list: by the reading of the name (nameKana) where there is one, else by the
 * name, with a legal form (株式会社, 有限会社, 合同会社, (株), ㈱, …) ignored. Stored beside the name on both engines
 * (written on every save and import) so that the list queries and their keyset cursors order by it.
 *
 * The key is two parts joined by U+0001 (below every character a name has): first the reading folded the way a
 * Japanese dictionary orders (gojūon: katakana as hiragana, voiced and small kana as their plain kana, ー as the vowel
 * before it), then the unfolded reading, so that names equal after folding still have one order (か before が).
 * Half-width kana and full-width Latin are normalised (NFKC) first; Latin is compared in lower case.
 */
const SEPARATOR = '\u0001';

/** Legal forms, after NFKC (㈱ and （株） are then (株)), at the start or the end of a name, and their readings. */
const LEGAL_FORMS = [
  '株式会社', '有限会社', '合同会社', '合資会社', '合名会社',
  '(株)', '(有)', '(同)', '(資)', '(名)',
  'かぶしきがいしゃ', 'かぶしきかいしゃ', 'ゆうげんがいしゃ', 'ゆうげんかいしゃ', 'ごうどうがいしゃ', 'ごうどうかいしゃ',
  'ごうしがいしゃ', 'ごうめいがいしゃ',
];

const SMALL = 'ぁぃぅぇぉっゃゅょゎゕゖ';
const LARGE = 'あいうえおつやゆよわかけ';

/** The vowel each plain hiragana ends in (for ー after it). */
const VOWEL_OF = new Map<string, string>();
for (const [vowel, row] of [
  ['あ', 'あかさたなはまやらわ'], ['い', 'いきしちにひみりゐ'], ['う', 'うくすつぬふむゆる'],
  ['え', 'えけせてねへめれゑ'], ['お', 'おこそとのほもよろを'],
] as const) for (const ch of row) VOWEL_OF.set(ch, vowel);

/** NFKC, lower case, no white space, katakana as hiragana. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** The text without a legal form at its start or end (once each; the text stays if nothing else is left). */
export function withoutLegalForm(text: string): string {
  let t = text;
  for (const form of LEGAL_FORMS) {
    if (t.startsWith(form) && t.length > form.length) {
      t = t.slice(form.length);
      break;
    }
  }
  for (const form of LEGAL_FORMS) {
    if (t.endsWith(form) && t.length > form.length) {
      t = t.slice(0, -form.length);
      break;
    }
  }
  return t;
}

/** Gojūon order: voiced and semi-voiced kana as plain, small kana as large, ー as the vowel of the kana before it. */
function folded(text: string): string {
  const plain = text.normalize('NFD').replace(/[\u3099\u309a]/g, '').normalize('NFC');
  let out = '';
  for (const ch of plain) {
    const i = SMALL.indexOf(ch);
    const large = i >= 0 ? LARGE[i] : ch;
    out += large === 'ー' ? VOWEL_OF.get(out.at(-1) ?? '') ?? large : large;
  }
  return out;
}

/** The stored sort key of a name and its reading (see above). */
export function nameSortKey(name: string, reading?: string | null): string {
  const source = reading && reading.trim() ? reading : name;
  const text = withoutLegalForm(normalise(source));
  return `${folded(text)}${SEPARATOR}${text}`;
}
