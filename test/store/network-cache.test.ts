import { ChangeFeed } from '@/store/changes/change-feed';
import { type GraphStore } from '@/store/graph-store';
import { NetworkCache } from '@/store/paths/network-cache';
import { type Row } from '@/store/runner';

/**
 * The warm-path network's load under steady writes. Changes told while it loads are applied when the load ends; those
 * told while they are applied are applied after them. A load again whenever more had come in (the old rule) never
 * ended with writes arriving faster than a load (10 a second on another replica, 25 s a load at 100,000 people).
 */
describe('the warm-path network loading while writes go on', () => {
  it('applies what was told while it loaded and while that was applied, and reads the graph once', async () => {
    const feed = new ChangeFeed(async () => [], true);
    feed.start({ seq: 0, epoch: 'e1' }, false);
    let loads = 0;
    let seq = 0;
    const tell = (id: string): Promise<void> => feed.committed({ epoch: 'e1', seq: ++seq, changes: [{ type: 'person', id }] });
    let release!: () => void;
    const loaded = new Promise<void>((r) => (release = r));
    const applied: string[] = [];
    const read = {
      unfinishedImport: async () => null,
      run: async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
        const id = String(params.id);
        applied.push(id);
        if (id === 'p1') await tell('p2'); // a write told while the changes of the load are applied
        return [{ id, name: id, kind: 'REP', team: null }];
      },
    };
    const store = {
      engine: 'neo4j',
      changes: feed,
      read,
      readConsistent: async (work: (ops: unknown) => Promise<unknown>) => {
        loads++;
        await loaded;
        return work({ columns: async () => ({}), run: async () => [] });
      },
    } as unknown as GraphStore;
    const cache = new NetworkCache(store);
    const ready = cache.ready();
    await tell('p1'); // told while it loads
    release();
    const network = await ready;
    expect(loads).toBe(1);
    expect(applied).toEqual(['p1', 'p2']);
    expect([...network.people.keys()].sort()).toEqual(['p1', 'p2']);
  });
});
