/**
 * Target periods and KPI ranges fall in the years 1900 to 2999 (PERIOD_YEARS): outside them BAD_USER_INPUT naming the
 * field and the range, nothing written (found by an outsider: years 0000 and 9999 were taken, and a range in 9999 was
 * a 500). The mutation and the queries, inline and through variables, and the snapshot; both engines.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { rejection } from '../helpers/rejection';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const PERIOD_REASON = 'must be in the years 1900 to 2999 (a year, a quarter such as 1900-Q1 or a month such as 2999-12)';
const DAY_REASON = 'must be a day from 1900-01-01 to 2999-12-31';
const SET = 'mutation($in: SetRevenueTargetInput!) { setRevenueTarget(input: $in) { period periodFrom periodTo } }';
const fieldsOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => ({ code: r.errors?.[0]?.extensions?.code, fields: r.errors?.[0]?.extensions?.fields });

describeEachEngine('target periods and KPI ranges: the years 1900 to 2999', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await importSnapshot(store(), sampleSnapshot());
  });
  afterAll(() => api?.stop());

  it('setRevenueTarget refuses a period before 1900 or after 2999, inline and through variables; nothing written', async () => {
    const before = await exportSnapshot(store().read);
    for (const period of ['0000', '9999', '1899-12', '3000-Q1', '0001-01']) {
      const inline = await api.run(`mutation { setRevenueTarget(input: { companyId: "c1", period: "${period}", amount: 5 }) { period } }`);
      const byVariable = await api.run(SET, { in: { managerId: 'm1', period, amount: 5 } });
      for (const r of [inline, byVariable]) expect(fieldsOf(r)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.period', reason: PERIOD_REASON }] });
    }
    // with the other faults, in one refusal; a period that is no period is told its form
    const both = await api.run(SET, { in: { companyId: 'ghost', period: '9999-Q4', amount: 0 } });
    expect(fieldsOf(both).fields).toEqual([
      { field: 'input.period', reason: PERIOD_REASON },
      { field: 'input.amount', reason: 'must be a number from 1 to 1e15 (yen)' },
      { field: 'input.companyId', reason: 'no company with id "ghost"' },
    ]);
    expect(fieldsOf(await api.run(SET, { in: { companyId: 'c1', period: '99999', amount: 5 } })).fields)
      .toEqual([{ field: 'input.period', reason: 'must be a year (2026), a quarter (2026-Q4) or a month (2026-10)' }]);
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('the bounds themselves are allowed', async () => {
    expect((await api.ok(SET, { in: { companyId: 'c1', period: '1900-01', amount: 5 } })).setRevenueTarget).toEqual({ period: '1900-01', periodFrom: '1900-01-01', periodTo: '1900-01-31' });
    expect((await api.ok(SET, { in: { companyId: 'c1', period: '2999-Q4', amount: 5 } })).setRevenueTarget).toEqual({ period: '2999-Q4', periodFrom: '2999-10-01', periodTo: '2999-12-31' });
    const edge = await api.ok('{ partnerKpis(companyId: "c1", from: "2999-12-01", to: "2999-12-31") { periods { label } } }');
    expect(edge.partnerKpis.periods).toEqual([{ label: '2999-12' }]);
    const first = await api.ok('{ partnerKpis(companyId: "c1", from: "1900-01-01", to: "1900-03-31", by: QUARTER) { periods { label } } }');
    expect(first.partnerKpis.periods).toEqual([{ label: '1900-Q1' }]);
  });

  it('partnerKpis, repKpis and portfolioKpis refuse a day outside the years, inline and through variables (9999 was a 500)', async () => {
    const forms = [
      await api.run('{ partnerKpis(companyId: "c1", from: "9999-01-01", to: "9999-12-31") { company { id } } }'),
      await api.run('query($f: String!, $t: String!) { partnerKpis(companyId: "c1", from: $f, to: $t) { company { id } } }', { f: '0000-01-01', t: '9999-12-31' }),
      await api.run('{ repKpis(repId: "r1", from: "1899-12-31", to: "3000-01-01") { total { won } } }'),
      await api.run('query($f: String!, $t: String!) { portfolioKpis(managerId: "m1", from: $f, to: $t) { total { won } } }', { f: '0000-01-01', t: '3000-01-01' }),
    ];
    for (const r of forms) {
      expect(fieldsOf(r)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'from', reason: `from ${DAY_REASON}` }, { field: 'to', reason: `to ${DAY_REASON}` }] });
    }
    // one end alone, beside another fault
    const one = await api.run('{ partnerKpis(companyId: " ", from: "2026-01-01", to: "9999-12-31") { company { id } } }');
    expect((fieldsOf(one).fields as { field: string }[]).map((f) => f.field)).toEqual(['companyId', 'to']);
  });

  it('a snapshot\'s revenue target is refused with the same rule, nothing written', async () => {
    const before = await exportSnapshot(store().read);
    const err = await rejection<AppError>(importSnapshot(store(), { revenueTargets: [{ companyId: 'c1', period: '0000', amount: 5, setBy: 'm1' }] }));
    expect(appErrorExtensions(err).records).toEqual([{ list: 'revenueTargets', index: 0, field: 'period', reason: PERIOD_REASON }]);
    expect(await exportSnapshot(store().read)).toEqual(before);
  });
});
