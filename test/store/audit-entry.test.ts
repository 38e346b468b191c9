import { describeEachEngine } from '../helpers/engines';

describeEachEngine('an audit entry', (get) => {
  it('keeps the server\'s request id and the client\'s x-request-id apart (null when none)', async () => {
    const entry = { at: '2026-01-01T00:00:00.000Z', actorId: 'admin-token', role: 'ADMIN', operation: 'updateCompany', targetIds: ['c1', 'r1'], requestId: 'server-id' };
    await get().write(async (ops) => {
      await ops.appendAudit({ ...entry, id: 'a1', clientRequestId: 'client-id' });
      await ops.appendAudit({ ...entry, id: 'a2', at: '2026-01-01T00:00:01.000Z', clientRequestId: null });
    });
    expect(await get().read.listAudit(null, { limit: 2 })).toEqual([
      { ...entry, id: 'a2', at: '2026-01-01T00:00:01.000Z', clientRequestId: null },
      { ...entry, id: 'a1', clientRequestId: 'client-id' },
    ]);
  });
});
