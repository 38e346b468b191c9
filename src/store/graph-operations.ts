import { Company } from '@/domain/company/company';
import { Contract } from '@/domain/contract/contract';
import { Deal } from '@/domain/deal/deal';
import { Employment } from '@/domain/employment/employment';
import { Interaction, instantMillis } from '@/domain/interaction/interaction';
import { Introduction } from '@/domain/introduction/introduction';
import { Person, isRep } from '@/domain/person/person';
import { Relationship } from '@/domain/relationship/relationship';
import { PersonKind } from '@/domain/shared/enums';
import { PortfolioEntry, ReportsTo } from '@/domain/shared/portfolio';
import { ApiToken, AuditEntry } from '@/domain/auth/token';
import { searchKey, searchText } from '@/domain/shared/search-text';
import {
  toCompany, toContract, toDeal, toEmployment, toInteraction, toIntroduction, toPerson, toRelationship,
} from './records';
import { RecordCache } from './record-cache';
import { Params, QueryRunner, Row } from './runner';
import { IMPORT_RUN_KEY, ImportRun, parseRun } from './import-run';

/** Where a keyset page starts: after the row with this sort key and id. */
export interface PageRequest {
  limit: number;
  after?: { key: string; id: string } | null;
}

export interface CompanyFilter {
  search?: string | null;
  industry?: string | null;
  partnerStatus?: string | null;
  ownerId?: string | null;
}
export interface PersonFilter {
  search?: string | null;
  team?: string | null;
  companyId?: string | null;
}
export interface DealFilter {
  companyId?: string | null;
  stage?: string | null;
  product?: string | null;
}

/** Normalised key of a topic (expertise, interest) or product, so that "CRM" and "ｃｒｍ" meet. */
export const topicKey = searchKey;

function byKey<T>(ids: readonly string[], items: T[], keyOf: (t: T) => string): (T | null)[] {
  const map = new Map(items.map((t) => [keyOf(t), t] as const));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], items: T[], keysOf: (t: T) => string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const item of items) for (const k of keysOf(item)) map.get(k)?.push(item);
  return ids.map((id) => map.get(id)!);
}

/** Newest first (an undated introduction before all dated ones, as Cypher's `ORDER BY at DESC`), then by id. */
function newestFirst(x: Introduction, y: Introduction): number {
  if (x.at !== y.at) return x.at === null ? -1 : y.at === null ? 1 : x.at < y.at ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

const pageParams = (page: PageRequest): Params => ({
  limit: page.limit,
  afterKey: page.after?.key ?? null,
  afterId: page.after?.id ?? '',
});

/** A search's key; none (no filter) for no text or text that is only spaces, like an empty search. */
const search = (s: string | null | undefined): string | null => (s ? searchKey(s) || null : null);

/**
 * Every read and write of the domain, as named queries over one runner. The same class serves reads
 * outside a transaction and the statements of one write transaction, on either engine.
 */
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
  /** Records by id kept between reads (an embedded store's reads only; it empties the cache on every commit). */
  recordCache?: RecordCache;
}

export class GraphOperations {
  private readonly pointLookupsUpTo: number;
  private readonly edgeLookupsUpTo: number;
  private readonly cache: RecordCache | null;

  constructor(private readonly runner: QueryRunner, options: OperationsOptions = {}) {
    this.pointLookupsUpTo = options.pointLookupsUpTo ?? 0;
    this.edgeLookupsUpTo = options.edgeLookupsUpTo ?? 0;
    this.cache = options.recordCache ?? null;
  }

  /** Runs any named query of `cypher/`; feature modules (paths, key persons) add their own named queries. */
  run(name: string, params: Params = {}): Promise<Row[]> {
    return this.runner.run(name, params);
  }

  /**
   * Rows of a read keyed by a list of ids: `list` once with the distinct ids as `$ids`, or, for up to `upTo` ids,
   * `one` once per distinct id as `$id` (see OperationsOptions). Both forms return the same columns in the same
   * order per id (the contract suite checks it on both engines), so callers group the rows without knowing which ran.
   */
  private async keyed(list: string, one: string, ids: readonly string[], extra: Params = {}, upTo = this.edgeLookupsUpTo): Promise<Row[]> {
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
  private listed(name: string, ids: readonly string[], extra: Params = {}): Promise<Row[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.run(name, { ...extra, ids: [...new Set(ids)] });
  }

  /**
   * What `load` finds for each of `ids` (absent: nothing there): from the record cache (if any) where it holds
   * `kind`'s answer for an id, the rest from `load` of the missing ids, whose answers are then kept. Every cached read
   * (records, edge lists, tokens) goes through here.
   */
  private async perId<T extends object>(kind: string, ids: readonly string[], load: (missing: string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
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

  /** Records by id (`<kind>/by-ids` or `<kind>/by-id`), in no particular order; missing ones left out. */
  private async nodes<T extends { id: string }>(kind: string, ids: readonly string[], column: string, map: (p: Record<string, unknown>) => T): Promise<T[]> {
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
  private async edges(kind: string, ids: readonly string[], keyOf: (r: Row) => unknown, read: (missing: string[]) => Promise<Row[]>): Promise<Row[][]> {
    const byId = await this.perId(kind, ids, async (missing) => {
      const fresh = new Map<string, Row[]>(missing.map((id) => [id, []]));
      for (const r of await read(missing)) fresh.get(String(keyOf(r)))?.push(r);
      return fresh;
    });
    return ids.map((id) => byId.get(id)!);
  }

  // ---------------------------------------------------------------- batched reads (DataLoader shape)
  async companiesByIds(ids: readonly string[]): Promise<(Company | null)[]> {
    return byKey(ids, await this.nodes('company', ids, 'c', toCompany), (c) => c.id);
  }
  async peopleByIds(ids: readonly string[]): Promise<(Person | null)[]> {
    return byKey(ids, await this.nodes('person', ids, 'p', toPerson), (p) => p.id);
  }
  async contractsByIds(ids: readonly string[]): Promise<(Contract | null)[]> {
    return byKey(ids, await this.nodes('contract', ids, 'k', toContract), (c) => c.id);
  }
  async dealsByIds(ids: readonly string[]): Promise<(Deal | null)[]> {
    return byKey(ids, await this.nodes('deal', ids, 'd', toDeal), (d) => d.id);
  }
  async interactionsByIds(ids: readonly string[]): Promise<(Interaction | null)[]> {
    return byKey(ids, await this.nodes('interaction', ids, 'i', toInteraction), (i) => i.id);
  }
  async contractsByCompanyIds(ids: readonly string[]): Promise<Contract[][]> {
    const rows = await this.edges('contract/by-company-ids', ids, (r) => (r.k as Row).companyId, (m) => this.listed('contract/by-company-ids', m));
    return rows.map((rs) => rs.map((r) => toContract(r.k as Row)));
  }
  async dealsByCompanyIds(ids: readonly string[]): Promise<Deal[][]> {
    const rows = await this.edges('deal/by-company-ids', ids, (r) => (r.d as Row).companyId, (m) => this.listed('deal/by-company-ids', m));
    return rows.map((rs) => rs.map((r) => toDeal(r.d as Row)));
  }
  async dealsByPersonIds(ids: readonly string[]): Promise<Deal[][]> {
    const rows = await this.edges('deal/by-person-ids', ids, (r) => r.personId, (m) => this.listed('deal/by-person-ids', m));
    return rows.map((rs) => rs.map((r) => toDeal(r.d as Row)));
  }
  async interactionsByPersonIds(ids: readonly string[]): Promise<Interaction[][]> {
    const rows = await this.edges('interaction/by-person-ids', ids, (r) => r.personId, (m) => this.listed('interaction/by-person-ids', m));
    return rows.map((rs) => rs.map((r) => toInteraction(r.i as Row)));
  }
  async employmentsByRepIds(ids: readonly string[]): Promise<Employment[][]> {
    const rows = await this.edges('employment/by-rep-ids', ids, (r) => r.repId, (m) => this.keyed('employment/by-rep-ids', 'employment/by-rep-id', m));
    return rows.map((rs) => rs.map(toEmployment));
  }
  async employmentsByCompanyIds(ids: readonly string[], currentOnly: boolean, today: string): Promise<Employment[][]> {
    const rows = await this.edges(`employment/by-company-ids|${currentOnly}|${today}`, ids, (r) => r.companyId, (m) => this.listed('employment/by-company-ids', m, { currentOnly, today }));
    return rows.map((rs) => rs.map(toEmployment));
  }
  async portfolioByManagerIds(ids: readonly string[]): Promise<PortfolioEntry[][]> {
    const rows = await this.edges('portfolio/by-manager-ids', ids, (r) => r.managerId, (m) => this.listed('portfolio/by-manager-ids', m));
    return rows.map((rs) => rs.map(toPortfolio));
  }
  async portfolioByCompanyIds(ids: readonly string[]): Promise<PortfolioEntry[][]> {
    const rows = await this.edges('portfolio/by-company-ids', ids, (r) => r.companyId, (m) => this.listed('portfolio/by-company-ids', m));
    return rows.map((rs) => rs.map(toPortfolio));
  }
  /** Each person's relationships; `a`/`b` keep their stored order, the caller picks the other side. */
  async relationshipsByPersonIds(ids: readonly string[]): Promise<Relationship[][]> {
    const rows = await this.edges('relationship/by-person-ids', ids, (r) => r.personId, (m) => this.listed('relationship/by-person-ids', m));
    return rows.map((rs) => rs.map((r) => {
      const [a, b] = String(r.personId) <= String(r.otherId) ? [r.personId, r.otherId] : [r.otherId, r.personId];
      return toRelationship({ ...r, a, b });
    }));
  }
  async bossesOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.edges('reports-to/bosses-of', ids, (r) => r.repId, (m) => this.keyed('reports-to/bosses-of', 'reports-to/boss-of', m));
    return rows.map((rs) => rs.map((r) => String(r.bossId)));
  }
  async reportsOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.edges('reports-to/reports-of', ids, (r) => r.bossId, (m) => this.keyed('reports-to/reports-of', 'reports-to/reports-of-one', m));
    return rows.map((rs) => rs.map((r) => String(r.repId)));
  }
  /** Introductions a person made, received or (a manager) was introduced through; newest first. */
  async introductionsByPersonIds(ids: readonly string[]): Promise<Introduction[][]> {
    if (ids.length === 0) return [];
    const [people, managers] = await Promise.all([
      this.listed('introduction/by-person-ids', ids),
      this.run('introduction/by-manager-ids', { ids: [...ids] }),
    ]);
    const seen = new Map<string, Introduction>();
    for (const r of [...people, ...managers]) seen.set(String(r.id), toIntroduction(r));
    const all = [...seen.values()].sort(newestFirst);
    return groupBy(ids, all, (i) => [...new Set([i.introducerId, i.introducedId, i.toManagerId])]);
  }
  async relationshipByPair(a: string, b: string): Promise<Relationship | null> {
    const rows = await this.run('relationship/by-pair', { a, b });
    return rows.length ? toRelationship(rows[0]) : null;
  }
  async introductionById(id: string, introducerId: string, introducedId: string): Promise<Introduction | null> {
    const rows = await this.run('introduction/by-id', { id, introducerId, introducedId });
    return rows.length ? toIntroduction(rows[0]) : null;
  }

  /** Which of `ids` name a stored person (manager or rep) or company; read in chunks. */
  async existingIds(kind: 'person' | 'company', ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 10000) {
      const chunk = ids.slice(i, i + 10000);
      const rows = kind === 'person' ? await this.peopleByIds(chunk) : await this.companiesByIds(chunk);
      for (const r of rows) if (r) found.add(r.id);
    }
    return found;
  }

  // ---------------------------------------------------------------- lists (keyset pages)
  async listCompanies(filter: CompanyFilter, page: PageRequest): Promise<Company[]> {
    const params = { ...this.companyFilter(filter), ...pageParams(page) };
    const rows = await this.run(filter.ownerId ? 'company/list-by-owner' : 'company/list', params);
    return rows.map((r) => toCompany(r.c as Row));
  }
  async countCompanies(filter: CompanyFilter): Promise<number> {
    const rows = await this.run(filter.ownerId ? 'company/count-by-owner' : 'company/count', this.companyFilter(filter));
    return Number(rows[0]?.n ?? 0);
  }
  private companyFilter(f: CompanyFilter): Params {
    const p: Params = { search: search(f.search), industry: f.industry ?? null, partnerStatus: f.partnerStatus ?? null };
    if (f.ownerId) p.ownerId = f.ownerId;
    return p;
  }
  async listPeople(kind: PersonKind, filter: PersonFilter, page: PageRequest, today: string): Promise<Person[]> {
    const rows = filter.companyId
      ? await this.run('person/list-at-company', { companyId: filter.companyId, today, search: search(filter.search), ...pageParams(page) })
      : await this.run('person/list', { kind, search: search(filter.search), team: filter.team ?? null, ...pageParams(page) });
    return rows.map((r) => toPerson(r.p as Row));
  }
  async countPeople(kind: PersonKind, filter: PersonFilter, today: string): Promise<number> {
    const rows = filter.companyId
      ? await this.run('person/count-at-company', { companyId: filter.companyId, today, search: search(filter.search) })
      : await this.run('person/count', { kind, search: search(filter.search), team: filter.team ?? null });
    return Number(rows[0]?.n ?? 0);
  }
  async listDeals(filter: DealFilter, page: PageRequest): Promise<Deal[]> {
    const rows = await this.run('deal/list', { ...this.dealFilter(filter), limit: page.limit, afterKey: page.after?.id ?? null });
    return rows.map((r) => toDeal(r.d as Row));
  }
  async countDeals(filter: DealFilter): Promise<number> {
    return Number((await this.run('deal/count', this.dealFilter(filter)))[0]?.n ?? 0);
  }
  private dealFilter(f: DealFilter): Params {
    return { companyId: f.companyId ?? null, stage: f.stage ?? null, productKey: f.product ? topicKey(f.product) : null };
  }
  async listInteractions(filter: { channel?: string | null; personId?: string | null }, page: PageRequest): Promise<Interaction[]> {
    const rows = await this.run('interaction/list', {
      channel: filter.channel ?? null, personId: filter.personId ?? null, limit: page.limit,
      afterAt: page.after ? Number(page.after.key) : null, afterId: page.after?.id ?? '',
    });
    return rows.map((r) => toInteraction(r.i as Row));
  }
  async countInteractions(filter: { channel?: string | null; personId?: string | null }): Promise<number> {
    const rows = await this.run('interaction/count', { channel: filter.channel ?? null, personId: filter.personId ?? null });
    return Number(rows[0]?.n ?? 0);
  }
  async listContracts(filter: { status?: string | null; companyId?: string | null }, page: PageRequest): Promise<Contract[]> {
    const rows = await this.run('contract/list', { status: filter.status ?? null, companyId: filter.companyId ?? null, limit: page.limit, afterKey: page.after?.id ?? null });
    return rows.map((r) => toContract(r.k as Row));
  }
  async countContracts(filter: { status?: string | null; companyId?: string | null }): Promise<number> {
    const rows = await this.run('contract/count', { status: filter.status ?? null, companyId: filter.companyId ?? null });
    return Number(rows[0]?.n ?? 0);
  }
  async openActions(managerId: string | null, dueBy: string | null, limit: number): Promise<Interaction[]> {
    const rows = await this.run('interaction/open-actions', { managerId, dueBy, limit });
    return rows.map((r) => toInteraction(r.i as Row));
  }
  async companyDependents(id: string): Promise<{ deals: number; employments: number }> {
    const rows = await this.run('company/dependents', { id });
    return { deals: Number(rows[0]?.deals ?? 0), employments: Number(rows[0]?.employments ?? 0) };
  }

  // ---------------------------------------------------------------- full scans (export)
  async allCompanies(): Promise<Company[]> { return (await this.run('company/all')).map((r) => toCompany(r.c as Row)); }
  async allPeople(): Promise<Person[]> { return (await this.run('person/all')).map((r) => toPerson(r.p as Row)); }
  async allContracts(): Promise<Contract[]> { return (await this.run('contract/all')).map((r) => toContract(r.k as Row)); }
  async allDeals(): Promise<Deal[]> { return (await this.run('deal/all')).map((r) => toDeal(r.d as Row)); }
  async allInteractions(): Promise<Interaction[]> { return (await this.run('interaction/all')).map((r) => toInteraction(r.i as Row)); }
  async allEmployments(): Promise<Employment[]> { return (await this.run('employment/all')).map(toEmployment); }
  async allPortfolio(): Promise<PortfolioEntry[]> { return (await this.run('portfolio/all')).map(toPortfolio); }
  async allRelationships(): Promise<Relationship[]> { return (await this.run('relationship/all')).map(toRelationship); }
  async allReportsTo(): Promise<ReportsTo[]> { return (await this.run('reports-to/all')) as unknown as ReportsTo[]; }
  async allIntroductions(): Promise<Introduction[]> { return (await this.run('introduction/all')).map(toIntroduction); }

  // ---------------------------------------------------------------- writes (inside a write transaction)
  async saveCompany(c: Company): Promise<void> {
    await this.run('company/save', companyParams(c));
  }
  async deleteCompany(id: string): Promise<void> {
    await this.run('contract/delete-by-company', { id });
    await this.run('company/delete', { id });
  }
  async savePerson(p: Person): Promise<void> {
    await this.run('person/save', personParams(p));
    if (isRep(p)) {
      await this.run('person/clear-topics', { id: p.id });
      if (p.expertise.length) await this.run('person/add-expertise', { id: p.id, topics: topics(p.expertise) });
      if (p.interests.length) await this.run('person/add-interests', { id: p.id, topics: topics(p.interests) });
    }
  }
  async deletePerson(id: string): Promise<void> {
    await this.run('person/delete', { id });
  }
  async saveContract(c: Contract): Promise<void> {
    await this.run('contract/save', { ...c });
  }
  async deleteContract(id: string): Promise<void> {
    await this.run('contract/delete', { id });
  }
  async saveDeal(d: Deal): Promise<void> {
    await this.run('deal/unlink-company', { id: d.id });
    await this.run('deal/unlink-people', { id: d.id });
    await this.run('deal/save', { ...d, productKey: topicKey(d.product), competitor: d.competitor ?? null });
    if (d.repId) await this.run('deal/link-person', { id: d.id, personId: d.repId, role: PersonKind.REP });
    if (d.managerId) await this.run('deal/link-person', { id: d.id, personId: d.managerId, role: PersonKind.MANAGER });
  }
  async deleteDeal(id: string): Promise<void> {
    await this.run('deal/delete', { id });
  }
  async saveInteraction(i: Interaction): Promise<void> {
    await this.run('interaction/save', interactionParams(i));
    await this.run('interaction/unlink', { id: i.id });
    const personIds = [...new Set([...i.managerIds, ...i.repIds])];
    if (personIds.length) await this.run('interaction/link', { id: i.id, personIds });
  }
  async deleteInteraction(id: string): Promise<void> {
    await this.run('interaction/delete', { id });
  }
  async saveEmployment(e: Employment): Promise<void> {
    await this.run('employment/save', { ...e });
  }
  async deleteEmployment(id: string): Promise<void> {
    await this.run('employment/delete', { id });
  }
  async savePortfolio(p: PortfolioEntry): Promise<void> {
    await this.run('portfolio/save', { ...p });
  }
  async deletePortfolio(managerId: string, companyId: string): Promise<void> {
    await this.run('portfolio/delete', { managerId, companyId });
  }
  async saveRelationship(r: Relationship): Promise<void> {
    // the edge's id is its pair (relationshipKey): not stored, it is made from the two ends when read
    await this.run('relationship/save', { a: r.a, b: r.b, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt, version: r.version });
  }
  async deleteRelationship(a: string, b: string): Promise<void> {
    await this.run('relationship/delete', { a, b });
  }
  async saveReportsTo(r: ReportsTo): Promise<void> {
    await this.run('reports-to/save', { ...r });
  }
  async deleteReportsTo(r: ReportsTo): Promise<void> {
    await this.run('reports-to/delete', { ...r });
  }
  async saveIntroduction(i: Introduction): Promise<void> {
    await this.run('introduction/save', { ...i });
  }
  async deleteIntroduction(i: Pick<Introduction, 'id' | 'introducerId' | 'introducedId'>): Promise<void> {
    await this.run('introduction/delete', { id: i.id, introducerId: i.introducerId, introducedId: i.introducedId });
  }
  async saveToken(t: ApiToken): Promise<void> {
    await this.run('token/save', { ...t });
  }
  /** Every request with an API token asks this: kept in the record cache (if any) until the next commit. */
  async tokenByHash(hash: string): Promise<ApiToken | null> {
    const found = await this.perId('token-by-hash', [hash], async () => {
      const rows = await this.run('token/by-hash', { hash });
      return new Map(rows.length ? [[hash, toToken(rows[0].t as Row)]] : []);
    });
    return found.get(hash) ?? null;
  }
  async tokenById(id: string): Promise<ApiToken | null> {
    const rows = await this.run('token/by-id', { id });
    return rows.length ? toToken(rows[0].t as Row) : null;
  }
  /** Revokes (at `at`) every token that acts for the manager, e.g. when the manager is deleted. */
  async revokeTokensOfManager(managerId: string, at: string): Promise<void> {
    await this.run('token/revoke-by-manager', { managerId, at });
  }
  async allTokens(): Promise<ApiToken[]> {
    return (await this.run('token/all')).map((r) => toToken(r.t as Row));
  }
  async appendAudit(e: AuditEntry): Promise<void> {
    await this.run('audit/append', { ...e });
  }
  /** Newest first; the page continues after (at, id) of the last entry seen. */
  async listAudit(actorId: string | null, page: PageRequest): Promise<AuditEntry[]> {
    const rows = await this.run('audit/list', { actorId, ...pageParams(page) });
    return rows.map((r) => {
      const a = r.a as Row;
      return {
        id: String(a.id), at: String(a.at), actorId: String(a.actorId), role: String(a.role), operation: String(a.operation),
        targetIds: Array.isArray(a.targetIds) ? a.targetIds.map(String) : [], requestId: String(a.requestId),
        clientRequestId: a.clientRequestId == null ? null : String(a.clientRequestId),
      };
    });
  }
  async getMeta(key: string): Promise<string | null> {
    const rows = await this.run('meta/get', { key });
    return rows.length ? String(rows[0].value) : null;
  }
  async setMeta(key: string, value: string): Promise<void> {
    await this.run('meta/set', { key, value });
  }
  /** The import that started committing batches and has not finished (see import-run.ts), or null. */
  async unfinishedImport(): Promise<ImportRun | null> {
    const run = parseRun(await this.getMeta(IMPORT_RUN_KEY));
    return run && run.finishedAt === null ? run : null;
  }
}

function toToken(t: Row): ApiToken {
  return {
    id: String(t.id), name: String(t.name), role: t.role as ApiToken['role'], managerId: t.managerId == null ? null : String(t.managerId),
    hash: String(t.hash), createdAt: String(t.createdAt), revokedAt: t.revokedAt == null ? null : String(t.revokedAt),
  };
}

function toPortfolio(r: Row): PortfolioEntry {
  return { managerId: String(r.managerId), companyId: String(r.companyId), since: r.since == null ? null : String(r.since) };
}

function topics(names: string[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(topicKey(n))) seen.set(topicKey(n), n);
  return [...seen].map(([key, name]) => ({ key, name }));
}

export function companyParams(c: Company): Params {
  const { customFields, ...rest } = c;
  return { ...rest, searchText: searchText(c.name, c.nameKana), customFields: JSON.stringify(customFields ?? {}) };
}

export function personParams(p: Person): Params {
  const rep = isRep(p) ? p : null;
  return {
    id: p.id, kind: p.kind, name: p.name, email: p.email, phone: p.phone, version: p.version,
    searchText: searchText(p.name, p.nameKana),
    team: isRep(p) ? null : p.team,
    nameKana: p.nameKana ?? null, expertise: rep?.expertise ?? [], interests: rep?.interests ?? [],
    disc: rep?.disc ?? null, mbti: rep?.mbti ?? null, stance: rep?.stance ?? null,
    responseSpeed: rep?.responseSpeed ?? null, notes: rep?.notes ?? null,
  };
}

export function interactionParams(i: Interaction): Params {
  return {
    id: i.id, at: i.at, atMillis: instantMillis(i.at), channel: i.channel, managerIds: i.managerIds, repIds: i.repIds,
    summary: i.summary, reaction: i.reaction, concerns: i.concerns, version: i.version,
    nextActionDescription: i.nextAction?.description ?? null, nextActionDueDate: i.nextAction?.dueDate ?? null,
    nextActionDone: i.nextAction ? i.nextAction.done : null,
  };
}
