import { type Deal } from '@/domain/deal/deal';
import { PersonKind } from '@/domain/shared/enums';
import { dealRow, toDeal, topicKey } from '../columns/deal';
import { type PageRequest, type ReaderClass, byKey } from '../reader';
import { type Params, type Row } from '../runner';

export interface DealFilter {
  companyId?: string | null;
  stage?: string | null;
  product?: string | null;
}

function dealFilter(f: DealFilter): Params {
  return { companyId: f.companyId ?? null, stage: f.stage ?? null, productKey: f.product ? topicKey(f.product) : null };
}

/** What a company's deals add up to, for the relationship risks (README, "Relationship risks"). */
export interface DealFacts {
  /** The sum of the amounts of its WON deals (an amount not recorded counts 0; no won deal: 0). */
  wonRevenue: number;
  /**
   * Its LOST deals that name a competitor (not null, not ''), whose day (closedAt, else proposedAt) is from
   * `losses.from` to `losses.to` (YYYY-MM-DD, both included), counted per competitor.
   */
  lostTo: Map<string, number>;
}

/** Deals, the company each is with and the people who handle it (`cypher/shared/deal/`). */
export function dealOperations<B extends ReaderClass>(Base: B) {
  return class DealOperations extends Base {
    async dealsByIds(ids: readonly string[]): Promise<(Deal | null)[]> {
      return byKey(ids, await this.nodes('deal', ids, 'd', toDeal), (d) => d.id);
    }
    async dealsByCompanyIds(ids: readonly string[]): Promise<Deal[][]> {
      const rows = await this.edges('deal/by-company-ids', ids, (r) => (r.d as Row).companyId, (m) => this.listed('deal/by-company-ids', m));
      return rows.map((rs) => rs.map((r) => toDeal(r.d as Row)));
    }
    /**
     * Each company's DealFacts (in the order of `ids`), added up in the query (`deal/facts-by-company-ids`): a row per
     * company and stage (and competitor), not a row per deal. Not kept in the record cache (the window is a parameter).
     */
    async dealFactsByCompanyIds(ids: readonly string[], losses: { from: string; to: string }): Promise<DealFacts[]> {
      const rows = await this.listed('deal/facts-by-company-ids', ids, { lossesFrom: losses.from, asOf: losses.to });
      const facts = new Map<string, DealFacts>();
      for (const r of rows) {
        const id = String(r.companyId);
        let f = facts.get(id);
        if (!f) facts.set(id, (f = { wonRevenue: 0, lostTo: new Map() }));
        if (r.stage === 'WON') f.wonRevenue += Number(r.amount ?? 0);
        else f.lostTo.set(String(r.competitor), Number(r.n));
      }
      return ids.map((id) => facts.get(id) ?? { wonRevenue: 0, lostTo: new Map() });
    }
    async dealsByPersonIds(ids: readonly string[]): Promise<Deal[][]> {
      const rows = await this.edges('deal/by-person-ids', ids, (r) => r.personId, (m) => this.listed('deal/by-person-ids', m));
      return rows.map((rs) => rs.map((r) => toDeal(r.d as Row)));
    }
    async listDeals(filter: DealFilter, page: PageRequest): Promise<Deal[]> {
      const rows = await this.run('deal/list', { ...dealFilter(filter), limit: page.limit, afterKey: page.after?.id ?? null });
      return rows.map((r) => toDeal(r.d as Row));
    }
    async countDeals(filter: DealFilter): Promise<number> {
      return Number((await this.run('deal/count', dealFilter(filter)))[0]?.n ?? 0);
    }
    async allDeals(): Promise<Deal[]> {
      return (await this.run('deal/all')).map((r) => toDeal(r.d as Row));
    }
    async saveDeal(d: Deal): Promise<void> {
      await this.run('deal/unlink-company', { id: d.id });
      await this.run('deal/unlink-people', { id: d.id });
      await this.run('deal/save', { ...dealRow(d), version: d.version });
      if (d.repId) await this.run('deal/link-person', { id: d.id, personId: d.repId, role: PersonKind.REP });
      if (d.managerId) await this.run('deal/link-person', { id: d.id, personId: d.managerId, role: PersonKind.MANAGER });
    }
    async deleteDeal(id: string): Promise<void> {
      await this.run('deal/delete', { id });
    }
  };
}
