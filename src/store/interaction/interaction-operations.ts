import { type Interaction } from '@/domain/interaction/interaction';
import { interactionRow, toInteraction } from '../columns/interaction';
import { toPerson } from '../columns/person';
import { type PageRequest, type ReaderClass, byKey } from '../reader';
import { type Row } from '../runner';

export interface InteractionFilter {
  channel?: string | null;
  personId?: string | null;
}

/** Interactions and who took part, with their next actions (`cypher/shared/interaction/`). */
export function interactionOperations<B extends ReaderClass>(Base: B) {
  return class InteractionOperations extends Base {
    async interactionsByIds(ids: readonly string[]): Promise<(Interaction | null)[]> {
      return byKey(ids, await this.nodes('interaction', ids, 'i', toInteraction), (i) => i.id);
    }
    async interactionsByPersonIds(ids: readonly string[]): Promise<Interaction[][]> {
      const rows = await this.edges('interaction/by-person-ids', ids, (r) => r.personId, (m) => this.listed('interaction/by-person-ids', m));
      return rows.map((rs) => rs.map((r) => toInteraction(r.i as Row)));
    }
    async listInteractions(filter: InteractionFilter, page: PageRequest): Promise<Interaction[]> {
      const params = {
        channel: filter.channel ?? null, personId: filter.personId ?? null, limit: page.limit,
        afterAt: page.after ? Number(page.after.key) : null, afterId: page.after?.id ?? '',
      };
      const rows = await this.ofLivePerson(filter.personId, 'interaction/list-of-person', 'interaction/list', params);
      return rows.map((r) => toInteraction(r.i as Row));
    }
    async countInteractions(filter: InteractionFilter): Promise<number> {
      const params = { channel: filter.channel ?? null, personId: filter.personId ?? null };
      const rows = await this.ofLivePerson(filter.personId, 'interaction/count-of-person', 'interaction/count', params);
      return Number(rows[0]?.n ?? 0);
    }
    /**
     * A person's interactions (or open next actions) by their PARTICIPATED_IN edges when they are live (an indexed
     * start, not a scan of every interaction: 670 ms for a person's first one on Neo4j at 100,000 people); a deleted
     * person's id stays in the interactions' lists without edges, so for anyone not live the lists are scanned (`scan`).
     */
    private async ofLivePerson(personId: string | null | undefined, byEdges: string, scan: string, params: Record<string, unknown>): Promise<Row[]> {
      if (personId == null) return this.run(scan, params);
      const [live, rows] = await Promise.all([this.nodes('person', [personId], 'p', toPerson), this.run(byEdges, params)]);
      return live.length ? rows : this.run(scan, params);
    }
    async openActions(managerId: string | null, dueBy: string | null, limit: number): Promise<Interaction[]> {
      const rows = await this.ofLivePerson(managerId, 'interaction/open-actions-of-manager', 'interaction/open-actions', { managerId, dueBy, limit });
      return rows.map((r) => toInteraction(r.i as Row));
    }
    async allInteractions(): Promise<Interaction[]> {
      return (await this.run('interaction/all')).map((r) => toInteraction(r.i as Row));
    }
    async saveInteraction(i: Interaction): Promise<void> {
      await this.run('interaction/save', { ...interactionRow(i), version: i.version });
      await this.run('interaction/unlink', { id: i.id });
      const personIds = [...new Set([...i.managerIds, ...i.repIds])];
      if (personIds.length) await this.run('interaction/link', { id: i.id, personIds });
    }
    async deleteInteraction(id: string): Promise<void> {
      await this.run('interaction/delete', { id });
    }
  };
}
