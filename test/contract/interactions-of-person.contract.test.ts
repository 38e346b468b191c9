import { type Interaction } from '@/domain/interaction/interaction';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { toInteraction } from '@/store/columns/interaction';
import { type GraphStore } from '@/store/graph-store';
import { type Row } from '@/store/runner';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/**
 * A person's interactions are read by their PARTICIPATED_IN edges when they are live, and by scanning every
 * interaction's lists when not (a deleted person's id stays in the lists). Both must list exactly what the scan
 * lists, page by page and counted, on a generated network after hand-overs (carrier interactions) and deletions.
 */
const scan = async (store: GraphStore, personId: string, channel: string | null, limit: number, after: Interaction | null): Promise<string[]> => {
  const rows: Row[] = await store.read.run('interaction/list', {
    personId, channel, limit, afterAt: after ? Date.parse(after.at) : null, afterId: after?.id ?? '',
  });
  return rows.map((r) => toInteraction(r.i as Row).id);
};

describeEachEngine('a person\'s interactions', (store) => {
  let people: string[] = [];
  let managers: string[] = [];
  let deleted = '';

  beforeAll(async () => {
    const snapshot = collectSnapshot(generateSnapshot({ people: 300, seed: 'interactions-of' })) as Record<string, any>;
    await importSnapshot(store(), snapshot);
    const api = await TestApi.create(store());
    // a rep with open next actions hands them over (carrier interactions), then a manager with history is deleted
    const withAction = (snapshot.interactions as any[]).find((i) => i.repIds?.length && i.nextAction && !i.nextAction.done);
    const rep = withAction.repIds[0] as string;
    const employer = (snapshot.employments as any[]).find((e) => e.repId === rep && !e.until)?.companyId;
    const colleague = (snapshot.employments as any[]).find((e) => e.companyId === employer && e.repId !== rep && !e.until)?.repId;
    if (colleague) {
      const moved = await api.run('mutation($r: ID!, $s: ID!) { recordJobChange(repId: $r, successorId: $s, effectiveDate: "2026-10-01") { __typename } }', { r: rep, s: colleague });
      expect(moved.errors).toBeUndefined();
    }
    deleted = (snapshot.interactions as any[]).find((i) => i.managerIds?.length)!.managerIds[0];
    const gone = await api.run('mutation($id: ID!) { deleteManager(id: $id) }', { id: deleted });
    expect(gone.errors).toBeUndefined();
    const all = new Set<string>();
    for (const i of snapshot.interactions as any[]) for (const p of [...(i.managerIds ?? []), ...(i.repIds ?? [])]) all.add(p);
    people = [...all].sort().slice(0, 40);
    const withOpen = new Set<string>();
    for (const i of snapshot.interactions as any[]) if (i.nextAction && !i.nextAction.done) for (const m of i.managerIds ?? []) withOpen.add(m);
    managers = [...withOpen].sort().slice(0, 30);
    managers.push(deleted, 'nobody-at-all');
    if (colleague) people.push(colleague, rep);
    people.push(deleted, 'nobody-at-all');
  });

  it('lists each person\'s interactions page by page as the scan does, live or deleted, with and without a channel', async () => {
    let compared = 0;
    for (const personId of people) {
      for (const channel of [null, 'MEETING']) {
        let after: Interaction | null = null;
        for (let page = 0; page < 20; page++) {
          const got = await store().read.listInteractions({ personId, channel }, { limit: 3, after: after ? { key: String(Date.parse(after.at)), id: after.id } : null });
          expect(got.map((i) => i.id)).toEqual(await scan(store(), personId, channel, 3, after));
          compared += got.length;
          if (got.length < 3) break;
          after = got[got.length - 1];
        }
        const rows = await store().read.run('interaction/count', { personId, channel });
        expect(await store().read.countInteractions({ personId, channel })).toBe(Number(rows[0].n));
      }
    }
    expect(compared).toBeGreaterThan(50);
    // the deleted manager still has their interactions listed
    expect((await store().read.listInteractions({ personId: deleted }, { limit: 50 })).length).toBeGreaterThan(0);
  }, 120_000);

  it('lists each manager\'s open next actions as the scan does, live or deleted, with and without a due date', async () => {
    let compared = 0;
    for (const managerId of managers) {
      for (const dueBy of [null, '2026-06-30']) {
        const got = (await store().read.openActions(managerId, dueBy, 20)).map((i) => i.id);
        const rows = await store().read.run('interaction/open-actions', { managerId, dueBy, limit: 20 });
        expect(got).toEqual(rows.map((r) => toInteraction(r.i as Row).id));
        compared += got.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
