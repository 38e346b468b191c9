import { type Person, isRep } from '@/domain/person/person';
import { type PersonKind } from '@/domain/shared/enums';
import { personRow, toPerson } from '../columns/person';
import { topicKey } from '../columns/deal';
import { type PageRequest, type ReaderClass, byKey, pageParams, search } from '../reader';
import { type Row } from '../runner';

export interface PersonFilter {
  search?: string | null;
  team?: string | null;
  companyId?: string | null;
}

/** Each topic once (by its key), under the first name given for it. */
function topics(names: string[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(topicKey(n))) seen.set(topicKey(n), n);
  return [...seen].map(([key, name]) => ({ key, name }));
}

/** Managers and reps, with a rep's topics (`cypher/shared/person/`). */
export function personOperations<B extends ReaderClass>(Base: B) {
  return class PersonOperations extends Base {
    async peopleByIds(ids: readonly string[]): Promise<(Person | null)[]> {
      return byKey(ids, await this.nodes('person', ids, 'p', toPerson), (p) => p.id);
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
    async allPeople(): Promise<Person[]> {
      return (await this.run('person/all')).map((r) => toPerson(r.p as Row));
    }
    async savePerson(p: Person): Promise<void> {
      await this.run('person/save', { ...personRow(p), version: p.version });
      if (isRep(p)) {
        await this.run('person/clear-topics', { id: p.id });
        if (p.expertise.length) await this.run('person/add-expertise', { id: p.id, topics: topics(p.expertise) });
        if (p.interests.length) await this.run('person/add-interests', { id: p.id, topics: topics(p.interests) });
      }
    }
    async deletePerson(id: string): Promise<void> {
      await this.run('person/delete', { id });
    }
  };
}
