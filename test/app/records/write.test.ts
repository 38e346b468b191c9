import { Forbidden } from '@/app/errors';
import { createCompany } from '@/app/records/company/create-company';
import { type WriteRequest, writeRequest } from '@/app/records/write';
import { managerActor } from '../../helpers/graphql';
import { describeEachEngine } from '../../helpers/engines';
import { as, audit, refused } from './records-fixture';

describeEachEngine('the write machinery of the record use cases', (get) => {
  it('audits the operation, the ids it named and the id it created, with the request ids', async () => {
    const w: WriteRequest = { ...as(get(), 'createCompany'), audit: { operation: 'createCompany', targetIds: ['named'], requestId: 'req-1', clientRequestId: 'client-1' } };
    await createCompany(w, { id: 'c1', name: '監査 商事' });
    expect((await audit(get()))[0]).toMatchObject({ operation: 'createCompany', targetIds: ['c1', 'named'], requestId: 'req-1', clientRequestId: 'client-1', role: 'ADMIN' });
  });

  it('decides again inside the transaction: a refusal there writes nothing, and the transport is told the write is over', async () => {
    let over = 0;
    const w: WriteRequest = {
      ...as(get(), 'createCompany'),
      recheck: async (ops) => {
        if (!(await ops.companiesByIds(['c1']))[0]) throw new Error('the recheck reads inside the transaction');
        throw new Forbidden('Not allowed: test', 'createCompany');
      },
      afterWrite: () => over++,
    };
    await refused(get(), () => createCompany(w, { id: 'c2', name: '拒否 商事' }), 'FORBIDDEN', null, async () => (await get().read.companiesByIds(['c2']))[0]);
    expect(over).toBe(1);
  });

  it('fails closed: without an access decision, only an admin writes', async () => {
    const w = writeRequest(get(), managerActor('m1'), 'createCompany');
    const e = await refused(get(), () => createCompany(w, { id: 'c3', name: '越権 商事' }), 'FORBIDDEN', null, async () => (await get().read.companiesByIds(['c3']))[0]);
    expect(e.message).toBe('Not allowed: createCompany was given no access decision, and only an admin writes without one');
    expect(await createCompany({ ...w, recheck: async () => undefined }, { id: 'c3', name: '許可 商事' })).toMatchObject({ id: 'c3' });
  });
});
