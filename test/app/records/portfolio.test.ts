import { addToPortfolio } from '@/app/records/portfolio/add-to-portfolio';
import { removeFromPortfolio } from '@/app/records/portfolio/remove-from-portfolio';
import { removeReportsTo } from '@/app/records/reports-to/remove-reports-to';
import { setReportsTo } from '@/app/records/reports-to/set-reports-to';
import { describeEachEngine } from '../../helpers/engines';
import { as, refused, seed } from './records-fixture';

describeEachEngine('portfolio and reports-to use cases', (get) => {
  beforeAll(() => seed(get()));
  const portfolio = async () => (await get().read.portfolioByManagerIds(['m1']))[0];
  const bosses = async () => (await get().read.bossesOf(['r1']))[0];

  it('adds a partner to a manager\'s portfolio and removes it', async () => {
    expect(await addToPortfolio(as(get(), 'addToPortfolio'), 'm1', 'c1', '2026-04-01')).toEqual({ managerId: 'm1', companyId: 'c1', since: '2026-04-01' });
    expect((await portfolio()).map((e) => e.companyId)).toEqual(['c1']);
    expect(await removeFromPortfolio(as(get(), 'removeFromPortfolio'), 'm1', 'c1')).toBe(true);
    expect(await portfolio()).toEqual([]);
  });

  it('refuses a rep as owner, a bad day, an unknown company, and removing what is not there; writes nothing', async () => {
    await refused(get(), () => addToPortfolio(as(get(), 'addToPortfolio'), 'r1', 'c1', null), 'INVALID_INPUT', 'managerId', portfolio);
    await refused(get(), () => addToPortfolio(as(get(), 'addToPortfolio'), 'm1', 'c1', '2026-02-30'), 'INVALID_INPUT', 'since', portfolio);
    await refused(get(), () => addToPortfolio(as(get(), 'addToPortfolio'), 'm1', 'c404', null), 'INVALID_INPUT', 'companyId', portfolio);
    await refused(get(), () => removeFromPortfolio(as(get(), 'removeFromPortfolio'), 'm1', 'c2'), 'NOT_FOUND', null, portfolio);
  });

  it('records and removes a reports-to link', async () => {
    expect(await setReportsTo(as(get(), 'setReportsTo'), 'r1', 'r2')).toEqual({ repId: 'r1', bossId: 'r2' });
    expect(await bosses()).toEqual(['r2']);
    expect(await removeReportsTo(as(get(), 'removeReportsTo'), 'r1', 'r2')).toBe(true);
    expect(await bosses()).toEqual([]);
  });

  it('refuses a rep as their own boss, a manager as boss, and removing a missing link; writes nothing', async () => {
    await refused(get(), () => setReportsTo(as(get(), 'setReportsTo'), 'r1', 'r1'), 'INVALID_INPUT', 'bossId', bosses);
    const e = await refused(get(), () => setReportsTo(as(get(), 'setReportsTo'), 'r1', 'm1'), 'INVALID_INPUT', 'repId/bossId', bosses);
    expect(e.message).toBe('Invalid repId/bossId: "m1" is a manager, a rep is needed');
    await refused(get(), () => removeReportsTo(as(get(), 'removeReportsTo'), 'r1', 'r2'), 'NOT_FOUND', null, bosses);
  });
});
