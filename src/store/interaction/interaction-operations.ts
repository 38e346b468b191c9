import { type Interaction } from '@/domain/interaction/interaction';
import { interactionRow, toInteraction } from '../columns/interaction';
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
      const rows = await this.run('interaction/list', {
        channel: filter.channel ?? null, personId: filter.personId ?? null, limit: page.limit,
        afterAt: page.after ? Number(page.after.key) : null, afterId: page.after?.id ?? '',
      });
      return rows.map((r) => toInteraction(r.i as Row));
    }
    async countInteractions(filter: InteractionFilter): Promise<number> {
      const rows = await this.run('interaction/count', { channel: filter.channel ?? null, personId: filter.personId ?? null });
      return Number(rows[0]?.n ?? 0);
    }
    async openActions(managerId: string | null, dueBy: string | null, limit: number): Promise<Interaction[]> {
      const rows = await this.run('interaction/open-actions', { managerId, dueBy, limit });
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
