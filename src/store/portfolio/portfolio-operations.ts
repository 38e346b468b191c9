import { type PortfolioEntry } from '@/domain/shared/portfolio';
import { portfolioRow, toPortfolio } from '../columns/edges';
import { type ReaderClass } from '../reader';

/** Which companies a manager looks after (`cypher/shared/portfolio/`). */
export function portfolioOperations<B extends ReaderClass>(Base: B) {
  return class PortfolioOperations extends Base {
    async portfolioByManagerIds(ids: readonly string[]): Promise<PortfolioEntry[][]> {
      const rows = await this.edges('portfolio/by-manager-ids', ids, (r) => r.managerId, (m) => this.listed('portfolio/by-manager-ids', m));
      return rows.map((rs) => rs.map(toPortfolio));
    }
    async portfolioByCompanyIds(ids: readonly string[]): Promise<PortfolioEntry[][]> {
      const rows = await this.edges('portfolio/by-company-ids', ids, (r) => r.companyId, (m) => this.listed('portfolio/by-company-ids', m));
      return rows.map((rs) => rs.map(toPortfolio));
    }
    async allPortfolio(): Promise<PortfolioEntry[]> {
      return (await this.run('portfolio/all')).map(toPortfolio);
    }
    async savePortfolio(p: PortfolioEntry): Promise<void> {
      await this.run('portfolio/save', portfolioRow(p));
    }
    async deletePortfolio(managerId: string, companyId: string): Promise<void> {
      await this.run('portfolio/delete', { managerId, companyId });
    }
  };
}
