import { type PathQuery } from '@/domain/paths/k-best';
import { TrustGraph } from '@/domain/paths/trust-graph';
import { IntroductionOutcome } from '@/domain/shared/enums';
import { type GraphStore } from '@/store/graph-store';
import { importSnapshot } from '@/wiring/snapshot';
import { type WarmPathQuery } from '@/app/paths/warm-path';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { type NeighbourhoodSource } from '@/app/paths/neighbourhood-source';
import { chooseNeighbourhoodSource } from '@/app/paths/choose-neighbourhood-source';
import { requestIntroduction } from '@/app/paths/request-introduction';
import { recordIntroductionOutcome } from '@/app/paths/record-introduction-outcome';
import { AppError } from '@/app/errors';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { describeEachEngine } from '../helpers/engines';
import { bruteForce } from '../domain/paths/brute-force';
import { EFFECTIVE, JUDGED_ON, pathsSnapshot } from './paths.fixture';

/**
 * The warm-paths scenario (paths.fixture.ts), the same on every engine, through the store and the service.
 * On every engine the service answers from its in-memory network (kept exact by the change feed) and from
 * per-search reads: both must agree, after writes too.
 */
function reference(q: Partial<PathQuery> & Pick<PathQuery, 'sources' | 'targets'>, extra: [string, string, number][] = []): string[] {
  const g = new TrustGraph();
  for (const [a, b, t] of [...EFFECTIVE, ...extra]) g.addTie(a, b, t);
  return bruteForce(g, { maxHops: 4, limit: 5, minTrust: 0, ...q }).map((p) => `${p.people.join('>')}:${p.strength}`);
}

/** Pinned: the scenario's trust fades with the day asked (paths.fixture.ts). */
const today = JUDGED_ON;
const MANAGERS = new Set(['m1', 'm2', 'm3']);
/** The use cases, with their errors as a client sees them (extensions.code, fields). */
const asClient = (e: unknown): never => {
  throw e instanceof AppError ? Object.assign(e, { extensions: appErrorExtensions(e) }) : e;
};
interface Service {
  find(q: WarmPathQuery): ReturnType<typeof findWarmPaths>;
  requestIntroduction(...a: Parameters<typeof requestIntroduction>): ReturnType<typeof requestIntroduction>;
  recordOutcome(...a: Parameters<typeof recordIntroductionOutcome>): ReturnType<typeof recordIntroductionOutcome>;
}
const service = (source: NeighbourhoodSource): Service => ({
  find: (q) => findWarmPaths(source, q).catch(asClient),
  requestIntroduction: (...a) => requestIntroduction(...a).catch(asClient),
  recordOutcome: (...a) => recordIntroductionOutcome(...a).catch(asClient),
});
const brief = (paths: { people: string[]; strength: number }[]) => paths.map((p) => `${p.people.join('>')}:${p.strength}`);

describeEachEngine('warm paths', (store) => {
  const services: [string, Service][] = [];
  const ask = async (q: Omit<WarmPathQuery, 'today'>) => {
    const answers = await Promise.all(services.map(async ([, s]) => brief(await s.find({ ...q, today }))));
    // every way of reading the network gives the same answer
    for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
    return answers[0];
  };
  const write = <T>(s: GraphStore) => (work: Parameters<GraphStore['write']>[0]) => s.write(work) as Promise<T>;

  beforeAll(async () => {
    await importSnapshot(store(), pathsSnapshot());
    services.push(['live', service(chooseNeighbourhoodSource(store(), 'off'))]);
    const cached = chooseNeighbourhoodSource(store(), 'on');
    await cached.warmUp();
    services.push(['cache', service(cached)]);
  });

  it('finds the strongest paths to a person, strongest first, ties by fewer hops then ids', async () => {
    const got = await ask({ to: 'r2', from: 'm1' });
    expect(got).toEqual(reference({ sources: new Set(['m1']), targets: new Set(['r2']) }));
    expect(got).toEqual(['m1>r1>r2:0.81', 'm1>m2>r3>r4>r2:0.5184', 'm1>r2:0.5', 'm1>m2>r3>r1>r2:0.3888', 'm1>r1>r3>r4>r2:0.3888']);
  });

  it('explains each step and tells whom to ask (company and title)', async () => {
    for (const [, s] of services) {
      const [best] = await s.find({ to: 'r2', from: 'm1', today });
      expect(best.steps.map((x) => x.reason)).toEqual([
        '佐藤 花子 and 田中 太郎 have done business together for ' + `${Number(today.slice(0, 4)) - 2021 - (today.slice(5) < '04-01' ? 1 : 0)} years`
          + ', trust 0.9 (recorded 0.8, raised by 2 positive contacts since); last introduction 2024-05-10: 田中 太郎 introduced 中村 大輔 to 佐藤 花子 (met)',
        '田中 太郎 and 中村 大輔 are former colleagues at ガンマ (2016–2020), trust 0.9 (recorded 0.85, raised by 1 positive contact since); '
          + 'last introduction 2024-05-10: 田中 太郎 introduced 中村 大輔 to 佐藤 花子 (met)',
      ]);
      expect(best.steps.map((x) => [x.from, x.to, x.trust, x.basis, x.recordedTrust, x.kind])).toEqual([
        ['m1', 'r1', 0.9, 'ADJUSTED', 0.8, 'BUSINESS'], ['r1', 'r2', 0.9, 'ADJUSTED', 0.85, 'FORMER_COLLEAGUE'],
      ]);
      expect(best.members.map((m) => [m.personId, m.companyName, m.title, m.team])).toEqual([
        ['m1', null, null, 'East'], ['r1', 'ベータ', '課長', null], ['r2', 'アクメ', '部長', null],
      ]);
      const direct = (await s.find({ to: 'r2', from: 'm1', maxHops: 1, today }))[0];
      expect(direct.steps[0]).toMatchObject({ basis: 'INTRODUCED', trust: 0.5, recordedTrust: null });
      expect(direct.steps[0].reason).toBe('中村 大輔 was introduced to 佐藤 花子 by 田中 太郎 on 2024-05-10 and they met, trust 0.5 (an introduction that led to a meeting)');
    }
  });

  it('ends company paths at people who work there now; former employees only on the way', async () => {
    const got = await ask({ to: 'c1', from: 'm2', limit: 10 });
    expect(got).toEqual(reference({ sources: new Set(['m2']), targets: new Set(['r2', 'r4', 'r6']), limit: 10 }));
    expect(got.slice(0, 2)).toEqual(['m2>m1>r1>r2:0.729', 'm2>r3>r4:0.72']);
    expect(got.some((p) => p.split(':')[0].endsWith('>r3'))).toBe(false);
  });

  it('starts anywhere in the team when from is omitted', async () => {
    const got = await ask({ to: 'r2', limit: 8 });
    expect(got).toEqual(reference({ sources: MANAGERS, targets: new Set(['r2']), limit: 8 }));
    expect(got[0]).toBe('m1>r1>r2:0.81');
  });

  it('keeps to maxHops, minTrust (on effective trust) and avoid, and answers [] when nothing qualifies', async () => {
    expect(await ask({ to: 'r12', from: 'm1' })).toEqual([]);
    expect(await ask({ to: 'r12', from: 'm1', maxHops: 5 })).toEqual(['m1>r8>r9>r10>r11>r12:0.59049']);
    // m1–r1 is recorded at 0.8 but effectively 0.9: it passes minTrust 0.85
    expect(await ask({ to: 'r2', from: 'm1', minTrust: 0.85 })).toEqual(['m1>r1>r2:0.81']);
    expect(await ask({ to: 'r2', from: 'm1', avoid: ['r1'] })).toEqual(reference({ sources: new Set(['m1']), targets: new Set(['r2']), avoid: new Set(['r1']) }));
    expect(await ask({ to: 'r6', from: 'm1' })).toEqual([]);
    // a low recorded trust is not replaced by the introduced tie of an older met introduction, whatever is read first
    expect(await ask({ to: 'r1', from: 'm2', maxHops: 1 })).toEqual(['m2>r1:0.1']);
    expect(await ask({ to: 'r1', from: 'm2', maxHops: 1, minTrust: 0.5 })).toEqual([]);
  });

  it('answers NOT_FOUND for ids that name nothing and BAD_USER_INPUT naming the field', async () => {
    const code = async (q: Omit<WarmPathQuery, 'today'>) => {
      const answers = await Promise.all(services.map(([, s]) => s.find({ ...q, today }).then(() => 'OK', (e) => `${e.extensions?.code}:${e.extensions?.fields?.[0]?.field ?? ''}`)));
      for (const a of answers.slice(1)) expect(a).toBe(answers[0]);
      return answers[0];
    };
    expect(await code({ to: 'nobody' })).toBe('NOT_FOUND:');
    expect(await code({ to: 'r2', from: 'nobody' })).toBe('NOT_FOUND:');
    expect(await code({ to: 'r2', from: 'r1' })).toBe('BAD_USER_INPUT:from');
    expect(await code({ to: 'r2', avoid: ['ghost'] })).toBe('NOT_FOUND:');
    expect(await code({ to: 'r2', from: 'c1' })).toBe('BAD_USER_INPUT:from');
    expect(await code({ to: 'r2', avoid: ['c1'] })).toBe('BAD_USER_INPUT:avoid');
    for (const [field, value] of [['maxHops', 0], ['maxHops', 7], ['maxHops', 2.5], ['limit', 0], ['limit', 51], ['minTrust', -0.1], ['minTrust', 1.01]] as const) {
      expect(await code({ to: 'r2', [field]: value })).toBe(`BAD_USER_INPUT:${field}`);
    }
    expect(await code({ to: 'r2', maxHops: 6, limit: 50, minTrust: 1 })).toBe('OK');
  });

  it('closes the loop: an introduction asked along a path and MET is a tie the next search uses', async () => {
    const s = services[0][1];
    const asked = await s.requestIntroduction(['m3', 'r5', 'r2', 'r4'], today, write(store()));
    expect(asked).toMatchObject({ id: 'r2>r4>m3', introducerId: 'r2', introducedId: 'r4', toManagerId: 'm3', outcome: 'PENDING', at: today });
    expect(await s.requestIntroduction(['m3', 'r5', 'r2', 'r4'], today, write(store()))).toEqual(asked);
    expect(brief(await s.find({ to: 'r4', from: 'm3', maxHops: 1, today }))).toEqual([]);
    const met = await s.recordOutcome(asked.id, IntroductionOutcome.MET, null, today, write(store()));
    expect(met).toMatchObject({ outcome: 'MET', at: today });
    const got = await ask({ to: 'r4', from: 'm3', maxHops: 1 });
    expect(got).toEqual(['m3>r4:0.5']);
    await expect(s.requestIntroduction(['m3', 'r5', 'r2', 'r4'], today, write(store()))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('refuses an introduction request along something that is not a path', async () => {
    const s = services[0][1];
    const code = (path: string[]) => s.requestIntroduction(path, today, write(store())).then(() => 'OK', (e) => e.extensions?.code);
    expect(await code(['m1', 'r2'])).toBe('BAD_USER_INPUT');
    expect(await code(['r1', 'r2', 'r4'])).toBe('BAD_USER_INPUT');
    expect(await code(['m1', 'r4', 'r2'])).toBe('BAD_USER_INPUT');
    expect(await code(['m1', 'r1', 'r1'])).toBe('BAD_USER_INPUT');
    expect(await code(['m1', 'ghost', 'r2'])).toBe('NOT_FOUND');
    await expect(s.recordOutcome('no>such>intro', IntroductionOutcome.MET, null, today, write(store()))).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('sees newer evidence at once: a negative meeting recorded now lowers the trust of the pair', async () => {
    await store().write((ops) => ops.saveInteraction({
      id: 'i-now', at: `${today}T09:00:00.000Z`, channel: 'MEETING' as never, managerIds: ['m1'], repIds: ['r8'], summary: null,
      reaction: 'NEGATIVE' as never, concerns: [], nextAction: null, version: 1,
    }));
    const got = await ask({ to: 'r12', from: 'm1', maxHops: 5 });
    expect(got).toEqual(['m1>r8>r9>r10>r11>r12:0.52488']);
  });
});
