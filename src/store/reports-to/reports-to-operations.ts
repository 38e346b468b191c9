import { type ReportsTo } from '@/domain/shared/portfolio';
import { toReportsTo } from '../columns/edges';
import { type ReaderClass } from '../reader';

/** Which rep reports to which (`cypher/shared/reports-to/`). */
export function reportsToOperations<B extends ReaderClass>(Base: B) {
  return class ReportsToOperations extends Base {
    async bossesOf(ids: readonly string[]): Promise<string[][]> {
      const rows = await this.edges('reports-to/bosses-of', ids, (r) => r.repId, (m) => this.keyed('reports-to/bosses-of', 'reports-to/boss-of', m));
      return rows.map((rs) => rs.map((r) => String(r.bossId)));
    }
    async reportsOf(ids: readonly string[]): Promise<string[][]> {
      const rows = await this.edges('reports-to/reports-of', ids, (r) => r.bossId, (m) => this.keyed('reports-to/reports-of', 'reports-to/reports-of-one', m));
      return rows.map((rs) => rs.map((r) => String(r.repId)));
    }
    async allReportsTo(): Promise<ReportsTo[]> {
      return (await this.run('reports-to/all')).map(toReportsTo);
    }
    async saveReportsTo(r: ReportsTo): Promise<void> {
      await this.run('reports-to/save', { repId: r.repId, bossId: r.bossId });
    }
    async deleteReportsTo(r: ReportsTo): Promise<void> {
      await this.run('reports-to/delete', { repId: r.repId, bossId: r.bossId });
    }
  };
}
