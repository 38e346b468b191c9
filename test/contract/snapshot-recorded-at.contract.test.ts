import { DEMO, DEMO_AS_OF } from '@/cli/demo-network';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { RECORDED_AT } from '@/generator/records';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/**
 * The demo reads the same whatever day it is imported (issue 15): the generator gives every tie a recordedAt from its
 * calendar (the evening of AS_OF) and the import keeps it, so a rating's age (recordedAgeDays), the trend's start and
 * the effective trust depend on the day asked only. Imported at two "now"s (only Date is faked) they answer the same.
 * The demo's generator and seed, with fewer people (the README tests import the full demo).
 */
const DAY_MS = 86_400_000;
const NOWS = ['2026-11-02T08:00:00.000Z', '2028-04-01T00:00:00.000Z'];
const NOT_FAKED = [
  'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout',
] as const;

jest.setTimeout(600_000);

describeEachEngine('the demo\'s recordedAt: the same answers whatever day it is imported', (store) => {
  const demo = collectSnapshot(generateSnapshot({ ...DEMO, people: 300 })) as Record<string, any>;
  const ties: { a: string; b: string }[] = (demo.relationships as { a: string; b: string }[]).filter((_, i) => i % 60 === 0);
  const overridden: { a: string; b: string; trust: number } = demo.trustOverrides[0];
  const query = `query($a: ID!, $b: ID!, $asOf: String) { relationshipHealth(a: $a, b: $b, asOf: $asOf) {
    effectiveTrust basis recordedAt recordedAgeDays trendSince override { trust status } } }`;
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
  });
  afterAll(() => api?.stop());

  const answers = async (): Promise<unknown[]> => {
    const out: unknown[] = [];
    for (const asOf of [DEMO_AS_OF, '2026-12-31']) {
      for (const t of [...ties, overridden]) out.push({ ...t, asOf, ...(await api.ok(query, { a: t.a, b: t.b, asOf })).relationshipHealth });
    }
    return out;
  };

  it('imports at two different times and answers the same, with ages counted from the demo\'s calendar', async () => {
    expect(demo.relationships.every((r: { recordedAt: string }) => r.recordedAt === RECORDED_AT)).toBe(true);
    const seen: unknown[][] = [];
    for (const now of NOWS) {
      await store().write((ops) => ops.run('test/wipe'));
      jest.useFakeTimers({ now: new Date(now), doNotFake: [...NOT_FAKED] });
      try {
        expect(new Date().toISOString()).toBe(now); // the import's clock (both engines stamp with new Date())
        await importSnapshot(store(), demo);
      } finally {
        jest.useRealTimers();
      }
      seen.push(await answers());
    }
    expect(seen[1]).toEqual(seen[0]);
    const [first] = seen;
    // the age on a day, counted by hand: whole days from RECORDED_AT (2026-10-31 22:00 JST) to that day's start (UTC)
    const age = (day: string): number => Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse(RECORDED_AT)) / DAY_MS);
    expect(age('2026-12-31')).toBe(60);
    for (const h of first as { asOf: string; recordedAt: string; recordedAgeDays: number; basis: string; trendSince: string }[]) {
      expect({ recordedAt: h.recordedAt, recordedAgeDays: h.recordedAgeDays }).toEqual({ recordedAt: RECORDED_AT, recordedAgeDays: Math.max(0, age(h.asOf)) });
    }
    // nothing is newer than the ratings: the demo's ties read their recorded trust; the overrides confirm it
    const onDemoDay = first.filter((h: any) => h.asOf === DEMO_AS_OF) as { a: string; b: string; basis: string; effectiveTrust: number; override: unknown }[];
    expect(onDemoDay.slice(0, ties.length).map((h) => h.basis)).toEqual(ties.map(() => 'RECORDED'));
    expect(onDemoDay[ties.length]).toMatchObject({ basis: 'OVERRIDDEN', effectiveTrust: overridden.trust, override: { trust: overridden.trust, status: 'ACTIVE' } });
  });
});

