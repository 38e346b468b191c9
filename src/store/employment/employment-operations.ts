import { type Employment } from '@/domain/employment/employment';
import { employmentRow, toEmployment } from '../columns/edges';
import { type Person } from '@/domain/person/person';
import { toPerson } from '../columns/person';
import { type ReaderClass } from '../reader';
import { type Row } from '../runner';

/** Which company a rep works (or worked) at (`cypher/shared/employment/`). */
export function employmentOperations<B extends ReaderClass>(Base: B) {
  return class EmploymentOperations extends Base {
    async employmentsByRepIds(ids: readonly string[]): Promise<Employment[][]> {
      const rows = await this.edges('employment/by-rep-ids', ids, (r) => r.repId, (m) => this.keyed('employment/by-rep-ids', 'employment/by-rep-id', m));
      return rows.map((rs) => rs.map(toEmployment));
    }
    /**
     * The employments at each company (current ones only, or all). Current ones come with the reps' records, which
     * are kept in the record cache as if read by id: a page of companies with their current reps reads its people in
     * the same statement (at 10,000 people, 50 companies: ~500 reps, one people read of 50-115 ms CPU saved).
     */
    async employmentsByCompanyIds(ids: readonly string[], currentOnly: boolean, today: string): Promise<Employment[][]> {
      const rows = await this.edges(`employment/by-company-ids|${currentOnly}|${today}`, ids, (r) => r.companyId, async (m) => {
        if (!currentOnly) return this.listed('employment/by-company-ids', m, { currentOnly, today });
        const token = this.cacheToken();
        const withReps = await this.listed('employment/current-with-reps-by-company-ids', m, { today });
        const reps = new Map<string, Person>();
        const out = withReps.map(({ p, ...employment }) => {
          if (!reps.has(String(employment.repId))) reps.set(String(employment.repId), toPerson(p as Row));
          return employment;
        });
        this.keepRecords(token, 'person', [...reps.values()]);
        return out;
      });
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
