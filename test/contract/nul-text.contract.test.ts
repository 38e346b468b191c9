/**
 * "a\u0000b" was stored and read back, but came back as "a" after an export and import (Kuzu's COPY cuts text at a
 * NUL). Text holding NUL is refused wherever it comes in, on both engines: BAD_USER_INPUT naming the field, nothing
 * written.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { NUL_TEXT } from '@/domain/shared/well-formed-text';
import { TestApi } from '../helpers/graphql';
import { describeEachEngine } from '../helpers/engines';
import { appErrorExtensions } from '@/graphql/errors/format-error';

describeEachEngine('text holding NUL (U+0000)', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
  });
  afterAll(() => api.stop());
  const absent = async (id: string): Promise<void> => expect(await api.ok('query($id: ID!) { rep(id: $id) { id } }', { id })).toEqual({ rep: null });

  it('in a variable: refused naming where it is used', async () => {
    const r = await api.run('mutation($n: String) { createRep(input: { id: "n1", name: "田中", notes: $n }) { id } }', { n: 'a\u0000b' });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'createRep.input.notes', reason: NUL_TEXT }] });
    await absent('n1');
  });

  it('in a string literal (\\u0000, which the GraphQL parser allows) and in a variable default', async () => {
    const literal = await api.run('mutation { createRep(input: { id: "n2", name: "田中", notes: "a\\u0000b" }) { id } }');
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'createRep.input.notes' }] });
    await absent('n2');
    const byDefault = await api.run('mutation($n: String = "x\\u0000") { createRep(input: { id: "n3", name: "田中", notes: $n }) { id } }');
    expect(byDefault.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: '$n' }] });
    await absent('n3');
  });

  it('in a snapshot record, a list item or a custom field name: that record listed, nothing written', async () => {
    for (const [rep, field] of [
      [{ id: 'n5', name: '佐藤', notes: 'memo\u0000' }, 'notes'],
      [{ id: 'n5', name: '佐藤', expertise: ['SaaS', 'a\u0000'] }, 'expertise[1]'],
    ] as const) {
      const err = await importSnapshot(store(), { reps: [{ id: 'n4', name: '田中' }, rep] }).then(() => null, (e) => e);
      expect(appErrorExtensions(err)).toMatchObject({ code: 'BAD_USER_INPUT', records: [{ list: 'reps', index: 1, field, reason: NUL_TEXT }] });
    }
    const company = await importSnapshot(store(), { companies: [{ id: 'nc', name: 'A', customFields: { ['k\u0000']: 'v' } }] }).then(() => null, (e) => e);
    expect(appErrorExtensions(company)).toMatchObject({ records: [{ list: 'companies', index: 0, field: 'customFields.k\u0000' }] });
    await absent('n4');
    expect(await api.ok('{ company(id: "nc") { id } }')).toEqual({ company: null });
  });

  it('text without NUL, control characters included, is stored', async () => {
    const r = await api.ok('mutation($n: String) { createRep(input: { id: "n6", name: "田中", notes: $n }) { notes } }', { n: 'tab\there\u0001' });
    expect(r.createRep.notes).toBe('tab\there\u0001');
  });
});
