import { addEmployment } from '@/app/records/employment/add-employment';
import { deleteEmployment } from '@/app/records/employment/delete-employment';
import { moveRep } from '@/app/records/employment/move-rep';
import { updateEmployment } from '@/app/records/employment/update-employment';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('employment use cases', (get) => {
  beforeAll(() => seed(get()));
  const history = async (repId: string) => (await get().read.employmentsByRepIds([repId]))[0];

  it('adds a period under the id rep@company@since, corrects it, and refuses it twice (CONFLICT)', async () => {
    const e = await addEmployment(as(get(), 'addEmployment'), { repId: 'r1', companyId: 'c1', since: '2020-04-01', title: '課長' });
    expect(e).toEqual({ id: 'r1@c1@2020-04-01', repId: 'r1', companyId: 'c1', since: '2020-04-01', until: null, title: '課長', department: null });
    expect(await updateEmployment(as(get(), 'updateEmployment'), e.id, { department: '営業部' })).toMatchObject({ title: '課長', department: '営業部' });
    await refused(get(), () => addEmployment(as(get(), 'addEmployment'), { repId: 'r1', companyId: 'c1', since: '2020-04-01' }), 'CONFLICT', null, () => history('r1'));
  });

  it('moves a rep: the current period ends the day before, a new one starts; the whole history comes back', async () => {
    const all = await moveRep(as(get(), 'moveRep'), { repId: 'r1', toCompanyId: 'c2', since: '2026-10-01', title: '部長' });
    expect(all.map((e) => [e.id, e.until])).toEqual([['r1@c2@2026-10-01', null], ['r1@c1@2020-04-01', '2026-09-30']]);
  });

  it('refuses a move that starts before the current period (INVALID_INPUT input.since) and writes nothing', async () => {
    const e = await refused(get(), () => moveRep(as(get(), 'moveRep'), { repId: 'r1', toCompanyId: 'c1', since: '2026-09-01' }), 'INVALID_INPUT', 'input.since', () => history('r1'));
    expect(e.message).toBe('Invalid input.since: must be after the start (2026-10-01) of the current period at c2');
  });

  it('refuses an end before the start, or a change of company, and writes nothing', async () => {
    const e = await refused(get(), () => updateEmployment(as(get(), 'updateEmployment'), 'r1@c2@2026-10-01', { until: '2026-01-01' }), 'INVALID_INPUT', 'input.until', () => history('r1'));
    expect(e.message).toBe('Invalid employment: input.until cannot be before since');
    await refused(get(), () => updateEmployment(as(get(), 'updateEmployment'), 'r1@c2@2026-10-01', { companyId: 'c1' }), 'INVALID_INPUT', 'input.companyId', () => history('r1'));
    await refused(get(), () => addEmployment(as(get(), 'addEmployment'), { repId: 'm1', companyId: 'c1' }), 'INVALID_INPUT', 'input.repId', () => history('m1'));
  });

  it('deletes a period, and answers NOT_FOUND for one that is gone', async () => {
    expect(await deleteEmployment(as(get(), 'deleteEmployment'), 'r1@c1@2020-04-01')).toBe('r1@c1@2020-04-01');
    await refused(get(), () => deleteEmployment(as(get(), 'deleteEmployment'), 'r1@c1@2020-04-01'), 'NOT_FOUND', null, () => history('r1'));
  });
});
