import { type Company } from '@/domain/company/company';
import { companyRow, toCompany } from '../columns/company';
import { type PageRequest, type ReaderClass, byKey, pageParams, search } from '../reader';
import { type Params, type Row } from '../runner';

export interface CompanyFilter {
  search?: string | null;
  industry?: string | null;
  partnerStatus?: string | null;
  ownerId?: string | null;
}

function companyFilter(f: CompanyFilter): Params {
  const p: Params = { search: search(f.search), industry: f.industry ?? null, partnerStatus: f.partnerStatus ?? null };
  if (f.ownerId) p.ownerId = f.ownerId;
  return p;
}

/** Companies: by id, pages, counts, the full scan, saves and deletes (`cypher/shared/company/`). */
export function companyOperations<B extends ReaderClass>(Base: B) {
  return class CompanyOperations extends Base {
    async companiesByIds(ids: readonly string[]): Promise<(Company | null)[]> {
      return byKey(ids, await this.nodes('company', ids, 'c', toCompany), (c) => c.id);
    }
    /**
     * A page of companies: the list statement finds the ids in order, the records come by id, from the record cache
     * where it holds them. Handing over whole company nodes costs Kuzu's binding ~0.15 ms a row (a page of 50: ~8 ms
     * of the event loop, ids alone ~1 ms), and a page read again finds its companies in the cache. A company deleted
     * between the two reads is left out.
     */
    async listCompanies(filter: CompanyFilter, page: PageRequest): Promise<Company[]> {
      const params = { ...companyFilter(filter), ...pageParams(page) };
      const ids = (await this.run(filter.ownerId ? 'company/list-by-owner' : 'company/list', params)).map((r) => String(r.id));
      return (await this.companiesByIds(ids)).filter((c): c is Company => c !== null);
    }
    async countCompanies(filter: CompanyFilter): Promise<number> {
      const rows = await this.run(filter.ownerId ? 'company/count-by-owner' : 'company/count', companyFilter(filter));
      return Number(rows[0]?.n ?? 0);
    }
    async companyDependents(id: string): Promise<{ deals: number; employments: number }> {
      const rows = await this.run('company/dependents', { id });
      return { deals: Number(rows[0]?.deals ?? 0), employments: Number(rows[0]?.employments ?? 0) };
    }
    async allCompanies(): Promise<Company[]> {
      return (await this.run('company/all')).map((r) => toCompany(r.c as Row));
    }
    async saveCompany(c: Company): Promise<void> {
      await this.run('company/save', { ...companyRow(c), version: c.version });
    }
    async deleteCompany(id: string): Promise<void> {
      await this.run('contract/delete-by-company', { id });
      await this.run('company/delete', { id });
    }
  };
}
