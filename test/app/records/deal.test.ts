import { DealStage } from '@/domain/shared/enums';
import { createDeal } from '@/app/records/deal/create-deal';
import { deleteDeal } from '@/app/records/deal/delete-deal';
import { updateDeal } from '@/app/records/deal/update-deal';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('deal use cases', (get) => {
  beforeAll(() => seed(get()));
  const deal = async (id: string) => (await get().read.dealsByIds([id]))[0];

  it('creates a deal (stage OPEN by default), wins it, and deletes it', async () => {
    expect(await createDeal(as(get(), 'createDeal'), { id: 'd1', companyId: 'c1', product: 'CRM', repId: 'r1', managerId: 'm1', proposedAt: '2026-01-10' }))
      .toMatchObject({ id: 'd1', stage: DealStage.OPEN, amount: null, version: 1 });
    expect(await updateDeal(as(get(), 'updateDeal'), 'd1', { stage: DealStage.WON, closedAt: '2026-02-01', amount: 1000000 }, 1))
      .toMatchObject({ stage: DealStage.WON, closedAt: '2026-02-01', amount: 1000000, product: 'CRM', version: 2 });
    expect(await deleteDeal(as(get(), 'deleteDeal'), 'd1')).toBe('d1');
    expect(await deal('d1')).toBeNull();
  });

  it('refuses dates out of order with the full field path, and writes nothing', async () => {
    await createDeal(as(get(), 'createDeal'), { id: 'd2', companyId: 'c1', product: 'CRM', proposedAt: '2026-03-01' });
    const e = await refused(get(), () => updateDeal(as(get(), 'updateDeal'), 'd2', { closedAt: '2026-02-01' }), 'INVALID_INPUT', 'input.closedAt', () => deal('d2'));
    expect(e.message).toBe('Invalid deal: input.closedAt cannot be before proposedAt');
  });

  it('refuses a manager where a rep is needed (INVALID_INPUT input.repId)', async () => {
    const e = await refused(get(), () => createDeal(as(get(), 'createDeal'), { id: 'd3', companyId: 'c1', product: 'CRM', repId: 'm1' }), 'INVALID_INPUT', 'input.repId', () => deal('d3'));
    expect(e.fields).toEqual([{ field: 'input.repId', reason: '"m1" is a manager, a rep is needed' }]);
  });
});
