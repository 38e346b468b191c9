import { managerActor, useApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);

describe('ids repeated in error messages', () => {
  const huge = 'x'.repeat(5000);

  it('are cut at 100 characters with an ellipsis, for admins (NOT_FOUND) and managers (FORBIDDEN)', async () => {
    const missing = await fx.api.run('mutation($id: ID!) { deleteDeal(id: $id) }', { id: huge });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toBe(`No deal with id "${'x'.repeat(100)}…"`);
    const refused = await fx.api.run('mutation($id: ID!) { deleteDeal(id: $id) }', { id: huge }, managerActor('m1'));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe(`Not allowed: no deal with id "${'x'.repeat(100)}…" that you could change`);
  });

  it('are repeated whole up to 100 characters', async () => {
    const id = 'y'.repeat(100);
    expect((await fx.api.run('mutation($id: ID!) { deleteDeal(id: $id) }', { id })).errors?.[0].message).toBe(`No deal with id "${id}"`);
  });
});
