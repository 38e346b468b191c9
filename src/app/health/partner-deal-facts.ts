import { lossesByCompetitor } from '@/domain/health/relationship-risk';
import { type DealFacts } from '@/store/deal/deal-operations';
import { type GraphStore } from '@/store/graph-store';
import { type DealFact, allDealFacts, dealFactsByIds, dealFactsOfCompanies } from '@/store/health/health.queries';
import { ChangeTracked } from '@/store/insights/change-tracked';

/** Every won or lost deal linked to a company, by id and by company. */
interface DealIndex {
  byId: Map<string, DealFact>;
  byCompany: Map<string, Set<string>>;
}

function put(index: DealIndex, f: DealFact): void {
  remove(index, f.id);
  index.byId.set(f.id, f);
  let ids = index.byCompany.get(f.companyId);
  if (!ids) index.byCompany.set(f.companyId, (ids = new Set()));
  ids.add(f.id);
}

function remove(index: DealIndex, id: string): void {
  const had = index.byId.get(id);
  if (!had) return;
  index.byId.delete(id);
  const ids = index.byCompany.get(had.companyId);
  ids?.delete(id);
  if (ids?.size === 0) index.byCompany.delete(had.companyId);
}

function indexOf(facts: DealFact[]): DealIndex {
  const index: DealIndex = { byId: new Map(), byCompany: new Map() };
  for (const f of facts) put(index, f);
  return index;
}

/**
 * The won and lost deals of every company, kept in memory across writes on every engine (ChangeTracked: the change
 * feed tells every committed change, this process's and, at the catch-up each request starts with, other processes'):
 * a deal change reads that deal again, a company change (a deletion unlinks its deals without a deal change) that
 * company's deals; a change the log cannot describe, or an import, reads them all again. The relationship risks of the
 * whole team need the deals of every partner: added up by the store each time, that was seconds at 100,000 people
 * on Neo4j (over the per-query limit on a cold page cache), and was paid again after every write of any kind.
 *
 * The index is patched in place: its readers (partnerDealFacts) use it synchronously right after `get` resolves.
 */
const tracked = new ChangeTracked<{ deals: DealIndex }, DealIndex>({
  read: { deals: async (store) => indexOf(await allDealFacts(store.read)) },
  daily: [],
  touched: (c) => (c.type === 'deal' || c.type === 'company' ? ['deals'] : []),
  patch: {
    deals: async (store, index, changes) => {
      const dealIds = new Set<string>();
      const companyIds = new Set<string>();
      for (const c of changes) {
        if (c.type === 'deal') dealIds.add(c.id);
        else if (c.type === 'company') companyIds.add(c.id);
      }
      const [deals, ofCompanies] = await Promise.all([dealFactsByIds(store.read, [...dealIds]), dealFactsOfCompanies(store.read, [...companyIds])]);
      for (const id of dealIds) remove(index, id);
      for (const companyId of companyIds) for (const id of [...(index.byCompany.get(companyId) ?? [])]) remove(index, id);
      for (const f of [...deals, ...ofCompanies]) put(index, f);
      return index;
    },
  },
  build: (sections) => sections.deals,
});

/** The day ChangeTracked keys its value by: the deals do not depend on the day (the loss window is applied per call). */
const ANY_DAY = '-';

/**
 * Each company's DealFacts (in the order of `companyIds`) on `asOf`, by the domain's rules (won revenue; lost deals per
 * named competitor in the loss window), from the deals kept in memory: the same as the store's dealFactsByCompanyIds.
 */
export async function partnerDealFacts(store: GraphStore, companyIds: readonly string[], asOf: string): Promise<DealFacts[]> {
  const index = await tracked.get(store, ANY_DAY);
  return companyIds.map((companyId) => {
    const ids = [...(index.byCompany.get(companyId) ?? [])].sort();
    let wonRevenue = 0;
    const losses: { competitor: string | null; day: string | null }[] = [];
    for (const id of ids) {
      const f = index.byId.get(id)!;
      if (f.stage === 'WON') wonRevenue += f.amount ?? 0;
      else losses.push({ competitor: f.competitor, day: f.day });
    }
    return { wonRevenue, lostTo: lossesByCompetitor(losses, asOf) };
  });
}

/** Reads every partner's deals into memory now (at start, before /ready says ready), so the first whole-team risks do not. */
export async function warmUpDealFacts(store: GraphStore): Promise<void> {
  await tracked.get(store, ANY_DAY);
}

/** How often every deal was read (a full read: the first use, a change the log cannot describe, an import), for tests. */
export const partnerDealFactsReads = (): number => tracked.reads;
