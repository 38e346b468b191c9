/**
 * The record cache drops only what a change can alter (src/store/record-cache.ts): after every kind of write, each
 * cached read (records by id, edge lists, tokens) must equal the same read past the cache (uncached-view.ts), on both
 * engines; and a write must leave what it cannot alter in the cache (no round trip to read it again).
 */
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { Role } from '@/domain/auth/actor';
import { importSnapshot } from '@/wiring/snapshot';
import { changeEmployment, handActionsOver, handDealsTo } from '@/store/handover/job-change.queries';
import { describeEachEngine } from '../helpers/engines';
import { insightsSnapshot } from './insights.fixture';

const today = new Date().toISOString().slice(0, 10);
const later = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

// every id the writes below create, change or delete, and those they leave alone
const PEOPLE = ['m1', 'm2', 'm3', ...Array.from({ length: 13 }, (_, i) => `r${i + 1}`)];
const COMPANIES = ['c1', 'c2', 'c3', 'c4', 'c5'];
const CONTRACTS = ['k1', 'k2'];
const DEALS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'dx'];
const INTERACTIONS = ['i1', 'i2'];
const HASHES = ['hash-1', 'hash-2'];

function snapshot(): Record<string, any> {
  const s = insightsSnapshot();
  s.companies.push({ id: 'c5', name: 'イプシロン工業', partnerStatus: 'ACTIVE', industry: '製造業', customerSegments: ['SMB'] });
  s.contracts = [{ id: 'k1', companyId: 'c1', startDate: '2024-04-01', termMonths: 12, commissionRate: 0.15, conditions: 'text', status: 'ACTIVE' }];
  s.interactions = [{
    id: 'i1', at: '2026-06-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r1'], summary: 'text',
    reaction: 'POSITIVE', concerns: ['price'], nextAction: { description: 'send quote', dueDate: '2026-06-07', done: false },
  }];
  s.employments.push({ repId: 'r12', companyId: 'c5', title: '部長', department: '営業部', since: '2020-04-01' });
  s.reps.push({ id: 'r12', name: '大野 十二' });
  return s;
}

/** Every cached read of the store, for every id above. */
async function readAll(r: GraphOperations): Promise<Record<string, unknown>> {
  return {
    people: await r.peopleByIds(PEOPLE),
    companies: await r.companiesByIds(COMPANIES),
    contracts: await r.contractsByIds(CONTRACTS),
    deals: await r.dealsByIds(DEALS),
    interactions: await r.interactionsByIds(INTERACTIONS),
    interactionsOf: await r.interactionsByPersonIds(PEOPLE),
    ties: await r.relationshipsByPersonIds(PEOPLE),
    contractsOf: await r.contractsByCompanyIds(COMPANIES),
    employmentsOf: await r.employmentsByRepIds(PEOPLE),
    staffNow: await r.employmentsByCompanyIds(COMPANIES, true, today),
    staffEver: await r.employmentsByCompanyIds(COMPANIES, false, today),
    portfolioOf: await r.portfolioByManagerIds(PEOPLE),
    ownersOf: await r.portfolioByCompanyIds(COMPANIES),
    bosses: await r.bossesOf(PEOPLE),
    reports: await r.reportsOf(PEOPLE),
    dealsOf: await r.dealsByCompanyIds(COMPANIES),
    dealsBy: await r.dealsByPersonIds(PEOPLE),
    tokens: await Promise.all(HASHES.map((h) => r.tokenByHash(h))),
  };
}

describeEachEngine('the record cache after writes of every kind', (store) => {
  let uncached: GraphStore;
  beforeAll(async () => {
    await importSnapshot(store(), snapshot());
    uncached = store().withoutRecordCache();
    await store().write(async (ops) => {
      await ops.saveToken({ id: 't1', name: 'one', role: Role.MANAGER, managerId: 'm1', hash: 'hash-1', createdAt: '2026-01-01T00:00:00Z', revokedAt: null });
    });
  });

  const one = async <T>(read: Promise<(T | null)[]>): Promise<T> => (await read)[0]!;
  const writes: [string, (ops: GraphOperations) => Promise<unknown>][] = [
    ['a tie between two reps', (ops) => ops.saveRelationship({ a: 'r3', b: 'r9', trust: 0.8, kind: null, since: null, recordedAt: '2026-01-01T00:00:00Z', version: 1 } as never)],
    ['the tie deleted', (ops) => ops.deleteRelationship('r3', 'r9')],
    ['a rep renamed (staff and reports lists are ordered by name)', async (ops) => ops.savePerson({ ...(await one(ops.peopleByIds(['r5']))), name: 'あ 改名', version: 2 } as never)],
    ['a manager renamed (owner lists are ordered by name)', async (ops) => ops.savePerson({ ...(await one(ops.peopleByIds(['m2']))), name: 'あ 部長', version: 2 } as never)],
    ['a company renamed (portfolio lists are ordered by name)', async (ops) => ops.saveCompany({ ...(await one(ops.companiesByIds(['c2']))), name: 'あ 販売', version: 2 } as never)],
    ['a contract created', async (ops) => ops.saveContract({ ...(await one(ops.contractsByIds(['k1']))), id: 'k2', companyId: 'c2' } as never)],
    ['a contract moved to another company', async (ops) => ops.saveContract({ ...(await one(ops.contractsByIds(['k2']))), companyId: 'c3', version: 2 } as never)],
    ['a contract deleted', (ops) => ops.deleteContract('k2')],
    ['a deal created', async (ops) => ops.saveDeal({ ...(await one(ops.dealsByIds(['d1']))), id: 'dx', companyId: 'c2', repId: 'r9', managerId: 'm2' } as never)],
    ['a deal moved to another company and rep', async (ops) => ops.saveDeal({ ...(await one(ops.dealsByIds(['dx']))), companyId: 'c3', repId: 'r10', managerId: 'm1', version: 2 } as never)],
    ['a deal deleted', (ops) => ops.deleteDeal('dx')],
    ['an interaction created', async (ops) => ops.saveInteraction({ ...(await one(ops.interactionsByIds(['i1']))), id: 'i2', managerIds: ['m2'], repIds: ['r8'] } as never)],
    ['an interaction with other people', async (ops) => ops.saveInteraction({ ...(await one(ops.interactionsByIds(['i2']))), managerIds: ['m1'], repIds: ['r9', 'r10'], version: 2 } as never)],
    ['an interaction deleted', (ops) => ops.deleteInteraction('i2')],
    ['an employment added', (ops) => ops.saveEmployment({ id: 'e-r9-c3', repId: 'r9', companyId: 'c3', title: '顧問', department: null, since: '2025-01-01', until: null })],
    ['an employment ended', (ops) => ops.saveEmployment({ id: 'e-r9-c3', repId: 'r9', companyId: 'c3', title: '顧問', department: null, since: '2025-01-01', until: today })],
    ['an employment deleted', (ops) => ops.deleteEmployment('e-r9-c3')],
    ['a portfolio entry added', (ops) => ops.savePortfolio({ managerId: 'm2', companyId: 'c3', since: null })],
    ['a portfolio entry removed', (ops) => ops.deletePortfolio('m1', 'c1')],
    ['a reports-to link set', (ops) => ops.saveReportsTo({ repId: 'r9', bossId: 'r8' })],
    ['a reports-to link removed', (ops) => ops.deleteReportsTo({ repId: 'r2', bossId: 'r1' })],
    ['a token created', (ops) => ops.saveToken({ id: 't2', name: 'two', role: Role.MANAGER, managerId: 'm2', hash: 'hash-2', createdAt: '2026-01-01T00:00:00Z', revokedAt: null })],
    ['a manager\'s tokens revoked', (ops) => ops.revokeTokensOfManager('m1', `${later}T00:00:00Z`)],
    // a job change (recordJobChange's statements: src/store/handover/job-change.queries.ts)
    ['a rep moves: their period at c1 ends and one at c3 starts', async (ops) => {
      const history = (await ops.employmentsByRepIds(['r4']))[0];
      const current = history.filter((e) => e.until === null || e.until >= today);
      await changeEmployment(ops, 'r4', current, today, { id: 'e-r4-c3', repId: 'r4', companyId: 'c3', title: '課長', department: null, since: today, until: null }, history);
    }],
    ['their open deal handed to a colleague', (ops) => handDealsTo(ops, ['d2'], 'r4', 'r7', 'c1')],
    ['a next action carried to a colleague', async (ops) => {
      const original = await one(ops.interactionsByIds(['i1']));
      await handActionsOver(ops, 'r1', 'r7', [{ original, carrier: { ...original, id: 'i2', repIds: ['r7'], version: 1 } }]);
    }],
    ['a rep deleted (their ties, staff rows and links go)', (ops) => ops.deletePerson('r8')],
    ['a company deleted (its staff, owners, contracts and deals lose it)', (ops) => ops.deleteCompany('c5')],
    ['a manager deleted', (ops) => ops.deletePerson('m2')],
  ];

  it('every cached read equals an uncached read, after each kind of write', async () => {
    await readAll(store().read);
    for (const [what, write] of writes) {
      await store().write(write);
      const cached = await readAll(store().read);
      const fresh = await readAll(uncached.read);
      try {
        expect(cached).toEqual(fresh);
      } catch (e) {
        throw new Error(`after ${what}: ${(e as Error).message}`);
      }
    }
  });

  it('a write leaves in the cache what it cannot alter', async () => {
    const read = store().read;
    await readAll(read);
    await store().write((ops) => ops.saveRelationship({ a: 'r1', b: 'r7', trust: 0.6, kind: null, since: null, recordedAt: '2026-01-01T00:00:00Z', version: 1 } as never));
    const trips = store().stats.roundTrips;
    // none of these mention r1 or r7 (c5 was deleted above: a record not found is not kept)
    await read.companiesByIds(['c1', 'c2', 'c3']);
    await read.contractsByCompanyIds(COMPANIES);
    await read.dealsByIds(['d1', 'd2']);
    await read.relationshipsByPersonIds(['r10']);
    expect(store().stats.roundTrips).toBe(trips);
    // the tie's ends are read again
    const [r1] = await read.relationshipsByPersonIds(['r1']);
    expect(store().stats.roundTrips).toBeGreaterThan(trips);
    expect(r1.some((t) => t.b === 'r7' || t.a === 'r7')).toBe(true);
  });
});
