import { useApi } from '../../helpers/graphql';

// validator.js's isEmail throws URIError on a lone surrogate; the input rule must answer "not an email" instead,
// so the caller gets the bad field, not an internal error, and nothing is written.
describe('an email holding a lone surrogate', () => {
  const fx = useApi();

  it('is a bad record of an import, listed with its field', async () => {
    const result = await fx.api.run('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', {
      s: { reps: [{ id: 'r1', name: '田中', email: 'a\uD800@example.com' }], managers: [{ id: 'm1', name: '佐藤', email: 'ok@example.com' }] },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions)).toContain('email');
    expect((await fx.api.ok('{ rep(id: "r1") { id } manager(id: "m1") { id } }'))).toEqual({ rep: null, manager: null });
  });

  it('is refused by createRep as BAD_USER_INPUT on email', async () => {
    const result = await fx.api.run('mutation($e: String) { createRep(input: { name: "田中", email: $e }) { id } }', { e: '\uD800' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0])).toContain('email');
  });
});
