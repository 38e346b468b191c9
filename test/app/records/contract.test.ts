import { createContract } from '@/app/records/contract/create-contract';
import { deleteContract } from '@/app/records/contract/delete-contract';
import { updateContract } from '@/app/records/contract/update-contract';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('contract use cases', (get) => {
  beforeAll(() => seed(get()));
  const contract = async (id: string) => (await get().read.contractsByIds([id]))[0];

  it('creates, moves to another company, and deletes a contract', async () => {
    expect(await createContract(as(get(), 'createContract'), { id: 'k1', companyId: 'c1', termMonths: 12 }))
      .toMatchObject({ id: 'k1', companyId: 'c1', termMonths: 12, startDate: null, version: 1 });
    await updateContract(as(get(), 'updateContract'), 'k1', { companyId: 'c2' });
    expect(await contract('k1')).toMatchObject({ companyId: 'c2', version: 2 });
    expect(await deleteContract(as(get(), 'deleteContract'), 'k1')).toBe('k1');
    expect(await contract('k1')).toBeNull();
  });

  it('refuses an unknown company (INVALID_INPUT input.companyId) and writes nothing', async () => {
    const e = await refused(get(), () => createContract(as(get(), 'createContract'), { id: 'k2', companyId: 'nope' }), 'INVALID_INPUT', 'input.companyId', () => contract('k2'));
    expect(e.message).toBe('Invalid input.companyId: no company with id "nope"');
  });
});
