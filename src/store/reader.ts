import { parallelColumns } from './parallel-columns';
import { searchKey } from '@/domain/shared/search-text';
import { type RecordCache } from './record-cache';
import { type Params, type QueryRunner, type Row } from './runner';

/** Where a keyset page starts: after the row with this sort key (companies, people: nameSortKey of the row) and id. */
export interface PageRequest {
  limit: number;
  after?: { key: string; id: string } | null;
}

export function byKey<T>(ids: readonly string[], items: T[], keyOf: (t: T) => string): (T | null)[] {
  const map = new Map(items.map((t) => [keyOf(t), t] as const));
  return ids.map((id) => map.get(id) ?? null);
}

export function groupBy<T>(ids: readonly string[], items: T[], keysOf: (t: T) => string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const item of items) for (const k of keysOf(item)) map.get(k)?.push(item);
  return ids.map((id) => map.get(id)!);
}

export const pageParams = (page: PageRequest): Params => ({
  limit: page.limit,
  afterKey: page.after?.key ?? null,
  afterId: page.after?.id ?? '',
});

/** A search's key; none (no filter) for no text or text that is only spaces, like an empty search. */
export const search = (s: string | null | undefined): string | null => (s ? searchKey(s) || null : null);

export interface OperationsOptions {
  /**
   * Batched reads of records by id, for up to this many ids, run as primary-key point lookups (one call, one
   * statement per id) instead of one statement over the list. For engines whose planner answers a list of ids
   * with a scan of the whole table (Kuzu 0.11: 80–150 ms at 100,000 people, while a key lookup is about 0.4 ms).
   * 0: always one statement.
   */
  pointLookupsUpTo?: number;
  /** The same for reads of edges by the id of one end (a rep's employments, boss, reports): dearer per id. */
  edgeLookupsUpTo?: number;
  /** Records by id kept between reads (the store drops each at a change that names it, see RecordCache). */
  recordCache?: RecordCache;
}

/**
 * The generic part of every read and write: named queries over one runner, batched reads of records and edges by id
 * (point lookups or one statement, see OperationsOptions), each kept in the record cache (if any). The domain's
 * operations are one module per concept (src/store/<concept>/<concept>-operations.ts), each a mixin over this class;
 * GraphOperations (graph-operations.ts) puts them together.
 */
export class GraphReader {
  private readonly pointLookupsUpTo: number;
  private readonly edgeLookupsUpTo: number;
  private readonly cache: RecordCache | null;

  constructor(private readonly runner: QueryRunner, options: OperationsOptions = {}) {
    this.pointLookupsUpTo = options.pointLookupsUpTo ?? 0;
    this.edgeLookupsUpTo = options.edgeLookupsUpTo ?? 0;
    this.cache = options.recordCache ?? null;
  }

  /** Runs any named query of `cypher/`; feature modules (paths, key persons) add their own named queries. */
  /** Runs a named query; a parameter left undefined (an optional field not given) is sent as null, never missing. */
  run(name: string, params: Params = {}): Promise<Row[]> {
    return this.runner.run(name, definedParams(params));
  }

  /** A whole-graph list as parallel columns (see parallelColumns; streamed into them where the runner can). */
  async columns(name: string, params: Params = {}): Promise<Record<string, unknown[]>> {
    return this.runner.runColumns ? this.runner.runColumns(name, definedParams(params)) : parallelColumns(await this.runner.run(name, definedParams(params)));
  }

  /**
   * Rows of a read keyed by a list of ids: `list` once with the distinct ids as `$ids`, or, for up to `upTo` ids,
   * `one` once per distinct id as `$id` (see OperationsOptions). Both forms return the same columns in the same
   * order per id (the contract suite checks it on both engines), so callers group the rows without knowing which ran.
   */
  protected async keyed(list: string, one: string, ids: readonly string[], extra: Params = {}, upTo = this.edgeLookupsUpTo): Promise<Row[]> {
    if (ids.length === 0) return [];
    const distinct = [...new Set(ids)];
    if (distinct.length <= upTo) {
      const params = distinct.map((id) => ({ ...extra, id }));
      const each = this.runner.runEach
        ? await this.runner.runEach(one, params)
        : await Promise.all(params.map((p) => this.run(one, p)));
      return each.flat();
    }
    return this.run(list, { ...extra, ids: distinct });
  }

  /** One statement over the distinct ids, for reads whose per-id form does not pay on any engine (measured). */
  protected listed(name: string, ids: readonly string[], extra: Params = {}): Promise<Row[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.run(name, { ...extra, ids: [...new Set(ids)] });
  }

  /**
   * What `load` finds for each of `ids` (absent: nothing there): from the record cache (if any) where it holds
   * `kind`'s answer for an id, the rest from `load` of the missing ids, whose answers are then kept. Every cached read
   * (records, edge lists, tokens) goes through here.
   */
  protected async perId<T extends object>(kind: string, ids: readonly string[], load: (missing: string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
    const cache = this.cache;
    const distinct = [...new Set(ids)];
    if (!cache) return distinct.length ? load(distinct) : new Map();
    const token = cache.begin();
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of distinct) {
      const hit = cache.get<T>(kind, id);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) for (const [id, value] of await load(missing)) found.set(id, cache.put(token, kind, id, value));
    return found;
  }

  /**
   * Records a read brought along (say, the reps of a page of companies with their employments) kept as if read by
   * id, so that the next read of them by id finds them; `token` is `cacheToken()` taken before that read began.
   */
  protected keepRecords<T extends { id: string }>(token: number | null, kind: string, records: readonly T[]): void {
    if (!this.cache || token === null) return;
    for (const r of records) this.cache.put(token, kind, r.id, r);
  }

  /** The record cache's token for a read about to begin (see keepRecords); null without a cache. */
  protected cacheToken(): number | null {
    return this.cache ? this.cache.begin() : null;
  }

  /** Records by id (`<kind>/by-ids` or `<kind>/by-id`), in no particular order; missing ones left out. */
  protected async nodes<T extends { id: string }>(kind: string, ids: readonly string[], column: string, map: (p: Record<string, unknown>) => T): Promise<T[]> {
    const found = await this.perId(kind, ids, async (missing) => {
      const rows = await this.keyed(`${kind}/by-ids`, `${kind}/by-id`, missing, {}, this.pointLookupsUpTo);
      return new Map(rows.map((r) => {
        const record = map(r[column] as Record<string, unknown>);
        return [record.id, record] as const;
      }));
    });
    return [...found.values()];
  }

  /**
   * The rows of an edge read for each of `ids` (in their order, duplicates included), grouped by the id `keyOf`
   * says a row answers; cached per id under `kind`, which names the read and its parameters.
   */
  protected async edges(kind: string, ids: readonly string[], keyOf: (r: Row) => unknown, read: (missing: string[]) => Promise<Row[]>): Promise<Row[][]> {
    const byId = await this.perId(kind, ids, async (missing) => {
      const fresh = new Map<string, Row[]>(missing.map((id) => [id, []]));
      for (const r of await read(missing)) fresh.get(String(keyOf(r)))?.push(r);
      return fresh;
    });
    return ids.map((id) => byId.get(id)!);
  }
}

/** The class a concept's operations extend (the mixin's base): GraphReader or one already extended. */
 
export type ReaderClass = new (...args: any[]) => GraphReader;

/** `params` with every undefined value as null: Neo4j refuses a query whose parameter is missing (ParameterMissing). */
function definedParams(params: Params): Params {
  let copy: Params | null = null;
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) continue;
    copy ??= { ...params };
    copy[k] = null;
  }
  return copy ?? params;
}
