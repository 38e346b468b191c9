import { type Employment } from '@/domain/employment/employment';
import { employmentRow, toEmployment } from '../columns/edges';
import { type ReaderClass } from '../reader';

/** Which company a rep works (or worked) at (`cypher/shared/employment/`). */
export function employmentOperations<B extends ReaderClass>(Base: B) {
  return class EmploymentOperations extends Base {
    async employmentsByRepIds(ids: readonly string[]): Promise<Employment[][]> {
      const rows = await this.edges('employment/by-rep-ids', ids, (r) => r.repId, (m) => this.keyed('employment/by-rep-ids', 'employment/by-rep-id', m));
      return rows.map((rs) => rs.map(toEmployment));
    }
    async employmentsByCompanyIds(ids: readonly string[], currentOnly: boolean, today: string): Promise<Employment[][]> {
      const rows = await this.edges(`employment/by-company-ids|${currentOnly}|${today}`, ids, (r) => r.companyId, (m) => this.listed('employment/by-company-ids', m, { currentOnly, today }));
      return rows.map((rs) => rs.map(toEmployment));
    }
    async allEmployments(): Promise<Employment[]> {
      return (await this.run('employment/all')).map(toEmployment);
    }
    async saveEmployment(e: Employment): Promise<void> {
      await this.run('employment/save', employmentRow(e));
    }
    async deleteEmployment(id: string): Promise<void> {
      await this.run('employment/delete', { id });
    }
  };
}
