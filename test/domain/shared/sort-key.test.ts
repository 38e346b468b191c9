import { nameSortKey, withoutLegalForm } from '@/domain/shared/sort-key';

const sorted = (names: string[]): string[] => [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));

describe('nameSortKey: lists by reading', () => {
  it('puts アーク before アルファ (ー counts as the vowel before it), as a dictionary does', () => {
    expect(sorted(['アルファ', 'アーク'])).toEqual(['アーク', 'アルファ']);
    expect(sorted(['ウォーター', 'ウエスト', 'ウォッチ'])).toEqual(['ウエスト', 'ウォーター', 'ウォッチ']);
  });

  it('ignores a legal form before or after the name, written out, abbreviated or as one character', () => {
    const key = nameSortKey('アーク');
    for (const name of ['株式会社アーク', 'アーク株式会社', '㈱アーク', '（株）アーク', '(株)アーク', '有限会社アーク', '合同会社 アーク', '(有)アーク', 'アーク(同)']) {
      expect({ name, key: nameSortKey(name) }).toEqual({ name, key });
    }
    expect(withoutLegalForm('株式会社')).toBe('株式会社');
  });

  it('sorts by the reading where there is one, and drops a legal form in the reading too', () => {
    expect(nameSortKey('朝日情報ラボ株式会社', 'アサヒジョウホウラボ')).toBe(nameSortKey('あさひじょうほうらぼ'));
    expect(nameSortKey('株式会社アーク', 'カブシキガイシャアーク')).toBe(nameSortKey('アーク'));
    expect(nameSortKey('朝日', '   ')).toBe(nameSortKey('朝日'));
    expect(sorted(['伊藤', 'あべ'])).toEqual(['あべ', '伊藤']); // no reading: by the name
  });

  it('treats katakana, hiragana and half-width katakana alike; voiced and small kana next to their plain kana', () => {
    expect(nameSortKey('ｱｰｸ')).toBe(nameSortKey('アーク'));
    expect(nameSortKey('あーく')).toBe(nameSortKey('アーク'));
    expect(sorted(['がっこう', 'かっこう', 'かつお', 'きく'])).toEqual(['かつお', 'かっこう', 'がっこう', 'きく']);
    expect(nameSortKey('ガ')).not.toBe(nameSortKey('カ'));
  });

  it('compares Latin names in lower case and full-width Latin as half-width', () => {
    expect(sorted(['beta', 'ＡＬＰＨＡ', 'Gamma'])).toEqual(['ＡＬＰＨＡ', 'beta', 'Gamma']);
  });
});
