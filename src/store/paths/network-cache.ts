import { Network } from '@/domain/paths/network';
import { log } from '@/log';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { GraphStore } from '@/store/graph-store';
import { QueryLibrary } from '@/store/cypher/query-library';
import { ImportUnderwayError } from '@/store/import-run';
import { LoadReport, readWholeNetwork } from './paths.queries';
import { WriteBatch, WriteFeed, WriteStatement } from './write-feed';

/**
 * The whole people network in memory, for warm-path searches without a database round trip per level.
 *
 * Freshness: loaded on first use; afterwards every write this process commits is applied to it from the
 * write feed before the write returns (each statement re-states one record, so applying it again is
 * harmless). Writes it cannot apply record by record (a snapshot import, deleting every node, a write query
 * it does not know) drop it, and the next search loads it again. Writes committed while it loads are
 * applied when the load ends. It is only correct when this process is the only writer, which holds for
 * the embedded engine (one process per data directory); with Neo4j other processes may write, so the
 * service reads neighbourhoods per search there instead.
 */
export class NetworkCache {
  private network: Network | null = null;
  private loading: Promise<Network> | null = null;
  private buffered: WriteBatch[] = [];
  private reloadWanted = false;
  /** The last full load, for logs and the benchmark. */
  lastLoad: LoadReport | null = null;
  loads = 0;
  /** After a failed load, searches read per request until this time (ms) instead of retrying at once. */
  private retryAfter = 0;
  static readonly RETRY_MS = 60_000;

  private readonly queryText: (name: string) => string | undefined;

  constructor(
    private readonly store: GraphStore,
    feed: WriteFeed,
  ) {
    const library = QueryLibrary.load(store.engine);
    const names = new Set(library.names());
    this.queryText = (name) => (names.has(name) ? library.get(name) : undefined);
    feed.subscribe((batch) => this.onBatch(batch));
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
    this.buffered = [];
    this.reloadWanted = false;
    this.loading = this.readUnlessImporting(network).then(
      (report) => {
        this.loading = null;
        const batches = this.buffered;
        this.buffered = [];
        if (this.reloadWanted || !batches.every((b) => applyBatch(network, b, this.queryText))) return this.load();
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

  /** A graph that holds part of an import (import-run.ts) is not loaded: searches read per request meanwhile. */
  private async readUnlessImporting(network: Network): Promise<LoadReport> {
    const run = await this.store.read.unfinishedImport();
    if (run) throw new ImportUnderwayError(run);
    return readWholeNetwork(this.store.read, network);
  }

  private onBatch(batch: WriteBatch): void {
    if (this.loading) {
      if (batch.kind === 'import') this.reloadWanted = true;
      else this.buffered.push(batch);
      return;
    }
    if (this.network && !applyBatch(this.network, batch, this.queryText)) this.network = null;
  }
}

/** Writes of other features that cannot change a warm path (skills, org chart, portfolio, contracts, links a deal re-states). */
const IRRELEVANT = new Set([
  'person/add-expertise', 'person/add-interests', 'person/clear-topics', 'portfolio/save', 'portfolio/delete',
  'reports-to/save', 'reports-to/delete', 'contract/save', 'contract/delete', 'contract/delete-by-company',
  'deal/link-person', 'deal/unlink-people', 'deal/unlink-company',
]);
/** Labels and types a warm path reads; a write query that names none of them (and names some label) cannot matter. */
const RELEVANT = /\b(Person|KNOWS|EMPLOYED_AT|Company|PARTICIPATED_IN|Interaction|Deal|HANDLED|INTRODUCED)\b/;

const s = (v: unknown): string => String(v);
const orNull = (v: unknown): string | null => (v == null ? null : String(v));
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Applies one committed transaction to the network; false when it cannot (the network must be reloaded). */
export function applyBatch(network: Network, batch: WriteBatch, queryText?: (name: string) => string | undefined): boolean {
  if (batch.kind === 'import') return false;
  for (const st of batch.statements) if (!applyStatement(network, st, queryText)) return false;
  return true;
}

function applyStatement(n: Network, { name, params: p }: WriteStatement, queryText?: (name: string) => string | undefined): boolean {
  switch (name) {
    case 'relationship/save':
      n.upsertTie({ a: s(p.a), b: s(p.b), trust: Number(p.trust), recordedAt: s(p.recordedAt), kind: orNull(p.kind), since: orNull(p.since) });
      return true;
    case 'relationship/delete':
      n.removeTie(s(p.a), s(p.b));
      return true;
    case 'person/save':
      n.upsertPerson({ id: s(p.id), name: s(p.name), kind: p.kind === 'MANAGER' ? 'MANAGER' : 'REP', team: orNull(p.team) });
      return true;
    case 'person/delete':
      n.removePerson(s(p.id));
      return true;
    case 'company/save':
      n.upsertCompany(s(p.id), s(p.name));
      return true;
    case 'company/delete':
      n.removeCompany(s(p.id));
      return true;
    case 'employment/save':
      n.upsertEmployment({
        id: s(p.id), repId: s(p.repId), companyId: s(p.companyId), title: orNull(p.title), department: orNull(p.department),
        since: orNull(p.since), until: orNull(p.until),
      });
      return true;
    case 'employment/delete':
      n.removeEmployment(s(p.id));
      return true;
    case 'interaction/save':
      n.upsertInteraction({
        id: s(p.id), at: s(p.at), atMillis: Number(p.atMillis), channel: orNull(p.channel), reaction: orNull(p.reaction),
        participants: n.interactionParticipants(s(p.id)) ?? [],
      });
      return true;
    case 'interaction/unlink':
      if (!n.hasInteraction(s(p.id))) return true; // removes links of an interaction the network does not hold: none to remove
      n.setParticipants(s(p.id), []);
      return true;
    case 'interaction/link': {
      const known = n.interactionParticipants(s(p.id));
      if (known === null) return false; // links to an interaction saved elsewhere: its time and reaction are not known here
      n.setParticipants(s(p.id), [...known, ...ids(p.personIds)]);
      return true;
    }
    case 'interaction/delete':
      n.removeInteraction(s(p.id));
      return true;
    case 'deal/save':
      n.upsertDeal({
        id: s(p.id), repId: orNull(p.repId), managerId: orNull(p.managerId), stage: s(p.stage), closedAt: orNull(p.closedAt),
        proposedAt: orNull(p.proposedAt),
      });
      return true;
    case 'deal/delete':
      n.removeDeal(s(p.id));
      return true;
    case 'introduction/save':
      n.upsertIntroduction({
        id: s(p.id), introducerId: s(p.introducerId), introducedId: s(p.introducedId), toManagerId: s(p.toManagerId),
        at: orNull(p.at), outcome: s(p.outcome) as IntroductionOutcome,
      });
      return true;
    case 'introduction/delete':
      n.removeIntroduction(s(p.id));
      return true;
    case 'health/override-save':
      n.upsertOverride(s(p.a), s(p.b), { trust: Number(p.trust), at: s(p.at), byId: s(p.byId), note: orNull(p.note) });
      return true;
    case 'health/override-delete':
      n.removeOverride(s(p.a), s(p.b));
      return true;
    default: {
      if (IRRELEVANT.has(name)) return true;
      const text = queryText?.(name);
      return text !== undefined && !RELEVANT.test(text) && /\(\w*:\w+/.test(text);
    }
  }
}

