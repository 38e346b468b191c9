import { type Introduction } from '@/domain/introduction/introduction';
import { introductionRow, toIntroduction } from '../columns/edges';
import { type ReaderClass, groupBy } from '../reader';

/** Newest first (an undated introduction before all dated ones, as Cypher's `ORDER BY at DESC`), then by id. */
function newestFirst(x: Introduction, y: Introduction): number {
  if (x.at !== y.at) return x.at === null ? -1 : y.at === null ? 1 : x.at < y.at ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Who introduced whom to which manager (INTRODUCED; `cypher/shared/introduction/`). */
export function introductionOperations<B extends ReaderClass>(Base: B) {
  return class IntroductionOperations extends Base {
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
    async introductionById(id: string, introducerId: string, introducedId: string): Promise<Introduction | null> {
      const rows = await this.run('introduction/by-id', { id, introducerId, introducedId });
      return rows.length ? toIntroduction(rows[0]) : null;
    }
    async allIntroductions(): Promise<Introduction[]> {
      return (await this.run('introduction/all')).map(toIntroduction);
    }
    async saveIntroduction(i: Introduction): Promise<void> {
      await this.run('introduction/save', introductionRow(i));
    }
    async deleteIntroduction(i: Pick<Introduction, 'id' | 'introducerId' | 'introducedId'>): Promise<void> {
      await this.run('introduction/delete', { id: i.id, introducerId: i.introducerId, introducedId: i.introducedId });
    }
  };
}
