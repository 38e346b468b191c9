import { type Contract } from '@/domain/contract/contract';
import { contractRow, toContract } from '../columns/contract';
import { type PageRequest, type ReaderClass, byKey } from '../reader';
import { type Row } from '../runner';

export interface ContractFilter {
  status?: string | null;
  companyId?: string | null;
}

/** Contracts and the company each belongs to (`cypher/shared/contract/`). */
export function contractOperations<B extends ReaderClass>(Base: B) {
  return class ContractOperations extends Base {
    async contractsByIds(ids: readonly string[]): Promise<(Contract | null)[]> {
      return byKey(ids, await this.nodes('contract', ids, 'k', toContract), (c) => c.id);
    }
    async contractsByCompanyIds(ids: readonly string[]): Promise<Contract[][]> {
      const rows = await this.edges('contract/by-company-ids', ids, (r) => (r.k as Row).companyId, (m) => this.listed('contract/by-company-ids', m));
      return rows.map((rs) => rs.map((r) => toContract(r.k as Row)));
    }
    async listContracts(filter: ContractFilter, page: PageRequest): Promise<Contract[]> {
      const rows = await this.run('contract/list', { status: filter.status ?? null, companyId: filter.companyId ?? null, limit: page.limit, afterKey: page.after?.id ?? null });
      return rows.map((r) => toContract(r.k as Row));
    }
    async countContracts(filter: ContractFilter): Promise<number> {
      const rows = await this.run('contract/count', { status: filter.status ?? null, companyId: filter.companyId ?? null });
      return Number(rows[0]?.n ?? 0);
    }
    async allContracts(): Promise<Contract[]> {
      return (await this.run('contract/all')).map((r) => toContract(r.k as Row));
    }
    async saveContract(c: Contract): Promise<void> {
      await this.run('contract/save', { ...contractRow(c), version: c.version });
    }
    async deleteContract(id: string): Promise<void> {
      await this.run('contract/delete', { id });
    }
  };
}
