import { TestApi } from '../../helpers/graphql';
import { openTestStore, type OpenedStore } from '../../helpers/engines';

/** A name of only white space or invisible characters is refused with its field and reason, on every record that has a name, and writes nothing. */
describe('names are not blank', () => {
  let opened: OpenedStore;
  let api: TestApi;
  beforeAll(async () => {
    opened = await openTestStore('kuzu');
    api = await TestApi.create(opened.store);
  });
  afterAll(async () => {
    await api?.stop();
    await opened?.close();
  });

  it.each([
    ['createRep', 'CreateRepInput', 'reps'],
    ['createManager', 'CreateManagerInput', 'managers'],
    ['createCompany', 'CreateCompanyInput', 'companies'],
  ])('%s refuses a name of spaces (ASCII and ideographic) or of invisible characters', async (mutation, input, list) => {
    // invisible: a zero-width space, a Hangul filler, a word joiner beside a space (found by an outsider: taken)
    for (const name of ['   ', '\u3000\u3000', ' \t ', '\u200b', '\u3164', ' \u2060 ', '\u034f', ' \u17b4', '\u{1D173}\u{1D17A}']) {
      const r = await api.run(`mutation($i: ${input}!) { ${mutation}(input: $i) { id } }`, { i: { name } });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', reason: 'name must not be blank (only white space or invisible characters)' }] });
    }
    const listed = await api.ok(`{ ${list}(first: 5) { edges { node { id } } } }`);
    expect(listed[list].edges).toEqual([]);
  });

  it('a name with spaces around text is kept as given', async () => {
    const r = await api.ok('mutation { createRep(input: { name: " 田中 太郎 " }) { name } }');
    expect(r.createRep.name).toBe(' 田中 太郎 ');
  });
});
