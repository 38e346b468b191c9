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
