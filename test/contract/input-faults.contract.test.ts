/**
 * Issue 12 leftovers found by an outside attacker: every fault of an input told at once and once, in the mutation and
 * in the snapshot alike, with its full path and what is allowed; nothing written on refusal. Both engines.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { rejection } from '../helpers/rejection';
import { sampleSnapshot } from '../helpers/sample-snapshot';

type Fault = { list: string; index: number; field: string; reason: string };
const faults = (e: AppError): Fault[] => (appErrorExtensions(e).records as Fault[]) ?? [];
const where = (e: AppError): string[] => faults(e).map((r) => `${r.list}[${r.index}].${r.field}`);

describeEachEngine('input faults, told at once and once', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await importSnapshot(store(), sampleSnapshot());
  });
  afterAll(() => api?.stop());

  const fields = (r: { errors?: { extensions?: Record<string, any> }[] }) => ({ code: r.errors?.[0]?.extensions?.code, fields: r.errors?.[0]?.extensions?.fields });

  describe('yen amounts: finite and at most 1e15, one rule for mutations and snapshots', () => {
    it('mutations refuse 1e300 (and 1e16) in every money field, naming the field and the range, and write nothing', async () => {
      const before = await exportSnapshot(store().read);
      const target = await api.run('mutation($in: SetRevenueTargetInput!) { setRevenueTarget(input: $in) { amount } }', { in: { companyId: 'c1', period: '2026', amount: 1e300 } });
      expect(fields(target)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.amount', reason: 'must be a number from 1 to 1e15 (yen)' }] });
      const deal = await api.run('mutation($in: CreateDealInput!) { createDeal(input: $in) { id } }', {
        in: { id: 'd-big', companyId: 'c1', product: 'CRM', stage: 'OPEN', amount: 1e300, grossProfit: -1e16 },
      });
      expect(fields(deal)).toEqual({ code: 'BAD_USER_INPUT', fields: [
        { field: 'input.amount', reason: 'amount must be a number from 0 to 1e15 (yen)' },
        { field: 'input.grossProfit', reason: 'grossProfit must be a number from -1e15 to 1e15 (yen)' },
      ] });
      const company = await api.run('mutation { updateCompany(id: "c1", input: { annualRevenue: 1e16, capital: 1e300 }) { id } }');
      expect(fields(company)).toEqual({ code: 'BAD_USER_INPUT', fields: [
        { field: 'input.annualRevenue', reason: 'annualRevenue must be a number from 0 to 1e15 (yen)' },
        { field: 'input.capital', reason: 'capital must be a number from 0 to 1e15 (yen)' },
      ] });
      expect(await exportSnapshot(store().read)).toEqual(before);
      // the bound itself is allowed
      const ok = await api.ok('mutation($in: SetRevenueTargetInput!) { setRevenueTarget(input: $in) { amount } }', { in: { companyId: 'c1', period: '2026', amount: 1e15 } });
      expect(ok.setRevenueTarget.amount).toBe(1e15);
    });

    it('a snapshot refuses the same amounts with the same rule, and writes nothing', async () => {
      const before = await exportSnapshot(store().read);
      const s = sampleSnapshot();
      const err = await rejection<AppError>(importSnapshot(store(), {
        deals: [{ ...s.deals[0], amount: 1e300, grossProfit: -1e300 }],
        companies: [{ ...s.companies[1], annualRevenue: 1e16 }],
        revenueTargets: [{ companyId: 'c1', period: '2026', amount: 1e300, setBy: 'm1' }, { managerId: 'm1', period: '2026', amount: 1e15, setBy: 'm1' }],
      }));
      expect(faults(err)).toEqual(expect.arrayContaining([
        { list: 'deals', index: 0, field: 'amount', reason: 'amount must be a number from 0 to 1e15 (yen)' },
        { list: 'deals', index: 0, field: 'grossProfit', reason: 'grossProfit must be a number from -1e15 to 1e15 (yen)' },
        { list: 'companies', index: 0, field: 'annualRevenue', reason: 'annualRevenue must be a number from 0 to 1e15 (yen)' },
        { list: 'revenueTargets', index: 0, field: 'amount', reason: 'amount must be a number from 1 to 1e15 (yen)' },
      ]));
      expect(where(err)).toHaveLength(4);
      expect(await exportSnapshot(store().read)).toEqual(before);
    });
  });

  describe('a trust given as text: one reason for the field', () => {
    it('in a snapshot (relationships and trustOverrides)', async () => {
      const err = await rejection<AppError>(importSnapshot(store(), {
        relationships: [{ a: 'm1', b: 'r2', trust: '0.5' }],
        trustOverrides: [{ a: 'm1', b: 'r1', trust: '0.5', byId: 'm1' }],
      }));
      expect(faults(err)).toEqual([
        { list: 'relationships', index: 0, field: 'trust', reason: 'trust must be a number from 0 to 1, not text (write the number without quotes)' },
        { list: 'trustOverrides', index: 0, field: 'trust', reason: 'trust must be a number from 0 to 1, not text (write the number without quotes)' },
      ]);
    });

    it('in the importSnapshot mutation\'s variable, and out of range in setRelationship', async () => {
      const r = await api.run('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: { relationships: [{ a: 'm1', b: 'r2', trust: '0.5' }] } });
      expect(r.errors?.[0].extensions?.records).toEqual([{ list: 'relationships', index: 0, field: 'trust', reason: expect.stringContaining('must be a number from 0 to 1') }]);
      const high = await api.run('mutation { setRelationship(input: { a: "m1", b: "r2", trust: 1.5 }) { trust } }');
      expect(fields(high)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.trust', reason: 'trust must be a number from 0 to 1' }] });
    });
  });

  describe('a snapshot record\'s faults, all at once', () => {
    it('a format fault hides neither the record\'s own rules, nor its duplicate, nor its references', async () => {
      const before = await exportSnapshot(store().read);
      const err = await rejection<AppError>(importSnapshot(store(), {
        companies: [{ id: 'cx', name: 'A' }, { id: 'cx', name: 5 }],
        revenueTargets: [{ companyId: 'c1', period: '2026-Q5', amount: 0, setBy: 'm1' }],
        trustOverrides: [{ a: 'm1', b: 'm1', trust: 'x', byId: 'm1', note: 'x'.repeat(501) }],
        deals: [{ id: 'd9', companyId: 'ghost', product: 'CRM', stage: 'WON', amount: -1, proposedAt: '2024-06-01', closedAt: '2024-05-01' }],
      }));
      expect(where(err).sort()).toEqual([
        'companies[1].id', 'companies[1].name',
        'deals[0].amount', 'deals[0].closedAt', 'deals[0].companyId',
        'revenueTargets[0].amount', 'revenueTargets[0].period',
        'trustOverrides[0].b', 'trustOverrides[0].note', 'trustOverrides[0].trust',
      ]);
      expect(faults(err).find((f) => f.list === 'companies' && f.field === 'id')!.reason).toBe('duplicates record 0 of companies');
      expect(await exportSnapshot(store().read)).toEqual(before);
    });
  });

  describe('a NUL in a snapshot text: one of the bad records, not refused alone', () => {
    it('through the importSnapshot mutation (a variable, an inline literal, an alias), as npm run import does', async () => {
      const before = await exportSnapshot(store().read);
      const s = { reps: [{ id: 'n1', name: '田中', notes: 'memo\u0000' }, { id: 'n2', name: 5 }], relationships: [{ a: 'm1', b: 'ghost', trust: 0.5 }] };
      const expected = [
        { list: 'reps', index: 0, field: 'notes', reason: expect.stringContaining('NUL') },
        { list: 'reps', index: 1, field: 'name', reason: expect.stringContaining('must be a string') },
        { list: 'relationships', index: 0, field: 'b', reason: '"ghost" is neither in this snapshot nor in the graph' },
      ];
      const byVariable = await api.run('mutation($s: JSONObject!) { x: importSnapshot(snapshot: $s) { total } }', { s });
      expect(byVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', records: expected });
      const inline = await api.run('mutation { importSnapshot(snapshot: { reps: [{ id: "n1", name: "田中", notes: "memo\\u0000" }, { id: "n2", name: 5 }], relationships: [{ a: "m1", b: "ghost", trust: 0.5 }] }) { total } }');
      expect(inline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', records: expected });
      // the same text anywhere else is still refused before anything runs
      const elsewhere = await api.run('mutation($n: String) { createRep(input: { id: "n3", name: "田中", notes: $n }) { id } }', { n: 'a\u0000' });
      expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'createRep.input.notes' }] });
      expect(await exportSnapshot(store().read)).toEqual(before);
    });
  });

  describe('a mutation\'s format faults and its use case\'s checks, in one refusal', () => {
    it('createDeal: a bad amount and an empty product beside a missing company and a manager given as rep', async () => {
      const before = await exportSnapshot(store().read);
      const forms = [
        await api.run('mutation { createDeal(input: { id: "d-x", companyId: "ghost", product: "", stage: OPEN, repId: "m1", amount: -5 }) { id } }'),
        await api.run('mutation($in: CreateDealInput!) { createDeal(input: $in) { id } }', { in: { id: 'd-x', companyId: 'ghost', product: '', stage: 'OPEN', repId: 'm1', amount: -5 } }),
      ];
      for (const r of forms) {
        expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect((r.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['input.amount', 'input.companyId', 'input.product', 'input.repId']);
        expect(r.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([
          { field: 'input.companyId', reason: 'no company with id "ghost"' },
          { field: 'input.repId', reason: '"m1" is a manager, a rep is needed' },
        ]));
      }
      expect(await exportSnapshot(store().read)).toEqual(before);
    });

    it('addEmployment: a bad title beside until before since; createInteraction: a bad date beside an unknown manager', async () => {
      const before = await exportSnapshot(store().read);
      const job = await api.run('mutation($in: CreateEmploymentInput!) { addEmployment(input: $in) { id } }', {
        in: { repId: 'r1', companyId: 'c2', title: 'x'.repeat(501), since: '2024-04-01', until: '2023-03-31' },
      });
      expect(job.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.title', reason: expect.stringContaining('title must be') },
        { field: 'input.until', reason: 'cannot be before since' },
      ]);
      const met = await api.run('mutation($in: CreateInteractionInput!) { createInteraction(input: $in) { id } }', {
        in: { at: 'yesterday', channel: 'MEETING', managerIds: ['m1', 'm404'], repIds: ['r1'] },
      });
      expect(met.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.at', reason: expect.stringContaining('at must be') },
        { field: 'input.managerIds[1]', reason: 'no person with id "m404"' },
      ]);
      // a reference in a malformed field is not looked up
      const bad = await api.run('mutation($in: CreateDealInput!) { createDeal(input: $in) { id } }', { in: { companyId: 'a\u0001', product: 'CRM', stage: 'OPEN' } });
      expect((bad.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.companyId']);
      expect(await exportSnapshot(store().read)).toEqual(before);
    });

    it('setRevenueTarget: a bad period and amount beside a missing company or manager (inline and variables)', async () => {
      const before = await exportSnapshot(store().read);
      const forms = [
        await api.run('mutation { setRevenueTarget(input: { companyId: "ghost", period: "2026-Q5", amount: 0 }) { amount } }'),
        await api.run('mutation($in: SetRevenueTargetInput!) { setRevenueTarget(input: $in) { amount } }', { in: { companyId: 'ghost', period: '2026-Q5', amount: 0 } }),
      ];
      for (const r of forms) {
        expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].extensions?.fields).toEqual([
          { field: 'input.period', reason: 'must be a year (2026), a quarter (2026-Q4) or a month (2026-10)' },
          { field: 'input.amount', reason: 'must be a number from 1 to 1e15 (yen)' },
          { field: 'input.companyId', reason: 'no company with id "ghost"' },
        ]);
      }
      const manager = await api.run('mutation { setRevenueTarget(input: { managerId: "r1", period: "2026", amount: -1 }) { amount } }');
      expect(manager.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.amount', reason: 'must be a number from 1 to 1e15 (yen)' },
        { field: 'input.managerId', reason: '"r1" is a rep, a manager is needed' },
      ]);
      // alone, a missing company is still NOT_FOUND, as before
      const alone = await api.run('mutation { setRevenueTarget(input: { companyId: "ghost", period: "2026", amount: 5 }) { amount } }');
      expect(alone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await exportSnapshot(store().read)).toEqual(before);
    });

    it('overrideTrust: a bad trust and a note too long beside a missing person', async () => {
      const before = await exportSnapshot(store().read);
      const forms = [
        await api.run(`mutation { overrideTrust(a: "ghost", b: "r1", trust: 2, note: "${'x'.repeat(501)}") { effectiveTrust } }`),
        await api.run('mutation($a: ID!, $t: Float!, $n: String) { overrideTrust(a: $a, b: "r1", trust: $t, note: $n) { effectiveTrust } }', { a: 'ghost', t: 2, n: 'x'.repeat(501) }),
      ];
      for (const r of forms) {
        expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].extensions?.fields).toEqual([
          { field: 'trust', reason: 'must be a number from 0 to 1' },
          { field: 'note', reason: 'must be at most 500 characters (it has 501)' },
          { field: 'a', reason: 'no person with id "ghost"' },
        ]);
        // the message names each reason's field (it said "Invalid trust, note, a: …; …; …")
        expect(r.errors?.[0].message).toBe('Invalid input: trust: must be a number from 0 to 1; note: must be at most 500 characters (it has 501); a: no person with id "ghost"');
      }
      expect(await exportSnapshot(store().read)).toEqual(before);
    });
  });
});
