import { Network } from '@/domain/paths/network';
import { relationshipKey } from '@/domain/relationship/relationship';
import { log } from '@/log';
import { type IntroductionOutcome } from '@/domain/shared/enums';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { ImportUnderwayError } from '@/store/import-run';
import { type Change, changesEverything } from '@/store/changes/change';
import { type Delivery } from '@/store/changes/change-feed';
import { type Row } from '@/store/runner';
import { type LoadReport, companyDealFact, readWholeNetwork } from './paths.queries';

/**
 * The whole people network in memory, for warm-path searches without a database round trip per level, on both
 * engines.
 *
 * Freshness: loaded on first use; afterwards it hangs off the store's change feed (changes/change-feed.ts): each
 * change it is told (this process's writes before the write returns, other processes' at the catch-up that starts
 * each request) is applied by reading the changed records again by id (applyChanges), so a search never sees a
 * network older than the last commit its request could see. An import, or a change the log cannot describe record
 * by record, drops it, and the next search loads it again. Changes told while it loads are applied when the load
 * ends (re-reading a record is idempotent, so one the load saw already does no harm).
 */
export class NetworkCache {
  private network: Network | null = null;
  private loading: Promise<Network> | null = null;
  private buffered: Change[] = [];
  private reloadWanted = false;
  /** The last full load, for logs and the benchmark. */
  lastLoad: LoadReport | null = null;
  loads = 0;
  /**
   * The day searches ask on (the last one asked; UTC today until then). A load computes every tie's trust for
   * it, so that the first searches after a load or a reload find it computed.
   */
  private day = new Date().toISOString().slice(0, 10);
  /** After a failed load, searches read per request until this time (ms) instead of retrying at once. */
  private retryAfter = 0;
  static readonly RETRY_MS = 60_000;

  constructor(private readonly store: GraphStore) {
    store.changes.subscribe((d) => this.onChanges(d));
  }

  /** Searches now ask on `today` (YYYY-MM-DD): the network answers for it, and the next load warms up for it. */
  asOf(today: string): void {
    this.day = today;
    this.network?.asOf(today);
  }

  /** The network when it is loaded and fresh; otherwise starts loading it and answers null. */
  current(): Network | null {
    if (this.network) return this.network;
    if (!this.loading && Date.now() < this.retryAfter) return null;
    void this.load().catch(() => undefined);
    return null;
  }

  /** Resolves with the fresh network (loading it when needed). */
  ready(): Promise<Network> {
    return this.network ? Promise.resolve(this.network) : this.load();
  }

  private load(): Promise<Network> {
    if (this.loading) return this.loading;
    const network = new Network();
    network.asOf(this.day);
    this.buffered = [];
    this.reloadWanted = false;
    this.loading = this.readUnlessImporting(network).then(
      async (report) => {
        // the changes told while it loaded, then those told while they were applied, until none are left (a load
        // again when more had come in made every load end in another one under steady writes)
        while (!this.reloadWanted && this.buffered.length) {
          const changes = this.buffered;
          this.buffered = [];
          await applyChanges(this.store.read, network, changes);
        }
        this.loading = null;
        if (this.reloadWanted) return this.load();
        this.network = network;
        this.lastLoad = report;
        this.loads++;
        log.info('warm-path cache loaded', { ...report });
        return network;
      },
      (error: unknown) => {
        this.loading = null;
        this.retryAfter = Date.now() + NetworkCache.RETRY_MS;
        log.error('warm-path cache load failed; searches read neighbourhoods per request for a minute', { error });
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * A graph that holds part of an import (import-run.ts) is not loaded: searches read per request meanwhile. The load
   * is one consistent read (one state of the graph, bounded by its size rather than the per-query time limit: the
   * whole-network lists of 100,000 people take seconds on Neo4j).
   */
  private async readUnlessImporting(network: Network): Promise<LoadReport> {
    const run = await this.store.read.unfinishedImport();
    if (run) throw new ImportUnderwayError(run);
    return this.store.readConsistent((ops) => readWholeNetwork(ops, network));
  }

  private async onChanges({ changes }: Delivery): Promise<void> {
    if (this.loading) {
      if (changes.some(changesEverything)) this.reloadWanted = true;
      else this.buffered.push(...changes);
      return;
    }
    const network = this.network;
    if (!network) return;
    if (changes.some(changesEverything)) {
      this.network = null;
      return;
    }
    try {
      await applyChanges(this.store.read, network, changes);
    } catch (error) {
      if (this.network === network) this.network = null; // loaded again on the next search
      throw error;
    }
  }
}

const str = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

/**
 * Brings `network` up to date with `changes` (none of them `everything`): each changed record a warm path reads is
 * read again by id (cypher/shared/changes/, point lookups side by side) and upserted, or removed when it is gone.
 * Besides what warm paths read, the network holds what key persons read of a company beyond people and ties
 * (reports-to links, deals with the company). Changes to what neither reads (contracts, portfolio, tokens) cost
 * nothing.
 */
export async function applyChanges(ops: GraphOperations, network: Network, changes: Change[]): Promise<void> {
  const one = async (name: string, params: Record<string, unknown>): Promise<Row | undefined> => (await ops.run(name, params))[0];
  const reads = changes.map(async (c): Promise<(() => void) | null> => {
    switch (c.type) {
      case 'person': {
        const r = await one('changes/person', { id: c.id });
        return () => (r ? network.upsertPerson({ id: c.id, name: String(r.name), kind: r.kind === 'MANAGER' ? 'MANAGER' : 'REP', team: str(r.team) }) : network.removePerson(c.id));
      }
      case 'company': {
        const r = await one('changes/company', { id: c.id });
        return () => (r ? network.upsertCompany(c.id, String(r.name)) : network.removeCompany(c.id));
      }
      case 'tie': {
        const r = await one('changes/tie', { a: c.a, b: c.b });
        return () => (r
          ? network.upsertTie({ a: String(r.a), b: String(r.b), trust: Number(r.trust), recordedAt: String(r.recordedAt), kind: str(r.kind), since: str(r.since) })
          : network.removeTie(c.a, c.b));
      }
      case 'employment': {
        const r = await (c.repId != null ? one('changes/employment-of-rep', { id: c.id, repId: c.repId }) : one('changes/employment', { id: c.id }));
        return () => (r
          ? network.upsertEmployment({
            id: c.id, repId: String(r.repId), companyId: String(r.companyId), title: str(r.title), department: str(r.department), since: str(r.since), until: str(r.until),
          })
          : network.removeEmployment(c.id));
      }
      case 'interaction': {
        const r = await one('changes/interaction', { id: c.id });
        const who = r && Array.isArray(r.who) ? r.who.map(String) : [];
        return () => (r && who.length >= 2
          ? network.upsertInteraction({ id: c.id, at: String(r.at), atMillis: Number(r.atMillis), channel: str(r.channel), reaction: str(r.reaction), participants: who })
          : network.removeInteraction(c.id));
      }
      case 'deal': {
        const [r, k] = await Promise.all([one('changes/deal', { id: c.id }), one('insights/company-deal', { id: c.id })]);
        return () => {
          if (r && r.repId != null && r.managerId != null) {
            network.upsertDeal({ id: c.id, repId: str(r.repId), managerId: str(r.managerId), stage: String(r.stage), closedAt: str(r.closedAt), proposedAt: str(r.proposedAt) });
          } else network.removeDeal(c.id);
          // key persons' view of it: every deal with a company
          const companies = k && Array.isArray(k.companyIds) ? k.companyIds.map(String) : [];
          if (k && companies.length) {
            const fact = companyDealFact({
              ids: [k.id], repIds: [k.repId], stages: [k.stage], amounts: [k.amount], closedAt: [k.closedAt], proposedAt: [k.proposedAt],
              productKeys: [k.productKey], competitors: [k.competitor],
            }, 0);
            network.upsertCompanyDeal(fact, companies);
          } else network.removeCompanyDeal(c.id);
        };
      }
      case 'reports-to': {
        const r = await one('reports-to/link', { repId: c.repId, bossId: c.bossId });
        return () => (r ? network.upsertReportsTo(c.repId, c.bossId) : network.removeReportsTo(c.repId, c.bossId));
      }
      case 'trust-override': {
        const key = relationshipKey(c.a, c.b);
        const r = await one('changes/trust-override', { id: key.id });
        return () => (r
          ? network.upsertOverride(key.a, key.b, { trust: Number(r.trust), at: String(r.at), byId: String(r.byId), note: str(r.note) })
          : network.removeOverride(key.a, key.b));
      }
      case 'introduction': {
        const r = await one('changes/introduction', { id: c.id, introducerId: c.introducerId, introducedId: c.introducedId });
        return () => (r
          ? network.upsertIntroduction({
            id: c.id, introducerId: String(r.introducerId), introducedId: String(r.introducedId), toManagerId: String(r.toManagerId), at: str(r.at),
            outcome: String(r.outcome) as IntroductionOutcome,
          })
          : network.removeIntroduction(c.id));
      }
      default:
        return null;
    }
  });
  // read side by side, applied in the order committed (a removal after an upsert of what it removes stays removed)
  for (const apply of await Promise.all(reads)) apply?.();
}
