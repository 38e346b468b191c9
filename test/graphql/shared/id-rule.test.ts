/**
 * An id is the caller's own string, 1 to 200 characters, not only spaces or invisible characters, without control characters: refused the
 * same through a mutation and through a snapshot, nothing written (found by an outsider: ids of spaces alone were taken).
 */
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { useApi } from '../../helpers/graphql';

describe('the id rule', () => {
  it('takes ids with any visible character, refuses empty, spaces-only, control characters and more than 200', () => {
    for (const ok of ['r1', ' r1 ', '田中', 'a b', 'x'.repeat(200), '\u200bx', '😀']) expect(ID_RULE.test(ok)).toBe(true);
    for (const bad of ['', ' ', '   ', '\u3000'.repeat(2), 'a\u0000', 'a\nb', 'x'.repeat(201)]) expect(ID_RULE.test(bad)).toBe(false);
    // invisible alone (found by an outsider: a zero-width space was taken as an id)
    for (const bad of ['\u200b', '\ufeff', '\u200b \u2060', '\u00ad', '\u200e\u200f']) expect(ID_RULE.test(bad)).toBe(false);
    // found by a third outsider: a combining grapheme joiner, an Arabic letter mark, Khmer inherent vowels
    for (const bad of ['\u034f', ' \u034f', '\u061c', '\u17b4', '\u17b5']) expect(ID_RULE.test(bad)).toBe(false);
    // found by a fourth outsider: the musical symbol formatting characters U+1D173-1D17A (format characters); the
    // musical symbols beside them, which share their high half, stay visible
    for (const bad of ['\u{1D173}', '\u{1D17A}', ' \u{1D175}\u{1D176} ', '\u200b\u{1D177}']) expect(ID_RULE.test(bad)).toBe(false);
    for (const ok of ['\u{1D172}', '\u{1D17B}', '\u{1D11E}', 'a\u{1D173}', '\u{1D173}\u{1D160}']) expect(ID_RULE.test(ok)).toBe(true);
    // C1 controls and more that render as nothing (found by a second outsider)
    for (const bad of ['\u0085', 'b\u0085', '\u009b', '\u2800', '\u3164\u3164', '\u{E0020}', '\ufe0f', '\uffa0']) expect(ID_RULE.test(bad)).toBe(false);
    for (const ok of ['a\u3164b', '😀x', '\u{20000}']) expect(ID_RULE.test(ok)).toBe(true);
  });
});

describe('ids of spaces alone', () => {
  const fx = useApi();

  it('are refused by createRep and createCompany with the field and the rule, nothing written', async () => {
    for (const q of ['mutation { createRep(input: { id: "  ", name: "田中" }) { id } }', 'mutation { createCompany(input: { id: " ", name: "A社" }) { id } }']) {
      const r = await fx.api.run(q);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'input.id', reason: `id ${ID_REASON}` }]);
    }
    expect((await fx.api.ok('{ reps(first: 100) { edges { node { id } } } }')).reps.edges.map((e: any) => e.node.id)).not.toContain('  ');
  });

  it('are refused in a snapshot with the record and field', async () => {
    const r = await fx.api.run('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: { companies: [{ id: '  ', name: 'A社' }] } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', records: [{ list: 'companies', index: 0, field: 'id' }] });
  });
});
